/**
 * Eight more synthetic papers in the styles of councils we hold no papers from: a planning
 * committee officer report on one application (GRANT subject to conditions and a Section 106
 * agreement), a pension fund committee report with an allocation table in £m and %, a council
 * budget report with a £000 directorate table and a Band D figure, corporate parenting panel
 * minutes written as a decision/action table, an officer delegated decision record, health
 * overview and scrutiny committee minutes recommending to an NHS trust, a cabinet report with a
 * staffing table of new and deleted posts, and joint committee minutes ("JC12", "AGREED: (a) …")
 * with a work programme table. Built as small PDFs by test/helpers/make-pdf.ts; their gold is
 * beside them (synthetic-<key>.json, "file": "synthetic:<key>"). Councils and people are
 * invented; the wording follows real papers of each kind. Written blind to the parser.
 */
import { flowPage, grid, makePdf, type PdfLine } from '../../helpers/make-pdf.ts';

/** A page number at the foot of a page. */
function folio(n: number, of: number): PdfLine[] {
  return [{ text: `Page ${n} of ${of}`, x: 270, y: 815, size: 9 }];
}

/** (a) Planning committee officer report on one outline application with S106 heads of terms. */
function planningOfficerReport(): Uint8Array {
  const p1 = flowPage([
    '**WRENFIELD DISTRICT COUNCIL',
    '**PLANNING COMMITTEE – 8 OCTOBER 2025',
    '**Agenda Item 5',
    { gap: 6 },
    'Application No:\t25/01432/OUT',
    'Site:\tLand north of Stocks Lane, Hollinbrook',
    'Proposal:\tOutline application for up to 180 dwellings, a 0.4 ha local centre,',
    '  \tpublic open space and access from Stocks Lane (all matters reserved',
    '  \texcept access)',
    'Applicant:\tMarlow Fields Homes Ltd',
    'Ward:\tHollinbrook and Sedley',
    'Case Officer:\tPriya Venkatesan',
    'Reason for Committee:\tMajor application; more than 10 objections received',
    { gap: 6 },
    '**RECOMMENDATION: GRANT outline planning permission subject to conditions and a',
    '**Section 106 agreement securing:',
    '(a)\t30% affordable housing (54 dwellings), of which 70% social rent and 30% shared',
    '  \townership;',
    '(b)\ta primary education contribution of £1,142,000 and a secondary education',
    '  \tcontribution of £968,500;',
    '(c)\ta highways contribution of £350,000 towards improvements to the Stocks Lane /',
    '  \tA614 junction;',
    '(d)\ta healthcare contribution of £96,400 towards Hollinbrook Medical Practice; and',
    '(e)\tthe transfer and 20-year maintenance of public open space to the Council.',
    'That authority be delegated to the Head of Planning and Building Control to finalise',
    'the conditions and the Section 106 agreement, and to refuse permission if the',
    'agreement has not been completed by 31 March 2026.',
    { gap: 8 },
    '**1.\tSITE DESCRIPTION',
    '1.1\tThe site extends to 9.6 hectares of grade 3 agricultural land on the northern',
    '  \tedge of Hollinbrook. It is bounded by Stocks Lane to the south, a public footpath',
    '  \t(HB14) to the east and the Sedley Brook to the north. Part of the northern edge lies',
    '  \twithin Flood Zone 2. The site is not in a conservation area and there are no',
    '  \tlisted buildings on or next to it.',
    '1.2\tThe site is allocated for about 175 dwellings under Policy H7 of the Wrenfield',
    '  \tLocal Plan 2020–2038 (WLP).',
  ]);
  const p2 = flowPage([
    '**2.\tCONSULTEE RESPONSES',
    '2.1\tHighway Authority (Nottley County Council): No objection, subject to the',
    '  \tjunction improvement and a Travel Plan being secured.',
    '2.2\tLead Local Flood Authority (LLFA): No objection, subject to a condition requiring',
    '  \ta sustainable drainage (SuDS) scheme limiting run-off to greenfield rates.',
    '2.3\tEducation (Nottley County Council): Objection unless contributions are secured',
    '  \tfor 38 primary and 27 secondary places.',
    '2.4\tNHS Nottley Integrated Care Board (ICB): Requests a contribution towards',
    '  \tadditional consulting space at Hollinbrook Medical Practice.',
    '2.5\tHollinbrook Parish Council: Objects on the grounds of traffic on Stocks Lane and',
    '  \tthe loss of countryside.',
    '2.6\tNeighbour representations: 46 letters of objection and 3 of support.',
    { gap: 8 },
    '**3.\tPLANNING BALANCE AND CONCLUSION',
    '3.1\tThe Council can currently demonstrate a 4.2 year housing land supply. The site is',
    '  \tallocated in the WLP and the modest increase above the allocation figure does not',
    '  \tcause harm. The contributions set out above mitigate the effects on schools,',
    '  \thighways and health services.',
    '3.2\tOn balance the proposal accords with the development plan and the National',
    '  \tPlanning Policy Framework (NPPF), and is recommended for approval.',
    { gap: 8 },
    '**4.\tSUMMARY OF SECTION 106 HEADS OF TERMS',
  ]);
  const rows = [
    ['**Obligation', '**Amount / requirement', '**Trigger'],
    ['Affordable housing', '30% (54 dwellings)', 'Phased, per reserved matters'],
    ['Primary education', '£1,142,000', '50% on commencement'],
    ['Secondary education', '£968,500', 'Occupation of 90th dwelling'],
    ['Highways (Stocks Lane / A614)', '£350,000', 'Prior to first occupation'],
    ['Healthcare (ICB)', '£96,400', 'Occupation of 50th dwelling'],
    ['Monitoring fee', '£4,500', 'On completion of agreement'],
  ];
  const tail = flowPage(['**Background papers: application file 25/01432/OUT'], { top: 520 });
  return makePdf([
    [...p1, ...folio(1, 2)],
    [...p2, ...grid(rows, [72, 260, 400], 400, { size: 10 }), ...tail, ...folio(2, 2)],
  ]);
}

