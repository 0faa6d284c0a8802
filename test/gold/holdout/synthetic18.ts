/**
 * Eight more synthetic papers in the styles of councils we hold no papers from: a police and
 * crime panel report on the Commissioner's proposed precept (Band D rise in £ and %, budget gap,
 * officer and staff numbers, the date the Panel must report by); a borough cabinet report on the
 * capital programme outturn with bold run-in headings, a scheme table in £000 and a funding table
 * by year; a county cabinet report seeking approval to consult on adult social care charging
 * changes; Northern Ireland district council committee minutes ("After discussion, it was agreed
 * that …", "Agreed", "Noted", "Proposed by Alderman …, Seconded by Councillor …", an item deferred
 * to the next meeting); a Scottish council committee minute ("Decision", "The Committee
 * agreed:- (a) to …", Article references, a division); a district executive report on moving
 * leisure centres to a local authority trading company with a TUPE transfer; an individual
 * cabinet member decision record with call-in and implementation dates; and an overview and
 * scrutiny annual report to full Council ending with a 2026/27 work programme whose meetings are
 * given by month only. Built as small PDFs by test/helpers/make-pdf.ts; gold written with the
 * papers, blind to the parser. Councils and people are invented; the wording follows real papers
 * of each kind.
 */
import { flowPage, grid, makePdf, type PdfLine } from '../../helpers/make-pdf.ts';

/** "Page n of m" at the foot of a page. */
function folio(n: number, of: number): PdfLine[] {
  return [{ text: `Page ${n} of ${of}`, x: 268, y: 815, size: 9 }];
}

/** A bare page number at the foot of a page. */
function pageNo(n: number): PdfLine[] {
  return [{ text: `${n}`, x: 292, y: 815, size: 9 }];
}

/** A flow entry: a line (as flowPage), a gap, or a paragraph opening with a bold run-in heading. */
type Entry = string | { gap: number } | { run: string; text: string };

/**
 * Like flowPage, but an entry { run, text } sets a bold run-in heading and the start of its
 * paragraph on the same line (the heading in Helvetica-Bold, the text in Helvetica after it).
 */
function flow(script: Entry[], opts: { top?: number; left?: number; leading?: number; size?: number } = {}): PdfLine[] {
  const left = opts.left ?? 72;
  const leading = opts.leading ?? 14;
  const size = opts.size ?? 11;
  let y = opts.top ?? 72;
  const out: PdfLine[] = [];
  for (const e of script) {
    if (typeof e === 'string') {
      out.push(...flowPage([e], { top: y, left, leading, size }));
      y += leading;
    } else if ('gap' in e) {
      y += e.gap;
    } else {
      out.push({ text: e.run, x: left, y, bold: true, size });
      // Helvetica-Bold runs about 0.6 em a character: leave room so the runs never overlap.
      out.push({ text: e.text, x: left + e.run.length * size * 0.62 + 6, y, size });
      y += leading;
    }
  }
  return out;
}

/** (a) Police and Crime Panel report on the Commissioner's proposed precept for 2026/27. */
function pcpPrecept(): Uint8Array {
  const p1 = flowPage([
    '**VENNSHIRE POLICE AND CRIME PANEL',
    { gap: 6 },
    'Date of meeting:\tTuesday 3 February 2026',
    'Agenda item:\t6',
    'Report of:\tThe Police and Crime Commissioner for Vennshire',
    'Panel contact:\tElowen Strode, Panel Scrutiny Officer, Vennshire County Council',
    { gap: 10 },
    '**PROPOSED POLICE PRECEPT 2026/27',
    { gap: 8 },
    '**1.\tPurpose of the report',
    '1.1\tThis report notifies the Panel of the precept that the Police and Crime',
    '  \tCommissioner (PCC), Ms Ysolde Trevanion, proposes to issue for 2026/27, as',
    '  \trequired by Schedule 5 to the Police Reform and Social Responsibility Act 2011.',
    '1.2\tThe Commissioner’s proposal is set out in her letter to the Chair of the Panel,',
    '  \tCouncillor Ifor Moxham, dated 23 January 2026, which is attached at Appendix A.',
    { gap: 8 },
    '**2.\tRecommendation',
    '2.1\tThe Panel is asked to review the proposed precept and to make a report to the',
    '  \tCommissioner, which may include recommendations, on whether it supports the',
    '  \tprecept or vetoes it.',
    '2.2\tThe Panel must make its report to the Commissioner by 8 February 2026, under',
    '  \tthe Police and Crime Panels (Precepts and Chief Constable Appointments)',
    '  \tRegulations 2012. A veto requires the votes of at least two-thirds of the members',
    '  \tof the Panel at the time the decision is made.',
    { gap: 8 },
    '**3.\tThe proposed precept',
    '3.1\tThe Commissioner proposes to increase the policing part of the council tax for',
    '  \ta Band D property by £14.00 a year,',
    '  \tfrom £281.43 to £295.43, an increase of 4.97%.',
    '  \tThis is the largest increase the Government allows for 2026/27 without a',
    '  \treferendum.',
    '3.2\tThe council tax base notified by the six billing authorities is 412,860.55 Band D',
    '  \tequivalent properties. The total precept would therefore be £121,971,392',
    '  \t(£121.97m), an increase of £7.93m on the 2025/26 precept of £114.04m.',
    '3.3\tThe amounts for each council tax band would be:',
  ]);
  const bandRows = [
    ['**Band', '**2025/26', '**2026/27', '**Increase a year'],
    ['A', '£187.62', '£196.95', '£9.33'],
    ['B', '£218.89', '£229.78', '£10.89'],
    ['C', '£250.16', '£262.60', '£12.44'],
    ['D', '£281.43', '£295.43', '£14.00'],
    ['E', '£343.97', '£361.08', '£17.11'],
    ['F', '£406.51', '£426.73', '£20.22'],
    ['G', '£469.05', '£492.38', '£23.33'],
    ['H', '£562.86', '£590.86', '£28.00'],
  ];
  const bands = grid(bandRows, [108, 190, 280, 370], 556, { size: 10 });
  const p2 = flowPage([
    '**4.\tThe revenue budget and the budget gap',
    '4.1\tThe proposed net revenue budget for 2026/27 is £316.10m, funded as follows:',
  ]);
  const fundRows = [
    ['**Funding', '**£m'],
    ['Police grant and formula funding (Home Office)', '189.36'],
    ['Council tax precept', '121.97'],
    ['Collection fund surpluses', '1.07'],
    ['Contribution from the Financial Stability Reserve', '3.70'],
    ['**Net revenue budget', '**316.10'],
  ];
  const funding = grid(fundRows, [108, 400], 110, { size: 10 });
  const p2b = flowPage([
    '4.2\tBefore savings, the Chief Constable and the Commissioner identified a budget gap',
    '  \tof £12.4m for 2026/27, mainly from the 2025 pay award, the cost of national police',
    '  \tIT programmes and inflation on the estate.',
    '4.3\tThe gap will be closed by savings of £8.7m, listed in Appendix B, and a one-off',
    '  \tcontribution of £3.7m from the Financial Stability Reserve. The main savings are:',
    '    •\tthe closure of the front counters at Pellbrook and Wyndle Cross police',
    '    \tstations and the sale of the Pellbrook building (£1.9m);',
    '    •\ta review of back-office and support functions (£2.6m);',
    '    •\tthe reduction in Police Community Support Officer posts described in',
    '    \tparagraph 5.2 (£1.8m); and',
    '    •\tfleet, procurement and contract savings (£2.4m).',
    '4.4\tThe Medium Term Financial Plan (MTFP) shows further gaps of £9.2m in 2027/28',
    '  \tand £15.6m in 2028/29, for which savings plans have not yet been identified.',
    { gap: 8 },
    '**5.\tWorkforce',
    '5.1\tThe budget maintains police officer numbers at 3,612 FTE, the level needed to',
    '  \tsecure the Police Uplift Programme (PUP) grant of £11.8m. Within this total,',
    '  \t52 officers will move to neighbourhood teams during 2026/27.',
    '5.2\tPolice staff numbers will fall from 2,545 FTE to 2,480 FTE, a reduction of 65 FTE.',
    '  \tPolice Community Support Officer',
    '  \t(PCSO) numbers will fall from 262 FTE to 214 FTE.',
    '  \tAbout 70 of the reductions are expected to be met from vacancies and turnover.',
    { gap: 8 },
    '**6.\tConsultation',
    '6.1\tThe Commissioner’s budget survey ran from 10 November to 15 December 2025 and',
    '  \treceived 4,186 responses. Of these, 61% said they would be willing to pay an extra',
    '  \t£14 a year for a Band D property.',
    { gap: 8 },
    '**7.\tNext steps',
    '7.1\tThe Commissioner must respond to the Panel’s report and publish her response.',
    '  \tIf the Panel vetoes the precept, the Commissioner must notify the Panel of a',
    '  \trevised precept by 15 February 2026, and 19 February 2026 has been reserved',
    '  \tfor a further meeting of the Panel.',
    { gap: 10 },
    'Contact: Jocelyn Dewhirst, Chief Finance Officer, Office of the Police and Crime',
    'Commissioner (OPCC) for Vennshire',
  ], { top: 110 + 6 * 14 + 14 });
  return makePdf([
    [...p1, ...bands, ...folio(1, 2)],
    [...p2, ...funding, ...p2b, ...folio(2, 2)],
  ]);
}

