/**
 * Writes a synthetic corpus into a database. Papers go through the product's own writeDocument
 * (validation, one transaction per document, FTS triggers, resolution relinking) up to
 * `productLimit` papers in the database (default: all); beyond that through the bulk writer
 * (bulk-write.ts: the same rows, relinked once).
 */
import { openDatabase } from '../src/store/db.ts';
import { writeDocument } from '../src/store/documents.ts';
import { createBulkWriter } from './bulk-write.ts';
import { msSince } from './stats.ts';
import type { ShapePool } from './shapes.ts';
import { generateDocument, syntheticPath } from './synthetic.ts';

export interface BuildResult {
  docs: number;
  pages: number;
  paragraphs: number;
  generateMs: number;
  /** Papers stored through writeDocument, and the time they took. */
  productDocs: number;
  productWriteMs: number;
  /** writeDocument ms per paper over the first and the last quarter of those papers. */
  productMsPerDocFirstQuarter: number | null;
  productMsPerDocLastQuarter: number | null;
  bulkDocs: number;
  bulkWriteMs: number;
  /** The bulk writer's one relinkResolutions at the end (included in bulkWriteMs). */
  relinkMs: number | null;
  writeMs: number;
  totalMs: number;
}

export interface BuildOptions {
  seed: number;
  count: number;
  /** Index of the first paper (to grow a database in place). */
  start?: number;
  /** Papers at or beyond this index go through the bulk writer (default: never). */
  productLimit?: number;
  onProgress?: (done: number) => void;
}

const NOW = new Date(Date.UTC(2026, 0, 1));

export function buildSyntheticDb(dbPath: string, pool: ShapePool, opts: BuildOptions): BuildResult {
  const db = openDatabase(dbPath);
  const t0 = process.hrtime.bigint();
  const start = opts.start ?? 0;
  const end = start + opts.count;
  const limit = opts.productLimit ?? Number.POSITIVE_INFINITY;
  const r: BuildResult = {
    docs: opts.count, pages: 0, paragraphs: 0, generateMs: 0, productDocs: 0, productWriteMs: 0,
    productMsPerDocFirstQuarter: null, productMsPerDocLastQuarter: null, bulkDocs: 0, bulkWriteMs: 0, relinkMs: null, writeMs: 0, totalMs: 0,
  };
  const productTimes: number[] = [];
  const bulk = end > limit ? createBulkWriter(db, { now: NOW }) : null;
  try {
    for (let i = start; i < end; i++) {
      const g = process.hrtime.bigint();
      const doc = generateDocument(pool, opts.seed, i);
      r.generateMs += msSince(g);
      r.pages += doc.pages;
      for (const p of doc.parts) r.paragraphs += p.paragraphs.length;
      const w = process.hrtime.bigint();
      if (i < limit) {
        writeDocument(db, doc, { path: syntheticPath(doc, i), now: NOW });
        const ms = msSince(w);
        productTimes.push(ms);
        r.productWriteMs += ms;
        r.productDocs++;
      } else {
        bulk!.write(doc, syntheticPath(doc, i));
        r.bulkWriteMs += msSince(w);
        r.bulkDocs++;
      }
      if (opts.onProgress && (i - start + 1) % 250 === 0) opts.onProgress(i - start + 1);
    }
    if (bulk) {
      const w = process.hrtime.bigint();
      bulk.finish();
      r.relinkMs = msSince(w);
      r.bulkWriteMs += r.relinkMs;
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.exec('ANALYZE');
  } finally {
    db.close();
  }
  const q = Math.floor(productTimes.length / 4);
  if (q > 0) {
    const avg = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    r.productMsPerDocFirstQuarter = avg(productTimes.slice(0, q));
    r.productMsPerDocLastQuarter = avg(productTimes.slice(-q));
  }
  r.writeMs = r.productWriteMs + r.bulkWriteMs;
  r.totalMs = msSince(t0);
  return r;
}
