/**
 * Eight more synthetic papers in the styles of councils we hold no papers from: a council tax
 * support hardship fund and discretionary housing payments mid-year review to a district
 * Executive (budget by scheme, awards and caseload, a policy change from 1 January 2026); a
 * planning committee officer report on one major application (grant subject to a S106 agreement
 * with contributions in £, consultee responses, conditions, an extension of time); Welsh county
 * borough Cabinet minutes with bilingual headings, "RESOLVED that" items and a key decision with
 * a call-in date; a London borough Cabinet report on homelessness prevention and rough sleeping
 * grants (grant by year, posts by FTE and grade, outcomes, a report back); an annual governance
 * statement and internal audit opinion report to a county audit committee (assurance levels,
 * significant governance issues with owners and target dates); a combined fire authority budget
 * and precept report (Band D, precept by constituent council, reserves, firefighter posts); a
 * unitary council's children's residential homes capital bid (beds, capital cost, savings per
 * year, opening dates); and a notice of key decisions whose entries are short paragraphs, some
 * "not before" a date. Built as small PDFs by test/helpers/make-pdf.ts; their gold is beside them
 * (synthetic-<key>.json, "file": "synthetic:<key>"). Councils and people are invented; the
 * wording follows real papers of each kind. Written blind to the parser.
 */
import { flowPage, grid, makePdf, type PdfLine } from '../../helpers/make-pdf.ts';

/** A page number at the foot of a page. */
function folio(n: number, of: number): PdfLine[] {
  return [{ text: `${n} of ${of}`, x: 280, y: 815, size: 9 }];
}

/** A running footer with the paper's name on the left and "Page n" on the right. */
function footer(left: string, n: number): PdfLine[] {
  return [
    { text: left, x: 72, y: 812, size: 8 },
    { text: `Page ${n}`, x: 490, y: 812, size: 8 },
  ];
}

/** (a) Council tax support hardship fund and discretionary housing payments report to an Executive. */
function ctsHardshipDhp(): Uint8Array {
  const p1 = flowPage([
    '**CRESSLOW DISTRICT COUNCIL',
    '**EXECUTIVE – 4 NOVEMBER 2025',
    '**Agenda Item 9',
    { gap: 4 },
    '**COUNCIL TAX SUPPORT HARDSHIP FUND AND DISCRETIONARY HOUSING',
    '**PAYMENTS: MID-YEAR REVIEW 2025/26',
    'Portfolio Holder:\tCouncillor Abigail Trenchard-Moss, Finance and Customer Services',
    'Report of:\tLorcan Pettifer, Head of Revenues and Benefits',
    'Key decision:\tNo',
    'Wards affected:\tAll',
    { gap: 8 },
    '**1.\tSUMMARY',
    '1.1\tThis report reviews the first six months of the Council Tax Support (CTS) Hardship',
    '  \tFund and of Discretionary Housing Payments (DHP) in 2025/26, and proposes',
    '  \tchanges to the Hardship Fund policy from 1 January 2026.',
    { gap: 6 },
    '**2.\tRECOMMENDATIONS',
    '2.1\tIt is recommended that the Executive:',
    '(a)\tnotes the spending, awards and caseload to 30 September 2025 set out in',
    '  \tTables 1 and 2;',
    '(b)\tapproves the revised CTS Hardship Fund Policy at Appendix A with effect from',
    '  \t1 January 2026, increasing the maximum award from £150 to £250 a year and',
    '  \tallowing care leavers aged 18 to 24 an award of up to their full council tax balance;',
    '(c)\tapproves a virement of £60,000 from the Welfare Reform Reserve to the Hardship',
    '  \tFund, increasing its 2025/26 budget to £235,000; and',
    '(d)\tdelegates authority to the Head of Revenues and Benefits, in consultation with the',
    '  \tPortfolio Holder for Finance and Customer Services, to make minor changes to the',
    '  \tDHP Policy to reflect guidance from the Department for Work and Pensions (DWP).',
    { gap: 6 },
    '**3.\tBACKGROUND',
    '3.1\tThe CTS Hardship Fund helps working-age residents who cannot pay the council',
    '  \ttax left to pay after their CTS award. Its cost is shared with the major preceptors',
    '  \tin proportion to their shares of the council tax (paragraph 6.1).',
    '3.2\tDHPs help tenants who receive Housing Benefit or the housing element of',
    '  \tUniversal Credit (UC) and need further help with their housing costs. The',
    '  \tGovernment contribution for 2025/26 is £212,480 and the Council adds £40,000',
    '  \tfrom the General Fund, a total DHP budget of £252,480.',
    '3.3\tAt 30 September 2025, 7,214 households received CTS, of whom 4,388 were of',
    '  \tworking age. The working-age caseload has risen by 6% since April 2025.',
  ]);
  const p2 = flowPage([
    '**4.\tSPENDING AND AWARDS TO 30 SEPTEMBER 2025',
    '**Table 1: Budget and spending by scheme, 2025/26',
  ]);
  const t1 = grid([
    ['**Scheme', '**Budget', '**Spent to 30 Sept', '**Committed', '**Forecast outturn'],
    ['CTS Hardship Fund', '£175,000', '£104,320', '£8,150', '£228,600'],
    ['DHP – Government contribution', '£212,480', '£121,905', '£36,400', '£212,480'],
    ['DHP – Council top-up', '£40,000', '£9,870', '£4,200', '£40,000'],
    ['**Total', '**£427,480', '**£236,095', '**£48,750', '**£481,080'],
  ], [72, 250, 320, 410, 480], 104, { size: 9 });
  const p2b = flowPage([
    '4.1\tThe Hardship Fund is forecast to overspend its original budget by £53,600 because',
    '  \tof higher demand from working-age households. The virement in recommendation (c)',
    '  \tcovers the forecast overspend. DHP spending is on track to use the full Government',
    '  \tcontribution and the Council top-up.',
    '**Table 2: Applications and awards, 1 April to 30 September 2025',
  ], { top: 184 });
  const t2 = grid([
    ['**Measure', '**CTS Hardship Fund', '**DHP'],
    ['Applications received', '1,146', '618'],
    ['Awards made', '812', '403'],
    ['Applications refused', '297', '171'],
    ['Awaiting a decision', '37', '44'],
    ['Average award', '£128', '£327'],
  ], [72, 300, 420], 264, { size: 10 });
  const p2c = flowPage([
    '4.2\tOf the DHP awards, 58% were for rent shortfalls under the Local Housing',
    '  \tAllowance (LHA), 21% for the removal of the spare room subsidy, 14% for the',
    '  \tbenefit cap and 7% for rent in advance and deposits.',
    { gap: 6 },
    '**5.\tCHANGES TO THE HARDSHIP FUND POLICY FROM 1 JANUARY 2026',
    '5.1\tThe maximum award has been £150 a year since 2023/24 and no longer covers the',
    '  \taverage balance owed by working-age CTS households, which is £243. The revised',
    '  \tpolicy raises the maximum award to £250 a year.',
    '5.2\tCare leavers aged 18 to 24 living in the district will be able to receive an award',
    '  \tof up to their full council tax balance, whether or not they receive CTS.',
    '5.3\tApplications will continue to be made through the online form, and the Council',
    '  \twill aim to decide them within 10 working days.',
    { gap: 6 },
    '**6.\tFINANCIAL IMPLICATIONS',
    '6.1\tThe Council meets 11.6% of the cost of the Hardship Fund. Ellingshire County',
    '  \tCouncil meets 72.4%, the Police and Crime Commissioner 11.5% and the Fire',
    '  \tAuthority 4.5%. The full-year cost of the revised policy is estimated at £290,000',
    '  \tin 2026/27 and will be included in the draft budget.',
    '6.2\tAny DHP spending above the Government contribution is met by the Council. Any',
    '  \tunspent Government contribution must be returned to the DWP.',
    '6.3\tThe schemes are administered by the Financial Inclusion Team of 4.6 FTE,',
    '  \tincluding a fixed-term Financial Inclusion Officer (1.0 FTE, Grade 6) funded from',
    '  \tthe Household Support Fund until 31 March 2026.',
    { gap: 6 },
    '**7.\tNEXT STEPS',
    '7.1\tA further report on the outturn for 2025/26 and the effect of the policy changes',
    '  \twill be brought to the Executive in July 2026.',
    { gap: 8 },
    'Contact officer: Ffion Aldersey, Financial Inclusion Manager, 01632 960 733',
    'Background papers: DWP Discretionary Housing Payments Guidance Manual (2025)',
  ], { top: 370 });
  return makePdf([
    [...p1, ...folio(1, 2)],
    [...p2, ...t1, ...p2b, ...t2, ...p2c, ...folio(2, 2)],
  ]);
}

