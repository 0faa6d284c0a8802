/**
 * Relevance. Each question concept is matched against the vocabulary (exact stem, prefix, or
 * within fuzzy 0.2 edits), weighted by rarity (idf), and a unit's COVERAGE is the idf-weighted
 * share of required concepts it contains (in its own text: full weight; only in its paper's
 * title: 0.85). Coverage decides whether evidence is strong enough (WEAK_COVERAGE); with the
 * minisearch score (BM25+ over the usable parts only, fuzzy, normalised to the best candidate)
 * it orders what passes. FTS5 bm25 only brings candidates in (retrieve.ts): its statistics span
 * every stored part, exempt ones included, so its scores are not mixed into the ranking.
 */
import { TermIndex } from './term-index.ts';
import type { Intent, ItemKind } from './model.ts';
import type { Concept } from './understand.ts';
import type { Snapshot, Unit } from './corpus.ts';
import { normaliseText, stem, terms, words } from './text.ts';
import { financialYears } from './understand.ts';
import { isContact, isReferenceList, namedByRef, statesCount, stillToCome } from './signals.ts';

/** Below this idf-weighted coverage of the question's topic, a candidate is not an answer. */
export const WEAK_COVERAGE = 0.65;
/** Below this combined (normalised) relevance, a candidate is not an answer either. */
export const WEAK_RELEVANCE = 0.4;
/**
 * A topic word this common (idf below this: in more than about one unit in twelve) is too
 * general to veto an answer on its own when missing ("service" in "the in-house homecare
 * service"); it still counts, at its small weight, in the coverage.
 */
export const COMMON_IDF = 2.5;
/** …and in at least this many units (in a handful of papers no word is "common"). */
export const COMMON_MIN_UNITS = 50;
const EMPTY: Set<string> = new Set();

/** Weight of a term found only in the paper's title, not in the unit's own text. */
const TITLE_ONLY = 0.85;
/** Weight of a term found elsewhere in the unit's paper (part), not in the unit or the title. */
const IN_PAPER = 0.6;
/**
 * A unit must cover at least this idf-weighted share of the topic in its own words (text or
 * title): the rest may come from its paper, but the unit itself has to be about the question.
 */
export const MIN_OWN_COVERAGE = 0.35;
/**
 * Only single-topic papers lend their opening's words to their units (minutes and agenda packs
 * open with many topics), and only words specific enough to name a topic (in at most this share
 * of units: "new", "team" or "consultation" are in any long paper's opening).
 */
const CONTEXT_TYPES = new Set(['report', 'appendix', 'decision-record']);
export const CONTEXT_MAX_SHARE = 0.02;

export interface MatchedConcept {
  concept: Concept;
  /** Per alternative, per term: the vocabulary tokens it matches. */
  alternatives: Array<Array<Set<string>>>;
  idf: number;
  /** How many units hold the concept (its most frequent way of being written). */
  df?: number;
  /**
   * Where the candidates' papers mention the concept outside the unit itself (retrieve.ts
   * learnContext): parts that do, documents that do (for a place), and the parts checked.
   */
  context?: { parts: Set<number>; documents: Set<number>; checked: Set<number> };
}

/** One minisearch term index per vocabulary (built on first use, dropped with its snapshot). */
const termIndexes = new WeakMap<Map<string, number>, TermIndex>();
function termIndexOf(snap: Snapshot): TermIndex {
  let index = termIndexes.get(snap.vocab);
  if (!index) {
    index = new TermIndex(snap.vocab.keys());
    termIndexes.set(snap.vocab, index);
  }
  return index;
}

