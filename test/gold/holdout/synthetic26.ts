/**
 * Eight more synthetic papers in the styles of councils we hold no papers from: a Capital Strategy
 * and Treasury Management Strategy report to full Council (capital programme and financing table,
 * authorised limit and operational boundary for three years, MRP policy, investment limits); a
 * London borough Cabinet report on Disabled Facilities Grants and a housing assistance policy
 * (grant limits, DFG budget by year, caseload and waiting times, a new post); combined authority
 * board minutes with "Decision:" after each item, a declared interest and an item taken in private;
 * a neighbourhood plan "making" report after a referendum; a joint coroner service funding report
 * (shares in % and £, staffing FTE by role, the inquest backlog, a review); a parking strategy and
 * charges report to an Executive (tariffs before and after, permits, income, TRO consultation);
 * a Scottish committee minute with a budget consultation and a division recorded by name; and a
 * quarterly performance report to an overview and scrutiny committee whose forward work plan is
 * written as paragraphs, with some items "date to be confirmed". Built as small PDFs by
 * test/helpers/make-pdf.ts; their gold is beside them (synthetic-<key>.json,
 * "file": "synthetic:<key>"). Councils and people are invented; the wording follows real papers
 * of each kind. Written blind to the parser.
 */
import { flowPage, grid, heightOf, makePdf, type PdfLine, type Script } from '../../helpers/make-pdf.ts';

/** A page number at the foot of a page. */
function folio(n: number, of: number): PdfLine[] {
  return [{ text: `${n} of ${of}`, x: 280, y: 815, size: 9 }];
}

/** A running footer: a line of text on the left and "Page n" on the right. */
function footer(text: string, n: number): PdfLine[] {
  return [
    { text, x: 72, y: 815, size: 8 },
    { text: `Page ${n}`, x: 490, y: 815, size: 8 },
  ];
}

/** A block of a page: its height and its lines when set with its first baseline at `top`. */
interface Block {
  height: number;
  at: (top: number) => PdfLine[];
}

/** Flowed text (see flowPage). */
function text(script: Script, opts: { size?: number; leading?: number } = {}): Block {
  const leading = opts.leading ?? 14;
  return { height: heightOf(script, leading), at: (top) => flowPage(script, { ...opts, top, leading }) };
}

/** A table (see grid), 10pt unless told, with a little space after it. */
function table(rows: string[][], xs: number[], opts: { size?: number; leading?: number } = {}): Block {
  const leading = opts.leading ?? 13;
  return { height: rows.length * leading + 6, at: (top) => grid(rows, xs, top, { size: opts.size ?? 10, leading }) };
}

/** A bold run-in heading followed by text on the same line, then more lines of text. */
function runIn(heading: string, first: string, rest: string[] = []): Block {
  const w = heading.length * 11 * 0.6 + 6;
  return {
    height: (1 + rest.length) * 14,
    at: (top) => [
      { text: heading, x: 72, y: top, bold: true, size: 11 },
      { text: first, x: 72 + w, y: top, size: 11 },
      ...flowPage(rest, { top: top + 14 }),
    ],
  };
}

/** Blocks set one under another from `top`; throws if they run into the foot of the page. */
function stack(blocks: Block[], top = 72): PdfLine[] {
  let y = top;
  const out: PdfLine[] = [];
  for (const b of blocks) {
    out.push(...b.at(y));
    y += b.height;
  }
  if (y > 806) throw new Error(`synthetic26: page runs to y=${y}`);
  return out;
}

