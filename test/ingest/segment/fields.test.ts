import { describe, expect, it } from 'vitest';
import { bodyStart, committeeField, isFieldLine, ITEM_STAMP, MINUTES_HEADING, minutesBody } from '../../../ingest/segment/fields.ts';

const cellsOf = (...texts: string[]) => ({ text: texts.join(' '), cells: texts.map((text, i) => ({ x: 57 + i * 150, xEnd: 200 + i * 150, text })) });

describe('minutes headings of many councils', () => {
  it('recognises the family of opening headings', () => {
    for (const h of [
      'MINUTES of a meeting of the Cabinet held in the Council Chamber',
      'Minute of Meeting of the East Area Committee held in the Town House',
      'Minutes of the meeting held on Tuesday 3 June 2025 at 7.00 pm',
      'Minutes of the Planning Committee meeting held on 3 June 2025',
      'Minutes of an Extraordinary Meeting of the Council held on 1 May 2025',
      'Minutes of the Licensing Sub-Committee held on 14 April 2025',
    ])
      expect(MINUTES_HEADING.test(h), h).toBe(true);
  });

  it('does not take an agenda item or a reference for a minutes heading', () => {
    for (const h of ['Minutes of the Previous Meeting', 'Minutes of the last meeting', 'Minutes of HWB meeting 24.07.2020', 'Minutes of Cabinet are attached'])
      expect(MINUTES_HEADING.test(h), h).toBe(false);
  });

  it('reads the body the minutes are of', () => {
    expect(minutesBody('Minutes of the Licensing Sub-Committee meeting held on 3 June 2025')).toBe('Licensing Sub-Committee');
    expect(minutesBody('Minutes of a special meeting of the Cabinet held on 3 June 2025')).toBe('Cabinet');
    expect(minutesBody('Minute of Meeting of the East Area Committee held in the Town House')).toBe('East Area Committee');
    expect(minutesBody('Minutes of the meeting held on 3 June 2025 in Committee Room 2')).toBeNull();
  });
});

describe('front-sheet fields', () => {
  it('reads the committee from a labelled field, not from a person', () => {
    expect(committeeField(['Meeting: Planning Committee – 3 June 2025'])).toBe('Planning Committee');
    expect(committeeField(['Meeting: Cabinet on Wednesday 12 March 2025'])).toBe('Cabinet');
    expect(committeeField(['Decision maker: Cabinet'])).toBe('Cabinet');
    expect(committeeField(['Name of Committee: Health and Wellbeing Board'])).toBe('Health and Wellbeing Board');
    expect(committeeField(['Decision maker: Cllr Ann Jones, Cabinet Member for Housing'])).toBeNull();
    expect(committeeField(['Report to: Executive Director of Place'])).toBeNull();
  });

  it('tells a field line from a title that holds a colon', () => {
    expect(isFieldLine(cellsOf('Public or private:', 'Public'))).toBe(true);
    expect(isFieldLine(cellsOf('Portfolio Holder:', 'Cllr A Jones'))).toBe(true);
    expect(isFieldLine(cellsOf('Key decision: No'))).toBe(true);
    expect(isFieldLine(cellsOf('Adult Social Care: Charging Policy 2025'))).toBe(false);
  });

  it('finds where the body starts and reads item stamps', () => {
    expect(bodyStart(['CABINET', 'Date of meeting: 2 April 2025', '1. Purpose', '1.1 To note …'])).toBe(2);
    expect(bodyStart(['Report to: Cabinet', 'Executive Summary', 'The report…'])).toBe(1);
    expect(bodyStart(['Report to: Cabinet'])).toBe(1);
    expect(ITEM_STAMP.exec('Item No. 4a')?.[1]).toBe('4a');
    expect(ITEM_STAMP.exec('Agenda Item 12')?.[1]).toBe('12');
    expect(ITEM_STAMP.test('Item 12 was deferred')).toBe(false);
  });
});
