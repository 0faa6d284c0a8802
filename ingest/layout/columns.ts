/**
 * Page-level corrections to the cells rowToLine found line by line:
 *
 * - Justified prose: a stretched word space (or a figure after one) can pass for a column gap
 *   ("the national settlement, or a | 3.0% real-terms increase…"). A split is undone when the gap
 *   is only a few font sizes wide, a neighbouring line's text runs straight across it, and no line
 *   nearby has a cell edge where the split would put one (real columns line up).
 * - Two-column pages: side-by-side text set on shared baselines comes out as two-cell lines. When
 *   a page has a consistent vertical gutter near its middle, many lines on both sides, and text
 *   that wraps from line to line within each side (prose, not table rows), each run of lines
 *   between full-width lines is re-read as its left column, then its right column.
 */
import type { Cell, Line } from './types.ts';

/** A justified word space is stretched, but rarely beyond this many font sizes. */
const JUSTIFIED_MAX_GAP_EM = 3;
/** Cell edges within this many points line up (a real column). */
const EDGE_TOLERANCE = 3;
/** "3.1", "1)", "(a)", "iv.", "•": a label hanging before its text. */
const LIST_LABEL = /^(?:[•●▪◦\u2022\uf0b7\uf0a7-]|\(?(?:\d+(?:\.\d+)*|[a-z]|[ivxlc]{1,6})[.):]?\)?)$/i;

function joinCells(a: Cell, b: Cell): Cell {
  return { x: a.x, xEnd: b.xEnd, text: `${a.text} ${b.text}` };
}

function withCells(line: Line, cells: Cell[]): Line {
  return { ...line, cells, x: cells[0]!.x, xEnd: cells[cells.length - 1]!.xEnd, text: cells.map((c) => c.text).join(' ') };
}

/** Lines close above/below (same text size, baselines within two line heights). */
function neighbours(lines: Line[], i: number, window: number): Line[] {
  const l = lines[i]!;
  const out: Line[] = [];
  for (const j of [i - 1, i + 1]) {
    const n = lines[j];
    if (n && Math.abs(n.y - l.y) <= l.fontSize * 2.2 * window && Math.abs(n.fontSize - l.fontSize) <= l.fontSize * 0.15) out.push(n);
  }
  return out;
}

/** A split of `line` between cells k and k+1 that is only a stretched space in justified prose. */
function isJustifiedSplit(lines: Line[], i: number, k: number): boolean {
  const line = lines[i]!;
  const left = line.cells[k]!;
  const right = line.cells[k + 1]!;
  const gap = right.x - left.xEnd;
  if (gap > line.fontSize * JUSTIFIED_MAX_GAP_EM) return false;
  // Prose on the left (not a paragraph number, bullet or list label hanging before its text).
  if (!/[a-z]{3}/i.test(left.text) || LIST_LABEL.test(left.text.trim())) return false;
  // Prose on the right too: several words, or a figure closing a line that reaches the margin
  // (a lone "no" / "Yes" beside a question is a form's answer column).
  const rightWords = right.text.split(/\s+/).length;
  if (rightWords < 2 && (!/\d/.test(right.text) || k + 2 !== line.cells.length)) return false;
  const near = neighbours(lines, i, 1);
  // Some neighbouring line's text runs across the gap, and ends about where this line ends
  // (justified lines fill the measure).
  const across = near.filter((n) => n.cells.some((c) => c.x < left.xEnd - 1 && c.xEnd > right.x + 1) && n.xEnd >= line.xEnd - line.fontSize * 2);
  if (across.length === 0) return false;
  // No other line of the page has a cell starting where the right-hand cell starts, or ending
  // where the left-hand one ends: that would be a column.
  for (const n of lines) {
    if (n === line) continue;
    for (const [ci, c] of n.cells.entries()) {
      if (ci > 0 && Math.abs(c.x - right.x) <= EDGE_TOLERANCE) return false;
      if (ci < n.cells.length - 1 && Math.abs(c.xEnd - left.xEnd) <= EDGE_TOLERANCE) return false;
    }
  }
  return true;
}

export function mergeJustifiedSplits(lines: Line[]): Line[] {
  return lines.map((line, i) => {
    if (line.cells.length < 2) return line;
    const cells: Cell[] = [line.cells[0]!];
    let changed = false;
    for (let k = 0; k + 1 < line.cells.length; k++) {
      if (isJustifiedSplit(lines, i, k)) {
        cells[cells.length - 1] = joinCells(cells[cells.length - 1]!, line.cells[k + 1]!);
        changed = true;
      } else cells.push(line.cells[k + 1]!);
    }
    return changed ? withCells(line, cells) : line;
  });
}

