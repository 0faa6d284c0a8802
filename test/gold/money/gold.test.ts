/**
 * Money gold: amounts, posts and work-programme items read off seeds 000/001/002/004 and four Kent
 * papers (test/gold/money/*.json), scored against the real pipeline (extractDocument).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Amount, Post } from '../../../ingest/model.ts';
import { factsOf } from '../../helpers/h4-facts.ts';
import { type GoldAmount, type GoldFile, type GoldPost, pr, scoreAmounts, scorePosts, scoreWorkProgramme } from './score.ts';

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here).filter((f) => f.endsWith('.json')).sort();
const golds = files.map((f) => ({ name: f, gold: JSON.parse(readFileSync(join(here, f), 'utf8')) as GoldFile }));

const all = { goldAmounts: [] as GoldAmount[], foundAmounts: [] as Amount[], amountTp: 0, goldPosts: [] as GoldPost[], foundPosts: [] as Post[], postTp: 0 };
const byKind = new Map<string, { tp: number; found: number; gold: number }>();

describe('money gold', () => {
  for (const { name, gold } of golds) {
    it(`${name}: amounts (and posts / work programme) match the paper`, async () => {
      const facts = await factsOf(gold.file);
      const a = scoreAmounts(gold.amounts, facts.amounts);
      all.goldAmounts.push(...gold.amounts);
      all.foundAmounts.push(...facts.amounts);
      all.amountTp += a.overall.tp;
      for (const [k, s] of Object.entries(a.byKind)) {
        const acc = byKind.get(k) ?? { tp: 0, found: 0, gold: 0 };
        acc.tp += s.tp;
        acc.found += s.tp + s.fp;
        acc.gold += s.tp + s.fn;
        byKind.set(k, acc);
      }
      expect(a.overall.recall, `missed: ${JSON.stringify(a.missed.slice(0, 5))}`).toBeGreaterThanOrEqual(0.95);
      expect(a.overall.precision, `extra: ${JSON.stringify(a.extra.slice(0, 5).map((e) => [e.page, e.text, e.context.slice(0, 60)]))}`).toBeGreaterThanOrEqual(0.95);
      if (gold.posts.length) {
        const p = scorePosts(gold.posts, facts.posts);
        all.goldPosts.push(...gold.posts);
        all.foundPosts.push(...facts.posts);
        all.postTp += p.overall.tp;
        expect(p.overall.recall, `missed: ${JSON.stringify(p.missed.slice(0, 5))}`).toBeGreaterThanOrEqual(0.9);
        expect(p.overall.precision).toBeGreaterThanOrEqual(0.9);
      }
      if (gold.workProgramme.length) {
        const w = scoreWorkProgramme(gold.workProgramme, facts.workProgramme);
        expect(w.missed).toEqual([]);
        expect(w.overall.precision).toBe(1);
        expect(w.exact).toBe(gold.workProgramme.length);
      }
    });
  }

  afterAll(() => {
    const a = pr(all.amountTp, all.foundAmounts.length, all.goldAmounts.length);
    const p = pr(all.postTp, all.foundPosts.length, all.goldPosts.length);
    const kinds = [...byKind.entries()].map(([k, s]) => {
      const x = pr(s.tp, s.found, s.gold);
      return `${k} P=${x.precision.toFixed(2)} R=${x.recall.toFixed(2)} (gold ${s.gold})`;
    });
    console.log(
      `money gold: amounts P=${a.precision.toFixed(3)} R=${a.recall.toFixed(3)} (gold ${all.goldAmounts.length}); posts P=${p.precision.toFixed(3)} R=${p.recall.toFixed(3)} (gold ${all.goldPosts.length})\n  by kind: ${kinds.join('; ')}`,
    );
  });
});
