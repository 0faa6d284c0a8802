/**
 * Eight synthetic papers (set 5) in the styles of councils we hold no papers from: a police and
 * crime panel precept report, a unitary council's record of executive decisions, London borough
 * scrutiny minutes with an actions table, a national park authority report, an adult social care
 * contract award report to an executive member, town council finance committee minutes with
 * prefixed minute numbers, a committee work programme table whose meeting dates appear only on the
 * first row of each group, and a county committee agenda pack. Built as small PDFs by
 * test/helpers/make-pdf.ts; their gold is beside them (synthetic-<key>.json, "file":
 * "synthetic:<key>"). Councils and people are invented; the wording follows real papers of each
 * kind. Written blind to the parser.
 */
import { flowPage, grid, heightOf, makePdf, type PdfLine, type Script } from '../../helpers/make-pdf.ts';

/** A small page number at the foot of a page. */
function folio(n: number): PdfLine[] {
  return [{ text: `Page ${n}`, x: 280, y: 815, size: 9 }];
}

/** A bold stamp at the top right of a page ("Item 5"). */
function stamp(text: string, y = 48): PdfLine[] {
  return [{ text, x: 440, y, size: 12, bold: true }];
}

/** (a) Police and crime panel report on the proposed precept: "That the Panel: (a) considers …; (b) reviews …", Band D figure, funding table. */
function policePrecept(): Uint8Array {
  const s1: Script = [
    '**WESTMARCH POLICE AND CRIME PANEL',
    { gap: 4 },
    '**3 February 2026',
    { gap: 6 },
    '**PROPOSED POLICE AND CRIME COMMISSIONER’S PRECEPT 2026/27',
    { gap: 4 },
    'Report of the Chief Executive, Office of the Police and Crime Commissioner (OPCC)',
    { gap: 8 },
    '**1.\tPurpose of the report',
    '1.1\tTo notify the Panel of the precept which the Police and Crime Commissioner',
    '  \t(PCC) proposes to issue for 2026/27, as required by Schedule 5 to the Police',
    '  \tReform and Social Responsibility Act 2011.',
    { gap: 8 },
    '**2.\tRecommendations',
    'That the Panel:',
    '(a)\tconsiders the Commissioner’s proposal to increase the policing element of',
    '  \tthe council tax for a Band D property by £14.00 to £296.42 for 2026/27;',
    '(b)\treviews the funding and spending plans set out in section 4 and the Medium',
    '  \tTerm Financial Plan (MTFP) at Appendix A; and',
    '(c)\tagrees its report to the Commissioner on the proposed precept.',
    { gap: 8 },
    '**3.\tThe proposed precept',
    '3.1\tThe Commissioner proposes a Band D precept of £296.42 for 2026/27, an',
    '  \tincrease of £14.00 (4.96%) on the 2025/26 figure of £282.42. This is within',
    '  \tthe referendum limit of £14 set by the Home Office for 2026/27.',
    '3.2\tThe billing authorities have notified a combined tax base of 402,480 Band D',
    '  \tequivalent properties, an increase of 0.9%. The proposed precept would raise',
    '  \t£119.3 million, £6.7 million more than in 2025/26.',
    '3.3\tThe Panel may veto the proposed precept by a majority of at least two-thirds',
    '  \tof its members. If it does so, the Commissioner must issue a revised precept',
    '  \tand the Panel will meet again on 17 February 2026 to review it.',
    { gap: 8 },
    '**4.\tFunding 2026/27',
    '4.1\tThe table below sets out the Force’s funding by source.',
  ];
  const tTop = 72 + heightOf(s1) + 10;
  const xs = [72, 330, 410, 490];
  const rows = [
    ['**Source of funding', '**2025/26 £m', '**2026/27 £m', '**Change £m'],
    ['Police Core Grant (Home Office)', '98.4', '101.2', '2.8'],
    ['Ex-DCLG formula funding', '41.7', '42.9', '1.2'],
    ['Legacy council tax grants', '9.8', '9.8', '0.0'],
    ['Police pensions grant', '3.1', '3.1', '0.0'],
    ['Council tax precept', '112.6', '119.3', '6.7'],
    ['**Total funding', '**265.6', '**276.3', '**10.7'],
  ];
  const p1 = [...flowPage(s1), ...grid(rows, xs, tTop, { leading: 15, size: 10 }), ...folio(1)];
  const p2 = [
    ...flowPage([
      '4.2\tThe increase in funding of £10.7 million is needed to meet pay awards of',
      '  \t£7.9 million and the cost of maintaining officer numbers at 2,148 FTE.',
      '4.3\tThe precept will also fund 24 additional Police Community Support Officers',
      '  \t(PCSOs) for neighbourhood teams, at a cost of £1.1 million a year, and 6 FTE',
      '  \tvictim support caseworkers in the Victims’ Hub.',
      '4.4\tSavings of £3.4 million are required in 2026/27 and are set out in the MTFP.',
      '  \tThe general reserve will remain at £9.2 million, 3.3% of net revenue budget.',
      { gap: 8 },
      '**5.\tConsultation',
      '5.1\tThe Commissioner’s public survey ran from 1 December 2025 to 5 January',
      '  \t2026. Of the 3,412 people who responded, 61% said they would support an',
      '  \tincrease of £14 a year for a Band D property.',
      { gap: 8 },
      '**6.\tNext steps',
      '6.1\tThe Panel must report to the Commissioner by 8 February 2026. The',
      '  \tCommissioner will present an update on delivery of the Police and Crime Plan',
      '  \tto the Panel in June 2026.',
      { gap: 8 },
      '**Contact: Helen Marchbank, Chief Finance Officer, OPCC',
    ]),
    ...folio(2),
  ];
  return makePdf([[...p1, ...stamp('Agenda Item 5')], p2]);
}

