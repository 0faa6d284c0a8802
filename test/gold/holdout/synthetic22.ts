/**
 * Eight more synthetic papers in the styles of councils we hold no papers from: a county cabinet
 * report awarding an electric vehicle chargepoint concession funded by the LEVI grant (chargepoint
 * and funding tables, a rollout timetable); a unitary scrutiny report on family hubs and youth
 * services written with bold run-in headings ("The Committee is asked to comment on …"); a district
 * council tax base report with a Band D equivalents table by parish and the resolution wording the
 * regulations require; a London borough cabinet report buying homes for temporary accommodation
 * with an exempt appendix; a city council plan adoption report to full Council with paragraphs
 * numbered 1, 2, 3 … and a measures table; an Article 4 direction report (non-immediate direction,
 * key dates set out at a tab stop); full council minutes appointing a Chief Executive on the
 * recommendation of an Appointments Committee; and a forward plan of key decisions laid out as
 * blocks, one per decision. Built as small PDFs by test/helpers/make-pdf.ts; their gold is beside
 * them (synthetic-<key>.json, "file": "synthetic:<key>"). Councils and people are invented; the
 * wording follows real papers of each kind. Written blind to the parser.
 */
import { flowPage, grid, makePdf, type PdfLine } from '../../helpers/make-pdf.ts';

/** A page number at the foot of a page. */
function folio(n: number, of: number): PdfLine[] {
  return [{ text: `Page ${n} of ${of}`, x: 266, y: 815, size: 9 }];
}

/** A plain page number. */
function num(n: number): PdfLine[] {
  return [{ text: `${n}`, x: 292, y: 815, size: 9 }];
}

type MixedEntry = string | { gap: number } | { head: string; rest: string };

/**
 * A page whose paragraphs may open with a bold run-in heading ({ head, rest }): the heading in
 * bold and the first line of the paragraph after it on the same baseline. Other entries are as in
 * flowPage.
 */
function runInPage(script: MixedEntry[], top = 72, size = 11, leading = 14): PdfLine[] {
  let y = top;
  const out: PdfLine[] = [];
  for (const e of script) {
    if (typeof e === 'string') {
      out.push(...flowPage([e], { top: y, size }));
      y += leading;
    } else if ('gap' in e) {
      y += e.gap;
    } else {
      const w = e.head.length * size * 0.53;
      out.push({ text: e.head, x: 72, y, bold: true, size });
      if (e.rest) out.push({ text: e.rest, x: 72 + w + 4, y, size });
      y += leading;
    }
  }
  return out;
}

