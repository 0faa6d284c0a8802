/**
 * The reference for text extraction speed: poppler's pdftotext over the same files with the same
 * parallelism (N processes, text to /dev/null). Used by the bench only, never by the product.
 */
import { spawn, spawnSync } from 'node:child_process';
import { msSince } from './stats.ts';

export function pdftotextAvailable(): boolean {
  const r = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' });
  return r.error === undefined && r.status === 0;
}

function runOne(file: string): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn('pdftotext', ['-q', file, '/dev/null'], { stdio: 'ignore' });
    child.on('error', () => resolve());
    child.on('close', () => resolve());
  });
}

/** Wall-clock milliseconds to run pdftotext over `files`, `parallel` processes at a time. */
export async function timePdftotext(files: readonly string[], parallel: number): Promise<number> {
  const queue = [...files];
  const t0 = process.hrtime.bigint();
  const lane = async (): Promise<void> => {
    for (let f = queue.shift(); f !== undefined; f = queue.shift()) await runOne(f);
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, lane));
  return msSince(t0);
}