/** (b) Planning committee officer report on a single major application. */
function planningMajorApplication(): Uint8Array {
  const foot = 'Tarnbury Borough Council – Planning Committee – 21 January 2026';
  const p1 = flowPage([
    '**TARNBURY BOROUGH COUNCIL',
    '**PLANNING COMMITTEE – 21 JANUARY 2026',
    '**ITEM 6',
    '**REPORT OF THE HEAD OF DEVELOPMENT MANAGEMENT',
    { gap: 6 },
    'Application No:\t25/01876/FUL',
    'Site:\tFormer Corvid Works, Mill Race Road, Tarnbury',
    'Proposal:\tDemolition of industrial buildings and erection of 164 dwellings, a 420 sq m',
    '  \tcommercial unit (Use Class E), public open space, landscaping and a new',
    '  \taccess from Mill Race Road',
    'Applicant:\tHalberd Homes (Northern) Ltd',
    'Ward:\tRiverside',
    'Case officer:\tNadia Pocklington',
    'Date valid:\t3 September 2025',
    'Decision due:\t3 December 2025 (extension of time agreed to 13 February 2026)',
    'Reason for referral:\tMajor application with 23 objections',
    { gap: 8 },
    '**RECOMMENDATION',
    'That planning permission be GRANTED subject to the conditions in section 9 and the',
    'completion of a Section 106 agreement securing:',
    '(a)\t25% affordable housing (41 dwellings), of which 60% affordable rent and 40%',
    '  \tFirst Homes;',
    '(b)\ta secondary education contribution of £684,720 towards 36 places at Tarnbury',
    '  \tAcademy;',
    '(c)\ta healthcare contribution of £118,400 towards the extension of Mill Race Surgery;',
    '(d)\ta sustainable transport contribution of £245,000 to extend the No. 14 bus',
    '  \tservice to the site for five years;',
    '(e)\tan off-site sports contribution of £92,300 for pitch improvements at Weir Fields;',
    '  \tand',
    '(f)\ta monitoring fee of £3,850.',
    'That, if the Section 106 agreement has not been completed by 13 February 2026 or a',
    'later date agreed with the applicant, authority be delegated to the Head of',
    'Development Management to refuse permission for failure to secure the obligations.',
    { gap: 8 },
    '**1.\tSite and surroundings',
    '1.1\tThe 4.7 hectare site is the former Corvid Works, a wire and cable factory that',
    '  \tclosed in 2019. It lies on the east bank of the River Tarn, 800 metres from the town',
    '  \tcentre. Part of the site next to the river is in Flood Zone 2. The 1890s brick',
    '  \tchimney is a non-designated heritage asset.',
    '1.2\tThe site is allocated for about 150 dwellings under policy H7 of the Tarnbury',
    '  \tLocal Plan 2021–2040 (TLP).',
  ]);
  const p2 = flowPage([
    '**2.\tProposal',
    '2.1\tThe scheme provides 164 dwellings: 38 two-bedroom flats and 126 two-, three- and',
    '  \tfour-bedroom houses. The chimney will be kept as the centrepiece of a new square,',
    '  \tnext to the commercial unit. A riverside walk will link Mill Race Road to Weir Fields.',
    { gap: 6 },
    '**3.\tConsultee responses',
  ]);
  const t1 = grid([
    ['**Consultee', '**Response'],
    ['Local Highway Authority', 'No objection, subject to conditions and the bus contribution'],
    ['Lead Local Flood Authority (LLFA)', 'No objection, subject to a surface water drainage condition'],
    ['Environment Agency', 'No objection; finished floor levels to be at least 600 mm'],
    ['', 'above the 1 in 100 year flood level plus climate change'],
    ['Tarnbury and Marlshire Integrated', 'Requests £118,400 towards Mill Race Surgery'],
    ['Care Board (ICB)', ''],
    ['Marlshire County Council (Education)', 'Requests £684,720 for 36 secondary places'],
    ['Environmental Health', 'No objection, subject to land contamination and noise conditions'],
    ['Sport England', 'No objection, subject to the off-site sports contribution'],
    ['Tarnbury Civic Society', 'Supports keeping the chimney; objects to the height of Block C'],
  ], [72, 260], 152, { size: 9 });
  const p2b = flowPage([
    '**4.\tRepresentations',
    '4.1\tNeighbours were notified and site notices were posted on 10 September 2025.',
    '  \t23 objections and 4 letters of support were received. The main concerns are traffic',
    '  \ton Mill Race Road, pressure on the surgery and the height of the four-storey Block C.',
    { gap: 6 },
    '**5.\tPlanning assessment',
    '5.1\tPrinciple. The site is allocated for housing and the National Planning Policy',
    '  \tFramework (NPPF) gives substantial weight to the reuse of brownfield land. The',
    '  \tCouncil can demonstrate a housing land supply of 4.3 years, so the tilted balance',
    '  \tin paragraph 11(d) of the NPPF applies.',
    '5.2\tAffordable housing. Policy H3 of the TLP seeks 30%. An independent viability',
    '  \treview of the applicant’s assessment found that the costs of demolition and',
    '  \tremediation, about £3.9m, mean the scheme can support 25% with the full',
    '  \tcontributions. A late-stage review will be included in the agreement.',
    '5.3\tHighways. The Local Highway Authority is satisfied that the Mill Race Road',
    '  \tjunction works, secured by condition, will accommodate the traffic generated.',
    '5.4\tHeritage and design. Keeping the chimney is welcomed. Block C has been reduced',
    '  \tfrom five to four storeys since the application was submitted.',
    '5.5\tFlood risk. All dwellings are in Flood Zone 1 and the sequential test is passed.',
  ], { top: 310 });
  const p3 = flowPage([
    '**6.\tSection 106 heads of terms',
  ]);
  const t2 = grid([
    ['**Obligation', '**Amount', '**Trigger'],
    ['Secondary education (36 places)', '£684,720', '50% before 50th occupation'],
    ['Healthcare (Mill Race Surgery)', '£118,400', 'Before 80th occupation'],
    ['Sustainable transport (No. 14 bus)', '£245,000', 'Before first occupation'],
    ['Off-site sports (Weir Fields)', '£92,300', 'Before 100th occupation'],
    ['Monitoring fee', '£3,850', 'On completion of agreement'],
    ['**Total financial contributions', '**£1,144,270', ''],
  ], [72, 290, 380], 100, { size: 10 });
  const p3b = flowPage([
    '6.1\tThe affordable housing is secured in kind and is not included in the total above.',
    '  \tThe development is in CIL Charging Zone 3, where the Community Infrastructure',
    '  \tLevy (CIL) rate for residential development is nil.',
    { gap: 6 },
    '**7.\tPlanning balance',
    '7.1\tThe scheme would deliver 164 homes on an allocated brownfield site, including 41',
    '  \taffordable homes, and keep a local landmark. The harm from the height of Block C',
    '  \tis limited and is outweighed by these benefits.',
    { gap: 6 },
    '**8.\tTimescale',
    '8.1\tThe applicant has agreed to extend the time for determination to 13 February',
    '  \t2026 so that the Section 106 agreement can be completed.',
    { gap: 6 },
    '**9.\tConditions (summary)',
    '1.\tTime limit: development to begin within three years.',
    '2.\tApproved plans.',
    '3.\tConstruction Environmental Management Plan (CEMP) before demolition.',
    '4.\tLand contamination investigation and remediation.',
    '5.\tSurface water drainage scheme, as required by the LLFA.',
    '6.\tFinished floor levels at least 600 mm above the design flood level.',
    '7.\tMill Race Road junction works before first occupation.',
    '8.\tRepair and retention of the chimney before the 100th occupation.',
    '9.\tNoise insulation for dwellings facing the railway.',
    '10.\tBiodiversity net gain plan and a 30-year habitat management plan.',
    { gap: 8 },
    'Background papers: application file 25/01876/FUL; viability review, November 2025',
  ], { top: 206 });
  return makePdf([
    [...p1, ...footer(foot, 1)],
    [...p2, ...t1, ...p2b, ...footer(foot, 2)],
    [...p3, ...t2, ...p3b, ...footer(foot, 3)],
  ]);
}

