/**
 * LayoutPage[] → PartDraft[]: split a document (a single report or a whole agenda pack) into its
 * papers at header markers, classify each and read its metadata. Parts may start mid-page; a
 * part's `pages` then hold only its own lines. Parts inherit council/committee/date from the
 * pack's front sheet (or from the rest of the pack) when they do not state their own.
 */
import type { PartType } from '../model.ts';
import type { LayoutPage, Line, PartDraft } from '../layout/types.ts';
import { agendaItemFor, minutesQuery } from './agenda-items.ts';
import { ITEM_PREFIX, MINUTES_HEADING } from './fields.ts';
import { findDates } from './dates.ts';
import { clean, DECISION_RECORD_HEADING, findMarkers, PRIORITY, STRONG, TYPE_OF, type FlatLine, type Marker, type MarkerKind } from './markers.ts';
import {
  acronymsIn,
  findAgendaItem,
  findAuthor,
  findClassification,
  findCommittee,
  findCouncil,
  findMeetingDate,
  findTitle,
  headerText,
} from './metadata.ts';

/** Markers this many lines apart belong to the same header block. */
const CLUSTER_SPAN = 14;
const HEADER_LINES = 28;

interface Cluster {
  start: number;
  kinds: Set<MarkerKind>;
  type: PartType;
}

function typeOf(kinds: Set<MarkerKind>): PartType {
  for (const k of PRIORITY) if (kinds.has(k)) return TYPE_OF[k];
  return 'report';
}

function isUpperOrBold(l: Line): boolean {
  const t = clean(l.text);
  return (l.bold || (t === t.toUpperCase() && /[A-Z]{3}/.test(t))) && t.length < 120;
}

function walkBack(flat: FlatLine[], start: number, floor: number, kinds: Set<MarkerKind>): number {
  let i = start;
  const onlyPurpose = kinds.size === 1 && kinds.has('purpose');
  const anchored = kinds.has('minutes') || kinds.has('decision-record') || kinds.has('agenda') || kinds.has('report-field');
  for (let steps = 0; steps < 6 && i - 1 > floor; steps++) {
    const prev = flat[i - 1]!;
    const cur = flat[i]!;
    if (prev.line.page !== cur.line.page) break;
    const t = clean(prev.line.text);
    const dateOnly = /^(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}$/.test(t);
    const reportTo = /^report to\b/i.test(clean(flat[Math.max(floor + 1, i - 2)]?.line.text ?? ''));
    if (dateOnly || (reportTo && steps < 2) || ((onlyPurpose || anchored) && isUpperOrBold(prev.line) && !/^(CHAIRMAN|CHAIR)$/i.test(t) && !/[.:]$/.test(t))) {
      i--;
      continue;
    }
    break;
  }
  return i;
}

/** Kinds that open a paper by themselves: two of them never share one header block. */
const OPENERS: ReadonlySet<MarkerKind> = new Set(['report-to', 'from-block', 'minutes', 'agenda', 'decision-record']);

/** Does marker m belong to the header block that cluster c started? */
function sameHeader(flat: FlatLine[], c: Cluster, m: Marker): boolean {
  if (OPENERS.has(m.kind) && [...c.kinds].some((k) => OPENERS.has(k))) return false;
  // a report's own header ("Agenda Item 7", "Report to: …") after an appendix opens a new paper
  if (c.kinds.has('appendix') && (OPENERS.has(m.kind) || m.kind === 'agenda-item')) return false;
  const from = flat[c.start]!.line.page;
  const to = flat[m.index]!.line.page;
  if (from === to) return true;
  if (to - from > 1) return false;
  // a field table at the top of the next page opens a report; it does not carry on an agenda
  if (m.kind === 'report-field' && (['agenda', 'minutes', 'appendix'] as const).some((k) => c.kinds.has(k))) return false;
  // a header split over a page break: the block starts in the last lines of its page
  let after = 0;
  for (let j = c.start + 1; j < flat.length && flat[j]!.line.page === from; j++) after++;
  return after <= 3 && flat[m.index]!.inPage < 4;
}

