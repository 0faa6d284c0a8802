/**
 * PDF → Document. Stages are exported separately and (apart from readPdf) pure, so they can be
 * tested alone and run in worker threads: readPdf → buildDocument (layout → segment →
 * paragraphs → parseFacts) → zod validation.
 */
import { createHash } from 'node:crypto';
import { IngestError } from './errors.ts';
import { layoutPages } from './layout/layout.ts';
import type { RawPage } from './layout/types.ts';
import { Document } from './model.ts';
import { parseFacts } from './parse/facts.ts';
import { splitParagraphs } from './parse/paragraphs.ts';
import { readPdf } from './read-pdf.ts';
import { segmentPages } from './segment/segment.ts';
import { judgeTextLayer } from './text-quality.ts';

export { IngestError } from './errors.ts';
export { readPdf } from './read-pdf.ts';

export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Pure: raw pages → Document (status 'needs-ocr' when the text layer is missing or garbled). */
export function buildDocument(file: string, sha: string, rawPages: RawPage[], pageCount = rawPages.length): Document {
  const verdict = judgeTextLayer(rawPages);
  if (!verdict.ok) return { file, sha256: sha, pages: pageCount, status: 'needs-ocr', error: verdict.reason, parts: [] };
  const drafts = segmentPages(layoutPages(rawPages));
  const parts = drafts.map((d) => parseFacts(d, splitParagraphs(d.pages.flatMap((p) => p.lines))));
  return { file, sha256: sha, pages: pageCount, status: 'ok', error: null, parts };
}

export async function extractDocument(input: { file: string; data: Uint8Array; maxPages?: number }): Promise<Document> {
  const sha = sha256(input.data);
  const { numPages, pages } = await readPdf(input.data, { maxPages: input.maxPages ?? 1000 });
  const doc = buildDocument(input.file, sha, pages, numPages);
  const parsed = Document.safeParse(doc);
  if (!parsed.success) {
    throw new IngestError('corrupt', `The extracted document did not validate (a parser bug rather than a bad PDF): ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
