/**
 * How close together a unit's text holds the question's topic words: a long paragraph of several
 * matters (a minutes paragraph of member updates) can hold every word, each in a different
 * matter.
 */
import type { Unit } from './corpus.ts';
import type { MatchedConcept } from './coverage.ts';
import { terms } from './text.ts';

/** A paragraph longer than this many words can hold a question's words far apart, by chance. */
export const LONG_UNIT_WORDS = 120;
/** …so there its topic words must fall within a stretch this long (about two sentences). */
export const TOPIC_SPAN_WORDS = 60;

/**
 * The shortest stretch of the unit's text, in content words, that holds every required concept
 * the text holds (places aside: they are the paper's, not the sentence's). 0 when fewer than two
 * are held or the text is short. A long minutes paragraph of member updates can hold "rail",
 * "strategy" and "adopted" in three different updates; the answer to "has cabinet adopted the
 * rail strategy?" holds them together.
 */
export function topicSpan(matched: readonly MatchedConcept[], unit: Unit): number {
  const tokens = terms(unit.text);
  if (tokens.length <= LONG_UNIT_WORDS) return 0;
  const lists: number[][] = [];
  for (const m of matched) {
    if (!m.concept.required || m.concept.place) continue;
    const heads = m.alternatives.filter((alt) => alt.length > 0).map((alt) => alt[0]!);
    const at: number[] = [];
    tokens.forEach((t, i) => {
      if (heads.some((set) => set.has(t))) at.push(i);
    });
    if (at.length > 0) lists.push(at);
  }
  if (lists.length < 2) return 0;
  // smallest window holding one position of every list (merge, then slide)
  const events = lists.flatMap((at, k) => at.map((i) => [i, k] as const)).sort((a, b) => a[0] - b[0]);
  const seen = new Map<number, number>();
  let best = Infinity;
  let lo = 0;
  for (let hi = 0; hi < events.length; hi++) {
    const [, k] = events[hi]!;
    seen.set(k, (seen.get(k) ?? 0) + 1);
    while (seen.size === lists.length) {
      best = Math.min(best, events[hi]![0] - events[lo]![0] + 1);
      const [, kl] = events[lo]!;
      const n = seen.get(kl)! - 1;
      if (n === 0) seen.delete(kl);
      else seen.set(kl, n);
      lo += 1;
    }
  }
  return best === Infinity ? 0 : best;
}
