/**
 * Row shapes of the facts the engine reads, the corpus stamp (its cache key), and bulk reads
 * (loadCorpus: every row of the usable parts — for tools and tests; the answering engine no
 * longer uses it and reads per question through src/store/candidates.ts instead). Exempt parts
 * are filtered here, in SQL, unless the caller asks for them.
 */
import type { Db } from './db.ts';

export interface PartRow {
  id: number;
  documentId: number;
  file: string;
  url: string | null;
  type: string;
  title: string | null;
  council: string | null;
  committee: string | null;
  meetingDate: string | null;
  agendaItem: string | null;
  author: string | null;
  firstPage: number;
  lastPage: number;
  classification: 'public' | 'exempt';
}

export interface ParagraphRow {
  id: number;
  partId: number;
  number: string | null;
  section: string | null;
  page: number;
  text: string;
}

export interface RecommendationRow {
  id: number;
  partId: number;
  label: string | null;
  verb: string | null;
  text: string;
  page: number;
  paragraph: string | null;
  status: string;
}

export interface ResolutionRow {
  id: number;
  partId: number;
  ref: string | null;
  title: string | null;
  agendaItem: string | null;
  text: string;
  page: number;
  outcome: string;
}

export interface AmountRow {
  id: number;
  partId: number;
  text: string;
  value: number;
  kind: string;
  period: string | null;
  fundingSource: string | null;
  subject: string | null;
  page: number;
  paragraph: string | null;
  context: string;
  tableJson: string | null;
}

export interface PostRow {
  id: number;
  partId: number;
  title: string;
  fte: number | null;
  grade: string | null;
  kind: string | null;
  until: string | null;
  team: string | null;
  cost: number | null;
  action: string | null;
  page: number;
  paragraph: string | null;
  text: string;
}

export interface CommitmentRow {
  id: number;
  partId: number;
  text: string;
  what: string;
  due: string | null;
  page: number;
  paragraph: string | null;
  source: string;
}

export interface WorkProgrammeRow {
  id: number;
  partId: number;
  meetingDate: string | null;
  title: string;
  summary: string | null;
  leadOfficer: string | null;
  author: string | null;
  page: number;
}

export interface AcronymRow {
  short: string;
  long: string;
  partId: number;
}

export interface ResolutionLinkRow {
  resolutionId: number;
  reportPartId: number;
  outcome: string;
  ref: string | null;
  resolutionPartId: number;
}

/** Everything the engine reads, for the parts it may use. */
export interface CorpusRows {
  parts: PartRow[];
  paragraphs: ParagraphRow[];
  recommendations: RecommendationRow[];
  resolutions: ResolutionRow[];
  amounts: AmountRow[];
  posts: PostRow[];
  commitments: CommitmentRow[];
  workProgramme: WorkProgrammeRow[];
  acronyms: AcronymRow[];
  links: ResolutionLinkRow[];
}

/** Changes whenever a document is added, replaced or removed: the snapshot's cache key. */
export function corpusStamp(db: Db): string {
  const r = db
    .prepare("SELECT count(*) AS n, coalesce(max(id), 0) AS m, coalesce(max(ingested_at), '') AS t FROM documents")
    .get() as { n: number; m: number; t: string };
  const p = db.prepare('SELECT count(*) AS n, coalesce(max(id), 0) AS m FROM parts').get() as { n: number; m: number };
  return `${r.n}:${r.m}:${r.t}:${p.n}:${p.m}`;
}

const PART_FILTER = (includeExempt: boolean): string =>
  includeExempt ? "d.status = 'ok'" : "d.status = 'ok' AND p.classification = 'public'";

