/**
 * Eight more synthetic papers in the styles of councils we hold no papers from: a district
 * cabinet report on an income-banded Council Tax Reduction scheme recommending to Council; an
 * annual complaints and Ombudsman report to a standards and governance committee (bold run-in
 * headings, counts by service, an action table); a unitary cabinet report on children's placement
 * sufficiency with two new in-house children's homes (capital, posts by grade, milestones); an
 * executive report declaring a depot surplus and selling it for best consideration with an exempt
 * valuation appendix; a county cabinet report on the outcome of a library service consultation
 * (opening hours by library, community-managed libraries, savings by year, FTE); Health and
 * Wellbeing Board minutes ("The Board: (a) noted … (b) agreed …") with a pharmaceutical needs
 * assessment timetable; a full council minutes extract approving a Youth Justice Plan and a
 * revised gambling Statement of Principles (recorded vote) with a member's question answered in
 * writing; and a scrutiny board work programme table (meeting cell on the first row of each
 * meeting only) with a bulleted list of topics not yet scheduled. Built as small PDFs by
 * test/helpers/make-pdf.ts; their gold is beside them (synthetic-<key>.json, "file":
 * "synthetic:<key>"). Councils and people are invented; the wording follows real papers of each
 * kind. Written blind to the parser.
 */
import { flowPage, grid, makePdf, type PdfLine } from '../../helpers/make-pdf.ts';

/** A page number at the foot of a page. */
function folio(n: number, of: number): PdfLine[] {
  return [{ text: `${n} of ${of}`, x: 280, y: 815, size: 9 }];
}

/**
 * Bold run-in headings: a bold line that starts "Heading. text" is split into the bold heading and
 * the rest of the line in regular type, set just after it.
 */
function runIn(lines: PdfLine[]): PdfLine[] {
  return lines.flatMap((l) => {
    const m = l.bold ? /^([A-Z][A-Za-z ]{2,40}\.) (.+)$/.exec(l.text) : null;
    if (!m) return [l];
    const size = l.size ?? 11;
    return [
      { ...l, text: m[1]! },
      { ...l, text: m[2]!, bold: false, x: l.x + m[1]!.length * size * 0.55 + 3 },
    ];
  });
}

/** (a) District cabinet report: income-banded Council Tax Reduction scheme 2026/27, recommending to Council. */
function ctrSchemeReport(): Uint8Array {
  const p1 = flowPage([
    '**PENDLEBROOK DISTRICT COUNCIL',
    '**CABINET – 14 JANUARY 2026',
    '**Agenda Item 7',
    { gap: 6 },
    '**COUNCIL TAX REDUCTION SCHEME 2026/27',
    'Report of the Head of Revenues and Benefits',
    'Portfolio Holder: Councillor Perpetua Ollerenshaw-Obi, Finance and Customer Services',
    'Key Decision: Yes\tWards affected: All',
    { gap: 8 },
    '**1.\tPURPOSE OF REPORT',
    '1.1\tTo report the outcome of the consultation on changes to the Council Tax Reduction',
    '  \t(CTR) scheme for working-age residents and to recommend a scheme for 2026/27.',
    { gap: 6 },
    '**2.\tRECOMMENDATIONS',
    '2.1\tThat Cabinet recommends to Council that:',
    '(a)\tthe income-banded Council Tax Reduction scheme for working-age applicants set',
    '  \tout in Appendix A be adopted for 2026/27, with a maximum award of 85% of council',
    '  \ttax liability;',
    '(b)\tthe Exceptional Hardship Fund be increased from £60,000 to £90,000 for 2026/27;',
    '  \tand',
    '(c)\tauthority be delegated to the Head of Revenues and Benefits, in consultation with',
    '  \tthe Portfolio Holder for Finance and Customer Services, to make minor technical',
    '  \tchanges to the scheme rules before 1 April 2026.',
    '2.2\tThat Cabinet notes the responses to the consultation summarised in section 5.',
    { gap: 6 },
    '**3.\tBACKGROUND',
    '3.1\tSince 2013 each billing authority has set its own CTR scheme for working-age',
    '  \tresidents. Pension-age residents are protected by the national scheme prescribed',
    '  \tby Government.',
    '3.2\tThe current scheme follows the old Council Tax Benefit rules, with a maximum',
    '  \taward of 80%. It is complex to administer and does not suit Universal Credit (UC),',
    '  \twhose monthly changes generate about 14,000 reassessments a year.',
    '3.3\tAt 30 September 2025, 6,842 households received CTR, of whom 4,115 were of',
    '  \tworking age and 2,727 of pension age.',
    { gap: 6 },
    '**4.\tTHE PROPOSED INCOME-BANDED SCHEME',
    '4.1\tUnder the proposed scheme the reduction depends on the band into which a',
    '  \thousehold’s net weekly income falls. The bands for a single person are:',
  ]);
  const bands = grid(
    [
      ['**Band', '**Net weekly income (single person)', '**Reduction (% of liability)'],
      ['1', '£0 – £110.00', '85%'],
      ['2', '£110.01 – £170.00', '65%'],
      ['3', '£170.01 – £230.00', '45%'],
      ['4', '£230.01 – £290.00', '20%'],
      ['5', 'Over £290.00', '0%'],
    ],
    [90, 160, 380],
    610,
    { size: 10 },
  );
  const p1b = flowPage([
    '4.2\tHigher thresholds apply to couples and to households with children (Appendix A).',
    '  \tDisability benefits, Carer’s Allowance and child maintenance are disregarded in full.',
  ], { top: 710 });
  const p2 = flowPage([
    '**5.\tCONSULTATION',
    '5.1\tPublic consultation ran from 7 July to 31 August 2025. It was published on the',
    '  \tCouncil’s website and sent to all working-age CTR recipients, the major preceptors',
    '  \tand local advice agencies. 612 responses were received, 589 online and 23 on paper.',
    '5.2\t71% of respondents agreed with the move to income bands and 58% agreed with',
    '  \traising the maximum award from 80% to 85%; 22% disagreed with the increase.',
    '5.3\tCrestmoor County Council, the Police and Crime Commissioner and Crestmoor Fire',
    '  \tAuthority responded in support, subject to the cost of the scheme being monitored.',
    { gap: 6 },
    '**6.\tFINANCIAL IMPLICATIONS',
    '6.1\tThe cost of the scheme is met through a reduction in the council tax base and is',
    '  \tshared between the Council and the major preceptors in proportion to their shares',
    '  \tof the Band D council tax. The estimated cost of CTR in 2026/27 is £7.48m, an',
    '  \tincrease of £0.41m on 2025/26.',
    '**Table 2: Share of the cost of the scheme 2026/27',
  ]);
  const shares = grid(
    [
      ['**Preceptor', '**Share of Band D', '**Share of cost'],
      ['Crestmoor County Council', '73.9%', '£5,528,000'],
      ['Police and Crime Commissioner', '11.8%', '£883,000'],
      ['Crestmoor Fire Authority', '4.2%', '£314,000'],
      ['Pendlebrook District Council', '10.1%', '£755,000'],
      ['**Total', '**100%', '**£7,480,000'],
    ],
    [90, 300, 420],
    72 + 15 * 14 + 4,
    { size: 10 },
  );
  const p2b = flowPage([
    '6.2\tThe Council’s own share of the increase is about £41,000. The £30,000 increase in',
    '  \tthe Exceptional Hardship Fund is met from the Collection Fund Smoothing Reserve.',
    '6.3\tChanges to the revenues and benefits software will cost £18,500 (one-off).',
    { gap: 6 },
    '**7.\tTIMETABLE AND NEXT STEPS',
    '7.1\tSchedule 1A to the Local Government Finance Act 1992 requires any revision of the',
    '  \tscheme to be made by full Council by 11 March in the year before it takes effect.',
    '  \tThe recommendations will be considered by Council on 24 February 2026.',
    '7.2\tThe first six months of the new scheme will be reviewed and the findings reported',
    '  \tto the Overview and Scrutiny Committee in November 2026.',
    { gap: 8 },
    'Contact officer: Desmond Attah-Renshaw, Head of Revenues and Benefits',
    'Appendices: A – Scheme rules 2026/27; B – Consultation report; C – Equality Impact',
    'Assessment (EqIA)',
  ], { top: 72 + 15 * 14 + 4 + 6 * 14 + 12 });
  return makePdf([
    [...p1, ...bands, ...p1b, ...folio(1, 2)],
    [...p2, ...shares, ...p2b, ...folio(2, 2)],
  ]);
}

