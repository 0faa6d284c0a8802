/**
 * Shared line handling for the decision parsers (recommendations, resolutions): item labels
 * ("1)", "(a)", "A.", "iv)", "5.1"), bullets, joining wrapped lines, sentence ends, paragraph cites.
 */
import type { Line } from '../layout/types.ts';

export type LabelKind = 'bullet' | 'num-paren' | 'alpha-paren' | 'roman-paren' | 'num-dot' | 'alpha-dot' | 'roman-dot' | 'decimal' | 'rec-num';

export interface Label {
  /** As printed, without any bullet: "1)", "(a)", "A.", "5.1", "R3" (a scrutiny review's recommendation). */
  label: string;
  kind: LabelKind;
  /** Position in its sequence (1 for "1)", "a)", "i)"; the last number for "5.1"). */
  index: number;
  /** For decimals, the part before the last dot ("5" of "5.1"). */
  prefix: string | null;
  /** The text after the label. */
  rest: string;
}

const BULLET = /^(?:[•●▪◦■\-–·]|o(?=\s+(?:\(?[0-9a-zA-Z]{1,4}[.)])\s))\s*/;
const ROMAN = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$/i;

export function romanValue(s: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10 };
  let total = 0;
  const t = s.toLowerCase();
  for (let k = 0; k < t.length; k++) {
    const cur = v[t[k]!] ?? 0;
    const next = v[t[k + 1] ?? ''] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

/** Strips a leading bullet ("• ", "- "). */
export function stripBullet(text: string): string {
  return text.replace(BULLET, '');
}

export function hasBullet(text: string): boolean {
  return /^(?:[•●▪◦■·]|[-–](?=\s))\s*\S/.test(text.trim());
}

/** The item label a line starts with, if any. */
export function splitLabel(text: string): Label | null {
  const t = stripBullet(text.trim());
  let m = /^\((\d{1,2})\)\s+(\S.*)$/.exec(t) ?? /^(\d{1,2})\)\s+(\S.*)$/.exec(t);
  if (m) return { label: t.slice(0, t.length - m[2]!.length).trim(), kind: 'num-paren', index: Number(m[1]), prefix: null, rest: m[2]! };
  m = /^\(([a-z]{1,4})\)\s+(\S.*)$/i.exec(t) ?? /^([a-z]{1,4})\)\s+(\S.*)$/i.exec(t);
  if (m) {
    const v = m[1]!;
    const label = t.slice(0, t.length - m[2]!.length).trim();
    if (v.length === 1 && !/^[ivx]$/i.test(v)) return { label, kind: 'alpha-paren', index: v.toLowerCase().charCodeAt(0) - 96, prefix: null, rest: m[2]! };
    if (ROMAN.test(v)) return { label, kind: 'roman-paren', index: romanValue(v), prefix: null, rest: m[2]! };
    if (v.length === 1) return { label, kind: 'alpha-paren', index: v.toLowerCase().charCodeAt(0) - 96, prefix: null, rest: m[2]! };
    return null;
  }
  m = /^(\d{1,3}(?:\.\d{1,2})+)\.?\s+(\S.*)$/.exec(t);
  if (m) {
    const num = m[1]!;
    const dot = num.lastIndexOf('.');
    return { label: num, kind: 'decimal', index: Number(num.slice(dot + 1)), prefix: num.slice(0, dot), rest: m[2]! };
  }
  // a scrutiny review's numbered recommendations: "R3 That the Council publishes …"
  m = /^(R\d{1,2})[.:]?\s+(That\s.*)$/.exec(t);
  if (m) return { label: m[1]!, kind: 'rec-num', index: Number(m[1]!.slice(1)), prefix: null, rest: m[2]! };
  m = /^(\d{1,3})\.\s+(\S.*)$/.exec(t);
  if (m) return { label: `${m[1]}.`, kind: 'num-dot', index: Number(m[1]), prefix: null, rest: m[2]! };
  m = /^([ivx]{1,4})\.\s+(\S.*)$/i.exec(t);
  if (m && ROMAN.test(m[1]!) && m[1]!.length > 1) return { label: `${m[1]}.`, kind: 'roman-dot', index: romanValue(m[1]!), prefix: null, rest: m[2]! };
  m = /^([a-zA-Z])\.\s+(\S.*)$/.exec(t);
  if (m) return { label: `${m[1]}.`, kind: 'alpha-dot', index: m[1]!.toLowerCase().charCodeAt(0) - 96, prefix: null, rest: m[2]! };
  return null;
}