/** (b) Capital programme outturn report to Cabinet, with bold run-in headings and two tables. */
function capitalOutturn(): Uint8Array {
  const p1 = flow([
    '**UMBERLEY BOROUGH COUNCIL',
    '**CABINET – 15 JULY 2025',
    '**Agenda Item 9',
    { gap: 8 },
    '**Capital Programme Outturn 2024/25 and Revised Programme 2025/26 to 2027/28',
    'Report of the Director of Resources (Section 151 Officer)',
    'Cabinet Member: Councillor Salome Ditchburn, Cabinet Member for Finance',
    'Key decision: Yes          Wards affected: All',
    { gap: 10 },
    { run: 'Purpose.', text: 'This report sets out the outturn on the capital programme for 2024/25,' },
    'asks Cabinet to approve the slippage of unspent budgets into 2025/26 and sets out the',
    'revised capital programme for the next three years.',
    { gap: 8 },
    { run: 'Recommendations.', text: 'That Cabinet:' },
    '(1)\tnotes capital expenditure of £39.61m in 2024/25 against a revised budget of',
    '  \t£47.92m;',
    '(2)\tapproves the slippage of £8.71m of unspent budgets from 2024/25 into 2025/26, as',
    '  \tset out in Table 1;',
    '(3)\tapproves the revised capital programme of £112.35m for 2025/26 to 2027/28 and',
    '  \tits funding, as set out in Table 2;',
    '(4)\trecommends to Council, at its meeting on 23 July 2025, an increase of £1.15m in',
    '  \tthe budget for the Umber Bridge repairs, funded from prudential borrowing; and',
    '(5)\tdelegates authority to the Director of Resources, in consultation with the Cabinet',
    '  \tMember for Finance, to move up to £250,000 between schemes within the approved',
    '  \tprogramme during 2025/26.',
    { gap: 8 },
    { run: 'Outturn 2024/25.', text: 'Capital spending in 2024/25 was £39.61m, 82.7% of the revised' },
    'budget of £47.92m. Slippage of £8.71m arises where schemes have been delayed and the',
    'budget is still needed in 2025/26. There is a net overspend of £0.40m, mainly on the',
    'Umber Bridge repairs (£462,000), where additional corrosion was found once the deck',
    'was exposed. Table 1 shows the position on the main schemes.',
    { gap: 8 },
    { run: 'Main variances.', text: 'The Market Square public realm scheme has slipped by £3.55m' },
    'because the diversion of utilities took longer than planned; the contractor now expects',
    'to complete the works in March 2026. A further update on the scheme will be brought to',
    'Cabinet in October 2025. The Nettlebed Lane cemetery extension slipped by £0.92m',
    'while the Environment Agency reviewed the groundwater risk assessment.',
    { gap: 8 },
    { run: 'Capital receipts.', text: 'Receipts of £2.84m were received in 2024/25, mainly from the' },
    'sale of the former depot at Gorsey Bank (£2.15m). Receipts are used to fund the',
    'programme and so reduce the need to borrow.',
  ]);
  const t1head = flow([
    '**Table 1: Capital outturn 2024/25 by scheme (£000)',
  ]);
  const t1 = grid(
    [
      ['**Scheme', '**Budget', '**Outturn', '**Slippage'],
      ['Tanyard Baths decarbonisation', '6,420', '5,118', '1,302'],
      ['Disabled Facilities Grants (DFGs)', '2,950', '2,611', '339'],
      ['Umber Bridge repairs', '3,400', '3,862', '0'],
      ['Market Square public realm', '8,750', '5,204', '3,546'],
      ['Vehicle and plant replacement', '2,180', '1,465', '715'],
      ['Temporary accommodation purchases', '12,500', '11,940', '560'],
      ['ICT infrastructure refresh', '1,310', '872', '438'],
      ['Playground refurbishment', '640', '488', '152'],
      ['Cemetery extension, Nettlebed Lane', '1,150', '235', '915'],
      ['Other schemes (under £500,000)', '8,620', '7,811', '743'],
      ['**Total', '**47,920', '**39,606', '**8,710'],
    ],
    [72, 330, 400, 470],
    72 + 14 + 6,
    { size: 10 },
  );
  const t2top = 72 + 14 + 6 + 12 * 14 + 16;
  const mid = flow([
    { run: 'Revised programme 2025/26 to 2027/28.', text: 'The revised programme, including the' },
    'slippage, totals £112.35m over the three years. Table 2 shows how it is funded.',
    { gap: 6 },
    '**Table 2: Funding of the capital programme 2025/26 to 2027/28 (£000)',
  ], { top: t2top });
  const t2rowsTop = t2top + 4 * 14 + 6;
  const t2 = grid(
    [
      ['**Funding source', '**2025/26', '**2026/27', '**2027/28', '**Total'],
      ['Prudential borrowing', '21,840', '24,110', '18,660', '64,610'],
      ['Government grants', '14,260', '9,870', '6,240', '30,370'],
      ['Capital receipts', '3,150', '4,500', '2,900', '10,550'],
      ['S106 and Community Infrastructure Levy (CIL)', '2,410', '1,980', '1,070', '5,460'],
      ['Revenue contributions', '760', '350', '250', '1,360'],
      ['**Total programme', '**42,420', '**40,810', '**29,120', '**112,350'],
    ],
    [72, 300, 365, 430, 495],
    t2rowsTop,
    { size: 10 },
  );
  const tail = flow([
    { run: 'Borrowing costs.', text: 'The additional borrowing adds £96,000 a year to the Minimum' },
    'Revenue Provision (MRP) and interest costs from 2026/27, which is included in the',
    'Medium Term Financial Strategy (MTFS). New loans are expected to be taken from the',
    'Public Works Loan Board (PWLB).',
    { gap: 8 },
    { run: 'Contact.', text: 'Dorcas Middlemiss, Capital and Treasury Manager' },
  ], { top: t2rowsTop + 7 * 14 + 16 });
  return makePdf([
    [...p1, ...folio(1, 2)],
    [...t1head, ...t1, ...mid, ...t2, ...tail, ...folio(2, 2)],
  ]);
}

