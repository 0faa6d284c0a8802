/**
 * Eight more synthetic papers in the styles of councils we hold no papers from: a borough MTFS
 * update to Cabinet (a £m budget gap table 2026/27–2028/29, planning assumptions as bullets, a
 * £000 savings table, a budget meeting date); an Independent Remuneration Panel report to full
 * Council written with bold run-in headings and an SRA table; a county cabinet report proposing
 * to close a small primary school (roll and surplus places by year, a statutory timetable table);
 * a standards hearings sub-committee decision notice (findings, sanctions, right of review); a
 * homelessness and rough sleeping strategy report to an Executive with plain numbered paragraphs,
 * an action plan table and a posts table; a highways capital programme report with a scheme |
 * ward | £ table and a funding table; cabinet minutes written as a record of decisions with
 * "Decision", "Reasons for decision" and "Alternative options considered and rejected" and one
 * item called in; and a carers' strategy report to a health and wellbeing board ending in a
 * forward plan of dated bullets. Built as small PDFs by test/helpers/make-pdf.ts; their gold is
 * kept apart (synthetic-<key>.json, "file": "synthetic:<key>"). Councils and people are
 * invented; the wording follows real papers of each kind. Written blind to the parser.
 */
import { flowPage, grid, heightOf, makePdf, type PdfLine, type Script } from '../../helpers/make-pdf.ts';

/** A page number at the foot of a page. */
function folio(text: string): PdfLine[] {
  return [{ text, x: 280, y: 815, size: 9 }];
}

/** Rough Helvetica-Bold advance of a string, in points. */
function boldWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) {
    if (ch === ' ') w += 0.278;
    else if (/[A-Z]/.test(ch)) w += 0.72;
    else if (/[a-z]/.test(ch)) w += /[ijlt]/.test(ch) ? 0.3 : /[mw]/.test(ch) ? 0.85 : 0.58;
    else if (/[0-9]/.test(ch)) w += 0.556;
    else w += 0.333;
  }
  return w * size;
}

/**
 * A flowPage whose lines may open with a bold run-in heading, written "^^Heading.^^ text": the
 * heading is set in bold and the rest of the line follows it on the same baseline.
 */
function runInPage(script: Array<string | { gap: number }>, opts: { top?: number; size?: number; leading?: number } = {}): PdfLine[] {
  const out: PdfLine[] = [];
  for (const line of flowPage(script, opts)) {
    const m = /^\^\^(.+?)\^\^ ?(.*)$/.exec(line.text);
    if (!m) {
      out.push(line);
      continue;
    }
    const size = line.size ?? 11;
    const head = m[1]!;
    const rest = m[2] ?? '';
    out.push({ ...line, text: head, bold: true });
    if (rest) out.push({ ...line, text: rest, x: line.x + boldWidth(head, size) + size * 0.4, bold: false });
  }
  return out;
}

/** A block of a page: running text (a flowPage script) or a table (grid rows at column xs). */
type Block = PdfLine[] | { script: Script; size?: number; leading?: number } | { rows: string[][]; xs: number[]; size?: number; leading?: number };

/** Lays blocks out down the page from `top`, each one starting below the last. */
function stack(blocks: Block[], top = 72): PdfLine[] {
  let y = top;
  const out: PdfLine[] = [];
  for (const b of blocks) {
    if (Array.isArray(b)) {
      out.push(...b);
    } else if ('script' in b) {
      const leading = b.leading ?? 14;
      out.push(...runInPage(b.script, { top: y, leading, ...(b.size ? { size: b.size } : {}) }));
      y += heightOf(b.script, leading);
    } else {
      const leading = b.leading ?? 14;
      out.push(...grid(b.rows, b.xs, y + 4, { size: b.size ?? 10, leading }));
      y += b.rows.length * leading + 10;
    }
  }
  return out;
}

