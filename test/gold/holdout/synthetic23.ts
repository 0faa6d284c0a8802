/**
 * Eight more synthetic papers in the styles of councils we hold no papers from: an audit
 * committee's annual report on debt write-offs (a £ table by category and an approval-threshold
 * table), a county council EDI annual workforce report to a personnel committee (profile
 * percentages, gender pay gap, an action plan table), a city cabinet report awarding a public
 * space CCTV contract (cameras, contract value by year, control room posts), town council
 * allotments committee minutes ("AL/25/16", "It was RESOLVED that …"), a safeguarding adults
 * board annual report to a health and wellbeing board (partner contributions table), a cabinet
 * member decision session record of decision on markets, a licensing committee report on a
 * street trading policy consultation, and a scrutiny work programme as a table
 * "Month | Item | Lead officer | Status". Built as small PDFs by test/helpers/make-pdf.ts; gold is
 * written with the papers (synthetic-<key>.json, "file": "synthetic:<key>"). Councils and people
 * are invented; the wording follows real papers of each kind. Written blind to the parser.
 */
import { flowPage, grid, makePdf, type PdfLine } from '../../helpers/make-pdf.ts';

/** A page number at the foot of a page. */
function folio(n: number, of: number): PdfLine[] {
  return [{ text: `Page ${n} of ${of}`, x: 270, y: 815, size: 9 }];
}

/** (a) Audit committee: corporate debt write-offs annual report. */
function debtWriteOffs(): Uint8Array {
  const p1 = flowPage([
    '**ELMHIRST BOROUGH COUNCIL',
    '**AUDIT AND ACCOUNTS COMMITTEE – 24 JUNE 2025',
    '**Agenda Item 7',
    { gap: 4 },
    '**CORPORATE DEBT RECOVERY AND WRITE-OFFS: ANNUAL REPORT 2024/25',
    'Report of the Head of Revenues and Benefits',
    'Classification: Public',
    { gap: 8 },
    '**1.\tPurpose of Report',
    '1.1\tTo report the debts written off during 2024/25 under the Council’s Corporate Debt',
    '  \tRecovery Policy (CDRP) and to review the officer thresholds for approving write-offs.',
    { gap: 6 },
    '**2.\tRecommendations',
    '2.1\tThe Committee is asked to note:',
    '(a)\tthe debts totalling £1,146,382 written off in 2024/25, as set out in Table 1; and',
    '(b)\tthe write-off of three business rates debts above £50,000 during the year.',
    '2.2\tThe Committee is asked to approve the revised write-off approval thresholds in',
    '  \tTable 2, with effect from 1 August 2025.',
    { gap: 6 },
    '**3.\tDebts written off in 2024/25',
    '3.1\tTable 1 shows the debts written off in 2024/25 by category, compared with 2023/24.',
    '  \tA debt is written off only when all recovery action has been taken, or when the',
    '  \tdebtor has died, is insolvent or cannot be traced.',
    { gap: 4 },
    '**Table 1: Debts written off by category',
  ]);
  const t1 = [
    ['**Category', '**No. of accounts', '**2024/25 £', '**2023/24 £'],
    ['Council tax', '1,284', '412,906', '389,115'],
    ['Business rates (NNDR)', '57', '498,210', '356,740'],
    ['Housing benefit overpayments', '311', '163,477', '171,902'],
    ['Sundry debt', '426', '71,789', '64,318'],
    ['**Total', '**2,078', '**1,146,382', '**982,075'],
  ];
  const p1b = flowPage([
    '3.2\tNational Non-Domestic Rates (NNDR) write-offs rose by £141,470. This is mainly',
    '  \tdue to the liquidation of two retailers in the Elmhirst Gate shopping centre, which',
    '  \ttogether accounted for £186,540 of business rates written off.',
    '3.3\tWrite-offs are 0.6% of the total collectable debit of £191.4m. In-year collection',
    '  \twas 96.8% for council tax and 98.1% for business rates.',
    '3.4\tDebts can be written back on if a debtor is later traced; £23,614 was written back',
    '  \ton in 2024/25.',
  ], { top: 490 });
  const p2 = flowPage([
    '**4.\tApproval thresholds',
    '4.1\tUnder the Financial Procedure Rules (FPR), write-offs are approved by officers',
    '  \taccording to the value of the individual debt. Table 2 sets out the current and the',
    '  \tproposed thresholds. The change raises the Head of Revenues and Benefits’ limit to',
    '  \t£50,000 so that the Section 151 Officer approves only the largest cases.',
    { gap: 4 },
    '**Table 2: Write-off approval thresholds',
  ]);
  const t2 = [
    ['**Value of individual debt', '**Current approver', '**Proposed approver'],
    ['Up to £1,000', 'Revenues Team Leader', 'Revenues Team Leader'],
    ['£1,000.01 to £10,000', 'Head of Revenues and Benefits', 'Head of Revenues and Benefits'],
    ['£10,000.01 to £50,000', 'Section 151 Officer', 'Head of Revenues and Benefits'],
    ['Over £50,000', 'S151 Officer and Portfolio Holder', 'Section 151 Officer'],
  ];
  const p2b = flowPage([
    '4.2\tWrite-offs over £50,000 are also notified to the Portfolio Holder for Finance,',
    '  \tCouncillor Marguerite Wakerley-Hale.',
    { gap: 6 },
    '**5.\tRecovery',
    '5.1\tThe Council’s enforcement agent, Brockwell Enforcement Services Ltd, recovered',
    '  \t£2.31m of council tax and business rates arrears in 2024/25.',
    { gap: 6 },
    '**6.\tFinancial implications',
    '6.1\tWrite-offs are charged to the bad debt provision (BDP), which stood at £2.87m',
    '  \ton 31 March 2025 and is considered adequate by the Section 151 Officer, Declan',
    '  \tIlesanmi-Rowe.',
    { gap: 6 },
    '**7.\tFuture reporting',
    '7.1\tA mid-year update on business rates write-offs will be included in the Treasury',
    '  \tand Debt Monitoring report to the Committee in November 2025.',
    '7.2\tThe next annual report on write-offs, covering 2025/26, will be presented to this',
    '  \tCommittee in June 2026.',
    { gap: 8 },
    'Contact officer: Talitha Brennan-Oakes, Head of Revenues and Benefits',
    'Background papers: Corporate Debt Recovery Policy 2023; write-off schedules 2024/25',
  ], { top: 250 });
  return makePdf([
    [...p1, ...grid(t1, [72, 270, 370, 460], 400, { size: 10 }), ...p1b, ...folio(1, 2)],
    [...p2, ...grid(t2, [72, 200, 385], 164, { size: 10 }), ...p2b, ...folio(2, 2)],
  ]);
}

