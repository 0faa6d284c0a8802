import { describe, expect, it } from 'vitest';
import { parseResolutions, parseVotes, splitVoteRecord } from '../../../ingest/parse/resolutions.ts';
import { resolutionOutcome } from '../../../ingest/parse/decision-outcome.ts';
import { parseInputFromText } from '../../helpers/parse-input.ts';
import { expectGoldMatches, goldFor, goldScore } from '../../gold/decisions/assert.ts';

const T = 120_000;
const minutes = (text: string) => parseInputFromText(text, { type: 'minutes' });

describe('parseResolutions on the gold papers', () => {
  for (const gold of goldFor('resolutions')) {
    it(`${gold.name}: resolutions field by field`, () => expectGoldMatches(gold, 'resolutions'), T);
  }
  it('precision and recall ≥ 0.95 over the gold set', async () => {
    const s = await goldScore('resolutions');
    expect(s.expected).toBeGreaterThan(15);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
  }, T);
});

describe('parseResolutions formats', () => {
  it('reads decisions minutes record without RESOLVED: after the mover and seconder, a vote, the minutes confirmed, a noting', () => {
    const res = parseResolutions(
      minutes(
        [
          'AB60/25 MINUTES OF PREVIOUS MEETING',
          'Moved by Councillor C Ferris, Seconded by Councillor L Rooney and agreed that the',
          'minutes of the meeting held on 13 May 2025 be taken as read and signed as correct.',
          'AB61/25 PLAY PARKS',
          'After discussion, the Committee agreed:',
          '(i) to continue the play park programme with a budget of £85,000; and',
          '(ii) that a report be brought to the Committee in October 2025.',
          'AB62/25 ANNUAL RETURN',
          'The Committee noted the report on the annual return, which showed 1,312 notices issued.',
          'AB63/25 DE-DELEGATION',
          'Only maintained schools could vote. The Committee voted (12 for, 3 against) to approve the',
          'de-delegation of funding for 2026/27.',
          'AB64/25 CORRESPONDENCE',
          'Members discussed the letter. The Committee noted that a reply had been sent.',
          'The Committee agreed to write to the Minister.',
        ].join('\n'),
      ),
    );
    expect(res.map((r) => [r.ref, r.outcome, r.text.slice(0, 40)])).toEqual([
      ['AB60/25', 'approved', 'that the minutes of the meeting held on '],
      ['AB61/25', 'agreed', '(i) to continue the play park programme '],
      ['AB62/25', 'noted', 'The Committee noted the report on the an'],
      ['AB63/25', 'approved', 'to approve the de-delegation of funding '],
      // a noting in a minute that records another decision is part of the discussion
      ['AB64/25', 'agreed', 'to write to the Minister.'],
    ]);
    expect(res[1]!.items.map((i) => i.label)).toEqual(['(i)', '(ii)']);
    expect(res[3]!.votes).toEqual({ for: 12, against: 3, abstain: null });
  });

  it('keeps "The Committee RECOMMENDS that the Trust: (a) …" whole, and reads a judgement with a request as agreed', () => {
    const res = parseResolutions(
      minutes(
        [
          '42. URGENT CARE',
          'The Committee RECOMMENDS that the Trust:',
          '(a) publishes monthly data on handover delays; and',
          '(b) consults the Committee before any change to opening hours.',
          '44. STROKE REHABILITATION',
          'RESOLVED that the Committee considers the proposal to be a substantial variation',
          'and requests that the ICB carry out a formal public consultation.',
        ].join('\n'),
      ),
    );
    expect(res.map((r) => [r.ref, r.outcome, r.text.slice(0, 45), r.items.length])).toEqual([
      ['42', 'agreed', 'The Committee RECOMMENDS that the Trust: (a) ', 2],
      ['44', 'agreed', 'that the Committee considers the proposal to ', 1],
    ]);
  });

  it('reads minute numbers run in to their first sentence ("24/115 Apologies for absence. … It was RESOLVED that …")', () => {
    const res = parseResolutions(
      minutes(
        [
          '24/115 Apologies for absence. Apologies were received from Cllr Stanhope',
          '(work commitment). It was RESOLVED that the apologies be accepted.',
          '24/116 Declarations of interest. Cllr Feathersby declared an interest in 24/118.',
          '24/117 Minutes. It was RESOLVED that the minutes of the meeting held on',
          '9 December 2024 be approved and signed by the Chair as a true record.',
          '24/118 Budget and precept. Following discussion it was proposed by Cllr Ollerenshaw, seconded by Cllr Brightwell',
          'and RESOLVED (4 for, 1 against, 1 abstention) that:',
          '(i) the budget for 2025/26 of £52,780 be approved; and',
          '(ii) a precept of £47,500 be requested from Wenmoor District Council.',
        ].join('\n'),
      ),
    );
    expect(res.map((r) => [r.ref, r.title, r.items.length, r.votes])).toEqual([
      ['24/115', 'Apologies for absence', 1, null],
      ['24/117', 'Minutes', 1, null],
      ['24/118', 'Budget and precept', 2, { for: 4, against: 1, abstain: 1 }],
    ]);
    expect(res[0]!.text).toBe('that the apologies be accepted.');
  });

  it('reads "The Board AGREED:" after a sentence, and the motion\'s own vote rather than a lost amendment\'s', () => {
    const res = parseResolutions(
      minutes(
        [
          '35 Joint Health and Wellbeing Strategy',
          'Obesity in year 6 stood at 11.2%, above the England average. The Board AGREED:',
          '(a) to note the progress made; and',
          '(b) that the Director of Public Health bring the refreshed strategy to the Board for approval on 8 July 2025.',
          '36 Notice of Motion',
          'For (11): Councillors Aldridge, Birtwhistle and others. Against (24): Councillors Ackerley and others.',
          'The amendment was LOST.',
          'The original motion was then put to the vote and was CARRIED (For 26, Against 9, Abstained 2).',
          'RESOLVED: That the Council writes to the Secretary of State.',
        ].join('\n'),
      ),
    );
    expect(res.map((r) => [r.ref, r.outcome, r.items.length, r.votes])).toEqual([
      ['35', 'noted', 2, null],
      ['36', 'agreed', 1, { for: 26, against: 9, abstain: 2 }],
    ]);
  });

  it('reads a "Decision" heading over numbered decisions, up to "Reason for decision", and "AGREED (For 9, …) that:"', () => {
    const res = parseResolutions(
      minutes(
        [
          '18 Highways Capital Maintenance Programme',
          'Members asked that more of the programme be spent on footways.',
          'AGREED (For 9, Against 2, Abstain 1) that:',
          '(a) the programme of £48.2 million be approved; and',
          '(b) £750,000 be allocated to footway resurfacing.',
          '19 Charging Policy',
          'The Cabinet Member introduced the report.',
          'Decision',
          '1. Cabinet approves the revised Charging Policy, with effect from 13 April 2026.',
          '2. Cabinet asks the Director to report on the impact of the policy to the Scrutiny Panel in October 2026.',
          'Reason for decision',
          'To make charging fairer.',
        ].join('\n'),
      ),
    );
    expect(res.map((r) => [r.ref, r.items.length, r.votes])).toEqual([
      ['18', 2, { for: 9, against: 2, abstain: 1 }],
      ['19', 2, null],
    ]);
    expect(res[1]!.text).not.toContain('fairer');
  });

  it('reads no resolutions in a record of decisions (its decisions are recommendations already made)', () => {
    expect(parseResolutions(parseInputFromText('CAB41/25 Temporary Accommodation\nRESOLVED to: 1. approve a capital budget of £38.5 million.', { type: 'decision-record' }))).toEqual([]);
  });

  it('reads "It was proposed by …, seconded by … and RESOLVED" after a sentence, to its sentence\'s end', () => {
    const res = parseResolutions(
      minutes(
        [
          'FC/25/015 Budget',
          'It was proposed by Cllr Pascoe, seconded by Cllr Villiers and RESOLVED that the budget of £612,400 for 2026/27 be approved.',
          '(6 in favour, 1 against)',
          'FC/25/016 Earmarked reserves',
          'Members reviewed the schedule. It was proposed by',
          'Cllr Beaumont-Kerr, seconded by Cllr Trelawny and RESOLVED that £25,000 be',
          'transferred to the Christmas Lights reserve. The general reserve will then stand at £162,000.',
          'FC/25/017 Grant applications',
          'It was proposed by Cllr Pascoe, seconded by Cllr Villiers and RESOLVED:',
          '(a) that a grant of £750 be awarded to the Food Bank; and',
          '(b) that the application from the Regatta Committee be refused.',
        ].join('\n'),
      ),
    );
    expect(res.map((r) => [r.ref, r.text, r.items.length, r.votes])).toEqual([
      ['FC/25/015', 'that the budget of £612,400 for 2026/27 be approved.', 1, { for: 6, against: 1, abstain: null }],
      ['FC/25/016', 'that £25,000 be transferred to the Christmas Lights reserve.', 1, null],
      ['FC/25/017', '(a) that a grant of £750 be awarded to the Food Bank; and (b) that the application from the Regatta Committee be refused.', 2, null],
    ]);
  });

  it('reads a recorded vote set out before the resolution', () => {
    expect(parseVotes('FOR (19): Councillors Abara, Brindle. AGAINST (4): Councillors Ormerod, Quaile. ABSTAINED (1): Councillor Zielinski.')).toEqual({ for: 19, against: 4, abstain: 1 });
    expect(parseVotes('On a vote being taken, 7 Members voted for, 2 against and 1 abstained')).toEqual({ for: 7, against: 2, abstain: 1 });
    // a Scottish division: "For the motion (9): Councillors …", "For the amendment (5): …"
    expect(parseVotes('On a division, there voted: For the motion (9): Councillors Airlie and Cowie. For the amendment (5): Councillors Haldane and Jardine. Abstained (1): Councillor Pettigrew.')).toEqual({ for: 9, against: 5, abstain: 1 });
  });

  it('reads "RESOLVED 2021/005" with a lead-in and lettered items under an upper-case minute heading', () => {
    const res = parseResolutions(
      minutes(
        [
          '8. TEMPORARY POSTS TO COMPLETE DEFERRED ASSESSMENTS',
          'Sue Batty presented the report.',
          'RESOLVED 2021/005',
          'That Committee approves the establishment of the following posts:',
          '- a) the extension of 7.2 FTE temporary posts until 31 March 2021',
          '- b) An equipment budget of £43,000.',
          '9. WORK PROGRAMME',
          'RESOLVED 2021/006',
          'That the work programme be agreed.',
        ].join('\n'),
      ),
    );
    expect(res).toHaveLength(2);
    expect(res[0]).toEqual({
      ref: '2021/005',
      title: 'TEMPORARY POSTS TO COMPLETE DEFERRED ASSESSMENTS',
      agendaItem: '8',
      text: 'That Committee approves the establishment of the following posts: a) the extension of 7.2 FTE temporary posts until 31 March 2021 b) An equipment budget of £43,000.',
      items: [
        { label: 'a)', text: 'the extension of 7.2 FTE temporary posts until 31 March 2021' },
        { label: 'b)', text: 'An equipment budget of £43,000.' },
      ],
      page: 1,
      outcome: 'approved',
      votes: null,
    });
    expect(res[1]).toMatchObject({ ref: '2021/006', title: 'WORK PROGRAMME', agendaItem: '9', outcome: 'agreed', items: [{ label: null, text: 'That the work programme be agreed.' }] });
  });

  it('reads Kent minutes: "86. Minutes of …" + "(Item 3)" + "RESOLVED that …", without swallowing the next minute', () => {
    const res = parseResolutions(
      minutes(
        [
          '86. Minutes of the Meeting held on 9th January 2025',
          '(Item 3)',
          'RESOLVED that the minutes of the meeting on 9 January 2025 were a correct record',
          'and that they be signed by the Chair',
          '87. Cabinet Member Updates',
          '(Item 4)',
          '1. Mr Gough provided an update.',
          '88. Budget Monitoring',
          '(Item 5)',
          '3. RESOLVED that Cabinet agree to:',
          'A) Note the forecast revenue overspend of £23.3m.',
          'b) Agree the Capital budget changes.',
        ].join('\n'),
      ),
    );
    expect(res.map((r) => [r.ref, r.title, r.agendaItem, r.outcome])).toEqual([
      ['86', 'Minutes of the Meeting held on 9th January 2025', '3', 'approved'],
      ['88', 'Budget Monitoring', '5', 'agreed'],
    ]);
    expect(res[0]!.text).toBe('that the minutes of the meeting on 9 January 2025 were a correct record and that they be signed by the Chair');
    expect(res[1]!.items).toEqual([
      { label: 'A)', text: 'Note the forecast revenue overspend of £23.3m.' },
      { label: 'b)', text: 'Agree the Capital budget changes.' },
    ]);
  });

  it('reads "RESOLVED: (1) that … (2) that …", "It was resolved that …" and votes', () => {
    const res = parseResolutions(
      minutes(
        [
          '12. LIBRARY SERVICES REVIEW',
          'On being put to the vote there were For: 7, Against: 3, Abstentions: 1.',
          'RESOLVED:',
          '(1) that the review be approved as amended;',
          '(2) that a further report be brought back in six months.',
          '13. PARKING CHARGES',
          'It was resolved that consideration of the charges be deferred (8 votes for, 2 against).',
        ].join('\n'),
      ),
    );
    expect(res).toHaveLength(2);
    expect(res[0]).toMatchObject({ ref: '12', title: 'LIBRARY SERVICES REVIEW', outcome: 'amended', votes: { for: 7, against: 3, abstain: 1 } });
    expect(res[0]!.items.map((i) => i.label)).toEqual(['(1)', '(2)']);
    expect(res[1]).toMatchObject({ ref: '13', outcome: 'deferred', votes: { for: 8, against: 2, abstain: null } });
    expect(res[1]!.text).toBe('that consideration of the charges be deferred (8 votes for, 2 against).');
  });

  it('ends at a line set further left than the items (the minute carries on in prose)', () => {
    const input = minutes('10. WORK PROGRAMME\nRESOLVED 2021/007\nThat the work programme be agreed, subject to:\n    • Contain Outbreak Management Fund – update\n    • The Digital Strategy\nBefore closing, the Committee thanked David Pearson.');
    const [r] = parseResolutions(input);
    expect(r!.items.map((i) => i.text)).toEqual(['Contain Outbreak Management Fund – update', 'The Digital Strategy']);
    expect(r!.text).not.toContain('Before closing');
  });

  it('reads "RESOLVED (unanimously) that", "Resolved: That" and "RESOLVED - That"', () => {
    const t = ['45. BUDGET MONITORING', 'RESOLVED (unanimously) that the report be noted.', '46. HIGHWAYS', 'Resolved: That the scheme be approved.', '47. PARKING', 'RESOLVED - That the decision be deferred to the next meeting.'].join('\n');
    expect(parseResolutions(minutes(t)).map((r) => [r.ref, r.title, r.outcome, r.text])).toEqual([
      ['45', 'BUDGET MONITORING', 'noted', 'that the report be noted.'],
      ['46', 'HIGHWAYS', 'approved', 'That the scheme be approved.'],
      ['47', 'PARKING', 'deferred', 'That the decision be deferred to the next meeting.'],
    ]);
  });

  it('ignores a report quoting a resolution in prose', () => {
    const input = parseInputFromText('3. At its meeting the Committee resolved to approve the plan.\n4. It is recommended that Committee notes this.', { type: 'report' });
    expect(parseResolutions(input)).toEqual([]);
  });
});