/** (b) Unitary council "Record of Executive Decisions": Decision / Reasons / Alternative options rejected / Conflicts of interest declared. */
function executiveDecisions(): Uint8Array {
  const p1 = flowPage([
    '**KESTERMOOR COUNCIL',
    '**RECORD OF EXECUTIVE DECISIONS',
    { gap: 4 },
    'Executive meeting held on Tuesday 11 November 2025',
    'Date of publication: 13 November 2025',
    'These decisions will come into force, and may be implemented, from 5.00pm on',
    '20 November 2025 unless called in by the Scrutiny Management Board.',
    { gap: 10 },
    '**EX/25/061\tHousehold Support Fund 2025/26 – Allocation of Grant',
    'Executive Member: Cllr Rosalind Abernethy, Executive Member for Finance',
    { gap: 4 },
    '**Decision',
    'The Executive:',
    '(1)\tapproved the allocation of the Household Support Fund (HSF) grant of',
    '  \t£3.12 million for 2025/26 as set out in Appendix 1 to the report; and',
    '(2)\tdelegated authority to the Director of Resources, in consultation with the',
    '  \tExecutive Member for Finance, to move up to £250,000 between schemes.',
    '**Reasons for the decision',
    'To target the grant at households in most need before the grant ends on 31 March',
    '2026, in line with Department for Work and Pensions (DWP) guidance.',
    '**Alternative options rejected',
    'Distributing the whole grant through the application-based scheme was rejected',
    'because take-up among pensioner households was low in 2024/25.',
    '**Conflicts of interest declared',
    'None.',
    { gap: 10 },
    '**EX/25/062\tBereavement Services Fees and Charges 2026/27',
    'Executive Member: Cllr Tomasz Wierzbicki, Executive Member for Environment',
    { gap: 4 },
    '**Decision',
    'The Executive:',
    '(1)\tapproved an increase of 6% in burial and cremation fees from 1 April 2026;',
    '  \tand',
    '(2)\tagreed that fees for the burial or cremation of children under 18 continue',
    '  \tto be waived.',
    '**Reasons for the decision',
    'To recover the rising cost of running the crematorium while keeping fees below',
    'the regional average.',
    '**Alternative options rejected',
    'An increase of 10% was rejected as it would have put fees above the regional',
    'average.',
    '**Conflicts of interest declared',
    'None.',
  ]);
  const p2 = flowPage([
    '**EX/25/063\tAcquisition of Unit 4, Furnace Road, for a SEND Hub',
    'Executive Member: Cllr Abimbola Fairweather, Executive Member for Children',
    'and Education',
    { gap: 4 },
    '**Decision',
    'The Executive:',
    '(1)\tapproved the acquisition of the freehold of Unit 4, Furnace Road, Kestermoor',
    '  \tfor £1.85 million, funded from the High Needs Provision Capital Allocation;',
    '(2)\tauthorised the Director of Law and Governance to complete the purchase;',
    '  \tand',
    '(3)\tnoted that a report on the fit-out costs and the opening date of the hub',
    '  \twill be brought to the Executive in March 2026.',
    '**Reasons for the decision',
    'The hub will provide 40 places for children with Special Educational Needs and',
    'Disabilities (SEND) and reduce the Council’s reliance on independent',
    'placements outside Kestermoor.',
    '**Alternative options rejected',
    'Leasing the unit was rejected because the landlord would only offer a five-year',
    'lease. Building a new hub was rejected as it would take at least three years.',
    '**Conflicts of interest declared',
    'Cllr Ian Pennycook declared a non-registrable interest as a governor of',
    'Furnace Road Primary School and took no part in the discussion or vote.',
    { gap: 12 },
    'Signed: Cllr Dorothy Ashworth-Lee, Leader of the Council',
    'Contact: Democratic Services, democratic.services@kestermoor.example.gov.uk',
  ]);
  return makePdf([[...p1, ...folio(1)], [...p2, ...folio(2)]]);
}

