/**
 * A work programme set out as a matrix: a row per topic, a column per meeting ("Jun | Sep | Nov",
 * "12 Jun 2025 | 18 Sep 2025"), and a mark ("X", "✓", "•") where the topic comes to that meeting.
 * A column headed by a month alone takes its day from the meeting dates the paper prints
 * ("Meeting dates: 12 June 2025 (Jun), 18 September 2025 (Sep) …"); without them it has no date.
 */
import type { Table, WorkProgrammeItem } from '../model.ts';
import { findDates, fullYear, MONTH_RE, monthIndex, NUMERIC_DATE } from '../segment/dates.ts';
import { norm } from './table-draft.ts';

/** "Jun", "June", "Sept.", "Jun 25", "June 2025": a month heading a column. */
const MONTH_HEAD = new RegExp(`^${MONTH_RE}\\.?(?:\\s+(\\d{2}|\\d{4}))?$`, 'i');
/** "12 Jun 2025", "12 June", "12/06/25": a day and month heading a column. */
const DAY_HEAD = /^(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+(\d{2}|\d{4}))?$/i;
/** A cell that only marks the meeting ("X", "✓", "Yes"). */
const MARK = /^(?:x|✓|✔|√|•|\*|y|yes)$/i;

interface MeetingColumn {
  index: number;
  month: number;
  day: number | null;
  year: number | null;
}

function year(y: string | undefined): number | null {
  return y ? fullYear(y) : null;
}

function headOf(text: string, index: number): MeetingColumn | null {
  const h = norm(text);
  const n = NUMERIC_DATE.exec(h);
  if (n) return { index, month: Number(n[2]) - 1, day: Number(n[1]), year: year(n[3]) };
  const d = DAY_HEAD.exec(h);
  if (d) return { index, month: monthIndex(d[2]!), day: Number(d[1]), year: year(d[3]) };
  const m = MONTH_HEAD.exec(h);
  if (m) return { index, month: monthIndex(m[1]!), day: null, year: year(m[2]) };
  return null;
}

const iso = (y: number, m: number, d: number): string => `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * The columns of `header` that stand for meetings, with the date each stands for (null when the
 * paper does not say which day): at least two, or null when the table is not a matrix. Months
 * run in order across the header, so a month without a year is the first meeting date printed
 * in `text` in that month after the previous column's.
 */
export function meetingColumns(header: readonly string[], text: string): Map<number, string | null> | null {
  const heads = header.map((h, i) => headOf(h, i)).filter((h): h is MeetingColumn => h !== null && h.month >= 0);
  if (heads.length < 2) return null;
  const printed = [...new Set(findDates(text).map((d) => d.iso))].sort();
  const out = new Map<number, string | null>();
  let after = '';
  for (const h of heads) {
    const month = String(h.month + 1).padStart(2, '0');
    let date: string | null = null;
    if (h.day !== null && h.year !== null) date = iso(h.year, h.month, h.day);
    else {
      const same = printed.filter((p) => p.slice(5, 7) === month && (h.year === null || p.startsWith(String(h.year))) && (h.day === null || Number(p.slice(8)) === h.day));
      date = same.find((p) => p > after) ?? null;
    }
    if (date) after = date;
    out.set(h.index, date);
  }
  return out;
}

/** A figure, not a mark: a table of monthly spend is not a programme. */
const FIGURE = /^[£(+-]?\s?\d[\d,.]*\s?(?:%|k|m)?\)?$/i;

/** The meeting columns hold marks (at least one "X"), never figures. */
export function isMatrix(t: Table, meetings: ReadonlyMap<number, string | null>): boolean {
  const cells = t.rows.flatMap((r) => [...meetings.keys()].map((c) => norm(r.cells[c] ?? ''))).filter((c) => c !== '');
  return cells.some((c) => MARK.test(c)) && !cells.some((c) => FIGURE.test(c));
}

/**
 * The items of a matrix: one per marked (topic, meeting) cell, in meeting order. A cell holding
 * words rather than a mark ("Q2 report") is the item's summary. Empty when no row has a mark.
 */
export function matrixItems(t: Table, meetings: ReadonlyMap<number, string | null>, titleColumn: number, leadColumn: number): WorkProgrammeItem[] {
  const out: Array<WorkProgrammeItem & { order: number }> = [];
  const columns = [...meetings.keys()];
  t.rows.forEach((r, row) => {
    const title = norm(r.cells[titleColumn] ?? '');
    if (!title) return;
    const lead = leadColumn >= 0 ? norm(r.cells[leadColumn] ?? '') || null : null;
    columns.forEach((c, order) => {
      const cell = norm(r.cells[c] ?? '');
      if (!cell) return;
      out.push({ meetingDate: meetings.get(c) ?? null, title, summary: MARK.test(cell) ? null : cell, leadOfficer: lead, author: null, page: r.page, order: order * 10000 + row });
    });
  });
  return out.sort((a, b) => a.order - b.order).map(({ order: _order, ...item }) => item);
}
