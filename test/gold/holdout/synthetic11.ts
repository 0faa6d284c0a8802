/**
 * Eight more synthetic papers in the styles of councils we hold no papers from: a metropolitan
 * borough cabinet report on the temporary accommodation budget pressure (a three-year £000 table,
 * a reserve and a government grant, new posts, bullet recommendations and a progress report in six
 * months), children’s services improvement board minutes with "The Board agreed: (a) …" and an
 * action log table, full council minutes adopting an Independent Remuneration Panel report on
 * members’ allowances (a vote count and an SRA table), a district Executive report allocating
 * Community Infrastructure Levy with bold run-in headings, a three-council joint committee report
 * on an ICT shared service (contributions, TUPE, a procurement timetable), audit and governance
 * committee minutes ("AG.41", "RESOLVED: That …"), a scrutiny work programme written as sections
 * by meeting date with a covering report, and a portfolio holder decision notice accepting a
 * Public Sector Decarbonisation Scheme grant. Built as small PDFs by test/helpers/make-pdf.ts;
 * their gold is beside them (synthetic-<key>.json, "file": "synthetic:<key>"). Councils and people
 * are invented; the wording follows real papers of each kind. Written blind to the parser.
 */
import { flowPage, grid, heightOf, makePdf, type PdfLine, type Script } from '../../helpers/make-pdf.ts';

/** A page number at the foot of a page. */
function folio(n: number): PdfLine[] {
  return [{ text: `${n}`, x: 292, y: 815, size: 9 }];
}

/** One page's lines; throws if a line would fall off the foot of the page. */
function page(...parts: PdfLine[][]): PdfLine[] {
  const lines = parts.flat();
  for (const l of lines) {
    if (l.y > 822) throw new Error(`synthetic11: line below the page: ${l.text}`);
    if (l.x + l.text.length * (l.size ?? 11) * 0.5 > 590) throw new Error(`synthetic11: line too wide: ${l.text}`);
  }
  return lines;
}

/**
 * Like flowPage, but an entry "##Heading.|text" sets a bold run-in heading followed on the same
 * line by regular text.
 */
function runIn(script: Script, opts: { top?: number; leading?: number; size?: number } = {}): PdfLine[] {
  const size = opts.size ?? 11;
  const leading = opts.leading ?? 14;
  let y = opts.top ?? 72;
  const out: PdfLine[] = [];
  for (const e of script) {
    if (typeof e !== 'string') {
      y += e.gap;
      continue;
    }
    if (e.startsWith('##')) {
      const [head, text] = e.slice(2).split('|') as [string, string];
      out.push({ text: head, x: 72, y, size, bold: true });
      out.push({ text, x: 72 + head.length * size * 0.58 + 6, y, size });
    } else out.push(...flowPage([e], { top: y, size, leading }));
    y += leading;
  }
  return out;
}

