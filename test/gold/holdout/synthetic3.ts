/**
 * Eight more synthetic papers in the styles of councils we hold no papers from: London borough
 * cabinet minutes, district planning committee minutes, a county health and wellbeing board
 * report with bullet recommendations and a funding table, a fire and rescue authority report, a
 * combined authority decision notice, parish council minutes with a precept, a scrutiny work
 * programme laid out under meeting-date headings, and an agenda pack (agenda, minutes of the
 * previous meeting and one report). Built as small PDFs by test/helpers/make-pdf.ts; their gold is
 * beside them (synthetic-<key>.json, "file": "synthetic:<key>"). Councils and people are invented;
 * the wording follows real papers of each kind. Written blind to the parser.
 */
import { flowPage, makePdf, type PdfLine } from '../../helpers/make-pdf.ts';

type Script = Array<string | { gap: number }>;

/** A table: one row per entry, one cell per column at the given x; a cell starting "**" is bold. */
function grid(rows: string[][], xs: number[], top: number, opts: { leading?: number; size?: number } = {}): PdfLine[] {
  const leading = opts.leading ?? 14;
  const size = opts.size ?? 11;
  const out: PdfLine[] = [];
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!cell) return;
      const bold = cell.startsWith('**');
      out.push({ text: bold ? cell.slice(2) : cell, x: xs[c]!, y: top + r * leading, size, bold });
    });
  });
  return out;
}

/** Height a flowPage script takes (14pt a line unless told). */
function heightOf(script: Script, leading = 14): number {
  let h = 0;
  for (const e of script) h += typeof e === 'string' ? leading : e.gap;
  return h;
}

/** A small page number at the foot of a page. */
function folio(n: number, of?: number): PdfLine[] {
  return [{ text: of ? `Page ${n} of ${of}` : `${n}`, x: 280, y: 815, size: 9 }];
}

/** (a) London borough cabinet minutes: "RESOLVED: That the Cabinet – 1. approved …; 2. delegated …", reasons, alternatives, call-in. */
function londonCabinetMinutes(): Uint8Array {
  const p1 = flowPage([
    '**LONDON BOROUGH OF THAMESREACH',
    '**Minutes of the Cabinet held on Monday 15 September 2025 at 7.00 pm in',
    '**Committee Room 2, Thamesreach Civic Centre',
    { gap: 6 },
    'Present: Councillor Ruth Ogundipe (Leader of the Council, in the Chair);',
    'Councillors Dev Malhotra (Deputy Leader and Cabinet Member for Finance and',
    'Resources), Helen Castell (Housing and Homelessness), Tomasz Wierzbicki',
    '(Environment and Climate), Yasmin Haddad (Children and Young People) and',
    'Connor Ashby (Adults and Health)',
    'Also present: Councillor Gareth Pellow (Leader of the Opposition)',
    { gap: 8 },
    '**1.\tApologies for Absence',
    'Apologies were received from Councillor Beatrice Nwankwo (Culture and Leisure).',
    { gap: 6 },
    '**2.\tDeclarations of Interest',
    'Councillor Haddad declared a non-pecuniary interest in item 6 as a governor of',
    'Riverside Primary School and took no part in the discussion or decision on that item.',
    { gap: 6 },
    '**3.\tMinutes of the Previous Meeting',
    'RESOLVED: That the minutes of the meeting held on 14 July 2025 be approved as a',
    'correct record.',
    { gap: 6 },
    '**4.\tTemporary Accommodation Acquisitions Programme',
    'Councillor Castell introduced the report. The number of households in nightly-paid',
    'accommodation had risen to 1,140, at a net cost to the General Fund of £19.6 million',
    'a year. The programme would be part-funded by the Local Authority Housing Fund',
    '(LAHF) and by borrowing from the Public Works Loan Board (PWLB).',
    'RESOLVED: That the Cabinet –',
    '1.\tapproved the acquisition of up to 120 homes for use as temporary',
    '  \taccommodation, within a capital budget of £42 million over 2025/26 and',
    '  \t2026/27;',
    '2.\tdelegated authority to the Corporate Director of Place, in consultation with the',
    '  \tCabinet Member for Housing and Homelessness, to agree individual purchases',
    '  \twithin the approved budget; and',
    '3.\tnoted that a report on the first year of the programme will be presented to',
    '  \tCabinet in October 2026.',
    '**Reasons for decision',
    'Buying homes is expected to save about £9,800 a year for each household moved out',
    'of nightly-paid accommodation, and gives families more settled homes in the borough.',
    '**Alternative options considered',
    'Leasing homes from private landlords was considered but rejected because lease',
    'costs have risen faster than the Local Housing Allowance. Doing nothing was rejected',
    'because the cost of nightly-paid accommodation is not sustainable.',
  ]);
  const p2 = flowPage([
    '**5.\tRevenue and Capital Monitoring – Quarter 1 2025/26',
    'Councillor Malhotra introduced the report, which forecast a General Fund overspend',
    'driven mainly by homelessness and children’s placements.',
    'RESOLVED: That the Cabinet –',
    '1.\tnoted the forecast General Fund overspend of £6.8 million at Quarter 1;',
    '2.\tapproved the re-profiling of £11.3 million of capital budgets from 2025/26 to',
    '  \t2026/27, as set out in Appendix 2; and',
    '3.\tagreed that the Corporate Director of Resources report to Cabinet in',
    '  \tNovember 2025 on the spending recovery plan.',
    '**Reasons for decision',
    'To keep the Council’s budget under control and to reflect the revised delivery',
    'timetables of capital schemes.',
    '**Alternative options considered',
    'None. The report is required under the Council’s Financial Regulations.',
    { gap: 6 },
    '**6.\tSchool Streets Programme – Phase 3',
    'Councillor Haddad left the room for this item. Councillor Wierzbicki introduced the',
    'report, which proposed timed closures outside nine more primary schools.',
    'RESOLVED: That the Cabinet –',
    '1.\tapproved the introduction of School Streets at the nine primary schools listed',
    '  \tin Appendix A on an experimental basis from January 2026;',
    '2.\tapproved expenditure of £540,000 from the Council’s Local Implementation Plan',
    '  \t(LIP) allocation from Transport for London; and',
    '3.\tdelegated the decision to make each scheme permanent to the Cabinet Member',
    '  \tfor Environment and Climate, following the statutory consultation.',
    '**Reasons for decision',
    'Phases 1 and 2 reduced traffic outside schools by an average of 41% and were',
    'supported by most parents and residents.',
    '**Alternative options considered',
    'Permanent orders from the outset were rejected because experimental orders allow',
    'the schemes to be adjusted in response to feedback.',
    { gap: 6 },
    '**7.\tAnnual Complaints and Member Enquiries Report 2024/25',
    'RESOLVED: That the Cabinet noted the annual report on complaints and Member',
    'enquiries for 2024/25.',
    { gap: 8 },
    'The meeting ended at 8.25 pm.',
    { gap: 6 },
    '**Call-in',
    'Decisions published: Tuesday 16 September 2025. The deadline for call-in is 5.00 pm',
    'on Tuesday 23 September 2025. Decisions not called in may be implemented from',
    'Wednesday 24 September 2025.',
    { gap: 6 },
    'Contact: Imogen Sarpong, Governance Officer, 020 7946 0815',
  ]);
  return makePdf([[...p1, ...folio(1)], [...p2, ...folio(2)]]);
}

