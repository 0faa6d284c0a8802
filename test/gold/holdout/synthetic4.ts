/**
 * Eight more synthetic papers in the styles of councils we hold no papers from: full council
 * minutes with a motion on notice, an amendment and a recorded vote; Northern Ireland district
 * committee minutes ("the Committee agreed: (i) …", "Moved by Alderman …, Seconded by …"); a
 * unitary cabinet report with a £000 savings table and deleted vacant posts; an audit and
 * governance committee report (annual opinion and audit plan); licensing sub-committee hearing
 * minutes; schools forum minutes with a vote and an action log; a forward plan of key decisions
 * as a table; and a housing committee report with decimal-numbered recommendations. Built as
 * small PDFs by test/helpers/make-pdf.ts; their gold is beside them (synthetic-<key>.json,
 * "file": "synthetic:<key>"). Councils and people are invented; the wording follows real papers
 * of each kind. Written blind to the parser.
 */
import { flowPage, grid, makePdf, type PdfLine } from '../../helpers/make-pdf.ts';

/** A small page number at the foot of a page. */
function folio(n: number): PdfLine[] {
  return [{ text: `${n}`, x: 292, y: 815, size: 9 }];
}

/** (a) Full council minutes: public questions, Leader's report, a motion on notice with an amendment and a recorded vote. */
function fullCouncilMinutes(): Uint8Array {
  const p1 = flowPage([
    '**KELLINGFORD BOROUGH COUNCIL',
    { gap: 4 },
    '**MINUTES of the MEETING of the COUNCIL held in the Council Chamber, Civic Centre,',
    '**Kellingford on Thursday 17 July 2025 at 7.00 pm',
    { gap: 6 },
    'PRESENT: The Mayor (Councillor R Ashdown) in the Chair',
    'Councillors D Abara, A Brindle, C Cartwright, L Danbury, K Fothergill, J Garside, P Hanlon,',
    'R Ibbotson, S Jaffrey, T Kettlewell, N Lomax, S Milburn, F Nuttall, B Ormerod, J Pettifer,',
    'G Quaile, H Rushworth, V Sandhu, E Tolland, W Umpleby, M Varga, Y Whitlock, O Yeadon',
    'and Z Zielinski.',
    { gap: 8 },
    '**20.\tAPOLOGIES FOR ABSENCE',
    'Apologies for absence were received from Councillors T Greaves and M Oduya.',
    { gap: 6 },
    '**21.\tDECLARATIONS OF INTEREST',
    'There were no declarations of interest.',
    { gap: 6 },
    '**22.\tMINUTES',
    'RESOLVED – That the minutes of the meeting of the Council held on 15 May 2025 be',
    'confirmed as a correct record and signed by the Mayor.',
    { gap: 6 },
    '**23.\tQUESTIONS FROM THE PUBLIC',
    'Mr D Farrant asked how many fixed penalty notices for fly-tipping the Council had issued',
    'since April 2025. Councillor S Milburn, Cabinet Member for Environment, replied that 146',
    'fixed penalty notices had been issued between 1 April and 30 June 2025. Councillor',
    'Milburn undertook to provide Mr Farrant with a breakdown by ward by 31 August 2025.',
    { gap: 4 },
    'Ms P Okonjo asked when the public toilets at Riverside Park would reopen. Councillor',
    'Milburn replied that the refurbishment contractor had been appointed and that the toilets',
    'were expected to reopen in early September 2025.',
    { gap: 6 },
    '**24.\tLEADER’S REPORT',
    'The Leader of the Council, Councillor J Pettifer, reported on the Council’s allocation of',
    '£1.16 million from the UK Shared Prosperity Fund (UKSPF) for 2025/26, of which £310,000',
    'would support the Kellingford Market Hall business incubator. She also reported on',
    'progress with Local Government Reorganisation (LGR) and the interim proposal submitted',
    'to Government jointly with the neighbouring districts. The Leader undertook to bring a',
    'report on the final LGR proposal to an extraordinary meeting of the Council in November',
    '2025.',
    'RESOLVED – That the Leader’s report be noted.',
  ]);
  const p2 = flowPage([
    '**25.\tMOTION ON NOTICE – WATER QUALITY IN THE RIVER KELL',
    'The following motion was moved by Councillor A Brindle and seconded by Councillor',
    'K Fothergill:',
    '“This Council notes the 61 storm overflow discharges into the River Kell recorded in',
    '2024 and resolves to ask the Leader to write to the Chief Executive of Kellwater Utilities',
    'seeking a timetable for the upgrade of the Millbeck Wastewater Treatment Works, and to',
    'ask the Environment Agency (EA) to publish monthly water quality results for the bathing',
    'site at Kell Meadows.”',
    { gap: 4 },
    'An amendment was moved by Councillor P Hanlon and seconded by Councillor R Ibbotson to',
    'add a further request that the Overview and Scrutiny Committee hold an evidence session',
    'with Kellwater Utilities before the end of the year. On being put to the vote the',
    'amendment was carried and became the substantive motion.',
    { gap: 4 },
    'In accordance with Council Procedure Rule 17.4, a recorded vote was taken on the',
    'substantive motion as follows:',
    'FOR (19): Councillors Abara, Brindle, Cartwright, Danbury, Fothergill, Garside, Hanlon,',
    'Ibbotson, Jaffrey, Kettlewell, Lomax, Milburn, Nuttall, Pettifer, Rushworth, Sandhu,',
    'Tolland, Varga and Whitlock.',
    'AGAINST (4): Councillors Ormerod, Quaile, Umpleby and Yeadon.',
    'ABSTAINED (1): Councillor Zielinski.',
    { gap: 4 },
    'RESOLVED – That the motion, as amended, be carried, as follows:',
    '“This Council notes the 61 storm overflow discharges into the River Kell recorded in',
    '2024 and resolves to:',
    '(a)\task the Leader to write to the Chief Executive of Kellwater Utilities seeking a',
    '  \ttimetable for the upgrade of the Millbeck Wastewater Treatment Works;',
    '(b)\task the Environment Agency (EA) to publish monthly water quality results for the',
    '  \tbathing site at Kell Meadows; and',
    '(c)\trequest the Overview and Scrutiny Committee to hold an evidence session with',
    '  \tKellwater Utilities before 31 December 2025.”',
    { gap: 8 },
    '**26.\tTREASURY MANAGEMENT ANNUAL REPORT 2024/25',
    'The Council considered the recommendation of the Cabinet of 24 June 2025.',
    'RESOLVED – That the Treasury Management Annual Report 2024/25 be approved.',
    { gap: 8 },
    'The meeting closed at 9.12 pm.',
    { gap: 8 },
    'Mayor',
  ]);
  return makePdf([[...p1, ...folio(1)], [...p2, ...folio(2)]]);
}

