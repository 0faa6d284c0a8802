/**
 * Metadata a part states about itself, read from its header lines (the first lines of the part)
 * and, for council and classification, from its text. Everything is null when not stated.
 */
import type { Classification, PartType } from '../model.ts';
import type { Line } from '../layout/types.ts';
import { findDates } from './dates.ts';
import { clean } from './markers.ts';

const SMALL = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'a', 'an', '&', 'from', 'with', 'by', 'at', 'or']);

/**
 * "ADULT SOCIAL CARE AND PUBLIC HEALTH COMMITTEE" → "Adult Social Care and Public Health Committee".
 * Acronyms stay as printed: a word in brackets ("(LAC)"), a word without vowels ("NHS", "BCF"),
 * or one of `keep` (short forms the paper itself uses in running text).
 */
export function titleCase(s: string, keep: ReadonlySet<string> = new Set()): string {
  if (s !== s.toUpperCase()) return s;
  return s
    .split(/(\s+)/)
    .map((word, i) => {
      const core = word.replace(/^[("'‘“[]+|[)"'’”\],.;:]+$/g, '');
      if (isAcronym(word, core, keep)) return word;
      const w = word.toLowerCase();
      return i > 0 && SMALL.has(w) ? w : w.replace(/^([("'‘“[]*)([a-z])/, (_m, p: string, c: string) => p + c.toUpperCase());
    })
    .join('');
}

function isAcronym(word: string, core: string, keep: ReadonlySet<string>): boolean {
  if (!/^[A-Z&]{2,8}s?$/.test(core)) return false;
  if (keep.has(core)) return true;
  if (/^\([A-Z&]{2,8}s?\)[,.;:]?$/.test(word)) return true;
  return !/[AEIOUY]/.test(core.replace(/s$/, ''));
}

/** Short forms a text uses in its mixed-case running lines ("… Local Area Coordination (LAC) …", "the NHS"). */
export function acronymsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split('\n')) {
    if (!/[a-z]{3}/.test(line)) continue;
    for (const m of line.matchAll(/\(([A-Z&]{2,8}s?)\)/g)) out.add(m[1]!);
  }
  return out;
}

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

const COUNCIL_RE = /\b((?:[A-Z][a-zA-Z'’-]+ ){1,3}(?:County|City|Borough|District|Metropolitan Borough|Town|Parish)? ?Council)\b/g;
const COUNCIL_UC_RE = /\b((?:[A-Z'’-]{3,} ){1,3}(?:COUNTY|CITY|BOROUGH|DISTRICT|TOWN|PARISH) COUNCIL)\b/g;
/** "London Borough of Camden", "Royal Borough of Kingston upon Thames", "City of Bradford Metropolitan District Council". */
const BOROUGH_OF_RE = /\b((?:London|Royal) Borough of [A-Z][a-z]+(?: (?:and|upon) [A-Z][a-z]+)*(?: [A-Z][a-z]+)?)\b/g;
const BOROUGH_OF_UC_RE = /\b((?:LONDON|ROYAL) BOROUGH OF [A-Z]{3,}(?: (?:AND|UPON) [A-Z]{3,})*(?: [A-Z]{3,})?)\b/g;
const NOT_A_NAME = /^(The|This|That|Each|Full|Every|Our|Your|Their|Local|Parish|County|City|Borough|District|Town|Council|Members?|Leader|Cabinet|Meeting|Chair|Elected|Unitary|All|Both|Other|Any|Of|And|For|In|On|By|At|Per|With)$/;

/** The council a text names most often ("Nottinghamshire County Council", "KENT COUNTY COUNCIL"). */
export function findCouncil(text: string): string | null {
  const counts = new Map<string, number>();
  const upper = new Set<string>();
  const bump = (name: string) => {
    const words = name.split(' ');
    while (words.length > 2 && NOT_A_NAME.test(words[0]!)) words.shift();
    if (NOT_A_NAME.test(words[0]!) || words.length < 2) return;
    if (!/County|City|Borough|District|Town/i.test(name) && words.length < 2) return;
    const n = titleCase(words.join(' '));
    if (!/\b(County|City|Borough|District|Town|Parish) Council$|^(?:London|Royal) Borough of /.test(n)) return;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  };
  for (const m of text.matchAll(COUNCIL_RE)) bump(m[1]!);
  for (const m of text.matchAll(COUNCIL_UC_RE)) {
    bump(m[1]!);
    upper.add(titleCase(m[1]!));
  }
  for (const m of text.matchAll(BOROUGH_OF_RE)) bump(m[1]!.replace(/\s+(?:Council|Cabinet|Committee)$/, ''));
  for (const m of text.matchAll(BOROUGH_OF_UC_RE)) {
    const name = m[1]!.replace(/\s+(?:COUNCIL|CABINET|COMMITTEE)$/, '');
    bump(name);
    upper.add(titleCase(name));
  }
  let best: string | null = null;
  let bestN = 0;
  for (const [k, v] of counts) {
    // One passing mention of another council is not the paper's own council: a name must recur
    // or stand as an upper-case heading.
    const n = v + (upper.has(k) ? 2 : 0);
    if (n >= 2 && n > bestN) [best, bestN] = [k, n];
  }
  return best;
}

const BODY = /\b(?:Committee|Cabinet|Board|Council|Panel|Forum)\b/i;

export function findCommittee(header: string[]): string | null {
  const joined = header.join(' ');
  const tries: RegExp[] = [
    /\bReport to (?:the )?(.+?(?:Committee|Cabinet|Board|Panel|Forum|Council))\b/i,
    /(?:^|\s)To:\s*(?:the\s+)?(.+?)\s*[-–,]\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4}|\w+day)/i,
    /\bMINUTES of (?:a|the) (?:\w+ )?meeting of (?:the )?(.+?) held\b/i,
    /\bDECISION TO BE TAKEN BY:?\s*(?:DECISION (?:NO|NUMBER):?\s*)?(.+?)\s+\d{2}\/\d{5}/i,
  ];
  for (const re of tries) {
    const m = re.exec(joined);
    if (m?.[1] && m[1].length < 100) return titleCase(m[1].trim());
  }
  for (const h of header.slice(0, 6)) {
    const m = /^Meeting\s+(.+)$/.exec(h);
    if (m?.[1]) return titleCase(m[1].trim());
    if (h.length < 90 && /^(?:[A-Z][\w&,'’-]*|and|of|the|for|on)(?:\s+(?:[A-Z][\w&,'’-]*|and|of|the|for|on))*$/.test(h) && /(Committee|Cabinet|Board|Panel|Forum)$/i.test(h) && BODY.test(h)) {
      if (/^(KENT|[A-Z]+ (COUNTY|CITY|BOROUGH|DISTRICT)) COUNCIL$/.test(h)) continue;
      return titleCase(h);
    }
  }
  return null;
}

export function findMeetingDate(header: string[]): string | null {
  let best: { iso: string; score: number; pos: number } | null = null;
  header.forEach((h, pos) => {
    for (const d of findDates(h)) {
      let score = -pos * 0.1;
      if (d.weekday) score += 3;
      if (/^To:|Committee|Cabinet|Board|\bmeeting\b|held/i.test(h)) score += 2;
      if (/^Date\b/i.test(h)) score += 1;
      if (h.length <= 45) score += 2; // a date on a line of its own
      if (/pathway|past|future|consultation|deadline|published/i.test(h)) score -= 4;
      // An agenda's "Minutes of the Meeting held on …" or "previous meeting" names another meeting;
      // a minutes' own heading ("Minutes of the Meeting of the Full Council held on …") does not.
      if (/minutes of the (?:\w+ )?meeting held|previous meeting|last meeting/i.test(h)) score -= 4;
      if (!best || score > best.score) best = { iso: d.iso, score, pos };
    }
  });
  const found = best as { iso: string; score: number } | null;
  return found && found.score >= 1.5 ? found.iso : null;
}

export function findAgendaItem(header: string[]): string | null {
  for (const h of header) {
    const m = /\bAgenda Item:?\s*(?:No\.?\s*)?(\d+[a-z]?)\b/i.exec(h) ?? /^\(Item (\d+[a-z]?)\)$/i.exec(h);
    if (m?.[1]) return m[1];
  }
  return null;
}

/** Follow a labelled cell ("Subject: …") onto its continuation lines (indented, not a new label). */
function labelled(lines: Line[], label: RegExp): { text: string; lines: string[]; gaps: boolean[] } | null {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const t = clean(l.text);
    const m = label.exec(t);
    if (!m) continue;
    const parts = [t.slice(m[0].length).trim()];
    const gaps: boolean[] = [false];
    const valueX = l.cells.length > 1 ? l.cells[1]!.x : null;
    for (let j = i + 1; j < lines.length; j++) {
      const n = lines[j]!;
      const prev = lines[j - 1]!;
      const nt = clean(n.text);
      if (/^[A-Z][\w ()/’'-]{1,40}:/.test(nt) || n.y - prev.y > prev.fontSize * (valueX !== null ? 2.6 : 1.9)) break;
      if (valueX !== null ? Math.abs(n.x - valueX) > 6 : n.x <= l.x + 1 && !n.bold) {
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
  const subject = labelled(lines, /^(?:Subject Matter \/ Title of Decision:?|Subject:|Title of Decision:?|Title:|EqIA Title:?)\s*/i);
  if (subject?.text) return subject.text;
  if (type === 'minutes') {
    const m = header.join(' ').match(/\bMINUTES of (?:a|the) .*?meeting .*?\d{4}/i);
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
  for (const h of headerPieces(lines.filter((l) => l.cells.length <= 2))) {
    if (/^Purpose\b/i.test(h.text) || /^\d+\.\s/.test(h.text)) break;
    const isTitle =
      (h.bold || h.text === h.text.toUpperCase()) &&
      /[A-Za-z]{3}/.test(h.text) &&
      !LABEL_LINE.test(h.text) &&
      h.text.replace(/\b(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}\b/g, '').trim().length > 10 &&
      !/(Committee|Cabinet|Board)$/i.test(h.text) &&
      !/COUNCIL$/i.test(h.text);
    if (isTitle) cur.push(h.text);
    else if (cur.length) {
      groups.push(cur);
      cur = [];
    }
  }
  if (cur.length) groups.push(cur);
  const best = groups.map((g) => g.join(' ')).sort((a, b) => b.length - a.length)[0];
  return best ? titleCase(best, keep) : null;
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
  const m = header.map((h) => /^REPORT OF (?:THE )?(.+)$/.exec(h) ?? /^Report of (?:the )?([A-Z].{3,100})$/.exec(h)).find(Boolean);
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
