/**
 * Candidates for a question, fetched with SQL so a question touches a few hundred rows however
 * big the archive is:
 *
 * 1. Each topic concept is resolved against the vocabulary (coverage.ts matchConcepts: exact
 *    stem, prefix, same root, and — for words the papers never use — fuzzy 0.2 typo correction).
 * 2. Its forms become an FTS5 group (match-plan.ts): quoted tokens only (never raw text), a
 *    prefix query for rare tokens of 5+ letters, synonyms and acronym long forms as alternatives.
 * 3. Concepts held by many units (vocabulary df above COMMON_SHARE) are left out of the MATCH
 *    (they still count in the JS scoring); the rare ones are ANDed, falling back to OR when AND
 *    finds too few. facts_fts first, then paragraphs_fts, each LIMITed, filters (committee,
 *    council, dates) and the exempt rule as JOINs in SQL (src/store/candidates.ts).
 * 4. The rows are read by id and scored in JS (rank.ts) with a per-candidate BM25-style term
 *    score (term-score.ts) over the snapshot's statistics (usable parts only) in place of bm25:
 *    FTS5's bm25 statistics span every stored part, exempt ones included, so they only choose
 *    candidates and never reach a score.
 * 5. Every fact of the intent's kinds in the best-matching papers joins the candidates (so "what
 *    was approved about X" sees all of X's recommendations); topicless questions take the
 *    intent's facts within the filters.
 */
import type { Db } from '../store/db.ts';
import {
  countMatches,
  factCandidates,
  factsInScope,
  factsOfParts,
  paragraphCandidates,
  paragraphTextsOfPart,
  paragraphTextsOnPages,
  rowsById,
  type CandidateHit,
  type FactKind,
  type PartScope,
  type RowsByKind,
} from '../store/candidates.ts';
import type { Intent } from './model.ts';
import { asksForContact, lendPapersToContacts, lendReportsToAgendaLines } from './stand-ins.ts';
import { agendaItemsInScope, contactParagraphs, resolutionsByRef, resolutionsUnderHeadings } from '../store/question-reads.ts';
import { unitsFromRows, type Snapshot, type Unit } from './corpus.ts';
import { isTopicless, type Understanding } from './understand.ts';
import { dateInRange } from './filters.ts';
import { byScore, scoreCandidates, WEAK_COVERAGE, type ScoreHints, type Scored } from './rank.ts';
import { asksMotionOutcome, asksTotal } from './signals.ts';
import { matchConcepts, type MatchedConcept } from './coverage.ts';
import { BM25_MAX_MATCHES, matchPlan, quoteTerm } from './match-plan.ts';
import { escapeRegExp } from './text.ts';
import { termScores } from './term-score.ts';
import { learnContext } from './context.ts';

export { termScores };

const PREFERRED: Readonly<Record<Intent, FactKind[]>> = {
  approval: ['recommendation', 'resolution'],
  cost: ['amount', 'post'],
  posts: ['post'],
  deadline: ['commitment', 'work-programme'],
  'work-programme': ['work-programme'],
  who: [],
  general: [],
};

/** Rows fetched per full-text query (facts, paragraphs). bm25 over every match is paid anyway; rows cost little. */
export const FTS_LIMIT = { facts: 100, paragraphs: 150 };
/** Fewer candidates than this from the AND query → the OR query as well. */
const ENOUGH = 25;
export interface Retrieved {
  scored: Scored[];
  matched: MatchedConcept[];
  /** Units that passed the filters (before relevance): the filtered corpus (approximate: by part). */
  filteredCount: number;
}

/**
 * A question with a topic of its own also reaches papers whose committee or council the ingest
 * could not read (null): the topic still has to match. A topicless one ("what did Cabinet decide
 * in February?") keeps to papers known to be the named body's.
 */
const UNKNOWN_BODY_PENALTY = 0.08;

function unknownBodyPasses(q: Understanding): boolean {
  return q.concepts.some((c) => c.required);
}

export function passesFilters(u: Unit, q: Understanding): boolean {
  const f = q.filters;
  const lenient = unknownBodyPasses(q);
  if (f.committees.length > 0 && !(lenient && u.part.committee === null) && !f.committees.includes(u.part.committee ?? '')) return false;
  if (f.councils.length > 0 && !(lenient && u.part.council === null) && !f.councils.includes(u.part.council ?? '')) return false;
  const date = u.kind === 'work-programme' ? u.date : u.part.meetingDate;
  return dateInRange(date, f);
}

function scopeOf(q: Understanding, includeExempt: boolean): PartScope {
  return { includeExempt, committees: q.filters.committees, councils: q.filters.councils, from: q.filters.from, to: q.filters.to, unknownBodyPasses: unknownBodyPasses(q) };
}

