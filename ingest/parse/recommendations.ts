/**
 * Recommendations of a report (RECOMMENDATION/S, Recommendation(s):, Decision(s) recommended) and
 * the "Decision:" of a record of decision. A section is a lead-in ("That Committee:", "Cabinet is
 * asked to:") followed by labelled items, or a single unlabelled sentence. Repeated sections (a
 * summary and a closing section saying the same thing) are kept once, at their first page.
 */
import type { Recommendation, RecommendationStatus } from '../model.ts';
import type { Line, ParseInput } from '../layout/types.ts';
import { collectItems, type ItemBlock } from './decision-items.ts';
import { flattenItemTable } from './decision-table.ts';
import { citedParagraphs, normaliseText, sameItemText, splitLabel, usableLines } from './decision-lines.ts';
import { leadInVerb, operativeVerb, startsWithVerb } from './verbs.ts';
import { DECISION_RECORD_HEADING } from '../segment/markers.ts';

const HEADING =
  /^(?:\d{1,2}(?:\.\d{1,2})?\.?\s*[|:)–-]?\s+)?(RECOMMENDATION\s*\/\s*S|RECOMMENDATIONS?|RECOMMENDED|Recommendations?\s*\([sS]\)|RECOMMENDATION\s*\(S\)|Recommendations?|Recommended\s+decisions?(?:\s*\(s\))?|RECOMMENDED\s+DECISIONS?(?:\s*\(S\))?|Decisions?\s*\(s\)\s+recommended|Decisions?\s+recommended|Decisions?\s*(?:\(s\)\s*)?required|DECISIONS?\s*(?:\(S\)\s*)?REQUIRED|Proposed\s+decisions?)\s*(\.(?=\s|$|[A-Z])|:?)\s*(.*)$/;
/** "Recommendations to Cabinet", "Recommendation(s) for the Committee:": the heading names the body it is for. */
const FOR_BODY = /^(?:to|for)\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s*){1,6}:?$/i;
/**
 * A recommendation stated without a heading ("It is recommended that Cabinet approves …", "The
 * Executive is recommended to:", "Members are asked to:") opens a block where it stands.
 */
const NUMBER_PREFIX = /^\d{1,2}(?:\.\d{1,2})*\.?\s+/;
const LEAD_IN =
  /^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:It is (?:therefore )?recommended that\b|That\s+(?:the\s+)?(?:[A-Z][\w&’'-]*\s+){0,5}(?:Cabinet|Committee|Executive|Board|Sub-Committee|Panel|Authority)\s+(?:RECOMMENDS|recommends)\s+(?:to\s+(?:the\s+|each\s+|every\s+|all\s+)?(?:Full\s+)?(?:[\w’'-]+\s+){0,2}?(?:Council|Cabinet|Executive|councils?|authorit(?:y|ies))\s+)?that(?:\s+(?:it|they))?\s*:?\s*$|That\s+(?:the\s+)?(?:[A-Z][\w&’'-]*\s+){0,4}?(?:Cabinet|Committee|Executive|Council|Board|Sub-Committee|Panel|Authority|Full Council)\s*[:–—-]\s*$|(?:The\s+)?(?:(?:[A-Z][\w&’'-]*|and|of|for)\s+){0,6}?(?:Cabinet|Committee|Executive|Council|Board|Sub-Committee|Panel|Members?|Full Council|Leader|Cabinet Member)\b[\w ,’'-]{0,60}?\b(?:is|are)\s+(?:therefore\s+|also\s+)?(?:recommended|RECOMMENDED|asked|requested|invited)\s+to\b|(?:Each|Every|All)\s+(?:[\w’'-]+\s+){0,3}?(?:councils?|authorit(?:y|ies)|partners?|members?)\s+(?:is|are)\s+(?:therefore\s+|also\s+)?(?:recommended|asked|requested|invited)\s+to\b)/;