/** (b) District planning committee minutes: applications by reference, speakers, GRANTED / REFUSED / DEFERRED for a site visit. */
function districtPlanningMinutes(): Uint8Array {
  const p1 = flowPage([
    '**HATHERBY DISTRICT COUNCIL',
    '**PLANNING COMMITTEE',
    'Minutes of the meeting held on Wednesday 17 September 2025 at 6.00 pm in the',
    'Council Chamber, Hatherby House',
    { gap: 6 },
    'Present: Councillor Graham Lusty (Chair), Councillor Anita Probert (Vice-Chair),',
    'Councillors Colin Eddowes, Fatima Rahman, Derek Hollis, Sue Marwood, Ian Tredgold,',
    'Jenny Upward, Paul Ventham, Karen Wilde, Neil Yardley and Alan Zeal',
    'Officers: Head of Planning, Principal Planning Officer, Planning Solicitor and',
    'Democratic Services Officer',
    { gap: 8 },
    '**38.\tAPOLOGIES FOR ABSENCE',
    'There were no apologies for absence.',
    { gap: 6 },
    '**39.\tDECLARATIONS OF INTEREST',
    'Councillor Tredgold declared that he had been lobbied on application 25/00872/FUL',
    'and confirmed that he had not pre-determined it.',
    { gap: 6 },
    '**40.\tMINUTES',
    'RESOLVED: That the minutes of the meeting held on 20 August 2025 be approved as',
    'a correct record and signed by the Chair.',
    { gap: 6 },
    '**41.\t25/00641/FUL – LAND NORTH OF MILL ROAD, EBBERTON',
    'Erection of 48 dwellings with associated access, open space and landscaping.',
    'The Principal Planning Officer presented the report and the update sheet. The officer',
    'recommendation was to grant permission subject to a Section 106 (S106) agreement.',
    'The scheme would deliver a Biodiversity Net Gain (BNG) of 12% on site.',
    'Speakers:',
    '  Mr Peter Arkwright (objector)',
    '  Ms Kerry Delaney (agent for the applicant)',
    '  Councillor Susan Hollins (Ebberton Parish Council)',
    '  Councillor Rob Dunmore (ward member)',
    'Members discussed the safety of the access onto Mill Road and the capacity of',
    'Ebberton Primary School. On being put to the vote the motion to grant was carried',
    '(For 8, Against 3, Abstentions 1).',
    'RESOLVED: That planning permission be GRANTED subject to the conditions set out',
    'in the report and the completion of a S106 agreement securing 30% affordable',
    'housing and a contribution of £312,000 towards primary education, and that',
    'authority be delegated to the Head of Planning to issue the decision once the',
    'agreement has been completed.',
  ]);
  const p2 = flowPage([
    '**42.\t25/00872/FUL – THE OLD DAIRY, CHURCH LANE, WICKHAMSTEAD',
    'Change of use of agricultural building to a wedding and events venue with a',
    '120-space car park.',
    'The officer recommendation was to grant permission subject to conditions.',
    'Speakers:',
    '  Mrs Olivia Pendry (objector, on behalf of Church Lane residents)',
    '  Mr Sunil Varma (applicant)',
    'Members considered that noise from events and the traffic they would generate',
    'would harm neighbouring residents and the Wickhamstead Conservation Area.',
    'Councillor Wilde proposed, and Councillor Eddowes seconded, that the application be',
    'refused contrary to the officer recommendation. On being put to the vote the motion',
    'was carried (For 7, Against 5, Abstentions 0).',
    'RESOLVED: That planning permission be REFUSED for the following reason:',
    'The proposed use, by reason of noise and disturbance from events and the traffic',
    'generated, would cause unacceptable harm to the living conditions of neighbouring',
    'occupiers and to the character of the Wickhamstead Conservation Area, contrary to',
    'Policies DM4 and DM12 of the Hatherby Local Plan 2021–2036.',
    { gap: 6 },
    '**43.\t25/01105/HOU – 14 ORCHARD RISE, EBBERTON',
    'Two-storey side extension and front porch.',
    'Speakers:',
    '  Mrs Tessa Lowther (objector)',
    '  Mr Dominic Fenwick (applicant)',
    'Members felt unable to judge the effect on the neighbouring bungalow from the plans.',
    'RESOLVED: That consideration of the application be DEFERRED to allow Members to',
    'visit the site, and that the application be reported back to the meeting of the',
    'Committee on 15 October 2025.',
    { gap: 6 },
    '**44.\t24/02218/OUT – FORMER COUNCIL DEPOT, STATION APPROACH, HATHERBY',
    'Outline application for up to 20 flats (all matters reserved except access).',
    'There were no registered speakers.',
    'RESOLVED (unanimously): That outline planning permission be GRANTED subject to',
    'the conditions set out in the report.',
    { gap: 6 },
    '**45.\tPLANNING APPEALS',
    'The Committee received a schedule of appeal decisions. The Local Planning Authority',
    '(LPA) had won 6 of the 8 appeals decided since the last meeting.',
    'RESOLVED: That the appeal decisions be noted.',
    { gap: 8 },
    'The meeting closed at 8.40 pm.',
  ]);
  return makePdf([[...p1, ...folio(1)], [...p2, ...folio(2)]]);
}

