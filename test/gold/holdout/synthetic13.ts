/**
 * Eight more synthetic papers in the styles of councils we hold no papers from: mayoral combined
 * authority board minutes (Adult Skills Fund and Mayoral Investment Fund decisions in £m, a
 * delegation to the Chief Executive "in consultation with the Mayor", reports back to named Board
 * meetings); a Welsh county borough council Cabinet report with bilingual headings
 * ("Argymhellion / Recommendations") on the Sustainable Communities for Learning programme, with a
 * match-funding table by scheme and a SOC/OBC/FBC milestone table; a county council Cabinet report
 * on the High Needs Block / DSG deficit management plan (cumulative deficit by year, EHCP numbers,
 * mitigations with savings, the statutory override); a district council executive report with bold
 * run-in headings allocating UK Shared Prosperity Fund money by investment priority; a bereavement
 * services fees and charges report to an executive member decision session; joint health overview
 * and scrutiny committee minutes on a hospital reconfiguration; a constitution and governance
 * committee report recommending changes to Council; and a scrutiny work programme laid out as a
 * matrix of topics against meeting months. Built as small PDFs by test/helpers/make-pdf.ts; their
 * gold is beside them (synthetic-<key>.json, "file": "synthetic:<key>"). Councils and people are
 * invented; the wording follows real papers of each kind. Written blind to the parser.
 */
import { flowPage, grid, makePdf, type PdfLine, type Script } from '../../helpers/make-pdf.ts';

/** A page number at the foot of a page. */
function folio(n: number): PdfLine[] {
  return [{ text: `${n}`, x: 292, y: 815, size: 9 }];
}

/** "Page n of m" at the foot of a page. */
function folioOf(n: number, of: number): PdfLine[] {
  return [{ text: `Page ${n} of ${of}`, x: 266, y: 815, size: 9 }];
}

/** Helvetica-Bold advance widths (per 1000 em) of the letters, from the standard AFM. */
const BOLD_WIDTHS: Record<string, number> = {
  a: 556, b: 611, c: 556, d: 611, e: 556, f: 333, g: 611, h: 611, i: 278, j: 278, k: 556, l: 278, m: 889,
  n: 611, o: 611, p: 611, q: 611, r: 389, s: 556, t: 333, u: 611, v: 556, w: 778, x: 556, y: 556, z: 500,
  A: 722, B: 722, C: 722, D: 722, E: 667, F: 611, G: 778, H: 722, I: 278, J: 556, K: 722, L: 611, M: 833,
  N: 722, O: 778, P: 667, Q: 778, R: 722, S: 667, T: 611, U: 722, V: 667, W: 944, X: 667, Y: 667, Z: 611,
  ' ': 278, '.': 278, ',': 278, ':': 333, '-': 333, '(': 333, ')': 333,
};

/** Helvetica-Bold advance width of a string, in points. */
function boldWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += BOLD_WIDTHS[ch] ?? 556;
  return (w / 1000) * size;
}

/**
 * A flowPage whose entries may also be run-in headings: ">>Heading.|text" sets "Heading." in bold
 * and the rest of the line in regular type after it, on the same baseline.
 */
function runInPage(script: Script, opts: { top?: number; left?: number; size?: number } = {}): PdfLine[] {
  const size = opts.size ?? 11;
  const heads = new Map<string, string>();
  const plain: Script = script.map((e, i) => {
    if (typeof e === 'string' && e.startsWith('>>')) {
      const [head, rest] = e.slice(2).split('|');
      const key = `@@runin${i}@@`;
      heads.set(key, head!);
      return `${key}${rest ?? ''}`;
    }
    return e;
  });
  const out: PdfLine[] = [];
  for (const line of flowPage(plain, opts)) {
    const m = /^(@@runin\d+@@)(.*)$/.exec(line.text);
    if (!m) {
      out.push(line);
      continue;
    }
    const head = heads.get(m[1]!)!;
    out.push({ ...line, text: head, bold: true });
    if (m[2]) out.push({ ...line, text: m[2], bold: false, x: line.x + boldWidth(head, size) + 6 });
  }
  return out;
}

