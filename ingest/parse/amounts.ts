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

/** The prose is the row's words around the figure, run together (a table read as lines of text). */
function isRowWords(rowContext: string, prose: string, figure: string): boolean {
  const words = (s: string) => s.toLowerCase().split(/[^a-z0-9£,.]+/).filter((w) => w.length >= 3);
  const row = words(rowContext.replace(figure, ''));
  const mine = new Set(words(prose));
  const inside = row.filter((w) => mine.has(w)).length;
  return row.length >= 2 && inside >= row.length * 0.6 && prose.length <= rowContext.length * 1.5 + 20;
}

/** The figure is a cell of its own in a " | "-joined run of table cells inside the paragraph. */
function inCellRun(prose: string, figure: string): boolean {
  if (!prose.includes(' | ')) return false;
  return prose.split(/ \| |\n/).some((cell) => cell.includes(figure) && cell.trim().length <= figure.length + 4);
}

/**
 * Table figures first; a prose figure is dropped when it is a table row read again as text
 * (same page, same printed number, and the text carries most of the row's cells).
 */
export function parseAmounts(input: ParseInput): Amount[] {
  const fromTables = tableAmounts(input.tables, input.paragraphs, input.meta.title);
  const fromProse = proseAmounts(input.paragraphs, input.lines).filter(
    (a) =>
      !fromTables.some(
        (t) =>
          Math.abs(t.page - a.page) <= 1 &&
          digits(t.text) === digits(a.text) &&
          (isRowText(t.context, a.context) ||
            isRowWords(t.context, a.context, t.text) ||
            inCellRun(a.context, a.text) ||
            a.context.replace(/\s+/g, ' ').length < 40),
      ),
  );
  return [...fromProse, ...fromTables].sort((x, y) => x.page - y.page);
}
