/**
 * Bad input in one batch with good papers, through the real CLI (`papers ingest <dir>`): every
 * bad file is reported with its reason, every good one is stored, the exit code is 1 and the
 * database stays consistent. Running the same batch again changes nothing and reports the same.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { bufferIO } from '../helpers/cli-io.ts';
import { encryptedPdf, garbledPdf, imageOnlyPdf } from '../helpers/pdfs.ts';
import { manyPagesPdf } from './helpers/make-pdf.ts';
import { prng } from './helpers/prng.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const GOOD = ['fixtures/seeds/003_f70cb064b0652402.pdf', 'fixtures/kent/2025-03-04_Scrutiny_Committee_-_call-in_Family_Hubs_Report_to_Cabinet_-_FINAL.pdf'];
const REAL = readFileSync(join(ROOT, 'fixtures/kent/2025-03-04_Cabinet_Report_4_March_2025.pdf'));

/** file name → [section of the summary it must be listed in, words its reason must hold]. */
const BAD: Record<string, { data: Uint8Array; section: 'Failed' | 'Needs OCR' | 'Skipped'; reason: RegExp; status: string | null }> = {};

let dir: string;
let dbPath: string;
let first: { code: number; out: string; err: string };

function section(out: string, name: string): string {
  const m = new RegExp(`^${name}[^\\n]*:\\n((?:  .*\\n?)*)`, 'm').exec(out);
  return m?.[1] ?? '';
}

beforeAll(async () => {
  const rnd = prng(8);
  const random = new Uint8Array(4096).map(() => Math.floor(rnd() * 256));
  // Make sure the random bytes hold no %PDF- by chance.
  random[0] = 0;
  const withHeader = new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(random)]));
  Object.assign(BAD, {
    'random-bytes.pdf': { data: random, section: 'Skipped', reason: /not a PDF/i, status: null },
    'random-after-header.pdf': { data: withHeader, section: 'Failed', reason: /damaged or truncated/i, status: 'failed' },
    'zero-bytes.pdf': { data: new Uint8Array(0), section: 'Failed', reason: /empty \(0 bytes\)/i, status: 'failed' },
    'truncated-first-half.pdf': { data: new Uint8Array(REAL.subarray(0, Math.floor(REAL.length / 2))), section: 'Failed', reason: /damaged or truncated/i, status: 'failed' },
    'truncated-second-half.pdf': { data: new Uint8Array(REAL.subarray(Math.floor(REAL.length / 2))), section: 'Skipped', reason: /not a PDF/i, status: null },
    'password-protected.pdf': { data: encryptedPdf(), section: 'Failed', reason: /encrypted or password-protected/i, status: 'failed' },
    'image-only-scan.pdf': { data: imageOnlyPdf(3), section: 'Needs OCR', reason: /no text layer/i, status: 'needs-ocr' },
    'garbage-text-layer.pdf': { data: garbledPdf(), section: 'Needs OCR', reason: /garbled/i, status: 'needs-ocr' },
    'twelve-hundred-pages.pdf': { data: manyPagesPdf(1200), section: 'Failed', reason: /1200 pages, more than the limit of 1000/, status: 'failed' },
  });
  dir = mkdtempSync(join(tmpdir(), 'papers-bad-'));
  const papers = join(dir, 'papers');
  mkdirSync(join(papers, 'bad'), { recursive: true });
  for (const g of GOOD) copyFileSync(join(ROOT, g), join(papers, g.slice(g.lastIndexOf('/') + 1)));
  for (const [name, b] of Object.entries(BAD)) writeFileSync(join(papers, 'bad', name), b.data);
  dbPath = join(dir, 'papers.db');
  const io = bufferIO();
  const code = await main(['ingest', papers, '--db', dbPath], io);
  first = { code, out: io.out(), err: io.err() };
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a batch of bad PDFs mixed with good papers (papers ingest <dir>)', () => {
  it('exits 1 because files failed, and counts the good ones as ingested', () => {
    expect(first.code, first.out + first.err).toBe(1);
    expect(first.out).toMatch(/^Ingested: 2$/m);
    expect(first.out).toMatch(/^Failed: 5$/m);
    expect(first.out).toMatch(/^Needs OCR: 2$/m);
  });

  for (const name of [
    'random-bytes.pdf',
    'random-after-header.pdf',
    'zero-bytes.pdf',
    'truncated-first-half.pdf',
    'truncated-second-half.pdf',
    'password-protected.pdf',
    'image-only-scan.pdf',
    'garbage-text-layer.pdf',
    'twelve-hundred-pages.pdf',
  ]) {
    it(`reports ${name} with its reason`, () => {
      const b = BAD[name]!;
      const lines = section(first.out, b.section).split('\n').filter((l) => l.includes(`/${name}:`));
      expect(lines, `${name} in ${b.section}:\n${first.out}`).toHaveLength(1);
      expect(lines[0]).toMatch(b.reason);
    });
  }

  it('stores every good paper with its parts and paragraphs, and records the bad ones without parts', () => {
    const db = new Database(dbPath, { readonly: true });
    try {
      const rows = db
        .prepare(
          `SELECT d.file, d.status, d.error,
                  (SELECT count(*) FROM parts p WHERE p.document_id = d.id) AS parts,
                  (SELECT count(*) FROM paragraphs g JOIN parts p ON p.id = g.part_id WHERE p.document_id = d.id) AS paragraphs
             FROM documents d ORDER BY d.file`,
        )
        .all() as Array<{ file: string; status: string; error: string | null; parts: number; paragraphs: number }>;
      const byFile = new Map(rows.map((r) => [r.file, r]));
      for (const g of GOOD) {
        const r = byFile.get(g.slice(g.lastIndexOf('/') + 1));
        expect(r?.status, g).toBe('ok');
        expect(r!.parts).toBeGreaterThan(0);
        expect(r!.paragraphs).toBeGreaterThan(5);
      }
      for (const [name, b] of Object.entries(BAD)) {
        const r = byFile.get(name);
        if (b.status === null) {
          expect(r, `${name} is skipped, not stored`).toBeUndefined();
          continue;
        }
        expect(r?.status, name).toBe(b.status);
        expect(r!.error).toMatch(b.reason);
        expect(r!.parts, name).toBe(0);
      }
      expect(rows).toHaveLength(GOOD.length + Object.values(BAD).filter((b) => b.status !== null).length);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('running the same batch again stores nothing twice and reports the same failures', async () => {
    const io = bufferIO();
    const code = await main(['ingest', join(dir, 'papers'), '--db', dbPath], io);
    expect(code).toBe(1);
    expect(io.out()).toMatch(/^Ingested: 0$/m);
    expect(io.out()).toMatch(/^Unchanged \(skipped\): 2$/m);
    expect(io.out()).toMatch(/^Failed: 5$/m);
    expect(io.out()).toMatch(/^Needs OCR: 2$/m);
    const db = new Database(dbPath, { readonly: true });
    try {
      expect((db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(GOOD.length + 7);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  }, 120_000);
});
