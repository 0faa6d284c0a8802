/**
 * Eight more synthetic papers in the styles of councils we hold no papers from: a leisure centre
 * replacement full business case report to full Council (capital cost by element, funding by year
 * with borrowing and grants, programme and risk tables, operator staffing); district licensing
 * sub-committee minutes on a premises licence review ("LSC.14", conditions, suspension, reasons,
 * a 21-day appeal period); a county Cabinet Member decision record on a highways maintenance
 * annual programme (schemes by division and cost, funding table, call-in deadline); a Welsh county
 * borough Cabinet report on care home fees (weekly rates by care type, uplift %, cost table,
 * provider consultation, effective date); a London borough scrutiny task and finish group final
 * report (R1–R8, Cabinet's response due by a date); shared revenues and benefits partnership joint
 * committee minutes for three councils ("JC 22/25", cost shares, a new director post carried on a
 * vote); a city council PSPO renewal report ("RECOMMENDED that", consultation results table, fixed
 * penalty amounts, start date, running footer); and a Scottish committee work programme in two
 * columns (meeting date once on the left, several reports with lead officers in brackets on the
 * right) with undated "items for future consideration". Built as small PDFs by
 * test/helpers/make-pdf.ts; their gold is beside them (synthetic-<key>.json,
 * "file": "synthetic:<key>"). Councils and people are invented; the wording follows real papers
 * of each kind. Written blind to the parser.
 */
import { flowPage, grid, makePdf, type PdfLine } from '../../helpers/make-pdf.ts';

/** A page number at the foot of a page. */
function folio(n: number, of: number): PdfLine[] {
  return [{ text: `${n} of ${of}`, x: 280, y: 815, size: 9 }];
}

/** A running footer with a page number at the right. */
function footer(text: string, n: number): PdfLine[] {
  return [
    { text, x: 72, y: 815, size: 8 },
    { text: `Page ${n}`, x: 500, y: 815, size: 8 },
  ];
}