/** (a) Capital Strategy and Treasury Management Strategy report to full Council. */
function treasuryCapitalStrategy(): Uint8Array {
  const p1 = stack([
    text([
      '**SKELDERBY COUNCIL',
      '**COUNCIL – 26 FEBRUARY 2026',
      '**Agenda Item No. 9',
      { gap: 4 },
      '**CAPITAL STRATEGY AND TREASURY MANAGEMENT STRATEGY 2026/27 TO 2028/29',
      'Report of:\tHelena Marchbank, Director of Finance and Section 151 Officer',
      'Portfolio Holder:\tCouncillor Idris Langstaffe, Finance and Corporate Resources',
      'Status:\tPublic',
      { gap: 8 },
      '**1.\tPurpose of the report',
      '1.1\tThis report asks Council to approve the Capital Strategy, the Treasury Management',
      '  \tStrategy Statement (TMSS), the Prudential Indicators and the Minimum Revenue',
      '  \tProvision (MRP) Policy Statement for 2026/27, as required by the Local Government',
      '  \tAct 2003 and the Chartered Institute of Public Finance and Accountancy (CIPFA)',
      '  \tPrudential and Treasury Management Codes.',
      '1.2\tThe Audit and Governance Committee reviewed the strategies on 3 February 2026 and',
      '  \thad no changes to propose.',
      { gap: 6 },
      '**2.\tRecommendations',
      '2.1\tIt is recommended that Council:',
      '(a)\tapproves the Capital Strategy 2026/27 to 2028/29 at Appendix A, including the',
      '  \tcapital programme of £311.2m over the three years set out in Table 1;',
      '(b)\tapproves the Treasury Management Strategy Statement 2026/27 at Appendix B,',
      '  \tincluding the Annual Investment Strategy and the investment limits in Table 4;',
      '(c)\tapproves the Prudential Indicators for 2026/27 to 2028/29, including an authorised',
      '  \tlimit for external debt of £412m in 2026/27 as set out in Table 3;',
      '(d)\tapproves the MRP Policy Statement 2026/27 set out in paragraph 6.2; and',
      '(e)\tdelegates authority to the Director of Finance to move amounts between borrowing',
      '  \tand other long-term liabilities within the authorised limit and the operational',
      '  \tboundary, with any such change reported to the next meeting of Council.',
      { gap: 6 },
      '**3.\tCapital programme and financing',
      '3.1\tThe capital programme proposed in the Capital Strategy totals £311.2m over the',
      '  \tthree years. Table 1 shows the expenditure and how it will be financed; the',
      '  \tfinancing rows add up to the same totals as the expenditure rows.',
      '**Table 1: Capital expenditure and financing (£m)',
    ]),
    table([
      ['**£m', '**2026/27', '**2027/28', '**2028/29', '**Total'],
      ['Children’s services and schools', '28.6', '19.4', '12.1', '60.1'],
      ['Highways and transport', '34.1', '30.8', '27.5', '92.4'],
      ['Housing Revenue Account (HRA)', '41.7', '38.2', '35.0', '114.9'],
      ['Regeneration and economy', '22.0', '15.5', '6.3', '43.8'],
      ['**Total expenditure', '**126.4', '**103.9', '**80.9', '**311.2'],
      ['Financed by:', '', '', '', ''],
      ['Government grants and contributions', '46.3', '39.8', '33.2', '119.3'],
      ['Capital receipts', '6.5', '4.0', '3.5', '14.0'],
      ['Revenue and reserves (including HRA)', '21.4', '19.7', '18.1', '59.2'],
      ['Prudential borrowing', '52.2', '40.4', '26.1', '118.7'],
      ['**Total financing', '**126.4', '**103.9', '**80.9', '**311.2'],
    ], [72, 300, 360, 420, 480]),
    text([
      '3.2\tPrudential borrowing of £118.7m over the three years increases the Capital',
      '  \tFinancing Requirement (CFR), the Council’s underlying need to borrow, from',
      '  \t£368.9m at 31 March 2026 to £447.3m at 31 March 2029 (Table 2).',
    ]),
  ]);
  const p2 = stack([
    text([
      '**4.\tBorrowing strategy',
      '4.1\tAt 31 December 2025 the Council’s external borrowing was £318.0m, of which',
      '  \t£276.5m is from the Public Works Loan Board (PWLB) and £41.5m from other local',
      '  \tauthorities and market lenders. The average rate on the debt portfolio is 3.62%.',
      '4.2\tThe Council will continue to use internal borrowing (using its cash balances instead',
      '  \tof new loans) where it is prudent to do so. New long-term borrowing of up to £65m is',
      '  \texpected in 2026/27, mainly for the HRA new build programme.',
      '**Table 2: Capital Financing Requirement and external debt at 31 March (£m)',
    ]),
    table([
      ['**£m', '**2027', '**2028', '**2029'],
      ['Capital Financing Requirement', '393.4', '421.8', '447.3'],
      ['Expected external debt', '351.0', '373.5', '388.2'],
      ['Internal borrowing (CFR less external debt)', '42.4', '48.3', '59.1'],
    ], [72, 340, 400, 460]),
    text([
      '4.3\tThe Director of Finance may borrow in advance of need only where there is a clear',
      '  \tbusiness case, and never for the sole purpose of making a return on the money.',
      { gap: 6 },
      '**5.\tPrudential Indicators: authorised limit and operational boundary',
      '5.1\tThe operational boundary is the level of debt the Council expects in the normal',
      '  \tcourse of events. The authorised limit is the most the Council may borrow: it is set',
      '  \tunder section 3 of the Local Government Act 2003 and cannot be exceeded without a',
      '  \tfurther decision of Council.',
      '**Table 3: Authorised limit and operational boundary for external debt (£m)',
    ]),
    table([
      ['**£m', '**2026/27', '**2027/28', '**2028/29'],
      ['Operational boundary – borrowing', '355', '378', '392'],
      ['Operational boundary – other long-term liabilities', '20', '18', '16'],
      ['**Operational boundary – total', '**375', '**396', '**408'],
      ['Authorised limit – borrowing', '392', '415', '430'],
      ['Authorised limit – other long-term liabilities', '20', '18', '16'],
      ['**Authorised limit – total', '**412', '**433', '**446'],
    ], [72, 350, 410, 470]),
    text([
      '5.2\tOther long-term liabilities are finance leases and the private finance initiative (PFI)',
      '  \tcontract for the Skelderby Waste Transfer Station.',
      '5.3\tFinancing costs are estimated at 7.4% of the General Fund net revenue stream in',
      '  \t2026/27 and 21.8% of HRA income.',
      { gap: 6 },
      '**6.\tMinimum Revenue Provision',
      '6.1\tThe Council must set aside a prudent amount from revenue each year, the Minimum',
      '  \tRevenue Provision, to repay debt taken on to fund capital spending. The regulations',
      '  \twere amended from 1 April 2025 so that capital receipts can no longer be used in',
      '  \tplace of MRP.',
      '6.2\tThe MRP Policy Statement for 2026/27 is:',
      '(a)\tfor supported borrowing taken before 1 April 2008, MRP will be charged at 2% of',
      '  \tthe opening balance each year on a straight-line basis;',
      '(b)\tfor prudential (unsupported) borrowing, MRP will be charged over the expected',
      '  \tuseful life of the asset using the annuity method, up to a maximum of 50 years;',
      '(c)\tno MRP will be charged on HRA borrowing; and',
      '(d)\tfor capital loans to third parties, MRP will be charged only where a loss is expected.',
      '6.3\tThe MRP charge for 2026/27 is estimated at £11.84m, an increase of £1.27m on',
      '  \t2025/26, and is included in the revenue budget.',
    ]),
  ]);
  const p3 = stack([
    text([
      '**7.\tAnnual Investment Strategy',
      '7.1\tThe Council’s investments averaged £62m in 2025/26. Its priorities are security first,',
      '  \tthen liquidity, then yield. Table 4 sets the limits for each type of counterparty.',
      '**Table 4: Investment counterparty limits',
    ]),
    table([
      ['**Counterparty', '**Limit per counterparty', '**Maximum period'],
      ['UK Government (Debt Management Office)', 'Unlimited', '12 months'],
      ['Other local authorities', '£10m', '2 years'],
      ['Banks and building societies (A- or higher)', '£8m', '13 months'],
      ['Money market funds (AAA rated)', '£12m per fund', 'Instant access'],
      ['Strategic pooled funds', '£5m per fund, £15m in total', '5 years'],
    ], [72, 300, 450]),
    text([
      '7.2\tNo more than £20m in total may be invested for longer than 365 days.',
      '7.3\tThe Council does not invest in commercial property for financial return and will not',
      '  \tborrow to do so.',
      { gap: 6 },
      '**8.\tReporting',
      '8.1\tA mid-year review of treasury management will be reported to the Audit and',
      '  \tGovernance Committee in November 2026.',
      '8.2\tThe treasury management outturn report for 2025/26 will be presented to Council',
      '  \tby 30 September 2026.',
      { gap: 6 },
      '**9.\tFinancial implications',
      '9.1\tThe revenue budget for 2026/27 includes £13.9m for interest payable and MRP,',
      '  \tless £2.6m of investment income.',
      { gap: 8 },
      'Appendices: A – Capital Strategy 2026/27 to 2028/29; B – Treasury Management Strategy',
      'Statement 2026/27',
      'Contact officer: Owain Prothero, Treasury and Capital Manager, 01632 961 270',
    ]),
  ]);
  return makePdf([
    [...p1, ...folio(1, 3)],
    [...p2, ...folio(2, 3)],
    [...p3, ...folio(3, 3)],
  ]);
}