/** (a) County cabinet report: LEVI grant, chargepoints by type, concession award, council contribution, rollout. */
function evChargepointsCabinet(): Uint8Array {
  const head = flowPage(['**SULCOMBE COUNTY COUNCIL', { gap: 4 }, '**REPORT TO CABINET']);
  const front = grid(
    [
      ['**Date of meeting:', '15 July 2025'],
      ['**Agenda item:', '9'],
      ['**Report of:', 'Executive Director – Growth, Environment and Transport'],
      ['**Cabinet Member:', 'Councillor Delphine Marsworth, Highways and Transport'],
      ['**Key decision:', 'Yes (Forward Plan reference KD/25/041)'],
      ['**Divisions affected:', 'All'],
      ['**Classification:', 'Unrestricted'],
    ],
    [72, 200],
    120,
  );
  const p1 = flowPage(
    [
      '**Local Electric Vehicle Infrastructure (LEVI) Programme – Award of Chargepoint',
      '**Concession Contract',
      { gap: 6 },
      '**1.\tSummary',
      '1.1\tThe Council has been allocated £4,862,000 of capital funding and £418,000 of',
      '  \tcapability funding from the Local Electric Vehicle Infrastructure (LEVI) Fund,',
      '  \tadministered by the Office for Zero Emission Vehicles (OZEV). This report seeks',
      '  \tapproval to award a concession contract to install and operate 1,534 public',
      '  \tchargepoints across the county between 2026 and 2028.',
      { gap: 6 },
      '**2.\tRecommendations',
      '2.1\tCabinet is recommended to:',
      '(a)\taccept the LEVI capital grant of £4,862,000 and capability grant of £418,000;',
      '(b)\tapprove the award of a concession contract for the design, installation, operation',
      '  \tand maintenance of public electric vehicle (EV) chargepoints to Voltaren Charge',
      '  \tNetworks Ltd for a term of 15 years, with an option to extend by up to five years;',
      '(c)\tapprove a capital contribution of £750,000 from the Council, funded by prudential',
      '  \tborrowing, and its addition to the Capital Programme 2025/26 to 2027/28;',
      '(d)\tdelegate authority to the Executive Director – Growth, Environment and Transport,',
      '  \tin consultation with the Cabinet Member for Highways and Transport and the',
      '  \tDirector of Law and Governance, to finalise and enter into the concession contract;',
      '  \tand',
      '(e)\tnote that a progress report on the rollout will be brought to Cabinet in',
      '  \tSeptember 2026.',
      { gap: 6 },
      '**3.\tBackground',
      '3.1\tAt 1 April 2025 Sulcombe had 298 public charge devices, or 46 per 100,000',
      '  \tpopulation against an England average of 107. Around 38% of households in the',
      '  \tcounty have no off-street parking.',
      '3.2\tThe Sulcombe EV Infrastructure Strategy, adopted by Cabinet in March 2024, aims',
      '  \tfor every resident without off-street parking to live within a five-minute walk of a',
      '  \tpublic chargepoint by 2030.',
    ],
    { top: 232 },
  );
  const p2a = flowPage([
    '**4.\tChargepoints to be installed',
    '4.1\tTable 1 shows the chargepoints the concessionaire will install under the contract.',
    '**Table 1: Chargepoints by type',
  ]);
  const chargers = [
    ['**Type', '**Power', '**Number', '**Typical location'],
    ['On-street lamp-column', '5 kW', '1,150', 'Residential streets'],
    ['Standard (fast) post', '7–22 kW', '340', 'Car parks and village halls'],
    ['Rapid', '50 kW', '36', 'Market town charging hubs'],
    ['Ultra-rapid', '150 kW', '8', 'Strategic road network hubs'],
    ['**Total', '', '**1,534', ''],
  ];
  const p2b = flowPage(
    [
      '**5.\tProcurement',
      '5.1\tThe Council ran a competitive tender under the Crown Commercial Service (CCS)',
      '  \tEV chargepoint framework. Five bids were received and evaluated on 60% quality,',
      '  \t30% price and 10% social value. Voltaren Charge Networks Ltd submitted the most',
      '  \tadvantageous tender.',
      '5.2\tUnder the concession the supplier will invest £3,960,000 of its own capital, bear',
      '  \tthe operating risk and pay the Council a share of 8% of net revenue from the third',
      '  \tyear of operation.',
      { gap: 6 },
      '**6.\tFinancial implications',
      '6.1\tThe total capital cost of the programme is £9,572,000, funded as follows:',
    ],
    { top: 206 },
  );
  const funding = [
    ['**Source', '**£'],
    ['LEVI capital grant (OZEV)', '4,862,000'],
    ['Supplier investment', '3,960,000'],
    ['Council contribution (prudential borrowing)', '750,000'],
    ['**Total', '**9,572,000'],
  ];
  const p2c = flowPage(
    [
      '6.2\tThe cost of borrowing £750,000 is about £61,000 a year from 2026/27, which is',
      '  \texpected to be covered by the revenue share by 2029/30.',
      '6.3\tThe LEVI capability grant funds two fixed-term posts, an EV Programme Manager',
      '  \tand an EV Project Officer (2.0 FTE), until 31 March 2028.',
      { gap: 6 },
      '**7.\tRollout timetable',
      '7.1\tThe indicative timetable is:',
    ],
    { top: 446 },
  );
  const timetable = [
    ['Contract signature', 'August 2025'],
    ['Mobilisation and site surveys', 'September – December 2025'],
    ['Phase 1: 400 lamp-column and 12 rapid chargepoints', 'January – June 2026'],
    ['Phase 2: 500 lamp-column, 200 fast and 16 rapid', 'July 2026 – March 2027'],
    ['Phase 3: remaining chargepoints, ultra-rapid hubs', 'April 2027 – March 2028'],
  ];
  const p2d = flowPage(
    [
      '7.2\tOZEV requires the contract to be signed by 30 September 2025 for the grant to be',
      '  \treleased.',
      { gap: 8 },
      'Contact officer: Rowena Stalbridge, EV Programme Manager, 01632 496210',
      'Background papers: Sulcombe EV Infrastructure Strategy (March 2024)',
    ],
    { top: 650 },
  );
  return makePdf([
    [...head, ...front, ...p1, ...folio(1, 2)],
    [
      ...p2a,
      ...grid(chargers, [90, 250, 330, 400], 118, { size: 10 }),
      ...p2b,
      ...grid(funding, [90, 360], 364, { size: 10 }),
      ...p2c,
      ...grid(timetable, [108, 380], 562, { size: 10 }),
      ...p2d,
      ...folio(2, 2),
    ],
  ]);
}

/** (b) Unitary scrutiny committee report on family hubs and youth services, with bold run-in headings. */
function familyHubsScrutiny(): Uint8Array {
  const p1 = runInPage([
    '**OTTERSBY BOROUGH COUNCIL',
    '**Young People and Families Scrutiny Committee',
    '**4 November 2025',
    { gap: 6 },
    '**Agenda Item 7: Family Hubs, Start for Life and Youth Services – Progress Report',
    'Report of the Director of Children’s Services',
    'Cabinet Member: Councillor Hermione Wolstenholme, Children and Families',
    { gap: 10 },
    { head: 'Purpose of report.', rest: 'To update the Committee on the second full year of the Family' },
    'Hubs and Start for Life programme in Ottersby and on the Council’s youth service offer,',
    'and to seek the Committee’s views on proposed priorities for youth services in 2026/27.',
    { gap: 8 },
    { head: 'Recommendations.', rest: '' },
    '1.\tThe Committee is asked to comment on the progress of the Family Hubs and Start',
    '  \tfor Life programme and on the proposed priorities for youth services in 2026/27.',
    '2.\tThe Committee is asked to note that a further progress report, including the',
    '  \tresults of the youth needs survey, will be presented to the Committee in June 2026.',
    { gap: 8 },
    { head: 'Background.', rest: 'Ottersby is one of 75 local authorities funded through the national' },
    'Family Hubs and Start for Life programme. The Council receives a Family Hubs and Start',
    'for Life grant of £1,126,400 a year from the Department for Education (DfE), confirmed for',
    '2025/26 in March 2025. Four family hubs are now open, offering help from pregnancy',
    'to age 19, or to 25 for young people with special educational needs and disabilities (SEND).',
    { gap: 8 },
    { head: 'Hub locations and attendance.', rest: 'Table 1 shows the contacts recorded at each hub' },
    'between April and September 2025.',
  ]);
  const hubs = [
    ['**Hub', '**Location', '**Opened', '**Contacts'],
    ['Ottersby Central', 'Quayside House, Mill Street', 'Sep 2023', '6,214'],
    ['Fernlea', 'Fernlea Children’s Centre, Orchard Way', 'Nov 2023', '3,987'],
    ['Saltcote', 'Saltcote Library, High Street', 'Jan 2024', '2,541'],
    ['Upper Wyke', 'Upper Wyke Community Centre', 'Apr 2024', '1,908'],
    ['**Total', '', '', '**14,650'],
  ];
  const p1b = runInPage(
    [
      'The hubs worked with 4,872 individual families in the six months, up from 3,905 in the',
      'same period of 2024. Breastfeeding prevalence at 6–8 weeks rose to 51.2% (2024/25:',
      '47.8%), and 312 parents completed a perinatal mental health support course.',
    ],
    502,
  );
  const p2 = runInPage([
    { head: 'Staffing.', rest: 'The grant funds 14.5 FTE posts, including 4.0 FTE Family Hub Coordinators,' },
    '3.0 FTE Infant Feeding Peer Support Workers and 1.0 FTE Parent-Infant Relationships',
    'Lead. Two Family Hub Outreach Workers (2.0 FTE) were recruited in July 2025 to reach',
    'families in Saltcote and Upper Wyke, where take-up is lowest.',
    { gap: 8 },
    { head: 'Youth services.', rest: 'The Council runs six youth centres directly and funds 11 voluntary' },
    'sector youth clubs through the Ottersby Youth Fund (£240,000 a year). In 2024/25, 3,412',
    'young people attended at least one session. The youth service has 18.6 FTE posts, of',
    'which two Senior Youth Worker posts are vacant and being recruited to.',
    { gap: 8 },
    { head: 'Proposed priorities for 2026/27.', rest: 'Subject to the Committee’s comments, the' },
    'Cabinet Member proposes to:',
    '(a)\tstart detached youth work in Saltcote and Upper Wyke on Friday and Saturday',
    '  \tevenings;',
    '(b)\tset up an Ottersby Youth Assembly so that young people can shape the service; and',
    '(c)\topen two youth centres on Sundays during school holidays.',
    { gap: 8 },
    { head: 'Funding risk.', rest: 'The grant is confirmed to 31 March 2026 only. The DfE has said that' },
    'allocations for 2026/27 will be announced in December 2025. If the grant were not',
    'renewed, the 14.5 FTE posts it funds would be at risk.',
    { gap: 8 },
    { head: 'Next steps.', rest: 'A youth needs survey will run in all secondary schools from January to' },
    'March 2026.',
    { gap: 10 },
    'Contact: Priscilla Odunsi-Marsh, Head of Early Help and Family Hubs',
    'Background papers: Ottersby Family Hubs and Start for Life Delivery Plan 2024–26',
  ]);
  return makePdf([
    [...p1, ...grid(hubs, [72, 180, 400, 470], 412, { size: 10 }), ...p1b, ...num(1)],
    [...p2, ...num(2)],
  ]);
}

