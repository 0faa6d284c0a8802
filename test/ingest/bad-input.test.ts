import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../ingest/errors.ts';
import { extractDocument } from '../../ingest/pipeline.ts';
import { hasPdfMagic } from '../../ingest/read-pdf.ts';
import { encryptedPdf, garbledPdf, imageOnlyPdf } from '../helpers/pdfs.ts';

const fixture = new Uint8Array(readFileSync('fixtures/seeds/000_7cad7a45a129c9ed.pdf'));

async function failure(data: Uint8Array, maxPages?: number): Promise<IngestError> {
  try {
    await extractDocument({ file: 'x.pdf', data, ...(maxPages ? { maxPages } : {}) });
  } catch (e) {
    expect(e).toBeInstanceOf(IngestError);
    return e as IngestError;
  }
  throw new Error('expected extractDocument to throw');
}

describe('bad input', () => {
  it('rejects zero bytes as empty', async () => {
    const e = await failure(new Uint8Array());
    expect(e.code).toBe('empty');
    expect(e.message).toMatch(/empty/);
  });

  it('rejects random bytes as not a PDF', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    const e = await failure(bytes);
    expect(e.code).toBe('not-pdf');
    expect(e.message).toMatch(/not a PDF/);
  });

  it('finds the %PDF- header within the first 1024 bytes only', () => {
    const junk = new Uint8Array(10).fill(32);
    expect(hasPdfMagic(new Uint8Array([...junk, ...fixture.slice(0, 20)]))).toBe(true);
    expect(hasPdfMagic(new Uint8Array([...new Uint8Array(2000).fill(32), ...fixture.slice(0, 20)]))).toBe(false);
  });

  it('reports a truncated fixture as corrupt', async () => {
    const e = await failure(fixture.slice(0, Math.floor(fixture.length / 3)));
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/damaged or truncated/);
  });

  it('reports a password-protected PDF as encrypted', async () => {
    const e = await failure(encryptedPdf());
    expect(e.code).toBe('encrypted');
    expect(e.message).toMatch(/password/);
  });

  it('refuses more pages than maxPages', async () => {
    const e = await failure(fixture, 5);
    expect(e.code).toBe('too-many-pages');
    expect(e.message).toBe('The PDF has 8 pages, more than the limit of 5.');
  });

  it('returns needs-ocr for an image-only PDF', async () => {
    const doc = await extractDocument({ file: 'scan.pdf', data: imageOnlyPdf(3) });
    expect(doc.status).toBe('needs-ocr');
    expect(doc.pages).toBe(3);
    expect(doc.parts).toEqual([]);
    expect(doc.error).toMatch(/no text layer/);
  });

  it('returns needs-ocr for a garbled text layer', async () => {
    const doc = await extractDocument({ file: 'garbled.pdf', data: garbledPdf() });
    expect(doc.status).toBe('needs-ocr');
    expect(doc.error).toMatch(/garbled/);
  });

  it('does not detach the caller’s buffer', async () => {
    const data = new Uint8Array(fixture);
    await extractDocument({ file: 'a.pdf', data });
    expect(data.length).toBe(fixture.length);
  });
});
