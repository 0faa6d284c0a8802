/**
 * kill -9 during `papers ingest` (a child process) at seeded random moments spread over the
 * ingest's duration. After every kill the database opens, passes SQLite's and FTS5's integrity
 * checks and holds no half-stored document: each document stored as ok has exactly the parts,
 * paragraphs and facts a clean ingest of the same file gives. The next run on that database is
 * the re-run: it is itself a kill target, and when it finishes, the state equals a clean run's.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consistencyProblems, documentStates, type DocState } from './helpers/db-state.ts';
import { prng } from './helpers/prng.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FILES = [
  'fixtures/seeds/003_f70cb064b0652402.pdf',
  'fixtures/kent/2025-01-30_24-00108_-_PROD.pdf',
  'fixtures/kent/2025-03-04_Scrutiny_Committee_-_call-in_Family_Hubs_Report_to_Cabinet_-_FINAL.pdf',
];
const KILLS = 20;
const MAX_ATTEMPTS = 40; // per chain (runs that finish before their kill are re-runs, not kills)

let dir: string;
let papers: string;
let reference: Map<string, DocState>;
let cleanMs = 0;

interface RunResult {
  killed: boolean;
  code: number | null;
  ms: number;
  stderr: string;
}

/** `node bin/papers.js ingest <papers> --db <db>`, killed with SIGKILL after `killAfterMs` unless done. */
function runIngest(db: string, killAfterMs: number | null): Promise<RunResult> {
  const started = Date.now();
  const child = spawn(process.execPath, [join(ROOT, 'bin/papers.js'), 'ingest', papers, '--db', db, '--concurrency', '1'], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const timer = killAfterMs === null ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return new Promise((resolveRun) => {
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolveRun({ killed: signal === 'SIGKILL', code, ms: Date.now() - started, stderr });
    });
  });
}

function withDb<T>(path: string, f: (db: Database.Database) => T): T {
  const db = new Database(path);
  try {
    return f(db);
  } finally {
    db.close();
  }
}

function removeDb(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'papers-crash-'));
  papers = join(dir, 'papers');
  mkdirSync(papers);
  for (const f of FILES) copyFileSync(join(ROOT, f), join(papers, f.slice(f.lastIndexOf('/') + 1)));
  // Two clean runs side by side, as the two kill chains below run: their duration is the span
  // the kills are spread over, and their result is the reference state.
  const [a, b] = await Promise.all([runIngest(join(dir, 'clean-0.db'), null), runIngest(join(dir, 'clean-1.db'), null)]);
  expect(a.code, a.stderr).toBe(0);
  expect(b.code, b.stderr).toBe(0);
  cleanMs = Math.max(a.ms, b.ms);
  reference = withDb(join(dir, 'clean-0.db'), documentStates);
  expect(withDb(join(dir, 'clean-1.db'), documentStates)).toEqual(reference);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface ChainResult {
  kills: number;
  partialKills: number;
  completions: number;
  log: string[];
}

/** Kill runs on one database until `wanted` kills have landed; every run after a kill is a re-run. */
async function chain(n: number, wanted: number): Promise<ChainResult> {
  const rnd = prng(20261122 + n);
  const db = join(dir, `crash-${n}.db`);
  removeDb(db);
  const out: ChainResult = { kills: 0, partialKills: 0, completions: 0, log: [] };
  for (let attempt = 0; attempt < MAX_ATTEMPTS && out.kills < wanted; attempt++) {
    const delay = Math.round(150 + rnd() * cleanMs);
    const r = await runIngest(db, delay);
    const state = withDb(db, (h) => {
      const tables = h.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'documents'").get() as { n: number };
      if (tables.n === 0) {
        // Killed before the schema was created: an empty database, which must still be sound.
        const ic = h.pragma('integrity_check', { simple: true });
        return { problems: ic === 'ok' ? [] : [String(ic)], docs: new Map<string, DocState>() };
      }
      return { problems: consistencyProblems(h), docs: documentStates(h) };
    });
    out.log.push(`chain ${n} attempt ${attempt}: delay ${delay} ms, ${r.killed ? 'killed' : `exit ${r.code}`} after ${r.ms} ms, ${state.docs.size} stored`);
    expect(state.problems, out.log.join('\n')).toEqual([]);
    // No document half-stored: every stored document is exactly what a clean ingest stores.
    for (const [file, s] of state.docs) expect(s, `${file} after chain ${n} attempt ${attempt}`).toEqual(reference.get(file));
    if (r.killed) {
      out.kills++;
      if (state.docs.size > 0 && state.docs.size < reference.size) out.partialKills++;
      continue;
    }
    // The run finished: a re-run after kills (or a fresh run) must end where a clean run ends.
    expect(r.code, r.stderr).toBe(0);
    expect(state.docs).toEqual(reference);
    out.completions++;
    removeDb(db);
  }
  // Finish whatever the last kill left, and compare.
  const last = await runIngest(db, null);
  expect(last.code, last.stderr).toBe(0);
  expect(withDb(db, documentStates)).toEqual(reference);
  out.completions++;
  return out;
}

describe('kill -9 during papers ingest', () => {
  it('the clean run stores all three papers', () => {
    expect(reference.size).toBe(FILES.length);
    for (const s of reference.values()) {
      expect(s.status).toBe('ok');
      expect(s.parts).toBeGreaterThan(0);
      expect(s.paragraphs).toBeGreaterThan(0);
    }
  });

  it(`leaves a consistent database after each of ${KILLS} kills, and the re-run completes it to the clean state`, async () => {
    // Two independent chains (own database, own seed) run side by side to halve the wall time.
    const results = await Promise.all([chain(0, KILLS / 2), chain(1, KILLS / 2)]);
    const kills = results.reduce((n, r) => n + r.kills, 0);
    const partial = results.reduce((n, r) => n + r.partialKills, 0);
    const completions = results.reduce((n, r) => n + r.completions, 0);
    console.log(
      `crash-safety: clean ingest ${cleanMs} ms; ${kills} kills (${partial} with some but not all papers stored), ${completions} re-runs completed\n  ${results.flatMap((r) => r.log).join('\n  ')}`,
    );
    expect(kills).toBe(KILLS);
    expect(partial).toBeGreaterThan(0);
  }, 240_000);
});
