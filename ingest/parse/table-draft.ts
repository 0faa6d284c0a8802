/** The working shape of a table while it is rebuilt, and the small tests shared by the table builders. */
import { isNumericCell } from './money.ts';

export interface DraftRow {
  cells: string[];
  page: number;
}

export interface TableDraft {
  page: number;
  lastPage: number;
  /** Header rows (already split into the table's columns), top first; may be empty. */
  headerRows: string[][];
  rows: DraftRow[];
  /** The text line just above the table (a caption such as "Table 1: Savings £m"), if any. */
  caption: string | null;
  /** Position of the table on its first / last page (points from the top), for ordering. */
  top: number;
  bottom: number;
  source: 'ruled' | 'text';
}

export function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A four-digit year on its own is a heading, not a figure. */
export function isYear(s: string): boolean {
  return /^(19|20)\d\d$/.test(s.trim());
}

export function isFigure(s: string): boolean {
  const t = s.trim();
  return t !== '' && isNumericCell(t) && !isYear(t);
}

/** A row that holds no figures and only short cells: a header candidate. */
export function looksLikeHeaderRow(cells: string[]): boolean {
  const filled = cells.map(norm).filter((c) => c !== '');
  if (filled.length === 0) return false;
  if (filled.some((c) => isFigure(c))) return false;
  return filled.every((c) => c.length <= 60);
}

/** "Total", "TOTAL", "Sub Total:", "Net total", "Grand total", "Total Cash Limit", "TOTAL SPENDING". */
export function isTotalLabel(s: string): boolean {
  // "200,197.6 TOTAL SPENDING": figures run into the label are not part of it.
  const t = norm(s).replace(/^(?:\(?-?\d[\d,]*(?:\.\d+)?\)?\s+)+(?=[A-Za-z])/, '');
  return /^(?:grand\s+|net\s+|sub[\s-]?)?totals?\b/i.test(t) || /\btotals?:?$/i.test(t);
}

export function sameRow(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((c, i) => norm(c).toLowerCase() === norm(b[i] ?? '').toLowerCase());
}
