/**
 * The ways councils label a paper's front-sheet fields and head their minutes, shared by the
 * segmenter (which must recognise a header block) and the metadata reader (which reads it).
 *
 * Minutes headings: "MINUTES of a meeting of the Cabinet held …", "Minute of Meeting of the
 * Transport and Environment Committee held …", "Minutes of the meeting held on …", "Minutes of the
 * Planning Committee meeting held on …", "Minutes of an extraordinary meeting of …".
 * Field labels: "Report to:", "Meeting:", "Date of meeting:", "Meeting date:", "Report Title:",
 * "Title of report:", "Report of:", "Decision maker:", "Public or private:", "Wards affected:" ….
 */
import type { Line } from '../layout/types.ts';

const BODIES = '(?:Sub-Committee|Committee|Cabinet|Board|Panel|Forum|Council|Executive|Commission|Assembly)';
const MEETING_KIND = '(?:special|extraordinary|annual|ordinary|adjourned|reconvened|remote|virtual|hybrid|budget)';

/** A line that opens a set of minutes (not an agenda's "Minutes of the previous meeting"). */
export const MINUTES_HEADING = new RegExp(
  `^Minutes? of (?:(?:a|an|the)\\s+)?(?:${MEETING_KIND}\\s+)?(?:meeting|hearing)\\b` +
    `|^Minutes? of (?:the\\s+)?(?:(?!meeting\\b|held\\b)[\\w&,'’()-]+\\s+){0,10}?${BODIES}\\s+(?:meeting\\s+)?held\\b`,
  'i',
);

/**
 * The line opens minutes ("Minutes of the meeting held on …"), also when its heading wraps before
 * "held" ("Minutes of the Neighbourhoods and Environment Committee" / "held on Tuesday 13 January 2026 …").
 */
export function opensMinutes(text: string, next: string | undefined): boolean {
  if (MINUTES_HEADING.test(text)) return true;
  return /^Minutes? of\b/i.test(text) && text.length < 100 && /^held\b/i.test(next ?? '') && MINUTES_HEADING.test(`${text} ${next}`);
}

/** The body named in a minutes heading. */
const MINUTES_OF_BODY = [
  // "Minute of Meeting of the X held", "MINUTES of a meeting of the Cabinet held"
  new RegExp(`\\bMinutes? of (?:(?:a|an|the)\\s+)?(?:${MEETING_KIND}\\s+)?meeting of (?:the\\s+)?(.+?)\\s+held\\b`, 'i'),
  // "Minutes of the Planning Committee meeting held on"
  new RegExp(`\\bMinutes? of (?:the\\s+)?((?:(?!meeting\\b|held\\b|of\\b)[\\w&,'’()-]+\\s+){0,10}?[\\w&'’()-]*${BODIES})\\s+(?:meeting\\s+)?held\\b`, 'i'),
];

export function minutesBody(joinedHeader: string): string | null {
  for (const re of MINUTES_OF_BODY) {
    const m = re.exec(joinedHeader);
    if (m?.[1] && m[1].length < 100) return m[1].trim();
  }
  return null;
}

/** Labels that open a front sheet's field table (a report's header) when another field follows. */
export const OPENING_FIELD = /^(?:Report Title|Title of (?:the )?Report|Report Name|Name of Report|Date of (?:the )?Meeting|Meeting Date|Meeting|Decision[- ]maker|Report of)\s*:/i;

/** Any front-sheet field label ("Key decision:", "Public or private:", "Cabinet Member:" …). */
export const FIELD_LABEL =
  /^(?:Report (?:to|of|by|title|name|author|authors?|reference|status)|Title of (?:the )?report|Name of report|Date(?: of (?:the )?(?:meeting|decision|report))?|Meeting(?: date)?|Time|Venue|Decision[- ](?:maker|taker|reference|date)|Key decision|Forward Plan (?:reference|ref\.?)|Wards?(?: affected)?|Public or private|Status|Classification|Exempt|Confidential|Cabinet Member|Portfolio(?: Holder)?|Lead (?:Member|Officer|Director)|Responsible (?:Officer|Director|Member)|Contact(?: officer)?|Reference|Purpose|Subject)\s*:/i;

