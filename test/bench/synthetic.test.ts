import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document } from '../../ingest/model.ts';
import { extractDocument } from '../../ingest/pipeline.ts';
import { extractAll } from '../../bench/pool.ts';
import { harvestShapes, type ShapePool } from '../../bench/shapes.ts';
import { generateDocument, generateDocuments } from '../../bench/synthetic.ts';
import { buildSyntheticDb } from '../../bench/synthetic-db.ts';
import type { Db } from '../../src/store/db.ts';
import { openDatabase } from '../../src/store/db.ts';

const ROOT = join(import.meta.dirname, '../..');
const FILES = [
  'fixtures/kent/2025-01-30_24-00109_-_Transfer_the_18-25_section_of_the_Strengthening_Independence_Service_-_Report.pdf',
  'fixtures/kent/2025-01-30_Minutes_of_the_meeting_held_on_9th_January_2025.pdf',
];

let pool: ShapePool;
let realParagraphs: string[];
let docs: Document[];

beforeAll(async () => {
  const real = await extractAll(FILES, extractDocument, ROOT);
  pool = harvestShapes(real);
  realParagraphs = pool.paragraphs.map((p) => p.text);
  docs = [...generateDocuments(pool, { seed: 11, count: 20 })];
});

const words5 = (s: string): Set<string> => {
  const w = s.split(/\s+/);
  const out = new Set<string>();
  for (let i = 0; i + 5 <= w.length; i++) out.add(w.slice(i, i + 5).join(' '));
  return out;
};