/** (c) District council tax base report: Band D equivalents by parish, collection rate, the regulations' resolution wording. */
function councilTaxBase(): Uint8Array {
  const p1 = flowPage([
    '**TEWSBRIDGE DISTRICT COUNCIL',
    { gap: 4 },
    '**COUNCIL – 11 DECEMBER 2025',
    '**AGENDA ITEM 8',
    { gap: 6 },
    '**CALCULATION OF THE COUNCIL TAX BASE 2026/27',
    'Report of the Section 151 Officer',
    'Portfolio: Finance and Corporate Resources (Councillor Ambrose Keelingworth)',
    { gap: 8 },
    '**1.\tPURPOSE',
    '1.1\tThe Council is required to calculate its council tax base for 2026/27, for the district',
    '  \tas a whole and for each parish and town council area, before 31 January 2026.',
    '  \tThe tax base is used by the Council, Sulcombe County Council, the Police and',
    '  \tCrime Commissioner, the Fire Authority and the parish councils to set their council',
    '  \ttax for 2026/27.',
    { gap: 6 },
    '**2.\tRECOMMENDATIONS',
    '2.1\tThat Council:',
    '(a)\tapproves a collection rate of 98.6% for 2026/27;',
    '(b)\tresolves that, in accordance with the Local Authorities (Calculation of Council Tax',
    '  \tBase) (England) Regulations 2012, the amount calculated by Tewsbridge District',
    '  \tCouncil as its council tax base for the year 2026/27 shall be 38,412.6; and',
    '(c)\tresolves that the amounts calculated as the council tax base for 2026/27 for each',
    '  \tparish and town council area shall be as set out in Table 1.',
    { gap: 6 },
    '**3.\tTHE CALCULATION',
    '3.1\tThe tax base is the number of properties in each valuation band, converted to',
    '  \tBand D equivalents using the statutory ratios, after allowing for exemptions,',
    '  \tdiscounts, premiums and the Local Council Tax Support (LCTS) scheme.',
    '3.2\tThe number of Band D equivalents for 2026/27 is 38,958.0. This is reduced by',
    '  \tan allowance of 1.4% (545.4) for non-collection, giving a tax base of 38,412.6.',
    '3.3\tThe tax base has increased by 781.4 Band D equivalents (2.08%) since 2025/26',
    '  \t(37,631.2), mainly because of 604 new homes completed at Orchardleigh and',
    '  \tRedbourne Cross.',
    '3.4\tThe collection rate of 98.6% is unchanged from 2025/26. In-year collection in',
    '  \t2024/25 was 97.9% and collection of 2024/25 arrears to 30 September 2025 has',
    '  \tbrought this to 98.7%.',
  ]);
  const p2h = flowPage(['**Table 1: Council tax base by parish and town council area (Band D equivalents)']);
  const rows = [
    ['**Parish / town council', '**2025/26', '**2026/27', '**Change'],
    ['Tewsbridge Town Council', '12,602.8', '12,846.3', '243.5'],
    ['Marlowby', '2,190.1', '2,214.7', '24.6'],
    ['Nethercott', '1,571.9', '1,587.2', '15.3'],
    ['Orchardleigh', '3,716.0', '3,902.5', '186.5'],
    ['Pickwell Magna', '941.3', '948.6', '7.3'],
    ['Quarley St Mary', '2,738.4', '2,765.1', '26.7'],
    ['Redbourne Cross', '3,987.2', '4,118.9', '131.7'],
    ['Shepstone', '1,296.8', '1,302.4', '5.6'],
    ['Thornwick', '2,455.5', '2,473.8', '18.3'],
    ['Upper Hawkridge', '684.7', '689.3', '4.6'],
    ['Wendle and Yarncombe', '3,344.9', '3,410.6', '65.7'],
    ['Whitsand Green', '2,101.6', '2,153.2', '51.6'],
    ['**Tewsbridge District', '**37,631.2', '**38,412.6', '**781.4'],
  ];
  const p2 = flowPage(
    [
      '**4.\tFINANCIAL IMPLICATIONS',
      '4.1\tEach additional Band D equivalent raises £198.45 for the District Council at the',
      '  \t2025/26 Band D charge. The growth in the tax base would therefore yield about',
      '  \t£155,000 in 2026/27 before any change in the level of council tax.',
      '4.2\tThe budget and council tax setting report will be presented to Council on',
      '  \t24 February 2026.',
      { gap: 6 },
      '**5.\tLEGAL IMPLICATIONS',
      '5.1\tThe calculation of the tax base is a function of full Council under section 67 of',
      '  \tthe Local Government Finance Act 1992 unless delegated. The figures must be',
      '  \tnotified to the major preceptors and the parish councils by 31 January 2026.',
      { gap: 8 },
      'Contact officer: Ottilie Farnaby, Revenues and Benefits Manager',
      'Background papers: CTB(October 2025) return to the Ministry of Housing, Communities',
      'and Local Government (MHCLG)',
    ],
    { top: 330 },
  );
  return makePdf([
    [...p1, ...folio(1, 2)],
    [...p2h, ...grid(rows, [72, 260, 350, 440], 96, { size: 10 }), ...p2, ...folio(2, 2)],
  ]);
}