/** (c) London borough scrutiny committee minutes: "RESOLVED: that the Committee (1) noted …; (2) requested a further report …", actions table. */
function londonScrutinyMinutes(): Uint8Array {
  const p1 = flowPage([
    '**LONDON BOROUGH OF KINGSMERE',
    '**OVERVIEW AND SCRUTINY COMMITTEE',
    '**MINUTES of the meeting held at Kingsmere Civic Centre on Tuesday 14 October',
    '**2025 at 7.00pm',
    { gap: 4 },
    'PRESENT: Councillor Yusuf Adeyemi-Clarke (Chair), Councillor Bethan Rourke',
    '(Vice-Chair), Councillors Delroy Mattis, Grainne Ochoa, Harpreet Sandhu and',
    'Lucia Ferrante-Hall',
    'ALSO PRESENT: Councillor Marcus Odili (Cabinet Member for Housing)',
    { gap: 8 },
    '**1.\tAPOLOGIES FOR ABSENCE',
    'Apologies were received from Councillor Piotr Walczak.',
    { gap: 6 },
    '**2.\tDECLARATIONS OF INTEREST',
    'There were none.',
    { gap: 6 },
    '**3.\tMINUTES OF THE PREVIOUS MEETING',
    'RESOLVED: that the minutes of the meeting held on 9 September 2025 be agreed',
    'as a correct record.',
    { gap: 6 },
    '**4.\tTEMPORARY ACCOMMODATION – PLACEMENTS AND COSTS',
    'The Director of Housing Needs introduced the report. The number of households in',
    'Temporary Accommodation (TA) had risen to 2,310, of whom 1,140 were placed',
    'outside the borough. The projected overspend on TA was £6.8 million in 2025/26.',
    'Members asked about the use of nightly-paid accommodation and the length of stay',
    'in bed and breakfast (B&B) for families. The Director said that 37 families had',
    'been in B&B for more than six weeks. The Director undertook to circulate a',
    'breakdown of out-of-borough placements by borough to the Committee by',
    '31 October 2025.',
    'RESOLVED: that the Committee',
    '(1)\tnoted the report and the increase in out-of-borough placements;',
    '(2)\trequested a further report to its March 2026 meeting on the cost of',
    '  \tnightly-paid accommodation; and',
    '(3)\trecommended to Cabinet that the Council’s TA procurement strategy be',
    '  \treviewed before the 2026/27 budget is set.',
    { gap: 6 },
    '**5.\tCALL-IN: LIBRARY OPENING HOURS',
    'The Committee considered the call-in of the Cabinet decision of 23 September 2025',
    'to reduce opening hours at four branch libraries. Councillor Rourke, for the',
    'signatories, said the equalities impact assessment (EqIA) had not considered older',
    'residents. The Cabinet Member for Culture replied to questions.',
    'RESOLVED: that the Committee, having considered the call-in, agreed to take no',
    'further action, and the decision of Cabinet may be implemented.',
    '(For 4, Against 2)',
  ]);
  const p2top: Script = [
    '**6.\tWORK PROGRAMME 2025/26',
    'RESOLVED: that the work programme be noted.',
    { gap: 10 },
    '**ACTIONS ARISING',
  ];
  const tTop = 72 + heightOf(p2top) + 6;
  const xs = [72, 108, 340, 480];
  const rows = [
    ['**Min', '**Action', '**Lead', '**Deadline'],
    ['4', 'Circulate out-of-borough placements by borough', 'Director of Housing Needs', '31 Oct 2025'],
    ['4', 'Report on nightly-paid accommodation costs', 'Director of Housing Needs', 'March 2026'],
    ['5', 'Refer EqIA concerns to the Cabinet Member', 'Scrutiny Officer', '24 Oct 2025'],
  ];
  const p2 = [
    ...flowPage(p2top),
    ...grid(rows, xs, tTop, { leading: 16, size: 9 }),
    ...flowPage(['The meeting ended at 9.12pm.', { gap: 6 }, 'Chair: ……………………………'], { top: tTop + 4 * 16 + 20 }),
  ];
  return makePdf([[...p1, ...folio(1)], [...p2, ...folio(2)]]);
}