/** (c) County council health and wellbeing board report: cover table, bullet recommendations, a funding table by year with a total row. */
function countyHwbReport(): Uint8Array {
  const head: Script = ['**BRACKENSHIRE COUNTY COUNCIL', '**HEALTH AND WELLBEING BOARD'];
  const cover = grid(
    [
      ['**Date of meeting:', '25 June 2025'],
      ['**Report title:', 'Brackenshire Better Care Fund Plan 2025–26'],
      ['**Report of:', 'Director of Adult Social Services and Director of Strategic'],
      ['', 'Commissioning, Brackenshire Integrated Care Board'],
      ['**Agenda item:', '7'],
      ['**Purpose of report:', 'To seek the Board’s endorsement of the Better Care Fund'],
      ['', 'Plan 2025–26, which was submitted to NHS England on'],
      ['', '31 March 2025, and to set out the pooled budget.'],
    ],
    [72, 200],
    110,
  );
  const top = 110 + 8 * 14 + 16;
  const recs: Script = [
    '**Recommendation(s):',
    'The Board is asked to:',
    '•\tendorse the Brackenshire Better Care Fund Plan 2025–26 as submitted to NHS',
    '  \tEngland on 31 March 2025;',
    '•\tnote the pooled budget of £84.6 million for 2025/26 and the indicative budget',
    '  \tfor 2026/27 set out in section 4;',
    '•\tdelegate authority to the Director of Adult Social Services and the ICB Chief',
    '  \tDelivery Officer to approve the quarterly returns to NHS England on behalf',
    '  \tof the Board; and',
    '•\tnote that an end-of-year report on the BCF will be brought to the Board in',
    '  \tJune 2026.',
    { gap: 8 },
    '**1.\tBackground',
    '1.1\tThe Better Care Fund (BCF) is a pooled budget held by the County Council and',
    '  \tBrackenshire Integrated Care Board (ICB) under a Section 75 agreement. Plans',
    '  \tmust be agreed by the Health and Wellbeing Board (HWB).',
    '1.2\tBecause the national deadline fell before this meeting, the Plan was signed off',
    '  \tby the Chair of the Board under delegated authority and is now brought to the',
    '  \tBoard for endorsement.',
  ];
  const p1 = [...flowPage(head), ...cover, ...flowPage(recs, { top }), ...folio(1)];
  const sec2: Script = [
    '**2.\tThe Plan',
    '2.1\tThe Plan has two national objectives: to support people to live independently',
    '  \tat home for longer, and to help people leave hospital on the day they are ready.',
    '2.2\tThe main schemes are the expansion of the Discharge to Assess (D2A) service,',
    '  \ta new falls response service, and continued funding of the Disabled Facilities',
    '  \tGrant (DFG) for home adaptations. The Plan funds 18 FTE reablement support',
    '  \tworkers in the D2A service.',
    { gap: 8 },
    '**3.\tPerformance',
    '3.1\tIn 2024/25 emergency admissions due to falls in people aged 65 and over were',
    '  \t1,962 per 100,000 population, against a plan of 2,050.',
    { gap: 8 },
    '**4.\tFunding',
    '4.1\tThe table shows the contributions to the pooled budget (£000).',
  ];
  const tableTop = 72 + heightOf(sec2) + 10;
  const xs = [90, 370, 460];
  const rows = [
    ['**Funding stream', '**2025/26', '**2026/27'],
    ['ICB minimum contribution', '49,870', '51,366'],
    ['Local Authority Better Care Grant', '21,640', '21,640'],
    ['Disabled Facilities Grant', '7,215', '7,215'],
    ['Additional ICB contribution', '3,100', '3,100'],
    ['Additional County Council contribution', '2,775', '2,950'],
    ['**Total', '**84,600', '**86,271'],
  ];
  const after: Script = [
    '4.2\tThe 2026/27 figures are indicative and depend on the national BCF policy',
    '  \tframework for that year.',
    { gap: 8 },
    '**5.\tRisks',
    '5.1\tThe main risk is demand for domiciliary care exceeding the capacity the Plan',
    '  \tassumes. This is monitored monthly by the Joint Commissioning Group.',
    { gap: 8 },
    '**Contact officer:',
    'Lauren Hebditch, Head of Integrated Commissioning, 01632 960377',
  ];
  const p2 = [
    ...flowPage(sec2),
    ...grid(rows, xs, tableTop, { leading: 16 }),
    ...flowPage(after, { top: tableTop + rows.length * 16 + 10 }),
    ...folio(2),
  ];
  return makePdf([p1, p2]);
}

