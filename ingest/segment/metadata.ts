/**
 * Metadata a part states about itself, read from its header lines (the first lines of the part)
 * and, for council and classification, from its text. Everything is null when not stated.
 */
import type { Classification, PartType } from '../model.ts';
import type { Line } from '../layout/types.ts';
import { findDates } from './dates.ts';
import { clean } from './markers.ts';
import { bodyStart, committeeField, DATE_FIELD, isFieldLine, ITEM_NUMBER, ITEM_PREFIX, ITEM_STAMP, minutesBody, opensMinutes, WRITTEN_DATE } from './fields.ts';
import { titleCase } from './titlecase.ts';
import { AS_AT, PROGRAMME_TITLE } from './markers.ts';

const ANY_DATE = new RegExp(String.raw`\b${WRITTEN_DATE}\b`, 'g');
/** "… Committee – 25 November 2025": a date after a dash or comma that ends a heading. */
const DATE_AFTER_DASH = new RegExp(String.raw`\s*[–—,-]\s*${WRITTEN_DATE}$`);

export { acronymsIn, titleCase } from './titlecase.ts';
export { findCouncil } from './council.ts';

/** Words a "REPORT OF …" role ends on; one glued straight onto an upper-case word starts the title. */
const ROLE_GLUED =
  /(\bREPORT OF (?:THE )?[A-Z ,&'’-]*?(?:HEALTH|SERVICES|DIRECTOR|EXECUTIVE|OFFICER|FINANCE|RESOURCES|COMMUNITIES|PLACE|PEOPLE|EDUCATION|GOVERNANCE|EMPLOYEES|IMPROVEMENT|ENVIRONMENT|TRANSFORMATION|HOUSING|PLANNING|COUNSEL|CUSTOMERS|FAMILIES|ADULTS|CHILDREN|INFRASTRUCTURE|TRANSPORT|GROWTH|ECONOMY|STRATEGY|OPERATIONS|COMMISSIONING))(?=(?!CARE\b|WIDE\b|WISE\b)[A-Z]{3,})/g;

export interface HeaderPiece {
  text: string;
  bold: boolean;
}

/**
 * Header lines as pieces. Some text layers carry "**" emphasis artefacts and glue header fields
 * together ("8 February 2021Agenda Item: 4**REPORT OF …"); there a "**" is the only reliable
 * break, so lines are joined and split at the artefacts and at known field starts.
 */
export function headerPieces(lines: Line[]): HeaderPiece[] {
  const glue = (t: string) =>
    t
      .replace(/(Agenda Item:?\s*\d+[a-z]?)(?=[A-Z])/g, '$1\n')
      .replace(/(\d{4})(?=Agenda Item)/g, '$1\n')
      .replace(/(\S)(?=Purpose of (?:the )?Report)/g, '$1\n')
      // "REPORT OF THE DIRECTOR OF PUBLIC HEALTHBETTER CARE": the author's role glued to the title.
      .replace(ROLE_GLUED, '$1\n')
      .split('\n')
      .map((x) => x.trim())
      .filter(Boolean);
  const out: HeaderPiece[] = [];
  if (!lines.some((l) => l.text.includes('**'))) {
    for (const l of lines) for (const t of glue(clean(l.text))) out.push({ text: t, bold: l.bold });
    return out;
  }
  let buf = '';
  let bold = false;
  let open = false;
  for (const l of lines) {
    const segs = clean(l.text).split(/\*\*+/);
    segs.forEach((seg, k) => {
      if (k > 0) {
        for (const t of glue(buf)) out.push({ text: t, bold });
        buf = '';
        open = false;
      }
      if (!open) {
        bold = l.bold;
        open = true;
      }
      buf = buf ? `${buf} ${seg}` : seg;
    });
  }
  for (const t of glue(buf)) out.push({ text: t, bold });
  return out;
}

export function headerText(lines: Line[]): string[] {
  return headerPieces(lines).map((p) => p.text);
}

const BODY = /\b(?:Committee|Cabinet|Board|Council|Panel|Forum)\b/i;
/** A heading's words: capitalised, with the small words of a name between them. */
const TITLE_WORDS = /^(?:[A-Z][\w&,'’-]*|and|of|the|for|on)(?:\s+(?:[A-Z][\w&,'’-]*|and|of|the|for|on))*$/;

/**
 * A Welsh council's bilingual heading or field in English, the part after the slash
 * ("Pwyllgor Llywodraethu ac Archwilio / Governance and Audit Committee", "Eitem / Item: 8").
 */
function englishHalf(line: string): string {
  return /^[^/]{3,80}\s\/\s[A-Z][^/]{3,80}$/.test(line) ? line.slice(line.indexOf(' / ') + 3) : line;
}

export function findCommittee(lines: string[], keep: ReadonlySet<string> = new Set()): string | null {
  const header = lines.map(englishHalf);
  const field = committeeField(header);
  if (field) return titleCase(field, keep);
  const joined = header.join(' ');
  const tries: RegExp[] = [
    // ("REPORT TO CABINET": a one-word body too; "recommend the report to Council for noting" is
    // where a report goes next, not the body it is written for)
    /(?<!\b(?:the|this|that|a|its)\s)\bReport to:?\s*(?:the\s+)?((?:.*?\s)??(?:Committee|Cabinet(?!\s+Member)|Board|Panel|Forum|Council))\b/i,
    /(?:^|\s)To:\s*(?:the\s+)?(.+?)\s*[-–,]\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4}|\w+day)/i,
    /\bDECISION TO BE TAKEN BY:?\s*(?:DECISION (?:NO|NUMBER):?\s*)?(.+?)\s+\d{2}\/\d{5}/i,
  ];
  for (const re of tries) {
    const m = re.exec(joined);
    if (m?.[1] && m[1].length < 100) return titleCase(m[1].trim(), keep);
  }
  const minutesOf = minutesBody(joined);
  if (minutesOf) return titleCase(minutesOf, keep);
  // "CABINET FORWARD PLAN AND WORK PROGRAMME", "Health Scrutiny Committee Work Programme 2025/26"
  for (const h of header.slice(0, 6)) {
    const m = /^(?:the\s+)?((?:.{0,80}?\s)?(?:Committee|Cabinet|Board|Panel|Forum|Executive))(?:['’]s)?\s+(?:Forward\s+Plan|Work\s*Programme)\b/i.exec(h);
    if (m?.[1] && !/\bCouncil\b/i.test(m[1]) && TITLE_WORDS.test(m[1])) return titleCase(m[1].trim(), keep);
  }
  for (const h of header.slice(0, 6)) {
    // "EXECUTIVE – TUESDAY 9 DECEMBER 2025", "CABINET – RECORD OF DECISIONS": the body, then its
    // meeting's date or what the paper is of it
    const dated = /^((?:[A-Z][\w&’'-]*\s+){0,5}?(?:Committee|Cabinet|Executive|Board|Panel|Forum|Sub-Committee))\s*[–—-]\s*(?:(?:[A-Z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z]+,?\s+\d{4}|Record\s+of\s+(?:\w+\s+)?Decisions?|Decision\s+Notice|Minutes|Agenda)$/i.exec(h.trim());
    if (dated?.[1] && !/\bCouncil\b/i.test(dated[1])) return titleCase(dated[1].replace(/^(?:(?:report\s+)?to|meeting\s+of)\s+(?:the\s+)?/i, '').trim(), keep);
    // ("Meeting date | Item | Purpose | Lead Member/Officer" is a table's header, not a body)
    // ("Meeting held on Tuesday 16 December 2025 …, Committee Room 3" names a room, not a body;
    // "Meeting of the County Council – 11 December 2025": the body, without its date)
    const m = /^Meeting\s+(?!dates?\b|held\b)(?:of\s+(?:the\s+)?)?(.+)$/.exec(h);
    const named = m?.[1]?.replace(DATE_AFTER_DASH, '').trim();
    if (named && BODY.test(named) && !/\bRoom\b/i.test(named)) return titleCase(named, keep);
    // "LICENSING ACT 2003 SUB-COMMITTEE": a name may hold a year
    if (h.length < 90 && /^(?:[A-Z][\w&,'’-]*|and|of|the|for|on)(?:\s+(?:[A-Z][\w&,'’-]*|(?:19|20)\d{2}|and|of|the|for|on))*$/.test(h) && /(Committee|Cabinet|Board|Panel|Forum)$/i.test(h) && BODY.test(h)) {
      if (/^(KENT|[A-Z]+ (COUNTY|CITY|BOROUGH|DISTRICT)) COUNCIL$/.test(h)) continue;
      return titleCase(h, keep);
    }
  }
  return null;
}

/**
 * The meeting date a header states. Minutes date themselves in their opening heading ("Minutes of
 * the meeting held on …"); elsewhere that phrase names another meeting. Dates in the body's first
 * paragraphs ("… which the Committee approved on 25 March 2025") are not the meeting's.
 */
export function findMeetingDate(header: string[], type?: PartType): string | null {
  if (type === 'minutes') {
    const at = minutesHeadingAt(header);
    // the heading may wrap its date onto the next line
    const own = at < 0 ? undefined : findDates(header.slice(at, at + 2).join(' '))[0];
    if (own) return own.iso;
  }
  const body = bodyStart(header);
  const programmeAt = header.findIndex((h) => /\b(?:work\s*programme|forward\s*plan)\b/i.test(h));
  let best: { iso: string; score: number; pos: number } | null = null;
  header.forEach((h, pos) => {
    for (const d of findDates(h)) {
      let score = -pos * 0.1;
      if (pos >= body) score -= 3;
      if (DATE_FIELD.test(h)) score += 2;
      if (d.weekday) score += 3;
      if (/^To:|Committee|Cabinet|Board|\bmeeting\b|held/i.test(h)) score += 2;
      if (/^Date\b/i.test(h)) score += 1;
      if (h.length <= 45) score += 2; // a date on a line of its own
      if (/pathway|past|future|consultation|deadline|published|updated|revised|as at\b/i.test(h)) score -= 4;
      // a work programme's list of meetings ("14 October 2025 meeting:") spans many dates, not its own
      if (type === 'work-programme' && /\bmeeting\s*:?\s*$/i.test(h)) score -= 4;
      // a schedule of meetings ("Meeting dates: 12 June 2025 (Jun), 18 September 2025 (Sep), …")
      if (/\bmeeting\s+dates\b/i.test(h) || findDates(h).length >= 3) score -= 4;
      // one end of a period ("1 July 2025 to 31 March 2026", "from 1 April 2025") is not a meeting
      if (inRange(h, d.index)) score -= 4;
      // An agenda's "Minutes of the Meeting held on …" or "previous meeting" names another meeting;
      // a minutes' own heading ("Minutes of the Meeting of the Full Council held on …") does not.
      if (/minutes of the (?:\w+ )?meeting held|previous meeting|last meeting/i.test(h)) score -= 4;
      // a programme's "The Committee's next meeting is on …" is a meeting it lists, not its own
      if (type === 'work-programme' && /\bnext\s+meeting\b/i.test(h)) score -= 4;
      // a forward plan entry's "Date of decision: 13 January 2026" is the entry's, not the plan's
      if (type === 'work-programme' && /^(?:(?:expected\s+)?date\s+of\s+(?:the\s+)?decision|decision\s+date)\s*:/i.test(h)) score -= 4;
      // a programme's list headed by its meetings' dates ("Tuesday 9 June 2026" over its items,
      // after the programme's title; the date above the title is its own meeting's)
      if (type === 'work-programme' && programmeAt >= 0 && pos > programmeAt && BARE_DATE.test(h.trim())) score -= 4;
      if (!best || score > best.score) best = { iso: d.iso, score, pos };
    }
  });
  const found = best as { iso: string; score: number } | null;
  return found && found.score >= 1.5 ? found.iso : null;
}

/** The header line that opens minutes, among the first six (fields.ts opensMinutes); -1 for none. */
function minutesHeadingAt(header: string[]): number {
  return header.slice(0, 6).findIndex((h, i) => opensMinutes(h, header[i + 1]));
}

/** A line that is a date and nothing else ("Tuesday 9 June 2026"). */
const BARE_DATE = new RegExp(String.raw`^(?:[A-Z][a-z]+day,?\s+)?${WRITTEN_DATE}$`);

const RANGE_AFTER = /^\s*(?:to|until|till|–|-|—)\s*(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+/i;

function inRange(h: string, at: number): boolean {
  const after = h.slice(at).replace(/^.*?\d{4}/, '');
  return RANGE_AFTER.test(after) || /(?:\b(?:from|between|to|until|since)|\d{4}\s*[–—-])\s*(?:\w+day,?\s+)?$/i.test(h.slice(0, at));
}

/** "Thursday 5 June 2025 Item 6", "19 November 2025 – Item 6": the meeting's date, then the item's number. */
const DATED_ITEM = new RegExp(`^${WRITTEN_DATE}\\s*(?:[–—:,-]\\s*)?${ITEM_NUMBER}$`, 'i');
/** An item number anywhere in a heading line ("24 September 2025 Agenda Item 7"). */
const ANY_ITEM_NUMBER = new RegExp(`\\b${ITEM_NUMBER}\\b`, 'i');

export function findAgendaItem(header: string[]): string | null {
  for (const h of header) {
    // "ITEM 9: UPLAND PEATLAND RESTORATION PROJECT": the item number before its title
    const m = /\bAgenda Item:?\s*(?:No\.?\s*)?(\d+[a-z]?)\b/i.exec(h) ?? /^\(Item (\d+[a-z]?)\)$/i.exec(h) ?? ITEM_STAMP.exec(englishHalf(h)) ?? /^(?:ITEM|Item)\s+(\d{1,2}[a-z]?)\s*[:.–—-]\s+[A-Z]/.exec(h) ?? DATED_ITEM.exec(h);
    if (m?.[1]) return m[1];
  }
  return null;
}

/** Follow a labelled cell ("Subject: …") onto its continuation lines (indented, not a new label). */
function labelled(lines: Line[], label: RegExp, accept: (l: Line) => boolean = () => true): { text: string; lines: string[]; gaps: boolean[] } | null {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const t = clean(l.text);
    const m = label.exec(t);
    if (!m || !accept(l)) continue;
    const parts = [t.slice(m[0].length).trim()];
    const gaps: boolean[] = [false];
    const valueX = l.cells.length > 1 ? l.cells[1]!.x : null;
    for (let j = i + 1; j < lines.length; j++) {
      const n = lines[j]!;
      const prev = lines[j - 1]!;
      const nt = clean(n.text);
      // (another field: "Key decision: Yes", "Is the decision eligible for call-in? No")
      if (/^[A-Z][\w ()/’'-]{1,40}:/.test(nt) || /^[A-Z][^?]{3,80}\?(?:\s|$)/.test(nt) || n.y - prev.y > prev.fontSize * (valueX !== null ? 2.6 : 1.9)) break;
      // (a value that stops on a joining word, "… Rent Setting 2026/27 and", carries on below wherever the next line starts)
      const unfinished = /(?:\b(?:and|of|for|the|to|in|on|with|from|by)|[&,–—:-])$/i.test(parts[parts.length - 1] ?? '');
      if (!unfinished && (valueX !== null ? Math.abs(n.x - valueX) > 6 : n.x <= l.x + 1 && !n.bold)) {
        if (valueX !== null || !l.bold) break;
      }
      parts.push(nt);
      gaps.push(n.y - prev.y > prev.fontSize * 1.6);
    }
    const kept = parts.filter(Boolean);
    return { text: kept.join(' ').replace(/\s+/g, ' ').trim(), lines: kept, gaps: gaps.filter((_, k) => Boolean(parts[k])) };
  }
  return null;
}

const LABEL_LINE = /^(report to|agenda item|report of|purpose|information|summary|recommendation|from:|to:|by:|date\b|meeting\b|classification|decision|key decision|electoral|past pathway|future pathway|lead (executive|officer)|wards?|contact)/i;

export function findTitle(type: PartType, lines: Line[], header: string[], keep: ReadonlySet<string> = new Set()): string | null {
  const subject =
    labelled(lines, /^(?:Subject Matter \/ Title of Decision:?|Subject:|Title of Decision:?|Title:|EqIA Title:?|Report Title:|Title of (?:the )?Report:|Report Name:|Name of Report:)\s*/i) ??
    // a form's row with no colon: "Subject" in its own cell, the matter in the next
    labelled(lines, /^(?:Subject|Title|Subject of (?:the )?decision)\s+/i, (l) => l.cells.length > 1 && /^(?:Subject|Title|Subject of (?:the )?decision)$/i.test(l.cells[0]!.text.trim()));
  // "RECORD OF EXECUTIVE DECISIONS": a record of several decisions is titled by its heading
  if (type === 'decision-record') {
    const record = header.slice(0, 4).find((h) => /^(?:RECORD|NOTICE|SCHEDULE|REGISTER) OF (?:[A-Z]+ ){0,3}DECISIONS$/i.test(h.trim()));
    if (record) return titleCase(record.trim());
  }
  // "WORK PROGRAMME 2025/26", "CABINET FORWARD PLAN AND WORK PROGRAMME": the plan's own heading
  // (a forward plan's "Title of decision:" lines are its entries')
  if (type === 'work-programme') {
    // (or its agenda item's heading: "Agenda item 8 – Work Programme 2025/26")
    // (or in title case on its own line: "Work Programme 2025/26")
    const plan = header.slice(0, 6).find((h) => /\b(?:WORK\s*PROGRAMME|FORWARD\s+PLAN)\b/i.test(h) && h.length < 80 && (h === h.toUpperCase() || ITEM_PREFIX.test(h) || PROGRAMME_TITLE.test(h.trim())));
    if (plan) return titleCase(plan.trim().replace(ITEM_PREFIX, '').replace(AS_AT, ''));
  }
  if (subject?.text) return subject.text;
  // a notice with no subject line ("DECISION NOTICE" of a standards hearing) is titled by the line
  // under that heading that names the matter ("Complaint against Councillor …"), else by the heading
  if (type === 'decision-record') {
    const at = header.slice(0, 4).findIndex((h) => /^(?:[A-Z]+ ){0,2}DECISION NOTICE$/i.test(h.trim()));
    const under = at < 0 ? undefined : header[at + 1]?.trim();
    if (under && under.length < 120 && !/^[\w ()/’'-]{1,40}:/.test(under) && findDates(under).length === 0) return under;
    if (at >= 0) return titleCase(header[at]!.trim());
  }
  // a planning application report: "Application No: 25/01432/OUT" and "Site: Land north of …"
  const application = labelled(lines, /^Application\s+(?:No\.?|Number|Ref(?:erence)?)\s*:?\s*/i);
  const site = labelled(lines, /^(?:Site(?:\s+address)?|Location|Address)\s*:\s*/i);
  if (type === 'report' && application?.text && site?.text) return `${application.text} – ${site.text}`;
  if (type === 'minutes') {
    const at = minutesHeadingAt(header);
    const m = at < 0 ? header.join(' ').match(/\bMINUTES of (?:a|the) .*?meeting .*?\d{4}/i) : header.slice(at).join(' ').match(/^.*?\d{4}/);
    if (m) return m[0];
    const date = header.find((h) => /^Date\s/.test(h));
    const meeting = header.find((h) => /^Meeting\s/.test(h));
    if (meeting) return `Minutes: ${titleCase(meeting.replace(/^Meeting\s+/, ''))}${date ? `, ${date.replace(/^Date\s+/, '')}` : ''}`;
  }
  if (type === 'agenda') return 'Agenda';
  if (type === 'appendix') {
    const [first, second] = header;
    // a bare "Appendix L" label is followed by the appendix's own title
    if (first && second && /^appendix\s+\S+$/i.test(first)) return `${first} – ${second}`;
    return first ?? null;
  }
  // Bold (or upper-case) heading pieces in the header that are not labels, committee names or dates.
  const groups: string[][] = [];
  let cur: string[] = [];
  // "Label: value" field lines ("Public or private: Public") are neither title nor part of one.
  const fields = new Set(lines.filter(isFieldLine).map((l) => clean(l.text)));
  for (const h of headerPieces(lines.filter((l) => l.cells.length <= 2))) {
    if (/^Purpose\b/i.test(h.text) || /^\d+\.\s/.test(h.text)) break;
    const isTitle =
      (h.bold || h.text === h.text.toUpperCase()) &&
      // (a run-in heading and its paragraph's first words: "Gender pay gap. At the snapshot date …")
      !/^[A-Z][\w ,’'&()-]{2,50}\.\s+[A-Z]/.test(h.text) &&
      /[A-Za-z]{3}/.test(h.text) &&
      !LABEL_LINE.test(h.text) &&
      !fields.has(h.text) &&
      // (a meeting's date and item number: "24 September 2025 Agenda Item 7")
      h.text.replace(ANY_DATE, '').replace(ANY_ITEM_NUMBER, '').trim().length > 10 &&
      // (a body's name, alone or with its meeting's date: "Governance and Audit Committee – 25 November 2025")
      !/(Committee|Cabinet|Board|Panel|Forum|Executive)$/i.test(h.text.replace(DATE_AFTER_DASH, '')) &&
      !/COUNCIL$/i.test(h.text);
    if (isTitle) cur.push(h.text);
    else if (cur.length) {
      groups.push(cur);
      cur = [];
    }
  }
  if (cur.length) groups.push(cur);
  const best = groups.map((g) => g.join(' ')).sort((a, b) => b.length - a.length)[0];
  if (best) return titleCase(best, keep);
  // no heading set apart: the title after its item number ("Agenda Item 7: Family Hubs, Start for
  // Life and Youth Services – Progress Report")
  const item = header.slice(0, 8).map((h) => h.trim()).find((h) => ITEM_PREFIX.test(h) && h.replace(ITEM_PREFIX, '').replace(ANY_DATE, '').trim().length > 10);
  return item ? item.replace(ITEM_PREFIX, '').trim() : null;
}

export function findAuthor(lines: Line[], header: string[]): string | null {
  const from = labelled(lines, /^(?:From|By):\s*/i);
  if (from?.lines.length) {
    // People in a From: block are set apart by a blank line, or else each starts a fresh line
    // after one that did not break mid-phrase.
    const byGap = from.gaps.some(Boolean);
    return from.lines
      .reduce<string[]>((acc, s, k) => {
        const prev = acc[acc.length - 1];
        const fresh = byGap ? from.gaps[k] : prev !== undefined && !/(?:\band|\bof|\bfor|\bthe|,|-|–)$/i.test(prev) && /^[A-Z]/.test(s);
        if (prev === undefined || fresh) acc.push(s);
        else acc[acc.length - 1] = `${prev} ${s}`;
        return acc;
      }, [])
      .map((person) => person.replace(/[,;]\s*$/, ''))
      .join('; ');
  }
  const lead = header.find((h) => /^(Lead Officer|Report Author|Author|Report of):/i.test(h));
  if (lead) return lead.replace(/^[^:]+:\s*/, '');
  // "REPORT OF THE CORPORATE DIRECTOR, …", "Report of the Head of Housing and Communities"
  const m = header.map((h) => /^REPORT (?:OF|BY) (?:THE )?(.+)$/.exec(h) ?? /^Report (?:of|by) (?:the )?([A-Z].{3,100})$/.exec(h)).find(Boolean);
  return m?.[1]?.trim().replace(/[.,;:]$/, '') ?? null;
}

export function findClassification(header: string[], body: string): Classification {
  const head = header.join(' ');
  const stated = /Classification:?\s*(Unrestricted|Public|Restricted|Exempt|Confidential|Not for publication)/i.exec(head);
  if (stated) return /unrestricted|public/i.test(stated[1]!) ? 'public' : 'exempt';
  if (/\bNOT FOR PUBLICATION\b/.test(head) || /\bNOT FOR PUBLICATION\b/.test(body.slice(0, 3000))) return 'exempt';
  // "Exempt information: … paragraph 3 of Schedule 12A" makes the part exempt; "Appendix 2 is exempt under
  // paragraph 3 …" says only that appendix is, and the report itself is public.
  const exemptNote = /exempt information[^.]{0,200}paragraph\s+\d+[^.]{0,80}Schedule 12A/i.exec(body.slice(0, 4000));
  const onlyAppendix = exemptNote && /\b(?:Appendix|Appendices|Annex(?:e|es)?)\s+[\w, &]{1,20}\s+(?:is|are)\s+exempt\b/i.test(exemptNote[0]);
  if (exemptNote && !onlyAppendix && !/\bFor publication\b/i.test(head)) return 'exempt';
  if (/^\s*(EXEMPT|RESTRICTED|CONFIDENTIAL)\s*$/m.test(header.slice(0, 6).join('\n'))) return 'exempt';
  return 'public';
}
