import { describe, expect, it } from 'vitest';
import { detectIntent } from '../../src/answer/intent.ts';

describe('detectIntent', () => {
  it.each([
    ['What was approved about Local Area Coordination?', 'approval'],
    ['What did the committee agree on the digital strategy?', 'approval'],
    ['What was decided about the care home?', 'approval'],
    ['When was the education commissioning plan approved?', 'approval'],
    ['How much will the digital strategy cost?', 'cost'],
    ['What savings does the budget make?', 'cost'],
    ['What is the budget for Local Area Coordination?', 'cost'],
    ['How many posts are being disestablished?', 'posts'],
    ['How many FTE staff will the LAC team have?', 'posts'],
    ['When is the next report on the Integrated Accelerator pilot due?', 'deadline'],
    ['What is the deadline for the consultation response?', 'deadline'],
    ['What is on the work programme?', 'work-programme'],
    ['What is on the agenda for the next meeting?', 'work-programme'],
    ['Who wrote the report on integrated care systems?', 'who'],
    ['Who is the lead officer for the digital strategy?', 'who'],
    ['Tell me about Local Area Coordination', 'general'],
  ])('%s → %s', (q, intent) => {
    expect(detectIntent(q)).toBe(intent);
  });
});

describe('detectIntent overlaps', () => {
  it('an explicit work programme / forward plan wins over cost words', () => {
    expect(detectIntent('When is the Suicide Prevention funding item coming to the forward plan?')).toBe('work-programme');
  });
});