/** (a) MTFS update to Cabinet: budget gap table, assumptions, savings table, reserves, budget meeting date. */
function mtfsUpdate(): Uint8Array {
  const p1: Script = [
    '**TILLINGWORTH BOROUGH COUNCIL',
    '**Cabinet – 15 October 2025',
    '**Agenda Item 9',
    { gap: 6 },
    '**Medium Term Financial Strategy 2026/27 to 2028/29 – Update',
    'Report of the Director of Finance (Section 151 Officer)',
    'Cabinet Member:\tCouncillor Wilhelmina Dunnage, Finance and Resources',
    'Key decision:\tNo',
    'Wards affected:\tAll',
    { gap: 8 },
    '**1.\tPurpose of the report',
    '1.1\tTo update Cabinet on the Medium Term Financial Strategy (MTFS) following the',
    '  \tSpending Review in June 2025, to set out the forecast budget gap for 2026/27 to',
    '  \t2028/29 and to agree the savings proposals that will go out to public consultation.',
    { gap: 6 },
    '**2.\tRecommendations',
    '2.1\tCabinet is recommended to:',
    '(a)\tnote the updated budget gap of £4.62m over the three years 2026/27 to 2028/29,',
    '  \tset out in Table 1;',
    '(b)\tapprove the planning assumptions in section 4, including a pay award of 3.0% in',
    '  \t2026/27 and a council tax increase of 2.99% in each year;',
    '(c)\tapprove the savings proposals of £2.85m in Appendix A for public consultation from',
    '  \t3 November to 14 December 2025;',
    '(d)\tagree that £0.75m be drawn from the Revenue Resilience Reserve (RRR) to',
    '  \tbalance the 2026/27 budget; and',
    '(e)\tnote that the final budget and council tax proposals will be considered by Council',
    '  \tat its budget meeting on 24 February 2026.',
    { gap: 6 },
    '**3.\tThe forecast budget gap',
    '3.1\tThe forecast has been rolled forward from the MTFS approved by Council in',
    '  \tFebruary 2025. The gap has grown by £1.08m since then, mainly because of the',
    '  \tcost of temporary accommodation and lower than expected income from the',
    '  \tExtended Producer Responsibility (EPR) scheme for packaging.',
    '3.2\tTable 1 sets out the gap in each year before and after the proposals in this report.',
    { gap: 4 },
    '**Table 1: Forecast budget gap 2026/27 to 2028/29 (£m)',
  ];
  const gapRows = [
    ['', '**2026/27', '**2027/28', '**2028/29', '**Total'],
    ['Net budget requirement', '19.84', '20.71', '21.55', ''],
    ['Funding (council tax, rates, grants)', '18.62', '19.16', '19.70', ''],
    ['**Budget gap', '**1.22', '**1.55', '**1.85', '**4.62'],
    ['Savings proposals (Appendix A)', '(0.47)', '(1.18)', '(1.20)', '(2.85)'],
    ['Use of Revenue Resilience Reserve', '(0.75)', '0.00', '0.00', '(0.75)'],
    ['**Remaining gap', '**0.00', '**0.37', '**0.65', '**1.02'],
  ];
  const p1tail: Script = ['Figures in brackets reduce the gap.'];
  const p2: Script = [
    '**4.\tPlanning assumptions',
    '4.1\tThe main assumptions used in the forecast are:',
    '•\tPay: a pay award of 3.0% in 2026/27 and 2.5% a year after that. Each 1% on pay',
    '  \tadds about £118,000 to the budget.',
    '•\tCouncil tax: an increase of 2.99% in each year, the maximum allowed without a',
    '  \treferendum, with growth in the tax base of 0.8% a year.',
    '•\tGeneral inflation: 2.5% on contracts, with 4.0% on energy.',
    '•\tBusiness rates: no gain from the business rates reset in 2026/27; the Council',
    '  \tassumes it keeps its baseline funding level only.',
    '•\tEmployer pension contributions: 16.8% following the 2025 valuation of the Local',
    '  \tGovernment Pension Scheme (LGPS).',
    { gap: 6 },
    '**5.\tSavings proposals',
    '5.1\tThe savings proposals total £2.85m over three years and are summarised below.',
    '  \tFull details, including equality impacts, are in Appendix A.',
  ];
  const savingsRows = [
    ['**Proposal', '**£000'],
    ['Waste and recycling round redesign', '620'],
    ['Leisure management contract – reduced subsidy', '540'],
    ['Review of discretionary fees and charges', '450'],
    ['Office rationalisation (closure of Wolsty Lodge)', '410'],
    ['Digital customer services and channel shift', '380'],
    ['Senior management restructure', '300'],
    ['Reduced grants to voluntary organisations', '150'],
    ['**Total', '**2,850'],
  ];
  const p2b: Script = [
    '5.2\tThe senior management restructure would delete 3.0 FTE Head of Service posts, of',
    '  \twhich one is vacant. The leisure saving depends on renegotiating the contract with',
    '  \tthe operator, which runs to 2031.',
    { gap: 6 },
    '**6.\tReserves',
    '6.1\tThe General Fund balance is £3.2m, above the minimum level of £2.5m set in the',
    '  \tMTFS. The RRR held £4.1m on 1 April 2025 and would fall to £3.35m after the',
    '  \tdrawdown proposed in recommendation (d).',
    '6.2\tThe Director of Finance considers that using reserves to balance the budget is not',
    '  \tsustainable beyond 2026/27. The remaining gap of £1.02m in 2027/28 and 2028/29',
    '  \tmust be closed by further savings.',
    { gap: 6 },
    '**7.\tNext steps and timetable',
    '7.1\tThe draft budget will be reported to the Overview and Scrutiny Committee on',
    '  \t13 January 2026.',
    '7.2\tCabinet will consider the final budget proposals on 4 February 2026, for',
    '  \trecommendation to Council on 24 February 2026.',
    { gap: 8 },
    'Contact officer: Mirela Brannagh, Director of Finance (Section 151 Officer)',
    'Appendix A: Savings proposals 2026/27 to 2028/29',
  ];
  return makePdf([
    stack([{ script: p1 }, { rows: gapRows, xs: [72, 300, 360, 420, 480] }, { script: p1tail, size: 9 }, folio('Page 1')]),
    stack([{ script: p2 }, { rows: savingsRows, xs: [90, 400] }, { script: p2b }, folio('Page 2')]),
  ]);
}