/** (c) Welsh county borough council Cabinet minutes with bilingual headings and a call-in date. */
function welshCabinetMinutes(): Uint8Array {
  const p1 = flowPage([
    '**CYNGOR BWRDEISTREF SIROL GLANMORLAIS',
    '**GLANMORLAIS COUNTY BOROUGH COUNCIL',
    '**Cofnodion y Cabinet / Minutes of the Cabinet',
    { gap: 4 },
    'Minutes of the meeting of the Cabinet held in the Council Chamber, Canolfan Ddinesig,',
    'Pontmorlais and by remote video link on Wednesday, 10 December 2025 at 10.00 am',
    { gap: 4 },
    'Yn bresennol / Present: Councillor Rhodri Penhale (Leader) (Chair); Councillors Eirlys',
    'Vaughan-Prys (Deputy Leader), Gethin Morfa, Lowri Tudwal, Aled Cynfelin, Sioned Brace,',
    'Dafydd Hoskin and Catrin Meirchion',
    'Swyddogion / Officers: Bethan Llewelyn-Rees (Chief Executive), Owain Treharne (Head',
    'of Finance and Section 151 Officer), Menna Caradog (Corporate Director of Place),',
    'Huw Garnon (Monitoring Officer)',
    { gap: 8 },
    '**67.\tYMDDIHEURIADAU AM ABSENOLDEB / APOLOGIES FOR ABSENCE',
    'There were no apologies for absence.',
    { gap: 4 },
    '**68.\tDATGANIADAU O FUDDIANT / DECLARATIONS OF INTEREST',
    'Councillor Sioned Brace declared a personal interest in minute 72 as a member of the',
    'Morlais Valley Litter Pickers group.',
    { gap: 4 },
    '**69.\tCOFNODION / MINUTES',
    'RESOLVED that the minutes of the meeting held on 12 November 2025 be approved as a',
    'correct record.',
    { gap: 4 },
    '**70.\tCYLLIDEB DRAFFT 2026/27 / DRAFT BUDGET 2026/27',
    'The Head of Finance reported that the Welsh Government (WG) provisional Local',
    'Government Settlement gave the Council an increase in Aggregate External Finance',
    '(AEF) of 3.1%, to £268.4m. After pay, inflation and demand pressures, the budget gap',
    'for 2026/27 was £9.7m. The draft proposals closed the gap with £5.2m of savings, £1.1m',
    'from reserves and an indicative council tax increase of 4.9%. The Council must set its',
    'budget and council tax by 11 March 2026.',
    'RESOLVED that:',
    '(1)\tthe draft budget proposals for 2026/27 be approved for public consultation from',
    '  \t11 December 2025 to 23 January 2026;',
    '(2)\tthe indicative council tax increase of 4.9% for 2026/27 be noted; and',
    '(3)\tthe final budget proposals, with the results of the consultation, be reported to',
    '  \tCabinet on 18 February 2026.',
  ]);
  const p2 = flowPage([
    '**71.\tCASGLIADAU GWASTRAFF GWEDDILLOL / RESIDUAL WASTE COLLECTIONS *',
    'The Corporate Director of Place presented the report, which proposed moving residual',
    'waste collections from fortnightly to three-weekly to meet the statutory recycling target',
    'of 70%. The Council recycled 64.8% of its waste in 2024/25. Members asked about',
    'larger households; the Corporate Director confirmed that households of six or more',
    'people could apply for extra capacity. The change is expected to save £610,000 a year.',
    'RESOLVED that:',
    '(a)\tresidual waste collections move from fortnightly to three-weekly from',
    '  \t7 September 2026, as set out in option 2 of the report;',
    '(b)\tcapital expenditure of £1.42m on nine recycling collection vehicles be approved',
    '  \tand added to the capital programme, funded by prudential borrowing; and',
    '(c)\tthe Corporate Director of Place be authorised to award the vehicle contract',
    '  \tthrough the Welsh fleet framework.',
    '(For 6, Against 2, Abstain 0)',
    { gap: 4 },
    '* Penderfyniad allweddol / Key decision. This decision is subject to call-in. The call-in',
    'period ends at 5.00 pm on 17 December 2025 and the decision may be implemented from',
    '18 December 2025 unless it is called in.',
    { gap: 4 },
    '**72.\tHYSBYSIADAU COSB BENODEDIG / FIXED PENALTY NOTICES',
    'The Cabinet Member for Environment reported that the fixed penalty for littering had',
    'been £100 since 2019 and that neighbouring councils now charged up to £250.',
    'RESOLVED that the revised fixed penalty notice (FPN) levels in Appendix 1, including a',
    'fixed penalty of £200 for littering reduced to £120 if paid within 10 days, be approved',
    'with effect from 1 February 2026.',
    { gap: 4 },
    '**73.\tADRODDIAD BLYNYDDOL Y SAFONAU IAITH GYMRAEG / WELSH LANGUAGE',
    '**STANDARDS ANNUAL REPORT 2024/25',
    'RESOLVED that the report be noted, and that the Head of Policy report to Cabinet in',
    'April 2026 on the number of posts designated Welsh essential.',
    { gap: 4 },
    '**74.\tDYDDIAD Y CYFARFOD NESAF / DATE OF NEXT MEETING',
    'Wednesday, 14 January 2026 at 10.00 am.',
    { gap: 8 },
    'The meeting closed at 11.40 am.',
    'Cadeirydd / Chair ……………………………',
  ]);
  return makePdf([[...p1, ...folio(1, 2)], [...p2, ...folio(2, 2)]]);
}

