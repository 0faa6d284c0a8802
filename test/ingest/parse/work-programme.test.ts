import { describe, expect, it } from 'vitest';
import type { Table } from '../../../ingest/model.ts';
import { meetingDateOf, parseWorkProgramme } from '../../../ingest/parse/work-programme.ts';
import { factsOf } from '../../helpers/h4-facts.ts';
import { input, line } from '../../helpers/h4-lines.ts';
import { parseInputFromText } from '../../helpers/parse-input.ts';

describe('meetingDateOf', () => {
  it.each([
    ['29 March 2021', '2021-03-29'],
    ['Tuesday 14th June 2021', '2021-06-14'],
    ['14/06/2021', '2021-06-14'],
    ['Tue 3 Feb 26', '2026-02-03'],
    ['Thurs. 28 May 2026', '2026-05-28'],
    ['June 2021', '2021-06-01'],
    ['TBC', null],
    ['To be confirmed', null],
  ])('%s → %s', (text, iso) => {
    expect(meetingDateOf(text)).toBe(iso);
  });
  it('is undefined for anything that is not only a date', () => {
    expect(meetingDateOf('Review of workforce restructure in 2021')).toBeUndefined();
  });
});

describe('parseWorkProgramme on a forward plan with a date column in another order', () => {
  it('reads items and carries the meeting date down blank date cells', () => {
    const t: Table = {
      page: 2,
      lastPage: 2,
      header: ['Meeting date', 'Subject', 'Lead Officer'],
      unit: null,
      totalColumns: [],
      rows: [
        { cells: ['14 June 2021', 'Budget outturn', 'Director of Finance'], isTotal: false, page: 2 },
        { cells: ['', 'Carers Strategy', 'Service Director'], isTotal: false, page: 2 },
        { cells: ['12 July 2021', 'Day Opportunities', ''], isTotal: false, page: 2 },
      ],
    };
    expect(parseWorkProgramme(input({ tables: [t] }))).toEqual([
      { meetingDate: '2021-06-14', title: 'Budget outturn', summary: null, leadOfficer: 'Director of Finance', author: null, page: 2 },
      { meetingDate: '2021-06-14', title: 'Carers Strategy', summary: null, leadOfficer: 'Service Director', author: null, page: 2 },
      { meetingDate: '2021-07-12', title: 'Day Opportunities', summary: null, leadOfficer: null, author: null, page: 2 },
    ]);
  });

  it('ignores post and cost tables that happen to have a title column', () => {
    const t: Table = { page: 1, lastPage: 1, header: ['Post Title', 'FTE', 'End date', 'Cost per annum'], unit: '£', totalColumns: [], rows: [{ cells: ['Officer', '1', '2022', '£1'], isTotal: false, page: 1 }] };
    expect(parseWorkProgramme(input({ tables: [t] }))).toEqual([]);
  });
});