function loadUnits(db: Db, snap: Snapshot, rows: Partial<RowsByKind>): Unit[] {
  const pairs = [...(rows.amount ?? []), ...(rows.commitment ?? [])].map((a) => ({ partId: a.partId, page: a.page }));
  // a resolution's minute discussion may start on the page before it (corpus.ts Unit.context)
  for (const r of rows.resolution ?? []) if (r.title) pairs.push({ partId: r.partId, page: r.page }, { partId: r.partId, page: r.page - 1 });
  return unitsFromRows(rows, snap, paragraphTextsOnPages(db, pairs));
}

function hitsToRows(db: Db, hits: readonly CandidateHit[]): Partial<RowsByKind> {
  const ids = new Map<string, number[]>();
  for (const h of hits) {
    const list = ids.get(h.kind) ?? [];
    list.push(h.id);
    ids.set(h.kind, list);
  }
  return rowsById(db, ids);
}

/**
 * On a sampled vocabulary (a big archive), a question's word the sample missed may still be in
 * the papers: look it up in the full-text index of the caller's audience (never exempt parts for
 * a public question) and learn its count, so it is not mistaken for a typo.
 */
export function learnWords(db: Db, snap: Snapshot, q: Understanding, includeExempt: boolean): void {
  if (snap.sampleEvery <= 1) return;
  for (const c of q.concepts) {
    for (const alt of c.alternatives) {
      for (const term of alt) {
        const clean = term.replace(/[^\p{L}\p{N}]/gu, '');
        if (!clean || clean !== term || snap.vocab.has(term) || snap.probed.has(term)) continue;
        snap.probed.add(term);
        const n = countMatches(db, quoteTerm(term), { includeExempt }, 5000);
        if (n > 0) snap.vocab.set(term, n);
      }
    }
  }
}

/** At most this many minute headings have their resolutions read per question. */
const HEADINGS_READ = 12;

/** The minute headings the paragraph candidates stand under (minutes only), in candidate order. */
function minuteHeadings(units: Iterable<Unit>): Array<{ partId: number; heading: string }> {
  const out = new Map<string, { partId: number; heading: string }>();
  for (const u of units) {
    if (out.size >= HEADINGS_READ) break;
    const heading = u.extra.section;
    if (u.kind === 'paragraph' && u.part.type === 'minutes' && heading) out.set(`${u.part.id}|${heading}`, { partId: u.part.id, heading });
  }
  return [...out.values()];
}

