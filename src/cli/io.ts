/**
 * What a CLI command is given: its streams and environment. Commands write their output to
 * `stdout` only; progress, warnings and logs go to `stderr`. Tests pass buffers.
 */
import type { Readable, Writable } from 'node:stream';

export interface CliIO {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable;
  env: NodeJS.ProcessEnv;
  /** True when stderr is a terminal (progress bars) — false in tests and pipes. */
  isTTY: boolean;
  /** True when stdin is a terminal (interactive chat) — false when piped. */
  stdinIsTTY: boolean;
}

/** A CLI command module: src/cli/commands/<name>.ts exports these. */
export interface CliCommand {
  /** One line for `papers --help`. */
  summary: string;
  /** Full usage text for `papers <name> --help` and usage errors. */
  usage: string;
  /** Runs the command; resolves to the exit code (0 ok, 1 failure, 2 usage). */
  run(argv: string[], io: CliIO): Promise<number>;
}

export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    isTTY: Boolean(process.stderr.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
  };
}

export function writeLine(stream: Writable, text = ''): void {
  stream.write(`${text}\n`);
}
