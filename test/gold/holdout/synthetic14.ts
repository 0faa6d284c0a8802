/**
 * Eight more synthetic papers in the styles of councils we hold no papers from: full council
 * budget minutes with the council tax resolution (a Band A–H table, police, fire and parish
 * precepts, a recorded vote, the section 25 report noted); a public health report to a Cabinet
 * Member awarding a drug and alcohol treatment contract (5+2 years, DATRIG funding); a committee
 * system council's Environment and Communities Committee report introducing weekly food waste
 * collections ("That the Committee: 2.1 Agrees …", New Burdens funding, HGV driver and loader
 * posts); a school admissions determination report with a PAN table; a shareholder committee
 * report on a council-owned housing company's business plan (bold run-in headings); an audit
 * committee report on the Statement of Accounts and the auditor's ISA 260 report; licensing and
 * regulatory committee minutes setting hackney carriage fares ("RESOLVED – (1) … (2) …"); and a
 * scrutiny committee agenda pack (agenda, previous minutes with an action points table, and a
 * two-column work programme whose cells list several bulleted items). Built as small PDFs by
 * test/helpers/make-pdf.ts; their gold is beside them (synthetic-<key>.json, "file":
 * "synthetic:<key>"). Councils and people are invented; the wording follows real papers of each
 * kind. Written blind to the parser.
 */
import { flowPage, grid, makePdf, type PdfLine } from '../../helpers/make-pdf.ts';

/** A page number at the foot of a page. */
function folio(n: number, of: number): PdfLine[] {
  return [{ text: `Page ${n} of ${of}`, x: 268, y: 815, size: 9 }];
}

/** Rough Helvetica-Bold advance widths (per 1000 em), enough to place a run-in heading's text. */
function boldWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) {
    if (' .,:;!|’\''.includes(ch)) w += 278;
    else if ('ijl'.includes(ch)) w += 278;
    else if ('ft()-/I'.includes(ch)) w += 333;
    else if (ch === 'r') w += 389;
    else if ('mMW'.includes(ch)) w += 889;
    else if (ch === 'w') w += 778;
    else if (/[A-Z]/.test(ch)) w += 722;
    else w += 611;
  }
  return (w / 1000) * size;
}

/**
 * Bold run-in headings: a line (or a tab-split line's text) written "Heading.§ the text" is set as
 * a bold "Heading." followed on the same line by the text in regular type.
 */
function runIn(lines: PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  for (const l of lines) {
    const i = l.text.indexOf('§');
    if (i < 0) {
      out.push(l);
      continue;
    }
    const size = l.size ?? 11;
    const head = l.text.slice(0, i);
    const rest = l.text.slice(i + 1).trimStart();
    out.push({ ...l, text: head, bold: true });
    if (rest) out.push({ ...l, text: rest, bold: false, x: l.x + boldWidth(head, size) + size * 0.35 });
  }
  return out;
}

/** (a) Full Council budget meeting minutes with the council tax resolution and a recorded vote. */
function budgetCouncilMinutes(): Uint8Array {
  const p1 = flowPage([
    '**ALDERMERE COUNCIL',
    '**MINUTES OF THE BUDGET MEETING OF THE COUNCIL',
    'Held in the Council Chamber, Aldermere Guildhall, on Thursday 26 February 2026 at 6.30 pm',
    { gap: 6 },
    'Present: The Chair of the Council (Councillor E Hartsop) in the Chair and 48 other Members,',
    'whose names are recorded in the vote at minute 92.',
    'Officers: Celestine Bransgrove (Chief Executive), Ruairi Lannigan (Chief Finance Officer',
    'and Section 151 Officer), Nesta Beddoe (Monitoring Officer) and Shazia Calverley',
    '(Democratic Services Manager).',
    { gap: 8 },
    '**87\tAPOLOGIES FOR ABSENCE',
    'Apologies for absence were received from Councillors Utley and Walmsley.',
    { gap: 6 },
    '**88\tDECLARATIONS OF INTEREST',
    'No Member declared that they were two months or more in arrears with their council tax',
    'for the purposes of section 106 of the Local Government Finance Act 1992. Councillors',
    'Allonby and Gresty declared that they were members of the Aldermere Fire and Rescue',
    'Authority.',
    { gap: 6 },
    '**89\tMINUTES',
    'RESOLVED: That the minutes of the meeting of the Council held on 22 January 2026 be',
    'approved as a correct record and signed by the Chair.',
    { gap: 6 },
    '**90\tCHAIR’S ANNOUNCEMENTS',
    'The Chair reminded Members that, under the Local Authorities (Standing Orders) (England)',
    '(Amendment) Regulations 2014, a recorded vote must be taken on the budget decision.',
    { gap: 6 },
    '**91\tSECTION 25 REPORT OF THE CHIEF FINANCE OFFICER',
    'The Chief Finance Officer presented his report under section 25 of the Local Government',
    'Act 2003 on the robustness of the estimates and the adequacy of the proposed reserves.',
    'He advised that the estimates were robust, that a General Fund balance of £14.2 million',
    'at 31 March 2027 was adequate, and that the Medium Term Financial Plan (MTFP) required',
    'further savings of £18.7 million over 2027/28 and 2028/29.',
    'RESOLVED: That Council notes the report of the Chief Finance Officer under section 25 of',
    'the Local Government Act 2003 and has regard to it in making its budget decisions.',
  ]);
  const p2 = flowPage([
    '**92\tBUDGET AND COUNCIL TAX 2026/27',
    'The Leader of the Council, Councillor Cuthbert Thackeray-Moon, moved the recommendations',
    'of the Cabinet meeting of 10 February 2026, and the Cabinet Member for Finance, Councillor',
    'Hilda Askwith, seconded them. The Leader said that the budget protected weekly bin',
    'collections, invested £22.5 million in highways maintenance and included an Adult Social',
    'Care (ASC) precept of 2%.',
    'Councillor Percival Ormonde-Price, Leader of the Opposition, said that his group could not',
    'support a council tax increase at the referendum limit. In answer to a question, the Leader',
    'undertook to provide all Members with a ward-by-ward breakdown of the highways',
    'maintenance allocations by 31 March 2026.',
    'In accordance with Council Procedure Rule 19.6, a recorded vote was taken on the motion:',
    'FOR (32): Councillors Abberley, Allonby, Askwith, Blenkiron, Brackett, Coulthard, Cropper,',
    'Dimmock, Duckworth, Dunstall, Edgecumbe, Elsdon, Emmerson, Fothersby, Foxcroft, Garrick,',
    'Gresty, Hallworth, Hartsop, Illingworth, Kirkland, Kitching, Lasenby, Lumb, Moorhouse,',
    'Nettleford, Orpen, Pyecroft, Rathbone, Sallis, Thackeray-Moon and Upshall.',
    'AGAINST (15): Councillors Bellwood, Joliffe, Kemble, Loxley, Mapplebeck, Nixey, Ogden,',
    'Ormonde-Price, Postlethwaite, Rigby, Stansfield, Tindall, Trickett, Vickridge and',
    'Whitmore.',
    'ABSTAINED (2): Councillors Gaskin and Holroyd.',
    { gap: 6 },
    'RESOLVED: That Council approves:',
    '(1)\tthe net revenue budget for 2026/27 of £287,416,000, including a council tax',
    '  \trequirement of £139,254,888;',
    '(2)\tthe Capital Programme 2026/27 to 2029/30 of £194.6 million and the Capital Strategy;',
    '(3)\tthe Treasury Management Strategy 2026/27 and the Minimum Revenue Provision (MRP)',
    '  \tPolicy Statement;',
    '(4)\tan Aldermere Council Band D council tax of £2,019.87 for 2026/27, an increase of',
    '  \t4.99% on 2025/26 (£1,923.87), of which 2% is the ASC precept;',
    '(5)\tthe council tax for each valuation band set out in the table below, which includes',
    '  \tthe Band D precepts of the Police and Crime Commissioner (PCC) for Aldermere of',
    '  \t£271.44 and of the Aldermere Fire and Rescue Authority of £94.86;',
    '(6)\tthe council tax for each parish area, including the parish and town council precepts',
    '  \ttotalling £4,318,260 set out in Appendix 4, giving an average Band D council tax for',
    '  \tAldermere Council including parish precepts of £2,082.51; and',
    '(7)\tthe determination that the Council’s relevant basic amount of council tax for 2026/27',
    '  \tis not excessive under the principles determined under section 52ZB of the Local',
    '  \tGovernment Finance Act 1992.',
  ]);
  const p3head = flowPage([
    '**Council tax by valuation band 2026/27 (excluding parish and town council precepts)',
  ]);
  const rows = [
    ['**Band', '**Ratio to', '**Aldermere', '**PCC', '**Fire and', '**Total'],
    ['', '**Band D', '**Council £', '**£', '**Rescue £', '**£'],
    ['A', '6/9', '1,346.58', '180.96', '63.24', '1,590.78'],
    ['B', '7/9', '1,571.01', '211.12', '73.78', '1,855.91'],
    ['C', '8/9', '1,795.44', '241.28', '84.32', '2,121.04'],
    ['D', '9/9', '2,019.87', '271.44', '94.86', '2,386.17'],
    ['E', '11/9', '2,468.73', '331.76', '115.94', '2,916.43'],
    ['F', '13/9', '2,917.59', '392.08', '137.02', '3,446.69'],
    ['G', '15/9', '3,366.45', '452.40', '158.10', '3,976.95'],
    ['H', '18/9', '4,039.74', '542.88', '189.72', '4,772.34'],
  ];
  const p3 = flowPage([
    'The total Band D council tax for 2026/27, excluding parish precepts, is £2,386.17, an',
    'increase of £115.00 (5.06%) on 2025/26. The PCC’s precept has increased by £14.00 and',
    'the Fire and Rescue Authority’s by £5.00 at Band D.',
    'Council tax demand notices will be issued from 9 March 2026.',
    { gap: 8 },
    'The meeting closed at 8.47 pm.',
    { gap: 8 },
    'Chair ……………………………',
  ], { top: 270 });
  return makePdf([
    [...p1, ...folio(1, 3)],
    [...p2, ...folio(2, 3)],
    [...p3head, ...grid(rows, [72, 130, 210, 300, 370, 460], 100, { size: 10, leading: 14 }), ...p3, ...folio(3, 3)],
  ]);
}

