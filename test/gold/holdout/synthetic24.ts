/**
 * Eight more synthetic papers in the styles of councils we hold no papers from: a digital and
 * customer access strategy report to an Executive (channel shift targets, savings, posts deleted,
 * a dated implementation timetable); a Homes for Ukraine and asylum dispersal funding report to
 * Cabinet written with bold run-in headings; a biodiversity net gain SPD report to a development
 * plans panel (habitat bank table, monitoring fees, consultation dates); an Infrastructure Funding
 * Statement report (S106 receipts and spend by type, sums at risk of repayment); joint crematorium
 * committee minutes for three councils ("RESOLVED – That …", shares in £ and %); an Armed Forces
 * Covenant annual report to a scrutiny committee; municipal harbour board minutes ("HB/25/12");
 * and a forward plan as a table whose expected dates are a month and year only. Built as small
 * PDFs by test/helpers/make-pdf.ts; their gold is beside them (synthetic-<key>.json,
 * "file": "synthetic:<key>"). Councils and people are invented; the wording follows real papers
 * of each kind. Written blind to the parser.
 */
import { flowPage, grid, makePdf, type PdfLine } from '../../helpers/make-pdf.ts';

/** A page number at the foot of a page. */
function folio(n: number, of: number): PdfLine[] {
  return [{ text: `${n} of ${of}`, x: 280, y: 815, size: 9 }];
}

/** A bold run-in heading followed by text on the same line. */
function runIn(heading: string, text: string, y: number, size = 11): PdfLine[] {
  const w = heading.length * size * 0.6 + 6;
  return [
    { text: heading, x: 72, y, bold: true, size },
    { text, x: 72 + w, y, size },
  ];
}

/** (a) Digital and customer access strategy report to an Executive. */
function digitalCustomerStrategy(): Uint8Array {
  const p1 = flowPage([
    '**RYVERSHAM BOROUGH COUNCIL',
    '**EXECUTIVE',
    '**9 December 2025',
    '**Agenda Item 7',
    { gap: 4 },
    '**DIGITAL AND CUSTOMER ACCESS STRATEGY 2026–2029',
    'Report of:\tTamsin Wrigglesworth, Director of Customer and Corporate Services',
    'Executive Member:\tCouncillor Pradeep Wanless, Customer Services and Digital',
    'Key decision:\tYes (Forward Plan reference KD/2025/41)',
    'Wards affected:\tAll',
    { gap: 8 },
    '**1.\tPURPOSE OF REPORT',
    '1.1\tTo seek adoption of the Digital and Customer Access Strategy 2026–2029 (DCAS)',
    '  \tand approval of the first phase of its implementation, including changes to the',
    '  \tCustomer Contact Centre.',
    { gap: 6 },
    '**2.\tRECOMMENDATIONS',
    '2.1\tThe Executive is recommended to:',
    '(a)\tadopt the Digital and Customer Access Strategy 2026–2029 at Appendix A;',
    '(b)\tapprove the channel shift targets in Table 1, increasing the share of transactions',
    '  \tcompleted online from 46% to 75% by March 2029;',
    '(c)\tapprove the deletion of 11.5 FTE posts in the Customer Contact Centre, of which',
    '  \t4.0 FTE are vacant, from 1 July 2026, subject to consultation with staff and the',
    '  \ttrade unions;',
    '(d)\tapprove one-off investment of £480,000 from the Transformation Reserve for a new',
    '  \tcustomer relationship management (CRM) platform; and',
    '(e)\tdelegate authority to the Director of Customer and Corporate Services, in',
    '  \tconsultation with the Executive Member, to award the CRM contract following a',
    '  \tfurther competition under a Crown Commercial Service (CCS) framework.',
    { gap: 6 },
    '**3.\tBACKGROUND',
    '3.1\tIn 2024/25 the Council handled 212,000 telephone calls and 18,400 face-to-face',
    '  \tvisits at the Ryversham Civic Hub. The average cost of a telephone contact is £4.85,',
    '  \tcompared with £0.22 for a transaction completed online.',
    '3.2\tCustomers told us in the 2025 Residents’ Survey that they want to report problems',
    '  \tand track requests at any time of day. Only 46% of transactions are now completed',
    '  \tonline, well below comparable councils.',
    '3.3\tThe strategy keeps a telephone line and face-to-face help for customers who need',
    '  \tit. An assisted digital offer will be provided in all six libraries by trained Digital',
    '  \tChampions, and no service will become online-only without an equality impact',
    '  \tassessment (EqIA).',
  ]);
  const p2top = flowPage([
    '**4.\tCHANNEL SHIFT TARGETS',
    '4.1\tTable 1 sets the share of transactions to be completed online for the main services.',
    '**Table 1: Channel shift targets (share of transactions completed online)',
  ]);
  const t1 = grid([
    ['**Service', '**2024/25 actual', '**Target March 2027', '**Target March 2029'],
    ['Council tax and benefits', '52%', '65%', '80%'],
    ['Waste and recycling requests', '61%', '75%', '85%'],
    ['Parking permits', '70%', '85%', '95%'],
    ['Housing register', '18%', '35%', '50%'],
    ['**All transactions', '**46%', '**60%', '**75%'],
  ], [72, 270, 370, 470], 126, { size: 10 });
  const p2 = flowPage([
    '**5.\tFINANCIAL IMPLICATIONS',
    '5.1\tWhen the strategy is fully implemented in 2027/28 it is expected to save £610,000 a',
    '  \tyear: £395,000 a year from the deleted posts and £215,000 a year from reduced',
    '  \tprinting, postage and telephony. These savings are net of the CRM platform’s annual',
    '  \tlicence cost of £68,000.',
    '5.2\tThe one-off investment of £480,000 covers the CRM platform, integration with',
    '  \tback-office systems and the new website. It will be repaid from savings by the end',
    '  \tof 2027/28.',
    { gap: 6 },
    '**6.\tSTAFFING IMPLICATIONS',
    '6.1\tThe Customer Contact Centre has 38.0 FTE posts. The proposal deletes 9.5 FTE',
    '  \tCustomer Service Advisor posts and 2.0 FTE Team Leader posts (11.5 FTE in total).',
    '6.2\tOf the 11.5 FTE, 4.0 FTE are vacant. The 7.5 FTE filled posts are held by nine',
    '  \tmembers of staff. Formal consultation with staff and the trade unions will run for',
    '  \t45 days. The Council will seek to avoid compulsory redundancies through',
    '  \tredeployment and voluntary redundancy (VR).',
    { gap: 6 },
    '**7.\tIMPLEMENTATION TIMETABLE',
  ], { top: 226 });
  const t2 = grid([
    ['**Stage', '**Activity', '**Date'],
    ['1', 'Staff and trade union consultation', '12 January – 27 February 2026'],
    ['2', 'CRM contract awarded', 'By 31 March 2026'],
    ['3', 'New website and customer account live', '1 June 2026'],
    ['4', 'Contact Centre restructure takes effect', '1 July 2026'],
    ['5', 'Civic Hub moves to appointment-only', '5 October 2026'],
    ['6', 'Post-implementation review', 'March 2027'],
  ], [72, 120, 380], 530, { size: 10 });
  const p2b = flowPage([
    '**8.\tMONITORING',
    '8.1\tA progress report will be presented to the Resources and Performance Overview',
    '  \tPanel in September 2026.',
    '8.2\tThe post-implementation review will be reported to the Executive in March 2027.',
    { gap: 8 },
    'Contact officer: Ines Shawcross, Customer Experience Manager, 01632 960 418',
    'Background papers: Residents’ Survey 2025',
  ], { top: 640 });
  return makePdf([
    [...p1, ...folio(1, 2)],
    [...p2top, ...t1, ...p2, ...t2, ...p2b, ...folio(2, 2)],
  ]);
}