/** (b) Disabled Facilities Grant and housing assistance policy report to a London borough Cabinet. */
function dfgHousingAssistance(): Uint8Array {
  const p1 = stack([
    text([
      '**LONDON BOROUGH OF HAVERBROOK',
      '**CABINET',
      '**Monday 13 October 2025',
      '**Item 6',
      { gap: 4 },
      '**Housing Assistance Policy 2025–2028 and Disabled Facilities Grant Programme',
      { gap: 4 },
    ]),
    table([
      ['Cabinet Member', 'Councillor Abimbola Trewartha, Housing and Adult Social Care'],
      ['Lead officer', 'Rosalind Achterberg, Director of Housing'],
      ['Report author', 'Kwabena Lessingham, Private Sector Housing Manager'],
      ['Key decision', 'Yes'],
      ['Wards', 'All'],
      ['Exempt', 'No'],
    ], [72, 200], { size: 10 }),
    text([
      { gap: 6 },
      '**1.\tSummary',
      '1.1\tThe Council has a duty under the Housing Grants, Construction and Regeneration',
      '  \tAct 1996 to provide a Disabled Facilities Grant (DFG) to adapt the homes of disabled',
      '  \tresidents. The Regulatory Reform (Housing Assistance) (England and Wales) Order',
      '  \t2002 (RRO) also allows the Council to give discretionary help if it publishes a policy.',
      '1.2\tDemand has grown faster than the service can respond. At 31 August 2025, 187',
      '  \tresidents were waiting for an adaptation, and the average time from referral to',
      '  \tcompletion was 47 weeks, against a target of 26 weeks.',
      '1.3\tThis report proposes a new Housing Assistance Policy, a three-year DFG programme',
      '  \tand a new post to reduce waiting times.',
      { gap: 6 },
      '**2.\tRecommendations',
      'RECOMMENDED that Cabinet:',
      '2.1\tadopts the Housing Assistance Policy 2025–2028 at Appendix 1, to take effect from',
      '  \t1 November 2025;',
      '2.2\tapproves the discretionary grants in Table 1, including a DFG top-up of up to',
      '  \t£20,000 above the mandatory grant limit of £30,000;',
      '2.3\tapproves the DFG capital programme of £8.46m for 2025/26 to 2027/28 set out in',
      '  \tTable 2 and its addition to the capital programme;',
      '2.4\tapproves the creation of 1.0 FTE Occupational Therapist post (Grade PO5) in the',
      '  \tAdaptations Team, funded from the DFG allocation; and',
      '2.5\tdelegates authority to the Director of Housing, in consultation with the Cabinet',
      '  \tMember for Housing and Adult Social Care, to make minor changes to the policy.',
      { gap: 6 },
      '**3.\tGrants available',
      '3.1\tThe mandatory DFG is means tested for adults (not for children) and is limited to',
      '  \t£30,000 for each application. Table 1 sets out the grants in the proposed policy.',
      '**Table 1: Grants under the Housing Assistance Policy 2025–2028',
    ]),
    table([
      ['**Grant', '**Maximum', '**Means test', '**Purpose'],
      ['Mandatory DFG', '£30,000', 'Yes (adults)', 'Statutory adaptations'],
      ['DFG top-up (discretionary)', '£20,000', 'Yes', 'Costs above the mandatory limit'],
      ['Fast-track adaptation grant', '£7,500', 'No', 'Stairlifts, level-access showers'],
      ['Relocation grant', '£15,000', 'Yes', 'Moving to a more suitable home'],
      ['Hospital discharge grant', '£5,000', 'No', 'Minor works for a safe discharge'],
      ['Home repair loan', '£10,000', 'Yes', 'Urgent repairs, repaid on sale'],
    ], [72, 230, 300, 380], { size: 9, leading: 12 }),
    text([
      '3.2\tDiscretionary grants of more than £10,000 will be registered as a local land charge',
      '  \tand must be repaid if the home is sold within ten years.',
    ]),
  ]);
  const p2 = stack([
    text([
      '**4.\tBudget',
      '4.1\tThe DFG allocation is paid to the Council through the Better Care Fund (BCF). The',
      '  \tCouncil adds capital from its own resources to meet demand.',
      '**Table 2: DFG capital programme (£000)',
    ]),
    table([
      ['**Funding', '**2025/26', '**2026/27', '**2027/28', '**Total'],
      ['BCF DFG allocation', '2,184', '2,184', '2,184', '6,552'],
      ['Council capital contribution', '450', '600', '600', '1,650'],
      ['Repaid grants (recycled)', '80', '90', '90', '260'],
      ['**Total', '**2,714', '**2,874', '**2,874', '**8,462'],
    ], [72, 270, 340, 410, 480]),
    text([
      '4.2\tThe BCF allocations for 2026/27 and 2027/28 are assumed to stay at the 2025/26',
      '  \tlevel; the Government has not yet confirmed them.',
      { gap: 6 },
      '**5.\tCaseload and waiting times',
      '5.1\tIn 2024/25 the Council received 312 referrals from occupational therapists and',
      '  \tcompleted 168 adaptations, at an average cost of £11,240. Most were level-access',
      '  \tshowers (71), stairlifts (44) and ramps or step lifts (23).',
      '5.2\tOf the 187 residents waiting at 31 August 2025, 64 were waiting for an occupational',
      '  \ttherapy (OT) assessment and 123 for works to be approved or completed. The longest',
      '  \twait for an assessment was 38 weeks.',
      '5.3\tThe aim is to bring the average time from referral to completion down to 26 weeks',
      '  \tby March 2027.',
      { gap: 6 },
      '**6.\tStaffing',
      '6.1\tThe Adaptations Team has 6.5 FTE: a team leader, three technical officers, 1.5 FTE',
      '  \tgrants officers and an administrator. The new Occupational Therapist (1.0 FTE,',
      '  \tGrade PO5, £58,900 a year including on-costs) will carry out OT assessments in the',
      '  \tteam, so that residents do not wait for the adult social care OT service. The post',
      '  \tis funded from the DFG allocation, as the grant conditions allow.',
      { gap: 6 },
      '**7.\tHome Improvement Agency',
      '7.1\tThe Council’s in-house Home Improvement Agency (HIA) helps residents through the',
      '  \tgrant process. Its fee of 12% of the cost of works is eligible for grant.',
      { gap: 6 },
      '**8.\tMonitoring and review',
      '8.1\tPerformance will be reported each quarter to the Adults and Health Scrutiny',
      '  \tSub-Committee.',
      '8.2\tA review of the policy after its first year will be reported to Cabinet in',
      '  \tNovember 2026.',
      { gap: 8 },
      'Appendix 1: Housing Assistance Policy 2025–2028',
      'Background papers: Better Care Fund Plan 2025/26',
    ]),
  ]);
  return makePdf([
    [...p1, ...footer('London Borough of Haverbrook – Cabinet – 13 October 2025', 1)],
    [...p2, ...footer('London Borough of Haverbrook – Cabinet – 13 October 2025', 2)],
  ]);
}

