/**
 * Three synthetic papers in the styles of councils we hold no papers from (a district council
 * report, a town council's minutes, a London borough cabinet report), built as small PDFs by
 * test/helpers/make-pdf.ts. Their gold is beside them (synthetic-*.json, "file": "synthetic:<name>").
 * The councils are invented; the wording follows real papers of each kind.
 */
import { flowPage, makePdf } from '../../helpers/make-pdf.ts';

/** (a) District council report: "RECOMMENDATIONS / It is RECOMMENDED that: (i) … (ii) …" and "Reasons for recommendations". */
function districtReport(): Uint8Array {
  const p1 = flowPage([
    '**AGENDA ITEM 7',
    { gap: 6 },
    '**WREXLEY DISTRICT COUNCIL',
    '**CABINET',
    '**12 JUNE 2025',
    { gap: 6 },
    '**HOMELESSNESS PREVENTION GRANT 2025/26',
    'Report of the Head of Housing and Communities',
    { gap: 8 },
    '**1.\tPURPOSE OF REPORT',
    '1.1\tThis report seeks approval for the allocation of the Homelessness Prevention',
    '  \tGrant for 2025/26 and sets out how the grant will be monitored.',
    { gap: 8 },
    '**RECOMMENDATIONS',
    'It is RECOMMENDED that:',
    '(i)\tthe allocation of the Homelessness Prevention Grant of £412,500 set out in',
    '  \tAppendix A be approved;',
    '(ii)\tauthority be delegated to the Head of Housing and Communities, in',
    '  \tconsultation with the Portfolio Holder for Housing, to make minor changes to',
    '  \tthe allocations during the year; and',
    '(iii)\ta report on the outcomes of the grant be brought back to Cabinet in March',
    '  \t2026.',
    { gap: 8 },
    '**Reasons for recommendations',
    'To ensure the grant is spent in line with the Council’s Homelessness and Rough',
    'Sleeping Strategy and that Members can see what it has achieved.',
    { gap: 8 },
    '**2.\tBACKGROUND',
    '2.1\tThe Council received a Homelessness Prevention Grant allocation of £412,500',
    '  \tfor 2025/26 from the Ministry of Housing, Communities and Local Government',
    '  \t(MHCLG). The grant is ring-fenced to preventing and relieving homelessness.',
    '2.2\tDemand for Temporary Accommodation (TA) has risen by 18% over the last',
    '  \tyear, and the gap between rents and the Local Housing Allowance (LHA) means',
    '  \tfewer private lettings are affordable to households on benefits.',
  ]);
  const p2 = flowPage([
    '**3.\tPROPOSALS',
    '3.1\tIt is proposed that the grant funds two Prevention Officers, a landlord',
    '  \tincentive scheme and a contribution to the Disabled Facilities Grant (DFG)',
    '  \tadaptations that allow people to stay in their homes.',
    '3.2\tSpending will be reported to the Overview and Scrutiny Committee each',
    '  \tquarter alongside the housing performance indicators.',
    { gap: 8 },
    '**4.\tFINANCIAL IMPLICATIONS',
    '4.1\tThe grant of £412,500 is fully funded by MHCLG and has no call on the',
    '  \tCouncil’s own resources.',
    { gap: 8 },
    '**Contact Officer:',
    'Sam Okafor, Head of Housing and Communities',
  ]);
  return makePdf([p1, p2]);
}