/** (d) National park authority report: "Recommendation: That Members approve …", grant, match funding, fixed-term post. */
function nationalParkReport(): Uint8Array {
  const s1: Script = [
    '**FELLSIDE NATIONAL PARK AUTHORITY',
    '**AUTHORITY MEETING',
    '**5 DECEMBER 2025',
    { gap: 6 },
    '**ITEM 9: UPLAND PEATLAND RESTORATION PROJECT – GRANT ACCEPTANCE',
    { gap: 4 },
    'Report of the Director of Conservation and Planning',
    'Purpose: To seek approval to accept grant funding for peatland restoration on the',
    'Black Scar and Hollin Moss commons and to create a fixed-term post to deliver it.',
    { gap: 8 },
    '**Recommendations',
    '1.\tThat Members approve the acceptance of a grant of £1,240,000 from the Nature',
    '  \tfor Climate Peatland Grant Scheme (NCPGS) for the restoration of 610 hectares',
    '  \tof blanket bog.',
    '2.\tThat Members approve match funding of £310,000 from the Authority’s Climate',
    '  \tand Nature Reserve over 2026/27 and 2027/28.',
    '3.\tThat Members approve the creation of a fixed-term post of 1 FTE Peatland',
    '  \tProject Officer (Grade 5) for 2 years from 1 April 2026, funded by the grant.',
    '4.\tThat Members delegate authority to the Chief Executive to sign the grant',
    '  \tagreement with Natural England.',
    '5.\tThat a progress report on the project is brought to the Authority in',
    '  \tDecember 2026.',
    { gap: 8 },
    '**1.\tBackground',
    '1.1\tThe National Park Management Plan (NPMP) 2024–2029 commits the National',
    '  \tPark Authority (NPA) to restore 2,000 hectares of degraded peat by 2030. About',
    '  \t40% of the blanket bog in the Park is in poor condition, and much of it lies',
    '  \twithin a Site of Special Scientific Interest (SSSI).',
    '1.2\tThe Authority submitted a bid to the NCPGS in June 2025 with the support of',
    '  \tthe two commoners’ associations. Natural England confirmed the award on',
    '  \t3 November 2025. The grant must be spent by 31 March 2028.',
  ];
  const p1 = [...flowPage(s1), ...folio(1)];
  const s2: Script = [
    '**2.\tProposals',
    '2.1\tThe works include re-profiling of peat hags, gully blocking with stone and',
    '  \ttimber dams, and planting of sphagnum moss. Contractors will be appointed',
    '  \tthrough the Authority’s framework for upland works.',
    '2.2\tThe Peatland Project Officer will manage the contractors, liaise with graziers',
    '  \tand run the monitoring programme. The post is a full-time equivalent (FTE)',
    '  \tpost on Grade 5 (£31,537 to £34,434) and will end on 31 March 2028.',
    { gap: 8 },
    '**3.\tFinancial implications',
    '3.1\tThe total project cost is £1,550,000. The grant covers 80% of eligible costs;',
    '  \tthe Authority’s 20% match funding of £310,000 will come from the Climate',
    '  \tand Nature Reserve, which stands at £842,000.',
  ];
  const tTop = 72 + heightOf(s2) + 10;
  const rows = [
    ['**Cost heading', '**£'],
    ['Capital works (contractors)', '1,280,000'],
    ['Peatland Project Officer (2 years, including on-costs)', '98,000'],
    ['Monitoring and drone surveys', '72,000'],
    ['Contingency', '100,000'],
    ['**Total project cost', '**1,550,000'],
  ];
  const p2 = [
    ...flowPage(s2),
    ...grid(rows, [90, 420], tTop, { leading: 15, size: 10 }),
    ...flowPage(
      [
        '**4.\tRisks',
        '4.1\tThe main risk is wet weather delaying the works. The contingency and the',
        '  \tprogramme allow for one lost season.',
        { gap: 8 },
        '**Contact officer: Rhona Ellerbeck, Peatland Programme Manager',
        'Background papers: NCPGS grant offer letter, 3 November 2025',
      ],
      { top: tTop + 6 * 15 + 16 },
    ),
    ...folio(2),
  ];
  return makePdf([p1, p2]);
}

