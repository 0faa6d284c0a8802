/**
 * A tiny PDF writer for synthetic committee papers: lines of text in Helvetica (bold lines in
 * Helvetica-Bold) at given positions on A4 pages, WinAnsi-encoded so "£", "’", "–" and "•"
 * survive. Enough for pdf.js to give the pipeline real positioned text items.
 */
import { assemblePdf } from './pdfs.ts';

export interface PdfLine {
  text: string;
  /** Left edge, points from the page's left. */
  x: number;
  /** Baseline, points from the page's top. */
  y: number;
  size?: number;
  bold?: boolean;
}

const PAGE_W = 595;
const PAGE_H = 842;

/** WinAnsiEncoding bytes for the characters outside Latin-1 that papers use. */
const WIN_ANSI: Record<string, number> = {
  '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
};

function encode(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = WIN_ANSI[ch] ?? ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`make-pdf: no WinAnsi code for ${JSON.stringify(ch)}`);
    const c = String.fromCharCode(code);
    out += c === '(' || c === ')' || c === '\\' ? `\\${c}` : c;
  }
  return out;
}

function contentOf(lines: PdfLine[]): string {
  return lines
    .map((l) => `BT /${l.bold ? 'F2' : 'F1'} ${l.size ?? 11} Tf ${l.x.toFixed(2)} ${(PAGE_H - l.y).toFixed(2)} Td (${encode(l.text)}) Tj ET`)
    .join('\n');
}

/** A PDF with one page per entry of `pages`. */
export function makePdf(pages: PdfLine[][]): Uint8Array {
  const objects: string[] = [];
  const fontRegular = 3;
  const fontBold = 4;
  const firstPage = 5;
  const kids = pages.map((_, i) => `${firstPage + i * 2} 0 R`).join(' ');
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  pages.forEach((lines, i) => {
    const content = contentOf(lines);
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 ${fontRegular} 0 R /F2 ${fontBold} 0 R >> >> /Contents ${firstPage + i * 2 + 1} 0 R >>`,
    );
    objects.push(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  });
  return assemblePdf(objects);
}

/**
 * Lays out a page from a compact script: each entry is a line of text; `{ gap }` adds vertical
 * space; a leading "**" sets the line bold; leading spaces indent by 18pt per two spaces; a tab
 * splits a hanging label from its text (the text starts 36pt right of the label).
 * Lines start at y=72 and step by 14pt.
 */
export function flowPage(script: Array<string | { gap: number }>, opts: { top?: number; left?: number; leading?: number; size?: number } = {}): PdfLine[] {
  const left = opts.left ?? 72;
  const leading = opts.leading ?? 14;
  let y = opts.top ?? 72;
  const out: PdfLine[] = [];
  for (const entry of script) {
    if (typeof entry !== 'string') {
      y += entry.gap;
      continue;
    }
    let text = entry;
    let bold = false;
    if (text.startsWith('**')) {
      bold = true;
      text = text.slice(2);
    }
    const indent = /^ */.exec(text)![0].length;
    text = text.trimStart();
    const x = left + (indent / 2) * 18;
    const tab = text.indexOf('\t');
    if (tab >= 0) {
      // A hanging label: "(i)\tthe text" sets the label and the text as two runs, 36pt apart.
      out.push({ text: text.slice(0, tab), x, y, bold, size: opts.size ?? 11 });
      // Helvetica averages about half an em a character: keep a gap after a long label.
      const labelWidth = tab * (opts.size ?? 11) * 0.55;
      out.push({ text: text.slice(tab + 1), x: x + Math.max(36, labelWidth + 12), y, bold, size: opts.size ?? 11 });
    } else if (text) out.push({ text, x, y, bold, size: opts.size ?? 11 });
    y += leading;
  }
  return out;
}

/** A flowPage script: lines of text ("**" bold, "\t" a tab stop) and vertical gaps. */
export type Script = Array<string | { gap: number }>;

/** Height a flowPage script takes (14pt a line unless told). */
export function heightOf(script: Script, leading = 14): number {
  let h = 0;
  for (const e of script) h += typeof e === 'string' ? leading : e.gap;
  return h;
}

/** A table: one row per entry, one cell per column at the given x; a cell starting "**" is bold. */
export function grid(rows: string[][], xs: number[], top: number, opts: { leading?: number; size?: number } = {}): PdfLine[] {
  const leading = opts.leading ?? 14;
  const size = opts.size ?? 11;
  const out: PdfLine[] = [];
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!cell) return;
      const bold = cell.startsWith('**');
      out.push({ text: bold ? cell.slice(2) : cell, x: xs[c]!, y: top + r * leading, size, bold });
    });
  });
  return out;
}
