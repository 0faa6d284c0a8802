/**
 * Relevance. A unit's COVERAGE of the question's topic (coverage.ts) decides whether evidence is
 * strong enough (WEAK_COVERAGE); with the minisearch score (BM25+ over the usable parts only,
 * fuzzy, normalised to the best candidate) it orders what passes, with bonuses for the kind of
 * fact the intent wants and for what the unit's text says of the answer's shape (signals.ts).
 * FTS5 bm25 only brings candidates in (retrieve.ts): its statistics span every stored part,
 * exempt ones included, so its scores are not mixed into the ranking.
 */
import type { Intent, ItemKind } from './model.ts';
import type { Snapshot, Unit } from './corpus.ts';
import { escapeRegExp, normaliseText } from './text.ts';
import { financialYears } from './question-refs.ts';
import { dateInRange } from './filters.ts';
import { givesReason, isContact, isReferenceList, namedByRef, namesDateIn, namesSomeone, saysWhen, statesFigure, statesMotionOutcome, statesTotal, type AskedFigure, statesVote, stillToCome } from './signals.ts';
import { coverage, MIN_OWN_COVERAGE, type Coverage, type MatchedConcept } from './coverage.ts';
import { TOPIC_SPAN_WORDS, topicSpan } from './topic-span.ts';
import { namesBody, type AskedBody } from './asked-body.ts';

/** Below this idf-weighted coverage of the question's topic, a candidate is not an answer. */
export const WEAK_COVERAGE = 0.65;
/** Below this combined (normalised) relevance, a candidate is not an answer either. */
export const WEAK_RELEVANCE = 0.4;

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
  /** "How many …", "what % …", "how long …": a unit that states that kind of figure (not just a year). */
  figure?: AskedFigure | null;
  /** Minute or item references named ("2021/007", "82"). */
  refs?: readonly string[];
  /** Numbers the question gives ("within 28 days"): not the count it asks for. */
  numbers?: readonly string[];
  /** "Which item / what pages": where a report is on an agenda. */
  agendaPosition?: boolean;
  /** Months the question is about but not meeting dates ("as of last October"): text naming one first. */
  about?: { from: string; to: string } | null;
  /**
   * "Who's the cabinet member on …?", "who chaired …?": the role asked for. A contact block is the
   * answer only when it names that role (the report's author is not its Cabinet Member).
   */
  role?: RegExp | null;
  /** "What does the new post cost?", "what's paying for the posts?": money asked of posts. */
  money?: boolean;
  /** "What's the total …?", "… overall?": a figure stated as a total first. */
  total?: boolean;
  /** "Why has … slipped?": a text that gives a reason first. */
  why?: boolean;
  /** "When is it coming back to cab?": the body it is due at, as a text names it. */
  destination?: RegExp | null;
  /** "What was the vote …?": a text that gives the numbers for and against first. */
  votes?: boolean;
  /** The question asks whether a motion or amendment was carried ("did the fsm motion go through?"). */
  outcome?: boolean;
  /** The councils the question names (filters.ts): a paper known to be theirs holds that name. */
  councils?: readonly string[];
  /** A body named that is no stored committee ("the planning committee"): the answer names it or is its paper. */
  body?: AskedBody | null;
}

/** A sum (or a table's figure cell), a share, or how something is paid for: what a cost question's answer states. */
const STATES_MONEY = /[£€$]|\|\s*-?\(?\d[\d,]*(?:\.\d+)?\)?\s*(?:\||$)|\d[\d,.]*\s*(?:%|per\s*cent|m\b|k\b|bn\b|million|billion|thousand)|\b(?:funded|funding|funds?|paid|pays?|charged?|charges|fees?|free|costs?|costing|cost-neutral|nil|grant|budget|savings?|income|spend|spent|contributions?)\b/i;

/** A timetable's row as the paragraphs store it: "Adoption by Council | February 2027". */
const DATED_ROW = /^[^|\n]{3,90} \| [^|\n]{0,60}\b(?:19|20)\d{2}\b[^|\n]{0,20}$/;

/** Posts, FTE or staff named: what a posts question's answer talks about. */
const NAMES_POSTS = /\b(?:posts?|FTE|full[- ]time equivalents?|staff(?:ing)?|roles?|vacanc(?:y|ies)|establishment)\b/i;

