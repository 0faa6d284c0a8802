/**
 * Composing the answer to "is X coming to the next meeting?": a work-programme line, or a report
 * promised for a date still to come (a decision and the promise read from it share a text).
 */
import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createEngine } from '../../src/answer/engine.ts';
import { seedDb } from '../helpers/seed-db.ts';
import { makeCommitment, makeDocument, makeParagraph, makePart, makeResolution, sha } from '../helpers/documents.ts';

describe('upcoming questions with a topic', () => {
  const promise = 'Sufficiency strategy to come to January meeting.';
  const db = () =>
    seedDb([
      makeDocument({ file: 'panel.pdf', sha256: sha('panel'), parts: [makePart({
        type: 'minutes', title: 'Minutes of the meeting held on 4 November 2025', committee: 'Corporate Parenting Panel', meetingDate: '2025-11-04', agendaItem: null,
        paragraphs: [makeParagraph({ number: null, page: 1, section: 'Placement sufficiency', text: '38 children are placed more than 20 miles from the city.' })],
        resolutions: [makeResolution({ ref: '4', title: 'Placement sufficiency', agendaItem: '4', text: promise, items: [{ label: null, text: promise }], page: 1, outcome: 'agreed', votes: null })],
        commitments: [makeCommitment({ text: promise, what: 'the sufficiency strategy', due: '2026-01-20', page: 1, paragraph: null, source: 'resolution' })],
      })] }),
    ]);

  it('answers from a report promised for a date still to come', () => {
    const d = db();
    try {
      const a = createEngine(d, { logger: pino({ level: 'silent' }) }).ask('is the sufficiency strategy coming to the next meeting?', { includeExempt: false, now: new Date('2025-11-20T10:00:00Z') });
      expect(a.found).toBe(true);
      expect(a.items[0]?.text).toBe(promise);
    } finally {
      d.close();
    }
  });

  it('does not offer a promise whose date has passed as coming up', () => {
    const d = db();
    try {
      const a = createEngine(d, { logger: pino({ level: 'silent' }) }).ask('is the sufficiency strategy coming to the next meeting?', { includeExempt: false, now: new Date('2026-03-01T10:00:00Z') });
      expect(a.found).toBe(false);
    } finally {
      d.close();
    }
  });
});
