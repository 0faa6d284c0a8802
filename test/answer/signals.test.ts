import { describe, expect, it } from 'vitest';
import { askedFigure, asksMotionOutcome, asksTotal, datesAfter, givesReason, isReferenceList, namedByRef, namesSomeone, saysWhen, statesCount, statesFigure, statesMotionOutcome, statesTotal, stillToCome } from '../../src/answer/signals.ts';
import type { Unit } from '../../src/answer/corpus.ts';
import { makePart } from '../helpers/documents.ts';

const unit = (o: Partial<Unit> & { type?: string }): Unit => {
  const part = { ...makePart({ type: (o.type ?? 'report') as 'report' }), id: 1, documentId: 1, file: 'x.pdf', url: null };
  return { key: 'k', kind: 'paragraph', id: 1, part, text: '', page: 1, paragraph: null, status: null, value: null, extra: {}, tokens: new Set(), date: null, ...o } as Unit;
};

describe('answer signals', () => {
  it("datesAfter: a date in the text after the paper's meeting", () => {
    expect(datesAfter('to Governance and Audit Committee on 23rd January 2025', '2025-01-09')).toBe(true);
    expect(datesAfter('(Governance and Audit Committee 16th May 2024)', '2025-01-30')).toBe(false);
    expect(datesAfter('in June 2025', '2025-01-30')).toBe(true);
    expect(datesAfter('no date here', '2025-01-30')).toBe(false);
  });

  it('stillToCome: future wording or a later date', () => {
    expect(stillToCome('the review would be considered by the committee', null)).toBe(true);
    expect(stillToCome('this will be brought back to Cabinet in due course', null)).toBe(true);
    expect(stillToCome('agree that a progress report be brought to Cabinet in six months.', null)).toBe(true);
    expect(givesReason('Appendix 2 is not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A')).toBe(true);
    expect(stillToCome('the report was noted', '2025-01-30')).toBe(false);
  });

  it('statesCount: two or more digits that are not a year', () => {
    expect(statesCount('19,407 children and young people')).toBe(true);
    expect(statesCount('average attainment 8 scores')).toBe(false);
    expect(statesCount('the 2024-25 budget')).toBe(false);
    // a rate is not how many
    expect(statesCount('placed in special schools, at 10.5%, remains higher than the target of 9.0%')).toBe(false);
    // not the number the question gave ("how many … within 28 days?")
    expect(statesCount('% of routine pothole repairs completed within 28 days', ['28'])).toBe(false);
    expect(statesCount('3,058 out of a possible 3,243 repaired within 28 days', ['28'])).toBe(true);
  });

  it('statesCount: a small count before what it counts, not a label\'s number', () => {
    expect(statesCount('it is proposed to create 6 FTE posts')).toBe(true);
    expect(statesCount('The seven new posts will cost')).toBe(true);
    expect(statesCount('Table 1 shows the posts')).toBe(false);
    expect(statesCount('the Phase 3 sites listed in Appendix 1')).toBe(false);
    expect(statesCount('for 3 years', ['3'])).toBe(false);
  });

  it('askedFigure: the kind of figure a "how …?" question asks for', () => {
    expect(askedFigure('how many potholes did we fix within 28 days?')).toBe('count');
    expect(askedFigure('Q3 QPR - what % of EHCPs were issued within 20 weeks?')).toBe('percent');
    expect(askedFigure('what percentage of calls were answered?')).toBe('percent');
    expect(askedFigure('how long are contact point calls taking to handle?')).toBe('duration');
    expect(askedFigure('how much is the grant?')).toBe('amount');
    expect(askedFigure('who chairs the board?')).toBeNull();
  });

  it('statesFigure: the asked kind of figure, other than the question\'s own numbers', () => {
    expect(statesFigure('34% of plans were issued within 20 weeks', 'percent', ['20'])).toBe(true);
    expect(statesFigure('Percentage of plans issued within 20 weeks', 'percent', ['20'])).toBe(false);
    expect(statesFigure('calls were answered in 1 minute 7 seconds on average', 'duration')).toBe(true);
    expect(statesFigure('repairs completed within 28 days', 'duration', ['28'])).toBe(false);
    expect(statesFigure('a grant of £1.2m', 'amount')).toBe(true);
    expect(statesFigure('the grant will be paid quarterly', 'amount')).toBe(false);
  });

  it('isReferenceList: background papers and appendices sections', () => {
    expect(isReferenceList('Background Documents')).toBe(true);
    expect(isReferenceList('Background Papers and Published Documents')).toBe(true);
    expect(isReferenceList('Financial Implications')).toBe(false);
    expect(isReferenceList(undefined)).toBe(false);
  });

  it('namedByRef: minutes and agenda items by number, recommendations by label, not report paragraphs', () => {
    expect(namedByRef(unit({ kind: 'resolution', paragraph: '2021/007' }), ['2021/007'])).toBe(true);
    expect(namedByRef(unit({ kind: 'paragraph', paragraph: '5', type: 'agenda' }), ['5'])).toBe(true);
    expect(namedByRef(unit({ kind: 'recommendation', extra: { label: '3)' } }), ['3'])).toBe(true);
    expect(namedByRef(unit({ kind: 'paragraph', paragraph: '5' }), ['5'])).toBe(false);
    expect(namedByRef(unit({ kind: 'resolution', paragraph: '82' }), [])).toBe(false);
  });
});

