/**
 * Eight more synthetic papers in the styles of councils we hold no papers from: a district
 * agenda pack (front sheet with page ranges, a decision report and a work programme report for
 * noting, pages numbered continuously); an employment committee pay policy report with an
 * establishment table by directorate and the pay multiple; town council planning committee
 * minutes listing applications and the committee's responses; fire and rescue authority minutes
 * by "Minute No." with "RESOLVED – (1) …" and "ACTION:" lines; a treasury management mid-year
 * review with a prudential indicators table; a leisure contract extension key-decision report
 * with an exempt appendix and an options appraisal; a community governance review report with a
 * dated timetable; and area committee minutes awarding neighbourhood grants. Built as small PDFs
 * by test/helpers/make-pdf.ts; their gold is beside them (synthetic-<key>.json, "file":
 * "synthetic:<key>"). Councils and people are invented; the wording follows real papers of each
 * kind. Written blind to the parser.
 */
import { flowPage, grid, heightOf, makePdf, type PdfLine, type Script } from '../../helpers/make-pdf.ts';

/** "Page n" at the foot of a page (continuous numbering through a pack). */
function pageFoot(n: number): PdfLine[] {
  return [{ text: `Page ${n}`, x: 280, y: 815, size: 9 }];
}

/** A bold run-in heading followed on the same line by ordinary text, then continuation lines. */
function runIn(heading: string, first: string, rest: string[], top: number, size = 11, leading = 14): PdfLine[] {
  const out: PdfLine[] = [{ text: heading, x: 72, y: top, bold: true, size }];
  out.push({ text: first, x: 72 + heading.length * size * 0.55 + 4, y: top, size });
  rest.forEach((t, i) => out.push({ text: t, x: 72, y: top + (i + 1) * leading, size }));
  return out;
}

/** Adds a right-aligned page range on the same baseline as the line starting with `match`. */
function atRight(lines: PdfLine[], match: string, text: string): void {
  const at = lines.find((l) => l.text.startsWith(match));
  if (!at) throw new Error(`atRight: no line ${match}`);
  lines.push({ text, x: 470, y: at.y, bold: true });
}

