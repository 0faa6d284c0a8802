/**
 * ingestPaths with the real worker (src/batch/ingest-worker.ts → ingest/pipeline.ts) on real
 * papers: the worker starts from vitest, bad PDFs fail alone, and an unchanged re-run is cheap.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/batch/ingest-batch.ts';
import { openDatabase } from '../../src/store/db.ts';
import { listDocuments } from '../../src/store/documents.ts';
import { imageOnlyPdf } from '../helpers/pdfs.ts';

const logger = pino({ level: 'silent' });
const dir = mkdtempSync(join(tmpdir(), 'papers-batch-real-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SEEDS = ['000_7cad7a45a129c9ed.pdf', '003_f70cb064b0652402.pdf', '004_e69ee31119ed174e.pdf'];

describe('ingestPaths with the real PDF worker', () => {
  it('stores real papers, fails a truncated one, flags a scan, and re-runs ≥ 20× faster', async () => {
    for (const f of SEEDS) copyFileSync(resolve('fixtures/seeds', f), join(dir, f));
    const whole = readFileSync(resolve('fixtures/seeds/001_8a304a7deb4eeb63.pdf'));
    writeFileSync(join(dir, 'truncated.pdf'), whole.subarray(0, Math.floor(whole.length / 2)));
    writeFileSync(join(dir, 'scan.pdf'), imageOnlyPdf(2));
    const db = openDatabase(join(dir, 'papers.db'));

    const first = await ingestPaths([dir], { db, logger });
    expect(first.ingested).toBe(3);
    expect(first.failed).toEqual([{ file: join(dir, 'truncated.pdf'), code: 'corrupt', reason: expect.stringMatching(/^The PDF is damaged or truncated/) }]);
    expect(first.needsOcr.map((n) => n.file)).toEqual([join(dir, 'scan.pdf')]);
    expect(first.pages).toBe(8 + 8 + 5 + 2);
    const docs = Object.fromEntries(listDocuments(db).map((d) => [d.file, [d.status, d.pages]]));
    expect(docs).toEqual({
      '000_7cad7a45a129c9ed.pdf': ['ok', 8],
      '003_f70cb064b0652402.pdf': ['ok', 8],
      '004_e69ee31119ed174e.pdf': ['ok', 5],
      'truncated.pdf': ['failed', 0],
      'scan.pdf': ['needs-ocr', 2],
    });

    const again = await ingestPaths([dir], { db, logger });
    expect(again).toMatchObject({ ingested: 0, replaced: 0, unchanged: 3, pages: 0 });
    expect(again.needsOcr).toHaveLength(1);
    // The truncated file is reported again from the store, without starting a PDF reader.
    expect(again.failed).toEqual([{ file: join(dir, 'truncated.pdf'), code: 'corrupt', reason: expect.stringMatching(/^The PDF is damaged.*\(Unchanged since the last attempt; --force tries again\.\)$/) }]);
    expect(first.ms / Math.max(again.ms, 1)).toBeGreaterThanOrEqual(20);
    expect(listDocuments(db).find((d) => d.file === 'truncated.pdf')!.errorCode).toBe('corrupt');

    const forced = await ingestPaths([join(dir, 'truncated.pdf')], { db, logger, force: true });
    expect(forced.failed).toEqual([{ file: join(dir, 'truncated.pdf'), code: 'corrupt', reason: expect.stringMatching(/^The PDF is damaged or truncated[^]*\)\.?$/) }]);
    expect(forced.failed[0]!.reason).not.toContain('Unchanged since');
    db.close();
  }, 180_000);

  it.skipIf(!existsSync('/work/shared/corpus'))('an unchanged corpus re-ingests without starting a worker', async () => {
    const db = openDatabase(':memory:');
    const seeds = '/work/shared/corpus/seeds';
    const first = await ingestPaths([seeds], { db, logger });
    expect(first.failed).toEqual([]);
    const again = await ingestPaths([seeds], { db, logger, workerUrl: new URL('./no-such-worker.ts', import.meta.url) });
    expect(again.unchanged).toBe(first.ingested + first.unchanged);
    expect(again.failed).toEqual([]);
    db.close();
  }, 300_000);
});
