/**
 * Forward plans set out as blocks, one per decision, not as a table: labelled lines
 *
 *   Ref: FP/26/001
 *   Title of decision:   Household Waste Recycling Centres (HWRCs) – Online Booking System
 *   Decision maker:      Cabinet
 *   Date of decision:    13 January 2026
 *   Lead officer:        Hester Rainford
 *
 * A title may wrap onto unlabelled lines under it. A block needs a title and a date label; two
 * blocks at least make a plan (one is a decision notice's own fields, not a programme).
 */
import type { WorkProgrammeItem } from '../model.ts';
import type { Line, ParseInput } from '../layout/types.ts';
import { meetingDateOf } from './work-programme.ts';

const TITLE = /^(?:title(?:\s+of\s+(?:the\s+)?(?:decision|report|item))?|subject(?:\s+of\s+(?:the\s+)?decision)?|matter\s+for\s+decision|decision\s+to\s+be\s+(?:taken|made))\s*:\s*(.*)$/i;
const DATE = /^(?:(?:expected\s+|planned\s+|proposed\s+)?date\s+of\s+(?:the\s+)?(?:decision|meeting)|(?:expected\s+|planned\s+)?decision\s+date|meeting\s+date|date\s+(?:decision\s+)?(?:due|expected)(?:\s+to\s+be\s+(?:taken|made))?)\s*:\s*(.*)$/i;
const LEAD = /^(?:lead\s+officer|responsible\s+officer|contact\s+officer|report\s+author|officer\s+contact|lead\s+director)\s*:\s*(.*)$/i;
const SUMMARY = /^(?:purpose|summary|description)\s*:\s*(.*)$/i;
/** Any labelled line ("Decision maker: Cabinet", "Exempt: No", "Ref: FP/26/001"): ends a wrapped title. */
const LABEL = /^[A-Z][A-Za-z ’'()/-]{1,40}:\s*/;

/** "Not before 16 March 2026", "w/c 9 March 2026", "13 January 2026 (provisional)": the date. */
function decisionDate(value: string): string | null | undefined {
  const t = value.replace(/^(?:not\s+before|no\s+earlier\s+than|on\s+or\s+after|w\/c|week\s+commencing|by)\s+/i, '').trim();
  return meetingDateOf(t);
}

interface Block {
  item: WorkProgrammeItem;
  dated: boolean;
  /** Left edge of the title's value: a wrapped line starts there. */
  wrap: boolean;
}

export function parseBlockedWorkProgramme(input: ParseInput): WorkProgrammeItem[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  const lines: readonly Line[] = input.lines;
  for (const line of lines) {
    const text = line.text.trim();
    const title = TITLE.exec(text);
    if (title && title[1]!.trim()) {
      open = { item: { meetingDate: null, title: title[1]!.trim(), summary: null, leadOfficer: null, author: null, page: line.page }, dated: false, wrap: true };
      blocks.push(open);
      continue;
    }
    if (!open) continue;
    if (LABEL.test(text)) {
      open.wrap = false;
      const date = DATE.exec(text);
      const lead = LEAD.exec(text);
      const summary = SUMMARY.exec(text);
      if (date) {
        const d = decisionDate(date[1]!.trim());
        if (d !== undefined) {
          open.item.meetingDate = d;
          open.dated = true;
        }
      } else if (lead && lead[1]!.trim()) open.item.leadOfficer = lead[1]!.trim();
      else if (summary && summary[1]!.trim()) open.item.summary = summary[1]!.trim();
      continue;
    }
    // an unlabelled line right under the title: the title wrapped
    if (open.wrap && text) open.item.title = `${open.item.title} ${text}`;
    else open.wrap = false;
  }
  const found = blocks.filter((b) => b.dated);
  return found.length >= 2 ? found.map((b) => b.item) : [];
}