/** (e) Adult social care commissioning report to an executive member: contract award, 5 years (3+1+1), annual values table, TUPE. */
function ascContractAward(): Uint8Array {
  const head = grid(
    [
      ['**Report to:', 'Executive Member for Adult Social Care and Health'],
      ['**Date of decision:', 'Not before 17 December 2025'],
      ['**Report of:', 'Director of Adult Social Services'],
      ['**Key decision:', 'Yes – Forward Plan reference FP/ASC/25/19'],
      ['**Classification:', 'Public, with exempt Appendix 2'],
    ],
    [72, 200],
    112,
  );
  const top = 112 + 5 * 14 + 18;
  const s1: Script = [
    '**Award of Contract for Care and Support in Extra Care Housing',
    { gap: 6 },
    '**1.\tSummary',
    '1.1\tThe current contracts for care and support at the three extra care housing',
    '  \tschemes in Dunsley, Marlpit and St Aidan’s end on 31 March 2026. A tender was',
    '  \trun between July and October 2025 and Provider B submitted the most',
    '  \teconomically advantageous tender.',
    { gap: 6 },
    '**2.\tRecommendations',
    '2.1\tThe Executive Member is asked to:',
    '  (a)\tapprove the award of a contract for care and support at the three extra',
    '    \tcare housing schemes to Provider B for five years (3+1+1) from 1 April 2026,',
    '    \tat an estimated total value of £7,845,000;',
    '  (b)\tnote that staff delivering the current service are expected to transfer to',
    '    \tProvider B under TUPE; and',
    '  (c)\tdelegate authority to the Director of Adult Social Services to agree the',
    '    \tfinal contract terms and to decide whether to use the two one-year',
    '    \textensions.',
    { gap: 6 },
    '**3.\tReasons for recommendations',
    '3.1\tThe Council has a duty under the Care Act 2014 to meet eligible needs. Extra',
    '  \tcare housing helps 142 tenants to live independently and avoids residential care.',
  ];
  const p1 = [
    ...flowPage(['**HALLOWFORD COUNCIL'], { top: 72 }),
    ...head,
    ...flowPage(s1, { top }),
    ...folio(1),
  ];
  const s2: Script = [
    '**4.\tContract value',
    '4.1\tThe contract is for an initial three years with the option of two further',
    '  \tyears, one year at a time. The estimated annual values, including the Real',
    '  \tLiving Wage (RLW) uplift assumed each year, are:',
  ];
  const tTop = 72 + heightOf(s2) + 10;
  const rows = [
    ['**Contract year', '**Period', '**Estimated value'],
    ['Year 1', '2026/27', '£1,520,000'],
    ['Year 2', '2027/28', '£1,550,000'],
    ['Year 3', '2028/29', '£1,570,000'],
    ['Year 4 (extension)', '2029/30', '£1,590,000'],
    ['Year 5 (extension)', '2030/31', '£1,615,000'],
    ['**Total (5 years)', '', '**£7,845,000'],
  ];
  const s3: Script = [
    '4.2\tThe value of the initial three-year term is £4,640,000. The contract is funded',
    '  \tfrom the Adult Social Care (ASC) community services budget, which includes',
    '  \t£180,000 a year from the Better Care Fund (BCF).',
    { gap: 8 },
    '**5.\tWorkforce implications (TUPE)',
    '5.1\tAbout 38 care and support workers employed by the current providers are',
    '  \texpected to transfer to Provider B under the Transfer of Undertakings',
    '  \t(Protection of Employment) Regulations 2006 (TUPE). No Council staff transfer.',
    '5.2\tProvider B has confirmed it will pay all staff at least the Real Living Wage',
    '  \tfrom the start of the contract.',
    { gap: 8 },
    '**6.\tMonitoring',
    '6.1\tA report on the first year of the contract will be presented to the Adult',
    '  \tSocial Care Scrutiny Panel in July 2027.',
    { gap: 8 },
    '**Report author: Farida Mensah-Logan, Commissioning Manager (Housing with Care)',
  ];
  const p2 = [
    ...flowPage(s2),
    ...grid(rows, [72, 230, 380], tTop, { leading: 15, size: 10 }),
    ...flowPage(s3, { top: tTop + 7 * 15 + 14 }),
    ...folio(2),
  ];
  return makePdf([p1, p2]);
}

