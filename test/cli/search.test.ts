import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { openDatabase } from '../../src/store/db.ts';
import { writeDocument } from '../../src/store/documents.ts';
import type { ParagraphHit } from '../../src/store/search.ts';
import { bufferIO } from '../helpers/cli-io.ts';
import { makeDocument, makePart, makeParagraph } from '../helpers/documents.ts';

const NOTTS = '000_7cad7a45a129c9ed.pdf';
let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'papers-cli-search-'));
  db = join(dir, 'papers.db');
  copyFileSync(resolve('fixtures/seeds', NOTTS), join(dir, NOTTS));
  expect(await main(['ingest', join(dir, NOTTS), '--db', db], bufferIO())).toBe(0);
  const handle = openDatabase(db);
  writeDocument(handle, makeDocument({
    file: 'exempt.pdf',
    parts: [makePart({
      title: 'Accelerator contract prices', classification: 'exempt', meetingDate: '2019-01-01',
      paragraphs: [makeParagraph({ number: '3', page: 2, text: 'The accelerator provider bid prices are commercially sensitive.' })],
    })],
  }), { path: '/p/exempt.pdf' });
  handle.close();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('papers search', () => {
  it('prints the best passages with title, meeting date, page, paragraph and snippet', async () => {
    const io = bufferIO();
    expect(await main(['search', 'Integrated Accelerator pilot Green Paper', '--db', db, '--limit', '2'], io)).toBe(0);
    const out = io.out();
    // Paragraph 9 (page 2): "Early learning from the Integrated Accelerator pilot is informing policy development
    // for social care through the forthcoming Green Paper on care and support for older people."
    expect(out).toMatch(/^1\. Nottinghamshire Integrated Accelerator Pilot and Integrated Care Teams Project\n/);
    expect(out).toContain(`Adult Social Care and Public Health Committee, 2018-10-08, item 9 — ${NOTTS}, p. 2 · para 9`);
    expect(out).toContain('**Green** **Paper**');
    expect(out).toMatch(/\n\n2\. /);
    expect(out).not.toMatch(/\n3\. /);
    expect(io.err()).toBe('');
  }, 30_000);

  it('--json gives the hits best first; exempt parts are in unless --public-only', async () => {
    const io = bufferIO();
    expect(await main(['search', 'accelerator', 'provider', 'bid', '--db', db, '--json'], io)).toBe(0);
    const hits = JSON.parse(io.out()) as ParagraphHit[];
    expect(hits[0]).toMatchObject({ document: { file: 'exempt.pdf' }, classification: 'exempt', paragraph: '3', page: 2 });
    expect(hits.every((h, i) => i === 0 || h.score <= hits[i - 1]!.score)).toBe(true);
    const pub = bufferIO();
    expect(await main(['search', 'accelerator provider bid', '--db', db, '--json', '--public-only'], pub)).toBe(0);
    const pubHits = JSON.parse(pub.out()) as ParagraphHit[];
    expect(pubHits.length).toBeGreaterThan(0);
    expect(pubHits.every((h) => h.classification === 'public' && h.document.file === NOTTS)).toBe(true);
  });

  it('says so when nothing matches, and survives hostile text', async () => {
    const io = bufferIO();
    expect(await main(['search', 'zyzzyva', '--db', db], io)).toBe(0);
    expect(io.out()).toBe('No passages found for "zyzzyva".\n');
    for (const q of ['"', 'NEAR(', 'text:*', '^-', '"a" OR "b"']) {
      const h = bufferIO();
      expect(await main(['search', q, '--db', db], h), q).toBe(0);
    }
  });

  it('exits 2 on bad usage and 1, with one friendly line, when there is no database', async () => {
    for (const argv of [['search'], ['search', 'x', '--limit', '0'], ['search', 'x', '--bogus']]) {
      const io = bufferIO();
      expect(await main(argv, io), argv.join(' ')).toBe(2);
      expect(io.err()).toContain('Usage: papers search');
    }
    const io = bufferIO();
    expect(await main(['search', 'budget', '--db', join(dir, 'none.db')], io)).toBe(1);
    expect(io.err()).toBe(`papers search: There is no database at ${join(dir, 'none.db')} yet: run \`papers ingest <folder>\` first (or pass --db).\n`);
    expect(io.out()).toBe('');
  });
});