/** (b) Public health commissioning report to a Cabinet Member: drug and alcohol treatment contract award. */
function drugAlcoholContractAward(): Uint8Array {
  const front = grid(
    [
      ['**Report to:', 'Cabinet Member for Public Health and Prevention'],
      ['**Decision maker:', 'Councillor Liesel Penhryn-Ward'],
      ['**Date of decision:', '14 January 2026'],
      ['**Report of:', 'Dr Niamh Mallinder, Director of Public Health'],
      ['**Key decision:', 'Yes'],
      ['**Forward Plan ref:', 'FP/2025/113'],
      ['**Divisions affected:', 'All'],
      ['**Classification:', 'Open, except Appendix 2 (exempt: paragraph 3 of Schedule 12A)'],
    ],
    [72, 200],
    96,
  );
  const body = flowPage([
    '**Award of Contract:',
    '**Integrated Drug and Alcohol Treatment and Recovery Service',
    { gap: 6 },
    '**1.\tRecommendations',
    '1.1\tThe Cabinet Member for Public Health and Prevention is recommended to:',
    '(a)\taward the contract for the Integrated Drug and Alcohol Treatment and Recovery',
    '  \tService to Northway Recovery Partnership CIC for an initial term of five years from',
    '  \t1 April 2026, with the option to extend for up to two further years (5+2);',
    '(b)\tapprove a contract value of £3,285,000 a year, a maximum total value of £22,995,000',
    '  \tover the full seven years;',
    '(c)\tapprove the use of the Drug and Alcohol Treatment and Recovery Improvement Grant',
    '  \t(DATRIG) of £1,142,000 a year towards the contract, subject to the grant continuing',
    '  \tafter 2026/27; and',
    '(d)\tdelegate authority to the Director of Public Health, in consultation with the Director',
    '  \tof Law and Governance, to finalise the terms of and enter into the contract.',
    { gap: 6 },
    '**2.\tBackground',
    '2.1\tThe Council commissions drug and alcohol treatment from the Public Health Grant.',
    '  \tThe current adult and young people’s contracts end on 31 March 2026 and cannot be',
    '  \textended further. In 2024/25, 2,960 adults and 214 young people were in treatment.',
    '2.2\tThe new service brings adult and young people’s treatment, recovery support and',
    '  \tharm reduction into one contract, as agreed by the Thrapsley Combating Drugs',
    '  \tPartnership (CDP) in March 2025.',
    { gap: 6 },
    '**3.\tProcurement',
    '3.1\tThe service was procured through the competitive process of the Provider',
    '  \tSelection Regime (PSR), under the Health Care Services (Provider Selection',
    '  \tRegime) Regulations 2023. Three bids were received and evaluated on quality',
    '  \t(60%), social value (20%) and price (20%).',
    '3.2\tNorthway Recovery Partnership CIC achieved the highest score (81.4%). The names',
    '  \tand scores of the other bidders are in exempt Appendix 2.',
    '3.3\tIf the recommendations are approved, a notice of the intention to award will be',
    '  \tpublished and the contract awarded after a standstill period of eight working days.',
  ], { top: 96 + 8 * 14 + 14 });
  const p2a = flowPage([
    '**4.\tFinancial implications',
    '4.1\tThe contract will be funded as follows:',
  ]);
  const money = grid(
    [
      ['**Funding source', '**Annual value £', '**Seven-year total £'],
      ['Public Health Grant', '2,143,000', '15,001,000'],
      ['DATRIG', '1,142,000', '7,994,000'],
      ['**Total', '**3,285,000', '**22,995,000'],
    ],
    [108, 290, 410],
    72 + 2 * 14 + 4,
    { size: 10 },
  );
  const p2b = flowPage([
    '4.2\tThe annual value is £415,000 less than the combined value of the two current',
    '  \tcontracts (£3,700,000), reflecting the removal of duplicated management costs.',
    '4.3\tDATRIG allocations are confirmed one year at a time by the Office for Health',
    '  \tImprovement and Disparities (OHID). The contract allows the Council to reduce the',
    '  \tDATRIG-funded elements on six months’ notice if the grant ends.',
    { gap: 6 },
    '**5.\tStaffing implications',
    '5.1\tThe Transfer of Undertakings (Protection of Employment) (TUPE) Regulations 2006',
    '  \tare expected to apply to about 96 staff of the current providers. No Council staff',
    '  \twill transfer.',
    '5.2\tA 1.0 FTE Contract and Performance Officer post (Grade 9) will be created in the',
    '  \tPublic Health commissioning team, funded from DATRIG for two years.',
    { gap: 6 },
    '**6.\tGovernance and next steps',
    '6.1\tPerformance of the new service will be reported to the Thrapsley Health and',
    '  \tWellbeing Board each year, starting in July 2027.',
    '6.2\tA report on whether to use the two-year extension will be brought to the Cabinet',
    '  \tMember by September 2030.',
    { gap: 6 },
    '**7.\tLegal and equalities implications',
    '7.1\tThe Council has a duty under section 2B of the National Health Service Act 2006 to',
    '  \ttake steps to improve the health of its population. An Equality Impact Assessment',
    '  \t(EqIA) found a positive impact for people with disabilities and for care leavers.',
    { gap: 10 },
    'Contact officer: Caspian Prothero, Public Health Commissioning Manager',
    'Background papers: Thrapsley Combating Drugs Partnership needs assessment 2025',
  ], { top: 72 + 2 * 14 + 4 + 4 * 14 + 12 });
  return makePdf([
    [{ text: 'THRAPSLEY COUNTY COUNCIL', x: 72, y: 66, size: 13, bold: true }, ...front, ...body, ...folio(1, 2)],
    [...p2a, ...money, ...p2b, ...folio(2, 2)],
  ]);
}

