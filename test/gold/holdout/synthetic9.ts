/**
 * Eight more synthetic papers in the styles of councils we hold no papers from: health and
 * wellbeing board minutes ("The Board AGREED that: (1) …") with a Better Care Fund plan sign-off
 * and a forward plan under meeting-date headings; an internal audit progress report with a
 * completed-audits table and a recommendations tracker; city council minutes with a notice of
 * motion, an amendment LOST on a recorded vote and the original motion CARRIED; an adult social
 * care fee uplift report (rates and costs over three years, funding sources); parish council
 * minutes ("24/120", "It was RESOLVED that", payments schedule, precept); a climate emergency
 * action plan progress report (tCO2e, actions table, capital bids, revised targets); a cabinet
 * response to a scrutiny review (Accepted / Partially accepted / Not accepted); and a planning
 * policy committee report with a Local Development Scheme timetable and an examination budget.
 * Built as small PDFs by test/helpers/make-pdf.ts; their gold is written with them. Councils and
 * people are invented; the wording follows real papers of each kind. Written blind to the parser.
 */
import { flowPage, grid, heightOf, makePdf, type PdfLine, type Script } from '../../helpers/make-pdf.ts';

/** A page number at the foot of a page. */
function folio(text: string): PdfLine[] {
  return [{ text, x: 272, y: 815, size: 9 }];
}

/** Helvetica-Bold advance widths (per 1000 em) for the characters run-in headings use. */
const BOLD_W: Record<string, number> = {
  ' ': 278, '.': 278, ',': 278, '/': 278, ':': 333, '(': 333, ')': 333, '-': 333, '’': 278, '–': 556,
  A: 722, B: 722, C: 722, D: 722, E: 667, F: 611, G: 778, H: 722, I: 278, J: 556, K: 722, L: 611, M: 833,
  N: 722, O: 778, P: 667, Q: 778, R: 722, S: 667, T: 611, U: 722, V: 667, W: 944, X: 667, Y: 667, Z: 611,
  a: 556, b: 611, c: 556, d: 611, e: 556, f: 333, g: 611, h: 611, i: 278, j: 278, k: 556, l: 278, m: 889,
  n: 611, o: 611, p: 611, q: 611, r: 389, s: 556, t: 333, u: 611, v: 556, w: 778, x: 556, y: 556, z: 500,
};

/**
 * Bold run-in headings: a bold line written "Heading.§rest of the sentence" is set as the bold
 * heading followed, on the same baseline, by the rest in the regular face.
 */
function runIn(lines: PdfLine[]): PdfLine[] {
  return lines.flatMap((l) => {
    const at = l.text.indexOf('§');
    if (at < 0) return [l];
    const head = l.text.slice(0, at);
    const size = l.size ?? 11;
    let w = 0;
    for (const ch of head) w += /[0-9]/.test(ch) ? 556 : (BOLD_W[ch] ?? 600);
    return [
      { ...l, text: head, bold: true },
      { ...l, text: l.text.slice(at + 1), bold: false, x: l.x + (w * size) / 1000 + size * 0.3 },
    ];
  });
}

/** (a) Health and wellbeing board minutes: "AGREED:", Better Care Fund plan sign-off with £ figures, a forward plan. */
function hwbMinutes(): Uint8Array {
  const s1: Script = [
    '**LINDENSHIRE HEALTH AND WELLBEING BOARD',
    'Minutes of the meeting held on Tuesday 11 March 2025 at 10.00 am in the Council',
    'Chamber, Shire Hall, Lindenford',
    { gap: 6 },
    '**Board members present:',
    'Councillor Marisa Quarrendon (Chair), Cabinet Member for Adult Social Care and Public Health',
    'Dr Anand Thorogood (Vice-Chair), NHS Lindenshire and Brayford Integrated Care Board (ICB)',
    'Councillor Gideon Harcastle, Cabinet Member for Children’s Services',
    'Corinne Batsford, Executive Director of Adult Social Care and Health',
    'Dr Philippa Engstrom, Director of Public Health',
    'Lewis Mbatha-Crane, Chief Executive, Healthwatch Lindenshire',
    'Superintendent Rhian Coldwell, Lindenshire Police',
    { gap: 8 },
    '**31\tApologies for absence',
    'Apologies were received from Councillor Toby Farrimond-Lee and from Hollie Brackley',
    '(Director of Children’s Services), who was represented by Dean Okwuosa.',
    { gap: 6 },
    '**32\tDeclarations of interest',
    'There were no declarations of interest.',
    { gap: 6 },
    '**33\tMinutes of the previous meeting',
    'AGREED: that the minutes of the meeting held on 14 January 2025 be confirmed as a',
    'correct record and signed by the Chair.',
    { gap: 6 },
    '**34\tBetter Care Fund Plan 2025/26',
    'Corinne Batsford and Dr Thorogood presented the Better Care Fund (BCF) Plan 2025/26,',
    'which has to be submitted to NHS England by 31 March 2025. The plan pools funding',
    'across the County Council and the ICB as follows:',
  ];
  const p1 = flowPage(s1);
  const bcfTop = 72 + heightOf(s1) + 4;
  const bcf = grid(
    [
      ['**Funding stream', '**2025/26 £'],
      ['Minimum NHS contribution', '58,614,000'],
      ['Local Authority Better Care Grant', '21,903,000'],
      ['Disabled Facilities Grant (DFG)', '6,430,000'],
      ['**Total pooled budget', '**86,947,000'],
    ],
    [90, 330],
    bcfTop,
    { size: 10 },
  );
  const p1b = flowPage([
    'Of the minimum NHS contribution, £18,221,000 is spent on adult social care services, an',
    'increase of 3.9% on 2024/25. Members asked about waiting times for home adaptations;',
    'the average wait from referral to completion of a DFG adaptation is currently 31 weeks.',
    'The Board AGREED that:',
    '(1)\tthe Better Care Fund Plan 2025/26, with a total pooled budget of £86,947,000, be',
    '  \tapproved for submission to NHS England by 31 March 2025;',
    '(2)\tauthority be delegated to the Executive Director of Adult Social Care and Health, in',
    '  \tconsultation with the ICB Chief Finance Officer, to finalise the Section 75 agreement',
    '  \tfor 2025/26; and',
    '(3)\ta report on waiting times for Disabled Facilities Grant adaptations be brought to',
    '  \tthe Board in September 2025.',
  ], { top: bcfTop + 5 * 14 + 8 });
  const p2 = flowPage([
    '**35\tJoint Local Health and Wellbeing Strategy – annual progress',
    'Dr Engstrom reported on the third year of the Joint Local Health and Wellbeing Strategy',
    '(JLHWS). Healthy life expectancy had not improved, and smoking in pregnancy remained',
    'at 11.2%, well above the England average. The Board AGREED:',
    '(a)\tto note the progress made against the four JLHWS priorities; and',
    '(b)\tthat the Director of Public Health bring the refreshed Joint Local Health and',
    '  \tWellbeing Strategy 2025–2030 to the Board for approval on 8 July 2025.',
    { gap: 6 },
    '**36\tPharmaceutical Needs Assessment 2025',
    'The Board is required to publish a Pharmaceutical Needs Assessment (PNA) every three',
    'years. The draft found no gaps in essential services but noted that two pharmacies in',
    'the Brayford area had closed in 2024.',
    'AGREED: that the draft Pharmaceutical Needs Assessment 2025 be approved for a',
    'statutory 60-day consultation from 1 April 2025, and that the final PNA be brought back',
    'to the Board on 16 September 2025 before publication.',
    { gap: 6 },
    '**37\tHealthwatch Lindenshire – access to GP appointments',
    'Lewis Mbatha-Crane presented the findings of a survey of 1,420 patients, 38% of whom',
    'had waited more than two weeks for a routine GP appointment.',
    'AGREED: that the Healthwatch Lindenshire report be received.',
    'Dr Thorogood undertook to circulate the ICB’s written response to the report’s',
    'recommendations to Board members by 30 April 2025.',
    { gap: 6 },
    '**38\tBoard forward plan',
    'AGREED: that the forward plan be noted, with the following items at the next two',
    'meetings:',
    '**8 July 2025',
    '•\tJoint Local Health and Wellbeing Strategy 2025–2030 – Dr Philippa Engstrom',
    '•\tBetter Care Fund Quarter 4 return 2024/25 – Corinne Batsford',
    '•\tChild Death Overview Panel (CDOP) annual report – Hollie Brackley',
    '**16 September 2025',
    '•\tPharmaceutical Needs Assessment 2025 (final) – Dr Philippa Engstrom',
    '•\tDisabled Facilities Grant waiting times – Corinne Batsford',
    '•\tWinter Plan 2025/26 – Dr Anand Thorogood',
    { gap: 8 },
    'The meeting closed at 12.20 pm.',
    'Chair ……………………………',
  ]);
  return makePdf([
    [...p1, ...bcf, ...p1b, ...folio('Page 1 of 2')],
    [...p2, ...folio('Page 2 of 2')],
  ]);
}