/** (b) Homes for Ukraine and asylum dispersal funding report to Cabinet, with bold run-in headings. */
function homesForUkraineFunding(): Uint8Array {
  const head = flowPage([
    '**NANSWORTH COUNTY COUNCIL',
    '**Cabinet – 15 January 2026',
    '**Homes for Ukraine and Asylum Dispersal Funding',
    'Cabinet Member: Councillor Hywel Pemberdy, Communities and Inclusion',
    'Report by: Maren Toftgaard, Corporate Director of Adults and Communities',
    'Electoral divisions: All\tKey decision: Yes',
  ]);
  const y0 = 170;
  const ri = [
    ...runIn('Summary.', 'This report sets out the funding the County Council has received for the Homes', y0),
  ];
  const s1 = flowPage([
    'for Ukraine (HfU) scheme and for asylum dispersal, and proposes a plan for the',
    'remaining Homes for Ukraine funding.',
  ], { top: y0 + 14 });
  const rec = flowPage([
    '**Recommendations. Cabinet is asked to:',
    '(i)\tnote the funding received under the Homes for Ukraine scheme and the Asylum',
    '  \tDispersal Grant (ADG) set out in this report;',
    '(ii)\tapprove the plan for the remaining Homes for Ukraine funding of £4.86m set out',
    '  \tin Table 2;',
    '(iii)\tapprove thank-you payments of £500 a month to hosts of guests who have been in',
    '  \tthe UK for more than 12 months, until 31 March 2027, funded from the remaining',
    '  \tbalance;',
    '(iv)\tdelegate authority to the Corporate Director of Adults and Communities, in',
    '  \tconsultation with the Cabinet Member for Communities and Inclusion, to allocate',
    '  \t£900,000 of community grants to the district councils; and',
    '(v)\tdelegate authority to the Director of Finance to accept the Asylum Dispersal',
    '  \tGrant for 2026/27 and to agree its use with the district councils.',
  ], { top: y0 + 48 });
  const y1 = y0 + 48 + 13 * 14 + 10;
  const b1 = [
    ...runIn('Homes for Ukraine funding.', 'The Ministry of Housing, Communities and Local', y1),
    ...flowPage([
      'Government (MHCLG) pays the County Council a tariff of £10,500 per guest for guests',
      'who arrived before 1 January 2025 and £5,900 per guest for guests arriving since then.',
      'Since the scheme began in March 2022, 1,284 guests have arrived in Nansworth and the',
      'Council has received £12.97m in tariff payments.',
    ], { top: y1 + 14 }),
  ];
  const y2 = y1 + 5 * 14 + 8;
  const b2 = [
    ...runIn('Guests and hosts.', 'At 30 November 2025, 312 guests were living with 198 hosts. A further', y2),
    ...flowPage([
      '406 guests have moved into their own accommodation. Hosts receive a Government-',
      'funded thank-you payment of £350 a month during a guest’s first 12 months in the UK.',
      'Recommendation (iii) would continue the County Council’s higher payment of £500 a',
      'month after that, which has helped to keep hosting arrangements going.',
    ], { top: y2 + 14 }),
  ];
  const y3 = y2 + 5 * 14 + 8;
  const b3 = [
    ...runIn('Asylum dispersal.', 'The Home Office pays an Asylum Dispersal Grant of £3,500 for each new', y3),
    ...flowPage([
      'dispersal bedspace. There are 146 dispersal bedspaces in the county, and the regional',
      'plan expects 210 by December 2026. ADG of £511,000 was received in 2025/26 and',
      'has been passed to the district councils in proportion to the bedspaces in their areas.',
    ], { top: y3 + 14 }),
  ];
  const p2 = flowPage([
    '**Plan for the remaining funding. The unspent Homes for Ukraine balance at 31 March',
    '2025 was £4.86m. Table 2 sets out how it is proposed to be used over 2026/27.',
    '**Table 2: Use of remaining Homes for Ukraine funding',
  ]);
  const t2 = grid([
    ['**Use', '**£000'],
    ['Rent deposits and move-on support', '1,450'],
    ['Homelessness prevention for guests', '980'],
    ['Community grants to district councils', '900'],
    ['Host thank-you payments (£500 a month)', '600'],
    ['English for Speakers of Other Languages (ESOL) classes', '420'],
    ['Employment and skills support', '310'],
    ['Contingency', '200'],
    ['**Total', '**4,860'],
  ], [72, 400], 120, { size: 10 });
  const y4 = 260;
  const p2b = [
    ...runIn('Risks.', 'The Government has not confirmed tariff funding beyond 2025/26. If guests’', y4),
    ...flowPage([
      'visas are not extended, more households may need homelessness support; the',
      'contingency of £200,000 is held for this.',
    ], { top: y4 + 14 }),
    ...runIn('Next steps.', 'An update on the use of the funding will be reported to Cabinet in', y4 + 50),
    ...flowPage([
      'October 2026.',
      { gap: 8 },
      'Contact: Olena Brickwood, Refugee Resettlement Manager',
      'Background papers: MHCLG Homes for Ukraine funding guidance 2025/26',
    ], { top: y4 + 64 }),
  ];
  return makePdf([
    [...head, ...ri, ...s1, ...rec, ...b1, ...b2, ...b3, ...folio(1, 2)],
    [...p2, ...t2, ...p2b, ...folio(2, 2)],
  ]);
}