/** (a) District agenda pack: front sheet with numbered items and page ranges, then two reports. */
function districtAgendaPack(): Uint8Array {
  const front = flowPage([
    '**THORNBECK DISTRICT COUNCIL',
    { gap: 4 },
    '**COMMUNITIES AND ENVIRONMENT COMMITTEE',
    { gap: 4 },
    'Date:\tTuesday 13 January 2026',
    'Time:\t6.30 pm',
    'Venue:\tCouncil Chamber, Thornbeck House, Market Street, Sallowby',
    { gap: 6 },
    'Members: Councillors Hester Quennell (Chair), Barnaby Fordyce (Vice-Chair), Ines Carvalho,',
    'Tobias Welland, Morwenna Pike-Easton, Ravi Kandola and Josephine Utterson',
    { gap: 6 },
    'Enquiries to: Philippa Grange, Democratic Services Officer, tel. 01999 438120',
    'Published: Friday 2 January 2026',
    { gap: 10 },
    '**AGENDA',
    { gap: 4 },
    '**Part I – Open to the public',
    { gap: 4 },
    '**1.\tApologies for absence',
    { gap: 4 },
    '**2.\tDeclarations of interest',
    '  \tTo receive any declarations of disclosable pecuniary or other registrable interests.',
    { gap: 4 },
    '**3.\tMinutes',
    '  \tTo confirm the minutes of the meeting held on 11 November 2025 (circulated',
    '  \tseparately).',
    { gap: 4 },
    '**4.\tPublic participation',
    '  \tTo receive any questions or statements from members of the public under',
    '  \tProcedure Rule 9.',
    { gap: 4 },
    '**5.\tPublic Spaces Protection Order – Dog Control',
    '  \tReport of the Head of Environmental Services.',
    { gap: 4 },
    '**6.\tCommittee Work Programme 2025/26',
    '  \tReport of the Democratic Services Manager.',
    { gap: 4 },
    '**7.\tUrgent business',
    '  \tAny other item which the Chair decides is urgent.',
    { gap: 4 },
    '**8.\tDate of next meeting',
    '  \tTuesday 10 March 2026 at 6.30 pm.',
    { gap: 12 },
    'Rowena Tate',
    'Chief Executive',
  ]);
  const r1p1 = flowPage([
    '**THORNBECK DISTRICT COUNCIL',
    '**Agenda Item 5',
    { gap: 4 },
    'Report to:\tCommunities and Environment Committee',
    'Date:\t13 January 2026',
    'Report of:\tHead of Environmental Services',
    'Report author:\tCallum Everitt, Community Safety Manager',
    'Wards affected:\tAll',
    'Decision:\tYes – for decision by the Committee',
    { gap: 8 },
    '**PUBLIC SPACES PROTECTION ORDER – DOG CONTROL',
    { gap: 6 },
    '**1.\tPurpose of report',
    '1.1\tTo ask the Committee to make a new Public Spaces Protection Order (PSPO) for dog',
    '  \tcontrol across the district, following the public consultation held in autumn 2025.',
    { gap: 6 },
    '**2.\tRecommendations',
    '2.1\tThat the Committee:',
    '(a)\tapproves the making of the Thornbeck (Dog Control) Public Spaces Protection',
    '  \tOrder 2026 as set out in Appendix A, with effect from 1 March 2026 for a period',
    '  \tof three years;',
    '(b)\tsets the fixed penalty for a breach of the Order at £100, reduced to £75 if paid',
    '  \twithin 10 days; and',
    '(c)\tdelegates authority to the Head of Environmental Services to make minor',
    '  \tamendments to the wording of the Order before it is published.',
    { gap: 6 },
    '**3.\tBackground',
    '3.1\tThe Council’s existing dog control orders were converted into a PSPO in 2020 and',
    '  \tthat Order expires on 28 February 2026. A PSPO may last for up to three years under',
    '  \tthe Anti-social Behaviour, Crime and Policing Act 2014.',
    '3.2\tThe proposed Order keeps the requirement to clear up after a dog in all public',
    '  \tplaces, dogs on leads in the three cemeteries and the exclusion of dogs from',
    '  \tfenced children’s play areas, and adds a new requirement that a person in',
    '  \tcharge of more than six dogs must keep them on leads at Sallowby Country Park.',
  ]);
  const r1p2 = flowPage([
    '**4.\tConsultation',
    '4.1\tAn eight-week public consultation ran from 1 September to 27 October 2025 and',
    '  \treceived 1,146 responses. Of these, 81% supported renewing the Order and 64%',
    '  \tsupported the new limit of six dogs at Sallowby Country Park. Professional dog',
    '  \twalkers (14 responses) opposed the limit.',
    '4.2\tThe Police and Crime Commissioner and Sallowby Town Council support the Order.',
    { gap: 6 },
    '**5.\tEnforcement',
    '5.1\tIn 2024/25 the Council issued 212 fixed penalty notices (FPNs) under the current',
    '  \tOrder, of which 168 were for dog fouling. Enforcement is carried out by two',
    '  \tNeighbourhood Wardens (2.0 FTE) and the contracted enforcement provider,',
    '  \tKestrel Civic Enforcement Ltd.',
    '5.2\tA review of the first year of enforcement under the new Order will be reported',
    '  \tto this Committee in March 2027.',
    { gap: 6 },
    '**6.\tFinancial implications',
    '6.1\tNew signs at 96 sites will cost about £7,400, met from the Environmental',
    '  \tServices revenue budget for 2025/26. FPN income is forecast at £15,000 a year.',
    { gap: 6 },
    '**7.\tEquality implications',
    '7.1\tAn Equality Impact Assessment (EqIA) has been completed. People who use an',
    '  \tassistance dog are exempt from every requirement of the Order.',
    { gap: 8 },
    'Background papers: Consultation report, December 2025',
    'Appendix A: Draft Thornbeck (Dog Control) Public Spaces Protection Order 2026',
  ]);
  const r2 = flowPage([
    '**THORNBECK DISTRICT COUNCIL',
    '**Agenda Item 6',
    { gap: 4 },
    'Report to:\tCommunities and Environment Committee',
    'Date:\t13 January 2026',
    'Report of:\tDemocratic Services Manager',
    'Status:\tFor noting',
    { gap: 8 },
    '**COMMITTEE WORK PROGRAMME 2025/26',
    { gap: 6 },
    '**1.\tRecommendation',
    '1.1\tThat the Committee notes the work programme for the remainder of 2025/26 set out',
    '  \tat paragraph 2.2 and identifies any further items it wishes to add.',
    { gap: 6 },
    '**2.\tWork programme',
    '2.1\tThe work programme is agreed with the Chair and Vice-Chair and reviewed at each',
    '  \tmeeting. Items may move if the information is not ready.',
    '2.2\tThe items planned for the remaining meetings are:',
  ]);
  const wp = grid(
    [
      ['**Meeting', '**Item', '**Lead officer'],
      ['10 March 2026', 'Household waste collection – garden waste charge 2026/27', 'Oliver Stanbridge'],
      ['10 March 2026', 'Air Quality Annual Status Report', 'Amara Lindfield'],
      ['10 March 2026', 'Community Safety Partnership – annual update', 'Callum Everitt'],
      ['21 April 2026', 'Allotments Strategy 2026–2031', 'Oliver Stanbridge'],
      ['21 April 2026', 'Food Safety Service Plan 2026/27', 'Amara Lindfield'],
    ],
    [72, 170, 440],
    72 + 17 * 14 + 10,
    { size: 10 },
  );
  const r2tail = flowPage([
    '2.3\tThe Committee asked on 11 November 2025 for a report on fly-tipping enforcement;',
    '  \tthis is being prepared and will be added once a date is confirmed.',
    { gap: 6 },
    '**3.\tImplications',
    '3.1\tThere are no financial, legal or equality implications arising from this report.',
    { gap: 8 },
    'Contact: Philippa Grange, Democratic Services Officer',
  ], { top: 72 + 17 * 14 + 10 + 6 * 14 + 16 });
  atRight(front, 'Public Spaces Protection Order', 'Pages 2 - 3');
  atRight(front, 'Committee Work Programme', 'Page 4');
  return makePdf([
    [...front, ...pageFoot(1)],
    [...r1p1, ...pageFoot(2)],
    [...r1p2, ...pageFoot(3)],
    [...r2, ...wp, ...r2tail, ...pageFoot(4)],
  ]);
}

/** Paragraphs with bold run-in headings, one after another from `top`; returns the lines and the next baseline. */
function runInBlock(blocks: Array<[string, string, string[]]>, top: number, gap = 8): { lines: PdfLine[]; next: number } {
  const lines: PdfLine[] = [];
  let y = top;
  for (const [heading, first, rest] of blocks) {
    lines.push(...runIn(heading, first, rest, y));
    y += (rest.length + 1) * 14 + gap;
  }
  return { lines, next: y };
}

