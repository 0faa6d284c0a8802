/**
 * Eight more synthetic papers in the styles of councils we hold no papers from: a district
 * council audit and governance committee report on the Statement of Accounts 2024/25 with the
 * external auditor's audit completion (ISA 260) findings, a borough cabinet report on HRA rent
 * setting and the 30-year business plan, a county cabinet report on home to school transport
 * policy changes after consultation, health overview and scrutiny committee minutes on GP access
 * with the ICB attending (prefixed minute numbers), a full council report determining council
 * tax premiums on second homes and empty homes, an executive report adopting a social value and
 * procurement strategy (bold run-in headings), a combined authority overview and scrutiny work
 * programme table with numeric dates, and an agenda pack (front sheet, previous minutes with an
 * action, one report). Built as small PDFs by test/helpers/make-pdf.ts; their gold is beside
 * them (synthetic-<key>.json, "file": "synthetic:<key>"). Councils and people are invented; the
 * wording follows real papers of each kind. Written blind to the parser.
 */
import { flowPage, grid, makePdf, type PdfLine } from '../../helpers/make-pdf.ts';

/** A page number at the foot of a page. */
function folio(n: number, of?: number): PdfLine[] {
  return [{ text: of ? `Page ${n} of ${of}` : `${n}`, x: of ? 270 : 292, y: 815, size: 9 }];
}

/**
 * A page with bold run-in headings: an entry "^^Heading.^^ rest of the line" sets the heading in
 * bold and the rest in regular type on the same baseline; other entries are plain lines.
 */
function runInPage(script: Array<string | { gap: number }>, opts: { top?: number; size?: number; leading?: number } = {}): PdfLine[] {
  const size = opts.size ?? 11;
  const leading = opts.leading ?? 14;
  let y = opts.top ?? 72;
  const out: PdfLine[] = [];
  for (const e of script) {
    if (typeof e !== 'string') {
      y += e.gap;
      continue;
    }
    const m = /^\^\^(.*?)\^\^ ?(.*)$/.exec(e);
    if (m) {
      out.push({ text: m[1]!, x: 72, y, size, bold: true });
      if (m[2]) out.push({ text: m[2], x: 72 + m[1]!.length * size * 0.6 + 6, y, size });
    } else if (e.startsWith('**')) {
      out.push({ text: e.slice(2), x: 72, y, size, bold: true });
    } else if (e) {
      const indent = /^ */.exec(e)![0].length;
      const x = 72 + (indent / 2) * 18;
      const [label, rest] = e.trimStart().split('\t');
      if (label) out.push({ text: label, x, y, size });
      if (rest !== undefined) out.push({ text: rest, x: x + 36, y, size });
    }
    y += leading;
  }
  return out;
}

/** (a) Audit and Governance Committee: Statement of Accounts 2024/25 and the auditor's ISA 260 report. */
function statementOfAccounts(): Uint8Array {
  const p1 = flowPage([
    '**ELLERDYKE DISTRICT COUNCIL',
    '**AUDIT AND GOVERNANCE COMMITTEE',
    '**25 November 2025',
    '**Agenda Item 8',
    { gap: 4 },
    '**STATEMENT OF ACCOUNTS 2024/25 AND AUDIT COMPLETION REPORT',
    'Report of the Section 151 Officer',
    'Report author: Wenna Trethewey-Kaye, Chief Accountant',
    'Status: Open',
    { gap: 8 },
    '**1.\tPURPOSE OF REPORT',
    '1.1\tTo present the audited Statement of Accounts 2024/25 and the external auditor’s',
    '  \tAudit Completion Report, issued under International Standard on Auditing (ISA) 260,',
    '  \tand to seek the Committee’s approval of the accounts and the letter of representation.',
    { gap: 6 },
    '**2.\tRECOMMENDATIONS',
    '2.1\tThat the Committee:',
    '(a)\tnotes the Audit Completion Report (ISA 260) from Bellcourt Dyson LLP at',
    '  \tAppendix A;',
    '(b)\tapproves the audited Statement of Accounts 2024/25 at Appendix B, including the',
    '  \tadjustments set out in paragraph 4.2;',
    '(c)\tapproves the letter of representation at Appendix C and authorises the Chair of the',
    '  \tCommittee and the Section 151 Officer to sign it on behalf of the Council; and',
    '(d)\tagrees that the unadjusted misstatement set out in paragraph 4.4 is not corrected in',
    '  \tthe accounts, for the reasons given in that paragraph.',
    { gap: 6 },
    '**3.\tBACKGROUND',
    '3.1\tThe Accounts and Audit Regulations 2015 (as amended) require the Council to publish',
    '  \tits audited accounts for 2024/25 by 27 February 2026, the statutory backstop date.',
    '  \tThe draft accounts were published on 26 June 2025, ahead of the 30 June deadline.',
    '3.2\tNet revenue expenditure in 2024/25 was £14.82m and the General Fund balance at',
    '  \t31 March 2025 was £3.16m, in line with the outturn reported to Cabinet in July 2025.',
    { gap: 6 },
    '**4.\tAUDIT FINDINGS',
    '4.1\tFieldwork was completed on 7 November 2025. Subject to outstanding work on the',
    '  \tvaluation of the Council’s pension liability, the auditor expects to give an unqualified',
    '  \topinion on the financial statements. Materiality was set at £1.6m, with a trivial',
    '  \tthreshold of £48,000.',
    '4.2\tAdjusted misstatements. The audit identified two misstatements which officers have',
    '  \tcorrected in the audited accounts (Table 1). Neither changes the General Fund balance.',
  ]);
  const t1 = grid([
    ['**Table 1: Adjusted misstatements', '**£000', '**Effect on the accounts'],
    ['Valuation of Kingsholme Leisure Centre understated', '1,284', 'Increase in property, plant and'],
    ['', '', 'equipment (PPE) and Revaluation Reserve'],
    ['Housing benefit subsidy debtor overstated', '212', 'Reduction in short-term debtors'],
  ], [72, 330, 380], 642, { size: 9, leading: 12 });
  const p2 = flowPage([
    '4.3\tThe valuation error arose because the valuer used floor areas from before the 2023',
    '  \textension. Officers have agreed revised instructions with the valuer for 2025/26.',
    '4.4\tUnadjusted misstatements. One misstatement above the trivial threshold has not',
    '  \tbeen corrected: the Council’s share of the provision for business rates appeals in the',
    '  \tEllerdyke and Scorton Business Rates Pool is overstated by £96,000 (estimated).',
    '  \tOfficers propose not to amend the accounts because the amount is well below',
    '  \tmateriality and has no effect on the General Fund balance.',
    '4.5\tValue for money. The auditor has found no significant weaknesses in the Council’s',
    '  \tarrangements. One improvement recommendation is made: that the Medium Term',
    '  \tFinancial Plan (MTFP) sets out savings plans for the £1.9m budget gap in 2027/28.',
    '  \tOfficers will report progress on this recommendation to the Committee in June 2026.',
    { gap: 6 },
    '**5.\tAUDIT FEE',
    '5.1\tThe scale fee for 2024/25 set by Public Sector Audit Appointments (PSAA) is',
    '  \t£168,420. The auditor has proposed an additional fee of £14,600 for the extra work on',
    '  \tthe pension liability and the leisure centre valuation. The additional fee is subject to',
    '  \tapproval by PSAA and would be met from the Audit Fees Reserve.',
    { gap: 6 },
    '**6.\tLETTER OF REPRESENTATION AND AUDIT OPINION',
    '6.1\tThe letter of representation confirms to the auditor that the Council has provided',
    '  \tall relevant information and that the accounts are complete. It must be signed before',
    '  \tthe opinion is issued.',
    '6.2\tSubject to the Committee’s approval, the auditor expects to issue the audit opinion by',
    '  \t12 December 2025. The audited accounts will then be published on the Council’s website.',
    '6.3\tThe auditor’s Annual Report for 2024/25, including the value for money commentary,',
    '  \twill be presented to this Committee on 3 March 2026.',
    { gap: 6 },
    '**7.\tFINANCIAL IMPLICATIONS',
    '7.1\tThe budget for external audit fees in 2025/26 is £171,000. With the additional fee the',
    '  \ttotal cost for the 2024/25 audit is £183,020.',
    { gap: 8 },
    'Appendices: A – Audit Completion Report (ISA 260); B – Statement of Accounts 2024/25;',
    'C – Letter of representation',
    'Background papers: Draft Statement of Accounts 2024/25 (published 26 June 2025)',
  ]);
  return makePdf([
    [...p1, ...t1, ...folio(1, 2)],
    [...p2, ...folio(2, 2)],
  ]);
}

