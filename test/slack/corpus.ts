/**
 * A small hand-written corpus for the Slack tests: a public Cabinet report on Family Hubs with
 * an approved recommendation, the minutes resolving it, and an exempt appendix naming the
 * preferred provider (which must never reach a non-exempt channel). Written with the real
 * store writer; replaced by ingested fixture papers where the pipeline is used.
 */
import { createHash } from 'node:crypto';
import type { Document, Part } from '../../ingest/model.ts';
import { makePart } from '../helpers/documents.ts';
import type { AskContext, Engine } from '../../src/answer/model.ts';
import { writeDocument } from '../../src/store/documents.ts';
import type { Db } from '../../src/store/db.ts';

export const EXEMPT_PHRASE = 'Brightwater Care Partnership';

function part(over: Partial<Part>): Part {
  return makePart({
    type: 'report',
    title: 'Family Hubs',
    council: 'Kent County Council',
    committee: 'Cabinet',
    meetingDate: '2025-03-04',
    agendaItem: '5',
    author: 'Director of Children’s Services',
    firstPage: 1,
    lastPage: 4,
    classification: 'public',
    paragraphs: [],
    ...over,
  });
}

export function familyHubsDocument(): Document {
  const parts: Part[] = [
    part({
      paragraphs: [
        { number: '3.1', page: 2, section: 'Financial Implications', text: 'The Family Hubs programme will cost £1,200,000 in 2025-26, funded by the Department for Education grant.' },
      ],
      recommendations: [
        { label: '(a)', verb: 'approve', text: 'APPROVE the continuation of the Family Hubs programme for 2025-26.', page: 3, paragraph: '7.1', cites: [], status: 'approved' },
      ],
      amounts: [
        { text: '£1,200,000', value: 1_200_000, kind: 'cost', period: '2025-26', fundingSource: 'Department for Education grant', subject: 'Family Hubs programme', page: 2, paragraph: '3.1', context: 'The Family Hubs programme will cost £1,200,000 in 2025-26, funded by the Department for Education grant.', table: null },
      ],
    }),
    part({
      type: 'minutes',
      title: 'Minutes of the Cabinet meeting',
      firstPage: 5,
      lastPage: 5,
      resolutions: [
        { ref: '2025/014', title: 'Family Hubs', agendaItem: '5', text: 'RESOLVED that the continuation of the Family Hubs programme for 2025-26 be approved.', items: [{ label: null, text: 'the continuation of the Family Hubs programme for 2025-26 be approved.' }], page: 5, outcome: 'approved', votes: null },
      ],
    }),
    part({
      type: 'appendix',
      title: 'Exempt Appendix: Family Hubs procurement',
      firstPage: 6,
      lastPage: 6,
      classification: 'exempt',
      paragraphs: [{ number: '1', page: 6, section: null, text: `The preferred provider for the Family Hubs contract is ${EXEMPT_PHRASE} at £950,000.` }],
      recommendations: [
        { label: null, verb: 'approve', text: `APPROVE the award of the Family Hubs contract to ${EXEMPT_PHRASE}.`, page: 6, paragraph: '2', cites: [], status: 'approved' },
      ],
    }),
  ];
  const file = '2025-03-04_Family_Hubs_Cabinet.pdf';
  return { file, sha256: createHash('sha256').update(file).digest('hex'), pages: 6, status: 'ok', error: null, parts };
}

export function seedCorpus(db: Db): void {
  writeDocument(db, familyHubsDocument(), { path: '/corpus/2025-03-04_Family_Hubs_Cabinet.pdf', url: 'https://example.gov.uk/family-hubs.pdf' });
}

/**
 * The real engine, wrapped so tests can see the context each question was asked with (the
 * exempt rule, follow-ups, paging) and can make it fail on purpose. Answers are the engine's own.
 */
export interface RecordingEngine extends Engine {
  calls: Array<{ question: string; ctx: AskContext; at: number }>;
  fail?: Error;
  /** Busy-waits this long in every ask (a slow engine blocks the event loop, as a real one can). */
  busyMs?: number;
}

function busyWait(ms: number | undefined): void {
  if (!ms) return;
  const end = Date.now() + ms;
  while (Date.now() < end) {
    // spin: synchronous work, like building the answer index
  }
}

export function recording(engine: Engine): RecordingEngine {
  const rec: RecordingEngine = {
    calls: [],
    ask(question, ctx) {
      rec.calls.push({ question, ctx, at: Date.now() });
      busyWait(rec.busyMs);
      if (rec.fail) throw rec.fail;
      return engine.ask(question, ctx);
    },
    costs(topic, ctx) {
      rec.calls.push({ question: topic, ctx, at: Date.now() });
      busyWait(rec.busyMs);
      if (rec.fail) throw rec.fail;
      return engine.costs(topic, ctx);
    },
    due: (o) => engine.due(o),
  };
  return rec;
}
