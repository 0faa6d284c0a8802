/**
 * A word the papers never hold is read as a near word only with other evidence beside it: a typo
 * in a question about something the papers discuss is forgiven, a real word they never use is not
 * turned into another ("cremation" is not "creation").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { Db } from '../../src/store/db.ts';
import { createEngine, type AnswerEngine } from '../../src/answer/engine.ts';
import { seedDb } from '../helpers/seed-db.ts';
import { makeDocument, makeParagraph, makePart, makeRecommendation, sha } from '../helpers/documents.ts';

const pub = { includeExempt: false, now: new Date('2021-06-01T09:00:00Z') };
let db: Db;
let engine: AnswerEngine;

beforeAll(() => {
  // "adult" in most units, as in any adult social care committee's papers
  const filler = Array.from({ length: 60 }, (_, i) =>
    makeParagraph({ number: String(i + 10), page: 3, section: 'Background', text: `Adult social care activity ${i} in the district continued through the winter.` }));
  db = seedDb([
    makeDocument({ file: 'ics.pdf', sha256: sha('ics'), parts: [makePart({
      title: 'Development of Integrated Care Systems', council: 'Nottinghamshire County Council', committee: 'Adult Social Care and Public Health Committee', meetingDate: '2021-02-08',
      paragraphs: [
        makeParagraph({ number: '3.3', page: 2, section: 'Consultation', text: 'The proposals include the creation of integrated care providers and the creation of two statutory bodies for adult services.' }),
        makeParagraph({ number: '4.1', page: 2, section: 'Local Area Coordination', text: 'Local Area Coordination will be developed across the county with three Local Area Coordinators.' }),
        ...filler,
      ],
      recommendations: [makeRecommendation({ label: '1)', verb: 'approve', page: 1, paragraph: null, text: 'approves the development of Local Area Coordination within Adult Social Care and Health.' })],
    })] }),
  ]);
  engine = createEngine(db, { logger: pino({ level: 'silent' }) });
});
afterAll(() => db.close());

describe('words the papers never hold', () => {
  it('forgives a typo beside the other words of a topic the papers discuss', () => {
    const a = engine.ask('what did committee approve about Local Area Cordination?', pub);
    expect(a.found).toBe(true);
    expect(a.items[0]!.text).toContain('Local Area Coordination');
  });

  it('does not read a real word the papers never use as a near one ("cremation" is not "creation")', () => {
    const a = engine.ask('how much will an adult cremation cost?', pub);
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/^Nothing was found in the papers/);
  });
});
