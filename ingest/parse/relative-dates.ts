/**
 * When a promise falls due, resolved against the meeting date: explicit dates ("until 31 March
 * 2022" → 2022-03-31, "in April 2022" → 2022-04, via chrono-node en-GB) and durations / periods
 * handled here ("in six months" → meeting + 6 months as YYYY-MM, "annual report" → + 12 months,
 * "in the autumn" → September).
 */
import * as chronoEn from 'chrono-node/en'; // English only: the full package loads every locale
import { monthIndex } from '../segment/dates.ts';

export interface DueMatch {
  /** YYYY-MM-DD or YYYY-MM; null when the text states a time that the meeting date is needed for but absent. */
  due: string | null;
  /** The time expression as written. */
  text: string;
  index: number;
  /** An explicit date ("13th February 2025", "April 2022") rather than a duration, period or season. */
  explicit?: boolean;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, eighteen: 18, 'twenty-four': 24, 'thirty-six': 36,
};

const pad = (n: number) => String(n).padStart(2, '0');

function addMonths(iso: string, months: number): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const DURATION =
  /\b(?:in|within|after|over the next|in the next|for)\s+(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|thirty-six|\d{1,2})\s+(months?|years?|weeks?)(?:['’]s?)?(?:\s+time)?\b/i;
const PERIODIC = /\b(annual(?:ly)?|yearly|each year|every year|in a year['’]s time|quarterly|six[- ]monthly|every six months|bi-annual(?:ly)?)\b/gi;
const SEASON = /\bin the (spring|summer|autumn|winter|new year)(?:\s+of\s+(\d{4}))?\b/i;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)';
const EXPLICIT = new RegExp(`\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:\\s+\\d{4})?|${MONTH}\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\b`, 'i');

/** Explicit dates in the text (with or without a year), as chrono reads them. */
function explicitDates(text: string, meetingDate: string | null): DueMatch[] {
  const ref = meetingDate ? new Date(`${meetingDate}T12:00:00Z`) : new Date('2000-01-01T12:00:00Z');
  const out: DueMatch[] = [];
  for (const r of chronoEn.GB.parse(text, ref, { forwardDate: meetingDate !== null })) {
    if (!EXPLICIT.test(r.text)) continue;
    const s = r.start;
    const year = s.get('year');
    const month = s.get('month');
    if (!year || !month) continue;
    if (!s.isCertain('year') && !meetingDate) {
      out.push({ due: null, text: r.text, index: r.index, explicit: true });
      continue;
    }
    const due = s.isCertain('day') ? `${year}-${pad(month)}-${pad(s.get('day') ?? 1)}` : `${year}-${pad(month)}`;
    out.push({ due, text: r.text, index: r.index, explicit: true });
  }
  return out;
}

/** The first time expression in `text` and when it falls due. */
export function findDue(raw: string, meetingDate: string | null): DueMatch | null {
  return findAllDue(raw, meetingDate)[0] ?? null;
}

/** When the first time expression in `text` that can be dated falls due ("31 Oct 2025", "01/04/2026", "31.10.2025"), or null. */
export function firstDueDate(raw: string, meetingDate: string | null): string | null {
  return findAllDue(raw, meetingDate).find((d) => d.due !== null)?.due ?? null;
}

/** Every time expression in `text`, in order. */
export function findAllDue(raw: string, meetingDate: string | null): DueMatch[] {
  // "31 st March" (a superscript set apart) reads as "31st March"; same length so indexes hold.
  const text = raw.replace(/(\d)\s(st|nd|rd|th)\b/g, '$1$2 ');
  const found: DueMatch[] = [...explicitDates(text, meetingDate)];
  const d = DURATION.exec(text);
  if (d) {
    const n = NUMBER_WORDS[d[1]!.toLowerCase()] ?? Number(d[1]);
    const unit = d[2]!.toLowerCase();
    let due: string | null = null;
    if (meetingDate) {
      if (unit.startsWith('month')) due = addMonths(meetingDate, n);
      else if (unit.startsWith('year')) due = addMonths(meetingDate, 12 * n);
      else due = addDays(meetingDate, 7 * n);
    }
    found.push({ due, text: d[0], index: d.index });
  }
  // "the Annual Governance Statement", "the Quarterly Performance Report": a name, not how often
  const p = [...text.matchAll(PERIODIC)].find((m) => !/^[A-Z]/.test(m[1]!) || !/^\s+[A-Z]/.test(text.slice(m.index + m[0].length)));
  if (p) {
    const word = p[1]!.toLowerCase();
    const months = word.startsWith('quarter') ? 3 : /six|bi-/.test(word) ? 6 : 12;
    found.push({ due: meetingDate ? addMonths(meetingDate, months) : null, text: p[0], index: p.index });
  }
  const s = SEASON.exec(text);
  if (s) {
    const month = { spring: 3, summer: 6, autumn: 9, winter: 12, 'new year': 1 }[s[1]!.toLowerCase() as 'spring'] ?? 9;
    let due: string | null = null;
    if (s[2]) due = `${s[2]}-${pad(month)}`;
    else if (meetingDate) due = nextMonthAfter(meetingDate, month);
    found.push({ due, text: s[0], index: s.index });
  }
  // "to the November meeting of the Committee": that month's meeting, the next after this one
  const mm = MONTH_MEETING.exec(text);
  if (mm && !found.some((f) => f.index <= mm.index && mm.index < f.index + f.text.length)) {
    const month = monthIndex(mm[1]!) + 1;
    found.push({ due: meetingDate && month > 0 ? nextMonthAfter(meetingDate, month) : null, text: mm[0], index: mm.index });
  }
  found.sort((a, b) => a.index - b.index);
  return found;
}

/** "the November meeting", "its March meeting": a month's meeting with no year. */
const MONTH_MEETING = new RegExp(`\\b(?:the|its|their|this|that)\\s+(${MONTH})\\s+(?:meeting|Committee|Board|Cabinet)\\b`, 'i');

/** The month (1–12) named without a year, as YYYY-MM: the next one after the meeting ("in the autumn", "the November meeting"). */
function nextMonthAfter(meetingDate: string, month: number): string {
  const [y, m] = meetingDate.split('-').map(Number) as [number, number];
  return `${month > m ? y : y + 1}-${pad(month)}`;
}
