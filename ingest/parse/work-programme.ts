/** Work-programme tables: meeting-date rows grouping report titles, summaries, lead officers, authors. */
import type { WorkProgrammeItem } from '../model.ts';
import type { ParseInput } from '../layout/types.ts';

export function parseWorkProgramme(input: ParseInput): WorkProgrammeItem[] {
  void input;
  return [];
}