/** (b) Town council minutes: "Minute 23/045 … It was resolved to approve …, Proposed Cllr X, seconded Cllr Y, carried 7 for, 2 against, 1 abstention". */
function townMinutes(): Uint8Array {
  const p1 = flowPage([
    '**MARLOW BROOK TOWN COUNCIL',
    '**Minutes of the Meeting of the Full Council held on Monday 9 September 2024 at',
    '**7.30pm in the Town Hall',
    { gap: 6 },
    'Present: Cllr A Patel (Chair), Cllr B Jones, Cllr C Smith, Cllr D Evans, Cllr E Wright,',
    'Cllr F Khan, Cllr G Brown, Cllr H Green, Cllr J Taylor and Cllr K Lewis',
    'In attendance: Mrs L Moore (Town Clerk) and two members of the public',
    { gap: 8 },
    '**Minute 23/044\tApologies for absence',
    'Apologies were received from Cllr M Hughes.',
    { gap: 8 },
    '**Minute 23/045\tCommunity Infrastructure Levy (CIL) spending',
    'Members considered the report of the Town Clerk on the proposed use of CIL receipts',
    'held by the Council. It was resolved to approve the allocation of £18,000 of CIL',
    'receipts to the replacement of the play equipment at Mill Lane Recreation Ground.',
    'Proposed Cllr B Jones, seconded Cllr C Smith, carried 7 for, 2 against, 1 abstention.',
    'The Clerk will report on the play equipment tender to the November 2024 meeting.',
    { gap: 8 },
    '**Minute 23/046\tAllotment rents 2025/26',
    'It was resolved to defer the decision on allotment rents to the next meeting of the',
    'Council so that the allotment association can be consulted. Proposed Cllr E Wright,',
    'seconded Cllr F Khan, carried unanimously.',
    { gap: 8 },
    '**Minute 23/047\tGrant applications',
    'RESOLVED:',
    '(a)\tthat a grant of £500 be awarded to the 1st Marlow Brook Scout Group; and',
    '(b)\tthat the application from the Friends of St Mary’s be refused.',
    'Proposed Cllr G Brown, seconded Cllr H Green, carried 9 for, 0 against, 1 abstention.',
  ]);
  return makePdf([p1]);
}

/** (c) London borough cabinet report: "The Cabinet is recommended to: 1. Approve … 2. Delegate authority to the Strategic Director …", exempt appendix. */
function londonCabinetReport(): Uint8Array {
  const p1 = flowPage([
    '**LONDON BOROUGH OF EASTBURY',
    { gap: 4 },
    '**Cabinet',
    '**15 July 2025',
    { gap: 6 },
    '**Award of Contract for Housing Repairs and Maintenance Services',
    { gap: 4 },
    'Report of the Strategic Director of Housing',
    'Cabinet Member: Cllr Priya Shah, Cabinet Member for Housing',
    'Key Decision: Yes',
    'Wards affected: All',
    { gap: 6 },
    '**Exempt information',
    'Appendix 2 is exempt under paragraph 3 of Schedule 12A of the Local Government',
    'Act 1972 as it contains information relating to the financial or business affairs of',
    'any particular person (including the authority holding that information).',
    { gap: 8 },
    '**Recommendations',
    'The Cabinet is recommended to:',
    '1.\tApprove the award of the Housing Repairs and Maintenance Services contract',
    '  \tto Contractor A for a period of five years from 1 October 2025 at an estimated',
    '  \tcost of £48.6 million, as set out in exempt Appendix 2.',
    '2.\tDelegate authority to the Strategic Director of Housing, in consultation with',
    '  \tthe Cabinet Member for Housing, to agree the final terms of the contract.',
    '3.\tNote that a progress report on mobilisation will be presented to Cabinet in',
    '  \tJanuary 2026.',
    { gap: 8 },
    '**Reasons for decision',
    'The current contract ends on 30 September 2025 and cannot be extended. A',
    'compliant procurement was run under the Procurement Act 2023.',
    { gap: 8 },
    '**Background',
    'The Council’s repairs service is funded from the Housing Revenue Account (HRA)',
    'and was reviewed with the Tenant and Leaseholder Panel (TLP) during 2024.',
  ]);
  const p2 = flowPage([
    '**Financial implications',
    'The estimated contract value of £48.6 million over five years is contained within',
    'the HRA repairs budget of £10.2 million a year.',
    { gap: 8 },
    '**Appendices',
    'Appendix 1 – Tender evaluation summary',
    'Appendix 2 – Tender prices (exempt)',
    { gap: 8 },
    '**Report author: Tom Reid, Head of Housing Property Services',
  ]);
  return makePdf([p1, p2]);
}

export const SYNTHETIC: Record<string, () => Uint8Array> = {
  'district-report': districtReport,
  'town-minutes': townMinutes,
  'london-cabinet-report': londonCabinetReport,
};
