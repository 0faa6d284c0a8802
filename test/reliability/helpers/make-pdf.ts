/**
 * Hand-written PDFs for the reliability tests: text pages in Helvetica (one line per string),
 * and a valid PDF with a very large page count. Bytes are assembled with a correct xref table.
 */
import { assemblePdf } from '../../helpers/pdfs.ts';


/** PDF string literal: backslash, parentheses escaped; non-latin1 characters replaced. */
function pdfString(s: string): string {
  const latin = s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/–|—/g, '-').replace(/[^\x20-\xff]/g, '?');
  return `(${latin.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)')})`;
}

/**
 * One A4 page per entry; each string is a line of 11 pt Helvetica (bold when it starts with
 * "**"), 15 pt apart from the top margin down. £ is written as the WinAnsi byte 0xA3.
 */
export function textPdf(pages: readonly (readonly string[])[]): Uint8Array {
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '', // pages, filled below
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
  ];
  const kids: string[] = [];
  for (const lines of pages) {
    let y = 790;
    const ops: string[] = [];
    for (const raw of lines) {
      const bold = raw.startsWith('**');
      const text = bold ? raw.slice(2) : raw;
      if (text !== '') ops.push(`BT /${bold ? 'F2' : 'F1'} 11 Tf 56 ${y} Td ${pdfString(text)} Tj ET`);
      y -= 15;
    }
    const content = ops.join('\n');
    const contentId = objects.length + 1;
    objects.push(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    const pageId = objects.length + 1;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${contentId} 0 R >>`);
    kids.push(`${pageId} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`;
  return assemblePdf(objects);
}

/** A valid PDF of `pages` tiny pages that all share one content stream ("Page"). */
export function manyPagesPdf(pages: number): Uint8Array {
  const content = 'BT /F1 8 Tf 20 20 Td (Page) Tj ET';
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  const kids: string[] = [];
  for (let i = 0; i < pages; i++) {
    kids.push(`${objects.length + 1} 0 R`);
    objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>');
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  return assemblePdf(objects);
}
