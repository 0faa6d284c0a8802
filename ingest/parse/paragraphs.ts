/**
 * A part's lines → paragraphs: wrapped lines joined back, each paragraph with its own printed
 * number ("21", "2.3"), start page and the section heading it falls under. Lettered sub-items
 * and bullets stay with their paragraph; table rows (3+ cells) become one unnumbered paragraph
 * per run of rows, cells joined with " | ".
 */
import type { Paragraph } from '../model.ts';
import type { Line } from '../layout/types.ts';
import { headingOf, runInHeading } from './sections.ts';
import { CONTACT_LEAD } from './contact-block.ts';

const BULLET = /^[\s•●▪◦\u2022\uf0b7\uf0a7]+/u;
/** A figure's unit: "• 3.5 FTE temporary posts", "2.5 WTE", "1.5 million" are quantities, not paragraph numbers ("• 1.1. The NHS …" is one). */
const QUANTITY = /^(?:FTEs?|WTEs?|PTEs?|fte|wte|%|per\s*cent|m|bn|k|million|billion|hours?|days?|weeks?|months?|years?|posts?|miles?|km|metres?|hectares?|ha)(?![A-Za-z])/;
const SUB_ITEM = /^(?:\(?[a-z]\)|[a-z]\.|\(?[ivx]{1,4}\)|[ivx]{1,4}\.|\(\d{1,2}\)|\d{1,2}\))\s/;

interface Draft {
  number: string | null;
  page: number;
  section: string | null;
  text: string;
  last: Line;
  table: boolean;
  /** Lines taken into a contact block after its lead line. */
  contactLines?: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 11;
}

