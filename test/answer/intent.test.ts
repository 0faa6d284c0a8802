import { describe, expect, it } from 'vitest';
import { AGENDA_POSITION, detectIntent } from '../../src/answer/intent.ts';

describe('detectIntent', () => {
  it.each([
    ['What was approved about Local Area Coordination?', 'approval'],
    ['What did the committee agree on the digital strategy?', 'approval'],
    ['What was decided about the care home?', 'approval'],
    ['When was the education commissioning plan approved?', 'approval'],
    ["20mph decision - when can it go ahead if it isn't called in?", 'deadline'],
    ['budget & council tax 26/27 - which cabinet is that at?', 'work-programme'],
    ["what's going to harrowfield cabinet next month?", 'work-programme'],
    ['nottm city - when did exec board get the budget strategy / MTFP 24/25 to 27/28?', 'deadline'],
    ['when does the system funding for the discharge to assess pilot run out?', 'deadline'],
    ['How much will the digital strategy cost?', 'cost'],
    ['What savings does the budget make?', 'cost'],
    ['What is the budget for Local Area Coordination?', 'cost'],
    ['How many posts are being disestablished?', 'posts'],
    ['How many FTE staff will the LAC team have?', 'posts'],
    ['When is the next report on the Integrated Accelerator pilot due?', 'deadline'],
    ['What is the deadline for the consultation response?', 'deadline'],
    ['What is on the work programme?', 'work-programme'],
    ['What is on the agenda for the next meeting?', 'work-programme'],
    ['is the flood s19 investigations item on at the next place scrutiny meeting?', 'work-programme'],
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

describe('decision questions about money or anything else', () => {
  it.each([
    ['did cabinet actually sign off the 25/26 budget on 30 jan?', 'approval'],
    ['were the capex budget changes in the nov monitoring report agreed by cabinet?', 'approval'],
    ['what did cabinet agree re our response to the provisional finance settlement?', 'approval'],
    ['quick q - did cabinet formally ask govt to delay the elections? has it been agreed?', 'approval'],
    // a sum stays a cost question, a bare "what budget was agreed" too
    ['how much was agreed for the LAC budget?', 'cost'],
    ['what budget was agreed for LAC?', 'cost'],
    ['whats the total value of the draft 10-yr capital programme?', 'cost'],
    // "when" in the middle of the question asks for a date
    ['once the minerals plan is adopted when does it next need reviewing?', 'deadline'],
  ])('%s → %s', (q, intent) => {
    expect(detectIntent(q)).toBe(intent);
  });
});

describe('where a report is on the agenda', () => {
  it('reads "which item …" and "what pages of the pack" as an agenda question, whatever the topic', () => {
    expect(detectIntent('which item is the draft budget at the end-of-jan cabinet, and what pages of the pack?')).toBe('work-programme');
    expect(detectIntent('school places plan - what pages is it in the 30/1 cabinet agenda pack?')).toBe('work-programme');
    expect(detectIntent('what did the budget item cost?')).toBe('cost');
  });

  it('reads "which cllrs …" as a question about people', () => {
    expect(detectIntent('which cllrs called in the library closure decision?')).toBe('who');
    expect(detectIntent('what officers lead on the plan?')).toBe('who');
    expect(detectIntent('which members briefings are planned?')).not.toBe('who');
  });

  it('reads "where\'s … in the pack" as an agenda question', () => {
    expect(detectIntent("30 jan cabinet - where's the nov budget monitoring in the pack?")).toBe('work-programme');
    expect(AGENDA_POSITION.test('where is the budget report?')).toBe(false);
  });
});

describe('who, however it is typed', () => {
  it('reads "who\'s the … contact" mid-question as a who question', () => {
    expect(detectIntent("accelerator pilot paper - who's the NHS side contact on it?")).toBe('who');
    expect(detectIntent('leics report - who should I contact?')).toBe('who');
  });
});

describe('counting what a report says', () => {
  it('reads "how many … in the progress report" as a count, not a when question', () => {
    expect(detectIntent('how many audits came back limited assurance in the sept progress report?')).toBe('general');
    expect(detectIntent('when is the next progress report due?')).toBe('deadline');
    expect(detectIntent("what's wenlow dc paying into the waste partnership next year?")).toBe('cost');
  });
});

describe('detectIntent: a programme asked for by its next meeting', () => {
  it('reads "what\'s on for the next growth scrutiny?" as a work-programme question', () => {
    expect(detectIntent("what's on for the next growth, infrastructure & transport scrutiny?")).toBe('work-programme');
    expect(detectIntent('what is on at the upcoming cabinet?')).toBe('work-programme');
  });
});

describe('detectIntent: "when\'s"', () => {
  it('reads "when\'s full council setting the budget?" as a when question, not a cost one', () => {
    expect(detectIntent("when's full council setting the 26/27 budget?")).toBe('deadline');
  });
});