/** (d) London borough Cabinet report: homelessness prevention grant and rough sleeping funding. */
function homelessnessGrantRsi(): Uint8Array {
  const foot = 'London Borough of Hallowmere · Cabinet · 19 January 2026';
  const p1 = flowPage([
    '**LONDON BOROUGH OF HALLOWMERE',
    '**Cabinet',
    '**Monday 19 January 2026',
    { gap: 4 },
    'Agenda item:\t8',
    'Title:\tHomelessness Prevention Grant and Rough Sleeping Initiative',
    '  \tFunding 2026/27 to 2028/29',
    'Cabinet Member:\tCouncillor Precious Adebayo-Lind, Housing and Homelessness',
    'Lead officer:\tDamaris Kettlewell, Corporate Director of Housing and Regeneration',
    'Key decision:\tYes (reference KD/2025/117)',
    'Wards:\tAll',
    { gap: 8 },
    '**1\tSummary',
    '1.1\tThe Council has been allocated £28.53m over three years from the Homelessness',
    '  \tPrevention Grant (HPG) and the Rough Sleeping Initiative (RSI). This report sets',
    '  \tout a spending plan for 2026/27 and the posts to be funded from the grants.',
    { gap: 6 },
    '**2\tRecommendations',
    'That the Cabinet:',
    '(i)\tnotes the HPG and RSI allocations for 2026/27 to 2028/29 in Table 1, totalling',
    '  \t£28,532,700;',
    '(ii)\tapproves the spending plan for 2026/27 in Table 2;',
    '(iii)\tapproves the continuation of 18.0 FTE fixed-term posts and the creation of 3.0',
    '  \tFTE new posts set out in Table 3, funded from the grants;',
    '(iv)\tdelegates authority to the Corporate Director of Housing and Regeneration, in',
    '  \tconsultation with the Cabinet Member for Housing and Homelessness, to vary the',
    '  \tspending plans for 2027/28 and 2028/29 within the grant available; and',
    '(v)\tagrees that the contract with St Brannock’s Housing Trust for the Somewhere Safe',
    '  \tto Stay hub be extended to 31 March 2027.',
    { gap: 6 },
    '**3\tGrant allocations',
    '3.1\tThe Ministry of Housing, Communities and Local Government (MHCLG) has',
    '  \tconfirmed a three-year settlement for both grants. Table 1 compares it with',
    '  \t2025/26; the total column covers the three new years only.',
    '**Table 1: Grant allocations',
  ]);
  const t1 = grid([
    ['**Grant', '**2025/26', '**2026/27', '**2027/28', '**2028/29', '**Total 2026–29'],
    ['Homelessness Prevention Grant', '£7,846,200', '£8,214,500', '£8,214,500', '£8,214,500', '£24,643,500'],
    ['Rough Sleeping Initiative', '£1,382,000', '£1,296,400', '£1,296,400', '£1,296,400', '£3,889,200'],
    ['**Total', '**£9,228,200', '**£9,510,900', '**£9,510,900', '**£9,510,900', '**£28,532,700'],
  ], [72, 218, 280, 342, 404, 470], 574, { size: 8 });
  const p1b = flowPage([
    '3.2\tThe RSI allocation falls by £85,600 a year from 2026/27. The reduction will be met',
    '  \tby ending the spot-purchased emergency beds, which the hub has replaced.',
  ], { top: 646 });
  const p2 = flowPage([
    '**4\tSpending plan 2026/27',
    '**Table 2: Spending plan 2026/27',
  ]);
  const t2 = grid([
    ['**Use', '**Grant', '**2026/27'],
    ['Landlord incentives to prevent temporary accommodation (TA)', 'HPG', '£3,150,000'],
    ['Homelessness prevention team (Table 3)', 'HPG', '£1,842,000'],
    ['Private rented sector (PRS) access scheme', 'HPG', '£1,280,000'],
    ['Contribution to TA costs', 'HPG', '£1,322,500'],
    ['Debt and welfare advice (commissioned)', 'HPG', '£620,000'],
    ['Rough sleeping outreach and navigators (Table 3)', 'RSI', '£786,400'],
    ['Somewhere Safe to Stay hub', 'RSI', '£510,000'],
    ['**Total', '', '**£9,510,900'],
  ], [72, 370, 440], 100, { size: 9 });
  const p2b = flowPage([
    '**5\tPosts',
    '5.1\tTable 3 lists the posts funded from the grants. The Hospital Discharge Housing',
    '  \tOfficer and two additional Rough Sleeping Navigators are new posts (3.0 FTE). The',
    '  \tother 18.0 FTE are existing fixed-term posts, which will now end on 31 March 2029',
    '  \tunless further funding is confirmed.',
    '**Table 3: Posts funded by the grants',
  ], { top: 240 });
  const t3 = grid([
    ['**Post', '**Grade', '**FTE', '**Grant'],
    ['Homelessness Prevention Officer', 'PO2', '12.0', 'HPG'],
    ['Senior Prevention Officer', 'PO4', '3.0', 'HPG'],
    ['Hospital Discharge Housing Officer (new)', 'PO2', '1.0', 'HPG'],
    ['Rough Sleeping Navigator (2.0 new)', 'SO2', '4.0', 'RSI'],
    ['Rough Sleeping Coordinator', 'PO5', '1.0', 'RSI'],
    ['**Total', '', '**21.0', ''],
  ], [72, 320, 380, 440], 330, { size: 10 });
  const p2c = flowPage([
    '**6\tOutcomes',
    '6.1\tIn 2024/25, 2,146 households approached the Council as homeless or at risk. Of',
    '  \tthe 1,755 cases owed the prevention duty, 1,018 (58%) ended with the household',
    '  \tkeeping its home or moving to another settled home.',
    '6.2\tOutreach workers saw 214 people sleeping rough in 2024/25, 61% of them for the',
    '  \tfirst time. The snapshot count in November 2025 found 23 people sleeping rough.',
    '6.3\tAt 30 September 2025, 3,412 households were in TA, 1,106 of them in nightly-paid',
    '  \taccommodation. The plan aims to reduce nightly-paid placements to 800 by',
    '  \tMarch 2027.',
    { gap: 6 },
    '**7\tFinancial implications',
    '7.1\tThe grants are ring-fenced. The £1,322,500 contribution to TA costs reduces the',
    '  \tforecast overspend on the TA budget in 2026/27 from £4.8m to £3.5m.',
    { gap: 6 },
    '**8\tMonitoring',
    '8.1\tAn annual report on outcomes will be presented to the Housing and Regeneration',
    '  \tScrutiny Sub-Committee in October 2026.',
    { gap: 8 },
    'Report author: Tobenna Radclyffe, Head of Housing Options, 020 7946 0381',
  ], { top: 440 });
  return makePdf([
    [...p1, ...t1, ...p1b, ...footer(foot, 1)],
    [...p2, ...t2, ...p2b, ...t3, ...p2c, ...footer(foot, 2)],
  ]);
}

