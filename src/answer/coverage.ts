/**
 * Coverage: how much of a question's topic a unit holds. Each question concept is matched against
 * the vocabulary once per question (exact stem, prefix, or within fuzzy 0.2 edits) and weighted
 * by rarity (idf); a unit's coverage is the idf-weighted share of required concepts it contains:
 * in its own text at full weight, only in the names it stands under (its paper's title, its
 * heading, its committee: unit-names.ts) or the passage it stands in at 0.85, only elsewhere in
 * its paper's opening at 0.6 (rank.ts turns coverage into an order and a verdict).
 */
import { TermIndex } from './term-index.ts';
import type { Concept } from './understand.ts';
import type { Snapshot, Unit, WordSet } from './corpus.ts';
import { bodyTokens, councilTokens, titleOf, type TitleWords } from './unit-names.ts';

/**
 * A topic word this common (idf below this: in more than about one unit in twelve) is too
 * general to veto an answer on its own when missing ("service" in "the in-house homecare
 * service"); it still counts, at its small weight, in the coverage.
 */
export const COMMON_IDF = 2.5;
/** …and in at least this many units (in a handful of papers no word is "common"). */
export const COMMON_MIN_UNITS = 50;
/**
 * Words that say what kind of thing the topic is, not which ("the Tarrant Hill bridge WORKS",
 * "under the IRP PROPOSALS", "the NEW chief exec"): missing, they count as common words however
 * rare in the papers.
 */
const GENERIC_WORDS = new Set(
  'new works proposals proposal scheme schemes project projects programme programmes plans arrangements stuff thing things issue issues matter matters item items paper papers update updates options'.split(' '),
);
/**
 * A word in at most this share of units is rare: "tribute", "broadband".
 * A unit that holds two such words of the question in its own text is about it, even when one
 * more of the question's words is missing (rank.ts isStrong).
 */
export const RARE_SHARE = 0.0015;

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
  /** Found only by correcting the word as typed (no synonym, no paper holds it as typed). */
  corrected?: boolean;
  /**
   * Where the candidates' papers mention the concept outside the unit itself (context.ts
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
  // Only the word as typed may be a typo; a synonym or an acronym's long form is spelled right,
  // so it is never corrected to a near word ("condensation" is not "conversation").
  const tokensFor = (term: string, typed: boolean): Set<string> => {
    const key = `${typed ? 't' : 'k'}:${term}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const known = !typed || snap.vocab.has(term);
    const out = termIndexOf(snap).related(term, known);
    // the word itself too, even where the vocabulary (the units' texts) lacks it: a heading or
    // title may still hold it
    out.add(term);
    cache.set(key, out);
    return out;
  };
  const out = concepts.map((concept) => {
    const alternatives = concept.alternatives.map((alt, i) => alt.map((term) => tokensFor(term, i === 0)));
    // document frequency of the concept ≈ the most frequent way of writing it
    let df = 0;
    for (const alt of alternatives) {
      const altDf = Math.min(...alt.map((set) => Math.max(0, ...[...set].map((t) => snap.vocab.get(t) ?? 0))));
      df = Math.max(df, altDf);
    }
    // a word as typed that no paper holds, found only by correcting it ("cordination", or
    // "cremation" read as "creation"): it needs another specific word of the question beside it
    // (a clipped word the papers write in full, "strat" for "strategy", is not a correction)
    const typed = concept.alternatives[0] ?? [];
    const word = typed.length === 1 ? typed[0]! : null;
    const found = word === null ? [] : [...(alternatives[0]?.[0] ?? [])].filter((t) => t !== word && snap.vocab.has(t));
    const corrected = concept.alternatives.length === 1 && word !== null && !snap.vocab.has(word) && found.length > 0 && !found.some((t) => t.startsWith(word));
    return { concept, alternatives, idf: Math.log(1 + n / (df + 1)), df, ...(corrected ? { corrected } : {}) };
  });
  // An abbreviation the asker chose to use names the topic: at least as specific as any word.
  const maxIdf = Math.max(0, ...out.filter((m) => m.concept.required).map((m) => m.idf));
  for (const m of out) if (m.concept.acronym) m.idf = Math.max(m.idf, maxIdf);
  return out;
}

function has(tokens: WordSet, set: Set<string>): boolean {
  for (const t of set) if (tokens.has(t)) return true;
  return false;
}

/** Some way of writing the concept has every one of its words among these tokens. */
export function holdsConcept(m: MatchedConcept, tokens: WordSet): boolean {
  return m.alternatives.some((alt) => alt.length > 0 && alt.every((set) => has(tokens, set)));
}

/**
 * How well one unit covers one concept, and whether it does in its own words: 1 in its text,
 * 0.85 only in its paper's title, its heading, its committee's name or the passage it stands in
 * (a resolution's minute discussion), or, for a place, anywhere in its document or its council's
 * name; 0.6 elsewhere in its paper ("which patient groups are the Leicestershire ILT pilots
 * targeting?" is answered by a paragraph on patient groups in the paper about the ILT pilots).
 */
function conceptCoverage(m: MatchedConcept, unit: Unit, title: TitleWords, snapUnits: number): { score: number; own: number; text: number } {
  const { own, text } = textCoverage(m, unit, title);
  if (m.concept.inText) return { score: text, own: text, text };
  if (own >= 1) return { score: own, own, text };
  let context = 0;
  if (m.concept.place) {
    if (holdsConcept(m, councilTokens(unit.part.council)) || m.context?.documents.has(unit.part.documentId)) context = TITLE_ONLY;
  } else if (m.context?.parts.has(unit.part.id) && CONTEXT_TYPES.has(unit.part.type) && (m.df ?? 0) <= CONTEXT_MAX_SHARE * snapUnits) {
    context = IN_PAPER;
  }
  return { score: Math.max(own, context), own, text };
}