describe('parseWorkProgramme: a matrix of topics by meeting month', () => {
  const matrix = (header: string[], rows: string[][]): Table => ({
    page: 1, lastPage: 1, header, unit: null, totalColumns: [],
    rows: rows.map((cells) => ({ cells, isTotal: false, page: 1 })),
  });
  const key = line(1, 100, [[50, 'Meeting dates: 12 June 2025 (Jun), 18 September 2025 (Sep), 22 January 2026 (Jan) and 19 March 2026 (Mar).']]);
  const wp = { type: 'work-programme' as const, title: 'Work Programme 2025/26', council: null, committee: null, meetingDate: null, agendaItem: null, author: null, classification: 'public' as const, firstPage: 1, lastPage: 1 };

  it('gives one item per marked cell, dated from the meeting dates the paper prints, in meeting order', () => {
    const t = matrix(['Topic', 'Lead officer', 'Jun', 'Sep', 'Jan', 'Mar'], [
      ['Performance monitoring', 'Esther Lockyer', '', 'X', '', 'X'],
      ['Local Transport Plan 4', 'Maryam Hollingdrake', 'x', '', '✓', ''],
      ['Parks Strategy', 'Nasreen Bellweather', '', '', '', 'Q3 update'],
    ]);
    const items = parseWorkProgramme(input({ tables: [t], lines: [key], meta: wp }));
    expect(items.map((i) => [i.meetingDate, i.title, i.leadOfficer, i.summary])).toEqual([
      ['2025-06-12', 'Local Transport Plan 4', 'Maryam Hollingdrake', null],
      ['2025-09-18', 'Performance monitoring', 'Esther Lockyer', null],
      ['2026-01-22', 'Local Transport Plan 4', 'Maryam Hollingdrake', null],
      ['2026-03-19', 'Performance monitoring', 'Esther Lockyer', null],
      ['2026-03-19', 'Parks Strategy', 'Nasreen Bellweather', 'Q3 update'],
    ]);
  });

  it('leaves the date empty when the paper never says which day a month’s meeting is', () => {
    const t = matrix(['Topic', 'Jun', 'Sep'], [['Flood risk', 'X', ''], ['Air quality', '', 'X']]);
    expect(parseWorkProgramme(input({ tables: [t], meta: wp })).map((i) => [i.meetingDate, i.title])).toEqual([[null, 'Flood risk'], [null, 'Air quality']]);
  });

  it('does not read a table of monthly figures as a programme', () => {
    const t = matrix(['Service', 'Apr', 'May', 'Jun'], [['Libraries', '1,200', '1,150', 'X'], ['Parks', '900', '', '950']]);
    expect(parseWorkProgramme(input({ tables: [t], lines: [key], meta: wp }))).toEqual([]);
  });
});

describe('parseWorkProgramme: a meeting date beside its bulleted items', () => {
  it('reads a two-column table (Meeting date | Items) whose cells list several items', () => {
    const lines = [
      line(4, 100, [[50, 'Work Programme 2026/27']], true),
      line(4, 120, [[50, 'Meeting date'], [160, 'Items']], true),
      line(4, 140, [[50, '9 June 2026'], [160, '• Highways Maintenance Block funding – use of the additional £4.2 million']]),
      line(4, 154, [[160, '• Annual report of the Committee 2025/26']]),
      line(4, 168, [[50, '21 July 2026'], [160, '• Bus Service Improvement Plan (BSIP) – annual progress']]),
      line(4, 182, [[160, '• Household Waste Recycling Centre (HWRC) booking']]),
      line(4, 196, [[172, 'system']]),
      line(4, 230, [[50, 'Contact: Philomena Oxtoby, Scrutiny Officer']]),
    ];
    expect(parseWorkProgramme(input({ lines })).map((i) => [i.meetingDate, i.title])).toEqual([
      ['2026-06-09', 'Highways Maintenance Block funding – use of the additional £4.2 million'],
      ['2026-06-09', 'Annual report of the Committee 2025/26'],
      ['2026-07-21', 'Bus Service Improvement Plan (BSIP) – annual progress'],
      ['2026-07-21', 'Household Waste Recycling Centre (HWRC) booking system'],
    ]);
    // the contact line under the table, left of the items, is nobody's lead officer
    expect(parseWorkProgramme(input({ lines })).every((i) => i.leadOfficer === null && i.author === null)).toBe(true);
  });
});