interface Gutter {
  from: number;
  to: number;
}

type Side = 'left' | 'right' | 'both' | 'across';

function sideOf(line: Line, g: Gutter): Side {
  if (line.cells.some((c) => c.x < g.to - 1 && c.xEnd > g.from + 1)) return 'across';
  const left = line.cells.some((c) => c.xEnd <= g.from + 1);
  const right = line.cells.some((c) => c.x >= g.to - 1);
  if (left && right) return 'both';
  return left ? 'left' : 'right';
}

/** The widest gap interval shared by the most two-sided lines, near the middle of the page. */
function findGutter(lines: Line[], pageWidth: number): Gutter | null {
  const gaps: Gutter[] = [];
  for (const l of lines) {
    for (let k = 0; k + 1 < l.cells.length; k++) {
      const g = { from: l.cells[k]!.xEnd, to: l.cells[k + 1]!.x };
      const mid = (g.from + g.to) / 2;
      if (mid > pageWidth * 0.3 && mid < pageWidth * 0.7) gaps.push(g);
    }
  }
  let best: { g: Gutter; n: number } | null = null;
  for (const g of gaps) {
    // The interval every gap overlapping this one shares.
    let from = g.from;
    let to = g.to;
    let n = 0;
    for (const h of gaps) {
      if (h.to <= from || h.from >= to) continue;
      const f = Math.max(from, h.from);
      const t = Math.min(to, h.to);
      if (t - f < 4) continue;
      from = f;
      to = t;
      n++;
    }
    if (!best || n > best.n) best = { g: { from, to }, n };
  }
  return best && best.n >= 6 ? best.g : null;
}

/** Pieces of one side, top to bottom. */
function sidePieces(lines: Line[], g: Gutter, side: 'left' | 'right'): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const s = sideOf(l, g);
    if (s === 'across') continue;
    const cells = l.cells.filter((c) => (side === 'left' ? c.xEnd <= g.from + 1 : c.x >= g.to - 1));
    if (cells.length) out.push(withCells(l, cells));
  }
  return out;
}

/** Text that wraps from piece to piece (a continuation starts in lower case): prose, not table rows. */
function wraps(pieces: Line[]): boolean {
  if (pieces.length < 4) return false;
  let cont = 0;
  for (let k = 1; k < pieces.length; k++) if (/^[a-z(]/.test(pieces[k]!.text)) cont++;
  const wordy = pieces.filter((p) => p.text.split(/\s+/).length >= 4).length;
  return cont / (pieces.length - 1) >= 0.3 && wordy / pieces.length >= 0.6;
}

export function splitTwoColumns(lines: Line[], pageWidth: number): Line[] {
  const g = findGutter(lines, pageWidth);
  if (!g) return lines;
  const sides = lines.map((l) => sideOf(l, g));
  // Two columns of text: a line with text on both sides has one run each side (a paragraph
  // number may hang before the left one). More runs than that is a table.
  const both = lines.filter((_, i) => sides[i] === 'both');
  const simple = both.filter((l) => {
    const leftRuns = l.cells.filter((c) => c.xEnd <= g.from + 1).length;
    const rightRuns = l.cells.length - leftRuns;
    return leftRuns <= 2 && rightRuns === 1;
  });
  if (both.length < 4 || simple.length < both.length * 0.8) return lines;
  // A line of four or more runs on the page means a table is about: leave the page as it is.
  if (lines.some((l) => l.cells.length >= 4)) return lines;
  const left = sidePieces(lines, g, 'left');
  const right = sidePieces(lines, g, 'right');
  if (!wraps(left) || !wraps(right)) return lines;
  const minX = Math.min(...left.map((l) => l.x));
  const maxX = Math.max(...right.map((l) => l.xEnd));
  if (g.from - minX < pageWidth * 0.25 || maxX - g.to < pageWidth * 0.25) return lines;
  // Text columns are set to similar widths; a narrow and a wide one are a two-column table.
  const ratio = (g.from - minX) / (maxX - g.to);
  if (ratio < 0.75 || ratio > 1.33) return lines;
  // Re-read each run of lines between full-width ones as left column, then right column.
  const out: Line[] = [];
  let run: Line[] = [];
  const flush = () => {
    out.push(...sidePieces(run, g, 'left'), ...sidePieces(run, g, 'right'));
    run = [];
  };
  lines.forEach((l, i) => {
    if (sides[i] === 'across') {
      flush();
      out.push(l);
    } else run.push(l);
  });
  flush();
  return out;
}
