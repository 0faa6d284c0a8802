/**
 * Lines that open a new paper inside a pack: report headers ("Report to …", "Agenda Item: 5",
 * "REPORT OF …", Kent's "From: / To:" block, "Purpose of the Report"), minutes, agenda front
 * sheets, records of decision, impact assessments, appendix and work-programme headings.
 */
import type { PartType } from '../model.ts';
import type { Line } from '../layout/types.ts';
import { FIELD_LABEL, isFieldLine, ITEM_PREFIX, ITEM_STAMP, OPENING_FIELD, opensMinutes } from './fields.ts';

/** "(as at 20 April 2026)", "(updated 3 March)", "– as at 1 December 2025": when a programme was last brought up to date. */
export const AS_AT = /\s*(?:\((?:as\s+(?:at|of)|updated|version)\b[^)]*\)|[–—-]\s*(?:as\s+(?:at|of)|updated)\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\s*$/i;
/** "Work Programme 2025/26", "Scrutiny Forward Work Programme 2026 (as at 20 April 2026)": a programme's own title. */
export const PROGRAMME_TITLE = new RegExp(String.raw`^(?:[A-Z][\w&,’']*\s+){0,5}(?:Forward\s+)?(?:Work\s+Programme|Forward\s+Plan)(?:\s+(?:for\s+)?\d{4}(?:\/\d{2,4}|[-–]\d{2,4})?)?(?:${AS_AT.source})?$`);
/** "Agenda item 8 – Work Programme 2025/26", "Item 6: Scrutiny Work Programme": an item that is the committee's programme. */
const ITEM_WORK_PROGRAMME = new RegExp(String.raw`${ITEM_PREFIX.source}(?:[A-Z][\w&,’' ]{0,50}\s)?(?:work\s+programme|forward\s+plan)(?:\s+(?:for\s+)?\d{4}(?:\/\d{2,4}|[-–]\d{2,4})?)?$`, 'i');

export interface FlatLine {
  line: Line;
  /** Index of the line within its page. */
  inPage: number;
}

export type MarkerKind =
  | 'report-to'
  | 'agenda-item'
  | 'report-of'
  | 'report-field'
  | 'from-block'
  | 'purpose'
  | 'decision-record'
  | 'minutes'
  | 'agenda'
  | 'assessment'
  | 'appendix'
  | 'work-programme';

export interface Marker {
  index: number;
  kind: MarkerKind;
}

/**
 * The heading of a record of a decision: "PROPOSED RECORD OF DECISION", "RECORD OF DECISION BY
 * CABINET MEMBER", "DECISION NOTICE", "Notice of Key Decision", "Officer Decision Record".
 */