/** (b) Cabinet report: HRA rent setting, service charges, capital programme and business plan. */
function hraRentSetting(): Uint8Array {
  const p1 = flowPage([
    '**FARRINGLEY BOROUGH COUNCIL',
    { gap: 4 },
    'Report to:\tCabinet',
    'Date:\t4 February 2026',
    'Title:\tHousing Revenue Account Budget, Rent Setting 2026/27 and',
    '  \t30-Year HRA Business Plan',
    'Cabinet Member:\tCouncillor Ottoline Brackenbury-Shah, Cabinet Member for Housing',
    'Report author:\tPiers Ormsby-Fitch, Head of Housing Finance',
    'Key decision:\tYes (Forward Plan reference FP/26/004)',
    'Wards:\tAll',
    { gap: 8 },
    '**1.\tRecommendations',
    'Cabinet is asked to:',
    '1.1\tapprove a rent increase of 4.8% (CPI at September 2025 of 3.8% plus 1%) for all',
    '  \tsocial rent and affordable rent homes with effect from 6 April 2026, giving an average',
    '  \tweekly social rent of £104.62 (52-week basis);',
    '1.2\tapprove the service charges for 2026/27 at Appendix B, including an increase in the',
    '  \tsheltered housing support charge from £14.20 to £15.10 a week;',
    '1.3\tapprove the HRA revenue budget for 2026/27 at Appendix A, with a planned surplus of',
    '  \t£412,000;',
    '1.4\tapprove the HRA capital programme of £18.6m in 2026/27, £16.9m in 2027/28 and',
    '  \t£15.2m in 2028/29, as set out in Table 2;',
    '1.5\tapprove the creation of two posts (2.0 FTE) to deliver the new build programme, a',
    '  \tNew Build Development Manager (grade FB11, £62,480) and a Development Surveyor',
    '  \t(grade FB9, £51,230), funded from the HRA capital programme; and',
    '1.6\tnote the updated 30-year HRA Business Plan at Appendix C, and that a review of the',
    '  \tBusiness Plan will be reported to Cabinet in October 2026.',
    { gap: 6 },
    '**2.\tBackground',
    '2.1\tThe Housing Revenue Account (HRA) is a ring-fenced account for the Council’s 5,842',
    '  \tcouncil homes. Under the Government’s Rent Standard, social rents may rise by up to',
    '  \tthe Consumer Prices Index (CPI) plus 1% each year from April 2026 for ten years.',
    '2.2\tThe Tenants’ Scrutiny Panel considered these proposals on 14 January 2026 and',
    '  \tsupported the rent increase, but asked that the district heating charge be phased.',
    { gap: 6 },
    '**3.\tRents',
    '3.1\tTable 1 shows average weekly rents by property size. Affordable rent homes (318)',
    '  \twill rise by the same 4.8% to an average of £144.57 a week.',
  ]);
  const t1 = grid([
    ['**Table 1: Average weekly rent', '**Homes', '**2025/26 £', '**2026/27 £'],
    ['Bedsit', '412', '78.40', '82.16'],
    ['1 bedroom', '1,690', '89.12', '93.40'],
    ['2 bedroom', '2,105', '101.55', '106.42'],
    ['3 bedroom', '1,480', '112.06', '117.44'],
    ['4 bedroom and larger', '155', '126.30', '132.36'],
    ['**All social rent homes', '**5,842', '**99.83', '**104.62'],
  ], [72, 260, 340, 420], 662, { size: 10, leading: 13 });
  const p2 = flowPage([
    '**4.\tService charges',
    '4.1\tService charges are set to recover costs. The sheltered housing support charge rises',
    '  \tfrom £14.20 to £15.10 a week and the communal cleaning charge from £3.45 to £3.62.',
    '  \tThe district heating charge at Wharfside Court rises from £11.80 to £12.40 a week,',
    '  \tthe first of two annual steps, as the Tenants’ Scrutiny Panel asked.',
    { gap: 6 },
    '**5.\tRight to Buy',
    '5.1\tRight to Buy (RTB) sales fell to 31 in 2024/25, and 19 are forecast in 2025/26 after',
    '  \tthe reduction in maximum discounts in November 2024. The Business Plan assumes',
    '  \t20 sales a year from 2026/27. The Council keeps 100% of RTB receipts to fund new homes.',
    { gap: 6 },
    '**6.\tHRA capital programme',
    '6.1\tThe programme in Table 2 is funded from the Major Repairs Reserve, RTB receipts,',
    '  \tHomes England grant and new borrowing of £6.2m in 2026/27.',
  ]);
  const t2 = grid([
    ['**Table 2: HRA capital programme', '**2026/27 £m', '**2027/28 £m', '**2028/29 £m'],
    ['Decent Homes and planned works', '8.4', '8.1', '7.9'],
    ['Fire safety and compliance', '2.1', '1.6', '1.2'],
    ['Energy efficiency (EPC band C)', '3.3', '3.0', '2.6'],
    ['New build and acquisitions', '4.8', '4.2', '3.5'],
    ['**Total', '**18.6', '**16.9', '**15.2'],
  ], [72, 290, 380, 470], 290, { size: 10, leading: 13 });
  const p2b = flowPage([
    '6.2\tThe energy efficiency works aim to bring all homes to Energy Performance Certificate',
    '  \t(EPC) band C by 2030. 1,120 homes are currently below band C.',
    { gap: 6 },
    '**7.\tNew build programme and staffing',
    '7.1\tThe Council plans to deliver 140 new council homes by March 2030, including 46 at',
    '  \tthe former Linthwaite Road depot. There is no dedicated development team. Two new',
    '  \tposts are proposed: a New Build Development Manager (grade FB11, 1.0 FTE) and a',
    '  \tDevelopment Surveyor (grade FB9, 1.0 FTE), at a total cost of £113,710 a year',
    '  \tincluding on-costs, charged to the capital schemes they deliver.',
    { gap: 6 },
    '**8.\tBusiness Plan and reserves',
    '8.1\tHRA debt is £148.3m and is forecast to peak at £171.5m in 2029/30. The Business Plan',
    '  \tremains viable over 30 years with a minimum HRA balance of £2.5m.',
    { gap: 8 },
    'Appendices: A – HRA revenue budget 2026/27; B – Service charges 2026/27;',
    'C – HRA Business Plan 2026–2056',
  ], { top: 378 });
  return makePdf([
    [...p1, ...t1, ...folio(1, 2)],
    [...p2, ...t2, ...p2b, ...folio(2, 2)],
  ]);
}