/** (b) Annual complaints and Ombudsman report to a standards and governance committee: bold run-in headings. */
function complaintsOmbudsmanReport(): Uint8Array {
  const p1 = flowPage([
    '**TAMSFORD CITY COUNCIL',
    '**STANDARDS AND GOVERNANCE COMMITTEE',
    'Date:\t29 July 2025',
    'Agenda item:\t10',
    'Title:\tAnnual Complaints and Ombudsman Report 2024/25',
    'Report of:\tHead of Customer Experience',
    'Status:\tPublic',
    { gap: 8 },
    '**Summary',
    'This report sets out the complaints, compliments and Ombudsman cases handled by the',
    'Council in 2024/25, with the annual review letter of the Local Government and Social',
    'Care Ombudsman (LGSCO) dated 16 July 2025.',
    { gap: 6 },
    '**Recommendations',
    'The Committee is asked to:',
    '(a)\tnote the complaints performance for 2024/25 and the LGSCO annual review letter',
    '  \tat Appendix 1;',
    '(b)\tnote the improvement actions set out in Table 3; and',
    '(c)\tagree that a mid-year complaints report be presented to the Committee on',
    '  \t20 January 2026.',
    { gap: 6 },
    '**Complaints received. The Council operates a two-stage complaints procedure. In',
    '2024/25 it received 1,486 Stage 1 complaints (1,352 in 2023/24), of which 212 were',
    'escalated to Stage 2. 88% of Stage 1 complaints were answered within 10 working days,',
    'against a target of 90%. The Council also recorded 934 compliments.',
    { gap: 6 },
    '**Table 1: Complaints by service 2024/25',
  ]);
  const bySvc = grid(
    [
      ['**Service', '**Stage 1', '**Stage 2', '**Upheld at Stage 2'],
      ['Waste and Street Cleansing', '498', '41', '46%'],
      ['Council Tax and Benefits', '312', '38', '29%'],
      ['Housing Needs', '221', '57', '41%'],
      ['Planning and Building Control', '139', '33', '22%'],
      ['Parking Services', '176', '19', '18%'],
      ['Other services', '140', '24', '30%'],
      ['**Total', '**1,486', '**212', '**35%'],
    ],
    [72, 280, 350, 420],
    72 + 26 * 14 + 8,
    { size: 10 },
  );
  const p1b = flowPage([
    '**Learning from complaints. Most upheld complaints about Housing Needs concerned',
    'delays in statutory reviews of homelessness decisions. Waste complaints mostly related',
    'to missed assisted collections after the round changes in October 2024.',
  ], { top: 72 + 26 * 14 + 8 + 8 * 14 + 12 });
  const p2 = flowPage([
    '**Ombudsman cases. The LGSCO made decisions on 31 complaints about the Council in',
    '2024/25. It carried out detailed investigations of 9, of which 7 were upheld (78%,',
    'against an average of 81% for similar authorities). In all upheld cases the Ombudsman',
    'was satisfied that the Council had carried out its recommendations. The Housing',
    'Ombudsman Service (HOS) made 4 determinations about the Council’s landlord services',
    'and found maladministration in 2 of them.',
    { gap: 6 },
    '**Remedies and compensation. The Council paid £14,260 in financial remedies in',
    '2024/25: £6,750 following Ombudsman recommendations and £7,510 offered locally at',
    'Stage 2. The largest single payment was £2,400 to a family in temporary',
    'accommodation for delay in a housing review.',
    { gap: 6 },
    '**Improvement actions. The Corporate Management Team (CMT) has agreed',
    'the actions in Table 3, each with a named owner.',
    { gap: 4 },
    '**Table 3: Improvement actions',
  ]);
  const actions = grid(
    [
      ['**Action', '**Owner', '**Date'],
      ['Retrain Housing Needs staff on review deadlines', 'Head of Housing Needs', '30 September 2025'],
      ['Publish a revised Unreasonable Behaviour Policy', 'Monitoring Officer', '31 October 2025'],
      ['Introduce a quarterly complaints dashboard for CMT', 'Head of Customer Experience', '31 October 2025'],
      ['Add complaint tracking to the case management system', 'Head of Digital Services', '31 December 2025'],
    ],
    [72, 320, 470],
    72 + 16 * 14 + 6,
    { size: 9 },
  );
  const p2b = flowPage([
    '**Financial implications. Remedy payments are met from service budgets.',
    'There are no other financial implications.',
    { gap: 6 },
    '**Background papers. LGSCO annual review letter 2025 (Appendix 1).',
    '**Contact. Rowena Tuckwell-Anand, Head of Customer Experience',
  ], { top: 72 + 16 * 14 + 6 + 5 * 14 + 14 });
  return makePdf([
    [...runIn(p1), ...bySvc, ...runIn(p1b), ...folio(1, 2)],
    [...runIn(p2), ...actions, ...runIn(p2b), ...folio(2, 2)],
  ]);
}

