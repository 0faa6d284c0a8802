/**
 * Store access for alerts: item state (Done / Snoozed) and the alert log (exactly-once delivery).
 * Each function is one statement or one transaction; the delivery protocol lives in
 * src/alerts/deliver.ts.
 */
import type { Db } from './db.ts';

export type ItemStatus = 'open' | 'done' | 'snoozed';

export interface ItemState {
  itemKey: string;
  status: ItemStatus;
  snoozedUntil: string | null;
  updatedBy: string | null;
  updatedAt: string;
}

export function getItemStates(db: Db): Map<string, ItemState> {
  const rows = db
    .prepare('SELECT item_key, status, snoozed_until, updated_by, updated_at FROM item_state')
    .all() as Array<{ item_key: string; status: ItemStatus; snoozed_until: string | null; updated_by: string | null; updated_at: string }>;
  return new Map(
    rows.map((r) => [
      r.item_key,
      { itemKey: r.item_key, status: r.status, snoozedUntil: r.snoozed_until, updatedBy: r.updated_by, updatedAt: r.updated_at },
    ]),
  );
}

export function getItemState(db: Db, itemKey: string): ItemState | undefined {
  const r = db
    .prepare('SELECT item_key, status, snoozed_until, updated_by, updated_at FROM item_state WHERE item_key = ?')
    .get(itemKey) as { item_key: string; status: ItemStatus; snoozed_until: string | null; updated_by: string | null; updated_at: string } | undefined;
  return r ? { itemKey: r.item_key, status: r.status, snoozedUntil: r.snoozed_until, updatedBy: r.updated_by, updatedAt: r.updated_at } : undefined;
}

