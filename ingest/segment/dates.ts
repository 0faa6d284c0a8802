/** Full dates as councils print them: "8 February 2021", "Monday, 08 February 2021", "30th January, 2025". */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const DATE_RE =
  /\b(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(january|february|march|april|may|june|july|august|september|october|november|december),?\s+(\d{4})\b/gi;

/** A month as printed, in full or short ("Jun", "June", "Sept"), as one regular-expression group. */
export const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** "14/06/2021", "14.06.25": a date in figures, day first. */
export const NUMERIC_DATE = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/;

/** 0 for January … 11 for December, from a month's name or short form; -1 for anything else. */
export function monthIndex(name: string): number {
  return MONTHS.findIndex((m) => m.slice(0, 3) === name.slice(0, 3).toLowerCase());
}

/** A year as printed: "25" is 2025. */
export function fullYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

export interface FoundDate {
  iso: string;
  index: number;
  weekday: boolean;
}

export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    const day = Number(m[2]);
    const month = MONTHS.indexOf(m[3]!.toLowerCase()) + 1;
    const year = Number(m[4]);
    if (day < 1 || day > 31 || year < 1990 || year > 2100) continue;
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCDate() !== day) continue;
    out.push({
      iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      index: m.index ?? 0,
      weekday: m[1] !== undefined,
    });
  }
  return out;
}
