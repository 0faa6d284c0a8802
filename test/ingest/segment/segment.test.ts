import { describe, expect, it } from 'vitest';
import type { LayoutPage, Line } from '../../../ingest/layout/types.ts';
import { segmentPages } from '../../../ingest/segment/segment.ts';

function pageOf(n: number, texts: Array<string | [string, boolean]>): LayoutPage {
  const lines: Line[] = texts.map((t, i) => {
    const [text, bold] = typeof t === 'string' ? [t, false] : t;
    return { page: n, y: 60 + i * 20, x: 57, xEnd: 500, text, fontSize: 11, bold, cells: [{ x: 57, xEnd: 500, text }] };
  });
  return { page: n, width: 595, height: 842, lines, tables: [] };
}

describe('segmentPages', () => {
  const pack = [
    pageOf(1, [['Borsetshire County Council', true], ['Cabinet', true], ['Tuesday, 14 May 2024 at 10:00', true], ['AGENDA', true], '5 Highways Maintenance Contract', '6 Library Opening Hours']),
    pageOf(2, [
      ['Report to Cabinet', true],
      '14 May 2024',
      ['Agenda Item: 5', true],
      ['NOT FOR PUBLICATION', true],
      'This report contains exempt information by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972.',
      ['REPORT OF THE DIRECTOR OF PLACE', true],
      ['HIGHWAYS MAINTENANCE CONTRACT', true],
      ['Purpose of the Report', true],
      '1. To award the contract. Borsetshire County Council will let it.',
    ]),
    pageOf(3, ['2. The contract runs for five years.', ['Appendix A - Tender Scores', true], 'Bidder A 71', 'Bidder B 64']),
    pageOf(4, [['Report to Cabinet', true], '14 May 2024', ['Agenda Item: 6', true], ['REPORT OF THE DIRECTOR OF COMMUNITIES', true], ['LIBRARY OPENING HOURS', true], ['Purpose of the Report', true], '1. To agree new opening hours.']),
  ];

  it('splits a pack at report headers and appendix headings, with page ranges', () => {
    const parts = segmentPages(pack);
    expect(parts.map((p) => [p.type, p.firstPage, p.lastPage, p.agendaItem])).toEqual([
      ['agenda', 1, 1, null],
      ['report', 2, 3, '5'],
      ['appendix', 3, 3, '5'],
      ['report', 4, 4, '6'],
    ]);
    // a part's pages hold only its own lines
    expect(parts[2]!.pages[0]!.lines.map((l) => l.text)).toEqual(['Appendix A - Tender Scores', 'Bidder A 71', 'Bidder B 64']);
  });

  it('marks only the exempt report (and its appendix) exempt and inherits the front sheet', () => {
    const parts = segmentPages(pack);
    expect(parts.map((p) => p.classification)).toEqual(['public', 'exempt', 'exempt', 'public']);
    expect(parts[1]).toMatchObject({ title: 'Highways Maintenance Contract', author: 'DIRECTOR OF PLACE', committee: 'Cabinet', meetingDate: '2024-05-14' });
    expect(parts[3]).toMatchObject({ title: 'Library Opening Hours', council: 'Borsetshire County Council', committee: 'Cabinet' });
    expect(parts[0]).toMatchObject({ type: 'agenda', meetingDate: '2024-05-14', council: 'Borsetshire County Council' });
  });
});

describe('segmentPages on a report that lists its appendices (held-out audit, H11)', () => {
  it('does not take the closing list of appendices for appendix headings', () => {
    const pages = [
      pageOf(1, [['From: Derek Murphy, Cabinet Member', true], ['To: Cabinet – 4 March 2025', true], ['Subject: Adoption of the Local Plan', true], 'Summary: The plan is ready to adopt.']),
      pageOf(2, [
        '10.1 The plan is sound.',
        ['Contact details', true],
        'Sharon Thompson – Head of Planning Applications Group',
        ['Appendix A:', true],
        'Planning Inspector’s Report on the Examination of the Local Plan',
        ['Appendix B:', true],
        'The Local Plan as modified',
        ['Appendix C:', true],
        'Equality Impact Assessment',
      ]),
    ];
    expect(segmentPages(pages).map((d) => [d.type, d.firstPage, d.lastPage])).toEqual([['report', 1, 2]]);
  });
});

