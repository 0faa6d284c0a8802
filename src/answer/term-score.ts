/**
 * The per-candidate term score that orders candidates beside coverage (rank.ts `fuzzy`): a
 * BM25 over the question's words as asked (and an abbreviation's long form), text field boost 2
 * and the paper's title boost 1, other vocabulary forms of a word (same root, typo corrections)
 * at minisearch's prefix / fuzzy weights. Its statistics (document frequencies, mean length) are
 * the snapshot's — the caller's audience only — so exempt parts never weigh in a public score.
 */
import type { Snapshot, Unit } from './corpus.ts';
import type { MatchedConcept } from './coverage.ts';

/** Typical length of a paper title in stemmed words (the title field's length norm). */
const TITLE_LENGTH = 7;

/** BM25-style score of a candidate for the question's concepts, from the snapshot's statistics. */
export function termScores(units: readonly Unit[], matched: readonly MatchedConcept[], snap: Snapshot): Map<string, number> {
  const n = Math.max(1, snap.unitCount);
  const k1 = 1.2;
  const b = 0.7;
  const idf = (t: string): number => {
    const df = snap.vocab.get(t) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };
  const out = new Map<string, number>();
  for (const u of units) {
    const len = u.counts ? [...u.counts.values()].reduce((s, x) => s + x, 0) : u.tokens.size;
    const norm = k1 * (1 - b + (b * len) / snap.avgLength);
    const title = snap.partTokens.get(u.part.id) ?? new Set<string>();
    let total = 0;
    for (const m of matched) {
      let best = 0;
      m.concept.alternatives.forEach((alt, i) => {
        // the words as asked (and an abbreviation's long form), not synonyms: these order
        // candidates, coverage (rank.ts) already credits a synonym
        if (i > 0 && !m.concept.acronym) return;
        const sets = m.alternatives[i] ?? [];
        let sum = 0;
        alt.forEach((term, j) => {
          // like minisearch: the text field (boost 2) and the title field (boost 1) both count
          let inText = 0;
          let inTitle = 0;
          const forms = new Set([term, ...(sets[j] ?? [])]);
          // every form found counts (as minisearch sums its prefix and fuzzy expansions), other
          // forms at minisearch's prefix / fuzzy weights
          for (const t of forms) {
            const near = t === term ? 1 : t.startsWith(term) ? 0.375 : 0.45;
            // the unit's own words only (an amount's paragraph words count for coverage, not here)
            const tf = u.counts ? u.counts.get(t) ?? 0 : u.tokens.has(t) ? 1 : 0;
            if (tf > 0) {
              inText += 2 * near * idf(t) * ((tf * (k1 + 1)) / (tf + norm));
            }
            if (title.has(t)) inTitle += near * idf(t) * ((k1 + 1) / (1 + k1 * (1 - b + (b * title.size) / TITLE_LENGTH)));
          }
          sum += inText + inTitle;
        });
        best = Math.max(best, alt.length > 0 ? sum : 0);
      });
      total += best;
    }
    if (total > 0) out.set(u.key, total);
  }
  return out;
}
