/**
 * Builds the evaluation database: every PDF under the given folders through the real pipeline
 * (extractDocument) and store (writeDocument). Documents that fail to extract are recorded and
 * skipped, so one bad paper does not stop the evaluation.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractDocument, sha256 } from '../../ingest/pipeline.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { writeDocument } from '../../src/store/documents.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE_DIRS = [join(ROOT, 'fixtures/seeds'), join(ROOT, 'fixtures/kent')];
export const CORPUS_DIRS = ['/work/shared/corpus/seeds', '/work/shared/corpus/kent-cabinet'];

export function pdfsIn(dirs: readonly string[]): string[] {
  const out: string[] = [];
  for (const d of dirs) {
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort()) if (f.toLowerCase().endsWith('.pdf')) out.push(join(d, f));
  }
  return out;
}

export interface IngestReport {
  db: Db;
  ingested: number;
  failed: Array<{ file: string; error: string }>;
}

/** Ingests `files` into a database at `dbPath` (':memory:' allowed); files already stored by content are skipped. */
export async function ingestAll(dbPath: string, files: readonly string[]): Promise<IngestReport> {
  const db = openDatabase(dbPath);
  const failed: IngestReport['failed'] = [];
  const seen = new Set((db.prepare('SELECT sha256 FROM documents').all() as Array<{ sha256: string }>).map((r) => r.sha256));
  let ingested = 0;
  for (const path of files) {
    try {
      const data = new Uint8Array(readFileSync(path));
      const sha = sha256(data);
      if (seen.has(sha)) continue; // the corpus repeats the fixtures; a reused --db has them already
      seen.add(sha);
      const doc = await extractDocument({ file: path.split('/').pop()!, data });
      writeDocument(db, doc, { path });
      ingested += 1;
    } catch (err) {
      failed.push({ file: path, error: (err as Error).message });
    }
  }
  return { db, ingested, failed };
}
