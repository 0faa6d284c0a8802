/**
 * Subscriptions ("tell me about new papers on X") and the notices already sent for them.
 * A query is kept as typed; it is unique per target regardless of case and spacing.
 */
import type { Db } from './db.ts';

export interface Subscription {
  id: number;
  target: string;
  targetType: 'user' | 'channel';
  query: string;
  createdBy: string | null;
  createdAt: string;
}

interface Raw {
  id: number;
  target: string;
  target_type: 'user' | 'channel';
  query: string;
  created_by: string | null;
  created_at: string;
}

const toSub = (r: Raw): Subscription => ({
  id: r.id,
  target: r.target,
  targetType: r.target_type,
  query: r.query,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

function tidy(query: string): string {
  return query.trim().replace(/\s+/g, ' ');
}

function find(db: Db, target: string, query: string): Raw | undefined {
  return db
    .prepare('SELECT * FROM subscriptions WHERE target = ? AND lower(query) = lower(?)')
    .get(target, tidy(query)) as Raw | undefined;
}

/** False when the target already had this subscription (or the query is empty). */
export function addSubscription(
  db: Db,
  s: { target: string; targetType: 'user' | 'channel'; query: string; createdBy?: string | null; now?: Date },
): boolean {
  const query = tidy(s.query);
  if (query === '' || find(db, s.target, query)) return false;
  db.prepare('INSERT INTO subscriptions (target, target_type, query, created_by, created_at) VALUES (?, ?, ?, ?, ?)').run(
    s.target,
    s.targetType,
    query,
    s.createdBy ?? null,
    (s.now ?? new Date()).toISOString(),
  );
  return true;
}

/** False when there was none to remove. */
export function removeSubscription(db: Db, target: string, query: string): boolean {
  const row = find(db, target, query);
  if (!row) return false;
  db.prepare('DELETE FROM subscriptions WHERE id = ?').run(row.id);
  return true;
}

export function listSubscriptions(db: Db, target?: string): Subscription[] {
  const rows = (
    target === undefined
      ? db.prepare('SELECT * FROM subscriptions ORDER BY id').all()
      : db.prepare('SELECT * FROM subscriptions WHERE target = ? ORDER BY id').all(target)
  ) as Raw[];
  return rows.map(toSub);
}

export function noticedShas(db: Db, subscriptionId: number): Set<string> {
  const rows = db.prepare('SELECT document_sha256 FROM subscription_notices WHERE subscription_id = ?').all(subscriptionId) as Array<{
    document_sha256: string;
  }>;
  return new Set(rows.map((r) => r.document_sha256));
}

/** Records notices; returns the shas that were not recorded before (the ones to tell about). */
export function recordNotices(db: Db, subscriptionId: number, shas: readonly string[], now: Date): string[] {
  const stmt = db.prepare('INSERT OR IGNORE INTO subscription_notices (subscription_id, document_sha256, notified_at) VALUES (?, ?, ?)');
  return db.transaction(() => shas.filter((sha) => stmt.run(subscriptionId, sha, now.toISOString()).changes === 1))();
}

/** Undoes `recordNotices` when the notice could not be posted (so it is tried again). */
export function forgetNotices(db: Db, subscriptionId: number, shas: readonly string[]): void {
  const stmt = db.prepare('DELETE FROM subscription_notices WHERE subscription_id = ? AND document_sha256 = ?');
  db.transaction(() => shas.forEach((sha) => stmt.run(subscriptionId, sha)))();
}