describe('resolutionOutcome and parseVotes', () => {
  it.each([
    ['That Committee approves the establishment of posts.', 'approved'],
    ['that Cabinet note the provisional settlement; and agree to delegate finalising any response', 'agreed'],
    ['that Cabinet note the report.', 'noted'],
    ['That there were no actions arising as a result of this report.', 'noted'],
    ['that the item be deferred to the next meeting', 'deferred'],
    ['that the recommendations be approved as amended', 'amended'],
    ['that the proposal be not approved', 'rejected'],
    ['that Cabinet considered the proposed amendments and endorsed the draft budget', 'approved'],
  ] as const)('%s → %s', (text, outcome) => {
    expect(resolutionOutcome(text)).toBe(outcome);
  });

  it('reads vote counts only when both sides are stated', () => {
    expect(parseVotes('For: 7, Against: 3, Abstentions: 1')).toEqual({ for: 7, against: 3, abstain: 1 });
    expect(parseVotes('(8 votes for, 2 against)')).toEqual({ for: 8, against: 2, abstain: null });
    expect(parseVotes('posts for 12 months')).toBeNull();
  });
});

describe('parseResolutions in town and parish council minutes (held-out audit, H11)', () => {
  const townMinutes = [
    'Minute 23/045 Community Infrastructure Levy (CIL) spending',
    'Members considered the report of the Town Clerk on the proposed use of CIL receipts',
    'held by the Council. It was resolved to approve the allocation of £18,000 of CIL',
    'receipts to the replacement of the play equipment at Mill Lane Recreation Ground.',
    'Proposed Cllr B Jones, seconded Cllr C Smith, carried 7 for, 2 against, 1 abstention.',
    'Minute 23/046 Allotment rents 2025/26',
    'It was resolved to defer the decision on allotment rents to the next meeting of the',
    'Council so that the allotment association can be consulted. Proposed Cllr E Wright,',
    'seconded Cllr F Khan, carried unanimously.',
    'Minute 23/047 Grant applications',
    'RESOLVED:',
    '(a) that a grant of £500 be awarded to the Scout Group; and',
    '(b) that the application from the Friends of St Mary’s be refused.',
    'Proposed Cllr G Brown, seconded Cllr H Green, carried 9 for, 0 against, 1 abstention.',
  ].join('\n');

  it('starts a resolution inside a line, names it by "Minute 23/045", and keeps the vote record out of its text', () => {
    const res = parseResolutions(minutes(townMinutes));
    expect(res.map((r) => [r.ref, r.title, r.agendaItem, r.text, r.outcome, r.votes])).toEqual([
      ['23/045', 'Community Infrastructure Levy (CIL) spending', null, 'to approve the allocation of £18,000 of CIL receipts to the replacement of the play equipment at Mill Lane Recreation Ground.', 'approved', { for: 7, against: 2, abstain: 1 }],
      ['23/046', 'Allotment rents 2025/26', null, 'to defer the decision on allotment rents to the next meeting of the Council so that the allotment association can be consulted.', 'deferred', null],
      ['23/047', 'Grant applications', null, '(a) that a grant of £500 be awarded to the Scout Group; and (b) that the application from the Friends of St Mary’s be refused.', 'approved', { for: 9, against: 0, abstain: 1 }],
    ]);
  });

  it('splits a vote record from the decision', () => {
    expect(splitVoteRecord('to approve the plan. Proposed Cllr A, seconded Cllr B, carried 7 for, 2 against.')).toEqual({
      text: 'to approve the plan.',
      record: 'Proposed Cllr A, seconded Cllr B, carried 7 for, 2 against.',
    });
    expect(splitVoteRecord('that the Committee approves the proposal as proposed by the Director.')).toEqual({
      text: 'that the Committee approves the proposal as proposed by the Director.',
      record: '',
    });
    // a member who took no part is a note on the vote, not part of the decision
    expect(splitVoteRecord('(c) requests that a progress report be brought to the Board meeting on 26 March 2026. (Councillor Oxenbury took no part in the vote on this item.)')).toEqual({
      text: '(c) requests that a progress report be brought to the Board meeting on 26 March 2026.',
      record: '(Councillor Oxenbury took no part in the vote on this item.)',
    });
  });
});