/** Lines after a heading the item reader may look at (it reads at most 80). */
const WINDOW = 90;
const DECISION_HEADING = /^(?:\d{1,2}\.?\s+)?(?:[A-Z][\w’'-]*\s*\/\s*)?Decisions?\s*(?:\(s\))?(?:\s+(?:taken|made))?\s*(?::\s*(.*)|$)/i;
/** "the revised timetable be adopted", "the Chief Executive be authorised to …": a decision in the passive. */
const PASSIVE_DECISION = /\b(?:be|is|are)\s+(?:approved|adopted|authori[sz]ed|agreed|noted|delegated|endorsed|granted|refused|deferred|appointed|established|amended|accepted|rejected|made)\b/i;
/** A decision notice's own decision: "The Sub-Committee decided:", "The Panel, having consulted …, decided that …". */
const DECIDED_LEAD = /^(?:Having\s+.{0,250}?,\s*)?(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){0,3}?(?:Sub-Committee|Committee|Panel|Board|Cabinet|Council|Forum|Authority)\b[^.;]{0,100}?\bdecided\b(?:\s*:\s*$|\s+(?:that|to)\b)/;

/** Where a recommendations section starts: the heading line index and any text after the heading. */
function headingAt(line: Line): { rest: string } | null {
  const m = HEADING.exec(line.text.trim());
  if (!m) return null;
  const word = m[1]!;
  // "Recommendations. It is recommended:": a run-in heading ends with a full stop
  const colon = m[2]!;
  const rest = m[3]!;
  const upper = word === word.toUpperCase();
  if (FOR_BODY.test(rest) && (upper || line.bold || /:\s*$/.test(rest) || line.text.trim().split(/\s+/).length <= 5)) return { rest: '' };
  // "2. Recommendations    That the Executive:": the heading and its lead-in on one line
  if (rest && !colon && LEAD_IN.test(rest) && /:\s*$/.test(rest)) return { rest };
  // "Recommendations included:" / "Recommendations fall within …" are prose, not headings.
  if (rest && !colon && !/^\(?\d/.test(rest)) return null;
  if (!upper && !colon && !line.bold && rest) return null;
  if (!upper && !colon && !line.bold && line.text.trim().split(/\s+/).length > 3) return null;
  return { rest };
}

function isDecisionRecord(input: ParseInput): boolean {
  if (input.meta.type === 'decision-record') return true;
  return input.lines.slice(0, 40).some((l) => /\bRECORD OF DECISION\b/i.test(l.text) || DECISION_RECORD_HEADING.test(l.text.trim()));
}

function toRecommendation(block: ItemBlock, leadVerb: string | null, status: RecommendationStatus, paragraphNumbers: Set<string>): Recommendation {
  const verb = operativeVerb(block.text) ?? leadVerb;
  const number = block.label && /^\d+(?:\.\d+)*\.?$/.test(block.label) ? block.label.replace(/\.$/, '') : null;
  return {
    label: block.label,
    verb,
    text: block.text,
    page: block.page,
    paragraph: number && (paragraphNumbers.has(number) || number.includes('.')) ? number : null,
    cites: citedParagraphs(block.text),
    status,
  };
}

export function parseRecommendations(input: ParseInput): Recommendation[] {
  if (input.meta.type === 'minutes' || input.meta.type === 'agenda') return [];
  const lines = usableLines(input.lines);
  const paragraphNumbers = new Set(input.paragraphs.flatMap((p) => (p.number ? [p.number] : [])));
  const out: Recommendation[] = [];
  const record = isDecisionRecord(input);
  const status: RecommendationStatus = record && !lines.slice(0, 40).some((l) => /\bPROPOSED\s+RECORD\b/i.test(l.text)) ? 'approved' : 'proposed';

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    // The block's first line when one starts here: null after a bare heading, undefined for none.
    let first: Line | null | undefined;
    const h = headingAt(line);
    const d = !h && record ? DECISION_HEADING.exec(text) : null;
    if (h) first = h.rest ? { ...line, text: h.rest } : null;
    else if (d && (line.bold || !d[1] || /:\s*$/.test(d[1]))) first = d[1] ? { ...line, text: d[1] } : null;
    // a sentence that recommends without a heading is its own lead-in (or its single item)
    else if (LEAD_IN.test(text) || (record && DECIDED_LEAD.test(text.replace(NUMBER_PREFIX, '')))) first = { ...line, text: text.replace(NUMBER_PREFIX, '') };
    // a review's own list, "R1 That the Council adopts …", wherever it stands: read from this line
    const listHere = first === undefined && splitLabel(text)?.kind === 'rec-num';
    if (listHere) first = null;
    if (first === undefined) continue;
    // "2. Recommendations" then "2.1 It is recommended that the Committee:": the numbered
    // sentence is the lead-in of the items under it, not an item
    const next = lines[i + 1];
    // (the number of a numbered sentence that is the one recommendation: "2.1 The Panel is asked to review …")
    let sentenceNumber = !h && !d && first ? (NUMBER_PREFIX.exec(text)?.[0] ?? null) : null;
    if (first === null && next && LEAD_IN.test(next.text.trim())) {
      sentenceNumber = NUMBER_PREFIX.exec(next.text.trim())?.[0] ?? null;
      first = { ...next, text: next.text.trim().replace(NUMBER_PREFIX, '') };
      i += 1;
    } else if (first === null && next && record) {
      // "3.1 Having considered the investigation report … of the" / "parties …, the Sub-Committee
      // decided that:": a decision's lead-in wrapped onto a second line
      const wrapped = `${next.text.trim()} ${lines[i + 2]?.text.trim() ?? ''}`.replace(NUMBER_PREFIX, '').trim();
      if (/:\s*$/.test(wrapped) && !/:\s*$/.test(next.text.trim()) && DECIDED_LEAD.test(wrapped)) {
        first = { ...next, text: wrapped };
        i += 2;
      }
    }
    // Items set as a table (label | item | "Please refer to Section 3") read as labelled lines.
    const from = listHere ? i : i + 1;
    const window = flattenItemTable(lines.slice(from, from + WINDOW));
    const section = collectItems(window.lines, 0, first);
    const lastRead = section.end > 0 ? window.source[section.end - 1] : undefined;
    i = Math.max(i, lastRead === undefined ? i : from + lastRead);
    const leadVerb = leadInVerb(section.leadIn);
    // "GRANT permission subject to a Section 106 agreement securing: (a) 30% affordable housing; (b) …":
    // a decision whose items are its terms, not decisions of their own, is one recommendation
    // (items that are decisions in the passive, "(a) the draft recommendations be approved", are not terms)
    const terms = section.leadIn !== '' && startsWithVerb(section.leadIn) && section.items.length > 0 && section.items.every((b) => !startsWithVerb(b.text) && !PASSIVE_DECISION.test(b.text));
    const blocks = terms ? [{ label: null, text: section.fullText, page: section.page ?? section.items[0]!.page }] : section.items;
    // (the number as written: "1." stays "1.", "2.1." is "2.1", as a section number is cited)
    if (sentenceNumber && blocks.length === 1 && blocks[0]!.label === null && !section.leadIn) blocks[0] = { ...blocks[0]!, label: asWritten(sentenceNumber) };
    // "That authority be delegated …" straight after the block is the next recommendation, and so
    // is a numbered one after a lettered list ("2.1 That the Committee recommends to Council that
    // it: (a) … (e) …" then "2.2 That the Committee notes that …")
    if (h || d) {
      for (let after = lines[i + 1]; after; after = lines[i + 1]) {
        const number = NUMBER_PREFIX.exec(after.text.trim());
        const body = after.text.trim().slice(number?.[0].length ?? 0);
        const next = number ? /^That\s+\S/.test(body) && !LEAD_IN.test(after.text.trim()) : /^That\s+[a-z]/.test(body);
        if (!next || headingAt(after)) break;
        const more = collectItems(lines, i + 2, { ...after, text: body });
        if (more.items.length !== 1 || more.items[0]!.label !== null) break;
        blocks.push({ ...more.items[0]!, label: number ? asWritten(number[0]) : null });
        i = Math.max(i + 1, more.end - 1);
      }
    }
    for (const block of blocks) {
      if (!normaliseText(block.text)) continue;
      if (out.some((r) => (r.label === block.label ? sameItemText(r.text, block.text) : normaliseText(r.text) === normaliseText(block.text)))) continue;
      out.push(toRecommendation(block, leadVerb, record ? status : 'proposed', paragraphNumbers));
    }
  }
  return out;
}

/** A paragraph number as a label: "1." as written, "2.1." as "2.1". */
function asWritten(number: string): string {
  const n = number.trim();
  return /^\d+\.$/.test(n) ? n : n.replace(/\.$/, '');
}
