/**
 * Metadata of eight synthetic papers in other councils' styles (test/gold/holdout/synthetic2.ts):
 * Scottish minutes and reports, a Welsh field-table front sheet, a metropolitan borough's field
 * table, a unitary's scrutiny minutes, a district forward plan, a county cabinet-member decision
 * and a borough agenda pack. Expected values were read off the papers.
 */
import { describe, expect, it } from 'vitest';
import { extractHoldout } from '../../gold/holdout/score-holdout.ts';

type Row = [type: string, title: string | null, council: string | null, committee: string | null, meetingDate: string | null, agendaItem: string | null, firstPage: number, lastPage: number];

const EXPECTED: Record<string, Row[]> = {
  'scottish-committee-minute': [
    ['minutes', 'Minute of Meeting of the Transport and Environment Committee held in the Council Chamber, Municipal Buildings, Portcarra on Thursday 28 August 2025', 'Kilbrannan Council', 'Transport and Environment Committee', '2025-08-28', null, 1, 2],
  ],
  'unitary-scrutiny-minutes': [['minutes', 'Minutes of the meeting held on Thursday 20 March 2025', 'Severnbury Council', 'Overview and Scrutiny Committee', '2025-03-20', null, 1, 2]],
  'welsh-cabinet-report': [['report', 'Sustainable Communities for Learning: New Welsh-medium Primary School at Cwm Eithin', 'Bryngarth County Council', 'Cabinet', '2025-07-08', null, 1, 2]],
  'met-cabinet-report': [['report', 'Selective Licensing Designation for Eastfield and Low Moor', 'Calderbrook Metropolitan Borough Council', 'Cabinet', '2025-05-14', '9', 1, 2]],
  'agenda-pack': [
    ['agenda', 'Agenda', 'Ravensholme Borough Council', 'Audit and Governance Committee', '2025-11-25', null, 1, 1],
    ['report', 'Internal Audit Progress Report 2025/26', 'Ravensholme Borough Council', 'Audit and Governance Committee', '2025-11-25', '6', 2, 3],
    ['report', 'Counter Fraud and Corruption Strategy 2025–2028', 'Ravensholme Borough Council', 'Audit and Governance Committee', '2025-11-25', '7', 4, 5],
  ],
  'scottish-committee-report': [['report', 'Outdoor Early Learning and Childcare Pilot', 'Strathmoran Council', 'Education, Children and Families Committee', '2025-06-10', '8', 1, 2]],
  'cabinet-member-decision': [['decision-record', '20mph Speed Limits – Phase 2 (Ashcombe Vale and Thornhill)', 'Northdale County Council', null, '2025-09-02', null, 1, 2]],
  'district-forward-plan': [['work-programme', 'Cabinet Forward Plan and Work Programme', 'Harrowfield District Council', 'Cabinet', null, null, 1, 2]],
};

describe('metadata of other councils\' front sheets (eight synthetic papers)', () => {
  for (const [key, rows] of Object.entries(EXPECTED)) {
    it(key, async () => {
      const doc = await extractHoldout(`synthetic:${key}`)!;
      expect(doc.parts.map((p): Row => [p.type, p.title, p.council, p.committee, p.meetingDate, p.agendaItem, p.firstPage, p.lastPage])).toEqual(rows);
    }, 60_000);
  }
});
