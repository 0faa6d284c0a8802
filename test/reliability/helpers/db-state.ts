/**
 * What a database holds, per stored document, in a form two databases can be compared by:
 * the content hash, status and how many parts / paragraphs / facts the document has.
 */
import type Database from 'better-sqlite3';

export interface DocState {
  file: string;
  sha256: string;
  status: string;
  parts: number;
  paragraphs: number;
  recommendations: number;
  resolutions: number;
  amounts: number;
  posts: number;
  commitments: number;
  workProgramme: number;
  facts: number;
}

const count = (table: string) =>
  `(SELECT count(*) FROM ${table} t JOIN parts p ON p.id = t.part_id WHERE p.document_id = d.id) AS `;

export function documentStates(db: Database.Database): Map<string, DocState> {
  const rows = db
    .prepare(
      `SELECT d.file, d.sha256, d.status,
              (SELECT count(*) FROM parts p WHERE p.document_id = d.id) AS parts,
              ${count('paragraphs')} paragraphs,
              ${count('recommendations')} recommendations,
              ${count('resolutions')} resolutions,
              ${count('amounts')} amounts,
              ${count('posts')} posts,
              ${count('commitments')} commitments,
              ${count('work_programme_items')} workProgramme,
              (SELECT count(*) FROM facts_fts f WHERE f.part_id IN (SELECT id FROM parts WHERE document_id = d.id)) AS facts
         FROM documents d ORDER BY d.file`,
    )
    .all() as DocState[];
  return new Map(rows.map((r) => [r.file, r]));
}

/** Problems with the database as a whole: SQLite's and FTS5's own checks, orphans. */
export function consistencyProblems(db: Database.Database): string[] {
  const problems: string[] = [];
  const ic = db.pragma('integrity_check', { simple: true });
  if (ic !== 'ok') problems.push(`integrity_check: ${String(ic)}`);
  const fk = db.pragma('foreign_key_check') as unknown[];
  if (fk.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(fk.slice(0, 3))}`);
  try {
    db.exec("INSERT INTO paragraphs_fts(paragraphs_fts) VALUES('integrity-check')");
  } catch (err) {
    problems.push(`paragraphs_fts integrity-check: ${(err as Error).message}`);
  }
  const orphanFacts = (db.prepare('SELECT count(*) AS n FROM facts_fts WHERE part_id NOT IN (SELECT id FROM parts)').get() as { n: number }).n;
  if (orphanFacts > 0) problems.push(`${orphanFacts} facts_fts rows without their part`);
  const orphanParts = (db.prepare('SELECT count(*) AS n FROM parts WHERE document_id NOT IN (SELECT id FROM documents)').get() as { n: number }).n;
  if (orphanParts > 0) problems.push(`${orphanParts} parts without their document`);
  return problems;
}