/** (c) Unitary cabinet report: placement sufficiency strategy and two new in-house children's homes. */
function placementSufficiencyReport(): Uint8Array {
  const p1 = flowPage([
    '**HOLLOWMERE COUNCIL',
    '**Report to Cabinet',
    'Date of meeting:\t16 September 2025',
    'Report of:\tIfeoma Stanwell-Dukes, Director of Children’s Services',
    'Cabinet Member:\tCouncillor Lorcan Whitty-Baines, Children and Families',
    'Key decision:\tYes',
    'Wards:\tAll',
    { gap: 8 },
    '**Placement Sufficiency Strategy 2025–2028 and New In-house Children’s Homes',
    { gap: 6 },
    '**1.\tRecommendations',
    'Cabinet is recommended to:',
    '1.\tapprove the Placement Sufficiency Strategy 2025–2028 at Appendix A;',
    '2.\tapprove the development of two new in-house children’s homes, at Birchley Road',
    '  \tand Manor Crescent, with a capital budget of £2.64m to be added to the Capital',
    '  \tProgramme, funded by £1.2m of Department for Education (DfE) grant and £1.44m',
    '  \tof prudential borrowing;',
    '3.\tapprove the creation of 22.5 FTE posts to staff the two homes, as set out in',
    '  \tTable 2;',
    '4.\tdelegate authority to the Director of Children’s Services, in consultation with',
    '  \tthe Cabinet Member for Children and Families, to acquire and refurbish the two',
    '  \tproperties; and',
    '5.\tnote that a progress report on the homes will be brought to Cabinet in March 2026.',
    { gap: 6 },
    '**2.\tBackground',
    '2.1\tThe Council has a duty under section 22G of the Children Act 1989 to take steps',
    '  \tto secure, as far as reasonably practicable, sufficient accommodation within its area',
    '  \tfor the children it looks after. At 31 March 2025 Hollowmere had 444 children',
    '  \tlooked after (CLA), up from 401 two years earlier.',
    '2.2\tTable 1 shows where children were living and the average weekly cost of each',
    '  \ttype of placement.',
    '**Table 1: Placements by type at 31 March 2025',
  ]);
  const t1top = 72 + 31 * 14 + 4;
  const placements = grid(
    [
      ['**Placement type', '**Number', '**Average weekly cost'],
      ['In-house foster care', '182', '£512'],
      ['Independent fostering agency (IFA)', '104', '£1,046'],
      ['Kinship and connected carers', '61', '£398'],
      ['In-house children’s homes', '12', '£5,210'],
      ['External residential homes', '38', '£6,890'],
      ['Supported accommodation (16–17)', '29', '£2,150'],
      ['Placed with parents and other', '18', 'n/a'],
      ['**Total', '**444', ''],
    ],
    [72, 300, 400],
    t1top,
    { size: 10 },
  );
  const p1b = flowPage([
    '2.3\tExternal residential placements cost £13.6m in 2024/25, 31% of the placements',
    '  \tbudget, although they are only 9% of placements. Fourteen of the 38 children in',
    '  \texternal homes live more than 20 miles from Hollowmere.',
  ], { top: t1top + 9 * 14 + 10 });
  const p2 = flowPage([
    '**3.\tThe strategy',
    '3.1\tThe strategy has three priorities: to recruit 40 more in-house foster carers by',
    '  \tMarch 2028; to bring more residential care in-house; and to increase supported',
    '  \taccommodation for 16 and 17 year olds within the borough.',
    { gap: 6 },
    '**4.\tTwo new in-house children’s homes',
    '4.1\tEach home will have four beds for children aged 10 to 17 with emotional and',
    '  \tbehavioural needs. Birchley Road is a five-bedroom house on the open market;',
    '  \tManor Crescent is a Council-owned former family centre needing change of use.',
    '4.2\tThe capital cost is £2.64m (£1.31m for Birchley Road and £1.33m for Manor',
    '  \tCrescent), including purchase, refurbishment, furniture and vehicles.',
    '4.3\tRunning costs for the two homes are estimated at £1.42m a year: staffing of',
    '  \t£974,900 and £445,100 for premises, food, activities and agency cover. Eight',
    '  \texternal residential placements cost about £2.87m a year, so the homes are',
    '  \texpected to give a net revenue saving of about £1.45m a year once both are full,',
    '  \tfrom 2027/28. The saving in 2026/27 is estimated at £0.38m (part year).',
    { gap: 6 },
    '**5.\tStaffing',
    '5.1\tThe homes will need the following posts, all on the Council’s residential pay',
    '  \tscale (HM grades). Staff will work a rota to provide 24-hour cover.',
    '**Table 2: New posts for the two homes',
  ]);
  const t3top = 72 + 20 * 14 + 4;
  const posts = grid(
    [
      ['**Post', '**Grade', '**FTE', '**Annual cost'],
      ['Registered Manager', 'HM9', '2.0', '£124,600'],
      ['Deputy Manager', 'HM7', '2.0', '£104,200'],
      ['Senior Residential Worker', 'HM5', '4.0', '£176,800'],
      ['Residential Worker', 'HM4', '13.0', '£525,200'],
      ['Administrator', 'HM2', '1.5', '£44,100'],
      ['**Total', '', '**22.5', '**£974,900'],
    ],
    [72, 270, 340, 410],
    t3top,
    { size: 10 },
  );
  const p2b = flowPage([
    '5.2\tRecruitment of the two Registered Managers will start first, so that they can lead',
    '  \tthe registration of the homes with Ofsted.',
  ], { top: t3top + 7 * 14 + 10 });
  const p3 = flowPage([
    '**6.\tMilestones',
    '6.1\tThe main milestones are:',
  ]);
  const miles = grid(
    [
      ['**Milestone', '**Target date'],
      ['Complete purchase of Birchley Road', 'November 2025'],
      ['Planning permission for change of use at Manor Crescent', 'January 2026'],
      ['Ofsted registration applications submitted', 'April 2026'],
      ['Registered Managers in post', 'May 2026'],
      ['Birchley Road home opens', 'September 2026'],
      ['Manor Crescent home opens', 'January 2027'],
    ],
    [72, 380],
    72 + 2 * 14 + 4,
    { size: 10 },
  );
  const p3b = flowPage([
    '**7.\tRisks',
    '7.1\tThe main risks are delay in Ofsted registration and difficulty recruiting',
    '  \tresidential staff. A recruitment and retention payment of £1,500 for residential',
    '  \tworkers is proposed and will be met within the revenue budget for the homes.',
    { gap: 6 },
    '**8.\tConsultation',
    '8.1\tChildren in care were consulted on the design of the homes through the Children in',
    '  \tCare Council, and the strategy was considered by the Corporate Parenting Board on',
    '  \t2 September 2025.',
    { gap: 8 },
    'Contact officer: Marguerite Osei-Pellow, Head of Commissioning and Sufficiency',
    'Appendices: A – Placement Sufficiency Strategy 2025–2028; B – Equality Impact Assessment',
  ], { top: 72 + 2 * 14 + 4 + 7 * 14 + 12 });
  return makePdf([
    [...p1, ...placements, ...p1b, ...folio(1, 3)],
    [...p2, ...posts, ...p2b, ...folio(2, 3)],
    [...p3, ...miles, ...p3b, ...folio(3, 3)],
  ]);
}

