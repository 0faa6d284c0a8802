import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { Db } from '../../src/store/db.ts';
import { createEngine, type AnswerEngine } from '../../src/answer/engine.ts';
import { askedBody } from '../../src/answer/asked-body.ts';
import { buildSnapshot } from '../../src/answer/corpus.ts';
import { readingContext, understand } from '../../src/answer/understand.ts';
import { makeDocument, makeParagraph, makePart } from '../helpers/documents.ts';
import { seedDb } from '../helpers/seed-db.ts';

const now = new Date('2025-03-20T12:00:00Z');
const pub = { includeExempt: false, now };

/** A Cabinet paper that says "planning" and "Chair" in different sentences, and one that names a committee's chair. */
function papers(withChair: boolean) {
  const paragraphs = [
    makeParagraph({ number: '3.1', page: 2, text: 'Recruitment for the Integrated Care Board Chair is underway. The emergency planning period ends in May 2025, when the arrangements will be reviewed.' }),
    makeParagraph({ number: '3.2', page: 2, text: 'Officers continue to meet the Chair of the Health and Wellbeing Board each month on winter planning.' }),
  ];
  if (withChair) paragraphs.push(makeParagraph({ number: '3.3', page: 3, text: 'Councillor Imogen Farraday, Chair of the Planning and Highways Committee, has been consulted on the changes.' }));
  return [
    makeDocument({
      file: 'cabinet-winter.pdf',
      parts: [makePart({ title: 'Winter Resilience Update', committee: 'Cabinet', meetingDate: '2025-02-13', paragraphs, recommendations: [], amounts: [], posts: [], commitments: [], tables: [] })],
    }),
  ];
}

describe('a body the question names that no stored committee is', () => {
  let without: Db;
  let withChair: Db;
  beforeAll(() => {
    without = seedDb(papers(false));
    withChair = seedDb(papers(true));
  });
  afterAll(() => {
    without.close();
    withChair.close();
  });
  const ask = (db: Db, q: string) => createEngine(db, { logger: pino({ level: 'silent' }) }).ask(q, pub);

  it('is not answered by a paper that says its name and "chair" apart', () => {
    const a = ask(without, 'who chairs the planning committee?');
    expect(a.found).toBe(false);
    expect(a.items).toEqual([]);
  });

  it('is answered by a text that names it ("Chair of the Planning and Highways Committee")', () => {
    const a = ask(withChair, 'who chairs the planning committee?');
    expect(a.found).toBe(true);
    expect(a.items[0]!.text).toContain('Chair of the Planning and Highways Committee');
  });

  it('reads the name from the word before the noun, and none from words that name no body', () => {
    const snap = buildSnapshot(without, false);
    const read = (q: string) => {
      const u = understand(q, readingContext(snap, now));
      return askedBody(q, u.concepts, u.filters.committees, u.intent === 'who')?.label ?? null;
    };
    expect(read('who chairs the planning committee?')).toBe('planning');
    expect(read('who sits on the tenants forum?')).toBe('tenants');
    // a stored committee is a filter, not an unknown body
    expect(read('what did the cabinet committee decide on winter planning?')).toBeNull();
    expect(read('which committee approved the winter plan?')).toBeNull();
    expect(read('when does it go to the joint committee?')).toBeNull();
    // "board" and "partnership" also name organisations: a body only when the question asks who
    expect(read('has the health board agreed the winter plan?')).toBeNull();
    expect(read('who chairs the health board?')).toBe('health');
  });
});

describe('a role a "who" question names', () => {
  it('is answered only by a text that names the role itself ("Monitoring Officer"), not "budget monitoring" beside a contact', () => {
    const db = seedDb([
      makeDocument({
        file: 'budget-monitoring.pdf',
        parts: [
          makePart({
            title: 'Budget Monitoring Report',
            committee: 'Cabinet',
            meetingDate: '2025-01-30',
            paragraphs: [
              makeParagraph({ number: '1', page: 1, text: 'Report author: Joe Blakemore, Acting Chief Accountant. The report sets out the revenue budget monitoring position.' }),
              makeParagraph({ number: '2', page: 2, text: 'The gifts were declared with the Monitoring Officer, Ms Priya Anand, in December.' }),
            ],
            recommendations: [],
            amounts: [],
            posts: [],
            commitments: [],
            tables: [],
          }),
        ],
      }),
    ]);
    const a = createEngine(db, { logger: pino({ level: 'silent' }) }).ask('who is the monitoring officer?', pub);
    expect(a.found).toBe(true);
    expect(a.items.every((i) => /Monitoring Officer/.test(i.text))).toBe(true);
    db.close();
  });
});
