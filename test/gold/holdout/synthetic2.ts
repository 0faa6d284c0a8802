/**
 * Eight more synthetic papers in the styles of councils we hold no papers from: a metropolitan
 * borough cabinet report with a front-sheet table, unitary scrutiny minutes with prefixed minute
 * numbers, a Scottish committee report and a Scottish committee minute, a Welsh county cabinet
 * report, a cabinet member's record of decision, a district forward plan laid out as a table, and
 * an agenda pack with two reports. Built as small PDFs by test/helpers/make-pdf.ts; their gold is
 * beside them (synthetic-<key>.json, "file": "synthetic:<key>"). Councils and people are invented;
 * the wording follows real papers of each kind. Written blind to the parser.
 */
import { flowPage, grid, heightOf, makePdf, type PdfLine, type Script } from '../../helpers/make-pdf.ts';

/** The baseline flowPage gives the first line of a script that starts with `prefix`. */
function lineY(script: Script, prefix: string, top = 72): number {
  let y = top;
  for (const e of script) {
    if (typeof e !== 'string') y += e.gap;
    else if (e.startsWith(prefix)) return y;
    else y += 14;
  }
  throw new Error(`lineY: no line starting ${prefix}`);
}

/** A bold stamp at the top right of a page ("Agenda Item 6"). */
function stamp(text: string, y = 48): PdfLine[] {
  return [{ text, x: 430, y, size: 12, bold: true }];
}

/** A small page number at the foot of a page. */
function folio(n: number): PdfLine[] {
  return [{ text: `Page ${n}`, x: 280, y: 815, size: 9 }];
}

/** (a) Metropolitan borough cabinet report: front-sheet table, "Recommendation(s) / Cabinet is recommended to: 1. …", financial implications with £ and posts. */
function metCabinetReport(): Uint8Array {
  const head: Script = ['**CALDERBROOK METROPOLITAN BOROUGH COUNCIL'];
  const front = grid(
    [
      ['**Report to:', 'Cabinet'],
      ['**Date of meeting:', '14 May 2025'],
      ['**Report of:', 'Director of Place'],
      ['**Cabinet Member:', 'Cllr Naveen Chaudhry, Cabinet Member for Housing and'],
      ['', 'Neighbourhoods'],
      ['**Key decision:', 'Yes'],
      ['**Forward Plan reference:', 'KD/2025/031'],
      ['**Wards affected:', 'Eastfield; Low Moor'],
      ['**Public or private:', 'Public'],
    ],
    [72, 230],
    100,
  );
  const top = 100 + 9 * 14 + 14;
  const body: Script = [
    '**Selective Licensing Designation for Eastfield and Low Moor',
    { gap: 8 },
    '**1.\tPurpose of report',
    '1.1\tTo seek approval to designate parts of Eastfield and Low Moor wards as a',
    '  \tselective licensing area under Part 3 of the Housing Act 2004, following the',
    '  \tstatutory consultation carried out between 6 January and 31 March 2025.',
    { gap: 8 },
    '**2.\tRecommendation(s)',
    '2.1\tCabinet is recommended to:',
    '  1.\tApprove the designation of the area shown in Appendix 1 as a selective',
    '    \tlicensing area for five years, to come into force on 1 October 2025.',
    '  2.\tApprove a licence fee of £750 per property, with a discount of £100 for',
    '    \taccredited landlords who apply before 1 October 2025.',
    '  3.\tApprove the establishment of 6 FTE Private Sector Housing Officer posts',
    '    \t(Grade 8) and 1 FTE Team Leader post (Grade 10), funded from licence fee',
    '    \tincome.',
    '  4.\tDelegate authority to the Director of Place, in consultation with the Cabinet',
    '    \tMember for Housing and Neighbourhoods, to publish the statutory notices and',
    '    \tapprove the licence conditions.',
    '  5.\tNote that a first-year review of the scheme will be reported to Cabinet in',
    '    \tNovember 2026.',
    { gap: 8 },
    '**3.\tReasons for recommendation(s)',
    '3.1\tThe evidence in Appendix 2 shows that the two wards suffer from poor property',
    '  \tconditions and high levels of anti-social behaviour (ASB) linked to the private',
    '  \trented sector (PRS). Licensing gives the Council the powers it needs to require',
    '  \tlandlords to meet minimum standards.',
  ];
  const p1 = [...stamp('Agenda Item 9'), ...flowPage(head), ...front, ...flowPage(body, { top }), ...folio(1)];
  const p2 = [
    ...flowPage([
      '**4.\tAlternative options considered',
      '4.1\tContinuing with voluntary landlord accreditation alone was rejected because',
      '  \tonly 14% of landlords in the area have joined the scheme since 2019.',
      '4.2\tA borough-wide designation was rejected because the evidence of poor',
      '  \tconditions is concentrated in Eastfield and Low Moor.',
      { gap: 8 },
      '**5.\tBackground',
      '5.1\tThe PRS makes up 38% of homes in the proposed area, against 19% across the',
      '  \tborough. Houses in Multiple Occupation (HMOs) are already subject to',
      '  \tmandatory licensing and are excluded from the designation.',
      '5.2\tThe consultation received 1,284 responses. 61% of residents supported the',
      '  \tproposal, while 72% of landlords and letting agents opposed it.',
      { gap: 8 },
      '**6.\tFinancial implications',
      '6.1\tThe scheme is expected to generate fee income of £1.86 million over five years,',
      '  \tbased on an estimated 2,480 licensable properties.',
      '6.2\tThe seven new posts will cost £412,000 a year including on-costs and will be',
      '  \tmet in full from fee income. Start-up costs of £95,000 for the licensing IT',
      '  \tsystem will be met from the Housing Transformation Reserve in 2025/26.',
      '6.3\tFee income can only be used to cover the cost of running the scheme and will',
      '  \tbe held in a ring-fenced account.',
      { gap: 8 },
      '**7.\tLegal implications',
      '7.1\tConfirmation by the Secretary of State is not required because the designation',
      '  \tcovers less than 20% of the borough’s area and of its privately rented homes.',
      { gap: 8 },
      '**8.\tEquality and scrutiny',
      '8.1\tAn Equality Impact Assessment (EqIA) is at Appendix 3. Progress on the scheme',
      '  \twill also be reported to the Communities Scrutiny Panel in March 2026.',
      { gap: 8 },
      '**Appendices',
      'Appendix 1 – Map of the proposed designation',
      'Appendix 2 – Evidence base and consultation report',
      'Appendix 3 – Equality Impact Assessment',
      { gap: 8 },
      '**Contact officer:',
      'Daniel Oyelaran, Private Sector Housing Manager, 01632 960418',
    ]),
    ...folio(2),
  ];
  return makePdf([p1, p2]);
}

