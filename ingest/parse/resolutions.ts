/**
 * Resolutions recorded in minutes: "RESOLVED 2021/005" then "That Committee approves …";
 * "3. RESOLVED that Cabinet note …"; "RESOLVED: (1) that … (2) that …"; "It was resolved that …".
 * Each takes the minute heading above it as its title ("5. CONTAIN OUTBREAK MANAGEMENT FUND",
 * "86. Minutes of the Meeting held on 9th January 2025" + "(Item 3)") and ends at the next minute
 * heading, the next resolution, or where its items plainly end.
 */
import type { Resolution, ResolutionOutcome, Votes } from '../model.ts';
import type { Line, ParseInput } from '../layout/types.ts';
import { collectItems } from './decision-items.ts';
import { joinLines, usableLines } from './decision-lines.ts';
import { findMinuteHeadings, type MinuteHeading } from './decision-minutes.ts';
import { resolutionOutcome } from './decision-outcome.ts';

const RESOLVED_START =
  /^(?:\(?\d{1,3}(?:\.\d{1,2})?[.)]?\s+)?(?:It\s+was\s+(?:unanimously\s+|therefore\s+|further\s+)?|(?:The\s+)?(?:Cabinet|Committee|Council|Executive|Board|Panel|Sub-Committee)\s+(?:unanimously\s+)?(?=RESOLVED\b))?(RESOLVED|Resolved|resolved)\b(?:\s+(\d{4}\s*\/\s*\d{1,4}))?(?:\s+\(?(?:unanimously|accordingly|by\s+consensus)\)?)?\s*(?:[:–—-]\s*)?(.*)$/;
/**
 * What some councils' minutes write for RESOLVED: "AGREED: that …", "DECIDED – (1) …",
 * "Decision: That …", "The Committee agreed:- (1) to …" (minutes only: a record of decision's
 * "Decision:" is its recommendation).
 */
const AGREED_START =
  /^(?:\(?\d{1,3}(?:\.\d{1,2})?[.)]?\s+)?(?:(AGREED|DECIDED|DECISION)\b\s*(?:[:–—-]\s*)?|(Agreed|Decided|Decision)\s*:\s*|(?:The\s+)?(?:Cabinet|Committee|Council|Executive|Board|Panel|Sub-Committee|Forum|Partnership)\s+(?:unanimously\s+)?(?:agreed|decided)\s*(?::-|[:–—-])?\s*)(.*)$/;
/**
 * Minutes that record a recommendation to another body or a noting in capitals: "RECOMMENDED to
 * Cabinet that – (a) …", "RECOMMENDED – That …", "NOTED – the forecast …" (minutes only).
 */