/** (b) Pension fund committee report: fund value, strategic asset allocation change, review in 12 months. */
function pensionFundReport(): Uint8Array {
  const p1 = flowPage([
    '**HARROWDALE PENSION FUND',
    '**Pension Fund Committee',
    '**18 September 2025',
    { gap: 6 },
    '**Investment Strategy Review 2025',
    'Report of the Director of Finance and Section 151 Officer',
    { gap: 8 },
    '**1.\tPurpose of the report',
    '1.1\tTo present the outcome of the triennial review of the Fund’s investment strategy',
    '  \tand to seek approval of a revised strategic asset allocation (SAA).',
    { gap: 6 },
    '**2.\tRecommendations',
    '2.1\tThe Committee is asked to:',
    '(a)\tapprove the revised strategic asset allocation set out in Table 1, reducing listed',
    '  \tequities from 55% to 48% and increasing infrastructure and private credit;',
    '(b)\tapprove a commitment of £120m to the Meridian Pensions Partnership (MPP)',
    '  \tInfrastructure Fund;',
    '(c)\tdelegate authority to the Director of Finance, in consultation with the Chair of the',
    '  \tCommittee, to implement the transition, including the timing of disinvestment; and',
    '(d)\tagree that the strategic asset allocation be reviewed again in 12 months.',
    { gap: 6 },
    '**3.\tBackground',
    '3.1\tThe Harrowdale Pension Fund is part of the Local Government Pension Scheme',
    '  \t(LGPS) and is administered by Harrowdale County Council for 214 employers.',
    '3.2\tThe value of the Fund at 30 June 2025 was £3,418m, an increase of £187m',
    '  \tsince 31 March 2025. The 2025 actuarial valuation showed a funding level of 112%.',
    '3.3\tThe Fund’s investment adviser, Calder Baines LLP, has modelled alternative',
    '  \tallocations. The preferred option keeps the expected return at CPI + 3.1% a year',
    '  \twhile reducing the volatility of employer contribution rates.',
    '3.4\tThe Investment Strategy Statement (ISS) will be revised to reflect the new',
    '  \tallocation and brought to the Committee for approval on 4 December 2025.',
  ]);
  const p2head = flowPage(['**Table 1: Current and proposed strategic asset allocation']);
  const rows = [
    ['**Asset class', '**Current £m', '**Current %', '**Proposed %', '**Proposed £m'],
    ['Listed equities', '1,880', '55', '48', '1,641'],
    ['Infrastructure', '273', '8', '12', '410'],
    ['Private credit', '171', '5', '8', '273'],
    ['Property', '342', '10', '10', '342'],
    ['Index-linked gilts', '410', '12', '12', '410'],
    ['Multi-asset credit', '308', '9', '9', '308'],
    ['Cash', '34', '1', '1', '34'],
    ['**Total', '**3,418', '**100', '**100', '**3,418'],
  ];
  const p2 = flowPage([
    '**4.\tFinancial implications',
    '4.1\tTransition costs are estimated at £1.9m, met from the Fund. Investment',
    '  \tmanagement fees are expected to rise by about £2.4m a year, which the adviser',
    '  \tconsiders is outweighed by the diversification benefit.',
    { gap: 6 },
    '**5.\tRisk and next steps',
    '5.1\tThe Local Pension Board (LPB) considered the proposals on 2 September 2025',
    '  \tand supported them.',
    '5.2\tProgress with the transition will be reported to each quarterly meeting of the',
    '  \tCommittee as part of the investment performance report.',
    { gap: 8 },
    'Contact officer: Ewan Strachan-Holt, Head of Pensions Investment',
  ], { top: 230 });
  return makePdf([
    [...p1, ...folio(1, 2)],
    [...p2head, ...grid(rows, [72, 220, 305, 385, 470], 96, { size: 10 }), ...p2, ...folio(2, 2)],
  ]);
}