/** (b) Unitary council scrutiny minutes: "OSC/24/31", "RESOLVED – That …", "RECOMMENDED to Cabinet that –", a vote, an item "NOTED –". */
function unitaryScrutinyMinutes(): Uint8Array {
  const p1 = flowPage([
    '**SEVERNBURY COUNCIL',
    '**OVERVIEW AND SCRUTINY COMMITTEE',
    'Minutes of the meeting held on Thursday 20 March 2025 at 2.00 pm in Committee',
    'Room 1, Shire Hall, Severnbury',
    { gap: 6 },
    'Present: Councillor M Whitlock (Chair); Councillors J Adebayo, R Fennimore, S Gill,',
    'T Harcourt, P Lomax, D Mercer, A Nwosu, C Pryce, H Quayle, L Rhodes and K Varley',
    'Also present: Councillor F Dunmore (Cabinet Member for Environment)',
    'Officers: G Tanner (Director of Finance), E Sowerby (Head of Waste Services) and',
    'N Clay (Democratic Services Officer)',
    { gap: 8 },
    '**OSC/24/28\tApologies for absence and substitutions',
    'Apologies were received from Councillor B Yelland (substitute: Councillor K Varley).',
    { gap: 6 },
    '**OSC/24/29\tDeclarations of interest',
    'Councillor S Gill declared a personal interest in minute OSC/24/33 as a school governor.',
    { gap: 6 },
    '**OSC/24/30\tMinutes',
    'RESOLVED – That the minutes of the meeting held on 13 February 2025 be confirmed',
    'as a correct record and signed by the Chair.',
    { gap: 6 },
    '**OSC/24/31\tHousehold Waste Recycling Centres – Proposed Changes to Opening Hours',
    'The Committee carried out pre-decision scrutiny of proposals, due to be considered by',
    'Cabinet on 8 April 2025, to reduce opening hours at the four Household Waste',
    'Recycling Centres (HWRCs) to save £310,000 a year. Members were concerned that',
    'closing the Hollins Lane site on two weekdays would increase fly-tipping, and asked',
    'for the Equality Impact Assessment (EIA) to be completed before any decision is taken.',
    'Councillor Lomax moved and Councillor Pryce seconded a motion to make',
    'recommendations to Cabinet. On being put to the vote the motion was carried',
    '(For 7, Against 4, Abstentions 1).',
    'RECOMMENDED to Cabinet that –',
    '(a)\tthe proposed closure of the Hollins Lane HWRC on Wednesdays and Thursdays',
    '  \tnot be implemented until the EIA has been completed and reported to this',
    '  \tCommittee; and',
    '(b)\tthe online booking system be extended to all four HWRCs from 1 October 2025.',
    { gap: 6 },
    '**OSC/24/32\tQuarter 3 Performance and Budget Monitoring 2024/25',
    'The Director of Finance presented the report, which forecast a revenue overspend of',
    '£4.2 million for 2024/25, mainly on children’s placements and home to school transport.',
    'In answer to questions, the Director of Finance undertook to circulate a breakdown of',
    'agency staff costs in children’s services to all members of the Committee by 30 April',
    '2025.',
    'NOTED – the forecast revenue overspend of £4.2 million for 2024/25 and the actions',
    'being taken to reduce it.',
  ]);
  const p2 = flowPage([
    '**OSC/24/33\tHome to School Transport – Final Report of the Task and Finish Group',
    'Councillor T Harcourt, Chair of the Task and Finish Group, presented its final report,',
    'which made nine recommendations, including a review of the Council’s Special',
    'Educational Needs and Disabilities (SEND) transport eligibility policy and greater use of',
    'personal travel budgets. Members thanked the Group for its work.',
    'RESOLVED (unanimously) – That',
    '(1)\tthe final report of the Home to School Transport Task and Finish Group be',
    '  \tendorsed and referred to Cabinet for its meeting on 8 April 2025; and',
    '(2)\ta report on Cabinet’s response to the recommendations be submitted to this',
    '  \tCommittee in July 2025.',
    { gap: 6 },
    '**OSC/24/34\tWork Programme 2024/25',
    'RESOLVED – That the work programme be approved, subject to the addition of an item',
    'on the cost of temporary accommodation for the meeting on 17 April 2025.',
    { gap: 10 },
    'The meeting closed at 4.35 pm.',
    { gap: 20 },
    'Chair ……………………………………',
  ]);
  return makePdf([p1, p2]);
}