/** (b) Independent Remuneration Panel report to full Council, bold run-in headings, SRA table. */
function irpAllowances(): Uint8Array {
  const p1: Script = [
    '**VENTMOOR COUNTY COUNCIL',
    '**Meeting of the County Council – 11 December 2025',
    '**Agenda Item 11',
    { gap: 6 },
    '**Members’ Allowances Scheme 2026/27:',
    '**Report of the Independent Remuneration Panel',
    'Report of the Director of Law and Governance (Monitoring Officer)',
    { gap: 10 },
    '^^Purpose.^^ To present the recommendations of the Independent Remuneration Panel',
    '(IRP) on the scheme of allowances for county councillors from 1 April 2026. The Council',
    'must have regard to the Panel’s report before it makes or amends its scheme under the',
    'Local Authorities (Members’ Allowances) (England) Regulations 2003.',
    { gap: 8 },
    '^^Recommendations.^^ That the Council, having had regard to the report of the Panel:',
    '(1)\tadopts the Members’ Allowances Scheme at Appendix 1 with effect from 1 April 2026;',
    '(2)\tsets the basic allowance at £14,250 a year for each of the 63 county councillors,',
    '  \tan increase of 3.2% on the current £13,808;',
    '(3)\tapproves the special responsibility allowances (SRAs) set out in Table 1;',
    '(4)\tagrees that the basic allowance and SRAs be increased each year in line with the',
    '  \tpay award for local government staff agreed by the National Joint Council (NJC),',
    '  \tuntil the Panel’s next full review; and',
    '(5)\tthanks the members of the Panel for their work.',
    { gap: 8 },
    '^^Background.^^ The Panel last carried out a full review in 2021. Its members are',
    'Mrs Henrietta Vossberg (Chair), a retired magistrate; Mr Devendra Saranathan, a former',
    'trade union regional officer; and Ms Anwen Penketh, a charity chief executive. The Panel',
    'met four times between June and September 2025, interviewed 22 councillors and',
    'received 31 responses to a survey of all members.',
    { gap: 8 },
    '^^The Panel’s findings.^^ The Panel compared the basic allowance with those paid by the',
    '15 other county councils in its comparator group, where the median is £13,940. It found',
    'that councillors spend on average 21 hours a week on council business and that the',
    'current allowance undervalues that time. The Panel has kept the principle that no',
    'councillor may receive more than one SRA, and that SRAs are set as a multiple of the',
    'basic allowance.',
    { gap: 8 },
    '^^Changes to SRAs.^^ The Panel recommends a new SRA for the Chair of the Planning and',
    'Regulation Committee, which now decides all minerals and waste applications, and no',
    'longer recommends an SRA for the Vice-Chair of the Council. The SRA for each Cabinet',
    'Member rises from 1.1 to 1.25 times the basic allowance.',
  ];
  const sraRows = [
    ['**Role', '**Number', '**Multiple of basic', '**SRA (£ a year)'],
    ['Leader of the Council', '1', '2.5', '35,625'],
    ['Deputy Leader', '1', '1.75', '24,940'],
    ['Cabinet Member', '8', '1.25', '17,810'],
    ['Chair of the Planning and Regulation Committee', '1', '0.75', '10,690'],
    ['Leader of the Main Opposition Group', '1', '0.75', '10,690'],
    ['Chair of a Scrutiny Committee', '3', '0.6', '8,550'],
    ['Chair of the Audit and Governance Committee', '1', '0.5', '7,125'],
    ['Chairman of the Council', '1', '0.5', '7,125'],
    ['Chair of the Licensing Committee', '1', '0.3', '4,275'],
  ];
  const p2head: Script = ['**Table 1: Special responsibility allowances from 1 April 2026'];
  const p2: Script = [
    '^^Other allowances.^^ The Panel recommends no change to the dependants’ carers’',
    'allowance, which remains at up to £12.60 an hour (the Real Living Wage), or to travel',
    'allowances, which are paid at His Majesty’s Revenue and Customs (HMRC) approved',
    'mileage rates of 45p a mile.',
    { gap: 8 },
    '^^Cost.^^ The total cost of the scheme in 2026/27 will be £1,166,350, made up of basic',
    'allowances of £897,750 and SRAs of £268,600. This is £37,450 more than the 2025/26',
    'budget and can be met within the Democratic Services budget in the draft 2026/27',
    'budget.',
    { gap: 8 },
    '^^Publication.^^ The Monitoring Officer will publish the adopted scheme on the Council’s',
    'website and in a local newspaper by 30 April 2026.',
    { gap: 8 },
    '^^Next review.^^ The Panel will report to the Council on its next full review by',
    'December 2029, before the county council elections in 2030.',
    { gap: 8 },
    '^^Legal implications.^^ The Council may not pay allowances above the amounts',
    'recommended by the Panel without first considering its report. If the Council does not',
    'adopt a recommendation, the reasons must be recorded.',
    { gap: 10 },
    'Contact: Gwilym Parcell, Head of Democratic Services',
    'Appendix 1: Members’ Allowances Scheme 2026/27',
    'Appendix 2: Full report of the Independent Remuneration Panel, September 2025',
  ];
  return makePdf([
    stack([{ script: p1 }, folio('1')]),
    stack([{ script: p2head }, { rows: sraRows, xs: [72, 318, 368, 458] }, { script: p2 }, folio('2')]),
  ]);
}

