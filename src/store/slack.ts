/**
 * What the Slack app reads and writes: event de-duplication, the query log (with the thread,
 * for follow-ups and paging), feedback, and the latest decisions for the App Home.
 */
import { sourceDocumentOf } from './source-document.ts';
import type { SourceDocument } from '../answer/model.ts';
import type { Db } from './db.ts';

/** Records a Slack event id; false when it was seen before (a retried delivery). */
export function firstDelivery(db: Db, eventId: string, now: Date = new Date()): boolean {
  const r = db.prepare('INSERT OR IGNORE INTO slack_events (event_id, received_at) VALUES (?, ?)').run(eventId, now.toISOString());
  return r.changes === 1;
}

/** Forgets event ids older than `days` (housekeeping). */
export function pruneEvents(db: Db, days: number, now: Date = new Date()): number {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  return db.prepare('DELETE FROM slack_events WHERE received_at < ?').run(cutoff).changes;
}

export type QueryCommand = 'ask' | 'costs';

export interface LoggedQuery {
  id: number;
  question: string;
  command: QueryCommand;
  intent: string | null;
  found: boolean | null;
  userId: string | null;
  channelId: string | null;
  threadTs: string | null;
}

export function logQuery(
  db: Db,
  q: { question: string; command: QueryCommand; userId: string | null; channelId: string | null; threadTs: string | null },
  now: Date = new Date(),
): number {
  const r = db
    .prepare('INSERT INTO query_log (question, command, user_id, channel_id, thread_ts, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(q.question, q.command, q.userId, q.channelId, q.threadTs, now.toISOString());
  return Number(r.lastInsertRowid);
}

export function recordOutcome(db: Db, id: number, outcome: { intent: string; found: boolean }): void {
  db.prepare('UPDATE query_log SET intent = ?, found = ? WHERE id = ?').run(outcome.intent, outcome.found ? 1 : 0, id);
}

interface QueryRow {
  id: number;
  question: string;
  command: string;
  intent: string | null;
  found: number | null;
  user_id: string | null;
  channel_id: string | null;
  thread_ts: string | null;
}

function toLogged(r: QueryRow): LoggedQuery {
  return {
    id: r.id,
    question: r.question,
    command: r.command === 'costs' ? 'costs' : 'ask',
    intent: r.intent,
    found: r.found === null ? null : r.found === 1,
    userId: r.user_id,
    channelId: r.channel_id,
    threadTs: r.thread_ts,
  };
}

export function getQuery(db: Db, id: number): LoggedQuery | null {
  const r = db.prepare('SELECT * FROM query_log WHERE id = ?').get(id) as QueryRow | undefined;
  return r ? toLogged(r) : null;
}

/**
 * The question that opened a thread (its first logged question), used as the context of a
 * follow-up asked later in the same thread. Null when the thread has none.
 */
export function threadQuestion(db: Db, channelId: string, threadTs: string, beforeId = Number.MAX_SAFE_INTEGER): string | null {
  const r = db
    .prepare('SELECT question FROM query_log WHERE channel_id = ? AND thread_ts = ? AND id < ? ORDER BY id LIMIT 1')
    .get(channelId, threadTs, beforeId) as { question: string } | undefined;
  return r?.question ?? null;
}

export function recordFeedback(
  db: Db,
  f: { queryId: number | null; question: string; vote: 'up' | 'down'; userId: string | null },
  now: Date = new Date(),
): number {
  const r = db
    .prepare('INSERT INTO feedback (query_id, question, vote, user_id, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(f.queryId, f.question, f.vote, f.userId, now.toISOString());
  return Number(r.lastInsertRowid);
}

export interface Decision {
  kind: 'resolution' | 'recommendation';
  text: string;
  /** Minutes reference of a resolution ("2021/005"). */
  ref: string | null;
  status: string;
  page: number;
  document: SourceDocument;
}

interface DecisionRow {
  kind: 'resolution' | 'recommendation';
  text: string;
  ref: string | null;
  status: string;
  page: number;
  file: string;
  url: string | null;
  title: string | null;
  committee: string | null;
  council: string | null;
  meeting_date: string | null;
  agenda_item: string | null;
}

/**
 * The latest decisions: resolutions, and recommendations recorded as approved, newest meeting
 * first. Public parts only (the App Home is not an exempt channel).
 */
export function latestDecisions(db: Db, limit = 10): Decision[] {
  const rows = db
    .prepare(
      `SELECT * FROM (
         SELECT 'resolution' AS kind, r.text, r.ref, r.outcome AS status, r.page, r.id AS fact_id,
                d.file, d.url, coalesce(r.title, p.title) AS title, p.committee, p.council, p.meeting_date,
                coalesce(r.agenda_item, p.agenda_item) AS agenda_item
           FROM resolutions r JOIN parts p ON p.id = r.part_id JOIN documents d ON d.id = p.document_id
          WHERE p.classification = 'public'
         UNION ALL
         SELECT 'recommendation' AS kind, c.text, NULL AS ref, c.status, c.page, c.id AS fact_id,
                d.file, d.url, p.title, p.committee, p.council, p.meeting_date, p.agenda_item
           FROM recommendations c JOIN parts p ON p.id = c.part_id JOIN documents d ON d.id = p.document_id
          WHERE p.classification = 'public' AND c.status = 'approved'
       )
       ORDER BY meeting_date IS NULL, meeting_date DESC, kind DESC, fact_id
       LIMIT ?`,
    )
    .all(limit) as DecisionRow[];
  return rows.map((r) => ({
    kind: r.kind,
    text: r.text,
    ref: r.ref,
    status: r.status,
    page: r.page,
    document: sourceDocumentOf(r),
  }));
}
