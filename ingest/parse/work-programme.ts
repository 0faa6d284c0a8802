/**
 * Work-programme tables: meeting-date rows grouping report titles, summaries, lead officers,
 * authors; or, with no such table, a forward plan's labelled blocks (work-programme-blocks.ts), a
 * list under meeting-date headings (work-programme-list.ts) or sentences naming each meeting's
 * items (work-programme-prose.ts).
 */
import type { Table, WorkProgrammeItem } from '../model.ts';
import type { Line, ParseInput } from '../layout/types.ts';
import { norm } from './table-draft.ts';
import { parseDatedBullets, parseItemsForMeeting, parseListedWorkProgramme, PROGRAMME_LINE, UNDATED_HEADING } from './work-programme-list.ts';
import { isMatrix, matrixItems, meetingColumns } from './work-programme-matrix.ts';
import { parseBlockedWorkProgramme } from './work-programme-blocks.ts';
import { parseProseWorkProgramme } from './work-programme-prose.ts';
import { fullYear, MONTH_RE, monthIndex, NUMERIC_DATE } from '../segment/dates.ts';

/** "Tuesday 14th June 2021", "Tue 3 Feb 26" (a short weekday, a two-figure year). */
const DAY_DATE = new RegExp(`^(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}\\.?,?\\s+(\\d{4}|\\d{2})$`, 'i');
const MONTH_DATE = new RegExp(`^${MONTH_RE}\\.?\\s+(\\d{4})$`, 'i');

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A cell or line that is only a meeting date: "29 March 2021", "Tuesday 14th June 2021", "14/06/2021",
 * "June 2021" (its first day). Returns the ISO date (null for a meeting not yet fixed: "TBC") or
 * undefined when it is not a date.
 */
export function meetingDateOf(text: string): string | null | undefined {
  const t = norm(text).replace(/[:–-]\s*$/, '').replace(/\s*\(.*\)$/, '').trim();
  const d = DAY_DATE.exec(t);
  if (d) return `${fullYear(d[3]!)}-${pad(monthIndex(d[2]!) + 1)}-${pad(Number(d[1]))}`;
  const n = NUMERIC_DATE.exec(t);
  if (n) return `${fullYear(n[3]!)}-${pad(Number(n[2]))}-${pad(Number(n[1]))}`;
  // "July 2026": a month, no day: its first day, so the item falls due in that month
  const month = MONTH_DATE.exec(t);
  if (month) return `${month[2]}-${pad(monthIndex(month[1]!) + 1)}-01`;
  // "TBC", "To be confirmed": a meeting not yet fixed
  if (/^(?:TBC|TBA|to\s+be\s+(?:confirmed|arranged|agreed|scheduled)|date\s+to\s+be\s+confirmed)$/i.test(t)) return null;
  return undefined;
}

interface Columns {
  title: number;
  summary: number;
  lead: number;
  author: number;
  date: number;
}

function find(header: string[], re: RegExp, taken: number[]): number {
  return header.findIndex((h, i) => !taken.includes(i) && re.test(h));
}

function columnsOf(t: Table): Columns | null {
  const h = t.header;
  const taken: number[] = [];
  const pick = (re: RegExp): number => {
    const i = find(h, re, taken);
    if (i >= 0) taken.push(i);
    return i;
  };
  const date = pick(/^(?:meeting\s+)?dates?$|\bmeeting\s+date|\bcommittee\s+date|\bdate\s+of\s+(?:the\s+)?(?:meeting|decision)|\bdecision\s+date|\b(?:expected|target)\s+date|^meeting$/i);
  const author = pick(/\bauthor\b|\bcontact\b|\bwritten by\b/i);
  const lead = pick(/\blead\b|\bofficer\b|\bresponsib|\bdirector\b|\bportfolio\b|\bcabinet member\b/i);
  const summary = pick(/\bsummary\b|\bdescription\b|\bpurpose\b|\bbrief\b|\bdetails?\b|\bcomments?\b|\bnotes?\b|\bscope\b/i);
  const title = pick(/\btitle\b|\breport\b|\bitem\b|\bsubject\b|\btopic\b|\bissue\b|\bmatter\b|\bdecision\b/i);
  const found = [title, summary, lead, author, date].filter((i) => i >= 0).length;
  // Post, cost and savings tables have titles too; a work programme has no figures columns.
  if (h.some((x) => /\bfte\b|\bwte\b|\bgrade\b|\bband\b|\bcost\b|£|\bsalary\b/i.test(x))) return null;
  if (title < 0 || found < 2) return null;
  return { title, summary, lead, author, date };
}

function squash(s: string): string {
  return s.replace(/\s+/g, '').toLowerCase();
}

