/** Every £ figure in prose and tables, as printed and as a number of pounds. */
import type { Amount } from '../model.ts';
import type { ParseInput } from '../layout/types.ts';

export function parseAmounts(input: ParseInput): Amount[] {
  void input;
  return [];
}
