import { describe, expect, it } from 'vitest';
import { findDates } from '../../../ingest/segment/dates.ts';
import { findClassification, findCommittee, findCouncil, findMeetingDate, titleCase } from '../../../ingest/segment/metadata.ts';

describe('metadata', () => {
  it('reads dates as councils print them', () => {
    expect(findDates('Monday, 08 February 2021 at 10:30').map((d) => d.iso)).toEqual(['2021-02-08']);
    expect(findDates('Thursday, 30th January, 2025, at 10.00 am')[0]).toMatchObject({ iso: '2025-01-30', weekday: true });
    expect(findDates('31 February 2021')).toEqual([]);
  });

  it('prefers the meeting date over dates of previous meetings', () => {
    expect(findMeetingDate(['AGENDA', '1 Minutes of the last meeting held on 11 January 2021', 'Monday, 08 February 2021 at 10:30'])).toBe('2021-02-08');
    expect(findMeetingDate(['To: Cabinet - 30 January 2025', 'Past Pathway of report: CYPE Cabinet Committee - 21 November 2024'])).toBe('2025-01-30');
    expect(findMeetingDate(['PUBLIC HEALTH PERFORMANCE REPORT FOR CONTRACTS FUNDED WITH RING-FENCED PUBLIC HEALTH GRANT, 1 JULY 2020 TO 30 SEPTEMBER 2020'])).toBeNull();
  });

  it('names the council only when the text names it (not from email domains or passing mentions)', () => {
    expect(findCouncil('KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION')).toBe('Kent County Council');
    expect(findCouncil('Nottinghamshire County Council … Nottinghamshire County Council')).toBe('Nottinghamshire County Council');
    expect(findCouncil('a joint workshop with Manchester City Council; email georgina.little@kent.gov.uk')).toBeNull();
    expect(findCouncil('The County Council and the County Council')).toBeNull();
  });

  it('finds the committee from the common header forms', () => {
    expect(findCommittee(['Report to Adult Social Care and Public Health Committee', '8 October 2018'])).toBe('Adult Social Care and Public Health Committee');
    expect(findCommittee(['From: Rory Love', 'To: Cabinet – 30 January 2025'])).toBe('Cabinet');
    expect(findCommittee(['KENT COUNTY COUNCIL', 'CABINET', 'MINUTES of a meeting of the Cabinet held in the Council Chamber'])).toBe('Cabinet');
    expect(findCommittee(['Meeting ADULT SOCIAL CARE AND PUBLIC HEALTH COMMITTEE', 'Date 11 January 2021'])).toBe('Adult Social Care and Public Health Committee');
  });

  it('tells public from exempt', () => {
    expect(findClassification(['Classification: Unrestricted'], '')).toBe('public');
    expect(findClassification(['Classification: Restricted'], '')).toBe('exempt');
    expect(findClassification(['NOT FOR PUBLICATION'], '')).toBe('exempt');
    expect(
      findClassification(['Report to Cabinet'], 'This report contains exempt information by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972.'),
    ).toBe('exempt');
    expect(findClassification(['For publication [Do not include information which is exempt from publication under schedule 12a]'], '')).toBe('public');
    expect(findClassification(['Report to Cabinet'], 'Members of the public wishing to inspect Schedule 12A of the Local Government Act should contact')).toBe('public');
  });

  it('title-cases upper-case headings only', () => {
    expect(titleCase('ADULT SOCIAL CARE AND PUBLIC HEALTH COMMITTEE')).toBe('Adult Social Care and Public Health Committee');
    expect(titleCase('Cabinet')).toBe('Cabinet');
  });
});
