/**
 * `npm start` / `papers start`: with Slack tokens set, the Slack app (as `papers serve`);
 * with none, a terminal chat over the local database (PAPERS_DB), reading the bundled example
 * papers (fixtures/**.pdf) on the first run. With stdin piped it answers one question per line
 * and exits at the end of input.
 */
import { fileURLToPath } from 'node:url';
import { createEngine } from '../../answer/engine.ts';
import { ingestPaths } from '../../batch/ingest-batch.ts';
import { loadConfig } from '../../config.ts';
import { openDatabase, type Db } from '../../store/db.ts';
import { runChat } from '../chat.ts';
import { writeLine, type CliIO } from '../io.ts';
import { createProgress } from '../progress.ts';
import { cliLogger, wantsHelp } from '../support.ts';
import { run as serve } from './serve.ts';

export const summary = 'Start: the Slack app when Slack is configured, else a terminal chat over the papers';

/** The example papers shipped with the repository. */
export const FIXTURES_DIR = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

export const usage = `Usage: papers start        (npm start)

With SLACK_BOT_TOKEN set: runs the Slack app, exactly as \`papers serve\`.
Without Slack settings: a chat in the terminal over the local database (PAPERS_DB,
default ./data/papers.db). On the first run (an empty database) it reads the example
papers in ${FIXTURES_DIR} first. With stdin piped, it answers one question per line.`;

function documentCount(db: Db): number {
  return (db.prepare("SELECT count(*) AS n FROM documents WHERE status = 'ok'").get() as { n: number }).n;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  if (wantsHelp(argv)) {
    writeLine(io.stdout, usage);
    return 0;
  }
  if (argv.length > 0) {
    writeLine(io.stderr, `papers start: unexpected argument "${argv[0]}".`);
    writeLine(io.stderr, usage);
    return 2;
  }
  const config = loadConfig(io.env); // ConfigError → main prints the variable and the fix, exit 1
  if (config.slack.kind !== 'none') return serve([], io);

  const logger = cliLogger(io);
  const db = openDatabase(config.dbPath);
  try {
    if (documentCount(db) === 0) {
      writeLine(io.stderr, `First run: reading the example papers in ${FIXTURES_DIR} into ${config.dbPath}…`);
      const progress = createProgress(io);
      const s = await ingestPaths([FIXTURES_DIR], { db, logger, maxPages: config.maxPages, onProgress: (e) => progress.update(e) });
      progress.stop();
      const problems = s.failed.length + s.needsOcr.length;
      writeLine(
        io.stderr,
        `Read ${s.ingested + s.replaced} papers (${s.pages} pages) in ${(s.ms / 1000).toFixed(1)} s${problems ? `; ${problems} could not be read` : ''}.`,
      );
    }
    const engine = createEngine(db, { logger });
    return await runChat({ engine, io });
  } finally {
    db.close();
  }
}