/** (b) Northern Ireland district council committee minutes: prefixed items, "After discussion, the Committee agreed: (i) …", "Moved by Alderman …, Seconded by Councillor … and agreed". */
function niCommitteeMinutes(): Uint8Array {
  const p1 = flowPage([
    '**BALLINREE AND DRUMLAGH BOROUGH COUNCIL',
    { gap: 4 },
    '**Minutes of the Meeting of the Environmental Services Committee held in the Council',
    '**Chamber, Ballinree Civic Centre on Tuesday 10 June 2025 at 7.00 pm',
    { gap: 6 },
    'In the Chair: Alderman J McKinstry',
    'Present: Aldermen P Gilmore and R Hewitt; Councillors S Devlin, C Ferris, M McAleese,',
    'D O’Hagan, T Quigg and L Rooney',
    'In Attendance: Director of Environmental Services (Ms A Corrigan), Head of Waste',
    'Management (Mr N Laverty) and Democratic Services Officer (Mrs E Boyd)',
    { gap: 8 },
    '**ES59/25\tAPOLOGIES',
    'Apologies were received from Councillor B Magennis.',
    { gap: 6 },
    '**ES60/25\tMINUTES OF PREVIOUS MEETING',
    'Moved by Councillor C Ferris, Seconded by Councillor L Rooney and agreed that the',
    'minutes of the meeting held on 13 May 2025 be taken as read and signed as correct.',
    { gap: 6 },
    '**ES61/25\tBONFIRE MANAGEMENT PROGRAMME 2025',
    'The Head of Waste Management presented the report on the Bonfire Management',
    'Programme, which had operated at 14 sites in 2024. Members discussed the removal of',
    'tyres from bonfire sites and the cost of clean-up after 11 July.',
    'After discussion, the Committee agreed:',
    '(i)\tto continue the Bonfire Management Programme for 2025 with a budget of £85,000;',
    '(ii)\tthat tyres removed from bonfire sites be disposed of through the Council’s licensed',
    '  \tcontractor at a cost of up to £12,000; and',
    '(iii)\tthat a report on the outcome of the programme be brought to the Committee in',
    '  \tOctober 2025.',
    { gap: 6 },
    '**ES62/25\tHOUSEHOLD RECYCLING CENTRES – WINTER OPENING HOURS',
    'The Director of Environmental Services reported that visitor numbers at the Household',
    'Recycling Centres (HRCs) fell by 40% between October and March. Alderman R Hewitt',
    'proposed that the Drumlagh HRC remain open until 6.00 pm on Thursdays.',
    'Moved by Alderman P Gilmore, Seconded by Councillor S Devlin and agreed that the winter',
    'opening hours at Ballinree and Drumlagh HRCs, set out at Appendix 2, be approved with',
    'effect from 1 October 2025.',
    'On a vote being taken, 7 Members voted for, 2 against and 1 abstained, and the proposal',
    'was declared carried.',
  ]);
  const p2 = flowPage([
    '**ES63/25\tFIXED PENALTY NOTICES – ANNUAL RETURN 2024/25',
    'The Committee noted the report on Fixed Penalty Notices (FPNs) issued for littering and',
    'dog fouling during 2024/25, which showed 1,312 FPNs issued and a payment rate of 78%.',
    { gap: 6 },
    '**ES64/25\tDAERA CONSULTATION – DEPOSIT RETURN SCHEME',
    'The Director of Environmental Services presented a draft response to the Department of',
    'Agriculture, Environment and Rural Affairs (DAERA) consultation on a Deposit Return',
    'Scheme (DRS) for drinks containers in Northern Ireland.',
    'Moved by Alderman R Hewitt, Seconded by Councillor M McAleese and agreed that the',
    'Council’s response to the DAERA consultation, as set out at Appendix 3, be endorsed and',
    'submitted by 27 June 2025.',
    { gap: 6 },
    '**ES65/25\tCORRESPONDENCE',
    'The Committee noted correspondence from the Northern Ireland Environment Agency',
    '(NIEA) on the annual inspection of the Carnbeg landfill site.',
    { gap: 6 },
    'This being all the business, the meeting concluded at 8.41 pm.',
  ]);
  return makePdf([[...p1, ...folio(1)], [...p2, ...folio(2)]]);
}

