import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/db.ts';
import { buildSnapshot, fileNameWords, nameTokens } from '../../src/answer/corpus.ts';
import { answerCorpus, seedDb } from '../helpers/seed-db.ts';

describe('fileNameWords', () => {
  it('reads a council file name as words, without folder, extension or leading date', () => {
    expect(fileNameWords('/papers/2025-03-04_QPR_Q3_Cabinet_appendix_1.pdf')).toBe('QPR Q3 Cabinet appendix 1');
    expect(fileNameWords('Appendix-F.List.of.Budget.Templates.PDF')).toBe('Appendix F List of Budget Templates');
  });
});

describe('nameTokens', () => {
  it('joins the title\'s words and the file name\'s', () => {
    const t = nameTokens('Key to Activity Indicator Graphs', '2025-03-04_QPR_Q3_Cabinet_appendix_1.pdf');
    for (const w of ['key', 'qpr', 'q3', 'appendix']) expect(t.has(w)).toBe(true);
    expect([...nameTokens(null, 'Appendix_I_Budget_Risk_Register.pdf')]).toContain('risk');
  });
});

describe('a paper\'s name in the snapshot', () => {
  let db: Db;
  beforeAll(() => {
    db = seedDb(answerCorpus());
  });
  afterAll(() => db.close());

  it('holds the words of its title and of its file name', () => {
    const snap = buildSnapshot(db, false);
    const part = [...snap.parts.values()].find((p) => p.file === 'asc-2021-02-08-lac.pdf')!;
    const tokens = snap.partTokens.get(part.id)!;
    expect(tokens.has('coordination')).toBe(true); // title
    expect(tokens.has('lac')).toBe(true); // file name
  });
});
