/** Ruled tables (pdf-parse getTable, per page) → table drafts, and which text lines they cover. */
import type { LayoutPage, Line } from '../layout/types.ts';
import { type TableDraft, isFigure, looksLikeHeaderRow, norm } from './table-draft.ts';

/** getTable sometimes returns a whole region as one cell of many figures: not a usable table. */
function usable(t: string[][]): boolean {
  if (t.length === 0) return false;
  const cols = Math.max(...t.map((r) => r.length));
  if (cols < 2) return false;
  for (const r of t) {
    for (const c of r) {
      const figures = c.split(/\s+/).filter((w) => isFigure(w)).length;
      if (figures >= 3) return false;
      if (c.split('\n').length > 12) return false;
    }
  }
  return true;
}

function squash(s: string): string {
  return s.replace(/\s+/g, '').toLowerCase();
}

/** Lines of the page whose text lies inside the table's cells (so they are not read again as prose). */
function coveredLines(lines: Line[], table: string[][]): Line[] {
  const hay = squash(table.flat().join(''));
  const fragments = new Set(table.flat().flatMap((c) => c.split('\n').map(squash)).filter((f) => f));
  const words = new Set(table.flat().flatMap((c) => c.toLowerCase().split(/\s+/)).filter((w) => w));
  const hits = lines.filter((l) => {
    const cells = l.cells.length ? l.cells.map((c) => squash(c.text)) : [squash(l.text)];
    if (cells.every((c) => c !== '' && (fragments.has(c) || (c.length >= 4 && hay.includes(c))))) return true;
    const ws = l.text.toLowerCase().split(/\s+/).filter((w) => w);
    return ws.length >= 3 && ws.every((w) => words.has(w));
  });
  // Keep only hits inside the span of strong hits (several cells, or long text).
  const strong = hits.filter((l) => l.cells.length >= 2 || l.text.length >= 25);
  if (strong.length === 0) return [];
  const top = Math.min(...strong.map((l) => l.y)) - 30;
  const bottom = Math.max(...strong.map((l) => l.y)) + 30;
  return hits.filter((l) => l.y >= top && l.y <= bottom);
}

export function ruledTables(page: LayoutPage): { drafts: TableDraft[]; covered: Set<Line> } {
  const covered = new Set<Line>();
  const drafts: TableDraft[] = [];
  for (const t of page.tables) {
    if (!usable(t)) continue;
    const width = Math.max(...t.map((r) => r.length));
    const rows = t.map((r) => Array.from({ length: width }, (_, i) => norm((r[i] ?? '').replace(/<[^>]*>/g, ' '))));
    const lines = coveredLines(page.lines, t);
    for (const l of lines) covered.add(l);
    // Drop empty rows, and running text that leaked into the grid ("Collection fund estimated … | 2.4":
    // a long sentence and a paragraph number).
    for (let k = rows.length - 1; k >= 0; k--) {
      const filled = rows[k]!.filter((c) => c !== '');
      const leaked = filled.length === 2 && filled.some((c) => c.length >= 50 && /^[A-Z]/.test(c)) && filled.some((c) => /^\d{1,2}\.\d{1,2}$/.test(c));
      if (filled.length === 0 || leaked) rows.splice(k, 1);
    }
    const headerRows: string[][] = [];
    // Header rows: leading rows with no figures and short cells, when figures or longer rows follow,
    // or the whole (one-row) table when it is only a header.
    while (headerRows.length < 3 && rows.length > 0 && looksLikeHeaderRow(rows[0]!)) {
      headerRows.push(rows.shift()!);
    }
    if (rows.length > 0 && headerRows.length > 0 && !rows.some((r) => r.some((c) => isFigure(c) || c.length > 45))) {
      // Nothing distinguishes the "header" from the body: leave the table headerless.
      rows.unshift(...headerRows.splice(0));
    }
    const ys = lines.map((l) => l.y);
    let top = ys.length ? Math.min(...ys) : 0;
    if (headerRows.length === 0 && ys.length) {
      // getTable can miss a header row (or the reader drops one-row tables): take the line above
      // when it has one short label per column, skipping up to two section labels in between.
      const above = page.lines.filter((l) => l.y < top - 1 && !covered.has(l)).slice(-3).reverse();
      for (const [k, l] of above.entries()) {
        if (l.cells.length === width && looksLikeHeaderRow(l.cells.map((c) => c.text))) {
          headerRows.push(l.cells.map((c) => norm(c.text)));
          covered.add(l);
          top = l.y;
          break;
        }
        if (k >= 2 || l.cells.length > 1 || l.text.length > 60 || top - l.y > 60) break;
      }
    }
    const above = page.lines.filter((l) => l.y < top - 1 && !covered.has(l)).at(-1);
    drafts.push({
      page: page.page,
      lastPage: page.page,
      headerRows,
      rows: rows.map((cells) => ({ cells, page: page.page })),
      caption: above && top - above.y < 45 ? norm(above.text) : null,
      top,
      bottom: ys.length ? Math.max(...ys) : 0,
      source: 'ruled',
    });
  }
  drafts.sort((a, b) => a.top - b.top);
  return { drafts, covered };
}
