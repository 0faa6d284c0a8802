/**
 * ParseInput builders for the fact-parser tests (helper H3).
 *
 * - parseInputFromText: one text line = one Line; pages split on form feeds or "Page N of M"
 *   markers (otherwise page 1). Good for small inline cases.
 * - parseInputFromPdf: the real read-pdf + layout stages (lines with x, bold, cells, pages),
 *   with a crude paragraph splitter, treating the whole document as one part. Use it until
 *   ingest/pipeline.ts (extractDocument) is available, and for whole-document gold checks.
 */
import { readFileSync } from 'node:fs';
import type { Paragraph } from '../../ingest/model.ts';
import type { Line, ParseInput, PartMeta } from '../../ingest/layout/types.ts';
import { readPdf } from '../../ingest/read-pdf.ts';
import { layoutPages } from '../../ingest/layout/layout.ts';

export type MetaIn = Partial<PartMeta> & { firstPage?: number; lastPage?: number };

function fullMeta(meta: MetaIn, lastPage: number): ParseInput['meta'] {
  return {
    type: meta.type ?? 'report',
    title: meta.title ?? null,
    council: meta.council ?? null,
    committee: meta.committee ?? null,
    meetingDate: meta.meetingDate ?? null,
    agendaItem: meta.agendaItem ?? null,
    author: meta.author ?? null,
    classification: meta.classification ?? 'public',
    firstPage: meta.firstPage ?? 1,
    lastPage: meta.lastPage ?? lastPage,
  };
}

function textLine(page: number, text: string): Line {
  const lead = text.length - text.trimStart().length;
  const t = text.trim();
  return { page, y: 0, x: lead * 5, xEnd: lead * 5 + t.length * 5, text: t, fontSize: 11, bold: false, cells: [{ x: lead * 5, xEnd: lead * 5 + t.length * 5, text: t }] };
}

/** Numbered paragraphs ("12. …", "5.1 …", "• 2.3 …") joined from lines; unnumbered runs become null-numbered paragraphs. */
export function paragraphsFromLines(lines: Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: Paragraph | null = null;
  for (const l of lines) {
    const m = /^(?:[•\-]\s+)?(\d{1,3}(?:\.\d{1,2})*)\.?\s+(\S.*)$/.exec(l.text);
    if (m && !l.bold) {
      cur = { number: m[1]!, page: l.page, section: null, text: m[2]! };
      out.push(cur);
    } else if (l.bold) {
      cur = null;
    } else if (cur) {
      cur.text += ` ${l.text}`;
    }
  }
  return out;
}

export function parseInputFromText(text: string, meta: MetaIn = {}): ParseInput {
  const lines: Line[] = [];
  let page = meta.firstPage ?? 1;
  for (const chunk of text.split('\f')) {
    for (const raw of chunk.split(/\r?\n/)) {
      const marker = /^\s*Page\s+(\d+)\s+of\s+\d+\s*$/i.exec(raw);
      if (marker) {
        page = Number(marker[1]) + 1;
        continue;
      }
      if (!raw.trim()) continue;
      lines.push(textLine(page, raw));
    }
    page++;
  }
  const last = lines.at(-1)?.page ?? 1;
  return { meta: fullMeta(meta, last), lines, paragraphs: paragraphsFromLines(lines), tables: [] };
}

export async function parseInputFromPdf(file: string, meta: MetaIn = {}): Promise<ParseInput> {
  const raw = await readPdf(new Uint8Array(readFileSync(file)));
  const pages = layoutPages(raw.pages);
  const lines = pages.flatMap((p) => p.lines);
  return { meta: fullMeta(meta, raw.numPages), lines, paragraphs: paragraphsFromLines(lines), tables: [] };
}
