/**
 * Ingesting many files: collect them (walk.ts), hash each one and skip content already stored
 * without parsing it, parse the rest in worker threads, write each result on the main thread
 * (SQLite has one writer) in its own transaction. One bad file never stops the batch.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hasPdfMagic } from '../../ingest/pdf-magic.ts';
import type { Logger } from '../log.ts';
import type { Db } from '../store/db.ts';
import { hasGoodCopy, recordFailure, storedVersion, writeDocument } from '../store/documents.ts';
import { collectFiles, type Candidate, type WalkProblem } from './walk.ts';
import { WorkerPool, type TaskResult } from './worker-pool.ts';

export type FileOutcome = 'ingested' | 'replaced' | 'unchanged' | 'needs-ocr' | 'failed';

export interface ProgressEvent {
  file: string;
  outcome: FileOutcome;
  /** Files finished so far, and in all. */
  done: number;
  total: number;
}

export interface IngestBatchOptions {
  db: Db;
  logger: Logger;
  /** Refuse PDFs with more pages (default 1000). */
  maxPages?: number;
  /** Called once the files are collected, with how many there are. */
  onStart?: (total: number) => void;
  /** Called as each file finishes. */
  onProgress?: (e: ProgressEvent) => void;
  /** Worker threads (default min(2, cpus)). */
  concurrency?: number;
  /** Per-file parse limit in ms (default 120 000). */
  timeoutMs?: number;
  /** Parse even files whose content is already stored. */
  force?: boolean;
  /** Worker module (tests use a stand-in that crashes or hangs on purpose). */
  workerUrl?: URL;
}

export interface FileProblem {
  file: string;
  reason: string;
  code: string;
}

export interface IngestSummary {
  ingested: number;
  replaced: number;
  unchanged: number;
  failed: FileProblem[];
  needsOcr: Array<{ file: string; reason: string }>;
  /** Files in a walked folder named .pdf that are not PDFs: reported, not failures. */
  skipped: FileProblem[];
  /** Pages read by the parser in this run (unchanged files are not read). */
  pages: number;
  ms: number;
}

/** Failure causes worth a new attempt on the same bytes: the machine, not the file, may be at fault. */
const RETRY = new Set(['timeout', 'crash', 'closed', 'too-many-pages', 'store', 'error', 'invalid-document']);

export const DEFAULT_WORKER_URL = new URL('./ingest-worker.ts', import.meta.url);

/**
 * The big plain-JS libraries the ingest worker uses, preloaded by each worker before the TypeScript
 * loader (see PoolOptions.preload): pdf.js (both halves: pdf-parse's pdf.js and the in-thread
 * "worker" module it would import later), chrono-node and zod. Unresolvable ones are left to load normally.
 */