describe('segmentPages on other councils\' front sheets', () => {
  it('opens a report at a field table ("Title of report:", "Meeting date:") inside a pack', () => {
    const pages = [
      pageOf(1, [['NORTHVALE COUNCIL', true], ['CABINET', true], ['Wednesday 9 July 2025 at 6.00 pm', true], ['AGENDA', true], '4 Library Review', '5 Parking Strategy']),
      pageOf(2, [
        ['NORTHVALE COUNCIL', true],
        ['CABINET', true],
        'Meeting date: 9 July 2025',
        'Title of report: Library Review',
        'Portfolio Holder: Cllr A Jones',
        'Report author: B Smith, Head of Libraries',
        ['1. Purpose', true],
        '1.1 To agree the outcome of the review the Cabinet started on 2 April 2025.',
      ]),
      pageOf(3, ['2.1 The review found …', ['Appendices', true], 'Appendix A – Consultation responses']),
      pageOf(4, [
        ['Item 5', true],
        ['Report to: Cabinet', true],
        'Date of meeting: 9 July 2025',
        'Report of: Director of Place',
        ['Parking Strategy', true],
        ['1. Purpose', true],
        '1.1 To adopt the strategy.',
      ]),
    ];
    const parts = segmentPages(pages);
    expect(parts.map((p) => [p.type, p.firstPage, p.lastPage, p.agendaItem])).toEqual([
      ['agenda', 1, 1, null],
      ['report', 2, 3, '4'],
      ['report', 4, 4, '5'],
    ]);
    expect(parts[1]).toMatchObject({ title: 'Library Review', committee: 'Cabinet', meetingDate: '2025-07-09', council: 'Northvale Council', author: 'B Smith, Head of Libraries' });
    expect(parts[2]).toMatchObject({ title: 'Parking Strategy', committee: 'Cabinet', meetingDate: '2025-07-09', author: 'Director of Place' });
  });

  it('types and dates minutes headed "Minute of Meeting of …"', () => {
    const pages = [
      pageOf(1, [
        ['NORTHVALE COUNCIL', true],
        ['Minute of Meeting of the Finance and Resources Committee held in the Council Chambers on', true],
        ['Wednesday 4 June 2025 at 10.00 am', true],
        'Present: Councillor A Jones (Convener).',
        ['1. Minute of Previous Meeting', true],
        'The minute of the meeting of 7 May 2025 was approved. The report recommended approval.',
      ]),
    ];
    expect(segmentPages(pages).map((p) => [p.type, p.committee, p.meetingDate, p.council])).toEqual([['minutes', 'Finance and Resources Committee', '2025-06-04', 'Northvale Council']]);
  });

  it('types minutes whose front is a field table ("Meeting | Decision Session …", "Date | 14 October 2025")', () => {
    const page = pageOf(1, [['City of Halverston Council', true], ['Committee Minutes', true], 'Meeting Decision Session – Executive Member for Transport', 'Date 14 October 2025', ['18. Declarations of Interest (10.01 am)', true], 'None were declared.']);
    for (const [k, cells] of [[2, ['Meeting', 'Decision Session – Executive Member for Transport']], [3, ['Date', '14 October 2025']]] as const) {
      page.lines[k]!.cells = cells.map((text, i) => ({ x: 57 + i * 120, xEnd: 150 + i * 300, text }));
    }
    expect(segmentPages([page]).map((p) => [p.type, p.meetingDate])).toEqual([['minutes', '2025-10-14']]);
  });
});