/** (b) Internal audit progress report: completed audits with assurance opinions, a recommendations tracker, a work programme appendix. */
function internalAuditProgress(): Uint8Array {
  const s1: Script = [
    '**BRISWORTH BOROUGH COUNCIL',
    '**AUDIT AND GOVERNANCE COMMITTEE',
    '**24 September 2025\tAgenda Item 7',
    { gap: 6 },
    '**INTERNAL AUDIT PROGRESS REPORT 2025/26 (TO 31 AUGUST 2025)',
    'Report of the Head of Internal Audit',
    { gap: 8 },
    '**1.\tRecommendations',
    '1.1\tThe Committee is asked to:',
    '(a)\tnote the progress made in delivering the Internal Audit Plan 2025/26;',
    '(b)\tnote the status of high priority audit recommendations and the revised target',
    '  \tdates in Table 2; and',
    '(c)\tapprove the deferral of the Procurement Cards audit to 2026/27 and its',
    '  \treplacement with an audit of Temporary Accommodation Payments.',
    { gap: 6 },
    '**2.\tProgress against the plan',
    '2.1\tBy 31 August 2025, 11 of the 32 audits in the plan had been completed to final',
    '  \treport and 142 of the 420 planned audit days (34%) had been used.',
    '2.2\tThe team has 1.6 FTE vacancies. The Senior Auditor post (1.0 FTE, Grade 9) has',
    '  \tbeen vacant since May 2025 and is covered by 60 days bought from the Shire Audit',
    '  \tConsortium at £475 a day.',
    '2.3\tTable 1 lists the audits completed since the last meeting of the Committee.',
    { gap: 4 },
    '**Table 1: Audits completed to final report',
  ];
  const p1 = flowPage(s1);
  const t1top = 72 + heightOf(s1) + 2;
  const t1 = grid(
    [
      ['**Audit', '**Final report', '**Assurance opinion', '**Recs (H/M/L)'],
      ['Council Tax and NNDR', '12/06/2025', 'Substantial', '0/0/1'],
      ['Payroll', '20/06/2025', 'Reasonable', '0/2/1'],
      ['Housing Rents', '03/07/2025', 'Reasonable', '0/1/3'],
      ['Main Accounting', '08/07/2025', 'Substantial', '0/0/2'],
      ['Cyber Security – Patch Management', '15/07/2025', 'Limited', '2/3/0'],
      ['Building Control Fees', '22/07/2025', 'Reasonable', '0/2/2'],
      ['Leisure Contract Management', '29/07/2025', 'Limited', '1/4/1'],
      ['Corporate Health and Safety', '05/08/2025', 'Reasonable', '0/3/1'],
      ['Car Parking Income', '12/08/2025', 'Substantial', '0/1/0'],
      ['Grants to Voluntary Organisations', '19/08/2025', 'Reasonable', '0/2/2'],
      ['Fleet Management', '27/08/2025', 'Limited', '1/3/2'],
    ],
    [72, 270, 360, 470],
    t1top,
    { size: 10 },
  );
  const p1b = flowPage([
    '2.4\tThree audits received Limited assurance. The Head of Leisure and Culture will',
    '  \tattend the Committee’s meeting on 26 November 2025 to explain the actions being',
    '  \ttaken on Leisure Contract Management.',
  ], { top: t1top + 12 * 14 + 8 });
  const s2: Script = [
    '**3.\tFollow-up of audit recommendations',
    '3.1\tOf the 46 recommendations due for implementation by 31 August 2025, 31 (67%)',
    '  \thave been implemented. Table 2 tracks the high priority recommendations.',
    { gap: 4 },
    '**Table 2: High priority recommendations tracker',
  ];
  const p2 = flowPage(s2);
  const t2top = 72 + heightOf(s2) + 2;
  const t2 = grid(
    [
      ['**Recommendation', '**Owner', '**Original', '**Revised', '**Status'],
      ['', '', '**target', '**target', ''],
      ['CS1 Apply critical security patches', 'ICT Infrastructure Manager', '31/03/2025', '30/11/2025', 'In progress'],
      ['within 14 days of release', '', '', '', ''],
      ['LC2 Hold and minute quarterly contract', 'Head of Leisure and Culture', '30/06/2025', '31/10/2025', 'In progress'],
      ['meetings with the leisure operator', '', '', '', ''],
      ['PY3 Reconcile payroll to the ledger', 'Payroll Manager', '30/04/2025', '–', 'Implemented'],
      ['every month', '', '', '', ''],
      ['FM1 Keep a complete register of fleet', 'Fleet and Depot Manager', '31/07/2025', '31/01/2026', 'Not started'],
      ['vehicle safety inspections', '', '', '', ''],
      ['HR2 Review write-off limits for', 'Head of Housing Management', '31/05/2025', '30/09/2025', 'In progress'],
      ['former tenant rent arrears', '', '', '', ''],
      ['BC1 Update the building control fee', 'Building Control Manager', '31/03/2025', '31/12/2025', 'Overdue'],
      ['schedule and publish it', '', '', '', ''],
    ],
    [50, 232, 372, 432, 492],
    t2top,
    { size: 9, leading: 12 },
  );
  const p2b = flowPage([
    '3.2\tRecommendation BC1 has now been revised twice. The Building Control Manager',
    '  \thas been asked to attend the next meeting if it is not implemented by 31 December.',
    { gap: 6 },
    '**4.\tChanges to the plan',
    '4.1\tThe Procurement Cards audit (15 days) should be deferred to 2026/27 because the',
    '  \tnew card system will not go live until January 2026. It would be replaced by an',
    '  \taudit of Temporary Accommodation Payments, where spending has risen to £2.3m',
    '  \ta year.',
    { gap: 6 },
    '**5.\tNext report',
    '5.1\tThe next progress report will be presented to the Committee on 26 November',
    '  \t2025.',
    { gap: 8 },
    'Contact: Delphine Hartigan, Head of Internal Audit',
  ], { top: t2top + 14 * 12 + 12 });
  const p3 = flowPage([
    '**Appendix B: Audit and Governance Committee – Work Programme 2025/26',
  ]);
  const wp = grid(
    [
      ['**Meeting', '**Item', '**Lead officer'],
      ['26 November 2025', 'Internal Audit Progress Report', 'Delphine Hartigan'],
      ['26 November 2025', 'Treasury Management Mid-Year Review 2025/26', 'Rupert Akinola-Shaw'],
      ['26 November 2025', 'Leisure Contract Management – management response', 'Tamsin Vellacott'],
      ['28 January 2026', 'External Auditor’s Annual Report 2024/25', 'Rupert Akinola-Shaw'],
      ['28 January 2026', 'Counter Fraud and Corruption Strategy review', 'Delphine Hartigan'],
      ['18 March 2026', 'Internal Audit Plan 2026/27', 'Delphine Hartigan'],
      ['18 March 2026', 'Annual Governance Statement 2025/26 – draft', 'Sanjay Oldroyd'],
    ],
    [72, 170, 420],
    100,
    { size: 10 },
  );
  return makePdf([
    [...p1, ...t1, ...p1b, ...folio('Page 1 of 3')],
    [...p2, ...t2, ...p2b, ...folio('Page 2 of 3')],
    [...p3, ...wp, ...folio('Page 3 of 3')],
  ]);
}

