import { describe, expect, it } from 'vitest';
import { normaliseChat } from '../../src/answer/chat.ts';
import { dateInRange, parseFilters } from '../../src/answer/filters.ts';

const now = new Date('2021-06-15T09:00:00Z');
const ctx = {
  committees: ['Adult Social Care and Public Health Committee', 'Cabinet', 'Health and Adult Social Care Scrutiny Committee'],
  councils: ['Kent County Council', 'Nottinghamshire County Council'],
  now,
};

describe('parseFilters', () => {
  it('reads a meeting of the whole council only when it is named as one', () => {
    const withCouncil = { ...ctx, committees: [...ctx.committees, 'Council'] };
    expect(parseFilters('what did full council agree on the motion?', withCouncil).committees).toEqual(['Council']);
    expect(parseFilters('what was on at the council meeting in July?', withCouncil).committees).toEqual(['Council']);
    expect(parseFilters('how are the new council homes being funded?', withCouncil).committees).toEqual([]);
    expect(parseFilters('ni council env services - how much is the bonfire budget?', withCouncil).committees).toEqual([]);
  });

  it('reads a council named by its initials ("salthaven tc", "kent cc") and takes the initials as read', () => {
    const withTown = { ...ctx, councils: [...ctx.councils, 'Salthaven Town Council'] };
    const f = parseFilters('salthaven tc - what precept did the finance cttee set for 26/27?', withTown);
    expect(f.councils).toEqual(['Salthaven Town Council']);
    expect(f.consumed.has('tc')).toBe(true);
    expect(parseFilters('what did kent cc agree?', ctx).councils).toEqual(['Kent County Council']);
  });

  it('does not read "the chief exec" as the Executive', () => {
    const withExec = { ...ctx, committees: [...ctx.committees, 'Executive'] };
    expect(parseFilters("what's the chief exec to median pay multiple?", withExec).committees).toEqual([]);
    expect(parseFilters('what did the executive agree?', withExec).committees).toEqual(['Executive']);
  });

  it('reads "the cabinet member" and "the exec member" as a member, not the meeting, unless asked who', () => {
    const withExec = { ...ctx, committees: [...ctx.committees, 'Executive'] };
    expect(parseFilters('has the cabinet member replied on keeping the day centre open?', withExec).committees).toEqual([]);
    expect(parseFilters('did the transport exec member approve a bus lane?', { ...withExec, committees: [...withExec.committees] }, 'approval').committees).toEqual([]);
    expect(parseFilters("who's the cabinet member on the libraries savings report?", withExec, 'who').committees).toEqual(['Cabinet']);
  });

  it('reads the body a paper is due at in a "when" question as a destination, not a filter', () => {
    expect(parseFilters('asc charging policy - when does it go to cabinet?', ctx, 'deadline').committees).toEqual([]);
    expect(parseFilters('what did cabinet agree on charging?', ctx, 'approval').committees).toEqual(['Cabinet']);
    // (whatever the question asks: "does it have to go to cabinet?" names where it goes next)
    expect(parseFilters('asc charging policy - does it have to go to cabinet?', ctx, 'general').committees).toEqual([]);
    expect(parseFilters('asc charging policy - what did it say at cabinet?', ctx, 'general').committees).toEqual(['Cabinet']);
  });

  it('reads "after nov\'s awards" as the November meeting, not everything after November', () => {
    const f = parseFilters(normaliseChat("how much is left in the fund after nov's awards?"), { ...ctx, now: new Date('2025-12-10T09:00:00Z') });
    expect([f.from, f.to]).toEqual(['2025-11-01', '2025-11-30']);
  });

  it('does not read where a decision is sent back to as the meeting asked about', () => {
    expect(parseFilters('library closures call-in - did scrutiny send it back to cabinet?', ctx).committees).toEqual([]);
    expect(parseFilters('was it referred back to the cabinet?', ctx).committees).toEqual([]);
    expect(parseFilters('what did cabinet agree on the closures?', ctx).committees).toEqual(['Cabinet']);
  });

  it('reads a one-word committee name that is also a topic only when named as a committee', () => {
    const withHousing = { ...ctx, committees: [...ctx.committees, 'Housing Committee'] };
    expect(parseFilters('how many FTE are being cut from the housing options team?', withHousing).committees).toEqual([]);
    expect(parseFilters('when does the housing cttee get the next update?', withHousing).committees).toEqual(['Housing Committee']);
    expect(parseFilters('what did the housing committee approve?', withHousing).committees).toEqual(['Housing Committee']);
    expect(parseFilters('what did cabinet agree?', withHousing).committees).toEqual(['Cabinet']);
  });

  it('reads "on a Friday" or "on Fridays" as any such day, "on Thursday" as the next', () => {
    for (const q of ['what time does the bar close on a friday?', 'is the centre open on saturdays?', 'what happens every monday?']) {
      const f = parseFilters(q, ctx);
      expect([f.from, f.to], q).toEqual([null, null]);
    }
    expect(parseFilters('what is on the agenda on thursday?', ctx).from).not.toBeNull();
  });

  it('reads "last February" as the most recent February before now', () => {
    const f = parseFilters('What was approved last February?', ctx);
    expect([f.from, f.to]).toEqual(['2021-02-01', '2021-02-28']);
  });

  it('reads a month not yet reached this year as last year', () => {
    const f = parseFilters('What did they decide in October?', ctx);
    expect([f.from, f.to]).toEqual(['2020-10-01', '2020-10-31']);
  });

  it('reads "in 2021" as the whole year and leaves financial years alone', () => {
    expect([parseFilters('posts approved in 2021', ctx).from, parseFilters('posts approved in 2021', ctx).to]).toEqual(['2021-01-01', '2021-12-31']);
    const fy = parseFilters('costs for 2021/22', ctx);
    expect([fy.from, fy.to]).toEqual([null, null]);
  });

  it('reads "since March" as an open range', () => {
    const f = parseFilters('What has Cabinet agreed since March?', ctx);
    expect([f.from, f.to]).toEqual(['2021-03-01', null]);
  });

  it('reads "at the 8 Feb meeting" as that day', () => {
    const f = parseFilters('What was decided at the 8 Feb meeting?', ctx);
    expect([f.from, f.to]).toEqual(['2021-02-08', '2021-02-08']);
    expect(f.labels).toEqual(['meeting date 2021-02-08']);
  });

  it('reads a full date with its year', () => {
    const f = parseFilters('What did Cabinet decide on 30 January 2025?', ctx);
    expect([f.from, f.to]).toEqual(['2025-01-30', '2025-01-30']);
  });

  it('matches committee names held in the store and marks their words as used', () => {
    const f = parseFilters('What did the Adult Social Care and Public Health Committee approve about LAC?', ctx);
    expect(f.committees).toEqual(['Adult Social Care and Public Health Committee']);
    expect(f.consumed.has('social')).toBe(true);
    expect(parseFilters('What did Cabinet agree?', ctx).committees).toEqual(['Cabinet']);
    expect(parseFilters('adult social care funding', ctx).committees).toEqual([]);
  });

  it('matches a council only when named as a council', () => {
    expect(parseFilters('What did Kent County Council decide?', ctx).councils).toEqual(['Kent County Council']);
    expect(parseFilters('education provision in Kent', ctx).councils).toEqual([]);
  });

  it('dateInRange: no filter passes everything, a filter drops undated parts', () => {
    expect(dateInRange(null, { from: null, to: null })).toBe(true);
    expect(dateInRange(null, { from: '2021-01-01', to: null })).toBe(false);
    expect(dateInRange('2021-02-08', { from: '2021-02-01', to: '2021-02-28' })).toBe(true);
    expect(dateInRange('2021-03-01', { from: '2021-02-01', to: '2021-02-28' })).toBe(false);
  });
});