/** (a) Metropolitan borough cabinet report: temporary accommodation budget pressure. */
function temporaryAccommodationReport(): Uint8Array {
  const o = { size: 10, leading: 13 };
  const p1 = flowPage([
    '**GREYMARSH METROPOLITAN BOROUGH COUNCIL',
    '**Report to Cabinet',
    { gap: 4 },
    'Date of meeting:\t15 October 2025',
    'Agenda item:\t9',
    'Report title:\tTemporary Accommodation – Budget Pressure 2025/26 to 2027/28',
    'Report of:\tExecutive Director of Place',
    'Cabinet Member:\tCllr Rukhsana Quenby, Housing and Homelessness',
    'Key decision:\tYes – Forward Plan reference KD/2025/118',
    'Wards affected:\tAll',
    'Exempt:\tNo',
    { gap: 8 },
    '**1.\tPurpose of report',
    '1.1\tThis report sets out the rising cost of temporary accommodation (TA) for homeless',
    'households, the forecast overspend in 2025/26 and the funding and staffing needed to',
    'manage demand over the next three years.',
    { gap: 6 },
    '**2.\tRecommendations',
    '2.1\tCabinet is asked to:',
    '•\tnote the forecast overspend of £5.8m on temporary accommodation in 2025/26 and the',
    'reasons for it set out in section 3;',
    '•\tapprove additional budget of £5,832,000 for temporary accommodation in 2025/26, funded',
    'from the Housing Pressures Reserve, the Homelessness Prevention Grant and the corporate',
    'contingency as set out in Table 1;',
    '•\trecommend to Council that growth of £2,648,000 in 2026/27 and £3,501,000 in 2027/28 be',
    'included in the Medium Term Financial Strategy (MTFS);',
    '•\tapprove the creation of 9.0 FTE posts in the Housing Options service set out in Table 2,',
    'of which 2.0 FTE are fixed-term for two years;',
    '•\tdelegate authority to the Executive Director of Place, in consultation with the Cabinet',
    'Member for Housing and Homelessness, to lease up to 120 additional homes from private',
    'landlords for use as temporary accommodation; and',
    '•\tagree that a progress report be brought to Cabinet in six months.',
    { gap: 6 },
    '**3.\tBackground',
    '3.1\tOn 30 September 2025 the Council had 684 households in temporary accommodation,',
    'including 412 families with children, compared with 431 households two years ago. Of',
    'these, 96 families were in bed and breakfast (B&B) accommodation, and 23 had been there',
    'longer than the six-week legal limit.',
    '3.2\tThe main causes of homelessness are the end of private tenancies (44%) and family or',
    'friends no longer able to accommodate (27%). Local Housing Allowance (LHA) rates remain',
    'below market rents, so fewer households can be helped into the private rented sector.',
    '3.3\tNightly-paid accommodation now costs an average of £74 a night. Housing benefit',
    'subsidy for these placements is capped at the January 2011 LHA rate, so the Council',
    'loses about £1.2m a year in subsidy on B&B and hotel placements.',
    '3.4\tThe Council leases 210 private sector leased (PSL) homes. Each PSL home costs about',
    '£9,400 a year less than a family placement in B&B.',
  ], o);
  const p2a = flowPage([
    '**4.\tFinancial implications',
    '4.1\tTable 1 shows the forecast cost pressure and how it is funded in each year.',
    { gap: 4 },
    '**Table 1: Temporary accommodation cost pressure and funding (£000)',
  ], o);
  const t1 = grid(
    [
      ['', '**2025/26', '**2026/27', '**2027/28'],
      ['Nightly-paid accommodation (B&B and hotels)', '3,120', '2,480', '1,760'],
      ['Private sector leased homes', '1,340', '1,620', '1,810'],
      ['Housing benefit subsidy loss', '1,185', '1,050', '920'],
      ['New staffing (Table 2)', '187', '428', '441'],
      ['**Total pressure', '**5,832', '**5,578', '**4,931'],
      ['**Funded by:', '', '', ''],
      ['Housing Pressures Reserve', '2,000', '1,500', '0'],
      ['Homelessness Prevention Grant (HPG)', '1,430', '1,430', '1,430'],
      ['Corporate contingency / MTFS growth', '2,402', '2,648', '3,501'],
      ['**Total funding', '**5,832', '**5,578', '**4,931'],
    ],
    [72, 320, 400, 480],
    72 + 4 * 13 + 4 + 4,
    { size: 9, leading: 13 },
  );
  const p2b = flowPage([
    '4.2\tThe Housing Pressures Reserve stood at £3.9m on 1 April 2025. Using £3.5m over two',
    'years leaves £0.4m for other housing risks. The Homelessness Prevention Grant allocation',
    'from the Ministry of Housing, Communities and Local Government (MHCLG) for 2025/26 is',
    '£3,870,000, of which £1,430,000 is available for temporary accommodation. The same',
    'amount is assumed for 2026/27 and 2027/28 but has not yet been confirmed.',
    '4.3\tThe total pressure over the three years is £16,341,000.',
    { gap: 6 },
    '**5.\tStaffing implications',
    '5.1\tThe new posts will increase prevention work and speed up move-on from temporary',
    'accommodation. The two Move-On Officer posts are fixed-term for two years.',
    { gap: 4 },
    '**Table 2: New posts',
  ], { ...o, top: 72 + 4 * 13 + 8 + 11 * 13 + 10 });
  const t2top = 72 + 4 * 13 + 8 + 11 * 13 + 10 + 12 * 13 + 10 + 4;
  const t2 = grid(
    [
      ['**Post', '**Grade', '**FTE', '**Full-year cost'],
      ['Temporary Accommodation Team Leader', 'Grade 10', '1.0', '£62,400'],
      ['Temporary Accommodation Officer', 'Grade 7', '6.0', '£282,000'],
      ['Move-On Officer (fixed-term, 2 years)', 'Grade 6', '2.0', '£83,600'],
      ['**Total', '', '**9.0', '**£428,000'],
    ],
    [72, 300, 380, 440],
    t2top,
    { size: 9, leading: 13 },
  );
  const p2c = flowPage([
    '5.2\tCosts include employer’s National Insurance and pension contributions. Recruitment',
    'will start in November 2025; the 2025/26 cost of £187,000 is for a part year and includes',
    'recruitment costs.',
    { gap: 6 },
    '**6.\tNext steps',
    '6.1\tThe recommendation on MTFS growth will be referred to Council for its budget meeting',
    'on 25 February 2026.',
    { gap: 8 },
    'Contact officer: Cormac Ferriby-Hughes, Head of Housing Options',
    'Background papers: Homelessness and Rough Sleeping Strategy 2024–2029',
  ], { ...o, top: t2top + 5 * 13 + 10 });
  return makePdf([page(p1, folio(1)), page(p2a, t1, p2b, t2, p2c, folio(2))]);
}

