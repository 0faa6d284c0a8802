/**
 * Exactly-once delivery of alerts to Slack.
 *
 * The alert log has one row per (item key, lead, channel) — `enqueueAlert` is INSERT OR IGNORE,
 * so an alert is queued once in the life of the database however often the run repeats.
 * A row moves pending → sending → sent, each step its own transaction:
 *
 *   1. mark 'sending' (attempts + 1)          — committed BEFORE Slack is called
 *   2. chat.postMessage with message metadata  { event_type: "papers_alert", event_payload: { keys: "k1 k2" } }
 *   3. mark 'sent' with the message ts         — committed AFTER Slack answered
 *
 * Failures:
 *   - Slack says no for sure (HTTP 429 — Retry-After honoured —, or ok:false): back to 'pending',
 *     next_attempt_at = now + Retry-After or the back-off (1 min, 5 min, 30 min, 2 h, then 6 h).
 *   - The outcome is unknown (network error, timeout, HTTP 5xx — Slack may have posted): back to
 *     'pending' with last_error "ambiguous: …". Before such a row is posted again, the channel's
 *     history is searched for a message whose metadata carries its key; if found, the row is
 *     marked 'sent' with that message's ts instead of posting again.
 *   - The process dies between 1 and 3: the row stays 'sending'. A later run treats a 'sending'
 *     row older than `staleMinutes` (default 10) as abandoned and resolves it the same way:
 *     found in history → 'sent'; not found → 'pending', sent by this run. Younger 'sending' rows
 *     are left alone (another run may be mid-send) and reported as in flight.
 *
 * Guarantee: no alert is lost (a row leaves 'pending'/'sending' only as 'sent' with a Slack ts,
 * or 'failed' when its item was marked Done before it could be sent), and no alert is posted
 * twice, provided (a) runs for one channel do not overlap for longer than `staleMinutes`, and
 * (b) a message Slack accepted shows up in conversations.history by the time the row is retried
 * (the bot needs channels:history / groups:history). Messages deleted by people in between are
 * not re-posted once their key was found, and are re-posted if they were deleted before the check.
 */
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../log.ts';
import type { Db } from '../store/db.ts';
import {
  getItemStates,
  markFailed,
  markRetry,
  markSending,
  markSent,
  pendingAlerts,
  staleSendingAlerts,
  type AlertRow,
} from '../store/alerts.ts';
import { ALERT_EVENT_TYPE, MAX_ITEMS_PER_MESSAGE, renderAlertMessage, type AlertEntry } from '../slack/blocks/alerts.ts';

export type AlertClient = Pick<WebClient, 'chat' | 'conversations'>;

export interface DeliverOptions {
  db: Db;
  client: AlertClient;
  channel: string;
  now: Date;
  logger: Logger;
  /** A 'sending' row untouched this long belongs to a run that died. Default 10. */
  staleMinutes?: number;
  /**
   * Test seam: called after Slack accepted a message and before 'sent' is written. A test throws
   * here to simulate the process dying at the worst moment.
   */
  onPosted?: (keys: readonly string[], ts: string) => void;
}

export interface DeliverSummary {
  /** Slack messages posted by this run. */
  messages: number;
  /** Alerts delivered by this run. */
  delivered: number;
  /** Alerts found already in the channel (an earlier run posted them, then failed to record it). */
  recovered: number;
  /** Alerts left pending for a later attempt. */
  pendingRetry: number;
  /** 'sending' rows of another (or recent) run, left alone. */
  inFlight: number;
  /** Alerts dropped because their item was marked Done first. */
  cancelled: number;
  errors: string[];
}

const BACKOFF_MINUTES = [1, 5, 30, 120, 360];

export function backoffMinutes(attempts: number): number {
  return BACKOFF_MINUTES[Math.min(Math.max(attempts, 1), BACKOFF_MINUTES.length) - 1]!;
}