/** (b) EDI annual workforce report to an employment and personnel committee (bold run-in headings). */
function ediAnnualReport(): Uint8Array {
  const p1 = flowPage([
    '**HAZELFORD COUNTY COUNCIL',
    '**Employment and Personnel Committee',
    'Tuesday 16 September 2025',
    '**Item 6: Equality, Diversity and Inclusion Annual Workforce Report 2024/25',
    'Report of the Director of People and Organisational Development',
    { gap: 8 },
    '**Summary. This report presents the Council’s annual workforce equality data at',
    '31 March 2025, its gender pay gap and an Equality, Diversity and Inclusion (EDI) action',
    'plan for 2025/26. The data covers 4,862 employees, excluding staff in maintained schools.',
    { gap: 6 },
    '**Recommendations. That the Committee:',
    '(i)\tnotes the workforce profile and gender pay gap set out in this report;',
    '(ii)\tapproves the EDI Action Plan 2025/26 in Table 3;',
    '(iii)\tendorses the publication of the gender pay gap figures on the Council’s website',
    '  \tand the government portal by 31 October 2025; and',
    '(iv)\tagrees to receive a progress report on the action plan in March 2026.',
    { gap: 6 },
    '**Workforce profile. Table 1 compares the workforce with the economically active',
    'population of the county (Census 2021).',
    { gap: 2 },
  ]);
  const t1 = [
    ['**Characteristic', '**Council workforce', '**County population'],
    ['Women', '68.2%', '47.9%'],
    ['Women in top 5% of earners', '51.4%', '–'],
    ['Black, Asian and minority ethnic', '7.9%', '11.6%'],
    ['Disabled', '6.3%', '14.2%'],
    ['Aged under 25', '4.1%', '12.8%'],
    ['Aged 55 and over', '27.6%', '21.3%'],
    ['Declared LGB+', '3.8%', '3.1%'],
  ];
  const p1b = flowPage([
    'Declaration rates remain low for disability (71%) and sexual orientation (64%), so the',
    'figures should be treated with caution.',
    { gap: 6 },
    '**Gender pay gap. At the snapshot date of 31 March 2025 the mean gender pay gap (GPG)',
    'was 9.4% (2024: 10.8%) and the median gap was 7.1% (2024: 8.3%). Women are 74% of',
    'the lowest pay quartile and 58% of the highest. The Council pays no bonuses.',
  ], { top: 442 });
  const p2 = flowPage([
    '**Progress in 2024/25. The Council achieved Disability Confident Leader status in',
    'January 2025 and set up two new Staff Network Groups (SNGs), for carers and for',
    'neurodivergent staff, bringing the total to six. 312 managers completed inclusive',
    'recruitment training.',
    { gap: 6 },
    '**Action plan. Table 3 sets out the proposed EDI Action Plan 2025/26.',
    '**Table 3: EDI Action Plan 2025/26',
  ]);
  const t3 = [
    ['**Action', '**Lead', '**Target date'],
    ['Anonymise shortlisting for all posts up to grade HC9', 'Head of HR Operations', '31 December 2025'],
    ['Guaranteed interview scheme extended to care leavers', 'Head of Resourcing', '1 January 2026'],
    ['Reverse mentoring for the Corporate Leadership Team', 'EDI Lead', '31 March 2026'],
    ['Menopause and carers’ policies reviewed', 'Head of HR Policy', '30 April 2026'],
    ['Ethnicity and disability pay gaps published', 'EDI Lead', '31 July 2026'],
  ];
  const p2b = flowPage([
    '**Financial implications. The action plan will be delivered within the existing',
    'Organisational Development budget, with £18,500 set aside for the reverse mentoring',
    'programme and training.',
    { gap: 6 },
    '**Consultation. The recognised trade unions (UNISON and GMB) and the chairs of the',
    'Staff Network Groups were consulted on the action plan in July 2025.',
    { gap: 8 },
    'Contact: Rafferty Osei-Gadd, EDI Lead',
    'Director: Ifeoma Lantry, Director of People and Organisational Development',
  ], { top: 290 });
  return makePdf([
    [...p1, ...grid(t1, [72, 280, 410], 330, { size: 10 }), ...p1b, ...folio(1, 2)],
    [...p2, ...grid(t3, [72, 330, 460], 168, { size: 9 }), ...p2b, ...folio(2, 2)],
  ]);
}