/** (b) Employment committee report: pay policy statement, establishment by directorate, pay multiple, recommendations to Council. */
function payPolicyReport(): Uint8Array {
  const head = flowPage([
    '**MORTLECOMBE BOROUGH COUNCIL',
    '**EMPLOYMENT COMMITTEE',
    '**3 February 2026',
    { gap: 6 },
    '**PAY POLICY STATEMENT 2026/27 AND WORKFORCE PROFILE',
    { gap: 4 },
    'Report of the Assistant Director – People and Organisational Development',
    'Author: Penelope Strand, HR Business Partner',
    'This report is open to the public.',
    { gap: 8 },
    '**RECOMMENDATIONS',
    'The Employment Committee is asked to RECOMMEND to Council that:',
    '(a)\tthe Pay Policy Statement 2026/27 at Appendix 1 be approved and published on the',
    '  \tCouncil’s website by 31 March 2026;',
    '(b)\tthe Council continues to pay at least the Real Living Wage, as set by the Living',
    '  \tWage Foundation (LWF), to all directly employed staff from 1 April 2026; and',
    '(c)\tany severance package of £100,000 or more continues to be approved by full',
    '  \tCouncil.',
    'The Employment Committee is also asked to note the workforce profile in Table 1 and',
    'the level of agency spend.',
  ]);
  const body = runInBlock([
    ['Background.', 'Section 38 of the Localism Act 2011 requires the Council to', [
      'prepare a pay policy statement for each financial year, approved by full Council',
      'before 1 April. The statement sets out the Council’s policies on the remuneration of',
      'chief officers and its lowest-paid employees and the relationship between them.',
    ]],
    ['Changes for 2026/27.', 'The statement reflects the National Joint Council (NJC)', [
      'pay award for 2025/26 of 3.2% and the Council’s adoption of the Real Living Wage of',
      '£12.60 an hour. The lowest pay point is now NJC spinal column point (SCP) 3, which',
      'is £24,796 a year for a full-time employee.',
    ]],
    ['Pay multiple.', 'The Chief Executive’s salary of £148,620 is 5.3 times the median', [
      'full-time equivalent salary of £28,042 (5.2 in 2025/26). The ratio between the',
      'Chief Executive and the lowest-paid employee is 6.0 to 1. The Council’s policy is',
      'that the pay multiple to the median should not exceed 8 to 1.',
    ]],
  ], 72 + 20 * 14 + 14);
  const p2top = flowPage([
    '**Table 1: Establishment by directorate at 31 December 2025',
  ]);
  const table = grid(
    [
      ['**Directorate', '**Budgeted FTE', '**Vacant FTE', '**Agency spend', '**Agency spend'],
      ['', '', '', '**Apr–Dec 2025', '**Apr–Dec 2024'],
      ['Chief Executive’s Office', '38.5', '2.0', '£41,300', '£12,900'],
      ['Resources', '142.6', '11.4', '£318,750', '£264,100'],
      ['Place and Regeneration', '96.0', '14.5', '£402,180', '£377,600'],
      ['Neighbourhood Services', '211.8', '9.0', '£286,400', '£311,250'],
      ['Housing and Communities', '118.3', '16.2', '£527,900', '£349,800'],
      ['**Total', '**607.2', '**53.1', '**£1,576,530', '**£1,315,650'],
    ],
    [72, 240, 320, 395, 480],
    92,
    { size: 10 },
  );
  const p2 = runInBlock([
    ['Vacancies and agency spend.', 'The vacancy rate is 8.7% of budgeted FTE.', [
      'Housing and Communities has the highest number of vacancies (16.2 FTE), mostly',
      'in housing options and environmental health, which are covered by agency staff.',
      'Agency spend for April to December 2025 is £1,576,530, £260,880 more than in',
      'the same period of 2024.',
    ]],
    ['Agency reduction.', 'A market supplement of £3,000 a year for Environmental', [
      'Health Officers was introduced in October 2025. A report setting out a plan to',
      'reduce agency spend will be brought to this Committee in June 2026.',
    ]],
    ['Chief officer pay.', 'There are 9 chief officer posts: the Chief Executive,', [
      'three Directors (£112,400 to £121,950) and five Assistant Directors (£86,300 to',
      '£94,880). No chief officer receives performance-related pay or bonuses.',
    ]],
    ['Next steps.', 'The Committee’s recommendations will be referred to Council', [
      'for its meeting on 24 February 2026.',
    ]],
    ['Financial implications.', 'The cost of the Real Living Wage commitment in', [
      '2026/27 is estimated at £46,000 and is included in the draft budget.',
    ]],
  ], 92 + 8 * 14 + 20);
  const p2tail = flowPage([
    'Appendix 1: Pay Policy Statement 2026/27',
    'Background papers: Localism Act 2011; Openness and accountability in local pay',
    '(statutory guidance)',
  ], { top: p2.next + 4 });
  return makePdf([
    [...head, ...body.lines, ...pageFoot(1)],
    [...p2top, ...table, ...p2.lines, ...p2tail, ...pageFoot(2)],
  ]);
}