/** (c) Combined authority board minutes: "Decision:" after each item, an interest, a private item. */
function combinedAuthoritySkillsBoard(): Uint8Array {
  const p1 = stack([
    text([
      '**ALDMOUTH AND TYNEHOLM COMBINED AUTHORITY',
      '**Minutes of the meeting of the Combined Authority Board held on Friday 30 January',
      '**2026 at 10.00 am at Tyneholm Civic Centre',
      { gap: 6 },
      'Present:',
      'Mayor Ruth Castellane (Chair)',
      'Councillor Desmond Okafor-Blyth (Aldmouth City Council)',
      'Councillor Maura Lindqvist (Tyneholm Metropolitan Borough Council)',
      'Councillor Fergus Hallworth (Ravensmoor Borough Council)',
      'Councillor Bernadette Quayle (South Tyneholm Council, substitute)',
      'In attendance: Jonathan Pyrah (Chief Executive), Ayesha Demirel (Director of Skills and',
      'Employment), Graham Tollerton (Monitoring Officer)',
      { gap: 8 },
      '**52/25\tApologies for absence',
      'Apologies were received from Councillor Hamish Wetherell (South Tyneholm Council).',
      'Councillor Bernadette Quayle attended as his substitute.',
      { gap: 4 },
      '**53/25\tDeclarations of interest',
      'Councillor Maura Lindqvist declared an interest in minute 56/25 as a governor of',
      'Tyneholm College, which is named in the allocations, and left the meeting for that item.',
      { gap: 4 },
      '**54/25\tMinutes of the previous meeting',
      'Decision: The Board approved the minutes of the meeting held on 28 November 2025 as',
      'a correct record.',
      { gap: 4 },
      '**55/25\tMayor’s update',
      'The Mayor reported that the Government had confirmed the Integrated Settlement for',
      '2026/27 and that the Local Growth Plan would be refreshed during the year.',
      'Decision: The Board noted the Mayor’s update.',
      { gap: 4 },
      '**56/25\tAdult Skills Fund 2026/27 – provider allocations',
      'Councillor Lindqvist left the meeting for this item.',
      'The Director of Skills and Employment introduced the report. The Department for',
      'Education (DfE) had confirmed the Combined Authority’s Adult Skills Fund (ASF) for the',
      '2026/27 academic year at £46.2m, an increase of 2.0% on 2025/26. The proposed',
      'allocations were:',
    ]),
    table([
      ['**Provider type', '**2025/26 £m', '**2026/27 £m'],
      ['Further education colleges (4)', '24.1', '24.6'],
      ['Local authority adult and community learning (4)', '7.8', '7.9'],
      ['Independent training providers (ITPs) (11)', '8.6', '8.3'],
      ['Free Courses for Jobs (Level 3)', '2.9', '3.1'],
      ['Flexible Innovation Fund', '1.9', '2.3'],
      ['**Total', '**45.3', '**46.2'],
    ], [72, 330, 420]),
    text([
      'Members asked about provision in rural areas. The Director said that the Flexible',
      'Innovation Fund would prioritise outreach in areas more than 30 minutes by bus from a',
      'college campus.',
    ]),
  ]);
  const p2 = stack([
    text([
      'Decision: The Board:',
      '(a)\tapproved the Adult Skills Fund allocations for the 2026/27 academic year totalling',
      '  \t£46.2m, as set out in Appendix 1 to the report;',
      '(b)\tapproved a Flexible Innovation Fund of £2.3m within the ASF, to be allocated through',
      '  \tan open call in spring 2026;',
      '(c)\tdelegated authority to the Director of Skills and Employment, in consultation with the',
      '  \tMayor and the Portfolio Lead for Skills, to vary provider allocations in-year by up to',
      '  \t15% based on delivery; and',
      '(d)\tasked officers to report back on 2025/26 ASF outturn and learner outcomes to the',
      '  \tBoard on 26 June 2026.',
      'Councillor Lindqvist returned to the meeting.',
      { gap: 4 },
      '**57/25\tSkills Bootcamps 2026/27',
      'The Board received a report on the DfE grant for Skills Bootcamps, which will fund about',
      '2,150 places in digital, construction, green skills and logistics.',
      'Decision: The Board accepted the DfE Skills Bootcamps grant of £5.4m for 2026/27 and',
      'approved the creation of 2.0 FTE fixed-term Contract Manager posts (Grade 9) until',
      '31 March 2027, funded from the grant’s administration allowance.',
      { gap: 4 },
      '**58/25\tExclusion of the press and public',
      'Decision: The Board resolved that the press and public be excluded from the meeting for',
      'the following item on the grounds that it involved the likely disclosure of exempt',
      'information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local',
      'Government Act 1972.',
      { gap: 4 },
      '**59/25\tAldmouth Adult Learning Centre – Tidemill House (exempt)',
      'The Board considered an exempt report on premises for a new adult learning and digital',
      'skills centre in Aldmouth.',
      'Decision: The Board approved entering into a 15-year lease of Tidemill House,',
      'Aldmouth, on the terms set out in the exempt report, and a fit-out budget of £1.75m',
      'from the Investment Fund.',
      { gap: 4 },
      '**60/25\tDate of next meeting',
      'Friday 27 March 2026 at 10.00 am at Aldmouth Guildhall.',
      { gap: 8 },
      'The meeting closed at 11.40 am.',
      'Mayor ……………………………',
    ]),
  ]);
  return makePdf([
    [...p1, ...folio(1, 2)],
    [...p2, ...folio(2, 2)],
  ]);
}