export function ingestPreload(): string[] {
  const urls: string[] = [];
  const tryResolve = (f: () => string): void => {
    try {
      urls.push(f());
    } catch {
      /* not installed here: the worker imports it the ordinary way */
    }
  };
  tryResolve(() => import.meta.resolve('pdf-parse'));
  tryResolve(() => pathToFileURL(createRequire(import.meta.resolve('pdf-parse')).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href);
  tryResolve(() => import.meta.resolve('chrono-node/en'));
  tryResolve(() => import.meta.resolve('zod'));
  return urls;
}

function defaultConcurrency(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

export async function ingestPaths(paths: readonly string[], opts: IngestBatchOptions): Promise<IngestSummary> {
  const started = performance.now();
  const { db, logger } = opts;
  const summary: IngestSummary = { ingested: 0, replaced: 0, unchanged: 0, failed: [], needsOcr: [], skipped: [], pages: 0, ms: 0 };
  const walked = await collectFiles(paths);
  summary.skipped.push(...walked.skipped);
  const total = walked.candidates.length + walked.failed.length;
  opts.onStart?.(total);
  let done = 0;
  const progress = (file: string, outcome: FileOutcome): void => {
    done++;
    opts.onProgress?.({ file, outcome, done, total });
  };
  const fail = (p: WalkProblem | FileProblem): void => {
    summary.failed.push(p);
    logger.info({ file: p.file, code: p.code, reason: p.reason }, 'file failed');
    progress(p.file, 'failed');
  };
  for (const p of walked.failed) fail(p);

  const concurrency = Math.max(1, Math.trunc(opts.concurrency ?? defaultConcurrency()));
  let pool: WorkerPool | null = null;
  const getPool = (): WorkerPool =>
    (pool ??= new WorkerPool({
      size: concurrency,
      workerUrl: opts.workerUrl ?? DEFAULT_WORKER_URL,
      timeoutMs: opts.timeoutMs ?? 120_000,
      logger,
      preload: opts.workerUrl ? [] : ingestPreload(),
    }));

  /** Records a failure in the store (keeping any good earlier version) and the summary. */
  const failStored = (c: Candidate, sha256: string, code: string, reason: string): void => {
    let kept = false;
    try {
      kept = recordFailure(db, { path: c.path, sha256, pages: 0, status: 'failed', error: reason, code }) === 'kept-previous';
    } catch (err) {
      logger.error({ err, file: c.file }, 'could not record the failure');
    }
    fail({ file: c.file, code, reason: kept ? `${reason} The version stored earlier was kept.` : reason });
  };

  const settle = (c: Candidate, sha256: string, result: TaskResult): void => {
    if (!result.ok) return failStored(c, sha256, result.code, result.message);
    const doc = result.doc;
    summary.pages += doc.pages;
    if (doc.status !== 'ok') {
      const reason = doc.error ?? 'The PDF has no usable text layer; it needs OCR.';
      try {
        recordFailure(db, { path: c.path, sha256, pages: doc.pages, status: doc.status, error: reason, code: doc.status });
      } catch (err) {
        return failStored(c, sha256, 'store', `The result could not be stored (${(err as Error).message}).`);
      }
      if (doc.status === 'failed') return fail({ file: c.file, code: 'failed', reason });
      summary.needsOcr.push({ file: c.file, reason });
      logger.info({ file: c.file, reason }, 'file needs OCR');
      return progress(c.file, 'needs-ocr');
    }
    let outcome: 'ingested' | 'replaced' | 'unchanged';
    try {
      outcome = writeDocument(db, doc, { path: c.path });
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      return failStored(c, sha256, typeof code === 'string' ? code : 'store', `The document could not be stored (${(err as Error).message}).`);
    }
    summary[outcome]++;
    logger.debug({ file: c.file, outcome, pages: doc.pages, parts: doc.parts.length }, 'file stored');
    progress(c.file, outcome);
  };

  const inFlight = new Set<Promise<void>>();
  try {
    for (const c of walked.candidates) {
      let data: Uint8Array;
      try {
        data = await readFile(c.path);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : 'unreadable';
        fail({ file: c.file, code, reason: `The file cannot be read (${(err as Error).message}).` });
        continue;
      }
      const sha256 = createHash('sha256').update(data).digest('hex');
      if (data.length === 0) {
        failStored(c, sha256, 'empty', 'The file is empty (0 bytes).');
        continue;
      }
      if (!hasPdfMagic(data)) {
        failStored(c, sha256, 'not-pdf', 'The file is not a PDF (no %PDF- header in its first 1024 bytes).');
        continue;
      }
      if (!opts.force) {
        if (hasGoodCopy(db, sha256)) {
          summary.unchanged++;
          progress(c.file, 'unchanged');
          continue;
        }
        const stored = storedVersion(db, c.path);
        if (stored && stored.sha256 === sha256 && stored.status === 'needs-ocr') {
          summary.needsOcr.push({ file: c.file, reason: stored.error ?? 'The PDF has no usable text layer; it needs OCR.' });
          progress(c.file, 'needs-ocr');
          continue;
        }
        // The same bytes failed before for a reason that parsing again cannot change: report it
        // again without starting a PDF reader (a worker costs seconds; --force tries anyway).
        if (stored && stored.sha256 === sha256 && stored.status === 'failed' && stored.errorCode !== null && !RETRY.has(stored.errorCode)) {
          fail({ file: c.file, code: stored.errorCode, reason: `${stored.error ?? 'It failed before.'} (Unchanged since the last attempt; --force tries again.)` });
          continue;
        }
      }
      const p = getPool()
        .run({ file: basename(c.path), data, maxPages: opts.maxPages ?? 1000 })
        .then((result) => settle(c, sha256, result))
        .catch((err: unknown) => failStored(c, sha256, 'error', `Unexpected error (${(err as Error).message}).`));
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
      // Keep every worker busy plus one file read ahead, without reading the whole corpus into memory.
      while (inFlight.size > concurrency) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    if (pool) await (pool as WorkerPool).close();
  }
  // Files finish in any order; report them in a stable one.
  const byFile = (a: { file: string }, b: { file: string }): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  summary.failed.sort(byFile);
  summary.needsOcr.sort(byFile);
  summary.ms = Math.round(performance.now() - started);
  return summary;
}
