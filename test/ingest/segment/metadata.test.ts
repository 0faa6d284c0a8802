import { describe, expect, it } from 'vitest';
import { findDates } from '../../../ingest/segment/dates.ts';
import { findAgendaItem, findAuthor, findClassification, findCommittee, findCouncil, findMeetingDate, findTitle, headerText, titleCase, acronymsIn } from '../../../ingest/segment/metadata.ts';
import type { Line } from '../../../ingest/layout/types.ts';

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
    // a work programme's schedule of meetings is not its own date
    expect(findMeetingDate(['ECONOMY SCRUTINY PANEL', 'WORK PROGRAMME 2025/26', 'Meeting dates: 12 June 2025 (Jun), 18 September 2025 (Sep), 13 November 2025 (Nov),'], 'work-programme')).toBeNull();
  });

  it('reads a Welsh council\'s bilingual fields ("Eitem / Item: 8")', () => {
    expect(findAgendaItem(['CWM TAWELAN COUNTY BOROUGH COUNCIL', 'Adroddiad i / Report to: Cabinet', 'Dyddiad / Date: 14 October 2025', 'Eitem / Item: 8'])).toBe('8');
    expect(findMeetingDate(['Adroddiad i / Report to: Cabinet', 'Dyddiad / Date: 14 October 2025', 'Eitem / Item: 8'])).toBe('2025-10-14');
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
    expect(findCommittee(['MARROWBY BOROUGH COUNCIL', 'REPORT TO CABINET', 'Meeting date: 9 December 2025', 'Portfolio: Leader of the Council (Councillor Ashgrove-Tull)'])).toBe('Cabinet');
    // a table's header row is not a meeting's name
    expect(findCommittee(['Appendix A – Overview and Scrutiny Work Programme 2025/26', 'Meeting date Item Purpose Lead Member/Officer'])).toBeNull();
    // a body named with the Act it sits under, over "Minutes of the hearing held on …"
    expect(findCommittee(['CHEVERTON CITY COUNCIL', 'LICENSING ACT 2003 SUB-COMMITTEE', 'Minutes of the hearing held on Wednesday 6 August 2025'])).toBe('Licensing Act 2003 Sub-committee');
    expect(findMeetingDate(['LICENSING ACT 2003 SUB-COMMITTEE', 'Minutes of the hearing held on Wednesday 6 August 2025 at 10.00 am'], 'minutes')).toBe('2025-08-06');
  });

  it('titles a planning application report by its number and site, and dates an officer decision by its "Date of decision"', async () => {
    const { extractDocument } = await import('../../../ingest/pipeline.ts');
    const { SYNTHETIC6 } = await import('../../gold/holdout/synthetic6.ts');
    const planning = await extractDocument({ file: 'p.pdf', data: SYNTHETIC6['s6-planning-officer-report']!() });
    expect(planning.parts[0]!.title).toBe('25/01432/OUT – Land north of Stocks Lane, Hollinbrook');
    const decision = await extractDocument({ file: 'd.pdf', data: SYNTHETIC6['s6-officer-delegated-decision']!() });
    expect([decision.parts[0]!.type, decision.parts[0]!.meetingDate]).toEqual(['decision-record', '2025-06-09']);
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
    // a short form the paper prints in running text keeps its capitals; not a capitals phrase or a small word
    expect(titleCase('ICT SHARED SERVICE JOINT COMMITTEE', acronymsIn('the single ICT service for the three councils'))).toBe('ICT Shared Service Joint Committee');
    expect(acronymsIn('MINUTES of the MEETING of the COUNCIL held in the Council Chamber on Thursday')).toEqual(new Set());
    expect(acronymsIn('the DIGITAL STRATEGY for the department, the council and the NHS')).toEqual(new Set(['NHS']));
  });
});