describe('parseWorkProgramme: a table with its meeting filled once, and topics not yet scheduled', () => {
  it('rejoins a date the columns split ("26 | November 2025 Highways …") and lists the unscheduled topics with no date', () => {
    const t: Table = {
      page: 1, lastPage: 1, header: ['Meeting', 'Item', 'Type', 'Lead'], unit: null, totalColumns: [],
      rows: [
        ['8 October 2025', 'Climate Emergency Action Plan – annual progress', 'Scrutiny', 'Anneliese Wrathall'],
        ['', 'Fly-tipping enforcement performance', 'Information', 'Callum Oduya-Pratt'],
        ['26', 'November 2025 Highways Asset Management Plan 2026–2031', 'Scrutiny', 'Bartholomew Keane'],
      ].map((cells) => ({ cells, isTotal: false, page: 1 })),
    };
    const lines = [
      line(1, 300, [[50, 'Topics suggested but not yet scheduled']], true),
      line(1, 314, [[50, '•'], [62, 'Bus service reliability and the Enhanced Partnership']]),
      line(1, 328, [[50, '•'], [62, 'Tree planting and canopy cover targets']]),
      line(1, 350, [[50, 'Notes: members may suggest topics at any time.']]),
    ];
    expect(parseWorkProgramme(input({ tables: [t], lines })).map((i) => [i.meetingDate, i.title, i.leadOfficer])).toEqual([
      ['2025-10-08', 'Climate Emergency Action Plan – annual progress', 'Anneliese Wrathall'],
      ['2025-10-08', 'Fly-tipping enforcement performance', 'Callum Oduya-Pratt'],
      ['2025-11-26', 'Highways Asset Management Plan 2026–2031', 'Bartholomew Keane'],
      [null, 'Bus service reliability and the Enhanced Partnership', null],
      [null, 'Tree planting and canopy cover targets', null],
    ]);
  });
});

describe('parseWorkProgramme: the next meeting\'s items listed under a resolution', () => {
  it('reads "… the following items be considered at the meeting on 4 December 2025:" and its bullets, officers in brackets', () => {
    const lines = [
      line(2, 100, [[50, '37. Forward Work Programme']], true),
      line(2, 114, [[50, 'RESOLVED – That the forward work programme be approved, and that the following']]),
      line(2, 128, [[50, 'items be considered at the meeting on 4 December 2025:']]),
      line(2, 142, [[60, '• Treasury Management Mid-Year Review 2025/26 (Chief Finance Officer);']]),
      line(2, 156, [[60, '• Audit Wales Annual Audit Summary 2025 (Audit Wales); and']]),
      line(2, 170, [[60, '• Fleet fuel cards – follow-up audit (Head of Audit and Risk).']]),
      line(2, 190, [[50, 'The meeting closed at 12.20 pm.']]),
    ];
    const meta = { type: 'minutes' as const, title: null, council: null, committee: null, meetingDate: '2025-09-25', agendaItem: null, author: null, classification: 'public' as const, firstPage: 1, lastPage: 2 };
    expect(parseWorkProgramme(input({ lines, meta })).map((i) => [i.meetingDate, i.title, i.leadOfficer])).toEqual([
      ['2025-12-04', 'Treasury Management Mid-Year Review 2025/26', 'Chief Finance Officer'],
      ['2025-12-04', 'Audit Wales Annual Audit Summary 2025', 'Audit Wales'],
      ['2025-12-04', 'Fleet fuel cards – follow-up audit', 'Head of Audit and Risk'],
    ]);
  });
});

describe('parseWorkProgramme on seed 001 (real pipeline)', () => {
  it('finds all 13 items under their meeting dates, the repeated header and the wrapped row merged', async () => {
    const { workProgramme } = await factsOf('fixtures/seeds/001_8a304a7deb4eeb63.pdf');
    expect(workProgramme.map((w) => [w.meetingDate, w.title])).toEqual([
      ['2021-03-29', 'Market management position statement'],
      ['2021-03-29', 'Performance and financial position update'],
      ['2021-03-29', 'Strengths-based programme'],
      ['2021-03-29', 'Older Adults Care Homes contracts and assessment beds'],
      ['2021-03-29', 'Carers Strategy'],
      ['2021-03-29', 'Hospital Discharge & Rapid Response Services'],
      ['2021-03-29', 'Suicide Prevention funding (wave 4)'],
      ['2021-06-14', 'Public Health Services Performance and Quality Report for Funded Contracts (Quarter 3)'],
      ['2021-06-14', 'Performance and financial position update'],
      ['2021-06-14', 'Review of workforce restructure in Adult Social Care'],
      ['2021-06-14', 'Day Opportunities Strategy'],
      ['2021-06-14', 'Developing Short Breaks services and support for carers in Nottinghamshire'],
      ['2021-06-14', 'Market management position statement'],
    ]);
    expect(workProgramme[9]).toMatchObject({ author: 'Sue Batty/Ainsley MacDonnell', summary: 'To update the Committee on progress with the new workforce model implemented in Sept 2020.', page: 58 });
    expect(workProgramme[4]).toMatchObject({ summary: null, leadOfficer: 'Service Director, Community Services (Living Well and Provider Services)', author: 'Dan Godley' });
  });
});

