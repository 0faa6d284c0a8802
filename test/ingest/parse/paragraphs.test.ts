import { describe, expect, it } from 'vitest';
import type { Line } from '../../../ingest/layout/types.ts';
import { joinText, paragraphStart, splitParagraphs } from '../../../ingest/parse/paragraphs.ts';

let y = 0;
function line(text: string, o: Omit<Partial<Line>, 'cells'> & { gap?: number; cells?: string[] } = {}): Line {
  y += o.gap ?? 14;
  const cells = (o.cells ?? [text]).map((t, i) => ({ x: 57 + i * 40, xEnd: 57 + i * 40 + 30, text: t }));
  return { page: o.page ?? 1, y, x: 57, xEnd: 500, text: o.cells ? o.cells.join(' ') : text, fontSize: 11, bold: o.bold ?? false, cells };
}

describe('paragraphStart', () => {
  it('does not take a quantity for a paragraph number ("• 3.5 FTE temporary …")', () => {
    expect(paragraphStart(line('• 3.5 FTE temporary Advanced Social Work Practitioner (Band C)'))).toBeNull();
    expect(paragraphStart(line('x', { cells: ['2.5', 'WTE posts until March'] }))).toBeNull();
    expect(paragraphStart(line('• 1.1. The NHS belongs to us all'))).toEqual({ number: '1.1', rest: 'The NHS belongs to us all' });
  });

  it('reads printed numbers without the trailing dot', () => {
    expect(paragraphStart(line('21. The total cost is £350,820.'))).toEqual({ number: '21', rest: 'The total cost is £350,820.' });
    expect(paragraphStart(line('• 2.3 The plan'))).toEqual({ number: '2.3', rest: 'The plan' });
    expect(paragraphStart(line('x', { cells: ['5.1', 'Cabinet is asked'] }))).toEqual({ number: '5.1', rest: 'Cabinet is asked' });
    expect(paragraphStart(line('2020 were confirmed and signed by the Chair.'))).toBeNull();
    expect(paragraphStart(line('1.5 million people live in the county'))).toBeNull();
  });
});

describe('joinText', () => {
  it('removes only real soft hyphens and keeps compound hyphens', () => {
    expect(joinText('recom\u00ad', 'mendation')).toBe('recommendation');
    expect(joinText('decision-', 'making')).toBe('decision-making');
    expect(joinText('end of', 'line')).toBe('end of line');
  });
});