/** (c) Cabinet report seeking approval to consult on changes to the adult social care charging policy. */
function ascChargingConsultation(): Uint8Array {
  const front = grid(
    [
      ['**Report to:', 'Cabinet'],
      ['**Date:', '11 November 2025'],
      ['**Agenda item:', '7'],
      ['**Report of:', 'Executive Director of Adult Social Care and Health'],
      ['**Cabinet Member:', 'Councillor Wendeline Harrap, Adult Social Care'],
      ['**Key decision:', 'Yes'],
      ['**Exempt:', 'No'],
    ],
    [72, 190],
    100,
  );
  const p1 = flowPage([
    '**YELVERDALE COUNTY COUNCIL',
    { gap: 4 + 7 * 14 + 10 },
    '**Adult Social Care Charging Policy – Proposed Changes for Consultation',
    { gap: 6 },
    '**1.\tSummary',
    '1.1\tThe Council’s charging policy for non-residential care and support was last',
    '  \trevised in 2019. This report proposes four changes to the policy and seeks',
    '  \tapproval to consult on them. Together they would raise additional',
    '  \tincome of about £1.73m a year',
    '  \tand would affect up to 2,950 people who already pay towards their care.',
    { gap: 6 },
    '**2.\tRecommendations',
    'Cabinet is recommended to:',
    '2.1\tapprove a 12-week public consultation on the proposed changes to the Adult',
    '  \tSocial Care Charging Policy set out in section 4,',
    '  \tto run from 17 November 2025 to 9 February 2026;',
    '2.2\tapprove the creation of 4.0 FTE fixed-term posts for 18 months in the Financial',
    '  \tAssessment and Benefits Team, at a total cost of £211,600, funded from the Adult',
    '  \tSocial Care Transformation Reserve;',
    '2.3\tdelegate authority to the Executive Director of Adult Social Care and Health, in',
    '  \tconsultation with the Cabinet Member for Adult Social Care, to finalise the',
    '  \tconsultation materials and the Equality Impact Assessment (EqIA); and',
    '2.4\tnote that the outcome of the consultation and a final policy will be reported',
    '  \tto Cabinet for decision on 24 March 2026.',
    { gap: 6 },
    '**3.\tBackground',
    '3.1\tUnder the Care Act 2014 the Council may charge for care and support at home,',
    '  \tprovided that people keep at least the Minimum Income Guarantee (MIG) set by the',
    '  \tDepartment of Health and Social Care (DHSC). Of the 7,840 people receiving',
    '  \tnon-residential care, 4,410 pay a contribution, averaging £74.20 a week.',
    '3.2\tYelverdale’s policy is more generous than those of most similar councils. It',
    '  \tdoes not charge for a second carer, it disregards the higher rates of disability',
    '  \tbenefits paid for night-time needs, and it allows £25.00 a week for',
    '  \tDisability Related Expenditure (DRE) without evidence of the spending.',
    '3.3\tThe Medium Term Financial Strategy (MTFS) approved in February 2025 assumes',
    '  \tadditional charging income of £1.2m a year from 2026/27.',
  ]);
  const p2 = flowPage([
    '**4.\tThe proposed changes',
    '4.1\tThe four proposals, the number of people each would affect and the additional',
    '  \tincome each would raise in a full year are:',
  ]);
  const t = grid(
    [
      ['**Ref', '**Proposed change', '**People affected', '**Income a year'],
      ['A', 'Charge for the second carer where two carers are needed', '290', '£410,000'],
      ['B', 'Count the higher rate of Attendance Allowance (AA) and the', '640', '£760,000'],
      ['', 'enhanced daily living rate of Personal Independence', '', ''],
      ['', 'Payment (PIP) as income', '', ''],
      ['C', 'Reduce the standard DRE allowance from £25.00 to £20.00', '1,840', '£478,400'],
      ['', 'a week', '', ''],
      ['D', 'Arrangement fee for self-funders: £300 set-up and £140 a year', '180', '£79,200'],
      ['', '**Total', '**2,950', '**£1,727,600'],
    ],
    [72, 104, 400, 480],
    72 + 3 * 14 + 8,
    { size: 9 },
  );
  const p2b = flowPage([
    '4.2\tPeople would continue to keep the MIG, and anyone who thinks the standard DRE',
    '  \tallowance is too low could ask for an individual assessment of their costs.',
    { gap: 6 },
    '**5.\tStaffing implications',
    '5.1\tThe changes would need about 3,100 financial reassessments between April and',
    '  \tSeptember 2026, which the current team of 14.5 FTE cannot absorb alongside new',
    '  \tassessments. Four fixed-term posts are proposed for 18 months from January 2026:',
    '  \t3.0 FTE Financial Assessment Officer (Grade 7)',
    '  \tand 1.0 FTE Welfare Benefits Adviser (Grade 6), at a total cost of £211,600.',
    { gap: 6 },
    '**6.\tConsultation and equalities',
    '6.1\tThe consultation will include an online and paper survey, eight drop-in sessions',
    '  \tand letters to all 4,410 people who currently pay a contribution. Healthwatch',
    '  \tYelverdale and the Carers’ Forum have agreed to help reach people who are not',
    '  \tonline.',
    '6.2\tThe draft EqIA shows that older people and disabled people would be affected',
    '  \tmost. Mitigations include benefits checks for everyone reassessed.',
    { gap: 6 },
    '**7.\tFinancial implications',
    '7.1\tIf the changes are approved in March 2026 they would apply to new assessments',
    '  \tfrom 6 April 2026 and to existing service users at their annual review, giving part-',
    '  \tyear income of about £1.05m in 2026/27.',
    { gap: 8 },
    'Contact officer: Bryony Tregenza, Head of Financial Assessments and Benefits',
  ], { top: 72 + 3 * 14 + 8 + 9 * 14 + 16 });
  return makePdf([
    [...p1, ...front, ...folio(1, 2)],
    [...p2, ...t, ...p2b, ...folio(2, 2)],
  ]);
}