/** (d) Executive report: declare a depot surplus and sell it for best consideration (s123), exempt valuation appendix. */
function surplusLandReport(): Uint8Array {
  const p1 = flowPage([
    '**STELLBRIDGE BOROUGH COUNCIL',
    '**EXECUTIVE – 3 DECEMBER 2025',
    { gap: 4 },
    '**DISPOSAL OF FORMER DEPOT, QUARRY LANE, EBBSWORTH',
    'Report of the Director of Place and Growth',
    'Lead Member: Councillor Ottilie Barraclough-Dunne, Assets and Regeneration',
    'Ward: Ebbsworth East',
    'Key decision: Yes',
    { gap: 4 },
    'Exempt information: Appendix 2 is not for publication by virtue of paragraph 3 of',
    'Part 1 of Schedule 12A to the Local Government Act 1972 (information relating to the',
    'financial or business affairs of any particular person, including the authority holding',
    'that information). The report itself is open to the public.',
    { gap: 8 },
    '**Recommendations',
    'That the Executive:',
    '(i)\tdeclares the former depot at Quarry Lane, Ebbsworth, shown edged red on the',
    '  \tplan at Appendix 1, surplus to the Council’s operational requirements;',
    '(ii)\tapproves the disposal of the freehold of the site on the open market by informal',
    '  \ttender, for the best consideration reasonably obtainable in accordance with',
    '  \tsection 123 of the Local Government Act 1972;',
    '(iii)\tdelegates authority to the Director of Place and Growth, in consultation with the',
    '  \tLead Member for Assets and Regeneration and the Chief Finance Officer, to agree',
    '  \tthe final terms of the sale and to accept the best bid; and',
    '(iv)\tagrees that the net capital receipt be ring-fenced to the Ebbsworth Regeneration',
    '  \tProgramme.',
    { gap: 8 },
    '**Reasons for recommendations',
    '1.\tThe depot has been empty since the grounds maintenance service moved to the',
    '  \tnew Coppins Way depot in March 2025. It costs the Council about £38,000 a year',
    '  \tin security, business rates and insurance while empty.',
    { gap: 6 },
    '**Background',
    '2.\tThe site extends to 0.82 hectares and includes a single-storey workshop, a salt',
    '  \tbarn and hardstanding. It lies in Flood Zone 1 and is allocated for about 24',
    '  \thomes in the Stellbridge Local Plan 2021–2036 (Policy EB4).',
    '3.\tThe Asset Management Group (AMG) reviewed the site on 9 October 2025 and',
    '  \tfound no further operational or service need for it. The site was offered to other',
    '  \tpublic bodies through the One Public Estate (OPE) partnership; none expressed',
    '  \tan interest.',
  ]);
  const p2 = flowPage([
    '**Options considered',
    '4.\tOption 1 – retain the site: rejected, as holding costs would continue with no use.',
    '5.\tOption 2 – develop the site through the Council’s housing company, Stellbridge',
    '  \tHomes Ltd: rejected, as the company’s business plan has no capacity before 2028.',
    '6.\tOption 3 – sell the freehold on the open market: recommended.',
    { gap: 6 },
    '**Valuation and best consideration',
    '7.\tAn independent valuation by Ormondroyd Inchbald, chartered surveyors, is at exempt',
    '  \tAppendix 2. Section 123 of the Local Government Act 1972 requires the Council to',
    '  \tobtain the best consideration reasonably obtainable when it disposes of land, unless',
    '  \tit has the consent of the Secretary of State.',
    '8.\tThe site will be marketed for eight weeks from January 2026, with bids invited on',
    '  \tboth an unconditional and a subject-to-planning basis.',
    { gap: 6 },
    '**Financial implications',
    '9.\tThe sale is expected to generate a capital receipt of between £1.1m and £1.4m,',
    '  \tbefore disposal costs of about £35,000. For planning purposes the Capital',
    '  \tProgramme assumes a net receipt of £1.2m in 2026/27.',
    '10.\tThe sale will also remove annual holding costs of about £38,000 from the revenue',
    '  \tbudget.',
    { gap: 6 },
    '**Legal implications',
    '11.\tThe site is held for operational purposes and is not open space, so no notice',
    '  \tunder section 123(2A) of the 1972 Act is needed. A restrictive covenant from a',
    '  \t1968 conveyance will be removed by an indemnity policy, at the buyer’s cost.',
    { gap: 6 },
    '**Next steps',
    '12.\tThe outcome of the tender and the terms agreed under delegated authority will',
    '  \tbe reported to the Executive in May 2026.',
    { gap: 8 },
    'Appendices: 1 – Site plan; 2 – Valuation report (exempt – Part II, paragraph 3)',
    'Contact officer: Kwesi Rendall-Moore, Estates Manager',
  ]);
  return makePdf([[...p1, ...folio(1, 2)], [...p2, ...folio(2, 2)]]);
}

