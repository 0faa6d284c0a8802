/**
 * Filters understood from a question's wording: committees and councils (matched against the
 * names the store holds) and meeting-date ranges ("last February", "in 2021", "since March",
 * "at the 8 Feb meeting") read with chrono-node (en-GB) relative to `now`.
 */
import * as chronoEn from 'chrono-node/en'; // English only: the full package loads every locale
import { words } from './text.ts';
import { isPlaceWord } from './committee-places.ts';
import { AUTHORITY_KIND_WORDS } from '../../ingest/segment/council.ts';

export interface Filters {
  /** Committee names as stored. */
  committees: string[];
  councils: string[];
  /** Inclusive ISO date bounds on the meeting date. */
  from: string | null;
  to: string | null;
  /** Human-readable, for Answer.filters. */
  labels: string[];
  /** Lower-case words the filters used up (not topic words). */
  consumed: Set<string>;
  /**
   * A date the question is about but not a meeting date ("as of last October", "the report for
   * Jul-Sep 2020"), or the meeting dates a search found nothing in (engine.ts): units whose text
   * names a month in it rank higher; no paper is filtered out by it.
   */
  about?: { from: string; to: string } | null;
  /**
   * "the parish council": `councils` are every stored council of that kind ("parish"), not one
   * named. A council of that kind is also talked about in others' papers ("what did the parish
   * council say about the application?"): engine.ts asks those when its own papers say nothing.
   */
  councilKind?: string;
}

export interface FilterContext {
  committees: readonly string[];
  councils: readonly string[];
  now: Date;
  /**
   * The meetings held, by committee, dates ascending: a date typed without its year ("the 8 Feb
   * ascph") is the one the committee met on, not necessarily this year's.
   */
  meetings?: ReadonlyMap<string, readonly string[]>;
}

const GENERIC_COMMITTEE_WORDS = new Set(['committee', 'the', 'meeting', 'sub']);
/** The kinds of body a name ends on ("… Scrutiny Panel", "… Board"): not what tells two bodies apart. */
const BODY_NOUNS = new Set(['panel', 'board', 'forum', 'subcommittee', 'cttee']);
/** The kinds of council ("City Council", "Kent County Council", "Nottingham City"). */
export const COUNCIL_KINDS = new Set(['county', 'city', 'borough', 'district', 'parish', 'town', 'metropolitan']);
/** One-word committee names that name the body alone ("what did cabinet agree?"). */
const BODY_WORDS = new Set(['cabinet', 'executive', 'council', 'scrutiny', 'assembly', 'authority', 'forum', 'board', 'panel']);
/** A word after a council's own name that makes it the council: its kind, its possessive, or one of its bodies. */
const COUNCIL_NAMED_BY = new Set(['council', 'county', 'city', 'borough', 'cc', 'dc', 'bc', 'tc', 'pc', 's', 'cabinet', 'committee', 'cttee', 'board', 'panel', 'executive', 'scrutiny', 'authority', 'fra', 'npa']);
const GENERIC_COUNCIL_WORDS = new Set(['county', 'city', 'borough', 'district', 'metropolitan', 'council', 'the', 'of', 'royal', 'london', 'parish', 'town']);