/** (d) London borough cabinet report: buying homes for temporary accommodation, with an exempt appendix. */
function taAcquisitionCabinet(): Uint8Array {
  const head = flowPage([
    '**LONDON BOROUGH OF WANDLEMERE',
    { gap: 4 },
    '**CABINET',
    '**16 September 2025',
    { gap: 6 },
    '**Temporary Accommodation Acquisitions Programme 2025–27',
  ]);
  const front = grid(
    [
      ['Report of:', 'Corporate Director of Housing and Regeneration'],
      ['Cabinet Member:', 'Councillor Zubair Ettridge-Holm, Housing and Homelessness'],
      ['Wards:', 'All'],
      ['Key decision:', 'Yes – reference KD 4721'],
      ['Open / exempt:', 'Part exempt. Appendix 2 is exempt under paragraph 3 of Part 1 of'],
      ['', 'Schedule 12A to the Local Government Act 1972 (information relating to the'],
      ['', 'financial or business affairs of any particular person, including the authority'],
      ['', 'holding that information).'],
    ],
    [72, 175],
    160,
  );
  const p1 = flowPage(
    [
      '**1.\tRECOMMENDATIONS',
      'That Cabinet:',
      '1.1\tapproves the acquisition of up to 75 homes on the open market for use as',
      '  \ttemporary accommodation (TA) for homeless households, within a total budget of',
      '  \t£31.5m;',
      '1.2\tapproves the addition of £31.5m to the General Fund capital programme 2025/26',
      '  \tto 2026/27, funded by £21.3m of prudential borrowing and £10.2m of Local',
      '  \tAuthority Housing Fund (LAHF) grant;',
      '1.3\tdelegates authority to the Corporate Director of Housing and Regeneration, in',
      '  \tconsultation with the Cabinet Member for Housing and Homelessness and the',
      '  \tDirector of Finance, to agree the purchase of individual properties within the',
      '  \tparameters set out in exempt Appendix 2;',
      '1.4\tdelegates authority to the Director of Legal and Governance to complete the',
      '  \tpurchases and enter into any associated legal agreements; and',
      '1.5\tnotes that a report on the outcome of the first 12 months of the programme will',
      '  \tbe brought to Cabinet in October 2026.',
      { gap: 6 },
      '**2.\tREASONS FOR DECISION',
      '2.1\tAt 31 July 2025 the Council was placing 2,316 households in TA, of whom 684',
      '  \twere in nightly-paid accommodation, mostly outside the borough. Nightly-paid',
      '  \taccommodation cost £38.7m gross in 2024/25, and £11.9m net after housing benefit',
      '  \tsubsidy, which is capped at 90% of the January 2011 Local Housing Allowance (LHA).',
      '2.2\tEach household moved from nightly-paid accommodation into a home owned by',
      '  \tthe Council saves on average £15,200 a year. Once all 75 homes are occupied the',
      '  \tprogramme is expected to save £1.14m a year on nightly-paid accommodation.',
    ],
    { top: 290 },
  );
  const p2 = flowPage([
    '**3.\tALTERNATIVE OPTIONS CONSIDERED AND REJECTED',
    '3.1\tContinue to rely on nightly-paid accommodation: rejected because costs are rising',
    '  \tby around 12% a year and households are placed far from schools and support.',
    '3.2\tLease homes from a registered provider: rejected because the lease costs',
    '  \tmodelled were higher than the borrowing costs over 30 years.',
    { gap: 6 },
    '**4.\tTHE PROGRAMME',
    '4.1\tThe homes will be two- and three-bedroom flats and houses, bought within the',
    '  \tborough or within 45 minutes of it by public transport. The purchase price limits',
    '  \tand the target mix of properties are set out in exempt Appendix 2.',
    '4.2\tThe first 25 purchases are expected to complete by 31 March 2026 so that the',
    '  \tLAHF grant is spent within the grant period.',
    '4.3\tTwo fixed-term posts, an Acquisitions Surveyor and an Acquisitions Officer',
    '  \t(2.0 FTE), will be created for 24 months and funded from the capital budget.',
    { gap: 6 },
    '**5.\tFINANCIAL IMPLICATIONS',
    '5.1\tThe funding of the programme is summarised below.',
  ]);
  const fin = [
    ['**Funding', '**£m'],
    ['Prudential borrowing (General Fund)', '21.3'],
    ['Local Authority Housing Fund grant', '10.2'],
    ['**Total budget (75 homes, including fees and repairs)', '**31.5'],
  ];
  const p2b = flowPage(
    [
      '5.2\tThe annual cost of borrowing £21.3m is about £1.02m from 2026/27. After rental',
      '  \tincome and running costs the programme produces a net saving of £410,000 a year',
      '  \tin the General Fund by 2027/28.',
      { gap: 6 },
      '**6.\tLEGAL IMPLICATIONS',
      '6.1\tThe Council has power to acquire land for any of its functions under section 120',
      '  \tof the Local Government Act 1972 and to provide accommodation for homeless',
      '  \thouseholds under Part 7 of the Housing Act 1996.',
      { gap: 8 },
      '**Appendices',
      'Appendix 1 – Equality Impact Assessment',
      'Appendix 2 – Acquisition parameters and financial model (EXEMPT)',
      { gap: 6 },
      'Report author: Tamsin Nakashima-Rees, Head of Housing Supply, 020 7946 0318',
    ],
    { top: 376 },
  );
  return makePdf([
    [...head, ...front, ...p1, ...folio(1, 2)],
    [...p2, ...grid(fin, [90, 400], 306, { size: 10 }), ...p2b, ...folio(2, 2)],
  ]);
}