/** (c) County cabinet report proposing to close a small primary school. */
function schoolClosure(): Uint8Array {
  const p1: Script = [
    '**ULLSDALE COUNTY COUNCIL',
    '**Report to Cabinet',
    { gap: 4 },
    'Date:\t9 September 2025',
    'Subject:\tProposal to close Garthwaite Church of England Primary School',
    'Report of:\tExecutive Director of Children and Families',
    'Cabinet Member:\tCouncillor Halvard Sefton, Education and Skills',
    'Key decision:\tYes',
    'Electoral division:\tHeskettby and Garthwaite',
    { gap: 8 },
    '**1.\tExecutive summary',
    '1.1\tGarthwaite Church of England Primary School is a voluntary controlled (VC)',
    '  \tschool with a capacity of 70 pupils. There are 19 pupils on roll in September 2025,',
    '  \tleaving 73% of its places unfilled, and numbers are forecast to fall to 14 by',
    '  \tSeptember 2026. The school has been in federation with Applegarth Primary School',
    '  \tsince 2022 and shares its executive headteacher.',
    '1.2\tThe Governing Body has told the Council that it does not believe the school can',
    '  \tcontinue to offer a broad curriculum with two mixed-age classes and a budget that',
    '  \tis forecast to be £86,000 in deficit by 31 March 2026.',
    { gap: 6 },
    '**2.\tRecommendations',
    'That Cabinet:',
    '2.1\tnotes the outcome of the informal consultation held from 2 June to 14 July 2025,',
    '  \tsummarised in section 6 and Appendix B;',
    '2.2\tapproves the publication of a statutory proposal to close Garthwaite Church of',
    '  \tEngland Primary School, with the closure to take place on 31 August 2026;',
    '2.3\tagrees that free home to school transport be provided to Applegarth Primary',
    '  \tSchool for pupils on roll at the date of closure, at an estimated cost of £38,500 a',
    '  \tyear; and',
    '2.4\tnotes that a further report will be brought to Cabinet on 11 November 2025 to',
    '  \tmake a final decision on the proposal, after the representation period has ended.',
    { gap: 6 },
    '**3.\tPupil numbers and surplus places',
    '3.1\tThe table shows the number on roll at the January census in each year.',
  ];
  const rollRows = [
    ['**Year', '**Capacity', '**Number on roll', '**Surplus places', '**% surplus'],
    ['January 2021', '70', '41', '29', '41%'],
    ['January 2022', '70', '36', '34', '49%'],
    ['January 2023', '70', '31', '39', '56%'],
    ['January 2024', '70', '26', '44', '63%'],
    ['January 2025', '70', '21', '49', '70%'],
    ['September 2025', '70', '19', '51', '73%'],
  ];
  const p1b: Script = [
    '3.2\tOnly 6 of the 19 pupils live in Garthwaite; the rest travel from the catchment areas',
    '  \tof other schools. The Published Admission Number (PAN) is 10.',
  ];
  const p2: Script = [
    '**4.\tThe receiving school',
    '4.1\tApplegarth Primary School is 3.4 miles from Garthwaite and rated Good by Ofsted.',
    '  \tIt has 31 surplus places and can admit all pupils from Garthwaite, including the two',
    '  \tpupils with Special Educational Needs and Disabilities (SEND) support plans.',
    { gap: 6 },
    '**5.\tFinancial implications',
    '5.1\tThe cost per pupil at Garthwaite is £14,620, against a county average of £5,480.',
    '5.2\tFree home to school transport would be provided by a contracted minibus at an',
    '  \testimated cost of £38,500 a year, falling as pupils leave primary education.',
    '5.3\tAny deficit balance at closure falls to the Council. Redundancy costs for staff who',
    '  \tcannot be redeployed, estimated at £64,000, would be met from the Council’s',
    '  \tschool closure contingency and not from the Dedicated Schools Grant (DSG).',
    '5.4\tThe school building and playing field are held on trust by the Diocesan Board of',
    '  \tEducation, and would revert to the trustees on closure.',
    { gap: 6 },
    '**6.\tConsultation',
    '6.1\tThe informal consultation received 142 responses, of which 118 opposed closure.',
    '  \tThe main concerns were travel time, the loss of a village facility and the effect',
    '  \ton the church. An Equality Impact Assessment (EqIA) is at Appendix C.',
    { gap: 6 },
    '**7.\tStatutory process and timetable',
    '7.1\tThe proposal follows the Department for Education (DfE) guidance Opening and',
    '  \tclosing maintained schools. Anyone may comment on or object to the proposal during',
    '  \tthe representation period of four weeks, ending on 16 October 2025.',
  ];
  const timetableRows = [
    ['**Stage', '**Date'],
    ['Informal consultation', '2 June – 14 July 2025'],
    ['Cabinet decision to publish proposal', '9 September 2025'],
    ['Publication of statutory notice', '18 September 2025'],
    ['Representation period (four weeks)', '18 September – 16 October 2025'],
    ['Final decision by Cabinet', '11 November 2025'],
    ['Proposed closure date', '31 August 2026'],
  ];
  const p2tail: Script = [
    'Contact officer: Torin Lazenby, School Organisation Manager',
    'Appendices: A – Statutory proposal; B – Consultation responses; C – EqIA',
  ];
  return makePdf([
    stack([{ script: p1 }, { rows: rollRows, xs: [72, 170, 240, 340, 440], leading: 13 }, { script: p1b }, folio('Page 1 of 2')]),
    stack([{ script: p2 }, { rows: timetableRows, xs: [90, 320] }, { script: p2tail }, folio('Page 2 of 2')]),
  ]);
}

/** (d) Standards hearings sub-committee decision notice. */
function standardsDecision(): Uint8Array {
  const p1 = flowPage([
    '**YARLSIDE DISTRICT COUNCIL',
    '**Standards Committee – Hearings Sub-Committee',
    '**DECISION NOTICE',
    '**Complaint against Councillor Piers Ruddock (ref. SC/2025/014)',
    { gap: 6 },
    'Subject member:\tCouncillor Piers Ruddock, Hallbank Ward',
    'Complainant:\tA member of the public (Complainant A)',
    'Date of hearing:\t2 October 2025',
    'Date of notice:\t6 October 2025',
    'Sub-Committee:\tCouncillors Tamsin Okonedo (Chair), Leonard Brigstock and',
    '  \tBeatrix Conyngham',
    'Independent Person:\tRowena Stallabrass',
    'Monitoring Officer:\tAugustine Rowantree',
    { gap: 8 },
    '**1.\tThe complaint',
    '1.1\tOn 14 April 2025 the Monitoring Officer received a complaint that, at a public',
    '  \tmeeting of the Hallbank Community Forum on 27 March 2025, Councillor Ruddock',
    '  \tshouted at and made personal remarks about a resident who had objected to a',
    '  \tplanning application, and later posted comments about her on his public Facebook',
    '  \tpage describing her as “a professional moaner”.',
    '1.2\tThe Monitoring Officer, after consulting the Independent Person, referred the',
    '  \tcomplaint for investigation on 2 May 2025. Corbel Governance Associates issued',
    '  \tthe investigation report on 8 August 2025.',
    '1.3\tThe Council’s Code of Conduct is based on the Local Government Association (LGA)',
    '  \tModel Councillor Code of Conduct 2020. The relevant paragraphs are:',
    '    • paragraph 1.1 – I treat other councillors and members of the public with respect;',
    '    • paragraph 3.1 – I do not bully any person; and',
    '    • paragraph 5.1 – I do not bring my role or local authority into disrepute.',
    { gap: 6 },
    '**2.\tFindings of fact',
    '2.1\tCouncillor Ruddock was acting in his capacity as a councillor at the Forum',
    '  \tmeeting and when posting on the Facebook page, which he uses to report on',
    '  \tcouncil business.',
    '2.2\tThe Sub-Committee accepted the evidence of the complainant and two other',
    '  \twitnesses that Councillor Ruddock raised his voice, pointed at the complainant and',
    '  \tsaid that she was “wasting everybody’s time”.',
    '2.3\tCouncillor Ruddock accepted that he wrote the Facebook post, which stayed online',
    '  \tfor nine days.',
    { gap: 6 },
    '**3.\tDecision',
    '3.1\tHaving considered the investigation report, the written and oral submissions of the',
    '  \tparties and the views of the Independent Person, the Sub-Committee decided that:',
    '(a)\tCouncillor Ruddock failed to comply with the Code of Conduct, in that he breached',
    '  \tparagraph 1.1 (respect) and paragraph 5.1 (disrepute); and',
    '(b)\tCouncillor Ruddock did not breach paragraph 3.1 (bullying), because the conduct',
    '  \twas a single incident and did not amount to a pattern of intimidating behaviour.',
    '3.2\tThe Independent Person’s view, which the Sub-Committee took into account, was',
    '  \tthat the conduct breached the Code and that a sanction was appropriate.',
  ]);
  const p2 = flowPage([
    '**4.\tSanctions',
    '4.1\tThe Sub-Committee decided to impose the following sanctions:',
    '(i)\tthat Councillor Ruddock be formally censured;',
    '(ii)\tthat Councillor Ruddock be asked to send a written apology to the complainant,',
    '  \tin a form approved by the Monitoring Officer, by 30 October 2025;',
    '(iii)\tthat Councillor Ruddock be asked to attend training on the Code of Conduct and',
    '  \ton the use of social media, arranged by the Monitoring Officer, by 31 December 2025;',
    '(iv)\tthat the Leader of the Hallbank Independents Group be recommended to remove',
    '  \tCouncillor Ruddock from the Planning Committee for six months; and',
    '(v)\tthat this decision notice be published on the Council’s website.',
    '4.2\tThe Sub-Committee noted that it has no power to suspend a councillor or to',
    '  \twithhold allowances.',
    { gap: 6 },
    '**5.\tReasons',
    '5.1\tThe remarks were personal and made in public, to a resident taking part in a',
    '  \tcouncil forum. The Facebook post repeated them to a wide audience. Councillor',
    '  \tRuddock apologised at the hearing for the tone of his remarks but did not accept',
    '  \tthat the post was disrespectful, and the Sub-Committee considered that he showed',
    '  \tlimited insight. It had regard to his previously good record.',
    { gap: 6 },
    '**6.\tRight of review',
    '6.1\tThere is no right of appeal against this decision to any other body. Councillor',
    '  \tRuddock or the complainant may ask for a review of the decision by writing to the',
    '  \tMonitoring Officer within 15 working days of the date of this notice. A review would',
    '  \tbe considered by a differently constituted Hearings Sub-Committee.',
    '6.2\tA party who believes that the complaint was not handled properly may complain to',
    '  \tthe Local Government and Social Care Ombudsman (LGSCO).',
    { gap: 6 },
    '**7.\tReporting',
    '7.1\tThe Monitoring Officer will report the outcome of this hearing to the Standards',
    '  \tCommittee at its meeting on 20 January 2026.',
    { gap: 10 },
    'Signed: Councillor Tamsin Okonedo, Chair of the Hearings Sub-Committee',
    'Dated: 6 October 2025',
  ]);
  return makePdf([[...p1, ...folio('1 of 2')], [...p2, ...folio('2 of 2')]]);
}