export function parseFilters(question: string, ctx: FilterContext, intent?: string): Filters {
  // "governance & audit": the "and" of the stored name ("Governance and Audit Committee")
  const q = words(question.replace(/(?<=\p{L})\s*&\s*(?=\p{L}{3})/gu, ' and '));
  const f: Filters = { committees: [], councils: [], from: null, to: null, labels: [], consumed: new Set() };
  let kindAsked: { kind: string; name: string } | null = null;

  // Longest committee names first so "Health Scrutiny" does not steal from a longer name.
  const committees = [...ctx.committees].sort((a, b) => b.length - a.length);
  for (const name of committees) {
    const core = words(name).filter((w) => !GENERIC_COMMITTEE_WORDS.has(w));
    if (core.length === 0) continue;
    const at = indexOfSeq(q, core);
    if (at < 0) continue;
    // a meeting of the whole council ("Council", "Full Council") is named as one ("full council",
    // "the council meeting"); "council homes", "ni council", "council tax" are not it
    if (core.every((w) => w === 'council' || w === 'full') && indexOfSeq(q, ['full', 'council']) < 0 && !/^(?:meeting|mtg|meetings)$/.test(q[at + core.length] ?? '')) continue;
    // "the town council", "the parish council": a kind of council (each one's papers, below), not
    // one council's meeting stored as "Town Council" ("halesby town council" names its council)
    if (core.length === 2 && COUNCIL_KINDS.has(core[0]!) && core[1] === 'council' && q[at - 1] !== 'full') {
      kindAsked ??= { kind: core[0]!, name };
      continue;
    }
    // "the chief exec's pay": a post, not the Executive; "has the cabinet member replied?", "did
    // the exec member approve …?": the member, whose decisions and replies may be in any
    // committee's papers (but "who's the cabinet member on …?" asks what the Cabinet's paper names)
    if (q[at - 1] === 'chief') continue;
    if (core.length === 1 && q[at + 1] === 'member' && intent !== 'who') continue;
    // the word before "(the) cabinet", "(the) full council"
    let before = at - 1;
    while (q[before] === 'the' || q[before] === 'full') before -= 1;
    // "did scrutiny send it back to cabinet?", "does the review have to go to full council too?":
    // where a paper or decision goes next, not the meeting asked about
    if (q[before] === 'to' && /^(?:back|go|goes|going|gone|went|referred|refer|refers|sent|send|taken|passed|escalated|recommended)$/.test(q[before - 1] ?? '')) continue;
    // "when does it go to cabinet?", "when does full council get the pay policy?": the body a paper
    // is due at, not the meeting whose papers say so
    if (intent === 'deadline' && (q[before] === 'to' || /^(?:get|gets|see|sees|consider|considers|look|looks|take|takes)$/.test(q[at + core.length] ?? ''))) continue;
    // a one-word name that is also a topic ("Housing Committee", "Planning Committee") is the
    // committee only when named as one: "housing committee", "the planning cttee's meeting"
    if (core.length === 1 && !BODY_WORDS.has(core[0]!) && !/^(?:committee|cttee|cttees|committees|sub|subcommittee|meeting|mtg|panel|board)$/.test(q[at + 1] ?? '')) continue;
    if (f.committees.some((c) => words(c).join(' ').includes(core.join(' ')))) continue;
    f.committees.push(name);
    for (const w of core) f.consumed.add(w);
    f.consumed.add('committee');
  }
  // "health scrutiny", "children's scrutiny": a body named by its first and last words, the words
  // between left out ("Health Overview and Scrutiny Committee"), when no name matched whole
  if (f.committees.length === 0) {
    for (const name of committees) {
      const core = words(name).filter((w) => !GENERIC_COMMITTEE_WORDS.has(w) && !BODY_NOUNS.has(w));
      if (core.length < 3) continue;
      const at = indexOfSeq(q, [core[0]!]);
      const end = at < 0 ? -1 : q.indexOf(core[core.length - 1]!, at + 1);
      // ("children, education & families": another body's words in another order)
      if (end < 0 || end - at > 2 || core.includes(q[at - 1] ?? '') || core.includes(q[end + 1] ?? '')) continue;
      // the words typed between are the name's own, in its order
      const typed = q.slice(at, end + 1);
      let k = 0;
      for (const w of core) if (w === typed[k]) k += 1;
      if (k !== typed.length) continue;
      f.committees.push(name);
      for (const w of typed) f.consumed.add(w);
    }
  }
  // "the health and wellbeing board": also each council's own ("Lindenshire Health and Wellbeing
  // Board"), a stored name that is the one named with a place in front
  for (const name of [...f.committees]) {
    const core = words(name).filter((w) => !GENERIC_COMMITTEE_WORDS.has(w));
    // ("Shadow Cabinet", "Children's Health and Wellbeing Board": another body, not the same one of
    // a place; but "full council" is also the "City Council" or "Kent County Council" meeting)
    const fullCouncil = core.length === 1 && core[0] === 'council';
    const placeBefore = (w: string) => (isPlaceWord(w) || (fullCouncil && COUNCIL_KINDS.has(w))) && !q.includes(w);
    // "the licensing sub-cttee", "the audit committee": also the stored bodies whose name starts
    // with the words named ("Licensing Act 2003 Sub-committee", "Audit and Governance Committee")
    const at = indexOfSeq(q, core);
    const namedAsBody = at >= 0 && /^(?:committee|cttee|cttees|committees|sub|subcommittee|panel|board)$/.test(q[at + core.length] ?? '');
    for (const other of committees) {
      const ws = words(other).filter((w) => !GENERIC_COMMITTEE_WORDS.has(w));
      if (namedAsBody && !f.committees.includes(other) && ws.length > core.length && ws.slice(0, core.length).join(' ') === core.join(' ')) {
        f.committees.push(other);
        continue;
      }
      const extra = ws.length - core.length;
      if (f.committees.includes(other) || extra < 1 || extra > 2 || ws.slice(extra).join(' ') !== core.join(' ')) continue;
      if (!ws.slice(0, extra).every(placeBefore)) continue;
      f.committees.push(other);
    }
  }
  if (f.committees.length > 0) f.labels.push(`committee: ${f.committees.join(' or ')}`);

  for (const name of ctx.councils) {
    const all = words(name);
    const core = all.filter((w) => !GENERIC_COUNCIL_WORDS.has(w) && !AUTHORITY_KIND_WORDS.has(w));
    if (core.length === 0) continue;
    const full = indexOfSeq(q, all) >= 0;
    const at = indexOfSeq(q, core);
    const next = q[at + core.length];
    // "Kent" alone may be a topic ("Kent Test"); "kent cc", "harrowfield cabinet", "ravensholme's" name the council
    const named = at >= 0 && next !== undefined && COUNCIL_NAMED_BY.has(next);
    if (!full && !named) continue;
    f.councils.push(name);
    for (const w of all) f.consumed.add(w);
    // "salthaven tc", "kent cc": the council's initials name it too
    if (named && /^(?:cc|dc|bc|tc|pc)$/.test(next)) f.consumed.add(next);
  }
  // "is the town council creating an events post?": the papers of the town councils stored
  // (no council of that kind stored: the meetings stored under that name)
  if (kindAsked !== null && f.councils.length === 0) {
    const kind = new RegExp(`\\b${kindAsked.kind} council$`, 'i');
    const councils = ctx.councils.filter((c) => kind.test(c));
    if (councils.length > 0) {
      f.councils.push(...councils);
      f.councilKind = kindAsked.kind;
    } else if (f.committees.length === 0) {
      f.committees.push(kindAsked.name);
      f.labels.unshift(`committee: ${kindAsked.name}`);
    }
    for (const w of [kindAsked.kind, 'council']) f.consumed.add(w);
  }
  // (a kind of council is labelled as one: there may be dozens of parish councils)
  if (f.councils.length > 0) f.labels.push(f.councilKind ? `council: every ${f.councilKind} council (${f.councils.length})` : `council: ${f.councils.join(' or ')}`);

  parseDates(question, ctx, f);
  return f;
}

