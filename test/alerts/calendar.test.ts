import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  bankHolidays,
  clearWorkingDaysBefore,
  clearWorkingDaysBetween,
  isWorkingDay,
  londonDate,
  londonTime,
  resolveDueDate,
  subtractWorkingDays,
} from '../../src/alerts/calendar.ts';
import { DEFAULT_LEADS, deadlineFor, parseLeads } from '../../src/alerts/leads.ts';

describe('bank holidays (England & Wales)', () => {
  it('2025 holds Good Friday, Easter Monday, Christmas and Boxing Day, and no observances', () => {
    const h = bankHolidays(2025);
    for (const d of ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26']) {
      expect(h.has(d), d).toBe(true);
    }
    expect(h.has('2025-04-20')).toBe(false); // Easter Sunday is an observance, and a Sunday
    expect(h.has('2025-03-30')).toBe(false); // Mother's Day
    expect(h.size).toBe(8);
  });

  it('gives substitute days when Christmas / Boxing Day fall at a weekend', () => {
    // 2026: Boxing Day is Saturday 26 Dec → substitute Monday 28 Dec.
    expect(isWorkingDay('2026-12-28')).toBe(false);
    expect(isWorkingDay('2026-12-29')).toBe(true);
    // 2027: Christmas Saturday, Boxing Day Sunday → Mon 27 and Tue 28 Dec.
    expect(isWorkingDay('2027-12-27')).toBe(false);
    expect(isWorkingDay('2027-12-28')).toBe(false);
    // 2022: New Year's Day Saturday → Monday 3 Jan 2022.
    expect(isWorkingDay('2022-01-03')).toBe(false);
  });
});

describe('working days', () => {
  it('skips weekends', () => {
    expect(isWorkingDay('2025-06-14')).toBe(false); // Saturday
    expect(isWorkingDay('2025-06-16')).toBe(true);
    expect(addWorkingDays('2025-06-13', 1)).toBe('2025-06-16'); // Fri → Mon
    expect(subtractWorkingDays('2025-06-16', 1)).toBe('2025-06-13');
    expect(addWorkingDays('2025-06-14', 1)).toBe('2025-06-16'); // from a Saturday
    expect(addWorkingDays('2025-06-16', 0)).toBe('2025-06-16');
  });

  it('skips Easter 2025 (Good Friday 18 Apr, Easter Monday 21 Apr)', () => {
    expect(addWorkingDays('2025-04-17', 1)).toBe('2025-04-22');
    expect(subtractWorkingDays('2025-04-22', 1)).toBe('2025-04-17');
    expect(subtractWorkingDays('2025-04-24', 10)).toBe('2025-04-08');
  });

  it('skips Christmas 2025 and the 2026 substitute Boxing Day', () => {
    expect(addWorkingDays('2025-12-24', 1)).toBe('2025-12-29');
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-29');
    // 10 working days before Thu 7 Jan 2027: Jan 6,5,4, (1 Jan hol), Dec 31,30,29, (28 subst, 26-27 weekend, 25 hol), 24,23,22,21
    expect(subtractWorkingDays('2027-01-07', 10)).toBe('2026-12-21');
  });

  it('works from dates in both summer and winter time without drifting a day', () => {
    // BST starts 30 Mar 2025; ends 26 Oct 2025.
    expect(addWorkingDays('2025-03-28', 1)).toBe('2025-03-31');
    expect(addWorkingDays('2025-10-24', 1)).toBe('2025-10-27');
  });
});

describe('clear working days (LGA 1972 s.100B)', () => {
  it('worked example: meeting Wed 18 Jun 2025 → publish by Tue 10 Jun', () => {
    expect(clearWorkingDaysBefore('2025-06-18', 5)).toBe('2025-06-10');
    expect(clearWorkingDaysBetween('2025-06-10', '2025-06-18')).toBe(5);
    expect(clearWorkingDaysBetween('2025-06-11', '2025-06-18')).toBe(4);
  });

  it('over Easter: meeting Thu 24 Apr 2025 → publish by Mon 14 Apr', () => {
    expect(clearWorkingDaysBefore('2025-04-24', 5)).toBe('2025-04-14');
    expect(clearWorkingDaysBetween('2025-04-14', '2025-04-24')).toBe(5);
  });

  it('over Christmas: meeting Mon 5 Jan 2026 → publish by Tue 23 Dec 2025', () => {
    // Clear days: Fri 2 Jan, Wed 31, Tue 30, Mon 29 Dec, Wed 24 Dec (25, 26 Dec and 1 Jan are holidays).
    expect(clearWorkingDaysBefore('2026-01-05', 5)).toBe('2025-12-23');
  });

  it('default leads: report deadline 10 working days, agenda 5 clear days', () => {
    const [author, agenda] = DEFAULT_LEADS;
    expect(deadlineFor('2025-06-18', author!)).toBe('2025-06-04');
    expect(deadlineFor('2025-06-18', agenda!)).toBe('2025-06-10');
    expect(parseLeads('author:8,agenda:5c')).toEqual([
      { id: 'author', label: 'Report deadline', workingDays: 8, clear: false },
      { id: 'agenda', label: 'Agenda publication', workingDays: 5, clear: true },
    ]);
    expect(() => parseLeads('author=8')).toThrow(/Bad lead/);
  });
});

describe('dates', () => {
  it('a month-only due date falls due on the first working day of the month', () => {
    expect(resolveDueDate('2022-04')).toBe('2022-04-01'); // Friday
    expect(resolveDueDate('2025-11')).toBe('2025-11-03'); // 1 Nov 2025 is a Saturday
    expect(resolveDueDate('2026-01')).toBe('2026-01-02'); // 1 Jan holiday
    expect(resolveDueDate('2025-11-15')).toBe('2025-11-15');
    expect(() => resolveDueDate('2025-02-30')).toThrow(/No such date/);
  });

  it('reads the London date and time of an instant', () => {
    expect(londonDate(new Date('2025-03-30T23:30:00Z'))).toBe('2025-03-31'); // 00:30 BST
    expect(londonDate(new Date('2025-01-15T23:30:00Z'))).toBe('2025-01-15'); // GMT
    expect(londonTime(new Date('2025-06-02T07:30:00Z'))).toBe('08:30');
    expect(londonTime(new Date('2025-12-01T08:30:00Z'))).toBe('08:30');
  });
});
