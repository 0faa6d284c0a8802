/**
 * The answering engine: deterministic retrieval and composition over the store (no LLM).
 * One small snapshot per audience (public only / with exempt parts: vocabulary, glossary, part
 * metadata — never the paragraphs; see corpus.ts), built lazily and rebuilt when the documents
 * table changes. Candidates are read per question with SQL (retrieve.ts). Exempt parts never
 * enter the public snapshot nor the public candidate queries, so they cannot affect public
 * answers, counts or suggestions.
 */
import type { Logger } from 'pino';
import type { Db } from '../store/db.ts';
import { corpusStamp } from '../store/facts.ts';
import { listDue } from '../alerts/due.ts';
import type { Answer, AskContext, DueItem, Engine } from './model.ts';
import { buildSnapshot, type Snapshot } from './corpus.ts';
import { isTopicless, readingContext, understand, type Concept, type Understanding } from './understand.ts';
import { retrieve } from './retrieve.ts';
import { compose } from './compose.ts';
import { terms } from './text.ts';

export interface EngineOptions {
  logger: Logger;
  /** Items falling due; defaults to src/alerts/due.ts listDue (tests may pass their own). */
  listDue?: (db: Db, opts: { from: Date; withinDays: number; includeExempt: boolean }) => DueItem[];
  /** Above this many units the vocabulary is counted on a sample (vocabulary.ts SAMPLE_UNITS; tests lower it). */
  sampleUnits?: number;
}

export interface AnswerEngine extends Engine {
  /** Drops the cached snapshots (tests; after bulk ingest). */
  invalidate(): void;
  /** Builds the index now (a second or more on a large store) so the first question is quick. */
  warm(includeExempt: boolean): void;
}

const DEFAULT_LIMIT = 5;
/** Filter labels that are meeting dates (filters.ts applyRange). */
const DATE_LABEL = /^(?:meeting date|from|after|before|until) \d{4}-/;
/** Filter labels that name the body asked about (filters.ts). */
const COMMITTEE_LABEL = /^committee: /;
/** Filter labels that name the councils asked about (filters.ts). */
const COUNCIL_LABEL = /^council: /;
/** Words of a body's name that do not tell one body from another. */
const GENERIC_BODY_WORDS = new Set(['committe', 'sub', 'meet']);

/**
 * The ways of writing the bodies a question names, for an answer's text to hold: "Overview and
 * Scrutiny" for "when do O&S get the report …?" (one per body the filter allowed).
 */
function bodyWays(committees: readonly string[]): string[][] {
  return committees.map((c) => terms(c).filter((t) => !GENERIC_BODY_WORDS.has(t))).filter((a) => a.length > 0);
}

/**
 * Questions a body's own papers may not answer but another body's may, naming it: when a report
 * goes to it ("when does O&S get …?"), what it approved, what posts or money it agreed ("how many
 * posts did cabinet agree …?" in the scrutiny panel's progress report). Not its work programme or
 * who chairs it: those are its own papers' to say.
 */
const WIDENED_TO_NAMING: ReadonlySet<string> = new Set(['deadline', 'approval', 'posts', 'cost']);

/** Words by which a question points back to the one before it. */
const FOLLOW_UP = /^\s*(?:and|also|plus|then|so|what about|how about|what if)\b|\b(?:it|its|they|them|their|that|those|this|these|same)\b/i;

