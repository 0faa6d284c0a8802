/**
 * Held-out gold (helper H11): papers the decision parsers were not written against — Kent papers
 * outside fixtures/kent, seed 003, and three synthetic papers of other councils' styles — with
 * gold written by hand from the paper before the parsers were run on it. Scored with the same
 * matching as test/gold/score.ts (normalised text + page).
 *
 * `npx tsx test/gold/holdout/score-holdout.ts [--verbose]` prints P/R per kind (and misses).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from '../../../ingest/model.ts';
import { extractDocument } from '../../../ingest/pipeline.ts';
import { actualOf, expectedOf, KINDS, matchPairs, normalise, score, type GoldFile, type Kind, type KindScore } from '../score.ts';
import { SYNTHETIC } from './synthetic.ts';
import { SYNTHETIC2 } from './synthetic2.ts';
import { SYNTHETIC3 } from './synthetic3.ts';
import { SYNTHETIC4 } from './synthetic4.ts';
import { SYNTHETIC5 } from './synthetic5.ts';
import { SYNTHETIC6 } from './synthetic6.ts';
import { SYNTHETIC7 } from './synthetic7.ts';
import { SYNTHETIC8 } from './synthetic8.ts';
import { SYNTHETIC9 } from './synthetic9.ts';
import { SYNTHETIC10 } from './synthetic10.ts';
import { SYNTHETIC11 } from './synthetic11.ts';
import { SYNTHETIC12 } from './synthetic12.ts';
import { SYNTHETIC13 } from './synthetic13.ts';
import { SYNTHETIC14 } from './synthetic14.ts';
import { SYNTHETIC15 } from './synthetic15.ts';
import { SYNTHETIC16 } from './synthetic16.ts';
import { SYNTHETIC17 } from './synthetic17.ts';
import { SYNTHETIC18 } from './synthetic18.ts';
import { SYNTHETIC19 } from './synthetic19.ts';
import { SYNTHETIC20 } from './synthetic20.ts';
import { SYNTHETIC21 } from './synthetic21.ts';
import { SYNTHETIC22 } from './synthetic22.ts';
import { SYNTHETIC23 } from './synthetic23.ts';
import { SYNTHETIC24 } from './synthetic24.ts';
import { SYNTHETIC25 } from './synthetic25.ts';
import { SYNTHETIC26 } from './synthetic26.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..', '..');

export interface HoldoutGold extends GoldFile {
  meta?: { type: string; title: string | null; meetingDate: string | null; agendaItem: string | null; classification: string };
  /** A work programme's rows, in order (scored apart from KINDS: they have no text to match). */
  workProgramme?: Array<{ meetingDate: string | null; title: string; leadOfficer: string | null; page: number }>;
}

function pathOf(file: string): string {
  return file.startsWith('/') ? file : join(ROOT, file);
}

/** The PDF bytes of a gold paper, or null when it lives in a corpus that is absent. */
export function pdfOf(file: string): Uint8Array | null {
  if (file.startsWith('synthetic:')) {
    const name = file.slice('synthetic:'.length);
    const make = SYNTHETIC[name] ?? SYNTHETIC2[name] ?? SYNTHETIC3[name] ?? SYNTHETIC4[name] ?? SYNTHETIC5[name] ?? SYNTHETIC6[name] ?? SYNTHETIC7[name] ?? SYNTHETIC8[name] ?? SYNTHETIC9[name] ?? SYNTHETIC10[name] ?? SYNTHETIC11[name] ?? SYNTHETIC12[name] ?? SYNTHETIC13[name] ?? SYNTHETIC14[name] ?? SYNTHETIC15[name] ?? SYNTHETIC16[name] ?? SYNTHETIC17[name] ?? SYNTHETIC18[name] ?? SYNTHETIC19[name] ?? SYNTHETIC20[name] ?? SYNTHETIC21[name] ?? SYNTHETIC22[name] ?? SYNTHETIC23[name] ?? SYNTHETIC24[name] ?? SYNTHETIC25[name] ?? SYNTHETIC26[name];
    if (!make) throw new Error(`no synthetic paper ${file}`);
    return make();
  }
  const p = pathOf(file);
  return existsSync(p) ? new Uint8Array(readFileSync(p)) : null;
}

export function loadHoldout(): HoldoutGold[] {
  return readdirSync(HERE)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), ...(JSON.parse(readFileSync(join(HERE, f), 'utf8')) as Omit<HoldoutGold, 'name'>) }));
}

const cache = new Map<string, Promise<Document>>();
export function extractHoldout(file: string): Promise<Document> | null {
  let p = cache.get(file);
  if (!p) {
    const data = pdfOf(file);
    if (!data) return null;
    p = extractDocument({ file, data });
    cache.set(file, p);
  }
  return p;
}

export function ratio(t: { expected: number; actual: number; matched: number }): KindScore {
  return {
    ...t,
    precision: t.actual === 0 ? (t.expected === 0 ? 1 : 0) : t.matched / t.actual,
    recall: t.expected === 0 ? 1 : t.matched / t.expected,
  };
}

export async function scoreHoldout(verbose = false): Promise<Record<Kind, KindScore>> {
  const totals = Object.fromEntries(KINDS.map((k) => [k, { expected: 0, actual: 0, matched: 0 }])) as Record<Kind, { expected: number; actual: number; matched: number }>;
  for (const gold of loadHoldout()) {
    const doc = await extractHoldout(gold.file);
    if (!doc) continue;
    for (const kind of gold.kinds.filter((k) => KINDS.includes(k))) {
      const exp = expectedOf(gold, kind);
      const act = actualOf(doc, kind);
      const s = score(exp, act);
      totals[kind].expected += s.expected;
      totals[kind].actual += s.actual;
      totals[kind].matched += s.matched;
      if (verbose && (s.matched < s.expected || s.matched < s.actual)) {
        const pairs = matchPairs(exp, act);
        const hitE = new Set(pairs.map((p) => p[0]));
        const hitA = new Set(pairs.map((p) => p[1]));
        console.log(`\n## ${gold.name} ${kind}: expected ${s.expected} actual ${s.actual} matched ${s.matched}`);
        for (const e of exp) if (!hitE.has(e)) console.log(`  MISSING p${e.page}: ${e.text.slice(0, 220)}`);
        for (const a of act) if (!hitA.has(a)) console.log(`  EXTRA   p${a.page}: ${a.text.slice(0, 220)}`);
      }
    }
  }
  const out = {} as Record<Kind, KindScore>;
  for (const k of KINDS) out[k] = ratio(totals[k]);
  return out;
}

export { normalise };

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await scoreHoldout(process.argv.includes('--verbose'));
  console.log('\nkind             expected actual matched precision recall');
  for (const k of KINDS) {
    const s = result[k];
    console.log(`${k.padEnd(16)} ${String(s.expected).padStart(8)} ${String(s.actual).padStart(6)} ${String(s.matched).padStart(7)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(6)}`);
  }
}