/** (c) Scottish council committee report: "1. Purpose", "2.1 The Committee is asked to: (a) … (e) instruct … to report to Committee in August 2026", "1 FTE Grade 7". */
function scottishCommitteeReport(): Uint8Array {
  const p1 = [
    ...stamp('Item 8'),
    ...flowPage([
      '**STRATHMORAN COUNCIL',
      '**Report to the Education, Children and Families Committee – 10 June 2025',
      { gap: 6 },
      '**OUTDOOR EARLY LEARNING AND CHILDCARE PILOT',
      'Report by Executive Director of Education and Children’s Services',
      'Report reference: ECF/25/042',
      { gap: 8 },
      '**1.\tPurpose',
      '1.1\tThis report seeks approval for a two-year pilot of outdoor Early Learning and',
      '  \tChildcare (ELC) at three nurseries, funded from the ELC Expansion reserve.',
      { gap: 8 },
      '**2.\tRecommendations',
      '2.1\tThe Committee is asked to:',
      '  (a)\tapprove a two-year pilot of outdoor ELC at Kirkbrae, Ferntower and',
      '    \tGlenaird nurseries, starting in August 2025;',
      '  (b)\tapprove expenditure of up to £186,000 from the ELC Expansion reserve to',
      '    \tfund the pilot;',
      '  (c)\tapprove the creation of 1 FTE Grade 7 Outdoor Learning Co-ordinator post',
      '    \tfor the duration of the pilot;',
      '  (d)\tnote the findings of the parent and carer survey summarised in section 4;',
      '    \tand',
      '  (e)\tinstruct the Executive Director of Education and Children’s Services to',
      '    \tevaluate the pilot and report to Committee in August 2026.',
      { gap: 8 },
      '**3.\tBackground',
      '3.1\tSince August 2021 all three and four year olds, and eligible two year olds, have',
      '  \tbeen entitled to 1,140 hours of funded ELC a year.',
      '3.2\tThe Scottish Government (SG) and the Care Inspectorate encourage settings to',
      '  \tmake greater use of outdoor spaces. Strathmoran currently has no fully outdoor',
      '  \tsetting, and 4 of the 11 neighbouring councils now operate at least one.',
      { gap: 8 },
      '**4.\tMain Issues',
      '4.1\tA survey of 412 parents and carers in March 2025 found that 78% would choose',
      '  \tan outdoor setting for some or all of their child’s hours if places were available.',
      '4.2\tThe pilot will include places for children with Additional Support Needs (ASN),',
      '  \twith support planned by the Early Years Inclusion Team.',
    ]),
    ...folio(1),
  ];
  const p2 = [
    ...flowPage([
      '**5.\tFinancial Implications',
      '5.1\tThe total cost of the pilot is estimated at £186,000 over two years: £98,000 for',
      '  \tthe Outdoor Learning Co-ordinator (1 FTE Grade 7, including on-costs), £64,000',
      '  \tfor shelters, clothing and equipment, and £24,000 for staff training.',
      '5.2\tThe ELC Expansion reserve held £1.2 million at 31 March 2025. There are no',
      '  \trecurring costs after 2026/27.',
      { gap: 8 },
      '**6.\tStaffing Implications',
      '6.1\tThe Outdoor Learning Co-ordinator post will be a fixed-term appointment to',
      '  \t31 July 2027. The trade unions have been consulted.',
      { gap: 8 },
      '**7.\tEquality, Fairer Scotland Duty and Children’s Rights',
      '7.1\tAn Integrated Impact Assessment (IIA) has been carried out and is available on',
      '  \tthe Council’s website. No negative impacts were identified.',
      { gap: 8 },
      '**8.\tConsultation',
      '8.1\tThe Head of Finance, the Chief HR Officer and the Monitoring Officer have been',
      '  \tconsulted in the preparation of this report.',
      { gap: 10 },
      'Author: Ailsa Drummond, Service Manager (Early Years), 01632 960771',
      'Background papers: none',
    ]),
    ...folio(2),
  ];
  return makePdf([p1, p2]);
}