/** (c) Biodiversity net gain SPD report to a development plans panel. */
function bngSpdReport(): Uint8Array {
  const p1 = flowPage([
    '**QUENDALE CITY COUNCIL',
    '**Report of the Chief Planning Officer',
    '**Report to Development Plans Panel',
    '**Date: 24 February 2026',
    '**Subject: Biodiversity Net Gain and Nature Recovery – Draft Supplementary Planning',
    '**Document',
    'Is the decision eligible for call-in?\tNo',
    'Does the report contain confidential or exempt information?\tNo',
    { gap: 8 },
    '**Recommendations',
    'That the Development Plans Panel:',
    '1.\tnotes the requirements of mandatory biodiversity net gain and the progress with',
    '  \tthe Council’s habitat bank sites;',
    '2.\tapproves the draft Biodiversity Net Gain and Nature Recovery Supplementary',
    '  \tPlanning Document (SPD) for public consultation from 2 March 2026 to',
    '  \t13 April 2026;',
    '3.\trecommends that the Executive Board approves the monitoring fees in Table 2',
    '  \twith effect from 1 April 2026; and',
    '4.\tnotes that the consultation responses and a final SPD will be reported to the',
    '  \tPanel on 19 May 2026.',
    { gap: 8 },
    '**1\tBackground',
    '1.1\tSince 12 February 2024 the Environment Act 2021 has required most major',
    '  \tdevelopment to deliver a biodiversity net gain (BNG) of at least 10%, measured',
    '  \tusing the statutory biodiversity metric. The requirement has applied to small sites',
    '  \tsince 2 April 2024. Significant gains must be secured for 30 years.',
    '1.2\tThe local planning authority (LPA) must be satisfied that the biodiversity gain',
    '  \tplan meets the 10% requirement before development begins. Gains should be',
    '  \tdelivered on site first, then off site, and statutory credits are a last resort.',
    '1.3\tThe Quendale and Sowerbeck Local Nature Recovery Strategy (LNRS) was',
    '  \tpublished in November 2025. The draft SPD uses its map of areas that could become',
    '  \tof particular importance for biodiversity to direct off-site gains.',
    { gap: 6 },
    '**2\tHabitat bank sites',
    '2.1\tThe Council is creating habitat banks on its own land so that developers who',
    '  \tcannot deliver gains on site can buy habitat units locally.',
  ]);
  const t1 = grid([
    ['**Site', '**Area (ha)', '**Habitat units', '**Status'],
    ['Ouzel Carr Meadows', '24.5', '96.2', 'Legal agreement signed'],
    ['Scarth Ings', '18.0', '71.4', 'Baseline survey complete'],
    ['Sowerbeck Wood extension', '9.3', '38.0', 'Proposed'],
    ['**Total', '**51.8', '**205.6', ''],
  ], [72, 250, 330, 420], 622, { size: 10 });
  const p1b = flowPage(['**Table 1: Council habitat bank sites'], { top: 604 });
  const p1c = flowPage([
    '2.2\tUnits from Ouzel Carr Meadows are available now at £28,500 per habitat unit.',
    '  \tThe first 22 units have been reserved by three developers.',
  ], { top: 704 });
  const p2 = flowPage([
    '**3\tMonitoring fees',
    '3.1\tThe Council must monitor the delivery of significant on-site gains and its habitat',
    '  \tbanks for 30 years. It is proposed to charge the fees in Table 2 through section 106',
    '  \tagreements.',
    '**Table 2: Proposed BNG monitoring fees',
  ]);
  const t3 = grid([
    ['**Type of gain', '**Fee'],
    ['Significant on-site gain, major development', '£4,650 per development'],
    ['Significant on-site gain, minor development', '£1,850 per development'],
    ['Off-site gain on land not owned by the Council', '£6,200 per site'],
  ], [72, 340], 156, { size: 10 });
  const p2b = flowPage([
    '3.2\tThe fees cover the review of monitoring reports in years 2, 5, 10, 15, 20, 25 and',
    '  \t30 and a site visit where needed. They will be reviewed each year in the Council’s',
    '  \tfees and charges report.',
    { gap: 6 },
    '**4\tConsultation',
    '4.1\tThe draft SPD will be published for six weeks from 2 March 2026 to 13 April 2026.',
    '  \tComments can be made online or by email to planningpolicy@quendale.example.',
    '4.2\tSubject to the Panel’s views, the final SPD will be recommended to the Executive',
    '  \tBoard for adoption on 17 June 2026.',
    { gap: 6 },
    '**5\tCorporate considerations',
    '5.1\tThe SPD supports the Council’s Climate and Nature Emergency declaration. An',
    '  \tequality impact assessment found no adverse effects.',
    '5.2\tThe habitat banks are expected to generate income of about £2.1m over ten years,',
    '  \tmost of which will be held to fund 30 years of habitat management.',
    { gap: 8 },
    'Report author: Tobias Wilmshurst, Principal Ecologist',
    'Chief Planning Officer: Zainab Rockcliffe',
  ], { top: 220 });
  return makePdf([
    [...p1, ...p1b, ...t1, ...p1c, ...folio(1, 2)],
    [...p2, ...t3, ...p2b, ...folio(2, 2)],
  ]);
}

