import { describe, expect, it } from 'vitest';
import { editDistance, stem, terms } from '../../src/answer/text.ts';
import { acronymTokens } from '../../src/answer/acronyms.ts';

describe('text', () => {
  it('stems inflections together', () => {
    expect(new Set(['approve', 'approved', 'approves', 'approval'].map(stem)).size).toBe(1);
    expect(stem('coordinators')).toBe(stem('coordinator'));
    expect(stem('planned')).toBe(stem('plan'));
    // a short verb's doubled consonant: "cutting back" is about cuts, "dipping into" about a dip
    expect(stem('cutting')).toBe(stem('cut'));
    expect(stem('dipping')).toBe(stem('dip'));
    expect(stem('added')).toBe('add');
    expect(stem('2021')).toBe('2021');
  });

  it('drops stop words', () => {
    expect(terms('What was the cost of the pilot?')).toEqual(['cost', 'pilot']);
  });

  it('bounded edit distance', () => {
    expect(editDistance('cordination', 'coordination', 2)).toBe(1);
    expect(editDistance('disestablishement', 'disestablishment', 3)).toBe(1);
    expect(editDistance('parking', 'planning', 2)).toBe(3);
    // a transposition is one edit (optimal string alignment)
    expect(editDistance('chrages', 'charges', 2)).toBe(1);
    expect(editDistance('recieve', 'receive', 1)).toBe(1);
  });

  it('finds acronym-shaped tokens, including plurals and mixed case', () => {
    expect(acronymTokens('What did the CCGs and iBCF fund for LAC at KCC?')).toEqual(['CCG', 'iBCF', 'LAC', 'KCC']);
    expect(acronymTokens('What did Cabinet agree?')).toEqual([]);
  });
});
