import { describe, expect, it } from 'vitest';
import { parseCommitments } from '../../../ingest/parse/commitments.ts';
import { findDue } from '../../../ingest/parse/relative-dates.ts';
import type { Recommendation, Resolution, Table } from '../../../ingest/model.ts';
import { parseInputFromText } from '../../helpers/parse-input.ts';
import { expectGoldMatches, goldFor, goldScore } from '../../gold/decisions/assert.ts';

const T = 120_000;

const rec = (text: string, verb: string | null, page = 7): Recommendation => ({ label: '1)', verb, text, page, paragraph: null, cites: [], status: 'proposed' });
const resolution = (items: string[], page = 4): Resolution => ({
  ref: '2021/005',
  title: null,
  agendaItem: null,
  text: items.join(' '),
  items: items.map((t) => ({ label: null, text: t })),
  page,
  outcome: 'approved',
  votes: null,
});

describe('parseCommitments on the gold papers', () => {
  for (const gold of goldFor('commitments')) {
    it(`${gold.name}: commitments field by field`, () => expectGoldMatches(gold, 'commitments'), T);
  }
  it('precision and recall over the gold set', async () => {
    const s = await goldScore('commitments');
    expect(s.expected).toBeGreaterThan(15);
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
  }, T);
});

describe('findDue', () => {
  it.each([
    ['a follow up report in six months', '2018-10-08', '2019-04'],
    ['within 12 months', '2021-02-08', '2022-02'],
    ['after a year', '2021-02-08', '2022-02'],
    ['a progress evaluation report in April 2022', '2021-02-08', '2022-04'],
    ['posts until 31 March 2022', '2021-02-08', '2022-03-31'],
    ['until 31 st March 2022', '2021-02-08', '2022-03-31'],
    ['to County Council on 13th February for final decisions', '2025-01-30', '2025-02-13'],
    ['an annual report', '2021-02-08', '2022-02'],
    ['report back to Committee in the autumn', '2021-02-08', '2021-09'],
    ['report back to Committee in the spring', '2021-10-08', '2022-03'],
  ])('%s (meeting %s) → %s', (text, meeting, due) => {
    expect(findDue(text, meeting)?.due).toBe(due);
  });

  it('gives null for a relative time without a meeting date, and nothing for a bare year range', () => {
    expect(findDue('in six months', null)).toEqual({ due: null, text: 'in six months', index: 0 });
    expect(findDue('the programme for 2021/22 – 2023/24', '2021-01-11')).toBeNull();
  });
});

describe('parseCommitments', () => {
  const input = (text: string, meetingDate: string | null = '2018-10-08') => parseInputFromText(text, { meetingDate });

  it('takes promises with a time from recommendations, resolved against the meeting date', () => {
    const out = parseCommitments(input(''), [rec('agrees to receive a follow up report in six months on the progress.', 'agree'), rec('approves the strategy.', 'approve')], []);
    expect(out).toEqual([
      { text: 'agrees to receive a follow up report in six months on the progress.', what: 'a follow up report', due: '2019-04', page: 7, paragraph: null, source: 'recommendation' },
    ]);
  });

  it('takes post end dates from resolution items, and skips items that only note', () => {
    const out = parseCommitments(input('', '2021-01-11'), [], [resolution(['The extension of 2 FTE temporary Social Care Assistant (Grade 3) posts until 31 March 2021', 'Note that elections will be held in May 2026'])]);
    expect(out.map((c) => [c.what, c.due, c.source])).toEqual([['2 FTE temporary Social Care Assistant (Grade 3) posts', '2021-03-31', 'resolution']]);
  });

  it('takes report-back sentences from paragraphs, dated after the promise', () => {
    const text = '17. The Committee agreed the approach in February 2021 and a further report will be presented to Committee in October 2021. Work continues.';
    const out = parseCommitments(input(text, '2021-07-12'), [], []);
    expect(out).toEqual([
      {
        text: 'The Committee agreed the approach in February 2021 and a further report will be presented to Committee in October 2021.',
        what: 'a further report',
        due: '2021-10',
        page: 1,
        paragraph: '17',
        source: 'paragraph',
      },
    ]);
  });

  it('does not take background dates', () => {
    const text = '13. In March 2018 the evaluation was reported to the Committee.\n14. A Project Manager was appointed in June 2018.';
    expect(parseCommitments(input(text), [rec('approves the disestablishment of 17 posts from 1st April 2019.', 'approve')], [])).toEqual([
      expect.objectContaining({ due: '2019-04-01' }),
    ]);
  });
});