/** (b) Children’s services improvement board minutes with an action log table. */
function improvementBoardMinutes(): Uint8Array {
  const o = { size: 10, leading: 13 };
  const p1 = flowPage([
    '**TARNSIDE COUNCIL',
    '**CHILDREN’S SERVICES IMPROVEMENT BOARD',
    '**Minutes of the meeting held on Thursday 20 November 2025 at 10.00 am',
    '**Committee Room 2, Tarnside Civic Offices, and by Microsoft Teams',
    { gap: 6 },
    'Present: Rosamund Ellory-Vance (Independent Chair, appointed by the Department for',
    'Education (DfE)); Councillor Tobias Renwick-Shaw (Lead Member for Children and Families);',
    'Councillor Helena Roskilly (Leader of the Council); Oliver Mantripp (Chief Executive);',
    'Fiona Wedderburn-Ash (Director of Children’s Services (DCS)); Dr Anwen Gwilliam',
    '(Designated Nurse, NHS Tarnside Integrated Care Board); Detective Superintendent Kieran',
    'Bassey (Tarnside Police); Lorna McVitie (Headteacher representative).',
    'In attendance: Grace Adewumi-Stott (Principal Social Worker); Martin Sealey (Head of',
    'Performance and Quality Assurance); Saira Bukhari (minutes).',
    { gap: 6 },
    '**1.\tWelcome and apologies',
    'Apologies were received from Petra Lindgren-Amis (Head of Early Help), represented by',
    'Callum Fyfe.',
    { gap: 4 },
    '**2.\tMinutes of the last meeting and action log',
    'The minutes of the meeting held on 18 September 2025 were agreed as an accurate record.',
    'The updated action log is set out at the end of these minutes.',
    { gap: 4 },
    '**3.\tImprovement Plan – quarter 2 progress report',
    'The DCS presented the quarter 2 progress report. Of the 46 actions in the Improvement Plan,',
    '29 were rated green, 14 amber and 3 red. The red-rated actions all related to pre-birth',
    'assessment and the timeliness of initial child protection conferences. Members asked',
    'whether the Multi-Agency Safeguarding Hub (MASH) had enough capacity; the DCS said that',
    'two additional social workers had joined the MASH in October.',
    'The Board agreed:',
    '(a)\tto note progress against the Improvement Plan at the end of quarter 2;',
    '(b)\tthat the three red-rated actions be escalated to the Corporate Leadership Team (CLT);',
    '    and',
    '(c)\tthat a revised Improvement Plan, reflecting the findings of the Ofsted monitoring visit,',
    '    be presented to the Board on 22 January 2026.',
    { gap: 4 },
    '**4.\tWorkforce – social worker recruitment and retention',
    'Grace Adewumi-Stott reported that the vacancy rate for social workers had fallen from 31%',
    'to 24% since March 2025, but 38 of 162 social worker posts were still filled by agency staff.',
    'Twelve newly qualified social workers on the Assessed and Supported Year in Employment',
    '(ASYE) programme had started in September. Board members supported a market supplement',
    'for experienced social workers in the hardest-to-fill teams.',
    'The Board agreed:',
    '(a)\tto endorse the Social Work Recruitment and Retention Strategy 2025–2027; and',
    '(b)\tthat a market supplement of £3,000 a year for experienced social workers in the',
    '    Assessment and Child Protection teams be supported and referred to the Council’s',
    '    Employment Committee for decision on 9 December 2025.',
  ], o);
  const s2: Script = [
    '**5.\tPerformance scorecard – October 2025',
    'Martin Sealey presented the scorecard. Re-referrals within 12 months were 23%, above the',
    'target of 20%. Single assessments completed within 45 working days rose to 84%. Members',
    'asked for caseload data to be broken down by team (action IB/30).',
    'The Board noted the performance scorecard.',
    { gap: 4 },
    '**6.\tOfsted monitoring visit – 14 and 15 October 2025',
    'The Chair summarised the published letter from the third monitoring visit since the',
    'Inspection of Local Authority Children’s Services (ILACS) judgement of inadequate in',
    'January 2024. Inspectors found stronger management oversight in the Children in Need',
    'teams, but too many plans for children were not specific enough.',
    'The Board agreed:',
    '(a)\tthat the monitoring visit letter be noted;',
    '(b)\tthat the Chair write to staff in Children’s Social Care to thank them for the progress',
    '    recognised by inspectors; and',
    '(c)\tthat the DCS provide a written briefing on the findings to all councillors by',
    '    5 December 2025.',
    { gap: 4 },
    '**7.\tAny other business',
    'None.',
    { gap: 4 },
    '**8.\tDate of next meeting',
    'Thursday 22 January 2026 at 10.00 am.',
    { gap: 10 },
    '**Action log (as at 20 November 2025)',
  ];
  const p2 = flowPage(s2, o);
  const logTop = 72 + heightOf(s2, 13) + 4;
  const log = grid(
    [
      ['**Ref', '**Action', '**Owner', '**Due date', '**Status'],
      ['IB/24', 'Publish revised MASH threshold document to partners', 'Head of Early Help', '31.10.2025', 'Overdue'],
      ['IB/27', 'Circulate pre-birth assessment audit findings to members', 'Principal Social Worker', '28.11.2025', 'In progress'],
      ['IB/30', 'Report social worker caseloads by team to January Board', 'Head of Performance', '22.01.2026', 'New'],
      ['IB/31', 'Confirm ICB funding for the Edge of Care health post', 'Designated Nurse', '16.01.2026', 'New'],
      ['IB/32', 'Arrange Board development session on neglect', 'Independent Chair', '27.02.2026', 'New'],
    ],
    [60, 94, 340, 450, 510],
    logTop,
    { size: 8, leading: 13 },
  );
  const tail = flowPage(['The meeting closed at 12.05 pm.'], { ...o, top: logTop + 6 * 13 + 14 });
  return makePdf([page(p1, folio(1)), page(p2, log, tail, folio(2))]);
}

