/**
 * Text items → visual lines: items sharing a baseline (within a tolerance relative to the font
 * size) grouped left-to-right, joined with a space where there is a gap, split into cells at wide
 * gaps. Lines come back top-to-bottom (a two-column page column by column; see columns.ts).
 */
import { mergeJustifiedSplits, splitTwoColumns } from './columns.ts';
import type { Cell, Line, RawPage, TextItem } from './types.ts';

/** A gap wider than this many font sizes (or 8pt) starts a new cell. */
const CELL_GAP_EM = 1.2;
const MIN_CELL_GAP = 8;
/** Between two figures, a gap this wide (in font sizes) separates table columns. */
const NUMBER_GAP_EM = 0.55;
/** A gap wider than this many font sizes is a word space. */
const SPACE_GAP_EM = 0.12;

function cellGap(fontSize: number): number {
  return Math.max(MIN_CELL_GAP, fontSize * CELL_GAP_EM);
}

/** Group items into rows by baseline. */
function groupRows(items: TextItem[]): TextItem[][] {
  const sorted = items.filter((i) => i.str.length > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: { y: number; size: number; items: TextItem[] }[] = [];
  for (const it of sorted) {
    const last = rows[rows.length - 1];
    const tol = Math.max(1.5, Math.max(it.fontSize, last?.size ?? it.fontSize) * 0.4);
    if (last && Math.abs(it.y - last.y) <= tol) {
      last.items.push(it);
      // Keep the row's baseline on its main text, not on a superscript.
      if (it.fontSize > last.size) {
        last.size = it.fontSize;
        last.y = it.y;
      }
    } else {
      rows.push({ y: it.y, size: it.fontSize, items: [it] });
    }
  }
  return rows.map((r) => r.items.sort((a, b) => a.x - b.x));
}

function joinRun(items: TextItem[]): string {
  let text = '';
  let prev: TextItem | undefined;
  for (const it of items) {
    if (prev) {
      const gap = it.x - (prev.x + prev.width);
      const needSpace = gap > prev.fontSize * SPACE_GAP_EM && !/\s$/.test(text) && !/^\s/.test(it.str);
      if (needSpace) text += ' ';
    }
    text += it.str;
    prev = it;
  }
  return text.replace(/\s+/g, ' ').trim();
}

export function rowToLine(page: number, items: TextItem[]): Line | null {
  const visible = items.filter((i) => i.str.trim().length > 0);
  if (visible.length === 0) return null;
  const runs: TextItem[][] = [];
  let run: TextItem[] = [];
  let prev: TextItem | undefined;
  for (const it of items) {
    if (!it.str.trim()) {
      // whitespace items only separate; do not let them bridge a column gap
      continue;
    }
    const gap = prev ? it.x - (prev.x + prev.width) : 0;
    // A figure in the next column of a tight table sits closer than a cell gap but wider than a space.
    const figures =
      prev !== undefined &&
      /^[-–(]?£?\d[\d,.]*\)?%?$/.test(it.str.trim()) &&
      !/^[•●▪◦\u2022\uf0b7\uf0a7-]$/u.test(prev.str.trim()) &&
      gap >= NUMBER_GAP_EM * Math.max(prev.fontSize, it.fontSize);
    if (prev && (gap > cellGap(Math.max(prev.fontSize, it.fontSize)) || figures)) {
      runs.push(run);
      run = [];
    }
    run.push(it);
    prev = it;
  }
  if (run.length) runs.push(run);
  const cells: Cell[] = runs
    .map((r) => {
      const last = r[r.length - 1]!;
      return { x: r[0]!.x, xEnd: last.x + last.width, text: joinRun(r) };
    })
    .filter((c) => c.text.length > 0);
  if (cells.length === 0) return null;
  let boldChars = 0;
  let chars = 0;
  let sizeWeighted = 0;
  for (const it of visible) {
    const n = it.str.trim().length;
    chars += n;
    sizeWeighted += it.fontSize * n;
    if (it.bold) boldChars += n;
  }
  // Main baseline: the largest item's (superscripts sit higher).
  const main = visible.reduce((a, b) => (b.fontSize > a.fontSize ? b : a));
  return {
    page,
    y: main.y,
    x: cells[0]!.x,
    xEnd: cells[cells.length - 1]!.xEnd,
    text: cells.map((c) => c.text).join(' '),
    fontSize: Math.round((sizeWeighted / chars) * 10) / 10,
    bold: boldChars / chars >= 0.5,
    cells,
  };
}

export function buildLines(raw: RawPage): Line[] {
  const lines: Line[] = [];
  for (const row of groupRows(raw.items)) {
    const line = rowToLine(raw.page, row);
    if (line) lines.push(line);
  }
  return splitTwoColumns(mergeJustifiedSplits(lines), raw.width);
}