describe('parseFilters: what a month names', () => {
  it('reads "coming to committee in June" as the June ahead, "decided in June" as the one past', () => {
    const ahead = parseFilters('anything on short breaks coming to committee in June?', { ...ctx, now: new Date('2021-02-10T12:00:00Z') });
    expect([ahead.from, ahead.to]).toEqual(['2021-06-01', '2021-06-30']);
    const past = parseFilters('what was decided in June?', { ...ctx, now: new Date('2021-02-10T12:00:00Z') });
    expect([past.from, past.to]).toEqual(['2020-06-01', '2020-06-30']);
  });

  it('leaves the month a report covers alone ("the Nov monitoring report") but keeps a meeting date ("at the 30 Jan meeting")', () => {
    const period = parseFilters('were the capital budget changes in the nov monitoring report agreed by cabinet?', { ...ctx, now: new Date('2025-03-20T12:00:00Z') });
    expect([period.from, period.to]).toEqual([null, null]);
    expect(period.committees).toEqual(['Cabinet']);
    const meeting = parseFilters('what did cabinet agree at the 30 Jan meeting?', { ...ctx, now: new Date('2025-03-20T12:00:00Z') });
    expect([meeting.from, meeting.to]).toEqual(['2025-01-30', '2025-01-30']);
  });

  it('does not read dates into a question with no date words', () => {
    const f = parseFilters('who is the lead officer on the minerals and waste plan?', ctx);
    expect([f.from, f.to, f.labels]).toEqual([null, null, []]);
  });

  it('reads "next Tuesday\'s cabinet" as that day, and an agenda date not yet reached as the one ahead', () => {
    const tue = parseFilters("what's item 5 on next Tuesday's cabinet agenda?", { ...ctx, now: new Date('2025-02-27T12:00:00Z') });
    expect([tue.from, tue.to]).toEqual(['2025-03-04', '2025-03-04']);
    const agenda = parseFilters('what is on the agenda for the 13 march cabinet?', { ...ctx, now: new Date('2025-02-27T12:00:00Z') });
    expect([agenda.from, agenda.to]).toEqual(['2025-03-13', '2025-03-13']);
    // a week after it, the same words mean the meeting just held, not next year's
    const after = parseFilters('what is on the agenda for the 13 march cabinet?', { ...ctx, now: new Date('2025-03-20T12:00:00Z') });
    expect([after.from, after.to]).toEqual(['2025-03-13', '2025-03-13']);
  });
});