describe('parseWorkProgramme: a programme listed under meeting headings', () => {
  it('reads each item under its meeting, with its lead officer, and wrapped lines (a date in one is not a heading)', () => {
    const i = parseInputFromText(
      [
        'HEALTH SCRUTINY COMMITTEE WORK PROGRAMME 2025/26',
        '14 October 2025 meeting:',
        '- Adult Social Care Charging Policy Review',
        '    Purpose: pre-decision scrutiny of the proposed changes before Cabinet on',
        '    4 November 2025',
        '    Lead officer: Director of Adult Social Care',
        '- Quarter 1 Performance Report',
        '    Lead officer: Head of Performance',
        'Meeting: 25 November 2025',
        '1. Dementia Strategy 2026–2031',
        '    (draft)',
        'Items may move between meetings.',
      ].join('\n'),
      { type: 'work-programme' },
    );
    expect(parseWorkProgramme(i).map((w) => [w.meetingDate, w.title, w.leadOfficer])).toEqual([
      ['2025-10-14', 'Adult Social Care Charging Policy Review', 'Director of Adult Social Care'],
      ['2025-10-14', 'Quarter 1 Performance Report', 'Head of Performance'],
      ['2025-11-25', 'Dementia Strategy 2026–2031 (draft)', null],
    ]);
    expect(parseWorkProgramme(i)[0]!.summary).toBe('pre-decision scrutiny of the proposed changes before Cabinet on 4 November 2025');
  });

  it('takes a lead officer given in brackets out of the title, and keeps items "to be scheduled" with no meeting', () => {
    const i = parseInputFromText(
      [
        'Meeting: 14 January 2026',
        '- Bus Service Improvement Plan (BSIP) – annual update (Lead officer: Moira',
        '    Denholm-Pryce, Head of Transport Strategy)',
        '- Cabinet Member for Environment – annual question and answer session',
        'Items to be scheduled',
        '- Street lighting LED conversion – post-implementation review',
      ].join('\n'),
      { type: 'work-programme' },
    );
    expect(parseWorkProgramme(i).map((w) => [w.meetingDate, w.title, w.leadOfficer])).toEqual([
      ['2026-01-14', 'Bus Service Improvement Plan (BSIP) – annual update', 'Moira Denholm-Pryce'],
      ['2026-01-14', 'Cabinet Member for Environment – annual question and answer session', null],
      [null, 'Street lighting LED conversion – post-implementation review', null],
    ]);
  });

  it('reads a covering report\'s numbered sections as the report, not items, and keeps a lead officer over the Cabinet Member', () => {
    const i = parseInputFromText(
      [
        'Tuesday 15 July 2025',
        '1. Purpose of the report',
        '1.1 To ask the Committee to agree its work programme.',
        'Tuesday 9 September 2025',
        '• Highway maintenance – pothole repairs',
        'Lead officer: Dawn Ketteridge',
        'Cabinet Member: Cllr Ivor Trethowan',
        '• Electric vehicle charge points',
        'Lead officer: to be confirmed',
        'Completed since the last meeting',
        '• Air quality annual status report',
      ].join('\n'),
      { type: 'work-programme' },
    );
    expect(parseWorkProgramme(i).map((w) => [w.meetingDate, w.title, w.leadOfficer])).toEqual([
      ['2025-09-09', 'Highway maintenance – pothole repairs', 'Dawn Ketteridge'],
      ['2025-09-09', 'Electric vehicle charge points', null],
    ]);
  });

  it('reads a work programme minuted as dated bullets, each with its officer in brackets', () => {
    const i = parseInputFromText(
      [
        '38 FORWARD WORK PROGRAMME',
        'The Clerk presented the forward work programme. The following items are scheduled:',
        '• 19 February 2026 – Budget, Council Tax Precept and Medium Term Financial Plan',
        '   2026/27 (Treasurer)',
        '• 26 March 2026 – Prevention and Protection Annual Plan 2026/27 (Assistant Chief Fire Officer)',
        'RESOLVED – That the forward work programme be noted.',
      ].join('\n'),
      { type: 'minutes' },
    );
    expect(parseWorkProgramme(i).map((w) => [w.meetingDate, w.title, w.leadOfficer])).toEqual([
      ['2026-02-19', 'Budget, Council Tax Precept and Medium Term Financial Plan 2026/27', 'Treasurer'],
      ['2026-03-26', 'Prevention and Protection Annual Plan 2026/27', 'Assistant Chief Fire Officer'],
    ]);
    // dated bullets with no programme named before them are not a work programme
    expect(parseWorkProgramme(parseInputFromText('Key dates\n• 19 February 2026 – Budget', { type: 'minutes' }))).toEqual([]);
  });

  it('reads no list in a paper that is not a work programme', () => {
    expect(parseWorkProgramme(parseInputFromText('14 October 2025 meeting:\n- Some item', { type: 'report' }))).toEqual([]);
  });
});