/** (c) Cabinet report: home to school transport policy after consultation, with an EIA. */
function schoolTransportPolicy(): Uint8Array {
  const p1 = flowPage([
    '**ILLINGSHIRE COUNTY COUNCIL',
    '**CABINET',
    '**Thursday 15 January 2026',
    { gap: 4 },
    '**Home to School and Post-16 Transport Policy – Outcome of Consultation',
    { gap: 4 },
    'Report of the Executive Director of Children’s Services',
    'Cabinet Member: Councillor Barnaby Strickwold, Education and SEND',
    'Electoral divisions: All',
    'Key decision: Yes',
    { gap: 8 },
    '**Recommendations',
    'Cabinet is recommended to:',
    '1)\tapprove the revised Home to School and Post-16 Transport Policy at Appendix 1,',
    '  \twith effect from 1 September 2026;',
    '2)\tapprove an increase in the Post-16 Travel Pass contribution from £540 to £720 a year',
    '  \tfrom the 2026/27 academic year, with free passes for students from low-income',
    '  \tfamilies;',
    '3)\tapprove the withdrawal of discretionary transport to faith schools for pupils starting',
    '  \tat a school from September 2026, with existing pupils and their siblings protected;',
    '4)\tnote the Equality Impact Assessment (EIA) at Appendix 3 and the mitigations in',
    '  \tparagraph 14;',
    '5)\tdelegate authority to the Executive Director of Children’s Services, in consultation',
    '  \twith the Cabinet Member for Education and SEND, to make minor changes to the policy',
    '  \tbefore publication; and',
    '6)\tagree that the impact of the changes be reported to the Children and Young People',
    '  \tSelect Committee in January 2027.',
    { gap: 6 },
    '**Background',
    '1.\tThe Council spent £41.6m on home to school transport in 2024/25, 38% more than in',
    '  \t2021/22. Most of the growth is in transport for children with special educational',
    '  \tneeds and disabilities (SEND). The Council provides more than the statutory minimum',
    '  \tin two areas: post-16 travel and transport to faith schools.',
    '2.\tCabinet agreed on 11 September 2025 to consult on three proposals: (A) raising the',
    '  \tPost-16 Travel Pass contribution; (B) ending discretionary faith school transport; and',
    '  \t(C) offering Personal Travel Budgets (PTBs) to families of eligible SEND pupils.',
    '3.\tTogether the changes affect about 1,260 pupils: 940 post-16 students and 320 pupils',
    '  \ttravelling to faith schools. Pupils with an Education, Health and Care Plan (EHCP)',
    '  \tare not affected by proposals A and B.',
    { gap: 6 },
    '**Financial implications',
    '4.\tThe changes are expected to save £0.71m in 2026/27, rising to a full-year saving of',
    '  \t£1.84m by 2028/29 as the faith school change takes effect year by year.',
  ]);
  const p2 = flowPage([
    '**Consultation',
    '5.\tThe consultation ran from 22 September to 16 November 2025. There were 1,487',
    '  \tresponses, 62% from parents and carers. Three drop-in sessions were held and',
    '  \tschools were written to directly. Table 1 summarises the responses.',
  ]);
  const t1 = grid([
    ['**Table 1: Consultation responses', '**Agree', '**Disagree', '**Neither/no view'],
    ['A. Post-16 Travel Pass contribution', '29%', '58%', '13%'],
    ['B. Faith school transport', '24%', '67%', '9%'],
    ['C. Personal Travel Budgets', '61%', '18%', '21%'],
  ], [72, 300, 370, 450], 142, { size: 10, leading: 13 });
  const p2b = flowPage([
    '6.\tThe main concerns were cost to low-income families, the effect on siblings already',
    '  \tat a faith school, and rural students with no public bus. In response, the policy now',
    '  \tprotects siblings of current pupils and offers free passes to students eligible for',
    '  \tfree school meals or the 16–19 Bursary.',
    '7.\tProposal C is popular and has no savings target; it will be offered from April 2026.',
    { gap: 6 },
    '**Equality Impact Assessment',
    '8.\tThe EIA (Appendix 3) identifies a disproportionate impact on disabled young people',
    '  \tin post-16 education, on families on low incomes and on pupils of particular faiths.',
    '9.\tThe impact on disabled students is limited because students with an EHCP who meet',
    '  \tthe eligibility criteria continue to receive free transport.',
    '10.\tThe impact on pupils of faith is mitigated by protecting current pupils and siblings,',
    '  \tand by phasing the change in from new starters only.',
    '11.\tThe EIA will be updated after the first year of the new policy.',
    { gap: 6 },
    '**Legal implications',
    '12.\tThe Education Act 1996 requires the Council to publish its post-16 transport policy',
    '  \tstatement by 31 May each year. Changes to discretionary transport must be phased',
    '  \tand consulted on, as this has been.',
    { gap: 6 },
    '**Mitigations',
    '13.\tA Transport Hardship Fund of £60,000 a year will be available for families facing',
    '  \texceptional difficulty.',
    '14.\tThe mitigations are: free passes for low-income students; sibling protection; the',
    '  \tHardship Fund; and a right of appeal under the two-stage review process.',
    { gap: 8 },
    'Contact officer: Gideon Whelpdale, Head of Travel Assistance',
    'Appendices: 1 – Revised policy; 2 – Consultation report; 3 – Equality Impact Assessment',
  ], { top: 208 });
  return makePdf([
    [...p1, ...folio(1)],
    [...p2, ...t1, ...p2b, ...folio(2)],
  ]);
}

