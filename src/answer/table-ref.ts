/**
 * Where a stored figure stands in its table (`amounts.table_json`): read in one place for the
 * cost summary, the words a table cell is about (corpus.ts) and a total asked for (signals.ts).
 */

/** A figure's cell: its table, row and column, their headings, and whether it is a total. */
export interface TableRefLite {
  table: number;
  row: number;
  column: number;
  rowHeader: string | null;
  columnHeader: string | null;
  isTotal: boolean;
}

/** The cell a figure stands in, or null for a figure in prose (or a reference that cannot be read). */
export function tableRefOf(tableJson: string | null | undefined): TableRefLite | null {
  if (!tableJson) return null;
  try {
    return JSON.parse(tableJson) as TableRefLite;
  } catch {
    return null;
  }
}
