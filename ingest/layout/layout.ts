/** RawPage[] → LayoutPage[]: lines in reading order with page furniture removed. */
import { findFurniture, isPageNumberText, PAGE_STAMP } from './furniture.ts';
import { buildLines } from './lines.ts';
import type { LayoutPage, Line, RawPage } from './types.ts';

const BAND = 0.12;

/** A body line sharing its baseline with a page stamp ("… period of time. | Page 2"): drop the stamp cell. */
function stripStampCell(line: Line, height: number): Line {
  if (line.cells.length < 2) return line;
  const inBand = line.y <= height * BAND || line.y >= height * (1 - BAND);
  const keep = line.cells.filter((c) => !(inBand ? isPageNumberText(c.text) : PAGE_STAMP.test(c.text.trim())));
  if (keep.length === line.cells.length || keep.length === 0) return line;
  return { ...line, cells: keep, x: keep[0]!.x, xEnd: keep[keep.length - 1]!.xEnd, text: keep.map((c) => c.text).join(' ') };
}

export function layoutPages(raw: RawPage[]): LayoutPage[] {
  const withLines = raw.map((p) => ({
    page: p.page,
    width: p.width,
    height: p.height,
    lines: buildLines(p).map((l) => stripStampCell(l, p.height)),
    tables: p.tables,
  }));
  const furniture = findFurniture(withLines);
  return withLines.map((p) => {
    const drop = furniture.get(p.page);
    const isFurniture = (l: Line) => drop?.has(l) === true || PAGE_STAMP.test(l.text.trim());
    return { ...p, lines: p.lines.filter((l) => !isFurniture(l)), furniture: p.lines.filter(isFurniture) };
  });
}
