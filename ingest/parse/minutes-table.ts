/**
 * Minutes set out as a table, one row per item: "Item | Discussion | Decision/Action | Owner |
 * Deadline". Each row's decision is a resolution under the item's number, titled by the first
 * sentence of its discussion; a row with a deadline is also a promise with that date.
 */
import type { Line, ParseInput } from '../layout/types.ts';
import { joinLines, usableLines } from './decision-lines.ts';

export interface TableDecision {
  item: string;
  title: string | null;
  decision: string;
  deadline: string | null;
  page: number;
}

const DECISION_HEADER = /\b(?:decisions?|resolutions?|resolved|agreed|outcome)\b/i;
const ITEM_HEADER = /\b(?:item|discussion|subject|minute|matter|report)\b/i;
const DEADLINE_HEADER = /\b(?:deadline|by when|due|target date|date due)\b/i;
/** Items that record no decision of substance. */
const PROCEDURAL = /^(?:apologies|declarations?\s+of\s+interests?|date\s+of\s+(?:the\s+)?next\s+meeting|any\s+other\s+business)\b/i;
/** A cell starts a column when it starts this close to the column's heading. */
const ALIGN = 8;

/** A part's table decisions: minutes only (read once per part, facts.ts). */
export function tableDecisionsOf(input: ParseInput): TableDecision[] {
  return input.meta.type === 'minutes' ? tableDecisions(usableLines(input.lines)) : [];
}

export function tableDecisions(lines: readonly Line[]): TableDecision[] {
  const out: TableDecision[] = [];
  for (let h = 0; h < lines.length; h++) {
    const header = lines[h]!;
    if (header.cells.length < 3) continue;
    const decisionCol = header.cells.findIndex((c) => DECISION_HEADER.test(c.text));
    if (decisionCol < 0 || !header.cells.some((c, i) => i !== decisionCol && ITEM_HEADER.test(c.text))) continue;
    const starts = header.cells.map((c) => c.x);
    const deadlineCol = header.cells.findIndex((c) => DEADLINE_HEADER.test(c.text));
    const columnOf = (x: number): number => {
      let best = -1;
      starts.forEach((s, i) => {
        if (x >= s - ALIGN) best = i;
      });
      return best;
    };
    // a cell run on across a column's start (its gap too narrow to split it) is cut at the
    // sentence end nearest that start ("… children (UASC). | Update noted; no further action.")
    const place = (cols: string[][], c: Line['cells'][number], text = c.text): void => {
      const col = Math.max(0, columnOf(c.x));
      const next = starts[col + 1];
      if (next !== undefined && c.xEnd > next + ALIGN && text.length > 0) {
        const at = Math.round(((next - c.x) / (c.xEnd - c.x)) * text.length);
        const cuts = [...text.matchAll(/[.;:]\s+(?=[A-Z])/g)].map((m) => m.index! + 1).filter((i) => Math.abs(i - at) <= 12);
        const cut = cuts.sort((a, b) => Math.abs(a - at) - Math.abs(b - at))[0];
        if (cut !== undefined) {
          cols[col]!.push(text.slice(0, cut).trim());
          cols[col + 1]!.push(text.slice(cut).trim());
          return;
        }
      }
      cols[col]!.push(text);
    };
    const rows: Array<{ item: string; page: number; cols: string[][] }> = [];
    const seen: number[] = [];
    let j = h + 1;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      // "7" in a cell of its own, or "7 Unaccompanied asylum-seeking children" run together
      const number = /^(\d{1,3}[a-z]?)\.?(?:\s+(\S.*))?$/.exec(l.cells[0]?.text.trim() ?? '');
      // a row's further lines start where its own cells (or the headings) start
      const aligned = l.cells.every((c) => [...starts, ...seen].some((s) => Math.abs(c.x - s) <= ALIGN));
      if (number && Math.abs(l.cells[0]!.x - starts[0]!) <= ALIGN) {
        for (const c of l.cells.slice(1)) seen.push(c.x);
        // "7 Unaccompanied …" run together: the text starts after the number
        if (number[2]) seen.push(l.cells[0]!.x + ((l.cells[0]!.xEnd - l.cells[0]!.x) * (l.cells[0]!.text.length - number[2].length)) / Math.max(1, l.cells[0]!.text.length));
        rows.push({ item: number[1]!, page: l.page, cols: starts.map(() => []) });
        const cols = rows[rows.length - 1]!.cols;
        if (number[2]) place(cols, l.cells[0]!, number[2]);
        // the number's cell may share the first column with the discussion ("1 | Apologies …")
        for (const c of l.cells.slice(1)) place(cols, c);
        continue;
      }
      const row = rows[rows.length - 1];
      if (!row || !aligned || l.page !== row.page) break;
      for (const c of l.cells) place(row.cols, c);
    }
    // the table's own rows are not read again as a heading ("2 | Minutes of … | Agreed as …")
    if (rows.length > 0) h = j - 1;
    for (const r of rows) {
      const decision = joinLines(r.cols[decisionCol] ?? []);
      const discussion = joinLines(r.cols.filter((_, i) => i !== decisionCol && i !== deadlineCol && i < decisionCol).flat());
      if (!decision || PROCEDURAL.test(discussion)) continue;
      const title = /^(.+?[.?!])(?:\s|$)/.exec(discussion)?.[1]?.replace(/\.$/, '') ?? (discussion || null);
      const deadline = deadlineCol >= 0 ? joinLines(r.cols[deadlineCol] ?? []) || null : null;
      out.push({ item: r.item, title, decision, deadline, page: r.page });
    }
  }
  return out;
}
