/** Small readers for the fields of a post: FTE, grade, kind, end date, action, team. */
import type { Post } from '../model.ts';
import { monthIndex } from '../segment/dates.ts';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, half: 0.5,
};

export function numberOf(s: string): number | null {
  const t = s.trim().toLowerCase().replace(/\*+$/, '');
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  return NUMBER_WORDS[t] ?? null;
}

/** "Band B", "Hay Band C", "Grade 5", "NJE Grade 5", "band B" → "Band B"; a bare "B" under a Band column. */
export function gradeOf(s: string, bareUnderBand = false): string | null {
  const m = /\b((?:Hay\s+)?Band\s+[A-H](?:\s?\/\s?[A-H])?|Grade\s+\d{1,2}(?:\s?\/\s?\d{1,2})?|SCP\s?\d+|Scale\s+\d+|PO\d+|SO\d)\b/i.exec(s);
  if (m) return m[1]!.replace(/\s+/g, ' ').replace(/^hay/i, 'Hay').replace(/band/i, 'Band').replace(/grade/i, 'Grade').replace(/(Band )([a-h])/, (_x, a: string, b: string) => a + b.toUpperCase());
  if (bareUnderBand && /^[A-H]$/i.test(s.trim())) return `Band ${s.trim().toUpperCase()}`;
  return null;
}

export function kindOfPost(s: string): Post['kind'] {
  if (/\bfixed[-\s]term\b/i.test(s)) return 'fixed-term';
  if (/\btemporar(?:y|ily)\b|\bsecondment\b/i.test(s)) return 'temporary';
  if (/\bpermanent(?:ly)?\b/i.test(s)) return 'permanent';
  return null;
}

function iso(y: number, m: number, d: number | null): string {
  const day = d ?? new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return `${y}-${String(m + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "until 31st March 2022", "to March 2022", "(Sept 21 - Mar 22)" → the end date (month → its last day). */
export function untilOf(s: string): string | null {
  const full = /\b(?:until|to|till|ending|end(?:ing)? date(?: of)?|through|up to)\s+(?:the\s+)?(?:end of\s+)?(\d{1,2})\s?(?:st|nd|rd|th)?\s*(?:of\s+)?([A-Z][a-z]+)\s+(\d{4})/i.exec(s);
  if (full && monthIndex(full[2]!) >= 0) return iso(Number(full[3]), monthIndex(full[2]!), Number(full[1]));
  const month = /\b(?:until|to|till|through|up to)\s+(?:the\s+)?(?:end of\s+)?([A-Z][a-z]+)\s+(\d{4})\b/i.exec(s);
  if (month && monthIndex(month[1]!) >= 0) return iso(Number(month[2]), monthIndex(month[1]!), null);
  const range = /\b[A-Z][a-z]{2,8}\s+\d{2,4}\s*[-–]\s*([A-Z][a-z]{2,8})\s+(\d{2,4})\b/.exec(s);
  if (range && monthIndex(range[1]!) >= 0) {
    const y = Number(range[2]);
    return iso(y < 100 ? 2000 + y : y, monthIndex(range[1]!), null);
  }
  return null;
}

const ACTIONS: Array<[NonNullable<Post['action']>, RegExp]> = [
  ['disestablish', /\bdis-?establish\w*/i],
  ['delete', /\b(?:delet\w*|deletion)\b/i],
  ['transfer', /\btransfer\w*/i],
  ['extend', /\bextend\w*|\bextension\b/i],
  ['establish', /\b(?:establish\w*|creat(?:e|ion|ing)\s+(?:of\s+)?(?:new\s+|an?\s+)?)|\bnew posts?\b/i],
  ['recruit', /\brecruit\w*/i],
];

/**
 * The action a sentence takes on a post named at `at`: the action word nearest before it
 * ("the extension of 7.2 FTE …"), else the first one after it ("… posts are disestablished").
 */
export function actionOf(s: string, at = 0): Post['action'] {
  let before: { action: NonNullable<Post['action']>; i: number } | null = null;
  let after: { action: NonNullable<Post['action']>; i: number } | null = null;
  for (const [action, re] of ACTIONS) {
    const g = new RegExp(re.source, 'gi');
    for (let m = g.exec(s); m; m = g.exec(s)) {
      const lead = s.slice(Math.max(0, m.index - 12), m.index);
      if (action === 'establish' && /dis-?$/i.test(lead)) continue;
      // "an established temporary post" describes the post; it is not the action.
      if (action === 'establish' && /^established/i.test(m[0]) && /\b(?:an|the|already|existing|currently)\s+$/i.test(lead)) continue;
      if (m.index < at) {
        if (!before || m.index > before.i) before = { action, i: m.index };
      } else if (!after || m.index < after.i) after = { action, i: m.index };
    }
  }
  return before?.action ?? after?.action ?? null;
}

/** "within Living Well", "in the Multi-Agency Safeguarding Hub", "sit within the Public Health establishment". */
export function teamOf(s: string): string | null {
  const m = /\b(?:within|in|for|to)\s+(?:the\s+)?((?:[A-Z][\w&'’-]*\s+){0,5}(?:Team|Teams|Service|Hub|Unit|Directorate|Department))\b/.exec(s);
  if (m) return m[1]!.trim();
  const w = /\bwithin\s+((?:[A-Z][\w&'’-]*\s?){1,4})(?=\s+with\b|[,.;]|$)/.exec(s);
  return w ? w[1]!.trim() : null;
}