/** (c) Full council minutes adopting the Independent Remuneration Panel’s report on allowances. */
function allowancesCouncilMinutes(): Uint8Array {
  const o = { size: 10, leading: 13 };
  const p1 = flowPage([
    '**LYDCOMBE DISTRICT COUNCIL',
    '**MINUTES OF THE MEETING OF THE COUNCIL',
    '**held in the Council Chamber, Lydcombe House, on Thursday 12 February 2026 at 7.00 pm',
    { gap: 6 },
    'PRESENT: Councillor Winifred Colclough (Chairman); Councillor Desmond Ifeanyi-Barr',
    '(Vice-Chairman); and 43 other Members, as recorded in the attendance register.',
    'OFFICERS: Lucinda Harrowgate (Chief Executive); Ravi Sondhi-Blake (Director of Resources',
    'and Section 151 Officer); Ffion Madoc (Monitoring Officer); Stephen Aldous (Democratic',
    'Services Manager).',
    'ALSO PRESENT: Mrs Deirdre Oakenfold (Chair of the Independent Remuneration Panel).',
    { gap: 6 },
    '**61.\tAPOLOGIES FOR ABSENCE',
    'Apologies for absence were received from Councillors Jessamy Thorne and Gideon Pask.',
    { gap: 4 },
    '**62.\tDECLARATIONS OF INTEREST',
    'All Members present declared an interest in item 65 as recipients of allowances. Under the',
    'dispensation granted by the Standards Committee on 14 January 2026 they remained in the',
    'meeting and took part in the debate and vote.',
    { gap: 4 },
    '**63.\tMINUTES',
    'RESOLVED – That the minutes of the meeting of the Council held on 4 December 2025 be',
    'approved as a correct record and signed by the Chairman.',
    { gap: 4 },
    '**64.\tCHAIRMAN’S ANNOUNCEMENTS',
    'The Chairman thanked Members and staff who had supported the Holocaust Memorial Day',
    'event at St Oswin’s Church on 27 January 2026.',
    { gap: 4 },
    '**65.\tMEMBERS’ ALLOWANCES SCHEME 2026/27 – REPORT OF THE INDEPENDENT',
    '**    REMUNERATION PANEL',
    'Mrs Oakenfold presented the report of the Independent Remuneration Panel (IRP), which had',
    'reviewed the scheme for the first time since 2022. The Panel had compared allowances with',
    'those of 12 similar district councils and interviewed 19 Members. It recommended raising',
    'the basic allowance from £5,480 to £5,720 a year (4.4%) and setting each special',
    'responsibility allowance (SRA) as a multiple of the basic allowance.',
    'Councillor Neville Strachey-Kerr, Leader of the Council, moved and Councillor Abigail',
    'Fenwright seconded the recommendations. Councillor Tomasz Wrobel-Dean, Leader of the',
    'Liberal Democrat Group, said that an increase was not appropriate when residents faced',
    'rising costs, and asked for a recorded vote.',
    'The recommendations were carried (For 31, Against 12, Abstentions 2).',
    'RESOLVED – That',
    '(a)\tthe Members’ Allowances Scheme 2026/27 at Appendix A to the report be adopted with',
    '    effect from 1 April 2026, including a basic allowance of £5,720 a year;',
    '(b)\tthe special responsibility allowances set out in the table below be approved;',
    '(c)\tno Member may receive more than one special responsibility allowance;',
    '(d)\tthe basic allowance and SRAs be increased in 2027/28 and 2028/29 by the percentage',
    '    pay award for local government employees;',
    '(e)\tthe Monitoring Officer publish the Scheme and the Panel’s report on the Council’s',
    '    website by 31 March 2026; and',
    '(f)\tthe Panel be thanked for its work.',
  ], o);
  const p2head = flowPage(['**Special responsibility allowances 2026/27'], o);
  const sra = grid(
    [
      ['**Role', '**Multiple of basic allowance', '**SRA 2026/27'],
      ['Leader of the Council', '2.5', '£14,300'],
      ['Deputy Leader', '1.5', '£8,580'],
      ['Cabinet Members (4)', '1.2', '£6,864'],
      ['Chair of Planning Committee', '0.8', '£4,576'],
      ['Chair of Overview and Scrutiny Committee', '0.8', '£4,576'],
      ['Chair of Audit and Governance Committee', '0.5', '£2,860'],
      ['Chair of Licensing Committee', '0.4', '£2,288'],
      ['Leader of the largest opposition group', '0.6', '£3,432'],
    ],
    [72, 320, 460],
    72 + 13 + 4,
    { size: 10, leading: 13 },
  );
  const p2 = flowPage([
    'The total cost of the Scheme in 2026/27 is £336,900, an increase of about £14,100 on',
    '2025/26, which is within the budget for Members’ allowances.',
    { gap: 6 },
    '**66.\tCOUNCIL TAX SUPPORT SCHEME 2026/27',
    'The Director of Resources reported that the Cabinet had recommended no change to the',
    'Council Tax Support (CTS) Scheme for 2026/27.',
    'RESOLVED – That the Council Tax Support Scheme for 2026/27 be approved without change',
    'from the 2025/26 scheme.',
    { gap: 4 },
    '**67.\tQUESTIONS FROM MEMBERS',
    'Councillor Priscilla Onwuachi asked how many households were waiting for a Disabled',
    'Facilities Grant (DFG) adaptation. Councillor Bertram Osgathorpe, Portfolio Holder for',
    'Housing, said that 64 households were waiting. Councillor Osgathorpe undertook to circulate',
    'the average waiting time by ward to all Members by 27 February 2026.',
    { gap: 8 },
    'The meeting closed at 8.52 pm.',
    'Chairman ……………………………',
  ], { ...o, top: 72 + 13 + 4 + 9 * 13 + 12 });
  return makePdf([page(p1, folio(1)), page(p2head, sra, p2, folio(2))]);
}

