/**
 * Eight more synthetic papers in the styles of councils we hold no papers from: a city council
 * cabinet report on an air quality action plan (NO2 results by monitoring site, an AQMA declared
 * and another revoked, measures with costs and grant funding, a consultation period); a corporate
 * risk register report to an audit committee with bold run-in headings and a risk table; a Local
 * Plan Regulation 19 report to full council with an LDS timetable table and a delegation to a
 * named director; a selective licensing designation report to an Executive with a staffing
 * table; an officer decision record allocating the Household Support Fund; full council minutes
 * with a petition debate, members' questions and a motion referred to a committee; scrutiny
 * commission minutes "RECOMMENDED to Cabinet that …" with "Action: … by …" lines; and a cabinet
 * forward plan set out by month ("June 2026") with no day given. Built as small PDFs by
 * test/helpers/make-pdf.ts; their gold is beside them (synthetic-<key>.json,
 * "file": "synthetic:<key>"). Councils and people are invented; the wording follows real papers
 * of each kind. Written blind to the parser.
 */
import { flowPage, grid, heightOf, makePdf, type PdfLine, type Script } from '../../helpers/make-pdf.ts';

/** A page number at the foot of a page. */
function folio(n: number): PdfLine[] {
  return [{ text: `${n}`, x: 292, y: 815, size: 9 }];
}

/** A run-in heading: a bold lead-in and regular text on the same line. */
type RunIn = { run: string; text: string };
type PageScript = Array<string | { gap: number } | RunIn>;

/** Height a page script takes (14pt a line). */
function pageHeight(script: PageScript): number {
  let h = 0;
  for (const e of script) h += typeof e === 'object' && 'gap' in e ? e.gap : 14;
  return h;
}

/**
 * Lays out a page like flowPage, but also takes run-in headings ({ run, text }): the bold
 * heading at the left margin and the text continuing on the same line after it.
 */
function page(script: PageScript, opts: { top?: number } = {}): PdfLine[] {
  let y = opts.top ?? 72;
  const out: PdfLine[] = [];
  for (const e of script) {
    if (typeof e === 'string') {
      out.push(...flowPage([e], { top: y }));
      y += 14;
    } else if ('gap' in e) {
      y += e.gap;
    } else {
      out.push({ text: e.run, x: 72, y, bold: true, size: 11 });
      out.push({ text: e.text, x: 72 + e.run.length * 6.3 + 5, y, size: 11 });
      y += 14;
    }
  }
  return out;
}

