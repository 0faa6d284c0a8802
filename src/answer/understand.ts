/**
 * Question → intent, filters, acronym expansions and topic concepts. A concept is one thing the
 * question is about ("LAC" = lac | local area coordination); a candidate answer is on-topic when
 * it covers the question's required concepts (weighted by rarity, see rank.ts).
 */
import type { Intent } from './model.ts';
import type { Snapshot } from './corpus.ts';
import { AGENDA_POSITION, detectIntent } from './intent.ts';
import { acronymTokens, addAbbreviations, capitaliseKnownAbbreviations, expandAcronym, describeExpansion, type Expansion, type GlossaryEntry } from './acronyms.ts';
import { COUNCIL_KINDS, parseFilters, redateForCommittees, type Filters } from './filters.ts';
import { synonymsOf } from './synonyms.ts';
import { CHAT_FILLER, expandChatWord, isPlaceAbbreviation, normaliseChat } from './chat.ts';
import { phraseFor, type InitialsIndex } from './initials.ts';
import { isSoftWord } from './soft-words.ts';
import { bodyByInitials, capitaliseBodyInitials, councilByInitials, wordsAround } from './body-initials.ts';
import { committeePlaceWords } from './committee-places.ts';
import { COST_WORDS, escapeRegExp, INTENT_WORDS, STOP_WORDS, stem, terms, words } from './text.ts';
import { financialYears, minuteRefs, relativeFinancialYears } from './question-refs.ts';
import { askedFigure, type AskedFigure } from './signals.ts';
import { askedBody, type AskedBody } from './asked-body.ts';
import { AUTHORITY_KIND_WORDS } from '../../ingest/segment/council.ts';

export interface Concept {
  /** As typed. */
  label: string;
  /** Ways the concept may appear: each a sequence of stemmed terms, all needed. */
  alternatives: string[][];
  /** Intent words ("cost", "approved") help ranking but need not appear. */
  required: boolean;
  /** An abbreviation the asker used (LAC): names the topic. */
  acronym?: boolean;
  /**
   * A word that describes the topic rather than names it ("usual", "expecting", soft-words.ts):
   * it finds candidates and ranks them like a topic word, but a candidate need not hold it.
   */
  soft?: boolean;
  /**
   * A place ("Nottingham" from "nottm city", "Kent"): says whose papers, so a unit covers it when
   * its document mentions the place anywhere (retrieve.ts learns which do).
   */
  place?: boolean;
  /** Held only where the unit's own text says it, and never excused when missing (a body a widened search must find named: engine.ts). */
  inText?: boolean;
}

/**
 * "granted or refused?", "did it pass or fall?", "libraries or museums": either word answers, so
 * the two are one concept written two ways (required only when both are).
 */
function mergeAlternatives(concepts: Concept[], text: string): void {
  for (const m of text.matchAll(/\b([\p{L}]{3,})\s+or\s+([\p{L}]{3,})\b(?=(\s*(?:[?.!,;]|$))?)/gu)) {
    // the choice closes the question ("… granted or refused?"), or the two words are alike
    // ("libraries or museums"); not "sign off the budget or pass it up to full council"
    const alike = [/ed$/, /ing$/, /s$/].some((re) => re.test(m[1]!) && re.test(m[2]!));
    if (m[3] === undefined && !alike) continue;
    const a = concepts.find((c) => c.label === m[1]!.toLowerCase());
    const b = concepts.find((c) => c.label === m[2]!.toLowerCase());
    if (!a || !b || a === b || a.place || b.place || a.acronym || b.acronym) continue;
    a.alternatives.push(...b.alternatives);
    a.required = a.required && b.required;
    if (!a.required && (a.soft || b.soft)) a.soft = true;
    concepts.splice(concepts.indexOf(b), 1);
  }
}

/**
 * "substance misuse": two words of the question the papers may write as another phrase ("drug and
 * alcohol"; synonyms.ts) are one concept, either way of writing it.
 */