/** (c) Town council planning committee minutes: applications with reference, site, proposal and the committee's response. */
function townPlanningMinutes(): Uint8Array {
  const p1 = flowPage([
    '**WILLOWBRIDGE TOWN COUNCIL',
    '**Minutes of the Planning and Highways Committee',
    'held on Monday 8 September 2025 at 7.00 pm in the Jubilee Room, Willowbridge Town Hall',
    { gap: 6 },
    'Present: Cllrs Maud Kenning (Chair), Alisdair Poyntz, Greta Hollowell, Nikhil Bhattacharya',
    'and Wilf Sturridge',
    'In attendance: Simone Achterberg (Town Clerk); 6 members of the public',
    { gap: 8 },
    '**PH/25/41\tApologies for absence',
    'Apologies were received and accepted from Cllr Deborah Lyle (holiday).',
    { gap: 5 },
    '**PH/25/42\tDeclarations of interest',
    'Cllr Poyntz declared a personal interest in application (c) as a neighbour of the site',
    'and took no part in the discussion or decision on it.',
    { gap: 5 },
    '**PH/25/43\tMinutes',
    'RESOLVED: that the minutes of the meeting held on 11 August 2025 be approved and',
    'signed by the Chair as a true record.',
    { gap: 5 },
    '**PH/25/44\tPublic participation',
    'Two residents of Ferry Lane spoke against application (b). The meeting was then',
    'reconvened.',
    { gap: 5 },
    '**PH/25/45\tPlanning applications',
    'The Committee considered the following applications notified by Orrindale District',
    'Council, the local planning authority (LPA), and RESOLVED to submit the following',
    'responses:',
    { gap: 4 },
    '(a)\t25/00917/HOUSE – 27 Abbotsmead Road',
    '  \tSingle-storey rear extension and loft conversion with rear dormer.',
    '  \tResponse: No objection.',
    { gap: 4 },
    '(b)\t25/00934/FUL – Land adjacent to 4 Ferry Lane',
    '  \tErection of two detached four-bedroom dwellings with garages.',
    '  \tResponse: Object – overdevelopment of a narrow plot, harm to the setting of the',
    '  \tFerry Lane Conservation Area and inadequate visibility at the access.',
    { gap: 4 },
    '(c)\t25/00948/FUL – The Wheatsheaf, 2 Market Place',
    '  \tChange of use of first floor from public house storage to two flats.',
    '  \tResponse: No objection, subject to cycle storage and bin storage being provided.',
    { gap: 4 },
    '(d)\t25/00961/ADV – Willowbridge Retail Park, Unit 3',
    '  \tTwo internally illuminated fascia signs.',
    '  \tResponse: Object – the signs would be overly dominant and should not be lit',
    '  \tafter 10.00 pm.',
  ]);
  const p2 = flowPage([
    '(e)\t25/00972/TCA – 9 Church Walk',
    '  \tFell one sycamore tree in the Church Walk Conservation Area.',
    '  \tResponse: No objection, provided a replacement tree is planted.',
    { gap: 4 },
    '(f)\t25/00980/OUT – Land north of Hazelmere Farm, Stocks Hill',
    '  \tOutline application for up to 65 dwellings with access from Stocks Hill.',
    '  \tResponse: Object – the site is outside the settlement boundary in the Willowbridge',
    '  \tNeighbourhood Plan and Stocks Hill cannot safely take the extra traffic.',
    '  \tThe Committee requests that the application be decided by Orrindale District',
    '  \tCouncil’s Planning Committee and not under delegated powers.',
    { gap: 8 },
    '**PH/25/46\tPlanning decisions notified by the LPA',
    'The Committee noted the decisions issued by Orrindale District Council since the last',
    'meeting, including the refusal of 25/00655/FUL (12 Tanners Yard) in line with the Town',
    'Council’s objection.',
    { gap: 5 },
    '**PH/25/47\tWillowbridge Neighbourhood Plan review',
    'The Town Clerk reported that the Neighbourhood Plan was made in 2019 and that a',
    'review was needed to bring its housing policies into line with the emerging Orrindale',
    'Local Plan.',
    'RESOLVED: (i) that a working group of Cllrs Kenning, Hollowell and Sturridge be set up',
    'to scope the review; and (ii) that the Town Clerk obtain quotes from planning',
    'consultants and report them to the Committee on 10 November 2025.',
    { gap: 5 },
    '**PH/25/48\tHighways matters',
    'The Committee noted that the county highway authority had agreed to consult on a',
    '20 mph limit for the town centre in spring 2026. The Town Clerk undertook to write to',
    'the highway authority about the faded zebra crossing markings on Bridge Street by',
    '19 September 2025.',
    { gap: 5 },
    '**PH/25/49\tDate of next meeting',
    'Monday 6 October 2025 at 7.00 pm.',
    { gap: 8 },
    'The meeting closed at 8.20 pm.',
    { gap: 6 },
    'Signed ………………………… (Chair)     Date …………………',
  ]);
  return makePdf([[...p1, ...pageFoot(1)], [...p2, ...pageFoot(2)]]);
}

