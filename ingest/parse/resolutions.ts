/** Resolutions recorded in minutes (RESOLVED 2021/005 …, 294. … RESOLVED that …, It was resolved …). */
import type { Resolution } from '../model.ts';
import type { ParseInput } from '../layout/types.ts';

export function parseResolutions(input: ParseInput): Resolution[] {
  void input;
  return [];
}
