import { describe, expect, it } from 'vitest';
import type { Line } from '../../../ingest/layout/types.ts';
import { agendaItemFor, minutesQuery } from '../../../ingest/segment/agenda-items.ts';

const row = (cells: string[], y: number): Line => ({
  page: 1,
  y,
  x: 57,
  xEnd: 500,
  text: cells.join(' '),
  fontSize: 9,
  bold: false,
  cells: cells.map((text, i) => ({ x: 57 + i * 100, xEnd: 140 + i * 100, text })),
});

// The seed pack's agenda: item 7's title wraps around the row holding its number.
const agenda = [
  row(['1 Minutes of the last meeting of the Adult Social Care and Public Health Committee held on 11 January 2021', '1 - 6'], 147),
  row(['2 Apologies for Absence'], 162),
  row(['6 Development of Integrated Care Systems in Nottinghamshire and National Consultation Response', '29 - 84'], 273),
  row(['Public Health performance and quality report for contracts funded with ring-fenced public health grant, 1 July 2020'], 288),
  row(['7', '85 - 94'], 293),
  row(['to 30 September 2020'], 298),
  row(['8 Better Care Fund Dementia Project - Project Support Post', '95 - 98'], 313),
];

describe('agendaItemFor', () => {
  it('finds the item number beside a wrapped title', () => {
    expect(agendaItemFor('Public Health Performance and Quality Report for Contracts Funded With Ring-fenced Public Health Grant, 1 July 2020 to 30 September 2020', agenda)).toBe('7');
    expect(agendaItemFor('Better Care Fund Dementia Project – Project Support Post', agenda)).toBe('8');
  });

  it('maps minutes by their date and refuses weak matches', () => {
    expect(minutesQuery('2021-01-11')).toBe('Minutes 11 January 2021');
    expect(agendaItemFor(minutesQuery('2021-01-11')!, agenda)).toBe('1');
    expect(agendaItemFor('Adult Social Care Workforce Strategy', agenda)).toBeNull();
  });
});

describe('agendaItemFor: an item\'s description indented under it', () => {
  it('takes the item above an indented description ("3. Minutes" / "To approve the minutes of the meeting held on 13 January 2026.")', () => {
    const at = (text: string, y: number, x: number): Line => ({ ...row([text], y), x });
    const agenda = [at('3. Minutes (page 2)', 100, 57), at('To approve the minutes of the meeting held on 13 January 2026.', 112, 80), at('4. Public questions', 124, 57)];
    expect(agendaItemFor(minutesQuery('2026-01-13')!, agenda)).toBe('3');
  });
});
