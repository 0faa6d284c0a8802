/**
 * UK working-day arithmetic on plain calendar dates.
 *
 * Every date here is a `YYYY-MM-DD` string naming a day in England (Europe/London). Arithmetic is
 * done on those strings through UTC midnights, so no local time zone or DST change can shift a
 * day. The only place a clock instant becomes a date is `londonDate`, which asks Intl for the
 * calendar date in Europe/London.
 *
 * A working day is Monday–Friday and not an England & Wales bank holiday. Bank holidays come from
 * date-holidays (offline) for GB-ENG, type 'public' only — that includes Good Friday, Easter
 * Monday, Christmas Day, Boxing Day, the early-May/spring/summer bank holidays, one-off days
 * (jubilees, state funerals) and the substitute days when Christmas, Boxing Day or New Year's Day
 * fall at a weekend (e.g. Boxing Day Sat 26 Dec 2026 → substitute Mon 28 Dec 2026).
 */
import Holidays from 'date-holidays';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const holidays = new Holidays('GB', 'ENG');
const byYear = new Map<number, Set<string>>();

export class CalendarError extends Error {
  readonly code = 'calendar';
}

function parse(date: string): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new CalendarError(`Not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== date) throw new CalendarError(`No such date: ${date}`);
  return ms;
}

function format(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Bank holidays in England & Wales for one year, as YYYY-MM-DD. */
export function bankHolidays(year: number): Set<string> {
  let set = byYear.get(year);
  if (!set) {
    set = new Set(
      (holidays.getHolidays(year) || [])
        .filter((h) => h.type === 'public')
        // h.date is the local (Europe/London) start, "YYYY-MM-DD hh:mm:ss": the date part is the day.
        .map((h) => h.date.slice(0, 10)),
    );
    byYear.set(year, set);
  }
  return set;
}

export function isBankHoliday(date: string): boolean {
  parse(date);
  return bankHolidays(Number(date.slice(0, 4))).has(date);
}

export function isWeekend(date: string): boolean {
  const dow = new Date(parse(date)).getUTCDay();
  return dow === 0 || dow === 6;
}

export function isWorkingDay(date: string): boolean {
  return !isWeekend(date) && !isBankHoliday(date);
}

/** Calendar days (not working days) added; negative to go back. */
export function addDays(date: string, days: number): string {
  return format(parse(date) + days * DAY_MS);
}

/** Whole calendar days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((parse(b) - parse(a)) / DAY_MS);
}

/**
 * The `n`th working day after `date` (n ≥ 0). `date` itself is never counted; with n = 0 the
 * date is returned unchanged. Fri 17 Apr 2025 + 1 working day → Tue 22 Apr 2025 (Good Friday 18,
 * weekend, Easter Monday 21 skipped).
 */
export function addWorkingDays(date: string, n: number): string {
  if (n < 0) return subtractWorkingDays(date, -n);
  let d = date;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left -= 1;
  }
  return d;
}

/** The `n`th working day before `date` (n ≥ 0); `date` itself is never counted. */
export function subtractWorkingDays(date: string, n: number): string {
  if (n < 0) return addWorkingDays(date, -n);
  let d = date;
  for (let left = n; left > 0; ) {
    d = addDays(d, -1);
    if (isWorkingDay(d)) left -= 1;
  }
  return d;
}

/** The first working day on or after `date`. */
export function nextWorkingDayOnOrAfter(date: string): string {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** Working days strictly between `a` and `b` (both excluded). */
export function clearWorkingDaysBetween(a: string, b: string): number {
  let count = 0;
  for (let d = addDays(a, 1); d < b; d = addDays(d, 1)) if (isWorkingDay(d)) count += 1;
  return count;
}

/**
 * The last working day on which something can be published and still leave `n` CLEAR working
 * days before `meeting`.
 *
 * Local Government Act 1972 s.100B(3): the agenda and reports must be open to inspection "at least
 * five clear days before the meeting". "Clear days" exclude BOTH the day of publication and the
 * day of the meeting, and (s.100K, as amended in 2002) Saturdays, Sundays and bank holidays do
 * not count. So the `n` working days strictly between publication and meeting must all be
 * available, which makes the deadline the (n + 1)th working day before the meeting.
 *
 * Worked example — meeting Wednesday 18 June 2025, 5 clear days:
 *   Tue 17, Mon 16, Fri 13, Thu 12, Wed 11 June are the five clear working days (Sat 14 and
 *   Sun 15 do not count); publication must happen no later than Tuesday 10 June 2025.
 *   Publishing on Wed 11 June would leave only four clear days (12, 13, 16, 17).
 * Over Easter — meeting Thursday 24 April 2025: clear days Wed 23, Tue 22, Thu 17, Wed 16,
 *   Tue 15 (Mon 21 Easter Monday and Fri 18 Good Friday do not count) → publish by Mon 14 April.
 */
export function clearWorkingDaysBefore(meeting: string, n: number): string {
  return subtractWorkingDays(meeting, n + 1);
}

/**
 * The day a month-only due date ("2022-04") falls due for reminders: the START of the month,
 * i.e. its first working day (Fri 1 Apr 2022). A promise to report "in April" should be on the
 * radar when April begins, not when it is already over. A full date is returned unchanged.
 */
export function resolveDueDate(due: string): string {
  if (/^\d{4}-\d{2}$/.test(due)) return nextWorkingDayOnOrAfter(`${due}-01`);
  parse(due);
  return due;
}

const londonFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const londonTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The calendar date in England at instant `now`: 2025-03-30T23:30Z → "2025-03-31" (BST). */
export function londonDate(now: Date): string {
  return londonFormat.format(now);
}

/** The wall-clock time in England at instant `now`, "HH:MM". */
export function londonTime(now: Date): string {
  return londonTimeFormat.format(now);
}

/** "Tue 10 Jun 2025" — for messages. */
export function formatDay(date: string): string {
  const d = new Date(parse(date));
  const weekday = d.toLocaleDateString('en-GB', { timeZone: 'UTC', weekday: 'short' });
  const rest = d.toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
  return `${weekday} ${rest}`;
}