describe('metadata of other councils\' papers (held-out audit, H11)', () => {
  const ln = (text: string, bold = true): Line => ({ page: 1, y: 0, x: 57, xEnd: 500, text, fontSize: 11, bold, cells: [{ x: 57, xEnd: 500, text }] });

  it('keeps acronyms as printed when re-casing a title', () => {
    expect(titleCase('DEVELOPING LOCAL AREA COORDINATION (LAC) SUPPORT IN NOTTINGHAMSHIRE')).toBe('Developing Local Area Coordination (LAC) Support in Nottinghamshire');
    expect(titleCase('NHS AND BCF FUNDING')).toBe('NHS and BCF Funding');
    expect(titleCase('ICS DELIVERY PLAN', new Set(['ICS']))).toBe('ICS Delivery Plan');
  });

  it('splits a report\'s author from a title glued onto it', () => {
    const lines = [ln('8 February 2021Agenda Item: 8REPORT OF THE DIRECTOR OF PUBLIC HEALTHBETTER CARE'), ln('FUND DEMENTIA PROJECT – PROJECT SUPPORT POSTPurpose of the Report')];
    const header = headerText(lines);
    expect(findTitle('report', lines, header)).toBe('Better Care Fund Dementia Project – Project Support Post');
    expect(findAuthor(lines, header)).toBe('DIRECTOR OF PUBLIC HEALTH');
    expect(headerText([ln('REPORT OF THE DIRECTOR OF HEALTHCARE')])).toEqual(['REPORT OF THE DIRECTOR OF HEALTHCARE']);
  });

  it('reads a mixed-case "Report of the …" author, a London borough and a town council', () => {
    expect(findAuthor([], ['Report of the Strategic Director of Housing'])).toBe('Strategic Director of Housing');
    expect(findCouncil('LONDON BOROUGH OF EASTBURY\nCabinet')).toBe('London Borough of Eastbury');
    expect(findCouncil('MARLOW BROOK TOWN COUNCIL\nMinutes')).toBe('Marlow Brook Town Council');
  });

  it('names the authorities that meet like councils, not a kind of authority on its own', () => {
    expect(findCouncil('FELLSIDE NATIONAL PARK AUTHORITY\nAUTHORITY MEETING')).toBe('Fellside National Park Authority');
    expect(findCouncil('DEVON AND SOMERSET FIRE AND RESCUE AUTHORITY\nBudget')).toBe('Devon and Somerset Fire and Rescue Authority');
    expect(findCouncil('Tees Valley Combined Authority … the Tees Valley Combined Authority')).toBe('Tees Valley Combined Authority');
    expect(findCouncil('The Fire Authority met. The Fire Authority agreed.')).toBeNull();
    expect(findCouncil('Report to the Combined Fire Authority. Combined Fire Authority')).toBeNull();
    expect(findCouncil('Kent County Council and the Kent Fire and Rescue Authority. Kent County Council')).toBe('Kent County Council');
  });

  it('dates minutes by their own heading, not as a reference to other minutes', () => {
    expect(findMeetingDate(['MARLOW BROOK TOWN COUNCIL', 'Minutes of the Meeting of the Full Council held on Monday 9 September 2024 at', '7.30pm in the Town Hall'])).toBe('2024-09-09');
    expect(findMeetingDate(['AGENDA', 'Minutes of the Meeting held on 9th January 2025', 'Thursday, 30 January 2025 at 10.00'])).toBe('2025-01-30');
  });

  it('keeps a report public when only an appendix is exempt', () => {
    const note = 'Exempt information Appendix 2 is exempt under paragraph 3 of Schedule 12A of the Local Government Act 1972 as it contains information relating to the financial or business affairs of any particular person.';
    expect(findClassification(['Cabinet'], note)).toBe('public');
    expect(findClassification(['Cabinet'], 'Exempt information: this report is exempt by virtue of paragraph 3 of Part 1 of Schedule 12A.')).toBe('exempt');
  });
});