/** (e) County cabinet report: library service review, consultation outcome and final proposals. */
function libraryReviewReport(): Uint8Array {
  const p1 = flowPage([
    '**COWDENSHIRE COUNTY COUNCIL',
    '**CABINET',
    '**Thursday 22 January 2026',
    { gap: 6 },
    '**Library Service Review – Outcome of Consultation and Final Proposals',
    'Cabinet Member: Councillor Hattie Glanville-Shaw, Culture, Heritage and Libraries',
    'Report of: Ravinder Coultas, Assistant Director, Libraries, Registration and Archives',
    'Electoral divisions: All\tKey decision: Yes (KD/2025/71)',
    { gap: 8 },
    '**1.\tRecommendations',
    '1.1\tCabinet is recommended to:',
    '(a)\tnote the outcome of the public consultation summarised in section 3 and',
    '  \tAppendix B;',
    '(b)\tapprove the revised opening hours for the eight Council-run libraries set out in',
    '  \tTable 1, with effect from 1 June 2026;',
    '(c)\tapprove the transfer of Fallowby, Hensworth and Sallowcombe libraries to',
    '  \tcommunity management from 1 April 2026, with a one-off set-up grant of up to',
    '  \t£15,000 for each group;',
    '(d)\tapprove the deletion of 11.6 FTE posts set out in section 6; and',
    '(e)\tdelegate authority to the Assistant Director, Libraries, Registration and',
    '  \tArchives, in consultation with the Cabinet Member, to agree the community',
    '  \tlibrary agreements.',
    { gap: 6 },
    '**2.\tSummary',
    '2.1\tIn February 2025 Cabinet agreed to consult on proposals to save £1.05m from the',
    '  \tlibrary service budget of £6.9m by 2027/28, as part of the Medium Term Financial',
    '  \tPlan (MTFP). The proposals keep a library in every town of more than 5,000 people.',
    { gap: 6 },
    '**3.\tThe consultation',
    '3.1\tThe consultation ran for 12 weeks from 9 June to 31 August 2025. It received',
    '  \t4,317 responses: 3,902 online surveys, 361 paper surveys and 54 letters and',
    '  \temails. 1,150 people attended 23 drop-in sessions.',
    '3.2\t64% of respondents disagreed with reducing opening hours, and 47% said',
    '  \tSaturday opening mattered most to them. In response, every library will keep',
    '  \tSaturday morning opening, and Gadsby Library will now close on Mondays only',
    '  \trather than on Mondays and Wednesdays as first proposed.',
  ]);
  const p2 = flowPage([
    '**4.\tOpening hours',
    '4.1\tTable 1 sets out the current and proposed weekly opening hours.',
    '**Table 1: Opening hours at Council-run libraries',
  ]);
  const hours = grid(
    [
      ['**Library', '**Current hours', '**Proposed hours', '**Days open'],
      ['Cowden Central', '60', '52', 'Mon–Sat'],
      ['Marlestone', '48', '42', 'Mon–Sat'],
      ['Brackton', '42', '36', 'Mon–Sat'],
      ['Gadsby', '36', '30', 'Tue–Sat'],
      ['Redwick Bay', '32', '27', 'Tue–Sat'],
      ['Nethercombe', '28', '22', 'Tue, Wed, Fri, Sat'],
      ['Ashwell Lacey', '24', '18', 'Tue, Thu, Sat'],
      ['Torrisham', '24', '18', 'Wed, Fri, Sat'],
      ['**Total', '**294', '**245', ''],
    ],
    [72, 230, 330, 430],
    72 + 3 * 14 + 4,
    { size: 10 },
  );
  const p2top = 72 + 3 * 14 + 4 + 10 * 14 + 10;
  const p2b = flowPage([
    '**5.\tCommunity-managed libraries',
    '5.1\tThree community groups have submitted business cases that the Council has',
    '  \tassessed as viable:',
    '•\tFallowby Library – Fallowby Community Library Trust;',
    '•\tHensworth Library – Friends of Hensworth Library CIO; and',
    '•\tSallowcombe Library – Sallowcombe Parish Council.',
    '5.2\tThe Council will keep the buildings, provide the book stock, the library',
    '  \tmanagement system and public computers, and train volunteers. The groups will',
    '  \tprovide at least 15 hours opening a week.',
    { gap: 6 },
    '**6.\tStaffing',
    '6.1\tThe proposals delete 11.6 FTE posts: 1.0 FTE Area Library Manager (Grade 9),',
    '  \t3.0 FTE Senior Library Assistant (Grade 5) and 7.6 FTE Library Assistant',
    '  \t(Grade 3).',
    '6.2\tOf these, 6.8 FTE are vacant. Redundancy costs of up to £85,000 will be met from',
    '  \tthe Transformation Reserve. Formal staff consultation will start on 2 February 2026.',
  ], { top: p2top });
  const p3 = flowPage([
    '**7.\tSavings',
    '7.1\tThe savings by year are shown in Table 2.',
    '**Table 2: Savings by year (£000)',
  ]);
  const savings = grid(
    [
      ['**Proposal', '**2026/27', '**2027/28', '**Total'],
      ['Reduced opening hours', '310', '105', '415'],
      ['Community-managed libraries', '140', '95', '235'],
      ['Stock and mobile library changes', '120', '60', '180'],
      ['Management restructure', '150', '70', '220'],
      ['**Total savings', '**720', '**330', '**1,050'],
    ],
    [72, 300, 370, 440],
    72 + 3 * 14 + 4,
    { size: 10 },
  );
  const p3b = flowPage([
    { gap: 0 },
    '**8.\tImplementation',
    '8.1\tThe community-managed libraries will transfer on 1 April 2026 and the new opening',
    '  \thours will start on 1 June 2026. A review of the new arrangements will be reported',
    '  \tto the Culture and Leisure Select Committee in June 2027.',
    { gap: 6 },
    '**9.\tEquality implications',
    '9.1\tAn Equality Impact Assessment (EqIA) is at Appendix C. The main impact is on',
    '  \tolder people and families with young children; Saturday opening and the Home',
    '  \tLibrary Service reduce it.',
    { gap: 8 },
    'Background papers: Cabinet report of 13 February 2025',
  ], { top: 72 + 3 * 14 + 4 + 6 * 14 + 12 });
  return makePdf([
    [...p1, ...folio(1, 3)],
    [...p2, ...hours, ...p2b, ...folio(2, 3)],
    [...p3, ...savings, ...p3b, ...folio(3, 3)],
  ]);
}

