/** What a figure is (cost, saving, funding…), its period and funding source, from the words around it. */
import type { AmountKind } from '../model.ts';

const KIND_WORDS: Array<[AmountKind, RegExp]> = [
  ['rate', /\bper\s+(?:hour|hr|week|day|night|session|visit|unit|mile|placement|bed)\b|\bhourly\b|\b(?:unit|hourly|weekly)\s+rate\b/gi],
  ['saving', /\bsavings?\b|\bsave[sd]?\b|\befficienc(?:y|ies)\b|\breduction\b|\bcost avoidance\b|\bavoidance\b|\bmitigation\b/gi],
  ['overspend', /\boverspen[dt]\w*|\bpressures?\b|\bdeficit\b|\bshortfall\b|\bfunding gap\b/gi],
  ['funding', /\bfund(?:ed|ing|s)?\b|\bcommitted\b|\bremaining\b|\bleaves\b|\bgrants?\b|\ballocat\w*|\bcontributions?\b|\breserves?\b|\bborrowing\b|\bfinanc(?:ed|ing)\b|\bmet from\b/gi],
  ['income', /\bincome\b|\breceipts?\b|\brevenue from\b|\bfees? income\b|\bcharg(?:es|ing) income\b|\bgenerat\w* £/gi],
  ['budget', /\bbudgets?\b|\bcash limit\b|\bunderspen[dt]\w*|\boutturn\b|\bbalance\b/gi],
  ['cost', /\bcosts?\b|\bcosting\b|\bspend(?:ing)?\b|\bexpenditure\b|\binvest\w*|\bsalary\b|\bsalaries\b|\bpay\b|\bprice\b|\bcontract value\b|\bvalue of\b|\bcharge\b/gi],
];

/** The first kind whose words occur in the text (table labels/headers: no distances to weigh). */
export function kindOf(text: string | null | undefined): AmountKind | null {
  if (!text) return null;
  for (const [kind, re] of KIND_WORDS) {
    re.lastIndex = 0;
    if (re.test(text)) return kind;
  }
  return null;
}

/** The kind whose words occur most often in a passage (ties go to the earlier kind): a table's lead-in. */
export function dominantKind(text: string | null | undefined): AmountKind | null {
  if (!text) return null;
  let best: AmountKind | null = null;
  let most = 0;
  for (const [kind, re] of KIND_WORDS) {
    const n = text.match(new RegExp(re.source, 'gi'))?.length ?? 0;
    if (n > most) {
      most = n;
      best = kind;
    }
  }
  return best;
}

/**
 * The kind whose word sits nearest the figure in a sentence (words before it count a little more:
 * "a cost of £38,421, which will be met from existing budget" is a cost).
 */
export function kindNear(sentence: string, start: number, end: number): AmountKind {
  const after = sentence.slice(end, end + 25);
  if (/^\s*(?:per|an|a)\s+(?:hour|hr|week|day|night|session|visit|placement|bed)\b/i.test(after) || /^\s*per\s+(?!annum|year|cent)[a-z]/i.test(after)) return 'rate';
  let best: AmountKind = 'other';
  let bestD = Infinity;
  for (const [kind, re] of KIND_WORDS) {
    if (kind === 'rate') continue;
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const s = m.index;
      const e = s + m[0].length;
      const raw = e <= start ? start - e : s >= end ? (s - end) * 1.6 + 4 : 0;
      if (raw > 90) continue;
      // "budget" is usually the setting ("overspend on Schools' Delegated Budgets of £30.4m"), while
      // "overspend" and "saving" name what the figure is.
      const weight = kind === 'budget' ? 4 : kind === 'overspend' || kind === 'saving' ? 0.6 : 1;
      if (raw * weight < bestD) {
        bestD = raw * weight;
        best = kind;
      }
    }
  }
  return best;
}

const YEAR_RANGE = /\b((?:19|20)\d\d)\s?[/\-–]\s?((?:19|20)?\d\d)\b/g;