describe('parseCommitments on other councils\' wording (held-out audit, H11)', () => {
  const input = (text: string, meetingDate: string | null) => parseInputFromText(text, { meetingDate });

  it('takes "will report on … to the November meeting", "will be published on …" and "will be considered and approved by full Council"', () => {
    const text = [
      '1. The Clerk will report on the play equipment tender to the November 2024 meeting.',
      '2. An updated final draft report for County Council will be published on 5th February 2025.',
      '3. The draft budget will be considered and approved by full Council at the annual budget meeting on 13th February 2025.',
      '4. The contract was published on 1 March 2024 and ran for two years.',
    ].join('\n');
    expect(parseCommitments(input(text, '2025-01-30'), [], []).map((c) => [c.what, c.due, c.paragraph])).toEqual([
      ['the play equipment tender', '2024-11', '1'],
      ['An updated final draft report', '2025-02-05', '2'],
      // An explicit date beats the period word before it ("annual").
      ['The draft budget', '2025-02-13', '3'],
    ]);
  });

  it('takes reconsideration at a meeting, a decision reported to a body, a report coming to a committee and a review by a body known by its initials; not a condition', () => {
    const text = [
      '1. The Cabinet Member confirmed that Cabinet would reconsider the decision at its meeting on 9 December 2025.',
      '2. The Monitoring Officer will report this decision to Upper Ashby Parish Council at its meeting on 10 November 2025.',
      '3. A progress report on the recommendations will come to the Committee in June 2026.',
      '4. The Directions will be reviewed by the IJB in September 2026.',
      '5. If the training has not been completed by 31 January 2026, the Monitoring Officer will report that to the Standards Committee.',
      '6. A Delivery Plan will be submitted to the bus company by the end of March 2026.',
    ].join('\n');
    expect(parseCommitments(input(text, '2025-10-17'), [], []).map((c) => [c.paragraph, c.due])).toEqual([
      ['1', '2025-12-09'],
      ['2', '2025-11-10'],
      ['3', '2026-06'],
      ['4', '2026-09'],
    ]);
  });

  it('takes an undertaking after a semicolon, a second stop ("before it goes to Council in February"), and a deferral to the next meeting the minutes date', () => {
    const text = [
      '1. Members asked for figures on vehicle crime; Inspector Kerrigan agreed to send these to the Committee Officer by 5 December 2025.',
      '2. The Strategy Statement will be presented to this Committee on 27 January 2026 before it goes to Council in February 2026.',
    ].join('\n');
    expect(parseCommitments(input(text, '2025-11-19'), [], []).map((c) => [c.paragraph, c.due, c.text.slice(0, 20)])).toEqual([
      ['1', '2025-12-05', 'Inspector Kerrigan a'],
      ['2', '2026-01-27', 'The Strategy Stateme'],
      ['2', '2026-02', 'The Strategy Stateme'],
    ]);
    const minutes = parseInputFromText(['25. GRANTS', 'RESOLVED that the application be deferred to the next meeting.', '28. DATE OF NEXT MEETING', 'Wednesday 14 January 2026 at 6.00 pm.'].join('\n'), { type: 'minutes', meetingDate: '2025-11-19' });
    const deferred = resolution(['that the application from the Men’s Shed be deferred to the next meeting, pending a second quotation;']);
    expect(parseCommitments(minutes, [], [deferred]).map((c) => [c.due, c.source])).toEqual([['2026-01-14', 'resolution']]);
  });

  it('takes a promise from an item that notes it, once, with the subject that names the report', () => {
    const r = rec('Note that a progress report on mobilisation will be presented to Cabinet in January 2026.', 'note', 1);
    const text = '3. Note that a progress report on mobilisation will be presented to Cabinet in January 2026.';
    expect(parseCommitments(input(text, '2025-07-15'), [r], [])).toEqual([
      { text: r.text, what: 'a progress report on mobilisation', due: '2026-01', page: 1, paragraph: null, source: 'recommendation' },
    ]);
    const passive = rec('a report on the outcomes of the grant be brought back to Cabinet in March 2026.', null, 1);
    expect(parseCommitments(input('', '2025-06-12'), [passive], []).map((c) => c.what)).toEqual(['a report on the outcomes of the grant']);
  });

  it('dates a paragraph sentence by the page it is printed on', () => {
    const text = ['(a) At the Scrutiny Committee held on 29th January 2025, Members considered the call-in.', 'Page 1 of 2', 'Members agreed to refer it. It would first be reconsidered by the next meeting of the Cabinet on 4th March 2025.'].join('\n');
    const i = input(text, '2025-01-30');
    i.paragraphs = [{ number: null, page: 1, section: null, text: i.lines.map((l) => l.text).join(' ') }];
    expect(parseCommitments(i, [], []).map((c) => [c.due, c.page])).toEqual([['2025-03-04', 2]]);
  });
});

