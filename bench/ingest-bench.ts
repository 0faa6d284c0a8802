/**
 * Ingest throughput through the product's real batch path (ingestPaths into a fresh temp
 * database, worker threads, one writer), pdftotext over the same files with the same
 * parallelism as the reference, and re-ingest of the unchanged corpus (hash skip).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/store/db.ts';
import type { Logger } from '../src/log.ts';
import { loadIngestPaths } from './product.ts';
import { pdftotextAvailable, timePdftotext } from './pdftotext.ts';
import { msSince } from './stats.ts';

export interface IngestFigures {
  files: number;
  pages: number;
  okDocuments: number;
  failedDocuments: number;
  ingestMs: number;
  pagesPerSec: number;
  /** CPU time of the ingest (main thread and workers). */
  ingestCpuMs: number;
  pdftotextMs: number | null;
  pdftotextCpuMs: number | null;
  /** Pages per CPU-second, ingest over pdftotext: the ratio a busy machine distorts least. */
  cpuRatio: number | null;
  pdftotextPagesPerSec: number | null;
  ratio: number | null;
  reingestMs: number;
  speedup: number;
  summary: unknown;
  reingestSummary: unknown;
}

export async function benchIngest(files: string[], opts: { concurrency: number; logger: Logger; log: (s: string) => void }): Promise<IngestFigures> {
  const ingestPaths = await loadIngestPaths();
  const dir = mkdtempSync(join(tmpdir(), 'papers-bench-ingest-'));
  const db = openDatabase(join(dir, 'bench.db'));
  try {
    opts.log(`ingest: ${files.length} files through ingestPaths (concurrency ${opts.concurrency})…`);
    let t = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    const summary = await ingestPaths(files, { db, logger: opts.logger, maxPages: 1000, concurrency: opts.concurrency });
    const ingestMs = msSince(t);
    const cpu = process.cpuUsage(cpu0);
    const ingestCpuMs = (cpu.user + cpu.system) / 1000;
    const row = db
      .prepare("SELECT coalesce(sum(pages), 0) AS pages, sum(status = 'ok') AS ok, sum(status != 'ok') AS bad FROM documents")
      .get() as { pages: number; ok: number | null; bad: number | null };
    opts.log(`ingest: ${row.pages} pages in ${(ingestMs / 1000).toFixed(1)} s (CPU ${(ingestCpuMs / 1000).toFixed(1)} s)`);

    opts.log('re-ingest: same files, unchanged…');
    t = process.hrtime.bigint();
    const reingestSummary = await ingestPaths(files, { db, logger: opts.logger, maxPages: 1000, concurrency: opts.concurrency });
    const reingestMs = msSince(t);
    opts.log(`re-ingest: ${(reingestMs / 1000).toFixed(2)} s`);

    let pdftotextMs: number | null = null;
    let pdftotextCpuMs: number | null = null;
    if (pdftotextAvailable()) {
      opts.log(`pdftotext: same ${files.length} files, ${opts.concurrency} processes…`);
      const run = await timePdftotext(files, opts.concurrency);
      pdftotextMs = run.wallMs;
      pdftotextCpuMs = run.cpuMs;
      opts.log(`pdftotext: ${(pdftotextMs / 1000).toFixed(1)} s (CPU ${pdftotextCpuMs === null ? '?' : (pdftotextCpuMs / 1000).toFixed(1)} s)`);
    } else {
      opts.log('pdftotext: not installed, no reference figure');
    }
    const pagesPerSec = row.pages / (ingestMs / 1000);
    const pdftotextPagesPerSec = pdftotextMs === null ? null : row.pages / (pdftotextMs / 1000);
    return {
      files: files.length,
      pages: row.pages,
      okDocuments: row.ok ?? 0,
      failedDocuments: row.bad ?? 0,
      ingestMs,
      ingestCpuMs,
      pagesPerSec,
      pdftotextMs,
      pdftotextCpuMs,
      cpuRatio: pdftotextCpuMs === null || pdftotextCpuMs === 0 ? null : pdftotextCpuMs / ingestCpuMs,
      pdftotextPagesPerSec,
      ratio: pdftotextPagesPerSec === null ? null : pagesPerSec / pdftotextPagesPerSec,
      reingestMs,
      speedup: ingestMs / reingestMs,
      summary,
      reingestSummary,
    };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
