/**
 * Minute headings: "5. CONTAIN OUTBREAK MANAGEMENT FUND" (upper case, may wrap), or
 * "86. Minutes of the Meeting held on 9th January 2025" followed by "(Item 3)", or a bold
 * numbered heading, a short numbered title in title case ("45 Library Opening Hours"), or a
 * number with the body's letters ("OSC/24/31 Household Waste Recycling Centres"). The agenda item is the "(Item N)" when stated, else the heading's number.
 */
import type { Line } from '../layout/types.ts';
import { joinLines } from './decision-lines.ts';

export interface MinuteHeading {
  /** Index of the heading's first line. */
  index: number;
  /** Indexes of every line the heading (and its "(Item N)") occupies. */
  lineIndexes: number[];
  number: string;
  title: string;
  agendaItem: string | null;
  page: number;
}

const NUMBERED = /^(\d{1,4})\.?\s+(\S.*)$/;
const ITEM = /^\(\s*(?:Agenda\s+)?Item\s+(?:No\.?\s*)?([0-9]+[A-Za-z]?(?:\.\d+)?)\s*\)$/i;

function isUpperHeading(text: string): boolean {
  return /[A-Z]{3}/.test(text) && !/[a-z]/.test(text.replace(/\b(?:st|nd|rd|th)\b/g, ''));
}

const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with', 'vs', 'v']);
/**
 * "Library Opening Hours", "Apologies for Absence", "Declarations of Interest": a short title in
 * title case with no closing punctuation, as minutes set their headings even without bold.
 */
function isTitleCaseHeading(text: string): boolean {
  if (text.length > 90 || /[.;,:]$/.test(text) || !/^[A-Z'‘"]/.test(text)) return false;
  // "1. Mr Oakford, Deputy Leader …": a speaker in the discussion, not a minute
  if (/^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor|Sir|Dame|Lord|Lady)\b/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w) && !MINOR_WORDS.has(w.toLowerCase()));
  return words.length >= 1 && words.every((w) => /^[A-Z]/.test(w));
}

/** "Minute 23/045 Title", "Min. No. 45 Title", "Minute FC/23/045: Title". */
const MINUTE_WORD = /^Min(?:ute|\.)?\s*(?:No\.?\s*)?([A-Z]{0,5}\/?\d{1,4}(?:\s*\/\s*\d{1,4})?)\s*[.:–—-]?\s+(\S.*)$/i;
/**
 * "OSC/24/31 Household Waste …", "CAB 45/24 Budget …", "JC12 JOINT LOCAL PLAN", "AG.40 MINUTES", "P&R 25/042 BUDGET" (a capitals title after
 * letters and a number with no year): a minute number with the body's letters in front. Counted only when the letters recur (a minutes' headings share them); a lone reference
 * ("KD/2025/031 …") is not a minute.
 */