/** (d) District council Executive report allocating CIL, written with bold run-in headings. */
function cilExecutiveReport(): Uint8Array {
  const o = { size: 10, leading: 13 };
  const p1 = runIn([
    '**BRANTWOLD DISTRICT COUNCIL',
    '**EXECUTIVE – MONDAY 8 DECEMBER 2025',
    '**AGENDA ITEM 7',
    { gap: 4 },
    '**COMMUNITY INFRASTRUCTURE LEVY – SPENDING ALLOCATIONS 2025/26',
    'Report of the Director of Place and Growth',
    'Portfolio Holder: Councillor Marcus Tiverton-Shaw, Planning and Infrastructure',
    'Key decision: Yes',
    'Parishes and wards affected: Thornby, Kettleby, Sedgebrook, Fenny Marsh, Eastcote Ward,',
    'Brantwold North Ward',
    { gap: 8 },
    '##Purpose of report.|To seek approval to allocate Community Infrastructure Levy (CIL)',
    'receipts to infrastructure projects and to pay the neighbourhood portion to parish councils.',
    { gap: 6 },
    '##Recommendations.|That the Executive RESOLVES to:',
    '(1)\tapprove the allocation of £1,486,200 of strategic CIL to the seven projects listed in',
    '    Table 1;',
    '(2)\tapprove the payment of the neighbourhood portion of £256,635 to the four parish',
    '    councils shown in Table 2;',
    '(3)\tapprove the spending of £51,120 of neighbourhood CIL collected in Eastcote Ward on',
    '    improvements to Eastcote Recreation Ground, following consultation with the ward',
    '    councillors;',
    '(4)\tdelegate authority to the Director of Place and Growth, Ifeoma Ravensworth, to enter',
    '    into funding agreements with infrastructure providers, release payments and agree',
    '    changes of up to 10% to any allocation within the total approved; and',
    '(5)\tagree that a report on the delivery of the funded projects be brought to the',
    '    Executive in December 2026.',
    { gap: 6 },
    '##Background.|The Council has charged CIL on new development since 1 April 2019.',
    'Receipts are split into an administration portion (up to 5%), a neighbourhood portion and',
    'the strategic portion. Under Regulation 59A of the CIL Regulations 2010, parish councils',
    'receive 15% of receipts from development in their area, capped at £100 per existing council',
    'tax dwelling each year, rising to 25% with no cap where a neighbourhood plan has been made.',
    'In unparished areas the Council keeps the neighbourhood portion and spends it after',
    'consulting the community.',
    { gap: 6 },
    '##Funds available.|At 30 September 2025 the strategic CIL balance was £1,912,400. The',
    'allocations in Table 1 would leave £426,200 unallocated as a contingency and for bids in',
    'the next round.',
    { gap: 6 },
    '##Assessment of bids.|Eleven bids were received. Officers scored them against the',
    'priorities in the Infrastructure Delivery Plan (IDP) and the Infrastructure Funding',
    'Statement (IFS) 2024. Seven bids scored above the threshold of 60 points and are',
    'recommended. The four bids not recommended are listed in Appendix 1 with the reasons.',
  ], o);
  const p2head = flowPage(['**Table 1: Strategic CIL allocations'], o);
  const t1 = grid(
    [
      ['**Project', '**Allocation (£)', '**Parish / ward', '**Delivered by'],
      ['Thornby Primary School – two classrooms', '420,000', 'Thornby', 'Ashmere County Council'],
      ['Mill Lane / B1187 junction improvement', '310,000', 'Eastcote Ward', 'Ashmere County Council'],
      ['Kettleby Health Centre extension', '240,000', 'Kettleby', 'Kettleby Medical Group'],
      ['Sedgebrook to Brantwold cycle path (phase 2)', '196,200', 'Sedgebrook', 'Ashmere County Council'],
      ['Brantwold Leisure Centre changing rooms', '185,000', 'Brantwold North', 'Brantwold DC'],
      ['Fenny Marsh flood alleviation scheme', '95,000', 'Fenny Marsh', 'Environment Agency'],
      ['Thornby Village Hall – accessible entrance', '40,000', 'Thornby', 'Thornby Parish Council'],
      ['**Total', '**1,486,200', '', ''],
    ],
    [60, 270, 350, 445],
    72 + 13 + 4,
    { size: 9, leading: 13 },
  );
  const t2headTop = 72 + 13 + 4 + 8 * 13 + 14;
  const t2head = flowPage(['**Table 2: Neighbourhood portion from 2024/25 receipts'], { ...o, top: t2headTop });
  const t2 = grid(
    [
      ['**Parish / ward', '**CIL receipts 2024/25 (£)', '**Portion', '**Amount (£)'],
      ['Thornby Parish Council*', '612,000', '25%', '153,000'],
      ['Kettleby Parish Council', '284,500', '15%', '42,675'],
      ['Sedgebrook Parish Council*', '198,000', '25%', '49,500'],
      ['Fenny Marsh Parish Council', '76,400', '15%', '11,460'],
      ['Eastcote Ward (unparished)', '340,800', '15%', '51,120'],
      ['**Total', '**1,511,700', '', '**307,755'],
    ],
    [72, 250, 380, 450],
    t2headTop + 13 + 4,
    { size: 9, leading: 13 },
  );
  const after = t2headTop + 13 + 4 + 7 * 13;
  const p2 = runIn([
    '* made neighbourhood plan: 25% portion, no cap',
    { gap: 8 },
    '##Financial implications.|CIL can only be spent on infrastructure. The administration',
    'portion of £75,585 (5% of 2024/25 receipts) funds the CIL team. There is no cost to the',
    'General Fund.',
    { gap: 6 },
    '##Legal implications.|Spending must comply with Regulation 59 of the CIL Regulations 2010.',
    'Parish councils must publish how they spend their neighbourhood portion each year.',
    { gap: 6 },
    '##Next steps.|Funding agreements will be issued in January 2026. Providers must spend the',
    'money within five years or return it to the Council.',
    { gap: 8 },
    'Contact: Ifeoma Ravensworth, Director of Place and Growth',
    'Background papers: Infrastructure Funding Statement 2024; CIL bid scoring matrix',
  ], { ...o, top: after + 4 });
  return makePdf([page(p1, folio(1)), page(p2head, t1, t2head, t2, p2, folio(2))]);
}