/** (d) Scottish council committee minute: items "5." with titles, "Decision" headings, "The Committee agreed:- (1) … (2) …", a division. */
function scottishCommitteeMinute(): Uint8Array {
  const p1 = flowPage([
    '**KILBRANNAN COUNCIL',
    '**Minute of Meeting of the Transport and Environment Committee held in the Council',
    '**Chamber, Municipal Buildings, Portcarra on Thursday 28 August 2025 at 10.00 am',
    { gap: 6 },
    'Present: Councillor Fiona MacAulay (Convener); Councillor Euan Strachan (Depute',
    'Convener); Councillors Bernadette Cairns, Iain Dalgleish, Kirsty Fairlie, Hamish Gourlay,',
    'Lorna Imrie, Colin McBean, Shona Rintoul, Graham Tosh and Mhairi Urquhart.',
    'In attendance: Director of Place; Head of Roads and Infrastructure; Service Lead – Legal;',
    'Committee Officer.',
    { gap: 8 },
    '**1.\tDeclarations of Interest',
    'Councillor Tosh declared a non-financial interest in item 6 as a director of Portcarra',
    'Community Transport and left the meeting during consideration of that item.',
    { gap: 6 },
    '**2.\tMinute of Previous Meeting',
    'The minute of the meeting of the Transport and Environment Committee of 12 June 2025',
    'was submitted.',
    '**Decision',
    'The Committee agreed:- to approve the minute as a correct record.',
    { gap: 6 },
    '**3.\tRolling Actions Log',
    'The rolling actions log was submitted.',
    '**Decision',
    'The Committee agreed:- to note the rolling actions log.',
    { gap: 6 },
    '**4.\tDeputation – Portcarra Active Travel Forum',
    'The Committee heard a deputation from the Portcarra Active Travel Forum in support',
    'of the Harbour Road active travel route (item 7 below).',
    '**Decision',
    'The Committee agreed:- to thank the deputation for their presentation.',
    { gap: 6 },
    '**5.\tParking Charges Review 2025/26',
    'A report by the Director of Place proposed increasing on-street and off-street parking',
    'charges by 20p an hour from 1 November 2025 and introducing charges at the Harbour',
    'Road car park, generating an estimated £540,000 of additional income in a full year.',
    'Motion – to approve the recommendations in the report – moved by Councillor',
    'MacAulay, seconded by Councillor Strachan.',
    'Amendment – to approve recommendation (1) but to retain free parking at the Harbour',
    'Road car park – moved by Councillor Cairns, seconded by Councillor Imrie.',
    'On a division, there voted for the motion 7, for the amendment 4, abstentions 0.',
    '**Decision',
    'The Committee agreed:-',
    '(1)\tto increase on-street and off-street parking charges by 20p an hour from',
    '  \t1 November 2025;',
    '(2)\tto introduce charges at the Harbour Road car park from 1 November 2025; and',
    '(3)\tto instruct the Director of Place to report to Committee in March 2026 on the',
    '  \teffect of the changes on town centre footfall.',
  ]);
  const p2 = flowPage([
    '**6.\tSupported Local Bus Services – Tender Outcome',
    'A report by the Head of Roads and Infrastructure set out the outcome of the tender for',
    'supported local bus services, which are funded jointly with the West Coast Regional',
    'Transport Partnership (RTP).',
    '**Decision',
    'The Committee agreed:-',
    '(1)\tto note the outcome of the tender for supported local bus services; and',
    '(2)\tto award the contracts for routes 14 and 22 to Portcarra Community Transport',
    '  \tfor three years at a total cost of £612,000.',
    { gap: 6 },
    '**7.\tHarbour Road Active Travel Route – Consultation Outcome',
    'The Committee considered the outcome of the public consultation on three design',
    'options for a segregated cycleway on Harbour Road, which is identified as a key route',
    'in the Local Development Plan (LDP).',
    '**Decision',
    'The Committee agreed:-',
    '(1)\tto note the consultation outcome;',
    '(2)\tto approve Option B as the preferred design, subject to funding from the',
    '  \tActive Travel Infrastructure Fund (ATIF); and',
    '(3)\tto request a further report in January 2026 on the detailed design and',
    '  \tconstruction programme.',
    { gap: 6 },
    '**8.\tWinter Service Plan 2025/26',
    'The Winter Service Plan 2025/26 was submitted. The Head of Roads and Infrastructure',
    'advised that salt stocks stood at 14,500 tonnes, and that two new gritters would be in',
    'service by 1 November 2025.',
    '**Decision',
    'The Committee agreed:- to note the Winter Service Plan 2025/26 and the revenue',
    'budget of £2.9 million.',
  ]);
  return makePdf([p1, p2]);
}