/** (c) Council budget report with a £000 directorate table, Band D figure and recommendations to Council. */
function budgetReport(): Uint8Array {
  const p1 = flowPage([
    '**KESTRELFORD BOROUGH COUNCIL',
    '**CABINET – 11 FEBRUARY 2026',
    '**REVENUE BUDGET AND COUNCIL TAX 2026/27',
    'Report of the Chief Finance Officer',
    'Portfolio Holder: Councillor Imogen Radcliffe-Okafor, Finance and Assets',
    'Key Decision: Yes\tWards affected: All',
    { gap: 8 },
    '**1.\tSUMMARY',
    '1.1\tThis report sets out the proposed revenue budget for 2026/27 and the level of',
    '  \tcouncil tax, for Cabinet to recommend to Council on 25 February 2026. It is',
    '  \tconsistent with the Medium Term Financial Strategy (MTFS) approved in',
    '  \tNovember 2025.',
    { gap: 6 },
    '**2.\tRECOMMENDATIONS',
    'That Cabinet RECOMMENDS to Council that it:',
    '(1)\tapproves a net revenue budget of £21,684,000 for 2026/27;',
    '(2)\tapproves a Band D council tax of £251.37 for the Borough Council’s services in',
    '  \t2026/27, an increase of £7.29 (2.99%);',
    '(3)\tapproves the use of £640,000 from the Budget Equalisation Reserve to balance',
    '  \tthe 2026/27 budget;',
    '(4)\tapproves the fees and charges set out in Appendix C; and',
    '(5)\tnotes the Chief Finance Officer’s statement on the robustness of the estimates',
    '  \tand the adequacy of reserves under section 25 of the Local Government Act 2003.',
    { gap: 6 },
    '**3.\tBUDGET BY DIRECTORATE',
    '3.1\tTable 1 compares the 2025/26 budget with the proposed 2026/27 budget.',
  ]);
  const rows = [
    ['**Directorate', '**2025/26 Budget', '**2026/27 Budget', '**Change'],
    ['', '**£000', '**£000', '**£000'],
    ['Communities and Housing', '6,912', '7,388', '476'],
    ['Environment and Street Scene', '7,245', '7,510', '265'],
    ['Place and Regeneration', '2,118', '1,964', '(154)'],
    ['Resources', '4,506', '4,731', '225'],
    ['Chief Executive’s Office', '1,037', '1,062', '25'],
    ['Corporate items and contingency', '(1,212)', '(971)', '241'],
    ['**Net Budget Requirement', '**20,606', '**21,684', '**1,078'],
  ];
  const p1b = flowPage([
    '3.2\tThe increase in Communities and Housing reflects the rising cost of temporary',
    '  \taccommodation. Place and Regeneration falls because of higher car parking income.',
  ], { top: 600 });
  const p2 = flowPage([
    '**4.\tFUNDING AND COUNCIL TAX',
    '4.1\tThe budget is funded from council tax (£13,928,000), retained business rates',
    '  \t(NNDR) of £5,862,000, Revenue Support Grant of £1,254,000 and the use of',
    '  \treserves (£640,000).',
    '4.2\tThe council tax base for 2026/27 is 55,409 Band D equivalent properties, after',
    '  \tallowing for the Council Tax Reduction (CTR) scheme and a collection rate of 98.5%.',
    '4.3\tA Band D council tax of £251.37 is within the referendum limit of 3% set by',
    '  \tthe Government. Including the county council, police and fire precepts the',
    '  \taverage Band D bill in the Borough will be £2,214.86.',
    { gap: 6 },
    '**5.\tRESERVES',
    '5.1\tGeneral Fund balances are forecast at £2.5m on 31 March 2027, the minimum',
    '  \tlevel set in the MTFS. The Budget Equalisation Reserve will fall to £1.1m.',
    { gap: 6 },
    '**6.\tNEXT STEPS',
    '6.1\tThe recommendations will be referred to Council for its meeting on 25 February',
    '  \t2026, when the formal council tax resolution will be made.',
    { gap: 8 },
    'Contact: Harriet Blakemore-Singh, Chief Finance Officer',
  ]);
  return makePdf([
    [...p1, ...grid(rows, [72, 290, 390, 490], 462, { size: 10 }), ...p1b, ...folio(1, 2)],
    [...p2, ...folio(2, 2)],
  ]);
}

