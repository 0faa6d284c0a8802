/**
 * Eight more synthetic papers in the styles of councils we hold no papers from: a London
 * borough record of executive decisions (Decision / Reasons for decision / Alternative options
 * considered and rejected / Conflicts of interest, call-in expiry); a Scottish council education
 * committee report on the school estate ("It is recommended that the Committee: (i) …", a capital
 * table in £m by project and year, an Implications table); an overview and scrutiny work
 * programme 2025/26 with a covering report and a four-column table with TBC dates; county
 * highways and transport committee minutes ("AGREED that …", a petition, an item deferred to the
 * next meeting); unitary cabinet minutes with "Decision" and "Reason for decision" blocks; a joint
 * waste partnership budget report with a contributions table by partner council; a housing
 * scrutiny report on damp and mould with bold run-in headings, a posts table and an action plan;
 * and a corporate peer challenge report to cabinet with the council's action plan. Built as small
 * PDFs by test/helpers/make-pdf.ts; their gold is beside them (synthetic-<key>.json, "file":
 * "synthetic:<key>"). Councils and people are invented; the wording follows real papers of each
 * kind. Written blind to the parser.
 */
import { flowPage, grid, makePdf, type PdfLine } from '../../helpers/make-pdf.ts';

/** A page number at the foot of a page. */
function folio(n: number, of: number): PdfLine[] {
  return [{ text: `Page ${n} of ${of}`, x: 270, y: 815, size: 9 }];
}

/** A plain page number, right-aligned-ish. */
function pageNo(n: number): PdfLine[] {
  return [{ text: `${n}`, x: 520, y: 815, size: 9 }];
}

type RunInScript = Array<string | { gap: number } | { head: string; text: string }>;

/**
 * Like flowPage, but an entry { head, text } sets a bold run-in heading followed on the same line
 * by regular text (as in papers whose paragraphs open with a bold heading).
 */
function flowRunIn(script: RunInScript, opts: { top?: number; size?: number; leading?: number } = {}): PdfLine[] {
  const size = opts.size ?? 11;
  const leading = opts.leading ?? 14;
  let y = opts.top ?? 72;
  const out: PdfLine[] = [];
  for (const entry of script) {
    if (typeof entry === 'string') {
      out.push(...flowPage([entry], { top: y, size, leading }));
      y += leading;
    } else if ('gap' in entry) {
      y += entry.gap;
    } else {
      out.push({ text: entry.head, x: 72, y, size, bold: true });
      out.push({ text: entry.text, x: 72 + entry.head.length * size * 0.53 + 4, y, size });
      y += leading;
    }
  }
  return out;
}

