import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document } from '../../ingest/model.ts';
import { main } from '../../src/cli/main.ts';
import { bufferIO } from '../helpers/cli-io.ts';

const NOTTS = resolve('fixtures/seeds/000_7cad7a45a129c9ed.pdf');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'papers-cli-extract-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('papers extract', () => {
  it('--json prints a Document exactly in the model shape', async () => {
    const io = bufferIO();
    expect(await main(['extract', NOTTS, '--json'], io)).toBe(0);
    const doc = Document.parse(JSON.parse(io.out()));
    expect(doc).toMatchObject({ file: '000_7cad7a45a129c9ed.pdf', pages: 8, status: 'ok', error: null });
    expect(doc.sha256).toBe('62986803f64102e2d6f82906f20286b1b4d65f2d9a3f46e9cc36511cbe3f2a7a');
    const paragraphs = doc.parts.flatMap((p) => p.paragraphs);
    const p9 = paragraphs.find((p) => p.text.startsWith('Early learning from the Integrated Accelerator pilot'));
    expect(p9).toMatchObject({ number: '9', page: 2 });
    expect(Object.keys(JSON.parse(io.out())).sort()).toEqual(['error', 'file', 'pages', 'parts', 'sha256', 'status']);
  }, 60_000);

  it('without --json prints a readable summary with counts of each fact kind', async () => {
    const io = bufferIO();
    expect(await main(['extract', NOTTS], io)).toBe(0);
    const out = io.out();
    expect(out).toMatch(/^000_7cad7a45a129c9ed\.pdf: 8 pages, status ok\n/);
    expect(out).toMatch(/Part 1: report, pp\. 1–\d+, public — Nottinghamshire Integrated Accelerator Pilot/);
    expect(out).toMatch(/\nTotal: \d+ parts?; \d+ paragraphs, \d+ tables, \d+ recommendations, \d+ resolutions, \d+ amounts, \d+ posts, \d+ commitments, \d+ work programme items, \d+ acronyms\n$/);
  }, 60_000);

  it('a bad file exits 1 with the reason; bad usage exits 2', async () => {
    const junk = join(dir, 'junk.pdf');
    writeFileSync(junk, 'hello, I am not a PDF');
    const io = bufferIO();
    expect(await main(['extract', junk, '--json'], io)).toBe(1);
    expect(io.err()).toBe(`papers extract: ${junk}: The file is not a PDF (no %PDF- header in its first 1024 bytes).\n`);
    expect(io.out()).toBe('');

    const missing = bufferIO();
    expect(await main(['extract', join(dir, 'nope.pdf')], missing)).toBe(1);
    expect(missing.err()).toContain('nope.pdf: no such file.');

    for (const argv of [['extract'], ['extract', 'a.pdf', 'b.pdf'], ['extract', 'a.pdf', '--max-pages', 'x']]) {
      const u = bufferIO();
      expect(await main(argv, u), argv.join(' ')).toBe(2);
      expect(u.err()).toContain('Usage: papers extract');
    }
  });

  it('--max-pages refuses longer PDFs', async () => {
    const io = bufferIO();
    expect(await main(['extract', NOTTS, '--max-pages', '3'], io)).toBe(1);
    expect(io.err()).toMatch(/8 pages, more than the limit of 3/);
  }, 60_000);
});