/** (c) Committee-system council: Environment and Communities Committee report on weekly food waste collections. */
function foodWasteReport(): Uint8Array {
  const p1 = flowPage([
    '**WRAXCOMBE DISTRICT COUNCIL',
    '**Environment and Communities Committee',
    '**4 November 2025',
    '**Agenda Item 7',
    { gap: 6 },
    '**Introduction of Weekly Food Waste Collections',
    'Report of the Director of Place and Environment',
    'Wards affected: All',
    'Report author: Alaric Cheswick, Waste and Fleet Services Manager',
    { gap: 8 },
    '**1.\tPurpose of the report',
    '1.1\tTo seek approval for the introduction of a weekly food waste collection service for',
    '  \tall households, as required by the Environment Act 2021, and for the vehicles, staff',
    '  \tand budget needed to deliver it.',
    { gap: 6 },
    '**2.\tRecommendations',
    'That the Committee:',
    '2.1\tAgrees the introduction of a weekly separate food waste collection service for all',
    '  \t58,300 households from 30 March 2026;',
    '2.2\tApproves a capital budget of £1,764,000 for nine food waste collection vehicles and',
    '  \tfood waste caddies, funded from £1,512,000 of capital New Burdens funding and',
    '  \t£252,000 from the Waste and Recycling Reserve;',
    '2.3\tApproves the creation of 19.0 FTE posts set out in Table 2, including 9.0 FTE HGV',
    '  \tdrivers and 9.0 FTE loaders;',
    '2.4\tRecommends to the Policy and Resources Committee on 27 November 2025 an increase',
    '  \tof £868,000 a year in the revenue budget from 2026/27, of which £395,000 in 2026/27',
    '  \tis met from revenue New Burdens funding;',
    '2.5\tDelegates authority to the Director of Place and Environment, in consultation with',
    '  \tthe Chair and Vice-Chair of the Committee, to agree the collection rounds and the',
    '  \tcommunications plan; and',
    '2.6\tAgrees that a review of the first six months of the service be reported to this',
    '  \tCommittee in November 2026.',
    { gap: 6 },
    '**3.\tBackground',
    '3.1\tSection 57 of the Environment Act 2021 requires English waste collection authorities',
    '  \tto collect food waste separately, at least weekly, from all households from 31 March',
    '  \t2026. The Council does not currently collect food waste.',
    '3.2\tA waste composition analysis in 2024 found that food made up 31% of the contents',
    '  \tof residual waste bins, about 7,900 tonnes a year.',
  ]);
  const p2a = flowPage([
    '**4.\tThe proposed service',
    '4.1\tEach household will receive a 23-litre kerbside caddy, a 5-litre kitchen caddy and a',
    '  \tyear’s supply of compostable liners. Blocks of flats will have shared 140-litre bins.',
    '4.2\tFood waste will be collected weekly on the same day as the residual or recycling',
    '  \tcollection and taken to the anaerobic digestion (AD) plant at Ferrowby Farm under',
    '  \tarrangements made by the County Council as Waste Disposal Authority (WDA).',
    '4.3\tNine 7.5-tonne food waste vehicles are needed, each with a driver and a loader.',
    '  \tVehicle lead times are about 26 weeks, so the vehicles must be ordered by',
    '  \t8 December 2025 to be in service by March 2026.',
    { gap: 6 },
    '**5.\tFinancial implications',
    '**Table 1: Capital and revenue costs',
  ]);
  const costs = grid(
    [
      ['**Capital', '**£'],
      ['Food waste vehicles (9 × 7.5 tonne)', '1,152,000'],
      ['Kerbside and kitchen caddies (58,300 households)', '553,850'],
      ['Communal bins for flats', '58,150'],
      ['**Total capital', '**1,764,000'],
      ['Funded by: capital New Burdens funding', '1,512,000'],
      ['Funded by: Waste and Recycling Reserve', '252,000'],
      ['**Revenue (full year)', '**£ a year'],
      ['Staffing (Table 2)', '659,500'],
      ['Vehicle running costs (fuel, maintenance, insurance)', '146,000'],
      ['Liners, communications and contingency', '62,500'],
      ['**Total revenue', '**868,000'],
      ['Less: revenue New Burdens funding (2026/27)', '(395,000)'],
      ['**Net cost to the General Fund in 2026/27', '**473,000'],
    ],
    [90, 400],
    72 + 12 * 14 + 10,
    { size: 10, leading: 13 },
  );
  const p2b = flowPage([
    '5.1\tThe Department for Environment, Food and Rural Affairs (DEFRA) has confirmed',
    '  \trevenue New Burdens funding of £395,000 for 2026/27 only. Funding for later years',
    '  \thas not been announced, and the Medium Term Financial Plan assumes none.',
    '5.2\tThe service is expected to reduce residual waste by about 6,000 tonnes a year. The',
    '  \tsaving in disposal costs falls to the County Council as WDA.',
  ], { top: 72 + 12 * 14 + 10 + 14 * 13 + 16 });
  const p3a = flowPage([
    '**6.\tStaffing implications',
    '6.1\tThe service needs 19.0 FTE new posts. Recruitment will start in January 2026 so that',
    '  \tcrews can be trained before the first collections.',
    '**Table 2: New posts',
  ]);
  const posts = grid(
    [
      ['**Post', '**Grade', '**FTE', '**Annual cost'],
      ['HGV Driver', 'Grade 5', '9.0', '£329,400'],
      ['Loader', 'Grade 3', '9.0', '£285,300'],
      ['Food Waste Supervisor', 'Grade 7', '1.0', '£44,800'],
      ['**Total', '', '**19.0', '**£659,500'],
    ],
    [90, 280, 360, 430],
    72 + 4 * 14 + 4,
    { size: 10 },
  );
  const p3b = flowPage([
    '6.2\tHeavy goods vehicle (HGV) drivers are hard to recruit locally. A market supplement',
    '  \tof up to £2,000 a year may be paid under the Council’s Pay Policy if a post cannot be',
    '  \tfilled after two rounds of advertising.',
    { gap: 6 },
    '**7.\tRisks',
    '7.1\tThe main risks are late delivery of vehicles, difficulty recruiting HGV drivers and',
    '  \tlow participation. A communications campaign will start in February 2026.',
    { gap: 6 },
    '**8.\tConsultation',
    '8.1\tThe Waste and Recycling Member Working Group considered the proposals on',
    '  \t14 October 2025. The recognised trade unions have been briefed.',
    { gap: 10 },
    'Background papers: Waste composition analysis, Wraxcombe District Council, 2024',
  ], { top: 72 + 4 * 14 + 4 + 5 * 14 + 14 });
  return makePdf([
    [...p1, ...folio(1, 3)],
    [...p2a, ...costs, ...p2b, ...folio(2, 3)],
    [...p3a, ...posts, ...p3b, ...folio(3, 3)],
  ]);
}

