/**
 * Page furniture: running headers/footers and page numbers. A line near the top or bottom of a
 * page is furniture when the same text (digits ignored, so "Page 3 of 12" ≡ "Page 4 of 12")
 * recurs at a similar height on a dense run of pages. Headings that open each report of a pack
 * recur too, but only on a few scattered pages, so density is what tells them apart.
 */
import type { Line } from './types.ts';

/** Share of the page height, from the top or the bottom, where furniture lives. */
const BAND = 0.12;
/** How many lines from each end of a page are candidates. */
const EDGE_LINES = 4;
const Y_TOLERANCE = 8;

export interface PageLines {
  page: number;
  height: number;
  lines: Line[];
}

export function furnitureKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\d+/g, '#')
    .replace(/[^a-z#]+/g, ' ')
    .trim();
}

/**
 * A bare page number or "Page N (of M)" / "- N -": furniture wherever it sits in the band. Page
 * numbers have no leading zero: "25/064" is a minute number at the top of a page.
 */
const PAGE_NUMBER = /^(?:page\s*)?[-–(]?\s*[1-9]\d{0,3}\s*[-–)]?(?:\s*(?:of|\/)\s*[1-9]\d{0,3})?$/i;

function candidates(p: PageLines): Line[] {
  const top = p.lines.slice(0, EDGE_LINES).filter((l) => l.y <= p.height * BAND);
  const bottom = p.lines.slice(-EDGE_LINES).filter((l) => l.y >= p.height * (1 - BAND));
  return [...new Set([...top, ...bottom])];
}

/** "Page 41 of 102": a page stamp wherever it sits (a bare number only counts in the band). */
export const PAGE_STAMP = /^page\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

export function isPageNumberText(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/** Returns, per page, the set of lines judged to be furniture. */
export function findFurniture(pages: PageLines[]): Map<number, Set<Line>> {
  const out = new Map<number, Set<Line>>();
  const mark = (page: number, l: Line) => {
    const s = out.get(page) ?? new Set<Line>();
    s.add(l);
    out.set(page, s);
  };
  const byKey = new Map<string, { page: number; line: Line }[]>();
  for (const p of pages) {
    for (const l of candidates(p)) {
      if (PAGE_NUMBER.test(l.text.trim())) {
        mark(p.page, l);
        continue;
      }
      const k = furnitureKey(l.text);
      if (!k) {
        mark(p.page, l);
        continue;
      }
      const list = byKey.get(k) ?? [];
      list.push({ page: p.page, line: l });
      byKey.set(k, list);
    }
  }
  for (const occ of byKey.values()) {
    if (occ.length < 2) continue;
    // Keep the occurrences at the usual height.
    const ys = occ.map((o) => o.line.y).sort((a, b) => a - b);
    const median = ys[Math.floor(ys.length / 2)]!;
    const near = occ.filter((o) => Math.abs(o.line.y - median) <= Y_TOLERANCE);
    const pageSet = [...new Set(near.map((o) => o.page))].sort((a, b) => a - b);
    if (pageSet.length < 2) continue;
    const span = pageSet[pageSet.length - 1]! - pageSet[0]! + 1;
    const density = pageSet.length / span;
    const adjacent = pageSet.some((pg, i) => i > 0 && pg - pageSet[i - 1]! <= 2);
    const enough = pageSet.length >= 3 || (pages.length <= 3 && pageSet.length >= 2);
    if (enough && adjacent && density >= 0.45) for (const o of near) mark(o.page, o.line);
  }
  return out;
}