/** (a) City council cabinet report: Air Quality Action Plan, AQMA declared and revoked, NO2 table, measures with costs and grant. */
function airQualityCabinetReport(): Uint8Array {
  const head = flowPage([
    '**CORSEBRIDGE CITY COUNCIL',
    { gap: 4 },
  ]);
  const front = grid(
    [
      ['**Report to:', 'Cabinet'],
      ['**Date:', '14 October 2025'],
      ['**Agenda item:', '9'],
      ['**Report of:', 'Director of Environment and Regulatory Services'],
      ['**Cabinet Member:', 'Councillor Wilfreda Gallimore, Climate and Environment'],
      ['**Wards affected:', 'Chapelgate; Saltmarket; Bishopsgate'],
      ['**Key decision:', 'Yes (Forward Plan ref. KD/25/064)'],
      ['**Classification:', 'Open'],
    ],
    [72, 180],
    94,
  );
  const p1Script: Script = [
    '**Air Quality Action Plan 2025–2030 and Air Quality Management Areas',
    { gap: 6 },
    '**1.\tPurpose of report',
    '1.1\tThis report presents the draft Air Quality Action Plan (AQAP) 2025–2030 for public',
    '  \tconsultation and proposes changes to the city’s Air Quality Management Areas',
    '  \t(AQMAs) in the light of the 2024 monitoring results.',
    { gap: 6 },
    '**2.\tRecommendations',
    '2.1\tThat Cabinet:',
    '(a)\tapproves the draft AQAP 2025–2030 at Appendix A for public consultation from',
    '  \t3 November 2025 to 15 December 2025;',
    '(b)\tapproves the declaration of a new AQMA covering Cordwainer Street and Staithe',
    '  \tRoad (AQMA No. 4), as shown on the plan at Appendix B;',
    '(c)\tapproves the revocation of AQMA No. 2 (Bishopsgate Hill);',
    '(d)\tdelegates authority to the Director of Environment and Regulatory Services, in',
    '  \tconsultation with the Cabinet Member for Climate and Environment, to make the',
    '  \tdeclaration and revocation Orders and to accept the Defra Air Quality Grant of',
    '  \t£286,000; and',
    '(e)\tnotes that the final AQAP, amended in the light of the consultation, will be',
    '  \treported to Cabinet in March 2026 for adoption.',
    { gap: 6 },
    '**3.\tBackground',
    '3.1\tUnder Part IV of the Environment Act 1995 and the Local Air Quality Management',
    '  \t(LAQM) regime, the Council must review air quality against the national objectives',
    '  \tand declare an AQMA wherever an objective is not met. The annual mean objective',
    '  \tfor nitrogen dioxide (NO2) is 40 µg/m³.',
    '3.2\tThe Council has three AQMAs: No. 1 (Chapelgate and the bus station), No. 2',
    '  \t(Bishopsgate Hill) and No. 3 (Ring Road East). The 2025 Annual Status Report (ASR)',
    '  \twas accepted by the Department for Environment, Food and Rural Affairs (Defra) in',
    '  \tAugust 2025.',
    { gap: 6 },
    '**4.\tMonitoring results',
    '4.1\tThe Council monitors NO2 at 42 diffusion tube sites and two automatic stations.',
    '  \tTable 1 shows the annual mean at the sites of most concern, bias-adjusted and',
    '  \tdistance-corrected where needed.',
  ];
  const p1 = flowPage(p1Script, { top: 94 + 8 * 14 + 14 });
  const t1Top = 94 + 8 * 14 + 14 + heightOf(p1Script) + 8;
  const t1Title = [{ text: 'Table 1: Annual mean NO2 (µg/m³), objective 40 µg/m³', x: 72, y: t1Top, size: 9, bold: true }];
  const t1 = grid(
    [
      ['**Site', '**Location', '**2022', '**2023', '**2024', '**AQMA'],
      ['CB07', 'Cordwainer Street (kerbside)', '44.8', '43.1', '42.6', 'None'],
      ['CB11', 'Staithe Road / Mill Lane junction', '41.9', '41.2', '40.7', 'None'],
    ],
    [72, 110, 300, 345, 390, 440],
    t1Top + 14,
    { size: 9, leading: 12 },
  );
  const t1b = grid(
    [
      ['CB14', 'Chapelgate bus station (automatic)', '38.6', '37.2', '36.9', 'No. 1'],
      ['CB03', 'Bishopsgate Hill', '35.2', '33.9', '31.4', 'No. 2'],
      ['CB22', 'Ring Road East, Pottery Lane', '39.8', '39.1', '38.2', 'No. 3'],
      ['CB19', 'Saltmarket Road', '29.4', '28.8', '27.5', 'None'],
    ],
    [72, 110, 300, 345, 390, 440],
    72 + 14,
    { size: 9, leading: 12 },
  );
  const t1bTitle = [{ text: 'Table 1 (continued)', x: 72, y: 72, size: 9, bold: true }];
  const p2Script: Script = [
    '4.2\tThe objective has been exceeded at CB07 and CB11 in each of the last three years,',
    '  \tand there is relevant exposure at the flats above the shops in Cordwainer Street.',
    '  \tA new AQMA is therefore required.',
    '4.3\tThe annual mean at Bishopsgate Hill has been below 36 µg/m³ for five consecutive',
    '  \tyears. Defra guidance is that an AQMA should be revoked where there have been no',
    '  \texceedances for three consecutive years and none is expected.',
    { gap: 6 },
    '**5.\tProposed measures and costs',
    '5.1\tThe AQAP contains 14 measures. The five priority measures cost £944,000 in total',
    '  \tand are set out in Table 2.',
  ];
  const p2 = flowPage(p2Script, { top: 72 + 14 + 4 * 12 + 14 });
  const t2Top = 72 + 14 + 4 * 12 + 14 + heightOf(p2Script) + 8;
  const t2Title = [{ text: 'Table 2: Priority measures, costs and funding', x: 72, y: t2Top, size: 9, bold: true }];
  const t2 = grid(
    [
      ['**Ref', '**Measure', '**Cost £', '**Funding'],
      ['M1', 'Retrofit of 18 city bus engines to Euro VI standard', '540,000', 'BSIP grant'],
      ['M2', 'Anti-idling enforcement and six school streets', '72,000', 'Defra grant'],
      ['M3', 'Electric taxi grants (£3,000 a vehicle, 50 vehicles)', '150,000', 'Defra grant'],
      ['M4', 'Signal optimisation, Cordwainer Street / Staithe Road', '118,000', 'LTP capital'],
      ['M5', 'Monitoring upgrade and public information', '64,000', 'Defra grant'],
      ['', '**Total', '**944,000', ''],
    ],
    [72, 100, 380, 440],
    t2Top + 14,
    { size: 9, leading: 12 },
  );
  const p2b = flowPage(
    [
      '5.2\tThe Defra Air Quality Grant of £286,000, awarded in August 2025, funds measures',
      '  \tM2, M3 and M5 in full. Measure M1 is funded from the Bus Service Improvement Plan',
      '  \t(BSIP) grant and M4 from the Local Transport Plan (LTP) capital allocation for',
      '  \t2025/26. There is no additional call on the Council’s revenue budget.',
      '5.3\tModelling shows the measures would bring NO2 in Cordwainer Street below',
      '  \t40 µg/m³ by 2027.',
      { gap: 6 },
      '**6.\tConsultation',
      '6.1\tThe draft AQAP will be published for six weeks, from 3 November 2025 to',
      '  \t15 December 2025, on the Council’s consultation portal and at the Central Library.',
      '  \tDefra, the Environment Agency, the UK Health Security Agency (UKHSA), the Director',
      '  \tof Public Health and the bus and taxi operators will be consulted directly.',
      '6.2\tResidents and businesses within the proposed AQMA No. 4 will be written to.',
      { gap: 6 },
      '**7.\tFinancial implications',
      '7.1\tThe measures are funded as set out in section 5. The Defra grant must be spent by',
      '  \t31 March 2027.',
      { gap: 6 },
      '**8.\tNext steps',
      '8.1\tProgress on the measures will be reported to Defra in the 2026 Annual Status',
      '  \tReport by 30 June 2026.',
      { gap: 8 },
      'Background papers: Annual Status Report 2025',
      'Contact officer: Cosmo Olerenshaw, Air Quality and Pollution Manager',
    ],
    { top: t2Top + 14 + 7 * 12 + 12 },
  );
  return makePdf([
    [...head, ...front, ...p1, ...t1Title, ...t1, ...folio(1)],
    [...t1bTitle, ...t1b, ...p2, ...t2Title, ...t2, ...p2b, ...folio(2)],
  ]);
}