/** Resolves every concept against the vocabulary once per question. */
export function matchConcepts(concepts: readonly Concept[], snap: Snapshot): MatchedConcept[] {
  const n = Math.max(1, snap.unitCount);
  const cache = new Map<string, Set<string>>();
  const tokensFor = (term: string): Set<string> => {
    const hit = cache.get(term);
    if (hit) return hit;
    const known = snap.vocab.has(term);
    const out = termIndexOf(snap).related(term, known);
    // the word itself too, even where the vocabulary (the units' texts) lacks it: a heading or
    // title may still hold it
    out.add(term);
    cache.set(term, out);
    return out;
  };
  const out = concepts.map((concept) => {
    const alternatives = concept.alternatives.map((alt) => alt.map(tokensFor));
    // document frequency of the concept ≈ the most frequent way of writing it
    let df = 0;
    for (const alt of alternatives) {
      const altDf = Math.min(...alt.map((set) => Math.max(0, ...[...set].map((t) => snap.vocab.get(t) ?? 0))));
      df = Math.max(df, altDf);
    }
    return { concept, alternatives, idf: Math.log(1 + n / (df + 1)), df };
  });
  // An abbreviation the asker chose to use names the topic: at least as specific as any word.
  const maxIdf = Math.max(0, ...out.filter((m) => m.concept.required).map((m) => m.idf));
  for (const m of out) if (m.concept.acronym) m.idf = Math.max(m.idf, maxIdf);
  return out;
}

function has(tokens: Set<string>, set: Set<string>): boolean {
  for (const t of set) if (tokens.has(t)) return true;
  return false;
}

/** Some way of writing the concept has every one of its words among these tokens. */
export function holdsConcept(m: MatchedConcept, tokens: Set<string>): boolean {
  return m.alternatives.some((alt) => alt.length > 0 && alt.every((set) => has(tokens, set)));
}

/**
 * How well one unit covers one concept, and whether it does in its own words: 1 in its text,
 * 0.85 only in its paper's title (or, for a place, anywhere in its document or its council's
 * name), 0.6 elsewhere in its paper ("which patient groups are the Leicestershire ILT pilots
 * targeting?" is answered by a paragraph on patient groups in the paper about the ILT pilots).
 */
function conceptCoverage(m: MatchedConcept, unit: Unit, title: Set<string>, snapUnits: number): { score: number; own: number } {
  const own = textCoverage(m, unit, title);
  if (own >= 1) return { score: own, own };
  let context = 0;
  if (m.concept.place) {
    const council = new Set(words(unit.part.council ?? '').map(stem));
    if (holdsConcept(m, council) || m.context?.documents.has(unit.part.documentId)) context = TITLE_ONLY;
  } else if (m.context?.parts.has(unit.part.id) && CONTEXT_TYPES.has(unit.part.type) && (m.df ?? 0) <= CONTEXT_MAX_SHARE * snapUnits) {
    context = IN_PAPER;
  }
  return { score: Math.max(own, context), own };
}

function textCoverage(m: MatchedConcept, unit: Unit, title: Set<string>): number {
  let best = 0;
  for (const alt of m.alternatives) {
    if (alt.length === 0) continue;
    let sum = 0;
    for (const set of alt) sum += has(unit.tokens, set) ? 1 : has(title, set) ? TITLE_ONLY : 0;
    // a multi-word expansion counts only when (nearly) all its words are there
    const score = sum / alt.length;
    best = Math.max(best, alt.length > 1 && score < 0.66 ? 0 : score);
  }
  return best;
}

export interface Coverage {
  /** idf-weighted share of required concepts (1 when the question has none). */
  required: number;
  /** Share of optional (intent) words present. */
  optional: number;
  /** idf-weighted share of required concepts in the unit's own text or title (no paper context). */
  own?: number;
  /** How many required concepts the unit's own text holds (not its title or heading). */
  inText?: number;
  /** Required concepts the unit misses entirely. */
  missing: Concept[];
  /** How many of `missing` are common words (idf < COMMON_IDF). */
  missingCommon?: number;
  /** How many required concepts the question has. */
  count: number;
  /** False for a paragraph whose own text carries none of the topic (rank.ts scoreCandidates). */
  grounded?: boolean;
}

