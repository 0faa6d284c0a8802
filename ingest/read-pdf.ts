/**
 * PDF bytes → RawPage[] (the only IO-ish stage of ingest): positioned text items per page via
 * pdf.js (bundled in pdf-parse 2), bold from the font's real name, ruled tables where the text
 * looks tabular.
 *
 * Cost notes (kent-cabinet corpus, 700 pages): getTextContent is most of the cost and runs once
 * per page. getOperatorList costs about as much again per page, so it runs only on pages that
 * introduce a font not seen before (pdf.js font ids are document-wide) — about 1 page in 5. Ruled
 * tables need the operator list's strokes: they are looked for only on pages whose text has
 * several multi-column lines, re-using the page's operator list and text content (pdf-parse's own
 * getTable() would fetch the text a second time and walk the pages again). Each page's caches are
 * released as soon as it is read. pdf.js itself is loaded lazily (read-pdf-load.ts).
 */
import { hasPdfMagic } from './pdf-magic.ts';
import { IngestError } from './errors.ts';
import type { RawPage, RuledTable, TextItem } from './layout/types.ts';
import { loadPdfParse } from './read-pdf-load.ts';

/** The slice of pdf.js's API this module uses (pdf-parse does not export pdf.js types). */
interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL?: boolean;
}
interface PdfPage {
  getViewport(o: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(): Promise<{ items: Array<PdfTextItem | { type: string }> }>;
  getOperatorList(): Promise<unknown>;
  commonObjs: { has(id: string): boolean; get(id: string): unknown };
  cleanup(): void;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
}
/** pdf-parse's ruled-table finder (PDFParse#getPageTables, not in its typings) and what it returns. */
interface RuledCell {
  text: string[];
}
interface RuledTableData {
  findCell(x: number, y: number): RuledCell | undefined;
  toArray(): string[][];
}
interface PdfParser {
  load(): Promise<PdfDocument>;
  getPageTables(page: PdfPage): Promise<{ normalize(): void; getTableData(): RuledTableData[] }>;
  destroy(): Promise<void>;
}

export interface ReadPdfOptions {
  /** Refuse documents with more pages than this (default 1000). */
  maxPages?: number;
  /** Look for ruled tables on tabular-looking pages (default true). */
  tables?: boolean;
  /** Resolve fonts' real names to mark bold text (default true). */
  bold?: boolean;
}

function errorName(e: unknown): string {
  return e instanceof Error ? e.name : '';
}

function toIngestError(e: unknown): IngestError {
  if (e instanceof IngestError) return e;
  const name = errorName(e);
  const msg = e instanceof Error ? e.message : String(e);
  if (name === 'PasswordException' || /password/i.test(msg)) {
    return new IngestError('encrypted', 'The PDF is encrypted or password-protected, so its text cannot be read.', { cause: e });
  }
  return new IngestError('corrupt', `The PDF is damaged or truncated and could not be read (${msg}).`, { cause: e });
}

/** Bold from a font's real name ("ABCDEF+Arial-BoldMT", "Calibri,Bold", "Helvetica-Black"). */
export function isBoldFontName(name: string): boolean {
  return /bold|black|heavy|semibold|demibold|,b\b|-b$/i.test(name.replace(/^[A-Z]{6}\+/, ''));
}

function fontRealName(page: PdfPage, id: string): string | null {
  if (!page.commonObjs.has(id)) return null;
  const font = page.commonObjs.get(id) as { name?: unknown; bold?: unknown } | null;
  if (font && typeof font.name === 'string') return font.name + (font.bold === true ? '-Bold' : '');
  return null;
}

/** A page "looks tabular" when several lines are split by wide gaps into 3+ runs. */
function looksTabular(items: TextItem[]): boolean {
  const rows = new Map<number, TextItem[]>();
  for (const it of items) {
    if (!it.str.trim()) continue;
    const k = Math.round(it.y / 3);
    const row = rows.get(k) ?? [];
    row.push(it);
    rows.set(k, row);
  }
  let multi = 0;
  for (const row of rows.values()) {
    if (row.length < 3) continue;
    row.sort((a, b) => a.x - b.x);
    let runs = 1;
    for (let i = 1; i < row.length; i++) {
      const a = row[i - 1]!;
      const b = row[i]!;
      if (b.x - (a.x + a.width) > Math.max(8, a.fontSize * 1.2)) runs++;
    }
    if (runs >= 3) multi++;
    if (multi >= 3) return true;
  }
  return false;
}

export interface ReadPdfResult {
  numPages: number;
  pages: RawPage[];
}

export async function readPdf(data: Uint8Array, options: ReadPdfOptions = {}): Promise<ReadPdfResult> {
  const maxPages = options.maxPages ?? 1000;
  if (data.length === 0) throw new IngestError('empty', 'The file is empty (0 bytes).');
  if (!hasPdfMagic(data)) throw new IngestError('not-pdf', 'The file is not a PDF (no %PDF- header in its first 1024 bytes).');

  const { PDFParse } = await loadPdfParse();
  // pdf.js transfers (detaches) the buffer it is given: hand it a copy so the caller's stays usable.
  // maxImageSize 1: operator lists (read for font names and table rules) skip decoding images,
  // which nothing here looks at (with stopAtErrors false pdf.js drops them with a silenced warning).
  const parser = new PDFParse({ data: data.slice(), verbosity: 0, stopAtErrors: false, maxImageSize: 1 }) as unknown as PdfParser;
  try {
    let doc: PdfDocument;
    try {
      doc = await parser.load();
    } catch (e) {
      throw toIngestError(e);
    }
    if (doc.numPages > maxPages) {
      throw new IngestError('too-many-pages', `The PDF has ${doc.numPages} pages, more than the limit of ${maxPages}.`);
    }
    const boldById = new Map<string, boolean>();
    const pages: RawPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      let page: PdfPage;
      let content: Awaited<ReturnType<PdfPage['getTextContent']>>;
      try {
        page = await doc.getPage(n);
        content = await page.getTextContent();
      } catch (e) {
        throw toIngestError(e);
      }
      const vp = page.getViewport({ scale: 1 });
      const textItems = content.items.filter((i): i is PdfTextItem => 'str' in i);
      if (options.bold !== false && textItems.some((i) => i.str.trim() && !boldById.has(i.fontName))) {
        try {
          await page.getOperatorList();
        } catch {
          /* fonts stay unknown: not bold */
        }
        for (const i of textItems) {
          if (boldById.has(i.fontName)) continue;
          const real = fontRealName(page, i.fontName);
          boldById.set(i.fontName, real !== null && isBoldFontName(real));
        }
      }
      const items: TextItem[] = [];
      const origins: Array<[number, number]> = [];
      for (const i of textItems) {
        const [a = 0, b = 0, , d = 0, e = 0, f = 0] = i.transform;
        // Page space (origin bottom-left) → viewport space (origin top-left), honouring /Rotate and crop box.
        const [vx = e, vy = f] = applyTransform(vp.transform, e, f);
        origins.push([vx, vy]);
        if (i.str === '') continue;
        const fontSize = Math.hypot(a, b) || Math.abs(d) || i.height;
        items.push({
          str: i.str,
          x: vx,
          y: vy,
          width: i.width,
          height: i.height,
          fontSize,
          fontName: i.fontName,
          bold: boldById.get(i.fontName) ?? false,
        });
      }
      let tables: RuledTable[] = [];
      if (options.tables !== false && looksTabular(items)) {
        try {
          tables = await ruledTables(parser, page, textItems, origins);
        } catch {
          /* tables are a bonus: text layout still has the aligned columns */
        }
      }
      pages.push({ page: n, width: vp.width, height: vp.height, items, tables });
      page.cleanup(); // free the page's operator list and fonts' page data on long documents
    }
    return { numPages: doc.numPages, pages };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/**
 * Ruled tables on one page: pdf-parse's grid finder over the page's stroked lines and rectangles,
 * filled with the text already read (what pdf-parse's getTable() does, minus a second
 * getTextContent). Every table is kept, a one-row one too: a header alone, or a total row that
 * spilled onto the next page, is still a table row for the table parser to judge.
 */
async function ruledTables(parser: PdfParser, page: PdfPage, textItems: PdfTextItem[], origins: Array<[number, number]>): Promise<RuledTable[]> {
  const store = await parser.getPageTables(page);
  store.normalize();
  const grids = store.getTableData();
  if (grids.length === 0) return [];
  textItems.forEach((item, k) => {
    const [x, y] = origins[k]!;
    for (const grid of grids) {
      const cell = grid.findCell(x, y);
      if (!cell) continue;
      cell.text.push(item.str);
      if (item.hasEOL) cell.text.push('\n');
      break;
    }
  });
  return grids.map((g) => g.toArray()).filter((t) => t.some((row) => row.some((c) => c.trim() !== '')));
}

function applyTransform(m: number[], x: number, y: number): [number, number] {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
  return [a * x + c * y + e, b * x + d * y + f];
}

export { hasPdfMagic };
