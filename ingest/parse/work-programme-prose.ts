/**
 * A work plan written as sentences, not a table or a list:
 *
 *   5.2 At its meeting on 14 January 2026 the Committee will consider the draft Revenue Budget
 *       2026/27, presented by Tobias Greenhalgh, Director of Finance, and the Attendance
 *       Management Action Plan, presented by Sunita Ravensdale, Head of HR.
 *   5.5 The Committee has also asked to consider the following items; the dates are to be
 *       confirmed: • Customer Contact Centre answering times (date to be confirmed); • …
 *
 * Each item named is a programme item of that meeting (its presenter the lead officer); the items
 * of a paragraph that says their dates are to be confirmed are undated. Read only in a paper that
 * names its work plan, or that dates two meetings so.
 */
import type { Paragraph, WorkProgrammeItem } from '../model.ts';
import type { ParseInput } from '../layout/types.ts';
import { meetingDateOf } from './work-programme.ts';
import { PROGRAMME_LINE } from './work-programme-list.ts';

const BODY = String.raw`(?:Committee|Sub-Committee|Panel|Board|Cabinet|Executive|Forum|Commission)`;
const WILL = String.raw`(?:will|is\s+(?:due|scheduled|expected|planned)\s+to|has\s+(?:also\s+)?(?:asked|agreed)\s+to)\s+(?:be\s+asked\s+to\s+)?(?:consider|receive|review|scrutinise|scrutinize|look\s+at|examine)`;
/** "At its meeting on 14 January 2026 the Committee will consider …" */
const MEETING_FIRST = new RegExp(String.raw`^(?:At|For)\s+its\s+(?:next\s+)?meeting\s+(?:on|of|in)\s+([^,]{6,40}?),?\s+the\s+${BODY}\s+${WILL}\s+(.+)$`, 'i');
/** "The Committee will consider … at its meeting on 11 March 2026." */
const MEETING_LAST = new RegExp(String.raw`^The\s+${BODY}\s+${WILL}\s+(.+?)\s+at\s+its\s+(?:next\s+)?meeting\s+(?:on|of|in)\s+([^,.;]{6,40}?)\.?$`, 'i');
/** A paragraph whose items have no date yet ("the dates are to be confirmed:"). */
const UNDATED_LEAD = /\b(?:dates?\s+(?:are|is|yet\s+)?\s*to\s+be\s+(?:confirmed|agreed|arranged|scheduled)|not\s+yet\s+(?:been\s+)?scheduled|no\s+date\s+(?:has\s+been\s+)?(?:set|fixed))\b[^:]*:\s*(.+)$/i;
/** The presenter after an item: ", presented by Tobias Greenhalgh, Director of Finance". */
const PRESENTER = /,?\s*\(?(?:presented|introduced|led)\s+by\s+(.+?)\)?$/i;
const DATE_NOTE = /\s*\((?:date\s+)?(?:to\s+be\s+confirmed|TBC|TBA)\)/gi;

export function parseProseWorkProgramme(input: ParseInput): WorkProgrammeItem[] {
  const dated: WorkProgrammeItem[] = [];
  const undated: WorkProgrammeItem[] = [];
  let meetings = 0;
  for (const p of input.paragraphs) {
    const text = p.text.trim();
    const first = MEETING_FIRST.exec(text);
    const last = first ? null : MEETING_LAST.exec(text);
    const when = first?.[1] ?? last?.[2];
    const what = first?.[2] ?? last?.[1];
    if (when && what) {
      const date = meetingDateOf(when);
      if (date === undefined) continue;
      meetings += 1;
      dated.push(...itemsOf(what.replace(/\.$/, ''), ',', date, p));
      continue;
    }
    const later = UNDATED_LEAD.exec(text);
    if (later) undated.push(...itemsOf(later[1]!.replace(/\.$/, ''), ';', null, p));
  }
  // a sentence about one later meeting is a promise (commitments.ts), not a programme
  const named = input.meta.type === 'work-programme' || input.lines.some((l) => PROGRAMME_LINE.test(l.text));
  return meetings >= 2 || (named && meetings >= 1) ? [...dated, ...undated] : [];
}

/**
 * The items a sentence names: parted at "; " and at ", and " before the next item ("…, presented
 * by X, Director of Finance, and the Attendance Management Action Plan, …"); "X and Y" with no
 * comma is one title ("the draft Revenue Budget and Medium Term Financial Strategy").
 */
function itemsOf(list: string, by: ',' | ';', meetingDate: string | null, p: Paragraph): WorkProgrammeItem[] {
  const pieces = by === ';' ? list.split(/;\s*(?:and\s+)?/) : list.split(/;\s*(?:and\s+)?|,\s+and\s+(?=the\s|an?\s|[A-Z])/);
  const out: WorkProgrammeItem[] = [];
  for (const raw of pieces) {
    let piece = raw.replace(DATE_NOTE, '').replace(/^[•·▪\-–]\s*/, '').replace(/\s+and$/, '').trim();
    let leadOfficer: string | null = null;
    const presenter = PRESENTER.exec(piece);
    if (presenter) {
      piece = piece.slice(0, presenter.index).trim();
      // "Tobias Greenhalgh, Director of Finance": the name; "the Head of Customer Services": the role
      leadOfficer = presenter[1]!.split(',')[0]!.replace(/^the\s+/i, '').trim() || null;
    }
    const title = piece.replace(/^the\s+/i, '').trim();
    if (title.split(/\s+/).length < 2) continue;
    out.push({ meetingDate, title, summary: null, leadOfficer, author: null, page: p.page });
  }
  return out;
}
