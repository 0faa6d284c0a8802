/**
 * Hand-written Answers for rendering and handler tests (the engine's output shape).
 */
import type { Answer, AnswerItem, SourceDocument } from '../../src/answer/model.ts';

export const FAMILY_HUBS_DOC: SourceDocument = {
  file: '2025-03-04_Cabinet_Report_4_March_2025.pdf',
  title: 'Family Hubs',
  committee: 'Cabinet',
  council: 'Kent County Council',
  meetingDate: '2025-03-04',
  agendaItem: '5',
  url: 'https://democracy.kent.gov.uk/documents/s1234/report.pdf',
};

export function item(over: Partial<AnswerItem> = {}): AnswerItem {
  return {
    kind: 'recommendation',
    text: 'APPROVE the continuation of the Family Hubs programme for 2025-26.',
    status: 'approved',
    value: null,
    document: FAMILY_HUBS_DOC,
    page: 3,
    paragraph: '7.1',
    score: 1,
    extra: { label: '(a)' },
    ...over,
  };
}

export function answer(over: Partial<Answer> = {}): Answer {
  return {
    question: 'was the family hubs recommendation approved?',
    found: true,
    intent: 'approval',
    answer: 'Yes: Cabinet approved the Family Hubs recommendation on 4 March 2025.',
    items: [item()],
    expansions: [],
    filters: [],
    suggestions: [],
    costs: null,
    ...over,
  };
}