/** (d) Health overview and scrutiny committee minutes: GP access with the ICB attending. */
function hoscGpAccessMinutes(): Uint8Array {
  const p1 = flowPage([
    '**BIRCHALLEN COUNCIL',
    { gap: 4 },
    '**HEALTH OVERVIEW AND SCRUTINY COMMITTEE',
    'Minutes of the meeting held on Thursday 11 December 2025 at 10.00 am',
    'in the Kinder Room, Birchallen Civic Centre',
    { gap: 6 },
    'Present:',
    'Councillor Verity Gowerton-Reeve (Chair)',
    'Councillors Amos Okorafor-Hale (Vice-Chair), Priti Sandercock, Ewan Threlkeld and',
    'Joy Babatunde-Marsh',
    'Co-opted member: Maureen Clegthorpe (Healthwatch Birchallen)',
    { gap: 4 },
    'Also in attendance:',
    'Dr Tobiah Ravensdale, Associate Medical Director for Primary Care, and Clemency',
    'Featherstonehaugh, Director of Primary Care Commissioning, NHS Birchallen and',
    'Eastwold Integrated Care Board (ICB)',
    { gap: 8 },
    '**HOSC/25/26\tApologies for Absence',
    'Apologies were received from Councillor Norbert Mowbray-Pryce.',
    { gap: 6 },
    '**HOSC/25/27\tMinutes',
    'RESOLVED – That the minutes of the meeting held on 16 October 2025 be confirmed as',
    'a correct record and signed by the Chair.',
    { gap: 6 },
    '**HOSC/25/28\tDeclarations of Interest',
    'Councillor Sandercock declared a non-registrable interest as a patient representative',
    'on the Patient Participation Group of Quarry Road Surgery.',
    { gap: 6 },
    '**HOSC/25/29\tAccess to General Practice',
    'Dr Ravensdale presented the ICB’s report. The 38 practices in Birchallen delivered',
    '168,400 appointments in October 2025, 9% more than a year earlier; 71% were face to',
    'face and 44% took place on the day they were booked. All practices now used cloud-',
    'based telephony (CBT) and online consultation tools. Two practices, Quarry Road',
    'Surgery and Ashcourt Medical Centre, had applied to close their patient lists.',
    { gap: 4 },
    'In answer to questions from Members:',
    '•\tCouncillor Threlkeld asked why residents still described an “8 am rush” for',
    '  \tappointments. Dr Ravensdale replied that since 1 October 2025 practices had been',
    '  \trequired to keep online consultation open throughout core hours, and that the ICB',
    '  \twas monitoring this practice by practice.',
    '•\tCouncillor Babatunde-Marsh asked about the wider practice team. Ms',
    '  \tFeatherstonehaugh said that 142 staff had been recruited through the Additional',
    '  \tRoles Reimbursement Scheme (ARRS), including 38 clinical pharmacists and 21',
    '  \tfirst contact physiotherapists.',
  ]);
  const p2 = flowPage([
    '•\tMs Clegthorpe asked how patients without internet access were being supported.',
    '  \tMs Featherstonehaugh said every practice must offer the same access by telephone',
    '  \tand in person. She undertook to circulate the GP Patient Survey results for each',
    '  \tpractice to members by 31 January 2026.',
    '•\tCouncillor Okorafor-Hale asked about the new health centre for Lidgate Park. Dr',
    '  \tRavensdale said the business case would be considered by the ICB Board in summer',
    '  \t2026.',
    { gap: 4 },
    'RESOLVED – That:',
    '(a)\tthe report and the update from the ICB be noted;',
    '(b)\tthe ICB be requested to provide a report on GP access in the Eastwold locality,',
    '  \tincluding the use of the £1.3m Primary Care Access Recovery funding for 2025/26, to',
    '  \tthe Committee’s meeting on 19 March 2026;',
    '(c)\tthe ICB be asked to provide practice-level data on telephone waiting times to all',
    '  \tMembers by 28 February 2026; and',
    '(d)\tthe Chair write to the Chief Executive of the ICB setting out the Committee’s',
    '  \tconcern about the proposed closure of patient lists at two practices.',
    { gap: 6 },
    '**HOSC/25/30\tNHS 111 and Out-of-Hours Services – Winter Update',
    'The Committee received a written update on NHS 111 call answering and the',
    'out-of-hours GP service over winter. 86% of calls had been answered within 60',
    'seconds in November 2025.',
    'RESOLVED – That the update be noted.',
    { gap: 6 },
    '**HOSC/25/31\tWork Programme',
    'RESOLVED – That the work programme be agreed, subject to the addition of an item on',
    'community pharmacy closures at the meeting on 19 March 2026.',
    { gap: 10 },
    'The meeting closed at 12.20 pm.',
    { gap: 4 },
    'Chair ……………………………',
  ]);
  return makePdf([
    [...p1, ...folio(1, 2)],
    [...p2, ...folio(2, 2)],
  ]);
}