/** (d) Corporate parenting panel minutes with decisions written as a table. */
function corporateParentingMinutes(): Uint8Array {
  const p1 = flowPage([
    '**MEREBROOK CITY COUNCIL',
    '**Corporate Parenting Panel',
    '**Minutes of the meeting held on Tuesday 4 November 2025, 2.00 pm, Room 1.12, Merebrook House',
    { gap: 6 },
    'Present: Councillor Aled Pritchard-Moss (Chair), Councillors Sunita Varma, Joel Okonkwo-Reid',
    'and Fran Lindqvist; two representatives of the Children in Care Council (CiCC).',
    'Officers: Dominic Farrier (Director of Children’s Services), Leanne Cartwright (Head of',
    'Corporate Parenting), Samir Hollis (Head of Commissioning), Ruth Adebayo (Virtual',
    'School Headteacher).',
  ], { size: 10, leading: 13 });
  const xs = [40, 64, 246, 466, 530];
  const rows = [
    ['**Item', '**Discussion', '**Decision/Action', '**Owner', '**Deadline'],
    ['1', 'Apologies from Cllr Mark Tennyson.', 'Noted.', '', ''],
    ['2', 'Minutes of 9 September 2025.', 'Agreed as a correct record.', 'Chair', ''],
    ['3', 'Care leavers’ council tax exemption. The Panel', 'Panel endorsed extending the exemption to age 25.', 'Head of', '01/04/2026'],
    ['', 'heard that 212 care leavers aged 18–21 receive', '', 'Revenues', ''],
    ['', 'the exemption; extending it to 25 would cost', '', '', ''],
    ['', 'about £96,000 a year.', '', '', ''],
    ['4', 'Placement sufficiency. 38 children are placed', 'Sufficiency strategy to come to January meeting.', 'Head of', '20/01/2026'],
    ['', 'more than 20 miles from Merebrook. Two new', '', 'Commiss-', ''],
    ['', 'children’s homes open in spring 2026.', '', 'ioning', ''],
    ['5', 'Virtual School annual report 2024/25. Personal', 'Noted. VSH to circulate PEP audit findings.', 'VSH', '30/11/2025'],
    ['', 'Education Plan (PEP) completion is 91%.', '', '', ''],
    ['6', 'Voice of the child. CiCC members raised delays', 'Director to write to the CiCC with a response.', 'DCS', '12/12/2025'],
    ['', 'in getting passports and bank accounts.', '', '', ''],
    ['7', 'Unaccompanied asylum-seeking children (UASC).', 'Update noted; no further action.', '', ''],
    ['', 'The city cares for 41 UASC, above the 0.1%', '', '', ''],
    ['', 'National Transfer Scheme threshold.', '', '', ''],
    ['8', 'Date of next meeting: 20 January 2026.', 'Noted.', '', ''],
  ];
  const tail = flowPage([
    'Abbreviations: CiCC – Children in Care Council; PEP – Personal Education Plan; VSH – Virtual',
    'School Headteacher; DCS – Director of Children’s Services;',
    'UASC – unaccompanied asylum-seeking children.',
    { gap: 8 },
    'The meeting closed at 3.40 pm.',
    'Signed ……………………… Chair',
  ], { top: 470, size: 10, leading: 13 });
  return makePdf([[...p1, ...grid(rows, xs, 200, { size: 8, leading: 12 }), ...tail, ...folio(1, 1)]]);
}