describe('segmentPages: decision notices and listed work programmes', () => {
  it('types a "DECISION NOTICE" or "Record of Officer Decision" as a decision record, and a prose mention does not', () => {
    const notice = segmentPages([pageOf(1, [['NORTH HARLAND COMBINED AUTHORITY', true], ['DECISION NOTICE', true], 'Decision reference: NHCA/DN/2025/047', 'Date of decision: 2 October 2025', 'Decision taken:'])]);
    expect(notice.map((p) => p.type)).toEqual(['decision-record']);
    const officer = segmentPages([pageOf(1, [['Record of Officer Decision', true], 'Decision maker: Director of Place', 'Date of decision: 5 May 2025'])]);
    expect(officer.map((p) => p.type)).toEqual(['decision-record']);
    const prose = segmentPages([pageOf(1, [['Report to: Cabinet', true], 'Date of meeting: 9 July 2025', 'A decision notice will be published within five days.'])]);
    expect(prose.map((p) => p.type)).toEqual(['report']);
  });

  it('does not date a work programme by the first of the meetings it lists', () => {
    const parts = segmentPages([pageOf(1, [['CASTERWICK BOROUGH COUNCIL', true], ['HEALTH SCRUTINY COMMITTEE', true], ['WORK PROGRAMME 2025/26', true], 'Updated: 1 September 2025', '14 October 2025 meeting:', '- Charging Policy Review'])]);
    expect(parts.map((p) => [p.type, p.meetingDate])).toEqual([['work-programme', null]]);
  });
});

describe('segmentPages: a forward plan\'s entries and a report\'s timetable are not new papers', () => {
  const fieldLine = (n: number, i: number, label: string, value: string): Line => ({
    page: n, y: 60 + i * 20, x: 57, xEnd: 500, text: `${label} ${value}`, fontSize: 11, bold: false,
    cells: [{ x: 57, xEnd: 180, text: label }, { x: 200, xEnd: 500, text: value }],
  });

  it('keeps a forward plan\'s second page of "Title of decision: … / Decision maker: …" blocks in the plan, titled and undated by its heading', () => {
    const first = pageOf(1, [['MALLOWBURY COUNTY COUNCIL', true], ['FORWARD PLAN OF KEY DECISIONS', true], 'For decisions to be taken between 1 January and 30 April 2026']);
    const entry = (n: number, at: number, title: string, date: string): Line[] => [
      fieldLine(n, at, 'Title of decision:', title),
      fieldLine(n, at + 1, 'Decision maker:', 'Cabinet'),
      fieldLine(n, at + 2, 'Date of decision:', date),
      fieldLine(n, at + 3, 'Lead officer:', 'Hester Rainford'),
    ];
    first.lines.push(...entry(1, 4, 'Household Waste Recycling Centres – Online Booking System', '13 January 2026'));
    const second: LayoutPage = { page: 2, width: 595, height: 842, lines: entry(2, 0, 'Disposal of the Former Marshfield Depot', '10 March 2026'), tables: [] };
    const parts = segmentPages([first, second]);
    expect(parts.map((p) => [p.type, p.title, p.meetingDate, p.firstPage, p.lastPage])).toEqual([['work-programme', 'Forward Plan of Key Decisions', null, 1, 2]]);
  });

  it('does not start a report at a timetable row "Report to Committee on confirmation | July 2026" deep in a page', () => {
    const body = pageOf(2, ['4.1 A direction can take effect immediately or after notice.', '4.2 It is not recommended.', '5. Consultation and key dates', '5.1 Notice would be published.', 'The key dates are:', 'a', 'b', 'c', 'd', 'e']);
    body.lines.push(fieldLine(2, 10, 'Direction made and notice published', '2 March 2026'), fieldLine(2, 11, 'Report to Committee on confirmation', 'July 2026'));
    const parts = segmentPages([pageOf(1, [['SHERINGATE CITY COUNCIL', true], ['Report to: Strategic Planning Committee', true], 'Date: 27 January 2026', ['ARTICLE 4 DIRECTION', true], '1. Purpose']), body]);
    expect(parts).toHaveLength(1);
  });
});