/** (d) School admission arrangements determination report with a PAN table. */
function admissionsDetermination(): Uint8Array {
  const front = grid(
    [
      ['**Report title:', 'Determination of School Admission Arrangements 2027/28'],
      ['**Agenda item:', '11'],
      ['**Cabinet Member:', 'Councillor Faisal Kinsbury, Children and Education'],
      ['**Report of:', 'Ignatius Ravenscroft, Director of Education and Skills'],
      ['**Key decision:', 'Yes'],
      ['**Wards:', 'All'],
    ],
    [72, 190],
    126,
  );
  const head = flowPage([
    '**KELVERDALE METROPOLITAN BOROUGH COUNCIL',
    '**CABINET – 10 February 2026',
  ]);
  const body = flowPage([
    '**Summary',
    'The Council is the admission authority for community and voluntary controlled (VC)',
    'schools. The School Admissions Code 2021 requires it to determine the admission',
    'arrangements for 2027/28 by 28 February 2026, after consulting on any changes. This',
    'report sets out the outcome of the consultation and asks Cabinet to determine the',
    'arrangements, including three changes to Published Admission Numbers (PANs).',
    { gap: 8 },
    '**Recommendations',
    'Cabinet is recommended to:',
    '(i)\tdetermine the admission arrangements for community and VC schools for 2027/28,',
    '  \tincluding the oversubscription criteria at Appendix 1 and the PANs in Table 1;',
    '(ii)\tapprove the reduction of the PAN at Larchmead Primary School from 60 to 45 and at',
    '  \tSt Clement’s CE (VC) Primary School from 45 to 30, and the increase at Millstream',
    '  \tPrimary School from 30 to 60, from September 2027;',
    '(iii)\tapprove the coordinated admission schemes for primary and secondary schools for',
    '  \t2027/28 at Appendix 2; and',
    '(iv)\tagree that a review of the sixth form admission arrangements be reported to',
    '  \tCabinet in October 2026.',
    { gap: 8 },
    '**1.\tConsultation',
    '1.1\tThe Council consulted on the proposed arrangements for six weeks from 10 November',
    '  \tto 22 December 2025, as the Code requires. 41 responses were received: 29 about',
    '  \tLarchmead Primary School, 8 about Millstream Primary School and 4 about the',
    '  \toversubscription criteria.',
    '1.2\tParents at Larchmead Primary School were concerned that a lower PAN would reduce',
    '  \tthe chance of younger siblings getting a place. The sibling criterion is unchanged,',
    '  \tand the school has admitted fewer than 45 pupils in each of the last four years.',
  ], { top: 126 + 6 * 14 + 16 });
  const p2a = flowPage([
    '**2.\tPublished Admission Numbers',
    '2.1\tTable 1 shows the current and proposed PANs. Rolls in the central planning area are',
    '  \tforecast to fall by 11% by 2029 because of lower births, while 1,450 new homes at',
    '  \tMillstream Park will need more primary places from 2027.',
    { gap: 4 },
    '**Table 1: Published Admission Numbers, community and VC schools',
  ]);
  const pans = grid(
    [
      ['**School', '**Type', '**PAN', '**PAN', '**Change'],
      ['', '', '**2026/27', '**2027/28', ''],
      ['Larchmead Primary School', 'Community', '60', '45', '-15'],
      ['St Clement’s CE Primary School', 'VC', '45', '30', '-15'],
      ['Millstream Primary School', 'Community', '30', '60', '+30'],
      ['Pennyfold Infant School', 'Community', '90', '90', '0'],
      ['Kelverdale Road Junior School', 'Community', '90', '90', '0'],
      ['Thistlebank Primary School', 'Community', '30', '30', '0'],
      ['St Bede’s CE Primary School', 'VC', '30', '30', '0'],
      ['Fernside Community College', 'Community', '240', '240', '0'],
      ['Northcroft High School', 'Community', '210', '210', '0'],
    ],
    [90, 290, 370, 440, 505],
    72 + 5 * 14 + 4 + 14,
    { size: 10, leading: 13 },
  );
  const p2b = flowPage([
    '2.2\tThe 23 academies and two foundation schools in Kelverdale are their own admission',
    '  \tauthorities and determine their own PANs.',
    { gap: 6 },
    '**3.\tOversubscription criteria',
    '3.1\tNo changes are proposed. Looked after children and previously looked after children',
    '  \t(PLAC) will continue to have the highest priority, followed by children with a',
    '  \tdocumented social or medical need, siblings, and distance.',
    '3.2\tChildren with an Education, Health and Care Plan (EHCP) naming a school are',
    '  \tadmitted before the criteria are applied.',
    { gap: 6 },
    '**4.\tNext steps',
    '4.1\tOnce determined, the arrangements must be published on the Council’s website by',
    '  \t15 March 2026. Objections may be made to the Office of the Schools Adjudicator',
    '  \t(OSA) by 15 May 2026.',
    { gap: 6 },
    '**5.\tFinancial implications',
    '5.1\tThere are no direct costs. Changes to PANs affect school budgets through pupil',
    '  \tnumbers under the Dedicated Schools Grant (DSG).',
    { gap: 10 },
    'Contact officer: Esmé Plumley, Head of School Admissions, tel. 01632 960418',
  ], { top: 72 + 5 * 14 + 4 + 14 + 11 * 13 + 12 });
  return makePdf([
    [...head, ...front, ...body, ...folio(1, 2)],
    [...p2a, ...pans, ...p2b, ...folio(2, 2)],
  ]);
}