describe('parseCommitments: more ways a promise is written', () => {
  const input = (text: string, meetingDate: string | null) => parseInputFromText(text, { meetingDate });
  const res = (items: string[]) => ({ ...resolution(items, 2), ref: '5' });

  it('takes "report to Committee in …", "a further report in …", "referred to Cabinet for its meeting on …" and "for the meeting on …"', () => {
    const r = [rec('instruct the Executive Director to evaluate the pilot and report to Committee in August 2026.', 'instruct', 1)];
    const rs = [
      res(['to instruct the Director of Place to report to Committee in March 2026 on town centre footfall.', 'to request a further report in January 2026 on the detailed design.']),
      res(['the final report of the Task and Finish Group be endorsed and referred to Cabinet for its meeting on 8 April 2025; and']),
      res(['That the work programme be approved, subject to an item on temporary accommodation for the meeting on 17 April 2025.']),
    ];
    expect(parseCommitments(input('', '2025-03-20'), r, rs).map((c) => [c.source, c.due])).toEqual([
      ['recommendation', '2026-08'],
      ['resolution', '2026-03'],
      ['resolution', '2026-01'],
      ['resolution', '2025-04-08'],
      ['resolution', '2025-04-17'],
    ]);
  });

  it('takes an officer\'s undertaking with a date, and results to be reported, from paragraphs', () => {
    const text = [
      '1. In answer to questions, the Director of Finance undertook to circulate a breakdown of agency costs to all members by 30 April 2025.',
      '2. Speed surveys will be repeated 12 months after the limits come into force and the results reported to the Cabinet Member in October 2026.',
      '3. The Director of Finance undertook a review of agency costs in 2023.',
    ].join('\n');
    expect(parseCommitments(input(text, '2025-03-20'), [], []).map((c) => [c.paragraph, c.due])).toEqual([
      ['1', '2025-04-30'],
      ['2', '2026-10'],
    ]);
  });
});

