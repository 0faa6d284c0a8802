/**
 * Tables rebuilt from a part's pages: ruled tables (pdf-parse getTable) and aligned text columns.
 * Tables that run on over a page break (with or without a repeated header) are merged; header rows
 * are joined per column; the unit ("£", "£000", "£m") comes from the headers or the caption; total
 * rows and total columns are marked so their figures are never added to the cells they sum.
 */
import type { Table } from '../model.ts';
import type { LayoutPage, Line } from '../layout/types.ts';
import { parseMoney, unitFromText } from './money.ts';
import { type TableDraft, isFigure, isTotalLabel, norm, sameRow } from './table-draft.ts';
import { ruledTables } from './table-ruled.ts';
import { textTables } from './table-text.ts';

function width(d: TableDraft): number {
  return Math.max(0, ...d.headerRows.map((r) => r.length), ...d.rows.map((r) => r.cells.length));
}

function headerOf(d: TableDraft): string[] {
  const w = width(d);
  return Array.from({ length: w }, (_, i) => norm(d.headerRows.map((r) => r[i] ?? '').join(' ')));
}

/**
 * Lines at the very top of a page that carry figures but belong to no table of that page
 * ("TOTAL   311,949" left over when a ruled table breaks across pages): rows for the table above.
 */
function orphanRows(p: LayoutPage, covered: Set<Line>, drafts: TableDraft[]): Line[] {
  const out: Line[] = [];
  for (const l of p.lines) {
    if (covered.has(l) || drafts.some((d) => l.y >= d.top - 1 && l.y <= d.bottom + 1)) break;
    if (l.cells.length < 2 || !l.cells.some((c) => isFigure(c.text)) || l.cells.some((c) => c.text.length > 40) || out.length >= 3) break;
    out.push(l);
  }
  return out;
}

/** A leftover line spread over a table's columns: its label first, its figures right-aligned. */
function orphanToRow(l: Line, width: number): string[] {
  const cells = Array.from({ length: width }, () => '');
  const labels = l.cells.filter((c) => !isFigure(c.text));
  const figures = l.cells.filter((c) => isFigure(c.text));
  if (labels[0]) cells[0] = norm(labels.map((c) => c.text).join(' '));
  figures.forEach((c, i) => {
    const at = width - figures.length + i;
    if (at > 0) cells[at] = norm(c.text);
  });
  return cells;
}

/** Drafts of one page in top-to-bottom order. */
function pageDrafts(p: LayoutPage, previous: TableDraft | undefined, pages: LayoutPage[]): TableDraft[] {
  const { drafts, covered } = ruledTables(p);
  if (previous && previous.lastPage === p.page - 1 && linesOutside(pages, previous.lastPage, previous.bottom, 'below') <= 3) {
    for (const l of orphanRows(p, covered, drafts)) {
      previous.rows.push({ cells: orphanToRow(l, width(previous)), page: p.page });
      previous.lastPage = p.page;
      previous.bottom = l.y;
      covered.add(l);
    }
  }
  const rest = p.lines.filter((l) => !covered.has(l));
  // Aligned-text tables inside a ruled table's span are leftovers of that table, not tables.
  const text = textTables(rest, p.page).filter((t) => !drafts.some((d) => t.top <= d.bottom && t.bottom >= d.top));
  return [...drafts, ...text].sort((a, b) => a.top - b.top);
}

function linesBetween(pages: LayoutPage[], a: TableDraft, b: TableDraft): number {
  if (a.lastPage !== b.page) return Infinity;
  const p = pages.find((pg) => pg.page === b.page);
  return p ? p.lines.filter((l) => l.y > a.bottom + 1 && l.y < b.top - 1).length : Infinity;
}

/** Lines of the page above the draft's top / below its bottom (few means it sits at the page edge). */
function linesOutside(pages: LayoutPage[], page: number, y: number, side: 'above' | 'below'): number {
  const p = pages.find((pg) => pg.page === page);
  if (!p) return Infinity;
  return p.lines.filter((l) => (side === 'above' ? l.y < y - 1 : l.y > y + 1)).length;
}

function runsOver(pages: LayoutPage[], prev: TableDraft, cur: TableDraft): boolean {
  return (
    cur.page === prev.lastPage + 1 &&
    linesOutside(pages, prev.lastPage, prev.bottom, 'below') <= 3 &&
    linesOutside(pages, cur.page, cur.top, 'above') <= 3
  );
}

function continues(pages: LayoutPage[], prev: TableDraft, cur: TableDraft): boolean {
  if (width(prev) !== width(cur) || prev.source !== cur.source) return false;
  const near = runsOver(pages, prev, cur) || linesBetween(pages, prev, cur) <= 3;
  if (prev.rows.length === 0 && cur.headerRows.length === 0) return near;
  if (cur.headerRows.length > 0) return prev.headerRows.length > 0 && sameRow(headerOf(prev), headerOf(cur)) && runsOver(pages, prev, cur);
  return prev.headerRows.length > 0 && near;
}

