import { describe, expect, it } from 'vitest';
import { parseBlockedWorkProgramme } from '../../../ingest/parse/work-programme-blocks.ts';
import { parseWorkProgramme } from '../../../ingest/parse/work-programme.ts';
import { parseInputFromText } from '../../helpers/parse-input.ts';

const PLAN = [
  'FORWARD PLAN OF KEY DECISIONS',
  'For decisions to be taken between 1 January and 30 April 2026',
  'Ref: FP/26/001',
  'Title of decision: Household Waste Recycling Centres – Online Booking System',
  'Decision maker: Cabinet',
  'Date of decision: 13 January 2026',
  'Lead officer: Hester Rainford',
  'Exempt: No',
  'Ref: FP/26/003',
  'Title of decision: Revenue Budget 2026/27 and Medium Term Financial Strategy',
  '    2026–2030 – recommendation to County Council',
  'Decision maker: Cabinet',
  'Date of decision: Not before 3 February 2026',
  'Lead officer: Peregrine Sandwell',
  'Exempt: No',
].join('\n');

describe('parseBlockedWorkProgramme: a forward plan set out as one block of labelled lines per decision', () => {
  it('reads each block\'s title (wrapped lines joined), date and lead officer', () => {
    expect(parseBlockedWorkProgramme(parseInputFromText(PLAN, { type: 'work-programme' })).map((w) => [w.meetingDate, w.title, w.leadOfficer])).toEqual([
      ['2026-01-13', 'Household Waste Recycling Centres – Online Booking System', 'Hester Rainford'],
      ['2026-02-03', 'Revenue Budget 2026/27 and Medium Term Financial Strategy 2026–2030 – recommendation to County Council', 'Peregrine Sandwell'],
    ]);
  });

  it('is how parseWorkProgramme reads a paper that names itself a forward plan', () => {
    expect(parseWorkProgramme(parseInputFromText(PLAN, { type: 'work-programme' }))).toHaveLength(2);
  });

  it('reads nothing from one block (a decision notice\'s own fields) nor from blocks with no date', () => {
    const one = ['Title of decision: Award of the leisure contract', 'Decision maker: Cabinet', 'Date of decision: 13 January 2026'].join('\n');
    expect(parseBlockedWorkProgramme(parseInputFromText(one, { type: 'decision-record' }))).toEqual([]);
    const undated = ['Title of decision: A', 'Decision maker: Cabinet', 'Title of decision: B', 'Decision maker: Cabinet'].join('\n');
    expect(parseBlockedWorkProgramme(parseInputFromText(undated, { type: 'work-programme' }))).toEqual([]);
  });

  it('is not read from a report that only cites a forward plan entry', () => {
    const report = ['REPORT TO CABINET', 'Key decision: Yes (Forward Plan ref. FP/26/001)', 'Title of decision: A', 'Date of decision: 13 January 2026', 'Title of decision: B', 'Date of decision: 3 February 2026'].join('\n');
    expect(parseWorkProgramme(parseInputFromText(report, { type: 'report' }))).toEqual([]);
  });
});

describe('parseWorkProgramme: a plan listed by month, "Title – Decision maker – Lead officer"', () => {
  it('dates each item to the first of its month and takes the decision maker out of the title', () => {
    const i = parseInputFromText(
      [
        'CABINET FORWARD PLAN',
        'June 2026',
        '• Revenue and Capital Outturn 2025/26 – Cabinet – Euphemia Catterall',
        '• Fees for Pre-Application Planning Advice – Cabinet Member for Regeneration – Marigold Blakeway',
        'July 2026',
        '• Quarter 1 Finance and Performance Report – Cabinet – Euphemia Catterall',
      ].join('\n'),
      { type: 'work-programme' },
    );
    expect(parseWorkProgramme(i).map((w) => [w.meetingDate, w.title, w.leadOfficer])).toEqual([
      ['2026-06-01', 'Revenue and Capital Outturn 2025/26', 'Euphemia Catterall'],
      ['2026-06-01', 'Fees for Pre-Application Planning Advice', 'Marigold Blakeway'],
      ['2026-07-01', 'Quarter 1 Finance and Performance Report', 'Euphemia Catterall'],
    ]);
  });
});