interface SlackFailure {
  message: string;
  /** Slack may have posted the message anyway. */
  ambiguous: boolean;
  retryAfterSeconds: number | null;
}

export function classifySlackError(err: unknown): SlackFailure {
  const e = err as { code?: string; message?: string; retryAfter?: number; statusCode?: number; data?: { error?: string } };
  const message = String(e?.message ?? err);
  switch (e?.code) {
    case 'slack_webapi_rate_limited_error':
      return { message: `rate limited (Retry-After ${e.retryAfter ?? '?'} s)`, ambiguous: false, retryAfterSeconds: e.retryAfter ?? 60 };
    case 'slack_webapi_platform_error':
      return { message: `Slack refused: ${e.data?.error ?? message}`, ambiguous: false, retryAfterSeconds: null };
    case 'slack_webapi_http_error':
      return { message: `HTTP ${e.statusCode ?? '?'}: ${message}`, ambiguous: true, retryAfterSeconds: null };
    default:
      return { message, ambiguous: true, retryAfterSeconds: null };
  }
}

/**
 * Searches the channel for messages carrying alert keys in their metadata (newest first, back to
 * `oldest`). Returns key → ts for the keys found.
 */
export async function findDelivered(
  client: AlertClient,
  channel: string,
  keys: readonly string[],
  oldest: Date,
  maxPages = 10,
): Promise<Map<string, string>> {
  const want = new Set(keys);
  const found = new Map<string, string>();
  let cursor: string | undefined;
  for (let page = 0; page < maxPages && found.size < want.size; page += 1) {
    const res = await client.conversations.history({
      channel,
      // An hour's margin for clock skew between this machine and Slack.
      oldest: String(Math.floor(oldest.getTime() / 1000) - 3600),
      include_all_metadata: true,
      limit: 200,
      ...(cursor ? { cursor } : {}),
    });
    for (const m of res.messages ?? []) {
      if (m.metadata?.event_type !== ALERT_EVENT_TYPE || !m.ts) continue;
      const carried = (m.metadata.event_payload as { keys?: unknown } | undefined)?.keys;
      if (typeof carried !== 'string') continue;
      for (const k of carried.split(' ')) if (want.has(k) && !found.has(k)) found.set(k, m.ts);
    }
    cursor = res.response_metadata?.next_cursor || undefined;
    if (!cursor) break;
  }
  return found;
}

function entryOf(row: AlertRow): AlertEntry {
  return JSON.parse(row.payloadJson ?? 'null') as AlertEntry;
}

const earliest = (rows: readonly AlertRow[]): Date => new Date(rows.map((r) => r.createdAt).sort()[0] ?? 0);

/** Resolves rows whose delivery is in doubt against channel history. Returns rows still to post. */
async function settleDoubtful(o: DeliverOptions, rows: AlertRow[], s: DeliverSummary, reason: string): Promise<AlertRow[]> {
  if (rows.length === 0) return [];
  let found: Map<string, string>;
  try {
    found = await findDelivered(o.client, o.channel, rows.map((r) => r.key), earliest(rows));
  } catch (err) {
    // Cannot tell whether they were posted: leave them as they are and try again later.
    const f = classifySlackError(err);
    s.errors.push(`history check failed: ${f.message}`);
    o.logger.warn({ channel: o.channel, err }, 'alerts: could not check channel history; will retry');
    const stuck = rows.filter((r) => r.status === 'pending').map((r) => r.key);
    if (stuck.length) {
      const wait = backoffMinutes(Math.max(...rows.map((r) => r.attempts + 1))) * 60_000;
      markRetry(o.db, stuck, `ambiguous: ${f.message}`, new Date(o.now.getTime() + wait), o.now, true);
    }
    s.pendingRetry += stuck.length;
    return [];
  }
  const rest: AlertRow[] = [];
  for (const r of rows) {
    const ts = found.get(r.key);
    if (ts) {
      markSent(o.db, [r.key], ts, o.now);
      s.recovered += 1;
      o.logger.info({ channel: o.channel, key: r.key, ts, reason }, 'alerts: already delivered; recorded without re-posting');
    } else {
      rest.push(r);
    }
  }
  return rest;
}