function merge(prev: TableDraft, cur: TableDraft): void {
  prev.rows.push(...cur.rows);
  prev.lastPage = Math.max(prev.lastPage, cur.page);
  prev.bottom = cur.bottom;
}

/** Drop header rows repeated inside the body; a row after one that starts in lower case continues the row before. */
function tidyRows(d: TableDraft, header: string[]): void {
  const out: TableDraft['rows'] = [];
  let afterRepeat = false;
  for (const r of d.rows) {
    if (d.headerRows.length > 0 && sameRow(r.cells, header)) {
      afterRepeat = true;
      continue;
    }
    const prev = out[out.length - 1];
    if (afterRepeat && prev && /^[a-z]/.test(r.cells[0] ?? '') && !r.cells.some((c) => isFigure(c))) {
      prev.cells = prev.cells.map((c, i) => norm(`${c} ${r.cells[i] ?? ''}`));
      afterRepeat = false;
      continue;
    }
    afterRepeat = false;
    out.push(r);
  }
  d.rows = out;
}

function tableUnit(header: string[], caption: string | null, rows: TableDraft['rows']): Table['unit'] {
  const units = [...header, caption ?? ''].map(unitFromText);
  if (rows.some((r) => r.cells.some((c) => /^\(?-?£/.test(c)))) units.push('£');
  if (units.includes('£m')) return '£m';
  if (units.includes('£000')) return '£000';
  if (units.includes('£')) return '£';
  return null;
}

function rowIsTotal(cells: string[]): boolean {
  const label = cells.find((c) => c !== '' && !isFigure(c));
  return label !== undefined && isTotalLabel(label);
}

/** A last row with figures and no label whose figures are the column sums of the rows above: a total. */
function markUnlabelledTotal(rows: Table['rows']): void {
  const last = rows[rows.length - 1];
  if (!last || last.isTotal || rows.length < 3 || last.cells.some((c) => c !== '' && !isFigure(c))) return;
  let checked = 0;
  let ok = 0;
  last.cells.forEach((c, j) => {
    const v = parseMoney(c);
    if (v === null) return;
    const sum = rows.slice(0, -1).filter((r) => !r.isTotal).reduce((a, r) => a + (parseMoney(r.cells[j] ?? '') ?? 0), 0);
    checked++;
    if (Math.abs(sum - v) <= Math.max(0.051, Math.abs(v) * 0.002)) ok++;
  });
  if (checked > 0 && ok / checked >= 0.6) last.isTotal = true;
}

/** A "Total"/"Cumulative" column whose figures are the sum of the figure columns just left of it. */
function totalColumns(header: string[], rows: Table['rows']): number[] {
  const out: number[] = [];
  header.forEach((h, j) => {
    if (!/\b(total|cumulative)\b/i.test(h) || /\bcost\b/i.test(h)) return;
    let checked = 0;
    let ok = 0;
    for (const r of rows) {
      const v = parseMoney(r.cells[j] ?? '');
      if (v === null) continue;
      let sum = 0;
      let n = 0;
      let matched = false;
      for (let k = j - 1; k >= 0; k--) {
        const x = parseMoney(r.cells[k] ?? '');
        if (x === null) break;
        sum += x;
        n++;
        if (n >= 2 && Math.abs(sum - v) <= Math.max(0.051, Math.abs(v) * 0.002)) matched = true;
      }
      checked++;
      if (matched) ok++;
    }
    if (checked > 0 && ok / checked >= 0.6) out.push(j);
  });
  return out;
}

export function parseTables(pages: LayoutPage[]): Table[] {
  const merged: TableDraft[] = [];
  for (const p of pages) {
    pageDrafts(p, merged[merged.length - 1], pages).forEach((d) => {
      const prev = merged[merged.length - 1];
      if (prev && continues(pages, prev, d)) merge(prev, d);
      else merged.push(d);
    });
  }
  const tables: Table[] = [];
  for (const d of merged) {
    const header = headerOf(d);
    tidyRows(d, d.headerRows.length ? d.headerRows[d.headerRows.length - 1]!.length === header.length && d.headerRows.length === 1 ? d.headerRows[0]! : header : header);
    if (d.rows.length === 0) continue;
    const rows = d.rows.map((r) => ({ cells: r.cells, isTotal: rowIsTotal(r.cells), page: r.page }));
    markUnlabelledTotal(rows);
    tables.push({
      page: d.page,
      lastPage: Math.max(d.lastPage, ...rows.map((r) => r.page)),
      header,
      rows,
      unit: tableUnit(header, d.caption, d.rows),
      totalColumns: totalColumns(header, rows),
    });
  }
  return tables;
}

/** The caption line above each table is not part of the Table model; amounts re-derive context from rows. */
export type { TableDraft };
