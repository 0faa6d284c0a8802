/**
 * Units that say where or who rather than what, standing in for the paper they belong to or name:
 *  - "Which item / what pages is X in the pack?": an agenda's line names a report by its decision
 *    number or its title, not by the question's words ("24/00096 - Commissioning Plan for
 *    Education Provision in Kent 2025-29 (Pages 461 - 610)" is where "the school places plan"
 *    is). When a report of the same meeting answers the topic, the agenda line that names it
 *    takes the report's coverage (when its own words fall short) and ranks at least just above it.
 *  - "Who wrote / who's the contact on X?": a paper's contact block ("Report Author: … Relevant
 *    Director: …") names no topic. When a unit of the same paper answers the topic, the block
 *    takes that unit's coverage (rank.ts already puts a contact block first for "who").
 */
import type { Unit } from './corpus.ts';
import { byScore, isStrong, type Scored } from './rank.ts';
import { isContact } from './signals.ts';
import { terms } from './text.ts';

/** "24/00109", "24-00109": a decision number, as an agenda line and a report's file name write it. */
const DECISION_NO = /\b(\d{2})[/-](\d{5})\b/g;
/** Share of a report title's words an agenda line must hold to name it. */
const TITLE_SHARE = 0.75;
const MIN_TITLE_WORDS = 2;
/** How far above the report the agenda line ranks. */
const LINE_LEAD = 0.05;
/** Papers about one matter: a work programme's or minutes' contact is not the contact for each of their topics. */
const SINGLE_TOPIC = new Set(['report', 'appendix', 'decision-record']);
/** How far above its paper's best unit a contact block ranks for "who" (rank.ts adds its own bonus too). */
const CONTACT_LEAD = 0.05;
/** …and the main agenda's line a little above a supplement's. */
const MAIN_AGENDA = 0.01;

function decisionNumbers(text: string | null): Set<string> {
  const out = new Set<string>();
  for (const m of (text ?? '').matchAll(DECISION_NO)) out.add(`${m[1]}/${m[2]}`);
  return out;
}

/** Strong on the topic, whatever the shape of answer asked for (a report's paragraph names no one). */
function onTopic(s: Scored): boolean {
  return isStrong(s.coverage.shaped === false ? { ...s, coverage: { ...s.coverage, shaped: true } } : s);
}

function isAgendaLine(unit: Unit): boolean {
  return unit.part.type === 'agenda' && unit.paragraph !== null && unit.part.meetingDate !== null;
}

function sameMeeting(a: Unit, b: Unit): boolean {
  const { committee: ca, council: na } = a.part;
  const { committee: cb, council: nb } = b.part;
  return a.part.meetingDate === b.part.meetingDate && (ca === null || cb === null || ca === cb) && (na === null || nb === null || na === nb);
}

/** The agenda line names the report's paper: a shared decision number, or most of its title. */
export function namesReport(line: Unit, report: Unit): boolean {
  const numbers = decisionNumbers(line.text);
  if (numbers.size > 0) {
    for (const n of decisionNumbers(`${report.part.file} ${report.part.title ?? ''}`)) if (numbers.has(n)) return true;
  }
  const title = new Set(terms(report.part.title ?? ''));
  if (title.size < MIN_TITLE_WORDS) return false;
  const own = new Set(terms(line.text));
  let held = 0;
  for (const t of title) if (own.has(t)) held++;
  return held / title.size >= TITLE_SHARE;
}

/**
 * Lifts each agenda line to the best strong report of its meeting that it names. Returns whether
 * anything moved (the list is re-sorted in place then).
 */
export function lendReportsToAgendaLines(scored: Scored[]): boolean {
  const lines = scored.filter((s) => isAgendaLine(s.unit));
  if (lines.length === 0) return false;
  // a meeting's main agenda (many items) before a supplement's (one or two): its pages are the pack's
  const perPart = new Map<number, number>();
  for (const l of lines) perPart.set(l.unit.part.id, (perPart.get(l.unit.part.id) ?? 0) + 1);
  const most = Math.max(...perPart.values());
  let moved = false;
  for (const line of lines) {
    const report = scored.find(
      (r) => r.unit.part.type !== 'agenda' && sameMeeting(r.unit, line.unit) && onTopic(r) && namesReport(line.unit, r.unit),
    );
    if (!report) continue;
    if (!isStrong(line)) line.coverage = { ...report.coverage, grounded: true, shaped: true, scattered: false };
    line.relevance = Math.max(line.relevance, report.relevance);
    line.score = Math.max(line.score, report.score + LINE_LEAD) + MAIN_AGENDA * ((perPart.get(line.unit.part.id) ?? 0) / most);
    moved = true;
  }
  if (moved) scored.sort(byScore);
  return moved;
}

/** "Who wrote / who's the contact / the lead officer on X", "who do I ring about X": a paper's people, not who does X. */
const ASKS_FOR_CONTACT =
  /\b(?:contacts?|author|authors|wrote|written|lead\s+officer|responsible\s+officer|report(?:ing)?\s+officer|who\s+(?:do|should|can)\s+i\s+(?:ask|ring|call|e-?mail|speak|talk|contact|chase|get hold of))\b/i;

export function asksForContact(question: string): boolean {
  return ASKS_FOR_CONTACT.test(question);
}

/**
 * Gives each contact block the coverage of the best strong unit of its own paper (part). Returns
 * whether anything moved (the list is re-sorted in place then).
 */
export function lendPapersToContacts(scored: Scored[]): boolean {
  let moved = false;
  for (const block of scored) {
    if (!SINGLE_TOPIC.has(block.unit.part.type) || !isContact(block.unit) || isStrong(block)) continue;
    const paper = scored.find((s) => s !== block && s.unit.part.id === block.unit.part.id && !isContact(s.unit) && onTopic(s));
    if (!paper) continue;
    block.coverage = { ...paper.coverage, grounded: true, shaped: true, scattered: false };
    block.relevance = Math.max(block.relevance, paper.relevance);
    block.score = Math.max(block.score, paper.score + CONTACT_LEAD);
    moved = true;
  }
  if (moved) scored.sort(byScore);
  return moved;
}
