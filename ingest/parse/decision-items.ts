/**
 * Reads a decision block — a lead-in then labelled items, or one unlabelled sentence — from a
 * run of lines, stopping where the block plainly ends: a heading, a table, a line set further
 * left than the items, a new sentence after a finished item, or a caller's stop rule.
 */
import type { Line } from '../layout/types.ts';
import { asSibling, endsItem, hasBullet, joinLines, sameList, splitLabel, startsLower, stripBullet, type Label } from './decision-lines.ts';

export interface ItemBlock {
  label: string | null;
  text: string;
  page: number;
}

export interface ItemSection {
  leadIn: string;
  items: ItemBlock[];
  /** Lead-in and items with their labels, verbatim, wrapped lines joined. */
  fullText: string;
  /** Page of the first line read. */
  page: number | null;
  /** Index of the first line not read. */
  end: number;
}

/** Lines that always end a decision block. */
const HARD_STOP =
  /^(?:\d{1,2}\.?\s+)?(?:For any enquiries|Background (?:Papers|Documents|information)|Reasons?\s*(?:\/\s*s)?\s*(?:\(s\)\s*)?for|Constitutional Comments|Financial Comments|Finance Comments|Legal (?:Comments|Implications)|HR Comments|Contact details|Contact Officer|Report Author|Lead Officer|Electoral Division|Appendices|Statutory and Policy Implications|Other Options|Any alternatives considered|Any interest declared|Cabinet Committee recommendations|The meeting (?:closed|ended)|Signed\b|CHAIR(?:MAN)?\s*$)/i;

/** Points further right than an item's label at which a line hangs under the item. */
const HANGING_INDENT = 8;

export interface CollectOptions {
  /** Extra rule: true when the line ends the block (a minute heading, the next RESOLVED). */
  stop?: (line: Line, index: number) => boolean;
  /** At most this many lines (default 80). */
  maxLines?: number;
}

function looksLikeHeading(line: Line, label: Label | null): boolean {
  const t = line.text.trim();
  if (!line.bold) return false;
  const body = label ? label.rest : t;
  return body.length < 90 && !/[.;,]$/.test(body);
}

