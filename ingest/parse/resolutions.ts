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
import { tableDecisionsOf, type TableDecision } from './minutes-table.ts';

const RESOLVED_START =
  /^(?:\(?\d{1,3}(?:\.\d{1,2})?[.)]?\s+)?(?:It\s+was\s+(?:unanimously\s+|therefore\s+|further\s+)?|(?:The\s+)?(?:Cabinet|Committee|Council|Executive|Board|Panel|Sub-Committee)\s+(?:unanimously\s+)?(?=RESOLVED\b))?(RESOLVED|Resolved|resolved)\b(?:\s+(\d{4}\s*\/\s*\d{1,4}))?(?:\s+\(?(?:unanimously|accordingly|by\s+consensus)\)?)?\s*(?:[:–—-]\s*)?(.*)$/;
/**
 * What some councils' minutes write for RESOLVED: "AGREED: that …", "DECIDED – (1) …",
 * "Decision: That …", "The Committee agreed:- (1) to …", "After discussion, it was agreed that …"
 * (minutes only: a record of decision's "Decision:" is its recommendation).
 */
const AGREED_START =
  /^(?:\(?\d{1,3}(?:\.\d{1,2})?[.)]?\s+)?(?:(?:After|Following)\s+(?:(?:some|further|a|full|detailed)\s+)?(?:discussion|debate|consideration)(?:\s+of\s+[^,]{1,60})?,\s*|Having\s+considered\s+[^,]{1,80},\s*)?(?:(AGREED|DECIDED|DECISION)\b\s*(?:[:–—-]\s*)?|(Agreed|Decided|Decision)\s*:\s*|[Ii]t\s+was\s+(?:unanimously\s+|therefore\s+|further\s+)?agreed\s+(?=(?:that|to)\b)|(?:[Tt]he\s+)?(?:Cabinet|Committee|Council|Executive|Board|Panel|Sub-Committee|Forum|Partnership|Authority)\s+(?:unanimously\s+)?(?:agreed|decided|determined|AGREED|DECIDED)\s*(?::-|[:–—-])?\s*)(.*)$/;