/** (d) Fire and rescue authority minutes by "Minute No.", "RESOLVED – (1) … (2) …" and "ACTION:" lines. */
function fireAuthorityMinutes(): Uint8Array {
  const p1 = flowPage([
    '**CRANSHIRE FIRE AND RESCUE AUTHORITY',
    { gap: 4 },
    'MINUTES of the meeting of the Fire and Rescue Authority held at Service Headquarters,',
    'Beacon Road, Polverton on Thursday 11 December 2025 at 10.30 am',
    { gap: 6 },
    'PRESENT: Councillors Gideon Marsh-Tully (Chair), Eluned Farquharson (Vice-Chair),',
    'Hamza Rowntree, Clemency Ashburn, Piers Oduwole, Tamsin Geraghty, Viktor Sandal and',
    'Leonie Pargeter',
    'OFFICERS: Chief Fire Officer (Malcolm Ferriday), Assistant Chief Fire Officer (Yvonne',
    'Lathbury), Treasurer (Bartholomew Quince), Clerk and Monitoring Officer (Anjali',
    'Sethuraman)',
    { gap: 8 },
    '**Minute No.',
    { gap: 2 },
    '**31\tAPOLOGIES AND DECLARATIONS OF INTEREST',
    'Apologies were received from Councillor Felicity Arkholme. No interests were declared.',
    { gap: 6 },
    '**32\tMINUTES',
    'RESOLVED – That the minutes of the meeting held on 25 September 2025 be confirmed',
    'as a correct record.',
    { gap: 6 },
    '**33\tCOMMUNITY RISK MANAGEMENT PLAN 2026–2030 – CONSULTATION DRAFT',
    'The Assistant Chief Fire Officer presented the draft Community Risk Management',
    'Plan (CRMP) 2026–2030. The draft proposes moving Halsey Green fire station from',
    'wholetime to on-call crewing at night, introducing a second aerial ladder platform',
    'at Polverton and responding to automatic fire alarms (AFAs) at non-residential',
    'premises only when a fire is confirmed. Members asked about the effect on response',
    'times in the Halsey Green area, which officers said would rise by about 90 seconds',
    'at night.',
    'RESOLVED – (1) That the draft CRMP 2026–2030 be approved for public consultation for',
    '12 weeks from 5 January 2026;',
    '(2) That the Chief Fire Officer be authorised to make minor changes to the',
    'consultation document before publication; and',
    '(3) That the outcome of the consultation and the final CRMP be reported to the',
    'Authority on 18 June 2026.',
    '(For 7, Against 1)',
    'ACTION: Assistant Chief Fire Officer',
    { gap: 6 },
    '**34\tREVENUE BUDGET MONITORING 2025/26 – QUARTER 2',
    'The Treasurer reported a forecast underspend of £412,000 on the revenue budget of',
    '£52.6 million, mainly from vacancies in on-call crews, offset by £310,000 for the 2025',
    'firefighters’ pay award above the 3% budgeted.',
    'RESOLVED – That the report be noted.',
  ]);
  const p2 = flowPage([
    '**35\tCAPITAL PROGRAMME – REPLACEMENT FIRE APPLIANCES',
    'The Chief Fire Officer presented proposals to replace six fire appliances that are',
    'more than 15 years old.',
    'RESOLVED – (1) That the purchase of six replacement fire appliances at a total cost of',
    '£2,140,000 be approved, funded from the capital programme and £350,000 from the',
    'Vehicle Replacement Reserve;',
    '(2) That the contract be awarded through the National Fire Chiefs Council (NFCC)',
    'approved framework; and',
    '(3) That delivery of the appliances be reported to the Authority by March 2027.',
    'ACTION: Chief Fire Officer / Treasurer',
    { gap: 6 },
    '**36\tHMICFRS INSPECTION REPORT 2025',
    'The Authority received the report of His Majesty’s Inspectorate of Constabulary and',
    'Fire & Rescue Services (HMICFRS), which rated the Service ‘Good’ for effectiveness',
    'and ‘Requires improvement’ for people, with one cause of concern about the',
    'management of staff grievances.',
    'RESOLVED – (1) That the report be noted; and',
    '(2) That an action plan to address the cause of concern be submitted to the',
    'Authority’s People Committee on 22 January 2026.',
    'ACTION: Assistant Chief Fire Officer',
    { gap: 6 },
    '**37\tAPPOINTMENT OF MEMBER CHAMPIONS',
    'RESOLVED – That Councillor Tamsin Geraghty be appointed Member Champion for',
    'Equality, Diversity and Inclusion (EDI) and Councillor Piers Oduwole be appointed',
    'Member Champion for Road Safety until the annual meeting in June 2026.',
    { gap: 6 },
    '**38\tFORWARD WORK PROGRAMME',
    'The Clerk presented the forward work programme. The following items are scheduled:',
    '•\t19 February 2026 – Budget, Council Tax Precept and Medium Term Financial Plan',
    '  \t2026/27 (Treasurer)',
    '•\t19 February 2026 – Pay Policy Statement 2026/27 (Clerk)',
    '•\t26 March 2026 – Prevention and Protection Annual Plan 2026/27 (Assistant Chief',
    '  \tFire Officer)',
    '•\t18 June 2026 – Final Community Risk Management Plan 2026–2030 (Assistant Chief',
    '  \tFire Officer)',
    'RESOLVED – That the forward work programme be noted.',
    { gap: 8 },
    'The meeting closed at 12.25 pm.',
    { gap: 6 },
    'CHAIR',
  ]);
  return makePdf([[...p1, ...pageFoot(1)], [...p2, ...pageFoot(2)]]);
}

/** (e) Treasury management mid-year review: borrowing, investments, prudential indicators table, interest vs budget. */
function treasuryMidYear(): Uint8Array {
  const p1Script: Script = [
    '**ASHTHORPE BOROUGH COUNCIL',
    { gap: 4 },
    '**Governance and Audit Committee – 25 November 2025',
    { gap: 4 },
    '**Treasury Management Mid-Year Review 2025/26',
    { gap: 4 },
    'Report of:\tThe Chief Finance Officer (Section 151 Officer)',
    'Portfolio:\tCouncillor Lorcan Deverill, Finance and Corporate Services',
    'Exempt:\tNo',
    { gap: 8 },
    '**1.\tRecommendations',
    '1.1\tThat the Committee notes the treasury management activity for the first six',
    '  \tmonths of 2025/26 and the prudential indicators in Table 2.',
    '1.2\tThat the report be referred to Council on 10 December 2025 for noting, as',
    '  \trequired by the CIPFA Treasury Management Code.',
    { gap: 6 },
    '**2.\tBackground',
    '2.1\tThe Chartered Institute of Public Finance and Accountancy (CIPFA) Treasury',
    '  \tManagement Code requires a mid-year review to be reported to Council. The',
    '  \tTreasury Management Strategy Statement (TMSS) for 2025/26 was approved by',
    '  \tCouncil on 26 February 2025.',
    '2.2\tThe Council’s treasury advisers are Caxton Sterling Ltd. Bank Rate was reduced',
    '  \tfrom 4.25% to 4.00% in August 2025.',
    { gap: 6 },
    '**3.\tBorrowing',
    '3.1\tExternal borrowing at 30 September 2025 was £86.4m, all from the Public Works',
    '  \tLoan Board (PWLB), unchanged since 31 March 2025. No new long-term borrowing has',
    '  \tbeen taken in 2025/26. The Council is using £14.2m of internal borrowing (its own',
    '  \tcash balances) instead of external loans.',
    '3.2\tThe capital programme for 2025/26 has been revised to £18.7m. It is expected that',
    '  \tup to £8.0m of new PWLB borrowing will be needed before 31 March 2026 to fund',
    '  \tthe Ashthorpe Wharf regeneration scheme.',
    { gap: 6 },
    '**4.\tInvestments',
    '4.1\tInvestments at 30 September 2025 were £41.3m, made up as follows:',
  ];
  const p1 = flowPage(p1Script);
  const inv = grid(
    [
      ['**Counterparty type', '**£m', '**Average rate'],
      ['Money market funds (MMFs)', '18.5', '4.18%'],
      ['Debt Management Account Deposit Facility', '7.0', '4.02%'],
      ['Other local authorities', '10.0', '4.45%'],
      ['UK banks (notice accounts)', '5.8', '4.30%'],
      ['**Total', '**41.3', '**4.24%'],
    ],
    [108, 360, 430],
    72 + heightOf(p1Script) + 6,
    { size: 10 },
  );
  const p2 = flowPage([
    '**5.\tInterest earned',
    '5.1\tTable 1 compares interest with the budget for the year.',
    '**Table 1: Investment interest 2025/26',
  ]);
  const t1 = grid(
    [
      ['', '**Budget 2025/26', '**Actual to 30 Sept', '**Forecast outturn'],
      ['Investment interest', '£1,150,000', '£812,400', '£1,480,000'],
      ['Interest payable on loans', '£3,212,000', '£1,606,000', '£3,212,000'],
    ],
    [72, 230, 330, 440],
    72 + 3 * 14 + 4,
    { size: 10 },
  );
  const p2b = flowPage([
    '5.2\tInvestment interest is forecast to exceed the budget by £330,000 because cash',
    '  \tbalances have stayed higher than expected while capital spending has slipped.',
    '  \tThe additional income will be transferred to the Interest Equalisation Reserve.',
    { gap: 6 },
    '**6.\tPrudential indicators',
    '6.1\tThe Council has complied with all its prudential indicators in the first half of',
    '  \tthe year, as shown in Table 2.',
    '**Table 2: Prudential indicators 2025/26',
  ], { top: 72 + 6 * 14 + 10 });
  const t2top = 72 + 6 * 14 + 10 + 8 * 14 + 4;
  const t2 = grid(
    [
      ['**Indicator', '**2025/26 limit', '**30 Sept 2025'],
      ['Authorised limit for external debt', '£125.0m', '£86.4m'],
      ['Operational boundary for external debt', '£110.0m', '£86.4m'],
      ['Capital Financing Requirement (CFR)', '£108.2m', '£100.6m'],
      ['Ratio of financing costs to net revenue stream', '14.8%', '13.9%'],
      ['Upper limit for principal invested over 365 days', '£10.0m', '£4.0m'],
      ['Maturity of borrowing: under 12 months (upper limit)', '25%', '6%'],
    ],
    [72, 360, 450],
    t2top,
    { size: 10 },
  );
  const p2c = flowPage([
    '**7.\tOutlook',
    '7.1\tCaxton Sterling Ltd forecasts Bank Rate to fall to 3.50% by September 2026. The',
    '  \tTreasury Management Strategy Statement for 2026/27 will be presented to this',
    '  \tCommittee on 27 January 2026 before it goes to Council in February 2026.',
    { gap: 8 },
    'Contact officer: Aurelia Penhurst, Chief Finance Officer',
  ], { top: t2top + 7 * 14 + 14 });
  return makePdf([
    [...p1, ...inv, ...pageFoot(1)],
    [...p2, ...t1, ...p2b, ...t2, ...p2c, ...pageFoot(2)],
  ]);
}