describe('synthetic corpus generator', () => {
  it('harvests real shapes from the extracted papers', () => {
    expect(pool.paragraphs.length).toBeGreaterThan(30);
    expect(pool.fallbacks).not.toContain('paragraphs');
    expect(pool.fallbacks).not.toContain('recommendations');
    expect(pool.fallbacks).not.toContain('resolutions');
    expect(pool.templates.map((t) => t.type)).toEqual(expect.arrayContaining(['report', 'minutes']));
    expect(pool.councils).toContain('Kent County Council');
  });

  it('is deterministic for a seed, and document i depends only on (seed, i)', () => {
    const again = [...generateDocuments(pool, { seed: 11, count: 20 })];
    expect(JSON.stringify(again)).toBe(JSON.stringify(docs));
    expect(JSON.stringify(generateDocument(pool, 11, 7))).toBe(JSON.stringify(docs[7]));
    const other = [...generateDocuments(pool, { seed: 12, count: 20 })];
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(docs));
  });

  it('produces valid Documents with unique hashes and consistent page ranges', () => {
    for (const d of docs) {
      expect(() => Document.parse(d)).not.toThrow();
      expect(d.status).toBe('ok');
      expect(d.parts.length).toBeGreaterThan(0);
      expect(d.pages).toBe(d.parts[d.parts.length - 1]!.lastPage);
      for (const p of d.parts) {
        expect(p.paragraphs.length).toBeGreaterThanOrEqual(3);
        for (const para of p.paragraphs) {
          expect(para.page).toBeGreaterThanOrEqual(p.firstPage);
          expect(para.page).toBeLessThanOrEqual(p.lastPage);
        }
      }
    }
    expect(new Set(docs.map((d) => d.sha256)).size).toBe(20);
  });

  it('varies councils, committees, subjects and dates over ten years', () => {
    const parts = docs.map((d) => d.parts[0]!);
    expect(new Set(parts.map((p) => p.committee)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(parts.map((p) => p.council)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(docs.map((d) => d.file.slice(11))).size).toBe(20);
    const years = new Set(parts.map((p) => Number(p.meetingDate!.slice(0, 4))));
    expect(years.size).toBeGreaterThanOrEqual(5);
    for (const y of years) {
      expect(y).toBeGreaterThanOrEqual(2016);
      expect(y).toBeLessThanOrEqual(2025);
    }
  });

  it('recombines real paragraphs (not invented text), re-dated and re-attributed', () => {
    const real = new Set(realParagraphs.flatMap((t) => [...words5(t)]));
    const generated = docs.flatMap((d) => d.parts.flatMap((p) => p.paragraphs.slice(1)));
    const fromReal = generated.filter((p) => [...words5(p.text)].some((w) => real.has(w)));
    expect(fromReal.length / generated.length).toBeGreaterThan(0.6);
    // the real council's name never survives into a synthetic paper of another council
    for (const d of docs) {
      for (const p of d.parts) {
        if (p.council === 'Kent County Council') continue;
        for (const para of p.paragraphs) expect(para.text).not.toContain('Kent County Council');
      }
    }
  });

  it('dates commitments and work-programme items after the meeting', () => {
    for (const d of docs) {
      for (const p of d.parts) {
        for (const c of p.commitments) expect(c.due! >= p.meetingDate!.slice(0, c.due!.length)).toBe(true);
        for (const w of p.workProgramme) expect(w.meetingDate! > p.meetingDate!).toBe(true);
      }
    }
  });
});

describe('buildSyntheticDb', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bench-synth-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores the generated papers through writeDocument, and grows in place', () => {
    const path = join(dir, 's.db');
    const first = buildSyntheticDb(path, pool, { seed: 11, count: 12 });
    const second = buildSyntheticDb(path, pool, { seed: 11, start: 12, count: 8 });
    const db = openDatabase(path);
    try {
      expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(20);
      expect(db.prepare('SELECT count(*) FROM paragraphs').pluck().get()).toBe(first.paragraphs + second.paragraphs);
      const expected = docs.reduce((s, d) => s + d.parts.reduce((t, p) => t + p.recommendations.length, 0), 0);
      expect(db.prepare('SELECT count(*) FROM recommendations').pluck().get()).toBe(expected);
      expect(db.prepare("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'council'").pluck().get()).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });

  it('the bulk writer stores exactly the rows writeDocument stores', () => {
    const viaProduct = join(dir, 'p.db');
    const viaBulk = join(dir, 'b.db');
    buildSyntheticDb(viaProduct, pool, { seed: 11, count: 20 });
    const bulk = buildSyntheticDb(viaBulk, pool, { seed: 11, count: 20, productLimit: 5 });
    expect(bulk.productDocs).toBe(5);
    expect(bulk.bulkDocs).toBe(15);
    const dump = (db: Db): string =>
      JSON.stringify([
        db.prepare('SELECT path, file, sha256, pages, status FROM documents ORDER BY id').all(),
        db.prepare('SELECT document_id, seq, type, title, council, committee, meeting_date, classification FROM parts ORDER BY id').all(),
        db.prepare('SELECT part_id, seq, number, section, page, text FROM paragraphs ORDER BY id').all(),
        db.prepare('SELECT part_id, label, verb, text, status FROM recommendations ORDER BY id').all(),
        db.prepare('SELECT part_id, ref, text, outcome FROM resolutions ORDER BY id').all(),
        db.prepare('SELECT * FROM resolution_links ORDER BY resolution_id').all(),
        db.prepare('SELECT part_id, text, value, kind FROM amounts ORDER BY id').all(),
        db.prepare('SELECT part_id, title, fte, until FROM posts ORDER BY id').all(),
        db.prepare('SELECT part_id, due, source FROM commitments ORDER BY id').all(),
        db.prepare('SELECT part_id, meeting_date, title FROM work_programme_items ORDER BY id').all(),
        db.prepare('SELECT part_id, short, long FROM acronyms ORDER BY id').all(),
        db.prepare('SELECT part_id, header_json, rows_json FROM part_tables ORDER BY id').all(),
        db.prepare('SELECT rowid, text, kind, fact_id, part_id FROM facts_fts ORDER BY rowid').all(),
        db.prepare("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'report'").pluck().get(),
      ]);
    const a = openDatabase(viaProduct);
    const b = openDatabase(viaBulk);
    try {
      expect(dump(b)).toBe(dump(a));
    } finally {
      a.close();
      b.close();
    }
  });
});