/** (e) Homelessness and rough sleeping strategy adoption report to an Executive. */
function homelessnessStrategy(): Uint8Array {
  const p1 = flowPage([
    '**VARNLEY BOROUGH COUNCIL',
    '**EXECUTIVE',
    '**25 NOVEMBER 2025',
    { gap: 6 },
    '**HOMELESSNESS AND ROUGH SLEEPING STRATEGY 2026–2031',
    { gap: 4 },
    'Report of:\tDirector of Housing and Communities',
    'Executive Member:\tCouncillor Idris Montague-Farr, Executive Member for Housing',
    'Key decision:\tYes (Forward Plan ref. EX/2025/041)',
    'Classification:\tOpen',
    { gap: 8 },
    '**Summary',
    '1.\tThe Council must publish a homelessness strategy at least every five years under the',
    '  \tHomelessness Act 2002. The current strategy ends in March 2026. This report seeks',
    '  \tadoption of a new Homelessness and Rough Sleeping Strategy 2026–2031, its action',
    '  \tplan, and four new posts to deliver it.',
    { gap: 6 },
    '**Recommendations',
    'That the Executive:',
    'i.\tadopts the Homelessness and Rough Sleeping Strategy 2026–2031 at Appendix 1;',
    'ii.\tapproves the creation of 4.0 FTE fixed-term posts listed in paragraph 9, at a cost of',
    '  \t£176,400 a year, funded from the Homelessness Prevention Grant (HPG);',
    'iii.\tapproves the action plan at Appendix 2 and delegates authority to the Director of',
    '  \tHousing and Communities, in consultation with the Executive Member for Housing,',
    '  \tto make minor changes to it; and',
    'iv.\tagrees that progress against the action plan be reported to the Executive annually,',
    '  \twith the first annual review in December 2026.',
    { gap: 6 },
    '**Background',
    '2.\tOn 30 September 2025, 212 households were in temporary accommodation (TA)',
    '  \tarranged by the Council, compared with 128 two years earlier. Of these, 64 were in',
    '  \tbed and breakfast (B&B) accommodation, including 19 families with children.',
    '3.\tThe Council’s net spend on TA was £3.46m in 2024/25 and is forecast to reach',
    '  \t£4.18m in 2025/26, an overspend of £1.1m against budget. Most of the cost is not',
    '  \tmet by housing benefit, which is capped at 90% of the January 2011 Local Housing',
    '  \tAllowance (LHA) rate.',
    '4.\tThe autumn 2024 rough sleeping snapshot counted 14 people sleeping rough in the',
    '  \tborough, against 6 in 2021. Rough Sleeping Initiative (RSI) funding of £312,000 has',
    '  \tbeen confirmed for 2026/27.',
    '5.\tThe strategy was developed with the Varnley Homelessness Forum and was the',
    '  \tsubject of an eight-week public consultation, which received 186 responses.',
    '6.\tIt has four priorities: preventing homelessness earlier; ending the use of B&B for',
    '  \tfamilies; increasing the supply of good quality TA; and ending rough sleeping.',
  ]);
  const p2a: Script = [
    '**Action plan',
    '7.\tThe main actions in the action plan at Appendix 2 are:',
  ];
  const actionRows = [
    ['**Action', '**Lead', '**Target date'],
    ['Launch “Let Varnley” landlord incentive scheme', 'Private Sector Housing Manager', 'April 2026'],
    ['Commission Housing First service for 15 people', 'Strategic Housing Manager', 'June 2026'],
    ['End the use of B&B for families beyond six weeks', 'Head of Housing Options', 'September 2026'],
    ['Review the Housing Allocations Policy', 'Strategic Housing Manager', 'December 2026'],
    ['Open 20-bed supported housing scheme, Pindar Street', 'Head of Housing Options', 'March 2027'],
  ];
  const p2b: Script = [
    '8.\tThe Housing First service will be commissioned from a specialist provider for',
    '  \tthree years, at a cost of £210,000 a year.',
    { gap: 6 },
    '**Staffing',
    '9.\tThe strategy needs four new posts, fixed-term until 31 March 2028:',
  ];
  const postRows = [
    ['**Post', '**Grade', '**FTE', '**Annual cost'],
    ['Homelessness Prevention Officer', 'Grade 7', '2.0', '£88,600'],
    ['Rough Sleeping Navigator', 'Grade 6', '1.0', '£40,100'],
    ['Temporary Accommodation Procurement Officer', 'Grade 8', '1.0', '£47,700'],
    ['**Total', '', '**4.0', '**£176,400'],
  ];
  const p2c: Script = [
    '10.\tThe Homelessness Prevention Officers will work from the Varnley Hub and the',
    '  \ttown’s two family hubs. The Rough Sleeping Navigator will work with outreach',
    '  \tpartners and will be on call for the Severe Weather Emergency Protocol (SWEP).',
    { gap: 6 },
    '**Financial implications',
    '11.\tThe HPG allocation for 2026/27 is £1.42m. The new posts (£176,400) and the Housing',
    '  \tFirst service (£210,000) are met from it. The Let Varnley scheme is expected to avoid',
    '  \tabout £640,000 a year of TA costs by 2027/28.',
    { gap: 6 },
    '**Review',
    '12.\tA mid-point review of the strategy will be reported to the Executive by March 2029.',
    { gap: 10 },
    'Contact officer: Marisol Quantock, Strategic Housing Manager',
    'Background papers: Homelessness Review 2025',
  ];
  return makePdf([
    [...p1, ...folio('Page 1')],
    stack([
      { script: p2a },
      { rows: actionRows, xs: [72, 320, 465], size: 9, leading: 13 },
      { script: p2b },
      { rows: postRows, xs: [72, 320, 390, 450], leading: 13 },
      { script: p2c },
      folio('Page 2'),
    ]),
  ]);
}