export function coverage(matched: readonly MatchedConcept[], unit: Unit, snap: Snapshot): Coverage {
  const partTitle = snap.partTokens.get(unit.part.id) ?? new Set<string>();
  // a paragraph's section heading (a resolution's minute heading) names its topic as the paper's title does
  const heading = unit.extra.section ?? unit.extra.heading;
  const title = heading ? new Set([...partTitle, ...terms(heading)]) : partTitle;
  let num = 0;
  let ownNum = 0;
  let inText = 0;
  let den = 0;
  let opt = 0;
  let optN = 0;
  let count = 0;
  const missing: Concept[] = [];
  let missingCommon = 0;
  for (const m of matched) {
    const { score: c, own } = conceptCoverage(m, unit, title, snap.unitCount);
    if (m.concept.required) {
      count += 1;
      if (own > 0 && textCoverage(m, unit, EMPTY) > 0) inText += 1;
      num += m.idf * c;
      ownNum += m.idf * own;
      den += m.idf;
      if (c === 0) {
        missing.push(m.concept);
        if (m.idf < COMMON_IDF && (m.df ?? 0) >= COMMON_MIN_UNITS && !m.concept.acronym) missingCommon += 1;
      }
    } else {
      opt += c;
      optN += 1;
    }
  }
  return { required: den === 0 ? 1 : num / den, own: den === 0 ? 1 : ownNum / den, inText, optional: optN === 0 ? 0 : opt / optN, missing, count, missingCommon };
}

/** Extra weight for the kinds of fact that answer each intent. */
export const KIND_BONUS: Readonly<Record<Intent, Partial<Record<ItemKind, number>>>> = {
  approval: { resolution: 0.3, recommendation: 0.28, commitment: 0.02, amount: -0.05, 'work-programme': -0.1 },
  cost: { amount: 0.3, post: 0.05, recommendation: 0.05, 'work-programme': -0.1 },
  posts: { post: 0.3, recommendation: 0.08, amount: 0.03, 'work-programme': -0.1 },
  deadline: { commitment: 0.3, 'work-programme': 0.2, recommendation: 0.08, resolution: 0.05 },
  'work-programme': { 'work-programme': 0.35 },
  who: { 'work-programme': 0.05, paragraph: 0.05 },
  general: { recommendation: 0.05, resolution: 0.05 },
};

/** Statuses that record a decision (preferred over a proposal when asking what was decided). */
const DECIDED = new Set(['approved', 'agreed', 'amended', 'noted', 'deferred', 'rejected', 'not-adopted']);

export interface Scored {
  unit: Unit;
  coverage: Coverage;
  /** Normalised relevance in [0, 1]: coverage and the fuzzy (minisearch) score. */
  relevance: number;
  /** relevance + intent bonus + recency: the order items are shown in. */
  score: number;
}

export interface RawScores {
  /** minisearch score per unit key. */
  fuzzy: Map<string, number>;
}

/** What the question's wording says about the answer's shape. */
export interface ScoreHints {
  /** Financial years named ("2024/25"): figures for them first. */
  periods?: readonly string[];
  /** "What is X?": the words of X, for the sentence that defines it. */
  defines?: string | null;
  /** "How many …": a unit that states a number (not just a year). */
  count?: boolean;
  /** Minute or item references named ("2021/007", "82"). */
  refs?: readonly string[];
}

const MISSING_PENALTY = 0.08;