/** (e) Welsh county council cabinet report (English version): "RECOMMENDATION: That Cabinet: (i) …", "REASONS FOR RECOMMENDATION", Well-being of Future Generations. */
function welshCabinetReport(): Uint8Array {
  const head: Script = ['**BRYNGARTH COUNTY COUNCIL', '**CABINET'];
  const front = grid(
    [
      ['**Date of Meeting:', '8 July 2025'],
      ['**Report Title:', 'Sustainable Communities for Learning: New Welsh-medium'],
      ['', 'Primary School at Cwm Eithin'],
      ['**Cabinet Member:', 'Cllr Eleri Pugh, Cabinet Member for Education and the'],
      ['', 'Welsh Language'],
      ['**Responsible Officer:', 'Corporate Director – Education and Lifelong Learning'],
      ['**Report Author:', 'Sioned Prydderch, Head of School Modernisation'],
      ['**Wards affected:', 'Cwm Eithin; Bryn Hafod'],
    ],
    [72, 210],
    100,
  );
  const top = 100 + 8 * 14 + 14;
  const p1 = [
    ...flowPage(head),
    ...front,
    ...flowPage(
      [
        '**1.\tPURPOSE OF THE REPORT',
        '1.1\tTo seek Cabinet approval of the Outline Business Case (OBC) for a new 210-place',
        '  \tWelsh-medium primary school with a 30-place nursery at Cwm Eithin, to replace',
        '  \tthe buildings of Ysgol Bryn Hafod.',
        { gap: 8 },
        '**RECOMMENDATION:',
        'That Cabinet:',
        '(i)\tapproves the Outline Business Case for a new 210-place Welsh-medium primary',
        '  \tschool at Cwm Eithin and its submission to Welsh Government;',
        '(ii)\tapproves a Council match funding contribution of £3.45 million, representing',
        '  \t25% of the estimated project cost of £13.8 million;',
        '(iii)\tauthorises the Corporate Director – Education and Lifelong Learning to appoint',
        '  \ta contractor through the Regional Construction Framework; and',
        '(iv)\tnotes that a further report seeking approval of the Full Business Case (FBC)',
        '  \twill be presented to Cabinet in March 2026.',
        { gap: 8 },
        '**REASONS FOR RECOMMENDATION',
        'To increase Welsh-medium primary provision in line with the Council’s Welsh in',
        'Education Strategic Plan (WESP) 2022–2032, which commits the Council to increase',
        'the proportion of Year 1 learners taught through the medium of Welsh from 18% to',
        '26% by 2032, and to replace school buildings that are in condition category D.',
        { gap: 8 },
        '**2.\tBACKGROUND',
        '2.1\tThe scheme forms part of the Council’s Sustainable Communities for Learning',
        '  \t(SCfL) Rolling Programme. Welsh Government (WG) funds 75% of the capital cost',
        '  \tof Welsh-medium schemes, compared with 65% for other schools.',
      ],
      { top },
    ),
    ...folio(1),
  ];
  const p2 = [
    ...flowPage([
      '**3.\tWELL-BEING OF FUTURE GENERATIONS (WALES) ACT 2015',
      '3.1\tThe proposal contributes to the well-being goals of ‘A Wales of vibrant culture',
      '  \tand thriving Welsh language’ and ‘A more equal Wales’. The five ways of working',
      '  \thave been considered:',
      '  •\tLong term – the school is designed for a life of at least 60 years and to be net',
      '    \tzero carbon in operation;',
      '  •\tPrevention – early immersion in Welsh reduces the need for later catch-up',
      '    \tprovision;',
      '  •\tIntegration – the building will include a community room and a Flying Start',
      '    \tchildcare setting;',
      '  •\tCollaboration – the design has been developed with the Cwm Eithin Community',
      '    \tCouncil and the Mudiad Meithrin;',
      '  •\tInvolvement – a statutory consultation ran from 3 February to 17 March 2025 and',
      '    \treceived 326 responses.',
      { gap: 8 },
      '**4.\tFINANCIAL IMPLICATIONS',
      '4.1\tThe estimated project cost is £13.8 million. WG will fund £10.35 million (75%)',
      '  \tand the Council £3.45 million (25%), funded from prudential borrowing.',
      '4.2\tThe revenue cost of the borrowing, about £210,000 a year from 2027/28, is',
      '  \tincluded in the Medium Term Financial Plan (MTFP).',
      '4.3\tA fixed-term Project Manager post (1 FTE, Grade 11) for three years will be',
      '  \tfunded from the capital budget for the scheme.',
      { gap: 8 },
      '**5.\tWELSH LANGUAGE IMPLICATIONS',
      '5.1\tA Welsh Language Impact Assessment has been completed. The proposal will have',
      '  \ta positive effect on opportunities to use the Welsh language.',
      { gap: 8 },
      '**6.\tLEGAL IMPLICATIONS',
      '6.1\tThe proposal was published under the School Standards and Organisation (Wales)',
      '  \tAct 2013 and the School Organisation Code 2018. No objections were received',
      '  \tduring the objection period, which ended on 30 May 2025.',
      { gap: 8 },
      '**Contact Officer:',
      'Sioned Prydderch, Head of School Modernisation, 01632 960233',
      '**Background Papers:',
      'Consultation Report, April 2025; Objection Report, June 2025',
    ]),
    ...folio(2),
  ];
  return makePdf([p1, p2]);
}