/** (d) Northern Ireland district council committee minutes. */
function niLeisureMinutes(): Uint8Array {
  const p1 = flowPage([
    '**SLIEVECARN AND OWENBEG DISTRICT COUNCIL',
    { gap: 4 },
    '**Minutes of the Meeting of the Leisure and Development Committee held in the',
    '**Council Chamber, Owenbeg Civic Centre on Tuesday 9 September 2025 at 7.00 pm',
    { gap: 6 },
    'In the Chair: Alderman H Kernaghan',
    'Committee Members present: Aldermen T Bleakley and S McCrory; Councillors D Agnew,',
    'P Carlin, R Doherty-Fyfe, N Gormley, M Lennon, C McIlhatton, B Quinlivan, A Ruddell,',
    'S Tohill and F Vallely',
    'In Attendance: Director of Leisure and Development (Mr C Dornan), Head of Sport and',
    'Wellbeing (Ms L Faloon), Head of Tourism (Mr J Crothers) and Democratic Services',
    'Officer (Mrs P Moorhead)',
    { gap: 8 },
    '**1.\tApologies',
    'Apologies were received from Councillor E Hegarty.',
    { gap: 4 },
    '**2.\tDeclarations of Interest',
    'Councillor M Lennon declared an interest in item 5 as a member of the Owenbeg Féile',
    'committee and left the meeting during its consideration.',
    { gap: 4 },
    '**3.\tMinutes of Meeting held on 12 August 2025',
    'Proposed by Councillor N Gormley, Seconded by Councillor D Agnew and agreed that the',
    'minutes of the Leisure and Development Committee meeting held on 12 August 2025 be',
    'adopted.',
    { gap: 4 },
    '**4.\tGlenmullan Forest Park – Mountain Bike Trail Centre',
    'The Head of Tourism reported that the Council’s Stage 1 application to the Rural',
    'Tourism Capital Programme (RTCP) had been successful. The project would provide',
    '28 km of waymarked trails, a skills area and a trailhead building. The total project',
    'cost was £1.46m, of which the RTCP would fund 75%. Members welcomed the project but',
    'raised concerns about car parking on the Glen Road.',
    'After discussion, it was agreed that the Council submit a Stage 2 application to the',
    'RTCP for the Glenmullan Forest Park Mountain Bike Trail Centre by 31 October 2025,',
    'and that the Council contribution of',
    '£365,000 be included in the 2026/27 capital estimates.',
    { gap: 4 },
    '**5.\tCommunity Festivals Fund 2025/26',
    'The Committee considered the report on applications to the Community Festivals Fund,',
    'which is funded jointly by the Council and the Department for Communities (DfC).',
    'Fourteen applications had been assessed against the published criteria and twelve',
    'met the threshold score.',
    'Recommendation: that the Committee approves grants totalling £62,400 to the 12',
    'festivals listed in Appendix 1, of which £31,200 will be claimed from DfC.',
    'Proposed by Alderman S McCrory, Seconded by Councillor B Quinlivan',
    'Agreed',
  ]);
  const p2 = flowPage([
    '**6.\tOwenbeg Leisure Centre – Refurbishment of Changing Village',
    'The Head of Sport and Wellbeing reported on the tender exercise for the refurbishment',
    'of the changing village, for which five tenders had been received. The most',
    'economically advantageous tender was from Mulkearn Building Contractors Ltd. The works',
    'would close the pool for 14 weeks from 5 January 2026.',
    'Councillor R Doherty-Fyfe proposed that the works be postponed until after the summer',
    'season in 2026. The proposal was not seconded.',
    'Proposed by Alderman T Bleakley, Seconded by Councillor A Ruddell that the contract be',
    'awarded to Mulkearn Building Contractors Ltd at a cost of £487,250',
    '(excluding VAT).',
    'On a vote being taken, 9 Members voted for, 3 against and 1 abstained, and the',
    'proposal was declared carried.',
    { gap: 4 },
    '**7.\tDraft Sports Pitch Strategy 2025–2035',
    'The Head of Sport and Wellbeing presented the draft Sports Pitch Strategy, which',
    'identified a shortfall of 11 full-size grass pitches across the District, mainly for',
    'Gaelic games, and proposed two new 3G pitches at Carrowmeen and Ballyfinnis.',
    'Members asked for more time to consider the findings for their own District Electoral',
    'Areas (DEAs).',
    'After discussion, it was agreed that consideration of the draft Strategy be deferred to',
    'the next meeting of the Committee on 14 October 2025, and that a Members’ workshop',
    'on the Strategy be held before then.',
    { gap: 4 },
    '**8.\tSummer Events Programme 2025 – Review',
    'The Head of Tourism reported that the eight events in the programme had attracted',
    'about 41,500 visitors, including 17,800 at the Owenbeg Maritime Festival on 26 and',
    '27 July. The net cost of the programme was £138,900 against a budget of £145,000.',
    'Recommendation: that the Committee notes the review of the Summer Events Programme',
    '2025.',
    'Noted',
    { gap: 4 },
    '**9.\tCorrespondence',
    'The Committee noted a letter from the Department for Communities confirming an',
    'Access and Inclusion Programme award of £48,000 towards a Changing Places toilet at',
    'Owenbeg Leisure Centre.',
    { gap: 4 },
    '**10.\tAny Other Business',
    'Councillor S Tohill raised complaints from residents about light spill from the',
    'floodlights at Ballyfinnis 3G pitch. The Director of Leisure and Development undertook',
    'to bring a report on the floodlighting at Ballyfinnis 3G pitch to the November meeting',
    'of the Committee.',
    { gap: 6 },
    'There being no further business, the meeting concluded at 8.52 pm.',
    { gap: 10 },
    'Chairperson ……………………………',
  ]);
  return makePdf([[...p1, ...pageNo(1)], [...p2, ...pageNo(2)]]);
}