/** (f) Leisure contract extension key-decision report: Forward Plan reference, contract value, exempt appendix, options appraisal. */
function leisureExtension(): Uint8Array {
  const front = grid(
    [
      ['**Report to:', 'Executive'],
      ['**Date of meeting:', '21 January 2026'],
      ['**Report title:', 'Leisure Management Contract – Extension'],
      ['**Executive Member:', 'Councillor Seren Maddox, Leisure, Culture and Wellbeing'],
      ['**Responsible officer:', 'Toby Greatorex, Director of Place'],
      ['**Key decision:', 'Yes'],
      ['**Forward Plan reference:', 'KD/2025/063'],
      ['**Wards affected:', 'All'],
      ['**Exempt information:', 'Appendix B is exempt under paragraph 3 of Part 1 of'],
      ['', 'Schedule 12A to the Local Government Act 1972'],
    ],
    [72, 215],
    100,
  );
  const body = flowPage([
    '**1.\tSummary',
    '1.1\tThe Council’s leisure management contract with Crestline Leisure Community Trust',
    '  \t(“Crestline”) for Penmorton Leisure Centre, Brannock Pool and the Ridgeway Sports',
    '  \tHub expires on 31 March 2026. The contract allows one extension of up to five years.',
    '  \tThis report recommends a three-year extension while the future of Brannock Pool is',
    '  \tdecided.',
    { gap: 6 },
    '**2.\tRecommendations',
    'That the Executive:',
    '2.1\tapproves the extension of the leisure management contract with Crestline Leisure',
    '  \tCommunity Trust for three years from 1 April 2026 to 31 March 2029, at an estimated',
    '  \tvalue of £2,850,000 over the extension period;',
    '2.2\tdelegates authority to the Director of Place, in consultation with the Executive',
    '  \tMember for Leisure, Culture and Wellbeing and the Section 151 Officer, to agree the',
    '  \tfinal terms of the extension, including the revised management fee set out in',
    '  \texempt Appendix B; and',
    '2.3\tnotes that an options appraisal for the long-term future of Brannock Pool will be',
    '  \tbrought to the Executive in September 2026.',
  ], { top: 100 + 10 * 14 + 16 });
  const p2 = flowPage([
    '**3.\tOptions appraisal',
    '3.1\tFour options were assessed against cost, service continuity and risk:',
  ]);
  const options = grid(
    [
      ['**Option', '**Description', '**Assessment'],
      ['1', 'Extend the contract with Crestline for three years', 'Recommended'],
      ['2', 'Re-procure a new 10-year contract from April 2026', 'Rejected – insufficient time'],
      ['3', 'Bring the service in-house from April 2026', 'Rejected – VAT and pension costs'],
      ['4', 'Extend the contract for the full five years', 'Rejected – ties in Brannock Pool'],
    ],
    [72, 120, 380],
    72 + 2 * 14 + 6,
    { size: 10 },
  );
  const p2b = flowPage([
    '3.2\tRe-procurement (Option 2) would need at least 18 months. Bringing the service',
    '  \tin-house (Option 3) would cost about £410,000 a year more, mainly from the loss of',
    '  \tnational non-domestic rate (NNDR) relief and VAT advantages available to the Trust.',
    { gap: 6 },
    '**4.\tFinancial implications',
    '4.1\tThe current management fee paid to Crestline is £1,020,000 a year. Under the',
    '  \textension the fee reduces to £950,000 a year, a total of £2,850,000 over three years.',
    '  \tThe detailed financial evaluation, including Crestline’s utility cost assumptions, is',
    '  \tin Appendix B – Financial Evaluation of Extension Proposal (exempt).',
    '4.2\tThe Council will continue to fund a £180,000 capital contribution in 2026/27 for',
    '  \treplacement gym equipment at Penmorton Leisure Centre, from the approved capital',
    '  \tprogramme.',
    { gap: 6 },
    '**5.\tLegal and procurement',
    '5.1\tThe extension option is provided for in clause 4.3 of the contract, so the extension',
    '  \tdoes not require a new procurement under the Procurement Act 2023. The Head of',
    '  \tLegal Services has confirmed the extension is lawful.',
    { gap: 6 },
    '**6.\tPerformance',
    '6.1\tThe centres received 684,000 visits in 2024/25, 6% more than in 2023/24. Crestline',
    '  \tmet 14 of its 16 key performance indicators (KPIs) in 2024/25.',
    { gap: 6 },
    '**7.\tConsultation',
    '7.1\tThe Communities Scrutiny Committee considered the proposal on 6 January 2026 and',
    '  \tsupported the extension. Staff at the centres are employed by Crestline and are',
    '  \tnot affected.',
    { gap: 8 },
    'Appendices:',
    'Appendix A – Contract performance summary 2022/23 to 2024/25',
    'Appendix B – Financial Evaluation of Extension Proposal (exempt)',
    'Contact: Ned Brennand, Leisure Contracts Manager',
  ], { top: 72 + 2 * 14 + 6 + 5 * 14 + 14 });
  return makePdf([
    [{ text: 'PENMORTON COUNCIL', x: 72, y: 72, size: 14, bold: true }, ...front, ...body, ...pageFoot(1)],
    [...p2, ...options, ...p2b, ...pageFoot(2)],
  ]);
}

