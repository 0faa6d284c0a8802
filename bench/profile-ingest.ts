/**
 * Where ingest time goes, stage by stage, in one thread (CPU time, so a busy machine skews it
 * less than wall time): read, hash, pdf.js text only (the floor of any pdf.js pipeline), readPdf
 * with and without ruled tables, layout, segment, paragraphs + facts, zod validation, and the
 * store write — beside pdftotext's CPU time over the same files.
 *
 *   node --import tsx bench/profile-ingest.ts [dir-or-files…] [--json]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFParse } from 'pdf-parse';
import { layoutPages } from '../ingest/layout/layout.ts';
import { Document } from '../ingest/model.ts';
import { parseFacts } from '../ingest/parse/facts.ts';
import { splitParagraphs } from '../ingest/parse/paragraphs.ts';
import { readPdf } from '../ingest/read-pdf.ts';
import { segmentPages } from '../ingest/segment/segment.ts';
import { judgeTextLayer } from '../ingest/text-quality.ts';
import { openDatabase } from '../src/store/db.ts';
import { writeDocument } from '../src/store/documents.ts';
import { pdfsIn } from './pool.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

type Stage =
  | 'read file'
  | 'sha256'
  | 'pdf.js text only'
  | 'readPdf (no tables)'
  | 'readPdf (default)'
  | 'layout'
  | 'segment'
  | 'paragraphs + facts'
  | 'zod Document.safeParse'
  | 'writeDocument'
  | 'pdftotext (CPU)';

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function timed<T>(totals: Map<Stage, number>, stage: Stage, f: () => T | Promise<T>): Promise<T> {
  const c = cpuMs();
  const v = await f();
  totals.set(stage, (totals.get(stage) ?? 0) + cpuMs() - c);
  return v;
}

async function textOnly(data: Uint8Array): Promise<number> {
  const parser = new PDFParse({ data: data.slice(), verbosity: 0 });
  try {
    const doc = (await (parser as unknown as { load(): Promise<{ numPages: number; getPage(n: number): Promise<{ getTextContent(): Promise<unknown>; cleanup(): void }> }> }).load());
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      await page.getTextContent();
      page.cleanup();
    }
    return doc.numPages;
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/** pdftotext's user+system CPU seconds over `files`, run one at a time. */
function pdftotextCpuMs(files: string[]): number | null {
  const script = 'for f in "$@"; do pdftotext -q "$f" /dev/null; done; times';
  const r = spawnSync('bash', ['-c', script, '_', ...files], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  // `times`: shell line, then children line "XmY.YYYs XmZ.ZZZs"
  const lines = r.stdout.trim().split('\n');
  const m = /(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/.exec(lines[lines.length - 1] ?? '');
  if (!m) return null;
  return (Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== '--json');
  const json = process.argv.includes('--json');
  const targets = args.length > 0 ? args : [resolve(ROOT, '../shared/corpus/kent-cabinet')];
  const files = targets.flatMap((t) => (statSync(t).isDirectory() ? pdfsIn(t) : [resolve(t)]));
  const totals = new Map<Stage, number>();
  const dir = mkdtempSync(join(tmpdir(), 'papers-profile-'));
  const db = openDatabase(join(dir, 'p.db'));
  let pages = 0;
  const perFile: Array<{ file: string; pages: number; readPdfMs: number; buildMs: number }> = [];
  try {
    for (const f of files) {
      const data = await timed(totals, 'read file', () => new Uint8Array(readFileSync(f)));
      const sha = await timed(totals, 'sha256', () => createHash('sha256').update(data).digest('hex'));
      pages += await timed(totals, 'pdf.js text only', () => textOnly(data));
      await timed(totals, 'readPdf (no tables)', () => readPdf(data, { tables: false }));
      const c0 = cpuMs();
      const { numPages, pages: raw } = await timed(totals, 'readPdf (default)', () => readPdf(data));
      const readPdfMs = cpuMs() - c0;
      const c1 = cpuMs();
      let doc: Document;
      if (!judgeTextLayer(raw).ok) {
        doc = { file: basename(f), sha256: sha, pages: numPages, status: 'needs-ocr', error: 'no text', parts: [] };
      } else {
        const laid = await timed(totals, 'layout', () => layoutPages(raw));
        const drafts = await timed(totals, 'segment', () => segmentPages(laid));
        const parts = await timed(totals, 'paragraphs + facts', () => drafts.map((d) => parseFacts(d, splitParagraphs(d.pages.flatMap((p) => p.lines)))));
        doc = { file: basename(f), sha256: sha, pages: numPages, status: 'ok', error: null, parts };
      }
      const buildMs = cpuMs() - c1;
      await timed(totals, 'zod Document.safeParse', () => Document.safeParse(doc));
      if (doc.status === 'ok') await timed(totals, 'writeDocument', () => writeDocument(db, doc, { path: f }));
      perFile.push({ file: basename(f), pages: numPages, readPdfMs, buildMs });
      process.stderr.write('.');
    }
    process.stderr.write('\n');
    const pt = pdftotextCpuMs(files);
    if (pt !== null) totals.set('pdftotext (CPU)', pt);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const rows = [...totals.entries()].map(([stage, ms]) => ({ stage, cpuMs: Math.round(ms), msPerPage: Math.round((ms / pages) * 100) / 100, pagesPerCpuSec: Math.round((pages / (ms / 1000)) * 10) / 10 }));
  perFile.sort((a, b) => b.readPdfMs + b.buildMs - (a.readPdfMs + a.buildMs));
  if (json) {
    process.stdout.write(`${JSON.stringify({ files: files.length, pages, stages: rows, slowest: perFile.slice(0, 8) }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${files.length} files, ${pages} pages (CPU time, one thread)\n`);
  for (const r of rows) process.stdout.write(`  ${r.stage.padEnd(24)} ${String(r.cpuMs).padStart(8)} ms  ${String(r.msPerPage).padStart(7)} ms/page  ${String(r.pagesPerCpuSec).padStart(7)} pages/CPU-s\n`);
  process.stdout.write('slowest files (readPdf + build CPU ms):\n');
  for (const p of perFile.slice(0, 8)) process.stdout.write(`  ${Math.round(p.readPdfMs)} + ${Math.round(p.buildMs)}  ${p.pages}p  ${p.file}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