/** (c) City council minutes: a public question, a notice of motion, an amendment LOST on a recorded vote, the motion CARRIED. */
function fullCouncilMinutes(): Uint8Array {
  const p1 = flowPage([
    '**STAVENHAM CITY COUNCIL',
    '**Minutes of the Meeting of the City Council held at the Guildhall, Stavenham on',
    '**Thursday 16 October 2025 at 6.00 pm',
    { gap: 6 },
    'Present: The Lord Mayor (Councillor Beatrix Langridge) in the Chair and 36 other',
    'Members of the Council (listed in the attendance register).',
    { gap: 8 },
    '**45.  APOLOGIES FOR ABSENCE',
    'Apologies were received from Councillors Carys Blenheim and Marcus Oyediran.',
    { gap: 6 },
    '**46.  MINUTES',
    'RESOLVED: That the minutes of the meeting held on 17 July 2025 be approved as a',
    'correct record.',
    { gap: 6 },
    '**47.  LORD MAYOR’S ANNOUNCEMENTS',
    'The Lord Mayor thanked the volunteers who had organised the Stavenham Heritage Open',
    'Days, which had attracted more than 9,000 visitors.',
    { gap: 6 },
    '**48.  QUESTIONS FROM MEMBERS OF THE PUBLIC',
    'Mrs Helen Bramall asked the Cabinet Member for Transport and Highways, Councillor',
    'Idris Pemble, how many of the 38 pedestrian crossings that had failed their safety',
    'inspection in 2024 had been repaired. Councillor Pemble replied that 29 had been',
    'repaired and that the remaining nine would be repaired by the end of March 2026.',
    'By way of a supplementary question, Mrs Bramall asked whether the list of outstanding',
    'crossings would be published. Councillor Pemble undertook to send Mrs Bramall the list',
    'of outstanding crossings, with a repair date for each, by 14 November 2025.',
    { gap: 6 },
    '**49.  NOTICE OF MOTION – FREE SCHOOL MEALS AUTO-ENROLMENT',
    'Councillor Nadia Harwell-Price moved and Councillor Tomasz Wieczorek seconded the',
    'following motion:',
    '“This Council notes that an estimated 2,300 children in Stavenham are eligible for free',
    'school meals (FSM) but are not registered, costing local schools about £3.1 million a',
    'year in lost Pupil Premium funding. This Council therefore resolves:',
    '(a)\tto introduce automatic enrolment for free school meals from September 2026,',
    '  \tusing Housing Benefit and Council Tax Reduction (CTR) data;',
    '(b)\tto ask the Cabinet Member for Children and Education to write to the Secretary',
    '  \tof State for Education in support of national auto-enrolment; and',
    '(c)\tto request a report to Cabinet on the costs and data-sharing arrangements by',
    '  \tJanuary 2026.”',
    { gap: 4 },
    'Councillor Geraint Voss moved and Councillor Ellen Marsh-Tiller seconded an',
    'amendment to replace paragraph (a) with: “(a) to ask officers to assess the feasibility of',
    'automatic enrolment and to report to the Children and Young People Scrutiny',
    'Committee in March 2026;”.',
  ]);
  const p2 = flowPage([
    'In accordance with Council Procedure Rule 16.5, a recorded vote was taken on the',
    'amendment:',
    'For (11): Councillors Aldridge, Birtwhistle, Cornforth, Dallimore, Eckersley, Fearnley,',
    'Marsh-Tiller, Pinnock, Rawcliffe, Sugden and Voss.',
    'Against (24): Councillors Ackerley, Blamire, Cattermole, Chakraborty, Dunwoody,',
    'Etherington, Gorringe, Harwell-Price, Heptonstall, Inchbold, Kavanagh-Booth, Lightfoot,',
    'Mellanby, Nuttgens, Ormesher, Pemble, Quarmby, Rishworth, Scarisbrick, Thewlis,',
    'Uttley, Wieczorek, Yewdall and Zamora.',
    'Abstaining (2): Councillors Hepworth and the Lord Mayor (Councillor Langridge).',
    'The amendment was LOST.',
    { gap: 4 },
    'The original motion was then put to the vote and was CARRIED (For 26, Against 9,',
    'Abstentions 2).',
    'RESOLVED: That',
    '(a)\tautomatic enrolment for free school meals be introduced from September 2026,',
    '  \tusing Housing Benefit and Council Tax Reduction data;',
    '(b)\tthe Cabinet Member for Children and Education write to the Secretary of State',
    '  \tfor Education in support of national auto-enrolment; and',
    '(c)\ta report on the costs and data-sharing arrangements be submitted to Cabinet by',
    '  \tJanuary 2026.',
    { gap: 6 },
    '**50.  GAMBLING ACT 2005 – STATEMENT OF LICENSING PRINCIPLES 2026–2029',
    'The Council considered the recommendation of the Licensing Committee of 23 September',
    '2025. Eleven responses had been received to the public consultation.',
    'RESOLVED: That the Statement of Licensing Principles 2026–2029 be adopted with',
    'effect from 31 January 2026.',
    { gap: 6 },
    '**51.  CHANGES TO COMMITTEE MEMBERSHIP',
    'RESOLVED: That Councillor Ellen Marsh-Tiller replace Councillor Geraint Voss on the',
    'Planning Committee for the remainder of the 2025/26 municipal year.',
    { gap: 8 },
    'The meeting closed at 8.47 pm.',
    { gap: 8 },
    'Lord Mayor',
  ]);
  return makePdf([[...p1, ...folio('- 1 -')], [...p2, ...folio('- 2 -')]]);
}