describe('parseResolutions: other ways minutes record a decision', () => {
  const refs = (lines: string[]) => parseResolutions(minutes(lines.join('\n'))).map((r) => [r.ref, r.title, r.outcome, r.text]);

  it('reads "AGREED:", "DECISION" and "Decision:" in minutes, under a plain title-case minute heading', () => {
    expect(refs(['45. Library Opening Hours', 'The Cabinet considered the report.', 'AGREED: that the revised library opening hours be approved.', '46. Bus Services', 'DECISION', 'That the bus review be noted.'])).toEqual([
      ['45', 'Library Opening Hours', 'approved', 'that the revised library opening hours be approved.'],
      ['46', 'Bus Services', 'noted', 'That the bus review be noted.'],
    ]);
    expect(refs(['12 Fees and Charges', 'Decision:', 'That the fees for 2026/27 be approved.'])).toEqual([['12', 'Fees and Charges', 'approved', 'That the fees for 2026/27 be approved.']]);
  });

  it('reads "The Board:" with its lettered decisions, and "The Board endorsed …" where a minute records no other decision', () => {
    expect(refs([
      '32. DIRECTOR OF PUBLIC HEALTH ANNUAL REPORT 2025',
      'The Director presented her annual report on the health of children.',
      'The Board:',
      '(a) noted the Director of Public Health Annual Report 2025;',
      '(b) agreed that each partner would nominate a lead by 31 October 2025.',
      '34. BETTER CARE FUND QUARTER 1 RETURN',
      'The BCF plan for 2025/26 totalled £41.7m.',
      'The Board endorsed the Quarter 1 Better Care Fund return.',
    ])).toEqual([
      ['32', 'DIRECTOR OF PUBLIC HEALTH ANNUAL REPORT 2025', 'agreed', '(a) noted the Director of Public Health Annual Report 2025; (b) agreed that each partner would nominate a lead by 31 October 2025.'],
      ['34', 'BETTER CARE FUND QUARTER 1 RETURN', 'approved', 'The Board endorsed the Quarter 1 Better Care Fund return.'],
    ]);
  });

  it('reads "Cabinet RESOLVED to:" with its numbered items', () => {
    const res = parseResolutions(minutes(['45. Library Opening Hours', 'Cabinet RESOLVED to:', '1. approve the revised hours;', '2. note the consultation.'].join('\n')));
    expect(res.map((r) => [r.ref, r.items.map((i) => i.label)])).toEqual([['45', ['1.', '2.']]]);
  });

  it('does not take a sentence about a decision for one, nor a speaker in the discussion for a minute heading', () => {
    const res = parseResolutions(
      minutes(
        [
          '87. Cabinet Member Updates',
          'Decision - 24/00097 - Special School Review - Phase 1, which had been called in, was given approval to proceed.',
          '1. Mr Oakford, Deputy Leader and Cabinet Member for Finance',
          'provided an update on the following:',
          'RESOLVED that the updates be noted.',
        ].join('\n'),
      ),
    );
    expect(res.map((r) => [r.ref, r.title, r.text])).toEqual([['87', 'Cabinet Member Updates', 'that the updates be noted.']]);
  });

  it('reads "AGREED" only in minutes: a report\'s prose is not a record of decision', () => {
    expect(parseResolutions(parseInputFromText('AGREED: that the revised library opening hours be approved.', { type: 'report' }))).toEqual([]);
  });
});