/** (e) Annual governance statement and internal audit opinion report to an audit committee. */
function agsAuditOpinion(): Uint8Array {
  const p1 = flowPage([
    '**ORWINSHIRE COUNTY COUNCIL',
    '**Audit and Governance Committee',
    '**25 September 2025',
    '**Agenda Item No. 7',
    { gap: 4 },
    '**Annual Governance Statement 2024/25 and Head of Internal Audit Annual Opinion',
    'Report of the Director of Finance and the Head of Internal Audit',
    'Electoral divisions: None specifically',
    { gap: 8 },
    '**1.\tPurpose',
    '1.1\tTo present the Head of Internal Audit (HIA) annual opinion for 2024/25 and the',
    '  \tAnnual Governance Statement (AGS) 2024/25, which will be published with the',
    '  \taudited Statement of Accounts.',
    { gap: 6 },
    '**2.\tRecommendations',
    'The Committee is asked to:',
    '1.\tnote the Head of Internal Audit’s annual opinion of Reasonable Assurance on the',
    '  \tCouncil’s framework of governance, risk management and control for 2024/25;',
    '2.\tapprove the Annual Governance Statement 2024/25 at Appendix 1 for signature by',
    '  \tthe Leader of the Council and the Chief Executive; and',
    '3.\tnote the significant governance issues in Table 3 and the actions to address them.',
    { gap: 6 },
    '**3.\tHead of Internal Audit annual opinion',
    '3.1\tThe opinion is based on the audits completed in 2024/25, follow-up work and other',
    '  \tsources of assurance. It is given under the Global Internal Audit Standards (GIAS),',
    '  \twhich apply in the UK public sector from 1 April 2025, and the Public Sector Internal',
    '  \tAudit Standards (PSIAS) that applied during the year.',
    '3.2\tInternal audit completed 38 of the 44 audits in the 2024/25 plan (86%). Six audits',
    '  \twere deferred to 2025/26 at management’s request. The team delivered 1,512 of the',
    '  \t1,680 planned audit days.',
    '**Table 1: Assurance levels of audits completed in 2024/25',
  ]);
  const t1 = grid([
    ['**Assurance level', '**Number of audits', '**Share'],
    ['Substantial', '9', '23.7%'],
    ['Reasonable', '21', '55.3%'],
    ['Limited', '7', '18.4%'],
    ['No assurance', '1', '2.6%'],
    ['**Total', '**38', '**100%'],
  ], [72, 260, 380], 476, { size: 10 });
  const p1b = flowPage([
    '3.3\tThe audit with no assurance was Direct Payments in Adult Social Care, where',
    '  \tmonitoring of how payments were spent had lapsed and £412,000 of unspent',
    '  \tbalances had not been recovered. The seven limited assurance audits included',
    '  \tSEND transport contracts, IT asset management and purchasing cards.',
    '3.4\tThe internal audit team has 8.4 FTE posts. The Principal Auditor post (1.0 FTE,',
    '  \tGrade 11) has been vacant since April 2025 and part of the plan was delivered by',
    '  \tthe Council’s external partner, Tamsley Audit Partnership, at a cost of £46,500.',
  ], { top: 570 });
  const p2 = flowPage([
    '**4.\tAnnual Governance Statement',
    '4.1\tThe AGS has been prepared under the CIPFA/SOLACE framework Delivering Good',
    '  \tGovernance in Local Government (2016). The Corporate Governance Group, chaired',
    '  \tby the Monitoring Officer, reviewed the evidence from directors’ assurance',
    '  \tstatements, internal audit, the external auditor and inspectorates.',
    '4.2\tTable 2 shows progress on the issues reported in the 2023/24 AGS.',
    '**Table 2: Issues from the 2023/24 AGS',
  ]);
  const t2 = grid([
    ['**Issue', '**Status'],
    ['Ofsted inspection of children’s services (Requires Improvement)', 'Ongoing; carried forward'],
    ['Data protection breaches in Customer Services', 'Resolved; closed'],
    ['Capital programme slippage', 'Resolved; closed'],
  ], [72, 400], 184, { size: 9 });
  const p2b = flowPage([
    '4.3\tThe significant governance issues for 2024/25 are set out in Table 3 with their',
    '  \towners and target dates.',
    '**Table 3: Significant governance issues 2024/25',
  ], { top: 248 });
  const t3 = grid([
    ['**Issue', '**Owner', '**Target date'],
    ['1. Financial sustainability: Medium Term', 'Director of Finance', 'February 2026'],
    ['Financial Strategy (MTFS) gap of £42.6m', '(Section 151 Officer)', ''],
    ['over 2026/27 to 2028/29', '', ''],
    ['2. High needs Dedicated Schools Grant (DSG)', 'Director of Children’s', '31 March 2026'],
    ['deficit of £31.8m at 31 March 2025', 'Services', ''],
    ['3. Direct payments controls (no assurance audit)', 'Director of Adult', '31 December 2025'],
    ['', 'Social Care', ''],
    ['4. Children’s services improvement plan', 'Director of Children’s', '30 September 2026'],
    ['(Ofsted, carried forward)', 'Services', ''],
    ['5. Cyber security: multi-factor authentication', 'Chief Digital Officer', '30 June 2026'],
    ['not yet on all systems', '', ''],
  ], [72, 320, 460], 290, { size: 9 });
  const p2c = flowPage([
    '4.4\tThe Committee’s approval of the AGS comes before the accounts are signed. If the',
    '  \texternal auditor’s work identifies further significant issues, a revised AGS will be',
    '  \tbrought back to the Committee before the accounts are approved.',
    { gap: 6 },
    '**5.\tNext steps',
    '5.1\tProgress on the significant governance issues will be reported to the Committee',
    '  \tin March 2026.',
    '5.2\tThe internal audit plan for 2026/27 will be presented to the Committee on',
    '  \t19 March 2026.',
    { gap: 8 },
    'Contact: Rosalind Etherington-Vale, Head of Internal Audit',
    'Abbreviations: CIPFA – Chartered Institute of Public Finance and Accountancy; SOLACE –',
    'Society of Local Authority Chief Executives; SEND – special educational needs and',
    'disabilities.',
  ], { top: 474 });
  return makePdf([
    [...p1, ...t1, ...p1b, ...folio(1, 2)],
    [...p2, ...t2, ...p2b, ...t3, ...p2c, ...folio(2, 2)],
  ]);
}