/** (d) Adult social care fee uplift report: rates and costs over three years, funding sources, recommendations. */
function ascFeeUplift(): Uint8Array {
  const s1: Script = [
    '**GREYSTOW COUNCIL',
    '**CABINET – 17 FEBRUARY 2026',
    { gap: 4 },
    '**Adult Social Care – Fee Rates for Independent Sector Providers 2026/27',
    'Report of the Director of Adult Social Services (DASS), Morwenna Trevaskis',
    'Cabinet Member: Councillor Yasmin Corbridge, Adult Social Care',
    'Key decision: Yes (Forward Plan reference KD/26/004)',
    { gap: 8 },
    '**1.\tPurpose of the report',
    '1.1\tTo set the fees the Council will pay to independent sector providers of adult',
    '  \tsocial care from April 2026, taking account of the rise in the National Living',
    '  \tWage (NLW) to £12.71 an hour and of employer’s National Insurance.',
    { gap: 6 },
    '**2.\tRecommendations',
    '2.1\tThat Cabinet:',
    '(i)\tapproves the fee rates for 2026/27 set out in Table 1, with effect from 6 April',
    '  \t2026, being an uplift of 6.2% for residential and nursing care and 5.9% for home',
    '  \tcare, supported living and direct payments;',
    '(ii)\tapproves the funding of the £8,960,000 cost of the uplifts from the sources set',
    '  \tout in Table 3, including £700,000 from the Adult Social Care Reserve;',
    '(iii)\tdelegates authority to the DASS, in consultation with the Cabinet Member for',
    '  \tAdult Social Care, to agree rates above the standard rates where a provider',
    '  \tshows that its costs justify them; and',
    '(iv)\tnotes that a review of the cost of care for home care will be reported to',
    '  \tCabinet in October 2026.',
    { gap: 6 },
    '**3.\tBackground',
    '3.1\tThe Council supports about 4,100 adults through independent sector providers. It',
    '  \tconsulted 212 providers on the proposed rates between 5 January and 2 February',
    '  \t2026; 64 responded, and most said the proposed uplift would not cover the cost',
    '  \tof the National Living Wage and National Insurance changes.',
    '3.2\tNursing home rates below exclude NHS-funded Nursing Care (FNC), which is paid',
    '  \tby the Integrated Care Board at the national rate.',
    { gap: 6 },
    '**Table 1: Standard fee rates',
  ];
  const p1 = flowPage(s1);
  const t1top = 72 + heightOf(s1) + 2;
  const t1 = grid(
    [
      ['**Care type', '**Unit', '**2024/25', '**2025/26', '**2026/27', '**Uplift'],
      ['Residential care (older people)', 'per week', '£768.00', '£812.40', '£862.77', '6.2%'],
      ['Nursing care (excluding FNC)', 'per week', '£845.50', '£893.20', '£948.58', '6.2%'],
      ['Home care', 'per hour', '£23.10', '£24.60', '£26.05', '5.9%'],
      ['Supported living', 'per hour', '£21.40', '£22.85', '£24.20', '5.9%'],
      ['Direct payments', 'per hour', '£17.80', '£19.00', '£20.12', '5.9%'],
    ],
    [72, 250, 310, 370, 430, 490],
    t1top,
    { size: 10 },
  );
  const s2: Script = [
    '**4.\tCost of care by care type',
    '4.1\tTable 2 shows gross spending on each type of care over three years. The 2026/27',
    '  \testimate includes the proposed uplifts and expected growth in demand.',
    { gap: 4 },
    '**Table 2: Gross cost by care type (£)',
  ];
  const p2 = flowPage(s2);
  const t2top = 72 + heightOf(s2) + 2;
  const t2 = grid(
    [
      ['**Care type', '**2024/25 actual', '**2025/26 forecast', '**2026/27 estimate'],
      ['Residential care (older people)', '41,212,000', '43,905,000', '46,882,000'],
      ['Nursing care', '28,640,000', '30,118,000', '32,207,000'],
      ['Home care', '36,455,000', '39,870,000', '42,961,000'],
      ['Supported living', '22,310,000', '24,092,000', '25,773,000'],
      ['Direct payments', '14,206,000', '15,384,000', '16,470,000'],
      ['**Total', '**142,823,000', '**153,369,000', '**164,293,000'],
    ],
    [72, 260, 360, 460],
    t2top,
    { size: 10 },
  );
  const s2b: Script = [
    '4.2\tSpending is forecast to rise by £10,924,000 in 2026/27, of which £8,960,000 is the',
    '  \tcost of the uplifts and £1,964,000 is growth in demand.',
    { gap: 6 },
    '**5.\tFunding',
    '5.1\tThe cost of the uplifts will be met as shown in Table 3.',
    { gap: 4 },
    '**Table 3: Funding of the 2026/27 uplifts',
  ];
  const p2b = flowPage(s2b, { top: t2top + 7 * 14 + 10 });
  const t3top = t2top + 7 * 14 + 10 + heightOf(s2b) + 2;
  const t3 = grid(
    [
      ['**Source', '**£'],
      ['Adult social care precept (2%)', '4,120,000'],
      ['Market Sustainability and Improvement Fund (MSIF) grant', '3,015,000'],
      ['Increase in Social Care Grant', '1,125,000'],
      ['Adult Social Care Reserve', '700,000'],
      ['**Total', '**8,960,000'],
    ],
    [72, 400],
    t3top,
    { size: 10 },
  );
  const p2c = flowPage([
    '5.2\tUsing £700,000 of the Adult Social Care Reserve leaves a balance of £2.1m at',
    '  \t31 March 2027. This is a one-off measure and the 2027/28 budget will need to find',
    '  \ta permanent source of funding.',
    { gap: 6 },
    '**6.\tRisks',
    '6.1\tFive home care providers have told the Council that they may hand back packages',
    '  \tif rates do not rise by at least 8%. The Care Quality Commission (CQC) rates 81%',
    '  \tof local home care providers as Good or Outstanding.',
    { gap: 8 },
    'Contact officer: Fraser Lidgett, Head of Commissioning (Adults)',
  ], { top: t3top + 6 * 14 + 12 });
  return makePdf([
    [...p1, ...t1, ...folio('1')],
    [...p2, ...t2, ...p2b, ...t3, ...p2c, ...folio('2')],
  ]);
}

