/**
 * Subscription notices: after papers are ingested, each subscription is told ONCE about the new
 * papers that match it — by committee ("Cabinet") or by keywords (full-text search over the
 * papers' paragraphs and part titles; every word must appear; words are passed to FTS5 as quoted
 * tokens, so no query syntax from users reaches SQLite).
 *
 * "New" means: among `documentIds` when given (what an ingest just wrote), else every paper
 * ingested since the subscription was created; minus papers already noticed for it
 * (subscription_notices). Exempt parts count only for channel targets listed in EXEMPT_CHANNELS.
 *
 * Delivery is at most once: notices are recorded, then posted; a Slack failure removes the
 * record again so the next run retries, but a crash between the two loses that notice rather
 * than repeating it.
 */
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../log.ts';
import type { Db } from '../store/db.ts';
import { forgetNotices, listSubscriptions, noticedShas, recordNotices, type Subscription } from '../store/subscriptions.ts';
import { renderSubscriptionNotice } from '../slack/blocks/alerts.ts';
import { classifySlackError } from './deliver.ts';
import { normalise } from './keys.ts';

export interface MatchedPaper {
  documentId: number;
  sha256: string;
  file: string;
  url: string | null;
  title: string | null;
  committee: string | null;
  meetingDate: string | null;
  page: number;
  reason: 'committee' | 'keywords';
}

export interface SubscriptionMatch {
  subscription: Subscription;
  papers: MatchedPaper[];
}

export interface MatchOptions {
  /** The papers just ingested; absent → every paper ingested since each subscription began. */
  documentIds?: readonly number[];
  /** Alternatively, their sha256s. */
  shas?: readonly string[];
  exemptChannels: readonly string[];
}

/** Word tokens of a query, each quoted for FTS5 (double quotes inside doubled). */
export function ftsQuery(query: string): string | null {
  const tokens = query.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (tokens.length === 0) return null;
  return tokens.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ');
}

const committeeName = (s: string | null | undefined) => normalise(s).replace(/\s+committee$/, '');

export function includeExemptFor(sub: Subscription, exemptChannels: readonly string[]): boolean {
  return sub.targetType === 'channel' && !sub.target.startsWith('D') && exemptChannels.includes(sub.target);
}

interface PartRow {
  document_id: number;
  part_id: number;
  sha256: string;
  file: string;
  url: string | null;
  title: string | null;
  committee: string | null;
  meeting_date: string | null;
  first_page: number;
  classification: 'public' | 'exempt';
  ingested_at: string;
}

function candidateParts(db: Db, o: MatchOptions): PartRow[] {
  const rows = db
    .prepare(
      `SELECT d.id AS document_id, p.id AS part_id, d.sha256, d.file, d.url, p.title, p.committee, p.meeting_date,
              p.first_page, p.classification, d.ingested_at
       FROM documents d JOIN parts p ON p.document_id = d.id
       WHERE d.status = 'ok' ORDER BY d.id, p.seq`,
    )
    .all() as PartRow[];
  const ids = o.documentIds ? new Set(o.documentIds) : null;
  const shas = o.shas ? new Set(o.shas) : null;
  return rows.filter((r) => (ids === null || ids.has(r.document_id)) && (shas === null || shas.has(r.sha256)));
}

function keywordHits(db: Db, query: string, partIds: readonly number[]): Map<number, number> {
  const hits = new Map<number, number>();
  const fts = ftsQuery(query);
  if (!fts || partIds.length === 0) return hits;
  const rows = db
    .prepare(
      `SELECT pg.part_id, min(pg.page) AS page FROM paragraphs_fts f JOIN paragraphs pg ON pg.id = f.rowid
       WHERE paragraphs_fts MATCH ? AND pg.part_id IN (SELECT value FROM json_each(?)) GROUP BY pg.part_id`,
    )
    .all(fts, JSON.stringify(partIds)) as Array<{ part_id: number; page: number }>;
  for (const r of rows) hits.set(r.part_id, r.page);
  return hits;
}

export function matchNewDocuments(db: Db, o: MatchOptions): SubscriptionMatch[] {
  const parts = candidateParts(db, o);
  const out: SubscriptionMatch[] = [];
  for (const sub of listSubscriptions(db)) {
    const exempt = includeExemptFor(sub, o.exemptChannels);
    const seen = noticedShas(db, sub.id);
    const mine = parts.filter(
      (p) =>
        (exempt || p.classification === 'public') &&
        !seen.has(p.sha256) &&
        (o.documentIds || o.shas ? true : p.ingested_at >= sub.createdAt),
    );
    const hits = keywordHits(db, sub.query, mine.map((p) => p.part_id));
    const words = normalise(sub.query).split(' ').filter(Boolean);
    const wanted = committeeName(sub.query);
    const papers = new Map<number, MatchedPaper>();
    for (const p of mine) {
      if (papers.has(p.document_id)) continue;
      let reason: MatchedPaper['reason'] | null = null;
      let page = p.first_page;
      if (wanted !== '' && committeeName(p.committee) === wanted) reason = 'committee';
      else if (hits.has(p.part_id)) {
        reason = 'keywords';
        page = hits.get(p.part_id)!;
      } else {
        const title = ` ${normalise(p.title)} `;
        if (words.length > 0 && words.every((w) => title.includes(` ${w} `))) reason = 'keywords';
      }
      if (!reason) continue;
      papers.set(p.document_id, {
        documentId: p.document_id,
        sha256: p.sha256,
        file: p.file,
        url: p.url,
        title: p.title,
        committee: p.committee,
        meetingDate: p.meeting_date,
        page,
        reason,
      });
    }
    if (papers.size > 0) out.push({ subscription: sub, papers: [...papers.values()] });
  }
  return out;
}

export interface NotifySummary {
  notices: number;
  papers: number;
  errors: string[];
}

/** Posts one notice per subscription listing its new papers; never repeats a paper. */
export async function notifySubscribers(
  db: Db,
  client: Pick<WebClient, 'chat'>,
  matches: readonly SubscriptionMatch[],
  o: { logger: Logger; now: Date },
): Promise<NotifySummary> {
  const s: NotifySummary = { notices: 0, papers: 0, errors: [] };
  for (const m of matches) {
    const fresh = new Set(recordNotices(db, m.subscription.id, m.papers.map((p) => p.sha256), o.now));
    const papers = m.papers.filter((p) => fresh.has(p.sha256));
    if (papers.length === 0) continue;
    const message = renderSubscriptionNotice(m.subscription.query, papers);
    try {
      await client.chat.postMessage({ channel: m.subscription.target, text: message.text, blocks: message.blocks, unfurl_links: false });
      s.notices += 1;
      s.papers += papers.length;
    } catch (err) {
      forgetNotices(db, m.subscription.id, papers.map((p) => p.sha256));
      const f = classifySlackError(err);
      s.errors.push(f.message);
      o.logger.warn({ subscription: m.subscription.id, err: f.message }, 'subscriptions: notice failed; will retry next run');
    }
  }
  return s;
}

/** Matches and notifies in one go (scheduler, CLI, after an ingest). */
export async function runSubscriptionNotices(o: {
  db: Db;
  client: Pick<WebClient, 'chat'>;
  now: Date;
  logger: Logger;
  exemptChannels: readonly string[];
  documentIds?: readonly number[];
}): Promise<NotifySummary> {
  const matches = matchNewDocuments(o.db, { exemptChannels: o.exemptChannels, ...(o.documentIds ? { documentIds: o.documentIds } : {}) });
  return notifySubscribers(o.db, o.client, matches, { logger: o.logger, now: o.now });
}