/** (e) City council plan adoption report to full Council: paragraphs numbered 1, 2, 3 …, a measures table. */
function councilPlanAdoption(): Uint8Array {
  const p1 = flowPage([
    '**VEXFORD CITY COUNCIL',
    { gap: 4 },
    '**Meeting of the Council, 29 January 2026',
    '**Item 10: Vexford Council Plan 2026–2030 – “Our City, Our Future”',
    { gap: 4 },
    'Report of the Chief Executive',
    'Lead Member: Councillor Naomi Prendergast-Ure, Leader of the Council',
    'This report was considered by Cabinet on 13 January 2026.',
    { gap: 8 },
    '**Purpose',
    '1\tThe Council Plan sets out the Council’s priorities for the next four years and the',
    '  \tmeasures by which progress will be judged. It forms part of the Policy Framework',
    '  \tand must be adopted by full Council.',
    { gap: 6 },
    '**Recommendations',
    '2\tThe Council is recommended to:',
    '(i)\tadopt the Vexford Council Plan 2026–2030 at Appendix 1;',
    '(ii)\tagree the measures and targets set out in paragraph 8;',
    '(iii)\tnote that progress against the Plan will be reported to Cabinet each quarter and',
    '  \tto Council each year, with the first annual progress report to Council in July 2027;',
    '  \tand',
    '(iv)\tdelegate authority to the Chief Executive, in consultation with the Leader of the',
    '  \tCouncil, to make minor presentational changes to the Plan before publication.',
    { gap: 6 },
    '**Background',
    '3\tThe current Corporate Strategy ends in March 2026. The new Plan has been shaped',
    '  \tby the “Let’s Talk Vexford” residents’ survey, which ran from 8 September to',
    '  \t19 October 2025 and received 2,946 responses, and by workshops with partners.',
    '4\tThe Plan is aligned with the Medium Term Financial Plan (MTFP) 2026/27 to 2029/30,',
    '  \twhich Council will consider on 24 February 2026.',
    { gap: 6 },
    '**The Plan’s priorities',
    '5\tThe Plan has four priorities:',
    '  \t•  Good homes in thriving neighbourhoods',
    '  \t•  A fair and growing economy',
    '  \t•  A cleaner, greener Vexford',
    '  \t•  Healthy, safe and connected communities',
    '6\tThey are supported by a cross-cutting commitment to be a well-run council that',
    '  \tlistens to residents and lives within its means.',
    '7\tThe Plan replaces 41 Key Performance Indicators (KPIs) with a smaller set of',
    '  \t14 headline measures. The main measures are shown below; the full set is at',
    '  \tAppendix 2.',
  ]);
  const p2h = flowPage(['**Measures and targets', '8\tThe Council is asked to agree the following headline measures and targets:']);
  const rows = [
    ['**Measure', '**Baseline', '**Target', '**By'],
    ['New affordable homes completed', '186 (2024/25)', '1,000 in total', '2030'],
    ['Households in temporary accommodation', '412 (March 2025)', 'Below 300', 'March 2028'],
    ['Residents aged 16–64 in employment', '71.4% (2024)', '75%', '2029'],
    ['Household waste reused, recycled or composted', '38.2% (2024/25)', '50%', '2029/30'],
    ['Council’s own carbon emissions', '9,840 tCO2e (2023/24)', 'Net zero', '2030'],
    ['Physically active adults', '61% (2023/24)', '66%', '2028'],
    ['Council tax collected in year', '95.1% (2024/25)', '96.5%', '2027/28'],
  ];
  const p2 = flowPage(
    [
      '**Monitoring and reporting',
      '9\tEach measure has a lead director. Performance will be reported to Cabinet each',
      '  \tquarter and reviewed by the Overview and Select Committee. An annual progress',
      '  \treport will be presented to Council each July, starting in July 2027.',
      { gap: 6 },
      '**Financial implications',
      '10\tThe Plan will be delivered within the budget and the MTFP. Delivery of the',
      '  \taffordable homes target depends on £48m of Homes England grant, which has not',
      '  \tyet been confirmed.',
      { gap: 6 },
      '**Equalities',
      '11\tAn Equality Impact Assessment (EqIA) is at Appendix 3. No adverse impact on any',
      '  \tprotected group was found.',
      { gap: 8 },
      'Contact: Rhiannon Yately, Head of Policy, Performance and Insight',
      'Appendices: 1 – Council Plan 2026–2030; 2 – Measures and targets; 3 – EqIA',
    ],
    { top: 250 },
  );
  return makePdf([
    [...p1, ...folio(1, 2)],
    [...p2h, ...grid(rows, [72, 300, 420, 500], 110, { size: 9.5 }), ...p2, ...folio(2, 2)],
  ]);
}