describe('front sheets of other councils (labelled fields, Scottish and Welsh styles)', () => {
  const cell = (text: string, x: number) => ({ x, xEnd: x + 140, text });
  const field = (label: string, value: string, y: number, bold = false): Line => ({
    page: 1, y, x: 72, xEnd: 500, text: `${label} ${value}`, fontSize: 11, bold, cells: [cell(label, 72), cell(value, 230)],
  });
  const line = (text: string, y: number, bold = true, x = 72): Line => ({ page: 1, y, x, xEnd: 500, text, fontSize: 11, bold, cells: [cell(text, x)] });

  it('names a council that prints no County/Borough/District word, but not a meeting or another body', () => {
    expect(findCouncil('THE HIGHLAND COUNCIL\nReport to the Care Committee')).toBe('Highland Council');
    expect(findCouncil('Dumfries and Galloway Council\nMinute of Meeting')).toBe('Dumfries and Galloway Council');
    expect(findCouncil('CITY OF EDINBURGH COUNCIL\nCulture and Communities Committee')).toBe('City of Edinburgh Council');
    expect(findCouncil('FULL COUNCIL\nAgenda')).toBeNull();
    expect(findCouncil('Youth Council\nNotes of the forum')).toBeNull();
    // a bare name deep in the text is a mention, not the paper's heading
    expect(findCouncil(`${Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n')}\nKilbrannan Council`)).toBeNull();
    // Kent's own heading still wins over a partner named once
    expect(findCouncil('KENT COUNTY COUNCIL\nMedway Council\nCabinet')).toBe('Kent County Council');
  });

  it('reads the committee from "Report to:", "Meeting:" and minutes headings', () => {
    expect(findCommittee(['Report to: Health and Wellbeing Board', 'Meeting date: 2 April 2025'])).toBe('Health and Wellbeing Board');
    expect(findCommittee(['Meeting: Cabinet', 'Date: 2 April 2025'])).toBe('Cabinet');
    expect(findCommittee(['Report to: Cabinet Member for Housing'])).toBeNull();
    expect(findCommittee(['NORTHVALE COUNCIL', 'Minutes of the Planning Committee meeting held on 3 June 2025'])).toBe('Planning Committee');
    expect(findCommittee(['Minute of Meeting of the Finance and Resources Committee held on 5 May 2025'])).toBe('Finance and Resources Committee');
  });

  it('dates a paper by its labelled date, not by a date in its first paragraphs', () => {
    expect(findMeetingDate(['Report to: Audit Committee', 'Meeting date: 2 April 2025', '1. Purpose', '1.1 To report progress since the Committee met on 4 March 2025.'])).toBe('2025-04-02');
    expect(findMeetingDate(['Title of report: Budget', 'Date of meeting: 9 October 2025', '2.1 The Cabinet agreed on 11 September 2025 to consult.'])).toBe('2025-10-09');
    expect(findMeetingDate(['FORWARD PLAN', 'For the period 1 April 2025 to 31 July 2025'])).toBeNull();
    expect(findMeetingDate(['KEY DECISIONS', 'Covering 1 April 2025 – 31 July 2025'])).toBeNull();
  });

  it('dates minutes by their own heading, whatever its wording', () => {
    expect(findMeetingDate(['NORTHVALE COUNCIL', 'Minutes of the meeting held on Tuesday 3 June 2025 at 7.00 pm'], 'minutes')).toBe('2025-06-03');
    expect(findMeetingDate(['Minute of Meeting of the Finance Committee held in the Chambers on', 'Wednesday 4 June 2025'], 'minutes')).toBe('2025-06-04');
    // in an agenda the same words name an earlier meeting
    expect(findMeetingDate(['AGENDA', 'Minutes of the meeting held on Tuesday 3 June 2025', 'Tuesday 1 July 2025 at 7.00 pm'], 'agenda')).toBe('2025-07-01');
  });

  it('reads item stamps and "Report by" authors', () => {
    expect(findAgendaItem(['Item No. 4a', 'NORTHVALE COUNCIL'])).toBe('4a');
    expect(findAgendaItem(['Item 12'])).toBe('12');
    expect(findAgendaItem(['19 November 2025 – Item 6'])).toBe('6');
    expect(findAgendaItem(['Item 12 was deferred to the next meeting'])).toBeNull();
    expect(findAuthor([], ['Report by Director of Place'])).toBe('Director of Place');
  });

  it('takes the title from "Title of report:" and never glues a field line onto a title', () => {
    const labelled = [line('CABINET', 72), field('Title of report:', 'Local Transport Plan 2025–2030:', 86), line('Consultation Results', 100, false, 230), field('Key decision:', 'Yes', 114)];
    expect(findTitle('report', labelled, headerText(labelled))).toBe('Local Transport Plan 2025–2030: Consultation Results');
    const table = [field('Report to:', 'Cabinet', 72, true), field('Portfolio Holder:', 'Cllr A Jones', 86, true), field('Exempt:', 'No', 100, true), line('Parking Strategy Review', 128)];
    expect(findTitle('report', table, headerText(table))).toBe('Parking Strategy Review');
  });

  it('takes the title after its item number when no heading is set apart ("Agenda Item 7: Family Hubs …")', () => {
    const plain = [line('OTTERSBY BOROUGH COUNCIL', 72), line('Young People and Families Scrutiny Committee', 86, false), line('4 November 2025', 100, false), line('Agenda Item 7: Family Hubs, Start for Life and Youth Services – Progress Report', 114, false), line('Report of the Director of Children’s Services', 128, false)];
    expect(findTitle('report', plain, headerText(plain))).toBe('Family Hubs, Start for Life and Youth Services – Progress Report');
  });
});