describe('splitParagraphs', () => {
  it('joins wrapped lines, keeps lettered sub-items and tracks sections', () => {
    y = 0;
    const paras = splitParagraphs([
      line('Purpose of the Report', { bold: true }),
      line('1. The purpose of this report is to seek', { gap: 22 }),
      line('approval, as the committee asked at its'),
      line('last meeting, of the following:'),
      line('a. the pilot', { gap: 22 }),
      line('b. a follow-up report.', { gap: 22 }),
      line('Financial Implications', { bold: true, gap: 22 }),
      line('2. The cost is met from', { gap: 22 }),
      line('reserves.'),
      line('An unnumbered paragraph', { gap: 22 }),
      line('follows.'),
      line('It continues on the next page', { gap: 22 }),
      line('and ends here.', { page: 2 }),
    ]);
    expect(paras).toEqual([
      { number: '1', page: 1, section: 'Purpose of the Report', text: 'The purpose of this report is to seek approval, as the committee asked at its last meeting, of the following: a. the pilot b. a follow-up report.' },
      { number: '2', page: 1, section: 'Financial Implications', text: 'The cost is met from reserves.' },
      { number: null, page: 1, section: 'Financial Implications', text: 'An unnumbered paragraph follows.' },
      { number: null, page: 1, section: 'Financial Implications', text: 'It continues on the next page and ends here.' },
    ]);
  });

  it('keeps a minute\'s sub-headings under its title, and a capitals title that wraps after a comma whole', () => {
    y = 0;
    const paras = splitParagraphs([
      line('LSC/25/07 APPLICATION FOR A NEW PREMISES LICENCE – THE LANTERN ROOMS,', { bold: true }),
      line('14 QUAY STREET, CHEVERTON', { bold: true }),
      line('The Sub-Committee considered the application.', { gap: 22 }),
      line('Decision', { bold: true, gap: 22 }),
      line('The Sub-Committee determined to grant the application.', { gap: 22 }),
      line('LSC/25/08 ANY OTHER BUSINESS', { bold: true, gap: 22 }),
      line('There was none.', { gap: 22 }),
    ]);
    expect(paras.map((p) => p.section)).toEqual([
      'APPLICATION FOR A NEW PREMISES LICENCE – THE LANTERN ROOMS, QUAY STREET, CHEVERTON',
      'APPLICATION FOR A NEW PREMISES LICENCE – THE LANTERN ROOMS, QUAY STREET, CHEVERTON – Decision',
      'ANY OTHER BUSINESS',
    ]);
  });

  it('keeps a run of bold lines with nothing under them (a membership list) as a paragraph, not lost headings', () => {
    y = 0;
    const paras = splitParagraphs([
      line('Membership', { bold: true, gap: 22 }),
      line('COUNCILLORS', { bold: true, gap: 22 }),
      line('Tony Harper (Chairman)', { bold: true, gap: 22 }),
      line('Boyd Elliott (Vice-Chairman)', { bold: true, gap: 22 }),
      line('Joyce Bosnjak', { bold: true, gap: 22 }),
      line('OFFICERS IN ATTENDANCE', { bold: true, gap: 22 }),
      line('Melanie Brooks, Corporate Director', { gap: 22 }),
      line('1. MINUTES OF THE LAST MEETING', { bold: true, gap: 22 }),
      line('The minutes were confirmed.', { gap: 22 }),
    ]);
    expect(paras[0]).toMatchObject({ section: 'Membership', text: 'Membership\nCOUNCILLORS\nTony Harper (Chairman)\nBoyd Elliott (Vice-Chairman)\nJoyce Bosnjak' });
    // the run's last line heads the text under it, as before
    expect(paras[1]).toMatchObject({ section: 'OFFICERS IN ATTENDANCE', text: 'Melanie Brooks, Corporate Director' });
    expect(paras).toHaveLength(3);
  });

  it('does not keep two or three headings in a row as a block', () => {
    y = 0;
    const paras = splitParagraphs([
      line('PART A', { bold: true, gap: 22 }),
      line('Purpose of the Report', { bold: true, gap: 22 }),
      line('The report seeks approval.', { gap: 22 }),
    ]);
    expect(paras.map((p) => [p.section, p.text])).toEqual([['Purpose of the Report', 'The report seeks approval.']]);
  });

  it('collects table rows into one unnumbered paragraph', () => {
    y = 0;
    const paras = splitParagraphs([line('x', { cells: ['Activity', '2020/21', 'Total'] }), line('x', { cells: ['Set up', '£8,000', '£42,000'] })]);
    expect(paras).toEqual([{ number: null, page: 1, section: null, text: 'Activity | 2020/21 | Total\nSet up | £8,000 | £42,000' }]);
  });
});

describe('splitParagraphs: run-in headings', () => {
  it('reads "Consultation. The proposals …" as a heading and the start of its paragraph', () => {
    const out = splitParagraphs([
      line('Recommendations. It is recommended:', { bold: true }),
      line('(1) That the objections be overruled.'),
      line('Consultation. The proposals were advertised on site', { bold: true }),
      line('from 4 September to 26 September 2025. Twenty-three responses were received.'),
      line('Background. Station Road carries 6,800 vehicles a day.'),
    ]);
    expect(out.map((p) => [p.section, p.text])).toEqual([
      ['Recommendations', 'It is recommended: (1) That the objections be overruled.'],
      ['Consultation', 'The proposals were advertised on site from 4 September to 26 September 2025. Twenty-three responses were received.'],
      ['Background', 'Station Road carries 6,800 vehicles a day.'],
    ]);
  });
});