describe('parseCommitments: decisions that take effect or fall due, and action logs', () => {
  const res = (items: string[]) => ({ ...resolution(items, 2), ref: '5' });
  it('takes an effective date, a deadline with a full date, a post deletion from a date and one promise per "and that" clause', () => {
    const rs = [
      res(['that the winter opening hours, set out at Appendix 2, be approved with effect from 1 October 2025.']),
      res(['that the response to the consultation be endorsed and submitted by 27 June 2025.']),
      res(['approve the deletion of 6.5 FTE vacant posts, listed in Appendix B, from 1 April 2026;']),
      res(['that the consultation be issued to all schools on 20 October 2025, and that the outcome be reported to the Forum at its meeting on 4 December 2025.']),
      res(['to note the figures for 2024/25 from 1 April 2024.']),
    ];
    expect(parseCommitments(parseInputFromText('', { meetingDate: '2025-06-10' }), [], rs).map((c) => c.due)).toEqual(['2025-10-01', '2025-06-27', '2026-04-01', '2025-10-20', '2025-12-04']);
  });

  it('takes a referral, a revision brought back and an added work-programme item as promises', () => {
    const text = [
      '1. The recommendations will be referred to Council for its meeting on 25 February 2026, when the council tax will be set.',
      '2. The Statement will be revised to reflect the new allocation and brought to the Committee for approval on 4 December 2025.',
    ].join('\n');
    const rs = [res(['that the revised scheme be noted and referred to both councils’ Cabinets for adoption in February 2026.', 'that the work programme be approved, with the addition of an item on dental access at the January 2026 meeting.'])];
    expect(parseCommitments(parseInputFromText(text, { meetingDate: '2025-10-08' }), [], rs).map((c) => [c.source, c.due])).toEqual([
      ['resolution', '2026-02'],
      ['resolution', '2026-01'],
      ['paragraph', '2026-02-25'],
      ['paragraph', '2025-12-04'],
    ]);
  });

  it('takes each row of an action log (action, owner, by when) as a promise', async () => {
    const { extractDocument } = await import('../../../ingest/pipeline.ts');
    const { SYNTHETIC4 } = await import('../../gold/holdout/synthetic4.ts');
    const doc = await extractDocument({ file: 'forum.pdf', data: SYNTHETIC4['s4-schools-forum-minutes']!() });
    const log = doc.parts.flatMap((p) => p.commitments).filter((c) => c.source === 'paragraph');
    expect(log.map((c) => [c.text, c.due, c.page])).toEqual([
      ['Circulate the High Needs Block recovery plan to all members', '2025-10-31', 2],
      ['Confirm falling rolls fund criteria with the DfE', '2025-11-14', 2],
      ['Add early years funding rates to the December agenda', '2025-11-20', 2],
    ]);
  }, T);

  it('reads an action log\'s dotted dates ("31.10.2025"), and keeps two promises to the same meeting apart', async () => {
    const { actionLogCommitments } = await import('../../../ingest/parse/action-log.ts');
    const table: Table = {
      page: 2,
      lastPage: 2,
      header: ['Ref', 'Action', 'Owner', 'Due date', 'Status'],
      unit: null,
      totalColumns: [],
      rows: [
        { page: 2, isTotal: false, cells: ['IB/24', 'Publish revised MASH threshold document to partners', 'Head of Early Help', '31.10.2025', 'Overdue'] },
        { page: 2, isTotal: false, cells: ['IB/30', 'Report social worker caseloads by team to January Board', 'Head of Performance', '22.01.2026', 'New'] },
      ],
    };
    expect(actionLogCommitments([table], '2025-11-20').map((c) => c.due)).toEqual(['2025-10-31', '2026-01-22']);
    const minutes = parseInputFromText('(c) that a revised Improvement Plan be presented to the January Board meeting on 22 January 2026.', { type: 'minutes', meetingDate: '2025-11-20' });
    const withLog = { ...minutes, tables: [table] };
    const res = resolution(['that a revised Improvement Plan be presented to the January Board meeting on 22 January 2026.'], 1);
    expect(parseCommitments(withLog, [], [res]).map((c) => c.text)).toContain('Report social worker caseloads by team to January Board');
  }, T);
});