describe('parseResolutions: "The Committee agreed:-", "RECOMMENDED to Cabinet that –", "NOTED –"', () => {
  it('reads a Scottish minute\'s "Decision / The Committee agreed:-" with numbered items, and a one-line one', () => {
    const res = parseResolutions(
      minutes(
        [
          '2. Minute of Previous Meeting',
          'The minute of the meeting of 12 June 2025 was submitted.',
          'Decision',
          'The Committee agreed:- to approve the minute as a correct record.',
          '3. Supported Local Bus Services – Tender Outcome',
          'A report by the Head of Roads set out the outcome of the tender.',
          'Decision',
          'The Committee agreed:-',
          '(1) to note the outcome of the tender; and',
          '(2) to award the contracts for routes 14 and 22 for three years.',
          '4. Harbour Road Parking',
          'Decision',
          'The Sub-Committee unanimously agreed to increase parking charges by 20p an hour.',
        ].join('\n'),
      ),
    );
    expect(res.map((r) => [r.ref, r.title, r.outcome, r.items.map((i) => i.label)])).toEqual([
      ['2', 'Minute of Previous Meeting', 'approved', [null]],
      ['3', 'Supported Local Bus Services – Tender Outcome', 'approved', ['(1)', '(2)']],
      // a decision to do something whose verb is in no list was agreed, not noted
      ['4', 'Harbour Road Parking', 'agreed', [null]],
    ]);
    expect(res[0]!.text).toBe('to approve the minute as a correct record.');
  });

  it('reads a recommendation to another body and a noting as resolutions, with the outcome their word states', () => {
    const res = parseResolutions(
      minutes(
        [
          'OSC/24/31 Household Waste Recycling Centres – Opening Hours',
          'On being put to the vote the motion was carried (For 7, Against 4, Abstentions 1).',
          'RECOMMENDED to Cabinet that –',
          '(a) the proposed closure not be implemented until the EIA has been completed; and',
          '(b) the online booking system be extended to all four sites.',
          'OSC/24/32 Quarter 3 Budget Monitoring',
          'NOTED – the forecast revenue overspend of £4.2 million for 2024/25.',
          'OSC/24/33 Home to School Transport',
          'RESOLVED (unanimously) – That',
          '(1) the final report be endorsed and referred to Cabinet; and',
          '(2) a report on Cabinet’s response be submitted to this Committee in July 2025.',
        ].join('\n'),
      ),
    );
    expect(res.map((r) => [r.ref, r.outcome, r.votes, r.text.slice(0, 12)])).toEqual([
      ['OSC/24/31', 'agreed', { for: 7, against: 4, abstain: 1 }, '(a) the prop'],
      ['OSC/24/32', 'noted', null, 'the forecast'],
      // "That" before the numbered items is their lead-in, not the resolution's first word
      ['OSC/24/33', 'approved', null, '(1) the fina'],
    ]);
  });

  it('leaves prose alone: "The Committee agreed with the comments", "NOTED by the Chair", and reports', () => {
    expect(parseResolutions(minutes(['5. Budget', 'The Committee agreed with the comments made.', 'The item was NOTED by the Chair.'].join('\n')))).toEqual([]);
    expect(parseResolutions(parseInputFromText('The Committee agreed:- to note the report.', { type: 'report' }))).toEqual([]);
  });
});