/** (f) Town council finance committee minutes with prefixed minute numbers ("FC/25/014"), budget table, precept resolved. */
function townFinanceMinutes(): Uint8Array {
  const s1: Script = [
    '**SALTHAVEN TOWN COUNCIL',
    '**MINUTES OF THE FINANCE COMMITTEE',
    '**held on Tuesday 13 January 2026 at 7.00pm at the Guildhall, Salthaven',
    { gap: 4 },
    'Present: Cllr R Tregarthen (Chair), Cllr J Pascoe, Cllr M Nanjiani, Cllr S Villiers,',
    'Cllr P O’Driscoll, Cllr H Beaumont-Kerr and Cllr W Trelawny',
    'In attendance: Mrs G Hollingsworth (Town Clerk and Responsible Financial Officer',
    '(RFO)) and one member of the public',
    { gap: 8 },
    '**FC/25/012\tApologies for absence',
    'Apologies were received and accepted from Cllr D Kessell.',
    { gap: 6 },
    '**FC/25/013\tDeclarations of interest',
    'Cllr Nanjiani declared an interest in item FC/25/017 as a trustee of Salthaven',
    'Food Bank.',
    { gap: 6 },
    '**FC/25/014\tMinutes of the previous meeting',
    'It was proposed by Cllr Pascoe, seconded by Cllr Villiers and RESOLVED that the',
    'minutes of the meeting held on 11 November 2025 be approved as a correct record',
    'and signed by the Chair.',
    { gap: 6 },
    '**FC/25/015\tBudget and precept 2026/27',
    'The RFO presented the draft budget, which had been considered at the budget',
    'workshop on 2 December 2025. The summary is set out below.',
  ];
  const tTop = 72 + heightOf(s1) + 8;
  const rows = [
    ['**Cost centre', '**2025/26 budget £', '**2026/27 budget £'],
    ['Staff costs', '238,600', '251,200'],
    ['Premises (Guildhall and public toilets)', '96,400', '101,800'],
    ['Parks, open spaces and allotments', '118,900', '124,300'],
    ['Events and Christmas lights', '41,200', '43,500'],
    ['Grants to local organisations', '18,000', '18,000'],
    ['Loan repayments (PWLB)', '29,700', '29,700'],
    ['Administration and audit', '41,500', '43,900'],
    ['**Total expenditure', '**584,300', '**612,400'],
    ['Less: other income', '(58,700)', '(63,500)'],
    ['**Precept', '**525,600', '**548,900'],
  ];
  const s2: Script = [
    'It was proposed by Cllr Tregarthen, seconded by Cllr O’Driscoll and RESOLVED',
    'that the budget of £612,400 for 2026/27 be approved and that a precept of',
    '£548,900 be set and notified to Penwarra District Council, equivalent to £98.64',
    'for a Band D property, an increase of 4.5%.',
    '(6 in favour, 1 against)',
  ];
  const p1 = [
    ...flowPage(s1),
    ...grid(rows, [72, 330, 450], tTop, { leading: 14, size: 10 }),
    ...flowPage(s2, { top: tTop + 11 * 14 + 10 }),
    ...folio(1),
  ];
  const p2 = flowPage([
    '**FC/25/016\tEarmarked reserves',
    'Members reviewed the schedule of earmarked reserves. It was proposed by',
    'Cllr Beaumont-Kerr, seconded by Cllr Trelawny and RESOLVED that £25,000 be',
    'transferred from the general reserve to the Christmas Lights Replacement',
    'earmarked reserve. The general reserve will then stand at £162,000, about',
    'three months of expenditure.',
    'The Clerk undertook to circulate the revised reserves policy to all members by',
    '31 January 2026.',
    { gap: 6 },
    '**FC/25/017\tGrant applications',
    'Having declared an interest, Cllr Nanjiani left the room. It was proposed by',
    'Cllr Pascoe, seconded by Cllr Villiers and RESOLVED:',
    '(a)\tthat a grant of £750 be awarded to Salthaven Food Bank; and',
    '(b)\tthat the application from Salthaven Regatta Committee be refused, as the',
    '  \tregatta is already supported from the events budget.',
    'Cllr Nanjiani returned to the meeting.',
    { gap: 6 },
    '**FC/25/018\tInternal audit',
    'It was proposed by Cllr Trelawny, seconded by Cllr Tregarthen and RESOLVED that',
    'the internal auditor’s interim report for 2025/26 be received and noted. The RFO',
    'reported that the Annual Governance and Accountability Return (AGAR) for',
    '2025/26 will be presented to the Committee in June 2026.',
    { gap: 6 },
    '**FC/25/019\tDate of next meeting',
    'Tuesday 10 March 2026 at 7.00pm.',
    { gap: 6 },
    'The meeting closed at 8.41pm.',
    { gap: 10 },
    'Signed ……………………………… (Chair)          Date ………………',
  ]);
  return makePdf([p1, [...p2, ...folio(2)]]);
}