/** (c) Unitary cabinet report: "Decision(s) required", "Key decision: Yes", a savings table in £000 with a total row, 6.5 FTE vacant posts deleted. */
function cabinetSavingsReport(): Uint8Array {
  const front = grid(
    [
      ['**Report to:', 'Cabinet'],
      ['**Date:', '9 December 2025'],
      ['**Report of:', 'Director of Communities'],
      ['**Cabinet Member:', 'Cllr Faye Worsnop, Cabinet Member for Communities and Customer'],
      ['', 'Services'],
      ['**Key decision:', 'Yes'],
      ['**Forward Plan ref:', 'FP/25/118'],
      ['**Classification:', 'Open'],
    ],
    [72, 190],
    96,
  );
  const body = flowPage(
    [
      '**Customer Services and Libraries: Service Redesign and Savings 2026/27 to 2028/29',
      { gap: 8 },
      '**Decision(s) required',
      'Cabinet is asked to:',
      '1.\tapprove the redesign of Customer Services and Libraries set out in section 4,',
      '  \tdelivering savings of £1,284,000 over the three years 2026/27 to 2028/29;',
      '2.\tapprove the deletion of 6.5 FTE vacant posts, listed in Appendix B, from 1 April',
      '  \t2026;',
      '3.\tauthorise the Director of Communities, in consultation with the Cabinet Member',
      '  \tfor Communities and Customer Services, to consult staff and the trade unions and',
      '  \tto implement the new structure; and',
      '4.\tnote that the outcome of the public consultation on library opening hours will be',
      '  \treported to Cabinet in March 2026.',
      { gap: 8 },
      '**1.\tSummary',
      '1.1\tThe Medium Term Financial Strategy (MTFS) approved in February 2025 requires',
      '  \tthe Communities directorate to find savings of £1.3 million by 2028/29. This report',
      '  \tsets out how Customer Services and Libraries will contribute to that target.',
      { gap: 8 },
      '**2.\tBackground',
      '2.1\tThe service runs 11 libraries and the customer contact centre at Fenmarsh',
      '  \tHouse. Telephone contact has fallen by 31% since 2022/23 as more residents use',
      '  \tthe online account.',
    ],
    { top: 96 + 8 * 14 + 16 },
  );
  const p2top = flowPage([
    '**3.\tSavings proposals',
    '3.1\tThe savings by year are summarised in the table below.',
    { gap: 4 },
    '**Table 1: Savings by year (£000)',
  ]);
  const table = grid(
    [
      ['**Proposal', '**2026/27', '**2027/28', '**2028/29', '**Total'],
      ['Reduced library opening hours', '145', '60', '0', '205'],
      ['Deletion of vacant posts', '212', '0', '0', '212'],
      ['Digital self-service (channel shift)', '180', '240', '120', '540'],
      ['Co-location of libraries with family hubs', '0', '150', '177', '327'],
      ['**Total savings', '**537', '**450', '**297', '**1,284'],
    ],
    [72, 320, 380, 440, 500],
    72 + 4 * 14 + 4 + 4,
  );
  const p2body = flowPage(
    [
      '**4.\tProposed service model',
      '4.1\tThe six smallest libraries would open on four days a week instead of five, and',
      '  \tthe contact centre would close at 4.00 pm on Fridays.',
      '4.2\tThe 6.5 FTE vacant posts to be deleted are 3.0 FTE Customer Service Advisor',
      '  \t(Grade 4), 2.5 FTE Library Assistant (Grade 3) and 1.0 FTE Team Leader (Grade 6).',
      '  \tThe posts have been held vacant since the recruitment controls of April 2025, so no',
      '  \tcompulsory redundancies are expected.',
      { gap: 8 },
      '**5.\tConsultation and equalities',
      '5.1\tA public consultation on library opening hours will run from 5 January to',
      '  \t15 February 2026. An Equality Impact Assessment (EqIA) is at Appendix C.',
      { gap: 8 },
      '**6.\tFinancial implications',
      '6.1\tThe savings of £1,284,000 are included in the draft budget for 2026/27 and the',
      '  \tMTFS. One-off implementation costs of £95,000 will be met from the Transformation',
      '  \tReserve.',
      { gap: 8 },
      '**Contact officer:',
      'Gareth Lune, Head of Customer Services and Libraries',
    ],
    { top: 72 + 4 * 14 + 8 + 6 * 14 + 14 },
  );
  return makePdf([
    [{ text: 'NORTH FENMARSH COUNCIL', x: 72, y: 64, size: 13, bold: true }, ...front, ...body, ...folio(1)],
    [...p2top, ...table, ...p2body, ...folio(2)],
  ]);
}