/** (d) Report to Cabinet on making a neighbourhood plan after its referendum. */
function neighbourhoodPlanMaking(): Uint8Array {
  const p1 = stack([
    text([
      '**BRACKENHOLME DISTRICT COUNCIL',
      'Agenda Item: 8',
      { gap: 6 },
    ]),
    table([
      ['**Report to:', 'Cabinet'],
      ['**Date of meeting:', '10 December 2025'],
      ['**Report of:', 'Head of Planning Policy and Place'],
      ['**Portfolio Holder:', 'Councillor Mirela Ashdown, Planning and Environment'],
      ['**Subject:', 'Making of the Kirkby Fenwold Neighbourhood Plan 2025–2040'],
      ['**Key decision:', 'No'],
      ['**Ward(s):', 'Fenwold and Ryecote'],
    ], [72, 190], { size: 11, leading: 15 }),
    text([
      { gap: 6 },
      '**Purpose of report',
      '1.\tTo report the result of the referendum on the Kirkby Fenwold Neighbourhood Plan',
      '  \theld on 6 November 2025 and to seek a decision to make the Plan, so that it becomes',
      '  \tpart of the development plan for Brackenholme District. The Plan was supported by',
      '  \t88.6% of those voting, on a turnout of 34.7%.',
      { gap: 6 },
      '**Recommendations',
      '2.\tThat Cabinet:',
      '(i)\tnotes the result of the referendum held on 6 November 2025, at which 88.6% of',
      '  \tthose voting were in favour of the Plan;',
      '(ii)\tmakes the Kirkby Fenwold Neighbourhood Plan 2025–2040 under section 38A(4)',
      '  \tof the Planning and Compulsory Purchase Act 2004, so that it forms part of the',
      '  \tstatutory development plan for Brackenholme District; and',
      '(iii)\tauthorises the Head of Planning Policy and Place to publish the decision statement',
      '  \tand notify the qualifying body and those who asked to be notified, as required by',
      '  \tRegulation 19 of the Neighbourhood Planning (General) Regulations 2012.',
      { gap: 6 },
      '**Background',
      '3.\tKirkby Fenwold Parish Council is the qualifying body. The neighbourhood area was',
      '  \tdesignated on 14 March 2022. The Plan contains 16 policies, including a housing site',
      '  \tallocation for 24 homes at Mill Garth, the designation of seven Local Green Spaces',
      '  \tand design principles for the Kirkby Fenwold Conservation Area.',
      '4.\tThe independent examiner reported on 2 July 2025 and recommended that, with',
      '  \tmodifications, the Plan should proceed to referendum. Cabinet accepted the',
      '  \tmodifications on 10 September 2025.',
    ]),
  ]);
  const p2 = stack([
    text([
      '**Referendum result',
      '5.\tThe referendum asked: “Do you want Brackenholme District Council to use the',
      '  \tneighbourhood plan for Kirkby Fenwold to help it decide planning applications in the',
      '  \tneighbourhood area?” The result was:',
    ]),
    table([
      ['Electorate', '4,602'],
      ['Votes cast (including rejected ballot papers)', '1,597'],
      ['Turnout', '34.7%'],
      ['Yes', '1,412 (88.6%)'],
      ['No', '182 (11.4%)'],
      ['Rejected ballot papers', '3'],
    ], [108, 360], { size: 10 }),
    text([
      '6.\tMore than half of those voting voted in favour. Under section 38A(4) of the 2004 Act',
      '  \tthe Council must therefore make the Plan unless it considers that doing so would',
      '  \tbreach, or be incompatible with, any assimilated obligation or any of the Convention',
      '  \trights. Officers have found no such breach or incompatibility.',
      { gap: 6 },
      '**Timescale',
      '7.\tRegulation 18A of the Neighbourhood Planning (General) Regulations 2012 requires',
      '  \tthe Plan to be made within eight weeks of the day after the referendum, that is by',
      '  \t1 January 2026.',
      '8.\tSince the referendum the Plan has had full weight in planning decisions (section',
      '  \t38(3A) of the 2004 Act). Once the Plan is made the decision statement must be',
      '  \tpublished as soon as possible; the Council will publish it within two weeks of the',
      '  \tCabinet decision, by 24 December 2025.',
      { gap: 6 },
      '**Financial implications',
      '9.\tThe referendum cost £9,860, met from the Government’s neighbourhood planning grant.',
      '  \tThe Council claimed £20,000 from the Ministry of Housing, Communities and Local',
      '  \tGovernment (MHCLG) in October 2025, once the referendum date had been set.',
      { gap: 6 },
      '**Other implications',
      '10.\tA Strategic Environmental Assessment (SEA) screening and a Habitats Regulations',
      '  \tAssessment (HRA) screening found that neither full assessment was needed.',
      '11.\tThe use of the Plan’s policies in planning decisions will be reported each December',
      '  \tin the Authority Monitoring Report (AMR).',
      { gap: 8 },
      'Background papers: Kirkby Fenwold Neighbourhood Plan 2025–2040 (referendum version);',
      'Examiner’s Report, July 2025; Declaration of Result, 6 November 2025',
      'Contact officer: Leofric Danby, Neighbourhood Planning Officer, 01632 960 733',
    ]),
  ]);
  return makePdf([
    [...p1, ...footer('Brackenholme District Council – Cabinet – 10 December 2025', 1)],
    [...p2, ...footer('Brackenholme District Council – Cabinet – 10 December 2025', 2)],
  ]);
}

/** (e) Joint coroner service funding report to the lead authority's Cabinet. */
function jointCoronerFunding(): Uint8Array {
  const p1 = stack([
    text([
      '**HEXWORTH COUNTY COUNCIL',
      '**CABINET',
      '**20 January 2026',
      '**AGENDA ITEM 11',
      { gap: 4 },
      '**HEXWORTH AND ROWANMERE CORONER SERVICE – FUNDING 2026/27',
      'Report of the Director of Law and Governance',
      'Cabinet Member: Councillor Philippa Dunstall, Corporate Services',
      'Electoral divisions affected: All',
      { gap: 8 },
      '**1.\tSummary',
      '1.1\tHexworth County Council is the lead authority for the Hexworth and Rowanmere',
      '  \tcoroner area, which also serves Rowanmere Borough Council and Thornmoss City',
      '  \tCouncil. Under the Coroners and Justice Act 2009 the lead authority employs the',
      '  \tcoroner’s staff and provides accommodation, and the three councils share the costs',
      '  \tunder a joint funding agreement.',
      '1.2\tThe service needs more capacity to reduce a backlog of inquests. This report sets',
      '  \tout the proposed budget for 2026/27, each council’s share and three new posts.',
      { gap: 6 },
      '**2.\tRecommendations',
      '2.1\tThat Cabinet:',
      '(a)\tapproves the coroner service budget of £3,240,000 for 2026/27, an increase of',
      '  \t£380,000 (13.3%) on 2025/26;',
      '(b)\tagrees the contributions from the three councils set out in Table 2, based on each',
      '  \tcouncil’s share of the area’s population;',
      '(c)\tapproves the creation of one additional Area Coroner post (1.0 FTE) and 2.0 FTE',
      '  \tCoroner’s Officer posts from 1 April 2026, subject to the consent of the Chief',
      '  \tCoroner and the Lord Chancellor to the Area Coroner appointment;',
      '(d)\tnotes the inquest backlog described in paragraph 3.2; and',
      '(e)\tagrees that the joint funding agreement and the cost-sharing formula be reviewed',
      '  \twith Rowanmere Borough Council and Thornmoss City Council and reported to',
      '  \tCabinet by October 2026.',
      { gap: 6 },
      '**3.\tBackground',
      '3.1\tIn 2024/25 the service received 5,940 death referrals, and 1,108 inquests were',
      '  \topened. Since the statutory medical examiner (ME) system began in September 2024',
      '  \tfewer deaths have been referred, but more of those referred need an inquest.',
      '3.2\tThe inquest backlog has grown. At 30 November 2025, 612 inquests were open, of',
      '  \twhich 241 had been open for more than 12 months. The Chief Coroner expects',
      '  \tinquests to be completed within six months where possible.',
      '3.3\tPost-mortem examinations are carried out at Hexworth General Hospital under a',
      '  \tservice level agreement (SLA) with the Hexworth Hospitals NHS Foundation Trust.',
    ]),
  ]);
  const p2 = stack([
    text([
      '**4.\tBudget 2026/27',
      '**Table 1: Coroner service budget',
    ]),
    table([
      ['**Budget heading', '**2025/26 £', '**2026/27 £'],
      ['Coroners (salaries and fees)', '812,000', '1,004,000'],
      ['Coroner’s officers and support staff', '1,046,000', '1,170,000'],
      ['Post-mortems, toxicology and histology', '598,000', '624,000'],
      ['Body removal and storage', '214,000', '226,000'],
      ['Accommodation, IT and inquest venues', '190,000', '216,000'],
      ['**Total', '**2,860,000', '**3,240,000'],
    ], [72, 320, 420]),
    text([
      '4.1\tThe increase of £380,000 is mainly for the new posts: £164,000 for the Area Coroner',
      '  \tand £102,000 for the two Coroner’s Officers. The rest is pay awards and inflation on',
      '  \tthe mortuary and body removal contracts.',
      { gap: 6 },
      '**5.\tShares of the cost',
      '5.1\tThe joint funding agreement of 2013 shares costs by population, using the Office',
      '  \tfor National Statistics (ONS) mid-year estimates.',
      '**Table 2: Contributions by council',
    ]),
    table([
      ['**Council', '**Share', '**2025/26', '**2026/27', '**Change'],
      ['Hexworth County Council', '58%', '£1,658,800', '£1,879,200', '£220,400'],
      ['Rowanmere Borough Council', '27%', '£772,200', '£874,800', '£102,600'],
      ['Thornmoss City Council', '15%', '£429,000', '£486,000', '£57,000'],
      ['**Total', '**100%', '**£2,860,000', '**£3,240,000', '**£380,000'],
    ], [72, 240, 290, 370, 450]),
    text([
      '5.2\tRowanmere Borough Council has asked that the formula take account of caseload, as',
      '  \tits residents account for 31% of inquests opened.',
      { gap: 6 },
      '**6.\tStaffing',
      '**Table 3: Staffing of the coroner service (FTE)',
    ]),
    table([
      ['**Role', '**Current FTE', '**Proposed FTE'],
      ['Senior Coroner', '1.0', '1.0'],
      ['Area Coroner', '1.0', '2.0'],
      ['Coroner’s Officers', '12.0', '14.0'],
      ['Inquest and Administrative Officers', '6.5', '6.5'],
      ['Coroner Service Manager', '1.0', '1.0'],
      ['**Total employed (excluding fee-paid Assistant Coroners)', '**21.5', '**24.5'],
    ], [72, 380, 460]),
    text([
      '6.1\tThe Area Coroner will be appointed by the County Council with the consent of the',
      '  \tChief Coroner and the Lord Chancellor; recruitment is expected to take six months.',
      '  \tThe Coroner’s Officers will be appointed at Grade 7. Nine fee-paid Assistant',
      '  \tCoroners cover leave and peaks in demand.',
      '6.2\tWith the extra capacity the Senior Coroner expects the number of inquests open for',
      '  \tmore than 12 months to fall below 100 by March 2027.',
      { gap: 6 },
      '**7.\tReview of the funding agreement',
      '7.1\tThe agreement does not reflect the medical examiner system or the change in',
      '  \tcaseload. A joint officer group of the three councils will review the cost-sharing',
      '  \tformula, governance and the accommodation at Hexworth Coroner’s Court, and will',
      '  \treport to Cabinet by October 2026. Any new formula would apply from 2027/28.',
    ]),
  ]);
  const p3 = stack([
    runIn('Legal implications.', 'Schedule 2 to the Coroners and Justice Act 2009 makes the', [
      'lead authority responsible for the coroner’s staff and accommodation; the other',
      'councils in the area must pay their agreed share of its costs.',
    ]),
    text([{ gap: 6 }]),
    runIn('Risks.', 'If the Area Coroner post is not filled in 2026/27, the backlog will continue to', [
      'grow and the cost of fee-paid Assistant Coroners will rise.',
    ]),
    text([
      { gap: 8 },
      'Contact officer: Gwendolen Arkwright, Coroner Service Manager, 01632 960 552',
      'Background papers: Joint Funding Agreement for the Hexworth and Rowanmere Coroner',
      'Area (2013)',
    ]),
  ]);
  return makePdf([
    [...p1, ...footer('Hexworth County Council – Cabinet – 20 January 2026', 1)],
    [...p2, ...footer('Hexworth County Council – Cabinet – 20 January 2026', 2)],
    [...p3, ...footer('Hexworth County Council – Cabinet – 20 January 2026', 3)],
  ]);
}