describe('parseCommitments: what is not a promise', () => {
  const input = (text: string, meetingDate: string | null) => parseInputFromText(text, { meetingDate });
  it('skips a date before the meeting in a decision, and "returns to NHS England"; takes "will obtain … and report to the March meeting"', () => {
    const r = [
      rec('endorse the plan as submitted to NHS England on 31 March 2025;', 'endorse', 1),
      rec('delegate authority to approve the quarterly returns to NHS England on behalf of the Board; and', 'delegate', 1),
    ];
    expect(parseCommitments(input('', '2025-06-25'), r, [])).toEqual([]);
    const text = '1. The Clerk will obtain three quotes for the bus shelter and report to the March 2026 meeting.';
    expect(parseCommitments(input(text, '2026-01-13'), [], []).map((c) => c.due)).toEqual(['2026-03']);
  });
});

describe('promises to attend, to present, and requests to report progress', () => {
  it('reads an officer attending a dated meeting, a clerk presenting quotes at one, and a request to report progress', () => {
    const input = parseInputFromText(
      [
        '2.1 The Head of Leisure and Culture will attend the Committee’s meeting on 26 November 2025 to explain the actions being taken.',
        '2.2 The Clerk will obtain three quotes for tree works on the recreation ground and present them at the meeting on 10 February 2026.',
        '2.3 The new card system will go live in April 2026.',
      ].join('\n'),
      { type: 'report', meetingDate: '2025-09-24' },
    );
    const recs = [
      rec('requests the Strategic Director for People to report progress on the accepted recommendations to the Children and Young People Scrutiny Panel in July 2026.', 'request'),
      rec('instructs the Executive Director to report the outcome of the consultation to the Committee in May 2026.', 'instruct'),
      rec('request a further progress report at its meeting in September 2026.', 'request'),
    ];
    expect(parseCommitments(input, recs, []).map((c) => [c.due, c.source])).toEqual([
      ['2026-07', 'recommendation'],
      ['2026-05', 'recommendation'],
      ['2026-09', 'recommendation'],
      ['2025-11-26', 'paragraph'],
      ['2026-02-10', 'paragraph'],
    ]);
  });

  it('reads an officer invited to attend a dated meeting, an action log\'s dotted dates, and not "the Annual Governance Statement" as a yearly promise', () => {
    const input = parseInputFromText(
      [
        'RESOLVED: That',
        '(a) the Annual Governance Statement 2024/25 be approved and published with the Statement of Accounts; and',
        '(b) the Head of Finance be invited to attend the meeting on 21 January 2026 to explain the actions being taken.',
      ].join('\n'),
      { type: 'minutes', meetingDate: '2025-11-26' },
    );
    const res = [
      resolution([
        'the Annual Governance Statement 2024/25 be approved and published with the Statement of Accounts; and',
        'the Head of Finance be invited to attend the meeting on 21 January 2026 to explain the actions being taken.',
      ]),
    ];
    expect(parseCommitments(input, [], res).map((c) => c.due)).toEqual(['2026-01-21']);
  });

  it('reads the promises after a recorded vote, a clerk\'s dated submission and a report to a Sub-Committee', () => {
    const input = parseInputFromText(
      [
        '4.1 RESOLVED to RECOMMEND to Full Council: (a) that the budget for 2026/27 be approved. (For 9, Against 1, Abstentions 1) The recommendation will be considered by Full Council at its meeting on 19 January 2026. The Clerk will submit the precept request form to Penistow District Council by 30 January 2026.',
        '7.2 A report on the first year of the new contracts will be presented to the Health and Adults Scrutiny Sub-Committee in July 2027.',
      ].join('\n'),
      { type: 'minutes', meetingDate: '2025-12-08' },
    );
    expect(parseCommitments(input, [], []).map((c) => [c.due, c.text.slice(0, 40)])).toEqual([
      ['2026-01-19', 'The recommendation will be considered by'],
      ['2026-01-30', 'The Clerk will submit the precept reques'],
      ['2027-07', 'A report on the first year of the new co'],
    ]);
  });

  it('reads a proposal put to a meeting, two stops in one recommendation, a report that goes on if the body agrees, a start date and posts created from a date', () => {
    const recs = [
      rec('agree that a transfer of 0.5% (£3.1m) from the Schools Block be put to the Schools Forum at its meeting on 15 January 2026; and', 'agree', 1),
      rec('note that progress against the plan will be reported to the Schools Forum in March 2026 and to Cabinet in July 2026.', 'note', 1),
      rec('agrees that the changes take effect from 1 April 2026; and', 'agree', 1),
      rec('approve the creation of 6.0 FTE Inclusion Support Officer posts (Grade 9) from 1 April 2026;', 'approve', 1),
    ];
    const input = parseInputFromText(
      [
        '4.2 If the Committee agrees the recommendations, the changes will be considered by Council at its meeting on 26 February 2026.',
        '4.3 If the pilot fails to meet its targets by March 2026, the Director will report to Cabinet in April 2026.',
      ].join('\n'),
      { meetingDate: '2025-12-09' },
    );
    expect(parseCommitments(input, recs, []).map((c) => [c.due, c.source, c.text.slice(0, 36)])).toEqual([
      ['2026-01-15', 'recommendation', 'agree that a transfer of 0.5% (£3.1m'],
      ['2026-03', 'recommendation', 'note that progress against the plan '],
      ['2026-07', 'recommendation', 'note that progress against the plan '],
      ['2026-04-01', 'recommendation', 'agrees that the changes take effect '],
      ['2026-04-01', 'recommendation', 'approve the creation of 6.0 FTE Incl'],
      ['2026-02-26', 'paragraph', 'If the Committee agrees the recommen'],
    ]);
  });

  it('reads a recommendation to another body on a date as a promise, and not a past agreement told in the minutes', () => {
    const recs = [rec('recommends to Council on 11 February 2026 that the loan facility be increased from £30.0 million to £42.0 million;', 'recommend', 1)];
    const input = parseInputFromText(
      '4.1 The Licensing Manager reported that on 24 September 2025 (minute LRC/25/19) the Committee had agreed to publish a proposed variation to the table of fares.',
      { type: 'minutes', meetingDate: '2026-01-14' },
    );
    expect(parseCommitments(input, recs, []).map((c) => [c.due, c.source])).toEqual([['2026-02-11', 'recommendation']]);
  });

  it('reads an undertaking after a closing quote, a report asked for "to its meeting on …", and an action table dated "Date"', () => {
    const input = parseInputFromText(
      [
        '5.1 He said the most common offence was possession of a bladed article.” Councillor Tresillian undertook to send a breakdown of first-time entrants by ward by 15 October 2025.',
      ].join('\n'),
      { type: 'minutes', meetingDate: '2025-09-24' },
    );
    const res = [resolution(['(b) asked the Integrated Care Board to report on waiting times for autism assessments to its meeting on 4 December 2025.'], 2)];
    const table: Table = { page: 2, lastPage: 2, header: ['Action', 'Owner', 'Date'], unit: null, totalColumns: [], rows: [{ cells: ['Publish a revised Unreasonable Behaviour Policy', 'Monitoring Officer', '31 October 2025'], isTotal: false, page: 2 }] };
    const withTable = { ...input, tables: [table] };
    expect(parseCommitments(withTable, [], res).map((c) => [c.due, c.text.slice(0, 30)])).toEqual(expect.arrayContaining([
      ['2025-12-04', '(b) asked the Integrated Care '],
      ['2025-10-15', 'Councillor Tresillian undertoo'],
      ['2025-10-31', 'Publish a revised Unreasonable'],
    ]));
    // a response table's "Date" is when it was written, not a promise
    const responses: Table = { ...table, header: ['Recommendation', 'Response', 'Date'], rows: [{ cells: ['R1', 'Accepted. Performance is now reported', '2 September 2025'], isTotal: false, page: 2 }] };
    expect(parseCommitments({ ...input, tables: [responses] }, [], []).some((c) => c.text.startsWith('Accepted'))).toBe(false);
  });

  it('reads a report to a working party, an action minuted without "will", and "recommends to Cabinet, at its meeting on …"', () => {
    const input = parseInputFromText(
      [
        '6.1 The Acting Returning Officer will report on the operation of the new polling places to the Constitution and Electoral Matters Working Party in July 2026.',
        '6.2 Cam Gweithredu / Action: The Head of Audit and Risk to report back on the follow-up audit of fleet fuel cards to the Committee’s meeting on 4 December 2025.',
      ].join('\n'),
      { type: 'minutes', meetingDate: '2025-09-24' },
    );
    const res = [resolution(['That the Committee endorses the draft Self-Assessment Report and recommends to Cabinet, at its meeting on 14 October 2025, that workforce planning be added.'], 2)];
    expect(parseCommitments(input, [], res).map((c) => c.due).sort()).toEqual(['2025-10-14', '2025-12-04', '2026-07']);
  });
});