/** (e) Full Council report: council tax premiums on second homes and long-term empty homes. */
function councilTaxPremiums(): Uint8Array {
  const p1 = flowPage([
    '**ADDERCOMBE DISTRICT COUNCIL',
    { gap: 2 },
    '**COUNCIL – 27 FEBRUARY 2025',
    '**Agenda item 11',
    { gap: 6 },
    '**COUNCIL TAX PREMIUMS ON SECOND HOMES AND LONG-TERM EMPTY HOMES',
    { gap: 4 },
    'Report of:\tHead of Revenues and Benefits (Loveday Pengarth)',
    'Portfolio Holder:\tCouncillor Jago Trelissick, Finance',
    'Exempt:\tNo',
    { gap: 8 },
    '**1.\tRECOMMENDATIONS',
    'That Council:',
    '(1)\tdetermines, under section 11C of the Local Government Finance Act 1992, that a',
    '  \tpremium of 100% be charged on dwellings occupied periodically (second homes)',
    '  \twith effect from 1 April 2026;',
    '(2)\tdetermines, under section 11B of the 1992 Act, that the long-term empty homes',
    '  \tpremium of 100% applies to dwellings that have been unoccupied and substantially',
    '  \tunfurnished for one year or more (rather than two years), with effect from 1 April 2025;',
    '(3)\tnotes the statutory exceptions in paragraph 5.2 and approves the local discretionary',
    '  \treduction policy at Appendix B;',
    '(4)\tdelegates authority to the Head of Revenues and Benefits to apply the premiums and',
    '  \tthe exceptions, and to reduce the premium in individual cases of hardship under',
    '  \tsection 13A(1)(c) of the 1992 Act; and',
    '(5)\tagrees that the effect of the premiums on local housing and on council tax income be',
    '  \treported to the Overview and Scrutiny Committee in March 2027.',
    { gap: 6 },
    '**2.\tBACKGROUND',
    '2.1\tThe Levelling-up and Regeneration Act 2023 (LURA) allows billing authorities to',
    '  \tcharge a premium of up to 100% on second homes, and to charge the empty homes',
    '  \tpremium after one year rather than two. A second homes premium must be determined',
    '  \tat least one year before the start of the financial year in which it first applies.',
    '2.2\tThere are 2,318 dwellings recorded as second homes in the district, 6.9% of all',
    '  \tdwellings and 21% in the coastal parishes of Porthwenna and St Cleer Sands. There',
    '  \tare 412 long-term empty homes, of which 187 have been empty for between one and',
    '  \ttwo years.',
    { gap: 6 },
    '**3.\tCONSULTATION',
    '3.1\tA six-week public consultation closed on 12 January 2025 and received 1,106',
    '  \tresponses. 58% supported a second homes premium and 71% supported charging the',
    '  \tempty homes premium after one year.',
  ]);
  const p2 = flowPage([
    '**4.\tFINANCIAL IMPLICATIONS',
    '4.1\tThe second homes premium would raise £5,214,000 a year before any allowance for',
    '  \thomes being reclassified or let as holiday businesses. Allowing 15% for this gives',
    '  \t£4,432,000. The change to the empty homes premium would raise a further £306,000.',
    '4.2\tThe additional income is shared between the preceptors in proportion to their share',
    '  \tof the Band D council tax (Table 1). The Council’s share is about £402,000 a year.',
  ]);
  const t1 = grid([
    ['**Table 1: Share of additional income', '**Share', '**£000 a year'],
    ['Halsworthy County Council', '76.4%', '3,620'],
    ['Halsworthy Police and Crime Commissioner', '11.2%', '531'],
    ['Halsworthy Fire and Rescue Authority', '3.9%', '185'],
    ['Addercombe District Council', '8.5%', '402'],
    ['**Total', '**100%', '**4,738'],
  ], [72, 330, 410], 170, { size: 10, leading: 13 });
  const p2b = flowPage([
    '4.3\tHalsworthy County Council has agreed to return 25% of its share (about £905,000 a',
    '  \tyear) to the Council to fund affordable housing for local people, under a three-year',
    '  \tagreement.',
    { gap: 6 },
    '**5.\tEXCEPTIONS',
    '5.1\tThe Council Tax (Prescribed Classes of Dwellings) (England) (Amendment)',
    '  \tRegulations 2024 set out classes of dwelling to which the premiums cannot apply.',
    '5.2\tThe statutory exceptions include: annexes forming part of the main home; homes',
    '  \tactively marketed for sale or for let (for up to 12 months); probate homes (for 12',
    '  \tmonths after probate is granted); job-related dwellings; caravan pitches and boat',
    '  \tmoorings; seasonal homes where year-round occupation is prohibited; and empty',
    '  \thomes undergoing major repairs (for up to 12 months).',
    '5.3\tThe local policy at Appendix B allows a reduction where a premium would cause',
    '  \texceptional hardship, for example where an owner has moved into care.',
    { gap: 6 },
    '**6.\tEQUALITIES',
    '6.1\tAn Equality Impact Assessment found no disproportionate impact on people with',
    '  \tprotected characteristics. The hardship policy mitigates the risk to older owners.',
    { gap: 8 },
    'Background papers: Consultation report (January 2025)',
  ], { top: 260 });
  return makePdf([
    [...p1, ...folio(1)],
    [...p2, ...t1, ...p2b, ...folio(2)],
  ]);
}

