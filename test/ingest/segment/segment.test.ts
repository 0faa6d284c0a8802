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