/** (f) Health and Wellbeing Board minutes: "The Board: (a) noted … (b) agreed …", DPH annual report, PNA timetable. */
function hwbMinutes(): Uint8Array {
  const p1 = flowPage([
    '**OXLEY VALE HEALTH AND WELLBEING BOARD',
    'Minutes of the meeting held on Thursday 25 September 2025 at 2.00 pm',
    'in the Council Chamber, Civic Offices, Oxley',
    { gap: 6 },
    'Present: Councillor Seren Maddox-Iqbal (Chair, Cabinet Member for Adults and Health);',
    'Dr Fintan Gallacher (Vice-Chair, Place Director, NHS Oxley and Dunbury Integrated Care',
    'Board); Dr Aurelia Trevask-Nkemelu (Director of Public Health); Councillor Gideon',
    'Rathbone-Ash; Celestine Moorcroft (Director of Adult Social Services); Morwenna',
    'Isherwood (Healthwatch Oxley Vale); Superintendent Idris Kennard (Oxley Police).',
    'Also present: Dr Tobiah Westrop (Consultant in Public Health), Democratic Services.',
    { gap: 8 },
    '**HWB/25/31\tMinutes and action log',
    'The minutes of the meeting held on 10 July 2025 were agreed as a correct record and',
    'the action log was noted.',
    { gap: 6 },
    '**HWB/25/32\tDirector of Public Health Annual Report 2025',
    'The Director of Public Health (DPH) presented her annual report, “Growing Up Well in',
    'Oxley Vale”, on the health of children and young people. 24.6% of Year 6 children were',
    'obese, against 22.1% in England, and admissions for self-harm among 10 to 24 year',
    'olds had risen by 18% in three years. The report made seven recommendations to',
    'partners, including a healthy weight pathway and more school-based mental health',
    'support. Members welcomed the involvement of young people from Oxley Youth Forum.',
    'The Board:',
    '(a)\tnoted the Director of Public Health Annual Report 2025;',
    '(b)\tagreed that each partner organisation would nominate a lead for the report’s',
    '  \trecommendations by 31 October 2025; and',
    '(c)\tthanked the public health team and the young people who contributed to the report.',
    { gap: 6 },
    '**HWB/25/33\tPharmaceutical Needs Assessment 2026–2029',
    'Dr Westrop explained that the Board must publish a new Pharmaceutical Needs',
    'Assessment (PNA) by 1 October 2026. Three pharmacies in the borough had closed since',
    'the last PNA. The proposed timetable was:',
    '•\tSteering group established: October 2025',
    '•\tPharmacy contractor and public surveys: November 2025 to January 2026',
    '•\tDraft PNA completed: February 2026',
    '•\tStatutory 60-day consultation: 1 April to 31 May 2026',
    '•\tFinal PNA to the Board for approval: 9 July 2026',
    '•\tPublication: by 1 October 2026',
  ]);
  const p2 = flowPage([
    'The Board:',
    '(a)\tapproved the timetable for the Pharmaceutical Needs Assessment 2026–2029;',
    '(b)\tdelegated authority to the Director of Public Health, in consultation with the',
    '  \tChair, to approve the draft PNA for consultation; and',
    '(c)\tnoted that the final PNA would be brought to the Board on 9 July 2026.',
    { gap: 6 },
    '**HWB/25/34\tBetter Care Fund 2025/26 – Quarter 1 return',
    'Celestine Moorcroft reported that the Better Care Fund (BCF) plan for 2025/26 totalled',
    '£41.7m, including the Discharge Fund. The Quarter 1 return had been submitted to NHS',
    'England on 15 August 2025 under delegated authority.',
    'The Board endorsed the Quarter 1 Better Care Fund return.',
    { gap: 6 },
    '**HWB/25/35\tJoint Local Health and Wellbeing Strategy – progress report',
    'Dr Gallacher presented the progress report on the Joint Local Health and Wellbeing',
    'Strategy (JLHWS) 2024–2029. Healthwatch Oxley Vale raised concerns about waits for',
    'children’s autism assessments, now averaging 74 weeks.',
    'The Board:',
    '(a)\tnoted the progress report; and',
    '(b)\tasked the Integrated Care Board to report on waiting times for children’s autism',
    '  \tassessments to its meeting on 4 December 2025.',
    { gap: 6 },
    '**HWB/25/36\tDate of next meeting',
    'The next meeting will be held on Thursday 4 December 2025 at 2.00 pm.',
    { gap: 8 },
    'The meeting closed at 3.55 pm.',
    'Chair ……………………………',
  ]);
  return makePdf([[...p1, ...folio(1, 2)], [...p2, ...folio(2, 2)]]);
}