describe('splitParagraphs front matter', () => {
  it('keeps a field value\'s further lines with the field, not as a section heading', () => {
    const at = (text: string, x: number, yy: number, bold = true, label?: string): Line => ({
      page: 1, y: yy, x: label ? 71 : x, xEnd: 500, text: label ? `${label} ${text}` : text, fontSize: 11, bold,
      cells: label ? [{ x: 71, xEnd: 100, text: label }, { x, xEnd: 500, text }] : [{ x, xEnd: 500, text }],
    });
    const paras = splitParagraphs([
      at('Rory Love, Cabinet Member for Education and Skills', 156, 68, true, 'From:'),
      at('Sarah Hammond, Corporate Director of Children, Young People', 156, 96),
      at('and Education', 156, 109),
      at('Cabinet – 30 January 2025', 156, 137, true, 'To:'),
      at('Summary:', 71, 180),
      at('The plan sets out the need for school places.', 71, 200, false),
    ]);
    expect(paras.map((p) => [p.section, p.text])).toEqual([
      [null, 'From: Rory Love, Cabinet Member for Education and Skills Sarah Hammond, Corporate Director of Children, Young People and Education'],
      [null, 'To: Cabinet – 30 January 2025'],
      ['Summary', 'The plan sets out the need for school places.'],
    ]);
  });
});

describe('splitParagraphs: contact blocks', () => {
  it('keeps the name, role, phone and e-mail after "please contact:" in one paragraph (the name is not a heading)', () => {
    y = 0;
    const out = splitParagraphs([
      line('RECOMMENDATION/S', { bold: true, gap: 30 }),
      line('1) That Committee approves the development of Local Area Coordination.', { gap: 20 }),
      line('Corporate Director for Adult Social Care and Health', { bold: true, gap: 40 }),
      line('For any enquiries about this report please contact:', { gap: 28 }),
      line('Linzi Adams', { bold: true, gap: 28 }),
      line('Project Manager, Service Improvement Team', { bold: true, gap: 28 }),
      line('T: 0115 9773089', { gap: 28 }),
      line('E: linzi.adams@example.gov.uk', { gap: 14 }),
      line('Constitutional Comments (CEH 28/01/21)', { bold: true, gap: 40 }),
      line('The recommendations are within the remit of the Committee.', { gap: 20 }),
    ]);
    const contact = out.find((p) => p.text.startsWith('For any enquiries'));
    expect(contact?.text).toBe('For any enquiries about this report please contact: Linzi Adams Project Manager, Service Improvement Team T: 0115 9773089 E: linzi.adams@example.gov.uk');
    // the block ends at the next section
    expect(out.at(-1)).toMatchObject({ section: 'Constitutional Comments (CEH 28/01/21)', text: 'The recommendations are within the remit of the Committee.' });
  });
});

describe('splitParagraphs: a timetable of stages and dates', () => {
  it('keeps each dated row ("Adoption by Council | February 2027") as a paragraph of its own, not a field or prose', () => {
    const out = splitParagraphs([
      line('The key dates are:'),
      line('x', { cells: ['Examination hearings', 'June – July 2026'] }),
      line('x', { cells: ['Adoption by Council', 'February 2027'] }),
      line('x', { cells: ['Published:', '1 December 2025'] }),
      line('x', { cells: ['To', 'Cabinet – 30 January 2025'] }),
    ]);
    expect(out.map((p) => p.text)).toEqual(['The key dates are:', 'Examination hearings | June – July 2026', 'Adoption by Council | February 2027', 'Published: 1 December 2025 To Cabinet – 30 January 2025']);
  });
});

describe('splitParagraphs: a bold bulleted line is a list\'s item, not a heading', () => {
  it('keeps "• Revenue and Capital Outturn 2025/26 – Cabinet – Euphemia Catterall" (a key decision in bold) as text', () => {
    const out = splitParagraphs([
      line('June 2026', { bold: true }),
      line('• Revenue and Capital Outturn 2025/26 – Cabinet – Euphemia Catterall', { bold: true }),
      line('• Home to School Transport Framework Award – Cabinet – Evander Roscoe'),
    ]);
    expect(out.map((p) => [p.section, p.text])).toEqual([
      ['June 2026', 'Revenue and Capital Outturn 2025/26 – Cabinet – Euphemia Catterall Home to School Transport Framework Award – Cabinet – Evander Roscoe'],
    ]);
  });
});