const MISSING_PENALTY = 0.08;
const SCATTERED_PENALTY = 0.1;
/** How many leading candidates have their topic span read. */
const SPAN_CHECKED = 30;
/** Shorter texts cannot reach LONG_UNIT_WORDS content words (topic-span.ts): no need to read them. */
const LONG_UNIT_CHARS = 600;

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
  const definition = defines ? new RegExp(`(^|\\b)${escapeRegExp(defines)}( [a-z0-9]+)? (is|are|means|refers)\\b`) : null;
  const maxFuzzy = Math.max(1e-9, ...raw.fuzzy.values());
  const out: Scored[] = [];
  for (const unit of candidates) {
    const cov = coverage(matched, unit, snap);
    cov.named = namedCouncilHeld(unit, hints.councils);
    // a paper whose council is not known is not known to be the named council's: its name is a
    // word of the question the paper does not hold ("what is dunsmere's band d council tax?")
    if (hints.councils && hints.councils.length > 0 && unit.part.council === null) {
      cov.missing = [...cov.missing, { label: hints.councils[0]!, alternatives: [], required: true, place: true }];
      cov.count += 1;
    }
    const contact = intent === 'who' && isContact(unit) && (!hints.role || hints.role.test(unit.text));
    const fuzzy = (raw.fuzzy.get(unit.key) ?? 0) / maxFuzzy;
    const relevance = 0.55 * cov.required + 0.45 * fuzzy;
    const bonus =
      (KIND_BONUS[intent][unit.kind] ?? 0) +
      // a posts question that asks what they cost or who pays: the figure as much as the post
      (intent === 'posts' && hints.money ? (unit.kind === 'amount' ? 0.17 : unit.kind === 'post' ? -0.15 : 0) : 0) +
      0.06 * cov.optional +
      0.2 * (cov.soft ?? 0) +
      0.04 * recency(unit.part.meetingDate, snap) +
      (intent === 'approval' && unit.kind !== 'paragraph' && DECIDED.has(unit.status ?? '') ? 0.05 : 0) +
      periodBonus(unit, periods) +
      (definition && definition.test(normaliseText(unit.text.slice(0, 300))) ? 0.25 : 0) +
      (hints.figure && statesFigure(unit.text, hints.figure, hints.numbers) ? 0.15 : 0) +
      (hints.votes && statesVote(unit.text) ? 0.15 : 0) +
      (hints.total && statesTotal(unit.text, unit.amount?.tableJson) ? 0.1 : 0) +
      (hints.outcome && statesMotionOutcome(unit.text) ? 0.15 : 0) +
      (hints.why && givesReason(unit.text) ? 0.1 : 0) +
      (hints.about && (namesDateIn(unit.text, hints.about) || dateInRange(unit.part.meetingDate, hints.about)) ? 0.1 : 0) +
      // "minute 82", "RESOLVED 2021/007", "item 5": the unit with that reference
      (namedByRef(unit, hints.refs) ? 0.5 : 0) +
      (contact ? 0.4 : 0) +
      // "who's the lead member for the leisure contract item?": a programme item that names its lead
      (intent === 'who' && unit.kind === 'work-programme' && (unit.extra.leadOfficer || unit.extra.author) ? 0.3 : 0) +
      // an agenda's numbered item says where a report is on the agenda (its item and pages)
      (intent === 'work-programme' && unit.part.type === 'agenda' && unit.paragraph !== null ? (hints.agendaPosition ? 0.3 : 0.15) : 0) +
      (intent === 'deadline' && stillToCome(unit.text, unit.part.meetingDate) ? 0.15 : 0) +
      // "when's it coming back to cabinet?": a promise to that body, not to another
      (intent === 'deadline' && hints.destination?.test(unit.text) ? 0.1 : 0) +
      // "when is the plan expected to be adopted?": a timetable's row, the stage and its date
      (intent === 'deadline' && unit.kind === 'paragraph' && DATED_ROW.test(unit.text) ? 0.15 : 0) +
      // "any new posts to run the acquisitions?": a text that names posts none was read from (a
      // figure that names its post is already a cost)
      (intent === 'posts' && unit.kind !== 'post' && unit.kind !== 'amount' && NAMES_POSTS.test(unit.text) ? 0.2 : 0) -
      // a unit missing a topic word outright ranks below one that covers them all
      MISSING_PENALTY * (cov.missing.length - (cov.missingCommon ?? 0)) -
      // a list of background papers names documents, it answers nothing
      (isReferenceList(unit.extra.section) ? 0.1 : 0);
    // a paragraph's own words must say something of the topic: its paper's title or its heading
    // alone do not make it an answer ("For any enquiries about this report please contact:") —
    // except, for "who", a paper's contact block. Facts (a resolution under its minute heading, a
    // figure in its paper's table) take their topic from where they stand.
    const grounded = unit.kind !== 'paragraph' || cov.count === 0 || (cov.inText ?? 0) > 0 || contact;
    // "when …?" is answered by a dated fact or a text that says when, not by the topic alone
    const shaped =
      (intent !== 'deadline' || unit.kind === 'commitment' || unit.kind === 'work-programme' || saysWhen(unit.text)) &&
      // "who …?" is answered by a text that names someone (or a paper's contact block)
      (intent !== 'who' || contact || unit.kind === 'work-programme' || namesSomeone(unit.text)) &&
      // "how much …?" is answered by a figure, or a text that says how it is paid for
      (intent !== 'cost' || unit.kind === 'amount' || unit.kind === 'post' || STATES_MONEY.test(unit.text));
    const otherBody = hints.body ? !namesBody(hints.body, unit) : false;
    out.push({ unit, coverage: { ...cov, grounded, shaped, ...(otherBody ? { otherBody } : {}) }, relevance, score: relevance + bonus });
  }
  out.sort(byScore);
  // A long paragraph whose topic words lie far apart holds them by chance (topicSpan). Read
  // for the leading candidates only: the rest are not shown first, and tokenising every long
  // candidate costs time and memory on a big archive.
  let moved = false;
  for (const s of out.slice(0, SPAN_CHECKED)) {
    const long = s.unit.kind === 'paragraph' && s.unit.text.length > LONG_UNIT_CHARS && (s.coverage.inText ?? 0) >= 2;
    if (long && topicSpan(matched, s.unit) > TOPIC_SPAN_WORDS) {
      s.coverage.scattered = true;
      s.score -= SCATTERED_PENALTY;
      moved = true;
    }
  }
  return moved ? out.sort(byScore) : out;
}

