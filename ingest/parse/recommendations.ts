/** Recommendations of a report (RECOMMENDATION/S, Recommendation(s):, Decision(s) recommended). */
import type { Recommendation } from '../model.ts';
import type { ParseInput } from '../layout/types.ts';

export function parseRecommendations(input: ParseInput): Recommendation[] {
  void input;
  return [];
}