export async function deliverPending(o: DeliverOptions): Promise<DeliverSummary> {
  const s: DeliverSummary = { messages: 0, delivered: 0, recovered: 0, pendingRetry: 0, inFlight: 0, cancelled: 0, errors: [] };
  const { db, channel, now, logger } = o;

  // 1. 'sending' rows of a run that died: posted or not?
  const stale = staleSendingAlerts(db, channel, new Date(now.getTime() - (o.staleMinutes ?? 10) * 60_000));
  const notPosted = await settleDoubtful(o, stale, s, 'stale sending row');
  if (notPosted.length) markRetry(db, notPosted.map((r) => r.key), 'recovered: not found in channel history', now, now);
  s.inFlight += (db.prepare(`SELECT count(*) AS n FROM alert_log WHERE channel = ? AND status = 'sending'`).get(channel) as { n: number }).n;

  // 2. Pending rows due for an attempt; drop those marked Done meanwhile.
  const states = getItemStates(db);
  let rows = pendingAlerts(db, channel, now);
  const done = rows.filter((r) => states.get(r.itemKey)?.status === 'done');
  if (done.length) {
    markFailed(db, done.map((r) => r.key), 'cancelled: item marked done before delivery', now);
    s.cancelled += done.length;
  }
  rows = rows.filter((r) => !done.includes(r));

  // 3. Rows whose last attempt may have reached Slack: look before posting again.
  const doubtful = rows.filter((r) => r.attempts > 0 && (r.lastError ?? '').startsWith('ambiguous'));
  const settled = new Set(doubtful.map((r) => r.key));
  const stillToPost = new Set((await settleDoubtful(o, doubtful, s, 'ambiguous earlier attempt')).map((r) => r.key));
  rows = rows.filter((r) => !settled.has(r.key) || stillToPost.has(r.key));

  // 4. Post: one message per chunk of items (a digest when several fall due together).
  for (let i = 0; i < rows.length; i += MAX_ITEMS_PER_MESSAGE) {
    const chunk = rows.slice(i, i + MAX_ITEMS_PER_MESSAGE);
    const claimed = new Set(markSending(db, chunk.map((r) => r.key), now));
    const mine = chunk.filter((r) => claimed.has(r.key));
    if (mine.length === 0) continue;
    const keys = mine.map((r) => r.key);
    const message = renderAlertMessage(mine.map(entryOf), keys);
    let ts: string;
    try {
      const res = await o.client.chat.postMessage({ channel, text: message.text, blocks: message.blocks, metadata: message.metadata, unfurl_links: false });
      if (!res.ts) throw Object.assign(new Error('chat.postMessage returned no ts'), { code: 'no_ts' });
      ts = res.ts;
    } catch (err) {
      const f = classifySlackError(err);
      const attempts = Math.max(...mine.map((r) => r.attempts + 1));
      const wait = f.retryAfterSeconds !== null ? f.retryAfterSeconds * 1000 : backoffMinutes(attempts) * 60_000;
      markRetry(db, keys, `${f.ambiguous ? 'ambiguous' : 'rejected'}: ${f.message}`, new Date(now.getTime() + wait), now);
      s.errors.push(f.message);
      logger.warn({ channel, count: keys.length, err: f.message, retryInMs: wait }, 'alerts: post failed; will retry');
      if (f.retryAfterSeconds !== null) {
        // Rate limited: the rest waits for the next run too.
        s.pendingRetry += rows.length - i;
        break;
      }
      s.pendingRetry += keys.length;
      continue;
    }
    o.onPosted?.(keys, ts);
    markSent(db, keys, ts, now);
    s.messages += 1;
    s.delivered += keys.length;
    logger.info({ channel, ts, count: keys.length }, 'alerts: posted');
  }
  return s;
}