/** (a) Leisure centre replacement full business case, report to full Council. */
function leisureCentreBusinessCase(): Uint8Array {
  const p1 = flowPage([
    '**THORNBARROW BOROUGH COUNCIL',
    '**COUNCIL – 26 FEBRUARY 2026',
    '**AGENDA ITEM 11',
    { gap: 4 },
    '**THORNBARROW LEISURE CENTRE REPLACEMENT – FULL BUSINESS CASE',
    'Report of:\tDirector of Place (Gideon Ferrabrook)',
    'Portfolio Holder:\tCouncillor Marisa Okonjo-Hale, Leisure and Culture',
    'Key decision:\tYes',
    'Classification:\tPublic, with exempt Appendix C (Schedule 12A, paragraph 3)',
    { gap: 8 },
    '**1.\tPURPOSE',
    '1.1\tTo present the full business case for replacing Thornbarrow Leisure Centre and to',
    '  \tseek Council’s approval of the capital budget and borrowing needed to build it.',
    { gap: 6 },
    '**2.\tRECOMMENDATIONS',
    '2.1\tCabinet considered this report on 10 February 2026. It is recommended that Council:',
    '(a)\tapproves the full business case for a replacement leisure centre at Carrick Fields,',
    '  \tThornbarrow, at a total capital cost of £24.6m;',
    '(b)\tadds the scheme to the Capital Programme for 2025/26 to 2027/28, funded as set',
    '  \tout in Table 2;',
    '(c)\tapproves prudential borrowing of up to £14.2m, with the Minimum Revenue Provision',
    '  \t(MRP) charged over 40 years;',
    '(d)\tdelegates authority to the Director of Place, in consultation with the Portfolio',
    '  \tHolder for Leisure and Culture, to submit the planning application and to appoint a',
    '  \tdesign and build contractor for the pre-construction stage; and',
    '(e)\tnotes that the existing centre on Mill Road will close when the new centre opens',
    '  \tand that the site will be sold.',
    { gap: 6 },
    '**3.\tBACKGROUND',
    '3.1\tThe existing centre opened in 1976. A condition survey in 2024 found that £6.8m',
    '  \twould need to be spent on it over the next ten years just to keep it open, and the',
    '  \tlearner pool was closed for 14 weeks in 2025 after a plant failure.',
    '3.2\tThe new centre will have an eight-lane 25m pool, a learner pool with a moveable',
    '  \tfloor, a 100-station gym, two studios and a four-court sports hall. It will be built to',
    '  \tPassivhaus standard and heated by air source heat pumps.',
    '3.3\tThe centre will continue to be run by Thornbarrow Active Ltd, the Council’s leisure',
    '  \toperator, under the existing contract, which runs to March 2033.',
    '3.4\t1,912 people responded to the consultation in summer 2025, and 78% of them',
    '  \tsupported a new centre at Carrick Fields.',
  ]);
  const p2a = flowPage([
    '**4.\tCAPITAL COST AND FUNDING',
    '4.1\tThe total capital cost is £24.6m, including a 7% construction contingency of £1.3m',
    '  \tand fees. Table 1 shows the cost by element.',
    '**Table 1: Capital cost',
  ]);
  const t1 = grid([
    ['**Element', '**£m'],
    ['Construction (including external works)', '19.1'],
    ['Design fees and surveys', '1.9'],
    ['Construction contingency (7%)', '1.3'],
    ['Fixtures, fittings and equipment', '0.9'],
    ['Demolition of existing centre', '0.6'],
    ['Client-side project management', '0.8'],
    ['**Total', '**24.6'],
  ], [72, 380], 134, { size: 10 });
  const p2b = flowPage(['**Table 2: Funding by year (£m)'], { top: 262 });
  const t2 = grid([
    ['**Source', '**2025/26', '**2026/27', '**2027/28', '**Total'],
    ['Prudential borrowing', '0.0', '5.3', '8.9', '14.2'],
    ['Public Sector Decarbonisation Scheme (PSDS) grant', '0.0', '1.5', '1.6', '3.1'],
    ['Sport England Strategic Facilities Fund grant', '0.0', '2.0', '0.0', '2.0'],
    ['Community Infrastructure Levy (CIL)', '0.0', '1.0', '1.1', '2.1'],
    ['Leisure Capital Reserve', '1.2', '2.0', '0.0', '3.2'],
    ['**Total', '**1.2', '**11.8', '**11.6', '**24.6'],
  ], [72, 330, 385, 440, 495], 280, { size: 9 });
  const p2c = flowPage([
    '4.2\tThe estimated capital receipt of £2.8m from the sale of the Mill Road site is not',
    '  \tincluded in Table 2. It will be used to repay borrowing when it is received.',
    '4.3\tThe cost of borrowing (MRP and interest) will be £812,000 a year from 2028/29. The',
    '  \tnew centre is expected to reduce the operator’s management fee by £455,000 a year',
    '  \tand to avoid £680,000 a year of repairs to the old centre, so the scheme is',
    '  \taffordable within the Medium Term Financial Strategy (MTFS).',
    { gap: 6 },
    '**5.\tPROGRAMME',
  ], { top: 382 });
  const t3 = grid([
    ['**Milestone', '**Date'],
    ['Planning application submitted', 'March 2026'],
    ['Planning decision', 'July 2026'],
    ['Construction contract awarded', 'September 2026'],
    ['Start on site', 'October 2026'],
    ['New centre opens to the public', 'September 2028'],
    ['Mill Road centre demolished', 'March 2029'],
  ], [72, 330], 504, { size: 10 });
  const p2d = flowPage([
    '5.1\tA further report will be brought to Cabinet in September 2026 to award the',
    '  \tconstruction contract, once the planning decision and the final price are known.',
  ], { top: 606 });
  const p3a = flowPage([
    '**6.\tSTAFFING',
    '6.1\tThornbarrow Active employs 48.5 FTE staff at the existing centre. The larger centre',
    '  \twill need 57.0 FTE, including 6.0 FTE lifeguards and 2.5 FTE fitness instructors.',
    '  \tStaff will move to the new centre with no change to their terms. No Council posts',
    '  \tare affected.',
    { gap: 6 },
    '**7.\tRISKS',
  ]);
  const t4 = grid([
    ['**Risk', '**Likelihood', '**Mitigation'],
    ['Construction prices rise before contract award', 'Medium', '7% contingency; fixed price at award'],
    ['PSDS grant not confirmed in full', 'Low', 'Grant offer letter expected April 2026'],
    ['Planning objections from nearby residents', 'Medium', 'Pre-application engagement held in 2025'],
    ['Gap in swimming provision', 'Low', 'Old centre stays open until new one opens'],
  ], [72, 290, 360], 170, { size: 9 });
  const p3b = flowPage([
    '**8.\tLEGAL IMPLICATIONS',
    '8.1\tThe Council has power to provide leisure facilities under section 19 of the Local',
    '  \tGovernment (Miscellaneous Provisions) Act 1976. The contractor will be procured',
    '  \tin line with the Procurement Act 2023.',
    { gap: 8 },
    'Contact officer: Rowena Deakin-Pryce, Leisure Development Manager',
    'Appendices: A – Full business case; B – Site plan; C – Cost plan (exempt)',
  ], { top: 260 });
  return makePdf([
    [...p1, ...folio(1, 3)],
    [...p2a, ...t1, ...p2b, ...t2, ...p2c, ...t3, ...p2d, ...folio(2, 3)],
    [...p3a, ...t4, ...p3b, ...folio(3, 3)],
  ]);
}

