import { describe, expect, it } from 'vitest';
import { parseTables } from '../../../ingest/parse/tables.ts';
import { factsOf } from '../../helpers/h4-facts.ts';
import { line, page } from '../../helpers/h4-lines.ts';

describe('parseTables on hand-placed lines', () => {
  it('rebuilds an aligned-text table with a two-line header, a wrapped label and a total row', () => {
    const pages = [
      page(1, [
        line(1, 100, [[60, 'Savings programme (£m)']]),
        line(1, 120, [[60, 'Scheme'], [300, '2024/25'], [380, '2025/26']], true),
        line(1, 132, [[300, '£m'], [380, '£m']], true),
        line(1, 150, [[60, 'Day services'], [300, '(1.200)'], [380, '(0.500)']]),
        line(1, 165, [[60, 'Reablement and'], [300, '(0.374)'], [380, '0.000']]),
        line(1, 177, [[60, 'short breaks']]),
        line(1, 192, [[60, 'Total'], [300, '(1.574)'], [380, '(0.500)']]),
      ]),
    ];
    const [t] = parseTables(pages);
    expect(t).toBeDefined();
    expect(t!.header).toEqual(['Scheme', '2024/25 £m', '2025/26 £m']);
    expect(t!.unit).toBe('£m');
    expect(t!.rows.map((r) => r.cells[0])).toEqual(['Day services', 'Reablement and short breaks', 'Total']);
    expect(t!.rows.map((r) => r.isTotal)).toEqual([false, false, true]);
  });

  it('merges a ruled table that runs onto the next page under a repeated header', () => {
    const header = ['Job Title', 'Grade', 'FTE', 'Total Cost £'];
    const pages = [
      page(1, [line(1, 700, [[60, 'Job Title'], [250, 'Grade'], [330, 'FTE'], [420, 'Total Cost £']]), line(1, 715, [[60, 'Social Worker'], [250, 'Band B'], [330, '3'], [420, '74,863']])], [[header, ['Social Worker', 'Band B', '3', '74,863']]]),
      page(2, [line(2, 40, [[60, 'Job Title'], [250, 'Grade'], [330, 'FTE'], [420, 'Total Cost £']]), line(2, 55, [[60, 'Team Manager'], [250, 'Band D'], [330, '1'], [420, '31,043']]), line(2, 70, [[60, 'TOTAL'], [420, '105,906']])], [[header, ['Team Manager', 'Band D', '1', '31,043'], ['TOTAL', '', '', '105,906']]]),
    ];
    const tables = parseTables(pages);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.page).toBe(1);
    expect(tables[0]!.lastPage).toBe(2);
    expect(tables[0]!.rows.map((r) => [r.cells[0], r.page, r.isTotal])).toEqual([
      ['Social Worker', 1, false],
      ['Team Manager', 2, false],
      ['TOTAL', 2, true],
    ]);
    expect(tables[0]!.unit).toBe('£');
  });

  it('marks a Total column only when it sums the columns to its left', () => {
    const header = ['Activity', '2021/22', '2022/23', 'Total'];
    const pages = [page(1, [], [[header, ['Set up', '£8,000', '£34,000', '£42,000'], ['Equipment', '£3,000', '£3,000', '£6,000']]])];
    expect(parseTables(pages)[0]!.totalColumns).toEqual([3]);
    const costs = [['Job Title', 'Grade', 'FTE', 'Total Cost £'], ['Social Worker', 'Band B', '3', '74,863']];
    expect(parseTables([page(1, [], [costs])])[0]!.totalColumns).toEqual([]);
  });
});

describe('parseTables on the fixture papers (real pipeline)', () => {
  it('002: the appendix table runs from page 13 to 14 with its Sub Total rows marked', async () => {
    const { tables } = await factsOf('fixtures/seeds/002_8cad5fda5e9200ab.pdf');
    const appendix = tables.find((t) => t.page === 13 && t.header.includes('Permanent/ Temporary'));
    expect(appendix).toBeDefined();
    expect(appendix!.lastPage).toBe(14);
    expect(appendix!.header).toEqual(['Job Title', 'Grade/ Band', 'Full Time Equivalent', 'Permanent/ Temporary', 'Team', 'Total Cost']);
    const subTotals = appendix!.rows.filter((r) => r.isTotal).map((r) => r.cells[5]);
    expect(subTotals).toEqual(['£1,070,234', '£311,949', '£46,331', '£262,816', '£188,177', '£424,150', '£369,649']);
    // The TOTAL row left at the top of page 6 joins its table from page 5.
    const p5 = tables.find((t) => t.page === 5)!;
    expect(p5.lastPage).toBe(6);
    expect(p5.rows.at(-1)!.cells.at(-1)).toBe('311,949');
  });

  it('004: £m savings tables with a cumulative total column and an unlabelled total row', async () => {
    const { tables } = await factsOf('fixtures/seeds/004_e69ee31119ed174e.pdf');
    const mtfp = tables.filter((t) => t.unit === '£m');
    expect(mtfp.length).toBe(2);
    for (const t of mtfp) {
      expect(t.totalColumns).toEqual([5]);
      expect(t.rows.at(-1)!.isTotal).toBe(true);
      expect(t.rows.at(-1)!.cells.at(-1)).toBe('(24.898)');
    }
    const pounds = tables.find((t) => t.header[0] === 'Adult Social Care Savings')!;
    expect(pounds.unit).toBe('£');
    expect(pounds.rows.filter((r) => r.isTotal).map((r) => r.cells[0])).toEqual(['Existing Programme Total', 'Duties & Powers Total', 'Overall Adults Programme Total']);
  });

  it('Kent Appendix A: aligned-text £000s table with a Funded By section', async () => {
    const { tables } = await factsOf('fixtures/kent/2025-01-30_Appendix_A_Capital_Investment_Summary.pdf');
    const first = tables.find((t) => t.page === 1)!;
    expect(first.unit).toBe('£000');
    const labels = first.rows.map((r) => r.cells.find((c) => /[a-z]/i.test(c)));
    expect(labels).toContain('Funded By:');
    expect(first.rows.filter((r) => r.isTotal).map((r) => r.cells.find((c) => /[a-z]/i.test(c)))).toEqual(['Total Cash Limit', 'Total Finance']);
  });
});