/** A stated period: "2021/22", "2024-25", "one-off", "recurring", "per year", "per hour". */
export function periodOf(text: string, start = 0, end = text.length): string | null {
  const after = text.slice(end, end + 40);
  const rate = /^\s*(?:per|an|a)\s+(hour|week|day|night|month|session|visit)\b/i.exec(after);
  if (rate) return `per ${rate[1]!.toLowerCase()}`;
  if (/^\s*(?:per annum|per year|a year|each year|annually|p\.?a\.?\b|pa\b)/i.test(after)) return 'per year';
  const near = text.slice(Math.max(0, start - 70), end + 50);
  const years = [...near.matchAll(YEAR_RANGE)].filter((m) => Number(m[2]!.slice(-2)) === (Number(m[1]!.slice(-2)) + 1) % 100);
  if (years.length > 0) {
    const figureAt = Math.min(70, start);
    const figureEnd = figureAt + (end - start);
    // "£4.51 million for 2025/26": the year the figure is stated for, read straight after it
    const direct = /^\s*(?:million|m|bn|k)?\s*(?:for|in|during)\s+(?:the\s+)?(?:financial\s+year\s+|year\s+)?/i.exec(near.slice(figureEnd));
    const stated = direct ? years.find((m) => m.index === figureEnd + direct[0].length) : undefined;
    // else the nearest year range, measured from the figure's edges
    const gap = (m: RegExpMatchArray): number => (m.index! >= figureEnd ? m.index! - figureEnd : Math.max(0, figureAt - (m.index! + m[0].length)));
    const y = stated ?? years.reduce((a, b) => (gap(b) < gap(a) ? b : a));
    return y[0].replace(/\s/g, '').replace('–', '-');
  }
  if (/\bone[-\s]off\b/i.test(near)) return 'one-off';
  if (/\b(?:recurring|recurrent|ongoing|permanent(?:ly)?\b.{0,20}\bbudget)\b/i.test(near)) return 'recurring';
  if (/\b(?:per annum|per year|a year|each year|annually|annual)\b/i.test(near)) return 'per year';
  return null;
}

/** "funded from the BCF reserve", "met from existing budgets", "through the Contain Outbreak Management Fund". */
export function fundingSourceOf(sentence: string): string | null {
  const m = /\b(?:funded|fund|met|paid|financed|resourced|covered)\s+(?:\w+\s+)?(?:from|by|through|via|using)\s+(?:the\s+|a\s+|an\s+)?(.+?)(?=[,.;:)]|\s+(?:and\s+(?:will|would|is)|which|to\s|for\s|until|in\s+(?:19|20)\d\d|over|during|with effect)\b|$)/i.exec(sentence);
  const direct = m ? tidy(m[1]!) : null;
  if (direct) return direct;
  const via = new RegExp(`\\b(?:via|from|through|by|using)\\s+(?:the\\s+)?${NAMED.source}`).exec(sentence);
  if (via) return tidy(via[1]!);
  return null;
}

const NAMED = /((?:[A-Z][\w&'’-]*\s+){0,6}(?:Fund|Grant|Reserve|Reserves|Programme)\b(?:\s+\((?:i?BCF|[A-Z]{2,6})\))?|i?BCF(?:\s+[Rr]eserves?)?)/;

/** A named fund or grant anywhere in the sentence ("Contain Outbreak Management Fund", "iBCF"). */
export function namedFundIn(sentence: string): string | null {
  const m = NAMED.exec(sentence);
  return m ? tidy(m[1]!) : null;
}

function tidy(s: string): string | null {
  let t = s.replace(/\s+/g, ' ').trim().replace(/^(?:the|a|an)\s+/i, '');
  const open = t.lastIndexOf('(');
  if (open >= 0 && t.indexOf(')', open) < 0) t = t.slice(0, open).trim();
  if (!/^[A-Za-z]/.test(t) || /£/.test(t)) return null;
  return t.length >= 3 && t.length <= 90 ? t : null;
}
