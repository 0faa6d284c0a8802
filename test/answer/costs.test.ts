import { describe, expect, it } from 'vitest';
import { summariseCosts } from '../../src/answer/costs.ts';
import type { AmountRow, PostRow } from '../../src/store/facts.ts';

let nextId = 1;
function amount(o: Partial<AmountRow> & { value: number }): AmountRow {
  return {
    id: nextId++, partId: 1, text: `£${o.value}`, kind: 'cost', period: null, fundingSource: null, subject: null,
    page: 5, paragraph: null, context: `£${o.value}`, tableJson: null, ...o,
  };
}

/** A £000 table: rows Staffing, Equipment, Total; columns 2021/22, 2022/23, Total. */
function table(): AmountRow[] {
  const rows: Array<[string, number[]]> = [
    ['Staffing', [100_000, 120_000, 220_000]],
    ['Equipment', [30_000, 10_000, 40_000]],
    ['Total', [130_000, 130_000, 260_000]],
  ];
  const cols = ['2021/22', '2022/23', 'Total'];
  return rows.flatMap(([label, values], row) =>
    values.map((value, c) =>
      amount({
        value, subject: label, period: cols[c] === 'Total' ? null : cols[c]!, context: `${label} ${values.join(' ')}`,
        tableJson: JSON.stringify({ table: 0, row, column: c + 1, rowHeader: label, columnHeader: cols[c], isTotal: label === 'Total' || cols[c] === 'Total' }),
      }),
    ),
  );
}

describe('summariseCosts', () => {
  it('never adds a total row or column to its parts: grand total 260,000, per year from the total row', () => {
    const r = summariseCosts('pilot', table(), []);
    expect(r.summary.total).toBe(260_000); // not 780,000 (all cells) nor 520,000 (rows + total row)
    expect(r.summary.byYear).toEqual([
      { period: '2021/22', value: 130_000 },
      { period: '2022/23', value: 130_000 },
    ]);
    expect(r.cited[0]!.role).toBe('total');
    expect(r.cited[0]!.amount.value).toBe(260_000);
  });

  it('without a total row, adds the detail rows per year and the years for the total', () => {
    const noTotals = table().filter((a) => !JSON.parse(a.tableJson!).isTotal);
    const r = summariseCosts('pilot', noTotals, []);
    expect(r.summary.byYear).toEqual([
      { period: '2021/22', value: 130_000 },
      { period: '2022/23', value: 130_000 },
    ]);
    expect(r.summary.total).toBe(260_000);
  });

  it('counts a figure stated in several places once, and prefers a stated total in prose', () => {
    const r = summariseCosts('LAC', [
      amount({ value: 350_820, context: 'The total cost of developing Local Area Coordination is £350,820.', text: '£350,820', page: 17 }),
      amount({ value: 350_820, context: 'As seen below the cost of developing Local Area Coordination is £350,820.', text: '£350,820', page: 15 }),
      amount({ value: 175_410, period: '2021/22', context: 'In 2021/22 the cost is £175,410.', text: '£175,410' }),
      amount({ value: 175_410, period: '2022/23', context: 'In 2022/23 the cost is £175,410.', text: '£175,410' }),
    ], []);
    expect(r.summary.total).toBe(350_820);
    expect(r.summary.byYear.map((y) => y.value)).toEqual([175_410, 175_410]);
    expect(r.cited.filter((c) => c.amount.value === 350_820)).toHaveLength(1);
  });

  it('never sums separate prose figures into a total; reports funding sources and posts once', () => {
    const posts: PostRow[] = [
      { id: 1, partId: 1, title: 'Project Officer', fte: 1, grade: 'Band B', kind: 'temporary', until: '2022-03-31', team: null, cost: 45_000, action: 'establish', page: 6, paragraph: '12', text: 'x' },
      { id: 2, partId: 1, title: 'Project Officer', fte: 1, grade: 'Band B', kind: 'temporary', until: '2022-03-31', team: null, cost: 45_000, action: 'establish', page: 9, paragraph: '30', text: 'x' },
      { id: 4, partId: 1, title: 'Project Officers', fte: 1, grade: 'band B', kind: 'temporary', until: null, team: null, cost: null, action: null, page: 7, paragraph: '14', text: 'x' },
      { id: 3, partId: 1, title: 'Social Worker', fte: 0.5, grade: 'Band B', kind: 'permanent', until: null, team: null, cost: null, action: 'establish', page: 6, paragraph: '13', text: 'x' },
    ];
    const r = summariseCosts('digital', [
      amount({ value: 62_000, fundingSource: 'Public Health Grant', context: 'Tablet devices will cost £62,000.' }),
      amount({ value: 29_500, fundingSource: 'public health grant', context: 'Connectivity costs £29,500.' }),
      amount({ value: 12, kind: 'rate', context: '£12 per hour' }),
    ], posts);
    expect(r.summary.total).toBeNull();
    expect(r.cited.map((c) => c.amount.value)).toEqual([62_000, 29_500]);
    // two statements about one fund are not added together: the most relevant one is shown
    expect(r.summary.fundingSources).toEqual([{ source: 'Public Health Grant', value: 62_000 }]);
    expect(r.summary.posts.map((p) => p.title)).toEqual(['Project Officer', 'Social Worker']);
    expect(r.summary.totalFte).toBe(1.5);
  });

  it('a one-column table with a total row: the total row is the stated total', () => {
    const rows = [['Tablets', 62_000], ['Connectivity', 29_500], ['Total Cost', 91_500]] as const;
    const r = summariseCosts('digital', rows.map(([label, value], row) => amount({
      value, subject: label, context: `${label} | £${value}`,
      tableJson: JSON.stringify({ table: 0, row, column: 1, rowHeader: label, columnHeader: 'Cost', isTotal: label === 'Total Cost' }),
    })), []);
    expect(r.summary.total).toBe(91_500);
    expect(r.cited[0]!.role).toBe('total');
  });
});
