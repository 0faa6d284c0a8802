/**
 * Work programmes set out as lists, not tables: a meeting-date heading ("14 October 2025 meeting:",
 * "Meeting: 25 November 2025") with its items under it as bullets or numbers, each followed by
 * labelled lines ("Purpose: …", "Lead officer: …", "Report author: …") that may wrap, or its lead
 * officer in brackets at the end ("… – annual update (Lead officer: Moira Denholm-Pryce, Head of
 * Transport Strategy)"). An item may have no bullet when its labelled lines sit indented under
 * it. Items "to be scheduled" are rows with no meeting; items "completed" are
 * not rows; a covering report's numbered sections before the list are not items. A table of
 * two columns, a meeting's date beside its bulleted items, reads the same way. Also a
 * programme minuted as dated bullets ("• 19 February 2026 – Pay Policy Statement (Clerk)").
 */
import type { WorkProgrammeItem } from '../model.ts';
import type { Line, ParseInput } from '../layout/types.ts';
import { meetingDateOf } from './work-programme.ts';
import { WRITTEN_DATE } from '../segment/fields.ts';

/** "14 October 2025 meeting:", "Meeting: 25 November 2025", "Meeting on 3 March 2026". */
function headingDate(text: string): string | null | undefined {
  // "Date: 17 June 2025" in a report's heading fields is the meeting the report goes to
  if (/^date\s*:/i.test(text.trim())) return undefined;
  const t = text
    .trim()
    .replace(/^(?:meeting|committee)(?:\s+(?:on|of|date))?\s*[:–-]?\s*/i, '')
    .replace(/\s*[-–]?\s*(?:meeting|committee)?\s*:?\s*$/i, '');
  return meetingDateOf(t);
}

const BULLET = /^(?:[-–•*▪◦·]|\d{1,2}[.)])\s+(\S.*)$/;
const FIELDS: ReadonlyArray<[keyof Pick<WorkProgrammeItem, 'summary' | 'leadOfficer' | 'author'>, RegExp]> = [
  ['summary', /^(?:purpose|summary|description|brief|scope|reason)\s*:\s*(.*)$/i],
  ['leadOfficer', /^(?:lead\s+officer|officer|lead|responsible\s+officer|lead\s+director|director|cabinet\s+member|portfolio\s+holder)\s*:\s*(.*)$/i],
  ['author', /^(?:report\s+author|author|contact(?:\s+officer)?)\s*:\s*(.*)$/i],
];

/** Headings of items with no meeting yet: on the programme, with no date. */
export const UNDATED_HEADING = /^(?:items?\s+(?:to\s+be|not\s+yet)\s+scheduled|unscheduled\s+(?:items?|topics?)|items?\s+awaiting\s+a\s+date|dates?\s+to\s+be\s+confirmed|future\s+items?\s+\(?(?:date|undated)\b.*|(?:topics?|items?|suggestions?)\s+(?:suggested\s+)?(?:but\s+)?not\s+yet\s+scheduled)\s*:?$/i;
/** Headings of items done: no longer on the programme, the list's items end there. */
const DONE_HEADING = /^completed(?:\s+items?)?(?:\s+since\b.*)?\s*:?$/i;
/** A field that names nobody yet. */
const NOBODY = /^(?:to\s+be\s+(?:confirmed|agreed|decided|determined|appointed)|tbc|tba|tbd|n\/?a)\.?$/i;
/** "Cabinet Member: …" names the member, not the officer: an item's lead officer is kept over it. */
const MEMBER_LABEL = /^(?:cabinet\s+member|portfolio\s+holder)\s*:/i;
/** "… (Lead officer: Moira Denholm-Pryce, Head of Transport Strategy)" at the end of an item's title. */
const BRACKETED_OFFICER = /\s*\((?:lead\s+officers?|officer|lead|responsible\s+officer|report\s+author|author)\s*:\s*([^)]+)\)\s*$/i;