/** (e) Officer delegated decision record. */
function delegatedDecision(): Uint8Array {
  const p1 = flowPage([
    '**NORTHVALE DISTRICT COUNCIL',
    '**RECORD OF OFFICER DECISION',
    '(Exercise of delegated powers under Part 3 of the Constitution)',
    { gap: 8 },
    'Decision reference:\tODR/ENV/2025/017',
    'Decision maker:\tDirector of Environment and Neighbourhoods',
    'Subject:\tPurchase of four electric refuse collection vehicles',
    { gap: 6 },
    '**Decision:',
    'To award a contract for the supply of four electric refuse collection vehicles (eRCVs),',
    'with five years’ maintenance, to Greenline Municipal Vehicles Ltd, through a direct',
    'award under the Eastern Shires Purchasing Organisation (ESPO) vehicle framework.',
    { gap: 6 },
    '**Reasons:',
    'Four of the Council’s diesel refuse vehicles reach the end of their economic life in',
    '2026. Replacing them with electric vehicles supports the Council’s Climate Action',
    'Plan and will save about 96 tonnes of CO2 a year. The direct award was the most',
    'economically advantageous of three framework suppliers evaluated.',
    { gap: 6 },
    '**Alternative options considered:',
    'Replacing like-for-like with diesel vehicles (rejected: does not meet the Climate Action',
    'Plan); hire of vehicles (rejected: higher whole-life cost).',
    { gap: 6 },
    '**Budget/cost:',
    '£1,812,000 (capital), funded from the approved Fleet Replacement Programme in the',
    '2025/26 Capital Programme, with £240,000 from the Decarbonisation Reserve towards',
    'charging infrastructure at Greyfield Depot.',
    { gap: 6 },
    '**Consultation undertaken:',
    'Portfolio Holder for Environment, Councillor Bethan Ashworth-Lowe (2 June 2025);',
    'Chief Finance Officer; Monitoring Officer; Procurement Manager; the recognised',
    'trade union (GMB) on driver training.',
    { gap: 6 },
    '**Conflicts of interest declared:',
    'None.',
    { gap: 6 },
    '**Date of decision:\t9 June 2025',
    { gap: 6 },
    'The performance and running costs of the new vehicles will be reported to the',
    'Environment Overview and Scrutiny Panel in September 2026.',
    { gap: 8 },
    'Signed: Gareth Penhaligon-Roe, Director of Environment and Neighbourhoods',
    'Not subject to call-in: this is an officer decision under delegated powers.',
  ]);
  return makePdf([[...p1, ...folio(1, 1)]]);
}

