import { describe, expect, it } from 'vitest';
import { buildLines } from '../../../ingest/layout/lines.ts';
import type { RawPage, TextItem } from '../../../ingest/layout/types.ts';

/** An item whose width is 5.5pt per character (11pt text). */
function item(str: string, x: number, y: number, o: Partial<TextItem> = {}): TextItem {
  return { str, x, y, width: str.length * 5.5, height: 11, fontSize: 11, fontName: 'f1', bold: false, ...o };
}
function page(items: TextItem[]): RawPage {
  return { page: 1, width: 595, height: 842, items, tables: [] };
}

describe('justified prose', () => {
  it('joins a stretched space split back into one cell when the lines around run across it', () => {
    // Shaped like Kent's 4 March 2025 budget report, para 3.2: "…or a   3.0% real-terms increase…".
    const lines = buildLines(
      page([
        item('The Public Health Grant announcement includes an average cash increase in', 57, 437),
        item('the national settlement, or a', 57, 451),
        item('3.0% real-terms increase, compared to 2024-25.', 57 + 29 * 5.5 + 7, 451),
        item('allocations for 2025-26 include a recurrent uplift for the additional pay', 57, 465),
      ]),
    );
    expect(lines[1]!.cells.map((c) => c.text)).toEqual(['the national settlement, or a 3.0% real-terms increase, compared to 2024-25.']);
  });

  it('keeps a split whose edge lines up with a column elsewhere on the page', () => {
    const lines = buildLines(
      page([
        item('Business rates top up grant', 57, 680),
        item('149,107.7', 226, 680),
        item('A wide prose line that runs right across the figures column', 57, 694),
        item('Another row', 57, 708),
        item('52,795.4', 226, 708),
      ]),
    );
    expect(lines[0]!.cells.map((c) => c.text)).toEqual(['Business rates top up grant', '149,107.7']);
  });

  it('keeps a paragraph number and a one-word answer in their own cells', () => {
    const lines = buildLines(
      page([
        item('3.1', 57, 100),
        item('The report taken to County Council on 13th February including an', 93, 100),
        item('increase in the Public Health grant in 2025-26 of £1,048.9k, to a total', 57, 114),
        item('Are there negative impacts for age?', 57, 200),
        item('no', 57 + 35 * 5.5 + 20, 200),
        item('A long explanation that wraps right across the whole width of the page', 57, 214),
      ]),
    );
    expect(lines[0]!.cells.map((c) => c.text)).toEqual(['3.1', 'The report taken to County Council on 13th February including an']);
    expect(lines[2]!.cells.map((c) => c.text)).toEqual(['Are there negative impacts for age?', 'no']);
  });
});

describe('two-column pages', () => {
  const left = [
    'The council has agreed a new strategy',
    'for the county which sets out how the',
    'services will be delivered over the next',
    'three years, with a focus on prevention',
    'and early help for families in need. It',
    'was agreed at the meeting in January.',
  ];
  const right = [
    'Partners across the health system have',
    'committed to share data and to pool some',
    'budgets where this improves outcomes for',
    'residents, starting with the hospital',
    'discharge pathway in the coming year, and',
    'then with care at home for older people.',
  ];

  it('reads side-by-side text column by column under a full-width heading', () => {
    const items: TextItem[] = [item('Our priorities for the next three years and how we will deliver them together', 57, 80)];
    left.forEach((t, i) => items.push(item(t, 57, 100 + i * 14, { width: 220 })));
    right.forEach((t, i) => items.push(item(t, 310, 100 + i * 14, { width: 225 })));
    const lines = buildLines(page(items));
    expect(lines.map((l) => l.text)).toEqual(['Our priorities for the next three years and how we will deliver them together', ...left, ...right]);
    expect(lines.every((l) => l.cells.length === 1)).toBe(true);
  });

  it('leaves a two-column table (a narrow label column beside a wide one) row by row', () => {
    const items: TextItem[] = [];
    left.forEach((t, i) => items.push(item(t.slice(0, 18), 57, 100 + i * 14, { width: 100 })));
    right.forEach((t, i) => items.push(item(t, 250, 100 + i * 14, { width: 300 })));
    const lines = buildLines(page(items));
    expect(lines).toHaveLength(6);
    expect(lines.every((l) => l.cells.length === 2)).toBe(true);
  });
});