/** (d) Fire and rescue authority report: "RECOMMENDATIONS: Members are asked to: i) approve …", a capital programme table, 4 firefighter posts, report back in 12 months. */
function fireAuthorityReport(): Uint8Array {
  const head = grid(
    [
      ['**MERECOMBE FIRE AND RESCUE AUTHORITY'],
      [''],
      ['**Meeting:', 'Fire and Rescue Authority'],
      ['**Date:', '26 September 2025'],
      ['**Agenda item:', '8'],
      ['**Report of:', 'Chief Fire Officer and Treasurer'],
      ['**Subject:', 'Capital Programme 2025/26 to 2029/30 and Harbridge Crewing Review'],
      ['**Status:', 'For decision'],
    ],
    [72, 180],
    72,
  );
  const top = 72 + 8 * 14 + 14;
  const body: Script = [
    '**RECOMMENDATIONS:',
    'Members are asked to:',
    'i)\tapprove the revised Capital Programme 2025/26 to 2029/30 of £24.35 million',
    '  \tset out in Appendix A;',
    'ii)\tapprove the establishment of 4 FTE wholetime Firefighter posts (Grey Book,',
    '  \tFirefighter – Competent) at Harbridge Fire Station from 1 January 2026;',
    'iii)\tauthorise the Treasurer to finance the programme from capital receipts,',
    '  \treserves and borrowing as set out in section 4; and',
    'iv)\tnote that the Chief Fire Officer will report back to the Authority in 12 months',
    '  \ton the impact of the new crewing arrangements at Harbridge.',
    { gap: 8 },
    '**1.\tPURPOSE',
    '1.1\tTo update the Capital Programme and to propose changes to crewing at',
    '  \tHarbridge Fire Station identified in the Community Risk Management Plan',
    '  \t(CRMP) 2024–2028.',
    { gap: 8 },
    '**2.\tHARBRIDGE CREWING REVIEW',
    '2.1\tHarbridge is crewed by one wholetime pump and one on-call pump. On-call',
    '  \tavailability fell to 61% in 2024/25, against a target of 85%.',
    '2.2\tConverting the second pump to day crewing needs 4 FTE additional Firefighters.',
    '  \tThe full-year cost is £218,000, including on-costs, from 2026/27; the cost in',
    '  \t2025/26 is £54,500. The posts will be recruited through the Service’s wholetime',
    '  \trecruitment campaign in autumn 2025.',
    '2.3\tHis Majesty’s Inspectorate of Constabulary and Fire & Rescue Services',
    '  \t(HMICFRS) recommended in its last inspection that the Service improve on-call',
    '  \tavailability in the south of the county.',
  ];
  const p1 = [...head, ...flowPage(body, { top }), ...folio(1)];
  const sec3: Script = [
    '**3.\tCAPITAL PROGRAMME',
    '3.1\tThe revised programme totals £24.35 million over five years. The main change is',
    '  \tthe addition of an Aerial Ladder Platform (ALP) for the north of the county.',
  ];
  const tTop = 72 + heightOf(sec3) + 12;
  const xs = [72, 290, 360, 430, 500];
  const rows = [
    ['**Scheme (£000)', '**2025/26', '**2026/27', '**2027/28–', '**Total'],
    ['', '', '', '**2029/30', ''],
    ['Fire appliance replacement', '1,680', '1,760', '3,680', '7,120'],
    ['Aerial Ladder Platform', '0', '950', '0', '950'],
    ['Harbridge Fire Station refurbishment', '1,450', '2,300', '0', '3,750'],
    ['Operational equipment', '620', '540', '1,890', '3,050'],
    ['ICT and mobilising system', '1,200', '800', '1,480', '3,480'],
    ['Estates decarbonisation', '900', '1,100', '4,000', '6,000'],
    ['**Total', '**5,850', '**7,450', '**11,050', '**24,350'],
  ];
  const after: Script = [
    '**4.\tFINANCING',
    '4.1\tThe programme will be financed from capital receipts of £2.1 million, the Capital',
    '  \tReserve (£6.4 million) and borrowing of £15.85 million. The cost of borrowing,',
    '  \tincluding the Minimum Revenue Provision (MRP), is included in the Medium Term',
    '  \tFinancial Plan.',
    { gap: 8 },
    '**5.\tEQUALITY IMPACT',
    '5.1\tAn Equality Impact Assessment has been completed for the crewing changes. No',
    '  \tadverse impacts were identified.',
    { gap: 8 },
    '**Background papers: Community Risk Management Plan 2024–2028',
    '**Contact: Area Manager Jodie Tremlett, Head of Service Delivery, 01632 960912',
  ];
  const p2 = [
    ...flowPage(sec3),
    ...grid(rows, xs, tTop, { leading: 15, size: 10 }),
    ...flowPage(after, { top: tTop + rows.length * 15 + 12 }),
    ...folio(2),
  ];
  return makePdf([p1, p2]);
}

