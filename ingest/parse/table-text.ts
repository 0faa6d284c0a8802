/**
 * Tables set as aligned text (no rules): runs of lines split into several cells whose x positions
 * line up. Columns come from the line with the most cells; other lines' cells join the column they
 * overlap most; a line with no figure and nothing in the first column continues the row above.
 */
import type { Cell, Line } from '../layout/types.ts';
import { type TableDraft, isFigure, isTotalLabel, norm } from './table-draft.ts';

interface Col {
  x: number;
  xEnd: number;
}

/** "•", "2.1", "12.", "a)", "(iii)", "From:" — a label before running text, not a table column. */
function isLeadLabel(s: string): boolean {
  return /^(?:[•\-–▪●○■◦*]|\(?[0-9]{1,2}(?:\.[0-9]{1,2})*[.)]?|\(?[a-z]{1,4}[.)]|[A-Z][A-Za-z ]{0,20}:)$/.test(s.trim());
}

function tabular(l: Line): boolean {
  if (l.cells.length < 2) return false;
  if (l.cells.length === 2) {
    const [a, b] = l.cells as [Cell, Cell];
    if (isLeadLabel(a.text) && !isFigure(b.text)) return false;
    if (!isFigure(a.text) && !isFigure(b.text) && (a.text.length > 60 || b.text.length > 60)) return false;
  }
  return true;
}

function overlap(c: { x: number; xEnd: number }, k: Col): number {
  return Math.min(c.xEnd, k.xEnd) - Math.max(c.x, k.x);
}

/** Column index for a cell: most overlap, else nearest centre. */
function columnOf(c: Cell, cols: Col[]): number {
  let best = -1;
  let bestOv = 0;
  cols.forEach((k, i) => {
    const ov = overlap(c, k);
    if (ov > bestOv) {
      bestOv = ov;
      best = i;
    }
  });
  if (best >= 0) return best;
  const mid = (c.x + c.xEnd) / 2;
  let bestD = Infinity;
  cols.forEach((k, i) => {
    const d = Math.abs((k.x + k.xEnd) / 2 - mid);
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  });
  return best;
}

/** Spread a line's cells over the columns; a cell of several figures spanning several columns is split. */
function place(line: Line, cols: Col[]): string[] {
  const out = cols.map(() => '');
  for (const c of line.cells) {
    const words = c.text.split(/\s+/);
    const spanned = cols.map((k, i) => ({ k, i })).filter(({ k }) => overlap(c, k) > 0);
    const figures = words.filter((w) => isFigure(w));
    if (spanned.length >= 2 && figures.length === words.length && figures.length === spanned.length) {
      spanned.forEach(({ i }, j) => (out[i] = norm(`${out[i]} ${figures[j]}`)));
      continue;
    }
    // "0.0 Demand & Cost Drivers" : figures glued to a label across two columns.
    if (spanned.length >= 2 && figures.length >= 1 && isFigure(words[0]!) && !isFigure(words.at(-1)!)) {
      const lead = words.slice(0, figures.length);
      const rest = words.slice(figures.length).join(' ');
      spanned.slice(0, lead.length).forEach(({ i }, j) => (out[i] = norm(`${out[i]} ${lead[j]}`)));
      const last = spanned[Math.min(lead.length, spanned.length - 1)]!.i;
      out[last] = norm(`${out[last]} ${rest}`);
      continue;
    }
    const i = columnOf(c, cols);
    out[i] = norm(`${out[i]} ${c.text}`);
  }
  return out;
}

function isHeaderLine(l: Line): boolean {
  return l.cells.every((c) => !isFigure(c.text));
}

/** Every cell of the line sits under a cell of the block's multi-cell lines. */
function aligned(l: Line, block: Line[]): boolean {
  if (l.cells.length < 2) return false;
  const spans = block.filter((b) => b.cells.length >= 2).flatMap((b) => b.cells);
  return l.cells.every((c) => spans.some((k) => overlap(c, k) > 0));
}

