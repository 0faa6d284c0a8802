/**
 * What falls due: work-programme items (with their deadline reminders) and commitments.
 *
 * - listDue: for people ("papers due", Engine.due) — one DueItem per item whose meeting / due
 *   date or one of whose deadlines falls in [from, from + withinDays].
 * - alertsDue: for the alert run — one entry per (item, lead) whose reminder date has arrived.
 *
 * Dates are Europe/London calendar dates (calendar.ts). A month-only commitment ("2022-04") falls
 * due on the first working day of that month. Items marked Done never appear; Snoozed items are
 * hidden until their snooze date; exempt parts are left out unless `includeExempt`.
 */
import type { DueItem } from '../answer/model.ts';
import type { Db } from '../store/db.ts';
import { getItemStates, type ItemState } from '../store/alerts.ts';
import { addDays, daysBetween, londonDate, resolveDueDate } from './calendar.ts';
import { COMMITMENT_LEAD, DEFAULT_LEADS, deadlineFor, type Lead } from './leads.ts';
import { loadCommitments, loadWorkProgramme, type CommitmentRow, type WorkProgrammeRow } from './sources.ts';
import { PickupIndex } from './unscheduled.ts';

export interface ListDueOptions {
  /** First day of the window: a Date (its Europe/London date is used) or YYYY-MM-DD. */
  from: Date | string;
  withinDays: number;
  includeExempt: boolean;
  leads?: readonly Lead[];
}

/** Where a DueItem would be shown first: its deadline, or else its due date. */
export function dueItemDate(item: DueItem): string {
  return item.deadline?.date ?? item.dueDate;
}

function day(d: Date | string): string {
  return typeof d === 'string' ? d : londonDate(d);
}

/** Hidden on `today`: done, or snoozed until a later day. */
function hidden(state: ItemState | undefined, today: string): boolean {
  if (!state) return false;
  if (state.status === 'done') return true;
  return state.status === 'snoozed' && state.snoozedUntil !== null && state.snoozedUntil > today;
}

function workProgrammeItem(r: WorkProgrammeRow, deadline: { name: string; date: string } | null): DueItem {
  return {
    key: r.key,
    kind: 'work-programme',
    title: r.title,
    dueDate: r.meetingDate,
    deadline,
    leadOfficer: r.leadOfficer,
    author: r.author,
    document: r.document,
    page: r.page,
    // Items still snoozed are not listed at all; one whose snooze has ended is open again.
    status: 'open',
    unscheduled: false,
    text: r.summary ?? r.title,
  };
}

function commitmentItem(r: CommitmentRow, dueDate: string, unscheduled: boolean): DueItem {
  return {
    key: r.key,
    kind: 'commitment',
    title: r.what,
    dueDate,
    deadline: null,
    leadOfficer: null,
    author: r.partAuthor,
    document: r.document,
    page: r.page,
    // Items still snoozed are not listed at all; one whose snooze has ended is open again.
    status: 'open',
    unscheduled,
    text: r.text,
  };
}

const byDate = (a: DueItem, b: DueItem): number =>
  dueItemDate(a).localeCompare(dueItemDate(b)) || a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title) || a.key.localeCompare(b.key);

export function listDue(db: Db, opts: ListDueOptions): DueItem[] {
  const from = day(opts.from);
  const to = addDays(from, Math.max(0, opts.withinDays));
  const leads = opts.leads ?? DEFAULT_LEADS;
  const states = getItemStates(db);
  const out: DueItem[] = [];

  for (const r of loadWorkProgramme(db)) {
    if (r.classification === 'exempt' && !opts.includeExempt) continue;
    if (r.meetingDate < from) continue;
    const state = states.get(r.key);
    if (hidden(state, from)) continue;
    const next = leads
      .map((l) => ({ name: l.label, date: deadlineFor(r.meetingDate, l) }))
      .filter((d) => d.date >= from)
      .sort((a, b) => a.date.localeCompare(b.date))[0];
    const inWindow = r.meetingDate <= to || (next !== undefined && next.date <= to);
    if (inWindow) out.push(workProgrammeItem(r, next ?? null));
  }

  const pickups = new PickupIndex(db);
  for (const r of loadCommitments(db)) {
    if (r.classification === 'exempt' && !opts.includeExempt) continue;
    const due = resolveDueDate(r.due);
    if (due < from || due > to) continue;
    const state = states.get(r.key);
    if (hidden(state, from)) continue;
    out.push(commitmentItem(r, due, pickups.isUnscheduled({ ...r, committee: r.document.committee })));
  }
  return out.sort(byDate);
}