/** (a) Mayoral combined authority board minutes: numbered minutes, "Resolved: That the Board: (a) …", ASF and investment fund in £m. */
function mcaBoardMinutes(): Uint8Array {
  const p1 = flowPage([
    '**EASTMERE COMBINED AUTHORITY',
    { gap: 4 },
    '**MINUTES OF THE MEETING OF THE COMBINED AUTHORITY BOARD',
    '**held at Foundry House, Eastmere on Thursday 25 September 2025 at 10.00 am',
    { gap: 6 },
    'Present:',
    'Mayor Perdita Frey-Danvers (in the Chair)',
    'Councillor Lysander Oxenbury – Leader, Brookhaven Metropolitan Borough Council',
    'Councillor Sadia Farooqi-Lund – Leader, Eastmere City Council',
    'Councillor Hal Brightmore – Leader, Kirkholme Borough Council',
    'Councillor Branwen Tregarth – Deputy Leader, Holmbrook Council (substitute)',
    'Devika Ramanathan – Chair, Eastmere Business Board (non-voting)',
    { gap: 4 },
    'In attendance: Crispin Tansley-Boyce (Chief Executive), Judith Carverhill (Director of Finance',
    'and Section 73 Officer), Ciaran Whitlow (Monitoring Officer), Femi Adeyinka-Hart (Director of',
    'Skills and Employment) and Wenna Kettering-Moss (Director of Economy and Investment)',
    { gap: 8 },
    '**31.\tApologies for absence',
    'Apologies were received from Councillor Elias Wetherden (Leader, Holmbrook Council), for whom',
    'Councillor Tregarth attended as substitute.',
    { gap: 6 },
    '**32.\tDeclarations of interest',
    'Councillor Oxenbury declared a non-pecuniary interest in Minute 36 as Leader of Brookhaven',
    'Metropolitan Borough Council, the applicant, and took no part in the vote on that item.',
    { gap: 6 },
    '**33.\tMinutes of the meeting held on 24 July 2025',
    'Resolved: That the minutes of the meeting held on 24 July 2025 be approved as a correct',
    'record and signed by the Mayor.',
    { gap: 6 },
    '**34.\tMayor’s update',
    'The Mayor reported that the Authority had been confirmed as an Established Mayoral',
    'Strategic Authority and would receive an Integrated Settlement from April 2026. The',
    'Eastmere Local Growth Plan would be published in November 2025.',
    'Resolved: That the Mayor’s update be noted.',
    { gap: 6 },
    '**35.\tAdult Skills Fund 2025/26 – Allocations',
    'The Director of Skills and Employment presented the report on the Adult Skills Fund (ASF),',
    'which the Authority receives from the Department for Education (DfE) under devolved',
    'arrangements. The allocation for the 2025/26 academic year is £38.6m. It was proposed that',
    '£29.1m be allocated by grant to further education colleges and local authority adult',
    'learning services, £6.3m be procured from independent training providers (ITPs) and £3.2m',
    'be held as a Flexible Innovation Fund for in-year priorities, including construction and',
    'green skills. In 2024/25 the ASF supported 41,200 learners, 58% of them living in the 20%',
    'most deprived neighbourhoods.',
    'Members asked how underperforming providers would be managed. The Director explained',
    'that allocations would be reviewed at the end of each term against enrolment targets.',
  ]);
  const p2 = flowPage([
    'Resolved: That the Board:',
    '(a)\tapproves the Adult Skills Fund allocations for the 2025/26 academic year totalling',
    '  \t£38.6m, as set out in Appendix 1 to the report;',
    '(b)\tapproves the creation of a Flexible Innovation Fund of £3.2m within the ASF allocation;',
    '(c)\tdelegates authority to the Chief Executive, in consultation with the Mayor and the',
    '  \tPortfolio Lead for Skills, to reallocate funding between providers in-year by up to 10%',
    '  \tof each provider’s allocation, based on delivery performance; and',
    '(d)\trequests that a report on ASF performance and in-year reallocations be brought to the',
    '  \tBoard meeting on 29 January 2026.',
    { gap: 6 },
    '**36.\tMayoral Investment Fund – Brookhaven Riverside Innovation Quarter',
    'The Director of Economy and Investment presented the Full Business Case (FBC) for the',
    'Brookhaven Riverside Innovation Quarter, which seeks £14.75m from the Mayoral Investment',
    'Fund (MIF) towards a total scheme cost of £41.2m. The remaining funding comprises £18.9m',
    'from Brookhaven Metropolitan Borough Council and £7.55m of private sector investment. The',
    'scheme would deliver 6,800 square metres of laboratory and office space and is forecast to',
    'create 540 jobs by 2030. The Investment Panel recommended approval on 9 September 2025.',
    'Resolved: That the Board:',
    '(a)\tapproves the Full Business Case for the Brookhaven Riverside Innovation Quarter and',
    '  \tan award of £14.75m from the Mayoral Investment Fund to Brookhaven Metropolitan',
    '  \tBorough Council;',
    '(b)\tdelegates authority to the Chief Executive, in consultation with the Mayor and the',
    '  \tSection 73 Officer, to agree and enter into the grant funding agreement; and',
    '(c)\trequests that a progress report on the scheme be brought to the Board meeting on',
    '  \t26 March 2026.',
    '(Councillor Oxenbury took no part in the vote on this item.)',
    { gap: 6 },
    '**37.\tCity Region Sustainable Transport Settlement – Quarter 1 monitoring',
    'The Board received the Quarter 1 monitoring report for the City Region Sustainable',
    'Transport Settlement (CRSTS) programme, which showed forecast spend of £96.3m in',
    '2025/26 against a budget of £104.0m. Eleven schemes were rated amber and two red.',
    'Resolved: That the Board notes the Quarter 1 CRSTS monitoring position.',
    { gap: 6 },
    '**38.\tForward Plan',
    'Resolved: That the Forward Plan of key decisions for October 2025 to January 2026 be',
    'noted.',
    { gap: 6 },
    '**39.\tDate of next meeting',
    'Thursday 27 November 2025 at 10.00 am, Foundry House, Eastmere.',
    { gap: 8 },
    'The meeting closed at 11.48 am.',
    { gap: 8 },
    'Mayor ……………………………',
  ]);
  return makePdf([[...p1, ...folio(1)], [...p2, ...folio(2)]]);
}