describe('parseCommitments: more ways of promising', () => {
  const input = (text: string, meetingDate: string | null = '2025-12-11') => parseInputFromText(text, { meetingDate });

  it('reads a review at a body\'s meeting, a body receiving a plan, a report that must be made by a date, and "the November meeting"', () => {
    const text = [
      '4.3 The Authority’s Scrutiny Committee will review the consultation process at its meeting on 5 February 2026.',
      '4.4 The Committee will review the implementation of the group’s recommendations at its November 2026 meeting.',
      '4.5 The Shareholder Committee will receive the company’s first business plan for approval in March 2026.',
      '4.6 The Panel must make its report to the Commissioner by 8 February 2026, under the Regulations.',
      '4.7 The Director undertook to bring a report on the floodlighting to the November meeting of the Committee.',
    ].join('\n');
    expect(parseCommitments(input(text, '2025-09-09'), [], []).map((c) => c.due)).toEqual(['2026-02-05', '2026-11', '2026-03', '2026-02-08', '2025-11']);
  });

  it('reads a recommendation that full Council adopts a policy at its meeting on a date', () => {
    const out = parseCommitments(input('', '2025-10-22'), [rec('recommends that full Council adopts the Statement at its meeting on 4 December 2025, with effect from 31 January 2026; and', 'recommend', 1)], []);
    expect(out.map((c) => [c.due, c.source])).toEqual([['2025-12-04', 'recommendation']]);
  });

  it('reads a recommendations tracker: open rows with a due date, not rows already complete or a response with a date', async () => {
    const { actionLogCommitments } = await import('../../../ingest/parse/action-log.ts');
    const table: Table = {
      page: 2,
      lastPage: 2,
      header: ['Ref', 'Meeting', 'Recommendation', 'Response / due', 'Status'],
      unit: null,
      totalColumns: [],
      rows: [
        { page: 2, isTotal: false, cells: ['GIT/25/07', '12 Nov 2025', 'Publish pothole repair times by district', 'Agreed by Cabinet 9 Dec 2025', 'Complete'] },
        { page: 2, isTotal: false, cells: ['GIT/25/09', '12 Nov 2025', 'Briefing note: cost of 20 mph zones near schools', 'Due 29 May 2026', 'Open'] },
        { page: 2, isTotal: false, cells: ['GIT/26/04', '4 Feb 2026', 'Meet bus operators on evening services', 'Agreed 3 Mar 2026', 'Open'] },
      ],
    };
    expect(actionLogCommitments([table], '2026-04-20').map((c) => [c.text, c.due])).toEqual([['Briefing note: cost of 20 mph zones near schools', '2026-05-29']]);
  });
});

