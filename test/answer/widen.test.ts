import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { Db } from '../../src/store/db.ts';
import { createEngine, type AnswerEngine } from '../../src/answer/engine.ts';
import { buildSnapshot } from '../../src/answer/corpus.ts';
import { makeDocument, makeParagraph, makePart, makePost, makeRecommendation, makeWorkProgrammeItem } from '../helpers/documents.ts';
import { seedDb } from '../helpers/seed-db.ts';

const now = new Date('2025-03-20T12:00:00Z');
const pub = { includeExempt: false, now };

/**
 * Papers whose answers stand in another body's papers: a parish council's view in a district's
 * planning report, posts Cabinet approved told in a scrutiny panel's progress report, and a
 * committee's next meeting known only from its programme.
 */
function papers() {
  return [
    makeDocument({
      file: 'parish-minutes.pdf',
      parts: [
        makePart({
          type: 'minutes',
          title: 'Minutes of the Parish Council meeting held on 12 January 2026',
          council: 'Little Wendham Parish Council',
          committee: 'Parish Council',
          meetingDate: '2026-01-12',
          paragraphs: [makeParagraph({ number: '4', page: 1, text: 'The schedule of payments for January totalling £3,184.26 was approved.' })],
        }),
      ],
    }),
    makeDocument({
      file: 'planning-report.pdf',
      parts: [
        makePart({
          title: '25/01432/OUT – Land north of Stocks Lane',
          council: 'Wrenfield District Council',
          committee: 'Planning Committee',
          meetingDate: '2025-10-08',
          paragraphs: [makeParagraph({ number: '6.2', page: 2, text: 'Little Wendham Parish Council objects to 25/01432/OUT on the grounds of traffic on Stocks Lane.' })],
        }),
      ],
    }),
    makeDocument({
      file: 'cabinet-budget.pdf',
      parts: [
        makePart({
          title: 'Budget Monitoring Quarter 2',
          council: 'Bramcaster Metropolitan Borough Council',
          committee: 'Cabinet',
          meetingDate: '2025-11-12',
          recommendations: [makeRecommendation({ label: '(a)', verb: 'note', text: 'notes the forecast overspend of £2.1m on home to school transport.' })],
        }),
      ],
    }),
    makeDocument({
      file: 'childrens-scrutiny.pdf',
      parts: [
        makePart({
          title: 'Children’s Services Improvement Plan: Progress Report',
          council: 'Bramcaster Metropolitan Borough Council',
          committee: 'Children’s Services Scrutiny Panel',
          meetingDate: '2026-02-03',
          paragraphs: [makeParagraph({ number: '3.4', page: 2, text: 'Six Advanced Practitioner posts (6.0 FTE), approved by Cabinet in July 2025, are now filled.' })],
          posts: [makePost({ title: 'Advanced Practitioner', fte: 6, grade: null, kind: 'permanent', until: null, team: null, cost: null, action: 'establish', page: 2, paragraph: '3.4', text: 'Six Advanced Practitioner posts (6.0 FTE), approved by Cabinet in July 2025, are now filled.' })],
        }),
      ],
    }),
    makeDocument({
      file: 'gac-minutes.pdf',
      parts: [
        makePart({
          type: 'minutes',
          title: 'Minutes of the Governance and Audit Committee, 25 September 2025',
          council: 'Caerwern County Council',
          committee: 'Governance and Audit Committee',
          meetingDate: '2025-09-25',
          paragraphs: [makeParagraph({ number: '37', page: 2, text: 'The Committee agreed its forward work programme.' })],
          workProgramme: [
            makeWorkProgrammeItem({ meetingDate: '2025-12-04', title: 'Treasury Management Mid-Year Review 2025/26', summary: null, leadOfficer: 'Chief Finance Officer', page: 2 }),
            makeWorkProgrammeItem({ meetingDate: '2025-12-04', title: 'Fleet fuel cards – follow-up audit', summary: null, leadOfficer: null, page: 2 }),
          ],
        }),
      ],
    }),
  ];
}

describe('questions answered from other bodies\' papers', () => {
  let db: Db;
  let engine: AnswerEngine;
  beforeAll(() => {
    db = seedDb(papers());
    engine = createEngine(db, { logger: pino({ level: 'silent' }) });
  });
  afterAll(() => db.close());

  it('finds what "the parish council" said in another council\'s paper that names it, and says so', () => {
    const a = engine.ask('what did the parish council say about 25/01432/OUT?', pub);
    expect(a.found).toBe(true);
    expect(a.items[0]!.document.file).toBe('planning-report.pdf');
    expect(a.answer.startsWith('Nothing in the papers of the parish councils; from other papers that name a parish council')).toBe(true);
    // its own papers first, when they answer
    const own = engine.ask('did the parish council approve the january payments?', pub);
    expect(own.items[0]!.document.file).toBe('parish-minutes.pdf');
    expect(own.answer.startsWith('Nothing in the papers')).toBe(false);
  });

  it('finds posts Cabinet approved in the scrutiny panel\'s report that names Cabinet, and says so', () => {
    const a = engine.ask("how many advanced practitioner posts did cabinet agree for children's?", pub);
    expect(a.found).toBe(true);
    expect(a.items[0]!.document.file).toBe('childrens-scrutiny.pdf');
    expect(a.answer.startsWith('Nothing in the papers of the body asked about (committee: Cabinet); from other papers that name it')).toBe(true);
    // a paper that does not name the body is not an answer
    expect(engine.ask('how many educational psychologist posts did cabinet agree?', pub).found).toBe(false);
  });

  it('reads a committee\'s meetings to come from its programme: "the december meeting" is the one it lists', () => {
    const snap = buildSnapshot(db, false);
    expect(snap.meetings.get('Governance and Audit Committee')).toEqual(['2025-09-25', '2025-12-04']);
    // (not a meeting held: the archive's own dates, for recency, are the papers')
    expect(snap.dates).not.toContain('2025-12-04');
    const a = engine.ask('what’s going to the december governance & audit meeting in caerwern?', pub);
    expect(a.found).toBe(true);
    expect(a.filters).toContain('meeting date 2025-12-01 to 2025-12-31');
    expect(a.items.map((i) => i.text)).toEqual(['Treasury Management Mid-Year Review 2025/26', 'Fleet fuel cards – follow-up audit']);
  });
});