/** Loads every row of the parts the caller may use (exempt parts only when asked). */
export function loadCorpus(db: Db, includeExempt: boolean): CorpusRows {
  const where = PART_FILTER(includeExempt);
  const inParts = `part_id IN (SELECT p.id FROM parts p JOIN documents d ON d.id = p.document_id WHERE ${where})`;
  const parts = db
    .prepare(
      `SELECT p.id, p.document_id AS documentId, d.file, d.url, p.type, p.title, p.council, p.committee,
              p.meeting_date AS meetingDate, p.agenda_item AS agendaItem, p.author, p.first_page AS firstPage,
              p.last_page AS lastPage, p.classification
         FROM parts p JOIN documents d ON d.id = p.document_id
        WHERE ${where} ORDER BY p.id`,
    )
    .all() as PartRow[];
  const all = <T>(sql: string): T[] => db.prepare(sql).all() as T[];
  return {
    parts,
    paragraphs: all<ParagraphRow>(
      `SELECT id, part_id AS partId, number, section, page, text FROM paragraphs WHERE ${inParts} ORDER BY part_id, seq`,
    ),
    recommendations: all<RecommendationRow>(
      `SELECT id, part_id AS partId, label, verb, text, page, paragraph, status FROM recommendations WHERE ${inParts} ORDER BY part_id, seq`,
    ),
    resolutions: all<ResolutionRow>(
      `SELECT id, part_id AS partId, ref, title, agenda_item AS agendaItem, text, page, outcome FROM resolutions WHERE ${inParts} ORDER BY part_id, seq`,
    ),
    amounts: all<AmountRow>(
      `SELECT id, part_id AS partId, text, value, kind, period, funding_source AS fundingSource, subject, page, paragraph,
              context, table_json AS tableJson FROM amounts WHERE ${inParts} ORDER BY part_id, seq`,
    ),
    posts: all<PostRow>(
      `SELECT id, part_id AS partId, title, fte, grade, kind, until, team, cost, action, page, paragraph, text
         FROM posts WHERE ${inParts} ORDER BY part_id, seq`,
    ),
    commitments: all<CommitmentRow>(
      `SELECT id, part_id AS partId, text, what, due, page, paragraph, source FROM commitments WHERE ${inParts} ORDER BY part_id, seq`,
    ),
    workProgramme: all<WorkProgrammeRow>(
      `SELECT id, part_id AS partId, meeting_date AS meetingDate, title, summary, lead_officer AS leadOfficer, author, page
         FROM work_programme_items WHERE ${inParts} ORDER BY part_id, seq`,
    ),
    acronyms: all<AcronymRow>(`SELECT short, long, part_id AS partId FROM acronyms WHERE ${inParts}`),
    links: all<ResolutionLinkRow>(
      `SELECT l.resolution_id AS resolutionId, l.report_part_id AS reportPartId, l.outcome, r.ref, r.part_id AS resolutionPartId
         FROM resolution_links l JOIN resolutions r ON r.id = l.resolution_id
        WHERE r.${inParts} AND l.report_part_id IN (SELECT p.id FROM parts p JOIN documents d ON d.id = p.document_id WHERE ${where})`,
    ),
  };
}

export interface FtsHit {
  kind: string;
  id: number;
  partId: number;
  /** bm25: lower (more negative) is better. */
  bm25: number;
}

/** bm25 over facts_fts; `match` must already be a safe FTS5 expression. (The engine uses candidates.ts factCandidates.) */
export function searchFactsFts(db: Db, match: string, limit: number, includeExempt: boolean): FtsHit[] {
  const where = PART_FILTER(includeExempt);
  return db
    .prepare(
      `SELECT f.kind AS kind, CAST(f.fact_id AS INTEGER) AS id, CAST(f.part_id AS INTEGER) AS partId, bm25(facts_fts) AS bm25
         FROM facts_fts f
        WHERE facts_fts MATCH ?
          AND CAST(f.part_id AS INTEGER) IN (SELECT p.id FROM parts p JOIN documents d ON d.id = p.document_id WHERE ${where})
        ORDER BY bm25 LIMIT ?`,
    )
    .all(match, limit) as FtsHit[];
}

/** bm25 over paragraphs_fts; `match` must already be a safe FTS5 expression. (The engine uses candidates.ts paragraphCandidates.) */
export function searchParagraphsFts(db: Db, match: string, limit: number, includeExempt: boolean): FtsHit[] {
  const where = PART_FILTER(includeExempt);
  return db
    .prepare(
      `SELECT 'paragraph' AS kind, g.id AS id, g.part_id AS partId, bm25(paragraphs_fts) AS bm25
         FROM paragraphs_fts JOIN paragraphs g ON g.id = paragraphs_fts.rowid
        WHERE paragraphs_fts MATCH ?
          AND g.part_id IN (SELECT p.id FROM parts p JOIN documents d ON d.id = p.document_id WHERE ${where})
        ORDER BY bm25 LIMIT ?`,
    )
    .all(match, limit) as FtsHit[];
}