/** (f) Highways capital programme approval report with scheme and funding tables. */
function highwaysCapital(): Uint8Array {
  const front = grid(
    [
      ['**Meeting:', 'Cabinet'],
      ['**Date:', '13 January 2026'],
      ['**Title:', 'Highways Capital Programme 2026/27'],
      ['**Cabinet Member:', 'Councillor Hester Vowles-Nakamura, Highways and Transport'],
      ['**Lead Director:', 'Cormac Idowu, Director of Place'],
      ['**Key decision:', 'Yes'],
    ],
    [72, 190],
    100,
  );
  const body: Script = [
    '**1.\tRecommendations',
    '1.1\tCabinet is asked to:',
    'a)\tapprove the Highways Capital Programme 2026/27 of £14,860,000 set out in',
    '  \tAppendix A and summarised in Table 1;',
    'b)\tapprove prudential borrowing of £2,000,000 in 2026/27 towards carriageway',
    '  \tresurfacing, to be repaid over 20 years;',
    'c)\tdelegate authority to the Director of Place, in consultation with the Cabinet',
    '  \tMember for Highways and Transport, to add, remove or re-phase schemes within',
    '  \tthe overall programme budget, provided that any change to a single scheme of',
    '  \tmore than £250,000 is reported to Cabinet; and',
    'd)\tnote that a progress report on delivery of the programme will be presented to',
    '  \tCabinet in September 2026.',
    { gap: 6 },
    '**2.\tBackground',
    '2.1\tThe Council is the highway authority for 2,140 miles of road. Schemes have been',
    '  \tprioritised using the Transport Asset Management Plan (TAMP), which ranks roads',
    '  \tby condition, traffic and risk. In the 2025 survey 5% of A roads and 9% of B and C',
    '  \troads were in the red category, where maintenance should be considered.',
    '2.2\tThe Department for Transport (DfT) confirmed the Council’s 2026/27 allocations in',
    '  \tDecember 2025. They include the Highways Maintenance Block (HMB) and the',
    '  \tIntegrated Transport Block (ITB). 25% of the HMB incentive element depends on',
    '  \tthe Council publishing a transparency report on its highways spending.',
    { gap: 6 },
    '**3.\tThe programme',
    '3.1\tTable 1 lists the named schemes and the county-wide programmes.',
    { gap: 4 },
    '**Table 1: Highways Capital Programme 2026/27',
  ];
  const schemeRows = [
    ['**Scheme', '**Ward', '**£'],
    ['A6097 Sollom Road resurfacing (Mill Lane to Kettle Cross)', 'Sollom', '1,240,000'],
    ['B5310 Ravensgill Bank resurfacing', 'Ravensgill', '865,000'],
    ['Pentrell town centre footway renewal', 'Pentrell', '410,000'],
    ['Tarrant Hill Bridge deck waterproofing', 'Tarrant Hill', '1,150,000'],
    ['Moorgate East junction safety scheme', 'Moorgate East', '325,000'],
    ['Thursby Green school safety zone (20 mph)', 'Thursby Green', '180,000'],
    ['Traffic signal renewal, Pentrell Road/Station Street', 'Pentrell', '290,000'],
    ['County-wide surface dressing programme', 'Various', '2,600,000'],
    ['County-wide patching and pothole repairs', 'Various', '3,100,000'],
    ['Drainage and gully improvements', 'Various', '1,480,000'],
    ['Street lighting column replacement', 'Various', '1,300,000'],
    ['Minor schemes and design fees', 'Various', '1,920,000'],
    ['**Total', '', '**14,860,000'],
  ];
  const p2: Script = [
    '**4.\tFunding',
    '4.1\tThe programme is funded as set out in Table 2.',
    { gap: 4 },
    '**Table 2: Funding sources 2026/27',
  ];
  const fundRows = [
    ['**Source', '**£'],
    ['Highways Maintenance Block – needs element (DfT grant)', '6,150,000'],
    ['Highways Maintenance Block – incentive element (DfT grant)', '2,270,000'],
    ['Integrated Transport Block (DfT grant)', '1,640,000'],
    ['Local Roads Resurfacing grant (DfT)', '1,000,000'],
    ['Prudential borrowing', '2,000,000'],
    ['Developer contributions (Section 106)', '780,000'],
    ['Carry-forward from 2025/26', '1,020,000'],
    ['**Total', '**14,860,000'],
  ];
  const p2b: Script = [
    '4.2\tThe borrowing costs of about £158,000 a year from 2027/28 are included in the',
    '  \tMedium Term Financial Plan. The grant and borrowing figures are final; developer',
    '  \tcontributions will be drawn down as schemes are completed.',
    { gap: 6 },
    '**5.\tDelivery and risks',
    '5.1\tSchemes will be delivered by the Council’s term contractor, Quarnshire Highways',
    '  \tPartnership, between April 2026 and March 2027. Where a scheme is delayed, for',
    '  \texample by utility works, the next scheme on the reserve list in Appendix B will be',
    '  \tbrought forward under the delegation in recommendation c).',
    '5.2\tThe Tarrant Hill Bridge works need a six-week closure of the bridge, which will be',
    '  \ttimed for the school summer holidays.',
    { gap: 6 },
    '**6.\tConsultation',
    '6.1\tWard members were consulted on the named schemes in November 2025. The',
    '  \tPlace Scrutiny Committee considered the draft programme on 2 December 2025.',
    { gap: 10 },
    'Contact officer: Leofric Hamblin, Head of Highways Infrastructure',
    'Appendix A: Scheme list 2026/27; Appendix B: Reserve schemes',
  ];
  return makePdf([
    [
      { text: 'QUARNSHIRE COUNCIL', x: 72, y: 76, size: 14, bold: true },
      ...front,
      ...stack([{ script: body }, { rows: schemeRows, xs: [72, 360, 470], size: 9, leading: 12 }], 100 + 6 * 14 + 14),
      ...folio('1'),
    ],
    stack([{ script: p2 }, { rows: fundRows, xs: [90, 440] }, { script: p2b }, folio('2')]),
  ]);
}