/** (c) Cabinet report: public space CCTV upgrade contract award. */
function cctvContractAward(): Uint8Array {
  const p1 = flowPage([
    '**LARKHOLLOW CITY COUNCIL',
    '**CABINET',
    { gap: 4 },
    'Date of meeting:\t14 October 2025',
    'Report title:\tPublic Space CCTV Upgrade – Award of Contract',
    'Cabinet Member:\tCouncillor Anwen Cadwallon-Obi, Safer Communities',
    'Report author:\tJessamy Quartermaine, CCTV and Control Room Manager',
    'Key decision:\tYes',
    'Wards affected:\tAll',
    { gap: 8 },
    '**1.\tRecommendations',
    'Cabinet is recommended to:',
    '1.\tapprove the award of a contract for the replacement, installation and five years’',
    '  \tmaintenance of the Council’s public space CCTV system to Brightwatch Security',
    '  \tSystems Ltd, at a total contract value of £1,979,000;',
    '2.\tapprove the addition of £1,460,000 to the capital programme for 2025/26 and',
    '  \t2026/27, funded as set out in paragraph 5.2;',
    '3.\tapprove the establishment of 3.0 FTE additional posts in the CCTV Control Room',
    '  \tfrom 1 April 2026, as set out in paragraph 6.1;',
    '4.\tdelegate authority to the Director of Neighbourhoods, in consultation with the',
    '  \tCabinet Member for Safer Communities, to exercise the option to extend the',
    '  \tcontract by up to two years; and',
    '5.\tnote that a progress report on the upgrade will be presented to the Safer',
    '  \tCommunities Scrutiny Panel in September 2026.',
    { gap: 6 },
    '**2.\tBackground',
    '2.1\tThe Council operates 212 public space cameras in the city centre, the three district',
    '  \tcentres and at 14 car parks. 148 of them are analogue cameras installed between 2006',
    '  \tand 2011; spare parts are no longer made and 31 cameras were out of action in August',
    '  \t2025. Recordings are used by Larkhollow Police in about 1,900 incidents a year.',
    '2.2\tThe upgrade will replace all 212 cameras with 236 high-definition IP cameras,',
    '  \tadding coverage at Canal Basin and Fennel Street, and will replace the control room',
    '  \tvideo wall and recording system.',
  ]);
  const p2 = flowPage([
    '**3.\tProcurement',
    '3.1\tAn open procedure was run under the Procurement Act 2023. Six tenders were received',
    '  \tand evaluated on 60% quality, 30% price and 10% social value. Brightwatch Security',
    '  \tSystems Ltd scored highest (86.4 out of 100) and offered the lowest whole-life cost.',
    { gap: 6 },
    '**4.\tContract value',
    '4.1\tThe contract runs for five years from 1 December 2025, with an option to extend',
    '  \tby up to two further years. Its value is profiled as follows:',
  ]);
  const t = [
    ['**Year', '**Capital £', '**Maintenance £', '**Total £'],
    ['2025/26', '610,000', '–', '610,000'],
    ['2026/27', '850,000', '76,600', '926,600'],
    ['2027/28', '–', '110,800', '110,800'],
    ['2028/29', '–', '110,800', '110,800'],
    ['2029/30', '–', '110,800', '110,800'],
    ['2030/31', '–', '110,000', '110,000'],
    ['**Total', '**1,460,000', '**519,000', '**1,979,000'],
  ];
  const p2b = flowPage([
    '**5.\tFinancial implications',
    '5.1\tMaintenance of £519,000 over the contract is met from the existing CCTV revenue',
    '  \tbudget, which saves £38,000 a year on the current repair costs.',
    '5.2\tThe capital cost of £1,460,000 is funded by prudential borrowing of £1,100,000',
    '  \tand a contribution of £360,000 from the Office of the Police and Crime',
    '  \tCommissioner (OPCC).',
    { gap: 6 },
    '**6.\tStaffing',
    '6.1\tThe Control Room is staffed 24 hours a day by 8.0 FTE CCTV Operators. The larger',
    '  \tsystem needs 2.0 FTE additional Control Room Operators (grade LC5, £71,200 a year)',
    '  \tand 1.0 FTE Control Room Supervisor (grade LC7, £44,900 a year), bringing the',
    '  \tteam to 11.0 FTE. The £116,100 cost is met from the car parking surplus.',
    { gap: 6 },
    '**7.\tTimetable',
    '7.1\tInstallation will start in January 2026 and the new system is expected to go live',
    '  \ton 1 June 2026. The old cameras will be removed by the end of July 2026.',
    { gap: 6 },
    '**8.\tEquality and data protection',
    '8.1\tA Data Protection Impact Assessment (DPIA) has been completed and the system',
    '  \tcomplies with the Surveillance Camera Code of Practice.',
  ], { top: 320 });
  return makePdf([
    [...p1, ...folio(1, 2)],
    [...p2, ...grid(t, [72, 200, 310, 430], 198, { size: 10 }), ...p2b, ...folio(2, 2)],
  ]);
}

