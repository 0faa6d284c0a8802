/** RawPage[] → LayoutPage[]: lines in reading order with page furniture removed. */
import { findFurniture, isPageNumberText, PAGE_STAMP } from './furniture.ts';
import { buildLines } from './lines.ts';
import type { LayoutPage, Line, RawPage } from './types.ts';

const BAND = 0.12;
/** Points between a minute's number and its title on one line (a page number sits further off). */
const MINUTE_NUMBER_GAP = 60;

/** A body line sharing its baseline with a page stamp ("… period of time. | Page 2"): drop the stamp cell. */
function stripStampCell(line: Line, height: number): Line {
  if (line.cells.length < 2) return line;
  const inBand = line.y <= height * BAND || line.y >= height * (1 - BAND);
  // (a number just before its text, "35 | CAPITAL PROGRAMME – …" or "(3) | that the application …"
  // at the top of a page, is a minute's number or an item's label: a page number stands apart)
  const minuteNumber = (i: number) => i === 0 && line.cells.length > 1 && line.cells[1]!.x - line.cells[0]!.xEnd < MINUTE_NUMBER_GAP;
  const keep = line.cells.filter((c, i) => !(inBand ? isPageNumberText(c.text) && !minuteNumber(i) : PAGE_STAMP.test(c.text.trim())));
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
