/** Minimal hand-written PDFs for bad-input tests (no text layer, encrypted). */

/**
 * PDF bytes from numbered object bodies (object i+1 is objects[i]; object 1 must be the catalog),
 * with a correct xref table. The one assembler every hand-written test PDF goes through.
 */
export function assemblePdf(objects: readonly string[], trailerExtra = ''): Uint8Array {
  const parts: string[] = ['%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'];
  let length = Buffer.byteLength(parts[0]!, 'latin1');
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = `${i + 1} 0 obj\n${body}\nendobj\n`;
    parts.push(chunk);
    length += Buffer.byteLength(chunk, 'latin1');
  });
  const table = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`];
  for (const o of offsets) table.push(`${String(o).padStart(10, '0')} 00000 n \n`);
  table.push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${length}\n%%EOF\n`);
  return new Uint8Array(Buffer.from(parts.join('') + table.join(''), 'latin1'));
}

/** One A4 page that paints a small grey image and has no text at all (a "scan"). */
export function imageOnlyPdf(pages = 2): Uint8Array {
  const kids = Array.from({ length: pages }, (_, i) => `${4 + i * 2} 0 R`).join(' ');
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`];
  const pixels = 'ff00ff00';
  objects.push(`<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode /Length ${pixels.length + 1} >>\nstream\n${pixels}>\nendstream`);
  for (let i = 0; i < pages; i++) {
    const content = 'q 500 0 0 700 40 70 cm /Im1 Do Q';
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`);
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  }
  return assemblePdf(objects);
}

/** A PDF whose trailer carries a Standard security handler the empty password does not open. */
export function encryptedPdf(): Uint8Array {
  const hex32 = (c: string) => `<${c.repeat(64)}>`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O ${hex32('a')} /U ${hex32('b')} /P -4 >>`,
  ];
  return assemblePdf(objects, `/Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] `);
}

/** A one-page PDF whose text is gibberish: a text layer that needs OCR. */
export function garbledPdf(): Uint8Array {
  const words = Array.from({ length: 60 }, (_, i) => ['xqzt', 'kfrpl', 'zzkq', 'wvbn', 'qqxr', 'tpkz'][i % 6]).join(' ');
  const content = `BT /F1 11 Tf 40 800 Td (${words}) Tj 0 -14 Td (${words}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  return assemblePdf(objects);
}