/** (g) Cabinet minutes as a record of decisions, one item called in. */
function recordOfDecisions(): Uint8Array {
  const p1 = flowPage([
    '**TEMPLEMOOR CITY COUNCIL',
    '**CABINET – RECORD OF DECISIONS',
    'Meeting held on Tuesday 16 December 2025 at 10.00 am, Committee Room 3, Civic Centre',
    { gap: 4 },
    'Present:\tCouncillor Araminta Roscoe-Blyth (Leader, in the Chair); Councillors Elspeth',
    '  \tFairlamb (Deputy Leader), Jovan Kilsby, Priyanka Lister-Obi, Callum',
    '  \tAshbridge and Noor Whitfield-Amin',
    'Date of publication:\t18 December 2025 (updated 24 December 2025 to record a call-in)',
    'Call-in deadline:\t5.00 pm on 2 January 2026',
    { gap: 4 },
    'Decisions marked * are key decisions. A decision may be implemented after the call-in',
    'deadline unless it has been called in under Scrutiny Procedure Rule 16.',
    { gap: 8 },
    '**62.\tDeclarations of interest',
    'Councillor Kilsby declared a non-registrable interest in item 66 as a relative of',
    'a person who attends the centre, and left the room for that item.',
    { gap: 6 },
    '**63.\tMinutes',
    '**Decision',
    'That the minutes of the meeting held on 18 November 2025 be approved as a correct record.',
    { gap: 6 },
    '**64.\tCouncil Tax Base 2026/27',
    '**Decision',
    'That the council tax base for 2026/27 be approved as 78,412.6 Band D equivalent',
    'properties, after allowing for a collection rate of 97.8%.',
    '**Reasons for decision',
    'The Council must set its tax base between 1 December and 31 January so that the',
    'precepting authorities can set their budgets.',
    '**Alternative options considered and rejected',
    'None. Setting a tax base is a statutory requirement.',
    { gap: 6 },
    '**65.\tGrounds Maintenance Contract 2026–2031 *',
    '**Decision',
    '(1)\tThat the contract for citywide grounds maintenance be awarded to Verdance',
    '  \tLandscapes Ltd for five years from 1 April 2026, with an option to extend for up',
    '  \tto two further years, at an estimated value of £9.2m over the initial term.',
    '(2)\tThat the Director of Neighbourhoods be authorised to finalise and complete the',
    '  \tcontract.',
    '**Reasons for decision',
    'Verdance Landscapes Ltd submitted the most economically advantageous of the four',
    'tenders received, evaluated on 60% quality and 40% price. The contract includes',
    'commitments to peat-free planting and electric mowers.',
    '**Alternative options considered and rejected',
    'Bringing the service in-house was rejected because it would cost about £410,000 a',
    'year more and would need a new depot. A further extension of the current contract was',
    'rejected because the contract does not allow it.',
  ]);
  const p2 = flowPage([
    '**66.\tProposed Closure of Marwick Lane Day Centre *',
    '**Decision',
    'That Marwick Lane Day Centre be closed with effect from 31 March 2026, and that the 38',
    'people who attend be offered alternative day opportunities following a review of their',
    'care and support plans.',
    '**Reasons for decision',
    'Attendance has fallen from 62 to 38 people since 2022 and the building needs repairs',
    'estimated at £1.3m. Closure would save £286,000 a year. The public consultation found',
    'that most attendees value the activities and friendships rather than the building itself.',
    '**Alternative options considered and rejected',
    'Keeping the centre open (rejected on cost); transferring the centre to a community',
    'organisation (rejected because no viable proposal was received during consultation).',
    { gap: 4 },
    '**CALL-IN',
    'This decision was called in on 23 December 2025 by Councillors Barnabas Ilori, Fenella',
    'Strickson and Orrin Tulliver and two other non-executive members. The call-in will',
    'be considered by the Overview and Scrutiny Commission on 8 January 2026. The decision',
    'cannot be implemented until the call-in has been dealt with.',
    { gap: 6 },
    '**67.\tTreasury Management Mid-Year Review 2025/26',
    '**Decision',
    'That the Treasury Management Mid-Year Review 2025/26 be noted and referred to Council',
    'on 29 January 2026.',
    '**Reasons for decision',
    'The Chartered Institute of Public Finance and Accountancy (CIPFA) Treasury',
    'Management Code requires a mid-year review to be reported to Council.',
    '**Alternative options considered and rejected',
    'None.',
    { gap: 10 },
    'Record published by: Seraphina Ockenden, Democratic Services Officer',
  ]);
  return makePdf([[...p1, ...folio('1')], [...p2, ...folio('2')]]);
}

