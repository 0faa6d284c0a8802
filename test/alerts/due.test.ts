import { beforeEach, describe, expect, it } from 'vitest';
import { alertsDue, listDue } from '../../src/alerts/due.ts';
import { commitmentKey, workProgrammeKey } from '../../src/alerts/keys.ts';
import { setItemState } from '../../src/store/alerts.ts';
import type { Db } from '../../src/store/db.ts';
import { addCommitment, addPaper, addWorkProgrammeItem, memoryDb } from './seed.ts';

let db: Db;

beforeEach(() => {
  db = memoryDb();
});

describe('listDue', () => {
  it('lists work-programme items with their next deadline and commitments, sorted by date', () => {
    const wp = addPaper(db, { title: 'Forward Plan', type: 'work-programme', meetingDate: '2025-05-01' });
    addWorkProgrammeItem(db, wp.partId, { meetingDate: '2025-06-18', title: 'Local Area Coordination update', leadOfficer: 'Jane Smith', author: 'Tom Brown', page: 4 });
    addWorkProgrammeItem(db, wp.partId, { meetingDate: '2025-09-10', title: 'Budget monitoring', page: 5 });
    const rep = addPaper(db, { title: 'Household Support Fund', meetingDate: '2025-03-12' });
    addCommitment(db, rep.partId, { text: 'receive a progress report in June 2025', what: 'a progress report', due: '2025-06', page: 7 });

    const items = listDue(db, { from: '2025-05-30', withinDays: 30, includeExempt: false });
    expect(items.map((i) => [i.kind, i.title, i.dueDate, i.deadline?.name ?? null, i.deadline?.date ?? null])).toEqual([
      // commitment due "2025-06" → first working day, Mon 2 Jun 2025
      ['commitment', 'a progress report', '2025-06-02', null, null],
      // from Fri 30 May the next deadline is the report deadline, Wed 4 Jun (10 working days before 18 Jun)
      ['work-programme', 'Local Area Coordination update', '2025-06-18', 'Report deadline', '2025-06-04'],
    ]);
    const wpItem = items[1]!;
    expect(wpItem.key).toBe(workProgrammeKey('Cabinet', '2025-06-18', 'Local Area Coordination update'));
    expect(wpItem.leadOfficer).toBe('Jane Smith');
    expect(wpItem.author).toBe('Tom Brown');
    expect(wpItem.page).toBe(4);
    expect(wpItem.document.file).toMatch(/\.pdf$/);
    expect(items[0]!.key).toBe(
      commitmentKey({ committee: 'Cabinet', meetingDate: '2025-03-12', title: 'Household Support Fund' }, 'a progress report', '2025-06'),
    );

    // From 5 June the author deadline has passed: the agenda deadline (10 Jun) is next.
    const later = listDue(db, { from: '2025-06-05', withinDays: 30, includeExempt: false });
    expect(later.map((i) => [i.title, i.deadline?.name, i.deadline?.date])).toEqual([
      ['Local Area Coordination update', 'Agenda publication', '2025-06-10'],
    ]);
  });

  it('accepts a Date and reads it as a London date', () => {
    const wp = addPaper(db, { type: 'work-programme' });
    addWorkProgrammeItem(db, wp.partId, { meetingDate: '2025-04-01', title: 'Item' });
    // 23:30 UTC on 31 Mar is 00:30 on 1 Apr in London: the meeting is "today" and still listed.
    expect(listDue(db, { from: new Date('2025-03-31T23:30:00Z'), withinDays: 0, includeExempt: false })).toHaveLength(1);
  });

  it('collapses the same item repeated in later work programmes to the newest paper', () => {
    const a = addPaper(db, { type: 'work-programme', meetingDate: '2025-03-01', file: 'wp-march.pdf' });
    const b = addPaper(db, { type: 'work-programme', meetingDate: '2025-04-01', file: 'wp-april.pdf' });
    addWorkProgrammeItem(db, a.partId, { meetingDate: '2025-06-18', title: 'Local Area Coordination Update' });
    addWorkProgrammeItem(db, b.partId, { meetingDate: '2025-06-18', title: 'Local area coordination – update', leadOfficer: 'J Smith' });
    const items = listDue(db, { from: '2025-06-01', withinDays: 30, includeExempt: false });
    expect(items).toHaveLength(1);
    expect(items[0]!.document.file).toBe('wp-april.pdf');
    expect(items[0]!.leadOfficer).toBe('J Smith');
  });

  it('leaves out exempt parts unless asked, done items, and snoozed items until the snooze ends', () => {
    const pub = addPaper(db, { type: 'work-programme' });
    const ex = addPaper(db, { type: 'work-programme', classification: 'exempt' });
    addWorkProgrammeItem(db, pub.partId, { meetingDate: '2025-06-18', title: 'Public item' });
    addWorkProgrammeItem(db, pub.partId, { meetingDate: '2025-06-19', title: 'Done item' });
    addWorkProgrammeItem(db, pub.partId, { meetingDate: '2025-06-20', title: 'Snoozed item' });
    addWorkProgrammeItem(db, ex.partId, { meetingDate: '2025-06-18', title: 'Secret item' });
    const now = new Date('2025-06-01T09:00:00Z');
    setItemState(db, { itemKey: workProgrammeKey('Cabinet', '2025-06-19', 'Done item'), status: 'done', now });
    setItemState(db, { itemKey: workProgrammeKey('Cabinet', '2025-06-20', 'Snoozed item'), status: 'snoozed', snoozedUntil: '2025-06-08', now });

    const titles = (from: string, includeExempt: boolean) => listDue(db, { from, withinDays: 30, includeExempt }).map((i) => `${i.title}:${i.status}`);
    expect(titles('2025-06-01', false)).toEqual(['Public item:open']);
    expect(titles('2025-06-01', true)).toEqual(['Public item:open', 'Secret item:open']);
    expect(titles('2025-06-07', false)).toEqual(['Public item:open']);
    expect(titles('2025-06-08', false)).toEqual(['Public item:open', 'Snoozed item:open']);
  });

  it('flags commitments that no later work programme or paper picks up', () => {
    const lac = addPaper(db, { title: 'Local Area Coordination', meetingDate: '2021-10-14' });
    addCommitment(db, lac.partId, { text: 'receive a progress evaluation report in April 2022', what: 'a progress evaluation report', due: '2022-04' });
    const hsf = addPaper(db, { title: 'Household Support Fund', meetingDate: '2021-10-14' });
    addCommitment(db, hsf.partId, { text: 'a report on the Household Support Fund allocations in six months', what: 'a report on Household Support Fund allocations', due: '2022-04-14' });
    // A later work programme of the same committee lists the LAC evaluation; nothing mentions the fund.
    const wp = addPaper(db, { type: 'work-programme', title: 'Work Programme', meetingDate: '2022-01-20' });
    addWorkProgrammeItem(db, wp.partId, { meetingDate: '2022-04-07', title: 'Local Area Coordination: evaluation' });
    // A later paper of ANOTHER committee on the fund does not count.
    addPaper(db, { title: 'Household Support Fund allocations', committee: 'Scrutiny Committee', meetingDate: '2022-02-01' });

    const items = listDue(db, { from: '2022-04-01', withinDays: 20, includeExempt: false }).filter((i) => i.kind === 'commitment');
    expect(items.map((i) => [i.title, i.dueDate, i.unscheduled])).toEqual([
      ['a progress evaluation report', '2022-04-01', false],
      ['a report on Household Support Fund allocations', '2022-04-14', true],
    ]);

    // Once a later Cabinet paper carries the fund's name, it is picked up.
    addPaper(db, { title: 'Household Support Fund: allocations 2022', meetingDate: '2022-03-10' });
    const again = listDue(db, { from: '2022-04-01', withinDays: 20, includeExempt: false }).filter((i) => i.kind === 'commitment');
    expect(again.map((i) => i.unscheduled)).toEqual([false, false]);
  });
});