/** (e) Combined authority decision notice: "Decision Notice", "Decision taken:", "Date decision takes effect:", a delegation and a budget. */
function combinedAuthorityDecision(): Uint8Array {
  const head: Script = ['**NORTH HARLAND COMBINED AUTHORITY', '**DECISION NOTICE'];
  const front = grid(
    [
      ['**Decision reference:', 'NHCA/DN/2025/047'],
      ['**Title:', 'Zero Emission Bus Programme – Tranche 2 Funding'],
      ['**Decision maker:', 'Combined Authority Board'],
      ['**Date of decision:', '2 October 2025'],
      ['**Date published:', '3 October 2025'],
      ['**Date decision takes effect:', '13 October 2025, unless called in by the Overview and'],
      ['', 'Scrutiny Committee'],
      ['**Key decision:', 'Yes'],
    ],
    [72, 240],
    108,
  );
  const top = 108 + 8 * 14 + 14;
  const body: Script = [
    '**Decision taken:',
    'The Combined Authority Board:',
    '(a)\tapproved a budget of £18.4 million from the City Region Sustainable',
    '  \tTransport Settlement (CRSTS) for Tranche 2 of the Zero Emission Bus (ZEB)',
    '  \tprogramme;',
    '(b)\tapproved grants to bus operators towards the purchase of up to 46 zero',
    '  \temission buses and associated depot charging, at up to 60% of the additional',
    '  \tcost over a diesel bus; and',
    '(c)\tdelegated authority to the Director of Transport, in consultation with the Mayor',
    '  \tand the Monitoring Officer, to finalise and enter into the grant funding',
    '  \tagreements with operators.',
    { gap: 8 },
    '**Reasons for the decision:',
    'Tranche 1 replaced 38 diesel buses on routes in Harland city centre. Tranche 2 will',
    'extend zero emission services to Carrbridge and Oldwick, supporting the Enhanced',
    'Partnership (EP) commitment that 50% of the fleet will be zero emission by 2030.',
    { gap: 8 },
    '**Alternative options considered and rejected:',
    'Funding a smaller tranche of 20 buses was rejected because operators need firm',
    'orders of at least 40 vehicles to secure manufacturer slots before 2027.',
    { gap: 8 },
    '**Monitoring:',
    'A progress report on the delivery of Tranche 2 will be presented to the Transport',
    'Committee in April 2026.',
    { gap: 8 },
    '**Declarations of interest:\tNone',
    '**Dispensations granted:\tNone',
  ];
  const p1 = [...flowPage(head), ...front, ...flowPage(body, { top }), ...folio(1)];
  const p2 = [
    ...flowPage([
      '**Call-in',
      'Three members of the Overview and Scrutiny Committee may call in this decision by',
      'notice to the Monitoring Officer before 5.00 pm on 10 October 2025.',
      { gap: 8 },
      '**Documents considered',
      'Report of the Director of Transport to the Combined Authority Board, 2 October',
      '2025 (agenda item 9), including the business case summary at Appendix 1.',
      { gap: 8 },
      'Signed: Amira Shepherdson, Head of Governance, on behalf of the Combined',
      'Authority Board',
      'Contact: Callum Brathwaite, Governance Officer, 01632 960620',
    ]),
    ...folio(2),
  ];
  return makePdf([p1, p2]);
}

