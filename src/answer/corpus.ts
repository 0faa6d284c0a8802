/**
 * What the engine keeps in memory between questions — only what is small and sized by the
 * vocabulary or by the number of parts, never by the number of paragraphs: the parts' metadata,
 * the vocabulary (stemmed term → how many units hold it, for typo correction and idf), the
 * acronym glossary, the initials index, committee/council names, meeting dates, and which
 * reports a resolution decided. Units (paragraphs and facts) are built per question from rows
 * read by id (see retrieve.ts and src/store/candidates.ts).
 *
 * Built once per audience by streaming every text of the usable parts (walkTexts), and rebuilt
 * when the documents table changes.
 */
import type { Db } from '../store/db.ts';
import type { AmountRow, PartRow, PostRow } from '../store/facts.ts';
import type { PageParagraph, RowsByKind } from '../store/candidates.ts';
import { loadAcronyms, loadLinks, loadParts, loadProgrammeMeetings, walkHeadedResolutions } from '../store/snapshot-reads.ts';
import type { ItemKind, SourceDocument } from './model.ts';
import { buildGlossary, type GlossaryEntry } from './acronyms.ts';
import type { InitialsIndex } from './initials.ts';
import { ALL_MEETINGS } from './filters.ts';
import { buildVocabulary, fastTerms } from './vocabulary.ts';
import { terms, words } from './text.ts';
import { tableRefOf } from './table-ref.ts';
import { figureNeighbourhood } from './figure-context.ts';

/** The words a unit holds: a Set, or its term counts' Map read as one (has, size). */
export interface WordSet {
  has(word: string): boolean;
  readonly size: number;
}

export interface Unit {
  key: string;
  kind: ItemKind;
  id: number;
  part: PartRow;
  /** Verbatim text shown to the user. */
  text: string;
  page: number;
  paragraph: string | null;
  status: string | null;
  value: number | null;
  extra: Record<string, string>;
  /** Stemmed words of the unit's own text. */
  tokens: WordSet;
  /** How many times each stemmed word occurs (for the per-candidate term score). */
  counts?: Map<string, number>;
  /** The date the unit is about: a work-programme item's meeting, else the part's meeting. */
  date: string | null;
  amount?: AmountRow;
  post?: PostRow;
  /**
   * Stemmed words of the passage the unit stands in, beside its own: a resolution's minute
   * discussion ("… replace the overnight Emergency Department at Wrayholt …" before "RESOLVED –
   * That the Joint Committee: (1) notes the proposals …"). They cover a topic word as its heading does.
   */
  context?: WordSet;
}

export interface Decision {
  outcome: string;
  ref: string | null;
  date: string | null;
}

export interface Snapshot {
  /** How many units (paragraphs and facts) the usable parts hold. */
  unitCount: number;
  /** Mean number of stemmed words per unit. */
  avgLength: number;
  /** Part id → how many units it holds (scaled from the sample on a big archive). */
  unitsPerPart: Map<number, number>;
  /** 1: the vocabulary counts every unit; k: a sample of one unit in k, counts scaled by k. */
  sampleEvery: number;
  /** Words already looked up in the full-text index because the sample missed them. */
  probed: Set<string>;
  parts: Map<number, PartRow>;
  partTokens: Map<number, Set<string>>;
  /** Stemmed token → number of units whose text or part title holds it. */
  vocab: Map<string, number>;
  glossary: Map<string, GlossaryEntry[]>;
  /** Capitalised phrases by their initials (abbreviations the papers never define). */
  initials: InitialsIndex;
  committees: string[];
  councils: string[];
  /** Meeting dates ascending (for the recency bonus): meetings' ALL_MEETINGS list. */
  dates: string[];
  /** Committee → its meeting dates ascending; ALL_MEETINGS ('') → every meeting's (filters.ts). */
  meetings: Map<string, string[]>;
  /** Report part id → the decision a resolution recorded on it. */
  decided: Map<number, Decision>;
  /** Part id → stemmed words of its opening paragraphs, filled per question (context.ts). */
  openings: Map<number, Set<string>>;
}

export function sourceOf(part: PartRow): SourceDocument {
  return {
    file: part.file,
    title: part.title,
    committee: part.committee,
    council: part.council,
    meetingDate: part.meetingDate,
    agendaItem: part.agendaItem,
    url: part.url,
  };
}