/** (e) Shareholder committee report on a council-owned housing company's business plan (bold run-in headings). */
function housingCompanyReport(): Uint8Array {
  const p1 = runIn(flowPage([
    '**BRENMOUTH BOROUGH COUNCIL',
    '**SHAREHOLDER COMMITTEE',
    '**Tuesday 2 December 2025',
    { gap: 8 },
    '**Brenmouth Homes Limited – Business Plan 2026/27 to 2030/31',
    'Report of the Director of Finance (Shareholder Representative)',
    'Status: Public',
    { gap: 8 },
    'Purpose.§ This report presents the annual business plan of Brenmouth Homes Limited',
    '(BHL), the Council’s wholly owned housing company, for approval by the Council as',
    'shareholder, and seeks decisions on reserved matters under the Shareholder Agreement.',
    { gap: 8 },
    'Recommendations.§ That the Shareholder Committee:',
    '1.\tapproves the BHL Business Plan 2026/27 to 2030/31 at Appendix 1;',
    '2.\trecommends to Council on 11 February 2026 that the loan facility to BHL be',
    '  \tincreased from £30.0 million to £42.0 million, at an interest rate of 1.8% above',
    '  \tthe Public Works Loan Board (PWLB) rate;',
    '3.\tconsents, as a reserved matter under the Shareholder Agreement, to BHL acquiring',
    '  \tthe former Wharf Lane depot from the Council for £3.4 million;',
    '4.\tapproves the appointment of Fenella Rennardson (Assistant Director, Finance) as',
    '  \ta Council-nominated director and of Dr Chukwuma Lanyon as an independent',
    '  \tnon-executive director of BHL, with effect from 1 January 2026;',
    '5.\tnotes the forecast dividend of £185,000 for 2025/26, rising to £460,000 in 2030/31;',
    '  \tand',
    '6.\tnotes that the 2027/28 Business Plan will be presented to the Shareholder',
    '  \tCommittee in December 2026.',
    { gap: 8 },
    'Background.§ BHL was set up in 2019 to provide good-quality homes for rent and a',
    'financial return to the Council. It owns 238 homes: 171 at market rent and 67 at',
    'affordable rent. In 2024/25 its turnover was £3.92 million and its profit before tax',
    '£412,000. It has drawn £27.6 million of the Council’s current £30.0 million loan facility.',
    { gap: 8 },
    'Governance.§ The Council is the sole shareholder. Under the Shareholder Agreement the',
    'following are reserved matters that need the consent of the Shareholder Committee:',
    '•\tadopting or materially changing the business plan;',
    '•\tborrowing not included in an approved business plan;',
    '•\tbuying or selling land or property worth more than £1 million;',
    '•\tappointing or removing directors; and',
    '•\tpaying a dividend or changing the company’s articles of association.',
  ]));
  const p2a = runIn(flowPage([
    'The business plan.§ The plan provides for BHL to build 96 homes on the Wharf Lane',
    'depot site between 2027 and 2029, 30% of them at affordable rent, taking the portfolio',
    'to 334 homes. The forecasts are summarised below.',
  ]));
  const plan = grid(
    [
      ['**£000 unless stated', '**2025/26', '**2026/27', '**2027/28', '**2028/29', '**2029/30', '**2030/31'],
      ['Homes (year end)', '238', '238', '270', '334', '334', '334'],
      ['Rental income', '3,980', '4,110', '4,650', '5,890', '6,370', '6,560'],
      ['Profit before tax', '468', '492', '515', '588', '804', '975'],
      ['Loan balance (£m)', '29.1', '30.0', '35.8', '41.6', '41.2', '40.7'],
      ['Dividend to the Council', '185', '195', '205', '235', '320', '460'],
    ],
    [72, 212, 268, 324, 380, 436, 492],
    72 + 3 * 14 + 8,
    { size: 9, leading: 13 },
  );
  const p2b = runIn(flowPage([
    'Loan facility.§ The plan needs peak borrowing of £41.6 million in 2028/29, above the',
    'current facility of £30.0 million. An increase in the facility must be approved by Council',
    'as part of the Capital Strategy. The Council borrows from the PWLB and lends to BHL at a',
    'margin of 1.8%, which the Council’s treasury adviser considers consistent with the',
    'Subsidy Control Act 2022. The margin will earn the Council about £690,000 a year by',
    '2028/29.',
    { gap: 8 },
    'Wharf Lane depot.§ The depot will close when the fleet moves to the new Tannery Road',
    'depot in March 2026. The price of £3.4 million is the market value assessed by an',
    'independent valuer in October 2025. BHL will seek planning permission for 96 homes.',
    { gap: 8 },
    'Directors.§ The BHL board has five directors: three Council-nominated directors and two',
    'independent non-executive directors (NEDs). Fenella Rennardson replaces a director who',
    'left the Council in October 2025; Dr Lanyon, a chartered surveyor, fills a vacancy.',
    { gap: 8 },
    'Risks.§ The main risks are higher interest rates, build cost inflation and empty homes.',
    'The plan assumes a void rate of 3.2% and build costs of £2,350 per square metre.',
    { gap: 8 },
    'Monitoring.§ A mid-year performance report on BHL will be brought to the Committee in',
    'June 2026.',
    { gap: 10 },
    'Contact: Director of Finance, Brenmouth Borough Council, tel. 01632 960775',
  ], { top: 72 + 3 * 14 + 8 + 6 * 13 + 16 }));
  return makePdf([
    [...p1, ...folio(1, 2)],
    [...p2a, ...plan, ...p2b, ...folio(2, 2)],
  ]);
}