/** (b) Audit committee report: corporate risk register with bold run-in headings and a risk table. */
function riskRegisterAuditReport(): Uint8Array {
  const p1Script: PageScript = [
    '**LOXBURY DISTRICT COUNCIL',
    { gap: 4 },
    '**Audit and Risk Assurance Committee – 22 January 2026',
    '**Agenda item 7',
    { gap: 6 },
    '**Corporate Risk Register: Quarter 3 2025/26',
    'Report of the Head of Audit, Risk and Resilience',
    { gap: 8 },
    { run: 'Purpose.', text: 'This report presents the Corporate Risk Register (CRR) as at 31 December' },
    '2025, including the risks added and closed since the Committee last considered it on',
    '16 October 2025.',
    { gap: 6 },
    { run: 'Recommendations.', text: 'The Committee is recommended to:' },
    '(a)\tnote the Corporate Risk Register as at 31 December 2025 at Appendix A;',
    '(b)\tnote the two new risks, CR17 and CR18, and the closure of risk CR09;',
    '(c)\tendorse the revised Risk Appetite Statement at Appendix B and refer it to Cabinet',
    '  \tfor approval on 10 February 2026; and',
    '(d)\tidentify any risk on which it wishes to receive a deep-dive report from the risk',
    '  \towner at its next meeting.',
    { gap: 6 },
    { run: 'Scoring.', text: 'Each risk is scored for likelihood and impact on a scale of 1 to 5, and the' },
    'score is the product of the two. Scores of 15 or more are red, 8 to 12 amber and 6 or',
    'below green. The target score is the score expected once the planned mitigating',
    'actions are in place.',
    { gap: 6 },
    { run: 'The register.', text: 'Table 1 summarises the nine corporate risks. The full register, with' },
    'mitigating actions and their due dates, is at Appendix A.',
  ];
  const p1 = page(p1Script);
  const tTop = 72 + pageHeight(p1Script) + 10;
  const table = grid(
    [
      ['**Ref', '**Risk', '**Owner', '**Current', '**Target'],
      ['', '', '', '**score', '**score'],
      ['CR01', 'MTFS gap of £1.9m in 2027/28 not closed', 'Chief Finance Officer', '20', '12'],
      ['CR03', 'Cyber attack disrupting critical systems', 'Head of Digital Services', '16', '8'],
      ['CR04', 'Local Government Reorganisation (LGR) disruption', 'Chief Executive', '16', '12'],
      ['CR06', 'Housing delivery below Local Plan targets', 'Director of Place', '12', '9'],
      ['CR07', 'Recruitment and retention of planners and surveyors', 'Head of HR and OD', '15', '9'],
      ['CR11', 'Waste fleet replacement delayed', 'Head of Environmental Services', '12', '6'],
      ['CR13', 'Safeguarding failure in council-run services', 'Director of Communities', '10', '5'],
      ['CR17', 'Rising demand for temporary accommodation (new)', 'Head of Housing Options', '20', '12'],
      ['CR18', 'RAAC in the roof of Loxbury Leisure Centre (new)', 'Head of Property and Assets', '15', '5'],
    ],
    [72, 104, 320, 462, 512],
    tTop,
    { size: 8, leading: 12 },
  );
  const p2 = page([
    { run: 'New risks.', text: 'Two risks have been added since the last report. CR17 reflects an increase' },
    'of 46% in households in temporary accommodation since April 2025, with net spend',
    'forecast at £1.38 million in 2025/26 against a budget of £0.84 million. CR18 follows a',
    'survey in November 2025 that found reinforced autoclaved aerated concrete (RAAC)',
    'planks in the roof of the sports hall at Loxbury Leisure Centre; the hall has been closed',
    'as a precaution.',
    { gap: 6 },
    { run: 'Closed risks.', text: 'Risk CR09 (implementation of the new finance and HR system) has been' },
    'closed following the successful go-live of the system on 3 November 2025.',
    { gap: 6 },
    { run: 'Changes in score.', text: 'CR01 has risen from 16 to 20 following the Provisional Local' },
    'Government Finance Settlement, which was £0.6 million lower than assumed in the',
    'Medium Term Financial Strategy (MTFS). CR07 has fallen from 20 to 15 after four of the',
    'six vacant planning posts were filled.',
    { gap: 6 },
    { run: 'Risk appetite.', text: 'The revised Risk Appetite Statement sets a cautious appetite for' },
    'financial risk and an averse appetite for safeguarding and health and safety risk. It',
    'was agreed by the Senior Leadership Team (SLT) on 6 January 2026.',
    { gap: 6 },
    { run: 'Next review.', text: 'SLT will next review the register in March 2026, and the updated' },
    'register will be reported to this Committee on 16 April 2026.',
    { gap: 6 },
    { run: 'Financial implications.', text: 'There are none arising directly from this report. The' },
    'cost of mitigating CR18, estimated at £740,000, will be reported to Cabinet separately.',
    { gap: 6 },
    { run: 'Appendices.', text: 'A – Corporate Risk Register; B – Risk Appetite Statement 2026' },
    { gap: 6 },
    { run: 'Contact.', text: 'Haldis Pemberthy, Risk and Resilience Manager' },
  ]);
  return makePdf([
    [...p1, ...table, ...folio(1)],
    [...p2, ...folio(2)],
  ]);
}