describe('parseCommitments: an action minuted without "will"', () => {
  it('reads "ACTION: The Head of … to circulate … by 6 February 2026", without its label', () => {
    const out = parseCommitments(parseInputFromText('42. ACTION: The Head of Environmental Services to circulate a ward-level breakdown of missed bin collections to Members by 6 February 2026.', { meetingDate: '2026-01-13' }), [], []);
    expect(out.map((c) => [c.text, c.due])).toEqual([['The Head of Environmental Services to circulate a ward-level breakdown of missed bin collections to Members by 6 February 2026.', '2026-02-06']]);
  });
});

describe('parseCommitments: returns to government, referrals and actions labelled without "The"', () => {
  const read = (text: string, meetingDate = '2025-12-04'): Array<[string, string | null]> =>
    // (a numbered paragraph, as minutes and reports set them)
    parseCommitments(parseInputFromText(`5. ${text}`, { meetingDate }), [], []).map((c) => [c.text, c.due]);

  it('reads "Action: Transport Strategy Manager to provide … by 31 January 2026"', () => {
    expect(read('Action: Transport Strategy Manager to provide route-by-route patronage figures by 31 January 2026.')).toEqual([
      ['Transport Strategy Manager to provide route-by-route patronage figures by 31 January 2026.', '2026-01-31'],
    ]);
  });

  it('reads a return promised to a government department by a date', () => {
    expect(read('Progress on the measures will be reported to Defra in the 2026 Annual Status Report by 30 June 2026.', '2025-10-14')).toEqual([
      ['Progress on the measures will be reported to Defra in the 2026 Annual Status Report by 30 June 2026.', '2026-06-30'],
    ]);
  });

  it('reads a body\'s dated consideration and a chair\'s undertaking to present to a meeting', () => {
    expect(read('The Plan is aligned with the Medium Term Financial Plan, which Council will consider on 24 February 2026.', '2026-01-29').map(([, d]) => d)).toEqual(['2026-02-24']);
    expect(read('The Chair undertook to present the Commission’s recommendations to Cabinet at its meeting on 13 January 2026.').map(([, d]) => d)).toEqual(['2026-01-13']);
  });

  it('takes the date after the promise, not an earlier one in the sentence', () => {
    expect(read('SLT will next review the register in March 2026, and the updated register will be reported to this Committee on 16 April 2026.', '2026-01-22').map(([, d]) => d)).toEqual(['2026-04-16']);
  });

  it('ends a sentence at a numbered question that follows it', () => {
    const out = read('Councillor Tunstall undertook to provide a ward-by-ward breakdown to all Members by 12 December 2025. (2) Councillor Mottram asked the Leader about consultants.', '2025-11-20');
    expect(out).toEqual([['Councillor Tunstall undertook to provide a ward-by-ward breakdown to all Members by 12 December 2025.', '2025-12-12']]);
  });
});

