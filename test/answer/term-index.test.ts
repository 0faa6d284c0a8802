import { describe, expect, it } from 'vitest';
import { TermIndex, sameRoot } from '../../src/answer/term-index.ts';

const vocab = ['skill', 'charg', 'receiv', 'boarding', 'coordin', 'coordinat', 'coordinator', 'health', 'wealth', 'disestablish', 'disestablishment', 'commissioning', 'commissioned', 'budget'];

describe('TermIndex (minisearch over the vocabulary)', () => {
  const index = new TermIndex(vocab);

  it('corrects a word the papers never use to the nearest terms within its edit budget', () => {
    expect([...index.related('cordinator', false)]).toContain('coordinator');
    expect([...index.related('disestablishement', false)]).toContain('disestablishment');
  });

  it('keeps a typo\'s first letter: an unknown word is not another word one letter away ("hoarding" is not "boarding")', () => {
    expect(index.related('hoarding', false).has('boarding')).toBe(false);
    expect(index.related('boardng', false).has('boarding')).toBe(true);
  });

  it('never matches a word the papers do use fuzzily ("health" is not "wealth")', () => {
    expect(index.related('health', true).has('wealth')).toBe(false);
  });

  it('extends a long word by prefix and joins words that share a long root', () => {
    expect(index.related('coordinat', true).has('coordinator')).toBe(true);
    expect(index.related('commissioning', true).has('commissioned')).toBe(true);
    expect(sameRoot('commissioning', 'commissioned')).toBe(true);
    expect(sameRoot('budget', 'budgets')).toBe(false); // too short to call a root
  });

  it('returns nothing for a short unknown word and does not return the word itself', () => {
    expect(index.related('lac', false).size).toBe(0);
    expect(index.related('budget', true).has('budget')).toBe(false);
  });

  it('counts two letters typed the wrong way round as one edit, and reads the stem of a misspelt word without its final e', () => {
    // "chrages": its stem keeps the e the papers' "charg" drops
    expect(index.related('chrage', false).has('charg')).toBe(true);
    expect(index.related('recieve', false).has('receiv')).toBe(true);
  });

  it('gives a four-letter word the papers never use one letter left out ("skils"), never a swap', () => {
    expect(index.related('skil', false).has('skill')).toBe(true);
    expect(index.related('skil', true).has('skill')).toBe(false);
    expect(index.related('bork', false).size).toBe(0);
  });
});