/** (c) Full council report: Local Plan Regulation 19 publication and submission, LDS timetable, examination cost, delegation to a named director. */
function localPlanCouncilReport(): Uint8Array {
  const p1 = flowPage([
    '**IDLECOMBE DISTRICT COUNCIL',
    { gap: 4 },
    'Report to:\tCouncil',
    'Date:\t17 September 2025',
    'Item:\t11',
    'Portfolio Holder:\tCouncillor Cerys Nankervis, Planning and Infrastructure',
    'Lead Director:\tHonora Kittoe, Director of Place and Growth',
    'Status:\tPublic',
    { gap: 8 },
    '**IDLECOMBE LOCAL PLAN 2024–2042: PROPOSED SUBMISSION (REGULATION 19)',
    { gap: 6 },
    '**Summary',
    'This report seeks approval to publish the Proposed Submission Local Plan for',
    'representations and then to submit it for examination. The Plan will replace the',
    'Core Strategy adopted in 2014 and the Site Allocations Plan adopted in 2016.',
    { gap: 6 },
    '**RECOMMENDATIONS',
    'That Council:',
    '(i)\tapproves the Idlecombe Local Plan 2024–2042 Proposed Submission version',
    '  \t(Appendix 1) for publication under Regulation 19 of the Town and Country Planning',
    '  \t(Local Planning) (England) Regulations 2012 for a six-week period for representations;',
    '(ii)\tapproves the submission of the Local Plan, its supporting documents and the',
    '  \trepresentations received to the Secretary of State for independent examination',
    '  \tafter the publication period;',
    '(iii)\tapproves the revised Local Development Scheme (LDS) at Appendix 2;',
    '(iv)\tdelegates authority to the Director of Place and Growth, Honora Kittoe, in',
    '  \tconsultation with the Portfolio Holder for Planning and Infrastructure, to make minor',
    '  \tfactual and presentational changes to the Plan before publication and submission, and',
    '  \tto ask the Inspector to recommend main modifications under section 20(7C) of the',
    '  \tPlanning and Compulsory Purchase Act 2004; and',
    '(v)\tagrees that the cost of the examination, estimated at £420,000, is met from the',
    '  \tLocal Plan Reserve.',
    { gap: 8 },
    '**1.\tBackground',
    'The Council consulted on the Preferred Options (Regulation 18) version of the Plan from',
    '13 January to 10 March 2025 and received 2,863 representations from 1,140 people and',
    'organisations. The Government’s deadline for submitting plans prepared under the',
    'current system is 31 December 2026; the Plan must keep to the timetable below to meet it.',
    { gap: 6 },
    '**2.\tThe housing requirement',
    'The Plan sets a housing requirement of 612 dwellings a year, 11,016 dwellings over the',
    'plan period 2024 to 2042, which meets the local housing need calculated using the',
    'standard method in the National Planning Policy Framework (NPPF). About 4,100 of these',
    'homes already have planning permission. The Plan allocates 22 sites for the remaining',
    '6,916 dwellings, including a new settlement of 2,400 homes at Hobbs Cross.',
  ]);
  const p2a = flowPage([
    '**3.\tEvidence',
    'The Plan is supported by a Sustainability Appraisal (SA), a Habitats Regulations',
    'Assessment (HRA), a whole-plan viability study and an Infrastructure Delivery Plan (IDP).',
    'The IDP identifies infrastructure costing £312 million, of which £188 million is expected',
    'from developer contributions.',
    { gap: 6 },
    '**4.\tLocal Development Scheme',
    'The revised LDS at Appendix 2 sets out the timetable in Table 1.',
  ]);
  const tTop = 72 + 8 * 14 + 6 + 10;
  const t = grid(
    [
      ['**Table 1: Local Plan timetable', ''],
      ['**Stage', '**Date'],
      ['Regulation 18 consultation (Preferred Options)', '13 January – 10 March 2025 (complete)'],
      ['Regulation 19 publication', '6 October – 17 November 2025'],
      ['Submission to the Secretary of State (Regulation 22)', 'February 2026'],
      ['Examination hearings', 'June – July 2026'],
      ['Receipt of Inspector’s report', 'December 2026'],
      ['Adoption by Council', 'February 2027'],
    ],
    [72, 340],
    tTop,
    { size: 10, leading: 14 },
  );
  const p2b = flowPage(
    [
      '**5.\tFinancial implications',
      'The examination is estimated to cost £420,000: fees of the Planning Inspectorate (PINS)',
      'of about £290,000, the programme officer at £48,000, and legal advice and the hearing',
      'venue at £82,000. The Local Plan Reserve holds £515,000; the balance of £95,000 will',
      'fund evidence updates needed during the examination.',
      'Two fixed-term Planning Policy Officer posts (2.0 FTE, Grade 8) will support the',
      'examination until March 2027; their cost of £104,000 a year is met from the existing',
      'Planning Policy budget.',
      { gap: 6 },
      '**6.\tRisks',
      'If the Plan is not submitted by 31 December 2026 the Council would have to start a new',
      'plan under the reformed system, with an estimated delay of three years.',
      { gap: 6 },
      '**7.\tNext steps',
      'A summary of the representations received during the publication period and the main',
      'issues raised will be reported to Cabinet in January 2026, before the Plan is submitted.',
      { gap: 8 },
      'Background papers: Regulation 18 Consultation Statement (May 2025)',
      'Contact: Planning Policy Team, Idlecombe District Council',
    ],
    { top: tTop + 8 * 14 + 12 },
  );
  return makePdf([
    [...p1, ...folio(1)],
    [...p2a, ...t, ...p2b, ...folio(2)],
  ]);
}