/** (f) Article 4 direction report (HMOs) to a planning committee: non-immediate direction, key dates at a tab stop. */
function article4Direction(): Uint8Array {
  const p1 = flowPage([
    '**SHERINGATE CITY COUNCIL',
    '**Strategic Planning and Conservation Committee',
    '**27 January 2026',
    { gap: 6 },
    '**Report of the Head of Planning and Building Control',
    '**Houses in Multiple Occupation: Article 4 Direction for Scholars Green, Netherlea',
    '**and Drewsteign',
    { gap: 8 },
    '**1.\tRecommendations',
    '1.1\tThat the Committee:',
    '(a)\tapproves the making of a non-immediate Article 4 direction under Article 4(1) of',
    '  \tthe Town and Country Planning (General Permitted Development) (England) Order',
    '  \t2015 (as amended) to remove the permitted development rights in Class L(b) of',
    '  \tPart 3 of Schedule 2, for the change of use from dwellinghouses (Use Class C3)',
    '  \tto small houses in multiple occupation (Use Class C4), within the area shown at',
    '  \tAppendix 1;',
    '(b)\tdelegates authority to the Head of Planning and Building Control to publish notice',
    '  \tof the direction, notify the Secretary of State and carry out the consultation set',
    '  \tout in section 5; and',
    '(c)\tnotes that the representations received, and a recommendation on whether to',
    '  \tconfirm the direction, will be reported to the Committee in July 2026.',
    { gap: 6 },
    '**2.\tThe area',
    '2.1\tThe proposed direction covers the whole of Scholars Green, Netherlea and',
    '  \tDrewsteign wards and the part of Castlegate ward north of the railway, an area',
    '  \tof 612 hectares containing about 14,300 homes.',
    '2.2\tThe area lies next to Sheringate University’s two campuses. In Scholars Green',
    '  \t31% of homes are now houses in multiple occupation (HMOs), against 6% across',
    '  \tthe city. Of the 1,942 licensed HMOs in the city, 1,388 are in the proposed area.',
    '2.3\tResidents have raised concerns about parking, waste, noise and the loss of',
    '  \tfamily homes. The Council received 212 complaints about HMOs in the area in 2024/25.',
    { gap: 6 },
    '**3.\tPermitted development rights to be removed',
    '3.1\tAt present a family house can become a small HMO, shared by three to six',
    '  \tunrelated people, without planning permission. The direction would remove this',
    '  \tright (Class L(b)) in the area. It would not affect large HMOs of seven or more',
    '  \tpeople, which already need planning permission, or the change from a small HMO',
    '  \tback to a family house.',
    '3.2\tApplications would be assessed against Policy H9 of the Sheringate Local Plan',
    '  \tand the Houses in Multiple Occupation Supplementary Planning Document (SPD),',
    '  \twhich resists new HMOs where they would exceed 10% of homes within 100 metres.',
  ]);
  const p2 = flowPage([
    '**4.\tNon-immediate direction and compensation',
    '4.1\tA direction can take effect immediately or after a period of notice. Under section',
    '  \t108 of the Town and Country Planning Act 1990 the Council may be liable to pay',
    '  \tcompensation where it refuses planning permission for development that would',
    '  \thave been permitted development, if the direction was made with less than',
    '  \t12 months’ notice.',
    '4.2\tA non-immediate direction that comes into force 12 months after notice is given',
    '  \tremoves this liability. An immediate direction would expose the Council to',
    '  \tcompensation claims that cannot be estimated with confidence and is not',
    '  \trecommended.',
    { gap: 6 },
    '**5.\tConsultation and key dates',
    '5.1\tNotice would be published in the Sheringate Courier, displayed at no fewer than',
    '  \t20 sites in the area and sent to every address in it. The key dates are:',
  ]);
  const dates = grid(
    [
      ['Direction made and notice published', '2 March 2026'],
      ['Period for representations', '2 March to 6 April 2026'],
      ['Report to Committee on confirmation', 'July 2026'],
      ['Direction comes into force (if confirmed)', '3 March 2027'],
    ],
    [108, 360],
    274,
  );
  const p2b = flowPage(
    [
      '5.2\tThe Secretary of State must be notified on the day notice is published.',
      { gap: 6 },
      '**6.\tFinancial and resource implications',
      '6.1\tThe cost of notices and site notices is about £6,500, met from the Planning Policy',
      '  \tbudget. The direction is expected to generate 40–60 extra planning applications a',
      '  \tyear, which attract no planning fee. This will need about 0.5 FTE of planning officer',
      '  \ttime, which will be met within existing resources.',
      { gap: 6 },
      '**7.\tPolicy context',
      '7.1\tThe National Planning Policy Framework (NPPF) says that Article 4 directions',
      '  \tshould be limited to situations where they are necessary to protect local amenity',
      '  \tor the wellbeing of the area, and should apply to the smallest area possible. The',
      '  \tevidence in section 2 supports a direction covering the area proposed.',
      { gap: 8 },
      'Contact officer: Bartholomew Vautier, Principal Planning Policy Officer',
      'Appendix 1 – Plan of the Article 4 direction area',
      'Appendix 2 – HMO evidence paper (January 2026)',
    ],
    { top: 344 },
  );
  return makePdf([
    [...p1, ...num(1)],
    [...p2, ...dates, ...p2b, ...num(2)],
  ]);
}