/** (f) Health overview and scrutiny committee minutes recommending to an NHS trust. */
function healthScrutinyMinutes(): Uint8Array {
  const p1 = flowPage([
    '**TAMBERLEY COUNTY COUNCIL',
    '**HEALTH OVERVIEW AND SCRUTINY COMMITTEE',
    'MINUTES of a meeting held at County Hall, Tamberley on Tuesday 14 October 2025',
    { gap: 6 },
    'PRESENT: Councillor Nerys Halloran-Webb (Chair); Councillors Pete Ridgeway, Chloe',
    'Abernathy, Kwame Asante-Ford, Iris Penwarden and Stuart McAllister-Dunn',
    'IN ATTENDANCE: Dr Miriam Oyelaran (Chief Medical Officer) and Jonathan Keel',
    '(Chief Operating Officer), Tamberley Hospitals NHS Foundation Trust; Alison Prue',
    '(Director of Urgent Care), NHS Tamberley and Wexmoor Integrated Care Board (ICB)',
    { gap: 8 },
    '**41.\tMINUTES',
    'RESOLVED that the minutes of the meeting held on 9 September 2025 be confirmed',
    'and signed by the Chair.',
    { gap: 6 },
    '**42.\tURGENT AND EMERGENCY CARE – AMBULANCE HANDOVER DELAYS',
    'Dr Oyelaran and Mr Keel presented the Trust’s report. In August 2025 only 61% of',
    'patients at the Emergency Department (ED) were seen within four hours against the',
    'national target of 78%, and 1,240 ambulance handovers took longer than 60 minutes.',
    'A new Same Day Emergency Care (SDEC) unit would open in January 2026. Members',
    'were concerned about patients waiting in corridors and about staff morale.',
    'The Committee RECOMMENDS that the Trust:',
    '(a)\tpublishes monthly data on ambulance handover delays and corridor care on its',
    '  \twebsite from November 2025;',
    '(b)\tworks with the ICB and the ambulance service to agree a joint plan to end',
    '  \thandovers longer than 60 minutes before winter; and',
    '(c)\tconsults the Committee before any change to the opening hours of the Minor',
    '  \tInjuries Unit (MIU) at Wexmoor Community Hospital.',
    'RESOLVED that the Trust be asked to provide an update on progress against these',
    'recommendations at its March 2026 meeting.',
  ]);
  const p2 = flowPage([
    '**43.\tMATERNITY SERVICES – CARE QUALITY COMMISSION INSPECTION',
    'The Trust reported that the Care Quality Commission (CQC) had rated maternity',
    'services at Tamberley General Hospital as ‘Requires Improvement’ in July 2025.',
    'An improvement plan was in place and 14 additional midwives had been recruited.',
    'RESOLVED that:',
    '(1)\tthe report be noted; and',
    '(2)\tthe Trust’s maternity improvement plan be shared with all Members of the',
    '  \tCommittee by 30 November 2025.',
    { gap: 6 },
    '**44.\tPROPOSED CHANGES TO STROKE REHABILITATION SERVICES',
    'Ms Prue explained the ICB’s proposal to move inpatient stroke rehabilitation from',
    'Wexmoor Community Hospital to Tamberley General Hospital. The Committee considered',
    'whether the change was a substantial variation in services.',
    'RESOLVED that the Committee considers the proposal to be a substantial variation',
    'and requests that the ICB carry out a formal public consultation.',
    { gap: 6 },
    '**45.\tWORK PROGRAMME',
    'RESOLVED that the work programme be approved, with the addition of an item on',
    'NHS dental access at the January 2026 meeting.',
    { gap: 8 },
    'The meeting ended at 12.35 pm.',
    'Chair ……………………………',
  ]);
  return makePdf([[...p1, ...folio(1, 2)], [...p2, ...folio(2, 2)]]);
}