describe('keys and pick-up', () => {
  it('keys survive re-ingesting the paper (new row ids), so Done still applies', () => {
    const seedOnce = () => {
      const wp = addPaper(db, { type: 'work-programme', title: 'Forward Plan' });
      addWorkProgrammeItem(db, wp.partId, { meetingDate: '2025-06-18', title: 'LAC update' });
      const rep = addPaper(db, { title: 'LAC', meetingDate: '2025-03-12' });
      addCommitment(db, rep.partId, { text: 'a report in June 2025', what: 'a report', due: '2025-06' });
    };
    seedOnce();
    const before = listDue(db, { from: '2025-06-01', withinDays: 30, includeExempt: false }).map((i) => i.key);
    expect(before).toHaveLength(2);
    setItemState(db, { itemKey: before[0]!, status: 'done', now: new Date('2025-06-01T09:00:00Z') });
    db.exec('DELETE FROM documents');
    seedOnce();
    const after = listDue(db, { from: '2025-06-01', withinDays: 30, includeExempt: false }).map((i) => i.key);
    expect(after).toEqual([before[1]]);
  });

  it("ignores words of the committee's own name when matching a commitment to later items", () => {
    const committee = 'Adult Social Care and Public Health Committee';
    const mins = addPaper(db, { title: 'Minutes', committee, meetingDate: '2021-01-11' });
    addCommitment(db, mins.partId, { text: 'The extension of 2 FTE temporary Social Care Assistant posts until 31 March 2021', what: '2 FTE temporary Social Care Assistant posts', due: '2021-03-31' });
    const wp = addPaper(db, { type: 'work-programme', title: 'Work Programme', committee, meetingDate: '2021-02-08' });
    addWorkProgrammeItem(db, wp.partId, { meetingDate: '2021-03-29', title: 'Review of workforce restructure in Adult Social Care' });
    const [item] = listDue(db, { from: '2021-03-30', withinDays: 5, includeExempt: false });
    expect(item).toMatchObject({ kind: 'commitment', unscheduled: true });
  });
});

