/**
 * Work programmes set out as lists, not tables: a meeting-date heading ("14 October 2025 meeting:",
 * "Meeting: 25 November 2025") with its items under it as bullets or numbers, each followed by
 * labelled lines ("Purpose: …", "Lead officer: …", "Report author: …") that may wrap.
 */
import type { WorkProgrammeItem } from '../model.ts';
import type { Line, ParseInput } from '../layout/types.ts';
import { meetingDateOf } from './work-programme.ts';

/** "14 October 2025 meeting:", "Meeting: 25 November 2025", "Meeting on 3 March 2026". */
function headingDate(text: string): string | null | undefined {
  const t = text
    .trim()
    .replace(/^(?:meeting|committee|date)(?:\s+(?:on|of|date))?\s*[:–-]?\s*/i, '')
    .replace(/\s*[-–]?\s*(?:meeting|committee)?\s*:?\s*$/i, '');
  return meetingDateOf(t);
}

const BULLET = /^(?:[-–•*▪◦·]|\d{1,2}[.)])\s+(\S.*)$/;
const FIELDS: ReadonlyArray<[keyof Pick<WorkProgrammeItem, 'summary' | 'leadOfficer' | 'author'>, RegExp]> = [
  ['summary', /^(?:purpose|summary|description|brief|scope|reason)\s*:\s*(.*)$/i],
  ['leadOfficer', /^(?:lead\s+officer|officer|lead|responsible\s+officer|lead\s+director|director|cabinet\s+member|portfolio\s+holder)\s*:\s*(.*)$/i],
  ['author', /^(?:report\s+author|author|contact(?:\s+officer)?)\s*:\s*(.*)$/i],
];

interface Draft {
  item: WorkProgrammeItem;
  field: 'title' | 'summary' | 'leadOfficer' | 'author';
  /** Left edge of the item's bullet line: its wrapped lines sit further right. */
  x: number;
}

export function parseListedWorkProgramme(input: ParseInput): WorkProgrammeItem[] {
  const out: WorkProgrammeItem[] = [];
  let current: string | null | undefined;
  let draft: Draft | null = null;
  const close = (): void => {
    if (draft) out.push(draft.item);
    draft = null;
  };
  for (const line of input.lines as readonly Line[]) {
    const text = line.text.trim();
    if (!text) continue;
    const date = headingDate(text);
    // (a date on a wrapped line of an item, "… before Cabinet on / 4 November 2025", is not a heading)
    const wrapped = draft !== null && line.x > (draft as Draft).x + 2;
    if (date !== undefined && !wrapped) {
      close();
      current = date;
      continue;
    }
    if (current === undefined) continue;
    const bullet = BULLET.exec(text);
    if (bullet) {
      close();
      draft = { item: { meetingDate: current, title: bullet[1]!.trim(), summary: null, leadOfficer: null, author: null, page: line.page }, field: 'title', x: line.x };
      continue;
    }
    if (!draft) continue;
    const d: Draft = draft;
    const field = FIELDS.find(([, re]) => re.test(text));
    if (field) {
      d.field = field[0];
      d.item[field[0]] = field[1].exec(text)![1]!.trim() || null;
      continue;
    }
    // a wrapped title or field value sits right of the bullet; a line at the margin ends the item
    if (line.x <= d.x + 2) {
      close();
      continue;
    }
    const value = d.field === 'title' ? d.item.title : d.item[d.field];
    if (d.field !== 'title' && value === null) continue;
    const joined = `${value ?? ''} ${text}`.trim();
    if (d.field === 'title') d.item.title = joined;
    else d.item[d.field] = joined;
  }
  close();
  return out;
}