/** (f) Parking strategy and charges review report to an Executive. */
function parkingChargesReview(): Uint8Array {
  const p1 = stack([
    text([
      '**PELSWORTH BOROUGH COUNCIL',
      '**EXECUTIVE – 3 FEBRUARY 2026',
      'Agenda item 5',
      'Report No. EX/26/07',
      { gap: 4 },
      '**PARKING STRATEGY 2026–2031 AND REVIEW OF PARKING CHARGES',
      'Executive Member:\tCouncillor Naomi Featherstone, Environment and Transport',
      'Report of:\tGideon Mallaby, Director of Place',
      'Key decision:\tYes',
      { gap: 8 },
      '**1.\tSUMMARY',
      '1.1\tCar park charges in Pelsworth have not changed since April 2022, while the cost of',
      '  \trunning the car parks has risen by 27%. This report seeks adoption of a new Parking',
      '  \tStrategy 2026–2031 and approval of new car park tariffs and permit charges.',
      { gap: 6 },
      '**2.\tRECOMMENDATIONS',
      'The Executive is recommended to:',
      '2.1\tadopt the Parking Strategy 2026–2031 at Appendix A;',
      '2.2\tapprove the car park tariffs in Table 1 and the permit charges in Table 2, to take',
      '  \teffect from 1 June 2026;',
      '2.3\tauthorise the Head of Highways and Parking to give notice of the proposed changes',
      '  \tto the Off-Street Parking Places Order and the on-street Traffic Regulation Order',
      '  \t(TRO), and to carry out the statutory consultation;',
      '2.4\tdelegate authority to the Director of Place, in consultation with the Executive',
      '  \tMember, to consider any objections and make the Orders, with or without',
      '  \tmodification, provided no charge is set above the amounts in this report; and',
      '2.5\tnote that the additional income is estimated at £486,000 in a full year (£405,000',
      '  \tin 2026/27).',
      { gap: 6 },
      '**3.\tPARKING STRATEGY 2026–2031',
      '3.1\tThe strategy has five aims: support the town centre economy; manage demand for',
      '  \tspaces; keep residents’ streets clear; support the move to electric vehicles; and',
      '  \trun the parking service at no net cost to council tax payers.',
      '3.2\tIt proposes free parking after 3 pm on Saturdays in December to support town',
      '  \tcentre traders, and an increase in electric vehicle (EV) charging bays in council car',
      '  \tparks from 24 to 80 by 2028.',
      { gap: 6 },
      '**4.\tCAR PARK TARIFFS',
      '**Table 1: Car park tariffs, current and proposed',
    ]),
    table([
      ['**Stay', '**Current', '**Proposed'],
      ['Up to 1 hour', '£1.40', '£1.60'],
      ['Up to 2 hours', '£2.50', '£2.90'],
      ['Up to 3 hours', '£3.40', '£3.90'],
      ['Up to 4 hours', '£4.20', '£4.80'],
      ['All day (long stay car parks only)', '£6.00', '£7.00'],
      ['Evening (6 pm to midnight)', '£1.00', '£1.50'],
      ['Sunday and bank holidays, all day', '£1.50', '£2.00'],
    ], [72, 330, 420]),
    text([
      '4.1\tBlue Badge holders will continue to park free in all council car parks. The first',
      '  \t30 minutes in the Market Street car park will stay free.',
    ]),
  ]);
  const p2 = stack([
    text([
      '**5.\tPERMIT CHARGES',
      '**Table 2: Permit charges (a year, unless stated)',
    ]),
    table([
      ['**Permit', '**Current', '**Proposed'],
      ['Resident permit – first vehicle', '£55', '£65'],
      ['Resident permit – second vehicle', '£90', '£110'],
      ['Visitor permits (book of 10 daily scratchcards)', '£12', '£15'],
      ['Business permit (on-street, one zone)', '£420', '£480'],
      ['Long stay season ticket (car park)', '£720', '£820'],
    ], [72, 330, 420]),
    text([
      '5.1\tThere will be no charge for a first resident permit for a fully electric vehicle until',
      '  \t31 March 2027.',
      { gap: 6 },
      '**6.\tINCOME',
      '**Table 3: Estimated additional income in a full year',
    ]),
    table([
      ['**Source', '**£'],
      ['Car park tariffs', '352,000'],
      ['Resident and visitor permits', '61,000'],
      ['Business permits and season tickets', '73,000'],
      ['**Total', '**486,000'],
    ], [72, 330]),
    text([
      '6.1\tThe estimate assumes that car park use falls by 5% in the first year. Surplus income',
      '  \tfrom on-street parking and permits must be used in line with section 55 of the Road',
      '  \tTraffic Regulation Act 1984 (RTRA), for example on highway and transport schemes.',
      { gap: 6 },
      '**7.\tCONSULTATION AND TIMETABLE',
      '7.1\tInformal consultation with town centre traders, the Pelsworth Business Improvement',
      '  \tDistrict (BID) and the public ran from 6 October to 16 November 2025 and received',
      '  \t1,214 responses: 62% opposed higher charges, but 71% supported more EV charging.',
      '7.2\tStatutory consultation on the Orders will run from 19 February 2026 to 12 March 2026.',
      '  \tNotices will be published in the Pelsworth Gazette and displayed on site.',
      '7.3\tIf the Orders are made, the new charges will take effect on 1 June 2026, when the pay',
      '  \tmachines and the cashless parking app will be updated.',
      { gap: 6 },
      '**8.\tEQUALITIES',
      '8.1\tAn equality impact assessment found that keeping free parking for Blue Badge',
      '  \tholders limits the effect on disabled people.',
      { gap: 6 },
      '**9.\tNEXT STEPS',
      '9.1\tA report on the first six months of the new charges, including car park use, will be',
      '  \tbrought to the Executive in January 2027.',
      { gap: 8 },
      'Contact officer: Tamsin Okonedo-Reeve, Parking Services Manager',
    ]),
  ]);
  return makePdf([
    [...p1, ...folio(1, 2)],
    [...p2, ...folio(2, 2)],
  ]);
}