/** Index of the line where a row's title starts, searching forward from `from`. */
function locate(lines: Line[], from: number, page: number, title: string): number {
  const target = squash(title);
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.page < page) continue;
    if (l.page > page) return -1;
    for (const c of l.cells.length ? l.cells : [{ text: l.text }]) {
      const s = squash(c.text);
      if (s.length >= 4 && (target.startsWith(s) || s.startsWith(target.slice(0, Math.max(4, Math.min(s.length, 25)))))) return i;
    }
  }
  return -1;
}

function dateLines(lines: Line[]): Array<{ index: number; date: string | null }> {
  const out: Array<{ index: number; date: string | null }> = [];
  lines.forEach((l, index) => {
    const d = meetingDateOf(l.text);
    if (d !== undefined) out.push({ index, date: d });
  });
  return out;
}

/** "1.", "2.1", "(a)": a paragraph's number in its own cell, as numbered reports are set. */
const PARAGRAPH_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|\(?[a-z]{1,3}\))$/;

function isWorkProgramme(t: Table, input: ParseInput, cols: Columns): boolean {
  // numbered paragraphs set in two columns (number | text) are a report's body, not a table
  const numbered = t.rows.filter((r) => PARAGRAPH_NUMBER.test(norm(r.cells[0] ?? ''))).length;
  if (t.rows.length > 0 && numbered * 2 > t.rows.length) return false;
  if (input.meta.type === 'work-programme') return true;
  if (cols.lead >= 0 || cols.author >= 0) return true;
  const near = input.lines.filter((l) => l.page >= t.page - 1 && l.page <= t.page);
  return near.some((l) => PROGRAMME_LINE.test(l.text));
}

/** A field that cites a forward plan entry ("Forward Plan ref. EX/2025/041", "Key decision: Yes"). */
const PLAN_REFERENCE = /\b(?:ref(?:erence)?\b\.?|key\s+decision\b)/i;

export function parseWorkProgramme(input: ParseInput): WorkProgrammeItem[] {
  const tabled = parseTabledWorkProgramme(input);
  if (tabled.length > 0) {
    // "Topics suggested but not yet scheduled" listed under the table: on the programme, undated
    const at = input.lines.findIndex((l) => UNDATED_HEADING.test(l.text.trim()));
    const unscheduled = at < 0 ? [] : parseListedWorkProgramme({ ...input, lines: input.lines.slice(at) }).filter((i) => i.meetingDate === null);
    return [...tabled, ...unscheduled];
  }
  // no table: a work programme set out as meeting headings with their items listed under them
  // ("Key decision: Yes (Forward Plan ref. EX/2025/041)" names the plan a decision is on, not this paper)
  const named = input.meta.type === 'work-programme' || input.lines.slice(0, 15).some((l) => PROGRAMME_LINE.test(l.text) && !PLAN_REFERENCE.test(l.text));
  // a forward plan of blocks, one per decision ("Title of decision: …", "Date of decision: …")
  const blocked = named ? parseBlockedWorkProgramme(input) : [];
  if (blocked.length > 0) return blocked;
  let listed = named ? parseListedWorkProgramme(input) : [];
  // or later in a paper, under the line that names it ("AGREED: that the forward plan be noted,
  // with the following items at the next two meetings:" then "8 July 2025" and its bullets)
  const at = named ? -1 : input.lines.findIndex((l) => PROGRAMME_LINE.test(l.text));
  if (at >= 0) listed = parseListedWorkProgramme({ ...input, lines: input.lines.slice(at) });
  if (listed.length > 0) return listed;
  const dated = parseDatedBullets(input);
  if (dated.length > 0) return dated;
  // or agreed in the minutes with the next meeting's items listed under the resolution
  const minuted = parseItemsForMeeting(input);
  // or written as sentences ("At its meeting on 14 January 2026 the Committee will consider …")
  return minuted.length > 0 ? minuted : parseProseWorkProgramme(input);
}