/** (e) Scottish council committee minute: "Decision", "The Committee agreed:- (a) to …", Article references, a division. */
function scottishMinute(): Uint8Array {
  const p1 = flowPage([
    '**TULLOCHARD COUNCIL',
    { gap: 4 },
    '**MINUTE of MEETING of the LEARNING AND YOUNG PEOPLE COMMITTEE held in the',
    '**Council Chamber, Tullochard House, Inverbrannoch on Thursday 6 November 2025',
    '**at 10.00 am.',
    { gap: 6 },
    'Present: Councillor Seonaid Inglis-Baird (Convener); Councillor Murdo Stenhouse (Depute',
    'Convener); Councillors Kirsteen Drysdale, Kenneth Balmain, Elspeth Geddes, Calum',
    'Niven-Ross, Isla Tweedie and Gregor Yule; Reverend Iain Pitcaithly, Mrs Teresa',
    'Docherty and Mr Angus Lorimer (Religious Representatives).',
    'Also Present: Fiona Drummelzier, Chief Education Officer; Struan McGillivray, Head of',
    'Inclusion; Ishbel Rattray, Service Manager (Early Years); Morven Baxendale, Committee',
    'Officer.',
    'Apologies: Councillor Donald Kinnaird.',
    { gap: 8 },
    '**1.\tDECLARATIONS OF INTEREST',
    'Councillor Geddes declared a non-financial interest in item 4 as a member of the',
    'management committee of Cladach Playgroup, and took part in the item.',
    { gap: 4 },
    '**2.\tMINUTE OF PREVIOUS MEETING',
    'There was submitted the minute of meeting of the Committee of 25 September 2025.',
    '**Decision',
    'The Committee approved the minute as a correct record.',
    { gap: 4 },
    '**3.\tSCHOOL ROLL PROJECTIONS 2025–2035',
    'With reference to Article 6 of the minute of meeting of this Committee of 28 August',
    '2025, there was submitted a report (LYP/25/088) by the Chief Education Officer which',
    'presented updated school roll projections. These showed that Dalmorran Academy',
    'would exceed its capacity of 1,150 pupils by 2029, while the rolls at seven rural',
    'primary schools were expected to fall below 40% of capacity.',
    '**Decision',
    'The Committee agreed:-',
    '(a)\tto note the school roll projections for 2025–2035 at Appendix 1 to the report;',
    '(b)\tto instruct the Chief Education Officer to begin informal engagement with the',
    '  \tparent councils of the Dalmorran Academy associated schools group on options',
    '  \tto address the projected capacity pressure; and',
    '(c)\tthat the Chief Education Officer report back to a future meeting of the',
    '  \tCommittee on the outcome of that engagement.',
    { gap: 4 },
    '**4.\tEARLY LEARNING AND CHILDCARE – SUSTAINABLE RATE 2026/27',
    'There was submitted a report (LYP/25/091) by the Chief Education Officer which sought',
    'approval of the hourly rate to be paid to funded providers in the private and third',
    'sectors delivering the 1,140 hours of Early Learning and Childcare (ELC). The rate took',
    'account of the Real Living Wage rising to £13.45 an hour.',
    '**Decision',
    'The Committee agreed:-',
    '(a)\tto approve a sustainable rate of £6.82 per hour for children aged three to five',
    '  \tand £7.95 per hour for eligible two-year-olds, payable to funded providers from',
    '  \t1 April 2026;',
    '(b)\tto note that the additional cost of £1.38m in 2026/27 would be met from the',
    '  \tScottish Government ELC specific grant; and',
    '(c)\tto instruct the Chief Education Officer to report back to the Committee in',
    '  \tMay 2026 on uptake of funded hours by eligible two-year-olds.',
  ]);
  const p2 = flowPage([
    '**5.\tADDITIONAL SUPPORT FOR LEARNING – PUPIL SUPPORT ASSISTANTS',
    'With reference to Article 9 of the minute of meeting of this Committee of 25 September',
    '2025, there was submitted a report (LYP/25/094) by the Head of Inclusion on additional',
    'staffing for children and young people with Additional Support Needs (ASN), who now',
    'make up 38.6% of the school roll.',
    '**Decision',
    'The Committee agreed:-',
    '(a)\tto approve the creation of',
    '  \t24.0 FTE Pupil Support Assistant posts (Grade 4)',
    '  \tfrom January 2026, at an annual cost of £768,000, funded from the Council’s share of',
    '  \tthe Scottish Government’s Additional Support for Learning (ASL) funding;',
    '(b)\tto approve the allocation of the posts to schools in line with the criteria at',
    '  \tAppendix 2 to the report; and',
    '(c)\tto request that the Head of Inclusion report back to a future meeting of the',
    '  \tCommittee on the impact of the additional posts.',
    { gap: 4 },
    '**6.\tGAELIC MEDIUM EDUCATION – PROPOSED STATUTORY CONSULTATION',
    'There was submitted a report (LYP/25/097) by the Chief Education Officer on a proposal',
    'to establish a Gaelic Medium Education (GME) primary department at Cladach Primary',
    'School from August 2027, following 21 requests from parents under the Education',
    '(Scotland) Act 2016.',
    'Councillor Yule, seconded by Councillor Balmain, moved as an amendment that the',
    'consultation be delayed until the review of the rural school estate was complete.',
    'On a division, there voted:-',
    'For the recommendations (9): Councillors Inglis-Baird, Stenhouse, Drysdale, Geddes,',
    'Niven-Ross and Tweedie; Reverend Pitcaithly, Mrs Docherty and Mr Lorimer.',
    'For the amendment (2): Councillors Balmain and Yule.',
    'The recommendations were accordingly carried.',
    '**Decision',
    'The Committee agreed:-',
    '(a)\tto approve a statutory consultation under the Schools (Consultation) (Scotland)',
    '  \tAct 2010 on the proposal to establish a GME primary department at Cladach',
    '  \tPrimary School;',
    '(b)\tthat the consultation run from 12 January to 6 March 2026; and',
    '(c)\tto instruct the Chief Education Officer to submit the consultation report to this',
    '  \tCommittee in June 2026.',
    { gap: 4 },
    '**7.\tPUPIL EQUITY FUNDING – ANNUAL REPORT 2024/25',
    'There was submitted a report (LYP/25/099) by the Chief Education Officer on the use of',
    'Pupil Equity Funding (PEF) of £4.96m allocated directly to 61 schools in 2024/25, of',
    'which 93% had been spent by 30 June 2025.',
    '**Decision',
    'The Committee agreed to note the report.',
  ]);
  return makePdf([[...p1, ...pageNo(1)], [...p2, ...pageNo(2)]]);
}

