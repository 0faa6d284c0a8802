/**
 * Ingest progress on stderr: a cli-progress bar on a terminal, one plain line per file otherwise
 * (pipes, CI logs, tests). stdout is never touched.
 */
import cliProgress from 'cli-progress';
import type { ProgressEvent } from '../batch/ingest-batch.ts';
import { writeLine, type CliIO } from './io.ts';

export interface Progress {
  start(total: number): void;
  update(e: ProgressEvent): void;
  stop(): void;
}

const shorten = (file: string, max = 48): string => (file.length <= max ? file : `…${file.slice(-(max - 1))}`);

export function createProgress(io: CliIO): Progress {
  if (!io.isTTY) {
    return {
      start: (total) => writeLine(io.stderr, `Reading ${total} file${total === 1 ? '' : 's'}…`),
      update: (e) => writeLine(io.stderr, `[${e.done}/${e.total}] ${e.outcome.padEnd(9)} ${e.file}`),
      stop: () => {},
    };
  }
  let bar: cliProgress.SingleBar | null = null;
  const begin = (total: number): cliProgress.SingleBar => {
    const b = new cliProgress.SingleBar(
      {
        stream: io.stderr as NodeJS.WriteStream,
        format: '{bar} {value}/{total} files | {file}',
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 20,
      },
      cliProgress.Presets.shades_classic,
    );
    b.start(total, 0, { file: '' });
    return b;
  };
  return {
    start(total) {
      bar ??= begin(total);
    },
    update(e) {
      bar ??= begin(e.total);
      bar.update(e.done, { file: shorten(e.file) });
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}
