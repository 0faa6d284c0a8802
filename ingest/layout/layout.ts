/** RawPage[] → LayoutPage[]: lines in reading order with page furniture removed. */
import { findFurniture } from './furniture.ts';
import { buildLines } from './lines.ts';
import type { LayoutPage, RawPage } from './types.ts';

export function layoutPages(raw: RawPage[]): LayoutPage[] {
  const withLines = raw.map((p) => ({ page: p.page, width: p.width, height: p.height, lines: buildLines(p), tables: p.tables }));
  const furniture = findFurniture(withLines);
  return withLines.map((p) => {
    const drop = furniture.get(p.page);
    return { ...p, lines: drop ? p.lines.filter((l) => !drop.has(l)) : p.lines };
  });
}