/** (b) District licensing sub-committee minutes on a premises licence review. */
function licensingReviewMinutes(): Uint8Array {
  const p1 = flowPage([
    '**KESTLEFORD DISTRICT COUNCIL',
    '**LICENSING SUB-COMMITTEE',
    { gap: 4 },
    'Minutes of the hearing held in the Council Chamber, Kestleford House, on Tuesday',
    '14 October 2025 at 10.00 am',
    { gap: 4 },
    'Present: Councillors Imogen Varley-Shaw, Darius Pendleford and Ruth Okafor-Lind',
    'Officers: Nadine Colquhoun (Licensing Team Leader), Bartosz Wren (Solicitor, Legal',
    'Services), Esther Quayle (Democratic Services Officer)',
    'Also present: PC Liam Thackray (police licensing officer); Gemma Stroud',
    '(Environmental Health Officer); Mr Sunil Radcliffe (premises licence holder) and',
    'Ms Harriet Doble (his solicitor); three local residents',
    { gap: 8 },
    '**LSC.12\tELECTION OF CHAIR',
    'RESOLVED – That Councillor Imogen Varley-Shaw be elected Chair for the hearing.',
    { gap: 4 },
    '**LSC.13\tDECLARATIONS OF INTEREST',
    'There were no declarations of interest.',
    { gap: 4 },
    '**LSC.14\tREVIEW OF PREMISES LICENCE – THE FOUNDRY TAP, 9 WHARF LANE',
    'The Sub-Committee considered an application by Kestleford Police under section 51 of',
    'the Licensing Act 2003 for a review of the premises licence (PL/0418) for The Foundry',
    'Tap. The review was sought on the grounds of the prevention of crime and disorder and',
    'public safety, following an assault outside the premises on 9 August 2025 and four',
    'incidents of disorder between May and August 2025. Environmental Health made a',
    'representation on the grounds of the prevention of public nuisance, having received 11',
    'complaints about amplified music since March 2025. Two residents also made',
    'representations.',
    'The Licensing Team Leader introduced the report. PC Thackray said that the premises had',
    'failed to produce CCTV footage of the assault when asked, and that no door staff had',
    'been employed on the night. Ms Doble, for the licence holder, said that Mr Radcliffe had',
    'replaced the Designated Premises Supervisor (DPS) in September 2025, installed a new',
    'CCTV system and offered to employ door supervisors on Friday and Saturday nights.',
    'The parties were given the opportunity to ask questions and to sum up. The',
    'Sub-Committee withdrew to make its decision, accompanied by the Solicitor and the',
    'Democratic Services Officer, and returned at 12.40 pm.',
  ]);
  const p2 = flowPage([
    '**Decision',
    'RESOLVED – That the premises licence be modified by adding the following conditions,',
    'and that the licence be suspended for a period of four weeks:',
    '(1)\tthe hours for the sale of alcohol on Fridays and Saturdays be reduced from 1.00 am',
    '  \tto 11.30 pm, with the premises closing to the public at midnight;',
    '(2)\ttwo Security Industry Authority (SIA) licensed door supervisors shall be on duty',
    '  \tfrom 9.00 pm until closing on Fridays, Saturdays and bank holiday Sundays;',
    '(3)\ta CCTV system shall be maintained covering the entrance and the smoking area, and',
    '  \trecordings shall be kept for 31 days and provided to the police or the Council on',
    '  \trequest within 24 hours;',
    '(4)\tno amplified music shall be played in the rear beer garden at any time; and',
    '(5)\tthe premises licence holder shall be a member of the Kestleford Pubwatch scheme',
    '  \tand attend its meetings.',
    { gap: 6 },
    '**Reasons',
    'The Sub-Committee was satisfied, on the evidence of the police, that the premises had',
    'been poorly managed and that this had led to disorder. It noted the steps taken by the',
    'licence holder since September 2025 but considered them recent and untested. It',
    'considered that revoking the licence would be disproportionate, and that the conditions',
    'and the suspension were appropriate and proportionate to promote the licensing',
    'objectives. It had regard to the Council’s Statement of Licensing Policy and to the',
    'guidance issued under section 182 of the Licensing Act 2003.',
    { gap: 6 },
    '**Right of appeal',
    'All parties may appeal against this decision to the Magistrates’ Court within 21 days of',
    'the date on which they are notified of it. The decision will not take effect until the',
    'period for appeal has ended or any appeal has been decided.',
    { gap: 6 },
    'The Licensing Team Leader undertook to send the written notice of determination to all',
    'parties by 17 October 2025.',
    { gap: 8 },
    'The hearing closed at 12.55 pm.',
    'Chair ……………………………',
  ]);
  return makePdf([[...p1, ...folio(1, 2)], [...p2, ...folio(2, 2)]]);
}

