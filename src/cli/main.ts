/**
 * `papers <command> [args]`: dispatches to src/cli/commands/<name>.ts (imported only when used,
 * so `papers search` never loads Slack or the PDF reader). Exit codes: 0 ok, 1 runtime failure
 * (one friendly line on stderr, details in the log), 2 bad usage (usage on stderr).
 */
import { AppError, StoreError, UsageError } from '../errors.ts';
import { processIO, writeLine, type CliCommand, type CliIO } from './io.ts';
import { cliLogger } from './support.ts';

interface Entry {
  /** The command's one-line summary, repeated here so `papers --help` loads no command module
   * (pdf.js and Slack take seconds to import); test/cli/main.test.ts checks it matches. */
  summary: string;
  load: () => Promise<CliCommand>;
}

/** Every command, in the order `papers --help` lists them. */
export const COMMANDS: Readonly<Record<string, Entry>> = {
  ingest: { summary: 'Read committee-paper PDFs (files or folders) into the database', load: () => import('./commands/ingest.ts') },
  search: { summary: 'Find passages in the stored papers (full-text, best first)', load: () => import('./commands/search.ts') },
  extract: { summary: 'Parse one PDF and print what was found (no database)', load: () => import('./commands/extract.ts') },
  list: { summary: 'List the stored papers and their parts', load: () => import('./commands/list.ts') },
  ask: { summary: 'Answer a question from the papers, quoting them with sources', load: () => import('./commands/ask.ts') },
  costs: { summary: 'Cost summary for a topic: total, per year, funding and posts, cited', load: () => import('./commands/costs.ts') },
  due: { summary: 'Items falling due (work programme, commitments)', load: () => import('./commands/due.ts') },
  alerts: { summary: 'Send or preview due-date alerts', load: () => import('./commands/alerts.ts') },
  serve: { summary: 'Run the Slack app (Socket Mode or HTTP)', load: () => import('./commands/serve.ts') },
  start: { summary: 'Start: the Slack app when Slack is configured, else a terminal chat over the papers', load: () => import('./commands/start.ts') },
};

const has = (name: string): boolean => Object.prototype.hasOwnProperty.call(COMMANDS, name);

export function helpText(): string {
  const lines = ['Usage: papers <command> [options]', '', 'Commands:'];
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((n) => n.length));
  for (const name of names) lines.push(`  ${name.padEnd(width)}  ${COMMANDS[name]!.summary}`);
  lines.push('', 'Run `papers <command> --help` for a command’s options.');
  return lines.join('\n');
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    writeLine(io.stderr, helpText());
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = rest[0];
    if (topic !== undefined && has(topic)) {
      writeLine(io.stdout, (await COMMANDS[topic]!.load()).usage);
      return 0;
    }
    writeLine(io.stdout, helpText());
    return topic === undefined ? 0 : 2;
  }
  if (!has(name)) {
    writeLine(io.stderr, `papers: unknown command "${name}".`);
    writeLine(io.stderr, helpText());
    return 2;
  }

  let command: CliCommand | undefined;
  try {
    command = await COMMANDS[name]!.load();
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      writeLine(io.stderr, `papers ${name}: ${err.message}`);
      if (command) writeLine(io.stderr, command.usage);
      return 2;
    }
    let log;
    try {
      log = cliLogger(io);
    } catch {
      log = undefined;
    }
    // Expected failures (AppError) are logged at info; anything else is a bug, logged at error.
    if (err instanceof AppError) log?.info({ err, command: name }, 'command failed');
    else log?.error({ err, command: name }, 'command failed unexpectedly');
    // Store errors carry a readable cause (wrong schema version, unreadable file): show it.
    const line =
      err instanceof StoreError
        ? err.message
        : err instanceof AppError
          ? err.userMessage
          : `Something went wrong (${err instanceof Error ? err.message : String(err)}).`;
    writeLine(io.stderr, `papers ${name}: ${line}`);
    return 1;
  }
}
