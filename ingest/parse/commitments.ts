/** Promises with a time ("receive a follow up report in six months"), resolved against the meeting date. */
import type { Commitment, Recommendation, Resolution } from '../model.ts';
import type { ParseInput } from '../layout/types.ts';

export function parseCommitments(
  input: ParseInput,
  recommendations: Recommendation[],
  resolutions: Resolution[],
): Commitment[] {
  void input;
  void recommendations;
  void resolutions;
  return [];
}