/** (e) Joint committee report on an ICT shared service for three district councils. */
function ictSharedServiceReport(): Uint8Array {
  const o = { size: 10, leading: 13 };
  const s1: Script = [
    '**FRITHDALE DISTRICT COUNCIL • OXCOMBE DISTRICT COUNCIL • MARLSTONE DISTRICT COUNCIL',
    '**ICT SHARED SERVICE JOINT COMMITTEE',
    '**Thursday 22 January 2026',
    '**Agenda item 6',
    { gap: 6 },
    '**Tri-Vale ICT Shared Service: Full Business Case, Partner Contributions and Staffing',
    'Report of the Shared Service Programme Director',
    'Author: Benedikt Alvarez-Croft, Shared Service Programme Director',
    'Classification: Open',
    { gap: 8 },
    '**1.\tPurpose',
    '1.1\tTo present the full business case (FBC) for a single information and communications',
    '    technology (ICT) service for the three councils, hosted by Frithdale District Council, and',
    '    to agree the partner contributions, staffing arrangements and procurement timetable.',
    { gap: 6 },
    '**2.\tRecommendations',
    '2.1\tThat the Joint Committee:',
    '(a)\tapproves the full business case for the Tri-Vale ICT Shared Service, to be hosted by',
    '    Frithdale District Council;',
    '(b)\tapproves the partner contributions for 2026/27 set out in Table 1;',
    '(c)\tapproves the procurement timetable for a new network and cloud hosting contract set',
    '    out in Table 3; and',
    '(d)\tnotes that 41 posts (37.6 FTE) will transfer from Oxcombe and Marlstone District',
    '    Councils to Frithdale District Council under TUPE on 1 October 2026.',
    '2.2\tThat the Joint Committee recommends to each partner council that it:',
    '(a)\tagrees to enter into an Inter-Authority Agreement (IAA) for the shared service for an',
    '    initial term of seven years;',
    '(b)\tdelegates authority to its Chief Executive, in consultation with its Leader, to finalise',
    '    and sign the IAA; and',
    '(c)\tincludes its contribution shown in Table 1 in its 2026/27 revenue budget.',
    { gap: 6 },
    '**3.\tBackground',
    '3.1\tThe three councils agreed an outline business case in June 2025. Each council now',
    '    runs its own ICT service, with separate service desks, data centres and network contracts.',
    '    The network contracts of all three councils end between September 2026 and March 2027.',
    '3.2\tThe shared service will have one service desk, one Microsoft 365 tenancy and a single',
    '    cyber security team. It is expected to save £620,000 a year by 2028/29.',
    { gap: 6 },
    '**4.\tPartner contributions',
    '4.1\tContributions are shared in proportion to each council’s current ICT budget. Table 1',
    '    sets out the contributions for 2026/27, the first year of the shared service.',
    { gap: 4 },
    '**Table 1: Partner contributions 2026/27',
  ];
  const p1 = flowPage(s1, o);
  const t1top = 72 + heightOf(s1, 13) + 4;
  const t1 = grid(
    [
      ['**Partner', '**Contribution (£)', '**Share (%)'],
      ['Frithdale District Council', '2,184,000', '42.0'],
      ['Oxcombe District Council', '1,664,000', '32.0'],
      ['Marlstone District Council', '1,352,000', '26.0'],
      ['**Total', '**5,200,000', '**100.0'],
    ],
    [72, 280, 400],
    t1top,
    { size: 10, leading: 13 },
  );
  const p2 = flowPage([
    '4.2\tOne-off implementation costs of £780,000 will be shared in the same proportions and',
    '    met from each council’s reserves. Savings will also be shared in the same proportions.',
    { gap: 6 },
    '**5.\tStaffing',
    '5.1\tFrithdale District Council will be the employing authority. Staff of Oxcombe and',
    '    Marlstone District Councils who work wholly or mainly in ICT will transfer under the',
    '    Transfer of Undertakings (Protection of Employment) Regulations 2006 (TUPE), on their',
    '    existing terms and conditions. Frithdale’s own 29 ICT posts (27.5 FTE) do not transfer.',
    { gap: 4 },
    '**Table 2: Posts transferring under TUPE',
  ], o);
  const t2 = grid(
    [
      ['**Council', '**Posts', '**FTE'],
      ['Oxcombe District Council', '18', '16.4'],
      ['Marlstone District Council', '23', '21.2'],
      ['**Total', '**41', '**37.6'],
    ],
    [72, 280, 360],
    72 + 8 * 13 + 10 + 4,
    { size: 10, leading: 13 },
  );
  const p2bTop = 72 + 8 * 13 + 10 + 4 + 4 * 13 + 8;
  const p2b = flowPage([
    '5.2\tFormal consultation with staff and the trade unions (UNISON and GMB) will begin on',
    '    2 March 2026. The new structure of 65.1 FTE includes a new post of Head of Shared ICT',
    '    Service (Grade FD12), funded within the contributions in Table 1.',
    { gap: 6 },
    '**6.\tProcurement timetable',
    '6.1\tThe new network and cloud hosting contract, estimated at £2.9m over five years, will',
    '    be procured under the Procurement Act 2023 through an open procedure.',
    { gap: 4 },
    '**Table 3: Procurement timetable',
  ], { ...o, top: p2bTop });
  const t3top = p2bTop + 7 * 13 + 10 + 4;
  const t3 = grid(
    [
      ['**Stage', '**Date'],
      ['Tender notice published', '2 March 2026'],
      ['Tender return deadline', '17 April 2026'],
      ['Evaluation and clarification', '20 April – 12 June 2026'],
      ['Contract award (Joint Committee)', '16 July 2026'],
      ['Standstill period ends', '27 July 2026'],
      ['Contract start', '1 October 2026'],
    ],
    [72, 300],
    t3top,
    { size: 10, leading: 13 },
  );
  const p2c = flowPage([
    '6.2\tThe contract award will be reported to the Joint Committee for approval on 16 July 2026.',
    { gap: 6 },
    '**7.\tNext steps',
    '7.1\tThe recommendations in paragraph 2.2 will be referred to each partner council in',
    '    February 2026.',
    '7.2\tProgress will be reported to the Joint Committee on 16 April 2026.',
    { gap: 8 },
    'Appendices: A – Full business case; B – Draft Inter-Authority Agreement',
  ], { ...o, top: t3top + 7 * 13 + 8 });
  return makePdf([page(p1, t1, folio(1)), page(p2, t2, p2b, t3, p2c, folio(2))]);
}

