/**
 * Full-text search over paragraphs (FTS5, bm25). User text never reaches MATCH as typed: it is
 * cut into letter/digit tokens, each quoted as an FTS5 string, and joined with OR.
 */
import { sourceDocumentOf } from './source-document.ts';
import type { PartType } from '../../ingest/model.ts';
import type { Db } from './db.ts';

export interface MatchOptions {
  /** Make the last token a prefix query ("educ" finds "education"); default false. */
  prefixLast?: boolean;
  /** At most this many tokens are kept (default 32). */
  maxTokens?: number;
}

/** FTS5 operator keywords: meaningless as search words and dangerous bare. */
const OPERATORS = new Set(['and', 'or', 'not', 'near']);
/** Words too common to help recall (kept when nothing else is left). */
const STOPWORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'by', 'at', 'is', 'are', 'was', 'were', 'be', 'been',
  'it', 'its', 'this', 'that', 'with', 'as', 'from', 'what', 'which', 'who', 'how', 'did', 'do', 'does',
]);
const MAX_TOKEN_LENGTH = 64;

/** Letter/digit runs of the text, NFKC-normalised and lower-cased. */
export function tokenize(text: string): string[] {
  const normal = text.normalize('NFKC').toLowerCase();
  return normal.match(/[\p{L}\p{N}]+/gu) ?? [];
}

const quote = (token: string): string => `"${token.replace(/"/g, '""')}"`;

/**
 * An FTS5 MATCH expression for free text: each token a quoted string, joined with OR (bm25 ranks
 * paragraphs with more and rarer terms first). Null when the text has no usable token.
 */
export function buildMatchExpression(userText: string, opts: MatchOptions = {}): string | null {
  const maxTokens = opts.maxTokens ?? 32;
  const all = tokenize(userText.length > 20_000 ? userText.slice(0, 20_000) : userText)
    .filter((t) => !OPERATORS.has(t))
    .map((t) => (t.length > MAX_TOKEN_LENGTH ? t.slice(0, MAX_TOKEN_LENGTH) : t));
  const content = all.filter((t) => !STOPWORDS.has(t));
  const chosen = [...new Set(content.length > 0 ? content : all)].slice(0, maxTokens);
  if (chosen.length === 0) return null;
  return chosen.map((t, i) => (opts.prefixLast && i === chosen.length - 1 ? `${quote(t)}*` : quote(t))).join(' OR ');
}

export interface SearchOptions {
  limit?: number;
  offset?: number;
  /** Include parts classified exempt (officer tools only); default false. */
  includeExempt?: boolean;
  prefixLast?: boolean;
  /** Markers around matched terms in `snippet`; default ['**', '**']. */
  highlight?: [string, string];
}

export interface SearchDocumentRef {
  file: string;
  title: string | null;
  committee: string | null;
  council: string | null;
  meetingDate: string | null;
  agendaItem: string | null;
  url: string | null;
}

export interface ParagraphHit {
  document: SearchDocumentRef;
  partType: PartType;
  classification: 'public' | 'exempt';
  partId: number;
  paragraphId: number;
  page: number;
  /** The paragraph's printed number ("2.3"), null when unnumbered. */
  paragraph: string | null;
  section: string | null;
  text: string;
  snippet: string;
  /** Relevance, higher is better (negated bm25). */
  score: number;
}

interface HitRow {
  paragraph_id: number;
  part_id: number;
  number: string | null;
  section: string | null;
  page: number;
  text: string;
  snippet: string;
  rank: number;
  type: PartType;
  classification: 'public' | 'exempt';
  title: string | null;
  council: string | null;
  committee: string | null;
  meeting_date: string | null;
  agenda_item: string | null;
  file: string;
  url: string | null;
}

const clampInt = (v: number | undefined, dflt: number, min: number, max: number): number =>
  v === undefined || !Number.isFinite(v) ? dflt : Math.min(max, Math.max(min, Math.trunc(v)));

/** Paragraphs matching `text`, best first (bm25; ties → newer meeting first). */
export function searchParagraphs(db: Db, text: string, opts: SearchOptions = {}): ParagraphHit[] {
  const match = buildMatchExpression(text, { prefixLast: opts.prefixLast ?? false });
  if (match === null) return [];
  const limit = clampInt(opts.limit, 10, 1, 1000);
  const offset = clampInt(opts.offset, 0, 0, 1_000_000);
  const [open, close] = opts.highlight ?? ['**', '**'];
  const rows = db
    .prepare(
      `SELECT p.id AS paragraph_id, p.part_id, p.number, p.section, p.page, p.text,
              snippet(paragraphs_fts, 0, ?, ?, '…', 24) AS snippet,
              bm25(paragraphs_fts, 1.0, 0.4) AS rank,
              pt.type, pt.classification, pt.title, pt.council, pt.committee, pt.meeting_date, pt.agenda_item,
              d.file, d.url
         FROM paragraphs_fts
         JOIN paragraphs p ON p.id = paragraphs_fts.rowid
         JOIN parts pt ON pt.id = p.part_id
         JOIN documents d ON d.id = pt.document_id
        WHERE paragraphs_fts MATCH ?
          AND (? = 1 OR pt.classification = 'public')
        ORDER BY rank ASC, pt.meeting_date IS NULL, pt.meeting_date DESC, p.id ASC
        LIMIT ? OFFSET ?`,
    )
    .all(open, close, match, opts.includeExempt ? 1 : 0, limit, offset) as HitRow[];
  return rows.map((r) => ({
    document: sourceDocumentOf(r),
    partType: r.type,
    classification: r.classification,
    partId: r.part_id,
    paragraphId: r.paragraph_id,
    page: r.page,
    paragraph: r.number,
    section: r.section,
    text: r.text,
    snippet: r.snippet,
    score: r.rank === 0 ? 0 : -r.rank,
  }));
}