/** The paragraph number a line opens with, and the rest of its text; null when it does not. */
export function paragraphStart(line: Line): { number: string; rest: string } | null {
  const first = line.cells[0]?.text.replace(BULLET, '').trim() ?? '';
  // number in a cell of its own: "1.1 | The County Council …"
  const own = /^(\d{1,3}(?:\.\d{1,3}){0,2})\.?$/.exec(first);
  if (own && line.cells.length > 1 && line.cells[1]!.text.trim() && !QUANTITY.test(line.cells[1]!.text.trim())) {
    return { number: own[1]!, rest: line.cells.slice(1).map((c) => c.text).join(' ') };
  }
  const text = line.text.replace(BULLET, '').trim();
  const dotted = /^(\d{1,3})\.\s+(\S.*)$/.exec(text);
  if (dotted && Number(dotted[1]) > 0 && !/^\d/.test(dotted[2]!)) return { number: dotted[1]!, rest: dotted[2]! };
  const multi = /^(\d{1,3}(?:\.\d{1,3}){1,2})\.?\s+([A-Z(‘'"“].*)$/.exec(text);
  // "3.5 FTE posts", "2.5 WTE": a quantity, not a paragraph number.
  if (multi && !QUANTITY.test(multi[2]!)) return { number: multi[1]!, rest: multi[2]! };
  return null;
}

/** A front-matter field line ("From: | …", "Subject: | …"): the x of its value cell, else null. */
function fieldLabel(line: Line): number | null {
  if (line.cells.length < 2) return null;
  const first = line.cells[0]!.text.trim();
  return /^[A-Z][\w ()/’'-]{1,40}:$/.test(first) && line.cells[1]!.text.trim() ? line.cells[1]!.x : null;
}

export function joinText(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  if (a.endsWith('\u00ad')) return a.slice(0, -1) + b;
  if (/[A-Za-z0-9]-$/.test(a) && /^[a-z0-9]/.test(b)) return a + b;
  return `${a} ${b}`;
}

const SENTENCE_END = /[.:;!?)\]"”’]$/;
/** Headings that end a contact block. */
const SECTION_AFTER_CONTACT = /^(?:constitutional|financial|legal|hr|human resources|background|electoral|appendix|appendices|comments)\b/i;

export function splitParagraphs(lines: Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  const bodySize = median(lines.map((l) => l.fontSize));
  // The usual step between wrapped lines: a quarter-way point of the gaps on a page (paragraph
  // gaps are larger; some layouts use one step for both, then only numbers split paragraphs).
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page === b.page && b.y > a.y && b.cells.length < 3) steps.push((b.y - a.y) / Math.max(a.fontSize, 1));
  }
  const sorted = steps.sort((a, b) => a - b);
  const step = sorted[Math.floor(sorted.length / 4)] ?? 1.3;
  const tightEm = Math.max(1.6, Math.min(step * 1.25, 2.6));
  let section: string | null = null;
  let cur: Draft | null = null;
  let lastHeading: { line: Line; text: string } | null = null;
  /**
   * The heading-like lines read in a row with no text under them. BLOCK_LINES or more are not
   * headings but a bold block (a membership list: "COUNCILLORS", "Tony Harper (Chairman)", …):
   * kept as a paragraph, so its words are not lost to the next heading.
   */
  let run: { page: number; texts: string[] } | null = null;
  const keepRun = (all: boolean) => {
    const texts = run && run.texts.length >= BLOCK_LINES ? (all ? run.texts : run.texts.slice(0, -1)) : [];
    if (texts.length > 0) out.push({ number: null, page: run!.page, section: texts[0]!, text: texts.join('\n') });
    run = null;
  };
  /** The title of the item being read ("APPLICATION FOR A NEW PREMISES LICENCE …"). */
  let item: string | null = null;
  const flush = () => {
    if (cur && cur.text.trim()) out.push({ number: cur.number, page: cur.page, section: cur.section, text: cur.text.trim() });
    cur = null;
  };
  // Front matter ("From: | Roger Gough, Leader," then "Dr Anjan Ghosh, …" under the value): the
  // value column's further lines belong to the field, they are not headings.
  let field: { page: number; valueX: number } | null = null;
  for (const line of lines) {
    const text = line.text.replace(BULLET, '').trim();
    if (!text) continue;
    const prev: Draft | null = cur;
    const gap = prev && prev.last.page === line.page ? line.y - prev.last.y : null;
    const tight = gap !== null && gap <= Math.max(line.fontSize, prev!.last.fontSize) * tightEm;

    // A contact block ("For any enquiries about this report please contact:" then name, role,
    // T:, E: on short lines): one paragraph, so the name is not read as a heading and lost.
    if (prev && !prev.table && (prev.contactLines !== undefined || CONTACT_LEAD.test(prev.text)) && (prev.contactLines ?? 0) < 5 &&
        prev.last.page === line.page && gap !== null && gap <= line.fontSize * 4 &&
        text.length <= 90 && paragraphStart(line) === null && !SECTION_AFTER_CONTACT.test(text)) {
      prev.text = joinText(prev.text, text);
      prev.last = line;
      prev.contactLines = (prev.contactLines ?? 0) + 1;
      continue;
    }

    const label = fieldLabel(line);
    if (label !== null) field = { page: line.page, valueX: label };
    else if (field && prev && !prev.table && line.cells.length === 1 && line.page === field.page && Math.abs(line.x - field.valueX) <= 6) {
      prev.text = joinText(prev.text, text);
      prev.last = line;
      continue;
    } else field = null;

    // "Consultation. The proposals were advertised …": a heading and the first line of its paragraph
    const runIn = line.cells.length <= 2 ? runInHeading(line) : null;
    if (runIn) {
      keepRun(true);
      flush();
      section = runIn.heading;
      lastHeading = null;
      cur = { number: null, page: line.page, section, text: runIn.rest, last: line, table: false };
      continue;
    }
    const heading = line.cells.length <= 2 ? headingOf(line, bodySize) : null;
    if (heading) {
      const hg = lastHeading && lastHeading.line.page === line.page ? line.y - lastHeading.line.y : null;
      if (lastHeading && !cur && hg !== null && hg <= line.fontSize * 1.6 && !/[:]$/.test(lastHeading.text)) {
        section = `${section ?? ''} ${heading}`.trim();
        lastHeading = { line, text: section };
        if (run) run.texts[run.texts.length - 1] += ` ${heading}`;
        if (!SUB_HEADING.test(heading)) item = section;
      } else {
        if (run && !cur) run.texts.push(heading);
        else run = { page: line.page, texts: [heading] };
        flush();
        // an item's own sub-heading ("Decision", "Reasons") stays under the item's title
        if (!SUB_HEADING.test(heading)) item = heading;
        section = item !== null && SUB_HEADING.test(heading) ? `${item} – ${heading}` : heading;
        lastHeading = { line, text: heading };
      }
      continue;
    }
    // a heading wrapped onto a short bold line ("… PROGRAMME FOR" / "2021/22 TO 2023/24")
    if (lastHeading && !cur && line.bold && line.page === lastHeading.line.page && line.y - lastHeading.line.y <= line.fontSize * 1.6 && text.length < 60 && !/[.;]$/.test(text)) {
      section = `${section ?? ''} ${text}`.trim();
      lastHeading = { line, text: section };
      if (run) run.texts[run.texts.length - 1] += ` ${text}`;
      continue;
    }
    lastHeading = null;
    // text under the run's last line: that line is its heading, the lines before it a block
    keepRun(false);

    if (line.cells.length >= 3) {
      const row = line.cells.map((c) => c.text).join(' | ');
      if (prev?.table) {
        prev.text += `\n${row}`;
        prev.last = line;
      } else {
        flush();
        cur = { number: null, page: line.page, section, text: row, last: line, table: true };
      }
      continue;
    }

    // a timetable's row ("Adoption by Council | February 2027"): a stage and its date, each row
    // its own paragraph, so a question about one stage is answered by its row
    if (isDatedRow(line)) {
      flush();
      out.push({ number: null, page: line.page, section, text: line.cells.map((c) => c.text.trim()).join(' | ') });
      continue;
    }

    const start = paragraphStart(line);
    const ownCell = start !== null && line.cells.length > 1 && /^\d/.test(line.cells[0]!.text.replace(BULLET, '').trim());
    const breaksHere = !prev || prev.table || !tight || SENTENCE_END.test(prev.text) || ownCell;
    if (start && breaksHere) {
      flush();
      cur = { number: start.number, page: line.page, section, text: start.rest, last: line, table: false };
      continue;
    }
    const lineText = line.cells.length > 1 ? line.cells.map((c) => c.text).join(' ').replace(BULLET, '') : text;
    if (prev && !prev.table) {
      const continues =
        tight ||
        SUB_ITEM.test(text) ||
        BULLET.test(line.text) ||
        (gap === null && (prev.number !== null || !SENTENCE_END.test(prev.text))) ||
        /^[a-z]/.test(text);
      if (continues) {
        prev.text = joinText(prev.text, lineText);
        prev.last = line;
        continue;
      }
    }
    flush();
    cur = { number: null, page: line.page, section, text: lineText, last: line, table: false };
  }
  flush();
  keepRun(true);
  return out;
}

const MONTH_NAME = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
/**
 * Two cells, a label and a date ("Direction comes into force (if confirmed) | 3 March 2027",
 * "Examination hearings | June – July 2026"): a timetable's row, not a field ("Published: …") nor prose.
 */
function isDatedRow(line: Line): boolean {
  if (line.cells.length !== 2) return false;
  const [label, value] = line.cells.map((c) => c.text.trim()) as [string, string];
  // (a stage has a name of two words or more: "To | Cabinet – 30 January 2025" is a front sheet's field)
  if (!/^[A-Z]\S*\s+\S/.test(label) || /:$/.test(label) || label.length > 90 || paragraphStart(line) !== null) return false;
  return value.length <= 60 && MONTH_NAME.test(value) && /\b(?:19|20)\d{2}\b(?:\s*\([^)]*\))?$/.test(value);
}

/** Heading-like lines in a row, with no text under them, that make a block of text instead. */
const BLOCK_LINES = 4;

/** The sub-headings of a minute or decision record, under its item's title. */
const SUB_HEADING = /^(?:decisions?|resolved|resolutions?|reasons?(?:\s+for\s+(?:the\s+)?decisions?)?|representations|discussion|debate)$/i;
