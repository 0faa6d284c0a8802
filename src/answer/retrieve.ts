/**
 * Candidates for a question: minisearch (fuzzy 0.2 + prefix) over the snapshot, the best FTS5
 * (bm25, porter stemming) matches over facts and paragraphs of usable parts, plus every fact of
 * the intent's kinds in the papers that matched best
 * (so "what was approved about X" sees all of X's recommendations). Filters (committee, council,
 * meeting dates) are applied before scoring.
 */
import type { Db } from '../store/db.ts';
import { searchFactsFts, searchParagraphsFts } from '../store/facts.ts';
import type { Intent, ItemKind } from './model.ts';
import type { Snapshot, Unit } from './corpus.ts';
import type { Understanding } from './understand.ts';
import { dateInRange } from './filters.ts';
import { matchConcepts, scoreCandidates, type MatchedConcept, type Scored } from './rank.ts';
import { words } from './text.ts';

const PREFERRED: Readonly<Record<Intent, ItemKind[]>> = {
  approval: ['recommendation', 'resolution'],
  cost: ['amount', 'post'],
  posts: ['post'],
  deadline: ['commitment', 'work-programme'],
  'work-programme': ['work-programme'],
  who: [],
  general: [],
};

export interface Retrieved {
  scored: Scored[];
  matched: MatchedConcept[];
  /** Units that passed the filters (before relevance): the filtered corpus. */
  filteredCount: number;
}

export function passesFilters(u: Unit, q: Understanding): boolean {
  const f = q.filters;
  if (f.committees.length > 0 && !f.committees.includes(u.part.committee ?? '')) return false;
  if (f.councils.length > 0 && !f.councils.includes(u.part.council ?? '')) return false;
  const date = u.kind === 'work-programme' ? u.date : u.part.meetingDate;
  return dateInRange(date, f);
}

/** A safe FTS5 OR-expression of quoted prefix terms. */
export function ftsExpression(q: Understanding): string | null {
  const raw = new Set<string>();
  for (const c of q.concepts) {
    for (const w of words(c.label)) raw.add(w);
  }
  for (const e of q.expansions) for (const w of words(e.long)) if (w.length > 2) raw.add(w);
  const list = [...raw].filter((w) => w.length > 1);
  if (list.length === 0) return null;
  return list.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' OR ');
}

export function retrieve(db: Db, snap: Snapshot, q: Understanding, includeExempt: boolean): Retrieved {
  const matched = matchConcepts(q.concepts, snap);
  const fuzzy = new Map<string, number>();
  const candidates = new Map<string, Unit>();
  const take = (u: Unit | undefined): void => {
    if (u && passesFilters(u, q)) candidates.set(u.key, u);
  };

  const text = q.concepts.flatMap((c) => [c.label, ...q.expansions.filter((e) => e.short === c.label).map((e) => e.long)]).join(' ');
  if (text.trim()) {
    for (const r of snap.index.search(text).slice(0, 600)) {
      const u = snap.byKey.get(String(r.id));
      if (!u || !passesFilters(u, q)) continue;
      fuzzy.set(u.key, r.score);
      candidates.set(u.key, u);
    }
  }
  const expr = ftsExpression(q);
  if (expr) {
    for (const h of [...searchFactsFts(db, expr, 300, includeExempt), ...searchParagraphsFts(db, expr, 300, includeExempt)]) {
      if (h.kind === 'acronym') continue;
      const u = snap.byKey.get(`${h.kind}:${h.id}`);
      if (!u || !passesFilters(u, q)) continue;
      candidates.set(u.key, u);
    }
  }

  // Questions with no topic (e.g. "what is on the agenda for the next meeting?"): the intent's
  // own facts within the filters.
  const topicless = q.concepts.every((c) => !c.required);
  const kinds = PREFERRED[q.intent];
  if (topicless && kinds.length > 0) {
    for (const u of snap.units) if (kinds.includes(u.kind)) take(u);
  }

  let scored = scoreCandidates(candidates.values(), { fuzzy }, matched, q.intent, snap, q.periods, q.defines);

  // Every fact of the preferred kinds in the best-matching papers.
  if (kinds.length > 0 && !topicless) {
    const topParts = new Set<number>();
    for (const s of scored) {
      if (topParts.size >= 5) break;
      if (s.coverage.required >= 0.65) topParts.add(s.unit.part.id);
    }
    let added = false;
    for (const u of snap.units) {
      if (topParts.has(u.part.id) && kinds.includes(u.kind) && !candidates.has(u.key)) {
        take(u);
        added = true;
      }
    }
    if (added) scored = scoreCandidates(candidates.values(), { fuzzy }, matched, q.intent, snap, q.periods, q.defines);
  }
  const filteredCount = q.filters.committees.length + q.filters.councils.length > 0 || q.filters.from || q.filters.to
    ? snap.units.filter((u) => passesFilters(u, q)).length
    : snap.units.length;
  return { scored, matched, filteredCount };
}