/** (g) Community governance review report: recommendations to Council, a dated timetable, parish and warding changes. */
function communityGovernanceReview(): Uint8Array {
  const p1 = flowPage([
    '**NETHERWOLD DISTRICT COUNCIL',
    { gap: 4 },
    '**GENERAL PURPOSES COMMITTEE',
    '**7 October 2025',
    { gap: 6 },
    '**COMMUNITY GOVERNANCE REVIEW 2025–26: DRAFT RECOMMENDATIONS',
    { gap: 4 },
    'Report of the Electoral Services Manager',
    'Lead officer: Magnus Oyedele-Hart, Electoral Services Manager',
    { gap: 8 },
    '**1.\tPURPOSE',
    '1.1\tTo report the responses to the first stage of the Community Governance Review',
    '  \t(CGR) of parishes in the district and to agree draft recommendations for',
    '  \tconsultation.',
    { gap: 6 },
    '**2.\tRECOMMENDATIONS',
    '2.1\tThat the General Purposes Committee RECOMMENDS to Council that:',
    '(a)\tthe draft recommendations in section 4 be approved for a second stage of',
    '  \tpublic consultation;',
    '(b)\tthe revised timetable for the review in Table 1 be adopted; and',
    '(c)\tthe Chief Executive be authorised to publish the draft recommendations and',
    '  \tto make the Reorganisation of Community Governance Order once final',
    '  \trecommendations have been agreed by Council.',
    { gap: 6 },
    '**3.\tBACKGROUND',
    '3.1\tCouncil agreed the terms of reference for the review on 16 April 2025 under',
    '  \tPart 4 of the Local Government and Public Involvement in Health Act 2007. The first',
    '  \tstage of consultation ran from 2 June to 25 July 2025 and received 318 responses,',
    '  \tincluding submissions from 11 of the 23 parish councils.',
    '3.2\tThe review must be completed within 12 months of the publication of the terms of',
    '  \treference, that is by 30 April 2026.',
    { gap: 6 },
    '**4.\tDRAFT RECOMMENDATIONS',
    '4.1\tCreation of a new parish of Wrayfield, covering the Wrayfield Park development',
    '  \t(currently unparished), with a parish council of 7 councillors.',
    '4.2\tTransfer of the Oakcroft estate (about 420 electors) from Coldfen parish to',
    '  \tHaverleigh parish, so that the parish boundary follows the Haverleigh bypass.',
    '4.3\tHaverleigh Parish Council to increase from 9 to 11 councillors and to be divided',
    '  \tinto two parish wards: Haverleigh North (6 councillors) and Haverleigh South',
    '  \t(5 councillors).',
    '4.4\tThe parishes of Tolbury Magna and Tolbury Parva to be grouped under a common',
    '  \tparish council, Tolbury Parishes Council, with 8 councillors.',
    '4.5\tNo change to the remaining 19 parishes.',
  ]);
  const p2 = flowPage([
    '4.6\tThe Council will ask the Local Government Boundary Commission for England',
    '  \t(LGBCE) to make consequential changes to the district ward boundary between',
    '  \tColdfen and Haverleigh wards, so that the Oakcroft estate is in one district ward.',
    { gap: 6 },
    '**5.\tTIMETABLE',
    '**Table 1: Revised timetable for the review',
  ]);
  const tt = grid(
    [
      ['**Stage', '**Date'],
      ['Draft recommendations considered by Council', '22 October 2025'],
      ['Second stage consultation opens', '3 November 2025'],
      ['Consultation closes', '12 January 2026'],
      ['Final recommendations considered by General Purposes Committee', '10 February 2026'],
      ['Final recommendations to Council', '25 February 2026'],
      ['Reorganisation Order made', 'by 31 March 2026'],
      ['New arrangements take effect', 'Parish elections, 6 May 2027'],
    ],
    [72, 390],
    72 + 6 * 14 + 6,
    { size: 10 },
  );
  const p2b = flowPage([
    '**6.\tFINANCIAL IMPLICATIONS',
    '6.1\tThe cost of the consultation (about £6,500 for printing and postage to affected',
    '  \thouseholds) is met from the Electoral Services budget. The new Wrayfield Parish',
    '  \tCouncil will set its first precept for 2027/28; a shadow budget of £18,000 has',
    '  \tbeen suggested by the Netherwold Association of Local Councils (NALC).',
    { gap: 6 },
    '**7.\tCONSULTATION',
    '7.1\tEvery household in Wrayfield Park, the Oakcroft estate, Haverleigh and the',
    '  \tTolbury parishes will receive a letter. The draft recommendations will also be',
    '  \tpublished on the Council’s website and sent to all parish councils and ward',
    '  \tmembers.',
    '7.2\tThe Electoral Services Manager will report the responses to the second stage,',
    '  \ttogether with final recommendations, to this Committee on 10 February 2026.',
    { gap: 8 },
    'Background papers: Terms of reference (April 2025); stage one consultation responses',
  ], { top: 72 + 6 * 14 + 6 + 8 * 14 + 16 });
  return makePdf([[...p1, ...pageFoot(1)], [...p2, ...tt, ...p2b, ...pageFoot(2)]]);
}