/** (d) Audit and governance committee report: internal audit annual opinion, "The Committee is recommended to: (a) note …; (b) approve the Internal Audit Plan 2026/27". */
function auditCommitteeReport(): Uint8Array {
  const p1 = flowPage([
    '**WESTMARCH DISTRICT COUNCIL',
    '**AUDIT AND GOVERNANCE COMMITTEE – 21 APRIL 2026',
    '**AGENDA ITEM 9',
    { gap: 6 },
    '**INTERNAL AUDIT ANNUAL OPINION 2025/26 AND INTERNAL AUDIT PLAN 2026/27',
    'Report of the Chief Internal Auditor, Midshire Audit Partnership (MAP)',
    { gap: 8 },
    '**Recommendations',
    'The Committee is recommended to:',
    '(a)\tnote the Chief Internal Auditor’s annual opinion of Reasonable assurance on the',
    '  \tCouncil’s framework of governance, risk management and control for 2025/26;',
    '(b)\tapprove the Internal Audit Plan 2026/27 at Appendix B, comprising 410 audit days;',
    '  \tand',
    '(c)\tnote the results of the Quality Assurance and Improvement Programme (QAIP).',
    { gap: 8 },
    '**1.\tAnnual opinion',
    '1.1\tThe Chief Internal Auditor is required to give an annual opinion on the overall',
    '  \tadequacy and effectiveness of the Council’s framework of governance, risk',
    '  \tmanagement and control. The opinion informs the Annual Governance Statement',
    '  \t(AGS).',
    '1.2\tThe opinion for 2025/26 is Reasonable assurance. Of the 27 audits completed, 6',
    '  \treceived Substantial assurance, 17 Reasonable assurance and 4 Limited assurance.',
    '1.3\tThe Limited assurance reports were Payroll, Creditors, Disabled Facilities Grants',
    '  \tand Cyber Security. Management has agreed to implement the outstanding high',
    '  \tpriority actions on Payroll and Creditors by 30 June 2026.',
  ]);
  const p2 = flowPage([
    '**2.\tInternal Audit Plan 2026/27',
    '2.1\tThe plan at Appendix B has been drawn up from the corporate risk register and',
    '  \tdiscussions with the Corporate Leadership Team (CLT). It provides 410 audit days,',
    '  \tthe same as 2025/26, including 40 days for follow-up work and 25 days of',
    '  \tcontingency.',
    '2.2\tThe plan conforms with the Global Internal Audit Standards in the UK Public Sector,',
    '  \twhich replaced the Public Sector Internal Audit Standards from 1 April 2025.',
    '2.3\tOfficers will report progress to the Committee in September 2026.',
    { gap: 8 },
    '**3.\tQuality Assurance and Improvement Programme',
    '3.1\tThe QAIP self-assessment found the service generally conforms with the',
    '  \tStandards. An External Quality Assessment (EQA) is due in 2027.',
    { gap: 8 },
    '**4.\tFinancial implications',
    '4.1\tThe plan will be delivered within the Council’s contribution to the Midshire Audit',
    '  \tPartnership of £168,400 for 2026/27.',
    { gap: 8 },
    '**Background papers: none',
    '**Author: Priya Marchetti, Chief Internal Auditor',
  ]);
  return makePdf([[...p1, ...folio(1)], [...p2, ...folio(2)]]);
}