/** (a) London borough record of executive decisions: four cabinet decisions and a call-in expiry date. */
function executiveDecisionsRecord(): Uint8Array {
  const p1 = flowPage([
    '**LONDON BOROUGH OF THAMESBURY',
    '**RECORD OF EXECUTIVE DECISIONS',
    { gap: 4 },
    'Decision maker:\tCabinet',
    'Date of meeting:\tMonday 13 October 2025',
    'Date of publication:\tWednesday 15 October 2025',
    'Call-in expiry:\t5.00 pm, Wednesday 22 October 2025',
    { gap: 6 },
    'The decisions below will come into effect, and may be implemented, after the call-in',
    'expiry date unless they are called in under the Overview and Scrutiny Procedure Rules.',
    { gap: 6 },
    'Present: Councillor Adaeze Montrose-Kemp (Leader, in the Chair); Councillors Tomasz',
    'Wierzbicki, Ffion Carrow-Lyle, Rashid Emberton, Grace Holloway-Njie and Declan Sorrell',
    { gap: 10 },
    '**CAB 41/25\tTEMPORARY ACCOMMODATION ACQUISITIONS PROGRAMME 2025–2028',
    'Cabinet Member:\tCouncillor Rashid Emberton, Housing and Homelessness',
    { gap: 4 },
    '**Decision',
    'Cabinet RESOLVED to:',
    '1.\tapprove a capital budget of £38.5 million over 2025/26 to 2027/28 to buy 120 homes',
    '  \tfor use as temporary accommodation (TA), to be added to the Capital Programme;',
    '2.\tdelegate authority to the Corporate Director of Housing and Regeneration, in',
    '  \tconsultation with the Cabinet Member for Housing and Homelessness and the',
    '  \tDirector of Finance, to agree individual purchases within the approved budget; and',
    '3.\tnote that progress on the programme will be reported to Cabinet in April 2026.',
    { gap: 4 },
    '**Reasons for decision',
    'The Council has 2,148 households in TA, of whom 311 are in nightly-paid bed and',
    'breakfast. Net spend on TA is forecast at £27.9 million in 2025/26, £9.6 million above',
    'budget. Buying homes is expected to save an average of £9,400 per home each year',
    'against nightly-paid accommodation.',
    { gap: 4 },
    '**Alternative options considered and rejected',
    'Continuing to rely on nightly-paid accommodation (rejected: highest cost and poorest',
    'quality); leasing from private landlords only (rejected: not enough supply in the',
    'borough).',
    { gap: 4 },
    '**Conflicts of interest',
    'None declared.',
  ]);
  const p2 = flowPage([
    '**CAB 42/25\tSCHOOL STREETS CAMERA ENFORCEMENT – CONTRACT AWARD',
    'Cabinet Member:\tCouncillor Ffion Carrow-Lyle, Environment and Transport',
    { gap: 4 },
    '**Decision',
    'Cabinet RESOLVED to:',
    '1.\taward the contract for the supply and maintenance of Automatic Number Plate',
    '  \tRecognition (ANPR) cameras at 34 School Streets to Civiclens Traffic Systems Ltd',
    '  \tfor five years from 1 January 2026, at a total value of £2,140,000; and',
    '2.\tnote that the contract will be funded from Penalty Charge Notice (PCN) income',
    '  \tunder section 55 of the Road Traffic Regulation Act 1984.',
    { gap: 4 },
    '**Reasons for decision',
    'Civiclens submitted the most economically advantageous tender of the five received.',
    'The cameras replace marshalled closures, which cost £410,000 a year in staff time.',
    { gap: 4 },
    '**Alternative options considered and rejected',
    'Continuing with marshalled closures (rejected: cost and a shortage of volunteers);',
    'removing School Streets at the 12 schools with the least traffic (rejected: contrary to',
    'the Transport Strategy).',
    { gap: 4 },
    '**Conflicts of interest',
    'Councillor Tomasz Wierzbicki declared a non-pecuniary interest as a governor of',
    'Greenlane Primary School. He remained in the meeting and took part in the decision.',
    { gap: 10 },
    '**CAB 43/25\tEMISSIONS-BASED RESIDENTS’ PARKING PERMITS',
    'Cabinet Member:\tCouncillor Ffion Carrow-Lyle, Environment and Transport',
    { gap: 4 },
    '**Decision',
    'Cabinet RESOLVED to:',
    '1.\tapprove the introduction of emissions-based charges for residents’ parking',
    '  \tpermits, with effect from 1 April 2026, as set out in Appendix 2 to the report; and',
    '2.\tagree that the annual permit charge for a zero-emission vehicle be held at £30',
    '  \tuntil 31 March 2028.',
    { gap: 4 },
    '**Reasons for decision',
    'Around 40% of the borough’s emissions of nitrogen dioxide (NO2) come from road',
    'transport. The statutory consultation received 1,206 responses, of which 58%',
    'supported the proposal.',
    { gap: 4 },
    '**Alternative options considered and rejected',
    'A flat-rate increase of 10% for all permits (rejected: no incentive to switch vehicles).',
    { gap: 4 },
    '**Conflicts of interest',
    'None declared.',
  ]);
  const p3 = flowPage([
    '**CAB 44/25\tREVENUE AND CAPITAL BUDGET MONITORING 2025/26 – QUARTER 1',
    'Cabinet Member:\tCouncillor Declan Sorrell, Finance and Resources',
    { gap: 4 },
    '**Decision',
    'Cabinet RESOLVED to:',
    '1.\tnote the forecast General Fund overspend of £6.4 million at Quarter 1, mainly in',
    '  \ttemporary accommodation and children’s placements;',
    '2.\tapprove the re-profiling of £12.7 million of capital budget from 2025/26 to 2026/27;',
    '  \tand',
    '3.\tinstruct Corporate Directors to bring forward recovery plans to reduce the',
    '  \toverspend, to be reported to Cabinet on 8 December 2025.',
    { gap: 4 },
    '**Reasons for decision',
    'To keep the Council within its approved budget and to comply with the Financial',
    'Regulations.',
    { gap: 4 },
    '**Alternative options considered and rejected',
    'None. Cabinet is required to monitor the budget during the year.',
    { gap: 4 },
    '**Conflicts of interest',
    'None declared.',
    { gap: 12 },
    'Any five non-executive members may call in a decision by notifying the Head of',
    'Democratic Services before the call-in expiry. Decisions CAB 41/25 and CAB 43/25 are',
    'key decisions and appeared on the Forward Plan from 1 September 2025.',
    { gap: 6 },
    'Contact: Olumide Farrant-Price, Head of Democratic Services, 020 7946 0418',
  ]);
  return makePdf([
    [...p1, ...folio(1, 3)],
    [...p2, ...folio(2, 3)],
    [...p3, ...folio(3, 3)],
  ]);
}