/** (d) Executive report: selective licensing designation, wards, fee, staffing table funded by fees, start date. */
function selectiveLicensingExecutive(): Uint8Array {
  const p1 = flowPage([
    '**GLAISDON BOROUGH COUNCIL',
    '**EXECUTIVE',
    '**18 November 2025',
    { gap: 6 },
    'Report title:\tDesignation of a Selective Licensing Scheme for Privately Rented Homes',
    'Report of:\tDirector of Housing and Communities',
    'Executive Member:\tCouncillor Benedetta Oyston, Executive Member for Housing',
    'Wards:\tCandlemarsh; Hopyard; Kilnfield; St Wystan’s',
    'Key decision:\tYes',
    'Exempt:\tNo',
    { gap: 8 },
    '**Summary',
    '1\tThe Council consulted in summer 2025 on a selective licensing scheme for privately',
    '  \trented homes in four wards. This report sets out the results and asks the Executive',
    '  \tto designate the area.',
    { gap: 6 },
    '**Recommendations',
    '2\tThe Executive is asked to:',
    '1.\tapprove the designation of the Candlemarsh, Hopyard, Kilnfield and St Wystan’s wards',
    '  \tas a selective licensing area under section 80 of the Housing Act 2004, as shown on',
    '  \tthe map at Appendix 1;',
    '2.\tagree that the designation comes into force on 1 June 2026 and lasts for five years;',
    '3.\tapprove a licence fee of £780 per property for the five-year licence, payable in two',
    '  \tparts (£310 on application and £470 on grant), with a discount of £100 for',
    '  \taccredited landlords;',
    '4.\tapprove the creation of 15 posts (14.1 FTE) in a new Selective Licensing Team,',
    '  \tfunded from licence fee income, as set out in paragraph 10; and',
    '5.\tdelegate authority to the Director of Housing and Communities to approve the licence',
    '  \tconditions, publish the statutory notices and make minor changes to the scheme',
    '  \tdocuments.',
    { gap: 6 },
    '**Background',
    '3\tThe private rented sector (PRS) in Glaisdon has grown from 14% of homes in 2011 to',
    '  \t24% in 2021. The designated area contains an estimated 6,120 privately rented homes,',
    '  \t41% of all homes in the four wards.',
    '4\tThe four wards have high levels of deprivation and anti-social behaviour (ASB). A stock',
    '  \tcondition survey in 2024 estimated that 1,690 privately rented homes in the area have',
    '  \tat least one Category 1 hazard under the Housing Health and Safety Rating System',
    '  \t(HHSRS).',
    '5\tUnder the general approval issued by the Ministry of Housing, Communities and Local',
    '  \tGovernment (MHCLG) in December 2024, the designation does not need confirmation',
    '  \tby the Secretary of State.',
  ]);
  const p2a = flowPage([
    '**Consultation',
    '6\tConsultation ran for ten weeks from 30 June to 7 September 2025. There were 1,046',
    '  \tresponses: 62% of residents supported the proposal and 71% of landlords and',
    '  \tagents opposed it. The main changes made in response are a lower Part B fee and the',
    '  \taccreditation discount.',
    { gap: 6 },
    '**Licence fee',
    '7\tThe fee is set to recover the costs of administering and enforcing the scheme over',
    '  \tfive years, as required by the Provision of Services Regulations 2009. Part A (£310)',
    '  \tcovers processing the application; Part B (£470) covers compliance and enforcement.',
    '8\tProjected fee income is £4.18 million over five years, after the accreditation',
    '  \tdiscount, assuming 5,600 licences (about 91% of the estimated stock).',
    { gap: 6 },
    '**Start date',
    '9\tThe designation notice will be published within seven days of the decision. Landlords',
    '  \twill be able to apply from 1 April 2026, and the scheme starts on 1 June 2026.',
    { gap: 6 },
    '**Staffing',
    '10\tA Selective Licensing Team will be created, funded entirely from licence fees for the',
    '  \tlife of the scheme. The posts are fixed-term to 31 May 2031. The full-time equivalent',
    '  \t(FTE) posts are shown in Table 1.',
  ]);
  const tTop = 72 + 19 * 14 + 12 + 10;
  const t = grid(
    [
      ['**Table 1: Selective Licensing Team', '', '', ''],
      ['**Post', '**Grade', '**Posts', '**FTE'],
      ['Selective Licensing Manager', 'Grade 11', '1', '1.0'],
      ['Senior Licensing Officer', 'Grade 9', '2', '2.0'],
      ['Licensing Enforcement Officer', 'Grade 7', '8', '7.5'],
      ['Licensing Support Officer', 'Grade 4', '3', '3.0'],
      ['Lawyer (Housing)', 'Grade 9', '1', '0.6'],
      ['**Total', '', '**15', '**14.1'],
    ],
    [90, 290, 370, 430],
    tTop,
    { size: 10, leading: 13 },
  );
  const p2b = flowPage(
    [
      '11\tThe annual cost of the team is £702,000 at 2025/26 prices, including on-costs.',
      { gap: 6 },
      '**Financial implications',
      '12\tSet-up costs of £96,000 (a licensing IT system and publicity) will be met from the',
      '  \tHousing Reserve and repaid from fee income in years 1 and 2. Fee income may only be',
      '  \tspent on the scheme.',
      { gap: 6 },
      '**Monitoring',
      '13\tA review of the first 18 months of the scheme will be reported to the Executive in',
      '  \tJanuary 2028.',
      { gap: 8 },
      'Contact: Emrys Liversedge, Private Sector Housing Manager',
    ],
    { top: tTop + 8 * 13 + 12 },
  );
  return makePdf([
    [...p1, ...folio(1)],
    [...p2a, ...t, ...p2b, ...folio(2)],
  ]);
}

