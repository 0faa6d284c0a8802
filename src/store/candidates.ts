/**
 * The reads the answering engine makes per question, so that it never holds the archive in
 * memory: full-text candidates (ids only, LIMITed, filters and the exempt rule as JOINs), the
 * rows of those candidates by id and the facts of a few parts (the snapshot's reads, made once
 * per change of the archive, are in snapshot-reads.ts). Exempt parts are excluded here, in SQL, unless the caller
 * may see them.
 */
import type { Db } from './db.ts';
import type {
  AmountRow,
  CommitmentRow,
  ParagraphRow,
  PartRow,
  PostRow,
  RecommendationRow,
  ResolutionRow,
  WorkProgrammeRow,
} from './facts.ts';

/** Which parts a question may draw on: audience plus the question's own filters. */
export interface PartScope {
  includeExempt: boolean;
  committees?: readonly string[];
  councils?: readonly string[];
  /** Inclusive ISO bounds on the meeting date (a work-programme item's own date for those). */
  from?: string | null;
  to?: string | null;
  /** Parts whose committee or council is unknown (null) pass those filters too. */
  unknownBodyPasses?: boolean;
}

export type FactKind = 'recommendation' | 'resolution' | 'amount' | 'post' | 'commitment' | 'work-programme';

/**
 * 'bm25': best first (FTS5 scores every match before the LIMIT: cheap for a few thousand
 * matches). 'recent': newest rows first, stopping at the LIMIT (for expressions matching a
 * large share of a big archive, where scoring every match would cost hundreds of ms).
 */
export type CandidateOrder = 'bm25' | 'recent';

export interface CandidateHit {
  kind: string;
  id: number;
  partId: number;
}

/** SQL over `p` (parts) and `d` (documents) for the scope; `dateCol` is the date the range applies to. */
export function scopeSql(s: PartScope, dateCol = 'p.meeting_date'): { sql: string; params: unknown[] } {
  const where = ["d.status = 'ok'"];
  const params: unknown[] = [];
  if (!s.includeExempt) where.push("p.classification = 'public'");
  const orUnknown = (col: string): string => (s.unknownBodyPasses ? ` OR ${col} IS NULL` : '');
  if (s.committees && s.committees.length > 0) {
    where.push(`(p.committee IN (${s.committees.map(() => '?').join(',')})${orUnknown('p.committee')})`);
    params.push(...s.committees);
  }
  if (s.councils && s.councils.length > 0) {
    where.push(`(p.council IN (${s.councils.map(() => '?').join(',')})${orUnknown('p.council')})`);
    params.push(...s.councils);
  }
  if (s.from) {
    where.push(`${dateCol} >= ?`);
    params.push(s.from);
  }
  if (s.to) {
    where.push(`${dateCol} <= ?`);
    params.push(s.to);
  }
  return { sql: where.join(' AND '), params };
}

/**
 * Best facts for a safe FTS5 expression (bm25 order, acronym rows left out). CROSS JOIN keeps
 * the full-text table the outer loop (else the planner may run the MATCH once per part).
 */
export function factCandidates(db: Db, match: string, limit: number, scope: PartScope, order: CandidateOrder = 'bm25'): CandidateHit[] {
  const s = scopeSql(scope, "CASE WHEN f.kind = 'work-programme' THEN coalesce(w.meeting_date, p.meeting_date) ELSE p.meeting_date END");
  const needsWp = Boolean(scope.from || scope.to);
  return db
    .prepare(
      `SELECT f.kind AS kind, CAST(f.fact_id AS INTEGER) AS id, p.id AS partId
         FROM facts_fts f
         CROSS JOIN parts p ON p.id = CAST(f.part_id AS INTEGER)
         CROSS JOIN documents d ON d.id = p.document_id
         ${needsWp ? "LEFT JOIN work_programme_items w ON f.kind = 'work-programme' AND w.id = CAST(f.fact_id AS INTEGER)" : ''}
        WHERE facts_fts MATCH ? AND f.kind <> 'acronym' AND ${s.sql}
        ORDER BY ${order === 'bm25' ? 'bm25(facts_fts)' : 'f.rowid DESC'} LIMIT ?`,
    )
    .all(match, ...s.params, limit) as CandidateHit[];
}