/** (d) Infrastructure Funding Statement report to Cabinet. */
function infrastructureFundingStatement(): Uint8Array {
  const p1 = flowPage([
    '**PEVENSTOKE DISTRICT COUNCIL',
    '**CABINET',
    '**4 NOVEMBER 2025',
    '**INFRASTRUCTURE FUNDING STATEMENT 2024/25',
    'Report of the Head of Planning and Growth',
    'Portfolio: Planning and Infrastructure (Councillor Sabina Orchardson)',
    { gap: 6 },
    '**1.\tRECOMMENDATIONS',
    'That Cabinet:',
    '(1)\tapproves the Infrastructure Funding Statement (IFS) 2024/25 at Appendix 1 for',
    '  \tpublication on the Council’s website by 31 December 2025;',
    '(2)\tagrees the Infrastructure List at Appendix 2, setting out the infrastructure the',
    '  \tCouncil intends to fund wholly or partly from the Community Infrastructure Levy',
    '  \t(CIL);',
    '(3)\tapproves the allocation of £1,200,000 of strategic CIL to the Pevenstoke Station',
    '  \tInterchange scheme; and',
    '(4)\tnotes the Section 106 (S106) contributions of £285,650 at risk of repayment and',
    '  \tinstructs the Head of Planning and Growth to bring forward proposals to spend',
    '  \tthem by 31 March 2026.',
    { gap: 6 },
    '**2.\tBACKGROUND',
    '2.1\tThe Community Infrastructure Levy Regulations 2010 (as amended) require the',
    '  \tCouncil to publish an Infrastructure Funding Statement by 31 December each year,',
    '  \treporting the developer contributions received, allocated and spent in the previous',
    '  \tfinancial year.',
    { gap: 6 },
    '**3.\tSECTION 106 RECEIPTS AND SPEND 2024/25',
    '3.1\tTable 1 shows S106 money received and spent in 2024/25 by type of obligation.',
  ]);
  const t1 = grid([
    ['**Type of obligation', '**Received 2024/25', '**Spent 2024/25'],
    ['Affordable housing (commuted sums)', '£1,246,300', '£2,018,000'],
    ['Education', '£2,871,450', '£1,540,000'],
    ['Highways and transport', '£984,200', '£612,750'],
    ['Open space and play', '£412,800', '£298,400'],
    ['Health', '£206,000', '£0'],
    ['Monitoring fees', '£38,600', '£38,600'],
    ['**Total', '**£5,759,350', '**£4,507,750'],
  ], [72, 300, 420], 462, { size: 10 });
  const p1b = flowPage([
    '3.2\tAt 31 March 2025 the Council held unspent S106 balances of £14,382,900, of which',
    '  \t£9,870,000 has been allocated to projects but not yet spent. Education money is',
    '  \tpassed to Yarrowshire County Council as the education authority.',
  ], { top: 590 });
  const p2 = flowPage([
    '**4.\tCOMMUNITY INFRASTRUCTURE LEVY 2024/25',
    '4.1\tCIL receipts in 2024/25 were £3,412,680. Of this, £511,900 (15%) was passed to',
    '  \ttown and parish councils as the neighbourhood portion and £170,634 (5%) was',
    '  \tused for administration. CIL spending in the year was £2,145,000, mainly on the',
    '  \tOstley Leisure Centre extension and cycle routes.',
    '4.2\tThe unspent CIL balance at 31 March 2025 was £6,204,110.',
    { gap: 6 },
    '**5.\tSUMS AT RISK OF REPAYMENT',
    '5.1\tSome S106 agreements require money to be repaid to the developer if it is not spent',
    '  \tby a set date. Table 2 lists the sums that must be spent within the next 18 months.',
  ]);
  const t2 = grid([
    ['**Agreement', '**Purpose', '**Amount', '**Repay if unspent by'],
    ['19/00871/FUL Tansy Farm', 'Off-site play, Tansy Recreation Ground', '£86,250', '14 June 2026'],
    ['17/02210/OUT Mill Lane, Ostley', 'Bus service contribution', '£142,000', '30 September 2026'],
    ['18/01555/FUL Former Quarry', 'Public realm, Market Square', '£57,400', '31 January 2027'],
    ['**Total', '', '**£285,650', ''],
  ], [72, 220, 390, 460], 226, { size: 9 });
  const p2b = flowPage([
    '5.2\tOfficers are working with the bus operator and the town council on schemes for',
    '  \tthese sums. No money was repaid to developers in 2024/25.',
    { gap: 6 },
    '**6.\tFINANCIAL IMPLICATIONS',
    '6.1\tThe allocation of £1,200,000 to the Pevenstoke Station Interchange scheme leaves',
    '  \tan unallocated strategic CIL balance of £2,310,000.',
    { gap: 8 },
    'Contact officer: Delphine Kersey, Infrastructure and Planning Obligations Officer',
  ], { top: 310 });
  return makePdf([
    [...p1, ...t1, ...p1b, ...folio(1, 2)],
    [...p2, ...t2, ...p2b, ...folio(2, 2)],
  ]);
}

