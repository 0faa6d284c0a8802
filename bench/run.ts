/**
 * npm run bench [-- --json] [--sizes 1000,10000] [--quick] [--skip-ingest] [--seed N] [--questions N]
 *
 * Ingest throughput over the Kent corpus beside pdftotext, re-ingest (hash skip), and `ask`
 * latency / FTS5 floor / serving RSS / database size over a synthetic corpus at each size.
 * Progress goes to stderr; stdout carries the table, or with --json one JSON object only.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createLogger } from '../src/log.ts';
import { benchAsk } from './ask-bench.ts';
import { benchIngest, type IngestFigures } from './ingest-bench.ts';
import { loadShapePool, pdfsIn } from './pool.ts';
import { loadExtractDocument } from './product.ts';
import { generateQuestions } from './questions.ts';
import { buildJson, renderTable } from './report.ts';
import { harvestShapes, type ShapePool } from './shapes.ts';
import { msSince } from './stats.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_CORPUS = resolve(ROOT, '../shared/corpus/kent-cabinet');

function parseSizes(s: string): number[] {
  const sizes = s.split(',').map((x) => Number(x.trim()));
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--sizes wants positive integers, got "${s}"`);
  return [...new Set(sizes)];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      quick: { type: 'boolean', default: false },
      'skip-ingest': { type: 'boolean', default: false },
      seed: { type: 'string', default: '20250130' },
      questions: { type: 'string' },
      corpus: { type: 'string', default: DEFAULT_CORPUS },
      concurrency: { type: 'string' },
      /** 'product': every synthetic paper through writeDocument; 'bulk': writeDocument for the first 1,000, bulk writer beyond. */
      writer: { type: 'string', default: 'product' },
      /** Seconds for the timed question pass at each size, and for the whole serving child. */
      'ask-budget': { type: 'string', default: '120' },
      'child-timeout': { type: 'string', default: '300' },
      /** Keep the synthetic database in this folder and reuse it on the next run (same seed). */
      'keep-db': { type: 'string' },
    },
    allowPositionals: false,
  });
  const t0 = process.hrtime.bigint();
  const log = (s: string): void => {
    process.stderr.write(`[bench ${(msSince(t0) / 1000).toFixed(1).padStart(6)}s] ${s}\n`);
  };
  const quick = values.quick ?? false;
  const sizes = values.sizes ? parseSizes(values.sizes) : quick ? [200] : [1000, 10000];
  const questionCount = Number(values.questions ?? (quick ? 60 : 220));
  const seed = Number(values.seed);
  const concurrency = Number(values.concurrency ?? Math.min(2, availableParallelism()));
  const logger = createLogger({ level: 'warn' });

  // 1. Ingest throughput over the real corpus.
  let ingest: IngestFigures | { skipped: string };
  const corpus = resolve(values.corpus ?? DEFAULT_CORPUS);
  let files = pdfsIn(corpus);
  if (quick) files = files.slice(0, 8);
  if (values['skip-ingest']) ingest = { skipped: '--skip-ingest' };
  else if (files.length === 0) {
    ingest = { skipped: `no PDFs at ${corpus} (the shared corpus is absent)` };
    log(`ingest: skipped — ${ingest.skipped}`);
  } else {
    try {
      ingest = await benchIngest(files, { concurrency, logger, log });
    } catch (err) {
      ingest = { skipped: `ingest failed: ${(err as Error).message}` };
      log(`ingest: ${ingest.skipped}`);
    }
  }

  // 2. The shape pool: a handful of real papers through the real pipeline.
  let pool: ShapePool;
  try {
    const extract = await loadExtractDocument();
    log('shapes: extracting real papers once…');
    const { pool: p, docs } = await loadShapePool(extract, ROOT);
    pool = p;
    log(`shapes: ${docs.length} papers → ${pool.templates.length} part templates, ${pool.paragraphs.length} paragraphs, ${pool.recommendations.length} recommendations, ${pool.resolutions.length} resolutions, ${pool.amounts.length} amounts, ${pool.posts.length} posts, ${pool.tables.length} tables${pool.fallbacks.length > 0 ? `; fallback shapes for ${pool.fallbacks.join(', ')}` : ''}`);
  } catch (err) {
    pool = harvestShapes([]);
    log(`shapes: real pipeline unavailable (${(err as Error).message}); using fallback shapes only`);
  }

  // 3. Answering at each corpus size.
  const questions = generateQuestions(questionCount, seed);
  const sizeFigures = await benchAsk(pool, questions, {
    sizes,
    seed,
    warmup: Math.min(20, Math.floor(questions.length / 4)),
    childTimeoutMs: Number(values['child-timeout']) * 1000,
    askBudgetMs: Number(values['ask-budget']) * 1000,
    productLimit: values.writer === 'bulk' ? 1000 : Number.POSITIVE_INFINITY,
    log,
    ...(values['keep-db'] ? { keepDir: resolve(values['keep-db']) } : {}),
  });

  const json = buildJson(ingest, sizeFigures, questions.length, msSince(t0));
  if (values.json) process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  else process.stdout.write(`${renderTable(json)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
