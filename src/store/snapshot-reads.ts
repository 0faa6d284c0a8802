/**
 * The reads that build the engine's snapshot (answer/corpus.ts, answer/vocabulary.ts), once per
 * change of the archive: the usable parts, a streamed walk over every text, the glossary, the
 * decision links, the headed resolutions and the unit count. Exempt parts are excluded in SQL
 * unless the caller may see them, as in candidates.ts.
 */
import type { Db } from './db.ts';
import type { PartRow } from './facts.ts';
import { scopeSql } from './candidates.ts';

/** The usable parts (small: a handful per paper). */
export function loadParts(db: Db, includeExempt: boolean): PartRow[] {
  const s = scopeSql({ includeExempt });
  return db
    .prepare(
      `SELECT p.id, p.document_id AS documentId, d.file, d.url, p.type, p.title, p.council, p.committee,
              p.meeting_date AS meetingDate, p.agenda_item AS agendaItem, p.author, p.first_page AS firstPage,
              p.last_page AS lastPage, p.classification
         FROM parts p JOIN documents d ON d.id = p.document_id
        WHERE ${s.sql} ORDER BY p.id`,
    )
    .all(...s.params) as PartRow[];
}

/** One text of the usable parts, as the engine indexes it (the vocabulary walk). */
export interface TextRow {
  kind: string;
  partId: number;
  text: string;
}

/**
 * Every indexed text of the usable parts, streamed (never all in memory): paragraphs, then the
 * facts as facts_fts holds them. `every` > 1 walks only the rows whose id is a multiple of it (a
 * sample of a big archive).
 */
export function* walkTexts(db: Db, includeExempt: boolean, every = 1): Generator<TextRow> {
  const s = scopeSql({ includeExempt });
  const step = Math.max(1, Math.trunc(every));
  const inParts = `part_id IN (SELECT p.id FROM parts p JOIN documents d ON d.id = p.document_id WHERE ${s.sql})${step > 1 ? ` AND id % ${step} = 0` : ''}`;
  const walk = (sql: string): IterableIterator<TextRow> => db.prepare(sql).iterate(...s.params) as IterableIterator<TextRow>;
  yield* walk(`SELECT 'paragraph' AS kind, part_id AS partId, text FROM paragraphs WHERE ${inParts}`);
  yield* walk(`SELECT 'recommendation' AS kind, part_id AS partId, text FROM recommendations WHERE ${inParts}`);
  yield* walk(`SELECT 'resolution' AS kind, part_id AS partId, text FROM resolutions WHERE ${inParts}`);
  yield* walk(`SELECT 'amount' AS kind, part_id AS partId,
                      CASE WHEN instr(context, text) > 0 OR subject IS NULL THEN context ELSE subject || ': ' || context END AS text
                 FROM amounts WHERE ${inParts}`);
  yield* walk(`SELECT 'post' AS kind, part_id AS partId, text FROM posts WHERE ${inParts}`);
  yield* walk(`SELECT 'commitment' AS kind, part_id AS partId, text FROM commitments WHERE ${inParts}`);
  yield* walk(`SELECT 'work-programme' AS kind, part_id AS partId,
                      CASE WHEN summary IS NOT NULL AND summary <> '' THEN title || ' — ' || summary ELSE title END
                      || CASE WHEN coalesce(lead_officer, '') <> '' THEN ' ' || lead_officer ELSE '' END
                      || CASE WHEN coalesce(author, '') <> '' THEN ' ' || author ELSE '' END AS text
                 FROM work_programme_items WHERE ${inParts}`);
}

/** The meetings a usable part's work programme schedules items for (distinct, by part). */
export function loadProgrammeMeetings(db: Db, includeExempt: boolean): Array<{ partId: number; meetingDate: string }> {
  const s = scopeSql({ includeExempt });
  return db
    .prepare(
      `SELECT DISTINCT w.part_id AS partId, w.meeting_date AS meetingDate
         FROM work_programme_items w JOIN parts p ON p.id = w.part_id JOIN documents d ON d.id = p.document_id
        WHERE w.meeting_date IS NOT NULL AND ${s.sql}`,
    )
    .all(...s.params) as Array<{ partId: number; meetingDate: string }>;
}

/** Acronym definitions of the usable parts. */
export function loadAcronyms(db: Db, includeExempt: boolean): Array<{ short: string; long: string; partId: number }> {
  const s = scopeSql({ includeExempt });
  return db
    .prepare(
      `SELECT a.short, a.long, a.part_id AS partId FROM acronyms a JOIN parts p ON p.id = a.part_id JOIN documents d ON d.id = p.document_id
        WHERE ${s.sql}`,
    )
    .all(...s.params) as Array<{ short: string; long: string; partId: number }>;
}

/** Stored resolution links between usable parts: which report each resolution decided. */
export function loadLinks(db: Db, includeExempt: boolean): Array<{ reportPartId: number; outcome: string; ref: string | null; resolutionPartId: number }> {
  const s = scopeSql({ includeExempt });
  const s2 = scopeSql({ includeExempt });
  return db
    .prepare(
      `SELECT l.report_part_id AS reportPartId, l.outcome, r.ref, r.part_id AS resolutionPartId
         FROM resolution_links l JOIN resolutions r ON r.id = l.resolution_id
         JOIN parts p ON p.id = r.part_id JOIN documents d ON d.id = p.document_id
        WHERE ${s.sql}
          AND l.report_part_id IN (SELECT p.id FROM parts p JOIN documents d ON d.id = p.document_id WHERE ${s2.sql})`,
    )
    .all(...s.params, ...s2.params) as Array<{ reportPartId: number; outcome: string; ref: string | null; resolutionPartId: number }>;
}

/** Resolutions with a heading and an outcome that can decide a report (for inferred links), streamed. */
export function* walkHeadedResolutions(db: Db, includeExempt: boolean): Generator<{ partId: number; title: string; ref: string | null; outcome: string }> {
  const s = scopeSql({ includeExempt });
  yield* db
    .prepare(
      `SELECT r.part_id AS partId, r.title, r.ref, r.outcome FROM resolutions r JOIN parts p ON p.id = r.part_id JOIN documents d ON d.id = p.document_id
        WHERE ${s.sql} AND r.title IS NOT NULL AND r.outcome IN ('approved', 'agreed', 'amended', 'rejected') ORDER BY r.part_id, r.seq`,
    )
    .iterate(...s.params) as IterableIterator<{ partId: number; title: string; ref: string | null; outcome: string }>;
}

/** How many units (paragraphs and facts) the usable parts hold. */
export function countUnits(db: Db, includeExempt: boolean): number {
  const s = scopeSql({ includeExempt });
  const tables = ['paragraphs', 'recommendations', 'resolutions', 'amounts', 'posts', 'commitments', 'work_programme_items'];
  let n = 0;
  for (const t of tables) {
    n += db.prepare(`SELECT count(*) FROM ${t} x JOIN parts p ON p.id = x.part_id JOIN documents d ON d.id = p.document_id WHERE ${s.sql}`).pluck().get(...s.params) as number;
  }
  return n;
}
