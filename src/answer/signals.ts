/**
 * What a unit's own text or place says about the shape of the answer it can give, beside its
 * relevance (rank.ts scoreCandidates): a contact block ("who"), something still to come
 * ("when"), a stated count ("how many"), the minute, item or recommendation a question names by
 * number, a list of background papers (never an answer).
 */
import { tableRefOf } from './table-ref.ts';
import type { Unit } from './corpus.ts';
import { CONTACT_RE } from '../../ingest/parse/contact-block.ts';

/** A unit numbered as a minute or an agenda item (its number is a reference people quote). */
function isMinuteOrItem(unit: Unit): boolean {
  return unit.paragraph !== null && (unit.kind === 'resolution' || unit.part.type === 'agenda' || unit.part.type === 'minutes');
}

/** The question names this unit by its number: a minute, an agenda item, a recommendation ("3)"). */
export function namedByRef(unit: Unit, refs: readonly string[] | undefined): boolean {
  if (!refs || refs.length === 0) return false;
  if (isMinuteOrItem(unit) && refs.includes(unit.paragraph!.replace(/\.$/, '').toLowerCase())) return true;
  const label = unit.kind === 'recommendation' ? unit.extra.label?.replace(/[().\s]/g, '').toLowerCase() : undefined;
  return label !== undefined && refs.includes(label);
}

/** A paragraph of a paper's contact block (by its words or its heading). */
export function isContact(unit: Unit): boolean {
  return unit.kind === 'paragraph' && (CONTACT_RE.test(unit.text) || CONTACT_RE.test(unit.extra.section ?? ''));
}
/**
 * Names a person or a body ("Councillor Cairns", "Nick Abrahams", "the Corporate Director of
 * Finance", "Grant Thornton"): two capitalised words in a row after the text's first word, an
 * honorific, or an e-mail address. "A verbal update from the Council's external auditor" names no one.
 */
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor|Sir|Dame|Lord|Lady)\.?\s+[A-Z]/;
const TWO_CAPITALS = /[A-Z][\w’'&-]*(?:\s+(?:of|and|for|the|&))?\s+[A-Z][\w’'-]+/g;
export function namesSomeone(text: string): boolean {
  if (HONORIFIC.test(text) || /[\w.-]+@[\w-]+\.[\w.]+/.test(text)) return true;
  // the first word is capitalised as a sentence's start, not as a name (searched from after it,
  // without copying the text: this runs on every candidate of a "who" question)
  TWO_CAPITALS.lastIndex = /^\W*\S+\s*/.exec(text)?.[0].length ?? 0;
  return TWO_CAPITALS.test(text);
}