/** Find aligned-text tables among the lines of one page (lines already used by ruled tables excluded). */
export function textTables(lines: Line[], page: number): TableDraft[] {
  const drafts: TableDraft[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!tabular(lines[i]!)) {
      i++;
      continue;
    }
    // Grow a block: tabular lines, with short non-tabular lines between them.
    const block: Line[] = [lines[i]!];
    let j = i + 1;
    while (j < lines.length) {
      const l = lines[j]!;
      const prev = block[block.length - 1]!;
      const gap = l.y - prev.y;
      if (gap > Math.max(40, prev.fontSize * 3.5)) break;
      if (tabular(l)) {
        block.push(l);
        j++;
        continue;
      }
      // A short single-cell line (or a line aligned with the block's columns) continues the block
      // only if a tabular line follows closely.
      const next = lines[j + 1];
      if (aligned(l, block) && next && tabular(next) && next.y - l.y < Math.max(30, l.fontSize * 2.5)) {
        block.push(l);
        j++;
        continue;
      }
      if (l.text.length <= 60 && next && tabular(next) && next.y - l.y < Math.max(30, l.fontSize * 2.5)) {
        block.push(l);
        j++;
        continue;
      }
      if (l.text.length <= 60 && prev.cells.length >= 2 && !isHeaderLine(prev) && l.cells.length === 1 && !/[.:]$/.test(l.text) && gap < prev.fontSize * 1.8) {
        block.push(l);
        j++;
        continue;
      }
      break;
    }
    i = j;
    const multi = block.filter((l) => l.cells.length >= 2);
    const figureLines = multi.filter((l) => l.cells.some((c) => isFigure(c.text) || /^\(?£/.test(c.text))).length;
    const headed = isHeaderLine(multi[0]!) && multi[0]!.cells.every((c) => c.text.length <= 40);
    const hasFigures = figureLines >= 2 || (headed && figureLines >= 1);
    const wide = multi.some((l) => l.cells.length >= 3);
    if (multi.length < 2 || (!hasFigures && !wide)) continue;
    drafts.push(build(block, lines, page));
  }
  return drafts;
}

function build(block: Line[], all: Line[], page: number): TableDraft {
  const anchor = block.reduce((a, b) => (b.cells.length > a.cells.length ? b : a));
  const cols: Col[] = anchor.cells.map((c) => ({ x: c.x, xEnd: c.xEnd }));
  // Widen columns with the cells that fall clearly inside one column.
  for (const l of block) {
    if (l.cells.length < 2) continue;
    for (const c of l.cells) {
      const hits = cols.filter((k) => overlap(c, k) > 0);
      if (hits.length === 1) {
        hits[0]!.x = Math.min(hits[0]!.x, c.x);
        hits[0]!.xEnd = Math.max(hits[0]!.xEnd, c.xEnd);
      }
    }
  }
  // Leading header lines: no figures, before the first line with figures (at most 3).
  const headerLines: Line[] = [];
  let k = 0;
  const firstFigure = block.findIndex((l) => l.cells.some((c) => isFigure(c.text)));
  const headerLimit = firstFigure < 0 ? 1 : Math.min(firstFigure, 3);
  while (k < headerLimit && isHeaderLine(block[k]!)) headerLines.push(block[k++]!);
  const headerRows = headerLines.map((l) => placeHeader(l, cols));
  const rows: TableDraft['rows'] = [];
  let above: Line | null = null;
  for (const l of block.slice(k)) {
    // a line set well apart from the one above (a blank line between, as between rows) may start
    // a row of its own even with an empty first column; a wrapped label sits tight under its row
    const apart = above !== null && l.y - above.y > l.fontSize * 2.2;
    above = l;
    const cells = place(l, cols);
    // "1,315,610.6 Revised Base": a figure glued to the label, with the column before it empty.
    for (let j = 1; j < cells.length; j++) {
      const m = /^(\(?-?\d[\d,]*(?:\.\d+)?\)?)\s+([A-Za-z].*)$/.exec(cells[j]!);
      if (m && cells[j - 1] === '' && isFigure(m[1]!)) {
        cells[j - 1] = m[1]!;
        cells[j] = m[2]!;
      }
    }
    const figures = cells.some((c) => isFigure(c));
    const last = rows[rows.length - 1];
    // A line with nothing in the first column, or a lower-case fragment alone under the label
    // ("short breaks" under "Reablement and"), continues the row above.
    const fragment = l.cells.length === 1 && cells[0] !== '' && /^[a-z(&]/.test(cells[0]!);
    // (set apart, and filling only columns the row above has filled already: a row of its own)
    const ownRow = apart && last !== undefined && cells.every((c, ci) => c === '' || (last.cells[ci] ?? '') !== '');
    if (last && !figures && !ownRow && (cells[0] === '' || fragment) && l.cells.length <= 2 && !last.cells.some((c) => isTotalLabel(c))) {
      cells.forEach((c, ci) => {
        if (c) last.cells[ci] = norm(`${last.cells[ci]} ${c}`);
      });
      continue;
    }
    rows.push({ cells, page });
  }
  const top = block[0]!.y;
  const before = all.filter((l) => l.y < top - 1).at(-1);
  return {
    page,
    lastPage: page,
    headerRows,
    rows,
    caption: before && top - before.y < 45 ? norm(before.text) : null,
    top,
    bottom: block[block.length - 1]!.y,
    source: 'text',
  };
}

/** Header cells head the column they overlap (or sit nearest to). */
function placeHeader(l: Line, cols: Col[]): string[] {
  return place(l, cols);
}
