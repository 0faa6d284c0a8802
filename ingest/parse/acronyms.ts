/**
 * Acronym definitions stated in a part: "Local Area Coordination (LAC)", "LAC (Local Area
 * Coordination)", glossary lines "ASCH – Adult Social Care and Health", two-cell rows, or a key set
 * inline ("KD = Key Decision; NKD = Non-Key Decision"). A pair
 * counts only when the letters plausibly come from the words (small words may be skipped or used,
 * "&" stands for "and", a word may give several letters: "NHSE" = "NHS England", "iBCF" =
 * "improved Better Care Fund"). One entry per short form and meaning, at its first page.
 */
import type { Acronym } from '../model.ts';
import type { Line, ParseInput } from '../layout/types.ts';
import { isStrayFragment } from './decision-lines.ts';

const SMALL = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'with', 'a', 'an', 'at', 'by', 'from', '&', 'or']);
const SHORT = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z&]{2,10}$/;

/** Can letters[i..] be spelt from words[j..], every word used (small words may give nothing)? */
function spell(letters: string, words: string[]): boolean {
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
    const key = i * 1000 + j;
    let v = memo.get(key);
    if (v === undefined) {
      v = spellFrom(letters, words, i, j, go);
      memo.set(key, v);
    }
    return v;
  };
  return go(0, 0);
}

function spellFrom(letters: string, words: string[], i: number, j: number, spell: (i: number, j: number) => boolean): boolean {
  if (i === letters.length) return j === words.length || words.slice(j).every((w) => SMALL.has(w.toLowerCase()));
  if (j === words.length) return false;
  const w = words[j]!;
  const lw = w.toLowerCase();
  const c = letters[i]!.toLowerCase();
  if (SMALL.has(lw) && spell(i, j + 1)) return true;
  if (c === '&' && lw === 'and') return spell(i + 1, j + 1);
  if (lw[0] !== c) return false;
  // The word gives its initial, then optionally more letters in order (its own capitals or any letters of a short word).
  let k = i + 1;
  if (spell(k, j + 1)) return true;
  let pos = 1;
  while (k < letters.length && pos < lw.length) {
    const idx = lw.indexOf(letters[k]!.toLowerCase(), pos);
    if (idx < 0) break;
    const isCap = /[A-Z]/.test(w[idx]!);
    // Inside a long word only its capitals count ("PeopleToo"), or a letter the short form also writes small ("EqIA"),
    // or the first word's second letter ("EQuality Impact Assessment" → EQIA).
    const smallInShort = /[a-z]/.test(letters[k]!);
    if (!isCap && !smallInShort && !(idx === 1 && j === 0) && w.length > 4 && w !== w.toUpperCase()) break;
    k++;
    pos = idx + 1;
    if (spell(k, j + 1)) return true;
  }
  return false;
}

/** Prefix words that make one compound with the next ("Multi Agency", "Cross Border"): one letter at most. */
const PREFIX_WORD = /^(?:multi|inter|cross|non|pan|sub|self|anti|co)$/i;

function wordsOf(text: string): string[] {
  const words = text
    .replace(/[’']s\b/g, '')
    // An aside in square brackets is not spelt ("Integrated Locality [Neighbourhood] Teams").
    .replace(/\[[^\]]*\]/g, ' ')
    .split(/[\s\-–/]+/)
    .map((w) => w.replace(/^[^A-Za-z&]+|[^A-Za-z&]+$/g, ''))
    .filter((w) => w.length > 0);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    // "Multi Agency" → "MultiAgency": gives M (and A only as a capital inside the compound).
    if (PREFIX_WORD.test(w) && next && /^[A-Za-z]/.test(next)) {
      out.push(w + next[0]!.toUpperCase() + next.slice(1));
      i++;
    } else out.push(w);
  }
  return out;
}

/** The shortest run of words ending the text that spells `short`; null when none does. */
function longFormBefore(short: string, before: string): string | null {
  const raw = before.trimEnd().split(/\s+/);
  const letters = short.replace(/ /g, '').replace(/s$/, '');
  const maxWords = letters.length * 2 + 3;
  for (let n = 1; n <= Math.min(maxWords, raw.length); n++) {
    const slice = raw.slice(raw.length - n);
    const first = slice[0]!.replace(/^[^A-Za-z&]+/, '');
    if (SMALL.has(first.toLowerCase()) || !first) continue;
    if (/[.;:!?)]$/.test(slice.slice(0, -1).join(' '))) break;
    const words = wordsOf(slice.join(' '));
    if (words.length > 0 && spell(letters, words)) return slice.join(' ').replace(/^[^A-Za-z]+|[,;:]+$/g, '');
  }
  return null;
}

