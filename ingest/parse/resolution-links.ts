/**
 * Which report a resolution decided. A resolution in the minutes of a meeting decides a report
 * when: the councils agree (or either is unknown), the committees agree (or either is unknown),
 * the report was for the meeting the minutes record (same date), and the resolution's minute
 * heading / agenda item matches the report's title / agenda item.
 */
import type { ResolutionOutcome } from '../model.ts';

export interface LinkResolution {
  title: string | null;
  agendaItem: string | null;
  outcome: ResolutionOutcome;
}
export interface LinkMinutesMeta {
  council: string | null;
  committee: string | null;
  meetingDate: string | null;
}
export interface LinkReport {
  title: string | null;
  committee: string | null;
  council: string | null;
  meetingDate: string | null;
  agendaItem: string | null;
}

export type LinkOutcome = 'approved' | 'amended' | 'not-adopted';

const STOP = new Set([
  'the', 'of', 'and', 'a', 'an', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'report', 'update', 'minutes', 'item', 'council', 'county', 'committee', 'cabinet', '&',
]);

export function titleWords(text: string | null): Set<string> {
  if (!text) return new Set();
  return new Set(
    text
      .toLowerCase()
      .replace(/[‘’']/g, '')
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1 && !STOP.has(w) && !/^\d{1,2}$/.test(w)),
  );
}

/** Overlap of the smaller word set with the larger (0..1). */
export function titleOverlap(a: string | null, b: string | null): number {
  const x = titleWords(a);
  const y = titleWords(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.min(x.size, y.size);
}

function norm(s: string | null): string | null {
  if (!s) return null;
  const n = s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\b(the|committee|council)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return n || null;
}

function compatible(a: string | null, b: string | null): boolean {
  const x = norm(a);
  const y = norm(b);
  return x === null || y === null || x === y;
}

function sameItem(a: string | null, b: string | null): boolean | null {
  if (!a || !b) return null;
  return a.trim().toLowerCase().replace(/\.$/, '') === b.trim().toLowerCase().replace(/\.$/, '');
}

/** 0 when the resolution cannot have decided the report; otherwise a score (higher is surer). */
export function matchResolutionToReport(resolution: LinkResolution, minutes: LinkMinutesMeta, report: LinkReport): number {
  if (!compatible(minutes.council, report.council)) return 0;
  if (!compatible(minutes.committee, report.committee)) return 0;
  if (!minutes.meetingDate || minutes.meetingDate !== report.meetingDate) return 0;
  const overlap = titleOverlap(resolution.title, report.title);
  const item = sameItem(resolution.agendaItem, report.agendaItem);
  if (item === true && (overlap >= 0.3 || !resolution.title || !report.title)) return 1 + overlap;
  if (overlap >= 0.6) return overlap;
  return 0;
}

export function linkOutcome(outcome: ResolutionOutcome): LinkOutcome {
  if (outcome === 'amended') return 'amended';
  if (outcome === 'rejected' || outcome === 'deferred') return 'not-adopted';
  return 'approved';
}