export function retrieve(db: Db, snap: Snapshot, q: Understanding, includeExempt: boolean, now: Date = new Date()): Retrieved {
  learnWords(db, snap, q, includeExempt);
  const matched = matchConcepts(q.concepts, snap);
  const scope = scopeOf(q, includeExempt);
  const candidates = new Map<string, Unit>();
  const take = (units: readonly Unit[]): boolean => {
    let added = false;
    for (const u of units) {
      if (candidates.has(u.key) || !passesFilters(u, q)) continue;
      candidates.set(u.key, u);
      added = true;
    }
    return added;
  };

  const topicless = isTopicless(q);
  const kinds = PREFERRED[q.intent];
  // A topicless question of a fact kind is answered from those facts in the filters (below):
  // its intent words alone ("due", "approve") would match a large share of the archive.
  const plan = topicless && kinds.length > 0 ? { all: null, and: null, or: null } : matchPlan(matched, snap);
  const hits: CandidateHit[] = [];
  for (const step of [plan.all, plan.and, plan.or]) {
    if (!step) continue;
    const order = step.estimate <= BM25_MAX_MATCHES ? 'bm25' : 'recent';
    hits.push(...factCandidates(db, step.expr, FTS_LIMIT.facts, scope, order), ...paragraphCandidates(db, step.expr, FTS_LIMIT.paragraphs, scope, order));
    if (dedupeHits(hits).length >= ENOUGH) break;
  }
  if (hits.length > 0) take(loadUnits(db, snap, hitsToRows(db, dedupeHits(hits))));
  // a minute's discussion found: its decision too ("… the overnight Emergency Department at
  // Wrayholt …" then "RESOLVED – That the Joint Committee: (1) notes the proposals …")
  take(loadUnits(db, snap, resolutionsUnderHeadings(db, minuteHeadings(candidates.values()))));

  // "minute 82", "RESOLVED 2021/007": the resolutions with that reference, within the filters
  if (q.refs.length > 0) take(loadUnits(db, snap, resolutionsByRef(db, q.refs, scope)));

  // Questions with no topic (e.g. "what is on the agenda for the next meeting?"): the intent's
  // own facts within the filters.
  if (topicless && kinds.length > 0) {
    const today = now.toISOString().slice(0, 10);
    take(loadUnits(db, snap, factsInScope(db, kinds, scope, 300, q.upcoming ? today : null)));
    // "what's on the agenda for the 13 March cabinet?": the agendas' own items too
    if (q.intent === 'work-programme') take(loadUnits(db, snap, agendaItemsInScope(db, scope, 100, q.upcoming ? today : null)));
  }
  // "what's item 5 on next Tuesday's agenda?", "which item is the budget at the January cabinet?":
  // the agendas' items (the one numbered, or the one on the topic, first: rank.ts)
  if (!topicless && q.intent === 'work-programme' && (q.agendaPosition || q.refs.length > 0)) take(loadUnits(db, snap, agendaItemsInScope(db, scope, 100, null)));

  const hints: ScoreHints = {
    periods: q.periods,
    defines: q.defines,
    figure: q.figure,
    refs: q.refs,
    about: q.filters.about ?? null,
    agendaPosition: q.agendaPosition,
    councils: q.filters.councils,
    votes: /\bvot(?:e|es|ed|ing)\b|\bunanimous(?:ly)?\b/i.test(q.question),
    outcome: asksMotionOutcome(q.question),
    total: asksTotal(q.question),
    why: /^\W*(?:\w+\W+){0,6}?(?:why|how come)\b/i.test(q.question),
    role: roleAskedFor(q.question),
    body: q.body,
    destination: q.intent === 'deadline' ? destinationAskedFor(q.question) : null,
    money: /\b(?:cost|costs|costing|how much|paying|pay for|paid for|funded|funding|net)\b/i.test(q.question),
    numbers: q.question.match(/\d[\d,]*/g)?.map((n) => n.replace(/,/g, '')) ?? [],
  };
  const score = (): Scored[] => {
    const fuzzy = termScores([...candidates.values()], matched, snap);
    // the papers of the best-matching candidates are the ones read for context, whatever order
    // the papers were stored in
    learnContext(db, snap, matched, [...candidates.values()].sort((a, b) => (fuzzy.get(b.key) ?? 0) - (fuzzy.get(a.key) ?? 0) || byPlace(a, b)));
    const out = scoreCandidates(candidates.values(), { fuzzy }, matched, q.intent, snap, hints);
    if (q.agendaPosition) lendReportsToAgendaLines(out);
    if (q.intent === 'who' && asksForContact(q.question)) lendPapersToContacts(out);
    // a paper known to be the named body's before one whose body is unknown
    const f = q.filters;
    if (f.committees.length + f.councils.length === 0) return out;
    for (const x of out) {
      if ((f.committees.length > 0 && x.unit.part.committee === null) || (f.councils.length > 0 && x.unit.part.council === null)) x.score -= UNKNOWN_BODY_PENALTY;
    }
    return out.sort(byScore);
  };
  let scored = score();

  // Every fact of the preferred kinds in the best-matching papers.
  if (kinds.length > 0 && !topicless) {
    if (take(loadUnits(db, snap, factsOfParts(db, kinds, topParts(scored, 5))))) scored = score();
  }
  // In the best-matching papers, the paragraphs holding every topic word their title does not:
  // the sentence that answers leaves the paper's subject to its title ("57 responses were
  // received" in the street trading policy report), so the archive-wide search, wanting every
  // word in one paragraph, misses it.
  if (!topicless) {
    // (read from the paper itself: a full-text search within one paper's rows costs more)
    const hits = topParts(scored, PAPERS_READ).flatMap((id) => {
      const untitled = untitledWords(matched, snap.partTokens.get(id));
      if (!untitled) return [];
      const holds = (text: string): boolean => untitled.patterns.every((alts) => alts.some((alt) => alt.every((re) => re.test(text))));
      return paragraphTextsOfPart(db, id, untitled.first, PARAGRAPHS_SCANNED)
        .filter((r) => holds(r.text))
        .slice(0, PARAGRAPHS_PER_PAPER)
        .map((r): CandidateHit => ({ kind: 'paragraph', id: r.id, partId: r.partId }));
    });
    if (take(loadUnits(db, snap, hitsToRows(db, hits)))) scored = score();
  }
  // "Who wrote / who is the lead officer on X?": the contact block of the papers about X.
  if (q.intent === 'who' && !topicless) {
    const parts = topParts(scored, 3);
    if (take(loadUnits(db, snap, contactParagraphs(db, parts)))) scored = score();
  }
  return { scored, matched, filteredCount: filteredCount(snap, q) };
}