function mergePhrases(concepts: Concept[], plain: readonly string[]): void {
  for (let i = 0; i + 1 < plain.length; i++) {
    const others = synonymsOf(`${plain[i]} ${plain[i + 1]}`);
    if (others.length === 0) continue;
    const a = concepts.find((c) => c.label === plain[i]);
    const b = concepts.find((c) => c.label === plain[i + 1]);
    if (!a || !b || a === b || a.place || b.place) continue;
    a.label = `${a.label} ${b.label}`;
    const ways = [[...a.alternatives[0]!, ...b.alternatives[0]!], ...others.map((x) => terms(x)).filter((t) => t.length > 0)];
    a.alternatives = [...new Map(ways.map((w) => [w.join(' '), w])).values()];
    a.required = a.required || b.required;
    concepts.splice(concepts.indexOf(b), 1);
  }
}

export interface Understanding {
  question: string;
  intent: Intent;
  filters: Filters;
  concepts: Concept[];
  expansions: Expansion[];
  /** "next meeting", "upcoming": work-programme items from today on. */
  upcoming: boolean;
  /** Financial years named in the question, normalised "2024/25". */
  periods: string[];
  /** "What is X?": the words of X, for preferring the sentence that defines it. */
  defines: string | null;
  /** "How many …", "what % …", "how long …", "how much …": the kind of figure the answer states. */
  figure: AskedFigure | null;
  /** Minute or agenda item references named ("minute 82", "RESOLVED 2021/007", "item 5"). */
  refs: string[];
  /** "Which item / what pages is X on the agenda": an agenda's numbered item answers. */
  agendaPosition: boolean;
  /** "Who chairs the planning committee?": a body named that no stored committee is (asked-body.ts). */
  body: AskedBody | null;
}

/** What a question is read against: the snapshot's committees, councils, glossary and initials, and today. */
export function readingContext(snap: Pick<Snapshot, 'committees' | 'councils' | 'glossary' | 'initials' | 'meetings'>, now: Date): UnderstandContext {
  return { now, committees: snap.committees, councils: snap.councils, glossary: snap.glossary, initials: snap.initials, meetings: snap.meetings };
}

export interface UnderstandContext {
  now: Date;
  committees: readonly string[];
  councils: readonly string[];
  glossary: Map<string, GlossaryEntry[]>;
  /** Capitalised phrases of the papers by initials, for abbreviations they never define. */
  initials?: InitialsIndex;
  /** Meetings held by committee (filters.ts FilterContext.meetings). */
  meetings?: ReadonlyMap<string, readonly string[]>;
}

/**
 * Bounds on what one question may cost: a question is read up to MAX_QUESTION_CHARS and up to
 * MAX_TOPIC_WORDS distinct topic words (the same order of bound as buildMatchExpression's), so a
 * pasted 40,000-character message costs what a long question does, not seconds of event loop.
 */
export const MAX_QUESTION_CHARS = 2000;
export const MAX_TOPIC_WORDS = 32;

/** Intents whose "next year" is a time, not a financial year. */
const DATED_INTENTS: ReadonlySet<Intent> = new Set(['deadline', 'work-programme', 'who']);