/** (g) Full council minutes extract: Youth Justice Plan, revised gambling Statement of Principles (recorded vote), a written answer. */
function councilMinutesExtract(): Uint8Array {
  const p1 = flowPage([
    '**LUDGRAVE BOROUGH COUNCIL',
    '**EXTRACT FROM THE MINUTES OF THE MEETING OF THE COUNCIL',
    'held on Wednesday 24 September 2025 at 6.30 pm in the Assembly Hall, Ludgrave',
    { gap: 6 },
    'Present: The Mayor (Councillor Cuthbert Acheson) in the Chair and 38 other Members',
    { gap: 8 },
    '**41.\tQUESTIONS FROM MEMBERS',
    'Councillor Bronagh Mulvenna-Sykes had given notice of the following question to the',
    'Cabinet Member for Community Safety, Councillor Ishaan Tresillian:',
    '“How many first-time entrants to the youth justice system were there in Ludgrave in',
    '2024/25, and how does this compare with 2023/24?”',
    'As the time allowed for questions had expired, a written answer was circulated:',
    '“There were 47 first-time entrants in 2024/25, down from 61 in 2023/24, a fall of',
    '23%. Most were aged 15 to 17 and the most common offence was possession of a',
    'bladed article.”',
    'Councillor Tresillian undertook to send Councillor Mulvenna-Sykes a breakdown of',
    'first-time entrants by ward by 15 October 2025.',
    { gap: 6 },
    '**42.\tYOUTH JUSTICE PLAN 2025/26',
    'The Council considered the recommendation of the Cabinet of 9 September 2025. The',
    'Youth Justice Plan forms part of the Council’s Policy Framework. The Plan had been',
    'sent in draft to the Youth Justice Board (YJB) by 30 June 2025, subject to approval by',
    'the Council. The Youth Justice Service (YJS) budget for 2025/26 is £1.93m, of which',
    '£612,000 is YJB grant.',
    'RESOLVED – That the Youth Justice Plan 2025/26 be approved.',
    { gap: 6 },
    '**43.\tGAMBLING ACT 2005 – REVISED STATEMENT OF PRINCIPLES',
    'The Council considered the recommendation of the Licensing Committee of 2 September',
    '2025 to adopt a revised Statement of Principles under the Gambling Act 2005, which',
    'adds a local area profile and removes the Council’s 2007 “no casino” resolution.',
    'Councillor Agatha Stroud-Bellamy moved and Councillor Ishaan Tresillian seconded the',
    'recommendation. Councillor Mulvenna-Sykes asked for a recorded vote, which was',
    'supported by the required number of Members.',
  ]);
  const p2 = flowPage([
    'FOR (28): Councillors Acheson, Ainsley, Bhogal, Birkenshaw, Cadwallader, Coppinger,',
    'Dimbleton, Ekwueme, Faircloth, Goscombe, Harbinson, Illsworth, Jassal, Kilbane,',
    'Larkworthy, Loveday, Mallory, Nussbaum, Onslow, Pargiter, Quaintance, Rainsford,',
    'Stroud-Bellamy, Thackwray, Tresillian, Vardon, Wedderburn and Yeardsley.',
    'AGAINST (9): Councillors Blencowe, Garbutt, Hollick, Marlowe, Mulvenna-Sykes,',
    'Pennefather, Rudge, Sowerbutts and Tiplady.',
    'ABSTAINED (2): Councillors Egglestone and Ravenhill.',
    { gap: 4 },
    'RESOLVED – That:',
    '(a)\tthe revised Statement of Principles under the Gambling Act 2005 at Appendix A',
    '  \tbe adopted with effect from 1 November 2025;',
    '(b)\tthe Council’s resolution under section 166 of the Act not to issue casino premises',
    '  \tlicences be rescinded; and',
    '(c)\tthe Statement be published on the Council’s website at least four weeks before it',
    '  \ttakes effect.',
    { gap: 6 },
    '**44.\tAPPOINTMENTS TO COMMITTEES',
    'RESOLVED – That Councillor Yeardsley replace Councillor Goscombe on the Planning',
    'Committee for the rest of the municipal year.',
    { gap: 8 },
    'The meeting closed at 9.20 pm.',
    { gap: 6 },
    'Mayor ……………………………',
  ]);
  return makePdf([[...p1, ...folio(1, 2)], [...p2, ...folio(2, 2)]]);
}