/** (e) Officer Decision Record: Household Support Fund allocation by scheme, reasons, consultation, date. */
function hsfOfficerDecision(): Uint8Array {
  const p1 = flowPage([
    '**BECKMORTON COUNTY COUNCIL',
    '**OFFICER DECISION RECORD',
    'Decisions taken by officers under the Scheme of Delegation (Part 3 of the Constitution)',
    { gap: 8 },
    'Decision reference:\tODR/2025/047',
    'Title:\tHousehold Support Fund 2025/26 – Allocation of Grant',
    'Decision maker:\tCorporate Director of Resources (Gervase Dimelow)',
    'Delegated power:\tScheme of Delegation, paragraph 6.4 (acceptance and allocation of',
    '  \tgovernment grants)',
    'Key decision:\tYes – Forward Plan reference FP/25/022',
    'Wards affected:\tAll',
    { gap: 8 },
    '**Decision',
    '(1)\tTo allocate the Council’s Household Support Fund (HSF) grant of £7,184,500 for',
    '  \tthe period 1 April 2025 to 31 March 2026 to the schemes set out in Table 1.',
    '(2)\tTo authorise the Head of Revenues and Benefits to make awards under the Local',
    '  \tWelfare Assistance (LWA) scheme in line with the eligibility criteria at Appendix A.',
    { gap: 6 },
    '**Table 1: Household Support Fund 2025/26 allocation',
  ]);
  const tTop = 72 + 3 * 14 + 8 + 7 * 14 + 8 + 5 * 14 + 6 + 14 + 4;
  const t = grid(
    [
      ['**Scheme', '**Allocation £'],
      ['Holiday food vouchers (FSM-eligible children)', '3,434,500'],
      ['Pensioner energy payments (£150 per household)', '1,150,000'],
      ['Local Welfare Assistance (application-based)', '1,280,000'],
      ['Grants to food banks and community pantries', '420,000'],
      ['Care leavers and young carers', '185,000'],
      ['Warm Homes repairs (boilers and appliances)', '360,000'],
      ['Administration (4.9% of grant)', '355,000'],
      ['**Total', '**7,184,500'],
    ],
    [72, 400],
    tTop,
    { size: 10, leading: 14 },
  );
  const p1b = flowPage(
    [
      '**Reasons for the decision',
      'The Department for Work and Pensions (DWP) confirmed the Council’s allocation on',
      '24 March 2025. The grant must be spent by 31 March 2026 and at least part of it must',
      'be available through an application-based scheme. The allocation keeps the approach',
      'taken in 2024/25, which reached 58,300 households, and meets the need for free school',
      'meals (FSM) holiday support identified by the Holiday Activities and Food programme.',
    ],
    { top: tTop + 9 * 14 + 10 },
  );
  const p2 = flowPage([
    '**Alternative options considered',
    'Distributing the whole fund as vouchers was rejected because it would not reach',
    'households in crisis that are not on benefits. Returning unspent grant was rejected.',
    { gap: 6 },
    '**Consultation',
    'The Cabinet Member for Communities and Inclusion, Councillor Letitia Trebilcock, was',
    'consulted on 1 May 2025 and supports the decision. The district councils, the',
    'Beckmorton Food Network and Citizens Advice Beckmorton were consulted on the LWA',
    'eligibility criteria in April 2025.',
    { gap: 6 },
    '**Financial implications',
    'The allocation is funded in full by the DWP grant and places no call on the Council’s own',
    'resources. Any grant not spent by 31 March 2026 must be returned to DWP.',
    { gap: 6 },
    '**Monitoring',
    'Management information (MI) returns will be submitted to DWP by 22 October 2025 and',
    '22 April 2026.',
    { gap: 6 },
    '**Declarations of interest',
    'None.',
    { gap: 6 },
    'Date of decision:\t6 May 2025',
    'Date published:\t7 May 2025',
    'Call-in expires:\t14 May 2025',
    { gap: 8 },
    'Signed: G Dimelow, Corporate Director of Resources',
  ]);
  return makePdf([
    [...p1, ...t, ...p1b, ...folio(1)],
    [...p2, ...folio(2)],
  ]);
}