/** (b) Welsh county borough council Cabinet report with bilingual headings, SCfL match funding and SOC/OBC/FBC milestones. */
function welshSchoolsCabinetReport(): Uint8Array {
  const front = grid(
    [
      ['**Adroddiad i / Report to:', 'Cabinet'],
      ['**Dyddiad / Date:', '14 October 2025'],
      ['**Eitem / Item:', '8'],
      ['**Adroddiad gan / Report of:', 'Corporate Director – Education and Lifelong Learning'],
      ['**Aelod Cabinet / Cabinet Member:', 'Councillor Dafydd Prys-Elwyn, Education and Welsh Language'],
      ['**Penderfyniad Allweddol / Key Decision:', 'Yes'],
      ['**Statws / Status:', 'Agored / Open'],
    ],
    [72, 300],
    110,
    { size: 10 },
  );
  const p1 = flowPage(
    [
      '**Sustainable Communities for Learning: Outline Business Case for Ysgol Gymraeg',
      '**Nant y Wern and Match Funding for the Rolling Programme',
      { gap: 6 },
      '**1.\tDiben yr Adroddiad / Purpose of the Report',
      '1.1\tTo seek approval to submit the Outline Business Case (OBC) for a new 420-place',
      '  \tWelsh-medium primary school, Ysgol Gymraeg Nant y Wern, to Welsh Government (WG),',
      '  \tand to confirm the Council’s match funding for the four schemes in the first phase of',
      '  \tits Sustainable Communities for Learning (SCfL) Rolling Programme.',
      { gap: 6 },
      '**2.\tArgymhellion / Recommendations',
      '2.1\tIt is recommended that Cabinet:',
      '(a)\tapproves the submission of the Outline Business Case for Ysgol Gymraeg Nant y Wern',
      '  \tto Welsh Government by 31 October 2025;',
      '(b)\tapproves the Council’s match funding contribution of £14.51m towards the four',
      '  \tschemes in Table 1, to be met from prudential borrowing of £11.20m and capital',
      '  \treceipts of £3.31m;',
      '(c)\tnotes the Welsh Government intervention rates of 65% for mainstream schools and',
      '  \t75% for special schools;',
      '(d)\tdelegates authority to the Corporate Director – Education and Lifelong Learning, in',
      '  \tconsultation with the Cabinet Member for Education and Welsh Language and the Head',
      '  \tof Finance (Section 151 Officer), to submit the Strategic Outline Cases (SOCs) for',
      '  \tYsgol Arbennig Glanrhyd and Pen-y-bryn Primary School; and',
      '(e)\tnotes that the Full Business Case (FBC) for Ysgol Gymraeg Nant y Wern will be',
      '  \treported to Cabinet for approval in June 2026.',
      { gap: 6 },
      '**3.\tRhesymau dros yr Argymhellion / Reasons for the Recommendations',
      '3.1\tThe Welsh in Education Strategic Plan (WESP) 2022–2032 commits the Council to',
      '  \tincrease the proportion of Year 1 learners taught through the medium of Welsh from',
      '  \t14% to 24%. Ysgol Gymraeg Nant y Wern will provide 420 primary places and a 60-place',
      '  \tWelsh-medium nursery in the south of the county borough, where the two existing',
      '  \tWelsh-medium schools are full.',
    ],
    { top: 110 + 7 * 14 + 14 },
  );
  const p2head = flowPage([
    '**4.\tCefndir / Background',
    '4.1\tWelsh Government approved the Council’s Strategic Outline Programme (SOP) for the',
    '  \tRolling Programme in March 2024. The first phase comprises four schemes with a total',
    '  \tcost of £44.20m.',
    '4.2\tThe Welsh Government intervention rate is 65% for mainstream schools and 75% for',
    '  \tspecial schools and Pupil Referral Units (PRUs). The Council must fund the balance.',
    { gap: 4 },
    '**Tabl 1 / Table 1: Schemes, Welsh Government contribution and Council match funding (£m)',
  ]);
  const fundTop = 72 + 7 * 14 + 8;
  const fund = grid(
    [
      ['**Scheme', '**Total cost', '**WG rate', '**WG grant', '**Council'],
      ['Ysgol Gymraeg Nant y Wern (new build)', '16.80', '65%', '10.92', '5.88'],
      ['Tawelan Valley High School (remodelling)', '12.40', '65%', '8.06', '4.34'],
      ['Ysgol Arbennig Glanrhyd (special school)', '9.60', '75%', '7.20', '2.40'],
      ['Pen-y-bryn Primary School (extension)', '5.40', '65%', '3.51', '1.89'],
      ['**Total', '**44.20', '', '**29.69', '**14.51'],
    ],
    [72, 300, 370, 430, 495],
    fundTop,
    { size: 10 },
  );
  const p2mid = flowPage(
    [
      '**5.\tAmserlen / Business Case Milestones',
      '5.1\tThe business cases will be submitted to Welsh Government on the following timetable.',
    ],
    { top: fundTop + 6 * 14 + 12 },
  );
  const msTop = fundTop + 6 * 14 + 12 + 2 * 14 + 6;
  const milestones = grid(
    [
      ['**Scheme', '**SOC', '**OBC', '**FBC', '**Completion'],
      ['Ysgol Gymraeg Nant y Wern', 'Approved Mar 2025', '31 Oct 2025', 'Jun 2026', 'Sep 2028'],
      ['Tawelan Valley High School', 'Approved Jul 2025', 'Mar 2026', 'Nov 2026', 'Jan 2029'],
      ['Ysgol Arbennig Glanrhyd', 'Dec 2025', 'Jun 2026', 'Feb 2027', 'Apr 2029'],
      ['Pen-y-bryn Primary School', 'Dec 2025', 'Sep 2026', 'Apr 2027', 'Sep 2029'],
    ],
    [72, 230, 335, 410, 480],
    msTop,
    { size: 10 },
  );
  const p2tail = flowPage(
    [
      '**6.\tGoblygiadau Ariannol / Financial Implications',
      '6.1\tThe Council’s match funding of £14.51m is included in the Capital Programme 2025/26',
      '  \tto 2029/30. The prudential borrowing of £11.20m will cost about £0.78m a year in',
      '  \trevenue from 2029/30.',
      '6.2\tA 1.0 FTE Programme Manager post (Grade 11) is funded from the capital budget until',
      '  \t31 March 2029.',
      { gap: 6 },
      '**7.\tYmgynghori / Consultation',
      '7.1\tA statutory consultation on the new school under the School Standards and',
      '  \tOrganisation (Wales) Act 2013 ran from 2 June to 14 July 2025. Of the 212 responses,',
      '  \t81% supported the proposal.',
      { gap: 6 },
      '**8.\tAsesiad Effaith Integredig / Integrated Impact Assessment',
      '8.1\tAn Integrated Impact Assessment (IIA), covering the Welsh language and the',
      '  \tWell-being of Future Generations (Wales) Act 2015, is at Appendix C.',
      { gap: 8 },
      '**Swyddog Cyswllt / Contact Officer:',
      'Gwenllian Vaughan-Tudor, Head of School Organisation and Planning',
    ],
    { top: msTop + 5 * 14 + 14 },
  );
  return makePdf([
    [
      { text: 'CYNGOR BWRDEISTREF SIROL CWM TAWELAN', x: 72, y: 66, size: 13, bold: true },
      { text: 'CWM TAWELAN COUNTY BOROUGH COUNCIL', x: 72, y: 84, size: 13, bold: true },
      ...front,
      ...p1,
      ...folioOf(1, 2),
    ],
    [...p2head, ...fund, ...p2mid, ...milestones, ...p2tail, ...folioOf(2, 2)],
  ]);
}

