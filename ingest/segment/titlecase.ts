/** Re-casing upper-case headings while keeping the acronyms a paper prints. */

const SMALL = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'a', 'an', '&', 'from', 'with', 'by', 'at', 'or']);

/**
 * "ADULT SOCIAL CARE AND PUBLIC HEALTH COMMITTEE" → "Adult Social Care and Public Health Committee".
 * Acronyms stay as printed: a word in brackets ("(LAC)"), a word without vowels ("NHS", "BCF"),
 * or one of `keep` (short forms the paper itself uses in running text).
 */
export function titleCase(s: string, keep: ReadonlySet<string> = new Set()): string {
  if (s !== s.toUpperCase()) return s;
  return s
    .split(/(\s+)/)
    .map((word, i) => {
      const core = word.replace(/^[("'‘“[]+|[)"'’”\],.;:]+$/g, '');
      if (isAcronym(word, core, keep)) return word;
      const w = word.toLowerCase();
      // (a small word stays small after a bracket too: "(to 31 August 2025)")
      return i > 0 && SMALL.has(core.toLowerCase()) ? w : w.replace(/^([("'‘“[]*)([a-z])/, (_m, p: string, c: string) => p + c.toUpperCase());
    })
    .join('');
}

function isAcronym(word: string, core: string, keep: ReadonlySet<string>): boolean {
  if (!/^[A-Z&]{2,8}s?$/.test(core)) return false;
  if (keep.has(core)) return true;
  if (/^\([A-Z&]{2,8}s?\)[,.;:]?$/.test(word)) return true;
  return !/[AEIOUY]/.test(core.replace(/s$/, ''));
}

/** Short forms a text uses in its mixed-case running lines ("… Local Area Coordination (LAC) …", "the NHS", "the ICT service"). */
export function acronymsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split('\n')) {
    if (!/[a-z]{3}/.test(line)) continue;
    for (const m of line.matchAll(/\(([A-Z&]{2,8}s?)\)/g)) out.add(m[1]!);
    // "the ICT Shared Service", "COVID recovery": a short word in capitals standing alone among
    // lower-case words of running text (not "MINUTES of the MEETING", not a capitals phrase)
    const wordsIn = line.match(/\p{L}+/gu) ?? [];
    const capsIn = wordsIn.filter((w) => /^[A-Z]{2,}$/.test(w)).length;
    if (capsIn * 3 > wordsIn.length) continue;
    for (const m of line.matchAll(/(?<![\p{L}&])([A-Z][A-Z&]{1,4})(?![\p{L}&])/gu)) {
      const before = line.slice(0, m.index).match(/(\p{L}+)\W*$/u)?.[1] ?? '';
      const after = line.slice(m.index + m[0].length).match(/^\W*(\p{L}+)/u)?.[1] ?? '';
      if (/^[A-Z]{2,}$/.test(before) || /^[A-Z]{2,}$/.test(after) || SMALL.has(m[1]!.toLowerCase())) continue;
      out.add(m[1]!);
    }
  }
  return out;
}
