/** Helper H4: hand-placed lines and inputs for the table/amount/post/work-programme unit tests. */
import type { Paragraph, Table } from '../../ingest/model.ts';
import type { Line, LayoutPage, ParseInput } from '../../ingest/layout/types.ts';

/** A line from [x, text] cells, 6pt per character. */
export function line(page: number, y: number, cells: Array<[number, string]>, bold = false): Line {
  const cs = cells.map(([x, text]) => ({ x, xEnd: x + text.length * 6, text }));
  return { page, y, x: cs[0]!.x, xEnd: cs[cs.length - 1]!.xEnd, text: cs.map((c) => c.text).join(' '), fontSize: 11, bold, cells: cs };
}

export function page(n: number, lines: Line[], tables: string[][][] = []): LayoutPage {
  return { page: n, width: 595, height: 842, lines, tables };
}

export function input(over: Partial<ParseInput> & { paragraphs?: Paragraph[]; tables?: Table[] }): ParseInput {
  return {
    meta: { type: 'report', title: null, council: null, committee: null, meetingDate: null, agendaItem: null, author: null, classification: 'public', firstPage: 1, lastPage: 9 },
    lines: over.lines ?? [],
    paragraphs: over.paragraphs ?? [],
    tables: over.tables ?? [],
    ...(over.meta ? { meta: over.meta } : {}),
  };
}

export function para(page: number, number: string | null, text: string): Paragraph {
  return { number, page, section: null, text };
}
