/** A CliIO over string buffers, for command tests. */
import { PassThrough, Writable } from 'node:stream';
import type { CliIO } from '../../src/cli/io.ts';

export function bufferIO(env: NodeJS.ProcessEnv = {}): { io: CliIO; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk: Buffer, _enc, cb) {
        append(chunk.toString('utf8'));
        cb();
      },
    });
  const io: CliIO = {
    stdout: sink((s) => (out += s)),
    stderr: sink((s) => (err += s)),
    stdin: new PassThrough(),
    env: { LOG_LEVEL: 'silent', ...env },
    isTTY: false,
    stdinIsTTY: false,
  };
  return { io, out: () => out, err: () => err };
}
