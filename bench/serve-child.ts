/**
 * The serving process for the latency and memory bench, run as a child so its peak RSS is the
 * server's alone: opens the database, times the raw FTS5 floor query, creates the engine and
 * answers the question set. Prints one JSON line (ServeFigures) on stdout.
 *
 *   node --import tsx bench/serve-child.ts <db> <questions.json> [warmup] [budget-ms]
 *
 * With a budget, the timed question pass stops once it is spent (`asked` < `questions`): the
 * figures then come from the questions answered so far (the set is in random order).
 */
import { readFileSync } from 'node:fs';
import { openDatabase } from '../src/store/db.ts';
import { buildMatchExpression } from '../src/store/search.ts';
import { createLogger } from '../src/log.ts';
import type { AskContext } from '../src/answer/model.ts';
import { loadCreateEngine, type EngineLike } from './product.ts';
import { msSince } from './stats.ts';
import type { BenchQuestion } from './questions.ts';

export interface ServeFigures {
  questions: number;
  /** Questions timed in the ask pass (fewer than `questions` when the budget ran out). */
  asked: number;
  openMs: number;
  ftsMs: number[];
  engineInitMs: number;
  firstAskMs: number;
  askMs: number[];
  found: number;
  errors: number;
  firstError: string | null;
  rssAfterEngineMb: number;
  maxRssMb: number;
  byKind: Record<string, number[]>;
  /** Set when the engine could not be created (the FTS figures still stand). */
  engineError: string | null;
}

/** The floor: the raw FTS5 query the issue names, nothing joined, nothing ranked beyond bm25. */
export const FTS_FLOOR_SQL = 'SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ? ORDER BY bm25(paragraphs_fts) LIMIT 10';

function vmHwmMb(): number {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    /* not Linux */
  }
  return process.resourceUsage().maxRSS / 1024;
}

async function main(): Promise<void> {
  const [dbPath, questionsPath, warmupArg, budgetArg] = process.argv.slice(2);
  const budgetMs = budgetArg ? Number(budgetArg) : Number.POSITIVE_INFINITY;
  if (!dbPath || !questionsPath) throw new Error('usage: serve-child.ts <db> <questions.json> [warmup]');
  const questions = JSON.parse(readFileSync(questionsPath, 'utf8')) as BenchQuestion[];
  const warmup = Math.min(questions.length, Number(warmupArg ?? 10));
  const logger = createLogger({ level: 'warn' });

  let t = process.hrtime.bigint();
  const db = openDatabase(dbPath);
  const openMs = msSince(t);

  const fts = db.prepare(FTS_FLOOR_SQL).pluck();
  const runFts = (q: string): void => {
    const m = buildMatchExpression(q);
    if (m !== null) fts.all(m);
  };
  for (const q of questions.slice(0, warmup)) runFts(q.text);
  const ftsMs: number[] = [];
  for (const q of questions) {
    const s = process.hrtime.bigint();
    runFts(q.text);
    ftsMs.push(msSince(s));
  }

  // The floor figures first, on their own line: they stand even if the engine never answers.
  process.stdout.write(`${JSON.stringify({ phase: 'fts', ftsMs, openMs })}\n`);

  let engine: EngineLike;
  t = process.hrtime.bigint();
  try {
    const createEngine = await loadCreateEngine();
    t = process.hrtime.bigint();
    engine = await createEngine(db, { logger });
  } catch (err) {
    const out: ServeFigures = {
      questions: questions.length, asked: 0, openMs, ftsMs, engineInitMs: Number.NaN, firstAskMs: Number.NaN, askMs: [], found: 0,
      errors: 0, firstError: null, rssAfterEngineMb: process.memoryUsage.rss() / 1048576, maxRssMb: vmHwmMb(), byKind: {},
      engineError: (err as Error).message,
    };
    db.close();
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return;
  }
  const engineInitMs = msSince(t);
  const ctx: AskContext = { includeExempt: false, now: new Date(Date.UTC(2026, 0, 15)) };

  let errors = 0;
  let firstError: string | null = null;
  const ask = async (q: string): Promise<boolean> => {
    try {
      return (await engine.ask(q, ctx)).found;
    } catch (err) {
      errors++;
      firstError ??= `${q}: ${(err as Error).message}`;
      return false;
    }
  };
  t = process.hrtime.bigint();
  await ask(questions[0]?.text ?? 'budget');
  const firstAskMs = msSince(t);
  for (const q of questions.slice(1, warmup)) await ask(q.text);
  const rssAfterEngineMb = process.memoryUsage.rss() / 1048576;

  const askMs: number[] = [];
  const byKind: Record<string, number[]> = {};
  let found = 0;
  const passStart = process.hrtime.bigint();
  for (const q of questions) {
    if (msSince(passStart) > budgetMs) break;
    const s = process.hrtime.bigint();
    if (await ask(q.text)) found++;
    const ms = msSince(s);
    askMs.push(ms);
    (byKind[q.kind] ??= []).push(ms);
  }
  const out: ServeFigures = {
    questions: questions.length,
    asked: askMs.length,
    openMs,
    ftsMs,
    engineInitMs,
    firstAskMs,
    askMs,
    found,
    errors,
    firstError,
    rssAfterEngineMb,
    maxRssMb: vmHwmMb(),
    byKind,
    engineError: null,
  };
  db.close();
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`serve-child: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