/** (f) Cabinet member's record of decision: "RECORD OF DECISION BY CABINET MEMBER", reference "CMD/2025/014", "Decision:", reasons, alternatives. */
function cabinetMemberDecision(): Uint8Array {
  const head: Script = ['**NORTHDALE COUNTY COUNCIL', '**RECORD OF DECISION BY CABINET MEMBER'];
  const front = grid(
    [
      ['**Decision reference:', 'CMD/2025/014'],
      ['**Decision maker:', 'Cllr Martin Everdell, Cabinet Member for Highways and Transport'],
      ['**Date of decision:', '2 September 2025'],
      ['**Subject:', '20mph Speed Limits – Phase 2 (Ashcombe Vale and Thornhill)'],
      ['**Key decision:', 'No'],
      ['**Report considered:', 'Report of the Director of Highways and Transport dated'],
      ['', '18 August 2025'],
    ],
    [72, 200],
    100,
  );
  const top = 100 + 7 * 14 + 14;
  const p1 = [
    ...flowPage(head),
    ...front,
    ...flowPage(
      [
        '**Decision:',
        'The Cabinet Member for Highways and Transport has decided to:',
        '1.\tapprove the introduction of 20mph speed limits on 46 residential roads in',
        '  \tAshcombe Vale and Thornhill, as shown on the plans in Appendix A to the report;',
        '2.\tapprove capital expenditure of £285,000 from the Local Transport Plan (LTP)',
        '  \tIntegrated Transport block for signing, lining and traffic calming; and',
        '3.\tauthorise the Head of Legal Services to make the Traffic Regulation Order (TRO)',
        '  \tand to consider any objections, referring any unresolved objections back to the',
        '  \tCabinet Member for decision.',
        { gap: 8 },
        '**Reasons for decision',
        'Between 2020 and 2024 there were 37 recorded casualties on these roads, 6 of them',
        'killed or seriously injured (KSI). In the informal consultation in June 2025, 68% of the',
        '1,106 respondents supported lower limits. The scheme supports the Council’s Road',
        'Safety Strategy 2023–2030.',
        { gap: 8 },
        '**Alternative options considered and rejected',
        '(a)\tDo nothing – rejected because casualty rates on these roads are above the',
        '  \tcounty average.',
        '(b)\tAdvisory 20mph zones outside schools only – rejected because this would not',
        '  \taddress the wider residential streets where most casualties occurred.',
        { gap: 8 },
        '**Monitoring',
        'Speed surveys will be repeated 12 months after the limits come into force and the',
        'results reported to the Cabinet Member in October 2026.',
        { gap: 8 },
        '**Consultation undertaken',
        'Local members for Ashcombe Vale and Thornhill; Northdale Police; the fire and rescue',
        'service; bus operators; parish councils.',
        { gap: 8 },
        '**Conflicts of interest declared:\tNone',
        '**Dispensations granted:\tNone',
      ],
      { top },
    ),
  ];
  const p2 = flowPage([
    '**Call-in',
    'This decision will come into force, and may be implemented, on 10 September 2025',
    'unless it is called in by the Place Scrutiny Committee in line with the Council’s',
    'Constitution.',
    { gap: 12 },
    'Signed: M Everdell',
    'Cabinet Member for Highways and Transport',
    'Date: 2 September 2025',
    { gap: 8 },
    'Publication date: 3 September 2025',
    'Contact: Farah Lindqvist, Democratic Services Officer, 01632 960150',
  ]);
  return makePdf([p1, p2]);
}