describe('dates a question is about, not meeting dates', () => {
  const ctx = { committees: [], councils: [], now: new Date('2025-03-20T12:00:00Z') };
  const read = (q: string) => parseFilters(normaliseChat(q), ctx);

  it('reads a span of months as one range, a report\'s period when it follows "for"', () => {
    expect(read('what did cabinet decide in jan-mar 2025?')).toMatchObject({ from: '2025-01-01', to: '2025-03-31' });
    expect(read('what did cabinet decide between jan and march 2021?')).toMatchObject({ from: '2021-01-01', to: '2021-03-31' });
    const period = read('what were members asked to do with the performance report for jul-sep 2020?');
    expect(period).toMatchObject({ from: null, to: null, about: { from: '2020-07-01', to: '2020-09-30' } });
  });

  it('reads "as of last October" as the date figures are stated at', () => {
    expect(read('how many young adults was the team working with as of last october?')).toMatchObject({ from: null, to: null, about: { from: '2024-10-01', to: '2024-10-31' } });
  });

  it('reads "last year" as the year the figures are about, not a meeting date, and leaves "this year" to the papers', () => {
    expect(read('how many veterans did oswaldby house last year?')).toMatchObject({ from: null, to: null, about: { from: '2024-01-01', to: '2024-12-31' } });
    expect(read('what is the total cost of the proposals this year?').about ?? null).toBeNull();
  });

  it('reads "the month after next" as that month\'s meetings, and a yearless span ("apr-sep") as no meeting date', () => {
    expect(read('what’s on the cabinet forward plan for the month after next?')).toMatchObject({ from: '2025-05-01', to: '2025-05-31' });
    expect(read('which family hub was busiest apr-sep?')).toMatchObject({ from: null, to: null });
    // "when does the consultation close/go live in march?" keep reading as the event's date
    const live = read('when does selective licensing go live in june?');
    expect(live).toMatchObject({ from: null, to: null });
    expect(live.about?.from.slice(5)).toBe('06-01');
  });

  it('reads the date of an event asked about ("starts next month") as what the papers are about, not a meeting', () => {
    expect(read('does the dog PSPO start next month?')).toMatchObject({ from: null, to: null, about: { from: '2025-04-01', to: '2025-04-30' } });
    expect(read('when does the new leisure contract start in april 2026?')).toMatchObject({ from: null, to: null, about: { from: '2026-04-01', to: '2026-04-30' } });
    expect(read('when does the consultation close in march?')).toMatchObject({ from: null, to: null });
    // a meeting named after the date is still that meeting
    expect(read('what did cabinet decide to start at the march 2025 meeting?')).toMatchObject({ from: '2025-03-01', to: '2025-03-31' });
    expect(read('what did cabinet decide in march?')).toMatchObject({ from: '2025-03-01', to: '2025-03-31' });
  });

  it('reads "before the July 21 cttee" as that meeting, and a day after "for" as a meeting', () => {
    expect(read("were the posts ok'd before the july 21 cttee met?")).toMatchObject({ from: '2021-07-01', to: '2021-07-31' });
    expect(read('whats on the forward plan for the 29 March 2021 ASCPH meeting?')).toMatchObject({ from: '2021-03-29', to: '2021-03-29' });
  });

  it('with two dates, takes the one naming minutes as what the meeting looked at', () => {
    const c = { committees: [], councils: [], now: new Date('2025-02-20T10:00:00Z') };
    expect(parseFilters(normaliseChat("were the 9 jan cabinet minutes signed off ok at last month's meeting?"), c)).toMatchObject({
      from: '2025-01-01',
      to: '2025-01-31',
      about: { from: '2025-01-09', to: '2025-01-09' },
    });
    // a yearless month beside a meeting date is the last such month before that meeting
    expect(parseFilters(normaliseChat('ascph 11 jan 21 - were the december minutes agreed?'), c)).toMatchObject({
      from: '2021-01-11',
      to: '2021-01-11',
      about: { from: '2020-12-01', to: '2020-12-31' },
    });
  });

  it('does not read a length of time ("within 28 days", "in 6 months") as a meeting date', () => {
    const c = { committees: [], councils: [], now: new Date('2025-03-20T10:00:00Z') };
    expect(parseFilters('how many potholes did we fix within 28 days in Q3?', c)).toMatchObject({ from: null, to: null });
    expect(parseFilters('which reports come back in 6 months?', c)).toMatchObject({ from: null, to: null });
    expect(parseFilters('what was agreed 3 months ago?', c).from).toBe('2024-12-01');
  });
});