/** (e) Licensing sub-committee hearing minutes: a new premises licence, representations, "determined to grant … subject to the following conditions", reasons. */
function licensingHearing(): Uint8Array {
  const p1 = flowPage([
    '**CHEVERTON CITY COUNCIL',
    '**LICENSING ACT 2003 SUB-COMMITTEE',
    { gap: 4 },
    'Minutes of the hearing held on Wednesday 6 August 2025 at 10.00 am in Committee',
    'Room 2, Guildhall, Cheverton',
    { gap: 6 },
    'Members: Councillors H Okafor-Reid (Chair), B Trelawny and W Asquith-Dunn',
    'Officers: Licensing Manager, Solicitor to the Sub-Committee, Democratic Services Officer',
    { gap: 8 },
    '**LSC/25/06\tDECLARATIONS OF INTEREST',
    'None.',
    { gap: 6 },
    '**LSC/25/07\tAPPLICATION FOR A NEW PREMISES LICENCE – THE LANTERN ROOMS,',
    '**14 QUAY STREET, CHEVERTON',
    'The Sub-Committee considered an application by Quayside Leisure Ltd for a new',
    'premises licence permitting the sale of alcohol and regulated entertainment (live and',
    'recorded music) until 1.00 am on Fridays and Saturdays and until 11.30 pm on other',
    'days. The proposed Designated Premises Supervisor (DPS) is Mr C Penhallow.',
    { gap: 4 },
    '**Representations',
    'Representations were received from the Environmental Health Officer (EHO) on the',
    'grounds of public nuisance, and from seven residents of Quay Street and Ropewalk',
    'Lane. The Police had withdrawn their representation after the applicant agreed to',
    'additional conditions on CCTV and door supervision.',
    { gap: 4 },
    'The Sub-Committee heard from the applicant’s agent, the EHO and two residents, who',
    'described noise from the premises’ former use as a nightclub until 2022.',
  ]);
  const p2 = flowPage([
    '**Decision',
    'The Sub-Committee determined to grant the application subject to the following',
    'conditions, in addition to those consistent with the operating schedule:',
    '(1)\tthe sale of alcohol shall end at 12.30 am on Fridays and Saturdays, with the',
    '  \tpremises closing to the public at 1.00 am;',
    '(2)\tno live music shall be played after 11.00 pm on any day;',
    '(3)\tall windows and doors shall be kept closed after 10.00 pm, except for access and',
    '  \tegress; and',
    '(4)\ttwo Security Industry Authority (SIA) licensed door supervisors shall be on duty',
    '  \tfrom 9.00 pm until closing on Fridays and Saturdays.',
    { gap: 6 },
    '**Reasons',
    'The Sub-Committee had regard to the licensing objectives, the Council’s Statement of',
    'Licensing Policy and the guidance issued under section 182 of the Licensing Act 2003.',
    'It was satisfied that the conditions are appropriate and proportionate to promote the',
    'prevention of public nuisance, given the residential properties in Ropewalk Lane. It did',
    'not consider that refusal of the application was justified on the evidence.',
    { gap: 6 },
    'The Licensing Manager undertook to send the written decision notice to all parties by',
    '11 August 2025. All parties have the right of appeal to the Magistrates’ Court within',
    '21 days of receiving the decision notice.',
    { gap: 6 },
    'The hearing closed at 12.05 pm.',
  ]);
  return makePdf([[...p1, ...folio(1)], [...p2, ...folio(2)]]);
}