/** (g) Scottish council committee minute: numbered items, "Decision", a division by name. */
function scottishPolicyResourcesMinute(): Uint8Array {
  const p1 = stack([
    text([
      '**LOCHARDIE COUNCIL',
      '**MINUTE of MEETING of the POLICY AND RESOURCES COMMITTEE held in the Council',
      '**Chamber, Municipal Buildings, Port Ardvane on Thursday 4 December 2025 at 10.00 am',
      { gap: 6 },
      'Present: Councillors Morag Dalgleish (Convener), Gregor Sinclair-Bell (Depute Convener),',
      'Fiona Airlie, Alasdair Cowie, Isla Drysdale, Callum Ferrier, Shona Gilchrist, Lachlan',
      'Haldane, Catriona Imrie, Ross Jardine, Eilidh Kinnaird, Murdo MacAskill, Ishbel Nairn,',
      'Duncan Ogilvie and Rhona Pettigrew.',
      'Apology: Councillor Graeme Tosh.',
      'Attending: A Fairbairn, Chief Executive; L Monteith, Head of Finance; C Rennie, Chief',
      'Officer – Legal and Democratic Services; P Sangster, Committee Officer.',
      { gap: 8 },
      '**1.\tDECLARATIONS OF INTEREST',
      'Councillor Nairn declared a non-financial interest in item 5 as a trustee of Ardvane',
      'Harbour Heritage Trust and said that she would leave the meeting for that item.',
      { gap: 4 },
      '**2.\tMINUTE OF PREVIOUS MEETING',
      'There was submitted the minute of meeting of this Committee of 23 October 2025.',
      '**Decision',
      'The Committee approved the minute as a correct record.',
      { gap: 4 },
      '**3.\tREVENUE BUDGET 2026/27 TO 2028/29 – PUBLIC CONSULTATION',
      'There was submitted a report by the Head of Finance which (1) advised that the Council',
      'faced an estimated budget gap of £14.6m in 2026/27, rising to £38.9m by 2028/29,',
      'before any increase in council tax and after the expected payment to the Lochardie',
      'Integration Joint Board (IJB); (2) set out 42 savings options totalling £11.2m; and',
      '(3) sought approval for a public consultation on the options and on council tax levels.',
      'Motion',
      'Councillor Dalgleish, seconded by Councillor Sinclair-Bell, moved that the Committee',
      'approve the recommendations in the report.',
      'Amendment',
      'Councillor Haldane, seconded by Councillor Ogilvie, moved as an amendment that',
      'option 17 (closure of four public conveniences) and option 23 (reduction in school',
      'crossing patrols) be removed from the consultation.',
      'On a division, there voted:',
      'For the motion (9): Councillors Airlie, Cowie, Dalgleish, Drysdale, Ferrier, Gilchrist,',
      'Imrie, Kinnaird and Sinclair-Bell.',
      'For the amendment (5): Councillors Haldane, Jardine, MacAskill, Nairn and Ogilvie.',
      'Abstained (1): Councillor Pettigrew.',
      'The motion was accordingly carried.',
      '**Decision',
      'The Committee agreed:-',
      '(a)\tto approve a public consultation on the budget options set out in Appendix 1 to the',
      '  \treport and on council tax increases of 6%, 8% and 10% for 2026/27, running from',
      '  \t8 December 2025 to 25 January 2026;',
      '(b)\tto note the estimated budget gap of £14.6m for 2026/27; and',
      '(c)\tthat the results of the consultation be reported to the special meeting of the Council',
      '  \ton 26 February 2026, when the budget and council tax for 2026/27 will be set.',
    ]),
  ]);
  const p2 = stack([
    text([
      '**4.\tVISITOR LEVY – IMPLEMENTATION',
      'With reference to the minute of the Council of 27 March 2025, when it was agreed to',
      'introduce a visitor levy of 5% on overnight stays from 1 October 2026, there was',
      'submitted a report by the Head of Finance on the arrangements for collecting the levy',
      'from about 1,900 accommodation providers.',
      '**Decision',
      'The Committee agreed:-',
      '(a)\tto note progress in preparing for the visitor levy;',
      '(b)\tto approve the creation of 4.0 FTE posts in a Visitor Levy Team (1.0 FTE Team',
      '  \tLeader, Grade 9, and 3.0 FTE Revenues Officers, Grade 6) from 1 February 2026,',
      '  \tfunded from the Change Fund until levy income is received; and',
      '(c)\tto instruct the Head of Finance to report to this Committee in June 2026 on the',
      '  \treadiness of the collection system.',
      { gap: 4 },
      '**5.\tPORT ARDVANE COMMON GOOD FUND – GRANT APPLICATIONS',
      'Councillor Nairn, having declared an interest, left the meeting.',
      'There was submitted a report by the Chief Officer – Legal and Democratic Services on',
      'three applications to the Port Ardvane Common Good Fund, which had a balance',
      'available for grants of £61,300.',
      '**Decision',
      'The Committee agreed:-',
      '(a)\tto award £18,000 from the Port Ardvane Common Good Fund to Ardvane Harbour',
      '  \tHeritage Trust towards repairs to the harbour lighthouse;',
      '(b)\tto award £4,500 to Port Ardvane Pipe Band towards new uniforms; and',
      '(c)\tto refuse the application from Lochardie Motor Club, as the event would not mainly',
      '  \tbenefit the inhabitants of the former burgh of Port Ardvane.',
      'Councillor Nairn returned to the meeting.',
      { gap: 4 },
      '**6.\tCORPORATE RISK REGISTER',
      'There was submitted a report by the Chief Executive on the Corporate Risk Register,',
      'which now included the financial sustainability of the IJB as a very high risk.',
      '**Decision',
      'The Committee noted the report.',
      { gap: 8 },
      'The meeting ended at 12.25 pm.',
    ]),
  ]);
  return makePdf([
    [...p1, ...folio(1, 2)],
    [...p2, ...folio(2, 2)],
  ]);
}