/** (h) Carers' strategy report to a health and wellbeing board, ending with a forward plan of dated bullets. */
function carersStrategyHwb(): Uint8Array {
  const p1 = flowPage([
    '**RIDGEMARSH HEALTH AND WELLBEING BOARD',
    '**Thursday 29 January 2026',
    { gap: 6 },
    'Report title:\tRidgemarsh All-Age Carers’ Strategy 2026–2030',
    'Report author:\tBethany Lowenthal, Carers Commissioning Manager',
    'Board sponsor:\tPhilippa Garroway, Director of Adult Services',
    'Purpose:\tFor decision',
    { gap: 8 },
    '**1\tRecommendations',
    '1.1\tThe Health and Wellbeing Board is asked to:',
    'a)\tendorse the All-Age Carers’ Strategy 2026–2030 at Appendix 1;',
    'b)\tnote the £1.12m of Better Care Fund (BCF) funding allocated to support for carers',
    '  \tin 2025/26, including £240,000 for carers’ breaks;',
    'c)\tagree that each Board partner names a carers’ champion in its organisation by',
    '  \t30 June 2026; and',
    'd)\tagree that the Ridgemarsh Carers’ Alliance reports progress against the strategy',
    '  \tto the Board each year, with the first report in January 2027.',
    { gap: 6 },
    '**2\tBackground',
    '2.1\tThe 2021 Census recorded 41,300 people in Ridgemarsh providing unpaid care,',
    '  \t9.6% of residents aged 5 and over. Of these, 9,870 provide 50 or more hours of',
    '  \tcare a week.',
    '2.2\tThe Council and NHS Ridgemarsh and Hesketh Vale Integrated Care Board (ICB)',
    '  \tknow of 1,240 young carers aged under 18, but the Joint Strategic Needs',
    '  \tAssessment (JSNA) estimates that there are at least 3,500.',
    '2.3\tIn 2024/25 the Council completed 2,310 carers’ assessments, 14% more than in',
    '  \t2023/24. Only 27% of carers who responded to the last national carers’ survey said',
    '  \tthey had as much social contact as they would like.',
    { gap: 6 },
    '**3\tThe strategy',
    '3.1\tThe strategy was co-produced with 412 carers, the Ridgemarsh Carers’ Alliance',
    '  \tand Voluntary, Community and Social Enterprise (VCSE) organisations. It has five',
    '  \tpriorities:',
    '•\tidentifying carers earlier, including in GP practices and hospitals;',
    '•\tbreaks and time for carers themselves;',
    '•\tyoung carers and young adult carers;',
    '•\tcarers in work, and money worries; and',
    '•\tplanning for the future and for emergencies.',
    '3.2\tTo support young carers in schools, two Young Carers Support Workers (2.0 FTE,',
    '  \tGrade 5) will be employed by the Council from April 2026, at a cost of £78,400 a year.',
  ]);
  const p2 = flowPage([
    '**4\tFinancial implications',
    '4.1\tThe BCF allocates £1.12m to support for carers in 2025/26: £610,000 for the',
    '  \tcarers’ support service contract with Ridgemarsh Carers Hub, £240,000 for carers’',
    '  \tbreaks, £185,000 for carers’ assessments and £85,000 for young carers.',
    '4.2\tThe strategy will be delivered within existing BCF allocations. The Young Carers',
    '  \tSupport Workers will be funded from the young carers allocation and from Public',
    '  \tHealth Grant.',
    { gap: 6 },
    '**5\tNext steps',
    '5.1\tThe strategy will be launched during Carers Week in June 2026, and a summary',
    '  \tversion for young carers will be produced with the Young Carers Forum.',
    { gap: 14 },
    '**Health and Wellbeing Board – Forward Plan',
    'The following items are scheduled for the Board’s next meetings:',
    '•\t12 March 2026 – Better Care Fund plan 2026/27 (Director of Adult Services)',
    '•\t12 March 2026 – Joint Local Health and Wellbeing Strategy refresh (Director of',
    '  \tPublic Health)',
    '•\t14 May 2026 – Tobacco Control and Vaping Plan (Director of Public Health)',
    '•\t14 May 2026 – Children and Young People’s Mental Health Transformation Plan',
    '  \t(ICB Place Director)',
    '•\t9 July 2026 – Safeguarding Adults Board annual report 2025/26 (Independent Chair)',
    '•\t9 July 2026 – Healthwatch Ridgemarsh annual report (Healthwatch Manager)',
    { gap: 8 },
    'Items for the forward plan should be sent to the Board’s secretariat at least six weeks',
    'before the meeting.',
  ]);
  return makePdf([[...p1, ...folio('1')], [...p2, ...folio('2')]]);
}

export const SYNTHETIC20: Record<string, () => Uint8Array> = {
  's20-mtfs-update': mtfsUpdate,
  's20-members-allowances-irp': irpAllowances,
  's20-school-closure-proposal': schoolClosure,
  's20-standards-decision-notice': standardsDecision,
  's20-homelessness-strategy': homelessnessStrategy,
  's20-highways-capital-programme': highwaysCapital,
  's20-cabinet-record-of-decisions': recordOfDecisions,
  's20-carers-strategy-hwb': carersStrategyHwb,
};
