/** £ figures in running text: each with the sentence it sits in, its kind, period, source and subject. */
import type { Amount, Paragraph } from '../model.ts';
import type { Line } from '../layout/types.ts';
import { fundingSourceOf, kindNear, namedFundIn, periodOf } from './amount-kind.ts';
import { MONEY_IN_TEXT, parseMoney } from './money.ts';

/** Sentence spans of a paragraph (keeps "c. £5", "e.g.", "No. 3" and decimals inside one sentence). */
export function sentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = /[.!?](?=\s+(?:[A-Z(•"‘“]|\d+\.\s))/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 5), m.index + 1);
    if (/\b(?:c|e\.g|i\.e|no|nos|approx|para|paras|ref|st|etc|vs|cllr|dr|mr|mrs|ms)\.$/i.test(before)) continue;
    out.push({ start, end: m.index + 1 });
    start = m.index + 1;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out.map((s) => {
    const lead = text.slice(s.start, s.end).search(/\S/);
    return { start: s.start + Math.max(0, lead), end: s.end };
  });
}

const SUBJECT_BEFORE =
  /((?:the\s+)?(?:total\s+|estimated\s+|overall\s+|annual\s+|full\s+year\s+)?(?:cost|costs|value|budget|funding|saving|savings|spend|investment|allocation|grant|income|price)\s+(?:of|for)\s+(?!£)[^,;:£()]{3,90}?)\s+(?:is|was|are|were|will\s+be|would\s+be|of|at|totals?|totalling|amounts?\s+to|comes\s+to|equates\s+to|is\s+estimated\s+(?:at|to\s+be))\s*(?:approximately|around|about|an?\s+estimated|up\s+to|c\.?)?\s*$/i;

/** What the figure is for, when the sentence says so plainly; null otherwise. */
export function subjectOf(sentence: string, start: number, end: number): string | null {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  const b = SUBJECT_BEFORE.exec(before);
  if (b) return clean(b[1]!);
  const f = /^\s*(?:per\s+annum\s+|per\s+year\s+)?(?:for|to\s+fund|to\s+support|towards|to\s+deliver|to\s+cover|on)\s+(?!the\s+(?:period|year)\b)(?!(?:a|the|\d+|one|two|three|six|twelve)\s+(?:more\s+)?(?:months?|years?|weeks?|days?)\b)([^,;:.£()]{3,80})/i.exec(after);
  if (f) return clean(f[1]!);
  const paren = /([A-Za-z][\w&'’ -]{2,60}?)\s*\(\s*$/.exec(before);
  if (paren) return clean(paren[1]!);
  const of = /^\s*(?:of|in)\s+(?!which\b)([a-z][^,;:.£()]{3,60})/.exec(after);
  const noun = /\b((?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:cost|costs|saving|savings|overspend|underspend|budget|grant|allocation|investment|pressure|income|contribution|reserve|funding))\s+of\s*(?:approximately|around|about|c\.?)?\s*$/i.exec(before);
  if (noun) return clean(noun[1]! + (of ? '' : ''));
  return null;
}

function clean(s: string): string | null {
  const t = s.replace(/\s+/g, ' ').trim().replace(/^(?:the|a|an)\s+/i, '').replace(/\s+(?:and|or|which|that)$/i, '');
  return t.length >= 3 ? t : null;
}

function squash(s: string): string {
  return s.replace(/\s+/g, '').toLowerCase();
}

/** Page of a character offset in a paragraph, by walking the lines the paragraph was joined from. */
function pageLocator(lines: Line[]) {
  let cursor = 0;
  return (p: Paragraph): ((offset: number) => number) => {
    const head = squash(p.text.slice(0, 30));
    let startIdx = -1;
    for (let i = cursor; i < lines.length; i++) {
      const l = lines[i]!;
      if (l.page < p.page) continue;
      if (l.page > p.page + 1) break;
      const t = squash(l.text);
      if (t.length >= 4 && (head.startsWith(t.slice(0, head.length)) || t.includes(head.slice(0, Math.min(head.length, t.length))))) {
        startIdx = i;
        break;
      }
    }
    if (startIdx < 0) return () => p.page;
    cursor = startIdx;
    return (offset: number) => {
      const target = squash(p.text.slice(0, offset)).length;
      let acc = 0;
      for (let i = startIdx; i < lines.length; i++) {
        acc += squash(lines[i]!.text).length;
        if (acc > target) return lines[i]!.page;
      }
      return p.page;
    };
  };
}

/**
 * The items of a list written as one sentence: "Cabinet is asked to: note …; approve £5.8m …;
 * and agree …" (a paragraph whose bullets were joined). Each item's span, without its joining
 * "; and"; empty when the sentence is not such a list (a lead-in ending in ":" and at least
 * three items split by ";").
 */
export function listItems(sentence: string): Array<{ start: number; end: number }> {
  const colon = /:\s+(?=\S)/.exec(sentence);
  if (!colon || colon.index > 300 || /\d$/.test(sentence.slice(0, colon.index))) return [];
  const out: Array<{ start: number; end: number }> = [];
  const re = /;\s+(?:(?:and|or)\s+)?/g;
  let start = colon.index + colon[0].length;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: sentence.length });
  return out.length >= 3 && out.every((i) => i.end - i.start >= 12) ? out : [];
}

/** The sentences of a paragraph, a list written as one sentence split into its items. */
export function figureSentences(text: string): Array<{ start: number; end: number }> {
  return sentences(text).flatMap((s) => {
    const items = listItems(text.slice(s.start, s.end));
    return items.length > 0 ? items.map((i) => ({ start: s.start + i.start, end: s.start + i.end })) : [s];
  });
}

export function proseAmounts(paragraphs: Paragraph[], lines: Line[]): Amount[] {
  const out: Amount[] = [];
  const locate = pageLocator(lines);
  for (const p of paragraphs) {
    const pageAt = locate(p);
    // a list written as one sentence: each item is a figure's sentence
    for (const s of figureSentences(p.text)) {
      const sentence = p.text.slice(s.start, s.end).trim();
      const lead = p.text.slice(s.start, s.end).indexOf(sentence);
      MONEY_IN_TEXT.lastIndex = 0;
      for (let m = MONEY_IN_TEXT.exec(sentence); m; m = MONEY_IN_TEXT.exec(sentence)) {
        const raw = m[0];
        const text = raw.trim().replace(/^\+\s?/, '');
        const value = parseMoney(text);
        if (value === null || value === 0) continue;
        const start = m.index + raw.indexOf(text);
        const end = start + text.length;
        const kind = kindNear(sentence, start, end);
        const fundingSource = fundingSourceOf(sentence) ?? (kind === 'funding' ? namedFundIn(sentence) : null);
        out.push({
          text,
          value,
          kind,
          period: periodOf(sentence, start, end),
          fundingSource,
          subject: subjectOf(sentence, start, end),
          page: pageAt(s.start + lead + start),
          paragraph: p.number,
          context: sentence,
          table: null,
        });
      }
    }
  }
  return out;
}
