import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../src/store/db.ts';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/store/schema.ts';
import { StoreError } from '../../src/errors.ts';
import { seedDb } from '../helpers/seed-db.ts';
import { makeDocument, makePart, makeWorkProgrammeItem, sha } from '../helpers/documents.ts';

const dirs: string[] = [];
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'papers-db-'));
  dirs.push(dir);
  return join(dir, 'nested', 'papers.db');
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it('creates a fresh file (and its folder) at the latest schema version, with WAL and foreign keys', () => {
    const path = tempDb();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(1);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['documents', 'parts', 'paragraphs', 'paragraphs_fts', 'facts_fts', 'alert_log']));
    db.close();
  });

  it('is idempotent: reopening applies no migration twice', () => {
    const path = tempDb();
    openDatabase(path).close();
    const db = openDatabase(path);
    const rows = db.prepare('SELECT version FROM schema_version ORDER BY version').all() as { version: number }[];
    expect(rows.map((r) => r.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
    db.close();
  });

  it('refuses a database written by a newer program, with a message that says so', () => {
    const path = tempDb();
    openDatabase(path).close();
    const raw = new Database(path);
    raw.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(SCHEMA_VERSION + 1, new Date().toISOString());
    raw.close();
    expect(() => openDatabase(path)).toThrow(StoreError);
    expect(() => openDatabase(path)).toThrow(/schema version \d+ is newer than this program understands/);
  });

  it('readonly open of an unmigrated file fails clearly instead of migrating', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'papers-db-')), 'empty.db');
    dirs.push(dirname(path));
    new Database(path).close();
    expect(() => openDatabase(path, { readonly: true })).toThrow(/schema version 0, expected/);
  });

  it('upgrades an older database in place, keeping its rows', () => {
    const path = tempDb();
    mkdirSync(dirname(path), { recursive: true });
    const raw = new Database(path);
    raw.exec('CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const older = MIGRATIONS.filter((m) => m.version < 3);
    for (const m of older) {
      raw.exec(m.sql);
      raw.prepare('INSERT INTO schema_version VALUES (?, ?)').run(m.version, 'then');
    }
    raw.prepare("INSERT INTO documents (path, file, sha256, pages, status, ingested_at) VALUES ('/p/a.pdf', 'a.pdf', ?, 3, 'ok', 'then')").run('a'.repeat(64));
    raw.close();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    const cols = (db.prepare('PRAGMA table_info(documents)').all() as { name: string }[]).map((c) => c.name);
    expect(cols).toContain('error_code');
    expect(db.prepare('SELECT file, error_code FROM documents').all()).toEqual([{ file: 'a.pdf', error_code: null }]);
    db.close();
  });

  it('works in memory', () => {
    const db = openDatabase(':memory:');
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    db.close();
  });
});

describe('migration 4: work-programme items found by their lead officer and author', () => {
  it('indexes new items with the names and re-indexes items stored before it', () => {
    const db = seedDb([makeDocument({ file: 'wp.pdf', sha256: sha('wp'), parts: [makePart({
      type: 'work-programme', workProgramme: [makeWorkProgrammeItem({ title: 'Carers Strategy update', leadOfficer: 'Mary Read', author: 'Jo Smith' })],
    })] })]);
    const found = (): number => db.prepare(`SELECT count(*) FROM facts_fts WHERE facts_fts MATCH '"mary" AND "read"' AND kind = 'work-programme'`).pluck().get() as number;
    expect(found()).toBe(1);
    // as a database written before version 4 held it: the title alone
    db.exec(`DELETE FROM facts_fts WHERE kind = 'work-programme';
             INSERT INTO facts_fts (text, kind, fact_id, part_id) SELECT title, 'work-programme', id, part_id FROM work_programme_items;`);
    expect(found()).toBe(0);
    const m4 = MIGRATIONS.find((m) => m.version === 4)!;
    db.exec(m4.sql);
    expect(found()).toBe(1);
    expect(db.prepare(`SELECT count(*) FROM facts_fts WHERE kind = 'work-programme'`).pluck().get()).toBe(1);
    db.close();
  });
});