describe('parseVotes: a division between a motion and an amendment', () => {
  it('reads "for the motion 7, for the amendment 4, abstentions 0" as 7 for, 4 against', () => {
    expect(parseVotes('On a division, there voted for the motion 7, for the amendment 4, abstentions 0.')).toEqual({ for: 7, against: 4, abstain: 0 });
  });
});

describe('parseResolutions: lead-ins, votes in brackets and outcomes', () => {
  it('carries a decision on to a line that starts in lower case ("… be approved and" / "signed by the Chair as a true record.")', () => {
    const out = parseResolutions(parseInputFromText(['PH/25/43 Minutes', 'RESOLVED: that the minutes of the meeting held on 11 August 2025 be approved and', 'signed by the Chair as a true record.', 'PH/25/44 Public participation', 'Two residents spoke.'].join('\n'), { type: 'minutes' }));
    expect(out.map((r) => r.text)).toEqual(['that the minutes of the meeting held on 11 August 2025 be approved and signed by the Chair as a true record.']);
  });

  it('reads "…, and RESOLVED to submit the following responses:" inside a line, items with lines hung under them, and a second item run on after "; and"', () => {
    const text = [
      'PH/25/45 Planning applications',
      'The Committee considered the applications notified by the LPA, and RESOLVED to submit the following',
      'responses:',
      '(a) 25/00917/HOUSE – 27 Abbotsmead Road',
      '      Single-storey rear extension.',
      '      Response: No objection.',
      '(b) 25/00934/FUL – Land adjacent to 4 Ferry Lane',
      '      Response: Object – not under delegated powers.',
      'PH/25/47 Neighbourhood Plan review',
      'RESOLVED: (i) that a working group be set up to scope the review; and (ii) that the Town Clerk obtain quotes.',
      'PH/25/48 Close',
    ].join('\n');
    const out = parseResolutions(parseInputFromText(text, { type: 'minutes' }));
    expect(out.map((r) => [r.ref, r.outcome, r.items.map((i) => [i.label, i.text])])).toEqual([
      ['PH/25/45', 'agreed', [['(a)', '25/00917/HOUSE – 27 Abbotsmead Road Single-storey rear extension. Response: No objection.'], ['(b)', '25/00934/FUL – Land adjacent to 4 Ferry Lane Response: Object – not under delegated powers.']]],
      ['PH/25/47', 'agreed', [['(i)', 'that a working group be set up to scope the review; and'], ['(ii)', 'that the Town Clerk obtain quotes.']]],
    ]);
  });

  it('reads minute numbers with the body\'s letters and a dot ("AG.40 MINUTES") as the minutes\' references', () => {
    const res = parseResolutions(
      minutes(
        [
          'AG.39 DECLARATIONS OF INTEREST',
          'There were no declarations of interest.',
          'AG.40 MINUTES',
          'RESOLVED: That the minutes of the meeting held on 23 September 2025 be confirmed as a correct record.',
          'AG.41 EXTERNAL AUDIT – AUDIT FINDINGS REPORT 2024/25',
          'RESOLVED: That the Audit Findings Report 2024/25 be noted.',
        ].join('\n'),
      ),
    );
    expect(res.map((r) => [r.ref, r.title])).toEqual([
      ['AG.40', 'MINUTES'],
      ['AG.41', 'EXTERNAL AUDIT – AUDIT FINDINGS REPORT 2024/25'],
    ]);
  });

  it('keeps a minute number as printed ("P&R 25/042") and leaves the time an item was taken out of its title', () => {
    const town = parseResolutions(
      minutes(['P&R 25/041 MINUTES', 'RESOLVED: That the minutes be approved.', 'P&R 25/042 BUDGET AND PRECEPT 2026/27', 'RESOLVED: That the budget be recommended to Full Council.'].join('\n')),
    );
    expect(town.map((r) => r.ref)).toEqual(['P&R 25/041', 'P&R 25/042']);
    const session = parseResolutions(minutes(['21. Proposed Residents’ Parking Scheme (10.14 am)', 'Resolved: That the scheme be approved.', '22. Moor Lane Speed Limit (10.38 am)', 'Resolved: That the order be made.'].join('\n')));
    expect(session.map((r) => r.title)).toEqual(['Proposed Residents’ Parking Scheme', 'Moor Lane Speed Limit']);
  });

  it('drops "That the Cabinet –" before the numbered items and a bracketed vote after them', () => {
    const res = parseResolutions(
      minutes(
        [
          '23. PUBLIC CONVENIENCES REVIEW',
          'RESOLVED: That the Cabinet –',
          '1. approved the closure of the public conveniences at Quay Street; and',
          '2. agreed that officers report back in March 2026.',
          '(For 6, Against 2, Abstentions 0)',
          '24. PLAY AREAS',
        ].join('\n'),
      ),
    );
    expect(res).toHaveLength(1);
    expect(res[0]!.text).toBe('1. approved the closure of the public conveniences at Quay Street; and 2. agreed that officers report back in March 2026.');
    expect(res[0]!.votes).toEqual({ for: 6, against: 2, abstain: 0 });
  });

  it('reads a permission granted "subject to a S106 agreement" as approved, and comments submitted as agreed', () => {
    expect(resolutionOutcome('That planning permission be GRANTED subject to the completion of a S106 agreement.')).toBe('approved');
    expect(resolutionOutcome('to submit the following comments to the District Council: no objection.')).toBe('agreed');
  });
});