/** How many best-matching papers are searched again for what their titles do not say, and how many paragraphs each. */
const PAPERS_READ = 2;
const PARAGRAPHS_SCANNED = 400;
const PARAGRAPHS_PER_PAPER = 5;

/**
 * The topic words a paper's title does not hold, each as its ways of being written (word-start
 * patterns); null when the title holds none of the topic (the archive-wide search already asked
 * for every word) or all of it.
 */
export function untitledWords(matched: readonly MatchedConcept[], title: ReadonlySet<string> | undefined): { patterns: RegExp[][][]; first: string[] } | null {
  const topic = matched.filter((m) => m.concept.required && !m.concept.place && (m.df ?? 0) > 0);
  const heldByTitle = (m: MatchedConcept): boolean => title !== undefined && m.alternatives.some((alt) => alt.length > 0 && alt.every((forms) => [...forms].some((f) => title.has(f))));
  const rest = topic.filter((m) => !heldByTitle(m)).sort((a, b) => (a.df ?? 0) - (b.df ?? 0));
  if (rest.length === 0 || rest.length === topic.length) return null;
  return {
    patterns: rest.map((m) => m.concept.alternatives.map((alt) => alt.map((t) => new RegExp(`\\b${escapeRegExp(t)}`, 'i')))),
    // the rarest one's ways of being written, for the database to read only the paragraphs holding it
    first: rest[0]!.concept.alternatives.map((alt) => alt[0]!).filter(Boolean),
  };
}

/** The role a "who" question names ("who's the cabinet member on …", "who chaired …"), as a pattern for the text that gives it. */
const ROLES: ReadonlyArray<[RegExp, RegExp]> = [
  [/\bcabinet\s+member\b|\bportfolio\s+holder\b|\bexec(?:utive)?\s+member\b/i, /\bcabinet\s+member\b|\bportfolio\s+holder\b|\bexecutive\s+member\b/i],
  [/\bchair(?:ed|s|man|woman|person)?\b/i, /\bchair(?:ed|man|woman|person)?\b/i],
];
function roleAskedFor(question: string): RegExp | null {
  return ROLES.find(([asks]) => asks.test(question))?.[1] ?? null;
}

/** Where a unit is (file, page, kind), for ties that must not depend on the order papers were stored in. */
function byPlace(a: Unit, b: Unit): number {
  return a.part.file.localeCompare(b.part.file) || a.page - b.page || a.kind.localeCompare(b.kind);
}

/** The parts of the best candidates that cover the topic (up to `n`). */
function topParts(scored: readonly Scored[], n: number): number[] {
  const out: number[] = [];
  for (const s of scored) {
    if (out.length >= n) break;
    if (s.coverage.required >= WEAK_COVERAGE && !out.includes(s.unit.part.id)) out.push(s.unit.part.id);
  }
  return out;
}

function dedupeHits(hits: readonly CandidateHit[]): CandidateHit[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const k = `${h.kind}:${h.id}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Units in the parts that pass the filters (by the part's meeting date). */
function filteredCount(snap: Snapshot, q: Understanding): number {
  const f = q.filters;
  if (f.committees.length + f.councils.length === 0 && !f.from && !f.to) return snap.unitCount;
  let n = 0;
  for (const [id, p] of snap.parts) {
    if (f.committees.length > 0 && !f.committees.includes(p.committee ?? '')) continue;
    if (f.councils.length > 0 && !f.councils.includes(p.council ?? '')) continue;
    if (!dateInRange(p.meetingDate, f)) continue;
    n += snap.unitsPerPart.get(id) ?? 0;
  }
  return n;
}

/** The body a paper is due at ("coming back to cab", "when does it go to full council"): the words a text naming it uses. */
const DESTINATION = /\b(?:to|before|at)\s+(?:the\s+)?(?:full\s+)?(cabinet|cab|council|scrutiny|o&s|executive|exec|committee|cttee|board|panel)\b/i;
const DESTINATION_WORDS: Readonly<Record<string, RegExp>> = {
  cabinet: /\bcabinet\b/i, cab: /\bcabinet\b/i, council: /\bcouncil\b/i, scrutiny: /\b(?:scrutiny|overview)\b/i, 'o&s': /\b(?:scrutiny|overview)\b/i,
  executive: /\bexecutive\b/i, exec: /\bexecutive\b/i, committee: /\bcommittee\b/i, cttee: /\bcommittee\b/i, board: /\bboard\b/i, panel: /\bpanel\b/i,
};
export function destinationAskedFor(question: string): RegExp | null {
  const m = DESTINATION.exec(question);
  return m ? (DESTINATION_WORDS[m[1]!.toLowerCase()] ?? null) : null;
}