/** (f) Leisure management report: moving leisure centres to a local authority trading company. */
function leisureLatc(): Uint8Array {
  const front = grid(
    [
      ['**Report of:', 'Director of Place and Communities'],
      ['**Portfolio Holder:', 'Councillor Ned Aspinwall, Leisure, Culture and Wellbeing'],
      ['**Key Decision:', 'Yes'],
      ['**Wards:', 'All'],
      ['**Exempt information:', 'Appendix C only (Schedule 12A, paragraph 3)'],
    ],
    [72, 200],
    72 + 5 * 14 + 10,
  );
  const p1 = flow([
    '**SCARROWBY DISTRICT COUNCIL',
    '**EXECUTIVE – TUESDAY 9 DECEMBER 2025',
    '**Agenda Item 11',
    { gap: 6 },
    '**FUTURE OPERATION OF THE COUNCIL’S LEISURE CENTRES',
    { gap: 10 + 5 * 14 + 10 },
    { run: '1. Summary', text: 'The Council’s contract with Corvane Leisure Trust for the management' },
    'of its three leisure centres ends on 31 March 2026 and cannot be extended again. This',
    'report compares three options and recommends that the centres be run by a new local',
    'authority trading company wholly owned by the Council.',
    { gap: 8 },
    { run: '2. Recommendations', text: 'That the Executive:' },
    '(a)\tagrees that the Council’s three leisure centres be operated by a local authority',
    '  \ttrading company (LATC)',
    '  \twholly owned by the Council from 1 April 2026;',
    '(b)\tapproves the establishment of Scarrowby Leisure and Wellbeing Ltd as a company',
    '  \tlimited by shares, with the Council as its sole shareholder;',
    '(c)\tapproves one-off',
    '  \timplementation costs of £612,000, funded from the Invest to Save',
    '  \tReserve;',
    '(d)\tnotes that',
    '  \t187 staff (124.6 FTE) are expected to transfer',
    '  \tfrom Corvane Leisure Trust to the company under the Transfer of Undertakings',
    '  \t(Protection of Employment) Regulations 2006 (TUPE);',
    '(e)\tdelegates authority to the Director of Place and Communities, in consultation with',
    '  \tthe Portfolio Holder for Leisure, Culture and Wellbeing and the Section 151 Officer,',
    '  \tto finalise the company’s articles of association, the shareholder agreement and',
    '  \tthe leisure services agreement; and',
    '(f)\trecommends to Council on 17 December 2025 that an annual management fee of',
    '  \t£1,185,000 for the company be included in the 2026/27 budget.',
    { gap: 8 },
    { run: '3. Background', text: 'The centres are Scarrowby Pools and Fitness, Haverthwick Leisure' },
    'Centre and Tennant Street Sports Hall. Together they receive about 910,000 visits a',
    'year. The contract with Corvane Leisure Trust began in 2016 and was extended once, in',
    '2023, for three years. The current annual management fee is £1,520,000.',
  ]);
  const p2 = flow([
    { run: '4. Options appraisal', text: 'Three options were assessed against cost, control, risk and' },
    'social value. The results are summarised below.',
  ]);
  const opts = grid(
    [
      ['**Option', '**Annual net cost', '**One-off cost', '**Score'],
      ['1. Re-procure an external operator', '£1,640,000', '£180,000', '58'],
      ['2. Bring the service in-house', '£1,470,000', '£455,000', '64'],
      ['3. Local authority trading company', '£1,185,000', '£612,000', '81'],
    ],
    [72, 290, 390, 480],
    72 + 2 * 14 + 8,
    { size: 10 },
  );
  const p2b = flow([
    'The trading company has the lowest annual cost because it can set its own pay and',
    'reward framework for new staff, operate commercially and treat more of its income',
    'as exempt from VAT. As a company controlled by the Council and carrying out more than',
    '80% of its activities for the Council, it can be awarded the leisure services agreement',
    'directly under the Procurement Act 2023. The saving on the current fee is £335,000',
    'a year.',
    { gap: 8 },
    { run: '5. Staffing and TUPE', text: 'The 187 staff (124.6 FTE), of whom 61 are full-time and 126' },
    'part-time or casual, will transfer on their existing terms and conditions. The company',
    'will apply to become an admitted body of the Local Government Pension Scheme',
    '(LGPS); employer pension costs of £214,000 a year are included in the management',
    'fee. Formal consultation with staff and the recognised trade unions, UNISON and GMB,',
    'will begin once the Executive has made its decision.',
    { gap: 8 },
    { run: '6. One-off costs', text: 'The one-off costs of £612,000 are: legal advice and company set-up' },
    '£96,000; ICT and a new booking system £238,000; pension actuarial work and bond',
    '£74,000; rebranding £58,000; and the project team £146,000.',
    { gap: 8 },
    { run: '7. Governance', text: 'The Council will exercise its role as shareholder through a' },
    'Shareholder Committee of three members of the Executive. The Shareholder',
    'Committee will receive the company’s first business plan for approval in March 2026.',
    'Two councillors and the Head of Leisure and Culture will sit on the company’s board.',
    { gap: 8 },
    { run: '8. Timetable', text: 'The company is to be incorporated by the end of January 2026,' },
    'with the staff transfer and go-live on 1 April 2026.',
    { gap: 10 },
    'Contact: Constance Sedgwick-Kaur, Head of Leisure and Culture',
  ], { top: 72 + 2 * 14 + 8 + 4 * 14 + 14 });
  return makePdf([
    [...p1, ...front, ...folio(1, 2)],
    [...p2, ...opts, ...p2b, ...folio(2, 2)],
  ]);
}

