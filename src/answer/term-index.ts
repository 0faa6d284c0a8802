/**
 * Spelling variants of a question word among the words the papers use, through a minisearch
 * index over the vocabulary (distinct stemmed terms — its size grows with the vocabulary, not with
 * the archive). minisearch's radix tree answers prefix and fuzzy (edit-distance) look-ups without
 * scanning every term, which keeps typo tolerance cheap at 10,000 papers.
 *
 * A term is related to a question word when it
 * - extends it (the word has ≥ 5 letters, the term ≤ 5 more): "coordinat" → "coordinator";
 * - shares a long root with it (≥ 7 letters and ≥ 75% of the shorter): "commissioning" ~ "commissioned";
 * - or, for a word the papers never use (a typo), is within its edit budget (a transposition is
 *   one edit) and starts with the same letter: "cordination" → "coordination", "chrages" →
 *   "charges", but not "hoarding" → "boarding".
 * A word the papers do use is never matched fuzzily, so "health" does not drift to "wealth".
 */
import MiniSearch from 'minisearch';
import { editDistance, fuzzBudget } from './text.ts';

interface TermDoc {
  id: number;
  term: string;
}

export class TermIndex {
  private readonly terms: string[];
  private readonly index: MiniSearch<TermDoc>;

  constructor(vocabulary: Iterable<string>) {
    this.terms = [...vocabulary];
    this.index = new MiniSearch<TermDoc>({
      fields: ['term'],
      idField: 'id',
      // Terms are already normalised stems: index them as they are.
      tokenize: (text) => [text],
      processTerm: (term) => term,
    });
    this.index.addAll(this.terms.map((term, id) => ({ id, term })));
  }

  get size(): number {
    return this.terms.length;
  }

  /** Vocabulary terms related to `term` (not including `term` itself). */
  related(term: string, known: boolean): Set<string> {
    const out = new Set<string>();
    const consider = (query: string, opts: { prefix?: boolean; fuzzy?: number }): void => {
      for (const hit of this.index.search(query, { ...opts, combineWith: 'OR' })) {
        const v = this.terms[hit.id as number];
        if (v === undefined || v === term || out.has(v)) continue;
        if (term.length >= 5 && v.startsWith(term) && v.length <= term.length + 5) out.add(v);
        else if (sameRoot(term, v)) out.add(v);
        // a typo keeps its first letter ("cordination"); another word does not ("hoarding" is not "boarding")
        else if (budget > 0 && v.length >= 5 && v[0] === term[0] && typed.some((t) => editDistance(t, v, budget) <= budget)) out.add(v);
      }
    };
    const budget = known ? 0 : fuzzBudget(term);
    // the stem of a misspelt word keeps the final e the papers' stems drop ("chrages" → "chrage",
    // "charges" → "charg"): the word without it too
    const typed = budget > 0 && term.length >= 5 && term.endsWith('e') ? [term, term.slice(0, -1)] : [term];
    if (term.length >= 5) consider(term, { prefix: true });
    if (term.length >= 7) consider(term.slice(0, 7), { prefix: true });
    // minisearch counts a transposition as two edits: ask one more, keep those within the budget
    if (budget > 0) for (const t of typed) consider(t, { fuzzy: budget + 1 });
    return out;
  }
}

/** A shared root of ≥ 7 letters covering ≥ 75% of the shorter word. */
export function sameRoot(a: string, b: string): boolean {
  const min = Math.min(a.length, b.length);
  if (min < 7) return false;
  let i = 0;
  while (i < min && a[i] === b[i]) i++;
  return i >= 7 && i >= 0.75 * min;
}