describe('parseResolutions: other councils\' minute styles', () => {
  it('reads a town council\'s one-letter minute numbers ("T/25/115") as its minute headings, and leaves a closing "(Unanimous)" out', () => {
    const res = parseResolutions(
      minutes(
        [
          'T/25/114 Public participation',
          'A resident asked when the bus shelter would be replaced.',
          'T/25/115 Minutes',
          'Proposed by Cllr Templeman, seconded by Cllr Hardcastle. It was RESOLVED to approve',
          'the minutes of the meeting held on 15 December 2025 as a true record.',
          'T/25/118 Neighbourhood Development Plan',
          'It was RESOLVED to submit the NDP for Regulation 16 consultation. (Unanimous)',
        ].join('\n'),
      ),
    );
    expect(res.map((r) => [r.ref, r.title, r.text])).toEqual([
      ['T/25/115', 'Minutes', 'to approve the minutes of the meeting held on 15 December 2025 as a true record.'],
      ['T/25/118', 'Neighbourhood Development Plan', 'to submit the NDP for Regulation 16 consultation.'],
    ]);
  });

  it('reads Northern Ireland minutes: "it was agreed that", a recommendation then "Agreed" or "Noted", a seconded motion declared carried', () => {
    const res = parseResolutions(
      minutes(
        [
          '4. Mountain Bike Trail Centre',
          'Members welcomed the project.',
          'After discussion, it was agreed that the Council submit a Stage 2 application by',
          '31 October 2025.',
          '5. Community Festivals Fund',
          'Recommendation: that the Committee approves grants totalling £62,400 to the 12',
          'festivals listed in Appendix 1.',
          'Proposed by Alderman S McCrory, Seconded by Councillor B Quinlivan',
          'Agreed',
          '6. Changing Village',
          'Proposed by Alderman T Bleakley, Seconded by Councillor A Ruddell that the contract be',
          'awarded to Mulkearn Building Contractors Ltd at a cost of £487,250.',
          'On a vote being taken, 9 Members voted for, 3 against and 1 abstained, and the',
          'proposal was declared carried.',
          '7. Summer Events Programme',
          'Recommendation: that the Committee notes the review of the Summer Events Programme',
          '2025.',
          'Noted',
        ].join('\n'),
      ),
    );
    expect(res.map((r) => [r.ref, r.text, r.outcome])).toEqual([
      ['4', 'that the Council submit a Stage 2 application by 31 October 2025.', 'agreed'],
      ['5', 'that the Committee approves grants totalling £62,400 to the 12 festivals listed in Appendix 1.', 'approved'],
      ['6', 'that the contract be awarded to Mulkearn Building Contractors Ltd at a cost of £487,250.', 'approved'],
      ['7', 'that the Committee notes the review of the Summer Events Programme 2025.', 'noted'],
    ]);
    expect(res[2]!.votes).toEqual({ for: 9, against: 3, abstain: 1 });
  });

  it('does not read a motion that was not carried as a decision', () => {
    const res = parseResolutions(
      minutes(['6. Changing Village', 'Proposed by Councillor R Doherty, Seconded by Councillor N Gormley that the works be postponed.', 'The proposal fell.'].join('\n')),
    );
    expect(res).toEqual([]);
  });

  it('reads "granted subject to the conditions … as amended by the update sheet" as an approval, and "the motion as amended" as amended', () => {
    expect(resolutionOutcome('that planning permission be GRANTED subject to the conditions set out in the report, as amended by the update sheet')).toBe('approved');
    expect(resolutionOutcome('that the recommendation, as amended, be approved')).toBe('amended');
  });
});