function parseTabledWorkProgramme(input: ParseInput): WorkProgrammeItem[] {
  const out: WorkProgrammeItem[] = [];
  const dates = dateLines(input.lines);
  let text: string | null = null;
  for (const t of input.tables) {
    // a matrix: a column per meeting, marked where a topic comes (work-programme-matrix.ts)
    const meetings = meetingColumns(t.header, (text ??= input.lines.map((l) => l.text).join('\n')));
    if (meetings && isMatrix(t, meetings)) {
      const found = columnsOf(t);
      const title = found && !meetings.has(found.title) ? found.title : t.header.findIndex((_, i) => !meetings.has(i));
      const cols: Columns = { title, summary: -1, lead: found?.lead ?? -1, author: -1, date: -1 };
      if (title >= 0 && isWorkProgramme(t, input, cols)) out.push(...matrixItems(t, meetings, cols.title, cols.lead));
      continue;
    }
    const cols = columnsOf(t);
    if (!cols || !isWorkProgramme(t, input, cols)) continue;
    let cursor = input.lines.findIndex((l) => l.page >= t.page);
    if (cursor < 0) cursor = 0;
    let current: string | null = null;
    const cell = (cells: string[], i: number): string | null => (i >= 0 ? norm(cells[i] ?? '') || null : null);
    for (const row of t.rows) {
      const r = rejoinDate(row, cols);
      const filled = r.cells.map(norm).filter((c) => c !== '');
      // A row that holds only a date starts a new meeting.
      if (filled.length === 1 && meetingDateOf(filled[0]!) !== undefined) {
        current = meetingDateOf(filled[0]!) ?? null;
        continue;
      }
      const title = cell(r.cells, cols.title);
      if (!title) continue;
      if (cols.date >= 0 && cell(r.cells, cols.date)) {
        const d = meetingDateOf(cell(r.cells, cols.date)!);
        if (d !== undefined) current = d;
      } else {
        const at = locate(input.lines, cursor, r.page, title);
        if (at >= 0) {
          const before = dates.filter((d) => d.index < at && d.index >= cursor - 1 && input.lines[d.index]!.page >= t.page);
          if (before.length > 0) current = before[before.length - 1]!.date;
          cursor = at + 1;
        }
      }
      const lead = cell(r.cells, cols.lead);
      // an officer's name run into the title ("… – management response Tamsin Vellacott") when
      // the title overran its column and the lead officer's cell is empty
      const runOn = cols.lead >= 0 && lead === null && cols.title < cols.lead ? nameRunOn(title, t.rows.length) : null;
      out.push({
        meetingDate: current,
        title: runOn ? runOn.title : title,
        summary: cell(r.cells, cols.summary),
        leadOfficer: runOn ? runOn.name : lead,
        author: cell(r.cells, cols.author),
        page: r.page,
      });
    }
  }
  return out;
}

/** "26 | November 2025 Highways Asset …": a date the columns split, its day in the date cell. */
const SPLIT_DATE = new RegExp(`^(${MONTH_RE}\\.?\\s+\\d{4})\\s+(\\S.*)$`, 'i');
function rejoinDate(row: Table['rows'][number], cols: Columns): Table['rows'][number] {
  if (cols.date < 0) return row;
  const day = norm(row.cells[cols.date] ?? '');
  const rest = SPLIT_DATE.exec(norm(row.cells[cols.title] ?? ''));
  if (!/^\d{1,2}$/.test(day) || !rest) return row;
  const cells = [...row.cells];
  cells[cols.date] = `${day} ${rest[1]}`;
  cells[cols.title] = rest[rest.length - 1]!;
  return { ...row, cells };
}

/** Words that end report titles, never a person's name ("Annual Report", "Capital Strategy"). */
const TITLE_ENDINGS =
  /^(?:Report|Reports|Review|Reviews|Strategy|Plan|Plans|Update|Updates|Policy|Policies|Statement|Programme|Budget|Accounts|Framework|Assessment|Services?|Performance|Monitoring|Audit|Fund|Management|Council|Committee|Board|Panel|Cabinet|Outturn|Forecast|Charter|Protocol|Scheme|Standards?|Register|Arrangements|Action|Actions|Results|Consultation|Proposals?|Options?|Contract|Contracts|Partnership|Assurance|Governance|Risk|Risks|Fees|Charges|Levy|Precept|Grant|Grants|Centre|Team|Officer|Director|Head|Manager|Chair|Member|Members|Leader|Homes|Housing|Transport|Safety|Health|Care|Education|Schools?|England|Wales|Scotland|Ireland|Kingdom|Act|Bill|Order)$/;
/** A person's name at the end of a run-on title: two or three capitalised words, not title words. */
const TRAILING_NAME = /\s((?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Councillor)\.?\s+)?[A-Z][a-z’'-]+(?:\s+[A-Z][a-zA-Z’'-]+){1,2})$/;

function nameRunOn(title: string, rows: number): { title: string; name: string } | null {
  if (rows < 3) return null;
  const m = TRAILING_NAME.exec(title);
  if (!m) return null;
  const name = m[1]!;
  const rest = title.slice(0, m.index).trim();
  if (rest.length < 8 || name.split(/\s+/).some((w) => TITLE_ENDINGS.test(w))) return null;
  // the title before the name reads as ending there: lower-case word, figure or closing bracket
  if (!/[a-z)\d’']$/.test(rest)) return null;
  return { title: rest, name };
}
