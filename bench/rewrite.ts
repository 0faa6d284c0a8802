/**
 * Rewriting a real sentence for a synthetic paper: the real council's name becomes the synthetic
 * council's, the first title-case subject phrase becomes the synthetic topic (or its acronym),
 * pound figures are scaled and years shifted. Pure string work, cheap enough for 10⁶ paragraphs.
 */

export interface Subject {
  council: string;
  /** The real councils' names to replace, longest first. */
  realCouncils: readonly string[];
  topic: string;
  acronym: string | null;
  /** Multiplier for pound figures. */
  scale: number;
  /** Years to add to every 20xx year. */
  yearShift: number;
}

const TITLE_PHRASE = /\b[A-Z][a-z]+(?:\s+(?:of|and|for|the|in|to|&)?\s*[A-Z][a-z]+){1,5}\b/;
const POUNDS = /£\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s?(?:m|bn|k|million|billion)\b)?/g;
/** A year, or a financial year "2025/26" / "2025-26". */
const YEAR = /\b(20\d\d)(?:([/-])(\d\d))?\b/g;

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
}

export function rewrite(text: string, s: Subject, swapTopic: boolean): string {
  let out = text;
  for (const real of s.realCouncils) {
    if (out.includes(real)) out = out.split(real).join(s.council);
    const short = initials(real);
    if (short.length >= 2 && out.includes(short)) out = out.replace(new RegExp(`\\b${short}\\b`, 'g'), initials(s.council));
  }
  if (swapTopic) {
    const useAcronym = s.acronym !== null && (out.length & 3) === 0;
    out = out.replace(TITLE_PHRASE, useAcronym ? s.acronym! : s.topic);
  }
  if (s.scale !== 1) out = out.replace(POUNDS, (_m, whole: string, frac: string | undefined, unit: string | undefined) => formatPounds(Number(whole.replace(/,/g, '') + (frac ?? '')) * s.scale, whole.includes(','), frac, unit));
  if (s.yearShift !== 0) {
    out = out.replace(YEAR, (_m, y: string, sep: string | undefined, yy: string | undefined) =>
      sep === undefined || yy === undefined
        ? String(Number(y) + s.yearShift)
        : `${Number(y) + s.yearShift}${sep}${String((Number(yy) + s.yearShift + 100) % 100).padStart(2, '0')}`,
    );
  }
  return out;
}

function formatPounds(v: number, commas: boolean, frac: string | undefined, unit: string | undefined): string {
  const digits = frac ? Math.min(frac.length - 1, 3) : 0;
  const fixed = v.toFixed(digits);
  const num = commas ? withCommas(fixed) : fixed;
  return `£${num}${unit ?? ''}`;
}

function withCommas(fixed: string): string {
  const [int = '', dec] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return dec === undefined ? grouped : `${grouped}.${dec}`;
}

/** Scales the money in an amount's printed text the way `rewrite` does. */
export function scaleValue(value: number, scale: number): number {
  return Math.round(value * scale * 100) / 100;
}

/** Shifts an ISO date or month by whole years (29 Feb becomes 28 Feb). */
export function shiftIsoYears(iso: string, years: number): string {
  const m = /^(\d{4})(-\d{2})(-\d{2})?$/.exec(iso);
  if (!m) return iso;
  const y = Number(m[1]) + years;
  let day = m[3] ?? '';
  if (day === '-29' && m[2] === '-02' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) day = '-28';
  return `${y}${m[2]}${day}`;
}
