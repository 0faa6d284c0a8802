/** Acronym definitions stated in a part: 'Local Area Coordination (LAC)', 'LAC (Local Area Coordination)', glossaries. */
import type { Acronym } from '../model.ts';
import type { ParseInput } from '../layout/types.ts';

export function parseAcronyms(input: ParseInput): Acronym[] {
  void input;
  return [];
}