describe('findCommittee: a forward plan or work programme names its body', () => {
  it('reads "CABINET FORWARD PLAN AND WORK PROGRAMME" and "Health Scrutiny Committee Work Programme 2025/26", not a sentence about one', () => {
    expect(findCommittee(['HARROWFIELD DISTRICT COUNCIL', 'CABINET FORWARD PLAN AND WORK PROGRAMME', '1 July 2025 to 31 March 2026'])).toBe('Cabinet');
    expect(findCommittee(['Health Scrutiny Committee Work Programme 2025/26'])).toBe('Health Scrutiny Committee');
    expect(findCommittee(['Purpose of the Report 1. To consider the Committee work programme for 2021.'])).toBeNull();
    expect(findCommittee(['COUNTY COUNCIL FORWARD PLAN'])).toBeNull();
  });
});

describe('metadata: other councils\' headers', () => {
  it('reads the body from "EXECUTIVE – TUESDAY 9 DECEMBER 2025", not from a report sent on "to Council"', () => {
    expect(findCommittee(['SCARROWBY DISTRICT COUNCIL', 'EXECUTIVE – TUESDAY 9 DECEMBER 2025', 'Agenda Item 11'])).toBe('Executive');
    expect(findCommittee(['To Cabinet – 30 January 2025', 'Finance Monitoring Report'])).toBe('Cabinet');
    expect(findCommittee(['GILSWORTH BOROUGH COUNCIL', 'Audit Committee', '25 November 2025', 'The Audit Committee is asked to:', '(3) recommend the report to Council for noting at its meeting on 10 December 2025.'])).toBe('Audit Committee');
  });

  it('reads "Item 8: Community Risk Management Plan …" as agenda item 8', () => {
    expect(findAgendaItem(['AMBERSHIRE FIRE AND RESCUE AUTHORITY', 'Meeting of the Authority – Thursday 11 December 2025', 'Item 8: Community Risk Management Plan 2026–2030'])).toBe('8');
  });

  it('does not date a work programme by the meetings it lists ("next meeting is on …", a date heading after its title)', () => {
    const header = ['HEATHERMOOR COUNTY COUNCIL', 'GROWTH SCRUTINY COMMITTEE', 'Work Programme 2026/27 (as at 20 April 2026)', 'Tuesday 9 June 2026', 'Local Transport Plan 5', 'The Committee’s next meeting is on Tuesday 9 June 2026 at 10.00 am.'];
    expect(findMeetingDate(header, 'work-programme')).toBeNull();
    // (a date above the title is the programme's own meeting)
    expect(findMeetingDate(['HOLMSHIRE COUNTY COUNCIL', 'ADULTS AND HEALTH SELECT COMMITTEE', 'Thursday 4 December 2025', 'Item 8', 'FORWARD WORK PROGRAMME AND RECOMMENDATIONS TRACKER'], 'work-programme')).toBe('2025-12-04');
  });
});

