/**
 * Is there a usable text layer? Image-only scans have (almost) no text; broken font encodings
 * give text that is mostly non-words. Both need OCR rather than parsing.
 */
import type { RawPage } from './layout/types.ts';

const COMMON = new Set(
  'the of and to in a is that for on be by with as are this will at from or an it have which has not been report council committee all its their would there were can also any'.split(
    ' ',
  ),
);

export interface TextQuality {
  chars: number;
  tokens: number;
  /** Share of alphabetic tokens shaped like words (vowels, no long consonant runs). */
  wordLike: number;
  /** Share of alphabetic tokens that are very common English words. */
  common: number;
}

export function measureText(text: string): TextQuality {
  const tokens = text.toLowerCase().match(/[a-z\u00c0-\u024f]{2,}/g) ?? [];
  let wordLike = 0;
  let common = 0;
  for (const t of tokens) {
    if (COMMON.has(t)) common++;
    if (/[aeiouy]/.test(t) && !/[^aeiouy]{5,}/.test(t) && !/[aeiou]{4,}/.test(t)) wordLike++;
  }
  const n = tokens.length || 1;
  return { chars: text.replace(/\s+/g, '').length, tokens: tokens.length, wordLike: wordLike / n, common: common / n };
}

export type TextVerdict = { ok: true } | { ok: false; reason: string };

export function judgeTextLayer(pages: RawPage[]): TextVerdict {
  if (pages.length === 0) return { ok: false, reason: 'The PDF has no pages.' };
  const text = pages.map((p) => p.items.map((i) => i.str).join(' ')).join('\n');
  const q = measureText(text);
  if (q.chars < 25 * pages.length) {
    return { ok: false, reason: 'The PDF has no text layer (scanned images only); it needs OCR before it can be read.' };
  }
  if (q.tokens >= 30 && q.wordLike < 0.6 && q.common < 0.05) {
    return {
      ok: false,
      reason: `The PDF's text layer is garbled (only ${Math.round(q.wordLike * 100)}% of tokens look like words); it needs OCR.`,
    };
  }
  return { ok: true };
}
