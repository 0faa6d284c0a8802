/**
 * Opening the database: WAL, foreign keys, migrations applied in order, each in a transaction.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreError } from '../errors.ts';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.ts';

export type Db = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /** Apply pending migrations (default true unless readonly). */
  migrate?: boolean;
}

export function openDatabase(path: string, opts: OpenOptions = {}): Db {
  const memory = path === ':memory:' || path === '';
  if (!memory && !opts.readonly) mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  } catch (err) {
    throw new StoreError(`Cannot open database ${path}: ${(err as Error).message}`, err);
  }
  try {
    if (!opts.readonly && !memory) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!opts.readonly) db.pragma('synchronous = NORMAL');
    if (opts.migrate ?? !opts.readonly) migrate(db);
    else checkVersion(db, path);
  } catch (err) {
    db.close();
    if (err instanceof StoreError) throw err;
    throw new StoreError(`Cannot prepare database ${path}: ${(err as Error).message}`, err);
  }
  return db;
}

export function schemaVersion(db: Db): number {
  const row = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
    .get();
  if (!row) return 0;
  const v = db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null };
  return v.v ?? 0;
}

export function migrate(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new StoreError(
      `Database schema version ${current} is newer than this program understands (${SCHEMA_VERSION}); upgrade committee-papers.`,
    );
  }
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(m.version, new Date().toISOString());
    })();
  }
}

function checkVersion(db: Db, path: string): void {
  const v = schemaVersion(db);
  if (v !== SCHEMA_VERSION) {
    throw new StoreError(`Database ${path} is at schema version ${v}, expected ${SCHEMA_VERSION}; run \`papers ingest\` once to migrate it.`);
  }
}