/** (e) Parish council minutes: "24/117" refs, "It was RESOLVED that", clerk's report, payments schedule, precept. */
function parishMinutes(): Uint8Array {
  const s1: Script = [
    '**GREAT ALLINGHAM PARISH COUNCIL',
    'Minutes of the Meeting of the Parish Council held on Monday 13 January 2025 at 7.30 pm',
    'in the Village Hall, Church Street, Great Allingham',
    { gap: 6 },
    'Present: Cllrs Harriet Colebrook (Chair), Piers Ollerenshaw (Vice-Chair), Agnieszka',
    'Brightwell, Colin Feathersby, Joanne Tapper-Lees and Ravi Gunasekara.',
    'In attendance: Mrs Lorna Whitbread (Clerk and Responsible Financial Officer (RFO)),',
    'District Councillor Owen Prestage and four members of the public.',
    { gap: 8 },
    '**24/115 Apologies for absence.§Apologies were received from Cllr Moira Stanhope',
    '(work commitment). It was RESOLVED that the apologies be accepted.',
    { gap: 6 },
    '**24/116 Declarations of interest.§Cllr Feathersby declared a non-pecuniary interest',
    'in item 24/121 as an allotment holder.',
    { gap: 6 },
    '**24/117 Minutes.§It was RESOLVED that the minutes of the meeting held on',
    '9 December 2024 be approved and signed by the Chair as a true record.',
    { gap: 6 },
    '**24/118 Public participation.§A resident raised speeding on Back Lane, particularly',
    'at school times. District Cllr Prestage reported that Wenmoor District Council had',
    'approved its draft budget and that garden waste charges would rise to £58 a year.',
    { gap: 6 },
    '**24/119 Clerk’s report.§The Clerk reported that:',
    '•\tthe bus shelter on Church Street had been repaired under the Council’s insurance',
    '  \t(claim £1,840, excess £250);',
    '•\tthe annual play area inspection had found two medium-risk items, both repaired;',
    '•\treplacement pads for the defibrillator at the Village Hall had been ordered; and',
    '•\tthe Clerk had completed the Certificate in Local Council Administration (CiLCA).',
    'The Clerk will obtain three quotes for tree works on the recreation ground and',
    'present them at the meeting on 10 February 2025.',
    'It was RESOLVED that the Clerk’s report be noted.',
    { gap: 6 },
    '**24/120 Finance.',
    '(a) Payments. It was RESOLVED that the payments listed below, totalling £6,014.37,',
    'be approved.',
  ];
  const p1 = flowPage(s1);
  const paytop = 72 + heightOf(s1) + 4;
  const pay = grid(
    [
      ['**Payee', '**Details', '**£'],
      ['L Whitbread', 'Clerk’s salary, December 2024', '1,142.60'],
      ['HMRC', 'PAYE and NI, December 2024', '285.40'],
      ['Allingham Grounds Ltd', 'Grass cutting and hedge works (inv 4471)', '1,260.00'],
      ['Brightside Energy', 'Street lighting electricity, Oct–Dec 2024', '412.18'],
      ['Wenmoor Playsafe Ltd', 'Play area repairs', '2,340.00'],
      ['Village Hall Committee', 'Hall hire, Oct–Dec 2024', '180.00'],
      ['Great Allingham Scouts', 'Section 137 grant (minute 24/104)', '250.00'],
      ['Thackshire ALC', 'Councillor training', '96.00'],
      ['Office Supplies Direct', 'Stationery and printer ink', '48.19'],
      ['**Total', '', '**6,014.37'],
    ],
    [72, 220, 450],
    paytop,
    { size: 10, leading: 13 },
  );
  const p2 = flowPage([
    '(b) Bank reconciliation. The RFO presented the bank reconciliation to 31 December',
    '2024, showing balances of £12,904.11 in the current account and £35,312.41 in the',
    'savings account (total £48,216.52). It was RESOLVED that the reconciliation be',
    'accepted and signed by the Chair.',
    { gap: 4 },
    '(c) Budget and precept 2025/26. The Council considered the draft budget of £52,780,',
    'which includes £6,500 for new play equipment and assumes other income of £1,200.',
    'Following discussion it was proposed by Cllr Ollerenshaw, seconded by Cllr Brightwell',
    'and RESOLVED (4 for, 1 against, 1 abstention) that:',
    '(i)\tthe budget for 2025/26 of £52,780 be approved;',
    '(ii)\ta precept of £47,500 be requested from Wenmoor District Council for 2025/26,',
    '  \tan increase of 4.4% on 2024/25 (£45,500), equivalent to £66.68 for a Band D',
    '  \tproperty;',
    '(iii)\t£4,080 be transferred from the Play Area Earmarked Reserve towards the cost',
    '  \tof play equipment; and',
    '(iv)\tthe Clerk submit the precept request form to Wenmoor District Council by',
    '  \t31 January 2025.',
    { gap: 6 },
    '**24/121 Allotments.§Cllr Feathersby left the room for this item. It was RESOLVED',
    'that an increase in allotment rents from £38 to £42 a year for a full plot be approved',
    'with effect from 1 October 2025.',
    { gap: 6 },
    '**24/122 Planning.',
    'DC/24/1834 – 14 Back Lane – single-storey rear extension. It was RESOLVED to make no',
    'objection.',
    'DC/24/1851 – Land off Tithe Barn Lane – erection of nine dwellings. It was RESOLVED',
    'to object on the grounds of highway safety and because the site is outside the',
    'settlement boundary.',
    { gap: 6 },
    '**24/123 Correspondence.§Letters from Thackshire County Council on the Back Lane',
    'speed survey and from the Thackshire Association of Local Councils (TALC) on the',
    'Local Council Award Scheme were noted.',
    { gap: 6 },
    '**24/124 Date of next meeting.§Monday 10 February 2025 at 7.30 pm in the Village Hall.',
    { gap: 8 },
    'The meeting closed at 9.05 pm.',
    'Signed ……………………… (Chair)      Date ………………',
  ]);
  return makePdf([
    runIn([...p1, ...pay, ...folio('1')]),
    runIn([...p2, ...folio('2')]),
  ]);
}