/** (g) Cabinet report with a staffing table of new and deleted posts. */
function cabinetStaffingReport(): Uint8Array {
  const p1 = flowPage([
    '**FENWICK VALE COUNCIL',
    '**Report to Cabinet',
    'Date of meeting:\t20 January 2026',
    'Title:\tAdult Social Care – Front Door Redesign',
    'Lead Member:\tCouncillor Rosalind Achebe-Grant, Adult Social Care and Health',
    'Lead officer:\tTobias Marchetti, Director of Adult Social Services (DASS)',
    'Wards:\tAll',
    'Key decision:\tYes – in the Forward Plan since 1 December 2025',
    { gap: 8 },
    '**1.\tRecommendations',
    'It is recommended that Cabinet:',
    '1.1\tapproves the redesign of the adult social care front door set out in section 3,',
    '  \tincluding the new Early Help and Reablement Hub from 1 April 2026;',
    '1.2\tapproves the creation of 8.0 FTE posts and the deletion of 7.0 FTE posts set out in',
    '  \tTable 1, at a net additional cost of £126,300 a year;',
    '1.3\tagrees that the net cost is met from the Market Sustainability and Improvement',
    '  \tFund (MSIF) in 2026/27 and from savings in residential care thereafter; and',
    '1.4\tnotes that a review of the first six months of the Hub will be reported to the',
    '  \tAdults and Health Scrutiny Committee in November 2026.',
    { gap: 6 },
    '**2.\tReasons for recommendations',
    '2.1\tIn 2024/25 the Council received 14,600 contacts about adult social care and 58%',
    '  \twere passed to a social work team for assessment. Councils with a stronger',
    '  \ttherapy-led front door resolve over half of contacts at first point of contact.',
    '2.2\tAdding occupational therapists to the front door is expected to avoid about 45',
    '  \tpermanent residential placements a year, saving £1.3m a year by 2027/28.',
    { gap: 6 },
    '**3.\tProposal',
    '3.1\tThe Customer Adviser and Duty Coordinator roles will be replaced by Social Care',
    '  \tNavigators and Occupational Therapists working together in one Hub. Staff in',
    '  \tdeleted posts will be offered redeployment under the Managing Change policy.',
  ]);
  const rows = [
    ['**Post title', '**Grade', '**FTE', '**Annual cost'],
    ['**New posts', '', '', ''],
    ['Hub Team Manager', 'FV10', '1.0', '£68,300'],
    ['Occupational Therapist', 'FV8', '3.0', '£156,900'],
    ['Social Care Navigator', 'FV5', '4.0', '£142,400'],
    ['**Deleted posts', '', '', ''],
    ['Customer Adviser', 'FV3', '(5.0)', '(£148,500)'],
    ['Duty Coordinator', 'FV6', '(2.0)', '(£92,800)'],
    ['**Total (net)', '', '**1.0', '**£126,300'],
  ];
  const p2 = flowPage([
    '**4.\tStaffing implications',
    '4.1\tTable 1 sets out the posts to be created and deleted. Costs include employer’s',
    '  \tNational Insurance and pension contributions at 2025/26 pay rates.',
    '**Table 1: Posts created and deleted',
  ]);
  const p2b = flowPage([
    '4.2\tFive of the seven deleted posts are currently filled. Formal consultation with staff',
    '  \tand the trade unions will run for 45 days from 26 January 2026.',
    { gap: 6 },
    '**5.\tFinancial implications',
    '5.1\tThe MSIF allocation for 2026/27 is £3.4m, of which £126,300 would fund the net',
    '  \tstaffing cost. One-off costs of £38,000 for training and IT are met from the',
    '  \tTransformation Reserve.',
    { gap: 6 },
    '**6.\tConsultation',
    '6.1\tThe proposals were discussed with the Adults and Health Scrutiny Committee on',
    '  \t9 December 2025 and with the Carers’ Partnership Board.',
    { gap: 8 },
    'Background papers: None',
  ], { top: 260 });
  return makePdf([
    [...p1, ...folio(1, 2)],
    [...p2, ...grid(rows, [72, 290, 360, 430], 136, { size: 10 }), ...p2b, ...folio(2, 2)],
  ]);
}