export function clusterMarkers(flat: FlatLine[], markers: Marker[]): Cluster[] {
  const clusters: Cluster[] = [];
  for (const m of markers) {
    const last = clusters[clusters.length - 1];
    if (last && m.index - last.start <= CLUSTER_SPAN && sameHeader(flat, last, m)) {
      last.kinds.add(m.kind);
      last.type = typeOf(last.kinds);
      continue;
    }
    // Weak markers do not split minutes or an agenda; a work-programme heading does not split a
    // work-programme report; an appendix heading right after another appendix of the same part stays.
    if (last && !STRONG.has(m.kind) && (last.type === 'minutes' || last.type === 'agenda') && m.kind !== 'agenda') continue;
    // a repeated heading of the same kind of paper (a work programme's title, an assessment's
    // section banner) continues it; successive appendices ("Appendix A", "Appendix B") do not
    if (last && !STRONG.has(m.kind) && m.kind !== 'appendix' && TYPE_OF[m.kind] === last.type) continue;
    const kinds = new Set<MarkerKind>([m.kind]);
    clusters.push({ start: m.index, kinds, type: typeOf(kinds) });
  }
  // A report whose header names it a work programme is the work programme (its table follows).
  for (const c of clusters) {
    if (c.type !== 'report') continue;
    const head = flat.slice(c.start, c.start + 8).map((f) => f.line.text).join(' ');
    if (/WORK PROGRAMME/.test(head)) c.type = 'work-programme';
  }
  for (let c = clusters.length - 1; c > 0; c--) {
    if (clusters[c]!.type === 'work-programme' && clusters[c - 1]!.type === 'work-programme' && !clusters[c]!.kinds.has('report-of')) clusters.splice(c, 1);
  }
  // Move each start back over its header lines (date line, title above "Purpose of the Report"…).
  for (let c = 0; c < clusters.length; c++) {
    const floor = c > 0 ? clusters[c - 1]!.start : -1;
    clusters[c]!.start = walkBack(flat, clusters[c]!.start, floor, clusters[c]!.kinds);
  }
  return clusters;
}

function contentType(lines: Line[]): PartType {
  const text = lines.slice(0, 40).map((l) => clean(l.text)).join('\n');
  if (text.split('\n').some((l) => DECISION_RECORD_HEADING.test(l.trim()))) return 'decision-record';
  // ("EXTRACT FROM THE MINUTES OF THE MEETING OF THE COUNCIL"; a Welsh council's "Cofnodion / Minutes"
  // with "of the meeting held …" on the next line)
  if (/^(?:EXTRACT\s+FROM\s+(?:THE\s+)?|[^\n/]{1,30}\/\s*)?MINUTES\s+of/im.test(text) || text.split('\n').slice(0, 8).some((l) => MINUTES_HEADING.test(l))) return 'minutes';
  if (/^AGENDA$/im.test(text) || /^Dear Member/m.test(text)) return 'agenda';
  if (/EQIA|Equality Impact|DPIA|Data Protection Impact/i.test(text.slice(0, 400))) return 'other';
  if (/^appendix\s+\S+/im.test(text.slice(0, 200))) return 'appendix';
  if (/Purpose of (the )?report|Recommendation|REPORT OF|^Report to/im.test(text)) return 'report';
  return 'other';
}

function runningAppendix(pages: LayoutPage[]): string | null {
  for (const l of pages[0]?.furniture ?? []) {
    const m = /^(appendix\s+(?:[A-Z]|\d{1,2}))$/i.exec(clean(l.text));
    if (m) return m[1]!;
  }
  return null;
}

function slicePages(pages: LayoutPage[], lines: Line[]): LayoutPage[] {
  const byPage = new Map<number, Line[]>();
  for (const l of lines) {
    const list = byPage.get(l.page) ?? [];
    list.push(l);
    byPage.set(l.page, list);
  }
  return pages
    .filter((p) => byPage.has(p.page))
    .map((p) => {
      const own = byPage.get(p.page)!;
      // A ruled table belongs to the part holding the page's first line (parts rarely share a table page).
      const owns = own[0] === p.lines[0];
      return { ...p, lines: own, tables: owns ? p.tables : [] };
    });
}