/** (f) Climate emergency action plan progress report: bold run-in headings, tCO2e table, actions table, capital bids, revised targets. */
function climateProgress(): Uint8Array {
  const s1: Script = [
    '**WYVERNSTOKE DISTRICT COUNCIL',
    '**Cabinet\t9 September 2025',
    { gap: 4 },
    '**Climate Emergency Action Plan – Annual Progress Report 2024/25',
    'Portfolio Holder: Councillor Saoirse Penberthy, Climate and Environment',
    'Lead officer: Jonah Easterbrook, Climate Change Manager',
    { gap: 8 },
    '**Purpose of report.§To report progress in 2024/25 against the Climate Emergency',
    'Action Plan (CEAP) adopted in 2021, and to propose revised targets and capital bids.',
    { gap: 6 },
    '**Recommendations.§That Cabinet:',
    'A.\tnotes the progress made in 2024/25 against the CEAP, including a 41% reduction',
    '  \tin the Council’s own emissions since the 2018/19 baseline;',
    'B.\tagrees the revised targets in Table 4, including moving the target for net zero in',
    '  \tthe Council’s own operations from 2030 to 2035;',
    'C.\trecommends to Council, at its meeting on 24 February 2026, capital bids totalling',
    '  \t£1,186,000 for inclusion in the 2026/27 Capital Programme; and',
    'D.\tagrees that the next annual progress report be brought to Cabinet in',
    '  \tSeptember 2026.',
    { gap: 6 },
    '**Council emissions.§The Council’s own emissions, in tonnes of carbon dioxide',
    'equivalent (tCO2e), are set out in Table 1.',
    { gap: 4 },
    '**Table 1: Council emissions by scope (tCO2e)',
  ];
  const p1 = flowPage(s1);
  const t1top = 72 + heightOf(s1) + 2;
  const t1 = grid(
    [
      ['**Scope', '**2018/19', '**2023/24', '**2024/25', '**Change since'],
      ['', '**baseline', '', '', '**baseline'],
      ['Scope 1 (gas and fleet fuel)', '2,846', '1,982', '1,744', '-38.7%'],
      ['Scope 2 (electricity)', '1,512', '812', '706', '-53.3%'],
      ['Scope 3 (travel, water, waste)', '318', '284', '309', '-2.8%'],
      ['**Total', '**4,676', '**3,078', '**2,759', '**-41.0%'],
    ],
    [72, 270, 340, 410, 480],
    t1top,
    { size: 10 },
  );
  const p1b = flowPage([
    'The switch of the refuse fleet to hydrotreated vegetable oil (HVO) saved 402 tCO2e.',
    'Scope 3 emissions rose because staff business mileage returned to pre-2020 levels.',
    'Emissions across the whole district, from the Department for Energy Security and Net',
    'Zero (DESNZ) local authority statistics, were 612 ktCO2e in 2022, 24% below 2005.',
    { gap: 6 },
    '**Staffing.§A fixed-term Retrofit Coordinator (1.0 FTE, Grade 8) was appointed in June',
    '2025 for two years, funded by the Warm Homes: Local Grant.',
  ], { top: t1top + 6 * 14 + 10 });
  const p2 = flowPage([
    '**Progress on actions.§Table 2 shows the status of the main actions in the CEAP.',
    { gap: 4 },
    '**Table 2: CEAP actions',
  ]);
  const t2top = 72 + 3 * 14 + 8;
  const t2 = grid(
    [
      ['**Ref', '**Action', '**Owner', '**Target date', '**Status'],
      ['E1', 'Replace gas boilers at Wyvern Leisure Centre', 'Head of Property', 'March 2026', 'Amber'],
      ['', 'with air source heat pumps', '', '', ''],
      ['E2', 'Install 420 kWp of solar PV at the depot', 'Head of Property', 'December 2025', 'Green'],
      ['', 'and Civic Offices', '', '', ''],
      ['T1', 'Replace 12 pool cars and vans with', 'Fleet Manager', 'March 2026', 'Green'],
      ['', 'electric vehicles', '', '', ''],
      ['T2', 'Switch the refuse fleet to HVO fuel', 'Head of Waste Services', 'June 2025', 'Complete'],
      ['H1', 'Retrofit 150 homes to EPC band C through', 'Private Sector Housing', 'March 2028', 'Amber'],
      ['', 'Warm Homes: Local Grant', 'Manager', '', ''],
      ['N1', 'Plant 20,000 trees on council land', 'Parks Manager', 'March 2027', 'Red'],
      ['C1', 'Carbon literacy training for all managers', 'HR Manager', 'March 2026', 'Green'],
    ],
    [72, 100, 310, 430, 505],
    t2top,
    { size: 9, leading: 12 },
  );
  const p2b = flowPage([
    'EPC means Energy Performance Certificate. Only 6,400 of the 20,000 trees have been',
    'planted, because suitable council land is limited.',
    { gap: 6 },
    '**Capital bids.§Four capital bids are proposed for the 2026/27 Capital Programme:',
  ], { top: t2top + 12 * 12 + 10 });
  const t3top = t2top + 12 * 12 + 10 + 4 * 14 + 4;
  const t3 = grid(
    [
      ['**Bid', '**Cost £', '**Saving tCO2e a year'],
      ['Air source heat pumps, Wyvern Leisure Centre', '640,000', '212'],
      ['Solar car port, Riverside car park', '298,000', '48'],
      ['LED lighting, multi-storey car parks', '124,000', '31'],
      ['EV charging at the depot (phase 2)', '124,000', '–'],
      ['**Total', '**1,186,000', '**291'],
    ],
    [72, 330, 430],
    t3top,
    { size: 10 },
  );
  const s2c: Script = [
    'An application for £410,000 from the Public Sector Decarbonisation Scheme (PSDS)',
    'has been made towards the heat pumps; if it succeeds the Council’s borrowing falls.',
    { gap: 6 },
    '**Revised targets.§Table 4 sets out the targets that officers propose to revise.',
    { gap: 4 },
    '**Table 4: Revised targets',
  ];
  const p2c = flowPage(s2c, { top: t3top + 6 * 14 + 8 });
  const t4top = t3top + 6 * 14 + 8 + heightOf(s2c) + 2;
  const t4 = grid(
    [
      ['**Target', '**Current', '**Proposed', '**Reason'],
      ['Net zero in Council operations', '2030', '2035', 'Grid capacity for heat pumps'],
      ['Zero-emission Council fleet', '2030', '2032', 'Cost of electric refuse vehicles'],
      ['Plant 20,000 trees', 'March 2027', 'March 2029', 'Availability of land'],
      ['Net zero across the district', '2045', '2045', 'No change'],
    ],
    [72, 250, 320, 390],
    t4top,
    { size: 10 },
  );
  const p2d = flowPage([
    '**Financial implications.§The capital bids would be funded by prudential borrowing,',
    'with annual revenue savings of about £96,000 on energy costs.',
  ], { top: t4top + 5 * 14 + 10 });
  return makePdf([
    runIn([...p1, ...t1, ...p1b, ...folio('Page 1')]),
    runIn([...p2, ...t2, ...p2b, ...t3, ...p2c, ...t4, ...p2d, ...folio('Page 2')]),
  ]);
}

