import { describe, expect, it } from 'vitest';
import { extract, KENT, para } from './fixtures.ts';

const KCC = 'Kent County Council';

describe('Kent County Council Cabinet papers', () => {
  it('reads a From:/To:/Subject: report (24/00096)', async () => {
    const doc = await extract(KENT('2025-01-30_24-00096_-_Commissioning_Plan_for_Education_Provision_in_Kent_2025-29_-_Report'));
    expect(doc.parts).toHaveLength(1);
    const part = doc.parts[0]!;
    expect(part).toMatchObject({
      type: 'report',
      title: 'Commissioning Plan for Education Provision in Kent 2025-29',
      committee: 'Cabinet',
      meetingDate: '2025-01-30',
      author: 'Rory Love, Cabinet Member for Education and Skills; Sarah Hammond, Corporate Director of Children, Young People and Education',
      classification: 'public',
      firstPage: 1,
      lastPage: 6,
    });
    expect(para(part, '1.1')).toMatchObject({ page: 1, section: 'Introduction' });
    expect(para(part, '1.1').text).toMatch(/^The County Council is the Strategic Commissioner of Education Provision in Kent\. This Commissioning Plan \(KCP\)/);
    // the paper numbers its recommendation 8.1 under heading 9 — kept exactly as printed
    const rec = part.paragraphs.find((p) => p.section === 'Recommendation(s)' && p.number === '8.1');
    expect(rec).toMatchObject({ page: 5, text: 'Cabinet is asked to agree the Commissioning Plan for Education Provision in Kent 2025-29.' });
  });

  it('reads a multi-author report with a decision number (24/00109)', async () => {
    const doc = await extract(KENT('2025-01-30_24-00109_-_Transfer_the_18-25_section_of_the_Strengthening_Independence_Service_-_Report'));
    const part = doc.parts[0]!;
    expect(part).toMatchObject({
      type: 'report',
      council: KCC,
      committee: 'Cabinet',
      meetingDate: '2025-01-30',
      classification: 'public',
      title:
        'Transfer the 18-25 section of the Strengthening Independence Service from the Children Young People and Education Directorate to the Adult Social Care and Health Directorate',
    });
    expect(part.author).toBe(
      'Sue Chandler, Cabinet Member for Integrated Children’s Services; Dan Watkins, Cabinet Member for Adult Social Care and Public Health; Sarah Hammond, Corporate Director, Children, Young People and Education; Richard Smith, Corporate Director, Adult Social Care and Health',
    );
    expect(para(part, '2.1')).toMatchObject({ page: 4, section: 'Key Considerations' });
    expect(part.paragraphs.find((p) => p.section === 'Recommendation(s)')?.text).toBe('Cabinet is asked to:');
  });

  it('classifies a proposed record of decision', async () => {
    const doc = await extract(KENT('2025-01-30_24-00108_-_PROD'));
    expect(doc.parts).toHaveLength(1);
    expect(doc.parts[0]).toMatchObject({
      type: 'decision-record',
      council: KCC,
      committee: 'Cabinet',
      title: 'Revenue and Capital Budget Monitoring Report – September 2024-2025',
      classification: 'public', // "For publication [Do not include information which is exempt…]"
    });
  });

  it('reads minutes with their own meeting date', async () => {
    const doc = await extract(KENT('2025-01-30_Minutes_of_the_meeting_held_on_9th_January_2025'));
    expect(doc.parts).toHaveLength(1);
    const part = doc.parts[0]!;
    expect(part).toMatchObject({ type: 'minutes', council: KCC, committee: 'Cabinet', meetingDate: '2025-01-09', firstPage: 1, lastPage: 9 });
    const sections = part.paragraphs.map((p) => p.section);
    expect(sections).toContain('Minutes of the Meeting held on 28 November 2024');
    expect(sections).toContain('Provisional Local Government Finance Settlement 2025-26');
    const resolved = part.paragraphs.find((p) => p.text.startsWith('RESOLVED that the minutes of the meeting on 28 November 2024'));
    expect(resolved).toMatchObject({ page: 1, text: 'RESOLVED that the minutes of the meeting on 28 November 2024 were a correct record and that they be signed by the Chair' });
  });

  it('reads an agenda front sheet', async () => {
    const doc = await extract(KENT('2025-01-30_Agenda_frontsheet_30th-Jan-2025_10.00_Cabinet'));
    expect(doc.parts.map((p) => p.type)).toEqual(['agenda']);
    expect(doc.parts[0]).toMatchObject({ committee: 'Cabinet', meetingDate: '2025-01-30', classification: 'public' });
  });

  it('splits a supplementary pack into its covering letter and the record of decision', async () => {
    const doc = await extract(KENT('2025-01-30_pack_24-00096_-_PROD_30th-Jan-2025_10.00_Cabinet'));
    expect(doc.parts.map((p) => [p.type, p.firstPage, p.lastPage, p.agendaItem])).toEqual([
      ['agenda', 1, 2, null],
      ['decision-record', 3, 6, '9'],
    ]);
    expect(doc.parts[1]).toMatchObject({
      title: 'Commissioning Plan for Education Provision in Kent 2025-29',
      council: KCC,
      committee: 'Cabinet',
      meetingDate: '2025-01-30',
    });
    // the moderngov "Page N" stamp sharing a baseline with body text is gone
    expect(doc.parts[1]!.paragraphs.some((p) => /\bPage \d+\b/.test(p.text))).toBe(false);
  });

  it('reads a report with a By: line (call-in)', async () => {
    const doc = await extract(KENT('2025-03-04_Scrutiny_Committee_-_call-in_Family_Hubs_Report_to_Cabinet_-_FINAL'));
    expect(doc.parts[0]).toMatchObject({
      type: 'report',
      author: 'Anna Taylor, Scrutiny Research Officer',
      committee: 'Cabinet',
      meetingDate: '2025-03-04',
      title: 'Cabinet reconsideration of Decision 24/00093 - Future of Commissioned Services at Seashells and Millmead Family Hubs',
    });
    expect(para(doc.parts[0]!, '1')).toMatchObject({ page: 1, section: 'Introduction' });
  });

  it('reads an impact assessment as other and a table appendix', async () => {
    const eqia = await extract(KENT('2025-01-30_24-00115_-_EqIA'));
    expect(eqia.parts.map((p) => [p.type, p.title])).toEqual([['other', 'KCC adoption of ICS delivery Plan']]);
    const appD = await extract(KENT('2025-01-30_Appendix_D_21.01.25'));
    expect(appD.parts[0]).toMatchObject({ type: 'appendix', title: 'APPENDIX D - High Level 2025-28 Revenue Plan and Financing' });
  });
});
