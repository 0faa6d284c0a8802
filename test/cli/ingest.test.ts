import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { openDatabase } from '../../src/store/db.ts';
import { listDocuments } from '../../src/store/documents.ts';
import { searchParagraphs } from '../../src/store/search.ts';
import { bufferIO } from '../helpers/cli-io.ts';

const SEEDS = resolve('fixtures/seeds');
const seed = (n: string): string => join(SEEDS, n);
const NOTTS = '000_7cad7a45a129c9ed.pdf'; // 8 pages: Integrated Accelerator Pilot report
const SCRUTINY = '004_e69ee31119ed174e.pdf'; // 5 pages: Single Integrated Delivery Plan 2024-28

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'papers-cli-ingest-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('papers ingest', () => {
  it('ingests a folder of real papers, then skips them all as unchanged', async () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(join(corpus, 'sub'), { recursive: true });
    copyFileSync(seed(NOTTS), join(corpus, NOTTS));
    copyFileSync(seed(SCRUTINY), join(corpus, 'sub', SCRUTINY));
    writeFileSync(join(corpus, 'README.txt'), 'not a paper');
    const db = join(dir, 'a.db');

    const io = bufferIO();
    expect(await main(['ingest', corpus, '--db', db], io)).toBe(0);
    expect(io.out()).toMatch(/^Ingested: 2\nReplaced: 0\nUnchanged \(skipped\): 0\nNeeds OCR: 0\nFailed: 0\nPages read: 13 in [\d.]+ s\n$/);
    expect(io.err()).toMatch(/^Reading 2 files…\n/); // plain progress lines on a non-TTY stderr
    expect(io.err()).toContain('[2/2] ingested');

    const again = bufferIO();
    expect(await main(['ingest', corpus, '--db', db, '--json'], again)).toBe(0);
    const summary = JSON.parse(again.out());
    expect(summary).toMatchObject({ ingested: 0, replaced: 0, unchanged: 2, failed: [], needsOcr: [], pages: 0 });

    const handle = openDatabase(db);
    expect(listDocuments(handle).map((d) => [d.file, d.pages, d.status])).toEqual([
      [NOTTS, 8, 'ok'],
      [SCRUTINY, 5, 'ok'],
    ]);
    const hit = searchParagraphs(handle, 'Integrated Accelerator pilot informing policy Green Paper')[0]!;
    expect(hit).toMatchObject({ document: { file: NOTTS }, page: 2, paragraph: '9' });
    handle.close();
  }, 120_000);

  it('reports each bad file with its reason, stores the good ones, and exits 1', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    const zero = join(bad, 'zero.pdf');
    writeFileSync(zero, Buffer.alloc(0));
    const random = join(bad, 'random.pdf');
    writeFileSync(random, randomBytes(4096));
    const truncated = join(bad, 'truncated.pdf');
    const full = readFileSync(seed(SCRUTINY));
    writeFileSync(truncated, full.subarray(0, Math.floor(full.length / 2)));
    const good = join(bad, 'good.pdf');
    copyFileSync(seed(SCRUTINY), good);
    const missing = join(bad, 'missing.pdf');
    const db = join(dir, 'b.db');

    const io = bufferIO();
    expect(await main(['ingest', zero, random, truncated, missing, good, '--db', db], io)).toBe(1);
    const out = io.out();
    expect(out).toMatch(/^Ingested: 1$/m);
    expect(out).toMatch(/^Failed: 4$/m);
    expect(out).toContain(`  ${zero}: The file is empty (0 bytes).`);
    expect(out).toContain(`  ${random}: The file is not a PDF (no %PDF- header in its first 1024 bytes).`);
    expect(out).toMatch(new RegExp(`  ${truncated.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: The PDF is damaged or truncated`));
    expect(out).toContain(`  ${missing}: No such file or directory.`);

    const json = bufferIO();
    expect(await main(['ingest', zero, truncated, '--db', db, '--json'], json)).toBe(1);
    const s = JSON.parse(json.out());
    expect(s.failed.map((f: { code: string }) => f.code)).toEqual(['corrupt', 'empty']); // truncated.pdf, zero.pdf

    const handle = openDatabase(db);
    const status = Object.fromEntries(listDocuments(handle).map((d) => [d.file, d.status]));
    expect(status).toEqual({ 'good.pdf': 'ok', 'random.pdf': 'failed', 'truncated.pdf': 'failed', 'zero.pdf': 'failed' });
    handle.close();
  }, 120_000);

  it('keeps the stored version when a new version of the same path is broken', async () => {
    const path = join(dir, 'replace', 'paper.pdf');
    mkdirSync(join(dir, 'replace'));
    copyFileSync(seed(NOTTS), path);
    const db = join(dir, 'c.db');
    expect(await main(['ingest', path, '--db', db], bufferIO())).toBe(0);
    const full = readFileSync(seed(NOTTS));
    writeFileSync(path, full.subarray(0, Math.floor(full.length / 2)));
    const io = bufferIO();
    expect(await main(['ingest', path, '--db', db], io)).toBe(1);
    expect(io.out()).toContain('The version stored earlier was kept.');
    const handle = openDatabase(db);
    expect(listDocuments(handle).map((d) => [d.file, d.status, d.pages])).toEqual([['paper.pdf', 'ok', 8]]);
    expect(searchParagraphs(handle, 'accelerator').length).toBeGreaterThan(0);
    handle.close();
  }, 120_000);

  it('bad usage exits 2 with the usage on stderr', async () => {
    for (const argv of [['ingest'], ['ingest', '--nope', 'x'], ['ingest', 'x', '--db'], ['ingest', 'x', '--concurrency', 'lots']]) {
      const io = bufferIO();
      expect(await main(argv, io), argv.join(' ')).toBe(2);
      expect(io.err()).toContain('Usage: papers ingest');
      expect(io.out()).toBe('');
    }
  });

  it('a path that does not exist is a per-file failure (exit 1), not a usage error', async () => {
    const io = bufferIO();
    expect(await main(['ingest', join(dir, 'no-such-folder'), '--db', join(dir, 'd.db')], io)).toBe(1);
    expect(io.out()).toContain('no-such-folder: No such file or directory.');
  });

  it('uses PAPERS_DB when --db is not given', async () => {
    const db = join(dir, 'env', 'papers.db');
    const io = bufferIO({ env: { PAPERS_DB: db } });
    expect(await main(['ingest', seed(SCRUTINY)], io)).toBe(0);
    const handle = openDatabase(db);
    expect(listDocuments(handle)).toHaveLength(1);
    handle.close();
  }, 60_000);
});
