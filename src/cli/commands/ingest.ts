/**
 * `papers ingest <file|dir>... [--db PATH] [--json] [--force] [--concurrency N]`
 * Exit 0 when every file was stored (or unchanged / needs OCR), 1 when some file failed (the
 * others are still stored), 2 on bad usage.
 */
import { ingestPaths, type IngestSummary } from '../../batch/ingest-batch.ts';
import { loadConfig } from '../../config.ts';
import { UsageError } from '../../errors.ts';
import { openStore } from '../../store/store.ts';
import { writeLine, type CliIO } from '../io.ts';
import { createProgress } from '../progress.ts';
import { cliLogger, dbPathFrom, intFlag, parseFlags, wantsHelp } from '../support.ts';

export const summary = 'Read committee-paper PDFs (files or folders) into the database';

export const usage = `Usage: papers ingest <file|dir>... [options]

Reads every PDF named or found (recursively) in the folders, and stores its parts and facts.
Unchanged files are skipped without being read again.

Options:
  --db PATH          database file (default: $PAPERS_DB or ./data/papers.db)
  --json             print the summary as JSON
  --force            parse files again even when their content is already stored
  --concurrency N    PDF reader threads (default: 2, or 1 on a single CPU)
  -h, --help         show this help`;

export function formatSummary(s: IngestSummary): string {
  const lines = [
    `Ingested: ${s.ingested}`,
    `Replaced: ${s.replaced}`,
    `Unchanged (skipped): ${s.unchanged}`,
    `Needs OCR: ${s.needsOcr.length}`,
    `Failed: ${s.failed.length}`,
    `Pages read: ${s.pages} in ${(s.ms / 1000).toFixed(1)} s`,
  ];
  if (s.needsOcr.length > 0) {
    lines.push('', 'Needs OCR (no usable text layer):');
    for (const f of s.needsOcr) lines.push(`  ${f.file}: ${f.reason}`);
  }
  if (s.failed.length > 0) {
    lines.push('', 'Failed:');
    for (const f of s.failed) lines.push(`  ${f.file}: ${f.reason}`);
  }
  if (s.skipped.length > 0) {
    lines.push('', 'Skipped:');
    for (const f of s.skipped) lines.push(`  ${f.file}: ${f.reason}`);
  }
  return lines.join('\n');
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  if (wantsHelp(argv)) {
    writeLine(io.stdout, usage);
    return 0;
  }
  const { values, positionals } = parseFlags(argv, {
    db: { type: 'string' },
    json: { type: 'boolean' },
    force: { type: 'boolean' },
    concurrency: { type: 'string' },
  });
  if (positionals.length === 0) throw new UsageError('name at least one PDF file or folder.');
  const concurrency = values.concurrency === undefined ? undefined : intFlag('concurrency', values.concurrency, 2);
  const dbPath = dbPathFrom(values.db, io);
  const config = loadConfig(io.env);
  const logger = cliLogger(io);

  const store = openStore(dbPath);
  const progress = createProgress(io);
  let result: IngestSummary;
  try {
    result = await ingestPaths(positionals, {
      db: store.db,
      logger,
      maxPages: config.maxPages,
      force: values.force ?? false,
      onStart: (total) => progress.start(total),
      onProgress: (e) => progress.update(e),
      ...(concurrency === undefined ? {} : { concurrency }),
    });
  } finally {
    progress.stop();
    store.close();
  }
  writeLine(io.stdout, values.json ? JSON.stringify(result, null, 2) : formatSummary(result));
  return result.failed.length > 0 ? 1 : 0;
}
