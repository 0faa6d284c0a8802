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

describe('a promise stands under its paragraph\'s heading', () => {
  it('answers "when … for the lantern rooms?" from an undertaking under the minute that names them', async () => {
    const { pino } = await import('pino');
    const { createEngine } = await import('../../src/answer/engine.ts');
    const { makeCommitment, makeDocument, makeParagraph, makePart, sha } = await import('../helpers/documents.ts');
    const undertaking = 'The Licensing Manager undertook to send the written decision notice to all parties by 11 August 2025.';
    const db = seedDb([
      makeDocument({ file: 'hearing.pdf', sha256: sha('hearing'), parts: [makePart({
        type: 'minutes', title: 'Minutes of the hearing held on 6 August 2025', committee: 'Licensing Sub-Committee', meetingDate: '2025-08-06', agendaItem: null,
        paragraphs: [
          makeParagraph({ number: null, page: 1, section: 'APPLICATION FOR A NEW PREMISES LICENCE – THE LANTERN ROOMS', text: 'The Sub-Committee considered an application for a new premises licence.' }),
          makeParagraph({ number: null, page: 2, section: 'APPLICATION FOR A NEW PREMISES LICENCE – THE LANTERN ROOMS – Reasons', text: undertaking }),
        ],
        commitments: [makeCommitment({ text: undertaking, what: 'the written decision notice', due: '2025-08-11', page: 2, paragraph: null })],
      })] }),
    ]);
    try {
      const a = createEngine(db, { logger: pino({ level: 'silent' }) }).ask('when do the parties get the written decision for the lantern rooms?', { includeExempt: false, now: new Date('2025-08-07T09:00:00Z') });
      expect(a.found).toBe(true);
      expect(a.items[0]).toMatchObject({ kind: 'commitment', text: undertaking });
    } finally {
      db.close();
    }
  });
});
