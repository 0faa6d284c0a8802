/**
 * The FTS5 MATCH expressions for a question: each topic concept's forms (the vocabulary tokens it
 * was resolved to, synonyms and acronym long forms as alternatives) as a group of quoted tokens
 * only (never raw user text), a prefix query for rare tokens of 5+ letters; then the groups
 * ANDed (rarest first) or ORed. Concepts held by many units (above COMMON_SHARE) are left out of
 * the MATCH; they still count in the scoring (rank.ts).
 */
import type { Snapshot } from './corpus.ts';
import type { MatchedConcept } from './coverage.ts';

/** A concept in more than this share of units is too common to narrow the full-text search. */
export const COMMON_SHARE = 0.04;
/**
 * An expression expected to match more rows than this is read newest-first with a LIMIT instead
 * of bm25-sorted (FTS5 scores every match before sorting), and its concepts get no prefix queries.
 */
export const BM25_MAX_MATCHES = 5000;
/** At most this many concepts in one MATCH. */
const MAX_GROUPS = 5;
/** At most this many other vocabulary forms (same root, typo corrections) per term. */
const MAX_VARIANTS = 6;

/** One token as an FTS5 string (double quotes doubled): never an operator. */
export const quoteTerm = (t: string): string => `"${t.replace(/"/g, '""')}"`;

/** One stemmed term as FTS5: the term (prefix when 5+ letters and asked for) OR its other vocabulary forms. */
function termExpression(term: string, forms: Set<string>, snap: Snapshot, prefixes: boolean): string | null {
  const clean = term.replace(/[^\p{L}\p{N}]/gu, '');
  const out: string[] = [];
  const prefix = prefixes && clean.length >= 5;
  if (clean && (snap.vocab.has(clean) || forms.size === 0 || prefix)) out.push(prefix ? `${quoteTerm(clean)}*` : quoteTerm(clean));
  const others = [...forms]
    .filter((f) => f !== clean && !(prefix && f.startsWith(clean)) && /^[\p{L}\p{N}]+$/u.test(f))
    .sort((a, b) => (snap.vocab.get(b) ?? 0) - (snap.vocab.get(a) ?? 0))
    .slice(0, MAX_VARIANTS);
  for (const f of others) out.push(prefixes && f.length >= 5 ? `${quoteTerm(f)}*` : quoteTerm(f));
  const unique = [...new Set(out)];
  if (unique.length === 0) return null;
  return unique.length === 1 ? unique[0]! : `(${unique.join(' OR ')})`;
}

/**
 * A concept as an FTS5 group: its alternatives ORed, each alternative's terms ANDed. Prefix
 * queries widen a common word to many index terms (porter already joins its inflections), so
 * only rare concepts get them.
 */
export function conceptExpression(m: MatchedConcept, snap: Snapshot, prefixes = true): string | null {
  const alts: string[] = [];
  m.concept.alternatives.forEach((alt, i) => {
    const sets = m.alternatives[i] ?? [];
    const parts: string[] = [];
    alt.forEach((term, j) => {
      const e = termExpression(term, sets[j] ?? new Set(), snap, prefixes);
      if (e) parts.push(e);
    });
    if (parts.length === 0) return;
    alts.push(parts.length === 1 ? parts[0]! : `(${parts.join(' AND ')})`);
  });
  const unique = [...new Set(alts)];
  if (unique.length === 0) return null;
  return unique.length === 1 ? unique[0]! : `(${unique.join(' OR ')})`;
}

export interface MatchStep {
  expr: string;
  /** Rough upper bound of the rows it matches (vocabulary counts): picks bm25 or newest-first order. */
  estimate: number;
}

export interface MatchPlan {
  /** Every concept ANDed (rarest first), when that differs from `and`. */
  all: MatchStep | null;
  /** The rare concepts ANDed (or the two rarest when none is rare). */
  and: MatchStep | null;
  /** The rare concepts ORed (bm25 puts rows with more of them first). */
  or: MatchStep | null;
}

/** The MATCH expressions to try, most selective first: AND of all concepts, of the rare ones, then OR. */
export function matchPlan(matched: readonly MatchedConcept[], snap: Snapshot): MatchPlan {
  // soft words ("first", "usual") find candidates as topic words do; only the verdict spares them
  const required = matched.filter((m) => m.concept.required || m.concept.soft);
  // a place need not be in the unit itself (its document says whose papers they are)
  const topical = required.filter((m) => !m.concept.place);
  const pool = topical.length > 0 ? topical : required.length > 0 ? required : matched;
  const common = Math.max(50, COMMON_SHARE * snap.unitCount);
  const groups = pool
    .map((m) => ({ m, df: m.df ?? 0, expr: conceptExpression(m, snap, (m.df ?? 0) <= BM25_MAX_MATCHES) }))
    // a concept no unit holds in any form cannot match: leave it to the scoring
    .filter((g): g is { m: MatchedConcept; expr: string; df: number } => g.expr !== null && g.df > 0)
    .sort((a, b) => a.df - b.df);
  if (groups.length === 0) return { all: null, and: null, or: null };
  const rare = groups.filter((g) => g.df <= common).slice(0, MAX_GROUPS);
  // AND seeks the longer doclists to the rarest one's rows (cheap); OR would read them whole
  const all = groups.slice(0, MAX_GROUPS);
  // one word alone is a broad search, and a soft one ("start", "usual") says how the question is
  // put rather than what it is about: beside a soft word or a lone rare one, the rarest topic word
  const chosen = rare.length > 0 ? rare : groups.slice(0, Math.min(2, groups.length));
  if (chosen.length === 1) {
    const next = groups.find((g) => !chosen.includes(g) && !g.m.concept.soft);
    if (next) chosen.push(next);
  }
  const and = (gs: typeof groups): MatchStep => ({ expr: gs.map((g) => g.expr).join(' AND '), estimate: Math.min(...gs.map((g) => g.df)) });
  // OR: the rare concepts, widened with the next rarest when there is only one (the rarest word
  // of a chatty question may not be in the answer: "… or just the caseload?")
  const either = chosen.length > 1 ? chosen : groups.slice(0, Math.min(MAX_GROUPS, groups.length));
  return {
    all: all.length > chosen.length ? and(all) : null,
    and: and(chosen),
    or: either.length > 1 ? { expr: either.map((g) => g.expr).join(' OR '), estimate: either.reduce((n, g) => n + g.df, 0) } : null,
  };
}