describe('parseWorkProgramme: a covering report and a forward plan in minutes', () => {
  it('does not read a report\'s "Date:" field and its numbered headings as a programme', () => {
    const i = parseInputFromText(
      ['OVERVIEW AND SCRUTINY WORK PROGRAMME 2025/26', 'Date: 17 June 2025', '1. Purpose of report', '2. Recommendations', '3. Background'].join('\n'),
      { type: 'report' },
    );
    expect(parseWorkProgramme(i)).toEqual([]);
  });

  it('reads a forward plan minuted under dated headings, the lead officer after a dash', () => {
    const i = parseInputFromText(
      [
        '36 Pharmaceutical Needs Assessment',
        'AGREED: that the draft be approved for consultation.',
        '38 Board forward plan',
        'AGREED: that the forward plan be noted, with the following items at the next two meetings:',
        '8 July 2025',
        '• Joint Local Health and Wellbeing Strategy 2025–2030 – Dr Philippa Engstrom',
        '• Better Care Fund Quarter 4 return 2024/25 – Corinne Batsford',
        '16 September 2025',
        '• Winter Plan 2025/26 – Dr Anand Thorogood',
        'The meeting closed at 12.20 pm.',
      ].join('\n'),
      { type: 'minutes' },
    );
    expect(parseWorkProgramme(i).map((w) => [w.meetingDate, w.title, w.leadOfficer])).toEqual([
      ['2025-07-08', 'Joint Local Health and Wellbeing Strategy 2025–2030', 'Dr Philippa Engstrom'],
      ['2025-07-08', 'Better Care Fund Quarter 4 return 2024/25', 'Corinne Batsford'],
      ['2025-09-16', 'Winter Plan 2025/26', 'Dr Anand Thorogood'],
    ]);
  });
});

describe('parseWorkProgramme: items with no bullet', () => {
  it('reads titles at the margin under meeting-date headings, their Purpose and Lead officer lines indented, the officer\'s name without the role', () => {
    const i = parseInputFromText(
      [
        'Tuesday 9 June 2026',
        'Local Transport Plan 5 – draft for consultation',
        '    Purpose: To comment on the draft Local Transport Plan (LTP5) before Cabinet',
        '    approves it for consultation.',
        '    Lead officer: Gavin Teasdale-Rowe, Head of Transport Strategy',
        'Bus Service Improvement Plan – annual update',
        '    Purpose: To scrutinise patronage.',
        '    Lead officer: Associate Director, Vennshire Bus Partnership',
        'Thursday 16 July 2026',
        'Electric Vehicle Charging Strategy',
        '    Purpose: Pre-decision scrutiny of the strategy.',
        '    Lead officer: Eamon Fitzwilliam, Net Zero Programme Manager',
        'Items to be scheduled',
        '•  Street lighting LED conversion – phase 2 outcomes',
      ].join('\n'),
      { type: 'work-programme' },
    );
    expect(parseWorkProgramme(i).map((w) => [w.meetingDate, w.title, w.leadOfficer])).toEqual([
      ['2026-06-09', 'Local Transport Plan 5 – draft for consultation', 'Gavin Teasdale-Rowe'],
      ['2026-06-09', 'Bus Service Improvement Plan – annual update', 'Associate Director, Vennshire Bus Partnership'],
      ['2026-07-16', 'Electric Vehicle Charging Strategy', 'Eamon Fitzwilliam'],
      [null, 'Street lighting LED conversion – phase 2 outcomes', null],
    ]);
  });
});