describe('parseFilters: a body named without its place', () => {
  it('reads "the health and wellbeing board" as every council\'s board of that name, not a different body', () => {
    const c = { committees: ['Health and Wellbeing Board', 'Lindenshire Health and Wellbeing Board', "Children's Health and Wellbeing Board", 'Cabinet'], councils: [], now: new Date('2025-03-20T12:00:00Z') };
    expect(parseFilters('is the winter plan coming to the health and wellbeing board at some point?', c).committees).toEqual(['Health and Wellbeing Board', 'Lindenshire Health and Wellbeing Board']);
    expect(parseFilters('what did the lindenshire health and wellbeing board agree?', c).committees).toEqual(['Lindenshire Health and Wellbeing Board']);
    const full = { ...c, committees: ['Council', 'City Council', 'Kent County Council', 'Shadow Council'] };
    expect(parseFilters('who abstained on the fsm amendment at full council?', full).committees).toEqual(['Council', 'Kent County Council', 'City Council']);
  });
});

describe('parseFilters: a council named by one of its bodies or a possessive', () => {
  const c = { ...ctx, councils: ['Harrowfield District Council', 'Kent County Council'] };
  it('reads "harrowfield cabinet" and "harrowfield\'s" as the council, "kent" alone as a word', () => {
    expect(parseFilters("what's going to harrowfield cabinet next month?", c).councils).toEqual(['Harrowfield District Council']);
    expect(parseFilters("who is harrowfield's external auditor?", c).councils).toEqual(['Harrowfield District Council']);
    expect(parseFilters('how many children sat the kent test?', c).councils).toEqual([]);
  });
});