/** (h) Scrutiny board work programme: Meeting | Item | Type | Lead, meeting cell on the first row only, then unscheduled topics. */
function scrutinyWorkProgramme(): Uint8Array {
  const head = flowPage([
    '**KIRKHALLAM METROPOLITAN BOROUGH COUNCIL',
    '**NEIGHBOURHOODS AND CLIMATE SCRUTINY BOARD',
    '**Work Programme 2025/26',
    'Updated: 12 September 2025',
    { gap: 4 },
    'Type: Decision – the Board is asked to decide or recommend; Information – for noting;',
    'Scrutiny – pre-decision or performance scrutiny.',
  ], { size: 10, leading: 13 });
  const xs = [40, 125, 355, 425];
  const rows = [
    ['**Meeting', '**Item', '**Type', '**Lead'],
    ['8 October 2025', 'Climate Emergency Action Plan – annual progress', 'Scrutiny', 'Anneliese Wrathall'],
    ['', 'Fly-tipping enforcement performance', 'Information', 'Callum Oduya-Pratt'],
    ['', 'Air Quality Annual Status Report 2025', 'Information', 'Dr Ingrid Halloway'],
    ['26 November 2025', 'Highways Asset Management Plan 2026–2031', 'Scrutiny', 'Bartholomew Keane'],
    ['', 'Parks and Green Spaces Strategy – draft', 'Scrutiny', 'Saoirse Quilliam-Ray'],
    ['', 'Street lighting task group – scope', 'Decision', 'Scrutiny Officer'],
    ['21 January 2026', 'Budget proposals 2026/27 – Neighbourhoods', 'Scrutiny', 'Director of Neighbourhoods'],
    ['', 'Community Safety Partnership annual report', 'Information', 'Tariq Harkaway'],
    ['11 March 2026', 'Electric vehicle charging strategy', 'Scrutiny', 'Bartholomew Keane'],
    ['', 'Street lighting task group – final report', 'Decision', 'Cllr Dorothea Pyefinch'],
    ['', 'Work programme 2026/27 – suggestions', 'Decision', 'Scrutiny Officer'],
  ];
  const tableTop = 72 + 7 * 13 + 14;
  const table = grid(rows, xs, tableTop, { size: 9, leading: 15 });
  const after = flowPage([
    '**Topics suggested but not yet scheduled',
    '•\tBus service reliability and the Enhanced Partnership (EP) with operators',
    '•\tDog fouling enforcement contract – review before renewal',
    '•\tTree planting and canopy cover targets',
    '•\tPublic toilet provision in district centres',
    { gap: 6 },
    'Notes: the Community Safety Partnership (CSP) item is the Board’s annual crime and',
    'disorder scrutiny under section 19 of the Police and Justice Act 2006. Members may',
    'suggest topics to the Scrutiny Officer, Lowri Penberthy-Vance, at any time; the Chair and',
    'Vice-Chair will review the list at each agenda-setting meeting.',
  ], { top: tableTop + rows.length * 15 + 16, size: 10, leading: 13 });
  return makePdf([[...head, ...table, ...after, ...folio(1, 1)]]);
}

export const SYNTHETIC15: Record<string, () => Uint8Array> = {
  's15-ctr-scheme-cabinet-report': ctrSchemeReport,
  's15-complaints-ombudsman-annual-report': complaintsOmbudsmanReport,
  's15-placement-sufficiency-homes': placementSufficiencyReport,
  's15-surplus-depot-disposal': surplusLandReport,
  's15-library-review-outcome': libraryReviewReport,
  's15-hwb-minutes-dph-pna': hwbMinutes,
  's15-council-minutes-yjp-gambling': councilMinutesExtract,
  's15-scrutiny-work-programme-unscheduled': scrutinyWorkProgramme,
};