/** (f) Parish council minutes in numbered-minute style "25/061", "It was RESOLVED to …", "Proposed …, seconded …, all in favour", the precept. */
function parishMinutes(): Uint8Array {
  const p1 = flowPage([
    '**LITTLE WENDHAM PARISH COUNCIL',
    '**Minutes of the Parish Council Meeting held on Tuesday 13 January 2026 at 7.30pm',
    '**in Little Wendham Village Hall',
    { gap: 6 },
    'Present: Cllr Margaret Oakes (Chairman), Cllr Tim Verity (Vice-Chairman), Cllr Ann',
    'Bellingham, Cllr Roger Cheal, Cllr Sarah Dunnett, Cllr Philip Hartley and Cllr Jo Kemp',
    'In attendance: Mrs Rachel Fennell (Clerk and Responsible Financial Officer (RFO)),',
    'County Cllr Howard Pike and four members of the public',
    { gap: 8 },
    '**25/058\tApologies for absence',
    'Apologies were received from Cllr Lucy Marchant (work commitments).',
    { gap: 6 },
    '**25/059\tDeclarations of interest',
    'Cllr Cheal declared a non-pecuniary interest in application 25/03398/FUL as a',
    'neighbour of the site and did not vote on it.',
    { gap: 6 },
    '**25/060\tMinutes of the previous meeting',
    'It was RESOLVED to approve the minutes of the meeting held on 9 December 2025 as',
    'a true record, and they were signed by the Chairman. Proposed Cllr Verity, seconded',
    'Cllr Kemp, all in favour.',
    { gap: 6 },
    '**25/061\tPlanning applications',
    'It was RESOLVED to submit the following comments to Wendham District Council',
    '(WDC):',
    'a)\t25/03412/HOU, 7 Mill Cottages – single-storey rear extension: no objection;',
    'b)\t25/03398/FUL, Land at Pound Farm – erection of 6 dwellings: objection, as the',
    '  \tsite is outside the settlement boundary and the access onto Pound Lane is',
    '  \tunsafe.',
    'Proposed Cllr Dunnett, seconded Cllr Bellingham, all in favour.',
    { gap: 6 },
    '**25/062\tFinance',
    'It was RESOLVED to approve the schedule of payments for January totalling',
    '£3,184.26 and to note the bank reconciliation to 31 December 2025. Proposed Cllr',
    'Hartley, seconded Cllr Verity, all in favour.',
    { gap: 6 },
    '**25/063\tBudget and precept 2026/27',
    'The RFO presented the draft budget, which had been considered by the Finance',
    'Working Group on 2 December 2025. Expenditure of £52,300 is planned, including',
    '£6,000 towards the replacement of the play area surfacing.',
    'It was RESOLVED to adopt the budget for 2026/27 and to set the precept at',
    '£48,750, an increase of 2.9% on 2025/26. Proposed Cllr Oakes, seconded',
    'Cllr Hartley, 5 in favour, 1 against, 1 abstention.',
  ]);
  const p2 = flowPage([
    '**25/064\tHighways and footpaths',
    'Members noted that the existing Speed Indicator Device (SID) on the Wendham Road',
    'had recorded 2,140 vehicles exceeding 35mph in December.',
    'It was RESOLVED to purchase a second SID at a cost of £2,875 plus VAT from the',
    'highways earmarked reserve. Proposed Cllr Kemp, seconded Cllr Dunnett, all in',
    'favour.',
    'The Clerk undertook to report the blocked drain on Back Lane to the County',
    'Council’s highways team by 31 January 2026.',
    { gap: 6 },
    '**25/065\tBus shelter, Church Street',
    'The Clerk will obtain three quotes for the replacement of the bus shelter and',
    'report to the March 2026 meeting.',
    { gap: 6 },
    '**25/066\tCorrespondence',
    'The list of correspondence was received.',
    { gap: 6 },
    '**25/067\tDate of next meeting',
    'Tuesday 10 February 2026 at 7.30pm in the Village Hall.',
    { gap: 8 },
    'The meeting closed at 9.05pm.',
    { gap: 16 },
    'Signed ………………………… (Chairman)      Date …………………',
  ]);
  return makePdf([[...p1, ...folio(1)], [...p2, ...folio(2)]]);
}