/** (h) Area committee minutes: neighbourhood grants awarded, one deferred, one refused, and the balance left in the fund. */
function areaGrantsMinutes(): Uint8Array {
  const p1 = flowPage([
    '**ELMSWORTH CITY COUNCIL',
    '**EAST AREA COMMITTEE',
    { gap: 4 },
    'Minutes of the meeting held on Wednesday 19 November 2025 at 6.00 pm',
    'at Brightside Community Centre, Orchard Way',
    { gap: 6 },
    'Present: Councillors Marguerite Dunleavy (Chair), Kofi Ansah-Mills, Bronwen Tillotson,',
    'Declan Mulhearn, Priyanka Sethna and Alastair Cowdrey',
    'Also present: Inspector Jo Kerrigan (Elmsworth East Neighbourhood Policing Team);',
    'Yusra Haddington (Neighbourhood Manager); Colm Delacourt (Committee Officer)',
    { gap: 8 },
    '**22.\tAPOLOGIES',
    'Apologies were received from Councillor Frederick Aske.',
    { gap: 5 },
    '**23.\tMINUTES OF THE LAST MEETING',
    'AGREED that the minutes of the meeting held on 17 September 2025 be approved as a',
    'correct record.',
    { gap: 5 },
    '**24.\tPOLICING UPDATE',
    'Inspector Kerrigan reported a 14% fall in anti-social behaviour in the East Area since',
    'April, and new patrols around the Larch Street shops following complaints about',
    'e-scooters. Members asked for figures on vehicle crime in Brightside ward; Inspector',
    'Kerrigan agreed to send these to the Committee Officer by 5 December 2025.',
    'AGREED that the update be noted.',
    { gap: 5 },
    '**25.\tEAST AREA NEIGHBOURHOOD FUND 2025/26 – GRANT APPLICATIONS',
    'The Neighbourhood Manager presented eight applications to the East Area',
    'Neighbourhood Fund, which had a budget of £40,000 for 2025/26, of which £18,650',
    'had been awarded at previous meetings.',
    'AGREED:',
    '(1)\tthat the following grants be awarded:',
    '  \t(a) Brightside Allotment Society – £1,200 towards a rainwater harvesting system;',
    '  \t(b) Orchard Way Tenants and Residents Association – £2,500 for the winter warm',
    '  \tspace and lunch club;',
    '  \t(c) Larch Street Youth Boxing Club – £3,000 towards new equipment and coaching',
    '  \tcourses;',
    '  \t(d) Friends of Pennyfield Park – £1,750 for bulb planting and two benches;',
    '  \t(e) Elmsworth East Carers’ Café – £950 towards room hire for 2026; and',
    '  \t(f) St Brannoc’s Community Choir – £600 towards sheet music and a piano tuning;',
    '(2)\tthat the application from Brightside Men’s Shed (£4,000 towards a new workshop',
    '  \troof) be deferred to the next meeting, pending a second quotation for the works;',
  ]);
  const p2 = flowPage([
    '(3)\tthat the application from Eastgate Traders’ Group (£2,400 for Christmas lights) be',
    '  \trefused, as the Fund cannot be used for activities that are mainly of benefit to',
    '  \tbusinesses; and',
    '(4)\tto note that, after these awards, £11,350 remains in the East Area Neighbourhood',
    '  \tFund for 2025/26.',
    { gap: 5 },
    '**26.\tEAST AREA PRIORITIES 2026/27',
    'The Neighbourhood Manager presented the draft East Area Priorities for 2026/27:',
    'cleaner streets, activities for young people, and reducing social isolation.',
    'AGREED that the draft priorities be endorsed for consultation with residents and that',
    'the final priorities be brought back to the Committee on 4 March 2026.',
    { gap: 5 },
    '**27.\tWARD ISSUES',
    'Councillor Ansah-Mills raised the condition of the footpath between Orchard Way and',
    'Pennyfield Park. The Neighbourhood Manager undertook to ask Highways to inspect',
    'it and to report back to ward members by 12 December 2025.',
    { gap: 5 },
    '**28.\tDATE OF NEXT MEETING',
    'Wednesday 14 January 2026 at 6.00 pm, Brightside Community Centre.',
    { gap: 8 },
    'The meeting ended at 7.45 pm.',
    { gap: 6 },
    'Chair …………………………',
  ]);
  return makePdf([[...p1, ...pageFoot(1)], [...p2, ...pageFoot(2)]]);
}

export const SYNTHETIC8: Record<string, () => Uint8Array> = {
  's8-district-agenda-pack': districtAgendaPack,
  's8-employment-pay-policy': payPolicyReport,
  's8-town-planning-minutes': townPlanningMinutes,
  's8-fire-authority-minutes': fireAuthorityMinutes,
  's8-treasury-mid-year-review': treasuryMidYear,
  's8-leisure-contract-extension': leisureExtension,
  's8-community-governance-review': communityGovernanceReview,
  's8-area-grants-minutes': areaGrantsMinutes,
};