export const DECISION_RECORD_HEADING =
  /RECORD OF (?:[A-Z]+ ){0,5}?DECISIONS?\b|^(?:[A-Z ]+ )?DECISION NOTICE$|^NOTICE OF (?:KEY )?DECISIONS?\b|^(?:OFFICER |EXECUTIVE |KEY )?DECISION RECORD$|^(?:Record of (?:an? )?(?:[A-Z]\w+ ){0,4}Decisions?(?: (?:taken |made )?by (?:an? |the )?(?:[A-Z][\w’'-]* ?){1,5})?|Decision Notice|Notice of (?:Key )?Decisions?|(?:Officer|Executive) Decision Record)$/;

/** Strong markers start a part even inside minutes; weak ones only outside. */
export const STRONG: ReadonlySet<MarkerKind> = new Set(['report-to', 'agenda-item', 'report-of', 'report-field', 'from-block', 'purpose', 'decision-record', 'minutes']);

export const TYPE_OF: Record<MarkerKind, PartType> = {
  'report-to': 'report',
  'agenda-item': 'report',
  'report-of': 'report',
  'report-field': 'report',
  'from-block': 'report',
  purpose: 'report',
  'decision-record': 'decision-record',
  minutes: 'minutes',
  agenda: 'agenda',
  assessment: 'other',
  appendix: 'appendix',
  'work-programme': 'work-programme',
};

/** Which marker decides a cluster's type (most specific first). */
export const PRIORITY: MarkerKind[] = ['decision-record', 'minutes', 'agenda', 'assessment', 'work-programme', 'appendix', 'report-to', 'report-of', 'report-field', 'from-block', 'agenda-item', 'purpose'];

export function clean(text: string): string {
  return text.replace(/^[\s•●▪◦\u2022\uf0b7\uf0a7-]+(?=\S)/u, '').trim();
}

const APPENDIX_RE = /^appendix\s+(?:[A-Z]|\d{1,2})\b/i;
const APPENDIX_PROSE = /^appendix\s+\S+\s+(also|provides|sets|shows|is|are|gives|contains|includes|outlines|summarises|details|to|of|and|which|has)\b/i;

export function findMarkers(lines: FlatLine[]): Marker[] {
  const out: Marker[] = [];
  const text = (i: number) => (lines[i] ? clean(lines[i]!.line.text) : '');
  for (let i = 0; i < lines.length; i++) {
    const { line, inPage } = lines[i]!;
    const t = clean(line.text);
    const add = (kind: MarkerKind) => out.push({ index: i, kind });
    // (not a row of a timetable deep in a page: "Report to Committee on confirmation | July 2026")
    if (/^Report to\b/.test(line.text.trim()) && !(inPage >= 10 && line.cells.length >= 2 && /\b(?:19|20)\d{2}$/.test(line.text.trim()))) add('report-to');
    if (/(?:^|\d{4}\s*|\*\*)(?:Agenda Item|AGENDA ITEM):?\s*(?:No\.?\s*)?\d+[a-z]?\b/.test(t) && t.length < 120 && !/\(pages?\s*\d/i.test(t)) add('agenda-item');
    if (/(?:^|\*\*|\d)REPORT OF\b/.test(t)) add('report-of');
    if (/^(from|by):/i.test(t)) {
      for (let j = i + 1; j < Math.min(lines.length, i + 10); j++) if (/^to:/i.test(text(j))) { add('from-block'); break; }
    }
    if (/(?:^|\*\*|\d[.)]?\s*)Purpose of (?:the )?report\b/i.test(t) && (t.length < 70 || /Purpose of (?:the )?report\s*$/i.test(t))) add('purpose');
    if (/Purpose of\s*$/.test(t) && /^the report\b/i.test(text(i + 1))) add('purpose');
    if (DECISION_RECORD_HEADING.test(t) && t.length < 100) add('decision-record');
    if ((/^MINUTES of (?:a|the)\b.*\bmeeting\b/i.test(t) || opensMinutes(t, text(i + 1))) && !continuesSentence(t, text(i - 1))) add('minutes');
    // A front sheet's field table ("Report Title: …", "Date of Meeting: …") near the top of a page.
    // Not a field inside another block of fields ("Title of decision: …" then "Decision maker: …"
    // in a forward plan's entry): an unknown label just above says the block began there.
    if (inPage < 15 && OPENING_FIELD.test(t) && nextField(lines, i) && !underOtherField(lines, i)) add('report-field');
    if (inPage < 3 && ITEM_STAMP.test(t)) add('agenda-item');
    if (/^Meeting\s+\S/.test(t) && (line.bold || (inPage < 10 && line.cells.length === 2)) && /^Date\s+\S/.test(text(i + 1))) add('minutes');
    if (/^agenda$/i.test(t) && inPage < 8) add('agenda');
    if (inPage < 6 && /^(EQIA Submission|Equality (?:Impact )?(?:Analysis|Assessment)|Data Protection Impact Assessment|DPIA\b)/i.test(t)) add('assessment');
    if (
      APPENDIX_RE.test(t) &&
      t.length < 160 &&
      !APPENDIX_PROSE.test(t) &&
      !APPENDIX_RE.test(text(i - 1)) &&
      !APPENDIX_RE.test(text(i + 1)) &&
      (line.bold || inPage < 3 || /^appendix\s+\S+\s*[-–:]/i.test(t)) &&
      !(inPage >= 3 && listsAppendices(lines, i)) &&
      // an entry under a report's closing "Appendices" / "List of appendices" heading
      !/^(?:list of )?(?:appendices|appendix)\s*:?$/i.test(text(i - 1))
    )
      add('appendix');
    if (/WORK PROGRAMME|FORWARD PLAN/.test(t) && t === t.toUpperCase() && !/^\d/.test(t) && t.length < 120 && (line.bold || inPage < 3)) add('work-programme');
    // "Agenda item 8 – Work Programme 2025/26": an agenda item that is the committee's work programme
    else if (ITEM_WORK_PROGRAMME.test(t) && line.bold && inPage < 4) add('work-programme');
    // "Work Programme 2025/26" in bold among the first lines of a page: a programme set out in title case
    else if (PROGRAMME_TITLE.test(t) && line.bold && inPage < 4) add('work-programme');
  }
  return out;
}

/**
 * "… agreed that the / minutes of the meeting held on 13 May 2025 be taken as read": a sentence
 * wrapped onto a line that reads like a minutes heading, not one.
 */
function continuesSentence(t: string, previous: string): boolean {
  return /^[a-z]/.test(t) || /\b(?:the|that|and|of|to|with|whether)$/i.test(previous);
}

/** Another field line ("Key decision: Yes") follows within a few lines on the same page. */
function nextField(lines: FlatLine[], i: number): boolean {
  const page = lines[i]!.line.page;
  for (let j = i + 1; j <= i + 6 && j < lines.length && lines[j]!.line.page === page; j++) {
    const t = clean(lines[j]!.line.text);
    if (FIELD_LABEL.test(t) || OPENING_FIELD.test(t)) return true;
  }
  return false;
}

/** The line above is a labelled field the front-sheet labels do not know ("Title of decision: …"). */
function underOtherField(lines: FlatLine[], i: number): boolean {
  const prev = lines[i - 1];
  if (!prev || prev.line.page !== lines[i]!.line.page) return false;
  const t = clean(prev.line.text);
  return isFieldLine(prev.line) && !FIELD_LABEL.test(t) && !OPENING_FIELD.test(t);
}

/**
 * A report's closing list of its appendices ("Appendix A:" / its title / "Appendix B:" / …): another
 * appendix label follows within a few lines on the same page, so this one is an entry, not a heading.
 */
function listsAppendices(lines: FlatLine[], i: number): boolean {
  const page = lines[i]!.line.page;
  const label = (j: number) => {
    const t = clean(lines[j]!.line.text);
    return lines[j]!.line.page === page && APPENDIX_RE.test(t) && t.length < 60 && !APPENDIX_PROSE.test(t);
  };
  for (let j = i + 2; j <= i + 6 && j < lines.length; j++) if (label(j)) return true;
  for (let j = i - 2; j >= i - 6 && j >= 0; j--) if (label(j)) return true;
  return false;
}