/** The concept's share in the unit's text or title (`own`), and in its text alone (`text`). */
function textCoverage(m: MatchedConcept, unit: Unit, title: TitleWords): { own: number; text: number } {
  let own = 0;
  let text = 0;
  for (const alt of m.alternatives) {
    if (alt.length === 0) continue;
    let sum = 0;
    let inText = 0;
    for (const set of alt) {
      if (has(unit.tokens, set)) {
        sum += 1;
        inText += 1;
      } else if (has(title.paper, set) || has(title.heading, set) || has(bodyTokens(unit.part.committee), set) || (unit.context !== undefined && has(unit.context, set))) {
        sum += TITLE_ONLY;
      }
    }
    // a multi-word expansion counts only when (nearly) all its words are there
    const score = sum / alt.length;
    const textScore = inText / alt.length;
    own = Math.max(own, alt.length > 1 && score < 0.66 ? 0 : score);
    text = Math.max(text, alt.length > 1 && textScore < 0.66 ? 0 : textScore);
  }
  return { own, text };
}


export interface Coverage {
  /** idf-weighted share of required concepts (1 when the question has none). */
  required: number;
  /** Share of optional (intent) words present. */
  optional: number;
  /** Share of soft words ("first", "usual": understand.ts Concept.soft) present. */
  soft?: number;
  /** idf-weighted share of required concepts in the unit's own text or title (no paper context). */
  own?: number;
  /** How many required concepts the unit's own text holds (not its title or heading). */
  inText?: number;
  /** Required concepts the unit misses entirely. */
  missing: Concept[];
  /**
   * The unit holds the question's specific words only as corrections of words no paper holds
   * ("how much is an adult cremation?" and a paragraph on the "creation" of a body): not evidence.
   */
  guessed?: boolean;
  /** How many of `missing` are common words (idf < COMMON_IDF). */
  missingCommon?: number;
  /** How many required concepts the question has. */
  count: number;
  /** How many required concepts the unit's own text holds that are rare in the papers (RARE_SHARE). */
  rareInText?: number;
  /** 1 when the council the question names is the unit's paper's (rank.ts): a word of the question held. */
  named?: number;
  /** False for a paragraph whose own text carries none of the topic (rank.ts scoreCandidates). */
  grounded?: boolean;
  /** True for a long paragraph whose topic words lie far apart (topicSpan). */
  scattered?: boolean;
  /** False when the unit cannot give the kind of answer asked for ("when" with no time in it). */
  shaped?: boolean;
  /** The question names a body no stored committee is, and the unit neither is its paper nor names it (asked-body.ts). */
  otherBody?: boolean;
}

export function coverage(matched: readonly MatchedConcept[], unit: Unit, snap: Snapshot): Coverage {
  const title = titleOf(unit, snap);
  let num = 0;
  let ownNum = 0;
  let inText = 0;
  let den = 0;
  let ownDen = 0;
  let opt = 0;
  let optN = 0;
  let soft = 0;
  let softN = 0;
  let count = 0;
  const missing: Concept[] = [];
  let missingCommon = 0;
  let heldSpecific = 0;
  let heldCorrected = 0;
  let rareInText = 0;
  // (in a handful of papers every word is rare, so none counts as rare there)
  const rareDf = RARE_SHARE * snap.unitCount;
  for (const m of matched) {
    const { score: c, own, text } = conceptCoverage(m, unit, title, snap.unitCount);
    const common = ((m.idf < COMMON_IDF && (m.df ?? 0) >= COMMON_MIN_UNITS) || GENERIC_WORDS.has(m.concept.label.toLowerCase())) && !m.concept.acronym;
    // a body a widened search must find named (engine.ts) is a condition, not a topic word: it
    // neither weighs in the share covered nor lets another word go missing
    if (m.concept.inText) {
      if (c === 0) missing.push(m.concept);
      continue;
    }
    if (m.concept.required) {
      count += 1;
      if (c > 0 && !common && !m.concept.place) heldSpecific += 1;
      if (c > 0 && m.corrected && !m.concept.place) heldCorrected += 1;
      if (text > 0) inText += 1;
      if (text >= 1 && !m.concept.place && (m.df ?? Infinity) <= rareDf) rareInText += 1;
      num += m.idf * c;
      den += m.idf;
      // a place is the paper's, not the sentence's: the unit's own share is of the other words
      // ("little wendham precept": the resolution need not name the parish)
      if (!m.concept.place) {
        ownNum += m.idf * own;
        ownDen += m.idf;
      }
      if (c === 0) {
        missing.push(m.concept);
        // a place is never too common to miss: another council's paper is not the answer
        if (common && !m.concept.place) missingCommon += 1;
      }
    } else if (m.concept.soft) {
      soft += c;
      softN += 1;
    } else {
      opt += c;
      optN += 1;
    }
  }
  // A common word ("strategy", "service") may be missing only beside two or more specific ones
  // held: "the Kent rail strategy" is not answered by a paragraph that mentions rail. A word held
  // only as a correction ("worksop" read as "workshop") is not one of them.
  if (heldSpecific - heldCorrected < 2) missingCommon = 0;
  return {
    required: den === 0 ? 1 : num / den,
    own: ownDen === 0 ? (den === 0 ? 1 : num / den) : ownNum / ownDen,
    inText,
    optional: optN === 0 ? 0 : opt / optN,
    soft: softN === 0 ? 0 : soft / softN,
    missing,
    count,
    missingCommon,
    rareInText,
    // only corrected words held, and no other specific word: an unknown word read as a near one
    guessed: heldCorrected > 0 && heldSpecific - heldCorrected < 1,
  };
}