const PREFIXED = /^(([A-Z][A-Z&]{1,5}|[A-Z](?=\/\d{1,4}\/\d))(?:\s?\/?\s?|\.)\d{1,4}(?:\/\d{1,4}(?:\/\d{1,4})?|(?=[.:]?\s+[A-Z]{3})))\s*[.:–—-]?\s+([A-Z(‘'"].*)$/;
/** A bold "CAB/113 Draft Revenue Budget …": letters, a slash and a number, before a title in any case. */
const PREFIXED_SLASH = /^(([A-Z]{2,6})\/\d{1,4})\s*[.:–—-]?\s+([A-Z(‘'"].*)$/;
/** A bold "23/045 Title" (minute numbers with a year part). */
const SLASH_NUMBERED = /^(\d{1,3}\/\d{1,4})\.?\s*[:–—-]?\s+(\S.*)$/;

/**
 * "24/115 Apologies for absence. Apologies were received …": a minute number and a short title
 * run in to the minute's first sentence, on one line (parish and town councils' minutes).
 */
const RUN_IN = /^(\d{1,3}\/\d{1,4}|\d{1,4})\.?\s+([A-Z][\w’'&,()-]*(?:\s+[\w’'&,()-]+){0,5}?)\.(?:\s+(?=[A-Z(“"‘'])|$)/;
/** The year parts ("24" of "24/115") that start at least two run-in minute headings. */
function runInYears(lines: readonly Line[]): Set<string> {
  const seen = new Map<string, number>();
  for (const l of lines) {
    const year = RUN_IN.exec(l.text.trim())?.[1]!.split('/');
    if (year && year.length === 2) seen.set(year[0]!, (seen.get(year[0]!) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= 2).map(([k]) => k));
}

/**
 * A run-in minute heading: a slash number whose year part recurs, or a plain number next in the
 * minutes' sequence. Its line also holds the start of the minute, so a decision on it is read too.
 */
function runInHeading(line: Line, index: number, years: ReadonlySet<string>, last: MinuteHeading | undefined): MinuteHeading | null {
  const m = RUN_IN.exec(line.text.trim());
  if (!m) return null;
  const number = m[1]!;
  const title = m[2]!;
  if (/^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|The|It|This|Members?|He|She|They)\b/.test(title)) return null;
  const slash = number.includes('/');
  if (slash ? !years.has(number.split('/')[0]!) : !(last && /^\d+$/.test(last.number) && Number(number) === Number(last.number) + 1)) return null;
  return { index, lineIndexes: [index], number, title, agendaItem: slash ? null : number, page: line.page };
}

/** A heading that names its minute by a "Minute 23/045" style number: the number is not an agenda item. */
function minuteWordHeading(line: Line, index: number, lines: readonly Line[], prefixes: ReadonlySet<string>): MinuteHeading | null {
  const t = line.text.trim();
  const p = PREFIXED.exec(t);
  const q = p ? null : line.bold ? PREFIXED_SLASH.exec(t) : null;
  const m =
    MINUTE_WORD.exec(t) ??
    (p && prefixes.has(p[2]!) ? [p[0], p[1], p[3]] : null) ??
    (q && prefixes.has(q[2]!) ? [q[0], q[1], q[3]] : null) ??
    (line.bold || line.cells.length >= 2 ? SLASH_NUMBERED.exec(t) : null);
  if (!m || !/\d/.test(m[1]!)) return null;
  let title = m[2]!.trim();
  if (title.length > 160 || (/[.;]$/.test(title) && !line.bold)) return null;
  // "LSC/25/07 APPLICATION FOR A NEW PREMISES LICENCE – THE LANTERN ROOMS," / "14 QUAY STREET":
  // a capitals title that plainly goes on carries on to the next capitals line
  const taken = [index];
  while (isUpperHeading(title) && /(?:[,–—&-]|\b(?:AND|OF|THE|FOR|TO|IN|AT|ON))$/.test(title)) {
    const cont = lines[taken[taken.length - 1]! + 1];
    if (!cont || !isUpperHeading(cont.text.trim()) || taken.length > 3) break;
    title = joinLines([title, cont.text]);
    taken.push(taken[taken.length - 1]! + 1);
  }
  // "CAB/114 Special Educational Needs and Disabilities (SEND) Sufficiency – Capital" / "Programme":
  // a long bold title wrapped onto a short bold line
  const wrapped = lines[taken[taken.length - 1]! + 1];
  if (line.bold && wrapped?.bold && t.length >= 60 && taken.length === 1) {
    const w = wrapped.text.trim();
    if (w.split(/\s+/).length <= 4 && !/[.:;]$/.test(w) && !/^(?:Decisions?|Reasons?|RESOLVED|AGREED|Resolved|Agreed|Minutes|Present|Apologies)\b/.test(w) && !PREFIXED.test(w) && !NUMBERED.test(w)) {
      title = joinLines([title, w]);
      taken.push(taken[0]! + 1);
    }
  }
  const last = taken[taken.length - 1]!;
  const next = lines[last + 1];
  const item = next ? ITEM.exec(next.text.trim()) : null;
  return {
    index,
    lineIndexes: item ? [...taken, last + 1] : taken,
    // as printed ("P&R 25/042", "ES60/25"), with a slash's spaces closed up
    number: m[1]!.replace(/\s*\/\s*/g, '/').replace(/\s+/g, ' '),
    title,
    agendaItem: item ? item[1]! : null,
    page: line.page,
  };
}

/** The letter prefixes of PREFIXED numbers that start at least two lines. */
function recurringPrefixes(lines: readonly Line[]): Set<string> {
  const seen = new Map<string, number>();
  for (const l of lines) {
    const p = PREFIXED.exec(l.text.trim()) ?? (l.bold ? PREFIXED_SLASH.exec(l.text.trim()) : null);
    if (p) seen.set(p[2]!, (seen.get(p[2]!) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= 2).map(([k]) => k));
}

export function findMinuteHeadings(lines: readonly Line[]): MinuteHeading[] {
  const out: MinuteHeading[] = [];
  const prefixes = recurringPrefixes(lines);
  const years = runInYears(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const runIn = runInHeading(line, i, years, out[out.length - 1]);
    if (runIn) {
      out.push(runIn);
      continue;
    }
    const named = minuteWordHeading(line, i, lines, prefixes);
    if (named) {
      out.push(named);
      i = named.lineIndexes[named.lineIndexes.length - 1]!;
      continue;
    }
    const m = NUMBERED.exec(line.text.trim());
    if (!m) continue;
    const number = m[1]!;
    const first = m[2]!.replace(TIME_TAKEN, '');
    // "(Item N)" within the next few lines, the lines between being the wrapped title.
    let itemAt = -1;
    for (let j = i + 1; j <= i + 4 && j < lines.length; j++) {
      const t = lines[j]!.text.trim();
      if (ITEM.test(t)) {
        itemAt = j;
        break;
      }
      if (NUMBERED.test(t) || /[.;:]$/.test(t) && !lines[j]!.bold) break;
    }
    if (itemAt > 0) {
      const idx = Array.from({ length: itemAt - i + 1 }, (_, k) => i + k);
      const title = joinLines([first, ...lines.slice(i + 1, itemAt).map((l) => l.text)]);
      out.push({ index: i, lineIndexes: idx, number, title, agendaItem: ITEM.exec(lines[itemAt]!.text.trim())![1]!, page: line.page });
      i = itemAt;
      continue;
    }
    const upper = isUpperHeading(first);
    const boldHeading = line.bold && first.length < 120 && !/[.;,]$/.test(first) && /^[A-Z'‘"]/.test(first);
    // a plain title-case line counts only in the minutes' sequence (after the last heading's number)
    const last = out[out.length - 1];
    const inSequence = !last || (/^\d+$/.test(last.number) && Number(number) === Number(last.number) + 1);
    const titled = !upper && !boldHeading && inSequence && isTitleCaseHeading(first);
    if (!upper && !boldHeading && !titled) continue;
    if (Number(number) > 500) continue;
    const idx = [i];
    const parts = [first];
    for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
      const t = lines[j]!.text.trim();
      const cont = upper
        ? /[A-Z0-9]/.test(t) && !/[a-z]/.test(t) && !NUMBERED.test(t) && !/^RESOLVED\b/.test(t)
        : !titled && lines[j]!.bold && !NUMBERED.test(t) && !/^RESOLVED\b/i.test(t);
      if (!cont) break;
      idx.push(j);
      parts.push(t);
    }
    out.push({ index: i, lineIndexes: idx, number, title: joinLines(parts), agendaItem: number, page: line.page });
    i = idx[idx.length - 1]!;
  }
  // "21. Proposed Residents' Parking Scheme (10.14 am)": the time an item was taken is not its title
  return out.map((h) => ({ ...h, title: h.title.replace(TIME_TAKEN, '') }));
}

const TIME_TAKEN = /\s*\(\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?\)\s*$/i;