describe('parseCommitments: a recommendation that refers something on to a dated meeting', () => {
  it('reads "… and refer it to Cabinet for approval on 10 February 2026"', () => {
    const out = parseCommitments(parseInputFromText('', { meetingDate: '2026-01-22' }), [rec('endorse the revised Risk Appetite Statement at Appendix B and refer it to Cabinet for approval on 10 February 2026; and', 'endorse', 1)], []);
    expect(out.map((c) => c.due)).toEqual(['2026-02-10']);
  });
});

describe('parseCommitments: a report promised inside another report, a recommendation to a dated meeting', () => {
  const read = (text: string, meetingDate: string): Array<string | null> => parseCommitments(parseInputFromText(`5. ${text}`, { meetingDate }), [], []).map((c) => c.due);
  it('reads "… will be included in the Treasury and Debt Monitoring report to the Committee in November 2025"', () => {
    expect(read('A mid-year update on business rates write-offs will be included in the Treasury and Debt Monitoring report to the Committee in November 2025.', '2025-06-24')).toEqual(['2025-11']);
  });
  it('reads "the final SPD will be recommended to the Executive Board for adoption on 17 June 2026"', () => {
    expect(read('Subject to the Panel’s views, the final SPD will be recommended to the Executive Board for adoption on 17 June 2026.', '2026-02-24')).toEqual(['2026-06-17']);
  });
});
