/**
 * `ask` latency, the raw FTS5 floor, serving RSS and database size at each corpus size. The
 * synthetic database grows in place (1,000 papers, then the next 9,000 appended), and each size
 * is measured by a fresh serving child process (serve-child.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchQuestion } from './questions.ts';
import type { ServeFigures } from './serve-child.ts';
import type { ShapePool } from './shapes.ts';
import { buildSyntheticDb, type BuildResult } from './synthetic-db.ts';
import { summarize, type LatencySummary } from './stats.ts';

export interface SizeFigures {
  size: number;
  /** What this size added to the database (it grows in place from the previous size). */
  build: BuildResult;
  totalPages: number;
  totalParagraphs: number;
  dbMb: number;
  serve: Omit<ServeFigures, 'askMs' | 'ftsMs' | 'byKind'> | null;
  /** Peak RSS of the serving child as observed from outside (also when it crashed). */
  observedPeakMb: number | null;
  ask: LatencySummary | null;
  fts: LatencySummary | null;
  byKind: Record<string, LatencySummary>;
  error: string | null;
}

function fileMb(path: string): number {
  return existsSync(path) ? statSync(path).size / 1048576 : 0;
}

interface ChildRun {
  figures: ServeFigures | null;
  /** The FTS floor timings the child printed before creating the engine. */
  ftsMs: number[] | null;
  /** Peak RSS the parent saw in /proc/<pid>/status (VmHWM), kept even when the child dies. */
  observedPeakMb: number | null;
  error: string | null;
}

function readHwmMb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

function runChild(dbPath: string, questionsPath: string, warmup: number, budgetMs: number, timeoutMs: number): Promise<ChildRun> {
  const require = createRequire(import.meta.url);
  const tsx = pathToFileURL(require.resolve('tsx')).href;
  const child = fileURLToPath(new URL('./serve-child.ts', import.meta.url));
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', tsx, child, dbPath, questionsPath, String(warmup), String(budgetMs)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let peak: number | null = null;
    let timedOut = false;
    const poll = setInterval(() => {
      const v = p.pid === undefined ? null : readHwmMb(p.pid);
      if (v !== null) peak = Math.max(peak ?? 0, v);
    }, 200);
    const timer = setTimeout(() => {
      timedOut = true;
      p.kill('SIGKILL');
    }, timeoutMs);
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      clearInterval(poll);
      const lines = out.trim().split('\n').filter((l) => l.startsWith('{'));
      let ftsMs: number[] | null = null;
      let figures: ServeFigures | null = null;
      for (const l of lines) {
        try {
          const v = JSON.parse(l) as { phase?: string; ftsMs?: number[] };
          if (v.phase === 'fts') ftsMs = v.ftsMs ?? null;
          else figures = v as ServeFigures;
        } catch {
          /* a line cut short by a kill */
        }
      }
      if (timedOut) return resolve({ figures: null, ftsMs, observedPeakMb: peak, error: `serving child exceeded ${Math.round(timeoutMs / 1000)} s and was stopped` });
      if (code !== 0) {
        const oom = /heap out of memory|Allocation failed/i.test(err) ? ' (JavaScript heap out of memory)' : '';
        return resolve({
          figures: null,
          ftsMs,
          observedPeakMb: peak,
          error: `serving child exited ${code ?? signal}${oom}: ${err.trim().split('\n').filter((l) => l.trim()).slice(-2).join(' | ').slice(0, 300)}`,
        });
      }
      if (figures) resolve({ figures, ftsMs, observedPeakMb: peak, error: null });
      else resolve({ figures: null, ftsMs, observedPeakMb: peak, error: `serving child printed no figures: ${err.trim().slice(-300)}` });
    });
  });
}

