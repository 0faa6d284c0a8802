import { describe, expect, it } from 'vitest';
import { findFurniture } from '../../../ingest/layout/furniture.ts';
import { layoutPages } from '../../../ingest/layout/layout.ts';
import { buildLines } from '../../../ingest/layout/lines.ts';
import type { RawPage, TextItem } from '../../../ingest/layout/types.ts';

function item(str: string, x: number, y: number, o: Partial<TextItem> = {}): TextItem {
  const fontSize = o.fontSize ?? 11;
  return { str, x, y, width: str.length * fontSize * 0.5, height: fontSize, fontSize, fontName: 'f1', bold: false, ...o };
}

function page(n: number, items: TextItem[]): RawPage {
  return { page: n, width: 595, height: 842, items, tables: [] };
}

describe('buildLines', () => {
  it('groups items on a baseline left to right, spacing words and splitting cells at wide gaps', () => {
    const lines = buildLines(
      page(1, [
        item('£8,000', 300, 100),
        item('Set up', 60, 100.4),
        item('and design', 60 + 6 * 5.5 + 3, 100),
        item('Next line', 60, 114),
      ]),
    );
    expect(lines.map((l) => l.text)).toEqual(['Set up and design £8,000', 'Next line']);
    expect(lines[0]!.cells.map((c) => c.text)).toEqual(['Set up and design', '£8,000']);
    expect(lines[1]!.cells).toHaveLength(1);
  });

  it('splits adjacent figures of a tight table but not prose or bullets', () => {
    const [row, prose, bullet] = buildLines(
      page(1, [
        item('Theme 2: Social Work Practice', 59, 100, { fontSize: 9, width: 123.4 }),
        item('(4.768)', 59 + 123.4 + 8.4, 100, { fontSize: 9, width: 28.5 }),
        item('836.6', 300, 100, { fontSize: 9, width: 25 }),
        item('1,429,506.8', 300 + 25 + 6, 100, { fontSize: 9, width: 53 }),
        item('Subject: Cabinet reconsideration of Decision', 72, 140, { width: 240 }),
        item('24/00093 - Future of', 72 + 240 + 8, 140, { width: 100 }),
        item('•', 78, 180, { width: 4 }),
        item('1) Approves the use of the fund', 92, 180, { width: 160 }),
      ]),
    );
    expect(row!.cells.map((c) => c.text)).toEqual(['Theme 2: Social Work Practice', '(4.768)', '836.6', '1,429,506.8']);
    expect(prose!.cells).toHaveLength(1);
    expect(bullet!.cells).toHaveLength(1);
    expect(bullet!.text).toBe('• 1) Approves the use of the fund');
  });

  it('keeps a superscript on its line and marks mostly-bold lines bold', () => {
    const lines = buildLines(
      page(1, [item('To: Cabinet – 4', 57, 130, { bold: true }), item('th', 57 + 15 * 5.5, 126, { fontSize: 8 }), item('March 2025', 57 + 15 * 5.5 + 8 + 3, 130, { bold: true })]),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]!.text).toBe('To: Cabinet – 4th March 2025');
    expect(lines[0]!.y).toBe(130);
    expect(lines[0]!.bold).toBe(true);
  });
});

describe('page furniture', () => {
  const body = (n: number, y: number) => item(`Body text of page ${n} line at ${y}`, 57, y);
  const pages = (count: number, extra: (n: number) => TextItem[]) =>
    Array.from({ length: count }, (_, i) => page(i + 1, [...extra(i + 1), body(i + 1, 300), body(i + 1, 320)]));

  it('removes running footers, "Page N of M" and bare page numbers repeated across pages', () => {
    const laid = layoutPages(pages(5, (n) => [item('Adult Social Care Committee – 8 February 2021', 57, 30), item(`Page ${n + 40} of 102`, 250, 815), item(String(n), 290, 800)]));
    for (const p of laid) expect(p.lines.map((l) => l.text)).toEqual([`Body text of page ${p.page} line at 300`, `Body text of page ${p.page} line at 320`]);
  });

  it('keeps a heading that opens only some scattered pages (a report header in a pack)', () => {
    const laid = layoutPages(pages(12, (n) => (n % 4 === 1 ? [item('Report to Cabinet', 57, 40)] : [])));
    expect(laid.filter((p) => p.lines.some((l) => l.text === 'Report to Cabinet')).map((p) => p.page)).toEqual([1, 5, 9]);
  });

  it('keeps a number set just before its text at the top of a page ("35 CAPITAL PROGRAMME", "(3) that …"); drops one that stands apart', () => {
    const laid = layoutPages([
      page(1, [item('35', 72, 60), item('CAPITAL PROGRAMME – REPLACEMENT FIRE APPLIANCES', 108, 60), body(1, 300)]),
      page(2, [item('(3)', 72, 60), item('that the application be refused;', 108, 60), body(2, 300)]),
      page(3, [item('Cabinet – 4 March 2025', 57, 60), item('3', 520, 60), body(3, 300)]),
    ]);
    expect(laid[0]!.lines[0]!.text).toBe('35 CAPITAL PROGRAMME – REPLACEMENT FIRE APPLIANCES');
    expect(laid[1]!.lines[0]!.text).toBe('(3) that the application be refused;');
    expect(laid[2]!.lines[0]!.text).toBe('Cabinet – 4 March 2025');
  });

  it('keeps a minute number at the top of a page ("25/064"): page numbers have no leading zero', () => {
    const laid = layoutPages([page(1, [item('25/064', 72, 40), item('Highways and footpaths', 120, 40), body(1, 300)]), page(2, [item('3/5', 290, 40), body(2, 300)])]);
    expect(laid[0]!.lines.map((l) => l.text)).toContain('25/064 Highways and footpaths');
    expect(laid[1]!.lines.map((l) => l.text)).toEqual(['Body text of page 2 line at 300']);
  });

  it('drops a page stamp sharing a baseline with body text', () => {
    const laid = layoutPages([page(1, [item('longer period of time.', 64, 800), item('Page 2', 500, 800)])]);
    expect(laid[0]!.lines.map((l) => l.text)).toEqual(['longer period of time.']);
  });

  it('needs the repeated line near the same height', () => {
    const lines = [1, 2, 3, 4].map((n) => ({ page: n, height: 842, lines: buildLines(page(n, [item('Confidential draft', 57, n === 2 ? 700 : 30)])) }));
    const found = findFurniture(lines);
    expect([...found.keys()].sort()).toEqual([1, 3, 4]);
  });
});