/** (f) Combined fire authority revenue budget and precept report. */
function fireBudgetPrecept(): Uint8Array {
  const p1 = flowPage([
    '**TESSBURY FIRE AND RESCUE AUTHORITY',
    { gap: 2 },
    'Meeting:\tFire Authority',
    'Date:\t13 February 2026',
    'Agenda item:\t5',
    'Report of:\tTreasurer and Chief Fire Officer (CFO)',
    { gap: 6 },
    '**REVENUE BUDGET, CAPITAL PROGRAMME AND PRECEPT 2026/27',
    { gap: 6 },
    '**RECOMMENDATIONS',
    'That the Authority:',
    'i)\tapproves a net revenue budget of £39.46m for 2026/27, as summarised in Table 1;',
    'ii)\tapproves a Band D council tax of £94.47 for 2026/27, an increase of £5.00 (5.59%);',
    'iii)\tapproves the precepts on the three constituent councils set out in Table 2,',
    '  \ttotalling £23,074,415.59;',
    'iv)\tapproves the capital programme for 2026/27 to 2028/29 of £11.8m; and',
    'v)\tnotes the Treasurer’s statement on the robustness of the estimates and the',
    '  \tadequacy of reserves in section 7.',
    { gap: 6 },
    '**1.\tBACKGROUND',
    '1.1\tThe Authority is a combined fire authority for the areas of Tessbury City Council,',
    '  \tHarnmouth Borough Council and Lyddon Council. It must set a balanced budget and',
    '  \tissue precepts to the three councils before 1 March each year.',
    '1.2\tThe final Local Government Finance Settlement confirmed that fire authorities',
    '  \tmay increase Band D council tax by up to £5.00 in 2026/27 without a referendum.',
    { gap: 6 },
    '**2.\tREVENUE BUDGET 2026/27',
    '**Table 1: Funding the net revenue budget (£000)',
  ]);
  const t1 = grid([
    ['**Source', '**2025/26', '**2026/27'],
    ['Revenue Support Grant', '5,918', '6,204'],
    ['Business rates (baseline funding and top-up)', '8,402', '8,658'],
    ['Firefighters’ pension employer contribution grant', '1,410', '1,410'],
    ['Collection fund surplus (net)', '96', '113'],
    ['Council tax precept', '21,602', '23,074'],
    ['**Net revenue budget', '**37,428', '**39,459'],
  ], [72, 360, 440], 416, { size: 10 });
  const p1b = flowPage([
    '2.1\tThe budget includes pay awards of 3% for firefighters and support staff, £520,000',
    '  \tfor the new joint control room with Ravenstow and £180,000 for the Community Risk',
    '  \tManagement Plan (CRMP) prevention programme. Savings of £640,000 are made from',
    '  \tthe fleet and estates budgets and from vacancy management.',
  ], { top: 526 });
  const p2 = flowPage([
    '**3.\tCOUNCIL TAX AND PRECEPTS',
    '3.1\tThe Band D council tax will be £94.47, £5.00 more than the £89.47 charged in',
    '  \t2025/26. The tax bases were notified by the constituent councils in January 2026.',
    '**Table 2: Precepts on constituent councils 2026/27',
  ]);
  const t2 = grid([
    ['**Constituent council', '**Tax base (Band D)', '**Precept', '**Collection fund'],
    ['Tessbury City Council', '98,412.40', '£9,297,019.43', '£84,210 surplus'],
    ['Harnmouth Borough Council', '61,208.75', '£5,782,390.61', '£12,640 deficit'],
    ['Lyddon Council', '84,630.10', '£7,995,005.55', '£41,300 surplus'],
    ['**Total', '**244,251.25', '**£23,074,415.59', '**£112,870 surplus'],
  ], [72, 250, 350, 450], 128, { size: 9 });
  const t3 = grid([
    ['**Band', '**A', '**B', '**C', '**D', '**E', '**F', '**G', '**H'],
    ['2026/27 (£)', '62.98', '73.48', '83.97', '94.47', '115.46', '136.46', '157.45', '188.94'],
  ], [72, 150, 200, 250, 300, 350, 405, 460, 515], 214, { size: 9 });
  const p2b = flowPage([
    '3.2\tThe precepts will be issued to the constituent councils by 27 February 2026.',
    { gap: 6 },
    '**4.\tWORKFORCE',
    '4.1\tThe budget funds an establishment of 412 wholetime firefighter posts (FTE),',
    '  \t168 on-call firefighter contracts and 96.5 FTE support staff posts.',
    '4.2\tIt includes six new wholetime firefighter posts at Harnmouth Central from',
    '  \t1 October 2026 to crew a second aerial ladder platform (ALP), at a full-year cost',
    '  \tof £312,000 (£156,000 in 2026/27). Four Fire Control posts (4.0 FTE) will be',
    '  \tdeleted when the joint control room opens in June 2026.',
    { gap: 6 },
    '**5.\tCAPITAL PROGRAMME 2026/27 TO 2028/29',
    '5.1\tThe capital programme of £11.8m includes five new fire engines (£1.95m), the',
    '  \tsecond ALP (£0.98m), the rebuild of Lyddon West fire station (£6.4m) and ICT and',
    '  \tequipment (£2.47m). It is funded by £4.3m of capital reserves and £7.5m of',
    '  \tborrowing.',
    { gap: 6 },
    '**6.\tRESERVES',
  ], { top: 246 });
  const t4 = grid([
    ['**Reserve', '**Mar 2025', '**Mar 2026 forecast', '**Mar 2027 forecast'],
    ['General reserve', '£2,350,000', '£2,350,000', '£2,400,000'],
    ['Capital funding reserve', '£4,120,000', '£3,260,000', '£2,180,000'],
    ['Emergency Services Network (ESN) reserve', '£960,000', '£960,000', '£700,000'],
    ['Ill-health retirement reserve', '£780,000', '£650,000', '£520,000'],
    ['**Total', '**£8,210,000', '**£7,220,000', '**£5,800,000'],
  ], [72, 270, 345, 445], 506, { size: 9 });
  const p2c = flowPage([
    '6.1\tThe general reserve at 31 March 2027 will be 6.1% of the net revenue budget,',
    '  \twithin the Authority’s policy range of 5% to 7%.',
    { gap: 6 },
    '**7.\tSTATEMENT OF THE TREASURER',
    '7.1\tUnder section 25 of the Local Government Act 2003, the Treasurer confirms that',
    '  \tthe estimates are robust and that reserves are adequate for 2026/27.',
    { gap: 8 },
    'Contact: Ingrid Halloway-Stace, Treasurer to the Authority',
  ], { top: 600 });
  return makePdf([
    [...p1, ...t1, ...p1b, ...folio(1, 2)],
    [...p2, ...t2, ...t3, ...p2b, ...t4, ...p2c, ...folio(2, 2)],
  ]);
}

