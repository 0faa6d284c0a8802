/**
 * Money as printed → pounds. Pure; no context beyond the figure itself (and an optional table unit).
 *
 *   parseMoney("£2.466 million") → 2466000     parseMoney("£(1.2)m") → -1200000
 *   parseMoney("£500k") → 500000                parseMoney("(0.374)", "£m") → -374000
 */

export type MoneyUnit = '£' | '£000' | '£m';

/** A £ figure in running text: optional "c"/"c." prefix, sign, brackets, scale word. */
export const MONEY_IN_TEXT =
  /(?:\bc\.?\s?)?[-+−–]?\s?£\s?(?:\(\s?\d+(?:,\d{3})*(?:\.\d+)?\s?\)|\d+(?:,\d{3})*(?:\.\d+)?)(?:\s?(?:billion|bn|million|m|k|thousand)\b)?(?:\s?\(\s?\d[\d,]*(?:\.\d+)?\s?\)\s?(?:m|k)\b)?(?![\w£])/gi;

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
};

const UNIT_FACTOR: Record<MoneyUnit, number> = { '£': 1, '£000': 1e3, '£m': 1e6 };

/** Round away float noise (0.374 × 1e6 = 373999.99999999994). */
function clean(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Parse one printed figure into pounds. `unit` applies when the figure carries no scale of its own
 * (a bare "0.374" in a "£m" column). Returns null when it is not a number.
 */
export function parseMoney(text: string, unit: MoneyUnit | null = null): number | null {
  let s = text.trim().replace(/[\u2212\u2013\u2014]/g, '-').replace(/^c\.?\s?(?=[£\d(-])/i, '');
  let negative = false;
  if (/^-/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  } else if (/^\+/.test(s)) s = s.slice(1).trim();
  s = s.replace(/^£\s?/, '');
  if (/^-/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  }
  // "(1.2)m", "(840,000)", "1.2m", "2.466 million", "500k"
  const m = /^(\()?\s?(\d[\d,]*(?:\.\d+)?|\.\d+)\s?(\))?\s?(billion|bn|million|thousand|m|k)?\s?(\))?$/i.exec(s);
  if (!m) return null;
  const open = Boolean(m[1]);
  const close = Boolean(m[3] || m[5]);
  if (open !== close) return null;
  if (open) negative = !negative;
  const digits = m[2]!;
  if (/,/.test(digits) && !/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits)) return null;
  const n = Number(digits.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  const scaleWord = m[4]?.toLowerCase();
  const factor = scaleWord ? SCALE[scaleWord]! : unit ? UNIT_FACTOR[unit] : 1;
  const v = clean(n * factor);
  return negative ? -v || 0 : v;
}

/** A table cell that is just a number ("74,863", "(0.374)", "-836.6", "0.000", "£31,043"). */
export function isNumericCell(text: string): boolean {
  return /^[-+−–]?\s?£?\s?(?:\(\s?\d[\d,]*(?:\.\d+)?\s?\)|\d[\d,]*(?:\.\d+)?)\s?\*?$/.test(text.trim());
}

/** The unit a header or caption states: "£m", "£000", "£'000", "£000s", "£k" → '£000', plain "£". */
export function unitFromText(text: string): MoneyUnit | null {
  const t = text.replace(/[’‘`]/g, "'");
  if (/£\s?m\b|£\s?millions?\b|\(£m\)/i.test(t)) return '£m';
  if (/£\s?'?000'?s?\b|£\s?k\b|£\s?thousands?\b/i.test(t)) return '£000';
  if (/£/.test(t)) return '£';
  return null;
}