/** (g) District council forward plan / work programme as a table: "Meeting date | Item | Lead officer | Type", dates given once per meeting. */
function districtForwardPlan(): Uint8Array {
  const intro: Script = [
    '**HARROWFIELD DISTRICT COUNCIL',
    '**CABINET FORWARD PLAN AND WORK PROGRAMME',
    '**1 July 2025 to 31 March 2026',
    'Published: 13 June 2025',
    { gap: 6 },
    'This plan gives at least 28 clear days’ notice of the key decisions and other items that',
    'the Cabinet expects to consider. Dates may change; the latest version is on the',
    'Council’s website.',
    'Type: KD = Key Decision; NKD = Non-Key Decision; PF = Policy Framework',
    '(recommendation to Full Council)',
  ];
  const tableTop = 72 + heightOf(intro) + 16;
  const xs = [50, 142, 376, 532];
  const rows: string[][] = [
    ['**Meeting date', '**Item', '**Lead officer', '**Type'],
    ['17 July 2025', 'Medium Term Financial Strategy 2026/27 to 2029/30', 'Director of Resources', 'KD'],
    ['', 'Revenue and Capital Outturn 2024/25', 'Director of Resources', 'NKD'],
    ['', 'Leisure Centre Management Contract – Extension', 'Head of Leisure and Culture', 'KD'],
    ['11 September 2025', 'Local Plan Review – Regulation 18 Consultation', 'Head of Planning', 'PF'],
    ['', 'Empty Homes Strategy 2025–2030', 'Head of Housing', 'KD'],
    ['23 October 2025', 'Council Tax Reduction Scheme 2026/27', 'Director of Resources', 'PF'],
    ['', 'Car Parking Charges Review', 'Head of Environment', 'KD'],
    ['4 December 2025', 'Draft Budget 2026/27 and Fees and Charges', 'Director of Resources', 'KD'],
    ['', 'Food Waste Collection Service – Rollout Plan', 'Head of Environment', 'KD'],
    ['', 'Corporate Peer Challenge – Action Plan Update', 'Chief Executive', 'NKD'],
    ['12 February 2026', 'Budget and Council Tax 2026/27', 'Director of Resources', 'PF'],
    ['', 'Disabled Facilities Grant Policy Review', 'Head of Housing', 'KD'],
    ['19 March 2026', 'Community Grants Scheme 2026/27 Allocations', 'Head of Communities', 'KD'],
    ['', 'Climate Emergency Action Plan – Annual Report', 'Head of Environment', 'NKD'],
  ];
  const p1 = [...flowPage(intro), ...grid(rows, xs, tableTop, { leading: 20, size: 9 }), ...folio(1)];
  const p2 = [
    ...flowPage([
      '**Notes',
      '1.\tThe Leisure Centre Management Contract – Extension report will include an',
      '  \texempt appendix under paragraph 3 of Schedule 12A to the Local Government Act',
      '  \t1972 (information about financial or business affairs).',
      '2.\tItems marked PF are recommended by Cabinet to Full Council for decision.',
      { gap: 8 },
      '**Lead officer contacts',
      'Chief Executive – Graham Pennock, 01632 960500',
      'Director of Resources – Anita Kowalczyk, 01632 960501',
      'Head of Planning – Rhiannon Tebbutt, 01632 960512',
      'Head of Housing – Marcus Ellery, 01632 960520',
      'Head of Environment – Joanne Pickersgill, 01632 960531',
      'Head of Leisure and Culture – Owen Battersby, 01632 960540',
      'Head of Communities – Nadia Farouk, 01632 960545',
    ]),
    ...folio(2),
  ];
  return makePdf([p1, p2]);
}