/**
 * A financial year the question names ("the 26/27 budget"): a figure for that year, a text that
 * names it, or (where the text names no year) a paper whose title does.
 */
function periodBonus(unit: Unit, periods: readonly string[]): number {
  if (periods.length === 0) return 0;
  if (periods.some((p) => financialYears(unit.extra.period ?? '').includes(p))) return 0.1;
  const inText = financialYears(unit.text);
  if (inText.some((p) => periods.includes(p))) return 0.08;
  if (inText.length === 0 && periods.some((p) => financialYears(unit.part.title ?? '').includes(p))) return 0.05;
  return 0;
}

/** Best first; between equal scores, the more recent meeting first. */
export function byScore(a: Scored, b: Scored): number {
  return b.score - a.score || (b.unit.part.meetingDate ?? '').localeCompare(a.unit.part.meetingDate ?? '');
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
    // the question names a place its paper never mentions: another council's paper (nor may a
    // body a widened search must find named be missing: engine.ts)
    !s.coverage.missing.some((c) => c.place || c.inText) &&
    s.coverage.guessed !== true &&
    s.coverage.scattered !== true &&
    s.coverage.shaped !== false &&
    // "who chairs the planning committee?": not a paper that says "planning" and "Chair" apart
    s.coverage.otherBody !== true &&
    s.relevance >= WEAK_RELEVANCE - 1e-9 &&
    s.coverage.missing.length - (s.coverage.missingCommon ?? 0) <= Math.floor((s.coverage.count + namedHeld(s)) / 5) + rareExcuse(s) &&
    // common words may be missing, but not so many that little of the question is left
    s.coverage.missing.length <= Math.max(1, Math.floor(s.coverage.count / 3))
  );
}

/**
 * The council the question names counts as a word held, when the unit's own text holds two of
 * the others: a paper of the right council that says one word of the question is not about it
 * ("is home to school transport on the Heathermoor programme?" and "… 20 mph zones near schools").
 */
function namedHeld(s: Scored): number {
  return (s.coverage.named ?? 0) > 0 && (s.coverage.inText ?? 0) >= 2 ? 1 : 0;
}

/**
 * One more missing word is excused where the unit's own text holds two of the question's rare
 * words ("paid tribute … broadband" without "rollout"), but never a place: another council's
 * paper is not the answer.
 */
function rareExcuse(s: Scored): number {
  return (s.coverage.rareInText ?? 0) >= 2 && !s.coverage.missing.some((c) => c.place) ? 1 : 0;
}

/**
 * 1 when the question names a council and the unit's paper is known to be that council's ("merecombe
 * fra - how many new ff posts at harbridge and on what grade?": the Authority's own paper holds
 * "merecombe", a word of the question like its topic words). A committee is not counted: "did
 * cabinet agree …" names a body nearly every council has.
 */
function namedCouncilHeld(unit: Unit, councils: readonly string[] | undefined): number {
  return councils && councils.length > 0 && councils.includes(unit.part.council ?? '') ? 1 : 0;
}


