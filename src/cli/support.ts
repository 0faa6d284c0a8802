/**
 * Small helpers every CLI command shares: strict flag parsing that turns mistakes into
 * UsageError (exit 2), the CLI logger (pino on stderr, quiet by default), and the database path.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { DestinationStream } from 'pino';
import { loadConfig } from '../config.ts';
import { UsageError } from '../errors.ts';
import { createLogger, type Logger } from '../log.ts';
import type { CliIO } from './io.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs in strict mode; unknown flags, missing values and the like → UsageError. */
export function parseFlags<O extends Options>(argv: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional argument.*$/s, '.'));
  }
}

/** A whole number flag value ≥ min, or UsageError naming the flag. */
export function intFlag(name: string, value: string | undefined, dflt: number, min = 1): number {
  if (value === undefined) return dflt;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`--${name} must be a whole number of at least ${min}, got "${value}".`);
  return Number(value);
}

/** pino on the command's stderr at LOG_LEVEL, 'warn' unless set, so output stays clean. */
export function cliLogger(io: CliIO, defaultLevel = 'warn'): Logger {
  const level = io.env.LOG_LEVEL?.trim() || defaultLevel;
  return createLogger({ level, destination: io.stderr as unknown as DestinationStream });
}

/** The database to use: --db when given, else PAPERS_DB (default ./data/papers.db). */
export function dbPathFrom(flag: string | undefined, io: CliIO): string {
  if (flag !== undefined) {
    if (flag.trim() === '') throw new UsageError('--db needs a file path.');
    return flag;
  }
  return loadConfig(io.env, { requireListener: false }).dbPath;
}

/** True when `--help`/`-h` is among the arguments (commands print their usage and exit 0). */
export function wantsHelp(argv: string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}
