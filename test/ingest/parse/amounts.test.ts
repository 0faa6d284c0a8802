import { describe, expect, it } from 'vitest';
import type { Table } from '../../../ingest/model.ts';
import { parseAmounts } from '../../../ingest/parse/amounts.ts';
import { factsOf } from '../../helpers/h4-facts.ts';
import { input, para } from '../../helpers/h4-lines.ts';

describe('parseAmounts in prose', () => {
  it('gives each figure the year stated straight after it ("£2.466 million for 2024/25 and £4.51 million for 2025/26")', () => {
    const amounts = parseAmounts(
      input({ paragraphs: [para(2, '2.12', 'The savings from this programme of work amounts to £2.466 million for 2024/25 and £4.51 million for 2025/26 in respect of Adult Social Care.')] }),
    );
    expect(amounts.map((a) => [a.text, a.period])).toEqual([
      ['£2.466 million', '2024/25'],
      ['£4.51 million', '2025/26'],
    ]);
  });

  it('reads each £ figure with its kind, period, funding source, subject and sentence', () => {
    const amounts = parseAmounts(
      input({
        paragraphs: [
          para(3, '29', 'The total cost of developing Local Area Coordination is £350,820. It will be funded from the BCF reserve in 2021/22.'),
          para(4, '30', 'The savings from this programme amount to £2.466 million for 2024/25. Carers are paid £12.71 per hour.'),
          para(4, '31', 'In 2021 the service saw 45% more referrals and a one-off grant of £500k from the Contain Outbreak Management Fund.'),
        ],
      }),
    );
    expect(amounts.map((a) => [a.text, a.value, a.kind])).toEqual([
      ['£350,820', 350820, 'cost'],
      ['£2.466 million', 2466000, 'saving'],
      ['£12.71', 12.71, 'rate'],
      ['£500k', 500000, 'funding'],
    ]);
    const [lac, saving, rate, grant] = amounts;
    expect(lac!.subject).toBe('total cost of developing Local Area Coordination');
    expect(lac!.paragraph).toBe('29');
    expect(lac!.context).toBe('The total cost of developing Local Area Coordination is £350,820.');
    expect(saving!.period).toBe('2024/25');
    expect(rate!.period).toBe('per hour');
    expect(grant!.period).toBe('one-off');
    expect(grant!.fundingSource).toBe('Contain Outbreak Management Fund');
    expect(amounts.every((a) => a.table === null)).toBe(true);
  });

  it('gives a figure in a list written as one sentence its own item, source and year, not the whole list', () => {
    const block =
      'Cabinet is asked to: note the forecast overspend of £5.8m on temporary accommodation in 2025/26; approve additional budget of £5,832,000, ' +
      'funded from the Housing Pressures Reserve; recommend to Council that growth of £2,648,000 in 2026/27 be included in the MTFS; and agree that a progress report be brought to Cabinet in six months.';
    const amounts = parseAmounts(input({ paragraphs: [para(1, '2.1', block)] }));
    expect(amounts.map((a) => [a.text, a.context, a.fundingSource])).toEqual([
      ['£5.8m', 'note the forecast overspend of £5.8m on temporary accommodation in 2025/26', null],
      ['£5,832,000', 'approve additional budget of £5,832,000, funded from the Housing Pressures Reserve', 'Housing Pressures Reserve'],
      ['£2,648,000', 'recommend to Council that growth of £2,648,000 in 2026/27 be included in the MTFS', null],
    ]);
    expect(amounts.every((a) => block.includes(a.context))).toBe(true);
    // a sentence with a colon but fewer than three items stays whole
    const two = parseAmounts(input({ paragraphs: [para(1, '3', 'The costs are: staff at £100,000 a year; and equipment at £20,000 once.')] }));
    expect(two.map((a) => a.context)).toEqual(['The costs are: staff at £100,000 a year; and equipment at £20,000 once.', 'The costs are: staff at £100,000 a year; and equipment at £20,000 once.']);
  });

  it('reads £(1.2)m, c£6,850 and signed figures', () => {
    const amounts = parseAmounts(input({ paragraphs: [para(1, null, 'A pressure of £(1.2)m remains; the remaining c£6,850 funds engagement; a capital underspend of -£111.6m.')] }));
    expect(amounts.map((a) => [a.text, a.value])).toEqual([
      ['£(1.2)m', -1200000],
      ['c£6,850', 6850],
      ['-£111.6m', -111600000],
    ]);
    expect(amounts[0]!.kind).toBe('overspend');
  });
});

