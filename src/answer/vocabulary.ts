/**
 * One streamed pass over every text of the usable parts (paragraphs and facts, never held in
 * memory) that builds what the engine keeps: the vocabulary (stemmed term → how many units hold
 * it, with their paper's title words), unit counts per part, the mean unit length, and the
 * initials index (initials.ts, same result as buildInitialsIndex, counted per distinct phrase so
 * a big archive costs one string and one map update per phrase occurrence).
 */
import type { Db } from '../store/db.ts';
import { countUnits, walkTexts } from '../store/snapshot-reads.ts';
import { InitialsCounter, type InitialsIndex } from './initials.ts';
import { STOP_WORDS, stem, terms } from './text.ts';

/**
 * Above this many units the pass reads a sample (rows whose id is a multiple of k) and scales the
 * counts by k: the vocabulary's size and the build time then stop growing with the archive.
 * Words the sample missed are looked up in the full-text index when a question uses them
 * (retrieve.ts learnWords).
 */
export const SAMPLE_UNITS = 120_000;

export interface VocabularyPass {
  /** 1 when every text was read; k when one row in k was. */
  sampleEvery: number;
  vocab: Map<string, number>;
  unitCount: number;
  unitsPerPart: Map<number, number>;
  avgLength: number;
  initials: InitialsIndex;
}

/**
 * ASCII plus non-ASCII characters that are neither letters, digits nor combining marks (£, ’, —,
 * •, non-breaking space): for such text NFKD folding changes no token.
 */
const PLAIN = /^[\x00-\x7f\u00a0-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u00d7\u00f7\u2000-\u206f\u20a0-\u20cf\u2190-\u21ff\u2500-\u25ff]*$/;

/** text.ts `terms`, with a quicker path for text without accented letters (the same tokens). */
export function fastTerms(text: string): string[] {
  if (!PLAIN.test(text)) return terms(text);
  const ws = text.toLowerCase().match(/[a-z0-9]+/g);
  if (!ws) return [];
  const out: string[] = [];
  for (const w of ws) if (!STOP_WORDS.has(w)) out.push(stem(w));
  return out;
}

export function buildVocabulary(db: Db, includeExempt: boolean, partTokens: ReadonlyMap<number, Set<string>>, sampleUnits = SAMPLE_UNITS): VocabularyPass {
  const vocab = new Map<string, number>();
  const unitsPerPart = new Map<number, number>();
  const phrases = new InitialsCounter();
  const total = countUnits(db, includeExempt);
  const every = Math.max(1, Math.ceil(total / Math.max(1, sampleUnits)));
  let unitCount = 0;
  let totalLength = 0;
  const seen = new Set<string>();
  for (const row of walkTexts(db, includeExempt, every)) {
    const title = partTokens.get(row.partId);
    if (!title) continue;
    unitCount += 1;
    unitsPerPart.set(row.partId, (unitsPerPart.get(row.partId) ?? 0) + every);
    const ts = fastTerms(row.text);
    totalLength += ts.length;
    seen.clear();
    for (const t of ts) seen.add(t);
    for (const t of title) seen.add(t);
    for (const t of seen) vocab.set(t, (vocab.get(t) ?? 0) + 1);
    phrases.add(row.text);
  }
  if (every > 1) for (const [t, n] of vocab) vocab.set(t, n * every);
  return {
    sampleEvery: every,
    vocab,
    unitCount: every > 1 ? total : unitCount,
    unitsPerPart,
    avgLength: unitCount === 0 ? 1 : Math.max(1, totalLength / unitCount),
    initials: phrases.index(),
  };
}

