/**
 * A CliIO over in-memory buffers, for running `main(argv, io)` or a command's `run(argv, io)` in
 * tests: `const io = bufferIO(); await main(['list'], io); io.out()`.
 */
import { PassThrough, Readable, Writable } from 'node:stream';
import type { CliIO } from '../../src/cli/io.ts';

export interface BufferIO extends CliIO {
  out(): string;
  err(): string;
}

class Sink extends Writable {
  chunks: string[] = [];
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    this.chunks.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
    cb();
  }
}

export function bufferIO(opts: { env?: NodeJS.ProcessEnv; stdin?: string; isTTY?: boolean } = {}): BufferIO {
  const stdout = new Sink();
  const stderr = new Sink();
  const stdin = opts.stdin === undefined ? new PassThrough() : Readable.from([opts.stdin]);
  if (opts.stdin === undefined) (stdin as PassThrough).end();
  return {
    stdout,
    stderr,
    stdin,
    env: opts.env ?? {},
    isTTY: opts.isTTY ?? false,
    stdinIsTTY: false,
    out: () => stdout.chunks.join(''),
    err: () => stderr.chunks.join(''),
  };
}