const DATE_WORD =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:today|tonight|yesterday|tomorrow|week|weeks|month|months|year|years|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|fortnight|now|since|last|next|this|spring|summer|autumn|winter)\b/i;
const DURATION = /\b(?:within|in|for|over|after|up to)?\s*\d+\s+(?:working\s+)?(?:days?|weeks?|months?|years?)\b(?!\s+ago)/i;
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const PERIOD_NOUN = /^(?:'s)?\s+(?:budget\s+)?(?:monitoring|report|figures|forecast|position|performance|outturn|data|return|dashboard|qpr)\b/i;
const FUTURE_CUE = /\b(coming|upcoming|forthcoming|will|going to|due|planned|scheduled|expected|future|agenda|forward plan)\b/i;
const PAST_CUE = /\b(was|were|did|had|decided|approved|agreed|resolved|last|previous|ago)\b/i;

/** The year in which month/day falls nearest to now (last year, this year or next). */
function nearestYear(now: Date, month: number, day: number): number {
  const y = now.getUTCFullYear();
  const gap = (year: number): number => Math.abs(Date.UTC(year, month - 1, day) - now.getTime());
  return [y - 1, y, y + 1].reduce((best, year) => (gap(year) < gap(best) ? year : best));
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
/** "Jul-Sep 2020", "April to June 2024": a span of months. */
const MONTH_SPAN = new RegExp(`\\b${MONTH}\\s*(?:-|–|to|until|and)\\s*${MONTH}\\s+((?:19|20)?\\d{2})\\b`, 'gi');
/** "apr-sep", "April–September": a span of months with no year, written as a period. */
const YEARLESS_SPAN = new RegExp(`\\b${MONTH}\\s*[-–]\\s*${MONTH}\\b`, 'gi');
/** "… report for Jul-Sep 2020", "covering April to June": the period a report covers. */
const PERIOD_BEFORE = /\b(?:for|covering|of|during)\s+(?:the\s+)?(?:period\s+)?(?:of\s+)?$/i;
/** "as of last October", "as at 31 March": the date figures are stated at, not a meeting. */
const AS_OF_BEFORE = /\bas\s+(?:of|at)\s+(?:the\s+)?(?:end\s+of\s+)?(?:last\s+|this\s+)?$/i;
/**
 * "does the dog PSPO start next month?", "when does the consultation close in March?", "will the
 * works be finished by June?": the date of the thing asked about, not of a meeting (the papers
 * that say so were written before it).
 */
const EVENT_BEFORE =
  /\b(?:start|begin|commence|open|close|end|finish|expire|launch|lapse|run out|go live|come into (?:force|effect)|take effect|kick off|be (?:ready|done|finished|completed?|built|open|delivered|in place|live))(?:s|es|ed)?\s+(?:in\s+|on\s+|from\s+|at\s+)?(?:the\s+)?(?:start\s+of\s+|end\s+of\s+|beginning\s+of\s+)?(?:last\s+|this\s+|next\s+)?$/i;
/** "the 9 Jan cabinet minutes": the date names which minutes. */
const MINUTES_AFTER = /^\s*(?:'s\s+)?(?:[\w&]+\s+){0,2}?minutes\b/i;
/** "before the July 21 cttee": the meeting is named, and its own papers are meant. */
const MEETING_AFTER = /^\s*(?:'s\s+)?(?:[\w&]+\s+){0,3}?(?:meeting|mtg|committee|cttee|cabinet|council|board|panel)\b/i;

function monthSpans(question: string, f: Filters): Array<[number, number]> {
  const used: Array<[number, number]> = [];
  for (const m of question.matchAll(MONTH_SPAN)) {
    const a = MONTH_NAMES.indexOf(m[1]!.toLowerCase()) + 1;
    const b = MONTH_NAMES.indexOf(m[2]!.toLowerCase()) + 1;
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const yA = b < a ? y - 1 : y;
    const start = `${yA}-${String(a).padStart(2, '0')}-01`;
    const end = `${y}-${String(b).padStart(2, '0')}-${String(daysInMonth(y, b)).padStart(2, '0')}`;
    if (PERIOD_BEFORE.test(question.slice(0, m.index))) f.about = { from: start, to: end };
    else applyRange(f, 'in', start, end);
    for (const w of words(m[0])) f.consumed.add(w);
    used.push([m.index!, m.index! + m[0].length]);
  }
  // "which hub was busiest apr-sep?": months within the period a report covers, with no year to
  // place them: not a meeting date
  for (const m of question.matchAll(YEARLESS_SPAN)) {
    if (used.some(([a, b]) => m.index! < b && m.index! + m[0].length > a)) continue;
    for (const w of words(m[0])) f.consumed.add(w);
    used.push([m.index!, m.index! + m[0].length]);
  }
  return used;
}

/**
 * A yearless day or month with no meeting of the named committees (or of any, when none is
 * named) in the year read from today, but with one in another year: that year (the latest such,
 * not after the year read). "the 8 Feb ascph" in an archive whose ASCPH met on 8 February 2021.
 */
function yearOfMeeting(year: number, month: number, day: number | null, f: Filters, ctx: FilterContext): number {
  if (!ctx.meetings) return year;
  const lists = f.committees.length > 0 ? f.committees.map((c) => ctx.meetings!.get(c) ?? []) : [ctx.meetings.get(ALL_MEETINGS) ?? []];
  const mmdd = `-${String(month).padStart(2, '0')}${day === null ? '' : `-${String(day).padStart(2, '0')}`}`;
  const years = new Set<number>();
  for (const list of lists) for (const d of list) if (d.slice(4, 4 + mmdd.length) === mmdd) years.add(Number(d.slice(0, 4)));
  if (years.size === 0 || years.has(year)) return year;
  const earlier = [...years].filter((y) => y < year);
  return earlier.length > 0 ? Math.max(...earlier) : Math.min(...years);
}

/**
 * Reads the question's dates again once a committee has been named another way (an abbreviation,
 * understand.ts): a yearless date is then resolved against that committee's meetings.
 */
export function redateForCommittees(question: string, ctx: FilterContext, f: Filters): void {
  if (!ctx.meetings || (f.from === null && f.to === null)) return;
  f.from = null;
  f.to = null;
  f.about = null;
  f.labels = f.labels.filter((l) => l.startsWith('committee: ') || l.startsWith('council: '));
  parseDates(question, ctx, f);
}

/** FilterContext.meetings' key for every meeting, whatever the committee. */
export const ALL_MEETINGS = '';

/** "end of Jan", "early March", "mid-July": a third of the month, not all of it. */
const PART_OF_MONTH: ReadonlyArray<[RegExp, number, number | null]> = [
  [/\b(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?$|\blate\s+$/i, 21, null],
  [/\b(?:the\s+)?(?:start|beginning)\s+of\s+(?:the\s+)?$|\bearly\s+$/i, 1, 10],
  [/\bmid(?:dle\s+of)?[\s-]*$/i, 11, 20],
];

function parseDates(question: string, ctx: FilterContext, f: Filters): void {
  const now = ctx.now;
  const spans = monthSpans(question, f);
  const yearRe = /\b(in|during|since|from|after|before|until)\s+((?:19|20)\d{2})\b(?![/-]\d)/gi;
  const years = [...question.matchAll(yearRe)];
  for (const m of years) {
    const prep = m[1]!.toLowerCase();
    const y = Number(m[2]);
    applyRange(f, prep, `${y}-01-01`, `${y}-12-31`);
    f.consumed.add(prep);
    f.consumed.add(String(y));
  }
  // "the month after next": chrono reads no such phrase
  const after = /\b(?:the\s+)?month\s+after\s+next\b/i.exec(question);
  if (after) {
    const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 1));
    const y = at.getUTCFullYear();
    const m = at.getUTCMonth() + 1;
    applyRange(f, 'in', `${y}-${String(m).padStart(2, '0')}-01`, `${y}-${String(m).padStart(2, '0')}-${String(daysInMonth(y, m)).padStart(2, '0')}`);
    for (const w of words(after[0])) f.consumed.add(w);
    question = question.slice(0, after.index) + ' '.repeat(after[0].length) + question.slice(after.index + after[0].length);
  }
  // "how many veterans were housed last year?": the year the figures are about, not a meeting
  // ("this year" is the asker's present, which the papers' own dates say nothing against)
  const year = /\b(last|next)\s+(?:calendar\s+)?year\b/i.exec(question);
  if (year && f.about == null) {
    const y = now.getUTCFullYear() + (year[1]!.toLowerCase() === 'last' ? -1 : 1);
    f.about = { from: `${y}-01-01`, to: `${y}-12-31` };
    for (const w of words(year[0])) f.consumed.add(w);
  }
  // chrono costs milliseconds a question: only when something in it can be a date
  const results = DATE_WORD.test(question) ? chronoEn.GB.parse(question, now) : [];
  const dated: Array<{ start: string; end: string; minutes: boolean; yearless: boolean }> = [];
  for (const r of results) {
    // "fixed within 28 days", "in 12 months": a length of time, not a date
    if (DURATION.test(r.text) || DURATION.test(question.slice(Math.max(0, r.index - 8), r.index + r.text.length))) continue;
    // "next Tuesday's cabinet", "on Thursday": one day, as chrono reads it from now
    if (!r.start.isCertain('month') && WEEKDAY.test(r.text)) {
      // "on a Friday", "every Friday", "on Fridays": any such day, not a date
      if (/\b(?:a|an|every|each|any)\s+$/i.test(question.slice(Math.max(0, r.index - 7), r.index)) || /^s\b/i.test(question.slice(r.index + r.text.length))) continue;
      const day = r.start.date().toISOString().slice(0, 10);
      applyRange(f, 'in', day, day);
      for (const w of words(r.text)) f.consumed.add(w);
      for (const w of ['last', 'this', 'next', 'meeting', 's']) f.consumed.add(w);
      continue;
    }
    if (!r.start.isCertain('month')) continue;
    if (spans.some(([a, b]) => r.index < b && r.index + r.text.length > a)) continue;
    if (years.some((m) => m.index !== undefined && m.index <= r.index && r.index < m.index + m[0].length)) continue;
    // "the Nov 24-25 monitoring", "Q3 2024/25": a financial year, not a day or a meeting date.
    if (/^\s*[-/]\s*\d{2}(?:\d{2})?\b/.test(question.slice(r.index + r.text.length)) || isFinancialYear(r.text)) continue;
    // "the Nov monitoring report", "December's figures": the period a report covers, not when it was considered
    if (!r.start.isCertain('day') && PERIOD_NOUN.test(question.slice(r.index + r.text.length))) continue;
    let year = r.start.isCertain('year') ? r.start.get('year')! : null;
    const yearless = year === null;
    const month = r.start.get('month')!;
    const day = r.start.isCertain('day') ? r.start.get('day')! : null;
    const before = question.slice(0, r.index).toLowerCase();
    const prep = /\b(since|from|after|before|until|by)\s+(the\s+)?$/.exec(before)?.[1] ?? 'in';
    if (year === null) {
      // "next June", or a question about what is still to come ("coming to committee in June")
      // "next June": the one ahead; a question about what is still to come ("coming to
      // committee in June", "on the agenda for 13 March"): the nearest one, ahead or just past;
      // otherwise the most recent one
      const next = /\bnext\s+$/.test(before);
      const ahead = !next && FUTURE_CUE.test(question) && !PAST_CUE.test(question);
      const nowY = now.getUTCFullYear();
      const nowM = now.getUTCMonth() + 1;
      const nowD = now.getUTCDate();
      const notYet = month > nowM || (month === nowM && day !== null && day > nowD);
      if (next) year = notYet ? nowY : nowY + 1;
      else if (ahead) year = nearestYear(now, month, day ?? 15);
      else year = notYet ? nowY - 1 : nowY;
    }
    // "end of jan": chrono reads the month's last day; the question means its last third
    const textBefore = `${before}${r.text.slice(0, Math.max(0, r.text.search(new RegExp(MONTH, 'i'))))}`;
    const part = PART_OF_MONTH.find(([re]) => re.test(textBefore));
    if (yearless) year = yearOfMeeting(year, month, part ? null : day, f, ctx);
    const dayFrom = part ? part[1] : day;
    const dayTo = part ? (part[2] ?? daysInMonth(year, month)) : day;
    const mm = String(month).padStart(2, '0');
    const start = dayFrom === null ? `${year}-${mm}-01` : `${year}-${mm}-${String(dayFrom).padStart(2, '0')}`;
    const end = dayTo === null ? `${year}-${mm}-${String(daysInMonth(year, month)).padStart(2, '0')}` : `${year}-${mm}-${String(Math.min(dayTo, daysInMonth(year, month))).padStart(2, '0')}`;
    const after = question.slice(r.index + r.text.length);
    // (a day is a meeting's: "the forward plan for the 29 March meeting")
    if (AS_OF_BEFORE.test(before) || (EVENT_BEFORE.test(before) && !MEETING_AFTER.test(after)) || (prep === 'in' && day === null && PERIOD_BEFORE.test(before) && !MEETING_AFTER.test(after))) {
      // the date the figures are about, not when a meeting looked at them
      f.about = { from: start, to: end };
    } else if ((prep === 'before' || prep === 'after') && (MEETING_AFTER.test(after) || /^['’]s\s/.test(after))) {
      // "before the July 21 cttee met": what that meeting's papers say ("after nov's awards": the
      // awards of the November meeting)
      dated.push({ start, end, minutes: false, yearless });
    } else if (prep === 'in') dated.push({ start, end, minutes: MINUTES_AFTER.test(after), yearless });
    else applyRange(f, prep, start, end);
    for (const w of words(r.text)) f.consumed.add(w);
    for (const w of ['last', 'this', 'next', 'meeting', prep]) f.consumed.add(w);
  }
  // Two dates: the one naming minutes ("were the 9 Jan minutes signed off at last month's
  // meeting?", "ascph 11 jan 21 - were the december minutes agreed?") says what the meeting
  // looked at; the other is the meeting.
  const meeting = dated.length > 1 ? (dated.find((d) => !d.minutes) ?? dated[0]!) : dated[0];
  for (const d of dated) {
    if (d === meeting) applyRange(f, 'in', d.start, d.end);
    // "the december minutes" at a January 2021 meeting: the December before it
    else f.about = d.yearless && meeting ? lastBefore(d, meeting.end) : { from: d.start, to: d.end };
  }
}

/** A yearless date's range moved to the latest year in which it starts on or before `iso`. */
function lastBefore(d: { start: string; end: string }, iso: string): { from: string; to: string } {
  let year = Number(iso.slice(0, 4));
  if (`${year}${d.start.slice(4)}` > iso) year -= 1;
  const month = Number(d.start.slice(5, 7));
  const to = d.end.slice(8) === String(daysInMonth(Number(d.end.slice(0, 4)), month)).padStart(2, '0') ? String(daysInMonth(year, month)).padStart(2, '0') : d.end.slice(8);
  return { from: `${year}${d.start.slice(4)}`, to: `${year}${d.end.slice(4, 8)}${to}` };
}

/** "24-25", "2024/25": consecutive years written as a range. */
function isFinancialYear(text: string): boolean {
  const m = /\b(\d{2}|\d{4})\s*[-/]\s*(\d{2}|\d{4})\b/.exec(text);
  return m !== null && Number(m[2]) % 100 === (Number(m[1]) + 1) % 100;
}

function applyRange(f: Filters, prep: string, start: string, end: string): void {
  if (prep === 'since' || prep === 'from') {
    f.from = start;
    f.labels.push(`from ${start}`);
  } else if (prep === 'after') {
    f.from = nextDay(end);
    f.labels.push(`after ${end}`);
  } else if (prep === 'before') {
    f.to = prevDay(start);
    f.labels.push(`before ${start}`);
  } else if (prep === 'until' || prep === 'by') {
    f.to = end;
    f.labels.push(`until ${end}`);
  } else {
    f.from = start;
    f.to = end;
    f.labels.push(start === end ? `meeting date ${start}` : `meeting date ${start} to ${end}`);
  }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function prevDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function indexOfSeq(hay: readonly string[], needle: readonly string[]): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** True when a part's meeting date passes the date filters (no filter → always). */
export function dateInRange(date: string | null, f: Pick<Filters, 'from' | 'to'>): boolean {
  if (f.from === null && f.to === null) return true;
  if (date === null) return false;
  if (f.from !== null && date < f.from) return false;
  if (f.to !== null && date > f.to) return false;
  return true;
}