/** (c) County council Cabinet report on the High Needs Block DSG deficit management plan. */
function sendDsgCabinetReport(): Uint8Array {
  const p1 = flowPage([
    '**HALVERDON COUNTY COUNCIL',
    '**CABINET – 9 DECEMBER 2025',
    { gap: 4 },
    '**High Needs Block Deficit Management Plan 2025–2029',
    'Report of the Executive Director of Children’s Services and the Director of Finance',
    'Cabinet Member: Councillor Araminta Dunstaple, Cabinet Member for Education and SEND',
    'Electoral divisions affected: All\tKey decision: Yes (KD2025/087)',
    { gap: 8 },
    '**Summary',
    '1.\tThe High Needs Block (HNB) of the Dedicated Schools Grant (DSG) funds support for',
    '  \tchildren and young people with special educational needs and disabilities (SEND).',
    '  \tDemand has grown much faster than funding, and the cumulative DSG deficit is forecast',
    '  \tto reach £68.4m by 31 March 2026. This report presents the Deficit Management Plan',
    '  \t(DMP) and the mitigations proposed to slow the growth of the deficit.',
    { gap: 6 },
    '**Recommendations',
    '2.\tCabinet is RECOMMENDED to:',
    '(a)\tapprove the High Needs Block Deficit Management Plan 2025–2029 at Appendix 1;',
    '(b)\tnote the forecast cumulative DSG deficit of £68.4m at 31 March 2026, rising to',
    '  \t£121.7m by 31 March 2028 if no further action is taken;',
    '(c)\tapprove the mitigations in Table 2, which are forecast to reduce high needs spending',
    '  \tby £24.3m over 2026/27 to 2028/29;',
    '(d)\tapprove the creation of 6.0 FTE Inclusion Support Officer posts (Grade 9) from',
    '  \t1 April 2026, at a cost of £318,000 a year funded from the High Needs Block;',
    '(e)\tagree that a transfer of 0.5% (£3.1m) from the Schools Block to the High Needs Block',
    '  \tin 2026/27 be put to the Schools Forum at its meeting on 15 January 2026; and',
    '(f)\tnote that progress against the plan will be reported to the Schools Forum in March',
    '  \t2026 and to Cabinet in July 2026.',
    { gap: 6 },
    '**Background',
    '3.\tIn January 2025 the Council maintained 7,214 Education, Health and Care Plans',
    '  \t(EHCPs), an increase of 12.6% on January 2024 and of 71% since January 2020. The',
    '  \tnumber is forecast to reach 8,950 by January 2028 without further action.',
    '4.\tOf pupils with an EHCP, 38% attend a special school. 14% are placed in independent',
    '  \tnon-maintained special schools (INMSS) at an average cost of £62,400 a year, against',
    '  \t£24,100 in a maintained special school.',
    '5.\tThe statutory override, which requires DSG deficits to be held in a separate unusable',
    '  \treserve rather than charged to the General Fund, has been extended by the',
    '  \tGovernment to 31 March 2028. The Council’s usable reserves were £94.2m at 31 March',
    '  \t2025, less than the deficit forecast for March 2028 in Table 1.',
  ]);
  const p2head = flowPage([
    '**Table 1: DSG cumulative deficit by year (£m)',
  ]);
  const t1Top = 72 + 14 + 4;
  const t1 = grid(
    [
      ['**Year', '**In-year deficit', '**Cumulative', '**DMP savings', '**Cumulative'],
      ['', '**(no action)', '**(no action)', '', '**(with DMP)'],
      ['2022/23 actual', '11.8', '19.6', '–', '19.6'],
      ['2023/24 actual', '15.7', '35.3', '–', '35.3'],
      ['2024/25 actual', '18.3', '53.6', '–', '53.6'],
      ['2025/26 forecast', '14.8', '68.4', '–', '68.4'],
      ['2026/27 forecast', '24.6', '93.0', '5.9', '87.1'],
      ['2027/28 forecast', '28.7', '121.7', '8.4', '107.4'],
      ['2028/29 forecast', '31.9', '153.6', '10.0', '129.3'],
    ],
    [72, 200, 295, 385, 470],
    t1Top,
    { size: 10 },
  );
  const p2mid = flowPage(
    [
      '**Mitigations',
      '6.\tThe mitigations in Table 2 have been developed with headteachers, the Parent Carer',
      '  \tForum and health partners, drawing on the Council’s work in the Department for',
      '  \tEducation’s Delivering Better Value in SEND (DBV) programme.',
      { gap: 4 },
      '**Table 2: Mitigations and forecast savings (£m)',
    ],
    { top: t1Top + 9 * 14 + 14 },
  );
  const t2Top = t1Top + 9 * 14 + 14 + 6 * 14 + 4;
  const t2 = grid(
    [
      ['**Mitigation', '**2026/27', '**2027/28', '**2028/29', '**Total'],
      ['New special school places (two special free schools, 240 places)', '1.2', '2.6', '3.8', '7.6'],
      ['18 new resourced provision units in mainstream schools', '1.5', '2.1', '2.4', '6.0'],
      ['Inclusion Support Officers and early intervention', '0.9', '1.4', '1.6', '3.9'],
      ['Review of post-16 placements and Preparing for Adulthood', '1.1', '1.0', '0.9', '3.0'],
      ['Review of banded top-up funding', '1.2', '1.3', '1.3', '3.8'],
      ['**Total savings', '**5.9', '**8.4', '**10.0', '**24.3'],
    ],
    [72, 360, 420, 480, 535],
    t2Top,
    { size: 9 },
  );
  const p2tail = flowPage(
    [
      '7.\tThe six Inclusion Support Officers will work with mainstream schools to strengthen',
      '  \tordinarily available provision, so that more needs are met without an EHCP.',
      '8.\tThe Schools Forum considered the draft plan on 13 November 2025 and supported it.',
      { gap: 6 },
      '**Financial implications',
      '9.\tEven with the mitigations the deficit is forecast to reach £107.4m by 31 March 2028,',
      '  \twhen the statutory override ends. The Director of Finance has identified this as the',
      '  \tCouncil’s most significant financial risk in the Medium Term Financial Strategy (MTFS).',
      { gap: 6 },
      '**Legal implications',
      '10.\tThe Council must secure the provision specified in each EHCP under section 42 of',
      '  \tthe Children and Families Act 2014, whatever the state of the High Needs Block.',
      { gap: 8 },
      'Contact officer: Osric Quorley, Head of SEND Finance',
    ],
    { top: t2Top + 7 * 13 + 14 },
  );
  return makePdf([
    [...p1, ...folio(1)],
    [...p2head, ...t1, ...p2mid, ...t2, ...p2tail, ...folio(2)],
  ]);
}