/** Something still to happen: "will be considered by", "to be reported to", "report back". */
const FUTURE_RE = /\b(?:will|would|shall|is to|are to|to) be (?:presented|considered|reported|brought|submitted|taken|discussed|reviewed|received)\b|\bwill (?:come|return|go|report)\b|\b(?:report(?:ed|ing)?|brought|bring|come|coming) back\b|\bin due course\b|\bdue (?:to|in|by)\b|\bbe (?:presented|brought|submitted) to\b|\bin (?:\d{1,2}|one|two|three|four|five|six|nine|twelve|eighteen) (?:weeks?|months?|years?)(?:['’]? time)?\b/i;

const REFERENCE_SECTION = /\b(?:background (?:documents?|papers?|information documents?)|list of background|appendices|supporting documents)\b/i;

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const DATE_RE = new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?(${MONTHS})\\s+(20\\d{2})\\b`, 'gi');
const MONTH_LIST = MONTHS.split('|');

/** "March" → "03". */
function monthNumber(name: string): string {
  return String(MONTH_LIST.indexOf(name.toLowerCase()) + 1).padStart(2, '0');
}

/** The text names a date after its paper's meeting ("… to Governance and Audit Committee on 23rd January 2025"). */
export function datesAfter(text: string, meetingDate: string | null): boolean {
  if (!meetingDate) return false;
  for (const m of text.matchAll(DATE_RE)) {
    const day = m[1] ? Number(m[1]) : 28;
    const iso = `${m[3]}-${monthNumber(m[2]!)}-${String(day).padStart(2, '0')}`;
    if (iso > meetingDate) return true;
  }
  return false;
}

/** A time: a year, a month, a season or a span ("in six months", "by March 2026", "next year"). */
const TIME_RE = new RegExp(`\\b(?:(?:19|20)\\d{2}|${MONTHS}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|spring|summer|autumn|winter|weeks?|months?|years?|quarters?|annual(?:ly)?|q[1-4])\\b`, 'i');

/** The text can say when ("when is the review due?" wants a date or a span, not the topic alone). */
export function saysWhen(text: string): boolean {
  return TIME_RE.test(text) || FUTURE_RE.test(text);
}

/** The text names a month in this range ("As of October 2024, the team …"). */
export function namesDateIn(text: string, range: { from: string; to: string }): boolean {
  for (const m of text.matchAll(DATE_RE)) {
    const month = monthNumber(m[2]!);
    const monthStart = `${m[3]}-${month}-01`;
    const monthEnd = `${m[3]}-${month}-31`;
    if (monthEnd >= range.from && monthStart <= range.to) return true;
  }
  return false;
}

/**
 * A count: a number of two or more digits that is not a year or a financial year ("530",
 * "19,407", "12.5") nor a percentage ("10.5%" is a rate, not how many); single digits are mostly
 * labels ("attainment 8", "priority 4").
 */
const COUNT_RE = /(?<![\d/.,-])(?!(?:19|20)\d\d(?![\d,.]))\d[\d,]*\d(?:\.\d+)?(?![\d/-]|\.\d|\s?%|\s?per ?cent)/g;

/** Something still to happen, or a date after the paper's meeting. */
export function stillToCome(text: string, meetingDate: string | null): boolean {
  return FUTURE_RE.test(text) || datesAfter(text, meetingDate);
}

/** A list of background papers or appendices: names documents, answers nothing. */
export function isReferenceList(section: string | undefined): boolean {
  return REFERENCE_SECTION.test(section ?? '');
}

/**
 * The text states a count ("how many …" wants one) other than the numbers the question itself
 * gives ("how many potholes were fixed within 28 days?" is not answered by the 28).
 */
export function statesCount(text: string, given: readonly string[] = []): boolean {
  return firstOther(COUNT_RE, text, given) || firstOther(SMALL_COUNT_RE, text, given);
}

/** A match of `re` in `text` other than the numbers the question itself gives. */
function firstOther(re: RegExp, text: string, given: readonly string[]): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const n = (m[1] ?? m[0]).replace(/,/g, '').toLowerCase();
    if (!given.includes(n)) return true;
  }
  return false;
}

/**
 * A small count of things: a digit or a number word before what it counts ("6 FTE", "seven new
 * posts", "3 workers"), not a label's number ("Table 1 shows", "priority 4", "phase 2 sites").
 */
const SMALL_COUNT_RE =
  /(?<!\b(?:table|appendix|annex|section|phase|priority|tier|band|grade|option|item|stage|level|year|key|step|part|figure|schedule|paragraph|recommendation|minute|quarter|q|attainment|page|no|number|scale|point|spinal|area|ward|zone|route|unit|block|lot|plot|site|district|minutes?|days?|weeks?|months?|years?)\.?\s)\b([1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:new|additional|extra|more|further|full-time|part-time|permanent|temporary|fixed-term)\s+)?(?:FTE\b|[a-z]{3,})/gi;

/** What a "how …?" question asks for: a count, a percentage, a length of time or a sum. */
export type AskedFigure = 'count' | 'percent' | 'duration' | 'amount';

export function askedFigure(question: string): AskedFigure | null {
  if (/\bhow long\b/i.test(question)) return 'duration';
  if (/(?:^|\s)(?:%|percentage|per ?cent|proportion)(?=\s|\W|$)/i.test(question) && /\b(?:what|which|how)\b/i.test(question)) return 'percent';
  if (/\bhow many\b/i.test(question)) return 'count';
  if (/\bhow (?:much|big)\b/i.test(question)) return 'amount';
  return null;
}

const PERCENT_RE = /(\d+(?:\.\d+)?)\s?(?:%|per ?cent)/gi;
const DURATION_RE = /\b(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty)\s+(?:seconds?|minutes?|hours?|days?|(?:working\s+)?weeks?|months?|years?)\b/gi;
const MONEY_RE = /(£\s?\d[\d,]*(?:\.\d+)?\s?(?:m|k|bn|million|billion)?)/gi;

/** The text gives the kind of figure the question asks for, other than the question's own numbers. */
export function statesFigure(text: string, figure: AskedFigure, given: readonly string[] = []): boolean {
  switch (figure) {
    case 'count':
      return statesCount(text, given);
    case 'percent':
      return firstOther(PERCENT_RE, text, given);
    case 'duration':
      return firstOther(DURATION_RE, text, given);
    case 'amount':
      return firstOther(MONEY_RE, text, given) || firstOther(PERCENT_RE, text, given) || firstOther(COUNT_RE, text, given);
  }
}

/** "total", "overall", "in all": a text that states a figure as the sum of others. */
export const STATED_TOTAL_RE = /\b(total(ling|ing)?|overall|in all|altogether|combined|aggregate|whole[- ]life)\b/i;

/** "what's the total pooled pot", "how much … overall?": the question asks for a sum, not one part. */
export function asksTotal(question: string): boolean {
  return /\b(?:total|overall|altogether|in all|all told|combined|cumulative|whole[- ]life)\b/i.test(question);
}

/**
 * A figure stated as a total: a table's total row or column (`tableJson` as stored), or a text that
 * says so ("The total pressure over the three years is £16,341,000.").
 */
export function statesTotal(text: string, tableJson: string | null | undefined): boolean {
  if (tableJson) return tableRefOf(tableJson)?.isTotal === true;
  return STATED_TOTAL_RE.test(text);
}

/** "(6 for, 2 against)", "FOR (19) … AGAINST (4)", "carried by 7 votes to 3": the numbers of a vote. */
const VOTE_COUNTS = /\b\d{1,3}\s+(?:votes?\s+|members?\s+)?(?:for|in favour)\b[^.]{0,80}?\b\d{1,3}\s+(?:votes?\s+|members?\s+)?against\b|\bfor\s*[:(]?\s*\d{1,3}\)?[^.]{0,80}?\bagainst\s*[:(]?\s*\d{1,3}\b|\bby\s+\d{1,3}\s+votes?\s+to\s+\d{1,3}\b/i;
export function statesVote(text: string): boolean {
  return VOTE_COUNTS.test(text);
}

/** "The main reasons for slippage are …", "because", "due to", "as a result of", "exempt by virtue of paragraph 3": a text that says why. */
const GIVES_REASON = /\b(?:because|due to|owing to|as a result of|reasons?\s+(?:for|why|is|are|was|were)|caused by|result(?:ed|s)? from|in order to|so that|by virtue of)\b/i;
export function givesReason(text: string): boolean {
  return GIVES_REASON.test(text);
}

/** "did the fsm motion go through?", "did cllr voss's amendment get agreed?": whether a motion was carried. */
export function asksMotionOutcome(question: string): boolean {
  return /\b(?:motions?|amendments?)\b/i.test(question) && /\b(?:go(?:es)?\s+through|went\s+through|g[eo]t\s+(?:agreed|through|passed|voted\s+down)|pass(?:ed)?|carried|succeed(?:ed)?|fail(?:ed)?|lost|defeated|agreed|adopted)\b/i.test(question);
}

/** "The amendment was LOST.", "… was CARRIED (For 26 …)": a motion's outcome stated. */
export function statesMotionOutcome(text: string): boolean {
  return /\b(?:was|were|being)\s+(?:(?:declared|therefore|then|duly)\s+)?(?:carried|lost|defeated|withdrawn|not\s+carried)\b|\b(?:motion|amendment)\s+(?:fell|failed)\b/i.test(text);
}