/** (g) Scrutiny committee work programme laid out under meeting-date headings, each item with purpose and lead officer. */
function scrutinyWorkProgramme(): Uint8Array {
  const p1 = flowPage([
    '**CASTERWICK BOROUGH COUNCIL',
    '**HEALTH AND ADULT SOCIAL CARE SCRUTINY COMMITTEE',
    '**WORK PROGRAMME 2025/26',
    'Updated: 1 September 2025',
    { gap: 6 },
    'The work programme is reviewed at every meeting. Members may suggest items to',
    'the Scrutiny Officer, Hannah Ferreira (01632 960488). Items may move between',
    'meetings. Adult Social Care (ASC) items are agreed with the Cabinet Member.',
    { gap: 10 },
    '**14 October 2025 meeting:',
    '- Adult Social Care Charging Policy Review',
    '    Purpose: pre-decision scrutiny of the proposed changes before Cabinet on',
    '    4 November 2025',
    '    Lead officer: Director of Adult Social Care',
    '- Winter Pressures and Hospital Discharge Plan 2025/26',
    '    Purpose: to assess readiness for winter with the Integrated Care Board (ICB)',
    '    Lead officer: Head of Integrated Commissioning',
    '- Quarter 1 Performance Report 2025/26',
    '    Purpose: performance monitoring',
    '    Lead officer: Head of Performance and Intelligence',
    { gap: 8 },
    '**25 November 2025 meeting:',
    '- Dementia Strategy 2026–2031 (draft)',
    '    Purpose: to comment on the draft strategy before consultation',
    '    Lead officer: Head of Commissioning (Older People)',
    '- Care Quality Commission (CQC) Assessment – Improvement Plan',
    '    Purpose: to monitor progress against the CQC improvement plan',
    '    Lead officer: Director of Adult Social Care',
    '- Healthwatch Casterwick Annual Report 2024/25',
    '    Purpose: presentation by Healthwatch Casterwick',
    { gap: 8 },
    '**13 January 2026 meeting:',
    '- Budget Proposals 2026/27 – Adult Social Care and Public Health',
    '    Purpose: scrutiny of the draft budget proposals',
    '    Lead officer: Director of Finance and Resources',
    '- Mental Health Crisis Care Pathway',
    '    Purpose: to review waiting times and crisis support for adults',
    '    Lead officer: Associate Director, Brackmoor Partnership NHS Foundation Trust',
  ]);
  const p2 = flowPage([
    '- Quarter 2 Performance Report 2025/26',
    '    Purpose: performance monitoring',
    '    Lead officer: Head of Performance and Intelligence',
    { gap: 8 },
    '**3 March 2026 meeting:',
    '- Public Health Grant – Commissioning Intentions 2026/27',
    '    Purpose: to consider the proposed use of the Public Health Grant',
    '    Lead officer: Director of Public Health',
    '- Home Care Recommissioning – Progress Update',
    '    Purpose: to review mobilisation of the new home care contracts',
    '    Lead officer: Head of Integrated Commissioning',
    { gap: 8 },
    '**21 April 2026 meeting:',
    '- Loneliness and Social Isolation Task and Finish Group – Final Report',
    '    Purpose: to agree the group’s recommendations to Cabinet',
    '    Lead officer: Scrutiny Officer',
    '- Annual Report of the Safeguarding Adults Board (SAB) 2024/25',
    '    Purpose: annual report of the Board',
    '    Lead officer: Independent Chair, Casterwick Safeguarding Adults Board',
    { gap: 12 },
    '**Task and finish groups',
    'The Loneliness and Social Isolation Task and Finish Group (Councillors Bryce, Odum',
    'and Stainton) will meet monthly from October 2025.',
  ]);
  return makePdf([[...p1, ...folio(1)], [...p2, ...folio(2)]]);
}

