import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { openDatabase } from '../../src/store/db.ts';
import { writeDocument } from '../../src/store/documents.ts';
import type { StoredDocument } from '../../src/store/documents.ts';
import { bufferIO } from '../helpers/cli-io.ts';
import { makeDocument, makePart } from '../helpers/documents.ts';

const SCRUTINY = resolve('fixtures/seeds/004_e69ee31119ed174e.pdf');
let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'papers-cli-list-'));
  db = join(dir, 'papers.db');
  const empty = join(dir, 'empty.pdf');
  writeFileSync(empty, '');
  expect(await main(['ingest', SCRUTINY, empty, '--db', db], bufferIO())).toBe(1);
  const handle = openDatabase(db);
  writeDocument(handle, makeDocument({
    file: 'pack.pdf',
    pages: 12,
    parts: [
      makePart({ type: 'agenda', title: 'Agenda', firstPage: 1, lastPage: 2, agendaItem: null }),
      makePart({ type: 'report', title: 'Property disposal', firstPage: 3, lastPage: 12, classification: 'exempt', agendaItem: '12' }),
    ],
  }), { path: '/p/pack.pdf' });
  handle.close();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('papers list', () => {
  it('lists documents with status and their parts', async () => {
    const io = bufferIO();
    expect(await main(['list', '--db', db], io)).toBe(0);
    const out = io.out();
    expect(out).toContain('004_e69ee31119ed174e.pdf  (5 pages, ok)');
    expect(out).toContain('empty.pdf  (0 pages, failed: The file is empty (0 bytes).)');
    expect(out).toContain('pack.pdf  (12 pages, ok)\n  agenda          pp. 1–2     Agenda — Cabinet, 2025-01-30\n  report          pp. 3–12    Property disposal — Cabinet, 2025-01-30, item 12  [EXEMPT]\n');
    expect(out).toMatch(/\n3 documents \(2 ok, 1 not ok\)\n$/);
  });

  it('--json gives documents with parts', async () => {
    const io = bufferIO();
    expect(await main(['list', '--db', db, '--json'], io)).toBe(0);
    const docs = JSON.parse(io.out()) as StoredDocument[];
    expect(docs.map((d) => [d.file, d.status, d.pages])).toEqual([
      ['004_e69ee31119ed174e.pdf', 'ok', 5],
      ['empty.pdf', 'failed', 0],
      ['pack.pdf', 'ok', 12],
    ]);
    const scrutiny = docs[0]!;
    expect(scrutiny.parts.length).toBeGreaterThan(0);
    expect(scrutiny.parts[0]!.firstPage).toBe(1);
    expect(scrutiny.parts.at(-1)!.lastPage).toBeLessThanOrEqual(5);
    expect(docs[2]!.parts[1]).toMatchObject({ type: 'report', classification: 'exempt', agendaItem: '12' });
  });

  it('rejects positional arguments and unknown flags (exit 2)', async () => {
    for (const argv of [['list', 'extra'], ['list', '--verbose']]) {
      const io = bufferIO();
      expect(await main(argv, io)).toBe(2);
      expect(io.err()).toContain('Usage: papers list');
    }
  });
});