function plausible(short: string, long: string): boolean {
  const words = wordsOf(long);
  return words.length >= 2 && spell(short.replace(/s$/, ''), words);
}

/** The part's text as one stream, with the page each character came from. */
function stream(lines: readonly Line[]): { text: string; pageAt: (i: number) => number } {
  // Pieces are collected and joined once: `text +=` with a regex test on the growing string was
  // quadratic in the part's length.
  const pieces: string[] = [];
  const starts: Array<[number, number]> = [];
  let length = 0;
  let tail = '';
  for (const l of lines) {
    if (isStrayFragment(l.text)) continue;
    if (length > 0) {
      const sep = /[A-Za-z]-$/.test(tail) ? '' : ' ';
      pieces.push(sep);
      length += sep.length;
      tail = (tail + sep).slice(-2);
    }
    const t = l.text.trim();
    starts.push([length, l.page]);
    pieces.push(t);
    length += t.length;
    tail = (tail + t).slice(-2);
  }
  return {
    text: pieces.join(''),
    pageAt: (i: number) => {
      // Last start at or before i (binary search).
      let lo = 0;
      let hi = starts.length - 1;
      let page = starts[0]?.[1] ?? 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [at, p] = starts[mid]!;
        if (at <= i) {
          page = p;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return page;
    },
  };
}

export function parseAcronyms(input: ParseInput): Acronym[] {
  const out: Acronym[] = [];
  const seen = new Set<string>();
  const add = (short: string, long: string, page: number) => {
    const stem = (x: string) => x.toLowerCase().replace(/[^a-z& ]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/ies$/, 'y').replace(/s$/, '');
    const key = `${short.replace(/s$/, '')}|${stem(long)}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ short, long: long.replace(/\s+/g, ' ').trim(), page });
  };
  const { text, pageAt } = stream(input.lines);

  // "Long Form (LF)"; a short form may be two ("Kent County Council Integrated Care Strategy (KCC ICS)").
  for (const m of text.matchAll(/\(([A-Za-z&]{2,10}(?: [A-Z][A-Za-z&]{1,9})?)\)/g)) {
    const short = m[1]!;
    if (!short.split(' ').every((s) => SHORT.test(s))) continue;
    const before = text.slice(Math.max(0, m.index - 200), m.index);
    // "Medium-Term Financial Plan Savings (MTFP)": one trailing word past the long form; but
    // "Children’s Funeral Fund for England (CFF)", "Delivering Better Value in SEND (DBV)": a
    // name ending "for"/"in" goes on to the word after it
    const trailing = /\s+(\S+)$/.exec(before.trimEnd());
    const shorter = trailing ? longFormBefore(short, before.trimEnd().slice(0, trailing.index)) : null;
    // and "Public Sector Audit Appointments Limited (PSAA)": a company's "Limited" is its name's
    const word = trailing?.[1]!.replace(/[,;:]+$/, '') ?? '';
    const qualified = shorter && (/\s(?:for|in|of|on)$/i.test(shorter) || /^(?:Limited|Ltd|plc|LLP|CIC)$/i.test(word)) ? `${shorter} ${word}` : shorter;
    const long = longFormBefore(short, before) ?? qualified;
    if (long) add(short, long, pageAt(m.index));
  }
  // "Discharge to Assess (D2A)": a digit standing for "to" or "for"; "Section 106 (S106)", "Local Transport Plan 4 (LTP4)": a number kept as written
  // (or written only in the short form: "Local Transport Plan (LTP5)")
  for (const m of text.matchAll(/\(([A-Z][A-Za-z]{0,5}\d{1,4}[A-Za-z]{0,5})\)/g)) {
    const short = m[1]!;
    const before = text.slice(Math.max(0, m.index - 200), m.index).trimEnd();
    const numbered = /^([A-Za-z]+)(\d{1,4})$/.exec(short);
    if (numbered) {
      const at = new RegExp(`((?:[A-Z][a-z]+\\s+){1,3})${numbered[2]}$`).exec(before);
      if (at && spell(numbered[1]!, wordsOf(at[1]!))) {
        add(short, `${at[1]!.trim()} ${numbered[2]}`, pageAt(m.index));
        continue;
      }
      // "the draft Local Transport Plan (LTP5)": the number only in the short form
      const long = longFormBefore(numbered[1]!, before);
      if (long) add(short, long, pageAt(m.index));
      continue;
    }
    const letters = short.replace(/2/g, 'T').replace(/4/g, 'F');
    if (/\d/.test(letters)) continue;
    const long = longFormBefore(letters, before);
    if (long) add(short, long, pageAt(m.index));
  }
  // "LF (Long Form)"
  // (or in lower case where every word gives a letter: "RAG (red, amber, green)")
  for (const m of text.matchAll(/\b([A-Za-z&]{2,10})\s+\(([A-Za-z][^()]{3,100})\)/g)) {
    const short = m[1]!;
    if (!SHORT.test(short) || short === short.toLowerCase()) continue;
    const long = m[2]!.replace(/[,;:.]+$/, '');
    const lower = /^[a-z]/.test(long);
    const initials = wordsOf(long).map((w) => w[0]!.toLowerCase()).join('');
    if (lower ? initials === short.toLowerCase() : plausible(short, long)) add(short, long, pageAt(m.index));
  }
  // A key set inline: "Type: KD = Key Decision; NKD = Non-Key Decision; PF = Policy Framework"
  for (const l of input.lines) {
    if (!l.text.includes('=')) continue;
    for (const m of l.text.matchAll(/(?<![A-Za-z&])([A-Za-z&]{2,10})\s*=\s*([A-Z][^;=()]{3,80}?)(?=\s*(?:;|\.(?:\s|$)|,\s*[A-Za-z&]{2,10}\s*=|$))/g)) {
      const short = m[1]!;
      const long = m[2]!.trim();
      if (SHORT.test(short) && plausible(short, long)) add(short, long, l.page);
    }
  }
  // A key set out in one run: "Abbreviations: CiCC – Children in Care Council; PEP – Personal Education Plan; …"
  const keyed = stream(input.lines);
  for (const k of keyed.text.matchAll(/\b(?:Abbreviations|Glossary|Acronyms|Key)\s*:\s*([^]{0,1200}?)(?=\.\s+[A-Z][a-z]|$)/g)) {
    for (const pair of k[1]!.split(/\s*;\s*/)) {
      const m = /^([A-Za-z&]{2,10})\s*(?:[–—-]|=|:)\s+(.{4,120}?)\.?$/.exec(pair.trim());
      if (m && SHORT.test(m[1]!) && plausible(m[1]!, m[2]!)) add(m[1]!, m[2]!, keyed.pageAt(k.index! + k[0].indexOf(pair)));
    }
  }
  // Glossary lines and two-cell rows: "ASCH – Adult Social Care and Health", "ASCH: …", "EPC means
  // Energy Performance Certificate.", | ASCH | Adult … |
  for (const l of input.lines) {
    // several pairs on one line: "EHCP – Education, Health and Care Plan; FOI – Freedom of Information;"
    const pairs = l.text.split(/\s*;\s*/).filter(Boolean);
    if (pairs.length >= 2 && pairs.every((p) => /^[A-Za-z&]{2,10}\s*(?:[–—-]|=|:)\s+\S/.test(p))) {
      for (const pair of pairs) {
        const m = /^([A-Za-z&]{2,10})\s*(?:[–—-]|=|:)\s+(.{4,120}?)\.?$/.exec(pair.trim());
        if (m && SHORT.test(m[1]!) && plausible(m[1]!, m[2]!)) add(m[1]!, m[2]!, l.page);
      }
      continue;
    }
    const cells = l.cells.length === 2 ? [l.cells[0]!.text.trim(), l.cells[1]!.text.trim()] : null;
    const m = cells ? [null, cells[0], cells[1]] : /^([A-Za-z&]{2,10})(?:\s*(?:[–—-]|:|=)|\s+(?:means|stands\s+for))\s+(.{4,120})$/.exec(l.text.trim());
    if (!m) continue;
    const short = m[1]!;
    // "HRA – Housing Revenue Account. “Finance Portfolio” means …": the first sentence
    const long = m[2]!.split(/\.\s+(?=[A-Z“"‘'])/)[0]!.replace(/[,;.]+$/, '');
    if (SHORT.test(short) && plausible(short, long)) add(short, long, l.page);
  }
  return out;
}