/** Words of a role, not of a person's name ("Associate Director, …" is a role and its organisation). */
const ROLE_WORD = /\b(?:Director|Head|Manager|Officer|Chair|Chief|Executive|Assistant|Associate|Deputy|Lead|Service|Services|Team|Council|Board|Partnership|Trust|Clerk|Leader|Member|Commissioner|Corporate|Strategic|Interim|Acting|Principal|Senior)\b/;
/** "Gavin Teasdale-Rowe, Head of Transport Strategy": the person named before the role; any other value as it is. */
function personOf(value: string): string {
  const m = /^((?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Councillor|Professor)\.?\s+)?[A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+){1,3}),\s+\S/u.exec(value);
  return m && !ROLE_WORD.test(m[1]!) ? m[1]! : value;
}

/** An item whose title ends with its lead officer in brackets: the officer's name (without the role) taken out of the title. */
function withBracketedOfficer(item: WorkProgrammeItem): WorkProgrammeItem {
  const m = BRACKETED_OFFICER.exec(item.title);
  if (!m || item.leadOfficer !== null) return item;
  return { ...item, title: item.title.slice(0, m.index).trim(), leadOfficer: m[1]!.split(',')[0]!.trim() };
}

interface Draft {
  item: WorkProgrammeItem;
  field: 'title' | 'summary' | 'leadOfficer' | 'author';
  /** Left edge of the item's bullet line: its wrapped lines sit further right. */
  x: number;
}

/**
 * "Electric Vehicle Charging Strategy" then, indented, "Purpose: Pre-decision scrutiny …": an item
 * with no bullet, its title at the margin and its labelled lines under it (the title's own text, or null).
 */
function unbulletedTitle(lines: readonly Line[], index: number): string | null {
  const line = lines[index]!;
  const next = lines[index + 1];
  const text = line.text.trim();
  if (!next || next.x <= line.x + 2 || FIELDS.some(([, re]) => re.test(text))) return null;
  return FIELDS.some(([, re]) => re.test(next.text.trim())) ? text : null;
}

export function parseListedWorkProgramme(input: ParseInput): WorkProgrammeItem[] {
  const out: WorkProgrammeItem[] = [];
  let current: string | null | undefined;
  let draft: Draft | null = null;
  const close = (): void => {
    if (draft) out.push(withBracketedOfficer(draft.item));
    draft = null;
  };
  for (const [index, whole] of (input.lines as readonly Line[]).entries()) {
    let line = whole;
    // "9 June 2026 | • Highways Maintenance Block …": a meeting's date cell beside its first item
    // (a two-column table of meetings and their bulleted items): the date, then the item
    const [first, second] = whole.cells;
    const cellDate = first && second ? headingDate(first.text) : undefined;
    if (cellDate !== undefined && BULLET.test(second!.text.trim())) {
      close();
      current = cellDate;
      const rest = whole.cells.slice(1);
      line = { ...whole, x: second!.x, text: rest.map((c) => c.text).join(' '), cells: rest };
    }
    const text = line.text.trim();
    if (!text) continue;
    const date = line === whole ? headingDate(text) : undefined;
    // (a date on a wrapped line of an item, "… before Cabinet on / 4 November 2025", is not a heading)
    const wrapped = draft !== null && line.x > (draft as Draft).x + 2;
    if (date !== undefined && !wrapped) {
      close();
      current = date;
      continue;
    }
    // "Items to be scheduled": on the programme with no meeting yet; "Completed since the last
    // meeting": no longer on it
    if (UNDATED_HEADING.test(text) || DONE_HEADING.test(text)) {
      close();
      current = DONE_HEADING.test(text) ? undefined : null;
      continue;
    }
    if (current === undefined) continue;
    const bullet = BULLET.exec(text);
    // "1. Purpose of the report" then "1.1 To ask …": a covering report's section, not an item
    const section = /^(\d{1,2})[.)]\s/.exec(text);
    if (section && new RegExp(`^${section[1]}\\.1\\b`).test(input.lines[index + 1]?.text.trim() ?? '')) {
      close();
      current = undefined;
      continue;
    }
    // an item may have no bullet: a line at the margin whose next line, indented, is its "Purpose:"
    const title = bullet ? bullet[1]! : unbulletedTitle(input.lines, index);
    if (title !== null) {
      close();
      draft = { item: { meetingDate: current, title: title.trim(), summary: null, leadOfficer: null, author: null, page: line.page }, field: 'title', x: line.x };
      continue;
    }
    if (!draft) continue;
    const d: Draft = draft;
    // a line left of the item's bullet ("Contact: …" under a two-column table) is not the item's
    if (line.x < d.x - 2) {
      close();
      continue;
    }
    const field = FIELDS.find(([, re]) => re.test(text));
    if (field && MEMBER_LABEL.test(text) && d.item.leadOfficer !== null) continue;
    if (field) {
      d.field = field[0];
      const value = field[1].exec(text)![1]!.trim();
      // "Lead officer: to be confirmed" names nobody
      d.item[field[0]] = value && !NOBODY.test(value) ? (field[0] === 'summary' ? value : personOf(value)) : null;
      continue;
    }
    // a wrapped title or field value sits right of the bullet; a line at the margin ends the item
    if (line.x <= d.x + 2) {
      close();
      continue;
    }
    const value = d.field === 'title' ? d.item.title : d.item[d.field];
    if (d.field !== 'title' && value === null) continue;
    const joined = `${value ?? ''} ${text}`.trim();
    if (d.field === 'title') d.item.title = joined;
    else d.item[d.field] = joined;
  }
  close();
  return withDashedOfficers(out);
}

