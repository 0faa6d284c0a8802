/**
 * A database holding real fixture papers, parsed once per change of the fixtures or the ingest /
 * store code and shared between the reliability test files (which run in parallel processes).
 * Built in-process (extractDocument + writeDocument, no worker threads) into os.tmpdir(), under
 * a lock directory; each caller gets its own copy, so tests may write to it.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractDocument } from '../../../ingest/pipeline.ts';
import { openDatabase } from '../../../src/store/db.ts';
import { writeDocument } from '../../../src/store/documents.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

/** All Kent papers (small, fast) and three of the seed papers. */
export function fixtureFiles(): string[] {
  const kent = readdirSync(join(ROOT, 'fixtures/kent'))
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((f) => join(ROOT, 'fixtures/kent', f));
  const seeds = ['000_7cad7a45a129c9ed.pdf', '003_f70cb064b0652402.pdf', '004_e69ee31119ed174e.pdf'].map((f) => join(ROOT, 'fixtures/seeds', f));
  return [...seeds, ...kent];
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(full));
    else if (e.name.endsWith('.ts')) out.push(full);
  }
  return out.sort();
}

function cacheKey(files: readonly string[]): string {
  const h = createHash('sha256');
  for (const f of [...files, ...sourceFiles(join(ROOT, 'ingest')), ...sourceFiles(join(ROOT, 'src/store'))]) {
    h.update(f);
    h.update(readFileSync(f));
  }
  return h.digest('hex').slice(0, 16);
}

async function build(files: readonly string[], target: string): Promise<void> {
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  const db = openDatabase(partial);
  try {
    for (const file of files) {
      const data = new Uint8Array(readFileSync(file));
      const doc = await extractDocument({ file: file.slice(file.lastIndexOf('/') + 1), data });
      writeDocument(db, doc, { path: file });
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
  renameSync(partial, target);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Path of a fresh private copy of the fixture database (in `dir`). */
export async function fixtureDbCopy(dir: string, files: readonly string[] = fixtureFiles()): Promise<string> {
  const cache = join(tmpdir(), 'committee-papers-reliability');
  mkdirSync(cache, { recursive: true });
  const target = join(cache, `fixtures-${cacheKey(files)}.db`);
  const lock = `${target}.lock`;
  const deadline = Date.now() + 240_000;
  while (!existsSync(target)) {
    let mine = false;
    try {
      mkdirSync(lock);
      mine = true;
    } catch {
      // Someone else is building; a lock older than 5 minutes belongs to a dead build.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        /* gone meanwhile */
      }
    }
    if (mine) {
      try {
        if (!existsSync(target)) await build(files, target);
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
      break;
    }
    if (Date.now() > deadline) throw new Error(`fixture database ${target} was not built in time`);
    await sleep(250);
  }
  const copy = join(dir, `fixtures-${process.pid}-${Date.now()}.db`);
  copyFileSync(target, copy);
  return copy;
}