/** (f) Full council minutes: a petition debate, members' questions, a motion referred to a committee for report back. */
function fullCouncilPetitionMinutes(): Uint8Array {
  const p1 = flowPage([
    '**GRINDLECOTE BOROUGH COUNCIL',
    { gap: 4 },
    '**Minutes of the Ordinary Meeting of the Council held at the Guildhall, Grindlecote on',
    '**Thursday 20 November 2025 at 6.30 pm',
    { gap: 6 },
    'Present: The Mayor (Councillor H Ackroyd-Mensah) in the Chair',
    'Councillors S Abbs, K Bulcock, T Cheeseman, L Dunphy, A Etchells, M Fazackerley,',
    'R Goodier, J Hulme, B Inskip, C Jolley, E Laithwaite, G Mottram, R Pickavance,',
    'N Prideaux, D Rimmer, D Scorah, P Tunstall, F Urmston, W Vipond, H Whalley and',
    'V Yarwood.',
    { gap: 8 },
    '**38.\tAPOLOGIES FOR ABSENCE',
    'Apologies for absence were received from Councillors O Threapleton and Y Sutcliffe.',
    { gap: 6 },
    '**39.\tDECLARATIONS OF INTEREST',
    'Councillor E Laithwaite declared a non-registrable interest in minute 41 as a member of',
    'Tenterfold Swimming Club and left the chamber during that item.',
    { gap: 6 },
    '**40.\tMINUTES',
    'RESOLVED – That the minutes of the meeting held on 18 September 2025 be approved as',
    'a correct record and signed by the Mayor.',
    { gap: 6 },
    '**41.\tPETITION – SAVE TENTERFOLD BATHS',
    'The Council received a petition containing 4,318 valid signatures, submitted by',
    'Ms C Yallop, calling on the Council to keep Tenterfold Baths open and to repair the pool',
    'hall roof. Under the Council’s Petition Scheme, a petition with more than 1,500',
    'signatures is debated by the Council.',
    'Ms Yallop addressed the Council for five minutes. She said the baths were used by',
    '23 schools and clubs and were the only pool in the east of the borough. Councillor',
    'D Scorah, Cabinet Member for Leisure and Culture, responded that repairs to the roof',
    'were estimated at £1.9 million and that Grindlecote Leisure Trust (GLT) had reported a',
    'loss of £212,000 on the baths in 2024/25.',
    'Following the debate, it was moved by Councillor M Fazackerley and seconded by',
    'Councillor K Bulcock, and on being put to the vote carried (For 29, Against 11,',
    'Abstentions 2), that:',
    'RESOLVED – That:',
    '(a)\tthe petition be noted and the lead petitioner be thanked for presenting it;',
    '(b)\tthe Cabinet be asked to consider options for the community management of',
    '  \tTenterfold Baths, including a community asset transfer (CAT), at its meeting on',
    '  \t9 December 2025, before any decision on closure is taken; and',
    '(c)\tTenterfold Baths remain open at least until 31 March 2026.',
  ]);
  const p2 = flowPage([
    '**42.\tQUESTIONS FROM MEMBERS',
    'Questions were asked and answered under Council Procedure Rule 11 as follows:',
    '(1)\tCouncillor N Prideaux asked the Cabinet Member for Highways and Streetscene how',
    '  \tmany potholes had been repaired since April. Councillor P Tunstall replied that 3,874',
    '  \tpotholes had been repaired between 1 April and 31 October 2025, 88% of them within',
    '  \tthe 28-day target. In a supplementary question Councillor Prideaux asked for the',
    '  \tfigures for Ellsworth ward. Councillor Tunstall undertook to provide a ward-by-ward',
    '  \tbreakdown to all Members by 12 December 2025.',
    '(2)\tCouncillor G Mottram asked the Leader how much had been spent on consultants for',
    '  \tthe Town Centre Regeneration Programme. Councillor M Fazackerley replied that',
    '  \t£486,500 had been spent on external consultants in 2024/25, of which £312,000',
    '  \twas funded by the Towns Fund.',
    '(3)\tCouncillor T Cheeseman asked how many households were in temporary',
    '  \taccommodation. Councillor J Hulme, Cabinet Member for Housing, replied that',
    '  \t214 households were in temporary accommodation on 31 October 2025, including 61 in',
    '  \tbed and breakfast accommodation.',
    { gap: 6 },
    '**43.\tMOTION ON NOTICE – PESTICIDE-FREE PARKS AND VERGES',
    'It was moved by Councillor R Pickavance and seconded by Councillor A Etchells:',
    '“This Council notes that glyphosate-based herbicides are still used on parks, verges',
    'and hard surfaces managed by the Council, and resolves to phase out their use on all',
    'Council-managed land by the end of 2027, and to trial mechanical and hot-foam weed',
    'control in three wards in 2026.”',
    'On the proposal of the mover, and in accordance with Council Procedure Rule 14.3, it was',
    'RESOLVED – That the motion be referred to the Environment Policy Development Panel',
    'for consideration, and that the Panel report back to the meeting of the Council on',
    '26 February 2026.',
    { gap: 6 },
    '**44.\tRECOMMENDATION FROM CABINET – COUNCIL TAX SUPPORT SCHEME 2026/27',
    'The Council considered the recommendation of the Cabinet of 4 November 2025.',
    'RESOLVED – That the Council Tax Support (CTS) scheme for 2026/27, with the maximum',
    'award for working-age claimants remaining at 85% of council tax liability, be approved.',
    { gap: 6 },
    '**45.\tCHANGES TO COMMITTEE MEMBERSHIP',
    'RESOLVED – That Councillor V Yarwood replace Councillor B Inskip on the Licensing',
    'and Regulatory Committee for the remainder of the municipal year.',
    { gap: 8 },
    'The meeting closed at 9.04 pm.',
    { gap: 8 },
    'Mayor',
  ]);
  return makePdf([
    [...p1, ...folio(1)],
    [...p2, ...folio(2)],
  ]);
}

/** (g) Scrutiny commission minutes: "RECOMMENDED to Cabinet that …" and "Action: … by …" lines, prefixed minute numbers. */
function scrutinyCommissionMinutes(): Uint8Array {
  const p1 = flowPage([
    '**DALLOWGATE COUNCIL',
    '**GROWTH AND TRANSPORT SCRUTINY COMMISSION',
    { gap: 4 },
    'Minutes of the meeting held on Thursday 4 December 2025 at 5.00 pm in the Council',
    'Chamber, Dallowgate Town Hall',
    { gap: 6 },
    'Present: Councillor M Quist (Chair); Councillors R Aspinall, J Birtwistle, S Clegg,',
    'P Dandridge (Vice-Chair), H Entwistle, T Gorton and L Marsland',
    'Also present: Councillor F Adeyemi-Stott, Cabinet Member for Transport and Environment',
    'Officers: Head of Parking and Traffic Services (Crispian Mayall), Transport Strategy',
    'Manager (Jocasta Tetley), Scrutiny Officer (Ivo Pilling)',
    { gap: 8 },
    '**GTS/25/31\tAPOLOGIES AND SUBSTITUTES',
    'Apologies were received from Councillor D Whiteley. There were no substitutes.',
    { gap: 6 },
    '**GTS/25/32\tDECLARATIONS OF INTEREST',
    'None.',
    { gap: 6 },
    '**GTS/25/33\tMINUTES',
    'RESOLVED that the minutes of the meeting held on 2 October 2025 be approved as a',
    'correct record.',
    { gap: 6 },
    '**GTS/25/34\tPRE-DECISION SCRUTINY: TOWN CENTRE PARKING TARIFFS 2026/27',
    'The Head of Parking and Traffic Services presented the proposals that Cabinet will',
    'consider on 13 January 2026: raising the hourly tariff in the town centre car parks from',
    '£1.60 to £1.90, a flat evening charge of £2.00 from 6.00 pm to 10.00 pm at the Tollgate',
    'Street and Chandlers Yard car parks, and ending free parking after 3.00 pm on Saturdays',
    'in December. Additional income is estimated at £385,000 a year.',
    'Members were concerned about the effect of evening charges on the night-time',
    'economy and on shift workers. The Cabinet Member said no decision had been made and',
    'that he welcomed the Commission’s views.',
    'RECOMMENDED to Cabinet that:',
    '(a)\tthe proposed evening charge of £2.00 at Tollgate Street and Chandlers Yard is not',
    '  \tintroduced until its effect on the night-time economy has been assessed;',
    '(b)\tfree parking after 3.00 pm on the three Saturdays before Christmas is retained; and',
    '(c)\ta discounted annual permit of £240 is offered to town centre workers earning less',
    '  \tthan the Real Living Wage.',
    'The Chair undertook to present the Commission’s recommendations to Cabinet at its',
    'meeting on 13 January 2026.',
    'Action: Head of Parking and Traffic Services to circulate occupancy data for each car',
    'park for 2024/25 to all Members by 12 December 2025.',
  ]);
  const p2 = flowPage([
    '**GTS/25/35\tBUS SERVICES – ENHANCED PARTNERSHIP PROGRESS',
    'The Transport Strategy Manager reported on the Enhanced Partnership (EP) with bus',
    'operators. Patronage had risen by 7% in the year to September 2025, but six of the 14',
    'supported rural services carried fewer than five passengers a trip. The Department for',
    'Transport (DfT) had confirmed £2.6 million of bus grant for 2026/27.',
    'RESOLVED that a task and finish group of five Members be established to review rural',
    'bus services, and that it report to the Commission in June 2026.',
    'Action: Transport Strategy Manager to provide route-by-route patronage figures for the',
    '14 supported services by 31 January 2026.',
    { gap: 6 },
    '**GTS/25/36\tWORK PROGRAMME 2025/26',
    'The Scrutiny Officer presented the work programme.',
    'RESOLVED that the work programme be agreed, with the addition of an evaluation of',
    'the Skills Bootcamps programme at the meeting on 5 March 2026.',
    'Action: Scrutiny Officer to invite the Skills and Employment Manager to the 5 March',
    'meeting by 13 February 2026.',
    { gap: 6 },
    '**GTS/25/37\tDATE OF NEXT MEETING',
    'Thursday 5 February 2026 at 5.00 pm.',
    { gap: 8 },
    'The meeting closed at 7.12 pm.',
    { gap: 8 },
    'Chair',
  ]);
  return makePdf([
    [...p1, ...folio(1)],
    [...p2, ...folio(2)],
  ]);
}