/** (e) Joint crematorium committee minutes for three councils. */
function crematoriumJointCommittee(): Uint8Array {
  const p1 = flowPage([
    '**SALTINGS PARK CREMATORIUM JOINT COMMITTEE',
    '**Tidewell Borough Council, Pollardine District Council and Vossingham City Council',
    { gap: 4 },
    'MINUTES of the annual meeting held at Saltings Park Crematorium on Thursday 26 June',
    '2025 at 10.30 am',
    { gap: 4 },
    'PRESENT: Tidewell BC – Councillors Oriel Fanshawe and Dermot Ackland; Pollardine DC –',
    'Councillors Wendy Ibbetson-Lowe and Saul Spargo; Vossingham CC – Councillors Naveen',
    'Wyndlow and Agnieszka Rudnicka',
    'OFFICERS: Morag Kinnersley (Bereavement Services Manager), Simeon Sealby (Treasurer),',
    'Felicity Vetch (Clerk)',
    { gap: 8 },
    '**1.\tELECTION OF CHAIR',
    'RESOLVED – That Councillor Oriel Fanshawe (Tidewell Borough Council) be elected Chair',
    'of the Joint Committee for 2025/26.',
    { gap: 4 },
    '**2.\tAPPOINTMENT OF VICE-CHAIR',
    'RESOLVED – That Councillor Naveen Wyndlow (Vossingham City Council) be appointed',
    'Vice-Chair of the Joint Committee for 2025/26.',
    { gap: 4 },
    '**3.\tAPOLOGIES',
    'There were no apologies for absence.',
    { gap: 4 },
    '**4.\tMINUTES',
    'RESOLVED – That the minutes of the meeting held on 20 March 2025 be approved as a',
    'correct record and signed by the Chair.',
    { gap: 4 },
    '**5.\tREVENUE OUTTURN 2024/25',
    'The Treasurer reported that income from 2,412 cremations and memorial sales had',
    'produced a surplus of £612,000 after all running costs and the contribution of £150,000 to',
    'the Cremator Replacement Reserve. Under the Joint Committee agreement the surplus is',
    'shared between the three councils as follows:',
  ]);
  const t1 = grid([
    ['**Council', '**Share', '**Surplus 2024/25'],
    ['Tidewell Borough Council', '42%', '£257,040'],
    ['Pollardine District Council', '33%', '£201,960'],
    ['Vossingham City Council', '25%', '£153,000'],
    ['**Total', '**100%', '**£612,000'],
  ], [72, 290, 380], 520, { size: 10 });
  const p1b = flowPage([
    'RESOLVED – That:',
    '(a)\tthe revenue outturn for 2024/25 be noted; and',
    '(b)\tthe distribution of the surplus of £612,000 to the constituent councils in the shares',
    '  \tset out above be approved.',
  ], { top: 600 });
  const p2 = flowPage([
    '**6.\tCREMATOR REPLACEMENT PROJECT',
    'The Bereavement Services Manager reported that the two cremators installed in 2009 were',
    'at the end of their working life and that the mercury abatement plant would not meet the',
    'guidance of the Federation of Burial and Cremation Authorities (FBCA) from 2027. Four',
    'tenders had been received. The total cost of the project, including building works, is',
    '£1,850,000, funded by the three councils in their agreed shares:',
  ]);
  const t2 = grid([
    ['**Council', '**Share', '**Capital contribution'],
    ['Tidewell Borough Council', '42%', '£777,000'],
    ['Pollardine District Council', '33%', '£610,500'],
    ['Vossingham City Council', '25%', '£462,500'],
    ['**Total', '**100%', '**£1,850,000'],
  ], [72, 290, 380], 166, { size: 10 });
  const p2b = flowPage([
    'Members asked how funerals would be handled while the cremators are replaced. The',
    'Bereavement Services Manager explained that one cremator would be kept working at all',
    'times and that a temporary cremator may be hired.',
    'RESOLVED – That:',
    '(a)\tthe replacement of the two cremators and the mercury abatement plant at a total',
    '  \tcost of £1,850,000 be approved, funded by the constituent councils in the shares',
    '  \tset out above;',
    '(b)\tthe contract be awarded to Caldera Cremation Engineering Ltd as the most',
    '  \teconomically advantageous tender; and',
    '(c)\ta report on the temporary arrangements during installation be brought to the',
    '  \tmeeting of the Joint Committee on 25 September 2025.',
    { gap: 4 },
    '**7.\tBEREAVEMENT SERVICES MANAGER’S REPORT',
    'The Manager reported that 2,412 cremations had taken place in 2024/25, 3% more than',
    'the year before, and that the new webcasting service had been used at 38% of services.',
    'RESOLVED – That the report be noted.',
    { gap: 4 },
    '**8.\tDATE OF NEXT MEETING',
    'Thursday 25 September 2025 at 10.30 am at Saltings Park Crematorium.',
    { gap: 8 },
    'The meeting closed at 11.50 am.',
    'Chair ……………………………',
  ], { top: 246 });
  return makePdf([
    [...p1, ...t1, ...p1b, ...folio(1, 2)],
    [...p2, ...t2, ...p2b, ...folio(2, 2)],
  ]);
}