/** (f) Audit committee report: Statement of Accounts 2024/25 and the auditor's ISA 260 report. */
function accountsAuditReport(): Uint8Array {
  const p1 = flowPage([
    '**FOXHOLME DISTRICT COUNCIL',
    '**AUDIT AND STANDARDS COMMITTEE',
    '**23 February 2026 – Agenda Item 6',
    { gap: 8 },
    '**Statement of Accounts 2024/25 and External Auditor’s Audit Completion Report',
    'Report of the Chief Finance Officer (Section 151 Officer)',
    'Report author: Tabitha Hollingworth, Chief Finance Officer',
    { gap: 8 },
    '**1.\tRecommendations',
    '1.1\tThe Committee is recommended to:',
    '(a)\tnote the external auditor’s Audit Completion Report for 2024/25, issued under',
    '  \tInternational Standard on Auditing (ISA) 260, at Appendix A;',
    '(b)\tapprove the audited Statement of Accounts 2024/25 at Appendix B, which includes',
    '  \tadjusted misstatements of £2,846,000;',
    '(c)\tagree that the unadjusted misstatements of £412,000 are not corrected, for the',
    '  \treasons in paragraph 3.4;',
    '(d)\tapprove the letter of representation at Appendix C and authorise the Chair of the',
    '  \tCommittee and the Chief Finance Officer to sign it; and',
    '(e)\trequest the Chief Finance Officer to report progress on the auditor’s',
    '  \trecommendations to the Committee in July 2026.',
    { gap: 8 },
    '**2.\tBackground',
    '2.1\tThe draft Statement of Accounts 2024/25 was published on 27 June 2025, within the',
    '  \tstatutory deadline of 30 June. The Accounts and Audit (Amendment) Regulations 2024',
    '  \tset a backstop date of 27 February 2026 for publishing the audited accounts.',
    '2.2\tThe Council’s external auditor, Halden Price LLP, has substantially completed the',
    '  \taudit and expects to give an unmodified opinion before the backstop date. Torquil',
    '  \tPitcairn, Key Audit Partner, will attend the meeting.',
  ]);
  const p2 = runIn(flowPage([
    '**3.\tThe auditor’s findings',
    '3.1\tMateriality.§ The auditor set overall materiality at £1,620,000 (1.8% of gross',
    '  \texpenditure) and a trivial threshold of £81,000.',
    '3.2\tAdjusted misstatements.§ Misstatements totalling £2,846,000 have been corrected.',
    '  \tThe largest, £2,310,000, arose from the revaluation of Foxholme Leisure Centre,',
    '  \twhere the valuer had used an out-of-date floor area. The corrections change the',
    '  \tvalue of property, plant and equipment (PPE) but not the General Fund balance.',
    '3.3\tUnadjusted misstatements.§ Two misstatements totalling £412,000 have not been',
    '  \tcorrected: an overstatement of short-term creditors (accruals) of £297,000 and an',
    '  \tunderstatement of the business rates appeals provision of £115,000.',
    '3.4\tReasons for not adjusting.§ Both are below materiality, neither affects the',
    '  \tGeneral Fund balance, and correcting them would delay the accounts beyond the',
    '  \tbackstop date.',
    '3.5\tInternal control.§ The auditor made five recommendations, two of them high',
    '  \tpriority: journals posted without independent review, and leavers’ access to the',
    '  \tfinance system not being removed promptly. Management responses are in Appendix A.',
    '3.6\tValue for money (VfM).§ The auditor found no significant weaknesses in the Council’s',
    '  \tarrangements. The auditor’s Annual Report, with the full VfM commentary, will be',
    '  \tpresented to this Committee on 20 April 2026.',
    { gap: 6 },
    '**4.\tLetter of representation',
    '4.1\tThe auditor requires a letter of representation in which the Council confirms that',
    '  \tit has given the auditor all relevant information. The letter at Appendix C follows the',
    '  \tauditor’s standard form, with a specific representation on the pension liability',
    '  \tunder International Accounting Standard (IAS) 19.',
    { gap: 6 },
    '**5.\tFinancial implications',
    '5.1\tThe final audit fee for 2024/25 is £148,600, including £12,400 of additional fees',
    '  \tfor the revaluation work, which is subject to approval by Public Sector Audit',
    '  \tAppointments Limited (PSAA).',
    { gap: 10 },
    'Background papers: Draft Statement of Accounts 2024/25 (published 27 June 2025)',
  ]));
  return makePdf([[...p1, ...folio(1, 2)], [...p2, ...folio(2, 2)]]);
}

