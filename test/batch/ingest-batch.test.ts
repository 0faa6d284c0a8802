import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestPaths, type ProgressEvent } from '../../src/batch/ingest-batch.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { listDocuments } from '../../src/store/documents.ts';
import { searchParagraphs } from '../../src/store/search.ts';

const FAKE = new URL('./fake-ingest-worker.ts', import.meta.url);
const logger = pino({ level: 'silent' });
const pdf = (words: string): Buffer => Buffer.from(`%PDF-1.4\n${words}\n%%EOF\n`, 'latin1');

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'papers-batch-'));
  db = openDatabase(':memory:');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function put(rel: string, data: Buffer | string): string {
  const full = join(dir, rel);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, data);
  return full;
}

describe('ingestPaths (stand-in worker)', () => {
  it('walks folders recursively taking PDFs by their bytes, not their names', async () => {
    put('a.pdf', pdf('alpha libraries'));
    put('deep/er/b.PDF', pdf('beta parks'));
    put('deep/no-extension', pdf('gamma roads'));
    put('deep/notes.txt', 'just notes');
    put('deep/junk.pdf', Buffer.from([0x00, 0xff, 0x13, 0x37, 0x42]));
    put('empty.pdf', Buffer.alloc(0));
    put('.hidden/c.pdf', pdf('hidden'));
    const events: ProgressEvent[] = [];
    const s = await ingestPaths([dir], { db, logger, workerUrl: FAKE, onProgress: (e) => events.push(e) });
    expect(s.ingested).toBe(3);
    expect(s.failed).toEqual([{ file: join(dir, 'empty.pdf'), code: 'empty', reason: 'The file is empty (0 bytes).' }]);
    expect(s.skipped).toEqual([{ file: join(dir, 'deep/junk.pdf'), code: 'not-pdf', reason: expect.stringMatching(/not a PDF/) }]);
    expect(s.pages).toBe(9);
    expect(events.map((e) => e.done)).toEqual([1, 2, 3, 4]);
    expect(events.every((e) => e.total === 4)).toBe(true);
    const docs = listDocuments(db);
    expect(docs.map((d) => [d.file, d.status]).sort()).toEqual([
      ['a.pdf', 'ok'], ['b.PDF', 'ok'], ['empty.pdf', 'failed'], ['no-extension', 'ok'],
    ]);
    expect(docs.find((d) => d.file === 'a.pdf')!.path).toBe(resolve(dir, 'a.pdf'));
    expect(searchParagraphs(db, 'parks')[0]!.document.file).toBe('b.PDF');
  });

  it('fails files named explicitly that are not PDFs, empty or missing, naming each', async () => {
    const txt = put('minutes.pdf', 'This is a Word document really');
    const empty = put('zero.pdf', Buffer.alloc(0));
    const good = put('good.pdf', pdf('good'));
    const missing = join(dir, 'nope.pdf');
    const s = await ingestPaths([txt, empty, missing, good], { db, logger, workerUrl: FAKE });
    expect(s.ingested).toBe(1);
    expect(s.failed).toEqual([ // sorted by file
      { file: txt, code: 'not-pdf', reason: 'The file is not a PDF (no %PDF- header in its first 1024 bytes).' },
      { file: missing, code: 'not-found', reason: 'No such file or directory.' },
      { file: empty, code: 'empty', reason: 'The file is empty (0 bytes).' },
    ]);
  });

  it('skips unchanged files without parsing them, and re-parses changed ones', async () => {
    put('a.pdf', pdf('alpha'));
    put('b.pdf', pdf('beta'));
    const first = await ingestPaths([dir], { db, logger, workerUrl: FAKE });
    expect(first.ingested).toBe(2);
    // A worker that cannot even start: any parse would fail, so 2 unchanged proves nothing was parsed.
    const broken = new URL('./does-not-exist.ts', import.meta.url);
    const again = await ingestPaths([dir], { db, logger, workerUrl: broken });
    expect(again).toMatchObject({ ingested: 0, replaced: 0, unchanged: 2, failed: [], pages: 0 });
    put('b.pdf', pdf('beta version two'));
    const third = await ingestPaths([dir], { db, logger, workerUrl: FAKE });
    expect(third).toMatchObject({ ingested: 0, replaced: 1, unchanged: 1, failed: [] });
    expect(searchParagraphs(db, 'two')[0]!.document.file).toBe('b.pdf');
    const forced = await ingestPaths([dir], { db, logger, workerUrl: FAKE, force: true });
    expect(forced).toMatchObject({ unchanged: 2, pages: 6 }); // parsed, then found identical
  });

  it('a crash, an exit, a hang or an error fails only that file; the batch goes on', async () => {
    put('1-crash.pdf', pdf('CRASH'));
    put('2-exit.pdf', pdf('EXIT'));
    put('3-hang.pdf', pdf('HANG'));
    put('4-throw.pdf', pdf('THROW'));
    put('5-scan.pdf', pdf('SCAN'));
    put('6-good.pdf', pdf('good'));
    put('7-good.pdf', pdf('fine'));
    const s = await ingestPaths([dir], { db, logger, workerUrl: FAKE, timeoutMs: 1500, concurrency: 2 });
    expect(s.ingested).toBe(2);
    expect(s.needsOcr).toEqual([{ file: join(dir, '5-scan.pdf'), reason: 'No text layer: the pages are images.' }]);
    const byFile = Object.fromEntries(s.failed.map((f) => [f.file.slice(dir.length + 1), [f.code, f.reason]]));
    expect(byFile).toEqual({
      '1-crash.pdf': ['crash', expect.stringMatching(/crashed on this file \(simulated crash/)],
      '2-exit.pdf': ['crash', expect.stringMatching(/stopped unexpectedly.*exit code 7/)],
      '3-hang.pdf': ['timeout', 'Reading the PDF took longer than 1.5 s, so it was stopped.'],
      '4-throw.pdf': ['corrupt', expect.stringMatching(/damaged or truncated/)],
    });
    const status = Object.fromEntries(listDocuments(db).map((d) => [d.file, d.status]));
    expect(status).toEqual({
      '1-crash.pdf': 'failed', '2-exit.pdf': 'failed', '3-hang.pdf': 'failed', '4-throw.pdf': 'failed',
      '5-scan.pdf': 'needs-ocr', '6-good.pdf': 'ok', '7-good.pdf': 'ok',
    });
    // needs-ocr files are not parsed again while unchanged
    const again = await ingestPaths([join(dir, '5-scan.pdf')], { db, logger, workerUrl: new URL('./nope.ts', import.meta.url) });
    expect(again.needsOcr).toHaveLength(1);
    expect(again.failed).toEqual([]);
  }, 30_000);

  it('a PDF reader that cannot start fails each file once, without looping', async () => {
    put('a.pdf', pdf('alpha'));
    put('b.pdf', pdf('beta'));
    put('c.pdf', pdf('gamma'));
    const broken = new URL('./does-not-exist.ts', import.meta.url);
    const s = await ingestPaths([dir], { db, logger, workerUrl: broken, concurrency: 2 });
    expect(s.ingested).toBe(0);
    expect(s.failed.map((f) => `${f.file.slice(dir.length + 1)} ${f.code}`).sort()).toEqual(['a.pdf crash', 'b.pdf crash', 'c.pdf crash']);
    expect(s.failed.every((f) => /^The PDF reader could not start \(.*does-not-exist\.ts/.test(f.reason))).toBe(true);
  }, 30_000);

  it('a new version that fails keeps the good version stored at that path', async () => {
    const a = put('a.pdf', pdf('original libraries'));
    await ingestPaths([a], { db, logger, workerUrl: FAKE });
    put('a.pdf', pdf('THROW'));
    const s = await ingestPaths([a], { db, logger, workerUrl: FAKE });
    expect(s.failed).toEqual([{ file: a, code: 'corrupt', reason: expect.stringMatching(/The version stored earlier was kept\.$/) }]);
    expect(listDocuments(db)).toMatchObject([{ file: 'a.pdf', status: 'ok' }]);
    expect(searchParagraphs(db, 'libraries')).toHaveLength(1);
  });

  it('names the same file once even when given twice or through its folder', async () => {
    const a = put('a.pdf', pdf('alpha'));
    const s = await ingestPaths([a, dir, join(dir, '.', 'a.pdf')], { db, logger, workerUrl: FAKE });
    expect(s.ingested + s.unchanged).toBe(1);
  });
});