describe('parseFilters: a date without its year is a meeting that was held', () => {
  const meetings = new Map<string, string[]>([
    ['', ['2021-01-11', '2021-02-08', '2025-01-30', '2025-03-04']],
    ['Adult Social Care and Public Health Committee', ['2021-01-11', '2021-02-08']],
    ['Cabinet', ['2025-01-30', '2025-03-04']],
  ]);
  const c = { ...ctx, meetings };
  it('reads "the 8 Feb ascph" as the committee\'s meeting of 8 February 2021, and a date some meeting had as this year\'s', () => {
    expect(parseFilters('what did the 8 feb Adult Social Care and Public Health Committee agree?', c).from).toBe('2021-02-08');
    expect(parseFilters('what did the February Adult Social Care and Public Health Committee agree?', c)).toMatchObject({ from: '2021-02-01', to: '2021-02-28' });
    expect(parseFilters('what did cabinet agree on 4 March?', c).from).toBe('2025-03-04');
    // no meeting on the day in any year: the year read from today (2021 here)
    expect(parseFilters('what did cabinet agree on 9 March?', c).from).toBe('2021-03-09');
  });

  it('reads "end of jan", "early March" and "mid-July" as a third of the month', () => {
    expect(parseFilters(normaliseChat('the papers for the end of jan cabinet'), c)).toMatchObject({ from: '2025-01-21', to: '2025-01-31' });
    expect(parseFilters('what went to cabinet in early March?', c)).toMatchObject({ from: '2025-03-01', to: '2025-03-10' });
    expect(parseFilters('the mid-July 2024 cabinet', c)).toMatchObject({ from: '2024-07-11', to: '2024-07-20' });
  });
});

describe('parseFilters: a London borough or a parish by its own name', () => {
  it('reads "thamesreach cabinet" as the London Borough of Thamesreach and "little wendham pc" as the parish council', () => {
    const c = { ...ctx, councils: ['London Borough of Thamesreach', 'Little Wendham Parish Council'] };
    expect(parseFilters('did thamesreach cabinet approve the leisure contract?', c).councils).toEqual(['London Borough of Thamesreach']);
    expect(parseFilters('what did little wendham parish council set the precept at?', c).councils).toEqual(['Little Wendham Parish Council']);
  });
});

describe('parseFilters: kinds of council, bodies named loosely, where a paper goes next', () => {
  const bodies = {
    ...ctx,
    committees: [...ctx.committees, 'Council', 'Town Council', 'Licensing Committee', 'Licensing Act 2003 Sub-committee', 'Audit Committee', 'Governance and Audit Committee'],
    councils: [...ctx.councils, 'Halesby Town Council', 'Charlbrook Town Council'],
  };

  it('reads "the town council" as every town council\'s papers, and "halesby town council" as that one', () => {
    const f = parseFilters('is the town council creating an events post?', bodies);
    expect(f.committees).toEqual([]);
    expect(f.councils).toEqual(['Halesby Town Council', 'Charlbrook Town Council']);
    expect(f.councilKind).toBe('town');
    expect(f.labels).toEqual(['council: every town council (2)']);
    const one = parseFilters('halesby town council band d for 26/27?', bodies);
    expect(one.councils).toEqual(['Halesby Town Council']);
    expect(one.councilKind).toBeUndefined();
    // no town council stored: the meetings stored as "Town Council"
    expect(parseFilters('what did the town council agree?', { ...bodies, councils: ctx.councils }).committees).toEqual(['Town Council']);
  });

  it('reads "the licensing sub-cttee" as every licensing body, and "governance & audit" as Governance and Audit', () => {
    expect(parseFilters('who sat on the licensing sub-cttee for the quay street premises?', bodies, 'who').committees).toEqual(['Licensing Committee', 'Licensing Act 2003 Sub-committee']);
    expect(parseFilters('what’s going to the december governance & audit meeting?', bodies, 'work-programme').committees).toEqual(['Governance and Audit Committee']);
  });

  it('does not read the body a paper goes on to ("have to go to full council") as the meeting asked about', () => {
    expect(parseFilters('does the tm mid-year review have to go to full council too?', bodies).committees).toEqual([]);
    expect(parseFilters('is the winter plan coming to the licensing committee at some point?', bodies).committees).toEqual(['Licensing Committee', 'Licensing Act 2003 Sub-committee']);
  });
});

describe('parseFilters: a body named by its first and last words', () => {
  const bodies = { ...ctx, committees: ['Health Overview and Scrutiny Committee', 'Children, Education and Families Panel', 'Education, Children and Families Committee'] };
  it('reads "health scrutiny" as the Health Overview and Scrutiny Committee, but not words of another name in another order', () => {
    expect(parseFilters('what did health scrutiny resolve on gp access?', bodies).committees).toEqual(['Health Overview and Scrutiny Committee']);
    expect(parseFilters("what's coming to the next children, education & families panel?", bodies).committees).toEqual(['Children, Education and Families Panel']);
  });
});