describe('parseAmounts in tables', () => {
  const savings: Table = {
    page: 4,
    lastPage: 4,
    header: ['', 'MTFP 2024/25 £m', 'MTFP 2025/26 £m', 'Cumulative £m'],
    unit: '£m',
    totalColumns: [3],
    rows: [
      { cells: ['Day services', '(0.374)', '0.000', '(0.374)'], isTotal: false, page: 4 },
      { cells: ['Total', '(0.374)', '0.000', '(0.374)'], isTotal: true, page: 4 },
    ],
  };

  it('scales cells by the column unit, reads brackets as negative savings, marks totals and skips zeros', () => {
    const amounts = parseAmounts(input({ tables: [savings] }));
    expect(amounts.map((a) => [a.text, a.value, a.kind, a.period, a.table?.isTotal])).toEqual([
      ['(0.374)', -374000, 'saving', '2024/25', false],
      ['(0.374)', -374000, 'saving', null, true],
      ['(0.374)', -374000, 'saving', '2024/25', true],
      ['(0.374)', -374000, 'saving', null, true],
    ]);
    expect(amounts[0]!.subject).toBe('Day services');
    expect(amounts[0]!.table).toMatchObject({ table: 0, row: 0, column: 1, rowHeader: 'Day services', columnHeader: 'MTFP 2024/25 £m' });
    expect(amounts[0]!.context).toBe('Day services | (0.374) | 0.000 | (0.374)');
  });

  it('does not count FTE or grade columns as money, and does not repeat a row read again as text', () => {
    const posts: Table = {
      page: 6,
      lastPage: 6,
      header: ['Job Title', 'Grade', 'Full Time Equivalent', 'Total Cost £'],
      unit: '£',
      totalColumns: [],
      rows: [{ cells: ['Service Improvement Officer', 'Band B', '1', '24,954'], isTotal: false, page: 6 }],
    };
    const amounts = parseAmounts(input({ tables: [posts], paragraphs: [para(6, null, 'Service Improvement Officer | Band B | 1 | 24,954'), para(6, '21', 'This post costs £24,954 and is funded from existing budgets.')] }));
    expect(amounts.map((a) => [a.text, a.value, a.kind, a.table ? 'table' : 'prose'])).toEqual([
      ['£24,954', 24954, 'cost', 'prose'],
      ['24,954', 24954, 'cost', 'table'],
    ]);
    expect(amounts[0]!.fundingSource).toBe('existing budgets');
  });
});

describe('parseAmounts on the fixture papers (real pipeline)', () => {
  it('004: bracketed £m cells become negative savings; the cumulative column is a total', async () => {
    const { amounts } = await factsOf('fixtures/seeds/004_e69ee31119ed174e.pdf');
    const cell = amounts.find((a) => a.page === 4 && a.text === '(0.374)' && a.table?.rowHeader === 'MTFP Savings (Duties & Powers)');
    expect(cell).toMatchObject({ value: -374000, kind: 'saving', period: '2027/28' });
    expect(amounts.find((a) => a.text === '(7.717)')?.table?.isTotal).toBe(true);
    expect(amounts.find((a) => a.text === '£2.466 million')).toMatchObject({ value: 2466000, kind: 'saving', period: '2024/25', page: 2 });
    expect(amounts.some((a) => a.value === 0)).toBe(false);
  });

  it('001: the LAC costs, the BCF-funded post and the remaining c£6,850', async () => {
    const { amounts } = await factsOf('fixtures/seeds/001_8a304a7deb4eeb63.pdf');
    expect(amounts.find((a) => a.page === 17 && a.paragraph === '29')).toMatchObject({ text: '£350,820', kind: 'cost', subject: 'total cost of developing Local Area Coordination' });
    expect(amounts.find((a) => a.text === 'c£6,850')).toMatchObject({ value: 6850, page: 55, paragraph: '14' });
    expect(amounts.find((a) => a.page === 3)).toMatchObject({ text: '£6,625,792', kind: 'funding', fundingSource: 'Contain Outbreak Management Fund' });
    // The Total row of the LAC table is counted once, as a total.
    expect(amounts.filter((a) => a.page === 16 && a.value === 350820)).toHaveLength(1);
    expect(amounts.find((a) => a.page === 16 && a.value === 350820)!.table!.isTotal).toBe(true);
  });
});