/**
 * The meetings held, by committee, and under ALL_MEETINGS every meeting a paper was for. A
 * committee's own work programme also names its meetings to come ("the meeting on 4 December
 * 2025"): those count as its meetings (not under ALL_MEETINGS, whose dates set recency).
 */
function meetingsByCommittee(parts: ReadonlyMap<number, PartRow>, scheduled: ReadonlyArray<{ partId: number; meetingDate: string }>): Map<string, string[]> {
  const out = new Map<string, Set<string>>([[ALL_MEETINGS, new Set()]]);
  const add = (committee: string, date: string): void => {
    let set = out.get(committee);
    if (!set) out.set(committee, (set = new Set()));
    set.add(date);
  };
  for (const p of parts.values()) {
    if (!p.meetingDate) continue;
    out.get(ALL_MEETINGS)!.add(p.meetingDate);
    if (p.committee) add(p.committee, p.meetingDate);
  }
  for (const s of scheduled) {
    const committee = parts.get(s.partId)?.committee;
    if (committee && /^\d{4}-\d{2}-\d{2}$/.test(s.meetingDate)) add(committee, s.meetingDate);
  }
  return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}

/** Builds the snapshot for one audience; memory grows with the vocabulary and the parts only. */
export function buildSnapshot(db: Db, includeExempt: boolean, opts: { sampleUnits?: number } = {}): Snapshot {
  const partRows = loadParts(db, includeExempt);
  const parts = new Map(partRows.map((p) => [p.id, p]));
  const partTokens = new Map<number, Set<string>>();
  for (const p of partRows) partTokens.set(p.id, nameTokens(p.title, p.file));

  const { vocab, unitCount, unitsPerPart, avgLength, initials, sampleEvery } = buildVocabulary(db, includeExempt, partTokens, opts.sampleUnits);

  const decided = new Map<number, Decision>();
  for (const l of loadLinks(db, includeExempt)) {
    decided.set(l.reportPartId, { outcome: l.outcome, ref: l.ref, date: parts.get(l.resolutionPartId)?.meetingDate ?? null });
  }
  inferLinks(db, includeExempt, partRows, parts, decided);

  const glossary = buildGlossary(
    loadAcronyms(db, includeExempt).map((a) => ({ short: a.short, long: a.long, committee: parts.get(a.partId)?.committee ?? null, title: parts.get(a.partId)?.title ?? null })),
  );
  const distinct = (xs: Array<string | null>): string[] => [...new Set(xs.filter((x): x is string => Boolean(x && x.trim())))];
  const meetings = meetingsByCommittee(parts, loadProgrammeMeetings(db, includeExempt));
  return {
    unitCount,
    avgLength,
    unitsPerPart,
    sampleEvery,
    probed: new Set(),
    parts,
    partTokens,
    vocab,
    glossary,
    initials,
    committees: distinct(partRows.map((p) => p.committee)),
    councils: distinct(partRows.map((p) => p.council)),
    dates: meetings.get(ALL_MEETINGS)!,
    meetings,
    decided,
    openings: new Map(),
  };
}

/** Term counts of a text (stemmed, stop words out). */
function countTerms(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of fastTerms(text)) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/**
 * Units for rows read by id, in the caller's audience (rows of parts the snapshot does not hold —
 * exempt parts for a public question — are dropped). `pageTexts` gives an amount the words of
 * its paragraph ("partId|page" → paragraph texts on that page).
 */