describe('parseWorkProgramme: a report that cites the forward plan', () => {
  it('does not read a report as a programme because its "Key decision: Yes (Forward Plan ref. …)" field names the plan', () => {
    const i = parseInputFromText(
      ['VARNLEY BOROUGH COUNCIL', 'EXECUTIVE', '25 NOVEMBER 2025', 'HOMELESSNESS STRATEGY 2026–2031', 'Key decision: Yes (Forward Plan ref. EX/2025/041)', 'Summary', '1. The Council must publish a homelessness strategy every five years.', '2. On 30 September 2025, 212 households were in temporary accommodation.'].join('\n'),
      { type: 'report' },
    );
    expect(parseWorkProgramme(i)).toEqual([]);
  });
});

describe('parseWorkProgramme: a programme titled "Work Programme 2025/26 – as at 1 December 2025"', () => {
  it('is a programme (its "as at" date is when it was brought up to date)', async () => {
    const { PROGRAMME_TITLE } = await import('../../../ingest/segment/markers.ts');
    expect(PROGRAMME_TITLE.test('Work Programme 2025/26 – as at 1 December 2025')).toBe(true);
    expect(PROGRAMME_TITLE.test('Work Programme 2025/26 (as at 20 April 2026)')).toBe(true);
  });
});

describe('parseWorkProgramme: a work plan written as sentences', () => {
  const plan = (lines: string[]) => parseWorkProgramme(parseInputFromText(lines.join('\n'), { type: 'report' }));
  it('reads each meeting\'s items and presenters, and the items whose dates are to be confirmed', () => {
    const items = plan([
      '5. Forward work plan',
      '5.1 The work plan has been agreed with the Chair.',
      '5.2 At its meeting on 14 January 2026 the Committee will consider the draft Revenue Budget 2026/27 and',
      'Medium Term Financial Strategy, presented by Tobias Greenhalgh, Director of Finance, and the Attendance',
      'Management Action Plan, presented by Sunita Ravensdale, Head of HR.',
      '5.3 The Committee will consider the Quarter 3 Performance Report at its meeting on 11 March 2026.',
      '5.4 The Committee has also asked to consider the following items; the dates are to be confirmed:',
      '• Customer Contact Centre answering times, presented by the Head of Customer Services (date to be confirmed); and',
      '• Freedom of Information performance recovery plan (date to be confirmed).',
    ]);
    expect(items.map((i) => [i.meetingDate, i.title, i.leadOfficer])).toEqual([
      ['2026-01-14', 'draft Revenue Budget 2026/27 and Medium Term Financial Strategy', 'Tobias Greenhalgh'],
      ['2026-01-14', 'Attendance Management Action Plan', 'Sunita Ravensdale'],
      ['2026-03-11', 'Quarter 3 Performance Report', null],
      [null, 'Customer Contact Centre answering times', 'Head of Customer Services'],
      [null, 'Freedom of Information performance recovery plan', null],
    ]);
  });

  it('reads no programme from one sentence about a later meeting in a paper that names no work plan', () => {
    expect(plan(['3.1 At its meeting on 14 January 2026 the Committee will consider the final report of the review.'])).toEqual([]);
  });
});
