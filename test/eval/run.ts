/**
 * npm run eval: ingests the fixtures (and /work/shared/corpus when present) into a temp database
 * through the real pipeline, asks every question in questions.json, and prints hit@1, hit@3 and
 * correct "nothing found" counts for the engine and for a plain FTS5 paragraph baseline.
 *   --verbose   one line per question
 *   --db PATH   reuse (or build) the database at PATH instead of a temp file
 *   --fixtures-only   leave the corpus out even when it is present
 *   --questions FILE  ask the questions in FILE (same format) instead of questions.json,
 *                     e.g. test/eval/holdout.json (the held-out set)
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS_DIRS, FIXTURE_DIRS, ingestAll, pdfsIn } from './ingest.ts';
import { evaluate, formatScores, loadQuestions, type EvalReport } from './evaluate.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dbArg = args.includes('--db') ? args[args.indexOf('--db') + 1] : undefined;
const questionsArg = args.includes('--questions') ? args[args.indexOf('--questions') + 1] : undefined;

const corpusPresent = !args.includes('--fixtures-only') && CORPUS_DIRS.some((d) => existsSync(d));
const dir = dbArg ? null : mkdtempSync(join(tmpdir(), 'papers-eval-'));
const dbPath = dbArg ?? join(dir!, 'eval.db');
const files = pdfsIn(corpusPresent ? [...FIXTURE_DIRS, ...CORPUS_DIRS] : FIXTURE_DIRS);
const started = Date.now();
const { db, ingested, failed } = await ingestAll(dbPath, files);
process.stderr.write(`ingested ${ingested} new documents of ${files.length} PDFs in ${((Date.now() - started) / 1000).toFixed(1)}s` +
  `${failed.length ? `, ${failed.length} failed: ${failed.map((f) => f.file.split('/').pop()).join(', ')}` : ''}\n`);

const all = loadQuestions(questionsArg).filter((q) => corpusPresent || q.set === 'fixtures');
if (!corpusPresent) process.stdout.write('corpus absent or left out: corpus questions skipped\n');
const t = Date.now();
const report = evaluate(db, all);
const ms = Date.now() - t;

const print = (label: string, r: EvalReport): void => {
  const ratio = (b: number): string => (b === 0 ? 'inf' : (r.engine.hit1 / b).toFixed(2));
  process.stdout.write(
    `${formatScores(`${label} engine`, r.engine)}\n${formatScores(`${label} FTS5 page baseline`, r.baseline)}\n` +
      `${formatScores(`${label} FTS5 paragraph search`, r.paragraphBaseline)}\n` +
      `${label} hit@1 ratio engine/page baseline: ${ratio(r.baseline.hit1)}  (engine/paragraph search: ${ratio(r.paragraphBaseline.hit1)})\n`,
  );
};
const subset = (set: 'fixtures' | 'corpus'): EvalReport => {
  const results = report.results.filter((r) => r.q.set === set);
  const sub = evaluate(db, results.map((r) => r.q));
  return sub;
};
process.stdout.write(`\n${all.length} questions, answered in ${ms} ms (${(ms / Math.max(1, all.length)).toFixed(0)} ms each incl. index build)\n`);
print('all', report);
if (corpusPresent) {
  print('fixtures', subset('fixtures'));
  print('corpus', subset('corpus'));
}
if (report.unverifiable.length > 0) process.stdout.write(`expected text not found in the stored papers: ${report.unverifiable.join(', ')}\n`);
for (const r of report.results) {
  const ok = r.q.text === 'none' ? !r.engine.found : r.engine.hit1;
  if (!verbose && ok) continue;
  process.stdout.write(`\n${ok ? 'ok  ' : 'MISS'} ${r.q.id} [${r.engine.intent}] ${r.q.question}\n     engine:   ${r.engine.found ? r.engine.top : '(nothing found)'}${r.engine.hit3 && !r.engine.hit1 ? '  (hit@3)' : ''}\n     page baseline: ${r.baseline.top ?? '(nothing)'}${r.baseline.hit1 ? '  (hit)' : ''}\n     paragraph search: ${r.paragraphBaseline.top ?? '(nothing)'}${r.paragraphBaseline.hit1 ? '  (hit)' : ''}\n`);
}
db.close();
if (dir) rmSync(dir, { recursive: true, force: true });