/** (b) Scottish council education committee report on the school estate. */
function schoolEstateReport(): Uint8Array {
  const p1 = flowPage([
    '**LOCHAVEN COUNCIL',
    '**EDUCATION AND CHILDREN’S SERVICES COMMITTEE – 4 NOVEMBER 2025',
    '**AGENDA ITEM 7',
    { gap: 6 },
    '**LEARNING ESTATE INVESTMENT PROGRAMME – CAPITAL UPDATE',
    'Report by Executive Director (Education and Children’s Services)',
    { gap: 8 },
    '**1.\tPURPOSE',
    '1.1\tThis report updates the Committee on the Council’s school estate capital',
    '  \tprogramme and seeks approval of revised project budgets for 2025/26 to 2028/29.',
    { gap: 6 },
    '**2.\tRECOMMENDATIONS',
    '2.1\tIt is recommended that the Committee:',
    '(i)\tnotes the progress made on the projects in the Learning Estate Strategy since',
    '  \tthe report of 3 June 2025;',
    '(ii)\tapproves the revised capital allocations totalling £86.35 million for 2025/26 to',
    '  \t2028/29, as set out in Table 1;',
    '(iii)\tagrees that officers begin a statutory consultation under the Schools',
    '  \t(Consultation) (Scotland) Act 2010 on the proposal to relocate Ardmuir Primary',
    '  \tSchool to the new Ardmuir Community Campus; and',
    '(iv)\tinstructs the Executive Director to report the outcome of the consultation to the',
    '  \tCommittee in May 2026.',
    { gap: 6 },
    '**3.\tBACKGROUND',
    '3.1\tThe Learning Estate Strategy 2023–2033 was approved by the Committee on',
    '  \t7 March 2023. It aims to bring every school to condition and suitability category B',
    '  \tor better by 2033. At present 14 of the Council’s 62 schools are category C.',
    '3.2\tThree projects are supported by revenue funding from the Scottish Government’s',
    '  \tLearning Estate Investment Programme (LEIP) Phase 2, which pays 50% of the',
    '  \tcapital cost over 25 years if outcome targets on condition, energy and digital',
    '  \tare met.',
    '3.3\tThe programme also provides for early learning and childcare (ELC) at three',
    '  \tsettings and adaptations for pupils with additional support needs (ASN).',
  ]);
  const head2 = flowPage([
    '**4.\tCAPITAL PROGRAMME',
    '4.1\tTable 1 sets out the revised allocations by project and year.',
    { gap: 4 },
    '**Table 1: School estate capital programme (£m)',
  ]);
  const rows = [
    ['**Project', '**2025/26', '**2026/27', '**2027/28', '**2028/29', '**Total'],
    ['Ardmuir Community Campus', '6.20', '14.80', '11.40', '2.10', '34.50'],
    ['Dunvair High School extension', '3.45', '5.10', '0.60', '0.00', '9.15'],
    ['Glenorrin Primary School replacement', '1.10', '7.90', '9.30', '1.20', '19.50'],
    ['ELC settings (3 sites)', '0.85', '1.40', '0.00', '0.00', '2.25'],
    ['Condition and suitability works', '4.50', '4.50', '4.50', '4.50', '18.00'],
    ['Digital and ASN adaptations', '0.75', '0.75', '0.75', '0.70', '2.95'],
    ['**Total', '**16.85', '**34.45', '**26.55', '**8.50', '**86.35'],
  ];
  const body2 = flowPage([
    '4.2\tThe Ardmuir Community Campus budget has risen by £3.8 million since June 2025',
    '  \tbecause of tender prices. Construction is expected to start in April 2026.',
    '4.3\tThe programme is funded from prudential borrowing (£58.10 million), developer',
    '  \tcontributions (£4.20 million) and the General Capital Grant (£24.05 million). LEIP',
    '  \trevenue funding of about £1.6 million a year will offset borrowing costs once the',
    '  \tcampus opens.',
    { gap: 6 },
    '**5.\tIMPLICATIONS',
  ], { top: 72 + 4 * 14 + 4 + 8 * 14 + 10 });
  const implTop = 72 + 4 * 14 + 4 + 8 * 14 + 10 + 7 * 14 + 6 + 4;
  const impl = grid([
    ['**Financial', 'The revised programme adds £5.10 million to the budget approved in June'],
    ['', '2025. Loan charges are included in the Council’s revenue budget from 2026/27.'],
    ['**Personnel', 'None arising from this report. Staffing for the campus will be reported'],
    ['', 'separately.'],
    ['**Legal', 'The relocation of Ardmuir Primary School requires a statutory consultation'],
    ['', 'under the Schools (Consultation) (Scotland) Act 2010.'],
    ['**Equalities', 'An Equality and Fairer Scotland Impact Assessment (EFSIA) has been'],
    ['', 'completed; the new buildings will be fully accessible.'],
    ['**Risk', 'Construction inflation remains the main risk; a 7% contingency is held.'],
  ], [72, 160], implTop, { size: 10 });
  const tail = flowPage([
    'Author: Eilidh Strathdee, Head of Education Resources',
    'Background papers: Learning Estate Strategy 2023–2033',
  ], { top: implTop + 9 * 14 + 14 });
  return makePdf([
    [...p1, ...pageNo(1)],
    [...head2, ...grid(rows, [72, 280, 340, 400, 460, 515], 72 + 4 * 14 + 4 + 8, { size: 10 }), ...body2, ...impl, ...tail, ...pageNo(2)],
  ]);
}

/** (c) Overview and scrutiny work programme 2025/26: covering report and a four-column table. */
function scrutinyWorkProgramme(): Uint8Array {
  const p1 = flowPage([
    '**WYVERNHAM BOROUGH COUNCIL',
    '**OVERVIEW AND SCRUTINY COMMITTEE',
    { gap: 4 },
    'Date:\t17 June 2025',
    'Agenda item:\t8',
    'Title:\tOverview and Scrutiny Work Programme 2025/26',
    'Report of:\tScrutiny and Democratic Services Manager',
    'Contact:\tBronwen Tasker-Lowe, Scrutiny Officer',
    { gap: 8 },
    '**1.\tPurpose of report',
    '1.1\tTo present a draft work programme for 2025/26 for the Committee to consider',
    '  \tand agree.',
    { gap: 6 },
    '**2.\tRecommendations',
    '2.1\tThat the Committee:',
    '(a)\tagrees the Overview and Scrutiny Work Programme 2025/26 at Appendix A;',
    '(b)\tagrees to establish a task and finish group on private sector housing',
    '  \tenforcement, with four members, to report back to the Committee by January 2026;',
    '(c)\tnotes that items shown as TBC will be scheduled by the Chair and Vice-Chair',
    '  \tonce report dates are confirmed by the relevant service; and',
    '(d)\trequests that the Cabinet Member for Leisure and Culture attend the meeting on',
    '  \t16 September 2025 for the item on the leisure centre contract.',
    { gap: 6 },
    '**3.\tBackground',
    '3.1\tThe Constitution requires the Committee to set its own work programme each',
    '  \tyear. The draft was developed at a members’ workshop on 28 May 2025, using the',
    '  \tCabinet Forward Plan, the Corporate Plan 2024–2028 and suggestions from the',
    '  \tpublic.',
    '3.2\tEach suggestion has been tested against the Centre for Governance and Scrutiny',
    '  \t(CfGS) prioritisation criteria: is the issue important to residents, is the Council',
    '  \tperforming poorly, and can scrutiny make a difference?',
    '3.3\tThe Committee has five ordinary meetings in 2025/26. To keep agendas',
    '  \tmanageable, no more than three substantive items are scheduled for any meeting.',
    { gap: 6 },
    '**4.\tFinancial implications',
    '4.1\tThere are no direct financial implications. The task and finish group will be',
    '  \tsupported within the existing Scrutiny Officer post (1.0 FTE).',
  ]);
  const head2 = flowPage(['**Appendix A – Overview and Scrutiny Work Programme 2025/26']);
  const xs = [40, 112, 282, 432];
  const rows = [
    ['**Meeting date', '**Item', '**Purpose', '**Lead Member/Officer'],
    ['22 July 2025', 'Council Tax Support scheme review', 'Pre-decision scrutiny before', 'Cllr Noor Haddad-Pryce /'],
    ['', '', 'Cabinet in September', 'Head of Revenues'],
    ['22 July 2025', 'Annual Complaints Report 2024/25', 'Performance monitoring', 'Monitoring Officer'],
    ['16 Sept 2025', 'Leisure centre contract – year 2', 'Hold the contractor to account', 'Cllr Seb Ardley-Coombe /'],
    ['', '', '', 'Leisure Client Manager'],
    ['16 Sept 2025', 'Community Safety Partnership report', 'Crime and disorder scrutiny', 'Head of Community Safety'],
    ['11 Nov 2025', 'Draft Budget 2026/27', 'Budget scrutiny', 'Cllr Noor Haddad-Pryce /'],
    ['', '', '', 'Chief Finance Officer'],
    ['11 Nov 2025', 'Town centre car parking strategy', 'Policy development', 'Head of Place'],
    ['20 Jan 2026', 'Housing enforcement task group report', 'Recommendations to Cabinet', 'Chair of the task group'],
    ['17 Mar 2026', 'Corporate Plan performance – Q3', 'Performance monitoring', 'Head of Policy and Performance'],
    ['17 Mar 2026', 'Draft work programme 2026/27', 'Annual planning', 'Scrutiny Officer'],
    ['TBC', 'Flood resilience in Wyvernham', 'Partner scrutiny (Environment', 'Head of Place'],
    ['', '', 'Agency to attend)', ''],
    ['TBC', 'Housing allocations policy review', 'Pre-decision scrutiny', 'Head of Housing'],
  ];
  const tail = flowPage([
    'Items marked TBC will be added to a meeting once the report date is confirmed. The',
    'Committee may add urgent items at any meeting with the agreement of the Chair.',
  ], { top: 96 + rows.length * 13 + 20, size: 10 });
  return makePdf([
    [...p1, ...folio(1, 2)],
    [...head2, ...grid(rows, xs, 100, { size: 8, leading: 13 }), ...tail, ...folio(2, 2)],
  ]);
}

