/**
 * Lead times: the deadlines before a meeting that a work-programme item is reminded of, counted
 * in UK working days (see calendar.ts). Configurable; these are the defaults.
 */
import { clearWorkingDaysBefore, subtractWorkingDays } from './calendar.ts';

export interface Lead {
  /** Stable id stored in alert_log.lead ("author", "agenda"). */
  id: string;
  /** Shown to people: "Report deadline". */
  label: string;
  workingDays: number;
  /**
   * true: `workingDays` CLEAR days (neither the deadline day nor the meeting day counts — the
   * LGA 1972 s.100B agenda rule); false: the plain `workingDays`th working day before.
   */
  clear: boolean;
}

export const DEFAULT_LEADS: readonly Lead[] = [
  { id: 'author', label: 'Report deadline', workingDays: 10, clear: false },
  { id: 'agenda', label: 'Agenda publication', workingDays: 5, clear: true },
];

/** The lead id commitments are alerted under (they have one date: when they fall due). */
export const COMMITMENT_LEAD = 'due';

export function deadlineFor(meetingDate: string, lead: Lead): string {
  return lead.clear ? clearWorkingDaysBefore(meetingDate, lead.workingDays) : subtractWorkingDays(meetingDate, lead.workingDays);
}

/** "author:10,agenda:5c" → leads (c = clear days). Unknown ids get their id as label. */
export function parseLeads(spec: string): Lead[] {
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => {
      const m = /^([a-z][a-z0-9-]*):(\d+)(c?)$/.exec(s);
      if (!m) throw new Error(`Bad lead "${s}": use id:days or id:daysc (clear days), e.g. author:10,agenda:5c`);
      const known = DEFAULT_LEADS.find((l) => l.id === m[1]);
      return { id: m[1]!, label: known?.label ?? m[1]!, workingDays: Number(m[2]), clear: m[3] === 'c' };
    });
}