/** (d) Town council allotments committee minutes with prefixed minute numbers. */
function allotmentsMinutes(): Uint8Array {
  const p1 = flowPage([
    '**FOXTONBURY TOWN COUNCIL',
    '**ALLOTMENTS COMMITTEE',
    'Minutes of the meeting held on Monday 3 November 2025 at 7.00 pm in the Coronation Room,',
    'Foxtonbury Town Hall',
    { gap: 6 },
    'Present: Cllr H Pellowe-Birch (Chair), Cllr T Brambury, Cllr N Caddick, Cllr S Jevons,',
    'Cllr V Pollitt and Cllr R Quarrie-Mensah',
    'In attendance: Marisol Yendle (Town Clerk), Devlin Saxby (Allotments Officer) and two',
    'representatives of the Foxtonbury Allotment Holders’ Association (FAHA)',
    { gap: 8 },
    '**AL/25/14\tApologies for absence',
    'There were no apologies.',
    { gap: 4 },
    '**AL/25/15\tDeclarations of interest',
    'Cllr Jevons declared a non-pecuniary interest in AL/25/18 as a plot holder at Mill Hey.',
    { gap: 4 },
    '**AL/25/16\tMinutes',
    'It was RESOLVED that the minutes of the meeting held on 1 September 2025 be approved',
    'and signed by the Chair as a correct record.',
    { gap: 4 },
    '**AL/25/17\tWaiting list',
    'The Allotments Officer reported that 87 people were on the waiting list (Mill Hey 41,',
    'Sandpit Lane 29, Quince Walk 17) and the average wait was 26 months.',
    'It was RESOLVED that full plots becoming vacant be split and let as half plots until the',
    'waiting list falls below 40.',
    { gap: 4 },
    '**AL/25/18\tAllotment rents 2026/27',
    'Members considered the Clerk’s report. Rents were last increased in October 2023 and',
    'water charges had risen by 19% since then. FAHA supported an increase.',
    'It was RESOLVED that the following annual rents be approved with effect from',
    '1 October 2026:',
    '(a)\tfull plot (250 square metres): £52.00 (currently £46.00);',
    '(b)\thalf plot: £27.00 (currently £24.00);',
    '(c)\traised bed for disabled holders: £13.50 (currently £12.00); and',
    '(d)\tthe 50% concession for holders receiving Pension Credit to continue.',
    'Proposed Cllr Brambury, seconded Cllr Pollitt. (4 in favour, 1 against, 1 abstention)',
    'ACTION: The Clerk to write to all plot holders with notice of the new rents by',
    '28 November 2025.',
  ]);
  const p2 = flowPage([
    '**AL/25/19\tSandpit Lane water supply',
    'Three quotations had been received for replacing the leaking water main and two troughs.',
    'It was RESOLVED to award the work to Dunnock Groundworks Ltd at a cost of £3,480, met',
    'from the Allotments Earmarked Reserve.',
    { gap: 4 },
    '**AL/25/20\tQuince Walk site inspection',
    'The Allotments Officer reported that nine plots had been sent non-cultivation notices in',
    'August; five had since been brought back into cultivation.',
    'It was RESOLVED that the Clerk issue notices to quit to the holders of the remaining',
    'four plots.',
    { gap: 4 },
    '**AL/25/21\tDate of next meeting',
    'Monday 2 February 2026 at 7.00 pm.',
    { gap: 8 },
    'The meeting closed at 8.25 pm.',
    'Signed ……………………………… Chair',
  ]);
  return makePdf([[...p1, ...folio(1, 2)], [...p2, ...folio(2, 2)]]);
}