/** (d) County highways and transport committee minutes: AGREED, a petition, a deferral to the next meeting. */
function highwaysMinutes(): Uint8Array {
  const p1 = flowPage([
    '**MARDENSHIRE COUNTY COUNCIL',
    '**HIGHWAYS AND TRANSPORT COMMITTEE',
    'MINUTES of the meeting held at Shire Hall, Marden on Thursday 11 September 2025 at',
    '10.00 am',
    { gap: 6 },
    'PRESENT: Councillor Hamish Tredwell-Oakes (Chairman)',
    'Councillors Lucinda Farrow, Kofi Mensah-Baird, Dilys Penrose, Graham Otterburn,',
    'Anjali Soranzo, Victor Clayhanger, Moira Whitlock-Dene, Ben Iredale, Shona Capstick,',
    'Peter Alcott-Hume and Zainab Ferrars',
    'OFFICERS: Naomi Ruthven (Corporate Director – Place), Keith Lambourne (Head of',
    'Highway Asset Management), Farida Osei-Clarke (Head of Transport Strategy) and',
    'Jon Pettigrew (Democratic Services Officer)',
    { gap: 8 },
    '**14.\tAPOLOGIES AND SUBSTITUTIONS',
    'Apologies were received from Councillor Ruth Dearlove (substitute: Councillor Zainab',
    'Ferrars).',
    { gap: 4 },
    '**15.\tDECLARATIONS OF INTEREST',
    'Councillor Dilys Penrose declared a personal interest in item 17 as a resident of',
    'Little Hatchley.',
    { gap: 4 },
    '**16.\tMINUTES',
    'AGREED that the minutes of the meeting held on 10 July 2025 be approved as a correct',
    'record and signed by the Chairman.',
    { gap: 4 },
    '**17.\tPETITION – B2174 SPEED LIMIT, LITTLE HATCHLEY',
    'The Committee received a petition of 612 signatures, presented by Mrs Elspeth',
    'Margrave, asking the County Council to reduce the speed limit on the B2174 through',
    'Little Hatchley from 40 mph to 30 mph and to install a pedestrian crossing near the',
    'village school. Mrs Margrave addressed the Committee under the Petition Scheme.',
    'The Head of Highway Asset Management advised that speed surveys in June 2025',
    'had recorded a mean speed of 38 mph and that there had been four injury collisions',
    'in the last five years.',
    'AGREED that:',
    '(a)\tthe petition be received;',
    '(b)\tthe Head of Highway Asset Management carry out a speed limit assessment under',
    '  \tthe County Speed Management Policy; and',
    '(c)\tthe outcome of the assessment be reported to the Committee at its meeting on',
    '  \t15 January 2026.',
    { gap: 4 },
    '**18.\tHIGHWAYS CAPITAL MAINTENANCE PROGRAMME 2026/27',
    'The Head of Highway Asset Management presented the proposed programme of',
    '£48.2 million, funded from the Department for Transport (DfT) Highways Maintenance',
    'Block (£31.6 million), the County Council’s capital programme (£12.4 million) and the',
    'Network North resurfacing allocation (£4.2 million). Members asked that more of the',
    'programme be spent on footways in market towns.',
    'AGREED (For 9, Against 2, Abstain 1) that:',
    '(a)\tthe Highways Capital Maintenance Programme 2026/27 of £48.2 million be',
    '  \tapproved;',
    '(b)\t£750,000 within the programme be allocated to footway resurfacing; and',
    '(c)\tauthority be delegated to the Corporate Director – Place, in consultation with the',
    '  \tChairman, to vary individual schemes within the approved programme.',
  ]);
  const p2 = flowPage([
    '**19.\tBUS SERVICE IMPROVEMENT PLAN – ANNUAL UPDATE',
    'The Head of Transport Strategy reported that the Bus Service Improvement Plan',
    '(BSIP) grant for 2025/26 was £7.85 million. Patronage on supported routes had grown',
    'by 9% and 41,300 journeys had been made using the £1.50 young person’s fare.',
    'AGREED that the Committee:',
    '(a)\tnotes the BSIP annual update; and',
    '(b)\tendorses the proposal to retender the supported bus network in three lots from',
    '  \tSeptember 2026.',
    { gap: 4 },
    '**20.\tDRAFT 20 MPH SPEED LIMIT POLICY',
    'The Committee considered the draft 20 mph Speed Limit Policy. Several members',
    'asked for more information on the likely cost of signing and on the views of',
    'Mardenshire Police.',
    'AGREED that consideration of the draft 20 mph Speed Limit Policy be deferred to the',
    'next meeting, so that officers can provide an estimate of the signing costs and the',
    'response of Mardenshire Police.',
    { gap: 4 },
    '**21.\tWINTER SERVICE PLAN 2025/26',
    'The Head of Highway Asset Management reported that 42 gritters and 31,000 tonnes of',
    'salt were available for the winter.',
    'AGREED that the Winter Service Plan 2025/26, including the precautionary gritting',
    'network of 1,640 miles (38% of the road network), be noted.',
    { gap: 4 },
    '**22.\tDATE OF NEXT MEETING',
    'The next meeting will be held on Thursday 13 November 2025 at 10.00 am at Shire Hall,',
    'Marden.',
    { gap: 8 },
    'The meeting closed at 12.48 pm.',
    { gap: 8 },
    'Chairman ……………………………',
  ]);
  return makePdf([[...p1, ...pageNo(1)], [...p2, ...pageNo(2)]]);
}