/** (g) Individual cabinet member decision record: decision, reasons, alternatives rejected, call-in. */
function cabinetMemberDecision(): Uint8Array {
  const head = flowPage([
    '**QUILLINGTON COUNCIL',
    '**RECORD OF AN INDIVIDUAL CABINET MEMBER DECISION',
  ]);
  const front = grid(
    [
      ['**Decision reference:', 'ICMD/2025/043'],
      ['**Decision maker:', 'Councillor Anouk Vartanian, Cabinet Member for Communities and Culture'],
      ['**Subject:', 'Community Asset Transfer of the former Ostler Street Library'],
      ['**Key decision:', 'Yes (Forward Plan reference FP/25/061)'],
      ['**Ward:', 'Ostler'],
      ['**Date of decision:', '14 October 2025'],
      ['**Date published:', '15 October 2025'],
      ['**Call-in deadline:', '5.00 pm on Wednesday 22 October 2025'],
      ['**Implementation:', 'Thursday 23 October 2025 (if not called in)'],
    ],
    [72, 200],
    110,
    { size: 10 },
  );
  const body = flowPage([
    '**Decision',
    'I have decided:',
    '1.\tto approve the transfer of the former Ostler Street Library to Ostler Street Arts Trust',
    '  \ton a 30-year lease at a peppercorn rent, under the Council’s Community Asset',
    '  \tTransfer (CAT) Policy;',
    '2.\tto award a capital grant of £120,000 from the Community Buildings Fund to the Trust',
    '  \ttowards the replacement of the roof and the installation of an accessible toilet; and',
    '3.\tto authorise the Director of Law and Governance to agree the final terms of the',
    '  \tlease and the grant agreement and to complete the transfer.',
    { gap: 6 },
    '**Reasons for the decision',
    'The library closed in March 2024 when the service moved to the Ostler Community Hub.',
    'The building has been empty since then and costs the Council about £28,000 a year in',
    'security, rates and insurance. The Trust’s business case, assessed by officers against',
    'the CAT Policy, shows it can run the building as an arts and community centre, with',
    'a café and studio space, and secure match funding of £260,000 from the National',
    'Lottery Heritage Fund. The transfer keeps a valued building in community use.',
    { gap: 6 },
    '**Alternative options considered and rejected',
    '(a)\tSale on the open market: rejected. The estimated receipt of £310,000 would be',
    '  \toutweighed by the loss of the building to community use, which ward councillors',
    '  \tand 1,400 petitioners opposed.',
    '(b)\tRetain the building empty: rejected, as the Council would continue to pay holding',
    '  \tcosts of about £28,000 a year and the building would deteriorate.',
    '(c)\tA five-year licence instead of a lease: rejected, as the Trust could not then',
    '  \tsecure the Heritage Fund grant, which requires at least 25 years’ security of tenure.',
    { gap: 6 },
    '**Consultation',
    'Ward councillors for Ostler; the Director of Finance; the Monitoring Officer; the',
    'Communities Scrutiny Panel, which was briefed on 30 September 2025.',
    { gap: 6 },
    '**Declarations of interest and dispensations',
    'None.',
    { gap: 6 },
    'The Trust’s performance against the agreed community outcomes will be reported to',
    'the Communities Scrutiny Panel in November 2026.',
    { gap: 8 },
    'Signed: Councillor Anouk Vartanian\tDate: 14 October 2025',
    'Contact officer: Lucian Strettle, Corporate Property Manager',
  ], { top: 110 + 9 * 14 + 12, size: 10, leading: 13 });
  return makePdf([[...head, ...front, ...body, ...folio(1, 1)]]);
}

