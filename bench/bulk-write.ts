/**
 * A bulk writer for the synthetic corpus: the product's own insertPart for every part (same
 * rows, same facts_fts texts), many documents per transaction, and the product's
 * relinkResolutions run once at the end instead of after every document.
 *
 * writeDocument once rebuilt every resolution link after each document (O(N²) for N papers); it
 * now relinks only the written meeting dates, so the bench stores everything through
 * writeDocument by default and this writer is the opt-in fallback (`--writer bulk`).
 */
import type { Document } from '../ingest/model.ts';
import type { Db } from '../src/store/db.ts';
import { insertPart } from '../src/store/insert-part.ts';
import { relinkResolutions } from '../src/store/links.ts';

export interface BulkWriter {
  write(doc: Document, path: string): void;
  /** Commits what is pending and relinks resolutions once. */
  finish(): void;
}

export function createBulkWriter(db: Db, opts: { batch?: number; now?: Date } = {}): BulkWriter {
  const batch = opts.batch ?? 200;
  const now = (opts.now ?? new Date()).toISOString();
  const insertDoc = db.prepare(
    'INSERT INTO documents (path, file, sha256, pages, status, error, url, ingested_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?)',
  );
  let pending = 0;
  return {
    write: (doc, path) => {
      if (pending === 0) db.exec('BEGIN');
      const id = Number(insertDoc.run(path, doc.file, doc.sha256, doc.pages, doc.status, doc.error, now).lastInsertRowid);
      doc.parts.forEach((p, seq) => insertPart(db, id, seq, p));
      if (++pending >= batch) {
        db.exec('COMMIT');
        pending = 0;
      }
    },
    finish: () => {
      if (pending > 0) db.exec('COMMIT');
      pending = 0;
      relinkResolutions(db);
    },
  };
}