/** (c) County Cabinet Member decision record on the highways maintenance annual programme. */
function highwaysMaintenanceDecision(): Uint8Array {
  const p1 = flowPage([
    '**BRANTWICK COUNTY COUNCIL',
    '**RECORD OF DECISION TAKEN BY A CABINET MEMBER',
    { gap: 6 },
    'Decision reference:\tCMD/HT/2026/07',
    'Title:\tHighways Maintenance Annual Programme 2026/27',
    'Decision maker:\tCabinet Member for Highways and Transport',
    'Name:\tCouncillor Owain Treharne-Beck',
    'Date of decision:\t19 March 2026',
    'Key decision:\tYes (Forward Plan reference FP/2026/031)',
    'Officer contact:\tLucinda Marwood-Shah, Head of Highway Asset Management',
    { gap: 8 },
    '**Decision',
    '1.\tTo approve the Highways Maintenance Annual Programme 2026/27 of £21,350,000,',
    '  \tas set out overleaf, in line with the Local Transport Plan (LTP) 2026–2036.',
    '2.\tTo approve the use of £2,400,000 of the Council’s Pothole and Resurfacing Reserve',
    '  \talongside the Department for Transport (DfT) highways maintenance grant.',
    '3.\tTo authorise the Head of Highway Asset Management to move schemes between years,',
    '  \tand to substitute reserve schemes, within the approved programme total.',
    { gap: 6 },
    '**Reasons for the decision',
    'The programme follows the Council’s Highway Infrastructure Asset Management Plan',
    '(HIAMP), which targets the roads in the worst condition and treats roads before they',
    'need full reconstruction. 17% of the county’s B and C roads should be considered for',
    'maintenance, against 11% nationally. The DfT grant for 2026/27 is £18,950,000, of which',
    '£4,740,000 is incentive funding that depends on the Council publishing a transparency',
    'report on its highways maintenance by 30 June 2026.',
    { gap: 6 },
    '**Funding',
  ]);
  const tf = grid([
    ['**Source', '**£'],
    ['DfT Highways Maintenance Block – needs element', '14,210,000'],
    ['DfT Highways Maintenance Block – incentive element', '4,740,000'],
    ['Pothole and Resurfacing Reserve', '2,400,000'],
    ['**Total', '**21,350,000'],
  ], [72, 400], 484, { size: 10 });
  const p1b = flowPage([
    '**Alternatives considered',
    'Spreading the funding evenly across all divisions was rejected because it would not',
    'target the roads in the worst condition.',
    { gap: 6 },
    '**Consultation',
    'Local members were consulted on the draft programme from 12 January to 6 February',
    '2026. The Environment and Transport Select Committee considered it on 24 February',
    '2026 and supported it.',
  ], { top: 566 });
  const p2a = flowPage([
    '**Highways Maintenance Annual Programme 2026/27 – schemes and programmes',
  ]);
  const ts = grid([
    ['**Scheme', '**Division', '**Treatment', '**Cost (£)'],
    ['A4102 Ledbury Road, Culmstock', 'Culmstock and Tarrant', 'Resurfacing', '1,180,000'],
    ['B3340 High Street, Pennock', 'Pennock Rural', 'Resurfacing', '640,000'],
    ['C214 Hollow Lane, Marden Cross', 'Marden Cross', 'Surface dressing', '212,000'],
    ['A371 Station Approach, Brantwick', 'Brantwick North', 'Reconstruction', '1,450,000'],
    ['B3312 Quarry Hill, Stokeleigh', 'Stokeleigh and Vale', 'Drainage and resurfacing', '395,000'],
    ['Kingsmead Footbridge, Brantwick', 'Brantwick South', 'Bridge joint replacement', '286,000'],
    ['Countywide surface dressing', 'Various', 'Surface dressing', '3,900,000'],
    ['Countywide patching and potholes', 'Various', 'Patching', '5,600,000'],
    ['Footway renewals', 'Various', 'Footway resurfacing', '1,750,000'],
    ['Drainage and gully repairs', 'Various', 'Drainage', '2,180,000'],
    ['Street lighting column replacement', 'Various', 'Lighting', '1,320,000'],
    ['Other bridges and structures', 'Various', 'Structures', '2,437,000'],
    ['**Total', '', '', '**21,350,000'],
  ], [40, 215, 335, 480], 96, { size: 9 });
  const p2b = flowPage([
    'Reserve schemes, to be brought forward if savings are made, are listed in the LTP',
    'Implementation Plan.',
    { gap: 6 },
    'Conflicts of interest declared:\tNone',
    'Dispensations granted:\tNone',
    { gap: 6 },
    'A report on delivery of the 2026/27 programme will be made to the Environment and',
    'Transport Select Committee in November 2026.',
    { gap: 6 },
    'This decision may be implemented after 5.00 pm on 26 March 2026 unless it is called in',
    'by five members of the Environment and Transport Select Committee.',
    { gap: 8 },
    'Signed: Councillor Owain Treharne-Beck',
    'Date: 19 March 2026',
  ], { top: 310 });
  return makePdf([
    [...p1, ...tf, ...p1b, ...folio(1, 2)],
    [...p2a, ...ts, ...p2b, ...folio(2, 2)],
  ]);
}