export function segmentPages(pages: LayoutPage[]): PartDraft[] {
  const flat: FlatLine[] = pages.flatMap((p) => p.lines.map((line, inPage) => ({ line, inPage })));
  if (flat.length === 0) return [];
  const markers = findMarkers(flat);
  const clusters = clusterMarkers(flat, markers);
  // A first header block near the top of page 1 opens the document.
  if (clusters[0] && flat[clusters[0].start]!.line.page === flat[0]!.line.page && flat[clusters[0].start]!.inPage < 8) clusters[0].start = 0;
  const starts: { start: number; type: PartType | null }[] = clusters.map((c) => ({ start: c.start, type: c.type }));
  if (!starts.length || starts[0]!.start > 0) starts.unshift({ start: 0, type: null });

  const drafts: PartDraft[] = [];
  for (let s = 0; s < starts.length; s++) {
    const from = starts[s]!.start;
    const to = s + 1 < starts.length ? starts[s + 1]!.start : flat.length;
    const lines = flat.slice(from, to).map((f) => f.line);
    if (!lines.length) continue;
    // A running header such as "Appendix L" names a whole document that is an appendix.
    const running = s === 0 ? runningAppendix(pages) : null;
    const type = starts[s]!.type ?? (running ? 'appendix' : contentType(lines));
    const headLines = lines.slice(0, HEADER_LINES);
    const header = headerText(headLines);
    if (running && starts[s]!.type === null) header.unshift(running);
    const body = lines.map((l) => l.text).join('\n');
    // short forms the paper prints in running text keep their capitals in a re-cased heading
    const keep = acronymsIn(body);
    drafts.push({
      type,
      // "ITEM 9: UPLAND PEATLAND RESTORATION PROJECT" is item 9's title
      title: findTitle(type, headLines, header, keep)?.replace(ITEM_PREFIX, '') ?? null,
      // Council names inside tables are partners and funders ("funded from Dover District Council").
      council: findCouncil(proseOf(lines)),
      committee: type === 'other' ? null : findCommittee(header, keep),
      meetingDate: type === 'other' || type === 'appendix' ? null : (findMeetingDate(header, type) ?? (type === 'decision-record' ? decisionDate(lines) : null)),
      agendaItem: findAgendaItem(header.slice(0, 12)),
      author: type === 'report' || type === 'work-programme' || type === 'decision-record' ? findAuthor(headLines, header) : null,
      classification: findClassification(header, body),
      firstPage: lines[0]!.page,
      lastPage: lines[lines.length - 1]!.page,
      pages: slicePages(pages, lines),
    });
  }
  inherit(drafts, pages);
  return drafts;
}

/** A decision record's "Date of decision: 9 June 2025", wherever on the form it stands. */
function decisionDate(lines: readonly Line[]): string | null {
  for (const l of lines) {
    const m = /^(?:Date of (?:the )?decision|Decision date|Date decision (?:taken|made))\s*:?\s+(.{6,40})$/i.exec(l.text.trim());
    const found = m ? findDates(m[1]!)[0] : undefined;
    if (found) return found.iso;
  }
  return null;
}

/** Fill council/committee/date from the pack (front sheet first), agenda item from an appendix's report. */
function inherit(drafts: PartDraft[], pages: LayoutPage[]): void {
  const first = <K extends 'council' | 'committee' | 'meetingDate'>(k: K): string | null => {
    const front = drafts.find((d) => d.type === 'agenda' && d[k]);
    if (front) return front[k];
    const counts = new Map<string, number>();
    for (const d of drafts) if (d[k] && d.type !== 'minutes') counts.set(d[k]!, (counts.get(d[k]!) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  };
  // A running header naming the council ("RAVENSHOLME BOROUGH COUNCIL" on every page) is furniture.
  const running = pages.flatMap((p) => p.furniture ?? []);
  const council = first('council') ?? findCouncil([...running, ...pages.flatMap((p) => p.lines)].filter((l) => l.cells.length <= 2).map((l) => l.text).join('\n'));
  const committee = first('committee');
  const date = first('meetingDate');
  const agenda = drafts.find((d) => d.type === 'agenda');
  const agendaLines = agenda ? agenda.pages.flatMap((p) => p.lines) : [];
  let parent: PartDraft | null = null;
  for (const d of drafts) {
    const query = d.type === 'minutes' ? minutesQuery(d.meetingDate) : d.title;
    if (agenda && d !== agenda && d.agendaItem === null && query && d.type !== 'appendix') {
      d.agendaItem = agendaItemFor(query, agendaLines);
    }
    d.council ??= council;
    if (d.type !== 'other') d.committee ??= committee;
    d.meetingDate ??= date;
    if (d.type === 'appendix' && parent) {
      d.agendaItem ??= parent.agendaItem;
      if (parent.classification === 'exempt') d.classification = 'exempt';
    } else parent = d;
  }
}

/** The text of lines that are not table rows (at most two cells: prose, headings, "Label: value"). */
function proseOf(lines: readonly Line[]): string {
  return lines
    .filter((l) => l.cells.length <= 2)
    .map((l) => l.text)
    .join('\n');
}