/** (e) Safeguarding Adults Board annual report to a Health and Wellbeing Board. */
function sabAnnualReport(): Uint8Array {
  const p1 = flowPage([
    '**EBBINGDALE HEALTH AND WELLBEING BOARD',
    '**25 November 2025',
    { gap: 4 },
    '**Ebbingdale Safeguarding Adults Board: Annual Report 2024/25',
    'Report of the Independent Chair of the Ebbingdale Safeguarding Adults Board',
    { gap: 8 },
    '**Purpose of the report',
    'The Care Act 2014 requires the Ebbingdale Safeguarding Adults Board (ESAB) to publish',
    'an annual report and share it with the Health and Wellbeing Board (HWB). This report',
    'summarises the ESAB Annual Report 2024/25.',
    { gap: 6 },
    '**Recommendations',
    'The Board is asked to:',
    '(a)\treceive the ESAB Annual Report 2024/25;',
    '(b)\tnote the partner contributions to the ESAB budget for 2025/26;',
    '(c)\tendorse the ESAB strategic priorities for 2025–2028; and',
    '(d)\tagree to receive an update on the Safeguarding Adults Review action plan at its',
    '  \tmeeting in June 2026.',
    { gap: 6 },
    '**Safeguarding activity in 2024/25',
    '•\t3,412 safeguarding concerns were received, 9% more than in 2023/24 (3,130).',
    '•\t868 concerns (25%) led to an enquiry under section 42 of the Care Act.',
    '•\tThe most common types of abuse in enquiries were neglect and acts of omission',
    '  \t(31%), self-neglect (18%), financial abuse (16%) and physical abuse (14%).',
    '•\t47% of enquiries concerned abuse in the person’s own home and 29% in care homes.',
    '•\tIn 88% of enquiries the person was asked what outcomes they wanted, and in 93%',
    '  \tof those the outcomes were fully or partly achieved (Making Safeguarding',
    '  \tPersonal, MSP).',
    { gap: 6 },
    '**Safeguarding Adults Reviews',
    'Two Safeguarding Adults Reviews (SARs) were commissioned in the year. The review',
    'of ‘Adult F’, a man of 58 who died in a hoarded flat, was published in March 2025. Its',
    'themes were self-neglect, mental capacity and the sharing of information between the',
    'housing provider and the GP practice.',
  ]);
  const p2 = flowPage([
    '**Budget',
    'The ESAB budget for 2025/26 is £209,500, funded by the statutory partners as follows:',
  ]);
  const t = [
    ['**Partner', '**Contribution £', '**Share'],
    ['Ebbingdale County Council', '118,400', '56.5%'],
    ['NHS Ebbingdale and Soar Valley ICB', '58,600', '28.0%'],
    ['Ebbingdale Constabulary', '24,000', '11.5%'],
    ['Ebbingdale Fire and Rescue Service', '5,500', '2.6%'],
    ['Probation Service', '3,000', '1.4%'],
    ['**Total', '**209,500', '**100%'],
  ];
  const p2b = flowPage([
    'The budget pays for the Independent Chair, the Board Business Unit (2.6 FTE) and the',
    'costs of Safeguarding Adults Reviews. Partners have agreed to hold contributions at',
    'the 2024/25 level.',
    { gap: 6 },
    '**Priorities for 2025–2028',
    'Following a development session in May 2025, ESAB agreed three priorities:',
    '1.\tSelf-neglect and hoarding – a multi-agency protocol and training for front-line',
    '  \tstaff;',
    '2.\tTransitions – safer moves for young people with care and support needs turning 18;',
    '3.\tFinancial and online abuse – joint work with trading standards and banks.',
    'The ESAB Strategic Plan 2025–2028 is expected to be published in January 2026.',
    { gap: 6 },
    '**Contact',
    'Professor Ottilie Ranasinghe-Ward, Independent Chair, ESAB',
    'Corin Blackstock, ESAB Business Manager',
  ], { top: 222 });
  return makePdf([
    [...p1, ...folio(1, 2)],
    [...p2, ...grid(t, [72, 300, 420], 110, { size: 10 }), ...p2b, ...folio(2, 2)],
  ]);
}