/** (d) Welsh county borough Cabinet report on care home fees and market sustainability. */
function careHomeFees(): Uint8Array {
  const p1 = flowPage([
    '**PENRHYNDEG COUNTY BOROUGH COUNCIL',
    '**CYNGOR BWRDEISTREF SIROL PENRHYNDEG',
    { gap: 4 },
    '**REPORT TO:\tCABINET',
    '**DATE:\t20 JANUARY 2026',
    '**AGENDA ITEM NO.\t6',
    '**REPORT OF:\tCorporate Director of Social Services',
    '**SUBJECT:\tCARE HOME FEES 2026/27 AND MARKET SUSTAINABILITY',
    { gap: 8 },
    '**1.\tPURPOSE OF THE REPORT',
    '1.1\tTo set the fees the Council will pay to independent care homes for older people',
    '  \tfrom 6 April 2026, following consultation with providers, and to report on the',
    '  \tsustainability of the care home market.',
    { gap: 6 },
    '**2.\tRECOMMENDATIONS',
    '2.1\tThat Cabinet:',
    '2.1.1\tapproves the weekly fee rates for 2026/27 in Table 1, an average uplift of 7.4%,',
    '  \twith effect from 6 April 2026;',
    '2.1.2\tapproves the additional cost of £3,860,000 in 2026/27, to be met from the social',
    '  \tcare growth agreed in the Medium Term Financial Plan (MTFP);',
    '2.1.3\tapproves a quality supplement of £18.50 a week per resident for homes rated',
    '  \t“good” or better by Care Inspectorate Wales (CIW); and',
    '2.1.4\tnotes that fees for domiciliary care will be reported to Cabinet on 17 March 2026.',
    { gap: 6 },
    '**3.\tBACKGROUND',
    '3.1\tThe Council funds 742 residents in 36 independent care homes in the county borough.',
    '  \tThe Social Services and Well-being (Wales) Act 2014 requires the Council to have',
    '  \tregard to the actual costs of providing care when it sets fees.',
    '3.2\tThe fees have been set using the cost of care model agreed across the Cwm Tawel',
    '  \tRegional Partnership Board (RPB) area. The main cost pressures for 2026/27 are the',
    '  \tReal Living Wage (RLW) rise from £12.60 to £13.45 an hour (6.7%), the increase in',
    '  \temployer National Insurance contributions, and higher energy and food costs.',
    '3.3\tThe regional Market Stability Report (MSR), published in 2025, found that four care',
    '  \thomes had closed in the county borough since 2022, a loss of 88 beds, and that',
    '  \tnursing dementia beds are in shortest supply.',
  ]);
  const p2a = flowPage([
    '**4.\tPROPOSED FEE RATES',
    '**Table 1: Weekly fee rates for independent care homes (older people)',
  ]);
  const t1 = grid([
    ['**Care type', '**2025/26', '**2026/27', '**Uplift'],
    ['Residential care', '£836.40', '£897.10', '7.3%'],
    ['Residential care – dementia (EMI)', '£884.10', '£951.30', '7.6%'],
    ['Nursing care (Council element)', '£859.20', '£921.00', '7.2%'],
    ['Nursing care – dementia (Council element)', '£912.60', '£982.40', '7.6%'],
  ], [72, 310, 380, 450], 104, { size: 10 });
  const p2b = flowPage([
    '4.1\tThe nursing rates exclude Funded Nursing Care (FNC), which is paid by Bae Hafren',
    '  \tUniversity Health Board at £201.97 a week in 2025/26. The FNC rate for 2026/27 will',
    '  \tbe set by the Welsh Government.',
    '4.2\tThe quality supplement in recommendation 2.1.3 would be paid to 27 of the 36 homes',
    '  \tand would cost £540,000 a year, which is included in Table 2.',
    '**Table 2: Cost of the 2026/27 fees',
  ], { top: 184 });
  const t2 = grid([
    ['**Element', '**£'],
    ['Uplift to residential care rates', '1,640,000'],
    ['Uplift to nursing care rates', '1,680,000'],
    ['Quality supplement', '540,000'],
    ['**Total additional cost', '**3,860,000'],
  ], [72, 380], 270, { size: 10 });
  const p2c = flowPage([
    '**5.\tCONSULTATION WITH PROVIDERS',
    '5.1\tThe proposed rates were shared with all 36 homes on 3 November 2025, and the',
    '  \tconsultation closed on 1 December 2025. 24 homes responded. Most accepted the',
    '  \tmethod, but 11 homes said that the nursing rates did not cover the cost of registered',
    '  \tnurses, who are paid on average £24.80 an hour. Care Forum Penrhyndeg, which',
    '  \trepresents providers, asked for the model to be reviewed in 2026.',
    '5.2\tOfficers will review the cost of care model with providers and report the outcome',
    '  \tto Cabinet in October 2026.',
    { gap: 6 },
    '**6.\tFINANCIAL IMPLICATIONS',
    '6.1\tThe MTFP includes growth of £4.2m for adult social care in 2026/27, and the cost',
    '  \tof the new fees is within this sum. Residents who pay the full cost of their care will',
    '  \tpay the new rates from the same date.',
    { gap: 6 },
    '**7.\tWELL-BEING OF FUTURE GENERATIONS (WALES) ACT 2015',
    '7.1\tThe proposals support the long-term sustainability of care in the county borough.',
    '  \tAn Integrated Impact Assessment (IIA) has been completed and is at Appendix 2.',
    { gap: 8 },
    'Contact officer: Delyth Morgan-Price, Head of Commissioning',
  ], { top: 352 });
  return makePdf([
    [...p1, ...folio(1, 2)],
    [...p2a, ...t1, ...p2b, ...t2, ...p2c, ...folio(2, 2)],
  ]);
}