/** (f) Audit and governance committee minutes with "AG." minute numbers and "RESOLVED: That …". */
function auditGovernanceMinutes(): Uint8Array {
  const o = { size: 10, leading: 13 };
  const p1 = flowPage([
    '**HEXLEY CITY COUNCIL',
    '**AUDIT AND GOVERNANCE COMMITTEE',
    'Minutes of the meeting held on Wednesday 26 November 2025 at 5.30 pm in the Guildhall,',
    'Hexley',
    { gap: 6 },
    'Present: Councillors Oona Fitzwarren (Chair), Julian Abeysekera (Vice-Chair), Carys',
    'Ledbetter, Hamid Qureshi-Lowe and Patrick Ellwood; Ms Ingrid Solberg (Independent Member).',
    'Officers: Rosalind Kemsley (Director of Finance and Section 151 Officer), Akash Varghese',
    '(Head of Audit and Risk), Yvette Cardew (City Solicitor and Monitoring Officer).',
    'External auditor: Gareth Linfoot (Key Audit Partner) and Nia Gwynfor (Audit Manager),',
    'Carrick Penwell LLP.',
    { gap: 6 },
    '**AG.38\tAPOLOGIES',
    'Apologies were received from Councillor Shona Macrury.',
    { gap: 4 },
    '**AG.39\tDECLARATIONS OF INTEREST',
    'There were no declarations of interest.',
    { gap: 4 },
    '**AG.40\tMINUTES',
    'RESOLVED: That the minutes of the meeting held on 23 September 2025 be confirmed as a',
    'correct record.',
    { gap: 4 },
    '**AG.41\tEXTERNAL AUDIT – AUDIT FINDINGS REPORT 2024/25',
    'Gareth Linfoot presented the Audit Findings Report (AFR) for 2024/25, issued under',
    'International Standard on Auditing (ISA) 260. The auditor expected to issue an unmodified',
    'opinion on the financial statements by the statutory backstop date of 27 February 2026.',
    'Two adjusted misstatements had been agreed, the larger being a £3.4m overstatement in the',
    'valuation of property, plant and equipment (PPE). On value for money (VfM), the auditor',
    'reported one significant weakness in the arrangements for forecasting the cost of',
    'children’s placements, and made one key recommendation.',
    'Ms Solberg asked how the weakness would be addressed. The Director of Finance undertook',
    'to circulate the management response to the VfM key recommendation to Committee',
    'members by 12 December 2025.',
    'RESOLVED: That the Audit Findings Report 2024/25 be noted.',
    { gap: 4 },
    '**AG.42\tSTATEMENT OF ACCOUNTS 2024/25',
    'The Director of Finance presented the audited Statement of Accounts. The General Fund',
    'balance at 31 March 2025 was £14.2m and earmarked reserves totalled £61.8m.',
    'RESOLVED: That',
    '(a)\tthe audited Statement of Accounts 2024/25 be approved;',
    '(b)\tthe Letter of Representation be approved and signed by the Chair on behalf of the',
    '    Committee; and',
    '(c)\tauthority be delegated to the Director of Finance, in consultation with the Chair, to',
    '    agree any minor amendments before the audit opinion is issued.',
  ], o);
  const p2 = flowPage([
    '**AG.43\tANNUAL GOVERNANCE STATEMENT 2024/25',
    'The Head of Audit and Risk presented the final Annual Governance Statement (AGS), which',
    'identified two significant governance issues: contract management of home-to-school',
    'transport for children with special educational needs and disabilities (SEND), and cyber',
    'security resilience following the incident in March 2025.',
    'RESOLVED: That',
    '(a)\tthe Annual Governance Statement 2024/25 be approved for signature by the Leader of',
    '    the Council and the Chief Executive and published with the Statement of Accounts; and',
    '(b)\tprogress on the two significant governance issues be reported to the Committee in',
    '    March 2026.',
    { gap: 4 },
    '**AG.44\tINTERNAL AUDIT PROGRESS REPORT',
    'The Head of Audit and Risk reported that 61% of the 2025/26 audit plan had been delivered.',
    'One limited assurance opinion had been issued, on direct payments in adult social care.',
    'RESOLVED: That',
    '(a)\tthe progress report be noted; and',
    '(b)\tthe Head of Adult Social Care Finance be invited to attend the meeting on 21 January',
    '    2026 to explain the actions being taken on the direct payments audit.',
    { gap: 4 },
    '**AG.45\tWORK PROGRAMME',
    'RESOLVED: That the work programme for 2025/26 be noted.',
    { gap: 8 },
    'The meeting ended at 7.18 pm.',
    'Chair ……………………………',
  ], o);
  return makePdf([page(p1, folio(1)), page(p2, folio(2))]);
}

/** (g) Scrutiny work programme: a short covering report and sections by meeting date. */
function scrutinyWorkProgramme(): Uint8Array {
  const o = { size: 10, leading: 13 };
  const p1 = flowPage([
    '**BELLMINSTER COUNTY COUNCIL',
    '**Communities and Place Overview and Scrutiny Committee',
    '**Tuesday 15 July 2025',
    '**Agenda item 10',
    { gap: 6 },
    '**Work Programme 2025/26',
    'Report of the Scrutiny and Democratic Services Manager',
    { gap: 8 },
    '**1.\tPurpose of the report',
    '1.1\tTo ask the Committee to agree its work programme for 2025/26, set out in Appendix A.',
    { gap: 6 },
    '**2.\tRecommendations',
    '2.1\tThat the Committee:',
    '(a)\tagrees the work programme for 2025/26 set out in Appendix A;',
    '(b)\tagrees to set up a task and finish group of five members to review roadside verge',
    '    management and biodiversity, reporting to the Committee on 10 March 2026; and',
    '(c)\tnotes the items to be scheduled and asks the Chair and Vice-Chair to prioritise them at',
    '    future agenda-setting meetings.',
    { gap: 6 },
    '**3.\tBackground',
    '3.1\tThe work programme was drafted after a workshop with Committee members on 24 June',
    '    2025 and discussions with Cabinet Members and directors. Items were chosen using the',
    '    Centre for Governance and Scrutiny (CfGS) ‘TOPIC’ criteria.',
    '3.2\tThe Committee has four scheduled meetings in 2025/26. To leave time for effective',
    '    scrutiny, no meeting should have more than three substantive items. Pre-decision',
    '    scrutiny of the Library Service Strategy is included before the Cabinet decision on',
    '    9 December 2025.',
    '3.3\tThe work programme is a living document and is reviewed at every meeting.',
    { gap: 8 },
    'Contact: Jonah Prentiss, Scrutiny and Democratic Services Manager',
    'Appendix A: Work Programme 2025/26',
  ], o);
  const p2 = flowPage([
    '**Appendix A',
    '**Communities and Place Overview and Scrutiny Committee – Work Programme 2025/26',
    { gap: 8 },
    '**Tuesday 9 September 2025',
    '•\tHighway maintenance – pothole repairs and the 2025/26 resurfacing programme',
    '    Lead officer: Dawn Ketteridge',
    '    Cabinet Member: Cllr Ivor Trethowan',
    '•\tFlooding in Allbrook, January 2025 – Section 19 investigation report',
    '    Lead officer: Sanjay Mehra-Doyle',
    '•\tBus Service Improvement Plan (BSIP) – annual progress report',
    '    Lead officer: Leopold Kasprzak',
    { gap: 6 },
    '**Tuesday 4 November 2025',
    '•\tHousehold Waste Recycling Centres – review of the booking system',
    '    Lead officer: Corinne Wetherall',
    '•\tLibrary Service Strategy 2026–2030 (pre-decision scrutiny)',
    '    Lead officer: Mehmet Aydin',
    '    Cabinet Member: Cllr Ivor Trethowan',
    '•\tBellminster Community Safety Partnership – annual report',
    '    Lead officer: Gwen Tallis',
    { gap: 6 },
    '**Tuesday 13 January 2026',
    '•\tBudget 2026/27 – Communities and Place proposals',
    '    Lead officer: Rhys Caradog',
    '•\tTrading Standards – illegal vapes and underage sales',
    '    Lead officer: Alys Corden',
    { gap: 6 },
    '**Tuesday 10 March 2026',
    '•\tLocal Transport Plan 4 – draft for consultation',
    '    Lead officer: Leopold Kasprzak',
    '•\tRoadside verges and biodiversity – task and finish group final report',
    '    Lead officer: Jonah Prentiss',
    '•\tCommittee annual report 2025/26',
    '    Lead officer: Jonah Prentiss',
    { gap: 6 },
    '**Items to be scheduled',
    '•\t20 mph speed limits – policy review',
    '    Lead officer: Dawn Ketteridge',
    '•\tElectric vehicle charge points – Local Electric Vehicle Infrastructure (LEVI) rollout',
    '    Lead officer: to be confirmed',
    '•\tPublic rights of way – maintenance backlog',
    '    Lead officer: Colm Brannigan',
  ], o);
  return makePdf([page(p1, folio(1)), page(p2, folio(2))]);
}

