/**
 * The bench's figures: the JSON object (`--json`, key names fixed by the issue) and the human
 * table with each figure beside its target and pass/fail.
 */
import type { SizeFigures } from './ask-bench.ts';
import type { IngestFigures } from './ingest-bench.ts';
import { round } from './stats.ts';

export interface BenchJson {
  ingest: {
    pagesPerSec: number | null;
    pdftotextPagesPerSec: number | null;
    ratio: number | null;
    files?: number;
    pages?: number;
    seconds?: number;
    pdftotextSeconds?: number | null;
    cpuSeconds?: number;
    pdftotextCpuSeconds?: number | null;
    /** Same ratio from CPU time (pages per CPU-second): robust to other load on the machine. */
    cpuRatio?: number | null;
    skipped?: string;
  };
  reingest: { speedup: number | null; seconds?: number };
  ask: {
    p50Ms: Record<string, number | null>;
    p95Ms: Record<string, number | null>;
    p99Ms: Record<string, number | null>;
    engineInitMs: Record<string, number | null>;
    firstAskMs: Record<string, number | null>;
    found: Record<string, number | null>;
    /** Questions timed at each size (fewer than `questions` when the time budget ran out). */
    asked: Record<string, number | null>;
    questions: number;
    errors: Record<string, string | null>;
  };
  fts: { p50Ms: Record<string, number | null>; p95Ms: Record<string, number | null> };
  rssMb: Record<string, number | null>;
  dbMb: Record<string, number | null>;
  synthetic: Record<
    string,
    {
      papers: number;
      pages: number;
      paragraphs: number;
      buildSeconds: number;
      writeSeconds: number;
      /** Seconds to write the papers added at this size (the database grows from the previous size). */
      relinkSeconds: number | null;
      /** Papers (added at this size) stored through writeDocument, and its ms per paper early and late. */
      writeDocumentPapers: number;
      writeDocumentMsPerPaper: { firstQuarter: number | null; lastQuarter: number | null };
      bulkPapers: number;
    }
  >;
  targets: TargetResult[];
  elapsedSeconds: number;
}

export interface TargetResult {
  name: string;
  value: number | null;
  target: string;
  pass: boolean | null;
}

const r = (v: number | null | undefined, d = 2): number | null => (v === null || v === undefined || !Number.isFinite(v) ? null : round(v, d));

