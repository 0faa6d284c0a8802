/**
 * Action logs: minutes' and reports' tables of agreed actions with an owner and a date ("Action |
 * Owner | By when", "Action | Lead | Deadline"), an executive's response to a review's
 * recommendations ("Rec | Response | Accepted? | Lead officer | By when") and a committee's
 * recommendations tracker ("Recommendation | Response / due | Status", rows not yet complete).
 * Each row is a promise with a time: its action
 * verbatim, due by its date (resolved against the meeting date like any other promise).
 */
import type { Commitment, Table } from '../model.ts';
import { firstDueDate } from './relative-dates.ts';

/** The column of the action itself. */
const ACTION_HEADER = /^(?:agreed\s+)?actions?(?:\s+(?:agreed|required|point))?$|^(?:(?:rec(?:ommendation)?s?|executive|cabinet)\s+)?responses?$|^rec(?:ommendation)?s?$/i;
/** The column of when it is due. */
const DUE_HEADER = /^(?:by\s+when|when|deadline|due(?:\s+date)?|date\s+due|target(?:\s+date)?|timescales?|by|completion\s+date|due\s+by)$/i;
/**
 * A column of a response or when it is due ("Response / due" in a recommendations tracker): a
 * cell gives a due date only when it says so ("Due 29 May 2026", not "Agreed by Cabinet 9 Dec 2025").
 */
const SHARED_DUE_HEADER = /^(?:(?:response|status|progress|update)\s*\/\s*due|due\s*\/\s*(?:response|status|progress|update))$/i;
/** A row already done ("Complete", "Closed"): no longer a promise. */
const DONE = /^(?:complete[d]?|closed|done|implemented|achieved|discharged)\b/i;

export function actionLogCommitments(tables: readonly Table[], meetingDate: string | null): Commitment[] {
  const out: Commitment[] = [];
  for (const t of tables) {
    const header = t.header.map((h) => h.trim());
    const action = header.findIndex((h) => ACTION_HEADER.test(h));
    // (a plain "Date" beside an "Action" column is when it is due: Action | Owner | Date)
    let due = header.findIndex((h) => DUE_HEADER.test(h) || (/^date$/i.test(h) && /^actions?$/i.test(header[action] ?? '')));
    const shared = due < 0 ? header.findIndex((h) => SHARED_DUE_HEADER.test(h)) : -1;
    if (due < 0) due = shared;
    const status = header.findIndex((h) => /^status$/i.test(h));
    if (action < 0 || due < 0) continue;
    for (const row of t.rows) {
      const text = row.cells[action]?.trim();
      const when = row.cells[due]?.trim();
      if (!text || !when) continue;
      if (status >= 0 && DONE.test(row.cells[status]?.trim() ?? '')) continue;
      if (shared >= 0 && !/\b(?:due|by|target|deadline)\b/i.test(when)) continue;
      const dueDate = firstDueDate(when, meetingDate);
      if (!dueDate) continue;
      out.push({ text, what: whatOf(text), due: dueDate, page: row.page, paragraph: null, source: 'paragraph' });
    }
  }
  return out;
}

/** "Circulate the High Needs Block recovery plan to all members" → "the High Needs Block recovery plan to all members". */
function whatOf(action: string): string {
  const rest = action.replace(/^[A-Z][a-z]+\s+(?=(?:the|a|an|all|any)\b|[A-Z])/, '');
  return (rest || action).slice(0, 140);
}