/** (g) Unitary council Cabinet report: capital bid for new children's residential homes. */
function childrensHomesCapital(): Uint8Array {
  const p1 = flowPage([
    '**CORVELLY COUNCIL',
    '**REPORT TO CABINET',
    { gap: 4 },
    'Date of meeting:\t24 February 2026',
    'Report title:\tChildren’s Residential Homes: Capital Bid for Three New Homes',
    'Portfolio:\tChildren and Young People – Councillor Imran Westerdale',
    'Report author:\tHelena Marchbank, Head of Children’s Commissioning',
    'Key decision:\tYes',
    'Agenda item:\t10',
    { gap: 8 },
    '**1.\tPurpose',
    '1.1\tTo seek approval to open three children’s homes run by the Council, providing nine',
    '  \tbeds, so that more children in care can live close to home.',
    { gap: 6 },
    '**2.\tRecommendations',
    'It is recommended that Cabinet:',
    '1.\tapproves the business case for three new children’s homes at Larchfield,',
    '  \tAshdown Road and Moss Lane, providing nine beds;',
    '2.\trecommends to Council the addition of £3.72m to the capital programme for',
    '  \t2026/27 and 2027/28, funded by a Department for Education (DfE) grant of £1.5m',
    '  \tand prudential borrowing of £2.22m;',
    '3.\tapproves the creation of 31.4 FTE posts to staff the homes, as set out in',
    '  \tparagraph 6.1, with each home’s posts established three months before it opens;',
    '4.\tdelegates authority to the Director of Children’s Services, in consultation with',
    '  \tthe Portfolio Holder, to complete the purchase of 14 Ashdown Road; and',
    '5.\tnotes that the capital addition will be considered by Council on 5 March 2026.',
    { gap: 6 },
    '**3.\tBackground',
    '3.1\tAt 31 December 2025 the Council looked after 412 children. 58 were in residential',
    '  \tplacements, 44 of them outside Corvelly. The Council has no homes of its own and',
    '  \tpays an average of £7,850 a week for an external residential placement.',
    '3.2\tThe Placement Sufficiency Strategy 2025–2028 aims to bring 20 children back into',
    '  \tthe area by 2028.',
    { gap: 6 },
    '**4.\tThe proposed homes',
  ]);
  const t1 = grid([
    ['**Home', '**Beds', '**Type', '**Capital cost', '**Opening'],
    ['Moss Lane (refurbish Council house)', '2', 'Solo and emergency', '£640,000', 'December 2026'],
    ['14 Ashdown Road (purchase)', '3', 'Long-term', '£1,120,000', 'April 2027'],
    ['Larchfield (new build)', '4', 'Long-term', '£1,960,000', 'September 2027'],
    ['**Total', '**9', '', '**£3,720,000', ''],
  ], [72, 260, 300, 400, 480], 580, { size: 9 });
  const p1b = flowPage([
    '4.1\tEach home must be registered with Ofsted before it opens. Larchfield will be built',
    '  \ton Council land next to the Larchfield Family Hub.',
  ], { top: 664 });
  const p2 = flowPage([
    '**5.\tFinancial implications',
    '5.1\tThe capital cost of £3.72m is funded by £1.5m from the DfE Children’s Homes',
    '  \tCapital Programme and £2.22m of prudential borrowing. The Council’s average',
    '  \tweekly cost in its own homes is forecast at £5,420 a bed.',
    '**Table 2: Revenue effect (£000)',
  ]);
  const t2 = grid([
    ['**Year', '**External costs avoided', '**Running costs', '**Borrowing costs', '**Net saving'],
    ['2026/27', '408', '296', '42', '70'],
    ['2027/28', '2,860', '1,980', '168', '712'],
    ['2028/29', '3,672', '2,484', '168', '1,020'],
  ], [72, 160, 280, 380, 480], 156, { size: 9 });
  const p2b = flowPage([
    '5.2\tFrom 2028/29, when all three homes are full, the net saving is £1.02m a year. The',
    '  \tsavings are included in the Medium Term Financial Plan (MTFP) from 2026/27.',
    { gap: 6 },
    '**6.\tStaffing',
    '6.1\tThe homes need 31.4 FTE posts: three Registered Managers (Grade M2, 3.0 FTE),',
    '  \tthree Deputy Managers (Grade 10, 3.0 FTE) and 25.4 FTE Residential Childcare',
    '  \tWorkers (Grade 7). Recruitment will include a £2,000 welcome payment.',
    '6.2\tThe full-year staffing cost when all three homes are open is £1,586,000.',
    { gap: 6 },
    '**7.\tRisks',
    '7.1\tRecruiting staff is the main risk. If a home cannot be staffed, its opening will be',
    '  \tdelayed and the savings will fall. Planning permission for Larchfield is needed;',
    '  \tan application will be submitted in April 2026.',
    { gap: 6 },
    '**8.\tNext steps',
    '8.1\tA progress report on the three homes will be brought to Cabinet in October 2026.',
    { gap: 8 },
    'Appendices: A – Business case; B – Equality impact assessment',
  ], { top: 220 });
  return makePdf([
    [...p1, ...t1, ...p1b, ...folio(1, 2)],
    [...p2, ...t2, ...p2b, ...folio(2, 2)],
  ]);
}