/** (f) Cabinet member decision session: record of decision on the markets review. */
function marketsDecisionRecord(): Uint8Array {
  const p1 = flowPage([
    '**KELDERBY METROPOLITAN BOROUGH COUNCIL',
    '**RECORD OF DECISION',
    '**Decision Session – Cabinet Member for Economy, Culture and Town Centres',
    { gap: 6 },
    'Decision maker:\tCouncillor Leontyne Harbottle',
    'Date of decision:\t8 January 2026',
    'Subject:\tKelderby and Lowthorpe Markets Review',
    'Decision reference:\tCMD/ECT/2026/003',
    'Key decision:\tNo',
    { gap: 8 },
    '**Decision',
    'The Cabinet Member:',
    '1.\tapproved the revised stall rents set out below, with effect from 6 April 2026;',
    '2.\tagreed that, with effect from 9 April 2026, the Tuesday market at Kelderby',
    '  \tMarket Place be replaced by a Thursday market, and that the Lowthorpe market',
    '  \tmove from Friday to Wednesday;',
    '3.\tapproved the introduction of a monthly Kelderby Twilight Market on the last Friday',
    '  \tof each month from May to October 2026 as a trial; and',
    '4.\tagreed that the changes be reviewed at a decision session in January 2027.',
    { gap: 6 },
    '**Stall rents (per stall, per day)',
  ]);
  const t = [
    ['**Stall type', '**Current', '**From 6 April 2026'],
    ['Kelderby Saturday – 3m x 3m', '£38.00', '£32.00'],
    ['Kelderby weekday – 3m x 3m', '£24.00', '£20.00'],
    ['Lowthorpe – 3m x 3m', '£21.00', '£18.00'],
    ['Casual trader (any market)', '£30.00', '£26.00'],
    ['Twilight Market pitch', '–', '£35.00'],
  ];
  const p1b = flowPage([
    '**Reasons for the decision',
    'Stall occupancy at Kelderby has fallen from 74% in 2019 to 46%. Public consultation',
    'from 6 October to 16 November 2025 received 412 responses: 64% of traders and 58% of',
    'the public preferred a Thursday market to a Tuesday one, and 71% of respondents said',
    'they would visit an evening market. Lower rents are expected to fill 20 more stalls.',
  ], { top: 470 });
  const p2 = flowPage([
    '**Alternative options considered',
    'Keeping the current days and rents (rejected: occupancy would keep falling); closing',
    'the Lowthorpe market (rejected: strong support from residents in the consultation).',
    { gap: 6 },
    '**Financial implications',
    'The lower rents reduce income by about £27,500 in 2026/27. This is expected to be',
    'recovered by 2027/28 from higher occupancy and Twilight Market pitch fees. The',
    'Markets net budget for 2026/27 is £146,000.',
    { gap: 6 },
    '**Consultation with Ward Members and the Markets Traders’ Forum (MTF)',
    'The MTF considered the proposals on 20 November 2025 and supported them.',
    { gap: 6 },
    '**Declarations of interest: None',
    { gap: 6 },
    'Report author: Fergal Ostrowski-Lee, Markets Manager',
    'Call-in: this decision may be called in by 16 January 2026 and will not be implemented',
    'before that date.',
  ]);
  return makePdf([
    [...p1, ...grid(t, [72, 300, 400], 352, { size: 10 }), ...p1b, ...folio(1, 2)],
    [...p2, ...folio(2, 2)],
  ]);
}