/** (e) London borough scrutiny task and finish group final report, R1–R8. */
function scrutinyTaskFinishReport(): Uint8Array {
  const p1 = flowPage([
    '**LONDON BOROUGH OF HOLLINSGATE',
    '**Overview and Scrutiny Committee',
    '**2 December 2025',
    '**Item 8',
    { gap: 4 },
    '**Final Report of the Food Insecurity Task and Finish Group',
    'Lead Member: Councillor Abena Marchetti-Lowe, Chair of the Task and Finish Group',
    'Lead officer: Ravi Stonehouse, Scrutiny Policy Officer',
    { gap: 8 },
    '**1.\tRecommendations',
    '1.1\tThe Committee is asked to:',
    '(a)\tendorse the final report of the Food Insecurity Task and Finish Group (TFG) and',
    '  \tits recommendations R1 to R8;',
    '(b)\trefer the recommendations to Cabinet, which is asked to respond to each of them',
    '  \tby 3 February 2026; and',
    '(c)\tagree to review progress on the accepted recommendations in September 2026.',
    { gap: 6 },
    '**2.\tBackground',
    '2.1\tThe Committee set up the TFG in May 2025 to find out how many residents cannot',
    '  \treliably afford enough food and what the Council and its partners could do about it.',
    '  \tThe group met six times and heard from 14 witnesses, including food banks, schools,',
    '  \tthe Citizens Advice service and the Council’s Revenues and Benefits team.',
    { gap: 6 },
    '**3.\tFindings',
    '3.1\tHollinsgate Community Food Bank gave out 21,600 food parcels in 2024/25, 34%',
    '  \tmore than in 2022/23. Almost half of the households it helped were in work.',
    '3.2\tAn estimated 2,300 children who are eligible for free school meals (FSM) are not',
    '  \tregistered for them, so their schools also lose about £1.4m a year in Pupil Premium.',
    '3.3\tThe Household Support Fund (HSF) paid for £3.1m of crisis support in 2024/25,',
    '  \tbut its future beyond March 2026 is uncertain. The Local Welfare Assistance (LWA)',
    '  \tscheme still gives most of its help as food parcels rather than cash or vouchers.',
    '3.4\tThere is no one in the Council whose job is to coordinate food support, and the',
    '  \tvoluntary sector said that this leads to gaps and duplication.',
  ]);
  const p2 = flowPage([
    '**4.\tRecommendations of the Task and Finish Group',
    'R1\tThat Cabinet adopts a Food Security Action Plan by June 2026, developed with the',
    '  \tHollinsgate Food Partnership.',
    'R2\tThat the Council funds a Food Partnership Coordinator post (1.0 FTE, Scale PO2) for',
    '  \ttwo years at a total cost of £124,000, from the Public Health Grant.',
    'R3\tThat children eligible for FSM be registered automatically using housing benefit',
    '  \tand council tax support data, from September 2026.',
    'R4\tThat the Council keeps a crisis support scheme of at least £1.2m a year if the HSF',
    '  \tends.',
    'R5\tThat the LWA scheme gives cash-first support, through supermarket vouchers or',
    '  \tdirect payments, rather than food parcels wherever possible.',
    'R6\tThat the Council asks its main contractors to promote the take-up of Healthy Start',
    '  \tvouchers among their low-paid staff.',
    'R7\tThat two community food hubs be opened, in Eastcote Vale and Marsh Hythe wards,',
    '  \twith a one-off grant of £30,000 each.',
    'R8\tThat a Member Champion for Food Security be appointed at Annual Council in',
    '  \tMay 2026.',
    { gap: 6 },
    '**5.\tResource implications',
    '5.1\tR2 and R7 together would cost £184,000 over two years. Automatic registration for',
    '  \tFSM (R3) would need about 0.5 FTE of officer time in the Revenues and Benefits',
    '  \tteam, which the service expects to absorb. R4 would need new funding in the',
    '  \t2026/27 budget if the HSF is not renewed.',
    { gap: 6 },
    '**6.\tNext steps',
    '6.1\tUnder the Council’s Constitution, Cabinet must respond to scrutiny',
    '  \trecommendations within two months. Cabinet’s response will be reported to this',
    '  \tCommittee on 10 March 2026.',
    { gap: 8 },
    'Background papers: TFG evidence sessions, notes of meetings (June to October 2025)',
  ]);
  return makePdf([
    [...p1, ...footer('Hollinsgate Overview and Scrutiny Committee – 2 December 2025', 1)],
    [...p2, ...footer('Hollinsgate Overview and Scrutiny Committee – 2 December 2025', 2)],
  ]);
}

/** (f) Shared revenues and benefits partnership joint committee minutes, three councils. */
function sharedServiceJointCommittee(): Uint8Array {
  const p1 = flowPage([
    '**SOUTH WEALD REVENUES AND BENEFITS PARTNERSHIP JOINT COMMITTEE',
    'Sellyford District Council • Stowbury Borough Council • Ockleigh District Council',
    { gap: 4 },
    'Minutes of the meeting held at Stowbury Town Hall on Thursday 11 December 2025',
    'at 2.00 pm',
    { gap: 4 },
    'Members: Sellyford DC – Councillors Amrit Calloway (Chair) and Priya Dunmore;',
    'Stowbury BC – Councillors Kenneth Ashdown and Lorna Faraday-Small; Ockleigh DC –',
    'Councillors Bryony Tuckwell and Idris Felgate',
    'Officers: Marcus Pendrell (Head of Partnership), Josephine Oyelaran (Treasurer to the',
    'Joint Committee), Ciaran Holt (Clerk)',
    { gap: 8 },
    '**JC 19/25\tAPOLOGIES AND SUBSTITUTIONS',
    'None.',
    { gap: 4 },
    '**JC 20/25\tMINUTES',
    'AGREED that the minutes of the meeting held on 18 September 2025 be signed as a',
    'correct record.',
    { gap: 4 },
    '**JC 21/25\tPARTNERSHIP BUDGET 2026/27',
    'The Treasurer presented the proposed budget for 2026/27 of £6,842,000, an increase of',
    '2.9% on 2025/26, mainly because of the pay award. Costs are shared in proportion to',
    'each council’s number of council tax and business rates accounts and benefit caseload,',
    'recalculated each year:',
  ]);
  const t1 = grid([
    ['**Council', '**Share', '**Contribution 2026/27', '**Contribution 2025/26'],
    ['Sellyford District Council', '41.2%', '£2,818,904', '£2,742,500'],
    ['Stowbury Borough Council', '35.5%', '£2,428,910', '£2,370,700'],
    ['Ockleigh District Council', '23.3%', '£1,594,186', '£1,536,800'],
    ['**Total', '**100%', '**£6,842,000', '**£6,650,000'],
  ], [72, 250, 310, 430], 402, { size: 10 });
  const p1b = flowPage([
    'It was agreed that the Joint Committee recommends to the three councils that the',
    'partnership budget for 2026/27 of £6,842,000 be approved, shared as set out above.',
    { gap: 4 },
    '**JC 22/25\tDIRECTOR OF SHARED SERVICES',
    'The Head of Partnership reported the outcome of the review of the partnership’s',
    'management arrangements, which proposed a new post of Director of Shared Services',
    'to lead the partnership and to develop shared services in other areas, starting with',
    'fraud and debt recovery. The post would be graded Chief Officer Grade CO2 (£96,450 –',
    '£104,820) and would be employed by Stowbury Borough Council as the host authority.',
    'The full cost of £138,600 a year, including on-costs, would be shared in the same',
    'proportions as the budget. The post of Head of Partnership (Grade M1) would be deleted.',
    'Councillor Felgate said that Ockleigh’s share of the cost was too high for a council of',
    'its size and moved that the decision be deferred. The motion was seconded by',
    'Councillor Tuckwell and, on being put to the vote, was lost (For 2, Against 4).',
  ], { top: 484 });
  const p2 = flowPage([
    'RESOLVED – That:',
    '(a)\tthe post of Director of Shared Services (Grade CO2) be created, hosted by Stowbury',
    '  \tBorough Council, with effect from 1 April 2026;',
    '(b)\tthe post of Head of Partnership be deleted from the same date; and',
    '(c)\tan Appointments Panel of one member from each council be set up to make the',
    '  \tappointment and report to the Joint Committee on 19 March 2026.',
    '(For 4, Against 2, Abstain 0)',
    { gap: 4 },
    '**JC 23/25\tPERFORMANCE REPORT – QUARTER 2 2025/26',
    'Council tax collection at 30 September 2025 was 56.1% (target 56.5%) and business',
    'rates collection was 57.4% (target 56.0%). New Housing Benefit claims took an average',
    'of 17.2 days to process, against a target of 20 days. Members asked for the backlog of',
    'Council Tax Reduction (CTR) changes in Ockleigh to be cleared by the end of January.',
    'AGREED that the performance report be noted, and that the Head of Partnership report',
    'on the CTR backlog at the next meeting.',
    { gap: 4 },
    '**JC 24/25\tDATE OF NEXT MEETING',
    'Thursday 19 March 2026 at 2.00 pm at Sellyford Council Offices.',
    { gap: 8 },
    'The meeting closed at 3.40 pm.',
    'Chair ……………………………',
  ]);
  return makePdf([[...p1, ...t1, ...p1b, ...folio(1, 2)], [...p2, ...folio(2, 2)]]);
}

