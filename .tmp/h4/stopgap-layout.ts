/**
 * STOPGAP (helper H4): LayoutPages straight from pdf.js until ingest/layout exists.
 * Replace with the real pipeline as soon as it lands.
 */
import { readFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';
import type { Cell, LayoutPage, Line } from '../../ingest/layout/types.ts';

interface It { str: string; x: number; y: number; w: number; h: number; bold: boolean }

export async function stopgapPages(file: string): Promise<LayoutPage[]> {
  const data = new Uint8Array(readFileSync(file));
  const p = new PDFParse({ data });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const doc = await (p as any).load();
  const out: LayoutPage[] = [];
  let tables: string[][][][] = [];
  try {
    const tr = await p.getTable();
    tables = tr.pages.map((pg) => pg.tables as string[][][]);
  } catch { tables = []; }
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const vp = page.getViewport({ scale: 1 });
    const tc = await page.getTextContent();
    const styles = tc.styles as Record<string, { fontFamily: string }>;
    const items: It[] = [];
    for (const raw of tc.items as Array<{ str: string; transform: number[]; width: number; height: number; fontName: string }>) {
      if (!raw.str || !raw.str.trim()) continue;
      const fam = `${raw.fontName} ${styles[raw.fontName]?.fontFamily ?? ''}`;
      items.push({ str: raw.str, x: raw.transform[4]!, y: vp.height - raw.transform[5]!, w: raw.width, h: raw.height || Math.abs(raw.transform[3]!), bold: /bold/i.test(fam) });
    }
    items.sort((a, b) => a.y - b.y || a.x - b.x);
    const groups: It[][] = [];
    for (const it of items) {
      const g = groups.find((gg) => Math.abs(gg[0]!.y - it.y) < 2.5);
      if (g) g.push(it); else groups.push([it]);
    }
    const lines: Line[] = [];
    for (const g of groups) {
      g.sort((a, b) => a.x - b.x);
      const cells: Cell[] = [];
      let cur: Cell | null = null;
      let lastEnd = -1e9;
      for (const it of g) {
        const gap = it.x - lastEnd;
        if (cur && gap < Math.max(6, it.h * 0.9)) {
          cur.text += (gap > it.h * 0.15 && !cur.text.endsWith(' ') && !it.str.startsWith(' ') ? ' ' : '') + it.str;
          cur.xEnd = it.x + it.w;
        } else {
          cur = { x: it.x, xEnd: it.x + it.w, text: it.str };
          cells.push(cur);
        }
        lastEnd = it.x + it.w;
      }
      for (const c of cells) c.text = c.text.replace(/\s+/g, ' ').trim();
      const cs = cells.filter((c) => c.text);
      if (!cs.length) continue;
      lines.push({ page: n, y: g[0]!.y, x: cs[0]!.x, xEnd: cs[cs.length - 1]!.xEnd, text: cs.map((c) => c.text).join(' '), fontSize: g[0]!.h, bold: g.filter((i) => i.bold).length > g.length / 2, cells: cs });
    }
    lines.sort((a, b) => a.y - b.y);
    out.push({ page: n, width: vp.width, height: vp.height, lines, tables: tables[n - 1] ?? [] });
  }
  await p.destroy();
  return out;
}

/** STOPGAP paragraphs: split at numbered starts, bullets and vertical gaps. */
export function stopgapParagraphs(pages: LayoutPage[]): import('../../ingest/model.ts').Paragraph[] {
  const out: import('../../ingest/model.ts').Paragraph[] = [];
  let cur: { number: string | null; page: number; lines: string[] } | null = null;
  let prev: Line | null = null;
  const flush = () => {
    if (cur) out.push({ number: cur.number, page: cur.page, section: null, text: cur.lines.join(' ').replace(/\s+/g, ' ').trim() });
    cur = null;
  };
  for (const p of pages) {
    const gaps = p.lines.slice(1).map((l, i) => l.y - p.lines[i]!.y).filter((g) => g > 2).sort((a, b) => a - b);
    const typical = gaps[Math.floor(gaps.length / 2)] ?? 14;
    for (const l of p.lines) {
      const num = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s/.exec(l.text) ?? (l.cells.length > 1 && /^\d{1,2}(?:\.\d{1,2})*\.?$/.test(l.cells[0]!.text) ? [l.cells[0]!.text, l.cells[0]!.text.replace(/\.$/, '')] : null);
      const gap = prev && prev.page === l.page ? l.y - prev.y : 0;
      const brk = !cur || num || /^[•▪●-]/.test(l.text) || gap > typical * 1.35 || (prev?.bold ?? false) !== l.bold;
      if (brk) {
        flush();
        cur = { number: num ? num[1]! : null, page: l.page, lines: [] };
      }
      cur!.lines.push(num ? l.text.replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/, '') : l.text);
      prev = l;
    }
  }
  flush();
  return out;
}

export async function stopgapInput(file: string): Promise<import('../../ingest/layout/types.ts').ParseInput & { pages: LayoutPage[] }> {
  const { parseTables } = await import('../../ingest/parse/tables.ts');
  const pages = await stopgapPages(file);
  return {
    pages,
    meta: { type: 'report', title: null, council: null, committee: null, meetingDate: null, agendaItem: null, author: null, classification: 'public', firstPage: 1, lastPage: pages.length },
    lines: pages.flatMap((p) => p.lines),
    paragraphs: stopgapParagraphs(pages),
    tables: parseTables(pages),
  };
}