/** (g) Committee work programme table "Meeting | Report title | Report author | Type", meeting date only on each group's first row; one group runs onto page 2. */
function workProgrammeTable(): Uint8Array {
  const intro: Script = [
    '**ALTWICK BOROUGH COUNCIL',
    '**CHILDREN, EDUCATION AND FAMILIES SCRUTINY PANEL',
    '**WORK PROGRAMME 2025/26',
    'As at 2 September 2025',
    { gap: 6 },
    'Type: D = for decision or recommendation; S = scrutiny review; I = for information.',
    'Items relating to Special Educational Needs and Disabilities (SEND) are agreed',
    'with the Cabinet Member for Children and Families.',
    { gap: 8 },
    '**Purpose',
    'The Panel sets its own work programme at the start of each municipal year and',
    'reviews it at every meeting. In choosing items Members consider the Council Plan,',
    'the performance of children’s services, the outcome of the Ofsted inspection of',
    'local authority children’s services and issues raised by residents. Items for',
    'decision are taken before Cabinet so that the Panel can make recommendations.',
    { gap: 6 },
    'Dates and items may change. The latest version is published with each agenda.',
  ];
  const xs = [50, 130, 370, 520];
  const head = ['**Meeting', '**Report title', '**Report author', '**Type'];
  const tTop = 72 + heightOf(intro) + 14;
  const rows1 = [
    head,
    ['16 Sep 2025', 'School Place Planning 2026–2030', 'Ruth Castellano', 'S'],
    ['', 'Education, Health and Care Plan (EHCP) Timeliness', 'Owen Blackwood', 'S'],
    ['', 'Annual Report of the Virtual School 2024/25', 'Marie-Claire Obi', 'I'],
    ['11 Nov 2025', 'Children’s Social Care Sufficiency Strategy', 'Sunil Rathore', 'D'],
    ['', 'Dedicated Schools Grant (DSG) Deficit Recovery', 'Fiona Grieveson', 'S'],
    ['', 'Youth Justice Plan 2025/26', 'Kwame Asante-Boyd', 'D'],
    ['20 Jan 2026', 'Draft Budget 2026/27 – Children’s Services', 'Fiona Grieveson', 'S'],
    ['', 'Child and Adolescent Mental Health Services (CAMHS)', 'Dr Leanne Strachan', 'S'],
  ];
  const p1 = [
    ...flowPage(intro),
    ...grid(rows1, xs, tTop, { leading: 30, size: 9 }),
    ...folio(1),
  ];
  const rows2 = [
    head,
    ['', 'Home to School Transport Policy 2026/27', 'Ruth Castellano', 'D'],
    ['17 Mar 2026', 'Fostering Recruitment and Retention', 'Sunil Rathore', 'S'],
    ['', 'Elective Home Education Annual Report', '', 'I'],
    ['28 Apr 2026', 'SEND Task and Finish Group – Final Report', 'Scrutiny Officer', 'D'],
    ['', 'Corporate Parenting Annual Report 2025/26', 'Marie-Claire Obi', 'I'],
  ];
  const after = 72 + rows2.length * 30 + 10;
  const p2 = [
    ...grid(rows2, xs, 72, { leading: 30, size: 9 }),
    ...flowPage(
      [
        '**Notes',
        '1.\tThe author of the Elective Home Education Annual Report is to be confirmed.',
        '2.\tMembers may suggest items to the Scrutiny Officer, Kieran Mottershead.',
      ],
      { top: after },
    ),
    ...folio(2),
  ];
  return makePdf([p1, p2]);
}