export function createEngine(db: Db, opts: EngineOptions): AnswerEngine {
  const cache = new Map<boolean, { stamp: string; snap: Snapshot }>();
  const log = opts.logger;

  // The stored papers' stamp, recomputed only when the database may have changed: another
  // connection committed (data_version) or this one wrote (total_changes).
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const totalChanges = db.prepare('SELECT total_changes()').pluck();
  let seen: { version: unknown; changes: unknown; stamp: string } | null = null;
  const currentStamp = (): string => {
    const version = dataVersion.get();
    const changes = totalChanges.get();
    if (seen && seen.version === version && seen.changes === changes) return seen.stamp;
    seen = { version, changes, stamp: corpusStamp(db) };
    return seen.stamp;
  };

  const snapshot = (includeExempt: boolean): Snapshot => {
    const stamp = currentStamp();
    const hit = cache.get(includeExempt);
    if (hit && hit.stamp === stamp) return hit.snap;
    const started = Date.now();
    cache.delete(includeExempt);
    const snap = buildSnapshot(db, includeExempt, opts.sampleUnits === undefined ? {} : { sampleUnits: opts.sampleUnits });
    cache.set(includeExempt, { stamp, snap });
    log.debug({ units: snap.unitCount, terms: snap.vocab.size, ms: Date.now() - started, includeExempt }, 'answer index built');
    return snap;
  };

  const run = (question: string, ctx: AskContext, mode: 'ask' | 'costs'): Answer => {
    const now = ctx.now ?? new Date();
    const snap = snapshot(ctx.includeExempt);
    const reading = readingContext(snap, now);
    let q: Understanding = understand(question, reading);
    if (mode === 'costs') q = { ...q, intent: 'cost' };
    // A follow-up with no topic of its own ("and how much did it cost?") takes the topic of the
    // thread's previous question.
    // A topicless question that names its own meeting or committee ("what's on the work
    // programme for the 29 March ASCPH?") stands alone unless it points back ("and in March?",
    // "how much did it cost?").
    const pointsBack = FOLLOW_UP.test(question) || (q.filters.labels.length === 0 && q.refs.length === 0);
    if (ctx.previousQuestion && pointsBack && q.concepts.every((c) => !c.required)) {
      const prev = understand(ctx.previousQuestion, reading);
      if (prev.concepts.some((c) => c.required)) {
        q = { ...q, concepts: [...q.concepts, ...prev.concepts.filter((c) => c.required)], expansions: prev.expansions };
      }
    }
    const opts = { limit: ctx.limit ?? DEFAULT_LIMIT, offset: ctx.offset ?? 0, now, costs: mode === 'costs' };
    let answer = compose(q, retrieve(db, snap, q, ctx.includeExempt, now), snap, opts);
    // The question asked again more widely when it found nothing: that answer, prefaced with the
    // filter that was let go (`lead`) and noted among the filters, or null when it finds nothing too.
    const widen = (wider: Understanding, lead: string, note: string): Answer | null => {
      const other = compose(wider, retrieve(db, snap, wider, ctx.includeExempt, now), snap, opts);
      return other.found ? { ...other, answer: `${lead}:\n${other.answer}`, filters: [...other.filters, note] } : null;
    };
    const named = (label: RegExp): string => q.filters.labels.filter((l) => label.test(l)).join(', ');
    const labelsBut = (label: RegExp): string[] => q.filters.labels.filter((l) => !label.test(l));
    // Nothing from meetings in the dates asked about ("when the CCGs pull out in March 2019" is
    // an event, not a meeting): the papers of any date, those naming those months first, said so.
    const dated = q.filters.from !== null || q.filters.to !== null;
    if (!answer.found && dated && !isTopicless(q)) {
      const range = { from: q.filters.from ?? '0001-01-01', to: q.filters.to ?? '9999-12-31' };
      const asked = named(DATE_LABEL);
      const wider: Understanding = { ...q, filters: { ...q.filters, from: null, to: null, about: range, labels: labelsBut(DATE_LABEL) } };
      answer = widen(wider, `Nothing from meetings in the dates asked about (${asked}); from papers of other dates`, `${asked}: no match, widened`) ?? answer;
    }
    // Asked again without the filter `label` names, in the papers that name what it named (`ways`):
    // in the answer's own text when `inText` (a condition, not a topic word: coverage.ts), else
    // as a topic word of the question
    const widenToNaming = (label: RegExp, ways: string[][], inText: boolean, drop: Partial<Understanding['filters']>, lead: (asked: string) => string, note: string): Answer | null => {
      const asked = named(label);
      const naming: Concept = { label: asked, alternatives: ways, required: true, ...(inText ? { inText } : {}) };
      const wider: Understanding = { ...q, concepts: [...q.concepts, naming], filters: { ...q.filters, ...drop, labels: labelsBut(label) } };
      return widen(wider, lead(asked), `${asked}: no match, ${note}`);
    };
    // "When do O&S get the report on …?": a promise to a body is written in another body's paper
    // ("… will be reported to the Overview and Scrutiny Committee in July 2026"). Nothing in the
    // named body's own papers: the papers that name it, said so.
    const ways = bodyWays(q.filters.committees);
    if (!answer.found && WIDENED_TO_NAMING.has(q.intent) && ways.length > 0 && !isTopicless(q)) {
      answer = widenToNaming(COMMITTEE_LABEL, ways, true, { committees: [] }, (asked) => `Nothing in the papers of the body asked about (${asked}); from other papers that name it`, 'widened to papers naming it') ?? answer;
    }
    // "What did the parish council say about the application?": a kind of council is also talked
    // about in other councils' papers (a consultee's view in a planning report). Nothing in its
    // own papers: the papers that name it, said so.
    const kind = q.filters.councilKind;
    if (!answer.found && kind && !isTopicless(q)) {
      answer = widenToNaming(COUNCIL_LABEL, [terms(`${kind} council`)], false, { councils: [], councilKind: undefined }, () => `Nothing in the papers of the ${kind} councils; from other papers that name a ${kind} council`, `widened to papers naming a ${kind} council`) ?? answer;
    }
    log.debug({ intent: answer.intent, found: answer.found, items: answer.items.length }, 'answered');
    return answer;
  };

  return {
    ask: (question, ctx) => run(question, ctx, 'ask'),
    costs: (topic, ctx) => run(topic, ctx, 'costs'),
    due: (o) => (opts.listDue ?? listDue)(db, o),
    invalidate: () => cache.clear(),
    warm: (includeExempt) => {
      snapshot(includeExempt);
    },
  };
}