/** (h) Agenda pack: agenda, minutes of the previous meeting (with resolutions), and one report promising a further report. */
function districtAgendaPack(): Uint8Array {
  const agenda: Script = [
    '**WOLDHAVEN DISTRICT COUNCIL',
    '**ENVIRONMENT AND LEISURE COMMITTEE',
    { gap: 6 },
    'Thursday 20 November 2025 at 7.00 pm',
    'Council Chamber, Woldhaven District Offices, Market Place, Woldhaven',
    { gap: 6 },
    'Members: Councillors Beth Antrobus (Chair), Kieran Mayhew (Vice-Chair), Lola Dacre,',
    'Stephen Fairweather, Nkechi Ibe, Roland Jessop, Wendy Lomas, Mark Quigley and',
    'Harriet Sowden',
    { gap: 6 },
    'Enquiries: Tara Gillingham, Committee Services, 01632 960733',
    { gap: 10 },
    '**AGENDA',
    { gap: 4 },
    '**1.\tApologies for absence and substitutions',
    '**2.\tDeclarations of interest',
    '**3.\tMinutes of the meeting held on 18 September 2025 (pages 2 – 3)',
    '  \tTo confirm the minutes as a correct record.',
    '**4.\tPublic participation',
    '**5.\tGarden Waste Subscription Charges 2026/27 (pages 4 – 5)',
    '  \tReport of the Head of Environmental Services.',
    '**6.\tWork programme',
    '**7.\tUrgent business',
  ];
  const p1 = [...flowPage(agenda), ...folio(1)];
  const p2 = [
    ...flowPage([
      '**WOLDHAVEN DISTRICT COUNCIL',
      '**Minutes of the meeting of the Environment and Leisure Committee held on',
      '**Thursday 18 September 2025 at 7.00 pm',
      { gap: 6 },
      'Present: Councillor Beth Antrobus (Chair); Councillors Kieran Mayhew, Lola Dacre,',
      'Stephen Fairweather, Nkechi Ibe, Roland Jessop, Wendy Lomas and Harriet Sowden',
      { gap: 8 },
      '**21.\tAPOLOGIES',
      'Apologies were received from Councillor Mark Quigley.',
      { gap: 6 },
      '**22.\tMINUTES',
      'RESOLVED that the minutes of the meeting held on 10 July 2025 be approved as a',
      'correct record.',
      { gap: 6 },
      '**23.\tPUBLIC CONVENIENCES REVIEW',
      'The Head of Leisure and Communities presented the review of the Council’s six',
      'public toilets, which cost £186,000 a year to run.',
      'RESOLVED that:',
      '(1)\tthe closure of the public conveniences at Quay Street, Woldhaven, from',
      '  \t1 January 2026 be approved;',
      '(2)\ta Community Toilet Scheme be set up with local businesses in its place; and',
      '(3)\tofficers report back to the Committee in March 2026 on the take-up of the',
      '  \tCommunity Toilet Scheme.',
      '(For 6, Against 2, Abstentions 0)',
      { gap: 6 },
      '**24.\tPLAY AREA IMPROVEMENT PROGRAMME 2025–2027',
      'RESOLVED that the allocation of £265,000 from the Play Area Reserve to the',
      'refurbishment of five play areas, as set out in Appendix B to the report, be',
      'approved.',
      { gap: 6 },
      '**25.\tFLY-TIPPING ENFORCEMENT',
      'Members heard that 1,318 fly-tips were reported in 2024/25. The Council issued 74',
      'Fixed Penalty Notices (FPNs) for fly-tipping in the same period.',
      'RESOLVED that the fixed penalty for fly-tipping be increased from £400 to £1,000',
      'with effect from 1 November 2025, reduced to £800 if paid within 10 days.',
    ]),
    ...folio(2),
  ];
  const p3 = [
    ...flowPage([
      '**26.\tRECYCLING PERFORMANCE – QUARTER 1 2025/26',
      'The Committee received the report, which showed a recycling rate of 47.2%.',
      'RESOLVED that the report be noted.',
      { gap: 8 },
      'The meeting closed at 8.50 pm.',
      { gap: 16 },
      'Chair ……………………………',
    ]),
    ...folio(3),
  ];
  const head = grid(
    [
      ['**Report to:', 'Environment and Leisure Committee'],
      ['**Date:', '20 November 2025'],
      ['**Report of:', 'Head of Environmental Services'],
      ['**Title:', 'Garden Waste Subscription Charges 2026/27'],
      ['**Wards:', 'All'],
    ],
    [72, 180],
    100,
  );
  const p4 = [
    { text: 'Agenda Item 5', x: 450, y: 48, size: 12, bold: true },
    ...flowPage(['**WOLDHAVEN DISTRICT COUNCIL']),
    ...head,
    ...flowPage(
      [
        '**1.\tRecommendations',
        '1.1\tThat the Committee:',
        '  1.\tagrees an annual garden waste subscription charge of £58 for 2026/27, an',
        '    \tincrease of £4;',
        '  2.\tagrees a concessionary charge of £40 for households in receipt of Council',
        '    \tTax Reduction (CTR);',
        '  3.\tdelegates authority to the Head of Environmental Services to set the charge',
        '    \tfor additional bins, up to a maximum of £45; and',
        '  4.\tnotes the review of garden waste collection rounds set out in section 5.',
        { gap: 8 },
        '**2.\tBackground',
        '2.1\tThe garden waste service has 24,610 subscribers, 41% of eligible households.',
        '  \tThe charge of £54 in 2025/26 was below the cost of collection, which is',
        '  \testimated at £57.40 per bin for 2026/27.',
        '2.2\tUnder section 45 of the Environmental Protection Act (EPA) 1990 the Council',
        '  \tmay charge for the collection of garden waste.',
        { gap: 8 },
        '**3.\tFinancial implications',
        '3.1\tThe proposed charges would raise an estimated £1.39 million in 2026/27, an',
        '  \tincrease of £96,000 on the 2025/26 budget.',
      ],
      { top: 100 + 5 * 14 + 14 },
    ),
    ...folio(4),
  ];
  const p5 = [
    ...flowPage([
      '**4.\tStaffing',
      '4.1\tThe service is delivered by 9 FTE drivers and loaders. No change to staffing is',
      '  \tproposed.',
      { gap: 8 },
      '**5.\tReview of collection rounds',
      '5.1\tOfficers are reviewing the garden waste rounds to reduce mileage, including',
      '  \tthe option of suspending collections in December and January.',
      '5.2\tThe outcome of the review of collection rounds will be reported back to the',
      '  \tCommittee in March 2026.',
      { gap: 8 },
      '**Background papers: none',
      '**Contact officer: Oliver Brandreth, Head of Environmental Services, 01632 960740',
    ]),
    ...folio(5),
  ];
  return makePdf([p1, p2, p3, p4, p5]);
}

export const SYNTHETIC3: Record<string, () => Uint8Array> = {
  'london-cabinet-minutes': londonCabinetMinutes,
  'district-planning-minutes': districtPlanningMinutes,
  'county-hwb-report': countyHwbReport,
  'fire-authority-report': fireAuthorityReport,
  'combined-authority-decision': combinedAuthorityDecision,
  'parish-minutes': parishMinutes,
  'scrutiny-work-programme': scrutinyWorkProgramme,
  'district-agenda-pack': districtAgendaPack,
};
