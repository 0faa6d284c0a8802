/**
 * Loads pdf.js (through pdf-parse) once per thread, on first use, without its two hidden costs:
 *
 * - pdf.js's legacy build bundles core-js, which on Node 20 (V8 11) force-replaces the native
 *   `Array.prototype.push` with a JavaScript version for a spec corner case (the error thrown when
 *   pushing onto a frozen-length array). Every `push` in the thread — pdf.js's text extraction
 *   and our own layout and parsers — then runs several times slower (≈10% of ingest CPU). The
 *   native `push` is put back once both pdf.js modules have loaded; polyfills that ADD missing
 *   features (Promise.withResolvers, Set methods…) stay, pdf.js needs them.
 * - core-js reads `new Error().stack` while loading; with source maps enabled (tsx enables them)
 *   Node then parses pdf.js's multi-megabyte source maps, ≈1.3 s per thread. Source maps are
 *   switched off while pdf.js loads (stack traces inside pdf.js stay minified, ours are unaffected).
 *
 * The worker half of pdf.js is imported here too and exposed as `globalThis.pdfjsWorker`, which is
 * where pdf.js looks for an in-thread ("fake") worker before importing one itself.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** What read-pdf.ts uses of pdf-parse's module. */
export type PdfParseModule = typeof import('pdf-parse');

let loading: Promise<PdfParseModule> | null = null;

export function loadPdfParse(): Promise<PdfParseModule> {
  loading ??= load();
  return loading;
}

interface SourceMapsProcess {
  sourceMapsEnabled?: boolean;
  setSourceMapsEnabled?: (on: boolean) => void;
}

async function load(): Promise<PdfParseModule> {
  const nativePush = Array.prototype.push;
  const proc = process as unknown as SourceMapsProcess;
  const mapsWereOn = proc.sourceMapsEnabled === true;
  if (mapsWereOn) proc.setSourceMapsEnabled?.(false);
  try {
    const mod = await import('pdf-parse');
    // The worker module pdf-parse's pdf.js would import itself, resolved from pdf-parse's location.
    const fromPdfParse = createRequire(import.meta.resolve('pdf-parse'));
    const workerPath = fromPdfParse.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
    const g = globalThis as { pdfjsWorker?: unknown };
    if (!g.pdfjsWorker) g.pdfjsWorker = await import(pathToFileURL(workerPath).href);
    return mod;
  } finally {
    if (mapsWereOn) proc.setSourceMapsEnabled?.(true);
    if (Array.prototype.push !== nativePush) {
      Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, configurable: true, enumerable: false });
    }
  }
}
