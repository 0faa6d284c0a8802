/**
 * `ask` latency, the raw FTS5 floor, serving RSS and database size at each corpus size. The
 * synthetic database grows in place (1,000 papers, then the next 9,000 appended), and each size
 * is measured by a fresh serving child process (serve-child.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  build: BuildResult;
  dbMb: number;
  serve: Omit<ServeFigures, 'askMs' | 'ftsMs' | 'byKind'> | null;
  ask: LatencySummary | null;
  fts: LatencySummary | null;
  byKind: Record<string, LatencySummary>;
  error: string | null;
}

function fileMb(path: string): number {
  return existsSync(path) ? statSync(path).size / 1048576 : 0;
}

function runChild(dbPath: string, questionsPath: string, warmup: number, timeoutMs: number): Promise<ServeFigures> {
  const require = createRequire(import.meta.url);
  const tsx = pathToFileURL(require.resolve('tsx')).href;
  const child = fileURLToPath(new URL('./serve-child.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', tsx, child, dbPath, questionsPath, String(warmup)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      p.kill('SIGKILL');
      reject(new Error(`serving child exceeded ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`serving child exited ${code}: ${err.trim().split('\n').slice(-3).join(' | ')}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as ServeFigures);
      } catch {
        reject(new Error(`serving child printed no figures: ${err.trim().slice(-300)}`));
      }
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
    /** Papers beyond this many are stored by the bulk writer (see synthetic-db.ts). */
    productLimit: number;
    log: (s: string) => void;
  },
): Promise<SizeFigures[]> {
  const dir = mkdtempSync(join(tmpdir(), 'papers-bench-synthetic-'));
  const dbPath = join(dir, 'synthetic.db');
  const questionsPath = join(dir, 'questions.json');
  writeFileSync(questionsPath, JSON.stringify(questions));
  const results: SizeFigures[] = [];
  try {
    let have = 0;
    for (const size of [...opts.sizes].sort((a, b) => a - b)) {
      opts.log(`synthetic: writing papers ${have + 1}–${size}…`);
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
      const dbMb = fileMb(dbPath) + fileMb(`${dbPath}-wal`);
      const fig: SizeFigures = { size, build, dbMb, serve: null, ask: null, fts: null, byKind: {}, error: null };
      try {
        opts.log(`ask: ${questions.length} questions against ${size} papers in a serving child…`);
        const s = await runChild(dbPath, questionsPath, opts.warmup, opts.childTimeoutMs);
        const { askMs, ftsMs, byKind, ...rest } = s;
        fig.serve = rest;
        fig.ask = askMs.length > 0 ? summarize(askMs) : null;
        if (s.engineError) fig.error = `engine: ${s.engineError}`;
        fig.fts = summarize(ftsMs);
        fig.byKind = Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, summarize(v)]));
        opts.log(`ask: p95 ${fig.ask?.p95.toFixed(1) ?? 'n/a'} ms, fts p95 ${fig.fts.p95.toFixed(2)} ms, engine init ${(s.engineInitMs / 1000).toFixed(1)} s, peak RSS ${s.maxRssMb.toFixed(0)} MB, found ${s.found}/${s.questions}, errors ${s.errors}`);
      } catch (err) {
        fig.error = (err as Error).message;
        opts.log(`ask: ${fig.error}`);
      }
      results.push(fig);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