/** (h) Overview and scrutiny annual report to full Council, ending with a month-only work programme. */
function scrutinyAnnualReport(): Uint8Array {
  const p1 = flowPage([
    '**MOSSGILL BOROUGH COUNCIL',
    '**COUNCIL – 20 MAY 2026',
    '**Agenda Item 12',
    { gap: 6 },
    '**OVERVIEW AND SCRUTINY ANNUAL REPORT 2025/26',
    'Report of the Chair of the Overview and Scrutiny Committee, Councillor Honor Ollivant',
    'Lead officer: Conrad Pilkington-Ayre, Senior Scrutiny Officer',
    { gap: 8 },
    '**1.\tRecommendations',
    '1.1\tThat Council notes the Overview and Scrutiny Annual Report 2025/26.',
    '1.2\tThat Council endorses the Overview and Scrutiny Committee’s work programme for',
    '  \t2026/27 set out in section 6.',
    '1.3\tThat Council approves the establishment of a task and finish group on town centre',
    '  \tcar parking in 2026/27, to report to the Overview and Scrutiny Committee by March',
    '  \t2027.',
    { gap: 8 },
    '**2.\tForeword from the Chair',
    '2.1\tThis has been a busy year for scrutiny in Mossgill. We have looked hard at the',
    '  \tissues residents raise with us most: the condition of private rented homes, the',
    '  \treliability of bin collections and the future of the town centre. I thank the',
    '  \tmembers of the Committee, the officers who supported us and the many residents',
    '  \tand partners who gave evidence.',
    { gap: 8 },
    '**3.\tThe year in numbers',
    '3.1\tIn 2025/26 the Overview and Scrutiny Committee met eight times, considered 31',
    '  \treports and made 24 recommendations to the Cabinet, of which',
    '  \t19 were accepted in full, 3 in part and 2 were rejected.',
    '3.2\tThere was one call-in, of the Cabinet decision of 4 November 2025 to close the',
    '  \tpublic toilets at Dyehouse Lane car park. The Committee referred the decision',
    '  \tback to Cabinet, which confirmed it on 2 December 2025 with an undertaking to',
    '  \tprovide a Changing Places toilet in the new Mossgill Market Hall.',
    { gap: 8 },
    '**4.\tTask and finish review: private rented sector',
    '4.1\tA task and finish group chaired by Councillor Jagdeep Gillibrand examined',
    '  \tconditions in the private rented sector (PRS), where about 22% of Mossgill',
    '  \thouseholds live. It made nine recommendations, including consultation on',
    '  \tselective licensing in the Tentergate area and',
    '  \t2.0 FTE additional private sector housing officers.',
    '4.2\tCabinet accepted eight of the recommendations on 10 February 2026 and funded',
    '  \tthe two posts from 2026/27. It did not accept the recommendation to license all',
    '  \thouses in multiple occupation (HMOs) with three or four tenants.',
    '4.3\tThe Committee will review the implementation of the group’s recommendations at',
    '  \tits November 2026 meeting.',
  ]);
  const p2 = flowPage([
    '**5.\tOther highlights',
    '5.1\tBudget scrutiny. The Committee examined the draft budget for 2026/27 in',
    '  \tDecember 2025. Cabinet accepted its recommendation to phase in the increase in',
    '  \tgarden waste charges over two years.',
    '5.2\tWaste and recycling. After missed collections rose to 1,900 a month in the',
    '  \tsummer, the Committee questioned the Cabinet Member and the contractor. Missed',
    '  \tcollections fell to 640 a month by January 2026.',
    '5.3\tDevelopment. Members took part in training from the Centre for Governance and',
    '  \tScrutiny (CfGS) on questioning skills and on scrutiny of partners.',
    { gap: 8 },
    '**6.\tWork programme 2026/27',
    '6.1\tThe Committee agreed its draft work programme for 2026/27 on 14 April 2026, after',
    '  \ta workshop with members and the Corporate Management Team. Exact meeting dates',
    '  \twill be confirmed when Council approves the calendar of meetings. The programme',
    '  \tis flexible, and items may be added or moved during the year.',
    { gap: 8 },
    '**2026/27',
  ]);
  const wpTop = 72 + 16 * 14 + 4 + 14;
  const wp = grid(
    [
      ['**Meeting', '**Item', '**Lead officer'],
      ['June', 'Council Plan 2026–2030 – priorities and performance', 'Chief Executive'],
      ['', 'Corporate performance report, Quarter 4 2025/26', 'Head of Policy and Performance'],
      ['September', 'Homelessness and Rough Sleeping Strategy – year one review', 'Head of Housing Options'],
      ['', 'Fees and charges 2027/28 – pre-decision scrutiny', 'Chief Finance Officer'],
      ['November', 'Private rented sector review – implementation', 'Head of Environmental Health'],
      ['', 'Draft budget proposals 2027/28', 'Chief Finance Officer'],
      ['January', 'Waste and recycling collection contract – performance', 'Head of Street Scene'],
      ['', 'Crime and disorder scrutiny – Community Safety Partnership', ''],
      ['March', 'Mossgill Market Hall regeneration – progress report', 'Director of Regeneration'],
      ['', 'Town centre car parking task and finish group – final report', 'Senior Scrutiny Officer'],
    ],
    [72, 140, 415],
    wpTop,
    { size: 9, leading: 16 },
  );
  const tail = flowPage([
    'The lead officer for the crime and disorder item will be confirmed by the Community',
    'Safety Partnership.',
    { gap: 8 },
    '**Background papers: minutes of the Overview and Scrutiny Committee 2025/26',
  ], { top: wpTop + 11 * 16 + 14 });
  return makePdf([
    [...p1, ...folio(1, 2)],
    [...p2, ...wp, ...tail, ...folio(2, 2)],
  ]);
}

export const SYNTHETIC18: Record<string, () => Uint8Array> = {
  's18-pcp-precept-report': pcpPrecept,
  's18-capital-outturn-cabinet': capitalOutturn,
  's18-asc-charging-consultation': ascChargingConsultation,
  's18-ni-leisure-committee-minutes': niLeisureMinutes,
  's18-scottish-lyp-committee-minute': scottishMinute,
  's18-leisure-latc-report': leisureLatc,
  's18-icmd-asset-transfer': cabinetMemberDecision,
  's18-scrutiny-annual-report': scrutinyAnnualReport,
};