describe('alertsDue', () => {
  function seedMeeting() {
    const wp = addPaper(db, { type: 'work-programme' });
    addWorkProgrammeItem(db, wp.partId, { meetingDate: '2025-06-18', title: 'LAC update' });
    return workProgrammeKey('Cabinet', '2025-06-18', 'LAC update');
  }

  it('a deadline reminder is due from its date until the meeting', () => {
    seedMeeting();
    const at = (today: string) => alertsDue(db, { today, includeExempt: false }).map((a) => `${a.lead}@${a.alertDate}`);
    expect(at('2025-06-03')).toEqual([]);
    expect(at('2025-06-04')).toEqual(['author@2025-06-04']);
    expect(at('2025-06-10')).toEqual(['author@2025-06-04', 'agenda@2025-06-10']);
    expect(at('2025-06-18')).toEqual(['author@2025-06-04', 'agenda@2025-06-10']);
    expect(at('2025-06-19')).toEqual([]);
    const one = alertsDue(db, { today: '2025-06-10', includeExempt: false })[1]!;
    expect(one.item.deadline).toEqual({ name: 'Agenda publication', date: '2025-06-10' });
  });

  it('commitments are due from their date, not older than maxAgeDays', () => {
    const p = addPaper(db, { meetingDate: '2021-10-14' });
    addCommitment(db, p.partId, { text: 'in April 2022', what: 'an evaluation', due: '2022-04' });
    expect(alertsDue(db, { today: '2022-03-31', includeExempt: false })).toEqual([]);
    expect(alertsDue(db, { today: '2022-04-01', includeExempt: false }).map((a) => a.lead)).toEqual(['due']);
    expect(alertsDue(db, { today: '2022-04-15', includeExempt: false })).toHaveLength(1);
    expect(alertsDue(db, { today: '2022-04-16', includeExempt: false })).toEqual([]);
  });

  it('after a snooze ends, the latest passed reminder is due once more under a new lead', () => {
    const key = seedMeeting();
    setItemState(db, { itemKey: key, status: 'snoozed', snoozedUntil: '2025-06-11', now: new Date('2025-06-04T09:00:00Z') });
    expect(alertsDue(db, { today: '2025-06-10', includeExempt: false })).toEqual([]);
    expect(alertsDue(db, { today: '2025-06-11', includeExempt: false }).map((a) => `${a.lead}@${a.alertDate}`)).toEqual([
      'agenda~2025-06-11@2025-06-11',
    ]);
    setItemState(db, { itemKey: key, status: 'done', now: new Date('2025-06-11T09:00:00Z') });
    expect(alertsDue(db, { today: '2025-06-11', includeExempt: false })).toEqual([]);
  });
});