/** (e) Unitary council cabinet minutes with "Decision" and "Reason for decision" blocks. */
function cabinetMinutes(): Uint8Array {
  const p1 = flowPage([
    '**TOLLERBY COUNCIL',
    '**CABINET',
    '**Minutes of the meeting held on Wednesday 21 January 2026 at 5.30 pm in the Council',
    '**Chamber, Tollerby Town Hall',
    { gap: 6 },
    'Present: Councillor Marisol Pendragon-Hythe (Leader of the Council, in the Chair);',
    'Councillors Isaac Threlfall (Deputy Leader), Carys Bannerman, Oluwaseun Radway,',
    'Hattie Gorringe, Neville Strand and Priti Lawless-Moore',
    'Also present: Councillor Duncan Ferriday (Chair of the Resources Scrutiny Committee)',
    { gap: 8 },
    '**CAB/112\tMinutes',
    'The minutes of the meeting held on 17 December 2025 were approved as a correct record',
    'and signed by the Chair.',
    { gap: 6 },
    '**CAB/113\tDraft Revenue Budget 2026/27 and Medium Term Financial Plan 2026–2030',
    'The Deputy Leader and Cabinet Member for Finance, Councillor Isaac Threlfall,',
    'introduced the report. The draft budget closes a gap of £14.2 million through savings',
    'of £9.1 million and a council tax increase of 4.99%, of which 2% is the adult social',
    'care precept. Councillor Ferriday reported the comments of the Resources Scrutiny',
    'Committee of 12 January 2026.',
    '**Decision',
    '1.\tCabinet recommends to Council a net revenue budget of £312.6 million for 2026/27',
    '  \tand a Band D council tax of £1,987.43, an increase of 4.99%.',
    '2.\tCabinet approves the savings proposals in Appendix C for implementation from',
    '  \t1 April 2026.',
    '3.\tThe report, with any amendments, will be referred to Council for its meeting on',
    '  \t26 February 2026.',
    '**Reason for decision',
    'To enable the Council to set a balanced budget and council tax for 2026/27 by the',
    'statutory deadline of 11 March 2026.',
    { gap: 6 },
    '**CAB/114\tSpecial Educational Needs and Disabilities (SEND) Sufficiency – Capital',
    '**  \tProgramme',
    'The Cabinet Member for Children and Education, Councillor Carys Bannerman,',
    'introduced the report. 2,870 children and young people have an Education, Health and',
    'Care Plan (EHCP), an increase of 14% in a year, and 212 are placed in independent',
    'special schools at an average cost of £68,000 a year.',
    '**Decision',
    '1.\tCabinet approves a SEND capital programme of £12.4 million to create 180',
    '  \tspecialist places in eight resourced provisions and a 60-place special school',
    '  \tannexe at Quarry Lane.',
    '2.\tCabinet approves the use of £7.9 million of High Needs Provision Capital Allocation',
    '  \t(HNPCA) grant and £4.5 million of prudential borrowing to fund the programme.',
    '3.\tCabinet delegates authority to the Director of Children’s Services, in consultation',
    '  \twith the Cabinet Member for Children and Education, to award the construction',
    '  \tcontracts.',
    '**Reason for decision',
    'To reduce reliance on independent special school placements, which is expected to',
    'avoid costs of £3.1 million a year by 2028/29, and to meet the Council’s duty to secure',
    'sufficient school places.',
  ]);
  const p2 = flowPage([
    '**CAB/115\tAdult Social Care – Charging Policy for Non-Residential Care',
    'The Cabinet Member for Adult Social Care, Councillor Oluwaseun Radway, introduced the',
    'report. The consultation ran from 6 October to 30 November 2025 and received 842',
    'responses.',
    '**Decision',
    '1.\tCabinet approves the revised Charging Policy for Non-Residential Care, with effect',
    '  \tfrom 13 April 2026.',
    '2.\tCabinet agrees that the Minimum Income Guarantee (MIG) be set at 10% above the',
    '  \tnational rate for all working-age adults.',
    '3.\tCabinet asks the Director of Adult Social Care to report on the impact of the',
    '  \tpolicy to the Adults and Health Scrutiny Panel in October 2026.',
    '**Reason for decision',
    'The policy has not been reviewed since 2017. The changes bring it into line with the',
    'Care and Support Statutory Guidance and are expected to raise £640,000 a year.',
    { gap: 6 },
    '**CAB/116\tCrisis and Resilience Fund 2026/27',
    'The Cabinet Member for Communities, Councillor Hattie Gorringe, introduced the report.',
    '**Decision',
    '1.\tCabinet notes the Council’s indicative allocation of £3.28 million from the Crisis',
    '  \tand Resilience Fund for 2026/27.',
    '2.\tCabinet approves the delivery scheme at Appendix 1, including holiday food',
    '  \tvouchers of £15 per eligible child per week.',
    '**Reason for decision',
    'To make sure that support reaches low-income households quickly from April 2026.',
    { gap: 6 },
    '**CAB/117\tQuarter 3 Performance Report 2025/26',
    '**Decision',
    '1.\tCabinet notes the Quarter 3 performance report.',
    '**Reason for decision',
    'To enable Cabinet to monitor delivery of the Council Plan.',
    { gap: 8 },
    'The meeting closed at 7.05 pm.',
    { gap: 6 },
    'Chair ……………………………',
  ]);
  return makePdf([[...p1, ...folio(1, 2)], [...p2, ...folio(2, 2)]]);
}