/** (f) Armed Forces Covenant annual report to a communities scrutiny committee. */
function armedForcesCovenantReport(): Uint8Array {
  const p1 = flowPage([
    '**OSWALDBY METROPOLITAN BOROUGH COUNCIL',
    '**COMMUNITY WELLBEING SCRUTINY COMMITTEE',
    '**21 January 2026',
    { gap: 4 },
    '**ARMED FORCES COVENANT ANNUAL REPORT 2025',
    'Report of the Director of Communities',
    'Member Champion for the Armed Forces: Councillor Tegwen Maddocks',
    'Lead officer: Yusuf Stainrod, Community Cohesion Manager',
    { gap: 8 },
    '**1.\tPurpose',
    '1.1\tTo report on how the Council met its commitments under the Armed Forces',
    '  \tCovenant in 2025 and on the action plan for 2026.',
    { gap: 6 },
    '**2.\tRecommendations',
    '2.1\tThe Committee is asked to:',
    '(a)\tnote the progress made in 2025 in meeting the Council’s Armed Forces Covenant',
    '  \tcommitments;',
    '(b)\tcomment on the action plan for 2026 in section 5; and',
    '(c)\tagree to receive the next annual report in January 2027.',
    { gap: 6 },
    '**3.\tBackground',
    '3.1\tThe Council signed the Armed Forces Covenant in 2013 and renewed it in 2023.',
    '  \tSince November 2022 the Armed Forces Act 2021 has placed a legal duty on councils',
    '  \tto have due regard to the Covenant when exercising functions in housing, education',
    '  \tand health.',
    '3.2\tThe 2021 Census recorded 6,940 veterans living in the borough, 4.1% of residents',
    '  \taged 16 and over.',
    { gap: 6 },
    '**4.\tProgress in 2025',
    '4.1\tHousing. 67 veterans and their families were housed through the Housing Register',
    '  \tin 2025, up from 49 in 2024. Veterans with a housing need are placed in Band B',
    '  \tregardless of how long they have lived in the borough.',
    '4.2\tEmployment. The Council employs 23 reservists, who receive 10 days’ additional',
    '  \tpaid leave a year for training. 14 veterans were appointed through the guaranteed',
    '  \tinterview scheme.',
    '4.3\tRecognition. The Council holds the Defence Employer Recognition Scheme (ERS)',
    '  \tSilver Award, received in 2022. It meets the criteria for the Gold Award, which',
    '  \trequires an employer to show that it actively supports reservists and veterans',
    '  \tand encourages others to do so.',
    '4.4\tThe Oswaldby Armed Forces Covenant Partnership, which includes the Royal',
    '  \tBritish Legion and the Soldiers’, Sailors’ & Airmen’s Families Association (SSAFA),',
    '  \tmet four times. £18,500 from the Covenant Fund paid for a veterans’ breakfast club.',
  ]);
  const p2 = flowPage([
    '**5.\tAction plan for 2026',
  ]);
  const t = grid([
    ['**Action', '**Lead', '**By'],
    ['Submit an application for the ERS Gold Award', 'Head of HR', '30 April 2026'],
    ['Armed Forces awareness training for 200 frontline staff', 'Community Cohesion Manager', '31 July 2026'],
    ['Publish Covenant duty guidance for schools', 'Head of Education', '30 September 2026'],
    ['Hold a Veterans’ Information Day at Oswaldby Town Hall', 'Member Champion', '7 November 2026'],
    ['Review the housing allocations policy for service leavers', 'Head of Housing Options', '31 December 2026'],
  ], [72, 330, 480], 100, { size: 9 });
  const p2b = flowPage([
    '**6.\tFinancial implications',
    '6.1\tThe actions will be met from existing budgets. The Council will apply to the',
    '  \tArmed Forces Covenant Fund Trust for grants where they are available.',
    { gap: 6 },
    '**7.\tNext steps',
    '7.1\tSubject to the Committee’s comments, the action plan will be published on the',
    '  \tCouncil’s website with this report.',
    { gap: 8 },
    'Background papers: Armed Forces Covenant (signed 2013, renewed 2023)',
  ], { top: 200 });
  return makePdf([
    [...p1, ...folio(1, 2)],
    [...p2, ...t, ...p2b, ...folio(2, 2)],
  ]);
}