/** (f) Schools forum minutes: "The Forum voted (12 for, 3 against) to approve the de-delegation of …", an action log table. */
function schoolsForumMinutes(): Uint8Array {
  const p1 = flowPage([
    '**DUNMERE SCHOOLS FORUM',
    '**Minutes of the meeting held on Thursday 16 October 2025 at 2.00 pm',
    '**Dunmere Education Centre, Castle Mews',
    { gap: 6 },
    'Members present: Mrs K Ellery (Chair, Primary Headteacher), Mr R Pascoe (Vice-Chair,',
    'Secondary Academy), and 15 other school and academy members. Non-school members:',
    'Early Years PVI Representative, Diocesan Representative.',
    'Officers: Head of School Funding, Head of SEND Finance, Clerk to the Forum.',
    { gap: 8 },
    '**3.\tMinutes of the previous meeting and matters arising',
    'The minutes of the meeting held on 3 July 2025 were approved as a correct record.',
    { gap: 6 },
    '**4.\tDedicated Schools Grant (DSG) monitoring 2025/26 – Month 5',
    'The Head of SEND Finance reported a forecast overspend of £3.7 million on the High',
    'Needs Block (HNB), which would take the cumulative DSG deficit to £11.2 million by',
    '31 March 2026. The statutory override remains in place until March 2028.',
    'The Forum noted the report.',
    { gap: 6 },
    '**5.\tDe-delegation 2026/27 – maintained primary schools',
    'The Head of School Funding explained that only representatives of maintained primary',
    'schools could vote on this item. The Forum voted (12 for, 3 against) to approve the',
    'de-delegation of funding for trade union facilities time at £2.10 per pupil and for the',
    'behaviour support service at £9.50 per pupil for maintained primary schools in 2026/27.',
    { gap: 6 },
    '**6.\tLocal funding formula 2026/27 – consultation',
    'Members discussed the proposal to transfer 0.5% from the Schools Block to the High',
    'Needs Block, which would require the approval of the Department for Education (DfE)',
    'if the Forum did not agree it.',
    'The Forum agreed that the consultation on the local funding formula be issued to all',
    'schools on 20 October 2025, and that the outcome be reported to the Forum at its',
    'meeting on 4 December 2025.',
  ]);
  const p2head = flowPage([
    '**7.\tAction log',
    'The following actions were agreed:',
  ]);
  const log = grid(
    [
      ['**Action', '**Owner', '**By when'],
      ['Circulate the High Needs Block recovery plan to all members', 'Head of SEND Finance', '31 Oct 2025'],
      ['Confirm falling rolls fund criteria with the DfE', 'Head of School Funding', '14 Nov 2025'],
      ['Add early years funding rates to the December agenda', 'Clerk to the Forum', '20 Nov 2025'],
    ],
    [72, 370, 490],
    72 + 2 * 14 + 6,
    { size: 9 },
  );
  const p2tail = flowPage(
    [
      '**8.\tDate of next meeting',
      'Thursday 4 December 2025 at 2.00 pm, Dunmere Education Centre.',
    ],
    { top: 72 + 2 * 14 + 6 + 4 * 14 + 16 },
  );
  return makePdf([[...p1, ...folio(1)], [...p2head, ...log, ...p2tail, ...folio(2)]]);
}

