/** Every £ figure in prose and tables, as printed and as a number of pounds. */
import type { Amount } from '../model.ts';
import type { ParseInput } from '../layout/types.ts';
import { proseAmounts } from './amount-prose.ts';
import { tableAmounts } from './amount-table.ts';

function digits(s: string): string {
  return s.replace(/[^\d.]/g, '');
}

/** The prose is the table row read as text: most of the row's cells occur in it. */
function isRowText(rowContext: string, prose: string): boolean {
  const cells = rowContext.split(' | ').filter((c) => c.trim().length >= 3);
  const inside = cells.filter((c) => new RegExp(`(?<![\\w.,])${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w,])`).test(prose)).length;
  return cells.length >= 2 && inside >= Math.max(2, Math.ceil(cells.length * 0.75));
}

/**
 * Table figures first; a prose figure is dropped when it is a table row read again as text
 * (same page, same printed number, and the text carries most of the row's cells).
 */
export function parseAmounts(input: ParseInput): Amount[] {
  const fromTables = tableAmounts(input.tables, input.paragraphs);
  const fromProse = proseAmounts(input.paragraphs, input.lines).filter(
    (a) =>
      !fromTables.some(
        (t) =>
          Math.abs(t.page - a.page) <= 1 &&
          digits(t.text) === digits(a.text) &&
          isRowText(t.context, a.context),
      ),
  );
  return [...fromProse, ...fromTables].sort((x, y) => x.page - y.page);
}