export function unitsFromRows(rows: Partial<RowsByKind>, snap: Snapshot, pageTexts?: Map<string, PageParagraph[]>): Unit[] {
  const units: Unit[] = [];
  const add = (u: Omit<Unit, 'tokens' | 'key' | 'part' | 'date'> & { partId: number; date?: string | null; words?: string }): void => {
    const part = snap.parts.get(u.partId);
    if (!part) return;
    const { partId: _p, date, words: indexed, ...rest } = u;
    // `words`: what the unit is found by when it differs from what it shows (names beside a title)
    const counts = countTerms(indexed ?? u.text);
    // the counts' keys are the unit's words: one collection, not two, per candidate
    units.push({ ...rest, key: `${u.kind}:${u.id}`, part, tokens: counts, counts, date: date ?? part.meetingDate });
  };
  for (const p of rows.paragraph ?? []) {
    add({ kind: 'paragraph', id: p.id, partId: p.partId, text: p.text, page: p.page, paragraph: p.number, status: null, value: null,
      extra: p.section ? { section: p.section } : {} });
  }
  for (const r of rows.recommendation ?? []) {
    const d = snap.decided.get(r.partId);
    const extra: Record<string, string> = {};
    if (r.label) extra.label = r.label;
    let status = r.status;
    if (d && r.status === 'proposed') status = d.outcome;
    if (d?.ref) extra.minutes = d.ref;
    if (d?.date) extra.decided = d.date;
    add({ kind: 'recommendation', id: r.id, partId: r.partId, text: r.text, page: r.page, paragraph: r.paragraph, status, value: null, extra });
  }
  for (const r of rows.resolution ?? []) {
    const extra: Record<string, string> = {};
    if (r.ref) extra.minutes = r.ref;
    if (r.title) extra.heading = r.title;
    add({ kind: 'resolution', id: r.id, partId: r.partId, text: r.text, page: r.page, paragraph: r.ref, status: r.outcome, value: null, extra });
  }
  for (const a of rows.amount ?? []) {
    const extra: Record<string, string> = { figure: a.text, type: a.kind };
    if (a.period) extra.period = a.period;
    if (a.fundingSource) extra.funding = a.fundingSource;
    if (a.subject) extra.subject = a.subject;
    const text = a.context.includes(a.text) || !a.subject ? a.context : `${a.subject}: ${a.context}`;
    add({ kind: 'amount', id: a.id, partId: a.partId, text, page: a.page, paragraph: a.paragraph, status: null, value: a.value, extra, amount: a });
  }
  for (const p of rows.post ?? []) {
    const extra: Record<string, string> = { title: p.title };
    if (p.grade) extra.grade = p.grade;
    if (p.kind) extra.type = p.kind;
    if (p.until) extra.until = p.until;
    if (p.action) extra.action = p.action;
    if (p.cost !== null) extra.cost = String(p.cost);
    add({ kind: 'post', id: p.id, partId: p.partId, text: p.text, page: p.page, paragraph: p.paragraph, status: p.action, value: p.fte, extra, post: p });
  }
  for (const c of rows.commitment ?? []) {
    const extra: Record<string, string> = { what: c.what };
    if (c.due) extra.due = c.due;
    add({ kind: 'commitment', id: c.id, partId: c.partId, text: c.text, page: c.page, paragraph: c.paragraph, status: null, value: null, extra });
  }
  for (const w of rows['work-programme'] ?? []) {
    const extra: Record<string, string> = {};
    if (w.meetingDate) extra.meetingDate = w.meetingDate;
    if (w.leadOfficer) extra.leadOfficer = w.leadOfficer;
    if (w.author) extra.author = w.author;
    const text = w.summary ? `${w.title} — ${w.summary}` : w.title;
    add({ kind: 'work-programme', id: w.id, partId: w.partId, text, page: w.page, paragraph: null, status: null, value: null, extra,
      date: w.meetingDate, words: [text, w.leadOfficer, w.author].filter(Boolean).join(' ') });
  }
  // A figure is about what its paragraph is about: amounts also carry their paragraph's words
  // (in a long paragraph, those of its own item or sentences: figure-context.ts).
  // A promise stands under its paragraph's heading (an undertaking under its minute's title).
  if (pageTexts) {
    // the paragraph on the unit's page that holds the start of this text
    const paragraphOf = (u: Unit, text: string): PageParagraph | undefined => {
      const probe = text.slice(0, 60);
      return pageTexts.get(`${u.part.id}|${u.page}`)?.find((p) => p.text.includes(probe));
    };
    for (const u of units) {
      if (u.kind === 'amount' && u.amount) {
        const para = paragraphOf(u, u.amount.context);
        // a table's cell: its row and its column's heading, not the other rows of the table
        // ("Interment of an adult | £980" is not about cremation because the next row is)
        const cell = tableRefOf(u.amount.tableJson);
        if (cell !== null) u.tokens = new Set([...(u.counts?.keys() ?? []), ...terms(`${cell.rowHeader ?? ''} ${cell.columnHeader ?? ''}`)]);
        else if (para) u.tokens = new Set([...(u.counts?.keys() ?? []), ...terms(figureNeighbourhood(para.text, u.amount.context))]);
        // a table's row stands under its heading: the column headings read as one ("Role |
        // Multiple of basic allowance | SRA 2026/27"), or the section the table is in
        if (para?.section && u.extra.section === undefined) u.extra.section = para.section;
      } else if (u.kind === 'resolution' && u.extra.heading) {
        // the discussion under the same minute heading, on the resolution's page or the one before
        const probe = u.text.slice(0, 40);
        const discussion = [u.page - 1, u.page]
          .flatMap((page) => pageTexts.get(`${u.part.id}|${page}`) ?? [])
          .filter((p) => p.section === u.extra.heading && !p.text.includes(probe));
        if (discussion.length > 0) u.context = new Set(discussion.flatMap((p) => terms(p.text)));
      } else if (u.kind === 'commitment' && u.extra.section === undefined) {
        const section = paragraphOf(u, u.text)?.section;
        if (section) u.extra.section = section;
      }
    }
  }
  return units;
}