export function scoreCandidates(
  candidates: Iterable<Unit>,
  raw: RawScores,
  matched: readonly MatchedConcept[],
  intent: Intent,
  snap: Snapshot,
  hints: ScoreHints = {},
): Scored[] {
  const periods = hints.periods ?? [];
  const defines = hints.defines ?? null;
  const definition = defines ? new RegExp(`(^|\\b)${escapeRe(defines)}( [a-z0-9]+)? (is|are|means|refers)\\b`) : null;
  const maxFuzzy = Math.max(1e-9, ...raw.fuzzy.values());
  const out: Scored[] = [];
  for (const unit of candidates) {
    const cov = coverage(matched, unit, snap);
    const fuzzy = (raw.fuzzy.get(unit.key) ?? 0) / maxFuzzy;
    const relevance = 0.55 * cov.required + 0.45 * fuzzy;
    const bonus =
      (KIND_BONUS[intent][unit.kind] ?? 0) +
      0.06 * cov.optional +
      0.04 * recency(unit.part.meetingDate, snap) +
      (intent === 'approval' && unit.kind !== 'paragraph' && DECIDED.has(unit.status ?? '') ? 0.05 : 0) +
      (periods.length > 0 && periods.some((p) => financialYears(unit.extra.period ?? '').includes(p)) ? 0.1 : 0) +
      (definition && definition.test(normaliseText(unit.text.slice(0, 300))) ? 0.25 : 0) +
      (hints.count && statesCount(unit.text) ? 0.08 : 0) +
      // "minute 82", "RESOLVED 2021/007", "item 5": the unit with that reference
      (namedByRef(unit, hints.refs) ? 0.5 : 0) +
      (intent === 'who' && isContact(unit) ? 0.4 : 0) +
      (intent === 'deadline' && stillToCome(unit.text, unit.part.meetingDate) ? 0.15 : 0) -
      // a unit missing a topic word outright ranks below one that covers them all
      MISSING_PENALTY * (cov.missing.length - (cov.missingCommon ?? 0)) -
      // a list of background papers names documents, it answers nothing
      (isReferenceList(unit.extra.section) ? 0.1 : 0);
    // a paragraph's own words must say something of the topic: its paper's title or its heading
    // alone do not make it an answer ("For any enquiries about this report please contact:") —
    // except, for "who", a paper's contact block. Facts (a resolution under its minute heading, a
    // figure in its paper's table) take their topic from where they stand.
    const grounded = unit.kind !== 'paragraph' || cov.count === 0 || (cov.inText ?? 0) > 0 || (intent === 'who' && isContact(unit));
    out.push({ unit, coverage: { ...cov, grounded }, relevance, score: relevance + bonus });
  }
  return out.sort((a, b) => b.score - a.score || (b.unit.part.meetingDate ?? '').localeCompare(a.unit.part.meetingDate ?? ''));
}

/** 0 for the oldest meeting held, 1 for the newest. */
function recency(date: string | null, snap: Snapshot): number {
  if (!date || snap.dates.length < 2) return 0;
  let index = dateIndexes.get(snap.dates);
  if (!index) dateIndexes.set(snap.dates, (index = new Map(snap.dates.map((d, i) => [d, i]))));
  const i = index.get(date);
  return i === undefined ? 0 : i / (snap.dates.length - 1);
}
const dateIndexes = new WeakMap<readonly string[], Map<string, number>>();

/**
 * Strong enough to be shown as an answer: enough of the topic's weight covered (some of it in the
 * unit's own words), relevant enough,
 * and no more than one in five of the question's topic words missing entirely (so a topic of up
 * to four words needs them all: "street lighting maintenance team" is not answered by "street
 * works teams").
 */
export function isStrong(s: Scored): boolean {
  return (
    s.coverage.required >= WEAK_COVERAGE - 1e-9 &&
    (s.coverage.own ?? s.coverage.required) >= MIN_OWN_COVERAGE - 1e-9 &&
    s.coverage.grounded !== false &&
    s.relevance >= WEAK_RELEVANCE - 1e-9 &&
    s.coverage.missing.length - (s.coverage.missingCommon ?? 0) <= Math.floor(s.coverage.count / 5) &&
    // common words may be missing, but not so many that little of the question is left
    s.coverage.missing.length <= Math.max(1, Math.floor(s.coverage.count / 3))
  );
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Derived forms sharing a long root: coordination/coordinator, integrated/integration. */
