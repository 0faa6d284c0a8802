/**
 * The reference for text extraction speed: poppler's pdftotext over the same files with the same
 * parallelism (N processes, text to /dev/null). Used by the bench only, never by the product.
 * Run under bash so `times` reports the children's CPU time beside the wall time.
 */
import { spawn, spawnSync } from 'node:child_process';
import { msSince } from './stats.ts';

export function pdftotextAvailable(): boolean {
  const r = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' });
  return r.error === undefined && r.status === 0;
}

export interface PdftotextRun {
  wallMs: number;
  /** User + system CPU of all pdftotext processes; null when it could not be read. */
  cpuMs: number | null;
}

/** pdftotext over `files`, `parallel` processes at a time (xargs -P), output to /dev/null. */
export function timePdftotext(files: readonly string[], parallel: number): Promise<PdftotextRun> {
  const script = `printf '%s\\0' "$@" | xargs -0 -P ${Math.max(1, Math.trunc(parallel))} -I{} pdftotext -q {} /dev/null; times`;
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const p = spawn('bash', ['-c', script, '_', ...files], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('error', reject);
    p.on('close', () => {
      const wallMs = msSince(t0);
      const lines = out.trim().split('\n');
      const m = /(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/.exec(lines[lines.length - 1] ?? '');
      const cpuMs = m ? (Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000 : null;
      resolve({ wallMs, cpuMs });
    });
  });
}
