import { describe, expect, it } from 'vitest';
import { linkOutcome, matchResolutionToReport, titleOverlap } from '../../../ingest/parse/resolution-links.ts';

const minutes = { council: 'Kent County Council', committee: 'Cabinet', meetingDate: '2025-01-30' };
const report = {
  title: 'Transfer the 18-25 section of the Strengthening Independence Service from the Children Young People and Education Directorate to the Adult Social Care and Health Directorate',
  committee: 'Cabinet',
  council: null,
  meetingDate: '2025-01-30',
  agendaItem: null,
};
const resolution = {
  title: '24/00109 - Transfer the 18-25 section of the Strengthening Independence Service from the Children Young People and Education Directorate to the Adult Social Care and Health Directorate',
  agendaItem: '7',
  outcome: 'agreed' as const,
};

describe('matchResolutionToReport', () => {
  it('links a resolution to the report of the same meeting with the same title', () => {
    expect(matchResolutionToReport(resolution, minutes, report)).toBeGreaterThan(0.9);
  });

  it('needs the report to be for the meeting the minutes record', () => {
    expect(matchResolutionToReport(resolution, minutes, { ...report, meetingDate: '2025-01-09' })).toBe(0);
    expect(matchResolutionToReport(resolution, { ...minutes, meetingDate: null }, report)).toBe(0);
  });

  it('needs the same council and committee when both are known', () => {
    expect(matchResolutionToReport(resolution, minutes, { ...report, council: 'Nottinghamshire County Council' })).toBe(0);
    expect(matchResolutionToReport(resolution, minutes, { ...report, committee: 'Adult Social Care and Public Health Committee' })).toBe(0);
    expect(matchResolutionToReport(resolution, { ...minutes, committee: 'The Cabinet' }, report)).toBeGreaterThan(0);
  });

  it('does not link a different item of the same meeting', () => {
    const other = { ...report, title: 'Commissioning Plan for Education Provision in Kent 2025-29' };
    expect(matchResolutionToReport(resolution, minutes, other)).toBe(0);
    const minutesItem = { title: 'Minutes of the Meeting held on 9th January 2025', agendaItem: '3', outcome: 'approved' as const };
    expect(matchResolutionToReport(minutesItem, minutes, report)).toBe(0);
  });

  it('links on the agenda item when the titles are short but share words', () => {
    const notts = { council: 'Nottinghamshire County Council', committee: 'Adult Social Care and Public Health Committee', meetingDate: '2021-01-11' };
    const r = { title: 'CONTAIN OUTBREAK MANAGEMENT FUND', agendaItem: '5', outcome: 'approved' as const };
    const rep = { title: 'Contain Outbreak Management Fund – proposed funding plan', committee: 'Adult Social Care and Public Health Committee', council: 'Nottinghamshire County Council', meetingDate: '2021-01-11', agendaItem: '5' };
    expect(matchResolutionToReport(r, notts, rep)).toBeGreaterThan(1);
    expect(matchResolutionToReport(r, notts, { ...rep, agendaItem: '6', title: 'Work Programme' })).toBe(0);
  });
});

describe('titleOverlap and linkOutcome', () => {
  it('compares titles on their significant words', () => {
    expect(titleOverlap('24/00096 - Commissioning Plan for Education Provision in Kent 2025-29', 'Commissioning Plan for Education Provision in Kent 2025-29')).toBe(1);
    expect(titleOverlap('Corporate Risk Register', 'Quarterly Performance Report')).toBe(0);
  });
  it('maps resolution outcomes to recommendation statuses', () => {
    expect(['approved', 'agreed', 'noted', 'amended', 'deferred', 'rejected'].map((o) => linkOutcome(o as 'approved'))).toEqual([
      'approved',
      'approved',
      'approved',
      'amended',
      'not-adopted',
      'not-adopted',
    ]);
  });
});