/** (h) Quarterly performance report with a forward work plan written as paragraphs. */
function scrutinyPerformanceWorkPlan(): Uint8Array {
  const p1 = stack([
    text([
      '**HOLLINSDALE COUNTY COUNCIL',
      '**Resources and Performance Overview and Scrutiny Committee',
      '**19 November 2025',
      '**Item 7',
      { gap: 4 },
      '**Quarter 2 Performance Report 2025/26 and Forward Work Plan',
      'Report of the Assistant Chief Executive (Strategy and Performance)',
      'Author: Nadia Fairclough, Performance and Intelligence Manager',
      { gap: 8 },
      '**1.\tPurpose',
      '1.1\tThis report sets out the Council’s performance at the end of Quarter 2 (July to',
      '  \tSeptember 2025) against the Council Plan 2025–2029, and the Committee’s forward',
      '  \twork plan for the rest of 2025/26.',
      { gap: 6 },
      '**2.\tRecommendations',
      '2.1\tThe Committee is asked to:',
      '(a)\tnote performance at the end of Quarter 2 and identify any areas for more detailed',
      '  \tscrutiny;',
      '(b)\tagree the forward work plan set out in section 5; and',
      '(c)\tnote that the Quarter 3 performance report will be presented to the Committee on',
      '  \t11 March 2026.',
      { gap: 6 },
      '**3.\tSummary of performance',
      '3.1\tOf the 32 key performance indicators (KPIs) reported this quarter, 19 are on target',
      '  \t(green), 8 are within 5% of target (amber) and 5 are off target (red).',
      '**Table 1: Red-rated indicators at Quarter 2',
    ]),
    table([
      ['**Indicator', '**Target', '**Q2 actual'],
      ['Council tax collected in year (%)', '57.0%', '55.2%'],
      ['Days lost to sickness per FTE (rolling 12 months)', '9.0', '11.4'],
      ['Education, Health and Care Plans issued within 20 weeks', '60%', '38%'],
      ['Freedom of Information (FOI) requests answered in 20 working days', '90%', '81%'],
      ['Household waste recycled or composted', '50.0%', '46.3%'],
    ], [72, 400, 470]),
    text([
      '3.2\tThe timeliness of Education, Health and Care Plans (EHCPs) reflects a 24% rise in',
      '  \trequests for assessment compared with Quarter 2 last year. Sickness absence is',
      '  \thighest in adult social care and highways, mainly because of stress and',
      '  \tmusculoskeletal conditions.',
      { gap: 6 },
      '**4.\tFinance',
      '4.1\tThe forecast revenue overspend at Quarter 2 is £7.9m (1.3% of the net budget of',
      '  \t£604m), mainly in children’s social care placements (£6.1m) and home to school',
      '  \ttransport (£2.4m), partly offset by underspends elsewhere (£0.6m).',
    ]),
  ]);
  const p2 = stack([
    text([
      '**5.\tForward work plan',
      '5.1\tThe work plan has been agreed with the Chair and Vice-Chair and takes account of',
      '  \tthe Cabinet’s Forward Plan.',
      '5.2\tAt its meeting on 14 January 2026 the Committee will consider the draft Revenue',
      '  \tBudget 2026/27 and Medium Term Financial Strategy (MTFS) 2026–2030, presented',
      '  \tby Tobias Greenhalgh, Director of Finance, and the Attendance Management Action',
      '  \tPlan, presented by Sunita Ravensdale, Head of HR and Organisational Development.',
      '5.3\tAt its meeting on 11 March 2026 the Committee will consider the Quarter 3',
      '  \tPerformance Report 2025/26, presented by Nadia Fairclough, Performance and',
      '  \tIntelligence Manager, and the Property Rationalisation Programme – progress,',
      '  \tpresented by Curtis Ambrose-Lyle, Head of Property and Assets.',
      '5.4\tAt its meeting on 17 June 2026 the Committee will consider the Provisional Revenue',
      '  \tand Capital Outturn 2025/26, presented by Tobias Greenhalgh, Director of Finance.',
      '5.5\tThe Committee has also asked to consider the following items; the dates are to be',
      '  \tconfirmed:',
      '•\tCustomer Contact Centre telephone answering times, presented by the Head of',
      '  \tCustomer Services (date to be confirmed);',
      '•\tthe review of the Council’s use of agency staff, presented by the Head of HR and',
      '  \tOrganisational Development (date to be confirmed); and',
      '•\tFreedom of Information performance recovery plan (date to be confirmed).',
      '5.6\tA task and finish group on home to school transport costs will be set up in January',
      '  \t2026 and will report its findings to the Committee by July 2026.',
      { gap: 6 },
      '**6.\tImplications',
      '6.1\tThere are no direct financial, legal or equality implications arising from this report.',
      { gap: 8 },
      'Background papers: Council Plan 2025–2029; Cabinet Forward Plan, November 2025',
    ]),
  ]);
  return makePdf([
    [...p1, ...folio(1, 2)],
    [...p2, ...folio(2, 2)],
  ]);
}

export const SYNTHETIC26: Record<string, () => Uint8Array> = {
  's26-treasury-capital-strategy': treasuryCapitalStrategy,
  's26-dfg-housing-assistance': dfgHousingAssistance,
  's26-ca-skills-board-minutes': combinedAuthoritySkillsBoard,
  's26-neighbourhood-plan-making': neighbourhoodPlanMaking,
  's26-joint-coroner-funding': jointCoronerFunding,
  's26-parking-charges-review': parkingChargesReview,
  's26-scottish-pr-committee-minute': scottishPolicyResourcesMinute,
  's26-scrutiny-performance-workplan': scrutinyPerformanceWorkPlan,
};