/** (g) Municipal harbour board minutes with prefixed minute numbers. */
function harbourBoardMinutes(): Uint8Array {
  const p1 = flowPage([
    '**PORTHERROW BOROUGH COUNCIL',
    '**TRENNACK HARBOUR BOARD',
    { gap: 4 },
    'Minutes of a meeting of the Trennack Harbour Board held at the Harbour Office, Quay',
    'Street, Trennack on Monday 17 November 2025 at 2.00 pm',
    { gap: 4 },
    'Present: Councillor Demelza Rowse (Chair), Councillors Gerent Sandow, Hedra Trewhella',
    'and Lowenna Tiddy; co-opted members Mr Piran Tresize (fishing industry) and',
    'Ms Loveday Nankivell (leisure harbour users)',
    'In attendance: Captain Ewart Scobie (Harbour Master), Imelda Roskear (Harbour',
    'Finance Officer), Conan Hocking (Democratic Services Officer)',
    { gap: 8 },
    '**HB/25/10\tAPOLOGIES FOR ABSENCE',
    'Apologies were received from Councillor Benedict Carne.',
    { gap: 4 },
    '**HB/25/11\tMINUTES',
    'RESOLVED that the minutes of the meeting held on 15 September 2025 be confirmed as a',
    'correct record.',
    { gap: 4 },
    '**HB/25/12\tMAINTENANCE DREDGING CONTRACT 2026',
    'The Harbour Master reported that three tenders had been received for maintenance',
    'dredging of about 38,000 cubic metres of silt from the inner harbour and the approach',
    'channel. The Marine Management Organisation (MMO) licence for disposal at sea runs',
    'until 2028. The lowest compliant tender was £386,400.',
    'RESOLVED that:',
    '(a)\tthe maintenance dredging contract be awarded to Tregenna Marine Dredging Ltd',
    '  \tat a cost of £386,400, funded from the Harbour Renewals Reserve; and',
    '(b)\tthe Harbour Master be authorised to agree the programme of works with the',
    '  \tcontractor, so that dredging is completed before 31 March 2026.',
    { gap: 4 },
    '**HB/25/13\tHARBOUR DUES AND CHARGES 2026/27',
    'The Harbour Finance Officer explained that the harbour account was forecast to be in',
    'deficit by £41,000 in 2025/26 because of the cost of insurance and pilotage. Mr Tresize',
    'asked that local fishing vessels be protected from the full increase.',
    'RESOLVED that harbour dues and charges be increased by 6.5% with effect from',
    '1 April 2026, as set out in Appendix B, except that dues for local fishing vessels of',
    'less than 10 metres be increased by 3%.',
    '(For 5, Against 1, Abstain 0)',
  ]);
  const p2 = flowPage([
    '**HB/25/14\tHARBOUR MASTER’S SAFETY REPORT',
    'The Harbour Master presented his report under the Port Marine Safety Code (PMSC).',
    'There had been four reportable incidents since the last meeting, including a near miss',
    'between a visiting yacht and a fishing vessel in the approach channel. The Designated',
    'Person’s audit in October 2025 found the harbour compliant with the Code. The Harbour',
    'Master undertook to circulate the revised Harbour Emergency Plan to Board members by',
    '31 January 2026.',
    'RESOLVED that the safety report be noted and that the PMSC compliance statement be',
    'submitted to the Maritime and Coastguard Agency (MCA) by 31 December 2025.',
    { gap: 4 },
    '**HB/25/15\tVISITOR PONTOONS',
    'Members noted that the visitor pontoons were 22 years old and that two sections had',
    'been closed in August 2025.',
    'RESOLVED that a report on options for replacing the visitor pontoons be brought to the',
    'March 2026 meeting of the Board.',
    { gap: 4 },
    '**HB/25/16\tDATE OF NEXT MEETING',
    'Monday 16 March 2026 at 2.00 pm at the Harbour Office.',
    { gap: 8 },
    'The meeting ended at 3.35 pm.',
    'Chair ……………………………',
  ]);
  return makePdf([[...p1, ...folio(1, 2)], [...p2, ...folio(2, 2)]]);
}