/** (h) Agenda pack: agenda front page with page ranges, then two reports stamped "Agenda Item 6" / "Agenda Item 7", each with recommendations. */
function agendaPack(): Uint8Array {
  const agenda: Script = [
    '**RAVENSHOLME BOROUGH COUNCIL',
    '**AUDIT AND GOVERNANCE COMMITTEE',
    { gap: 6 },
    'Date:\tTuesday 25 November 2025',
    'Time:\t6.30 pm',
    'Venue:\tCouncil Chamber, Ravensholme Town Hall',
    { gap: 6 },
    'Membership: Councillors P Ashworth (Chair), L Brereton (Vice-Chair), D Cheung,',
    'R Farrow, J Hindle, S Kaur and W Pendlebury; Independent Member: Mr A Castellan',
    { gap: 6 },
    'Contact: Zoe Marchetti, Democratic Services Officer, 01632 960845',
    { gap: 12 },
    '**AGENDA',
    { gap: 4 },
    '**1.\tApologies for Absence',
    { gap: 4 },
    '**2.\tDeclarations of Interest',
    '  \tMembers are reminded to declare any disclosable pecuniary interests or other',
    '  \tregistrable interests in any item on this agenda.',
    { gap: 4 },
    '**3.\tMinutes of the Previous Meeting',
    '  \tTo approve the minutes of the meeting held on 23 September 2025 (to follow).',
    { gap: 4 },
    '**4.\tPublic Questions',
    { gap: 4 },
    '**5.\tExternal Audit – Verbal Update',
    '  \tA verbal update from the Council’s external auditor.',
    { gap: 4 },
    '**6.\tInternal Audit Progress Report 2025/26',
    { gap: 4 },
    '**7.\tCounter Fraud and Corruption Strategy 2025–2028',
    { gap: 4 },
    '**8.\tAny Other Urgent Business',
    '  \tTo consider any item which the Chair decides is urgent.',
  ];
  // Page ranges set right, on the lines of items 6 and 7.
  const p1 = [
    ...flowPage(agenda),
    { text: '(Pages 2 - 3)', x: 460, y: lineY(agenda, '**6.'), size: 11 },
    { text: '(Pages 4 - 5)', x: 460, y: lineY(agenda, '**7.'), size: 11 },
    ...folio(1),
  ];
  const item6Head = grid(
    [
      ['**Report to:', 'Audit and Governance Committee'],
      ['**Date:', '25 November 2025'],
      ['**Report of:', 'Head of Internal Audit'],
      ['**Title:', 'Internal Audit Progress Report 2025/26'],
      ['**Status:', 'Public'],
    ],
    [72, 180],
    96,
  );
  const p2 = [
    ...stamp('Agenda Item 6'),
    ...flowPage(['**RAVENSHOLME BOROUGH COUNCIL']),
    ...item6Head,
    ...flowPage(
      [
        '**1.\tPurpose',
        '1.1\tTo report progress against the Internal Audit Plan 2025/26, which the',
        '  \tCommittee approved on 25 March 2025.',
        { gap: 8 },
        '**2.\tRecommendations',
        'That the Committee:',
        '(a)\tnotes the progress made against the Internal Audit Plan 2025/26;',
        '(b)\tapproves the deferral of the Procurement Cards and Fleet Management audits',
        '  \tto the 2026/27 plan; and',
        '(c)\tnotes the two limited assurance opinions issued in the period.',
        { gap: 8 },
        '**3.\tProgress',
        '3.1\tBy 31 October 2025, 14 of the 26 planned audits (54%) had been completed to at',
        '  \tleast draft report stage, against a target of 50%.',
        '3.2\tLimited assurance opinions were issued for Housing Benefit Overpayments and',
        '  \tCyber Security Patch Management. Managers have agreed to complete all',
        '  \thigh-priority actions by 31 January 2026.',
        '3.3\tThe Procurement Cards and Fleet Management audits are proposed for deferral',
        '  \tbecause both systems are being replaced in April 2026.',
        '3.4\tFrom 1 April 2025 internal audit in the UK public sector has been carried out',
        '  \tunder the Global Internal Audit Standards (GIAS), which replaced the Public',
        '  \tSector Internal Audit Standards (PSIAS).',
      ],
      { top: 96 + 5 * 14 + 14 },
    ),
    ...folio(2),
  ];
  const p3 = [
    ...flowPage([
      '**4.\tFinancial Implications',
      '4.1\tThe internal audit service is being delivered within its approved budget of',
      '  \t£318,000. The vacant Senior Auditor post (1 FTE, Grade 9) was filled on',
      '  \t1 September 2025.',
      { gap: 8 },
      '**5.\tRisk Management Implications',
      '5.1\tDeferring two audits leaves the plan able to support the Head of Internal Audit’s',
      '  \tannual opinion for 2025/26.',
      { gap: 8 },
      '**Appendices',
      'Appendix A – Status of audits in the Internal Audit Plan 2025/26',
      { gap: 8 },
      '**Contact officer:',
      'Bethan Okonjo, Head of Internal Audit, 01632 960861',
    ]),
    ...folio(3),
  ];
  const item7Head = grid(
    [
      ['**Report to:', 'Audit and Governance Committee'],
      ['**Date:', '25 November 2025'],
      ['**Report of:', 'Chief Finance Officer (Section 151 Officer)'],
      ['**Title:', 'Counter Fraud and Corruption Strategy 2025–2028'],
      ['**Status:', 'Public'],
    ],
    [72, 180],
    96,
  );
  const p4 = [
    ...stamp('Agenda Item 7'),
    ...flowPage(['**RAVENSHOLME BOROUGH COUNCIL']),
    ...item7Head,
    ...flowPage(
      [
        '**1.\tPurpose',
        '1.1\tTo present the Counter Fraud and Corruption Strategy 2025–2028 for approval',
        '  \tand to report the results of the latest national data matching exercise.',
        { gap: 8 },
        '**2.\tRecommendations',
        'It is recommended that the Committee:',
        '1.\tapproves the Counter Fraud and Corruption Strategy 2025–2028 at Appendix 1;',
        '2.\tnotes the results of the National Fraud Initiative (NFI) 2024/25 exercise set',
        '  \tout in section 4; and',
        '3.\tnotes that the Council’s response to the new failure to prevent fraud offence',
        '  \tunder the Economic Crime and Corporate Transparency Act 2023 is being',
        '  \tassessed and that a further report will be brought to this Committee in',
        '  \tJanuary 2026.',
        { gap: 8 },
        '**3.\tBackground',
        '3.1\tThe strategy follows the Chartered Institute of Public Finance and',
        '  \tAccountancy (CIPFA) Code of Practice on Managing the Risk of Fraud and',
        '  \tCorruption and replaces the 2021–2024 strategy.',
        { gap: 8 },
        '**4.\tNational Fraud Initiative 2024/25',
        '4.1\tThe NFI exercise identified £142,750 of overpayments, mainly single person',
        '  \tdiscounts on council tax. £98,300 has been recovered so far and recovery of the',
        '  \tremainder is in progress.',
      ],
      { top: 96 + 5 * 14 + 14 },
    ),
    ...folio(4),
  ];
  const p5 = [
    ...flowPage([
      '**5.\tFinancial Implications',
      '5.1\tThe strategy will be delivered within existing resources, including the 1 FTE',
      '  \tCorporate Fraud Investigator (Grade 8) in the Internal Audit team.',
      { gap: 8 },
      '**Appendices',
      'Appendix 1 – Counter Fraud and Corruption Strategy 2025–2028',
      { gap: 8 },
      '**Contact officer:',
      'Lewis Haldane, Chief Finance Officer, 01632 960802',
    ]),
    ...folio(5),
  ];
  return makePdf([p1, p2, p3, p4, p5]);
}

export const SYNTHETIC2: Record<string, () => Uint8Array> = {
  'met-cabinet-report': metCabinetReport,
  'unitary-scrutiny-minutes': unitaryScrutinyMinutes,
  'scottish-committee-report': scottishCommitteeReport,
  'scottish-committee-minute': scottishCommitteeMinute,
  'welsh-cabinet-report': welshCabinetReport,
  'cabinet-member-decision': cabinetMemberDecision,
  'district-forward-plan': districtForwardPlan,
  'agenda-pack': agendaPack,
};