export interface AlertDue {
  item: DueItem;
  /** alert_log.lead: the lead id, with "~YYYY-MM-DD" when re-reminded after a snooze. */
  lead: string;
  /** The day the reminder became due. */
  alertDate: string;
}

export interface AlertsDueOptions {
  /** The run's day (Europe/London). */
  today: string;
  includeExempt: boolean;
  leads?: readonly Lead[];
  /**
   * Reminders whose date passed more than this many calendar days ago are not sent (a fresh
   * database full of old papers must not post years of history). Default 14.
   */
  maxAgeDays?: number;
}

/**
 * Reminders due on `today`, one per (item, lead). A work-programme deadline is reminded from its
 * date until the meeting; a commitment from its due date. After a snooze ends, the latest passed
 * reminder of the item is due once more (lead "<id>~<snooze date>", a new alert-log key).
 */
export function alertsDue(db: Db, opts: AlertsDueOptions): AlertDue[] {
  const today = opts.today;
  const maxAge = opts.maxAgeDays ?? 14;
  const leads = opts.leads ?? DEFAULT_LEADS;
  const states = getItemStates(db);
  const out: AlertDue[] = [];

  const add = (item: DueItem, reminders: Array<{ lead: string; date: string }>, state: ItemState | undefined) => {
    const passed = reminders.filter((r) => r.date <= today).sort((a, b) => a.date.localeCompare(b.date));
    const until = state?.status === 'snoozed' ? state.snoozedUntil : null;
    let chosen = passed;
    if (until !== null) {
      const before = passed.filter((r) => r.date < until);
      const last = before[before.length - 1];
      chosen = [
        ...(last ? [{ lead: `${last.lead}~${until}`, date: until }] : []),
        ...passed.filter((r) => r.date >= until),
      ];
    }
    for (const r of chosen) {
      if (daysBetween(r.date, today) > maxAge) continue;
      const deadline = item.kind === 'work-programme' ? deadlineOf(item, r.lead) : null;
      out.push({ item: { ...item, deadline, status: 'open' }, lead: r.lead, alertDate: r.date });
    }
  };
  const deadlineOf = (item: DueItem, lead: string): { name: string; date: string } | null => {
    const l = leads.find((x) => x.id === lead.split('~')[0]);
    return l ? { name: l.label, date: deadlineFor(item.dueDate, l) } : null;
  };

  for (const r of loadWorkProgramme(db)) {
    if (r.classification === 'exempt' && !opts.includeExempt) continue;
    if (r.meetingDate < today) continue;
    const state = states.get(r.key);
    if (hidden(state, today)) continue;
    add(
      workProgrammeItem(r, null),
      leads.map((l) => ({ lead: l.id, date: deadlineFor(r.meetingDate, l) })),
      state,
    );
  }

  let pickups: PickupIndex | undefined;
  for (const r of loadCommitments(db)) {
    if (r.classification === 'exempt' && !opts.includeExempt) continue;
    const due = resolveDueDate(r.due);
    if (due > today) continue;
    const state = states.get(r.key);
    if (hidden(state, today)) continue;
    pickups ??= new PickupIndex(db);
    const unscheduled = pickups.isUnscheduled({ ...r, committee: r.document.committee });
    add(commitmentItem(r, due, unscheduled), [{ lead: COMMITMENT_LEAD, date: due }], state);
  }

  return out.sort((a, b) => a.alertDate.localeCompare(b.alertDate) || byDate(a.item, b.item) || a.lead.localeCompare(b.lead));
}