/** (d) District council executive report with bold run-in headings allocating UKSPF money by investment priority. */
function ukspfReport(): Uint8Array {
  const front = grid(
    [
      ['**Report to:', 'Executive'],
      ['**Date of meeting:', '3 June 2025'],
      ['**Report of:', 'Director of Place and Growth'],
      ['**Portfolio Holder:', 'Councillor Romilly Coldridge, Economic Development'],
      ['**Agenda item:', '10'],
      ['**Key Decision:', 'Yes'],
      ['**Exempt:', 'No'],
    ],
    [72, 200],
    100,
  );
  const p1 = runInPage(
    [
      '**UK SHARED PROSPERITY FUND 2025/26 – ALLOCATION OF FUNDING',
      { gap: 8 },
      '>>Purpose of report.|To agree how the Council will spend its allocation from the UK',
      'Shared Prosperity Fund (UKSPF) for 2025/26, the transition year of the Fund.',
      { gap: 8 },
      '>>Recommendations.|That the Executive:',
      '1.\tapproves the UKSPF programme for 2025/26 of £1,250,000 set out in Table 1;',
      '2.\tdelegates authority to the Director of Place and Growth, in consultation with the',
      '  \tPortfolio Holder for Economic Development, to vary the allocations between projects',
      '  \tand investment priorities within the total of £1,250,000, to respond to underspends',
      '  \tor new opportunities;',
      '3.\tapproves the extension of the 1.0 FTE Business Adviser post and the 2.0 FTE',
      '  \tEmployment Coach posts until 31 March 2026, funded from UKSPF; and',
      '4.\tnotes that a report on the outcomes of the 2025/26 programme will be presented to',
      '  \tthe Overview and Scrutiny Committee in July 2026.',
      { gap: 8 },
      '>>Background.|The UKSPF replaced EU structural funds in 2022. The Ministry of Housing,',
      'Communities and Local Government (MHCLG) confirmed on 20 February 2025 an allocation',
      'for Stourmead of £1,250,000 for 2025/26, of which at least £395,000 must be spent on',
      'capital projects. The Rural England Prosperity Fund (REPF) is included in the total for',
      '2025/26 and will be used for rural business capital grants.',
      { gap: 8 },
      '>>Investment priorities.|The programme has three investment priorities: Communities',
      'and Place; Supporting Local Business; and People and Skills. Projects were chosen after',
      'engagement with the Stourmead Partnership Board in March 2025 and build on the',
      'projects delivered in 2022–2025.',
      { gap: 8 },
      '>>Posts.|The Business Adviser (Grade 7) and the two Employment Coaches (Grade 6)',
      'were created in 2023 with UKSPF funding and were due to end on 30 June 2025. Extending',
      'them to 31 March 2026 will cost £118,400, which is included in the project budgets in',
      'Table 1. The Business Adviser gave one-to-one advice to 164 businesses in 2024/25.',
    ],
    { top: 100 + 7 * 14 + 10 },
  );
  const tTop = 96;
  const table = grid(
    [
      ['**Investment priority / project', '**Type', '**2025/26 (£)'],
      ['**Communities and Place', '', '**400,000'],
      ['Stourmead Events and Markets Programme', 'Revenue', '95,000'],
      ['Community Grants Scheme (up to £10,000 per group)', 'Revenue', '180,000'],
      ['Mill Lane Park play area renewal', 'Capital', '125,000'],
      ['**Supporting Local Business', '', '**420,000'],
      ['Business Support Service (incl. 1.0 FTE Business Adviser)', 'Revenue', '150,000'],
      ['Shopfront Improvement Grants', 'Capital', '110,000'],
      ['Rural Business Capital Grants (REPF)', 'Capital', '160,000'],
      ['**People and Skills', '', '**380,000'],
      ['Stourmead Works (incl. 2.0 FTE Employment Coaches)', 'Revenue', '210,000'],
      ['Digital Skills for Adults', 'Revenue', '85,000'],
      ['Youth Engagement (NEET prevention)', 'Revenue', '85,000'],
      ['**Management and administration (4%)', 'Revenue', '**50,000'],
      ['**Total', '', '**1,250,000'],
    ],
    [72, 390, 470],
    tTop,
    { size: 10 },
  );
  const p2 = runInPage(
    [
      '>>Youth engagement.|The youth project will work with young people not in education,',
      'employment or training (NEET) aged 16 to 24 in Stourmead and Pelham Cross.',
      { gap: 8 },
      '>>Risks.|All UKSPF funding must be spent by 31 March 2026 and any underspend may be',
      'reclaimed by Government. Spend will be monitored monthly by the UKSPF Programme',
      'Board, chaired by the Director of Place and Growth.',
      { gap: 8 },
      '>>Financial implications.|The programme is fully funded by the UKSPF grant of',
      '£1,250,000. There is no call on the Council’s own budget. The 4% management and',
      'administration allowance funds monitoring and claims.',
      { gap: 8 },
      '>>Legal implications.|The grant is paid under a Memorandum of Understanding (MoU)',
      'with MHCLG. Grants to businesses will comply with the Subsidy Control Act 2022.',
      { gap: 10 },
      '**Contact officer: Jago Treadwell, Economic Development Manager',
    ],
    { top: tTop + 15 * 14 + 18 },
  );
  return makePdf([
    [{ text: 'STOURMEAD DISTRICT COUNCIL', x: 72, y: 72, size: 14, bold: true }, ...front, ...p1, ...folio(1)],
    [{ text: 'Table 1: UKSPF programme 2025/26 by investment priority', x: 72, y: 76, size: 11, bold: true }, ...table, ...p2, ...folio(2)],
  ]);
}

