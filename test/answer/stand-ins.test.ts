/**
 * Units that stand in for a paper (src/answer/stand-ins.ts): an agenda line that names a report
 * by its decision number or title answers "which item / what pages is X", and a report's contact
 * block answers "who wrote X" though neither holds the question's topic words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { Db } from '../../src/store/db.ts';
import { createEngine, type AnswerEngine } from '../../src/answer/engine.ts';
import { asksForContact } from '../../src/answer/stand-ins.ts';
import { seedDb } from '../helpers/seed-db.ts';
import { makeDocument, makeParagraph, makePart, sha } from '../helpers/documents.ts';

const pub = { includeExempt: false, now: new Date('2025-01-27T09:00:00Z') };
let db: Db;
let engine: AnswerEngine;

beforeAll(() => {
  // other papers, so that "school", "places" and "plan" are not rare words of one paper
  const others = Array.from({ length: 30 }, (_, i) =>
    makeDocument({
      file: `other-${i}.pdf`,
      sha256: sha(`other-${i}`),
      parts: [makePart({
        title: `Highways Report ${i}`, meetingDate: '2024-11-14', agendaItem: String(i + 1),
        paragraphs: [
          makeParagraph({ number: '1', text: `The highways plan ${i} sets out road repairs in district ${i} and the places most in need.` }),
          makeParagraph({ number: '2', text: `School transport route ${i} will be reviewed with the district council.` }),
          makeParagraph({ number: '3', section: 'Contact', text: `Report Author: Officer ${i}, Highways Manager ${i}` }),
        ],
      })],
    }));
  db = seedDb([
    makeDocument({
      file: '2025-01-30_Agenda_frontsheet_Cabinet.pdf',
      sha256: sha('agenda'),
      parts: [makePart({
        type: 'agenda', title: 'Agenda', agendaItem: null, author: null,
        paragraphs: [
          makeParagraph({ number: '4', section: 'Agenda', text: 'Revenue and Capital Budget Monitoring Report – November 2024-25 (Pages 11 - 84)' }),
          makeParagraph({ number: '5', section: 'Agenda', text: '24/00096 - Commissioning Plan for Education Provision in Kent 2025-29 (Pages 461 - 610)' }),
          makeParagraph({ number: '6', section: 'Agenda', text: 'Adoption of the Integrated Care Strategy Delivery Plan (Pages 611 - 700)' }),
        ],
      })],
    }),
    makeDocument({
      file: '2025-01-30_24-00096_-_Commissioning_Plan_-_Report.pdf',
      sha256: sha('kcp'),
      parts: [makePart({
        title: 'Commissioning Plan for Education Provision in Kent 2025-29',
        paragraphs: [
          makeParagraph({ number: '1.1', section: 'Summary', text: 'The plan sets out how many new school places Kent needs in each district, and how they will be commissioned.' }),
          makeParagraph({ number: '1.2', section: 'Summary', text: 'Forecasts show a need for 1,200 additional secondary school places by 2027.' }),
          makeParagraph({ number: null, section: 'Contact details', text: 'Report Author: Nick Abrahams, Assistant Director Education – West Kent. Relevant Director: Christine McInnes' }),
        ],
      })],
    }),
    ...others,
  ]);
  engine = createEngine(db, { logger: pino({ level: 'silent' }) });
});
afterAll(() => db.close());

describe('agenda lines stand in for the report they name', () => {
  it('answers "what pages is X in the pack" with the agenda line that names the report by its decision number', () => {
    const a = engine.ask('school places plan - what pages is it in the 30/1 cabinet agenda pack?', pub);
    expect(a.found).toBe(true);
    expect(a.items[0]!.text).toContain('(Pages 461 - 610)');
    expect(a.items[0]!.document.file).toBe('2025-01-30_Agenda_frontsheet_Cabinet.pdf');
  });

  it('leaves a question that does not ask where alone: the report answers it', () => {
    const a = engine.ask('how many secondary school places are needed by 2027?', pub);
    expect(a.items[0]!.document.file).toBe('2025-01-30_24-00096_-_Commissioning_Plan_-_Report.pdf');
  });
});

describe('a report\'s contact block stands in for the report', () => {
  it('answers "who wrote X" with the contact block of the paper about X', () => {
    const a = engine.ask('who wrote the school places plan paper for cabinet?', pub);
    expect(a.found).toBe(true);
    expect(a.items[0]!.text).toContain('Nick Abrahams');
  });

  it('is used only when the question asks for a paper\'s people', () => {
    expect(asksForContact("who's the contact officer on the licensing report?")).toBe(true);
    expect(asksForContact('who do i ring about the school places plan?')).toBe(true);
    expect(asksForContact('who can sign off minor changes to the plan?')).toBe(false);
    expect(asksForContact("who's going to manage the new enablement workers?")).toBe(false);
  });
});
