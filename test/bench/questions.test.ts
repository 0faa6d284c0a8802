import { describe, expect, it } from 'vitest';
import { generateQuestions, typo } from '../../bench/questions.ts';
import { createRng } from '../../bench/prng.ts';
import { percentile, summarize } from '../../bench/stats.ts';
import { rewrite, shiftIsoYears } from '../../bench/rewrite.ts';

describe('bench question set', () => {
  it('is deterministic, varied and free of duplicates', () => {
    const a = generateQuestions(220, 5);
    expect(a).toEqual(generateQuestions(220, 5));
    expect(a).toHaveLength(220);
    expect(new Set(a.map((q) => q.text)).size).toBe(220);
    const kinds = new Set(a.map((q) => q.kind));
    for (const k of ['approval', 'cost', 'posts', 'deadline', 'typo', 'acronym', 'unanswerable']) expect(kinds).toContain(k);
  });

  it('typos change exactly one word of five or more letters', () => {
    const rng = createRng(3);
    const t = typo('How much does the recycling cost', rng);
    expect(t).not.toBe('How much does the recycling cost');
    const diff = t.split(' ').filter((w, i) => w !== 'How much does the recycling cost'.split(' ')[i]);
    expect(diff).toHaveLength(1);
  });
});

describe('bench helpers', () => {
  it('percentiles interpolate between ranks', () => {
    const v = Array.from({ length: 101 }, (_, i) => i);
    expect(percentile(v, 50)).toBe(50);
    expect(percentile(v, 95)).toBe(95);
    expect(percentile([10, 20], 50)).toBe(15);
    expect(summarize([3, 1, 2]).p50).toBe(2);
  });

  it('rewrites council, money and years for the synthetic paper', () => {
    const s = { council: 'Devon County Council', realCouncils: ['Kent County Council'], topic: 'Winter Service Policy', acronym: null, scale: 2, yearShift: -3 };
    expect(rewrite('Kent County Council will spend £1,250,000 in 2025/26.', s, false)).toBe('Devon County Council will spend £2,500,000 in 2022/23.');
    expect(rewrite('KCC agreed £0.5m.', s, false)).toBe('DCC agreed £1.0m.');
    expect(shiftIsoYears('2024-02-29', 1)).toBe('2025-02-28');
  });
});