/** (g) Licensing and regulatory committee minutes setting hackney carriage fares. */
function hackneyFaresMinutes(): Uint8Array {
  const p1 = flowPage([
    '**STOURCLIFFE CITY COUNCIL',
    '**LICENSING AND REGULATORY COMMITTEE',
    'Minutes of the meeting held on Wednesday 14 January 2026 at 2.00 pm in Committee',
    'Room 3, Civic Offices, Stourcliffe',
    { gap: 6 },
    'Present: Councillors J Brindlecote (Chair), F Sumner (Vice-Chair), D Ashwin, M Cathcart,',
    'E Fawdry, N Jagger, A Kilbride, O Medlicott, C Okoro, L Trounson, G Vosper and',
    'H Wexcombe',
    'Officers: Tamsyn Tregunna (Licensing Manager), Legal Adviser, Democratic Services Officer',
    { gap: 8 },
    '**LRC/26/01\tAPOLOGIES',
    'There were no apologies.',
    { gap: 6 },
    '**LRC/26/02\tDECLARATIONS OF INTEREST',
    'Councillor C Okoro declared a non-registrable interest in minute LRC/26/04 as a close',
    'relative holds a hackney carriage proprietor’s licence. He left the room for that item.',
    { gap: 6 },
    '**LRC/26/03\tMINUTES',
    'RESOLVED – That the minutes of the meeting held on 24 September 2025 be confirmed as',
    'a correct record and signed by the Chair.',
    { gap: 6 },
    '**LRC/26/04\tHACKNEY CARRIAGE TABLE OF FARES – OBJECTIONS',
    'The Licensing Manager reported that on 24 September 2025 (minute LRC/25/19) the',
    'Committee had agreed to publish a proposed variation to the table of hackney carriage',
    'fares under section 65 of the Local Government (Miscellaneous Provisions) Act 1976. The',
    'proposal would increase the daytime flag fall from £3.60 to £4.00 and the rate per mile',
    'from £2.40 to £2.60, so that a typical two-mile daytime journey would rise from £7.80',
    'to £8.55 (9.6%).',
    'The public notice was published in the Stourcliffe Evening Post and at the Civic Offices',
    'on 13 November 2025, and the period for objections ended on 28 November 2025. Five',
    'objections had been received and not withdrawn: three from members of the public, who',
    'considered the increase too high; one from the Stourcliffe Hackney Carriage Drivers’',
    'Association (SHCDA), which asked for a flag fall of £4.40; and one from Access',
    'Stourcliffe, which was concerned about the cost of longer journeys for wheelchair users.',
  ]);
  const p2head = flowPage(['**Proposed table of fares (Appendix A to the report)']);
  const fares = grid(
    [
      ['**Tariff', '**Current', '**Proposed'],
      ['**Tariff 1 – Day (06:00 to 22:00, Monday to Saturday)', '', ''],
      ['Flag fall (first 1/4 mile or part)', '£3.60', '£4.00'],
      ['Each mile after the first 1/4 mile', '£2.40', '£2.60'],
      ['Waiting time (per minute)', '£0.40', '£0.45'],
      ['**Tariff 2 – Night (22:00 to 06:00), Sundays and bank holidays', '', ''],
      ['Flag fall (first 1/4 mile or part)', '£5.40', '£6.00'],
      ['Each mile after the first 1/4 mile', '£3.60', '£3.90'],
      ['Waiting time (per minute)', '£0.60', '£0.70'],
      ['**Tariff 3 – Christmas and New Year (see note)', '', ''],
      ['Flag fall (first 1/4 mile or part)', '£7.20', '£8.00'],
      ['Each mile after the first 1/4 mile', '£4.80', '£5.20'],
      ['Waiting time (per minute)', '£0.80', '£0.90'],
      ['**Extras', '', ''],
      ['Soiling charge (maximum)', '£75.00', '£100.00'],
      ['Each passenger after the fourth', '£0.50', '£0.50'],
    ],
    [90, 400, 470],
    72 + 14 + 4,
    { size: 10, leading: 13 },
  );
  const p2 = flowPage([
    'Note: Tariff 3 applies from 18:00 on 24 December to 06:00 on 27 December and from',
    '18:00 on 31 December to 06:00 on 2 January.',
    { gap: 6 },
    'Members discussed the objections. The Licensing Manager advised that the proposed fares',
    'were close to the average of neighbouring authorities, and that the number of wheelchair',
    'accessible vehicles (WAVs) licensed had fallen from 64 to 51 since 2023.',
    'Councillor F Sumner moved and Councillor G Vosper seconded that the table be approved',
    'without modification. On being put to the vote, 8 Members voted for, 2 against and',
    '1 abstained.',
    'RESOLVED –',
    '(1)\tThat the objections received to the proposed variation of the table of hackney',
    '  \tcarriage fares be noted.',
    '(2)\tThat the table of fares set out at Appendix A to the report be approved without',
    '  \tmodification.',
    '(3)\tThat the varied table of fares take effect from 9 February 2026.',
    '(4)\tThat the Licensing Manager write to all hackney carriage proprietors by 23 January',
    '  \t2026 requiring their taximeters to be recalibrated before 9 February 2026.',
    'The Licensing Manager undertook to circulate figures on WAVs by licensing zone to all',
    'Members by 31 January 2026.',
  ], { top: 72 + 14 + 4 + 16 * 13 + 12 });
  const p3 = flowPage([
    '**LRC/26/05\tPRIVATE HIRE VEHICLE AGE POLICY',
    'The Committee considered a report proposing a consultation on raising the maximum age',
    'at which private hire vehicles (PHVs) may first be licensed from 5 to 7 years, to help',
    'drivers replace vehicles with cheaper used hybrid and electric models.',
    'RESOLVED – That a six-week consultation on the proposed change to the private hire',
    'vehicle age policy be approved, and that the results be reported to the Committee on',
    '15 April 2026.',
    { gap: 6 },
    '**LRC/26/06\tLICENSING ENFORCEMENT UPDATE',
    'The Committee received an update on enforcement between September and December',
    '2025: 214 vehicles had been inspected, 11 vehicle licences suspended and three drivers’',
    'licences revoked after checks with the Disclosure and Barring Service (DBS).',
    'RESOLVED – That the report be noted.',
    { gap: 8 },
    'The meeting closed at 3.52 pm.',
    { gap: 8 },
    'Chair ……………………………',
  ]);
  return makePdf([
    [...p1, ...folio(1, 3)],
    [...p2head, ...fares, ...p2, ...folio(2, 3)],
    [...p3, ...folio(3, 3)],
  ]);
}

