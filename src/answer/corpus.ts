/**
 * The in-memory snapshot the engine answers from: every fact and paragraph of the usable parts as
 * a searchable Unit, a minisearch index (fuzzy, prefix) over them, the vocabulary with document
 * frequencies (for fuzzy term coverage), the acronym glossary and the committee/council names.
 * Built once per Engine and rebuilt when the documents table changes.
 */
import MiniSearch from 'minisearch';
import type { ItemKind, SourceDocument } from './model.ts';
import type { AmountRow, CorpusRows, PartRow, PostRow } from '../store/facts.ts';
import { buildGlossary, type GlossaryEntry } from './acronyms.ts';
import { buildInitialsIndex, type InitialsIndex } from './initials.ts';
import { STOP_WORDS, stem, terms, words } from './text.ts';

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
  tokens: Set<string>;
  /** The date the unit is about: a work-programme item's meeting, else the part's meeting. */
  date: string | null;
  amount?: AmountRow;
  post?: PostRow;
}

export interface Snapshot {
  units: Unit[];
  byKey: Map<string, Unit>;
  parts: Map<number, PartRow>;
  partTokens: Map<number, Set<string>>;
  /** Stemmed token → number of units whose text or part title holds it. */
  vocab: Map<string, number>;
  index: MiniSearch<{ key: string; text: string; title: string }>;
  glossary: Map<string, GlossaryEntry[]>;
  /** Capitalised phrases by their initials (abbreviations the papers never define). */
  initials: InitialsIndex;
  committees: string[];
  councils: string[];
  /** Meeting dates ascending (for the recency bonus). */
  dates: string[];
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

export function buildSnapshot(rows: CorpusRows): Snapshot {
  const parts = new Map(rows.parts.map((p) => [p.id, p]));
  const units: Unit[] = [];
  const add = (u: Omit<Unit, 'tokens' | 'key' | 'part' | 'date'> & { partId: number; date?: string | null }): void => {
    const part = parts.get(u.partId);
    if (!part) return;
    const { partId: _p, date, ...rest } = u;
    units.push({
      ...rest,
      key: `${u.kind}:${u.id}`,
      part,
      tokens: new Set(terms(u.text)),
      date: date ?? part.meetingDate,
    });
  };

  // Which reports a resolution decided: the report's recommendations take the decision's outcome.
  const decided = new Map<number, { outcome: string; ref: string | null; date: string | null }>();
  for (const l of rows.links) {
    decided.set(l.reportPartId, { outcome: l.outcome, ref: l.ref, date: parts.get(l.resolutionPartId)?.meetingDate ?? null });
  }
  inferLinks(rows, parts, decided);

  for (const p of rows.paragraphs) {
    add({ kind: 'paragraph', id: p.id, partId: p.partId, text: p.text, page: p.page, paragraph: p.number, status: null, value: null,
      extra: p.section ? { section: p.section } : {} });
  }
  for (const r of rows.recommendations) {
    const d = decided.get(r.partId);
    const extra: Record<string, string> = {};
    if (r.label) extra.label = r.label;
    let status = r.status;
    if (d && r.status === 'proposed') status = d.outcome;
    if (d?.ref) extra.minutes = d.ref;
    if (d?.date) extra.decided = d.date;
    add({ kind: 'recommendation', id: r.id, partId: r.partId, text: r.text, page: r.page, paragraph: r.paragraph, status, value: null, extra });
  }
  for (const r of rows.resolutions) {
    const extra: Record<string, string> = {};
    if (r.ref) extra.minutes = r.ref;
    if (r.title) extra.heading = r.title;
    add({ kind: 'resolution', id: r.id, partId: r.partId, text: r.text, page: r.page, paragraph: r.ref, status: r.outcome, value: null, extra });
  }
  for (const a of rows.amounts) {
    const extra: Record<string, string> = { figure: a.text, type: a.kind };
    if (a.period) extra.period = a.period;
    if (a.fundingSource) extra.funding = a.fundingSource;
    if (a.subject) extra.subject = a.subject;
    const text = a.context.includes(a.text) || !a.subject ? a.context : `${a.subject}: ${a.context}`;
    add({ kind: 'amount', id: a.id, partId: a.partId, text, page: a.page, paragraph: a.paragraph, status: null, value: a.value, extra, amount: a });
  }
  for (const p of rows.posts) {
    const extra: Record<string, string> = { title: p.title };
    if (p.grade) extra.grade = p.grade;
    if (p.kind) extra.type = p.kind;
    if (p.until) extra.until = p.until;
    if (p.action) extra.action = p.action;
    if (p.cost !== null) extra.cost = String(p.cost);
    add({ kind: 'post', id: p.id, partId: p.partId, text: p.text, page: p.page, paragraph: p.paragraph, status: p.action, value: p.fte, extra, post: p });
  }
  for (const c of rows.commitments) {
    const extra: Record<string, string> = { what: c.what };
    if (c.due) extra.due = c.due;
    add({ kind: 'commitment', id: c.id, partId: c.partId, text: c.text, page: c.page, paragraph: c.paragraph, status: null, value: null, extra });
  }
  for (const w of rows.workProgramme) {
    const extra: Record<string, string> = {};
    if (w.meetingDate) extra.meetingDate = w.meetingDate;
    if (w.leadOfficer) extra.leadOfficer = w.leadOfficer;
    if (w.author) extra.author = w.author;
    const text = w.summary ? `${w.title} — ${w.summary}` : w.title;
    add({ kind: 'work-programme', id: w.id, partId: w.partId, text, page: w.page, paragraph: null, status: null, value: null, extra,
      date: w.meetingDate });
  }

  // A figure is about what its paragraph is about: amounts also carry their paragraph's words.
  const parasByPage = new Map<string, string[]>();
  for (const p of rows.paragraphs) {
    const k = `${p.partId}|${p.page}`;
    const list = parasByPage.get(k) ?? [];
    list.push(p.text);
    parasByPage.set(k, list);
  }
  for (const u of units) {
    if (u.kind !== 'amount' || !u.amount) continue;
    const probe = u.amount.context.slice(0, 60);
    const para = parasByPage.get(`${u.part.id}|${u.page}`)?.find((t) => t.includes(probe));
    if (para) for (const t of terms(para)) u.tokens.add(t);
  }

  const partTokens = new Map<number, Set<string>>();
  for (const p of rows.parts) partTokens.set(p.id, new Set(terms(p.title ?? '')));

  const vocab = new Map<string, number>();
  for (const u of units) {
    const all = new Set([...u.tokens, ...(partTokens.get(u.part.id) ?? [])]);
    for (const t of all) vocab.set(t, (vocab.get(t) ?? 0) + 1);
  }

  const index = new MiniSearch<{ key: string; text: string; title: string }>({
    idField: 'key',
    fields: ['text', 'title'],
    tokenize: (s) => words(s),
    processTerm: (t) => (STOP_WORDS.has(t) ? null : stem(t)),
    searchOptions: { fuzzy: 0.2, prefix: true, boost: { text: 2, title: 1 }, combineWith: 'OR' },
  });
  index.addAll(units.map((u) => ({ key: u.key, text: u.text, title: u.part.title ?? '' })));

  const glossary = buildGlossary(
    rows.acronyms.map((a) => ({ short: a.short, long: a.long, committee: parts.get(a.partId)?.committee ?? null, title: parts.get(a.partId)?.title ?? null })),
  );
  const distinct = (xs: Array<string | null>): string[] => [...new Set(xs.filter((x): x is string => Boolean(x && x.trim())))];
  return {
    units,
    byKey: new Map(units.map((u) => [u.key, u])),
    parts,
    partTokens,
    vocab,
    index,
    glossary,
    initials: buildInitialsIndex(units.map((u) => u.text)),
    committees: distinct(rows.parts.map((p) => p.committee)),
    councils: distinct(rows.parts.map((p) => p.council)),
    dates: distinct(rows.parts.map((p) => p.meetingDate)).sort(),
  };
}

const LINKABLE_OUTCOMES: Readonly<Record<string, string>> = { approved: 'approved', agreed: 'approved', amended: 'amended', rejected: 'not-adopted' };

/**
 * Where the store holds no resolution_links for a report, link a resolution whose heading names
 * the report (same committee, decided on or after the report's meeting) so the report's
 * recommendations show the decision and its minute reference.
 */
function inferLinks(
  rows: CorpusRows,
  parts: Map<number, PartRow>,
  decided: Map<number, { outcome: string; ref: string | null; date: string | null }>,
): void {
  const reports = rows.parts.filter((p) => p.type === 'report' && p.title && !decided.has(p.id));
  if (reports.length === 0) return;
  const norm = (s: string): string => words(s).join(' ');
  for (const r of rows.resolutions) {
    const outcome = LINKABLE_OUTCOMES[r.outcome];
    const minutes = parts.get(r.partId);
    if (!outcome || !minutes || !r.title) continue;
    const heading = norm(r.title);
    if (heading.length < 15) continue;
    for (const rep of reports) {
      if (decided.has(rep.id) || rep.id === r.partId) continue;
      if (rep.committee && minutes.committee && rep.committee !== minutes.committee) continue;
      if (rep.meetingDate && minutes.meetingDate && minutes.meetingDate < rep.meetingDate) continue;
      const title = norm(rep.title!);
      if (title.length < 15 || !(title.includes(heading) || heading.includes(title))) continue;
      decided.set(rep.id, { outcome, ref: r.ref, date: minutes.meetingDate });
    }
  }
}