/** Best paragraphs for a safe FTS5 expression (bm25 order). */
export function paragraphCandidates(db: Db, match: string, limit: number, scope: PartScope, order: CandidateOrder = 'bm25'): CandidateHit[] {
  const s = scopeSql(scope);
  return db
    .prepare(
      `SELECT 'paragraph' AS kind, g.id AS id, g.part_id AS partId
         FROM paragraphs_fts
         CROSS JOIN paragraphs g ON g.id = paragraphs_fts.rowid
         CROSS JOIN parts p ON p.id = g.part_id
         CROSS JOIN documents d ON d.id = p.document_id
        WHERE paragraphs_fts MATCH ? AND ${s.sql}
        ORDER BY ${order === 'bm25' ? 'bm25(paragraphs_fts)' : 'paragraphs_fts.rowid DESC'} LIMIT ?`,
    )
    .all(match, ...s.params, limit) as CandidateHit[];
}

export const IDS = 'SELECT value FROM json_each(?)';

export const ROW_SQL: Readonly<Record<FactKind | 'paragraph', string>> = {
  paragraph: 'SELECT id, part_id AS partId, number, section, page, text FROM paragraphs',
  recommendation: 'SELECT id, part_id AS partId, label, verb, text, page, paragraph, status FROM recommendations',
  resolution: 'SELECT id, part_id AS partId, ref, title, agenda_item AS agendaItem, text, page, outcome FROM resolutions',
  amount: `SELECT id, part_id AS partId, text, value, kind, period, funding_source AS fundingSource, subject, page, paragraph,
                  context, table_json AS tableJson FROM amounts`,
  post: 'SELECT id, part_id AS partId, title, fte, grade, kind, until, team, cost, action, page, paragraph, text FROM posts',
  commitment: 'SELECT id, part_id AS partId, text, what, due, page, paragraph, source FROM commitments',
  'work-programme': `SELECT id, part_id AS partId, meeting_date AS meetingDate, title, summary, lead_officer AS leadOfficer, author, page
                       FROM work_programme_items`,
};

export interface RowsByKind {
  paragraph: ParagraphRow[];
  recommendation: RecommendationRow[];
  resolution: ResolutionRow[];
  amount: AmountRow[];
  post: PostRow[];
  commitment: CommitmentRow[];
  'work-programme': WorkProgrammeRow[];
}

export const ROW_KINDS = ['paragraph', 'recommendation', 'resolution', 'amount', 'post', 'commitment', 'work-programme'] as const;

/** The rows of these ids, per kind (ids of parts outside the caller's audience are dropped by the caller). */
export function rowsById(db: Db, ids: ReadonlyMap<string, readonly number[]>): Partial<RowsByKind> {
  const out: Partial<Record<string, unknown[]>> = {};
  for (const kind of ROW_KINDS) {
    const list = ids.get(kind);
    if (!list || list.length === 0) continue;
    out[kind] = db.prepare(`${ROW_SQL[kind]} WHERE id IN (${IDS})`).all(JSON.stringify(list));
  }
  return out as Partial<RowsByKind>;
}

/**
 * The paragraphs of one part (id and text, in order) whose text holds one of `anyOf` (plain
 * substrings, matched without regard to case), at most `limit`.
 */
export function paragraphTextsOfPart(db: Db, partId: number, anyOf: readonly string[], limit: number): Array<{ id: number; partId: number; text: string }> {
  if (anyOf.length === 0) return [];
  const like = anyOf.map(() => "text LIKE ? ESCAPE '\\'").join(' OR ');
  const patterns = anyOf.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return db
    .prepare(`SELECT id, part_id AS partId, text FROM paragraphs WHERE part_id = ? AND (${like}) ORDER BY seq LIMIT ?`)
    .all(partId, ...patterns, limit) as Array<{ id: number; partId: number; text: string }>;
}