/** (f) Executive report: social value and procurement strategy, with bold run-in headings. */
function socialValueStrategy(): Uint8Array {
  const p1 = runInPage([
    '**DUNWARREN BOROUGH COUNCIL',
    '**EXECUTIVE – 9 JULY 2025',
    { gap: 6 },
    '**SOCIAL VALUE AND PROCUREMENT STRATEGY 2025–2029',
    { gap: 6 },
    '^^Executive Member:^^ Councillor Maryam Ellingworth, Finance and Resources',
    '^^Lead officer:^^ Crispin Brockhurst-Vane, Director of Resources',
    '^^Key decision:^^ Yes, affecting all wards (Forward Plan ref. EX/25/031)',
    '^^Exempt information:^^ None',
    { gap: 8 },
    '^^Purpose.^^ This report asks the Executive to adopt a new Social Value and Procurement',
    'Strategy following the Procurement Act 2023, which came into force on 24 February 2025,',
    'and the National Procurement Policy Statement (NPPS).',
    { gap: 6 },
    '**RECOMMENDATIONS',
    'The Executive is recommended to:',
    '(i)\tadopt the Social Value and Procurement Strategy 2025–2029 at Appendix 1;',
    '(ii)\tapprove a minimum weighting of 20% for social value in the evaluation of all',
    '\ttenders with a value above £100,000;',
    '(iii)\tapprove the creation of a permanent Social Value Officer post (grade DB7, 1.0',
    '\tFTE) at a cost of £46,870 a year including on-costs;',
    '(iv)\tdelegate authority to the Director of Resources, in consultation with the',
    '\tExecutive Member for Finance and Resources, to update the Contract Procedure',
    '\tRules to reflect the strategy; and',
    '(v)\tagree that the strategy be reviewed by the Executive in July 2027.',
    { gap: 8 },
    '^^Reasons for the recommendations.^^ The Council spends about £84m a year with',
    'external suppliers. Only 31% of that spend is with suppliers based in the borough and',
    'social value currently carries a weighting of 10%, applied only above £250,000.',
    { gap: 6 },
    '^^Background.^^ The Public Services (Social Value) Act 2012 requires the Council to',
    'consider economic, social and environmental well-being when buying services. The',
    'NPPS now expects authorities to set out how procurement supports local priorities.',
    'The strategy uses the national Themes, Outcomes and Measures (TOMs) framework so',
    'that suppliers report social value in a consistent way.',
    { gap: 6 },
    '^^Targets.^^ The strategy sets the targets in Table 1 for 2029.',
  ]);
  const t1 = grid([
    ['**Table 1: Measure', '**2024/25', '**Target 2029'],
    ['Third-party spend with suppliers based in the borough', '31%', '40%'],
    ['Spend with small and medium-sized enterprises (SMEs)', '22%', '30%'],
    ['Spend with voluntary, community and social enterprise (VCSE) bodies', '4%', '8%'],
    ['Contracts over £500,000 paying the Real Living Wage', '64%', '100%'],
    ['Social value weighting in tenders over £100,000', '10%', '20%'],
  ], [72, 420, 480], 584, { size: 9, leading: 13 });
  const p2 = runInPage([
    '^^Resource implications.^^ No officer monitors social value commitments once contracts',
    'are let. A new Social Value Officer (grade DB7, 1.0 FTE) will record commitments in',
    'contract management plans, check delivery each quarter and publish an annual',
    'statement. The cost of £46,870 a year will be met half from the Procurement budget',
    'and half from the contract management charge to directorates.',
    { gap: 6 },
    '^^Financial implications.^^ Apart from the new post there are no direct costs. A higher',
    'social value weighting may in some cases increase contract prices; the Contract',
    'Procedure Rules will keep price at no less than 50% of the evaluation.',
    { gap: 6 },
    '^^Monitoring and review.^^ The first annual social value report will be presented to the',
    'Corporate Overview and Scrutiny Committee in September 2026. The strategy will be',
    'reviewed in full in 2027, in line with recommendation (v).',
    { gap: 6 },
    '^^Consultation.^^ The Dunwarren Business Forum and the VCSE Alliance were consulted',
    'in May 2025. Both supported the 40% local spend target; the Business Forum asked for',
    'simpler tender documents for contracts under £100,000, which the strategy includes.',
    { gap: 6 },
    '^^Equalities.^^ An equality impact assessment found a positive impact for low-paid',
    'workers through the Real Living Wage commitment.',
    { gap: 8 },
    '^^Appendices:^^ 1 – Social Value and Procurement Strategy 2025–2029; 2 – TOMs measures',
    '^^Contact:^^ Anouk Dessaline-Roe, Procurement and Contracts Manager',
  ]);
  return makePdf([
    [...p1, ...t1, ...folio(1, 2)],
    [...p2, ...folio(2, 2)],
  ]);
}