/** (h) Scrutiny committee agenda pack: agenda, previous minutes with action points, two-column work programme. */
function scrutinyAgendaPack(): Uint8Array {
  const p1 = flowPage([
    '**EASTERHOLT COUNTY COUNCIL',
    '**COMMUNITIES AND PLACE OVERVIEW AND SCRUTINY COMMITTEE',
    { gap: 6 },
    'Date:\tTuesday 10 March 2026',
    'Time:\t10.00 am',
    'Venue:\tCouncil Chamber, County Hall, Easterholt',
    { gap: 6 },
    'Membership: Councillors C Ibberson (Chair), R Allardyce (Vice-Chair), P Beauchamp-Nye,',
    'T Culshaw, H Drinkwater, S Esterhuizen, M Flintoff, K Gudgeon, B Hetherington and',
    'Y Ishikawa-Lowe',
    'Contact: Juno Abiodun-Holt, Democratic Services Officer, tel. 01632 960227',
    { gap: 8 },
    '**AGENDA',
  ]);
  const agenda = grid(
    [
      ['**Item', '**Business', '**Pages'],
      ['1', 'Apologies for absence and substitutions', ''],
      ['2', 'Declarations of interest', ''],
      ['3', 'Minutes of the meeting held on 13 January 2026, including action points', '2 – 3'],
      ['4', 'Public questions', ''],
      ['5', 'Bus Service Improvement Plan – progress report', 'to follow'],
      ['6', 'Winter Service 2025/26 – review', 'to follow'],
      ['7', 'Work programme 2026/27', '4'],
      ['8', 'Date of next meeting: Tuesday 9 June 2026 at 10.00 am', ''],
    ],
    [72, 110, 480],
    72 + 12 * 14 + 8,
    { leading: 18 },
  );
  const p1tail = flowPage([
    'Issued by the Head of Democratic Services on 2 March 2026.',
  ], { top: 72 + 12 * 14 + 8 + 9 * 18 + 16 });
  const p2 = flowPage([
    '**EASTERHOLT COUNTY COUNCIL',
    '**Communities and Place Overview and Scrutiny Committee',
    'Minutes of the meeting held on Tuesday 13 January 2026 at 10.00 am at County Hall',
    { gap: 4 },
    'Present: Councillors C Ibberson (Chair), R Allardyce, P Beauchamp-Nye, T Culshaw,',
    'H Drinkwater, M Flintoff, K Gudgeon and B Hetherington',
    'Also present: Councillor N Quarrington (Cabinet Member for Highways and Transport)',
    'Officers: Head of Highways Operations, Head of Libraries and Culture, Philomena Oxtoby',
    '(Scrutiny Officer)',
    { gap: 8 },
    '**24.\tAPOLOGIES',
    'Apologies were received from Councillors S Esterhuizen and Y Ishikawa-Lowe.',
    { gap: 4 },
    '**25.\tDECLARATIONS OF INTEREST',
    'None.',
    { gap: 4 },
    '**26.\tMINUTES',
    'RESOLVED: That the minutes of the meeting held on 11 November 2025 be approved as a',
    'correct record.',
    { gap: 4 },
    '**27.\tHIGHWAYS MAINTENANCE – POTHOLE REPAIRS',
    'The Head of Highways Operations reported that 38,412 potholes had been repaired in',
    '2025, 12% more than in 2024, and that 91% of category 1 defects had been made safe',
    'within 24 hours. The Government had allocated the County Council an extra £4.2 million',
    'of Highways Maintenance Block funding for 2026/27. Members asked how the extra',
    'funding would be targeted and raised concerns about repeat repairs on rural roads.',
    'RESOLVED: That',
    '(a)\tthe update on pothole repairs be noted; and',
    '(b)\ta report on the use of the additional £4.2 million Highways Maintenance Block',
    '  \tfunding be brought to the Committee in June 2026.',
    { gap: 4 },
    '**28.\tLIBRARY SERVICE REVIEW – CONSULTATION PROPOSALS',
    'The Head of Libraries and Culture presented the proposed public consultation on the',
    'future of the library service, including reduced hours at six branch libraries and a',
    'new library hub at Easterholt Station.',
    'RESOLVED: That the Committee endorses the proposed consultation on the Library Service',
    'Review, subject to the inclusion of mobile library stops, and asks that its comments be',
    'reported to Cabinet on 19 February 2026.',
  ]);
  const p3a = flowPage([
    '**29.\tACTION POINTS',
    'The following action points were agreed:',
  ]);
  const actions = grid(
    [
      ['**Action', '**Responsible', '**Due by'],
      ['Circulate data on potholes repaired by division', 'Head of Highways Operations', '31 January 2026'],
      ['Provide a briefing note on changes to bus route 47', 'Passenger Transport Manager', '13 February 2026'],
      ['Share the library consultation questionnaire', 'Head of Libraries and Culture', '6 February 2026'],
      ['Arrange a site visit to Easterholt Park and Ride', 'Scrutiny Officer', '28 February 2026'],
    ],
    [72, 310, 465],
    72 + 2 * 14 + 6,
    { size: 9 },
  );
  const p3b = flowPage([
    '**30.\tDATE OF NEXT MEETING',
    'Tuesday 10 March 2026 at 10.00 am.',
    { gap: 8 },
    'The meeting closed at 12.20 pm.',
    { gap: 8 },
    'Chair ……………………………',
  ], { top: 72 + 2 * 14 + 6 + 5 * 14 + 16 });
  const p4 = flowPage([
    '**Agenda Item 7',
    '**Work Programme 2026/27',
    'Report of the Scrutiny Officer',
    { gap: 6 },
    '**Recommendation',
    'That the Committee agrees its work programme for 2026/27 as set out in the table below,',
    'subject to any changes it wishes to make.',
    { gap: 6 },
    '1.\tThe work programme reflects the Committee’s work planning session on 3 February',
    '  \t2026 and the Cabinet Forward Plan. Items may move to manage the length of meetings.',
    '2.\tThe Bus Service Improvement Plan (BSIP) annual progress report has moved from June',
    '  \tto July 2026 to follow the publication of Department for Transport (DfT) data.',
  ]);
  const wpTop = 72 + 11 * 14 + 12 + 10;
  const wp = grid(
    [
      ['**Meeting date', '**Items'],
      ['9 June 2026', '• Highways Maintenance Block funding – use of the additional £4.2 million'],
      ['', '• Annual report of the Committee 2025/26'],
      ['', '• Flood risk management: Section 19 investigations update'],
      ['21 July 2026', '• Bus Service Improvement Plan (BSIP) – annual progress'],
      ['', '• Local Cycling and Walking Infrastructure Plan (LCWIP) review'],
      ['', '• Household Waste Recycling Centre (HWRC) booking system'],
      ['22 September 2026', '• Library Service Review – outcome of consultation'],
      ['', '• Street lighting LED conversion – final report'],
      ['', '• Road Safety Partnership annual report'],
      ['24 November 2026', '• Budget proposals 2027/28 – Communities and Place'],
      ['', '• Winter Service Plan 2026/27'],
    ],
    [72, 190],
    wpTop,
    { size: 10, leading: 15 },
  );
  const p4tail = flowPage([
    'Contact: Philomena Oxtoby, Scrutiny Officer',
  ], { top: wpTop + 12 * 15 + 14 });
  return makePdf([
    [...p1, ...agenda, ...p1tail, ...folio(1, 4)],
    [...p2, ...folio(2, 4)],
    [...p3a, ...actions, ...p3b, ...folio(3, 4)],
    [...p4, ...wp, ...p4tail, ...folio(4, 4)],
  ]);
}

export const SYNTHETIC14: Record<string, () => Uint8Array> = {
  's14-budget-council-tax-minutes': budgetCouncilMinutes,
  's14-drug-alcohol-contract-award': drugAlcoholContractAward,
  's14-food-waste-committee-report': foodWasteReport,
  's14-admissions-determination': admissionsDetermination,
  's14-housing-company-business-plan': housingCompanyReport,
  's14-accounts-audit-completion': accountsAuditReport,
  's14-hackney-fares-minutes': hackneyFaresMinutes,
  's14-scrutiny-agenda-pack': scrutinyAgendaPack,
};