/** (h) County committee agenda pack: agenda with page numbers, minutes of the previous meeting ("Minute 45/25"), and one report with recommendations and costs. */
function countyAgendaPack(): Uint8Array {
  const agendaTop: Script = [
    '**KESSINGFORD COUNTY COUNCIL',
    '**HIGHWAYS AND TRANSPORT COMMITTEE',
    { gap: 4 },
    'Date: Thursday 22 January 2026',
    'Time: 10.00am',
    'Venue: Council Chamber, County Hall, Kessingford',
    { gap: 4 },
    'Membership: Councillors Amersham (Chair), Fenwick-Lowe (Vice-Chair), Daramola,',
    'Hebblethwaite, Ingram, Quarshie, Stallybrass and Whitcombe',
    { gap: 8 },
    '**AGENDA',
  ];
  const aTop = 72 + heightOf(agendaTop) + 6;
  const agendaRows = [
    ['**Item', '**Business', '**Pages'],
    ['1.', 'Apologies for absence', ''],
    ['2.', 'Declarations of interest', ''],
    ['3.', 'Minutes of the meeting held on 20 November 2025', '2 - 3'],
    ['4.', 'Public questions', ''],
    ['5.', 'Highway Drainage Investment Programme 2026/27', '4 - 5'],
    ['6.', 'Urgent business', ''],
  ];
  const p1 = [
    ...flowPage(agendaTop),
    ...grid(agendaRows, [72, 110, 470], aTop, { leading: 18 }),
    ...flowPage(
      [
        'Contact: Leona Brightwater, Democratic Services Officer, 01632 961044',
        'Published: 14 January 2026',
      ],
      { top: aTop + 7 * 18 + 20 },
    ),
    ...folio(1),
  ];
  const p2 = flowPage([
    '**KESSINGFORD COUNTY COUNCIL',
    '**HIGHWAYS AND TRANSPORT COMMITTEE',
    '**Minutes of the meeting held on Thursday 20 November 2025',
    { gap: 4 },
    'Present: Councillors Amersham (Chair), Fenwick-Lowe, Daramola, Hebblethwaite,',
    'Ingram, Quarshie and Whitcombe',
    { gap: 8 },
    '**Minute 44/25\tApologies',
    'An apology was received from Councillor Stallybrass.',
    { gap: 6 },
    '**Minute 45/25\tMinutes',
    'RESOLVED that the minutes of the meeting held on 18 September 2025 be confirmed',
    'as a correct record and signed by the Chair.',
    { gap: 6 },
    '**Minute 46/25\tPothole Repair Performance – Quarter 2 2025/26',
    'The Assistant Director of Highways reported that 14,260 potholes had been',
    'repaired in the quarter, 91% within the target time. Members raised concern about',
    'repeat repairs on the A614 and rural C roads.',
    'RESOLVED that',
    '(a)\tthe report be noted;',
    '(b)\tthe Committee’s thanks to the highways teams be recorded; and',
    '(c)\ta further report on repeat repairs on the A614 be brought to the Committee',
    '  \tin March 2026.',
    { gap: 6 },
    '**Minute 47/25\tBus Service Improvement Plan (BSIP) Funding 2025/26',
    'RESOLVED that',
    '(a)\tthe allocation of £1.6 million of BSIP funding to the support of rural',
    '  \tbus services, as set out in Appendix 1 to the report, be approved; and',
    '(b)\tauthority be delegated to the Director of Place, in consultation with the',
    '  \tChair, to award the tendered bus contracts.',
  ]);
  const p3 = flowPage([
    '**Minute 48/25\tSchool Crossing Patrol Review',
    'Following debate, it was moved by Councillor Ingram and seconded by Councillor',
    'Daramola that the proposed withdrawal of school crossing patrols at eleven sites be',
    'approved. On being put to the vote the motion was lost (3 for, 4 against).',
    'RESOLVED that the proposed withdrawal of school crossing patrols at eleven sites',
    'be not approved.',
    { gap: 10 },
    'The meeting closed at 12.25pm.',
    { gap: 6 },
    'Chair ……………………………',
  ]);
  const p4 = flowPage([
    '**Report to Highways and Transport Committee',
    '**22 January 2026',
    { gap: 4 },
    '**Report of the Director of Place',
    { gap: 6 },
    '**HIGHWAY DRAINAGE INVESTMENT PROGRAMME 2026/27',
    { gap: 8 },
    '**Purpose of the Report',
    '1.\tTo seek approval for the highway drainage investment programme for 2026/27',
    '\tand for the purchase of an additional gully tanker.',
    { gap: 6 },
    '**Recommendations',
    'The Committee is recommended to:',
    'a)\tapprove the highway drainage programme of 46 schemes at a total cost of',
    '  \t£2.35 million in 2026/27, as listed in Appendix A;',
    'b)\tapprove the purchase of a second gully tanker at a cost of £285,000, funded',
    '  \tfrom the Vehicle Replacement Reserve; and',
    'c)\tnote that the County Council, as Lead Local Flood Authority (LLFA), will',
    '  \tconsult on its updated Local Flood Risk Management Strategy in 2026.',
    { gap: 8 },
    '**Information',
    '2.\tFlooding of the highway after heavy rain has increased in recent years. In',
    '\t2024/25 the Council received 1,870 reports of blocked gullies, up 35% on the',
    '\tprevious year.',
    '3.\tThe programme is funded from the Highways Maintenance Block (HMB) grant',
    '\tfrom the Department for Transport (DfT) of £2.1 million and £250,000 from the',
    '\tCouncil’s own capital resources.',
  ]);
  const p5 = flowPage([
    '4.\tThe schemes were prioritised using flood incident records and the risk to',
    '\tproperties. Where possible, schemes will include Sustainable Drainage Systems',
    '\t(SuDS) such as swales and rain gardens.',
    '5.\tThe second gully tanker will allow every gully on the main road network to',
    '\tbe cleansed once a year. Its running costs of £62,000 a year, including one',
    '\tadditional HGV driver post (Grade 4), will be met from the revenue budget for',
    '\thighway drainage.',
    '6.\tProgress on the programme will be reported to the Committee in October 2026.',
    { gap: 8 },
    '**Financial Implications',
    '7.\tThe total cost of the recommendations is £2.635 million: £2.35 million for',
    '\tthe capital programme and £285,000 for the gully tanker.',
    { gap: 8 },
    '**Background papers: None',
    '**Report author: Callum Pryce-Jennings, Drainage Asset Manager',
  ]);
  return makePdf([
    p1,
    [...p2, ...folio(2)],
    [...p3, ...folio(3)],
    [...p4, ...folio(4), ...stamp('Agenda Item 5')],
    [...p5, ...folio(5)],
  ]);
}

export const SYNTHETIC5: Record<string, () => Uint8Array> = {
  's5-police-precept-report': policePrecept,
  's5-executive-decisions-record': executiveDecisions,
  's5-london-scrutiny-minutes': londonScrutinyMinutes,
  's5-national-park-report': nationalParkReport,
  's5-asc-contract-award': ascContractAward,
  's5-town-finance-minutes': townFinanceMinutes,
  's5-work-programme-table': workProgrammeTable,
  's5-county-agenda-pack': countyAgendaPack,
};