export function buildJson(
  ingest: IngestFigures | { skipped: string },
  sizes: SizeFigures[],
  questions: number,
  elapsedMs: number,
): BenchJson {
  const by = <T>(f: (s: SizeFigures) => T): Record<string, T> => Object.fromEntries(sizes.map((s) => [String(s.size), f(s)]));
  const ing = 'skipped' in ingest ? null : ingest;
  const json: BenchJson = {
    ingest: ing
      ? {
          pagesPerSec: r(ing.pagesPerSec, 1),
          pdftotextPagesPerSec: r(ing.pdftotextPagesPerSec, 1),
          ratio: r(ing.ratio, 3),
          files: ing.files,
          pages: ing.pages,
          seconds: r(ing.ingestMs / 1000, 2)!,
          pdftotextSeconds: ing.pdftotextMs === null ? null : r(ing.pdftotextMs / 1000, 2),
          cpuSeconds: r(ing.ingestCpuMs / 1000, 2)!,
          pdftotextCpuSeconds: ing.pdftotextCpuMs === null ? null : r(ing.pdftotextCpuMs / 1000, 2),
          cpuRatio: r(ing.cpuRatio, 3),
        }
      : { pagesPerSec: null, pdftotextPagesPerSec: null, ratio: null, skipped: (ingest as { skipped: string }).skipped },
    reingest: ing ? { speedup: r(ing.speedup, 1), seconds: r(ing.reingestMs / 1000, 3)! } : { speedup: null },
    ask: {
      p50Ms: by((s) => r(s.ask?.p50)),
      p95Ms: by((s) => r(s.ask?.p95)),
      p99Ms: by((s) => r(s.ask?.p99)),
      engineInitMs: by((s) => r(s.serve?.engineInitMs, 0)),
      firstAskMs: by((s) => r(s.serve?.firstAskMs, 0)),
      found: by((s) => (s.ask ? s.serve?.found ?? null : null)),
      asked: by((s) => (s.ask ? s.serve?.asked ?? null : null)),
      questions,
      errors: by((s) => s.error ?? (s.serve && s.serve.errors > 0 ? `${s.serve.errors} questions threw: ${s.serve.firstError}` : null)),
    },
    fts: { p50Ms: by((s) => r(s.fts?.p50, 3)), p95Ms: by((s) => r(s.fts?.p95, 3)) },
    // Peak RSS of the serving process; when it died (out of memory, timeout) the peak seen before.
    rssMb: by((s) => r(s.ask ? s.serve?.maxRssMb : s.observedPeakMb, 0)),
    dbMb: by((s) => r(s.dbMb, 1)),
    synthetic: by((s) => ({
      papers: s.size,
      pages: s.totalPages,
      paragraphs: s.totalParagraphs,
      buildSeconds: round(s.build.totalMs / 1000, 1),
      writeSeconds: round(s.build.writeMs / 1000, 1),
      writeDocumentPapers: s.build.productDocs,
      writeDocumentMsPerPaper: { firstQuarter: r(s.build.productMsPerDocFirstQuarter, 1), lastQuarter: r(s.build.productMsPerDocLastQuarter, 1) },
      bulkPapers: s.build.bulkDocs,
      relinkSeconds: s.build.relinkMs === null ? null : round(s.build.relinkMs / 1000, 1),
    })),
    targets: [],
    elapsedSeconds: round(elapsedMs / 1000, 1),
  };
  json.targets = targets(json, sizes);
  return json;
}

function targets(j: BenchJson, sizes: SizeFigures[]): TargetResult[] {
  const big = String(Math.max(0, ...sizes.map((s) => s.size)));
  const at = (rec: Record<string, number | null>): number | null => rec[big] ?? null;
  const check = (name: string, value: number | null, target: string, ok: (v: number) => boolean): TargetResult => ({
    name,
    value,
    target,
    pass: value === null ? null : ok(value),
  });
  const askP95 = at(j.ask.p95Ms);
  const ftsP95 = at(j.fts.p95Ms);
  const ratioToFts = askP95 !== null && ftsP95 !== null && ftsP95 > 0 ? round(askP95 / ftsP95, 1) : null;
  // The engine never answered at this size (timed out, crashed): the latency targets fail.
  const noAnswer = askP95 === null && (j.ask.errors[big] ?? null) !== null;
  const latency = (t: TargetResult): TargetResult => (noAnswer && t.value === null ? { ...t, pass: false } : t);
  return [
    check('ingest / pdftotext throughput', j.ingest.ratio, '≥ 0.6×', (v) => v >= 0.6),
    check('re-ingest speedup (hash skip)', j.reingest.speedup, '≥ 20×', (v) => v >= 20),
    latency(check(`ask p95 @ ${big} papers (ms)`, askP95, '≤ 50 ms', (v) => v <= 50)),
    latency(check(`ask p95 / FTS5 p95 @ ${big}`, ratioToFts, '≤ 3×', (v) => v <= 3)),
    check(`serving RSS @ ${big} papers (MB)`, at(j.rssMb), '≤ 400 MB', (v) => v <= 400),
  ];
}

function fmt(v: number | null | undefined, unit = ''): string {
  if (v === null || v === undefined) return '—';
  return `${v}${unit}`;
}

function pad(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd()).join('\n');
}