/** (e) Bereavement services fees and charges report to an executive member decision session. */
function bereavementFeesReport(): Uint8Array {
  const p1 = flowPage([
    '**MERROWDEAN BOROUGH COUNCIL',
    '**Decision Session – Executive Member for Environment and Climate',
    { gap: 4 },
    'Date:\t15 January 2026',
    'Report of:\tHead of Bereavement and Registration Services',
    'Executive Member:\tCouncillor Leofric Tennick',
    'Wards:\tAll',
    'Key decision:\tNo',
    { gap: 8 },
    '**Bereavement Services – Fees and Charges 2026/27',
    { gap: 6 },
    '**1.\tSummary',
    '1.1\tThis report proposes the fees and charges for Thornlea Crematorium and the',
    '  \tCouncil’s four cemeteries for 2026/27. Most fees rise by between 4% and 7%,',
    '  \treflecting higher gas, electricity and staffing costs.',
    { gap: 6 },
    '**2.\tRecommendations',
    '2.1\tThe Executive Member is asked to:',
    '(i)\tapprove the bereavement services fees and charges for 2026/27 set out in Table 1,',
    '  \twith effect from 1 April 2026;',
    '(ii)\tapprove that no fee is charged for the cremation or burial of a child under 18, with',
    '  \tcosts recovered from the Children’s Funeral Fund for England (CFF);',
    '(iii)\tapprove the creation of a 0.6 FTE Memorial Safety Inspector post (Grade 5) from',
    '  \t1 April 2026, funded from memorial permit income; and',
    '(iv)\tnote the forecast income of £2,456,600 in 2026/27, an increase of £142,600 on the',
    '  \t2025/26 budget.',
    { gap: 6 },
    '**3.\tBackground',
    '3.1\tThornlea Crematorium carried out 1,938 cremations in 2024/25. Fees have been',
    '  \tbenchmarked against 11 crematoria within 30 miles: the current adult cremation fee of',
    '  \t£1,050 is below the regional average of £1,118.',
    '3.2\tThe Consumer Prices Index (CPI) rose by 3.8% in the year to September 2025. Gas',
    '  \tfor the two cremators costs about £96,000 a year, and the 2025/26 pay award added',
    '  \t£41,000 to staffing costs.',
    '3.3\tThe Council follows the Institute of Cemetery and Crematorium Management (ICCM)',
    '  \tCharter for the Bereaved.',
  ]);
  const p2head = flowPage([
    '**4.\tProposed fees',
    '4.1\tTable 1 sets out the current and proposed fees. Non-residents of the borough pay',
    '  \tdouble the exclusive right of burial fee.',
    { gap: 4 },
    '**Table 1: Current and proposed fees and charges',
  ]);
  const tTop = 72 + 5 * 14 + 8;
  const table = grid(
    [
      ['**Service', '**2025/26', '**2026/27', '**Increase'],
      ['Adult cremation (Monday to Friday)', '£1,050', '£1,095', '4.3%'],
      ['Direct cremation (unattended, 8.30 am)', '£595', '£620', '4.2%'],
      ['Cremation or burial of a child under 18', 'Nil', 'Nil', '–'],
      ['Extra chapel time (30 minutes)', '£210', '£225', '7.1%'],
      ['Webcast of service', '£75', '£80', '6.7%'],
      ['Exclusive right of burial (50 years), resident', '£1,480', '£1,555', '5.1%'],
      ['Interment of an adult', '£980', '£1,030', '5.1%'],
      ['Memorial permit', '£160', '£170', '6.3%'],
      ['Memorial tree (10 years)', 'New', '£450', '–'],
      ['Scattering of remains cremated elsewhere', '£95', '£100', '5.3%'],
    ],
    [72, 330, 400, 470],
    tTop,
    { size: 10 },
  );
  const p2 = flowPage(
    [
      '**5.\tIncome forecast',
      '5.1\tBased on 1,940 cremations and 310 burials, income is forecast at £2,456,600 in',
      '  \t2026/27, against the 2025/26 budget of £2,314,000.',
      { gap: 6 },
      '**6.\tStaffing',
      '6.1\tThe Memorial Safety Inspector will inspect about 4,000 memorials a year under a',
      '  \tfive-year rolling programme. The post costs £17,900 a year and is funded from the',
      '  \tincrease in memorial permit fees.',
      { gap: 6 },
      '**7.\tPublic health funerals',
      '7.1\tThe Council arranged 41 funerals in 2024/25 under section 46 of the Public Health',
      '  \t(Control of Disease) Act 1984, at a net cost of £52,300. A review of the Council’s',
      '  \tapproach to public health funerals will be reported to the Executive Member in',
      '  \tJuly 2026.',
      { gap: 6 },
      '**8.\tConsultation',
      '8.1\tLocal funeral directors were consulted at the Bereavement Services Forum on',
      '  \t4 December 2025 and raised no objection to the proposed fees.',
      { gap: 8 },
      'Contact officer: Isolde Rathbone-Sykes, Head of Bereavement and Registration Services',
    ],
    { top: tTop + 11 * 14 + 16 },
  );
  return makePdf([
    [...p1, ...folioOf(1, 2)],
    [...p2head, ...table, ...p2, ...folioOf(2, 2)],
  ]);
}