/** (g) Forward plan of key decisions as a table "Decision | Decision maker | Date of decision | Lead officer | Key decision?", dates like "Tue 3 Feb 26". */
function forwardPlan(): Uint8Array {
  const head = flowPage([
    '**SANDLINGHAM BOROUGH COUNCIL',
    '**FORWARD PLAN OF KEY DECISIONS',
    '**1 February 2026 to 31 May 2026',
    'Published: 16 January 2026',
    { gap: 4 },
    'This plan gives at least 28 days’ notice of key decisions. A key decision is one likely to',
    'result in spending or savings of £500,000 or more, or to have a significant effect on',
    'communities in two or more wards.',
  ]);
  const xs = [36, 226, 316, 396, 505];
  const rows = [
    ['**Decision', '**Decision maker', '**Date of decision', '**Lead officer', '**Key decision?'],
    ['HRA Business Plan and Rent Setting 2026/27', 'Cabinet', 'Tue 3 Feb 26', 'Director of Housing', 'Yes'],
    ['Fees and Charges 2026/27', 'Cabinet', 'Tue 3 Feb 26', 'Director of Finance', 'No'],
    ['Budget and Council Tax 2026/27', 'Full Council', 'Wed 25 Feb 26', 'Director of Finance', 'Yes'],
    ['Capital Strategy 2026/27 to 2030/31', 'Full Council', 'Wed 25 Feb 26', 'Director of Finance', 'Yes'],
    ['Award of Grounds Maintenance Contract', 'Cabinet', 'Tue 10 Mar 26', 'Head of Neighbourhoods', 'Yes'],
    ['Town Centre Masterplan – Adoption', 'Cabinet', 'Tue 10 Mar 26', 'Head of Regeneration', 'Yes'],
    ['Empty Homes Premium Policy', 'Finance Portfolio', 'Fri 20 Mar 26', 'Head of Revenues', 'No'],
    ['Leisure Centre Decarbonisation – Phase 2', 'Cabinet', 'Tue 14 Apr 26', 'Head of Property', 'Yes'],
    ['Local Development Scheme 2026–2029', 'Cabinet', 'Tue 14 Apr 26', 'Head of Planning Policy', 'No'],
    ['Disposal of Land at Brook Farm', 'Cabinet', 'Tue 12 May 26', 'Head of Property', 'Yes'],
    ['Temporary Accommodation Framework', 'Cabinet', 'Tue 12 May 26', 'Director of Housing', 'Yes'],
    ['Annual Procurement Plan 2026/27', 'Leader', 'Thu 28 May 26', 'Head of Procurement', 'No'],
  ];
  const tableTop = 72 + 7 * 14 + 20;
  const table = grid(rows, xs, tableTop, { size: 8, leading: 16 });
  const notes = flowPage(
    [
      '**Notes',
      'HRA – Housing Revenue Account. “Finance Portfolio” means the Portfolio Holder for',
      'Finance and Assets acting under delegated powers.',
      'Reports will be published five clear working days before the date of decision.',
      'Contact: Democratic Services, Sandlingham Town Hall.',
    ],
    { top: tableTop + rows.length * 16 + 16, size: 10 },
  );
  return makePdf([[...head, ...table, ...notes, ...folio(1)]]);
}