export function renderTable(j: BenchJson): string {
  const out: string[] = [];
  out.push('Ingest (real batch path, fresh database)');
  if (j.ingest.skipped) out.push(`  skipped: ${j.ingest.skipped}`);
  else {
    out.push(
      pad([
        ['  figure', 'value'],
        ['  files / pages', `${j.ingest.files} / ${j.ingest.pages}`],
        ['  ingest', `${fmt(j.ingest.pagesPerSec)} pages/s (${fmt(j.ingest.seconds)} s)`],
        ['  pdftotext (same files, same parallelism)', j.ingest.pdftotextPagesPerSec === null ? 'not installed' : `${fmt(j.ingest.pdftotextPagesPerSec)} pages/s (${fmt(j.ingest.pdftotextSeconds)} s)`],
        ['  ratio (wall)', fmt(j.ingest.ratio, '×')],
        ['  ratio (CPU time: ingest vs pdftotext)', `${fmt(j.ingest.cpuRatio, '×')} (${fmt(j.ingest.cpuSeconds)} s vs ${fmt(j.ingest.pdftotextCpuSeconds)} s)`],
        ['  re-ingest unchanged', `${fmt(j.reingest.seconds)} s → speedup ${fmt(j.reingest.speedup, '×')}`],
      ]),
    );
  }
  out.push('');
  out.push(`Answering (${j.ask.questions} questions, synthetic corpus)`);
  const sizes = Object.keys(j.dbMb);
  const row = (label: string, f: (s: string) => string): string[] => [`  ${label}`, ...sizes.map(f)];
  out.push(
    pad([
      row('papers', (s) => s),
      row('paragraphs', (s) => String(j.synthetic[s]?.paragraphs ?? '—')),
      row('build (s)', (s) => fmt(j.synthetic[s]?.buildSeconds)),
      row('writeDocument ms/paper', (s) => {
        const w = j.synthetic[s];
        if (!w || w.writeDocumentPapers === 0) return '—';
        return `${fmt(w.writeDocumentMsPerPaper.firstQuarter)} → ${fmt(w.writeDocumentMsPerPaper.lastQuarter)} (${w.writeDocumentPapers})`;
      }),
      row('bulk-written papers', (s) => String(j.synthetic[s]?.bulkPapers ?? '—')),
      row('ask p50 (ms)', (s) => fmt(j.ask.p50Ms[s])),
      row('ask p95 (ms)', (s) => fmt(j.ask.p95Ms[s])),
      row('ask p99 (ms)', (s) => fmt(j.ask.p99Ms[s])),
      row('FTS5 floor p50 (ms)', (s) => fmt(j.fts.p50Ms[s])),
      row('FTS5 floor p95 (ms)', (s) => fmt(j.fts.p95Ms[s])),
      row('engine start (ms)', (s) => fmt(j.ask.engineInitMs[s])),
      row('first ask (ms)', (s) => fmt(j.ask.firstAskMs[s])),
      row('found / asked', (s) => (j.ask.found[s] === null ? '—' : `${j.ask.found[s]}/${j.ask.asked[s]}`)),
      row('ask p95 / FTS5 p95', (s) => {
        const a = j.ask.p95Ms[s];
        const f = j.fts.p95Ms[s];
        return a === null || a === undefined || !f ? '—' : `${round(a / f, 1)}×`;
      }),
      row('serving peak RSS (MB)', (s) => (j.ask.p95Ms[s] === null && j.rssMb[s] !== null ? `≥ ${j.rssMb[s]} (stopped)` : fmt(j.rssMb[s]))),
      row('database (MB)', (s) => fmt(j.dbMb[s])),
    ]),
  );
  for (const s of sizes) if (j.ask.errors[s]) out.push(`  note @ ${s}: ${j.ask.errors[s]}`);
  out.push('');
  out.push('Targets');
  out.push(
    pad([
      ['  target', 'value', 'goal', 'result'],
      ...j.targets.map((t) => [
        `  ${t.name}`,
        t.value === null && t.pass === false ? 'no answer' : fmt(t.value),
        t.target,
        t.pass === null ? 'n/a' : t.pass ? 'PASS' : 'FAIL',
      ]),
    ]),
  );
  out.push('');
  out.push(`(${j.elapsedSeconds} s)`);
  return out.join('\n');
}