/** (g) Cabinet response to a scrutiny review: Accepted / Partially accepted / Not accepted, response, lead officer, date. */
function scrutinyResponse(): Uint8Array {
  const front = grid(
    [
      ['**Meeting:', 'Cabinet'],
      ['**Date:', 'Wednesday 14 January 2026'],
      ['**Subject:', 'Cabinet Response to the Scrutiny Review of Home to School Transport'],
      ['**Report of:', 'Strategic Director for People'],
      ['**Cabinet Member:', 'Councillor Ayodele Franks, Children and Families'],
      ['**Key decision:', 'No'],
    ],
    [72, 180],
    96,
  );
  const p1 = flowPage([
    '**1.\tPurpose',
    '1.1\tThe Children and Young People Scrutiny Panel carried out a review of home to',
    '  \tschool transport (HTST) between March and September 2025, chaired by Councillor',
    '  \tLeanne Fitzwalter. Its final report, with eight recommendations, was presented',
    '  \tto Cabinet on 12 November 2025. This report sets out the Cabinet’s response.',
    { gap: 6 },
    '**2.\tRecommendations',
    '2.1\tThat Cabinet:',
    '(a)\tagrees the response to each of the review’s recommendations set out in',
    '  \tTable 1;',
    '(b)\tapproves an invest-to-save budget of £450,000 a year from 2026/27 to fund the',
    '  \taccepted recommendations, including two Independent Travel Trainer posts; and',
    '(c)\trequests the Strategic Director for People to report progress on the accepted',
    '  \trecommendations to the Children and Young People Scrutiny Panel in July 2026.',
    { gap: 6 },
    '**3.\tBackground',
    '3.1\tSpending on home to school transport has risen from £14.2m in 2021/22 to a',
    '  \tforecast £23.6m in 2025/26. The Council transports 1,840 pupils with special',
    '  \teducational needs and disabilities (SEND) each school day, 71% of them by taxi.',
    '3.2\tOf the review’s eight recommendations, four are accepted, two are partially',
    '  \taccepted and two are not accepted.',
    { gap: 6 },
    '**4.\tStaffing and financial implications',
    '4.1\tTwo Independent Travel Trainer posts (2.0 FTE, Grade 6) will be created to',
    '  \texpand independent travel training (ITT), at a cost of £71,600 a year within the',
    '  \t£450,000 budget. The measures are expected to save £1.2m a year by 2028/29.',
    '4.2\tRecommendations 4 and 6 are not accepted because they would add about',
    '  \t£2.7m of cost that is not in the Medium Term Financial Plan (MTFP).',
    { gap: 8 },
    'Contact: Imran Sadiq, Head of School Transport and Admissions',
  ], { top: 96 + 6 * 14 + 14 });
  const p2 = flowPage(['**Table 1: Cabinet response to the scrutiny review’s recommendations'], { top: 60 });
  const rows = [
    ['**No.', '**Review recommendation', '**Cabinet', '**Response', '**Lead officer', '**Date'],
    ['', '', '**decision', '', '', ''],
    ['1', 'Publish a plain-English transport policy', 'Accepted', 'An online eligibility checker will go live', 'Imran Sadiq', 'Apr 2026'],
    ['', 'with an online eligibility checker', '', 'for 2026/27 applications.', '', ''],
    ['', '', '', '', '', ''],
    ['2', 'Expand independent travel training to', 'Accepted', 'Two Independent Travel Trainers to be', 'Gemma', 'Sep 2026'],
    ['', '120 young people a year', '', 'recruited; funded from the invest-to-', 'Lockwood', ''],
    ['', '', '', 'save budget.', '', ''],
    ['', '', '', '', '', ''],
    ['3', 'Offer personal transport budgets to all', 'Partially', 'Offered as an option, not a requirement;', 'Imran Sadiq', 'Sep 2026'],
    ['', 'eligible SEND pupils', 'accepted', 'pilot with 60 families first.', '', ''],
    ['', '', '', '', '', ''],
    ['4', 'Increase the in-house minibus fleet to', 'Not accepted', 'Capital cost of £2.1m is not affordable;', '–', '–'],
    ['', '40 vehicles', '', 'taxi contracts retendered instead.', '', ''],
    ['', '', '', '', '', ''],
    ['5', 'Retender taxi contracts through a', 'Accepted', 'DPS in place; first call-offs in the', 'Martin', 'Mar 2026'],
    ['', 'dynamic purchasing system (DPS)', '', 'spring term.', 'Kealey', ''],
    ['', '', '', '', '', ''],
    ['6', 'Restore discretionary post-16 transport', 'Not accepted', 'Would cost about £610,000 a year; no', '–', '–'],
    ['', 'for low-income families', '', 'budget is available.', '', ''],
    ['', '', '', '', '', ''],
    ['7', 'Report route costs and pupil numbers to', 'Accepted', 'First report to the Panel in July 2026,', 'Gemma', 'Jul 2026'],
    ['', 'scrutiny every six months', '', 'then every six months.', 'Lockwood', ''],
    ['', '', '', '', '', ''],
    ['8', 'Give parents 20 school days’ notice of', 'Partially', '10 school days’ notice, except in an', 'Martin', 'Jan 2026'],
    ['', 'any change to a route', 'accepted', 'emergency.', 'Kealey', ''],
  ];
  const table = grid(rows, [40, 62, 228, 290, 460, 520], 84, { size: 8.5, leading: 12 });
  const p2b = flowPage([
    'Lead officers: Imran Sadiq, Head of School Transport and Admissions; Gemma Lockwood,',
    'Travel Training Manager; Martin Kealey, Passenger Transport Procurement Lead.',
  ], { top: 84 + rows.length * 12 + 16, size: 10 });
  return makePdf([
    [{ text: 'STOURLEIGH METROPOLITAN BOROUGH COUNCIL', x: 72, y: 72, size: 13, bold: true }, ...front, ...p1, ...folio('1')],
    [...p2, ...table, ...p2b, ...folio('2')],
  ]);
}

