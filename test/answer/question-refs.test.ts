import { describe, expect, it } from 'vitest';
import { financialYears, minuteRefs, relativeFinancialYears } from '../../src/answer/question-refs.ts';

describe('question references', () => {
  it('reads minute, item and recommendation numbers, not financial years', () => {
    expect(minuteRefs('what did minute 82 say, and item 5, and RESOLVED 2021/007?').sort()).toEqual(['2021/007', '5', '82']);
    expect(minuteRefs('item 24/25 of the budget')).toEqual([]);
  });

  it('reads financial years however they are written', () => {
    expect(financialYears('the 24-25 forecast, 2025/26 budget and 2026/2027 plan')).toEqual(['2024/25', '2025/26', '2026/27']);
    expect(financialYears('between 24 and 26')).toEqual([]);
  });
});

describe('financial years named relative to today', () => {
  it('reads "next year", "this yr" and "last year" as the financial year (April to March) before, at or after today\'s', () => {
    const march = new Date('2026-03-02T09:00:00Z');
    expect(relativeFinancialYears('whats the mrp charge going to be next year', march)).toEqual(['2026/27']);
    expect(relativeFinancialYears('how much this yr compared to last year?', march)).toEqual(['2025/26', '2024/25']);
    expect(relativeFinancialYears('next year', new Date('2026-04-01T09:00:00Z'))).toEqual(['2027/28']);
    expect(relativeFinancialYears('in the coming years', march)).toEqual([]);
  });
});