/** "… annual report – Hollie Brackley", "… – Dr Philippa Engstrom": a person's name after a dash at the end. */
const DASHED_NAME = /\s+[–—-]\s+((?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Councillor|Professor)\.?\s+)?[A-Z][a-z’'-]+(?:\s+[A-Z][A-Za-z’'-]+){1,3})$/;

/**
 * Items whose titles end with a dash and a person's name ("Winter Plan 2025/26 – Dr Anand
 * Thorogood") name their lead officer there, when most items of the list do so (one title ending
 * "– Phase Two" is a title).
 */
function withDashedOfficers(items: WorkProgrammeItem[]): WorkProgrammeItem[] {
  const named = items.filter((it) => it.leadOfficer === null && DASHED_NAME.test(it.title));
  if (named.length < 2 || named.length * 2 < items.length) return items;
  return items.map((it) => {
    const m = it.leadOfficer === null ? DASHED_NAME.exec(it.title) : null;
    if (!m) return it;
    // "Title – Decision maker – Lead officer": the decision maker between them is not the title's
    const title = it.title.slice(0, m.index).trim().replace(DASHED_DECIDER, '');
    return { ...it, title, leadOfficer: m[1]! };
  });
}

/** "… – Cabinet", "… – Cabinet Member for Housing", "… – Leader": a decision maker after the title. */
const DASHED_DECIDER = /\s+[–—-]\s+(?:(?:the\s+)?(?:Cabinet|Executive|Council|Leader(?:\s+of\s+the\s+Council)?|Mayor)|(?:Cabinet|Executive|Portfolio)\s+(?:Member|Holder)(?:\s+for\s+[A-Z][\w ,&’'-]{2,60})?)$/;

/** "… Pay Policy Statement 2026/27 (Clerk)": an item whose title ends with its officer in brackets, the officer taken out. */
function withOfficerAtEnd(item: WorkProgrammeItem): WorkProgrammeItem {
  const officer = /\s*\(([^()]{2,80})\)\s*$/.exec(item.title);
  return officer ? { ...item, title: item.title.slice(0, officer.index).trim(), leadOfficer: officer[1]!.trim() } : item;
}

/** "• 19 February 2026 – Pay Policy Statement 2026/27 (Clerk)": an item with its meeting's date first. */
const DATED_BULLET = new RegExp(String.raw`^[•●▪◦\-–*]\s*(${WRITTEN_DATE})\s*[–—:-]\s*(\S.*)$`);
/** A line naming a work programme ("38 FORWARD WORK PROGRAMME", "The Clerk presented the forward work programme"). */
export const PROGRAMME_LINE = /\b(?:work\s*programme|forward\s*plan|work\s*plan)\b/i;

/**
 * A work programme minuted or reported as dated bullets under a line that names it (a fire
 * authority's "FORWARD WORK PROGRAMME" minute): each bullet an item at the meeting it dates, its
 * officer in brackets at the end; wrapped lines joined.
 */
export function parseDatedBullets(input: ParseInput): WorkProgrammeItem[] {
  const out: WorkProgrammeItem[] = [];
  let near = -1;
  let cur: { item: WorkProgrammeItem; x: number } | null = null;
  const close = () => {
    if (!cur) return;
    out.push(withOfficerAtEnd(cur.item));
    cur = null;
  };
  input.lines.forEach((line, i) => {
    const text = line.text.trim();
    if (PROGRAMME_LINE.test(text)) near = i;
    const m = DATED_BULLET.exec(text);
    const date = m ? meetingDateOf(m[1]!) : undefined;
    if (m && date && near >= 0 && i - near <= 12) {
      close();
      cur = { item: { meetingDate: date, title: m[2]!.trim(), summary: null, leadOfficer: null, author: null, page: line.page }, x: line.x };
      near = i;
      return;
    }
    // a wrapped line sits right of its bullet
    if (cur && line.x > cur.x + 2 && !DATED_BULLET.test(text)) {
      cur.item.title = `${cur.item.title} ${text}`.trim();
      near = i;
      return;
    }
    close();
  });
  close();
  return out;
}

/**
 * "… that the following items be considered at the meeting on 4 December 2025:" then bullets, as
 * minutes record a programme agreed with the next meeting's items: each bullet an item at that
 * meeting, its officer in brackets at the end ("Treasury Management Mid-Year Review (Chief Finance
 * Officer)"); wrapped lines joined.
 */
const FOR_MEETING = new RegExp(String.raw`\b(?:items?|following)\b.{0,100}?\b(?:at|for|to)\s+(?:the|its)\s+(?:next\s+)?meeting\s+(?:on|of)\s+(${WRITTEN_DATE})\s*:\s*$`, 'i');

export function parseItemsForMeeting(input: ParseInput): WorkProgrammeItem[] {
  const out: WorkProgrammeItem[] = [];
  const lines = input.lines;
  for (let i = 0; i < lines.length; i++) {
    const text = `${lines[i - 1]?.text.trim() ?? ''} ${lines[i]!.text.trim()}`;
    const m = FOR_MEETING.exec(lines[i]!.text.trim()) ?? FOR_MEETING.exec(text);
    const date = m ? meetingDateOf(m[1]!) : undefined;
    if (!m || !date || !PROGRAMME_LINE.test(text)) continue;
    let cur: { item: WorkProgrammeItem; x: number } | null = null;
    const close = (): void => {
      if (!cur) return;
      // (a list's joining "; and" or full stop is not the title's)
      out.push(withOfficerAtEnd({ ...cur.item, title: cur.item.title.replace(/\s*[;,.]\s*(?:and|or)?\s*$/, '') }));
      cur = null;
    };
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      const t = line.text.trim();
      const bullet = BULLET.exec(t);
      if (bullet) {
        close();
        cur = { item: { meetingDate: date, title: bullet[1]!.trim(), summary: null, leadOfficer: null, author: null, page: line.page }, x: line.x };
      } else if (cur && line.x > cur.x + 2) cur.item.title = `${cur.item.title} ${t}`.trim();
      else break;
    }
    close();
  }
  return out;
}