/** (g) Full council minutes: appointment of a Chief Executive (Head of Paid Service) on an Appointments Committee recommendation. */
function councilMinutesChiefExecutive(): Uint8Array {
  const p1 = flowPage([
    '**THRUSHFIELD DISTRICT COUNCIL',
    { gap: 4 },
    '**Minutes of the meeting of the Council held at the Council Offices, Thrushfield,',
    '**on Thursday 25 September 2025 at 6.00 pm',
    { gap: 6 },
    'Present: Councillor Moira Uppington (Chairman of the Council) and 34 other',
    'Councillors, as recorded in the attendance register.',
    'Officers: Yvonne Maddicott (Director of Corporate Services), Gideon Wetherup',
    '(Monitoring Officer) and Saffron Elkington (Democratic Services Manager)',
    { gap: 8 },
    '**31.\tAPOLOGIES FOR ABSENCE',
    'Apologies were received from Councillors Ashwell, Dovecote and Penrhyn-Jones.',
    { gap: 6 },
    '**32.\tDECLARATIONS OF INTEREST',
    'No declarations were made.',
    { gap: 6 },
    '**33.\tMINUTES',
    'RESOLVED that the minutes of the meeting held on 17 July 2025 be approved as a',
    'correct record and signed by the Chairman.',
    { gap: 6 },
    '**34.\tAPPOINTMENT OF CHIEF EXECUTIVE (HEAD OF PAID SERVICE)',
    'The Council considered the recommendation of the Appointments Committee, which met',
    'on 9 and 10 September 2025 to interview candidates for the post of Chief Executive',
    'following the retirement of the current Chief Executive on 31 December 2025. Six',
    'candidates had been shortlisted and three were interviewed. The Monitoring Officer',
    'confirmed that, as required by the Local Authorities (Standing Orders) (England)',
    'Regulations 2001, the Leader and the members of the Cabinet had been notified of the',
    'proposed appointment and no objection had been received.',
    'The terms and conditions of the post are those of the Joint Negotiating Committee',
    '(JNC) for Local Authority Chief Executives.',
    'It was moved by Councillor Lucian Harwood-Tay (Leader of the Council), seconded by',
    'Councillor Patience Oyewole-Vane, and on being put to the vote (For 33, Against 0,',
    'Abstentions 2) it was',
    'RESOLVED that:',
    '(a)\tthe recommendation of the Appointments Committee be approved and Ms Harriet',
    '  \tKilnsey be appointed as Chief Executive and designated as Head of Paid Service',
    '  \tunder section 4 of the Local Government and Housing Act 1989, with effect from',
    '  \t5 January 2026;',
    '(b)\tthe salary for the post be £142,350 a year, being point 3 of the Chief Executive',
    '  \tpay band (£136,800 to £147,900), with a relocation allowance of up to £8,000 in line',
    '  \twith the Council’s relocation policy;',
    '(c)\tMs Kilnsey be appointed as Electoral Registration Officer under section 8 of the',
    '  \tRepresentation of the People Act 1983 and as Returning Officer for elections of',
    '  \tdistrict and parish councillors under section 35 of that Act, with effect from',
    '  \t5 January 2026; and',
    '(d)\tthe Director of Corporate Services be designated as Head of Paid Service for the',
    '  \tperiod from 1 to 4 January 2026.',
  ]);
  const p2 = flowPage([
    '**35.\tAPPOINTMENT OF INDEPENDENT PERSONS',
    'The Council considered the recommendation of the Audit and Standards Committee of',
    '8 September 2025.',
    'RESOLVED that the appointment of Mrs Lorna Tibbenham and Mr Arun Kesavan-Lowe as',
    'Independent Persons under section 28(7) of the Localism Act 2011, for a term of four',
    'years ending on 30 September 2029, be approved.',
    { gap: 6 },
    '**36.\tQUESTIONS FROM MEMBERS',
    'Councillor Dovecote’s question was withdrawn in her absence.',
    'Councillor Ferdinand Lisle asked how many children were on the waiting list for',
    'swimming lessons at Thrushfield Leisure Centre, which is run for the Council by',
    'Oxmoor Leisure Trust. The Cabinet Member for Communities, Councillor Philippa',
    'Mountney, said the figure was about 380 in July. She undertook to circulate the',
    'current figures and the Trust’s plan to reduce the list to all members by 31 October',
    '2025.',
    { gap: 6 },
    '**37.\tMOTION ON NOTICE – PAVEMENT PARKING',
    'Councillor Ferdinand Lisle moved, and Councillor Rhoda Stennett seconded, a motion',
    'asking the Council to seek powers from the Government to enforce against pavement',
    'parking across the district. Under Council Procedure Rule 14.6, the Chairman ruled',
    'that the motion related to an executive function.',
    'RESOLVED that the motion be referred to the Cabinet for consideration at its meeting',
    'on 14 October 2025.',
    { gap: 6 },
    '**38.\tCHAIRMAN’S ANNOUNCEMENTS',
    'The Chairman thanked members for supporting her charity quiz, which had raised',
    '£2,140 for Thrushfield Foodbank.',
    { gap: 8 },
    'The meeting closed at 7.22 pm.',
    { gap: 6 },
    'Chairman ……………………………',
  ]);
  return makePdf([[...p1, ...num(1)], [...p2, ...num(2)]]);
}

/**
 * Lays out the key decisions of a forward plan as blocks, one per decision: a bold reference line,
 * then labelled lines with the values at a common tab stop. Returns the lines and the next y.
 */
function decisionBlocks(blocks: Array<{ ref: string; fields: string[][] }>, top: number): { lines: PdfLine[]; y: number } {
  let y = top;
  const lines: PdfLine[] = [];
  for (const b of blocks) {
    lines.push({ text: b.ref, x: 72, y, bold: true, size: 11 });
    y += 15;
    lines.push(...grid(b.fields, [72, 190], y, { size: 10.5 }));
    y += b.fields.length * 14 + 12;
  }
  return { lines, y };
}