/** (h) Cabinet forward plan set out by month ("June 2026"), items "Title – Decision maker – Lead officer", no day given; key decisions in bold. */
function forwardPlanByMonth(): Uint8Array {
  const p1 = flowPage(
    [
      '**LOWERBY METROPOLITAN BOROUGH COUNCIL',
      '**CABINET FORWARD PLAN',
      '**June 2026 to September 2026',
      'Published: 15 May 2026',
      { gap: 6 },
      'This Forward Plan lists the decisions the Cabinet and individual Cabinet Members expect',
      'to take in the next four months. Items are listed by the month in which the decision is',
      'expected; the date of the meeting will be confirmed when the agenda is published. Key',
      'decisions are shown in bold. Each entry shows: Title – Decision maker – Lead officer.',
      { gap: 8 },
      '**June 2026',
      '**• Revenue and Capital Outturn 2025/26 – Cabinet – Euphemia Catterall',
      '**• Highways Asset Management Plan 2026–2031 – Cabinet – Thaddeus Attwater',
      '• Fees for Pre-Application Planning Advice – Cabinet Member for Regeneration –',
      '  Marigold Blakeway',
      '**• Home to School Transport Framework Award – Cabinet – Evander Roscoe',
      { gap: 8 },
      '**July 2026',
      '• Quarter 1 Finance and Performance Report – Cabinet – Euphemia Catterall',
      '**• Children’s Residential Homes Expansion – Cabinet – Oyinlola Adebanjo',
      '• Empty Property Strategy 2026–2029 – Cabinet Member for Housing – Persephone Halloran',
      '**• Disposal of the former Beechcroft Depot – Cabinet – Jaswinder Kettley',
      { gap: 8 },
      '**August 2026',
      '• Adult Social Care Market Position Statement – Cabinet Member for Adult Social Care –',
      '  Albertine Ferrand',
      '• Street Lighting LED Conversion Phase 3 – Cabinet Member for Environment – Thaddeus',
      '  Attwater',
      { gap: 8 },
      '**September 2026',
      '**• Medium Term Financial Strategy 2027/28 to 2029/30 – Cabinet – Euphemia Catterall',
      '**• Local Transport Capital Programme 2027/28 – Cabinet – Thaddeus Attwater',
      '• Corporate Plan Annual Report 2025/26 – Cabinet – Lucius Wadsworth',
      { gap: 10 },
      '**Lead officers',
      'Euphemia Catterall – Director of Finance',
      'Thaddeus Attwater – Director of Highways and Environment',
      'Marigold Blakeway – Head of Planning and Building Control',
      'Evander Roscoe – Head of Education Services',
      'Oyinlola Adebanjo – Director of Children’s Services',
      'Persephone Halloran – Head of Housing Strategy',
      'Jaswinder Kettley – Head of Property and Estates',
      'Albertine Ferrand – Assistant Director, Adult Social Care Commissioning',
      'Lucius Wadsworth – Head of Policy and Performance',
      { gap: 8 },
      'Abbreviations: LED – light-emitting diode; MTFS – Medium Term Financial Strategy.',
      'Contact: Democratic Services, Lowerby Town Hall.',
    ],
    { leading: 14 },
  );
  return makePdf([[...p1, ...folio(1)]]);
}

export const SYNTHETIC21: Record<string, () => Uint8Array> = {
  's21-air-quality-action-plan': airQualityCabinetReport,
  's21-corporate-risk-register': riskRegisterAuditReport,
  's21-local-plan-reg19-council': localPlanCouncilReport,
  's21-selective-licensing-executive': selectiveLicensingExecutive,
  's21-hsf-officer-decision': hsfOfficerDecision,
  's21-council-petition-minutes': fullCouncilPetitionMinutes,
  's21-scrutiny-recommendations-minutes': scrutinyCommissionMinutes,
  's21-cabinet-forward-plan-monthly': forwardPlanByMonth,
};