/** (f) Joint health overview and scrutiny committee minutes on a hospital reconfiguration. */
function jhoscMinutes(): Uint8Array {
  const p1 = flowPage([
    '**DUNHOLM, CARRICKFORD AND WRAYHOLT',
    '**JOINT HEALTH OVERVIEW AND SCRUTINY COMMITTEE',
    'Minutes of the meeting held on Thursday 20 November 2025 at 10.00 am',
    'at Carrickford Town Hall',
    { gap: 6 },
    'Members:',
    'Dunholm County Council – Councillors Demelza Hawtrey (Chair), Jasper Aldwinckle and',
    'Nandini Kapadia',
    'Carrickford City Council – Councillors Emeka Thistlewood, Roisin Gatesby and Ferdinand',
    'Ullathorne',
    'Wrayholt Borough Council – Councillors Kitty Fenlow (Vice-Chair), Vikram Corbishley and',
    'Walter Estcourt',
    { gap: 4 },
    'In attendance: Dr Chinyere Castleton (Chief Medical Officer) and Ruairi Parfitt (Director of',
    'Strategy and Transformation), NHS Dunholm and Carrickford Integrated Care Board (ICB);',
    'Oonagh Seddon (Chief Operating Officer), Carrickford and Wrayholt Hospitals NHS',
    'Foundation Trust; Healthwatch Dunholm',
    { gap: 8 },
    '**JH/25/16\tAPOLOGIES AND SUBSTITUTIONS',
    'There were no apologies.',
    { gap: 6 },
    '**JH/25/17\tMINUTES',
    'RESOLVED – That the minutes of the meeting held on 18 September 2025 be agreed as',
    'a correct record.',
    { gap: 6 },
    '**JH/25/18\tFIT FOR THE FUTURE – PROPOSED RECONFIGURATION OF ACUTE SERVICES',
    'Dr Castleton and Mr Parfitt presented the ICB’s pre-consultation business case (PCBC)',
    'for acute services at Wrayholt General Hospital and Carrickford Royal Infirmary. The ICB',
    'proposes to centralise emergency general surgery (EGS) and inpatient paediatrics at',
    'Carrickford Royal Infirmary, and to replace the overnight Emergency Department (ED) at',
    'Wrayholt General Hospital with a 24/7 Urgent Treatment Centre (UTC). Wrayholt would',
    'become the planned surgery hub for the area. The ICB intends to run a 12-week public',
    'consultation from January 2026, subject to NHS England assurance.',
    { gap: 4 },
    'Members expressed serious concern about travel times from the Wrayholt area, which is',
    '38 miles from Carrickford, about ambulance capacity, and about the lack of public transport',
    'to Carrickford Royal Infirmary in the evenings. Healthwatch Dunholm reported that 64% of',
    'the 1,180 people who responded to its survey opposed the loss of overnight emergency care',
    'at Wrayholt. Ms Seddon said that 9 of the 14 emergency surgery consultant posts were filled',
    'and that the current arrangement relied on locum cover.',
  ]);
  const p2 = flowPage([
    'RESOLVED – That the Joint Committee:',
    '(1)\tnotes the proposals set out in the ICB’s pre-consultation business case;',
    '(2)\tconsiders that the proposals are a substantial variation in the provision of health',
    '  \tservices in the areas of all three councils;',
    '(3)\trequests that the ICB report back to its meeting in February 2026 with a travel and',
    '  \taccess impact assessment and the ambulance service’s capacity modelling, before the',
    '  \tpublic consultation begins;',
    '(4)\trecommends that the ICB extend the consultation to 14 weeks and hold at least one',
    '  \tpublic event in each council’s area; and',
    '(5)\tadvises the ICB that, if the Joint Committee is not satisfied that the proposals are in',
    '  \tthe interests of the health service in its area, it will ask the Secretary of State for',
    '  \tHealth and Social Care to call in the proposals.',
    '(For 8, Against 0, Abstentions 1)',
    { gap: 6 },
    '**JH/25/19\tCOMMUNITY DIAGNOSTIC CENTRES – UPDATE',
    'Mr Parfitt updated the Committee on the Community Diagnostic Centres (CDCs) at',
    'Dunholm and Wrayholt, which had delivered 96,400 tests in the first half of 2025/26.',
    'RESOLVED – That the update be noted.',
    { gap: 6 },
    '**JH/25/20\tWORK PROGRAMME',
    'RESOLVED – That the work programme be agreed, with the addition of an item on winter',
    'pressures and ambulance handover times at the meeting on 12 February 2026.',
    { gap: 6 },
    '**JH/25/21\tDATE OF NEXT MEETING',
    'Thursday 12 February 2026 at 10.00 am, Wrayholt Civic Centre.',
    { gap: 8 },
    'The meeting closed at 12.50 pm.',
    'Chair ……………………………',
  ]);
  return makePdf([[...p1, ...folioOf(1, 2)], [...p2, ...folioOf(2, 2)]]);
}

/** (g) Constitution and governance committee report recommending changes to Council. */
function constitutionReport(): Uint8Array {
  const p1 = flowPage([
    '**NORTHBOURNE CITY COUNCIL',
    '**CONSTITUTION AND GOVERNANCE COMMITTEE',
    '**15 January 2026',
    '**Agenda Item 6',
    { gap: 6 },
    '**Constitution Review 2025/26: Key Decision Threshold, Scheme of Delegation and',
    '**Contract Procedure Rules',
    'Report of the City Solicitor and Monitoring Officer',
    { gap: 8 },
    '**1.\tPURPOSE',
    '1.1\tTo consider changes to the Constitution proposed by the cross-party Constitution',
    '  \tWorking Group (CWG) and needed to reflect the Procurement Act 2023, which came into',
    '  \tforce on 24 February 2025.',
    { gap: 6 },
    '**2.\tRECOMMENDATIONS',
    '2.1\tThat the Committee recommends to Council that it:',
    '(a)\tapproves an increase in the financial threshold for a key decision in Article 13 of',
    '  \tthe Constitution from £250,000 to £500,000;',
    '(b)\tapproves the amendments to the Officer Scheme of Delegation in Part 3, Section 5, set',
    '  \tout in Appendix A, allowing Directors to award contracts with a value of up to £500,000;',
    '(c)\tadopts the revised Contract Procedure Rules (CPRs) at Appendix B;',
    '(d)\tagrees that the changes take effect from 1 April 2026; and',
    '(e)\tauthorises the City Solicitor and Monitoring Officer to make any consequential and',
    '  \tminor drafting changes to the Constitution.',
    '2.2\tThat the Committee notes that a review of the operation of the revised thresholds will',
    '  \tbe reported to this Committee in January 2027.',
    { gap: 6 },
    '**3.\tBACKGROUND',
    '3.1\tThe key decision threshold of £250,000 was set in 2012 and has not been reviewed',
    '  \tsince. Allowing for inflation it would now be about £355,000. In 2024/25 the Cabinet',
    '  \tand Cabinet Members took 61 key decisions, of which 38 had a value below £500,000.',
    '3.2\tThe CWG met four times between June and November 2025. It found that other core',
    '  \tcities use key decision thresholds of between £500,000 and £1 million.',
    '3.3\tThe Procurement Act 2023 replaced the Public Contracts Regulations 2015. The CPRs',
    '  \tnow refer to the Act’s competitive flexible and open procedures and to the notices',
    '  \tthat must be published on the Central Digital Platform.',
  ]);
  const p2head = flowPage([
    '**4.\tPROPOSED CONTRACT THRESHOLDS',
    '4.1\tTable 1 sets out the procedure and the authority to award for each contract value',
    '  \t(including VAT) under the revised CPRs.',
  ]);
  const tTop = 72 + 3 * 14 + 10;
  const table = grid(
    [
      ['**Contract value', '**Procedure', '**Authority to award'],
      ['Up to £9,999', 'One written quotation', 'Budget Manager'],
      ['£10,000 to £29,999', 'Three written quotations', 'Head of Service'],
      ['£30,000 to £499,999', 'Open or competitive flexible procedure', 'Director'],
      ['£500,000 to £1,999,999', 'Open or competitive flexible procedure', 'Cabinet Member'],
      ['£2,000,000 and above', 'Open or competitive flexible procedure', 'Cabinet'],
    ],
    [72, 210, 420],
    tTop,
    { size: 10 },
  );
  const p2 = flowPage(
    [
      '4.2\tWaivers of the CPRs up to £100,000 may be approved by the Director of Finance.',
      '  \tWaivers above £100,000 need the joint approval of the Director of Finance and the',
      '  \tMonitoring Officer and will be reported quarterly to the Audit Committee.',
      '4.3\tThe Financial Procedure Rules (FPRs) will be updated so that their virement limits',
      '  \tmatch the new £500,000 threshold.',
      { gap: 6 },
      '**5.\tIMPLICATIONS',
      '5.1\tFinancial: there are no direct costs. Training for about 220 budget managers will be',
      '  \tdelivered within existing resources.',
      '5.2\tLegal: the definition of a key decision is for the Council to set within the Local',
      '  \tAuthorities (Executive Arrangements) (Meetings and Access to Information) (England)',
      '  \tRegulations 2012.',
      { gap: 6 },
      '**6.\tNEXT STEPS',
      '6.1\tIf the Committee agrees the recommendations, the changes will be considered by',
      '  \tCouncil at its meeting on 26 February 2026.',
      { gap: 8 },
      'Contact: Philomena Crossland, Democratic and Governance Manager',
      'Report of: Fergus Moncrieff-Hay, City Solicitor and Monitoring Officer',
    ],
    { top: tTop + 6 * 14 + 14 },
  );
  return makePdf([[...p1, ...folio(1)], [...p2head, ...table, ...p2, ...folio(2)]]);
}

