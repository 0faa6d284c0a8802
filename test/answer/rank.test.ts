import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { isStrong, WEAK_COVERAGE, WEAK_RELEVANCE, type Scored } from '../../src/answer/rank.ts';
import { createEngine } from '../../src/answer/engine.ts';
import { seedDb } from '../helpers/seed-db.ts';
import { makeDocument, makeParagraph, makePart, makeResolution, sha } from '../helpers/documents.ts';

function scored(required: number, relevance: number, missing: number, count: number): Scored {
  return {
    unit: {} as Scored['unit'],
    coverage: { required, optional: 0, missing: Array.from({ length: missing }, (_, i) => ({ label: `m${i}`, alternatives: [], required: true })), count },
    relevance,
    score: relevance,
  };
}

describe('weak evidence', () => {
  it('needs the topic covered (idf-weighted), relevance, and at most one in five topic words missing', () => {
    expect(WEAK_COVERAGE).toBe(0.65);
    expect(WEAK_RELEVANCE).toBe(0.4);
    expect(isStrong(scored(1, 0.9, 0, 3))).toBe(true);
    expect(isStrong(scored(0.65, 0.9, 0, 3))).toBe(true);
    expect(isStrong(scored(0.64, 0.9, 0, 3))).toBe(false);
    expect(isStrong(scored(0.9, 0.39, 0, 3))).toBe(false);
    // four topic words: all needed; five: one may be missing
    expect(isStrong(scored(0.8, 0.9, 1, 4))).toBe(false);
    expect(isStrong(scored(0.8, 0.9, 1, 5))).toBe(true);
    expect(isStrong(scored(0.8, 0.9, 2, 10))).toBe(true);
    expect(isStrong(scored(0.8, 0.9, 2, 9))).toBe(false);
    expect(isStrong(scored(0.8, 0.9, 2, 5))).toBe(false);
  });

  it('plain words find council wording (ask to join → request … included), rare absent words do not', () => {
    const db = seedDb([
      makeDocument({ file: 'min.pdf', sha256: sha('min'), parts: [makePart({ type: 'minutes', title: 'Minutes', paragraphs: [makeParagraph({ text: 'The Leader introduced the report.' })],
        resolutions: [makeResolution({ ref: '83', text: 'that Cabinet agree to submit a request to Government to be included in the Devolution Priority Programme.' })] })] }),
    ]);
    const e = createEngine(db, { logger: pino({ level: 'silent' }) });
    const a = e.ask('Did Cabinet agree to ask to join the Devolution Priority Programme?', { includeExempt: false });
    expect(a.found).toBe(true);
    expect(a.items[0]!.text).toContain('submit a request to Government');
    expect(e.ask('Did Cabinet agree to join the Devolution Priority Programme for wombats?', { includeExempt: false }).found).toBe(false);
    db.close();
  });
});