/** (f) Joint waste partnership budget report with contributions by partner council. */
function wastePartnershipBudget(): Uint8Array {
  const p1 = flowPage([
    '**OUSELAND JOINT WASTE PARTNERSHIP',
    '**Joint Waste Committee – Friday 5 December 2025',
    '**Agenda item 6',
    { gap: 6 },
    '**REVENUE BUDGET AND PARTNER CONTRIBUTIONS 2026/27',
    'Report of the Partnership Manager and the Treasurer',
    { gap: 8 },
    '**1.\tSummary',
    '1.1\tThe Ouseland Joint Waste Partnership (OJWP) brings together Ouseland County',
    '  \tCouncil, as waste disposal authority (WDA), and the three waste collection',
    '  \tauthorities (WCAs): Skellbrook Borough Council, Wenlow District Council and',
    '  \tCorveden District Council.',
    '1.2\tThis report sets out the Partnership’s budget for 2026/27 and the contribution',
    '  \trequired from each partner.',
    { gap: 6 },
    '**2.\tRecommendations',
    '2.1\tThe Joint Waste Committee is recommended to:',
    '(a)\tapprove the Partnership revenue budget for 2026/27 of £1,941,200;',
    '(b)\tapprove the use of £95,000 from the Partnership Reserve to limit the increase in',
    '  \tpartner contributions; and',
    '(c)\tnote the forecast balance on the Partnership Reserve of £212,400 at',
    '  \t31 March 2027.',
    '2.2\tEach partner council is recommended to:',
    '(a)\tinclude in its 2026/27 budget the contribution set out in Table 2; and',
    '(b)\tconfirm its contribution to the Treasurer by 31 January 2026.',
    { gap: 6 },
    '**3.\tBudget 2026/27',
    '3.1\tTable 1 summarises the budget. The main increase is £150,000 to support the',
    '  \tstart of weekly food waste collections, which all WCAs must provide from',
    '  \t1 April 2026. The materials recovery facility (MRF) contract rises with inflation.',
    { gap: 4 },
    '**Table 1: Partnership budget',
  ]);
  const t1top = 72 + 29 * 14 + 8 + 4 + 14;
  const t1 = grid([
    ['**Budget line', '**2025/26 £', '**2026/27 £', '**Change £'],
    ['Staffing (6.6 FTE)', '338,900', '352,400', '13,500'],
    ['Communications and education', '142,000', '148,500', '6,500'],
    ['Food waste rollout support', '260,000', '410,000', '150,000'],
    ['Recycling credits and data', '96,300', '98,700', '2,400'],
    ['MRF contract management', '812,000', '836,600', '24,600'],
    ['Support services (host authority)', '88,000', '95,000', '7,000'],
    ['**Gross budget', '**1,737,200', '**1,941,200', '**204,000'],
    ['Less use of Partnership Reserve', '(60,000)', '(95,000)', '(35,000)'],
    ['**Net cost met by partners', '**1,677,200', '**1,846,200', '**169,000'],
  ], [72, 290, 375, 460], t1top, { size: 10, leading: 13 });
  const p2 = flowPage([
    '**4.\tPartner contributions',
    '4.1\tOuseland County Council pays 40% of the net cost. The remaining 60% is shared',
    '  \tbetween the WCAs in proportion to households at 1 October 2025 (Skellbrook',
    '  \t58,950; Wenlow 41,470; Corveden 34,080). Contributions rise by £169,000 (10.1%)',
    '  \tin total.',
    { gap: 4 },
    '**Table 2: Contributions by partner council',
  ]);
  const t2 = grid([
    ['**Partner', '**Share %', '**2025/26 £', '**2026/27 £', '**Change £', '**Change %'],
    ['Ouseland County Council', '40.0', '670,880', '738,480', '67,600', '10.1'],
    ['Skellbrook Borough Council', '26.3', '437,749', '485,551', '47,802', '10.9'],
    ['Wenlow District Council', '18.5', '311,959', '341,547', '29,588', '9.5'],
    ['Corveden District Council', '15.2', '256,612', '280,622', '24,010', '9.4'],
    ['**Total', '**100.0', '**1,677,200', '**1,846,200', '**169,000', '**10.1'],
  ], [72, 232, 290, 360, 430, 495], 72 + 6 * 14 + 4 + 4, { size: 10, leading: 13 });
  const p2b = flowPage([
    '**5.\tReserves',
    '5.1\tThe Partnership Reserve is forecast to be £307,400 at 31 March 2026. After the',
    '  \tplanned use of £95,000 it will fall to £212,400 at 31 March 2027, above the',
    '  \tminimum balance of £150,000 agreed by the Committee in 2023.',
    { gap: 6 },
    '**6.\tNext steps',
    '6.1\tThe Treasurer will report the 2025/26 outturn to the Committee in June 2026.',
    { gap: 8 },
    'Contacts: Imelda Crabtree-Voss, Partnership Manager; Rufus Adair-Penhale, Treasurer',
    '(Wenlow District Council)',
  ], { top: 72 + 6 * 14 + 8 + 6 * 13 + 16 });
  return makePdf([
    [...p1, ...t1, ...folio(1, 2)],
    [...p2, ...t2, ...p2b, ...folio(2, 2)],
  ]);
}