export function understand(question: string, ctx: UnderstandContext): Understanding {
  // Read the question as the papers would word it ("nottm city" → "nottingham city").
  const text = capitaliseBodyInitials(capitaliseKnownAbbreviations(normaliseChat(question.slice(0, MAX_QUESTION_CHARS)), ctx.glossary), ctx.committees, ctx.councils, ctx.glossary);
  const intent = detectIntent(text);
  const filters = parseFilters(text, ctx, intent);
  // "RESOLVED", "NOTE", "APPROVED" typed in capitals are words, not abbreviations
  const acronyms = new Set(acronymTokens(text).map((a) => a.toUpperCase()).filter((a) => !capitalisedWord(a)));
  // "G&A", "P&R": the papers' phrase has "and" there ("Governance and Audit")
  const ampersands = new Map<string, string>();
  for (const m of text.matchAll(/\b([A-Z]{1,3})\s?&\s?([A-Z]{1,3})\b/g)) ampersands.set(`${m[1]}${m[2]}`, `${m[1]}&${m[2]}`);
  // "co-ordinators", "re-provision": one word however it is hyphenated (the papers write both).
  const compounds = new Map<string, string[]>();
  const joined = text.replace(/\b(co|re|pre|non|multi|sub|inter|cross|self)-([a-z]{3,})\b/gi, (_m, a: string, b: string) => {
    const w = `${a}${b}`;
    // ("re-procurement": "re" is no indexed word, the papers' hyphenated form holds "procurement")
    compounds.set(w.toLowerCase(), [...(STOP_WORDS.has(a.toLowerCase()) ? [] : [a.toLowerCase()]), stem(b.toLowerCase())]);
    return w;
  });
  const tokens = joined.replace(/&/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  // "£52.8m", "£1.16 million": a sum helps ranking but is not a topic word the answer must hold
  // (the paper may write "£52.8 million" or "£52,800,000")
  const moneyWords = new Set<string>();
  for (const m of joined.matchAll(/£\s?\d[\d,]*(?:\.\d+)?\s?(?:m|k|bn)?\b|\b\d[\d,]*(?:\.\d+)?(?:m|k|bn)\b/gi)) for (const w of m[0].match(/[\p{L}\p{N}]+/gu) ?? []) moneyWords.add(w.toLowerCase());

  const concepts: Concept[] = [];
  const seen = new Set<string>();
  const plain: string[] = [];
  const minorWords = new Set<string>();
  const places = new Set<string>();
  const councilWords = new Set(ctx.councils.flatMap((c) => words(c)).filter((w) => !COUNCIL_KINDS.has(w) && !AUTHORITY_KIND_WORDS.has(w) && w !== 'council' && !STOP_WORDS.has(w)));
  const askedTokens = question.slice(0, MAX_QUESTION_CHARS).match(/[\p{L}\p{N}]+/gu) ?? [];
  const committeePlaces = committeePlaceWords(ctx.committees);
  tokens.forEach((tok, i) => {
    // "Nottm City", "the county council": the kind of council, not a topic (papers rarely
    // repeat it in the text; a stored council name is a filter, parseFilters).
    const lower = tok.toLowerCase();
    if (councilKindWord(tok, tokens[i - 1], tokens[i + 1])) {
      minorWords.add(lower);
      const prev = tokens[i - 1]?.toLowerCase();
      if (prev && !COUNCIL_KINDS.has(prev) && !STOP_WORDS.has(prev) && /^\p{L}{3,}$/u.test(prev)) places.add(prev);
    }
    if (councilWords.has(lower) || committeePlaces.has(lower)) places.add(lower);
  });
  // a clipped place name the chat reading expanded ("nottm" → "nottingham")
  for (const t of askedTokens) if (isPlaceAbbreviation(t)) for (const x of expandChatWord(t)) places.add(x);
  for (const tok of tokens) {
    const lower = tok.toLowerCase();
    if (filters.consumed.has(lower)) continue;
    const bare = tok.replace(/(?<=[A-Z]{2,})s$/, '');
    if (acronyms.has(bare.toUpperCase()) && /[A-Z].*[A-Z]/.test(bare)) continue; // handled below
    if (STOP_WORDS.has(lower) || CHAT_FILLER.has(lower)) continue;
    plain.push(lower);
  }
  plain.splice(MAX_TOPIC_WORDS * 2); // stems dedupe below; this bounds the work before they do
  // money words are the intent of a cost (or staffing) question; in any other they are its
  // topic when it names no other ("did cabinet sign off the budget?")
  const moneyIntent = intent === 'cost' || intent === 'posts';
  const money: Concept[] = [];
  const refWords = new Set(minuteRefs(text).flatMap((r) => words(r)));
  for (const w of plain) {
    if (refWords.has(w)) continue; // "minute 82": a reference, not a topic word
    const s = stem(w);
    if (seen.has(s)) continue;
    if (seen.size >= MAX_TOPIC_WORDS) break;
    seen.add(s);
    // Single letters ("band D") and short numbers ("quarter 3") help ranking but are too
    // ambiguous to be required.
    const minor = w.length === 1 || (/^\d+$/.test(w) && w.length < 3) || minorWords.has(w) || moneyWords.has(w);
    // Soft words ("want", "usual", "expecting") describe the topic rather than name it.
    const soft = !minor && isSoftWord(w);
    const chat = expandChatWord(w);
    const split = compounds.get(w);
    // "20mph", "610ha": also as papers print a figure apart from its unit ("20 mph")
    const unit = /^(\d+(?:\.\d+)?)(mph|kph|km|ha|kw|mw|kwh|mwh)$/.exec(w);
    // "s19", "s106": a section of an Act as papers also write it ("Section 19 flood investigation")
    const section = /^s(\d{1,3}[a-z]?)$/.exec(w);
    const alternatives = [
      [s],
      ...(split ? [split] : []),
      ...(unit ? [terms(`${unit[1]} ${unit[2]}`)] : []),
      ...(section ? [terms(`section ${section[1]}`)] : []),
      ...[...synonymsOf(w), ...chat, ...chat.flatMap((x) => synonymsOf(x))].map((x) => terms(x)).filter((t) => t.length > 0),
    ];
    // A clipped intent word ("cttee") is an intent word too.
    const kindWord = (x: string): boolean => INTENT_WORDS.has(x) || COST_WORDS.has(x);
    const intentWord = kindWord(w) || (chat.length > 0 && chat.every((x) => words(x).every(kindWord)));
    // "damp and mould", "cuts and reductions": a word another of the question's words already
    // stands for is the same concept, not a second one each would cover for the other
    if (concepts.some((c) => c.alternatives.some((alt) => alt.length === 1 && alt[0] === s))) continue;
    const concept: Concept = { label: w, alternatives, required: !intentWord && !minor && !soft, ...(soft && !intentWord ? { soft: true } : {}) };
    if (!moneyIntent && !minor && COST_WORDS.has(w)) money.push(concept);
    if (places.has(w) && concept.required) concept.place = true;
    concepts.push(concept);
  }

  if (money.length > 0 && concepts.every((c) => !c.required) && acronyms.size === 0) for (const c of money) c.required = true;
  mergeAlternatives(concepts, text);
  mergePhrases(concepts, plain);
  addAbbreviations(concepts, ctx.glossary); // "mental health reablement": the papers may write "MH Reablement"

  const expansions: Expansion[] = [];
  const otherTerms = concepts.filter((c) => c.required).map((c) => c.alternatives[0]![0]!);
  for (const tok of tokens) {
    const bare = tok.replace(/(?<=[A-Z]{2,})s$/, '');
    if (!acronyms.has(bare.toUpperCase()) || !/[A-Z].*[A-Z]/.test(bare)) continue;
    if (seen.has(bare.toLowerCase())) continue;
    if (expansions.length >= MAX_TOPIC_WORDS) break;
    seen.add(bare.toLowerCase());
    const byCouncil = councilByInitials(bare, ctx.councils);
    const e =
      fittingExpansion(
        expandAcronym(bare, ctx.glossary, { committees: filters.committees.map((c) => c.toLowerCase()), otherTerms }),
        derivedExpansion(ampersands.get(bare) ?? bare, ctx.initials),
        otherTerms,
      ) ?? (byCouncil ? { short: bare, long: byCouncil, note: 'a council by its initials', alternatives: [] } : null);
    // "ASCPH", "osc" name a committee the papers come from: a filter, not a topic.
    // (an abbreviation the papers or the common list define keeps that meaning: "ELC" is early learning)
    // the words either side of the letters ("C&P scrutiny", "westmarch pcp"): which body they name
    const typed = ampersands.get(bare) ?? tok;
    const at = text.search(new RegExp(`(?<![\\w&])${escapeRegExp(typed)}(?![\\w&])`));
    const around = at < 0 ? {} : wordsAround(text, at, at + typed.length);
    // ("n&e committee": letters typed with "&" are a body's initials before any other meaning of them)
    const body = e && e.note !== DERIVED_NOTE && !ampersands.has(bare) ? null : bodyByInitials(bare, ctx.committees, ctx.councils, around.kind, around.place);
    const committee = body ?? (e ? committeeNamed(e.long, ctx.committees) : null);
    if (committee) {
      expansions.push(body ? { short: bare, long: body, note: 'a committee by its initials', alternatives: [] } : e!);
      // "resources o&s": the word before the letters begins the body's name, not a topic
      const place = around.place?.toLowerCase();
      if (body && place && body.toLowerCase().startsWith(`${place} `)) {
        const i = concepts.findIndex((c) => c.label.toLowerCase() === place && !c.place);
        if (i >= 0) concepts.splice(i, 1);
      }
      if (!filters.committees.includes(committee)) {
        // ("hwb": the Health and Wellbeing Board, and "Ebbingdale Health and Wellbeing Board" too)
        filters.committees.push(committee, ...placeNamed(committee, ctx.committees).filter((c) => !filters.committees.includes(c)));
        filters.labels = filters.labels.filter((l) => !l.startsWith('committee: '));
        filters.labels.unshift(`committee: ${filters.committees.join(' or ')}`);
        redateForCommittees(text, ctx, filters);
      }
      continue;
    }
    const alts: string[][] = [[bare.toLowerCase()]];
    if (e) {
      expansions.push(e);
      const longTerms = terms(e.long);
      if (longTerms.length > 0) alts.push(longTerms);
      // another form of the same meaning ("Occupational Therapist" beside the papers' "Occupational
      // Therapy"): the same first word and length, not another meaning of the letters
      for (const other of e.alternatives) {
        const t = terms(other);
        if (t.length === longTerms.length && t[0] === longTerms[0] && !alts.some((a) => a.join(' ') === t.join(' '))) alts.push(t);
      }
      // A long form already written out in the question is the same concept: drop its words.
      for (let i = concepts.length - 1; i >= 0; i--) {
        const c = concepts[i]!;
        if (!c.acronym && c.alternatives[0]!.length === 1 && longTerms.includes(c.alternatives[0]![0]!)) {
          concepts.splice(i, 1);
        }
      }
    }
    // "kcc's external debt": a council by its initials says whose papers, like its name
    const council = e && ctx.councils.some((c) => c.toLowerCase() === e.long.toLowerCase());
    concepts.push({ label: bare, alternatives: alts, required: true, acronym: true, ...(council ? { place: true } : {}) });
  }

  const upcoming = /\b(next|upcoming|forthcoming|future|coming up)\b/i.test(question) && filters.from === null && filters.to === null;
  const def = intent === 'general' ? /^\s*what\s+(?:is|are)\s+(?:an?\s+|the\s+)?([^?]+?)\s*\??\s*$/i.exec(question) : null;
  const defines = def ? words(def[1]!).join(' ') || null : null;
  const figure = askedFigure(question);
  // ("next year's charge" is the next financial year; "next year's meetings" are dates)
  const named = financialYears(question);
  const periods = named.length > 0 || DATED_INTENTS.has(intent) ? named : relativeFinancialYears(text, ctx.now);
  return {
    question,
    intent,
    filters,
    concepts,
    expansions,
    upcoming,
    periods,
    defines,
    figure,
    refs: minuteRefs(question),
    agendaPosition: AGENDA_POSITION.test(text),
    body: askedBody(text, concepts, filters.committees, intent === 'who'),
  };
}

/** "city" in "Nottingham City" / "city council", "full" in "full council": a kind of council, not a topic. */
function councilKindWord(tok: string, prev: string | undefined, next: string | undefined): boolean {
  const n = next?.toLowerCase();
  if (tok.toLowerCase() === 'full' && n === 'council') return true; // "full council": the body
  if (!COUNCIL_KINDS.has(tok.toLowerCase())) return false;
  if (n === 'council' || n === 'councils' || n === 'cc') return true;
  // after a place name: a capitalised or known-place word that is not a function word
  if (!prev || !/^\p{L}{3,}$/u.test(prev) || STOP_WORDS.has(prev.toLowerCase())) return false;
  return /^\p{Lu}/u.test(prev) || expandChatWord(prev).length > 0 || PLACE_SUFFIX.test(prev);
}

const PLACE_SUFFIX = /(?:shire|ham|ton|ford|bury|borough|caster|chester|pool|field|ley|wich|worth|mouth|by|thorpe|minster|ington)$/i;

const GENERIC_COMMITTEE = new Set(['committee', 'the', 'meeting', 'sub', 'and']);

/** The stored committee whose name is this long form ("Adult Social Care and Public Health"). */
function committeeNamed(long: string, committees: readonly string[]): string | null {
  const core = (s: string): string => words(s).filter((w) => !GENERIC_COMMITTEE.has(w)).join(' ');
  const want = core(long);
  if (!want) return null;
  // only a body that meets (not a council stored where a committee name was expected)
  return committees.find((c) => core(c) === want && /\b(committee|cabinet|board|panel|scrutiny|forum|group)\b/i.test(c)) ?? null;
}

/**
 * Committees named as `committee` with a place before it ("Ebbingdale Health and Wellbeing
 * Board"): words no other committee's name holds, not a kind of body ("Joint Health Overview and
 * Scrutiny Committee" is another body than the Overview and Scrutiny Committee).
 */
function placeNamed(committee: string, committees: readonly string[]): string[] {
  const want = words(committee).join(' ');
  const uses = new Map<string, number>();
  for (const c of committees) for (const w of new Set(words(c))) uses.set(w, (uses.get(w) ?? 0) + 1);
  return committees.filter((c) => {
    const ws = words(c);
    const extra = ws.length - words(committee).length;
    return c !== committee && extra >= 1 && extra <= 2 && ws.slice(extra).join(' ') === want && /^[A-Z]/.test(c) && ws.slice(0, extra).every((w) => (uses.get(w) ?? 0) <= 1);
  });
}

/**
 * The meaning that fits the rest of the question: the papers' (or the common) definition, unless
 * it shares no word with the question while the phrase the papers use with those initials does
 * ("KCP … secondary FE commissioned": the Kent Commissioning Plan, not Kent Country Parks).
 */
function fittingExpansion(defined: Expansion | null, read: Expansion | null, otherTerms: readonly string[]): Expansion | null {
  if (!defined || !read) return defined ?? read;
  const shares = (e: Expansion): boolean => terms(e.long).some((t) => otherTerms.includes(t));
  if (shares(defined) || !shares(read)) return defined;
  return { ...read, alternatives: [defined.long, ...read.alternatives.filter((a) => a !== defined.long)] };
}

const DERIVED_NOTE = 'read from the initials of a phrase in the papers';
/** An abbreviation read from the initials of a phrase the papers use (COMF, D2A, SWs). */
function derivedExpansion(token: string, initials: InitialsIndex | undefined): Expansion | null {
  if (!initials) return null;
  const p = phraseFor(initials, token);
  if (!p) return null;
  return { short: token.replace('&', ''), long: p.phrase, note: DERIVED_NOTE, alternatives: p.others };
}


/** A word typed in capitals ("RESOLVED", "NOTE"): a function or intent word, or too long for an abbreviation. */
function capitalisedWord(token: string): boolean {
  const w = token.toLowerCase();
  // two capitals are an abbreviation ("VE day", "NI", "EV") unless they spell a common word
  if (token.length === 2) return TWO_LETTER_WORDS.has(w);
  return STOP_WORDS.has(w) || INTENT_WORDS.has(w) || COST_WORDS.has(w) || CHAT_FILLER.has(w) || token.length >= 8;
}
const TWO_LETTER_WORDS = new Set('ok no so to of in on at by or an if is be do go up us we he me my as am hi'.split(' '));


/**
 * The question names nothing to look for: no topic word of its own and no minute or item
 * reference ("RESOLVED 2021/007" names what it is about). Answered from its filters alone.
 */
/**
 * The question names no topic: nothing but intent words, or (within a committee or dates it
 * names) only a place, which says whose papers ("what's going to the december governance & audit
 * meeting in caerwern?": the programme of that meeting, in papers that name Caerwern).
 */
export function isTopicless(q: Understanding): boolean {
  const narrowed = q.filters.committees.length > 0 || q.filters.from !== null || q.filters.to !== null;
  return q.concepts.every((c) => !c.required || (narrowed && c.place === true)) && q.refs.length === 0;
}

export function expansionLabels(u: Understanding): string[] {
  return u.expansions.map(describeExpansion);
}

/** Every term of every concept, for the full-text and fuzzy searches. */
export function searchTerms(u: Understanding): string[] {
  const out = new Set<string>();
  for (const c of u.concepts) for (const alt of c.alternatives) for (const t of alt) out.add(t);
  return [...out];
}