/** (h) Forward plan of key decisions as a table; expected dates are month and year only. */
function forwardPlan(): Uint8Array {
  const head = flowPage([
    '**ULVERHAM CITY COUNCIL',
    '**FORWARD PLAN OF KEY DECISIONS',
    'Published 16 February 2026 – covering decisions expected from March 2026 to June 2026',
    { gap: 4 },
    'A key decision is an executive decision which results in expenditure or savings of',
    '£750,000 or more, or which has a significant effect on communities in two or more wards.',
  ], { size: 10, leading: 13 });
  const xs = [40, 100, 300, 420, 490];
  const rows = [
    ['**Key decision?', '**Title', '**Decision maker', '**Expected date', '**Consultation'],
    ['Yes', 'Ulverham Riverside Masterplan – Adoption', 'Cabinet', 'March 2026', 'Public, Oct–Nov 2025'],
    ['Yes', 'Highways Term Maintenance Contract 2026–2033', 'Cabinet', 'March 2026', 'Market engagement'],
    ['No', 'Pay Policy Statement 2026/27', 'Council', 'March 2026', 'None'],
    ['Yes', 'Adult Social Care Provider Fee Uplift 2026/27', 'Cabinet Member, Adults', 'April 2026', 'Care providers'],
    ['Yes', 'Disposal of the Former Glovers Lane Depot', 'Cabinet', 'April 2026', 'Ward members'],
    ['Yes', 'Museum and Archives Relocation – Business Case', 'Cabinet', 'May 2026', 'Public, Friends group'],
    ['No', 'Corporate Enforcement Policy Review', 'Cabinet Member, Safer City', 'May 2026', 'Internal only'],
    ['Yes', 'Bus Service Improvement Plan (BSIP) Variation', 'Cabinet', 'June 2026', 'Bus operators'],
    ['Yes', 'Domestic Abuse Support Services – Contract', 'Director of Public Health', 'June 2026', 'Survivors’ forum'],
  ];
  const table = grid(rows, xs, 170, { size: 8, leading: 16 });
  const tail = flowPage([
    'Reports are published five clear working days before the meeting. Documents submitted',
    'to the decision maker are listed in each report. To make representations about any item,',
    'contact Democratic Services at least 10 working days before the expected date.',
    { gap: 4 },
    'Abbreviation: BSIP – Bus Service Improvement Plan.',
    { gap: 4 },
    'Contact: Hester Thistlethwaite, Democratic Services Manager, democratic.services@ulverham.example',
  ], { top: 350, size: 10, leading: 13 });
  return makePdf([[...head, ...table, ...tail, ...folio(1, 1)]]);
}

export const SYNTHETIC24: Record<string, () => Uint8Array> = {
  's24-digital-customer-strategy': digitalCustomerStrategy,
  's24-homes-for-ukraine-funding': homesForUkraineFunding,
  's24-bng-spd-panel-report': bngSpdReport,
  's24-infrastructure-funding-statement': infrastructureFundingStatement,
  's24-crematorium-joint-committee': crematoriumJointCommittee,
  's24-armed-forces-covenant-report': armedForcesCovenantReport,
  's24-harbour-board-minutes': harbourBoardMinutes,
  's24-forward-plan-month-dates': forwardPlan,
};