export function setItemState(
  db: Db,
  s: { itemKey: string; status: ItemStatus; snoozedUntil?: string | null; updatedBy?: string | null; now: Date },
): void {
  db.prepare(
    `INSERT INTO item_state (item_key, status, snoozed_until, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(item_key) DO UPDATE SET status = excluded.status, snoozed_until = excluded.snoozed_until,
       updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(s.itemKey, s.status, s.snoozedUntil ?? null, s.updatedBy ?? null, s.now.toISOString());
}

export type AlertStatus = 'pending' | 'sending' | 'sent' | 'failed';

export interface AlertRow {
  key: string;
  itemKey: string;
  lead: string;
  channel: string;
  dueDate: string;
  status: AlertStatus;
  attempts: number;
  nextAttemptAt: string | null;
  slackTs: string | null;
  lastError: string | null;
  payloadJson: string | null;
  createdAt: string;
  updatedAt: string;
}

interface RawAlertRow {
  key: string;
  item_key: string;
  lead: string;
  channel: string;
  due_date: string;
  status: AlertStatus;
  attempts: number;
  next_attempt_at: string | null;
  slack_ts: string | null;
  last_error: string | null;
  payload_json: string | null;
  created_at: string;
  updated_at: string;
}

const toRow = (r: RawAlertRow): AlertRow => ({
  key: r.key,
  itemKey: r.item_key,
  lead: r.lead,
  channel: r.channel,
  dueDate: r.due_date,
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  slackTs: r.slack_ts,
  lastError: r.last_error,
  payloadJson: r.payload_json,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** One alert per (item, lead, channel): the key the log is unique on. */
export function alertKey(itemKey: string, lead: string, channel: string): string {
  return `${itemKey}|${lead}|${channel}`;
}

/** Queues an alert unless that (item, lead, channel) was ever queued before. True when new. */
export function enqueueAlert(
  db: Db,
  a: { itemKey: string; lead: string; channel: string; dueDate: string; payload: unknown; now: Date },
): boolean {
  const at = a.now.toISOString();
  const info = db
    .prepare(
      `INSERT OR IGNORE INTO alert_log (key, item_key, lead, channel, due_date, status, attempts, next_attempt_at, payload_json, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?, ?)`,
    )
    .run(alertKey(a.itemKey, a.lead, a.channel), a.itemKey, a.lead, a.channel, a.dueDate, at, JSON.stringify(a.payload), at, at);
  return info.changes === 1;
}

export function getAlert(db: Db, key: string): AlertRow | undefined {
  const r = db.prepare('SELECT * FROM alert_log WHERE key = ?').get(key) as RawAlertRow | undefined;
  return r ? toRow(r) : undefined;
}

export function listAlerts(db: Db, where: { channel?: string; status?: AlertStatus } = {}): AlertRow[] {
  const rows = db
    .prepare(
      `SELECT * FROM alert_log WHERE (@channel IS NULL OR channel = @channel) AND (@status IS NULL OR status = @status)
       ORDER BY due_date, created_at, key`,
    )
    .all({ channel: where.channel ?? null, status: where.status ?? null }) as RawAlertRow[];
  return rows.map(toRow);
}

/** Pending alerts for a channel whose next attempt is due at `now`. */
export function pendingAlerts(db: Db, channel: string, now: Date): AlertRow[] {
  const rows = db
    .prepare(
      `SELECT * FROM alert_log WHERE channel = ? AND status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
       ORDER BY due_date, created_at, key`,
    )
    .all(channel, now.toISOString()) as RawAlertRow[];
  return rows.map(toRow);
}

/** 'sending' rows last touched before `olderThan`: a run that died mid-send. */
export function staleSendingAlerts(db: Db, channel: string, olderThan: Date): AlertRow[] {
  const rows = db
    .prepare(`SELECT * FROM alert_log WHERE channel = ? AND status = 'sending' AND updated_at < ? ORDER BY created_at, key`)
    .all(channel, olderThan.toISOString()) as RawAlertRow[];
  return rows.map(toRow);
}

/** Claims pending rows for sending (one transaction). Returns the keys actually claimed. */
export function markSending(db: Db, keys: readonly string[], now: Date): string[] {
  const stmt = db.prepare(
    `UPDATE alert_log SET status = 'sending', attempts = attempts + 1, updated_at = ? WHERE key = ? AND status = 'pending'`,
  );
  return db.transaction(() => keys.filter((k) => stmt.run(now.toISOString(), k).changes === 1))();
}

export function markSent(db: Db, keys: readonly string[], ts: string, now: Date): void {
  const stmt = db.prepare(
    `UPDATE alert_log SET status = 'sent', slack_ts = ?, last_error = NULL, next_attempt_at = NULL, updated_at = ? WHERE key = ?`,
  );
  db.transaction(() => keys.forEach((k) => stmt.run(ts, now.toISOString(), k)))();
}

/**
 * Back to pending after a failed attempt, to be tried again at `nextAttemptAt`. `countAttempt`
 * adds one to attempts (for failures that happen before the post, e.g. a history check).
 */
export function markRetry(db: Db, keys: readonly string[], error: string, nextAttemptAt: Date, now: Date, countAttempt = false): void {
  const stmt = db.prepare(
    `UPDATE alert_log SET status = 'pending', attempts = attempts + ?, last_error = ?, next_attempt_at = ?, updated_at = ? WHERE key = ?`,
  );
  db.transaction(() => keys.forEach((k) => stmt.run(countAttempt ? 1 : 0, error, nextAttemptAt.toISOString(), now.toISOString(), k)))();
}

/** Terminal: will not be sent (e.g. the item was marked Done before delivery). */
export function markFailed(db: Db, keys: readonly string[], reason: string, now: Date): void {
  const stmt = db.prepare(`UPDATE alert_log SET status = 'failed', last_error = ?, next_attempt_at = NULL, updated_at = ? WHERE key = ?`);
  db.transaction(() => keys.forEach((k) => stmt.run(reason, now.toISOString(), k)))();
}

/** The earliest next attempt among pending rows (for the scheduler's retry timer). */
export function nextPendingAttempt(db: Db, channel: string): string | null {
  const r = db
    .prepare(`SELECT min(next_attempt_at) AS t FROM alert_log WHERE channel = ? AND status = 'pending'`)
    .get(channel) as { t: string | null };
  return r.t;
}

/** Alert log rows of one Slack message (a digest holds several). */
export function alertsByTs(db: Db, channel: string, ts: string): AlertRow[] {
  const rows = db.prepare('SELECT * FROM alert_log WHERE channel = ? AND slack_ts = ? ORDER BY key').all(channel, ts) as RawAlertRow[];
  return rows.map(toRow);
}