describe('saysWhen', () => {
  it('finds a year, a month, a span or something still to come', () => {
    expect(saysWhen('A report will be brought to Committee in September 2021.')).toBe(true);
    expect(saysWhen('The review is due in six months.')).toBe(true);
    expect(saysWhen('Libraries offer free access to computers and e-resources.')).toBe(false);
  });
});

describe('namesSomeone', () => {
  it.each([
    ['Following the debate, the amendment was moved by Councillor Cairns.', true],
    ['Report Author: Nick Abrahams, Assistant Director Education', true],
    ['The Corporate Director of Finance will sign off minor changes.', true],
    ['Queries to democratic.services@example.gov.uk', true],
    ['A verbal update from the Council’s external auditor.', false],
    ['The Chairman welcomed everyone to the meeting.', false],
  ])('%s → %s', (text, expected) => {
    expect(namesSomeone(text)).toBe(expected);
  });
});

describe('a motion\'s outcome', () => {
  it('knows a question asking whether a motion or amendment was carried', () => {
    expect(asksMotionOutcome('stavenham - did the free school meals auto-enrolment motion go through?')).toBe(true);
    expect(asksMotionOutcome("did cllr voss's amendment on feasibility get agreed?")).toBe(true);
    expect(asksMotionOutcome('who moved the motion on free school meals?')).toBe(false);
    expect(asksMotionOutcome('did cabinet agree the budget?')).toBe(false);
  });

  it('knows a text stating the outcome', () => {
    expect(statesMotionOutcome('The original motion was then put to the vote and was CARRIED (For 26, Against 9).')).toBe(true);
    expect(statesMotionOutcome('The amendment was LOST.')).toBe(true);
    expect(statesMotionOutcome('Councillor Voss moved an amendment to replace paragraph (a).')).toBe(false);
  });
});

describe('a total asked for and stated', () => {
  it('hears a sum asked for, not any figure', () => {
    expect(asksTotal('total TA cost pressure over the 3 years in the cabinet paper?')).toBe(true);
    expect(asksTotal('pellingham capital prog - how much is funded from prudential borrowing overall?')).toBe(true);
    expect(asksTotal('how much is the leader’s SRA in 26/27?')).toBe(false);
  });

  it('takes a table’s total cell or a text that says total, not a detail row', () => {
    const cell = (isTotal: boolean) => JSON.stringify({ table: 0, row: 3, column: 4, rowHeader: 'Prudential borrowing', columnHeader: 'Total', isTotal });
    expect(statesTotal('Prudential borrowing | 21,460 | 31,880 | 70,540', cell(true))).toBe(true);
    expect(statesTotal('Prudential borrowing | 21,460 | 31,880 | 70,540', cell(false))).toBe(false);
    expect(statesTotal('The total pressure over the three years is £16,341,000.', null)).toBe(true);
    expect(statesTotal('Nightly-paid accommodation now costs an average of £74 a night.', null)).toBe(false);
    expect(statesTotal('a row', 'not json')).toBe(false);
  });
});