/** (g) City council PSPO renewal report to the Executive, with a running footer. */
function pspoRenewal(): Uint8Array {
  const foot = 'Dunsforth City Council – Executive – 4 March 2026';
  const p1 = flowPage([
    '**DUNSFORTH CITY COUNCIL',
    '**Executive – 4 March 2026\tItem 9',
    { gap: 4 },
    '**Renewal of the City Centre Public Spaces Protection Order',
    'Report of the Director of Communities and Environment',
    'Executive Member: Councillor Faisal Rennard-Clay, Safer and Stronger Communities',
    'Wards affected: Castlegate, Riverside and St Aldhelm’s',
    { gap: 8 },
    '**Summary',
    'The City Centre Public Spaces Protection Order (PSPO) made in 2023 expires on',
    '31 March 2026. Following public consultation, this report proposes that it is renewed',
    'for three years with two changes.',
    { gap: 6 },
    '**Recommendations',
    'RECOMMENDED that the Executive:',
    '1.\tapproves the making of the Dunsforth City Centre Public Spaces Protection Order',
    '  \t2026 set out in Appendix A, to take effect from 1 April 2026 for a period of three',
    '  \tyears;',
    '2.\tapproves the removal of the restriction on begging from the Order;',
    '3.\tapproves the extension of the restricted area to include Riverside Park and the',
    '  \tNorthgate multi-storey car park, as shown on the plan at Appendix B;',
    '4.\tsets the fixed penalty for breach of the Order at £100, reduced to £60 if paid',
    '  \twithin 10 days; and',
    '5.\tdelegates authority to the Director of Communities and Environment to make minor',
    '  \tchanges to the wording of the Order before it is published.',
    { gap: 6 },
    '**1.\tBackground',
    '1.1\tThe Anti-social Behaviour, Crime and Policing Act 2014 allows the Council to make a',
    '  \tPSPO to deal with activities in a public place that have a detrimental effect on the',
    '  \tquality of life of those in the locality. An Order can last for up to three years and',
    '  \tcan be extended.',
    '1.2\tThe Safer Dunsforth Partnership, the city’s Community Safety Partnership (CSP),',
    '  \thas asked for the Order to be renewed. Police recorded 1,146 incidents of anti-social',
    '  \tbehaviour (ASB) in the PSPO area in 2025, 9% fewer than in 2022.',
  ]);
  const p2a = flowPage([
    '**2.\tConsultation',
    '2.1\tA public consultation ran from 6 October to 16 November 2025. There were 1,384',
    '  \tresponses, 71% of them from people who live or work in the city centre.',
    '**Table 1: Consultation results – support for each restriction',
  ]);
  const t1 = grid([
    ['**Restriction', '**Agree', '**Disagree', '**Don’t know'],
    ['Surrender alcohol when asked by an authorised officer', '84%', '11%', '5%'],
    ['No urinating or defecating in a public place', '93%', '4%', '3%'],
    ['Dogs to be kept on leads in the pedestrian zone', '67%', '26%', '7%'],
    ['No cycling or e-scooters in the pedestrian zone, 10 am to 4 pm', '58%', '35%', '7%'],
    ['No begging (existing restriction)', '49%', '40%', '11%'],
    ['Extend the Order to Riverside Park', '72%', '18%', '10%'],
  ], [72, 370, 425, 490], 132, { size: 9 });
  const p2b = flowPage([
    '2.2\tThe begging restriction is not proposed for renewal. Home Office guidance says that',
    '  \tPSPOs should not be used to target people because they are homeless, and the',
    '  \tStreet Outreach Team will continue to offer support instead.',
    { gap: 6 },
    '**3.\tEnforcement',
    '3.1\tThe Order will be enforced by police officers, Police Community Support Officers',
    '  \t(PCSOs) and the Council’s 6.0 FTE Community Protection Officers. Breach of the',
    '  \tOrder is a criminal offence. A person may be given a fixed penalty notice (FPN)',
    '  \tinstead of being prosecuted; on conviction the fine is up to £1,000.',
    '3.2\tIn 2025, 212 FPNs were issued under the current Order, 188 of them for drinking in',
    '  \tthe restricted area. The payment rate was 64%.',
    { gap: 6 },
    '**4.\tFinancial implications',
    '4.1\tNew signs will cost about £8,500, met from the Community Safety budget. FPN',
    '  \tincome, about £14,000 a year, is used to fund enforcement.',
    { gap: 6 },
    '**5.\tNext steps',
    '5.1\tThe Order will be published and signs put up before 1 April 2026. A review of the',
    '  \tOrder will be reported to the Communities Scrutiny Panel in April 2027.',
    { gap: 8 },
    'Contact: Ayesha Brightmore, Community Safety Manager',
  ], { top: 246 });
  return makePdf([[...p1, ...footer(foot, 1)], [...p2a, ...t1, ...p2b, ...footer(foot, 2)]]);
}

