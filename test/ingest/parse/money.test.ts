import { describe, expect, it } from 'vitest';
import { isNumericCell, parseMoney, unitFromText } from '../../../ingest/parse/money.ts';

describe('parseMoney', () => {
  it.each([
    ['£350,820', 350820],
    ['£6,625,792', 6625792],
    ['£1.44 billion', 1440000000],
    ['£2.466 million', 2466000],
    ['£2.5m', 2500000],
    ['£500k', 500000],
    ['c£6,850', 6850],
    ['c. £6,850', 6850],
    ['£12.71', 12.71],
    ['£(1.2)m', -1200000],
    ['-£111.6m', -111600000],
    ['+£23.3m', 23300000],
    ['£140m', 140000000],
    ['£0.5bn', 500000000],
  ])('%s → %d', (text, value) => {
    expect(parseMoney(text)).toBe(value);
  });

  it('applies a table unit only when the figure has no scale of its own', () => {
    expect(parseMoney('(0.374)', '£m')).toBe(-374000);
    expect(parseMoney('0.000', '£m')).toBe(0);
    expect(parseMoney('1,429,506.8', '£000')).toBe(1429506800);
    expect(parseMoney('-836.6', '£000')).toBe(-836600);
    expect(parseMoney('(840,000)', '£')).toBe(-840000);
    expect(parseMoney('£2m', '£000')).toBe(2000000);
  });

  it('rejects what is not a figure', () => {
    expect(parseMoney('Band B')).toBeNull();
    expect(parseMoney('1,2,3')).toBeNull();
    expect(parseMoney('(12')).toBeNull();
    expect(parseMoney('')).toBeNull();
  });
});

describe('isNumericCell', () => {
  it('accepts printed figures and rejects labels', () => {
    expect(isNumericCell('74,863')).toBe(true);
    expect(isNumericCell('(0.374)')).toBe(true);
    expect(isNumericCell('£31,043')).toBe(true);
    expect(isNumericCell('-1,655')).toBe(true);
    expect(isNumericCell('1*')).toBe(true);
    expect(isNumericCell('Band B')).toBe(false);
    expect(isNumericCell('2025-26')).toBe(false);
  });
});

describe('unitFromText', () => {
  it.each([
    ['MTFP 2024/25 £m', '£m'],
    ['£000s', '£000'],
    ["£'000", '£000'],
    ['£’000', '£000'],
    ['Total Cost £', '£'],
    ['Grade', null],
  ])('%s → %s', (t, u) => {
    expect(unitFromText(t)).toBe(u);
  });
});

describe('MONEY_IN_TEXT', () => {
  it('finds figures in running text without trailing punctuation or unit headings', async () => {
    const { MONEY_IN_TEXT } = await import('../../../ingest/parse/money.ts');
    const text = 'at a cost of £38,421, which; £2.466 million and c£6,850 but not £000s or £m';
    expect([...text.matchAll(MONEY_IN_TEXT)].map((m) => m[0].trim())).toEqual(['£38,421', '£2.466 million', 'c£6,850']);
  });
});
