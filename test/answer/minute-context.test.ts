/**
 * Where an answer stands beside its words: a minute's decision under the discussion that holds
 * the question's words, a paper named by its committee, and a promise to one body written in
 * another body's paper.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { Db } from '../../src/store/db.ts';
import { createEngine, type AnswerEngine } from '../../src/answer/engine.ts';
import { buildSnapshot } from '../../src/answer/corpus.ts';
import { readingContext, understand } from '../../src/answer/understand.ts';
import { retrieve } from '../../src/answer/retrieve.ts';
import { seedDb } from '../helpers/seed-db.ts';
import { makeAmount, makeCommitment, makeDocument, makeParagraph, makePart, makeResolution, sha } from '../helpers/documents.ts';

const HEADING = 'FIT FOR THE FUTURE – PROPOSED RECONFIGURATION OF ACUTE SERVICES';
const pub = { includeExempt: false, now: new Date('2025-12-10T09:00:00Z') };
let db: Db;
let engine: AnswerEngine;

beforeAll(() => {
  const filler = Array.from({ length: 40 }, (_, i) =>
    makeParagraph({ number: null, page: 1, section: 'Performance', text: `The trust reported waiting list figure ${i} for outpatient clinics in the quarter.` }));
  db = seedDb([
    makeDocument({ file: 'jhosc.pdf', sha256: sha('jhosc'), parts: [makePart({
      type: 'minutes', title: 'Minutes of the meeting held on Thursday 20 November 2025', council: null,
      committee: 'Joint Health Overview and Scrutiny Committee', meetingDate: '2025-11-20', agendaItem: null,
      paragraphs: [
        makeParagraph({ number: null, page: 1, section: HEADING, text: 'The ICB proposes to centralise emergency general surgery at Carrickford Royal Infirmary and to replace the overnight Emergency Department at Wrayholt General Hospital with an Urgent Treatment Centre.' }),
        makeParagraph({ number: null, page: 1, section: HEADING, text: 'Members expressed serious concern about travel times from the Wrayholt area.' }),
        makeParagraph({ number: null, page: 2, section: HEADING, text: 'RESOLVED – That the Joint Committee: (1) notes the proposals; (2) considers that the proposals are a substantial variation; (3) advises the ICB that it will ask the Secretary of State for Health and Social Care to call in the proposals.' }),
      ],
      resolutions: [makeResolution({
        ref: 'JH/25/18', title: HEADING, agendaItem: null, page: 2, outcome: 'noted',
        text: '(1) notes the proposals; (2) considers that the proposals are a substantial variation; (3) advises the ICB that it will ask the Secretary of State for Health and Social Care to call in the proposals.',
        items: [{ label: '(1)', text: 'notes the proposals;' }],
      })],
    })] }),
    makeDocument({ file: 'ukspf.pdf', sha256: sha('ukspf'), parts: [makePart({
      title: 'UK Shared Prosperity Fund 2025/26 – Allocation of Funding', council: 'Stourmead District Council', committee: 'Executive', meetingDate: '2025-06-03',
      paragraphs: [makeParagraph({ number: '2.4', page: 1, section: 'Recommendations', text: 'The Executive notes that a report on the outcomes of the 2025/26 programme will be presented to the Overview and Scrutiny Committee in July 2026.' })],
      commitments: [makeCommitment({ text: 'notes that a report on the outcomes of the 2025/26 programme will be presented to the Overview and Scrutiny Committee in July 2026.', what: 'a report on the outcomes of the 2025/26 programme', due: '2026-07', page: 1, paragraph: '2.4', source: 'recommendation' })],
    })] }),
    makeDocument({ file: 'osc.pdf', sha256: sha('osc'), parts: [makePart({
      type: 'minutes', title: 'Minutes of the Overview and Scrutiny Committee', council: 'Stourmead District Council', committee: 'Overview and Scrutiny Committee', meetingDate: '2025-05-20',
      paragraphs: [makeParagraph({ number: '12', page: 1, section: 'Leisure contract', text: 'The Committee considered the leisure contract performance report.' })],
    })] }),
    makeDocument({ file: 'fees.pdf', sha256: sha('fees'), parts: [makePart({
      title: 'Bereavement Services – Fees and Charges 2026/27', council: 'Merrowdean Borough Council', committee: null, meetingDate: '2026-01-15',
      paragraphs: [
        makeParagraph({ number: null, page: 2, section: 'Table 1: Fees', text: 'Fee | 2025/26 | 2026/27\nInterment of an adult | £980 | £1,030\nAdult cremation (Monday to Friday) | £1,050 | £1,095' }),
      ],
      amounts: [
        ['Interment of an adult | £980 | £1,030', 'Interment of an adult', '£1,030', 1030],
        ['Adult cremation (Monday to Friday) | £1,050 | £1,095', 'Adult cremation (Monday to Friday)', '£1,095', 1095],
      ].map(([context, row, text, value], i) => makeAmount({
        text: text as string, value: value as number, kind: 'cost', period: '2026/27', fundingSource: null, subject: row as string, page: 2, paragraph: null, context: context as string,
        table: { table: 0, row: i + 1, column: 2, rowHeader: row as string, columnHeader: '2026/27', isTotal: false },
      })),
    })] }),
    makeDocument({ file: 'hosc.pdf', sha256: sha('hosc'), parts: [makePart({
      type: 'minutes', title: 'Minutes of the Health Overview and Scrutiny Committee', council: 'Dunholm County Council',
      committee: 'Health Overview and Scrutiny Committee', meetingDate: '2025-11-05', agendaItem: null,
      paragraphs: filler,
      resolutions: [makeResolution({ ref: '41', title: 'Performance', agendaItem: '41', page: 1, outcome: 'noted', text: 'the performance report be noted.', items: [{ label: null, text: 'the performance report be noted.' }] })],
    })] }),
  ]);
  engine = createEngine(db, { logger: pino({ level: 'silent' }) });
});
afterAll(() => db.close());

describe('a minute\'s decision and its discussion', () => {
  it('finds the decision when the question\'s words are in the discussion above it ("joint hosc": the joint committee)', () => {
    const a = engine.ask('what did the joint hosc decide last month about wrayholt emergency surgery?', pub);
    expect(a.filters).toContain('committee: Joint Health Overview and Scrutiny Committee');
    expect(a.found).toBe(true);
    expect(a.items[0]!.document.file).toBe('jhosc.pdf');
    // the decision is among the answers though none of the question's words is in it
    expect(a.items.find((i) => i.kind === 'resolution')?.text).toContain('substantial variation');
    // a question that does not ask for decisions as such still reaches the decision
    const snap = buildSnapshot(db, false);
    const q = understand('what is the position on the overnight emergency department at wrayholt?', readingContext(snap, pub.now));
    expect(q.intent).toBe('general');
    const r = retrieve(db, snap, q, false, pub.now);
    expect(r.scored.find((s) => s.unit.kind === 'resolution')?.unit.text).toContain('substantial variation');
  });

  it('reads the committee\'s name as the paper\'s ("joint scrutiny cttee")', () => {
    const a = engine.ask('did the joint scrutiny cttee say it would go to the secretary of state?', pub);
    expect(a.found).toBe(true);
    expect(a.items[0]!.document.file).toBe('jhosc.pdf');
    expect(a.items[0]!.text).toContain('Secretary of State');
  });

  it('finds a promise to a body in another body\'s paper when the body\'s own papers hold none, and says so', () => {
    const a = engine.ask('when do O&S get the report on what the ukspf programme achieved?', pub);
    expect(a.found).toBe(true);
    expect(a.items[0]!.document.file).toBe('ukspf.pdf');
    expect(a.answer).toMatch(/^Nothing in the papers of the body asked about \(committee: Overview and Scrutiny Committee\); from other papers that name it:/);
    expect(a.filters).toContain('committee: Overview and Scrutiny Committee: no match, widened to papers naming it');
  });

  it('reads a table\'s cell by its own row and column, not the other rows of the table', () => {
    const a = engine.ask('merrowdean - what will an adult cremation cost in 26/27?', pub);
    expect(a.found).toBe(true);
    expect(a.items[0]!.text).toContain('Adult cremation');
    const snap = buildSnapshot(db, false);
    const q = understand('what will an adult cremation cost in 26/27?', readingContext(snap, pub.now));
    const interment = retrieve(db, snap, q, false, pub.now).scored.find((s) => s.unit.text.startsWith('Interment'));
    expect(interment?.coverage.missing.map((c) => c.label)).toContain('cremation');
  });
});