const LINKABLE_OUTCOMES: Readonly<Record<string, string>> = { approved: 'approved', agreed: 'approved', amended: 'amended', rejected: 'not-adopted' };

/**
 * Where the store holds no resolution_links for a report, link a resolution whose heading names
 * the report (same committee, decided on or after the report's meeting) so the report's
 * recommendations show the decision and its minute reference. Reports are bucketed by
 * committee so the work grows with resolutions × reports of one committee.
 */
function inferLinks(db: Db, includeExempt: boolean, partRows: readonly PartRow[], parts: Map<number, PartRow>, decided: Map<number, Decision>): void {
  const norm = (s: string): string => words(s).join(' ');
  const byCommittee = new Map<string, Array<{ part: PartRow; title: string }>>();
  const anyCommittee: Array<{ part: PartRow; title: string }> = [];
  for (const p of partRows) {
    if (p.type !== 'report' || !p.title || decided.has(p.id)) continue;
    const title = norm(p.title);
    if (title.length < 15) continue;
    const entry = { part: p, title };
    if (p.committee) {
      const list = byCommittee.get(p.committee) ?? [];
      list.push(entry);
      byCommittee.set(p.committee, list);
    }
    anyCommittee.push(entry);
  }
  if (anyCommittee.length === 0) return;
  const noCommittee = anyCommittee.filter((e) => !e.part.committee);
  for (const r of walkHeadedResolutions(db, includeExempt)) {
    const outcome = LINKABLE_OUTCOMES[r.outcome];
    const minutes = parts.get(r.partId);
    if (!outcome || !minutes) continue;
    const heading = norm(r.title);
    if (heading.length < 15) continue;
    const pool = minutes.committee ? [...(byCommittee.get(minutes.committee) ?? []), ...noCommittee] : anyCommittee;
    for (const { part: rep, title } of pool) {
      if (decided.has(rep.id) || rep.id === r.partId) continue;
      if (rep.meetingDate && minutes.meetingDate && minutes.meetingDate < rep.meetingDate) continue;
      if (!(title.includes(heading) || heading.includes(title))) continue;
      decided.set(rep.id, { outcome, ref: r.ref, date: minutes.meetingDate });
    }
  }
}

/** The words of a file's name: no folder, extension or leading date ("QPR Q3 Cabinet appendix 1"). */
export function fileNameWords(file: string): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{2,4}$/i, '');
  return base.replace(/^\d{4}-\d{2}-\d{2}[_\s-]*/, '').replace(/[_\-.]+/g, ' ');
}

/**
 * A paper's name as stems: its title and its file's name (councils name files
 * meaningfully: "2025-03-04_QPR_Q3_Cabinet_appendix_1.pdf" is an appendix whose first heading,
 * read as its title, is a chart's key; "Appendix_I_Budget_Risk_Register.pdf" a register whose
 * title is its first table's).
 */
export function nameTokens(title: string | null, file: string): Set<string> {
  const out = new Set(terms(title ?? ''));
  for (const t of terms(fileNameWords(file))) out.add(t);
  return out;
}