/** Same list: same kind (alpha and roman "i)" resolved by sequence) and, for decimals, same prefix. */
export function sameList(first: Label, l: Label, prevIndex: number): boolean {
  if (first.kind === 'alpha-paren' && l.kind === 'roman-paren' && l.index === 1 && prevIndex === 8) return true;
  if (first.kind === 'alpha-dot' && l.kind === 'roman-dot') return false;
  if (first.kind !== l.kind) return false;
  if (first.kind === 'decimal') return first.prefix === l.prefix;
  return true;
}

/** The Label re-read as the next member of its list ("i)" after "h)", "v." after "iv."). */
export function asSibling(first: Label, l: Label): Label {
  if (first.kind === 'alpha-paren' && l.kind === 'roman-paren') return { ...l, kind: 'alpha-paren', index: 9 };
  // "iv." then "v.": a one-letter numeral read as a letter, in a list of roman numerals
  if (first.kind === 'roman-dot' && l.kind === 'alpha-dot' && /^[ivx]\.$/i.test(l.label)) return { ...l, kind: 'roman-dot', index: romanValue(l.label[0]!) };
  return l;
}

/** Superscript ordinals the layout leaves on their own line ("th" of "13th"). */
export function isStrayFragment(text: string): boolean {
  return /^(st|nd|rd|th)$/i.test(text.trim());
}

/** Joins wrapped lines with single spaces; a line ending in a word hyphen joins without one. */
export function joinLines(parts: readonly string[]): string {
  let out = '';
  for (const raw of parts) {
    const p = raw.replace(/\s+/g, ' ').trim();
    if (!p) continue;
    if (!out) out = p;
    else if (/[A-Za-z0-9]-$/.test(out) && /^[A-Za-z0-9]/.test(p)) out += p;
    else out += ` ${p}`;
  }
  return out;
}

/** True when the text ends a sentence or a list item. */
export function endsItem(text: string): boolean {
  return /[.;!?]["'’”)]?$/.test(text.trim()) || /;\s*(and|or)$/i.test(text.trim());
}

export function startsLower(text: string): boolean {
  return /^[a-z(£0-9]/.test(stripBullet(text.trim()));
}

/** Paragraph numbers a text refers to: "paragraph 29", "paragraphs 18 – 21", "paragraphs 9 to 13", "paragraph 22 to 30 and 37". */
export function citedParagraphs(text: string): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    if (!out.includes(s)) out.push(s);
  };
  const re = /\bparagraphs?\s+((?:\d+(?:\.\d+)*)(?:\s*(?:[-–—]|to|and|,|&)\s*\d+(?:\.\d+)*)*)/gi;
  for (const m of text.matchAll(re)) {
    const spec = m[1]!;
    let prev: string | null = null;
    for (const tok of spec.matchAll(/(^|[-–—]|to|and|,|&)\s*(\d+(?:\.\d+)*)/g)) {
      const sep = tok[1]!;
      const num = tok[2]!;
      if (prev && /^([-–—]|to)$/.test(sep) && /^\d+$/.test(prev) && /^\d+$/.test(num)) {
        const a = Number(prev);
        const b = Number(num);
        if (b > a && b - a <= 25) for (let k = a + 1; k <= b; k++) add(String(k));
        else add(num);
      } else add(num);
      prev = num;
    }
  }
  return out;
}

/** Lines with stray fragments removed. */
export function usableLines(lines: readonly Line[]): Line[] {
  return lines.filter((l) => l.text.trim() !== '' && !isStrayFragment(l.text));
}

/** Lower-case, punctuation-free, single-spaced text for comparisons. */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .replace(/[‘’`]/g, "'")
    .replace(/[^a-z0-9£%']+/g, ' ')
    .replace(/\b(and|or)\s*$/, '')
    .trim();
}

/** True when two item texts say the same thing (one extends the other, or nearly all words shared). */
export function sameItemText(a: string, b: string): boolean {
  const x = normaliseText(a);
  const y = normaliseText(b);
  if (!x || !y) return false;
  if (x === y || x.startsWith(y) || y.startsWith(x)) return true;
  const wx = new Set(x.split(' '));
  const wy = new Set(y.split(' '));
  let shared = 0;
  for (const w of wx) if (wy.has(w)) shared++;
  return shared / Math.max(wx.size, wy.size) >= 0.85;
}