/** (h) Planning policy committee report: Local Development Scheme timetable, examination budget, recommendations to Council. */
function localPlanLds(): Uint8Array {
  const s1: Script = [
    '**KINGSMEADOW DISTRICT COUNCIL',
    '**PLANNING POLICY COMMITTEE',
    '**Thursday 5 June 2025\tItem 6',
    { gap: 6 },
    '**LOCAL PLAN REVIEW – REVISED LOCAL DEVELOPMENT SCHEME AND',
    '**EXAMINATION BUDGET',
    'Report of the Head of Planning Policy, Alasdair Brennock',
    { gap: 8 },
    '**1.\tSUMMARY',
    '1.1\tThis report proposes a revised Local Development Scheme (LDS) setting out the',
    '  \ttimetable for the Kingsmeadow Local Plan 2025–2042, and a budget for its',
    '  \tindependent examination. The Plan must be submitted for examination by',
    '  \t31 December 2026 to be examined under the current transitional arrangements in',
    '  \tthe National Planning Policy Framework (NPPF).',
    { gap: 6 },
    '**2.\tRECOMMENDATIONS',
    '2.1\tThat the Planning Policy Committee RECOMMENDS to Council that:',
    '(a)\tthe revised Local Development Scheme at Appendix 1 be approved and brought',
    '  \tinto effect;',
    '(b)\ta budget of £685,000 be approved for the independent examination of the Local',
    '  \tPlan, funded £410,000 from the Local Plan Reserve and £275,000 from the revenue',
    '  \tbudget in 2026/27 and 2027/28; and',
    '(c)\tauthority be delegated to the Head of Planning Policy, in consultation with the',
    '  \tChair of the Planning Policy Committee, to make minor changes to the LDS',
    '  \ttimetable where needed.',
    '2.2\tThat the Committee notes the summary of responses to the Regulation 18',
    '  \tconsultation in section 4.',
    { gap: 6 },
    '**3.\tLOCAL DEVELOPMENT SCHEME TIMETABLE',
    '3.1\tThe timetable in the LDS approved in 2023 has slipped because of the changes to',
    '  \tthe NPPF in December 2024, which raised the district’s housing need under the',
    '  \tstandard method to 812 dwellings a year (13,804 homes over 2025–2042).',
    '3.2\tTable 1 compares the 2023 timetable with the revised one.',
    { gap: 4 },
    '**Table 1: Local Plan timetable',
  ];
  const p1 = flowPage(s1);
  const t1top = 72 + heightOf(s1) + 2;
  const t1 = grid(
    [
      ['**Stage', '**LDS 2023', '**Revised LDS 2025'],
      ['Regulation 18 consultation (Preferred Options)', 'October 2024', 'February – March 2025 (done)'],
      ['Regulation 19 publication (Proposed Submission)', 'June 2025', 'January – February 2026'],
      ['Submission to the Secretary of State', 'September 2025', 'May 2026'],
      ['Examination hearings', 'January 2026', 'September – October 2026'],
      ['Inspector’s report', 'April 2026', 'February 2027'],
      ['Adoption', 'June 2026', 'April 2027'],
    ],
    [72, 300, 400],
    t1top,
    { size: 10 },
  );
  const s2: Script = [
    '**4.\tREGULATION 18 CONSULTATION',
    '4.1\tThe Preferred Options consultation ran from 10 February to 24 March 2025. It',
    '  \treceived 1,946 comments from 1,112 respondents. The main issues raised were the',
    '  \tproposed 2,400-home urban extension at Hollins Green, the capacity of the A516',
    '  \tand the loss of Grade 2 agricultural land.',
    '4.2\tA report on the Regulation 19 Proposed Submission Plan will be brought to this',
    '  \tCommittee in December 2025, before publication in January 2026.',
    { gap: 6 },
    '**5.\tEXAMINATION BUDGET',
    '5.1\tThe examination will be run by an Inspector appointed by the Planning',
    '  \tInspectorate (PINS). A Programme Officer will be appointed on a fixed-term',
    '  \tcontract (0.8 FTE, 18 months) to manage the examination. Table 2 shows the',
    '  \testimated costs.',
    { gap: 4 },
    '**Table 2: Examination budget',
  ];
  const p2 = flowPage(s2);
  const t2top = 72 + heightOf(s2) + 2;
  const t2 = grid(
    [
      ['**Item', '**2026/27 £', '**2027/28 £', '**Total £'],
      ['Planning Inspectorate fees', '290,000', '60,000', '350,000'],
      ['Programme Officer', '48,000', '12,000', '60,000'],
      ['Legal advice (King’s Counsel)', '95,000', '25,000', '120,000'],
      ['Evidence updates and consultants', '80,000', '20,000', '100,000'],
      ['Venue, printing and hearing costs', '25,000', '5,000', '30,000'],
      ['Contingency', '20,000', '5,000', '25,000'],
      ['**Total', '**558,000', '**127,000', '**685,000'],
    ],
    [72, 300, 380, 460],
    t2top,
    { size: 10 },
  );
  const p2b = flowPage([
    '5.2\tThe Local Plan Reserve stands at £410,000 and will be used in full. The balance',
    '  \tof £275,000 will be included in the revenue budget for 2026/27 and 2027/28.',
    { gap: 6 },
    '**6.\tNEXT STEPS',
    '6.1\tThe Committee’s recommendations will be considered by Council on 24 July 2025.',
    { gap: 8 },
    'Abbreviations: HRA – Habitats Regulations Assessment; IDP – Infrastructure',
    'Delivery Plan; SA – Sustainability Appraisal.',
    'Background papers: Kingsmeadow Local Development Scheme 2023',
  ], { top: t2top + 8 * 14 + 12 });
  return makePdf([
    [...p1, ...t1, ...folio('Page 1 of 2')],
    [...p2, ...t2, ...p2b, ...folio('Page 2 of 2')],
  ]);
}

export const SYNTHETIC9: Record<string, () => Uint8Array> = {
  's9-hwb-bcf-minutes': hwbMinutes,
  's9-internal-audit-progress': internalAuditProgress,
  's9-full-council-motion-minutes': fullCouncilMinutes,
  's9-asc-fee-uplift-report': ascFeeUplift,
  's9-parish-precept-minutes': parishMinutes,
  's9-climate-action-progress': climateProgress,
  's9-scrutiny-review-response': scrutinyResponse,
  's9-local-plan-lds-report': localPlanLds,
};