/** (h) Joint committee minutes with "JC" minute numbers, "AGREED: (a) … (b) …" and a work programme table. */
function jointCommitteeMinutes(): Uint8Array {
  const p1 = flowPage([
    '**HARBURY DISTRICT COUNCIL AND OAKMERE BOROUGH COUNCIL',
    '**JOINT STRATEGIC PLANNING COMMITTEE',
    'Minutes of the meeting held on Wednesday 3 December 2025 at 6.30 pm at Oakmere Town Hall',
    { gap: 6 },
    'Members present:',
    'Harbury DC: Councillors Linnea Brack (Chair), Owain Petrakis and Sally Mbeki-Hart',
    'Oakmere BC: Councillors Desmond Fairweather (Vice-Chair), Ayesha Tolland and Rob Kinsella',
    'Officers: Catrin Vail (Joint Planning Policy Manager), Hugo Pemberton (Legal Adviser)',
    { gap: 8 },
    '**JC10\tAPOLOGIES AND SUBSTITUTIONS',
    'There were no apologies.',
    { gap: 6 },
    '**JC11\tMINUTES',
    'AGREED: that the minutes of the meeting held on 10 September 2025 be approved as a',
    'correct record.',
    { gap: 6 },
    '**JC12\tJOINT LOCAL PLAN – PREFERRED OPTIONS CONSULTATION',
    'The Joint Planning Policy Manager presented the Preferred Options for the Harbury and',
    'Oakmere Joint Local Plan (JLP), which would provide for 11,200 homes across the two',
    'areas between 2025 and 2042. Members discussed the proposed new settlement at',
    'Calloway Fields and the capacity of the A41.',
    'AGREED:',
    '(a)\tthat the Preferred Options document be approved for public consultation for eight',
    '  \tweeks from 12 January 2026;',
    '(b)\tthat the Sustainability Appraisal (SA) be published alongside it; and',
    '(c)\tthat authority be delegated to the Joint Planning Policy Manager, in consultation',
    '  \twith the Chair and Vice-Chair, to make minor editorial changes before publication.',
    '(For 5, Against 1)',
    { gap: 6 },
    '**JC13\tJOINT LOCAL PLAN – BUDGET 2026/27',
    'AGREED:',
    '(a)\tthat the JLP budget of £486,000 for 2026/27 be approved, to be shared equally',
    '  \tbetween the two councils; and',
    '(b)\tthat the budget be recommended to each council for inclusion in its 2026/27',
    '  \trevenue budget.',
    { gap: 6 },
    '**JC14\tLOCAL DEVELOPMENT SCHEME',
    'AGREED: that the revised Local Development Scheme (LDS), with submission of the',
    'JLP for examination in December 2026, be noted and referred to both councils’',
    'Cabinets for adoption in February 2026.',
  ]);
  const p2 = flowPage([
    '**JC15\tWORK PROGRAMME',
    'AGREED: that the work programme for the next three meetings be as follows:',
  ]);
  const rows = [
    ['**Meeting date', '**Item', '**Lead officer'],
    ['4 March 2026', 'Preferred Options consultation – initial feedback', 'Catrin Vail'],
    ['4 March 2026', 'Gypsy and Traveller Accommodation Assessment', 'Nadia Fenwick-Oduya'],
    ['10 June 2026', 'Consultation responses and next steps', 'Catrin Vail'],
    ['10 June 2026', 'Infrastructure Delivery Plan – update', 'Liam Arkwright'],
    ['16 September 2026', 'Pre-submission (Regulation 19) JLP', 'Catrin Vail'],
  ];
  const tail = flowPage([
    'The meeting closed at 8.05 pm.',
    'Chair ……………………………',
  ], { top: 210 });
  return makePdf([
    [...p1, ...folio(1, 2)],
    [...p2, ...grid(rows, [72, 190, 440], 110, { size: 10 }), ...tail, ...folio(2, 2)],
  ]);
}

export const SYNTHETIC6: Record<string, () => Uint8Array> = {
  's6-planning-officer-report': planningOfficerReport,
  's6-pension-fund-report': pensionFundReport,
  's6-budget-council-tax-report': budgetReport,
  's6-corporate-parenting-minutes': corporateParentingMinutes,
  's6-officer-delegated-decision': delegatedDecision,
  's6-health-scrutiny-minutes': healthScrutinyMinutes,
  's6-cabinet-staffing-report': cabinetStaffingReport,
  's6-joint-committee-minutes': jointCommitteeMinutes,
};