describe('parseResolutions: a motion seconded on the line after its mover', () => {
  it('reads the motion from the seconder\'s line', () => {
    const res = parseResolutions(
      minutes(['6. Changing Village', 'Proposed by Alderman T Bleakley,', 'Seconded by Councillor A Ruddell that the contract be awarded to Mulkearn Ltd.', 'The proposal was declared carried.'].join('\n')),
    );
    expect(res.map((r) => [r.ref, r.text])).toEqual([['6', 'that the contract be awarded to Mulkearn Ltd.']]);
  });
});

describe('parseResolutions: "Decision:" and the body\'s own sentence', () => {
  it('reads "Decision: The Board approved …", "Decision: The Board:" over lettered decisions and "Decision: The Board resolved that …"', () => {
    const res = parseResolutions(
      minutes(
        [
          '54/25 Minutes of the previous meeting',
          'Decision: The Board approved the minutes of the meeting held on 28 November 2025 as',
          'a correct record.',
          '55/25 Mayor’s update',
          'The Mayor reported on the Integrated Settlement.',
          'Decision: The Board noted the Mayor’s update.',
          '56/25 Adult Skills Fund 2026/27',
          'Decision: The Board:',
          '(a) approved the Adult Skills Fund allocations for 2026/27 totalling £46.2m; and',
          '(b) asked officers to report back to the Board on 26 June 2026.',
          '58/25 Exclusion of the press and public',
          'Decision: The Board resolved that the press and public be excluded from the meeting.',
          '59/25 Date of next meeting',
          'Decision: Friday 27 March 2026.',
        ].join('\n'),
      ),
    );
    // (the minute numbers as headings: the set 26 gold, test/ingest/holdout.test.ts)
    expect(res.map((r) => [r.outcome, r.text.slice(0, 35)])).toEqual([
      ['approved', 'The Board approved the minutes of t'],
      ['noted', 'The Board noted the Mayor’s update.'],
      ['approved', 'The Board: (a) approved the Adult S'],
      ['agreed', 'that the press and public be exclud'],
    ]);
    expect(res[2]!.items.map((i) => i.label)).toEqual(['(a)', '(b)']);
  });
});
