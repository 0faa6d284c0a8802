/**
 * Recommendations set as a table: a label column, the item, and a cross-reference column
 * ("2.1 | Note the forecast revenue overspend | Please refer to Section 3"). The rows are turned
 * back into ordinary labelled lines so the item reader can take them: the cross-reference cells
 * are dropped, and an item whose text is vertically centred around its label (text line, label
 * row, text line) is put back together.
 */
import type { Line } from '../layout/types.ts';

/** A cell that only points elsewhere: "Please refer to Section 3", "See paragraph 4.2", "Appendix 3". */
const XREF = /^(?:(?:please\s+)?(?:refer\s+to|see)\b.*|(?:sections?|paragraphs?|paras?\.?|appendix|appendices)\s+[\dA-Z][\w.]*(?:\s*(?:,|and|&)\s*[\dA-Z][\w.]*)*\.?)$/i;
/** A cell that is only an item label: "2.1", "1.", "a)", "(iii)". */
const LABEL_ONLY = /^(?:\d{1,3}(?:\.\d{1,2})*\.?|\(?[a-z]{1,4}\)|\(?\d{1,2}\)|[A-Z]\.)$/i;

export interface Flattened {
  lines: Line[];
  /** For each output line, the index of the last input line it was made from. */
  source: number[];
}

function withText(line: Line, cells: Line['cells']): Line {
  const text = cells.map((c) => c.text.trim()).join(' ');
  return { ...line, text, x: cells[0]!.x, xEnd: cells[cells.length - 1]!.xEnd, cells: [{ x: cells[0]!.x, xEnd: cells[cells.length - 1]!.xEnd, text }] };
}

/** Table rows of labelled items as plain labelled lines; other lines unchanged. */
export function flattenItemTable(input: readonly Line[]): Flattened {
  const lines: Line[] = [];
  const source: number[] = [];
  const used = new Set<number>();
  for (let i = 0; i < input.length; i++) {
    if (used.has(i)) continue;
    const line = input[i]!;
    const cells = line.cells.filter((c) => c.text.trim() !== '');
    const kept = cells.length >= 2 ? cells.filter((c, k) => k === 0 || !XREF.test(c.text.trim())) : cells;
    const labelOnly = kept.length === 1 && cells.length >= 2 && LABEL_ONLY.test(kept[0]!.text.trim());
    if (labelOnly) {
      // The item's text sits on lines just above and below the label row, right of the label.
      const label = kept[0]!;
      const near = (l: Line | undefined): l is Line => !!l && l.page === line.page && l.cells.length === 1 && l.x > label.xEnd && Math.abs(l.y - line.y) < l.fontSize * 1.6;
      const prev = lines[lines.length - 1];
      const prevIdx = source[source.length - 1];
      const above = near(prev) && prevIdx !== undefined && !used.has(prevIdx) && !LABEL_ONLY.test(prev.text.split(/\s+/)[0] ?? '') ? prev : null;
      const belowLines: Line[] = [];
      for (let j = i + 1; j < input.length && belowLines.length < 3; j++) {
        const l = input[j]!;
        const ref = belowLines[belowLines.length - 1] ?? line;
        if (!near(l) || l.y - ref.y > l.fontSize * 1.8 || (above && Math.abs(l.x - above.x) > 3)) break;
        belowLines.push(l);
        used.add(j);
      }
      if (above || belowLines.length > 0) {
        if (above) {
          lines.pop();
          source.pop();
        }
        const parts = [above, ...belowLines].filter((l): l is Line => l !== null);
        const textCells = [label, ...parts.map((p) => ({ x: p.x, xEnd: p.xEnd, text: p.text.trim() }))];
        lines.push(withText(line, textCells));
        source.push(Math.max(i, ...[...used].filter((u) => u > i)));
        continue;
      }
    }
    lines.push(kept.length !== cells.length && kept.length > 0 ? withText(line, kept) : line);
    source.push(i);
  }
  return { lines, source };
}