/** A "Label: value" field line: a known label, or a two-cell line whose first cell is a label. */
export function isFieldLine(line: Pick<Line, 'text' | 'cells'>): boolean {
  const first = line.cells[0]?.text.trim() ?? '';
  if (line.cells.length >= 2 && /^[A-Z][\w ()/’'&-]{1,40}:$/.test(first)) return true;
  return FIELD_LABEL.test(line.text.trim());
}

/** Labels whose value names the meeting body the paper goes to. */
const BODY_FIELD = /^(?:Report to|Meeting|Committee|Name of (?:the )?(?:committee|meeting)|Decision[- ](?:maker|taker))\s*:\s*(.+)$/i;
const A_PERSON = /\b(?:Cllr|Councillor|Member|Director|Officer|Head|Leader|Mayor|Executive Director|Chief)\b/i;

/**
 * The committee from a labelled field ("Report to: Cabinet", "Meeting: Planning Committee –
 * 3 June 2025", "Decision maker: Cabinet"); a person ("Decision maker: Cllr …, Cabinet Member …") is not.
 */
export function committeeField(header: string[]): string | null {
  for (const h of header) {
    const m = BODY_FIELD.exec(h);
    if (!m?.[1]) continue;
    const value = m[1]
      .replace(TRAILING_DATE, '')
      .replace(/[.;,]\s*$/, '')
      .trim();
    // "Meeting: 14 January 2026" (a work programme's meeting heading) is a date, not a body
    if (!value || value.length > 90 || A_PERSON.test(value) || STARTS_WITH_DATE.test(value)) continue;
    return value;
  }
  return null;
}

/** Labels whose date is the meeting's (or, for a decision, the decision's). */
export const DATE_FIELD = /^(?:Date of (?:the )?(?:meeting|committee|cabinet|decision)|(?:Meeting|Committee|Cabinet|Decision) date|Date)\s*:/i;

/**
 * Where a header's body starts: a sub-numbered paragraph ("1.1 To report …") or a numbered or
 * bare opening section ("1. Purpose", "Purpose of the Report", "Executive Summary").
 */
export function bodyStart(header: string[]): number {
  const i = header.findIndex((h) => /^\d+\.\d+\.?\s+\S/.test(h) || /^(?:\d+\.?\s+)?(?:Purpose(?: of (?:the )?report)?|Executive Summary|Introduction|Background)\s*$/i.test(h));
  return i < 0 ? header.length : i;
}

/** A date as written in a heading: "Tuesday, 14th January 2026", "25 November 2025". */
export const WRITTEN_DATE = String.raw`(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}`;
const STARTS_WITH_DATE = new RegExp(`^${WRITTEN_DATE}`);
/** "Cabinet – 30 January 2025 …", "Scrutiny Committee on 4 March 2025": the meeting's date after the body. */
const TRAILING_DATE = new RegExp(String.raw`\s*(?:[-–,]|\bon\b)\s*${WRITTEN_DATE}.*$`);

/** "Agenda Item 7", "Item: 6", "Item No. 12", "Item No: 7": an agenda item's number (captured). */
export const ITEM_NUMBER = String.raw`(?:Agenda\s+)?Item:?\s*(?:No\.?\s*:?\s*)?(\d{1,2}[a-z]?)`;
/** "Item 8", "Agenda Item 9", "Item No. 4a" standing alone as a stamp. */
export const ITEM_STAMP = new RegExp(`^${ITEM_NUMBER}$`, 'i');
/** "ITEM 9: ", "Agenda item 8 – " before a title: the item's number, not part of the title. */
export const ITEM_PREFIX = /^(?:agenda\s+)?item\s+\d{1,2}[a-z]?\s*[:.–—-]\s*/i;
