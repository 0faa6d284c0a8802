/**
 * Gold scoring for the decision parsers (helper H3): precision and recall per entity kind, an
 * actual entity matching an expected one on normalised text + page.
 *
 * Gold files: test/gold/decisions/*.json, one per paper, written by reading the paper. Each lists
 * the kinds it covers; facts are compared over the whole document (all parts flattened), so the
 * figures do not depend on how the segmenter cut the document.
 *
 * Run `npx tsx test/gold/score.ts` to print the table.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Acronym, Commitment, Document, Recommendation, Resolution } from '../../ingest/model.ts';
import { extractDocument } from '../../ingest/pipeline.ts';

export type Kind = 'recommendations' | 'resolutions' | 'commitments' | 'acronyms';
export const KINDS: Kind[] = ['recommendations', 'resolutions', 'commitments', 'acronyms'];

export interface GoldCommitment {
  text: string;
  what: string;
  due: string | null;
  page: number;
  source: Commitment['source'];
}

export interface GoldFile {
  name: string;
  file: string;
  kinds: Kind[];
  recommendations: Recommendation[];
  resolutions: Resolution[];
  commitments: GoldCommitment[];
  acronyms: Acronym[];
}

export interface Keyed {
  text: string;
  page: number;
}

export interface KindScore {
  expected: number;
  actual: number;
  matched: number;
  precision: number;
  recall: number;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const GOLD_DIR = join(ROOT, 'test', 'gold', 'decisions');

export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/(\d)\s?(st|nd|rd|th)\b/g, '$1')
    .replace(/[‘’`]/g, "'")
    .replace(/[^a-z0-9£%&']+/g, ' ')
    .trim();
}

/** The text an entity is matched on. */
export function keyText(kind: Kind, e: unknown): string {
  if (kind === 'acronyms') {
    const a = e as Acronym;
    return `${a.short} = ${a.long}`;
  }
  return (e as { text: string }).text;
}

/** Greedy one-to-one matching on normalised text and page. */
export function matchPairs<T extends Keyed, U extends Keyed>(expected: T[], actual: U[]): Array<[T, U]> {
  const used = new Set<number>();
  const pairs: Array<[T, U]> = [];
  for (const e of expected) {
    const k = normalise(e.text);
    const idx = actual.findIndex((a, i) => !used.has(i) && a.page === e.page && normalise(a.text) === k);
    if (idx >= 0) {
      used.add(idx);
      pairs.push([e, actual[idx]!]);
    }
  }
  return pairs;
}

export function score(expected: Keyed[], actual: Keyed[]): KindScore {
  const matched = matchPairs(expected, actual).length;
  return {
    expected: expected.length,
    actual: actual.length,
    matched,
    precision: actual.length === 0 ? (expected.length === 0 ? 1 : 0) : matched / actual.length,
    recall: expected.length === 0 ? 1 : matched / expected.length,
  };
}

/** Gold papers whose PDF is present (held-out papers live in the shared corpus, which may be absent). */
export function loadGold(): GoldFile[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), ...(JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as Omit<GoldFile, 'name'>) }))
    .filter((g) => existsSync(g.file.startsWith('/') ? g.file : join(ROOT, g.file)));
}

const cache = new Map<string, Promise<Document>>();

/** The product's extraction of a gold paper (cached per process). */
export function extract(file: string): Promise<Document> {
  let p = cache.get(file);
  if (!p) {
    p = extractDocument({ file, data: new Uint8Array(readFileSync(file.startsWith('/') ? file : join(ROOT, file))) });
    cache.set(file, p);
  }
  return p;
}

export function actualOf(doc: Document, kind: Kind): Array<Keyed & Record<string, unknown>> {
  return doc.parts.flatMap((p) => p[kind] as unknown as Array<Record<string, unknown>>).map((e) => ({ ...e, text: keyText(kind, e), page: e.page as number }));
}

export function expectedOf(gold: GoldFile, kind: Kind): Array<Keyed & Record<string, unknown>> {
  return (gold[kind] as unknown as Array<Record<string, unknown>>).map((e) => ({ ...e, text: keyText(kind, e), page: e.page as number }));
}

/** Scores every kind over every gold paper that covers it. */
export async function scoreAll(): Promise<Record<Kind, KindScore>> {
  const totals = Object.fromEntries(KINDS.map((k) => [k, { expected: 0, actual: 0, matched: 0 }])) as Record<Kind, { expected: number; actual: number; matched: number }>;
  for (const gold of loadGold()) {
    const doc = await extract(gold.file);
    for (const kind of gold.kinds) {
      const s = score(expectedOf(gold, kind), actualOf(doc, kind));
      totals[kind].expected += s.expected;
      totals[kind].actual += s.actual;
      totals[kind].matched += s.matched;
    }
  }
  const out = {} as Record<Kind, KindScore>;
  for (const k of KINDS) {
    const t = totals[k];
    out[k] = {
      ...t,
      precision: t.actual === 0 ? (t.expected === 0 ? 1 : 0) : t.matched / t.actual,
      recall: t.expected === 0 ? 1 : t.matched / t.expected,
    };
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await scoreAll();
  console.log('kind             expected actual matched precision recall');
  for (const k of KINDS) {
    const s = result[k];
    console.log(`${k.padEnd(16)} ${String(s.expected).padStart(8)} ${String(s.actual).padStart(6)} ${String(s.matched).padStart(7)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(6)}`);
  }
}