/** (g) Housing scrutiny report on damp and mould: bold run-in headings, a posts table and an action plan. */
function dampMouldReport(): Uint8Array {
  const p1 = flowRunIn([
    '**PORTLAVEN CITY COUNCIL',
    '**Housing Scrutiny Panel – 24 February 2026',
    '**Damp and Mould: Progress Report and Revised Action Plan',
    'Report of the Director of Housing and Neighbourhoods',
    'Cabinet Member: Councillor Teodora Vasquez-Hale, Housing',
    { gap: 8 },
    { head: 'Purpose of report.', text: 'To update the Panel on the Council’s response to damp' },
    'and mould in its 9,860 council homes and to seek the Panel’s views on a revised plan.',
    { gap: 6 },
    { head: 'Recommendations.', text: 'The Panel is recommended to:' },
    '(a)\tnote the progress made since the Panel’s review in June 2025;',
    '(b)\tendorse the revised Damp and Mould Action Plan at Table 2;',
    '(c)\trecommend to Cabinet the creation of 7.0 FTE permanent posts set out in',
    '  \tTable 1, at a cost of £372,600 a year funded from the Housing Revenue Account',
    '  \t(HRA); and',
    '(d)\trequest a further progress report at its meeting in September 2026.',
    { gap: 6 },
    { head: 'Case numbers.', text: 'Between 1 April 2025 and 31 January 2026 the Council received' },
    '2,314 reports of damp and mould, compared with 1,652 in the same period of 2024/25.',
    'Of these, 418 were assessed as Category 1 hazards under the Housing Health and',
    'Safety Rating System (HHSRS). The average time from report to inspection is 11',
    'working days and 264 cases are open.',
    { gap: 6 },
    { head: 'Disrepair claims.', text: 'There are 187 live housing disrepair claims, of which 131' },
    'cite damp and mould. In 2024/25 the Council paid £1,384,000 in compensation, legal',
    'costs and repairs on settled claims, up from £712,000 in 2022/23. Claims firms have',
    'been canvassing door to door on the Eastgate and Millbrae estates.',
    { gap: 6 },
    { head: 'New duties.', text: 'From 27 October 2025 social landlords must investigate reported' },
    'hazards within set timescales and carry out emergency repairs within 24 hours.',
    'The service cannot meet these timescales with its current staff.',
    { gap: 6 },
    { head: 'Staffing.', text: 'Seven additional posts are proposed, as set out in Table 1.' },
    { gap: 4 },
    '**Table 1: Proposed additional posts',
  ]);
  const t1top = 72 + 5 * 14 + 8 + 2 * 14 + 6 + 7 * 14 + 6 + 5 * 14 + 6 + 4 * 14 + 6 + 4 * 14 + 6 + 14 + 4 + 14;
  const t1 = grid([
    ['**Post', '**Grade', '**FTE', '**Annual cost'],
    ['Damp and Mould Surveyor', 'PC8', '4.0', '£221,200'],
    ['Damp and Mould Case Manager', 'PC10', '1.0', '£64,900'],
    ['Tenant Liaison Officer', 'PC5', '2.0', '£86,500'],
    ['**Total', '', '**7.0', '**£372,600'],
  ], [72, 300, 370, 440], t1top, { size: 10, leading: 13 });
  const p1b = flowPage([
    'Costs include employer’s on-costs. Two of the Surveyor posts would replace agency',
    'staff, saving about £48,000 a year.',
  ], { top: t1top + 5 * 13 + 8 });
  const p2 = flowRunIn([
    '**Table 2: Revised Damp and Mould Action Plan',
  ]);
  const t2 = grid([
    ['**Action', '**Owner', '**Target date'],
    ['Recruit to the seven posts in Table 1', 'Head of Repairs', '30 June 2026'],
    ['Install humidity sensors in 1,500 high-risk homes', 'Head of Asset Management', '31 October 2026'],
    ['Complete a stock condition survey of all homes', 'Head of Asset Management', '31 March 2027'],
    ['Review all open disrepair claims for early settlement', 'Head of Legal Services', '31 May 2026'],
    ['Publish damp and mould performance data', 'Head of Performance', '30 April 2026'],
    ['Train all repairs operatives in damp and mould', 'Repairs Training Lead', '30 September 2026'],
  ], [72, 330, 470], 92, { size: 9, leading: 13 });
  const p2b = flowRunIn([
    { head: 'Financial implications.', text: 'The posts cost £372,600 a year from the HRA. A' },
    'further £650,000 for sensors and ventilation upgrades is included in the HRA Capital',
    'Programme 2026/27.',
    { gap: 6 },
    { head: 'Tenant voice.', text: 'The Tenants’ Forum asked on 3 February 2026 that every tenant' },
    'with an open case be told the name of their case manager. This is now in place.',
    { gap: 10 },
    'Contact officer: Gwilym Ostrander-Rees, Head of Repairs and Maintenance',
  ], { top: 92 + 7 * 13 + 16 });
  return makePdf([
    [...p1, ...t1, ...p1b, ...folio(1, 2)],
    [...p2, ...t2, ...p2b, ...folio(2, 2)],
  ]);
}