export async function benchAsk(
  pool: ShapePool,
  questions: BenchQuestion[],
  opts: {
    sizes: number[];
    seed: number;
    warmup: number;
    childTimeoutMs: number;
    /** Time for the timed question pass; the rest of the set is skipped when it is spent. */
    askBudgetMs: number;
    /** Papers beyond this many are stored by the bulk writer (see synthetic-db.ts). */
    productLimit: number;
    log: (s: string) => void;
    /** Keep the synthetic database in this folder (and reuse the papers it already holds). */
    keepDir?: string;
  },
): Promise<SizeFigures[]> {
  const dir = opts.keepDir ?? mkdtempSync(join(tmpdir(), 'papers-bench-synthetic-'));
  if (opts.keepDir) mkdirSync(dir, { recursive: true });
  const dbPath = join(dir, 'synthetic.db');
  const questionsPath = join(dir, 'questions.json');
  const keptPath = join(dir, 'kept.json');
  writeFileSync(questionsPath, JSON.stringify(questions));
  const results: SizeFigures[] = [];
  try {
    let have = 0;
    // A kept database written with the same seed already holds papers 1…have.
    const kept = opts.keepDir && existsSync(keptPath) && existsSync(dbPath)
      ? (JSON.parse(readFileSync(keptPath, 'utf8')) as { seed: number; papers: number; pages: number; paragraphs: number })
      : null;
    let pagesKept = 0;
    let paragraphsKept = 0;
    if (kept && kept.seed === opts.seed) {
      have = kept.papers;
      pagesKept = kept.pages;
      paragraphsKept = kept.paragraphs;
      opts.log(`synthetic: reusing ${have} papers kept in ${dir}`);
    }
    let pagesSoFar = 0;
    let paragraphsSoFar = 0;
    for (const size of [...opts.sizes].sort((a, b) => a - b)) {
      if (kept && size < have) {
        opts.log(`synthetic: size ${size} skipped (the kept database already holds ${have} papers)`);
        continue;
      }
      if (size > have) opts.log(`synthetic: writing papers ${have + 1}–${size}…`);
      const build = buildSyntheticDb(dbPath, pool, {
        seed: opts.seed,
        start: have,
        count: size - have,
        productLimit: opts.productLimit,
        onProgress: (d) => {
          if (d % 1000 === 0) opts.log(`synthetic: ${have + d}/${size}`);
        },
      });
      opts.log(
        `synthetic: ${size} papers (${build.paragraphs} new paragraphs) in ${(build.totalMs / 1000).toFixed(1)} s (generate ${(build.generateMs / 1000).toFixed(1)} s; ` +
          `writeDocument ${build.productDocs} papers ${(build.productWriteMs / 1000).toFixed(1)} s` +
          (build.productMsPerDocFirstQuarter !== null ? ` [${build.productMsPerDocFirstQuarter.toFixed(1)} → ${build.productMsPerDocLastQuarter!.toFixed(1)} ms/paper]` : '') +
          `; bulk ${build.bulkDocs} papers ${(build.bulkWriteMs / 1000).toFixed(1)} s)`,
      );
      have = size;
      pagesSoFar += build.pages + pagesKept;
      paragraphsSoFar += build.paragraphs + paragraphsKept;
      pagesKept = 0;
      paragraphsKept = 0;
      if (opts.keepDir) writeFileSync(keptPath, JSON.stringify({ seed: opts.seed, papers: have, pages: pagesSoFar, paragraphs: paragraphsSoFar }));
      const dbMb = fileMb(dbPath) + fileMb(`${dbPath}-wal`);
      const fig: SizeFigures = { size, build, totalPages: pagesSoFar, totalParagraphs: paragraphsSoFar, dbMb, serve: null, observedPeakMb: null, ask: null, fts: null, byKind: {}, error: null };
      opts.log(`ask: ${questions.length} questions against ${size} papers in a serving child…`);
      const run = await runChild(dbPath, questionsPath, opts.warmup, opts.askBudgetMs, opts.childTimeoutMs);
      fig.observedPeakMb = run.observedPeakMb;
      if (run.figures) {
        const { askMs, ftsMs, byKind, ...rest } = run.figures;
        fig.serve = rest;
        fig.ask = askMs.length > 0 ? summarize(askMs) : null;
        fig.fts = summarize(ftsMs);
        fig.byKind = Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, summarize(v)]));
        if (rest.engineError) fig.error = `engine: ${rest.engineError}`;
        opts.log(
          `ask: p95 ${fig.ask?.p95.toFixed(1) ?? 'n/a'} ms, fts p95 ${fig.fts.p95.toFixed(2)} ms, first ask ${(rest.firstAskMs / 1000).toFixed(1)} s, ` +
            `peak RSS ${rest.maxRssMb.toFixed(0)} MB, found ${rest.found}/${rest.asked}${rest.asked < rest.questions ? ` (budget spent after ${rest.asked} of ${rest.questions})` : ''}, errors ${rest.errors}`,
        );
      } else {
        fig.error = run.error;
        if (run.ftsMs) fig.fts = summarize(run.ftsMs);
        opts.log(`ask: ${run.error} (peak RSS seen ${run.observedPeakMb?.toFixed(0) ?? '?'} MB)`);
      }
      results.push(fig);
    }
  } finally {
    if (!opts.keepDir) rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
