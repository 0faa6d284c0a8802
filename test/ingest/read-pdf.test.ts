import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isBoldFontName, readPdf } from '../../ingest/read-pdf.ts';

describe('readPdf', () => {
  it('returns positioned items top-down with bold from the font name, and ruled tables', async () => {
    const { numPages, pages } = await readPdf(new Uint8Array(readFileSync('fixtures/seeds/001_8a304a7deb4eeb63.pdf')));
    expect(numPages).toBe(58);
    expect(pages.map((p) => p.page)).toEqual(Array.from({ length: 58 }, (_, i) => i + 1));
    const first = pages[0]!.items.find((i) => i.str.trim())!;
    expect(first).toMatchObject({ str: 'Adult Social Care and Public Health Committee', bold: true, fontSize: 11 });
    expect(first.y).toBeGreaterThan(30);
    expect(first.y).toBeLessThan(50); // near the top: y grows downwards
    const body = pages[1]!.items.find((i) => i.str.startsWith('The minutes of the meeting'))!;
    expect(body.bold).toBe(false);
    expect(pages[15]!.tables[0]!.slice(0, 2)).toEqual([
      ['Activity', '2020/21', '2021/22', '2022/23', 'Total'],
      ['Set up and design', '£8,000', '£34,000', '', '£42,000'],
    ]);
  });

  it('recognises bold faces by name', () => {
    expect(isBoldFontName('BAAAAA+LiberationSans-Bold')).toBe(true);
    expect(isBoldFontName('ABCDEF+Arial-BoldMT')).toBe(true);
    expect(isBoldFontName('Calibri,Bold')).toBe(true);
    expect(isBoldFontName('DAAAAA+LiberationSans')).toBe(false);
    expect(isBoldFontName('ABCDEF+Arial-ItalicMT')).toBe(false);
  });
});