export function collectItems(lines: readonly Line[], start: number, first: Line | null, options: CollectOptions = {}): ItemSection {
  const maxLines = options.maxLines ?? 80;
  const leadParts: string[] = [];
  const fullParts: string[] = [];
  let leadPage: number | null = null;
  let leadBold = false;
  const items: { label: string | null; parts: string[]; page: number; x: number; bold: boolean }[] = [];
  let listHead: Label | null = null;
  let prevIndex = 0;
  let end = start;
  const seq: Array<{ line: Line; index: number }> = [];
  if (first) seq.push({ line: first, index: start - 1 });
  for (let j = start; j < lines.length && j < start + maxLines; j++) seq.push({ line: lines[j]!, index: j });

  for (const { line, index } of seq) {
    const text = line.text.trim();
    const isFirst = line === first;
    // (a line in lower case carries the sentence on: "… be approved and" / "signed by the Chair as a true record.")
    if (!isFirst && ((HARD_STOP.test(text) && !/^[a-z]/.test(text)) || options.stop?.(line, index))) break;
    if (!isFirst && line.cells.length >= 3) break;
    const cur = items[items.length - 1];
    // An unlabelled bullet: its own item when the list is bullets (or no list yet).
    if (!splitLabel(text) && hasBullet(text) && (listHead === null || listHead.kind === 'bullet') && !(cur && line.x > cur.x + 3)) {
      if (!listHead) listHead = { label: '', kind: 'bullet', index: 0, prefix: null, rest: '' };
      items.push({ label: null, parts: [stripBullet(text)], page: line.page, x: line.x, bold: line.bold });
      fullParts.push(text);
      end = index + 1;
      continue;
    }
    const raw = splitLabel(text);
    // "i." read as a letter, then "ii.": the list was roman numerals
    if (listHead?.kind === 'alpha-dot' && listHead.index === 9 && prevIndex === 9 && raw?.kind === 'roman-dot' && raw.index === 2) {
      listHead = { ...listHead, kind: 'roman-dot', index: 1 };
      prevIndex = 1;
    }
    const lab: Label | null = raw && listHead ? asSibling(listHead, raw) : raw;
    const sibling = lab && (listHead ? sameList(listHead, lab, prevIndex) && lab.index === prevIndex + 1 : true);
    if (lab && sibling && !looksLikeHeading(line, lab) && !(listHead === null && cur === undefined && leadParts.length > 0 && endsItem(joinLines(leadParts)) && !/:$/.test(joinLines(leadParts)))) {
      if (!listHead) listHead = lab;
      prevIndex = lab.index;
      items.push({ label: lab.label, parts: [lab.rest], page: line.page, x: line.x, bold: line.bold });
      fullParts.push(`${lab.label} ${lab.rest}`);
      end = index + 1;
      continue;
    }
    // A line carries on the text before it when it starts in lower case (or with a figure), unless it is labelled.
    const continues = startsLower(text) && !lab;
    if (cur) {
      const curText = joinLines(cur.parts);
      if (looksLikeHeading(line, lab) && !cur.bold) break;
      if (line.x < cur.x - 3 && !continues) break;
      // (a line set in under its item's label, "Response: No objection.", is still the item's)
      if (!lab && endsItem(curText) && !continues && !(line.x > cur.x + HANGING_INDENT && !looksLikeHeading(line, lab))) break;
      if (lab && lab.kind === listHead?.kind && lab.index <= prevIndex) break;
      // A differently labelled line after a finished sentence is the next section, not a sub-item.
      if (lab && /[.!?]["'’”)]?$/.test(curText)) break;
      cur.parts.push(text);
      fullParts.push(text);
      end = index + 1;
      continue;
    }
    // Lead-in (or a single unlabelled item).
    const lead = joinLines(leadParts);
    if (leadParts.length > 0 && endsItem(lead) && !continues) break;
    // a bold lead-in wrapped onto a second bold line ("RECOMMENDATION: GRANT … and a" / "Section 106 agreement securing:") goes on
    const boldWrap = leadBold && line.bold && leadParts.length > 0 && !/[.:;]$/.test(lead);
    if (!isFirst && !boldWrap && looksLikeHeading(line, lab) && (leadParts.length > 0 || lab)) break;
    if (leadParts.length === 0) leadPage = line.page;
    leadBold = line.bold;
    leadParts.push(stripBullet(text));
    fullParts.push(stripBullet(text));
    end = index + 1;
  }

  const leadIn = joinLines(leadParts);
  const blocks: ItemBlock[] = items.flatMap((it) => splitRunOn({ label: it.label, text: joinLines(it.parts), page: it.page }));
  if (blocks.length === 1 && blocks[0]!.label === null && !leadIn) {
    return { leadIn: '', items: blocks, fullText: blocks[0]!.text, page: blocks[0]!.page, end };
  }
  if (blocks.length === 0 && leadIn && !/:\s*$/.test(leadIn)) {
    return { leadIn: '', items: [{ label: null, text: leadIn, page: leadPage ?? 1 }], fullText: leadIn, page: leadPage, end };
  }
  return { leadIn, items: blocks, fullText: joinLines(fullParts), page: leadPage ?? blocks[0]?.page ?? null, end };
}

/**
 * An item whose next sibling runs on in the same line ("(i) that a working group be set up; and
 * (ii) that the Town Clerk obtain quotes …"): the two items, split where the next label stands.
 */
function splitRunOn(block: ItemBlock): ItemBlock[] {
  const own = block.label ? splitLabel(`${block.label} x`) : null;
  if (!own || own.kind === 'bullet' || own.kind === 'decimal') return [block];
  const out: ItemBlock[] = [];
  let cur = block;
  let label = own;
  for (;;) {
    const m = /;\s*(?:and\s+|or\s+)?(\(?[a-z0-9]{1,4}\))\s+(?=\S)/gi;
    let split: { at: number; next: Label; start: number } | null = null;
    for (const hit of cur.text.matchAll(m)) {
      const raw = splitLabel(`${hit[1]} x`);
      const next = raw ? asSibling(label, raw) : null;
      if (next && sameList(label, next, label.index) && next.index === label.index + 1) {
        // the first keeps its "; and", the second starts after its label
        split = { at: hit.index! + hit[0].indexOf(hit[1]!), next, start: hit.index! + hit[0].length };
        break;
      }
    }
    if (!split) break;
    out.push({ ...cur, text: cur.text.slice(0, split.at).trim() });
    cur = { label: split.next.label, text: cur.text.slice(split.start).trim(), page: cur.page };
    label = split.next;
  }
  out.push(cur);
  return out;
}