/** (g) Licensing committee report: street trading policy consultation outcome. */
function streetTradingPolicy(): Uint8Array {
  const p1 = flowPage([
    '**DORRINGHAM DISTRICT COUNCIL',
    '**LICENSING AND PUBLIC PROTECTION COMMITTEE',
    '**10 February 2026',
    { gap: 4 },
    '**STREET TRADING POLICY 2026–2031: OUTCOME OF CONSULTATION',
    'Report of the Head of Environmental Health and Licensing',
    'Agenda item: 8',
    { gap: 8 },
    '**1.\tSUMMARY',
    '1.1\tThe Council regulates street trading under Schedule 4 to the Local Government',
    '  \t(Miscellaneous Provisions) Act 1982. This report sets out the results of the',
    '  \tconsultation on a new Street Trading Policy and seeks the Committee’s',
    '  \trecommendations to Council.',
    { gap: 6 },
    '**2.\tRECOMMENDATIONS',
    '2.1\tThat the Committee RECOMMENDS to Council that:',
    '(a)\tthe Street Trading Policy 2026–2031 at Appendix A be adopted with effect from',
    '  \t1 April 2026;',
    '(b)\tthe streets listed in Appendix B be designated as consent streets, and Market',
    '  \tSquare, Dorringham be designated as a prohibited street, with effect from 1 April',
    '  \t2026;',
    '(c)\tthe annual street trading consent fees in Table 1 be approved; and',
    '(d)\tauthority be delegated to the Head of Environmental Health and Licensing to make',
    '  \tminor changes to the policy that do not alter its effect.',
    { gap: 6 },
    '**3.\tCONSULTATION',
    '3.1\tThe draft policy was consulted on for eight weeks from 6 October to 30 November',
    '  \t2025. 57 responses were received: 23 from traders, 19 from residents, 9 from',
    '  \tbusinesses and 6 from parish councils and other bodies.',
    '3.2\tThe main issues raised were the cost of consents for small traders, litter around',
    '  \tfood vans and trading near schools. In response the draft now includes a',
    '  \t400-metre exclusion zone around secondary schools between 11.30 am and 4.30 pm',
    '  \tand a lower fee for traders operating up to three days a week.',
    { gap: 6 },
    '**4.\tCONSENT ZONES',
    '4.1\tThe whole district becomes a consent area. Trading in the three town centre',
    '  \tconsent zones (Dorringham, Calverleigh and Tanhurst Quay) will be limited to',
    '  \tdesignated pitches. Market Square, Dorringham is prohibited on Charter Market days.',
  ]);
  const p2 = flowPage([
    '**5.\tFEES',
    '5.1\tThe proposed fees for 2026/27 cover the cost of administering and enforcing the',
    '  \tscheme and are set out in Table 1.',
    '**Table 1: Street trading consent fees 2026/27',
  ]);
  const t = [
    ['**Type of consent', '**Annual fee £'],
    ['Static pitch – up to 7 days a week', '1,240'],
    ['Static pitch – up to 3 days a week', '720'],
    ['Mobile trader (including ice cream vans)', '560'],
    ['Occasional or event consent (per day)', '45'],
    ['Charity or community event', 'No fee'],
  ];
  const p2b = flowPage([
    '5.2\tAll food traders must hold a Food Hygiene Rating Scheme (FHRS) rating of 3 or',
    '  \tabove and a basic Disclosure and Barring Service (DBS) check.',
    { gap: 6 },
    '**6.\tNEXT STEPS',
    '6.1\tIf the Committee agrees, the recommendations will be considered by Council at its',
    '  \tmeeting on 4 March 2026. The designating resolution must then be advertised for',
    '  \ttwo consecutive weeks, the first notice at least 28 days before it takes effect.',
    '6.2\tThe Licensing Manager, Ulrika Sorensby, will report on the first year of the policy',
    '  \tto this Committee in June 2027.',
    { gap: 8 },
    'Contact: Barnaby Kilgallon, Head of Environmental Health and Licensing',
    'Appendices: A – Draft Street Trading Policy 2026–2031; B – Consent streets',
  ], { top: 220 });
  return makePdf([
    [...p1, ...folio(1, 2)],
    [...p2, ...grid(t, [72, 330], 128, { size: 10 }), ...p2b, ...folio(2, 2)],
  ]);
}