/** "… well above the England average. The Board AGREED:": the body's decision in capitals, after a sentence. */
const AGREED_INLINE = /(?<=[.;:!?]["'’”)]?\s+)(?:The\s+)?(?:Cabinet|Committee|Council|Executive|Board|Panel|Sub-Committee|Forum|Partnership|Authority)\s+(?:unanimously\s+)?(?:AGREED|DECIDED)\b/;
/**
 * The motion's mover and seconder before the decision: "Moved by Councillor C Ferris, Seconded by
 * Councillor L Rooney and agreed that the minutes … be taken as read" (the words may wrap).
 */
const MOVED_BY = /(?:^|(?<=[.;:!?]["'’”)]?\s+))(?:It\s+was\s+)?(?:Moved|Proposed|moved|proposed)\s+by\b/;
/**
 * "Proposed by Alderman T Bleakley, Seconded by Councillor A Ruddell that the contract be awarded
 * …" and the proposal "declared carried": the motion is the decision.
 */
const SECONDED_THAT = /\bSeconded\s+by\s+(?:(?:Alderman|Alderwoman|Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},?\s+(that\s+.*)$/;
const CARRIED = /\b(?:declared\s+)?carried\b/i;
/**
 * "Recommendation: that the Committee approves …", then the minute's outcome on a line of its
 * own ("Agreed", "Noted"), maybe after its mover: the recommendation is the decision.
 */
const MINUTED_RECOMMENDATION = /^Recommendation\s*:\s*(that\s+.*)$/i;
const OUTCOME_LINE = /^(Agreed|Noted|Approved|Adopted|Carried|Deferred|AGREED|NOTED|APPROVED|ADOPTED|CARRIED|DEFERRED)\.?$/;
const MOVED_AGREED = /\band\s+(?:unanimously\s+)?(?:agreed|AGREED|resolved|RESOLVED)\s*(?:[:–—-]\s*)?(?=(?:that|to)\b|$)/;
/** "… on this item. The Forum voted (12 for, 3 against) to approve …": a vote and its decision, inside a line. */
const VOTED_TO = /(?:^|(?<=[.;:!?]["'’”)]?\s+))(?:The\s+)?(?:Cabinet|Committee|Council|Executive|Board|Panel|Sub-Committee|Forum|Partnership|Authority|Members)\s+(?:unanimously\s+)?voted\s*(\([^)]{3,60}\))?\s*(?=to\s+[a-z])/;
/** "The minutes of the meeting held on 3 July 2025 were approved as a correct record." */
const MINUTES_CONFIRMED = /^(?:The\s+minutes|Minutes)\s+of\s+the\s+.{0,120}?\b(?:were|was|be)\s+(?:duly\s+)?(?:approved|agreed|confirmed|signed|accepted)\b.{0,80}?\b(?:correct|true|accurate)\s+record/;
/** "The Committee noted the report on …": a noting, counted where the minute records no other decision. */
const NOTED_SENTENCE = /^(?:The\s+)?(?:Cabinet|Committee|Council|Executive|Board|Panel|Sub-Committee|Forum|Partnership|Authority)\s+(?:formally\s+)?noted\s+(?:the|a|an|correspondence|receipt|progress|that)\b/;
/** "The Board endorsed the Quarter 1 Better Care Fund return.": a decision told in a sentence, counted like a noting. */
const DECIDED_SENTENCE = /^(?:The\s+)?(?:Cabinet|Committee|Council|Executive|Board|Panel|Sub-Committee|Forum|Partnership|Authority)\s+(?:formally\s+|unanimously\s+)?(?:endorsed|approved|adopted|ratified|accepted|agreed)\s+(?:the|a|an)\b/;
/** "The Board:" alone on its line, its decisions lettered under it ("(a) noted …; (b) agreed that …"). */
const BODY_LEAD_IN = /^(?:The\s+)?(?:Cabinet|Committee|Council|Executive|Board|Panel|Sub-Committee|Forum|Partnership|Authority)\s*:$/;
const ITEM_LABEL = /^\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+[a-z]/;
/**
 * Minutes that record a recommendation to another body or a noting in capitals: "RECOMMENDED to
 * Cabinet that – (a) …", "RECOMMENDED – That …", "NOTED – the forecast …" (minutes only).
 */
const RECOMMENDED_NOTED_START =
  /^(?:\(?\d{1,3}(?:\.\d{1,2})?[.)]?\s+)?(?:(?:The\s+)?(?:Cabinet|Committee|Council|Executive|Board|Panel|Sub-Committee|Forum)\s+(?=RECOMMENDS\b))?(RECOMMENDED|RECOMMENDS|NOTED)\b(?:\s+to\s+(?:the\s+)?(?:[A-Z][\w&’'-]*\s*){1,5}?(?=\s*(?:that\b|[:–—-]|$)))?(?:\s*\(?unanimously\)?)?\s*(?:that\b\s*)?(?:[:–—-]\s*)?(.*)$/;

interface Start {
  ref: string | null;
  rest: string;
  /** The outcome the opening word states ("NOTED", "RECOMMENDED to Cabinet"), else read from the text. */
  outcome?: ResolutionOutcome;
  /** A vote stated with the decision ("voted (12 for, 3 against) to …"). */
  votes?: string;
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
const RESOLVED_INLINE = /(?<=[.;:!?]["'’”)]?\s+)It\s+was\s+(?:unanimously\s+|therefore\s+|further\s+)?(?:resolved|RESOLVED)\b/;
/** "… notified by the LPA, and RESOLVED to submit the following responses:": in capitals after "and" (not a mover's "… seconded by … and RESOLVED", read as its own form). */
const RESOLVED_AFTER_AND = /(?<=(?:^|,?\s+)and\s+)RESOLVED\b(?=\s+(?:\([^)]{3,60}\)\s*)?(?:that|to)\b|:)/;

/** "Decision" alone on its line, over the minute's numbered decisions (then "Reason for decision"). */
const DECISION_HEADING = /^(?:[A-Z][\w’'-]*\s*\/\s*)?(?:Decisions?|DECISIONS?)\s*:?$/;
/** Where a minute's decisions end: "Reason(s) for decision", "Alternative options considered …". */
const AFTER_DECISION = /^(?:Reasons?\s+for\s+(?:the\s+)?decisions?|Alternative\s+options\b|Options\s+considered\b|Declarations?\s+of\s+interest|Conflicts?\s+of\s+interest)/i;

/** After a "Decision:" label, the body's own sentence: its verb ("approved", "noted"), its lead-in to lettered items, or "resolved that". */
const BODY_DECIDED =
  /^(?:The\s+)?(?:Cabinet|Committee|Council|Executive|Board|Panel|Sub-Committee|Forum|Partnership|Authority)(?:\s*:\s*(?=$|\(?[a-z0-9]{1,4}\)\s)|\s+(?:(?:formally|unanimously)\s+)?(?:(resolved|RESOLVED|agreed|AGREED)\s+(?=that\b|to\b)|([a-z]+ed)\b))/;
/** A vote in brackets before the decision's words ("(4 for, 1 against) that:"). */
const VOTE_FIRST = /^(\([^)]{3,60}\))\s*(?=that\b|to\b|:|$)/i;
/** The vote before the decision's words, and the words after it; null when the bracket holds no vote. */
function leadingVote(rest: string): { rest: string; votes: string } | null {
  const vote = VOTE_FIRST.exec(rest);
  return vote && parseVotes(vote[1]!) ? { rest: rest.slice(vote[0].length), votes: vote[1]! } : null;
}
/** "AGREED" alone or before the decision ("that …", "to …", "(1) …"), not a sentence about one. */
const DECISION_FOLLOWS = /^(?:$|that\b|to\b|\(?\d{1,2}[.)]\s|\(?[a-z]{1,4}\)\s)/i;

function resolvedStart(line: Line, minutes: boolean): Start | null {
  const text = line.text.trim();
  if (minutes && DECISION_HEADING.test(text)) return { ref: null, rest: '' };
  const inline = minutes ? AGREED_INLINE.exec(text) : null;
  const agreed = minutes ? (AGREED_START.exec(text) ?? (inline ? AGREED_START.exec(text.slice(inline.index)) : null)) : null;
  if (agreed) {
    // "AGREED (For 9, Against 2, Abstain 1) that:": the vote, then the decision
    const vote = leadingVote(agreed[3] ?? '');
    const rest = vote?.rest ?? agreed[3] ?? '';
    if (DECISION_FOLLOWS.test(rest)) return { ref: null, rest: leadIn(rest), ...(vote ? { votes: vote.votes } : {}) };
    // "Decision: The Board approved …", "Decision: The Board:" over its lettered decisions,
    // "Decision: The Board resolved that …": the label says the sentence is the decision
    const told = agreed[1] || agreed[2] ? BODY_DECIDED.exec(rest) : null;
    if (!told) return null;
    return { ref: null, rest: told[1] ? rest.slice(told[0].length) : rest, ...(/^noted$/i.test(told[2] ?? '') ? { outcome: 'noted' as const } : {}) };
  }
  const marked = minutes ? RECOMMENDED_NOTED_START.exec(text) : null;
  if (marked) {
    const rest = marked[2] ?? '';
    // the word before the decision, not inside a sentence ("NOTED that …" / "NOTED – the report")
    if (rest && /^(?:by|in|at|under|as|with)\b/i.test(rest)) return null;
    // "The Committee RECOMMENDS that the Trust: (a) …": advice to another body, kept whole with its subject
    if (marked[1] === 'RECOMMENDS') return { ref: null, rest: text.replace(/^\(?\d{1,3}(?:\.\d{1,2})?[.)]?\s+/, ''), outcome: 'agreed' };
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
  const ref = m[2] ? m[2].replace(/\s+/g, '') : null;
  // "RESOLVED (4 for, 1 against, 1 abstention) that: …": the vote, then the decision
  const vote = leadingVote(rest);
  return vote ? { ref, rest: leadIn(vote.rest), votes: vote.votes } : { ref, rest: leadIn(rest) };
}

function inlineStart(text: string): RegExpExecArray | null {
  // (a mover named on this line reads the decision as its own form: minutesStart)
  const at = RESOLVED_INLINE.exec(text) ?? (MOVED_BY.test(text) ? null : RESOLVED_AFTER_AND.exec(text));
  return at ? RESOLVED_START.exec(text.slice(at.index)) : null;
}

/**
 * Where the record of the vote begins: "Proposed Cllr B Jones, seconded Cllr C Smith, carried 7 for …",
 * "Moved by Councillor …", "On being put to the vote …", "Carried unanimously", "(Councillor Oxenbury took
 * no part in the vote on this item.)", a closing "(Unanimous)". It is not part of the resolution.
 */
const VOTE_RECORD =
  /(?:^|\s+)(?=(?:(?:Proposed|Moved)\s+(?:by\s+)?(?:Cllr|Councillor|Alderman|Alderwoman|Mr|Mrs|Ms|Miss|Dr)\b|Seconded\s+(?:by\s+)?(?:Cllr|Councillor|Alderman|Alderwoman)\b|On\s+being\s+put\s+to\s+the\s+vote\b|Upon\s+being\s+put\s+to\s+the\s+vote\b|On\s+a\s+vote\s+being\s+taken\b|(?:The\s+motion\s+was\s+)?(?:Carried|Lost)\s+(?:unanimously|by\b|\d|with\b)|\(\s*For\s*[:\-–]?\s*\d|\(\s*(?:unanimous(?:ly)?|nem\.?\s*con\.?|carried(?:\s+unanimously)?|agreed\s+unanimously)\s*\)\s*\.?\s*$|\(\s*\d{1,3}\s+(?:in\s+favour|for)\b|\(\s*(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\b[^()]{0,80}?\b(?:took\s+no\s+part|did\s+not\s+(?:vote|take\s+part)|abstained|left\s+the\s+(?:room|meeting|chamber)|withdrew)\b))/i;

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
  // "On a division, there voted for the motion 7, for the amendment 4, abstentions 0", "For the
  // motion (9): Councillors …" (the amendment's votes are those against the motion)
  const f =
    num(/\bfor\s+the\s+motion\s*[:\-–]?\s*\(?(\d{1,3})\b/i) ??
    num(/\bFor\s*[:\-–]?\s*(\d{1,3})\b/) ??
    // a recorded vote: "FOR (19): Councillors …", "AGAINST (4): …", "ABSTAINED (1): …"
    num(/\bFOR\s*\((\d{1,3})\)/i) ??
    num(/(?<![\d,.£])\b(\d{1,3})\s+(?:votes?\s+)?(?:in\s+)?(?:for|in favour)\b(?!\s+(?:19|20)\d{2})/i) ??
    num(/\b(\d{1,3})\s+(?:Members?|Councillors?)\s+voted\s+(?:for|in favour)\b/i) ??
    num(/\bin favour\s*[:\-–]?\s*(\d{1,3})\b/i);
  const a =
    num(/\bAgainst\s*[:\-–]?\s*\(?(\d{1,3})\b/i) ?? num(/\b(\d{1,3})\s+(?:votes?\s+)?against\b/i) ?? num(/\bfor\s+the\s+amendment\s*[:\-–]?\s*\(?(\d{1,3})\b/i);
  const ab = num(/\b(?:Abstentions?|Abstained|Abstain)\s*[:\-–]?\s*\(?(\d{1,3})\b/i) ?? num(/\b(\d{1,3})\s+(?:abstentions?|abstained|abstain)\b/i);
  if (f === null || a === null) return null;
  return { for: f, against: a, abstain: ab };
}

function headingBefore(headings: MinuteHeading[], index: number): MinuteHeading | null {
  let found: MinuteHeading | null = null;
  for (const h of headings) {
    // a run-in heading shares its line with the minute's first words (and maybe its decision)
    if (h.index <= index) found = h;
    else break;
  }
  return found;
}

export function parseResolutions(input: ParseInput, tabled: readonly TableDecision[] = tableDecisionsOf(input)): Resolution[] {
  // a record of decisions holds its decisions as recommendations already made (recommendations.ts)
  if (input.meta.type === 'decision-record') return [];
  if (input.meta.type === 'report' || input.meta.type === 'appendix' || input.meta.type === 'work-programme') {
    // Reports quote earlier resolutions in prose; only a heading-style RESOLVED counts there.
    if (!input.lines.some((l) => /^(?:\d{1,3}\.\s+)?RESOLVED\b/.test(l.text.trim()))) return [];
  }
  const minutes = input.meta.type === 'minutes';
  const lines = usableLines(input.lines);
  const headings = findMinuteHeadings(lines);
  const headingIndexes = new Set(headings.flatMap((h) => h.lineIndexes));
  const out: Resolution[] = [];

  const notings = new Set<Resolution>();
  const headingOf = new Map<Resolution, MinuteHeading | null>();
  for (let i = 0; i < lines.length; i++) {
    const marked = resolvedStart(lines[i]!, minutes);
    const found = marked ? { start: marked, at: i, noting: false } : minutes ? minutesStart(lines, i) : null;
    if (!found) continue;
    const { start, noting } = found;
    const unmarked = marked === null;
    i = found.at;
    const line = lines[i]!;
    const stop = (l: Line, j: number) => headingIndexes.has(j) || resolvedStart(l, minutes) !== null || (minutes && (startsDecision(l.text.trim()) || AFTER_DECISION.test(l.text.trim()) || OUTCOME_LINE.test(l.text.trim())));
    const section = collectItems(lines, i + 1, start.rest ? { ...line, text: start.rest } : null, { stop, maxLines: 120 });
    const heading = headingBefore(headings, i);
    const split = splitVoteRecord(section.fullText);
    // a decision minutes record without RESOLVED's own line ends with its sentence ("… earmarked
    // reserve. The general reserve will then stand at …" is the minute's narrative again)
    const text = unmarked && section.items.length <= 1 && !section.items.some((it) => it.label) ? firstSentence(split.text) : split.text;
    if (!text) continue;
    const labelled = section.items.some((it) => it.label !== null) || section.items.length > 1;
    const items = labelled
      ? section.items.map((it) => ({ label: it.label, text: splitVoteRecord(it.text).text })).filter((it) => it.text)
      : [{ label: null, text }];
    // Votes are often recorded just before the RESOLVED line ("On being put to the vote … For 7, Against 3"),
    // or just after it ("Proposed Cllr X, seconded Cllr Y, carried 7 for, 2 against").
    const before = votesBefore(lines, Math.max(heading ? heading.index + 1 : 0, i - 8), i);
    const resolution: Resolution = {
      ref: start.ref ?? heading?.number ?? null,
      title: heading?.title ?? null,
      agendaItem: heading?.agendaItem ?? null,
      text,
      items,
      page: line.page,
      outcome: (start.outcome && outcomeOf(text, items) !== 'rejected' ? start.outcome : outcomeOf(text, items)) satisfies ResolutionOutcome,
      votes: (start.votes ? parseVotes(start.votes) : null) ?? parseVotes(split.record) ?? parseVotes(recordAfter(lines, section.end, headingIndexes, minutes)) ?? parseVotes(text) ?? before,
    };
    out.push(resolution);
    headingOf.set(resolution, heading);
    if (noting) notings.add(resolution);
    i = Math.max(i, section.end - 1);
  }
  // "The Committee noted …" records the minute's decision only where it records no other
  const kept = out.filter((r) => !notings.has(r) || !out.some((o) => o !== r && !notings.has(o) && headingOf.get(o) === headingOf.get(r)));
  // minutes set out as a table: each item's decision cell
  for (const d of tabled) {
    if (kept.some((r) => r.text === d.decision)) continue;
    kept.push({ ref: d.item, title: d.title, agendaItem: d.item, text: d.decision, items: [{ label: null, text: d.decision }], page: d.page, outcome: outcomeOf(d.decision, []), votes: null });
  }
  return kept;
}

/** The text up to its first sentence's end (a full stop before a capital). */
function firstSentence(text: string): string {
  const m = /[.!?](?=\s+[A-Z])/.exec(text);
  return m ? text.slice(0, m.index + 1) : text;
}

/** A decision as some minutes write it without RESOLVED (see minutesStart). */
function startsDecision(text: string): boolean {
  return MOVED_BY.test(text) || MINUTES_CONFIRMED.test(text) || NOTED_SENTENCE.test(text) || DECIDED_SENTENCE.test(text) || BODY_LEAD_IN.test(text) || /^(?:The\s+)?\S+\s+(?:unanimously\s+)?voted\b/.test(text);
}

/**
 * Decisions minutes record without a RESOLVED: after the mover and seconder ("Moved by …,
 * Seconded by … and agreed that …", on this line or the next two), a vote ("The Forum voted (12
 * for, 3 against) to approve …"), the previous minutes confirmed, or a noting. `at` is the line the
 * decision's words start on.
 */
function minutesStart(lines: readonly Line[], i: number): { start: Start; at: number; noting: boolean } | null {
  const text = lines[i]!.text.trim();
  const minuted = MINUTED_RECOMMENDATION.exec(text);
  if (minuted) {
    for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
      const o = OUTCOME_LINE.exec(lines[j]!.text.trim());
      if (!o) continue;
      const word = o[1]!.toLowerCase();
      const outcome: ResolutionOutcome | undefined = word === 'noted' ? 'noted' : word === 'deferred' ? 'deferred' : undefined;
      return { start: { ref: null, rest: minuted[1]!, ...(outcome ? { outcome } : {}) }, at: i, noting: false };
    }
    return null;
  }
  const moved = MOVED_BY.exec(text);
  if (moved) {
    // "Proposed by …, Seconded by … that the contract be awarded …" and later "declared carried"
    // (the seconder may be named on the mover's line or the next)
    const carried = lines.slice(i, i + 7).some((l) => CARRIED.test(l.text) && !/\bnot\s+carried\b/i.test(l.text));
    for (let j = i; carried && j < Math.min(lines.length, i + 2); j++) {
      const t = lines[j]!.text.trim();
      const motion = SECONDED_THAT.exec(t);
      if (motion && !MOVED_AGREED.test(t)) return { start: { ref: null, rest: motion[1]! }, at: j, noting: false };
    }
    for (let j = i; j < Math.min(lines.length, i + 3); j++) {
      const t = j === i ? text.slice(moved.index) : lines[j]!.text.trim();
      if (j > i && MOVED_BY.test(t)) break;
      // (the mover's "… seconded by … and RESOLVED that …" wrapped to this line is this decision)
      const m = MOVED_AGREED.exec(t);
      if (m) return { start: { ref: null, rest: t.slice(m.index + m[0].length) }, at: j, noting: false };
      if (j > i && resolvedStart(lines[j]!, true)) break;
      if (/[.;]$/.test(t)) break;
    }
    return null;
  }
  const voted = VOTED_TO.exec(text);
  if (voted) return { start: { ref: null, rest: text.slice(voted.index + voted[0].length), ...(voted[1] ? { votes: voted[1] } : {}) }, at: i, noting: false };
  if (MINUTES_CONFIRMED.test(text)) return { start: { ref: null, rest: text, outcome: 'approved' }, at: i, noting: false };
  if (NOTED_SENTENCE.test(text)) return { start: { ref: null, rest: text, outcome: 'noted' }, at: i, noting: true };
  if (DECIDED_SENTENCE.test(text)) return { start: { ref: null, rest: text }, at: i, noting: true };
  // "The Board:" then "(a) noted …", "(b) agreed that …": the decisions under their body
  if (BODY_LEAD_IN.test(text) && ITEM_LABEL.test(lines[i + 1]?.text.trim() ?? '')) return { start: { ref: null, rest: '' }, at: i, noting: false };
  return null;
}

/**
 * The vote recorded nearest above a resolution, within lines [from, to): an amendment's recorded
 * vote ("Against (24): Councillors …") may stand above the motion's own ("… was CARRIED (For 26,
 * Against 9, …)").
 */
function votesBefore(lines: readonly Line[], from: number, to: number): Votes | null {
  for (let k = to - 1; k >= from; k--) {
    const votes = parseVotes(joinLines(lines.slice(k, to).map((l) => l.text)));
    if (votes) return votes;
  }
  return null;
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
  // "that the minutes of the meeting held on 13 May be taken as read and signed as correct"
  if (/^(?:that\s+)?the\s+minutes\s+of\b/i.test(text) && /\b(?:signed|confirmed|approved|agreed|accepted)\b/i.test(text) && /\b(?:correct|true|accurate)\b/i.test(text)) return 'approved';
  // "Agreed as a correct record." (a minutes table's decision cell)
  if (/^(?:agreed|approved|confirmed|signed)\b.{0,30}\b(?:correct|true|accurate)\s+record\b/i.test(text)) return 'approved';
  const whole = resolutionOutcome(text);
  if (whole !== 'rejected' || items.length < 2) return whole;
  const rest = items.filter((it) => resolutionOutcome(it.text) !== 'rejected');
  return rest.length === 0 ? whole : resolutionOutcome(rest.map((it) => it.text).join(' '));
}