/** (h) Portfolio holder decision notice accepting a PSDS grant for two leisure centres. */
function psdsDecisionNotice(): Uint8Array {
  const o = { size: 10, leading: 13 };
  const p1 = flowPage([
    '**CRESSWOLD BOROUGH COUNCIL',
    '**EXECUTIVE DECISION NOTICE',
    '**Decision by an individual Cabinet Member (Portfolio Holder)',
    { gap: 6 },
    'Decision reference:\tPH/CLC/2025/031',
    'Decision maker:\tCouncillor Annika Thorsby-Lane',
    'Portfolio:\tClimate, Leisure and Culture',
    'Date of decision:\t3 November 2025',
    'Key decision:\tYes – included in the Forward Plan published on 1 October 2025',
    'Subject:\tDecarbonisation of Cresswold Leisure Centre and Northgate Pool',
    { gap: 8 },
    '**1.\tDecision',
    'The Portfolio Holder for Climate, Leisure and Culture has decided:',
    '1.1\tto accept the grant offer of £2,318,640 from the Public Sector Decarbonisation Scheme',
    '    (PSDS) Phase 4, administered by Salix Finance on behalf of the Department for Energy',
    '    Security and Net Zero (DESNZ), subject to the grant conditions;',
    '1.2\tto approve council match funding of £842,000, made up of £500,000 from the Climate',
    '    Action Reserve and £342,000 of prudential borrowing to be repaid from energy savings;',
    '1.3\tto add the scheme, at a total cost of £3,160,640, to the capital programme for 2025/26',
    '    and 2026/27;',
    '1.4\tto delegate authority to the Head of Property and Assets to award the works contract',
    '    through a compliant framework, within the approved budget; and',
    '1.5\tto report back to the Climate Emergency Scrutiny Panel on completion of the',
    '    works, including the carbon savings achieved, by March 2027.',
    { gap: 6 },
    '**2.\tReasons for the decision',
    '2.1\tThe gas boilers at both sites are over 20 years old and due for replacement. The',
    '    scheme replaces them with air source heat pumps (ASHPs), adds 380 kW of solar',
    '    photovoltaic (PV) panels and LED lighting, and improves the building fabric at Northgate',
    '    Pool.',
    '2.2\tThe works will cut carbon emissions by an estimated 612 tonnes a year, about 9% of the',
    '    Council’s own emissions, and save about £96,000 a year in energy costs after the cost',
    '    of borrowing.',
    '2.3\tThe grant conditions require the works to be completed and the grant claimed by',
    '    31 March 2027.',
    { gap: 6 },
    '**3.\tAlternative options considered and rejected',
    '3.1\tDo nothing: rejected, because the boilers would need replacing within three years at',
    '    a cost of about £1.1m with no carbon saving.',
    '3.2\tReplace the boilers with new gas boilers: rejected, because this is not consistent with',
    '    the Council’s target of net zero for its own operations by 2030.',
    '3.3\tDecarbonise Cresswold Leisure Centre only: rejected, because the grant offer covers',
    '    both sites and the combined scheme gives better value for money.',
    { gap: 6 },
    '**4.\tFinancial implications',
    '4.1\tThe Council’s contribution is 26.6% of the total cost. The leisure operator, Kingfisher',
    '    Active Leisure Trust, will share the energy savings under the management agreement.',
  ], o);
  const p2 = flowPage([
    '**5.\tConsultation',
    '5.1\tWard members for Northgate and Cresswold Central, the Director of Resources (Section',
    '    151 Officer), the Monitoring Officer and Kingfisher Active Leisure Trust were consulted.',
    { gap: 6 },
    '**6.\tDeclarations of interest',
    'None.',
    { gap: 6 },
    '**7.\tCall-in',
    'This decision may be called in by three members of the Overview and Scrutiny Committee.',
    'If it is not called in, it may be implemented from 5.00 pm on 11 November 2025.',
    { gap: 10 },
    'Signed: Cllr Annika Thorsby-Lane\tDate: 3 November 2025',
    'Report author: Lewis Pardoe-Marsh, Head of Property and Assets',
  ], o);
  return makePdf([page(p1, folio(1)), page(p2, folio(2))]);
}

export const SYNTHETIC11: Record<string, () => Uint8Array> = {
  's11-temporary-accommodation-cabinet': temporaryAccommodationReport,
  's11-childrens-improvement-board-minutes': improvementBoardMinutes,
  's11-members-allowances-council-minutes': allowancesCouncilMinutes,
  's11-cil-allocations-executive-report': cilExecutiveReport,
  's11-ict-shared-service-joint-committee': ictSharedServiceReport,
  's11-audit-governance-minutes': auditGovernanceMinutes,
  's11-scrutiny-work-programme-sections': scrutinyWorkProgramme,
  's11-psds-decision-notice': psdsDecisionNotice,
};