/** (h) Forward plan of key decisions set out as blocks, one per decision (no table). */
function forwardPlanBlocks(): Uint8Array {
  const intro = flowPage([
    '**MALLOWBURY COUNTY COUNCIL',
    '**FORWARD PLAN OF KEY DECISIONS',
    '**For decisions to be taken between 1 January and 30 April 2026',
    'Published: 1 December 2025',
    { gap: 6 },
    'This notice is published under the Local Authorities (Executive Arrangements) (Meetings',
    'and Access to Information) (England) Regulations 2012. A key decision is one that',
    'involves spending or savings of £1m or more, or has a significant effect on',
    'communities in two or more electoral divisions. Where a decision is to be taken in',
    'private, the paragraph of Schedule 12A to the Local Government Act 1972 is given.',
  ]);
  const page1 = decisionBlocks(
    [
      {
        ref: 'Ref: FP/26/001',
        fields: [
          ['Title of decision:', 'Household Waste Recycling Centres (HWRCs) – Online Booking System'],
          ['Decision maker:', 'Cabinet'],
          ['Date of decision:', '13 January 2026'],
          ['Lead officer:', 'Hester Rainford'],
          ['Exempt:', 'No'],
        ],
      },
      {
        ref: 'Ref: FP/26/002',
        fields: [
          ['Title of decision:', 'Determination of School Admission Arrangements 2027/28'],
          ['Decision maker:', 'Cabinet Member for Education and Skills'],
          ['Date of decision:', '20 January 2026'],
          ['Lead officer:', 'Gwendolyn Ashby-Frane'],
          ['Exempt:', 'No'],
        ],
      },
      {
        ref: 'Ref: FP/26/003',
        fields: [
          ['Title of decision:', 'Revenue Budget 2026/27 and Medium Term Financial Strategy (MTFS)'],
          ['', '2026–2030 – recommendation to County Council'],
          ['Decision maker:', 'Cabinet'],
          ['Date of decision:', '3 February 2026'],
          ['Lead officer:', 'Peregrine Sandwell'],
          ['Exempt:', 'No'],
        ],
      },
      {
        ref: 'Ref: FP/26/004',
        fields: [
          ['Title of decision:', 'Award of Home to School Transport Contracts through the Dynamic'],
          ['', 'Purchasing System (DPS)'],
          ['Decision maker:', 'Cabinet'],
          ['Date of decision:', '3 February 2026'],
          ['Lead officer:', 'Lionel Ferrabee'],
          ['Exempt:', 'Yes – Appendix B only (paragraph 3, commercial information)'],
        ],
      },
    ],
    222,
  );
  const page2 = decisionBlocks(
    [
      {
        ref: 'Ref: FP/26/005',
        fields: [
          ['Title of decision:', 'Highways Maintenance Capital Programme 2026/27'],
          ['Decision maker:', 'Cabinet Member for Highways and Infrastructure'],
          ['Date of decision:', '24 February 2026'],
          ['Lead officer:', 'Saskia Dunford-Reyes'],
          ['Exempt:', 'No'],
        ],
      },
      {
        ref: 'Ref: FP/26/006',
        fields: [
          ['Title of decision:', 'Disposal of the Former Marshfield Highways Depot, Wyke Lane'],
          ['Decision maker:', 'Cabinet'],
          ['Date of decision:', '10 March 2026'],
          ['Lead officer:', 'Olumide Carrick-Fenn'],
          ['Exempt:', 'Yes – paragraph 3 (financial or business affairs)'],
        ],
      },
      {
        ref: 'Ref: FP/26/007',
        fields: [
          ['Title of decision:', 'Adult Social Care Provider Fee Rates 2026/27'],
          ['Decision maker:', 'Cabinet'],
          ['Date of decision:', '10 March 2026'],
          ['Lead officer:', 'Marguerite Tanfield'],
          ['Exempt:', 'No'],
        ],
      },
      {
        ref: 'Ref: FP/26/008',
        fields: [
          ['Title of decision:', 'Extra Care Housing at Nuthatch Court, Mallowbury – Care and'],
          ['', 'Support Contract Award'],
          ['Decision maker:', 'Director of Adult Social Care'],
          ['Date of decision:', 'Not before 16 March 2026'],
          ['Lead officer:', 'Marguerite Tanfield'],
          ['Exempt:', 'No'],
        ],
      },
      {
        ref: 'Ref: FP/26/009',
        fields: [
          ['Title of decision:', 'Mallowbury Local Nature Recovery Strategy (LNRS) – Publication'],
          ['Decision maker:', 'Cabinet'],
          ['Date of decision:', '14 April 2026'],
          ['Lead officer:', 'Ewart Tolley-Brand'],
          ['Exempt:', 'No'],
        ],
      },
    ],
    72,
  );
  const tail = flowPage(
    [
      'Contact: Democratic Services, County Hall, Mallowbury (democratic.services@mallowbury.gov.uk).',
      'Reports are published five clear working days before the meeting.',
    ],
    { top: page2.y + 6, size: 10 },
  );
  return makePdf([
    [...intro, ...page1.lines, ...folio(1, 2)],
    [...page2.lines, ...tail, ...folio(2, 2)],
  ]);
}

export const SYNTHETIC22: Record<string, () => Uint8Array> = {
  's22-levi-chargepoint-concession': evChargepointsCabinet,
  's22-family-hubs-youth-scrutiny': familyHubsScrutiny,
  's22-council-tax-base-parishes': councilTaxBase,
  's22-ta-acquisitions-exempt': taAcquisitionCabinet,
  's22-council-plan-adoption': councilPlanAdoption,
  's22-article4-hmo-direction': article4Direction,
  's22-chief-executive-appointment-minutes': councilMinutesChiefExecutive,
  's22-forward-plan-blocks': forwardPlanBlocks,
};