/** (h) Scrutiny work programme laid out as a matrix: topics against meeting months, "X" in the months a topic comes. */
function workProgrammeMatrix(): Uint8Array {
  const head = flowPage([
    '**LANTHORNE METROPOLITAN BOROUGH COUNCIL',
    '**ECONOMY, ENVIRONMENT AND PLACE SCRUTINY PANEL',
    '**WORK PROGRAMME 2025/26',
    'Chair: Councillor Gracie Thirlwell\tLast updated: 28 May 2025',
    { gap: 4 },
    'Meeting dates: 12 June 2025 (Jun), 18 September 2025 (Sep), 13 November 2025 (Nov),',
    '22 January 2026 (Jan) and 19 March 2026 (Mar). All meetings start at 6.00 pm in the',
    'Council Chamber, Lanthorne Town Hall.',
  ]);
  const xs = [40, 295, 405, 435, 465, 495, 525];
  const rows = [
    ['**Topic', '**Lead officer', '**Jun', '**Sep', '**Nov', '**Jan', '**Mar'],
    ['Performance and budget monitoring (Place)', 'Esther Lockyer', '', 'X', 'X', '', 'X'],
    ['Climate Emergency Action Plan – annual progress', 'Ewart Fenchurch', 'X', '', '', '', ''],
    ['Local Transport Plan 4 (LTP4) – draft for consultation', 'Maryam Hollingdrake', '', 'X', '', 'X', ''],
    ['Town centre regeneration – Lanthorne and Kirkwell', 'Radomir Furnival', '', '', 'X', '', 'X'],
    ['Simpler Recycling – food waste collections', 'Nasreen Bellweather', 'X', '', '', 'X', ''],
    ['Highways Asset Management Plan and pothole repairs', 'Aurelio Morrow', '', 'X', '', '', ''],
    ['Flood risk management – Section 19 investigations', 'Aurelio Morrow', '', '', 'X', '', ''],
    ['Local Plan – Regulation 19 consultation', 'Signe Verey', '', '', '', 'X', ''],
    ['Economic Strategy 2025–2035 – delivery plan', 'Radomir Furnival', 'X', '', 'X', '', ''],
    ['Air Quality Annual Status Report (ASR)', 'Ewart Fenchurch', '', 'X', '', '', ''],
    ['Parks and Green Spaces Strategy', 'Nasreen Bellweather', '', '', '', '', 'X'],
    ['Bus Service Improvement Plan (BSIP) – update', 'Maryam Hollingdrake', '', '', 'X', '', 'X'],
    ['Recommendations tracker and work programme', 'Linus Prothero', 'X', 'X', 'X', 'X', 'X'],
  ];
  const tTop = 72 + 8 * 14 + 12;
  const table = grid(rows, xs, tTop, { size: 9, leading: 17 });
  const notes = flowPage(
    [
      '**Notes',
      'X = the item is scheduled for that meeting. The Chair may move items between meetings in',
      'consultation with the Scrutiny Officer.',
      'Performance and budget monitoring covers Quarter 1 (September), Quarter 2 (November)',
      'and Quarter 3 (March).',
      'Linus Prothero is the Scrutiny Officer for the Panel.',
    ],
    { top: tTop + rows.length * 17 + 16, size: 10, leading: 13, left: 40 },
  );
  return makePdf([[...head.map((l) => ({ ...l, x: l.x - 32 })), ...table, ...notes, ...folio(1)]]);
}

export const SYNTHETIC13: Record<string, () => Uint8Array> = {
  's13-mca-board-minutes': mcaBoardMinutes,
  's13-welsh-scl-cabinet-report': welshSchoolsCabinetReport,
  's13-send-dsg-cabinet-report': sendDsgCabinetReport,
  's13-ukspf-allocations-report': ukspfReport,
  's13-bereavement-fees-report': bereavementFeesReport,
  's13-jhosc-reconfiguration-minutes': jhoscMinutes,
  's13-constitution-review-report': constitutionReport,
  's13-scrutiny-wp-matrix': workProgrammeMatrix,
};