/** (h) Corporate peer challenge report to cabinet: the peer team's recommendations and the council's action plan. */
function peerChallengeReport(): Uint8Array {
  const p1 = flowPage([
    '**MARROWBY BOROUGH COUNCIL',
    '**REPORT TO CABINET',
    { gap: 4 },
    'Meeting date:\t9 December 2025',
    'Report title:\tLGA Corporate Peer Challenge – Feedback Report and Action Plan',
    'Portfolio:\tLeader of the Council (Councillor Benedict Ashgrove-Tull)',
    'Report author:\tSaoirse Delahunt-Ford, Head of Policy and Strategy',
    'Key decision:\tNo',
    'Exempt:\tNo – public report',
    { gap: 8 },
    '**1.\tPURPOSE',
    '1.1\tTo present the feedback report from the Local Government Association (LGA)',
    '  \tCorporate Peer Challenge (CPC) held from 16 to 19 September 2025, and the',
    '  \tCouncil’s action plan in response.',
    { gap: 6 },
    '**2.\tRECOMMENDATIONS',
    '2.1\tThat Cabinet notes the findings of the peer team set out in the feedback report',
    '  \tat Appendix A.',
    '2.2\tThat Cabinet approves the action plan at Appendix B in response to the peer',
    '  \tteam’s nine recommendations.',
    '2.3\tThat Cabinet agrees that the Chief Executive reports progress against the action',
    '  \tplan to the Corporate Scrutiny Committee on 10 March 2026.',
    '2.4\tThat Cabinet notes that the LGA will carry out a progress review in six months,',
    '  \tthe findings of which will be reported to Cabinet.',
    { gap: 6 },
    '**3.\tBACKGROUND',
    '3.1\tA corporate peer challenge is a voluntary improvement tool. Councils are expected',
    '  \tto have one at least every five years; Marrowby’s last was in 2019.',
    '3.2\tThe peer team was:',
    '•\tRowena Kittredge-Baines, Chief Executive, Ellisford District Council (lead peer)',
    '•\tCouncillor Anwen Poldark-Hughes, Leader, Castlebrough Borough Council',
    '•\tMatthias Oyelowo-Grant, Director of Resources, Sandmere City Council',
    '•\tPriyanka Coldwell, Head of Governance, Fellbridge District Council',
    '•\tTerence Ambrose-Lyle, Peer Challenge Manager, LGA',
    '3.3\tThe team spent four days on site and met more than 140 councillors, staff and',
    '  \tpartners.',
  ]);
  const p2 = flowPage([
    '**4.\tKEY FINDINGS',
    '4.1\tThe peer team found a council with ambitious plans for the regeneration of',
    '  \tMarrowby town centre and good partnerships with the voluntary sector. However,',
    '  \tthe Medium Term Financial Strategy (MTFS) shows a budget gap of £4.8 million by',
    '  \t2028/29 with no agreed plan to close it, and general fund reserves have fallen',
    '  \tfrom £11.2 million to £6.9 million in two years.',
    '4.2\tThe peer team made nine recommendations:',
    '1.\tDevelop a credible plan to close the £4.8 million MTFS gap by 2028/29.',
    '2.\tRefresh the Corporate Plan so that it has fewer, clearer priorities.',
    '3.\tStrengthen overview and scrutiny, including pre-decision scrutiny.',
    '4.\tSet up a single programme board for the town centre regeneration programme.',
    '5.\tInvest in workforce planning, given a 19% vacancy rate in planning and legal.',
    '6.\tMake better use of performance data at Cabinet and the Corporate Leadership',
    '  \tTeam (CLT).',
    '7.\tReview the member–officer protocol and provide member development on it.',
    '8.\tSet out a clear position on local government reorganisation (LGR) with the',
    '  \tneighbouring councils.',
    '9.\tDevelop a digital strategy linked to the transformation programme.',
    { gap: 6 },
    '**5.\tFINANCIAL IMPLICATIONS',
    '5.1\tThere was no charge for the peer challenge. The action plan will be delivered',
    '  \twithin existing budgets, except the workforce strategy, which may need up to',
    '  \t£180,000 a year for market supplements, to be considered in the 2026/27 budget.',
    { gap: 6 },
    '**6.\tLEGAL AND RISK IMPLICATIONS',
    '6.1\tThere are no direct legal implications. Failing to act on the findings would',
    '  \tincrease the risk of financial failure and of government intervention.',
  ]);
  const p3 = flowPage(['**Appendix B – Corporate Peer Challenge Action Plan']);
  const t = grid([
    ['**No.', '**Action', '**Lead', '**By when'],
    ['1', 'Savings and income plan to close the MTFS gap', 'Director of Finance', 'February 2026'],
    ['2', 'Refreshed Corporate Plan 2026–2030 to Council', 'Chief Executive', 'July 2026'],
    ['3', 'Pre-decision scrutiny protocol agreed', 'Monitoring Officer', 'March 2026'],
    ['4', 'Regeneration Programme Board established', 'Director of Place', 'January 2026'],
    ['5', 'Workforce strategy and market supplements review', 'Head of HR', 'June 2026'],
    ['6', 'Performance dashboard for Cabinet and CLT', 'Head of Policy and Strategy', 'April 2026'],
    ['7', 'Member–officer protocol review and member training', 'Monitoring Officer', 'May 2026'],
    ['8', 'Report on LGR options to Council', 'Chief Executive', 'March 2026'],
    ['9', 'Digital Strategy 2026–2029 to Cabinet', 'Director of Resources', 'September 2026'],
  ], [72, 96, 345, 480], 96, { size: 9, leading: 14 });
  return makePdf([
    [...p1, ...pageNo(1)],
    [...p2, ...pageNo(2)],
    [...p3, ...t, ...pageNo(3)],
  ]);
}

export const SYNTHETIC10: Record<string, () => Uint8Array> = {
  's10-executive-decisions-record': executiveDecisionsRecord,
  's10-school-estate-report': schoolEstateReport,
  's10-scrutiny-work-programme': scrutinyWorkProgramme,
  's10-highways-committee-minutes': highwaysMinutes,
  's10-unitary-cabinet-minutes': cabinetMinutes,
  's10-waste-partnership-budget': wastePartnershipBudget,
  's10-damp-mould-scrutiny-report': dampMouldReport,
  's10-peer-challenge-report': peerChallengeReport,
};