/** (h) Scottish committee work programme in two columns, plus undated future items. */
function workProgrammeTwoColumn(): Uint8Array {
  const head = flowPage([
    '**STRATHCORRAN COUNCIL',
    '**EDUCATION AND CHILDREN’S SERVICES COMMITTEE',
    '**WORK PROGRAMME 2025/26',
    'Appendix 1 to Item 14 – updated 7 November 2025',
    { gap: 4 },
    'Lead officers are shown in brackets. Reports marked * are for decision; all others are for',
    'noting or scrutiny.',
  ]);
  const L = 56;
  const R = 170;
  const size = 10;
  const out: PdfLine[] = [
    { text: 'Meeting', x: L, y: 186, bold: true, size },
    { text: 'Reports (lead officer)', x: R, y: 186, bold: true, size },
  ];
  const blocks: Array<[string, string[]]> = [
    ['18 November 2025', [
      'Attainment and Achievement Report 2024/25 (Morag Dalgleish-Reid)',
      'Scottish Attainment Challenge – Strategic Equity Funding (SEF)',
      '   plan 2025/26 (Euan Rattray)',
      'Early Learning and Childcare (ELC) – Phase 2 update (Kirsty Mowat)',
      'Revenue Budget Monitoring – Quarter 2 (Alasdair Grierson)',
    ]],
    ['27 January 2026', [
      '*School Estate Strategy 2026–2036 – consultation draft (Fergus Lamont-Hay)',
      'Additional Support for Learning (ASL) Review – progress (Dr Isla Carnegie)',
      'Child Protection Committee Annual Report 2024/25 (Shona Baillie-Rennie)',
    ]],
    ['17 March 2026', [
      '*Denbrae Primary School – statutory consultation outcome (Fergus Lamont-Hay)',
      '*School Meals and Milk Pricing 2026/27 (Alasdair Grierson)',
      'Young Carers Strategy refresh (Kirsty Mowat)',
      'The Promise – Strathcorran progress report (Shona Baillie-Rennie)',
    ]],
    ['12 May 2026', [
      'Attendance and Exclusions Annual Report (Dr Isla Carnegie)',
      '*Instrumental Music Service – Charging Review (Euan Rattray)',
    ]],
    ['23 June 2026', [
      'Standards and Quality Report 2025/26 (Morag Dalgleish-Reid)',
      '*Kilbraan Academy inspection – response to Education Scotland (Euan Rattray)',
    ]],
  ];
  let y = 206;
  for (const [date, items] of blocks) {
    out.push({ text: date, x: L, y, size });
    for (const item of items) {
      const wrap = item.startsWith('   ');
      out.push({ text: item.trim(), x: wrap ? R + 8 : R, y, size });
      y += 14;
    }
    y += 10;
  }
  const tail = flowPage([
    '**Items for future consideration (no date set)',
    '•\tRural school transport – review of eligibility distances',
    '•\tDigital learning devices for S1–S6 pupils – evaluation',
    '•\tGaelic Medium Education (GME) growth plan and demand survey',
    '•\tTeacher workload and class contact time',
    { gap: 8 },
    'Committee clerk: Catriona Buchanan-Ross, Committee Services, 01632 960 745',
  ], { top: y + 10, size: 10 });
  return makePdf([[...head, ...out, ...tail, ...folio(1, 1)]]);
}

export const SYNTHETIC28: Record<string, () => Uint8Array> = {
  's28-leisure-centre-business-case': leisureCentreBusinessCase,
  's28-licensing-review-minutes': licensingReviewMinutes,
  's28-highways-maintenance-decision': highwaysMaintenanceDecision,
  's28-care-home-fees': careHomeFees,
  's28-scrutiny-task-finish-report': scrutinyTaskFinishReport,
  's28-shared-service-joint-committee': sharedServiceJointCommittee,
  's28-pspo-renewal': pspoRenewal,
  's28-work-programme-two-column': workProgrammeTwoColumn,
};