/** (g) Combined authority overview and scrutiny committee work programme table with numeric dates. */
function caScrutinyWorkProgramme(): Uint8Array {
  const head = flowPage([
    '**HEYTHORNE COMBINED AUTHORITY',
    '**Overview and Scrutiny Committee',
    '**Work Programme 2025/26',
    'Updated: 02/09/2025',
    { gap: 4 },
    'The Committee meets at Heythorne Combined Authority offices, 1 Canal Wharf, at 2.00 pm.',
    'Items may move between meetings; the Statutory Scrutiny Officer keeps this programme',
    'under review with the Chair.',
  ], { left: 40 });
  const xs = [40, 96, 290, 455];
  const rows = [
    ['**Date', '**Item', '**Purpose', '**Lead'],
    ['17/09/2025', 'Bus Reform – franchising implementation update', 'Monitor progress to first franchised', 'Kerensa Holloway-Dunne'],
    ['', '', 'services in Zone A', ''],
    ['17/09/2025', 'Adult Skills Fund – 2024/25 outcomes', 'Review learner numbers and outcomes', 'Teodor Mawdsley'],
    ['17/09/2025', 'Statutory Scrutiny Officer annual report', 'To note', 'Statutory Scrutiny Officer'],
    ['12/11/2025', 'Mayor’s Question Time', 'Question the Mayor on transport and', 'Mayor Delphine Yarwood-Pell'],
    ['', '', 'housing delivery', ''],
    ['12/11/2025', 'Investment Zone – business rates retention', 'Scrutinise the first year of the IZ', 'Gethin Tarrant-Shaw'],
    ['12/11/2025', 'Local Transport Plan 2026–2041 – draft', 'Pre-decision scrutiny before the', 'Kerensa Holloway-Dunne'],
    ['', '', 'CA Board on 09/12/2025', ''],
    ['21/01/2026', 'Brownfield Housing Fund – delivery', 'Homes unlocked against 4,200 target', 'Lucia Westerby-Hume'],
    ['21/01/2026', 'Mayor’s draft budget and precept 2026/27', 'Review and make recommendations', 'Chief Finance Officer'],
    ['', '', 'to the Mayor', ''],
    ['04/02/2026', 'Mayor’s final budget proposals (statutory)', 'Formal consideration of the precept', 'Chief Finance Officer'],
    ['18/03/2026', 'Warm Homes retrofit programme', 'Progress and spend against grant', 'Rohan Vandersluys'],
    ['18/03/2026', 'Integrated Settlement – outcomes framework', 'Review first-year outcomes', 'Teodor Mawdsley'],
    ['18/03/2026', 'Work programme 2026/27', 'Agree priorities for next year', 'Statutory Scrutiny Officer'],
  ];
  const key = flowPage([
    'Key: ASF – Adult Skills Fund; CA – Combined Authority; IZ – Investment Zone;',
    'LTP – Local Transport Plan; BHF – Brownfield Housing Fund.',
    { gap: 6 },
    'Contact: Statutory Scrutiny Officer, Heythorne Combined Authority,',
    'scrutiny@heythorne-ca.gov.uk',
  ], { left: 40, top: 470, size: 10 });
  return makePdf([[...head, ...grid(rows, xs, 200, { size: 8, leading: 14 }), ...key, ...folio(1)]]);
}