describe('metadata: meeting lines and records of decisions', () => {
  it('reads "Meeting of the County Council – 11 December 2025" as the County Council, not a meeting room, and "CABINET – RECORD OF DECISIONS" as Cabinet', () => {
    expect(findCommittee(['VENTMOOR COUNTY COUNCIL', 'Meeting of the County Council – 11 December 2025', 'Agenda Item 11'])).toBe('County Council');
    expect(findCommittee(['TEMPLEMOOR CITY COUNCIL', 'CABINET – RECORD OF DECISIONS', 'Meeting held on Tuesday 16 December 2025 at 10.00 am, Committee Room 3, Civic Centre'])).toBe('Cabinet');
    expect(findCommittee(['TEMPLEMOOR CITY COUNCIL', 'Meeting held on Tuesday 16 December 2025 at 10.00 am, Committee Room 3, Civic Centre'])).toBeNull();
  });

  it('dates and titles minutes whose heading wraps before "held"', () => {
    const header = ['CLAYBRIDGE BOROUGH COUNCIL', 'Minutes of the Neighbourhoods and Environment Committee', 'held on Tuesday 13 January 2026 at 6.30 pm, Council Chamber', 'Present: Councillor Ffion Haverstock (Chair)'];
    expect(findMeetingDate(header, 'minutes')).toBe('2026-01-13');
  });
});

describe('metadata: a labelled title that wraps after a joining word', () => {
  it('reads "Title: … Rent Setting 2026/27 and" / "30-Year HRA Business Plan" as one title, wherever the second line starts', () => {
    const line = (y: number, cells: Array<[number, string]>): Line => {
      const cs = cells.map(([x, text]) => ({ x, xEnd: x + text.length * 5, text }));
      return { page: 1, y, x: cs[0]!.x, xEnd: cs[cs.length - 1]!.xEnd, text: cs.map((c) => c.text).join(' '), fontSize: 11, bold: false, cells: cs };
    };
    const lines = [
      line(100, [[72, 'Title:'], [140, 'Housing Revenue Account Budget, Rent Setting 2026/27 and']]),
      line(113, [[100, '30-Year HRA Business Plan']]),
      line(126, [[72, 'Cabinet Member:'], [140, 'Councillor Ottoline Brackenbury-Shah']]),
    ];
    expect(findTitle('report', lines, lines.map((l) => l.text))).toBe('Housing Revenue Account Budget, Rent Setting 2026/27 and 30-Year HRA Business Plan');
  });
});

describe('metadata: a decision notice with no subject line', () => {
  it('is titled by the line under "DECISION NOTICE" that names the matter, else by the heading', () => {
    const header = ['YARLSIDE DISTRICT COUNCIL', 'DECISION NOTICE', 'Complaint against Councillor Piers Ruddock (ref. SC/2025/014)', 'Subject member: Councillor Piers Ruddock'];
    expect(findTitle('decision-record', [], header)).toBe('Complaint against Councillor Piers Ruddock (ref. SC/2025/014)');
    expect(findTitle('decision-record', [], ['YARLSIDE DISTRICT COUNCIL', 'DECISION NOTICE', 'Date of hearing: 2 October 2025'])).toBe('Decision Notice');
  });
});