/** (h) Scrutiny committee work programme as a table with status column. */
function workProgrammeTable(): Uint8Array {
  const p1 = flowPage([
    '**BEXWORTH BOROUGH COUNCIL',
    '**Communities, Culture and Digital Scrutiny Committee',
    '**Work Programme 2025/26 – as at 1 December 2025',
    { gap: 6 },
    'The work programme is reviewed at every meeting. Items marked “Deferred” or',
    '“Moved” have changed since the last version; the month shown is the new month.',
  ], { size: 10, leading: 13 });
  const xs = [40, 100, 325, 455];
  const rows = [
    ['**Month', '**Item', '**Lead officer', '**Status'],
    ['Nov 2025', 'Leisure centre usage and income – six months', 'Hollis Ventnor-Diaz', 'Completed'],
    ['Jan 2026', 'Library service digital offer', 'Seren Maddocks-Price', 'Confirmed'],
    ['Jan 2026', 'Community Safety Partnership (CSP) Plan refresh', 'Abdirahman Castellow', 'Deferred from November'],
    ['Feb 2026', 'Budget scrutiny: culture and leisure savings', 'Ivo Drummond-Asare', 'Confirmed'],
    ['Mar 2026', 'Customer Access Strategy – channel shift', 'Orla Tregassick', 'Moved to March'],
    ['Mar 2026', 'Museum and archive storage options', 'Kezia Wyndlow', 'Deferred from July'],
    ['Apr 2026', 'Public Wi-Fi in town centres – review', 'Orla Tregassick', 'Provisional'],
    ['Jun 2026', 'VCS grants review', 'Tamsin Grealish', 'Provisional'],
    ['Jul 2026', 'Committee annual report 2025/26', 'Nuala Brisco', 'Provisional'],
  ];
  const tail = flowPage([
    '**Notes',
    '1.\tThe CSP Plan refresh was deferred from November to January so that the new',
    '  \tstrategic assessment could be included.',
    '2.\tThe Customer Access Strategy item was moved from February to March to avoid',
    '  \tthe budget meeting.',
    '3.\tMuseum and archive storage was deferred from July 2025 pending a condition survey',
    '  \tof the Old Drill Hall.',
    '4.\tVCS – voluntary and community sector.',
    { gap: 6 },
    'Suggestions for the work programme should be sent to Nuala Brisco, Democratic',
    'Services Officer, at least four weeks before the meeting.',
  ], { top: 300, size: 10, leading: 13 });
  return makePdf([[...p1, ...grid(rows, xs, 160, { size: 9, leading: 13 }), ...tail, ...folio(1, 1)]]);
}

export const SYNTHETIC23: Record<string, () => Uint8Array> = {
  's23-debt-write-offs-audit': debtWriteOffs,
  's23-edi-workforce-annual-report': ediAnnualReport,
  's23-cctv-contract-award': cctvContractAward,
  's23-allotments-committee-minutes': allotmentsMinutes,
  's23-sab-annual-report-hwb': sabAnnualReport,
  's23-markets-decision-session': marketsDecisionRecord,
  's23-street-trading-policy': streetTradingPolicy,
  's23-scrutiny-wp-status-table': workProgrammeTable,
};