/** (h) Notice of key decisions: one short paragraph per decision, some "not before" a date. */
function keyDecisionsNotice(): Uint8Array {
  const p1 = flowPage([
    '**SPENWICK METROPOLITAN BOROUGH COUNCIL',
    '**NOTICE OF KEY DECISIONS',
    'Published: 13 February 2026. Decisions to be taken on or after 16 March 2026.',
    { gap: 4 },
    'This notice is given under the Local Authorities (Executive Arrangements) (Meetings and',
    'Access to Information) (England) Regulations 2012. A key decision is one that involves',
    'spending or savings of £500,000 or more, or affects two or more wards.',
    { gap: 8 },
    '**KD26/014  Housing Revenue Account (HRA) Business Plan 2026–2056',
    'Decision: to approve the refreshed 30-year HRA Business Plan and an HRA capital',
    'programme of £38.6m for 2026/27; Decision maker: Cabinet; Date: 18 March 2026; Lead',
    'officer: Ruairi Calloway, Director of Housing; Exempt: No.',
    { gap: 6 },
    '**KD26/015  School Condition Capital Programme 2026/27',
    'Decision: to approve roof, heating and window works at 14 maintained schools, £4.2m;',
    'Decision maker: Cabinet Member for Children and Education; Date: not before 23 March',
    '2026; Lead officer: Imogen Fairlie-Barr, Head of Education Capital; Exempt: No.',
    { gap: 6 },
    '**KD26/016  Spenwick Leisure Centre – Decarbonisation Works',
    'Decision: to award a contract for air source heat pumps and solar panels, funded by',
    'the Public Sector Decarbonisation Scheme (PSDS), £2.7m; Decision maker: Director of',
    'Place; Date: not before 6 April 2026; Lead officer: Corin Ashbrook, Energy Manager;',
    'Exempt: No.',
    { gap: 6 },
    '**KD26/017  Street Lighting LED Replacement Phase 2',
    'Decision: to award the contract to replace 9,400 street lights with light-emitting diode',
    '(LED) units, £3.1m; Decision maker: Cabinet; Date: 15 April 2026; Lead officer: Gillian',
    'Thorogood, Head of Highways; Exempt: Part (commercial information).',
    { gap: 6 },
    '**KD26/018  Foxholes Lane Extra Care Scheme – Development Agreement',
    'Decision: to enter into a development agreement with Gorsebridge Homes for 72 extra',
    'care apartments, with a capital contribution of £1.8m; Decision maker: Cabinet; Date:',
    '15 April 2026; Lead officer: Annika Featherstonehaugh, Director of Adult Social Care;',
    'Exempt: Part (commercial information).',
    { gap: 6 },
    '**KD26/019  Disposal of Land at Brook Farm, Gorsebridge',
    'Decision: to sell 3.2 hectares of surplus land for housing at best consideration;',
    'Decision maker: Cabinet Member for Resources; Date: not before 1 May 2026; Lead',
    'officer: Pieter Vanstone, Head of Property; Exempt: Part (financial information).',
  ], { size: 10, leading: 13 });
  const p2 = flowPage([
    '**KD26/020  Selective Licensing Designation – Eastfield and Gorsebridge',
    'Decision: to designate the Eastfield and Gorsebridge wards for selective licensing of',
    'privately rented homes for five years, following consultation; Decision maker: Cabinet;',
    'Date: 20 May 2026; Lead officer: Marisa Quennell, Head of Private Sector Housing;',
    'Exempt: No.',
    { gap: 6 },
    '**KD26/021  Waste Collection Contract 2027–2035 – Procurement Strategy',
    'Decision: to approve the procurement strategy for a new waste collection contract to',
    'start on 1 April 2027, estimated at £96m over eight years; Decision maker: Cabinet;',
    'Date: 17 June 2026; Lead officer: Fenella Orrick, Head of Environmental Services;',
    'Exempt: No.',
    { gap: 6 },
    '**KD26/022  Revenues and Benefits Service – Return In-house',
    'Decision: to bring the revenues and benefits service back in-house when the current',
    'contract ends on 31 March 2027, with the transfer of 84 staff under TUPE; Decision',
    'maker: Cabinet; Date: 17 June 2026; Lead officer: Stellan Burgoyne, Director of',
    'Finance; Exempt: No.',
    { gap: 10 },
    'Documents: reports will be published on the Council’s website at least five clear working',
    'days before the decision. To make representations, contact Democratic Services at',
    'least 10 working days before the date shown.',
    { gap: 4 },
    'Abbreviations: TUPE – Transfer of Undertakings (Protection of Employment) Regulations',
    '2006.',
    { gap: 4 },
    'Signed: Marguerite Oyelaran, Monitoring Officer',
  ], { size: 10, leading: 13 });
  return makePdf([[...p1, ...folio(1, 2)], [...p2, ...folio(2, 2)]]);
}

export const SYNTHETIC27: Record<string, () => Uint8Array> = {
  's27-cts-hardship-dhp-review': ctsHardshipDhp,
  's27-planning-major-application': planningMajorApplication,
  's27-welsh-cabinet-minutes': welshCabinetMinutes,
  's27-homelessness-grant-rsi': homelessnessGrantRsi,
  's27-ags-audit-opinion': agsAuditOpinion,
  's27-fire-budget-precept': fireBudgetPrecept,
  's27-childrens-homes-capital': childrensHomesCapital,
  's27-key-decisions-notice': keyDecisionsNotice,
};
