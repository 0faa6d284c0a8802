/**
 * The answer to a question must not depend on the order the papers were stored in. The
 * papers read for context (context.ts: a paper naming a place in its opening covers that place
 * for all its units) are those of the best-matching candidates, not the first stored.
 */
import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createEngine } from '../../src/answer/engine.ts';
import { seedDb } from '../helpers/seed-db.ts';
import { makeDocument, makeParagraph, makePart, sha } from '../helpers/documents.ts';
import type { Document } from '../../ingest/model.ts';

const now = new Date('2025-03-20T12:00:00Z');

/** Twenty papers that mention respite in passing, and one that plans respite beds for Westshire. */
function papers(): Document[] {
  const others = Array.from({ length: 20 }, (_, i) =>
    makeDocument({ file: `other-${String(i).padStart(2, '0')}.pdf`, sha256: sha(`other-${i}`), parts: [makePart({
      title: `Service update ${i}`, council: null, committee: 'Health Committee', meetingDate: '2024-05-01', agendaItem: String(i + 1),
      paragraphs: [
        makeParagraph({ number: '1', page: 1, section: 'Purpose', text: `To update the committee on day services in area ${i}.` }),
        makeParagraph({ number: '2', page: 1, section: 'Background', text: `Respite was discussed with carers in area ${i} and the beds census was noted.` }),
      ],
    })] }));
  const target = makeDocument({ file: 'short-breaks.pdf', sha256: sha('short-breaks'), parts: [makePart({
    title: 'Short breaks plan', council: null, committee: 'Health Committee', meetingDate: '2024-05-01', agendaItem: '30',
    paragraphs: [
      makeParagraph({ number: '1', page: 1, section: 'Purpose', text: 'This report sets out the short breaks plan for Westshire.' }),
      makeParagraph({ number: '2', page: 2, section: 'Proposal', text: 'Twelve respite beds are planned at the new short breaks centre from April 2025.' }),
    ],
  })] });
  return [...others, target];
}

function topAnswer(docs: Document[]): { found: boolean; file: string | undefined; text: string | undefined } {
  const db = seedDb(docs);
  try {
    const engine = createEngine(db, { logger: pino({ level: 'silent' }) });
    const a = engine.ask('how many respite beds are planned in westshire county?', { includeExempt: false, now });
    return { found: a.found, file: a.items[0]?.document.file, text: a.items[0]?.text };
  } finally {
    db.close();
  }
}

describe('store order', () => {
  it('finds the paper that names the place in its opening, stored first or last', () => {
    const first = topAnswer([papers().at(-1)!, ...papers().slice(0, -1)]);
    const last = topAnswer(papers());
    expect(first.found).toBe(true);
    expect(first.file).toBe('short-breaks.pdf');
    expect(first.text).toContain('Twelve respite beds');
    expect(last).toEqual(first);
  });
});
