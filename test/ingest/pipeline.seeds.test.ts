import { describe, expect, it } from 'vitest';
import { extract, para, SEED } from './fixtures.ts';

const ASC = 'Adult Social Care and Public Health Committee';
const NOTTS = 'Nottinghamshire County Council';

describe('seed 001: Nottinghamshire ASC&PH agenda pack, 8 Feb 2021', () => {
  it('splits the pack into agenda, minutes, reports, appendices and the work programme', async () => {
    const doc = await extract(SEED('001'));
    expect(doc.status).toBe('ok');
    expect(doc.pages).toBe(58);
    expect(doc.parts.map((p) => [p.type, p.agendaItem, p.firstPage, p.lastPage])).toEqual([
      ['agenda', null, 1, 1],
      ['minutes', '1', 1, 5],
      ['report', '4', 5, 11],
      ['appendix', '4', 11, 11],
      ['report', '5', 11, 18],
      ['report', '6', 18, 44],
      ['appendix', '6', 44, 47],
      ['report', '7', 47, 53],
      ['report', '8', 53, 56],
      ['work-programme', '9', 56, 58],
    ]);
  });

  it('reads the front sheet and inherits council and committee into every part', async () => {
    const doc = await extract(SEED('001'));
    const [agenda, minutes, digital] = doc.parts;
    expect(agenda).toMatchObject({ council: NOTTS, committee: ASC, meetingDate: '2021-02-08', classification: 'public' });
    // the minutes record the previous meeting
    expect(minutes).toMatchObject({ committee: ASC, meetingDate: '2021-01-11' });
    expect(digital).toMatchObject({
      title: "Adult Social Care and Public Health Department's Digital Strategy for 2021-2024",
      author: 'DIRECTOR FOR TRANSFORMATION AND SERVICE IMPROVEMENT',
      council: NOTTS,
      committee: ASC,
      meetingDate: '2021-02-08',
    });
    for (const p of doc.parts) expect(p.council).toBe(NOTTS);
    expect(doc.parts[5]!.title).toBe('Development of Integrated Care Systems in Nottinghamshire and National Consultation Response');
    expect(doc.parts[6]!.title).toBe('Appendix 2 - Nottinghamshire County Council response to NHSE/I consultation paper');
  });

  it('splits numbered paragraphs with their sections and pages', async () => {
    const doc = await extract(SEED('001'));
    const digital = doc.parts[2]!;
    expect(para(digital, '1')).toMatchObject({ page: 5, section: 'Purpose of the Report' });
    expect(para(digital, '1').text).toBe(
      'The purpose of this report is to seek approval for the proposed approach to the development of an Adult Social Care and Public Health Digital Strategy and Plan for 2021-2024.',
    );
    // paragraph 17 starts at the top of page 8 and keeps its wrapped lines
    expect(para(digital, '17')).toMatchObject({ page: 8 });
    expect(para(digital, '17').text).toMatch(/^The need to develop a Digital Strategy .* on 11th January 2021\.$/);
    // lettered sub-items stay with paragraph 18
    expect(para(digital, '18').text).toMatch(/^The following approach .* proposed: a\. development of a whole department Digital Strategy, including Public Health b\. incorporating/);
    const ph = doc.parts[7]!;
    expect(para(ph, '60')).toMatchObject({ page: 52, section: 'RECOMMENDATION' });
    expect(para(ph, '60').text).toBe(
      'The Adult Social Care and Public Health Committee considers whether there are any further actions it requires arising from the information in this report.',
    );
  });

  it('keeps minute headings as sections and resolutions in order', async () => {
    const doc = await extract(SEED('001'));
    const minutes = doc.parts[1]!;
    const sections = [...new Set(minutes.paragraphs.map((p) => p.section))];
    expect(sections).toContain('MINUTES OF THE LAST MEETING');
    expect(sections).toContain('RESOLVED 2021/001');
    expect(sections.indexOf('RESOLVED 2021/002')).toBeGreaterThan(sections.indexOf('RESOLVED 2021/001'));
    const r2 = minutes.paragraphs.find((p) => p.section === 'RESOLVED 2021/002')!;
    expect(r2.page).toBe(3);
    expect(r2.text).toMatch(/^The Adult Social Care and Public Health Committee: 1\) Approves the use of the Contain Outbreak Management Fund/);
  });
});

describe('single seed reports', () => {
  it('000: Notts report with "Report to" header', async () => {
    const doc = await extract(SEED('000'));
    expect(doc.parts).toHaveLength(1);
    expect(doc.parts[0]).toMatchObject({
      type: 'report',
      title: 'Nottinghamshire Integrated Accelerator Pilot and Integrated Care Teams Project',
      committee: ASC,
      meetingDate: '2018-10-08',
      agendaItem: '9',
      author: 'TRANSFORMATION PROGRAMME DIRECTOR',
      // only Manchester City Council is named, once, in passing: not the paper's own council
      council: null,
      classification: 'public',
      firstPage: 1,
      lastPage: 8,
    });
    const part = doc.parts[0]!;
    expect(para(part, '1').text).toMatch(/^The purpose of the report .* seek approval of the following: a\. the proposed implementation .* d\. the disestablishment of 17 social care posts currently dedicated to Integrated Care Teams from 1st April 2019\.$/);
    // "during 2019-" / "20. This will…" is a wrapped year range, not paragraph 20
    expect(para(part, '8').text).toMatch(/during 2019-20\. This will extend/);
    expect(part.paragraphs.filter((p) => p.number === '20')).toHaveLength(1);
    expect(para(part, '37').section).toBe('Financial Implications');
  });

  it('002: Notts report with "Agenda Item" header', async () => {
    const doc = await extract(SEED('002'));
    expect(doc.parts.map((p) => p.type)).toEqual(['report']);
    expect(doc.parts[0]).toMatchObject({
      title: 'Adults and Health Recovery from COVID',
      agendaItem: '6',
      meetingDate: '2021-07-26',
      author: 'CORPORATE DIRECTOR, ADULT SOCIAL CARE AND HEALTH',
      council: NOTTS,
    });
    expect(para(doc.parts[0]!, '5')).toMatchObject({ page: 1, section: 'Purpose of the Report' });
  });

  it('003: Leicestershire report that names no committee or date', async () => {
    const doc = await extract(SEED('003'));
    expect(doc.parts).toHaveLength(1);
    expect(doc.parts[0]).toMatchObject({
      type: 'report',
      title: 'Developing Sustainable Health and Social Care',
      author: 'DIRECTOR OF ADULTS AND COMMUNITIES',
      committee: null,
      meetingDate: null,
    });
    expect(para(doc.parts[0]!, '1')).toMatchObject({ page: 1, section: 'Purpose of report' });
  });

  it('004: Nottingham City scrutiny report with 1.1-style numbers behind bullets', async () => {
    const doc = await extract(SEED('004'));
    expect(doc.parts[0]).toMatchObject({
      type: 'report',
      title: 'Adult Social Care Single Integrated Delivery Plan 2024-28',
      committee: 'Health and Adult Social Care Scrutiny Committee',
      meetingDate: '2024-06-13',
      author: 'Roz Howie, Interim Director of Adult Health, Social Care and Commissioning',
    });
    const part = doc.parts[0]!;
    expect(para(part, '1.1')).toMatchObject({ page: 1, section: 'Purpose' });
    expect(para(part, '2.1').section).toBe('Background Information');
    expect(para(part, '2.1').text).toMatch(/^The strategic context for the Council is complex .* undertaken and support prioritisation and sequencing of work\.$/);
  });
});