/** (h) Agenda pack: front sheet, minutes of the previous meeting, one report. */
function agendaPack(): Uint8Array {
  const p1 = flowPage([
    '**CLAYBRIDGE BOROUGH COUNCIL',
    { gap: 4 },
    '**NEIGHBOURHOODS AND ENVIRONMENT COMMITTEE',
    { gap: 4 },
    'Date:\tTuesday 10 March 2026',
    'Time:\t6.30 pm',
    'Venue:\tCouncil Chamber, Claybridge Town Hall, Market Street',
    { gap: 6 },
    'Members: Councillors Ffion Haverstock (Chair), Tobias Quirke-Adams (Vice-Chair),',
    'Hamid Bellerby, Lettice Crommelin, Dorian Fawley, Shona McIvor-Platt and Wilf Ormerod-Jay',
    { gap: 6 },
    'Contact: Imelda Langstrothe, Democratic Services Officer, 01632 960418,',
    'democracy@claybridge.gov.uk',
    { gap: 6 },
    'Sorcha Dunstanville-Royce, Chief Executive',
    'Published: 2 March 2026',
    { gap: 10 },
    '**AGENDA',
    { gap: 4 },
    '**1.\tApologies for absence and substitutions',
    '**2.\tDeclarations of interest',
    '**3.\tMinutes (page 2)',
    '  \tTo approve the minutes of the meeting held on 13 January 2026.',
    '**4.\tPublic questions',
    '  \tQuestions must be received by 12 noon on 5 March 2026.',
    '**5.\tPublic Spaces Protection Order – Dog Control (pages 3 - 4)',
    '  \tReport of the Head of Environmental Services.',
    '**6.\tFly-tipping enforcement – verbal update',
    '**7.\tWork programme 2026/27 (to follow)',
    '**8.\tDate of next meeting',
    '  \tTuesday 9 June 2026 at 6.30 pm.',
    { gap: 10 },
    'Filming and recording: this meeting may be filmed or recorded by the public and the',
    'press. Please tell the Democratic Services Officer before the meeting if you intend to.',
  ]);
  const p2 = flowPage([
    '**CLAYBRIDGE BOROUGH COUNCIL',
    '**Minutes of the Neighbourhoods and Environment Committee',
    '**held on Tuesday 13 January 2026 at 6.30 pm, Council Chamber, Claybridge Town Hall',
    { gap: 6 },
    'Present: Councillor Ffion Haverstock (Chair); Councillors Tobias Quirke-Adams,',
    'Hamid Bellerby, Lettice Crommelin, Dorian Fawley and Wilf Ormerod-Jay',
    'Officers: Marcus Ilbert-Day (Head of Environmental Services), Imelda Langstrothe',
    '(Democratic Services Officer)',
    { gap: 8 },
    '**38\tApologies for absence',
    'Apologies were received from Councillor Shona McIvor-Platt.',
    { gap: 6 },
    '**39\tDeclarations of interest',
    'None.',
    { gap: 6 },
    '**40\tMinutes',
    'RESOLVED: That the minutes of the meeting held on 11 November 2025 be approved',
    'and signed as a correct record.',
    { gap: 6 },
    '**41\tGarden waste subscription charge 2026/27',
    'The Head of Environmental Services reported that the garden waste service cost',
    '£1.02m a year to run and had 21,450 subscribers. Without an increase the service',
    'would not recover its costs in 2026/27. Members asked about a concession for',
    'households on low incomes.',
    'RESOLVED: That',
    '(a)\tthe garden waste subscription charge for 2026/27 be set at £54 per bin, an',
    '  \tincrease of £5; and',
    '(b)\ta concessionary rate of £40 per bin be introduced for households receiving',
    '  \tCouncil Tax Reduction.',
    '(For 5, Against 1, Abstentions 0)',
    { gap: 6 },
    '**42\tMissed bin collections',
    'Members raised concerns about repeated missed collections in Hallows End and',
    'Sedgefield Road after the round changes in November 2025. The Head of',
    'Environmental Services said that missed collections had fallen from 310 a week to',
    '145 a week since the new rounds settled in.',
    'ACTION: The Head of Environmental Services to circulate a ward-level breakdown of',
    'missed bin collections to Members by 6 February 2026.',
    { gap: 8 },
    'The meeting closed at 8.10 pm.',
    'Chair ……………………………',
  ]);
  const p3 = flowPage([
    '**CLAYBRIDGE BOROUGH COUNCIL',
    '**Neighbourhoods and Environment Committee – 10 March 2026',
    '**Agenda Item 5',
    { gap: 6 },
    '**PUBLIC SPACES PROTECTION ORDER – DOG CONTROL',
    'Report of: Marcus Ilbert-Day, Head of Environmental Services',
    'Wards affected: All',
    { gap: 8 },
    '**RECOMMENDATIONS',
    'That the Committee:',
    '1.\tapproves the making of the Claybridge (Dog Control) Public Spaces Protection',
    '  \tOrder 2026 at Appendix A, with effect from 1 April 2026 for a period of three years;',
    '2.\tapproves a fixed penalty of £100 for breach of the Order, reduced to £75 if paid',
    '  \twithin 10 days; and',
    '3.\trequests that a report on enforcement of the Order be brought to the Committee in',
    '  \tApril 2027.',
    { gap: 8 },
    '**Introduction',
    'The Council’s current Public Spaces Protection Order (PSPO) for dog control expires',
    'on 31 March 2026. Under the Anti-social Behaviour, Crime and Policing Act 2014 a',
    'PSPO can last for up to three years and may then be extended or replaced.',
    { gap: 6 },
    '**Proposed Order',
    'The proposed Order would:',
    '•\trequire dog fouling to be picked up in all public places in the borough;',
    '•\texclude dogs from 63 fenced children’s play areas;',
    '•\trequire dogs to be kept on a lead in Claybridge Cemetery, Kilnbeck Park Gardens',
    '  \tand on highways; and',
    '•\tlimit the number of dogs walked by one person to four.',
    { gap: 6 },
    '**Consultation',
    'A consultation ran from 3 November to 15 December 2025 and received 842',
    'responses. 74% supported requiring dogs on leads in the cemetery and 81%',
    'supported the exclusion from play areas. The limit of four dogs was supported by 66%;',
    'professional dog walkers asked for six, which is not recommended.',
  ]);
  const p4 = flowPage([
    '**Enforcement',
    'The Order will be enforced by the Council’s two Neighbourhood Enforcement Officers',
    'and by Police Community Support Officers. A fixed penalty notice (FPN) may be',
    'issued for a breach. In 2025 the Council issued 118 FPNs for dog fouling and 12 for',
    'dogs in play areas.',
    { gap: 6 },
    '**Financial implications',
    'New signage will cost about £18,500, met from the Environmental Services budget for',
    '2025/26. Income from fixed penalties is used for enforcement.',
    { gap: 6 },
    '**Equalities',
    'An Equality Impact Assessment (EqIA) has been completed. Assistance dogs are',
    'exempt from the Order and people with a disability that affects their ability to pick up',
    'after their dog are exempt from the fouling requirement.',
    { gap: 8 },
    'Appendices: A – Draft Order; B – Consultation results; C – EqIA',
    'Background papers: None',
  ]);
  return makePdf([
    [...p1, ...folio(1)],
    [...p2, ...folio(2)],
    [...p3, ...folio(3)],
    [...p4, ...folio(4)],
  ]);
}

export const SYNTHETIC19: Record<string, () => Uint8Array> = {
  's19-accounts-isa260-report': statementOfAccounts,
  's19-hra-rent-setting-cabinet': hraRentSetting,
  's19-school-transport-policy': schoolTransportPolicy,
  's19-hosc-gp-access-minutes': hoscGpAccessMinutes,
  's19-council-tax-premiums': councilTaxPremiums,
  's19-social-value-strategy': socialValueStrategy,
  's19-ca-scrutiny-work-programme': caScrutinyWorkProgramme,
  's19-agenda-pack-dog-pspo': agendaPack,
};
