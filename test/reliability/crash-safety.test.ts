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
const MAX_ATTEMPTS = 45;

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
  const clean = join(dir, 'clean.db');
  const r = await runIngest(clean, null);
  expect(r.code, r.stderr).toBe(0);
  cleanMs = r.ms;
  reference = withDb(clean, documentStates);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

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
    const rnd = prng(20261122);
    const db = join(dir, 'crash.db');
    removeDb(db);
    let kills = 0;
    let completions = 0;
    let partialKills = 0; // kills that left some but not all papers stored
    const log: string[] = [];
    for (let attempt = 0; attempt < MAX_ATTEMPTS && kills < KILLS; attempt++) {
      const delay = Math.round(150 + rnd() * cleanMs);
      const r = await runIngest(db, delay);
      const state = withDb(db, (h) => {
        const tables = h.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'documents'").get() as { n: number };
        return tables.n === 0 ? { problems: consistencyProblems(h), docs: new Map<string, DocState>() } : { problems: consistencyProblems(h), docs: documentStates(h) };
      });
      log.push(`attempt ${attempt}: delay ${delay} ms, ${r.killed ? 'killed' : `exit ${r.code}`} after ${r.ms} ms, ${state.docs.size} stored`);
      expect(state.problems, log.join('\n')).toEqual([]);
      for (const [file, s] of state.docs) {
        // No document half-stored: every stored document is exactly what a clean ingest stores.
        expect(s, `${file} after attempt ${attempt}`).toEqual(reference.get(file));
      }
      if (r.killed) {
        kills++;
        if (state.docs.size > 0 && state.docs.size < reference.size) partialKills++;
        continue;
      }
      // The run finished: it was a re-run after kills (or a fresh run); it must equal the clean run.
      expect(r.code, r.stderr).toBe(0);
      expect(state.docs).toEqual(reference);
      completions++;
      removeDb(db);
    }
    // Finish whatever the last kill left, and compare.
    const last = await runIngest(db, null);
    expect(last.code, last.stderr).toBe(0);
    expect(withDb(db, documentStates)).toEqual(reference);
    console.log(`crash-safety: clean ingest ${cleanMs} ms; ${kills} kills (${partialKills} mid-batch), ${completions} re-runs completed\n  ${log.join('\n  ')}`);
    expect(kills).toBe(KILLS);
  }, 240_000);
});