/** Every fact of these kinds in these parts (the parts were already scoped by the caller). */
export function factsOfParts(db: Db, kinds: readonly FactKind[], partIds: readonly number[]): Partial<RowsByKind> {
  const out: Partial<Record<string, unknown[]>> = {};
  if (partIds.length === 0) return {};
  for (const kind of kinds) {
    out[kind] = db.prepare(`${ROW_SQL[kind]} WHERE part_id IN (${IDS}) ORDER BY part_id, seq`).all(JSON.stringify(partIds));
  }
  return out as Partial<RowsByKind>;
}

/**
 * Facts of these kinds in the scope, for questions with no topic: newest meetings first, or (for
 * upcoming work-programme items) the nearest dates from `onOrAfter` on.
 */
export function factsInScope(db: Db, kinds: readonly FactKind[], scope: PartScope, limit: number, onOrAfter: string | null): Partial<RowsByKind> {
  const out: Partial<Record<string, unknown[]>> = {};
  const table: Readonly<Record<FactKind, string>> = {
    recommendation: 'recommendations', resolution: 'resolutions', amount: 'amounts', post: 'posts', commitment: 'commitments',
    'work-programme': 'work_programme_items',
  };
  for (const kind of kinds) {
    const wp = kind === 'work-programme';
    const dateCol = wp ? 'coalesce(x.meeting_date, p.meeting_date)' : 'p.meeting_date';
    const s = scopeSql(scope, dateCol);
    const after = wp && onOrAfter ? ` AND ${dateCol} >= ?` : '';
    const order = wp && onOrAfter ? `${dateCol} ASC` : `${dateCol} DESC`;
    const ids = db
      .prepare(
        `SELECT x.id FROM ${table[kind]} x JOIN parts p ON p.id = x.part_id JOIN documents d ON d.id = p.document_id
          WHERE ${s.sql}${after} ORDER BY ${order}, x.id LIMIT ?`,
      )
      .pluck()
      .all(...s.params, ...(after ? [onOrAfter] : []), limit) as number[];
    out[kind] = ids.length === 0 ? [] : db.prepare(`${ROW_SQL[kind]} WHERE id IN (${IDS})`).all(JSON.stringify(ids));
  }
  return out as Partial<RowsByKind>;
}

/** Paragraph texts on these (part, page) pairs: what an amount's paragraph says. */
export function paragraphTextsOnPages(db: Db, pairs: ReadonlyArray<{ partId: number; page: number }>): Map<string, PageParagraph[]> {
  const out = new Map<string, PageParagraph[]>();
  if (pairs.length === 0) return out;
  const stmt = db.prepare('SELECT text, section FROM paragraphs WHERE part_id = ? AND page = ? ORDER BY seq');
  for (const { partId, page } of pairs) {
    const k = `${partId}|${page}`;
    if (!out.has(k)) out.set(k, stmt.all(partId, page) as PageParagraph[]);
  }
  return out;
}

/** A paragraph's text and the heading it stands under. */
export interface PageParagraph {
  text: string;
  section: string | null;
}

/** How many units in the scope match a safe FTS5 expression, counting at most `cap` per table. */
export function countMatches(db: Db, match: string, scope: PartScope, cap: number): number {
  const s = scopeSql(scope);
  const para = db
    .prepare(
      `SELECT count(*) FROM (SELECT 1 FROM paragraphs_fts CROSS JOIN paragraphs g ON g.id = paragraphs_fts.rowid
         CROSS JOIN parts p ON p.id = g.part_id CROSS JOIN documents d ON d.id = p.document_id
        WHERE paragraphs_fts MATCH ? AND ${s.sql} LIMIT ?)`,
    )
    .pluck()
    .get(match, ...s.params, cap) as number;
  const facts = db
    .prepare(
      `SELECT count(*) FROM (SELECT 1 FROM facts_fts f CROSS JOIN parts p ON p.id = CAST(f.part_id AS INTEGER)
         CROSS JOIN documents d ON d.id = p.document_id
        WHERE facts_fts MATCH ? AND f.kind <> 'acronym' AND ${s.sql} LIMIT ?)`,
    )
    .pluck()
    .get(match, ...s.params, cap) as number;
  return para + facts;
}