/** (h) Housing committee report: "It is recommended that the Housing Committee: 1.1 Approves …", capital by year, HRA and Right to Buy receipts, a progress report in June 2026. */
function housingCommitteeReport(): Uint8Array {
  const p1 = flowPage([
    '**PORT ALDWICK CITY COUNCIL',
    { gap: 4 },
    '**Housing Committee',
    '**18 November 2025',
    '**Agenda Item 8',
    { gap: 6 },
    '**New Council Homes Programme 2026–2029: Phase 3 Sites',
    'Report of the Executive Director of Housing and Neighbourhoods',
    'Wards affected: Harbourside; St Anselm’s; Westgate',
    { gap: 8 },
    '**1.\tRECOMMENDATIONS',
    'It is recommended that the Housing Committee:',
    '1.1\tApproves the inclusion of the four Phase 3 sites listed in Appendix 1 in the New',
    '  \tCouncil Homes Programme, delivering 164 new homes for social rent;',
    '1.2\tNotes the risks to the programme from build cost inflation set out in section 5;',
    '1.3\tApproves a capital budget of £52.8 million for 2026/27 to 2028/29, funded from',
    '  \tthe Housing Revenue Account (HRA), Right to Buy (RTB) receipts and Homes',
    '  \tEngland grant; and',
    '1.4\tDelegates authority to the Executive Director of Housing and Neighbourhoods, in',
    '  \tconsultation with the Chair of the Housing Committee, to appoint contractors for the',
    '  \tPhase 3 sites following a compliant procurement.',
    { gap: 8 },
    '**2.\tBACKGROUND',
    '2.1\tThe Council has delivered 212 new council homes through Phases 1 and 2 since',
    '  \t2021. There are 6,480 households on the housing register, of whom 1,140 are in',
    '  \tBand A.',
    '2.2\tPhase 3 comprises Harbour Yard (58 homes), Anselm Road garages (22 homes),',
    '  \tWestgate Depot (61 homes) and Cooper’s Walk (23 homes).',
  ]);
  const p2 = flowPage([
    '**3.\tFINANCIAL IMPLICATIONS',
    '3.1\tThe capital cost of £52.8 million is profiled as £9.6 million in 2026/27, £24.1',
    '  \tmillion in 2027/28 and £19.1 million in 2028/29. It will be funded from HRA',
    '  \tborrowing of £30.9 million, Right to Buy receipts of £12.7 million and Homes England',
    '  \tgrant of £9.2 million. Retained RTB receipts must be spent within five years of the',
    '  \tsale, and £3.1 million of the receipts would otherwise have to be returned to',
    '  \tGovernment by March 2027.',
    '3.2\tTwo Development Project Manager posts (2.0 FTE, Grade 10) will be funded from the',
    '  \tcapital budget for the life of the programme.',
    '3.3\tThe HRA Business Plan shows the additional borrowing is affordable, with interest',
    '  \tcover remaining above 1.25 in every year.',
    { gap: 8 },
    '**4.\tCONSULTATION',
    '4.1\tTenants were consulted through the Tenant Scrutiny Panel (TSP) and ward',
    '  \tcouncillors were briefed in October 2025.',
    { gap: 8 },
    '**5.\tRISKS',
    '5.1\tBuild cost inflation of 4% a year has been assumed. Each additional 1% would add',
    '  \tabout £0.5 million to the programme.',
    { gap: 8 },
    '**6.\tNEXT STEPS',
    '6.1\tPlanning applications for Harbour Yard and Westgate Depot will be submitted in',
    '  \tspring 2026. A progress report will be brought to this Committee in June 2026.',
    { gap: 8 },
    '**Contact: Marcus Delahaye, Head of Housing Development',
  ]);
  return makePdf([[...p1, ...folio(1)], [...p2, ...folio(2)]]);
}

export const SYNTHETIC4: Record<string, () => Uint8Array> = {
  's4-full-council-minutes': fullCouncilMinutes,
  's4-ni-committee-minutes': niCommitteeMinutes,
  's4-cabinet-savings-report': cabinetSavingsReport,
  's4-audit-committee-report': auditCommitteeReport,
  's4-licensing-hearing': licensingHearing,
  's4-schools-forum-minutes': schoolsForumMinutes,
  's4-forward-plan': forwardPlan,
  's4-housing-committee-report': housingCommitteeReport,
};
