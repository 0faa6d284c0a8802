/**
 * Row shapes of the facts the engine reads, and the corpus stamp (its cache key). The engine
 * reads rows per question through src/store/candidates.ts, where exempt parts are filtered in SQL.
 */
import type { Db } from './db.ts';
import type { StoredPart } from './documents.ts';

/** A part as the engine reads it: the stored part plus its document's file and address. */
export interface PartRow extends StoredPart {
  documentId: number;
  file: string;
  url: string | null;
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

/** Changes whenever a document is added, replaced or removed: the snapshot's cache key. */
export function corpusStamp(db: Db): string {
  const r = db
    .prepare("SELECT count(*) AS n, coalesce(max(id), 0) AS m, coalesce(max(ingested_at), '') AS t FROM documents")
    .get() as { n: number; m: number; t: string };
  const p = db.prepare('SELECT count(*) AS n, coalesce(max(id), 0) AS m FROM parts').get() as { n: number; m: number };
  return `${r.n}:${r.m}:${r.t}:${p.n}:${p.m}`;
}