const RECOMMENDED_NOTED_START =
  /^(?:\(?\d{1,3}(?:\.\d{1,2})?[.)]?\s+)?(RECOMMENDED|NOTED)\b(?:\s+to\s+(?:the\s+)?(?:[A-Z][\w&’'-]*\s*){1,5}?(?=\s*(?:that\b|[:–—-]|$)))?(?:\s*\(?unanimously\)?)?\s*(?:that\b\s*)?(?:[:–—-]\s*)?(.*)$/;

interface Start {
  ref: string | null;
  rest: string;
  /** The outcome the opening word states ("NOTED", "RECOMMENDED to Cabinet"), else read from the text. */
  outcome?: ResolutionOutcome;
}

/**
 * "RESOLVED – That", "RESOLVED: That the Cabinet –" with the items on the next lines: the words
 * before the items are their lead-in, not the text.
 */
function leadIn(rest: string): string {
  const t = rest.trim();
  return /^that\s*[:–—-]?$/i.test(t) || /^That the (?:[A-Z][\w&’'-]*\s*){1,5}[:–—-]$/.test(t) ? '' : rest;
}

/** "… held by the Council. It was resolved to approve …": a resolution starting inside a line, after a sentence. */
const RESOLVED_INLINE = /(?<=[.;:!?]["'’”)]?\s+)It\s+was\s+(?:unanimously\s+|therefore\s+|further\s+)?resolved\b/;

function resolvedStart(line: Line, minutes: boolean): Start | null {
  const text = line.text.trim();
  const agreed = minutes ? AGREED_START.exec(text) : null;
  if (agreed) {
    const rest = agreed[3] ?? '';
    // "AGREED" alone or before the decision ("that …", "to …", "(1) …"), not a sentence about one
    return /^(?:$|that\b|to\b|\(?\d{1,2}[.)]\s|\(?[a-z]{1,4}\)\s)/i.test(rest) ? { ref: null, rest: leadIn(rest) } : null;
  }
  const marked = minutes ? RECOMMENDED_NOTED_START.exec(text) : null;
  if (marked) {
    const rest = marked[2] ?? '';
    // the word before the decision, not inside a sentence ("NOTED that …" / "NOTED – the report")
    if (rest && /^(?:by|in|at|under|as|with)\b/i.test(rest)) return null;
    return { ref: null, rest: leadIn(rest), outcome: marked[1] === 'NOTED' ? 'noted' : 'agreed' };
  }
  const m = RESOLVED_START.exec(text) ?? inlineStart(text);
  if (!m) return null;
  const word = m[1]!;
  const rest = m[3] ?? '';
  // Lower-case "resolved" only in "It was resolved"; "Resolved" must introduce the decision.
  if (word === 'resolved' && !/^It\s+was/i.test(m[0].replace(/^\(?\d[\d.]*[.)]?\s+/, ''))) return null;
  if (word !== 'RESOLVED' && rest && !/^(that|to|:|\(|[A-Z]|\d)/i.test(rest)) return null;
  if (/^(?:by|in|at|under|as)\b/i.test(rest)) return null;
  return { ref: m[2] ? m[2].replace(/\s+/g, '') : null, rest: leadIn(rest) };
}

function inlineStart(text: string): RegExpExecArray | null {
  const at = RESOLVED_INLINE.exec(text);
  return at ? RESOLVED_START.exec(text.slice(at.index)) : null;
}

/**
 * Where the record of the vote begins: "Proposed Cllr B Jones, seconded Cllr C Smith, carried 7 for …",
 * "Moved by Councillor …", "On being put to the vote …", "Carried unanimously". It is not part of the resolution.
 */
const VOTE_RECORD =
  /(?:^|\s+)(?=(?:(?:Proposed|Moved)\s+(?:by\s+)?(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\b|Seconded\s+(?:by\s+)?(?:Cllr|Councillor)\b|On\s+being\s+put\s+to\s+the\s+vote\b|Upon\s+being\s+put\s+to\s+the\s+vote\b|(?:The\s+motion\s+was\s+)?(?:Carried|Lost)\s+(?:unanimously|by\b|\d|with\b)|\(\s*For\s*[:\-–]?\s*\d))/i;

/** The text before any vote record, and the record itself ("" when none). */
export function splitVoteRecord(text: string): { text: string; record: string } {
  const m = VOTE_RECORD.exec(text);
  if (!m) return { text, record: '' };
  if (m.index === 0) return { text: '', record: text };
  return { text: text.slice(0, m.index).trim(), record: text.slice(m.index).trim() };
}

/** Votes as minutes record them: "For: 7, Against: 3, Abstentions: 1", "(8 votes for, 2 against)". */
export function parseVotes(text: string): Votes | null {
  const num = (re: RegExp): number | null => {
    const m = re.exec(text);
    return m ? Number(m[1]) : null;
  };
  // "On a division, there voted for the motion 7, for the amendment 4, abstentions 0" (the
  // amendment's votes are those against the motion)
  const f =
    num(/\bfor\s+the\s+motion\s*[:\-–]?\s*(\d{1,3})\b/i) ??
    num(/\bFor\s*[:\-–]?\s*(\d{1,3})\b/) ??
    num(/\b(\d{1,3})\s+(?:votes?\s+)?(?:in\s+)?(?:for|in favour)\b/i) ??
    num(/\bin favour\s*[:\-–]?\s*(\d{1,3})\b/i);
  const a =
    num(/\bAgainst\s*[:\-–]?\s*(\d{1,3})\b/i) ?? num(/\b(\d{1,3})\s+(?:votes?\s+)?against\b/i) ?? num(/\bfor\s+the\s+amendment\s*[:\-–]?\s*(\d{1,3})\b/i);
  const ab = num(/\b(?:Abstentions?|Abstained|Abstain)\s*[:\-–]?\s*(\d{1,3})\b/i) ?? num(/\b(\d{1,3})\s+(?:abstentions?|abstained|abstain)\b/i);
  if (f === null || a === null) return null;
  return { for: f, against: a, abstain: ab };
}

function headingBefore(headings: MinuteHeading[], index: number): MinuteHeading | null {
  let found: MinuteHeading | null = null;
  for (const h of headings) {
    if (h.index < index) found = h;
    else break;
  }
  return found;
}

export function parseResolutions(input: ParseInput): Resolution[] {
  if (input.meta.type === 'report' || input.meta.type === 'appendix' || input.meta.type === 'work-programme') {
    // Reports quote earlier resolutions in prose; only a heading-style RESOLVED counts there.
    if (!input.lines.some((l) => /^(?:\d{1,3}\.\s+)?RESOLVED\b/.test(l.text.trim()))) return [];
  }
  const minutes = input.meta.type === 'minutes';
  const lines = usableLines(input.lines);
  const headings = findMinuteHeadings(lines);
  const headingIndexes = new Set(headings.flatMap((h) => h.lineIndexes));
  const out: Resolution[] = [];

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const start = resolvedStart(line, minutes);
    if (!start) continue;
    const stop = (l: Line, j: number) => headingIndexes.has(j) || resolvedStart(l, minutes) !== null;
    const section = collectItems(lines, i + 1, start.rest ? { ...line, text: start.rest } : null, { stop, maxLines: 120 });
    const heading = headingBefore(headings, i);
    const split = splitVoteRecord(section.fullText);
    const text = split.text;
    if (!text) continue;
    const labelled = section.items.some((it) => it.label !== null) || section.items.length > 1;
    const items = labelled
      ? section.items.map((it) => ({ label: it.label, text: splitVoteRecord(it.text).text })).filter((it) => it.text)
      : [{ label: null, text }];
    // Votes are often recorded just before the RESOLVED line ("On being put to the vote … For 7, Against 3"),
    // or just after it ("Proposed Cllr X, seconded Cllr Y, carried 7 for, 2 against").
    const before = joinLines(lines.slice(Math.max(heading ? heading.index + 1 : 0, i - 4), i).map((l) => l.text));
    out.push({
      ref: start.ref ?? heading?.number ?? null,
      title: heading?.title ?? null,
      agendaItem: heading?.agendaItem ?? null,
      text,
      items,
      page: line.page,
      outcome: (start.outcome && outcomeOf(text, items) !== 'rejected' ? start.outcome : outcomeOf(text, items)) satisfies ResolutionOutcome,
      votes: parseVotes(split.record) ?? parseVotes(recordAfter(lines, section.end, headingIndexes, minutes)) ?? parseVotes(text) ?? parseVotes(before),
    });
    i = Math.max(i, section.end - 1);
  }
  return out;
}

/** The vote record on the lines just after a resolution, up to the next minute heading or resolution. */
function recordAfter(lines: readonly Line[], from: number, headingIndexes: Set<number>, minutes: boolean): string {
  const parts: string[] = [];
  for (let j = from; j < lines.length && j < from + 3; j++) {
    if (headingIndexes.has(j) || resolvedStart(lines[j]!, minutes)) break;
    parts.push(lines[j]!.text);
  }
  const record = splitVoteRecord(joinLines(parts));
  return record.text === '' ? record.record : '';
}

/** The outcome of the whole; a list that refuses one item but grants another is not a rejection. */
function outcomeOf(text: string, items: Array<{ text: string }>): ResolutionOutcome {
  const whole = resolutionOutcome(text);
  if (whole !== 'rejected' || items.length < 2) return whole;
  const rest = items.filter((it) => resolutionOutcome(it.text) !== 'rejected');
  return rest.length === 0 ? whole : resolutionOutcome(rest.map((it) => it.text).join(' '));
}
