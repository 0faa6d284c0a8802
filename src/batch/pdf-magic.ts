/**
 * "Is this a PDF?" by its bytes: `%PDF-` within the first 1024 bytes (some files carry junk
 * before it). Same rule as ingest/read-pdf.ts hasPdfMagic, kept here so the main thread of a
 * batch does not load pdf.js (≈2 s) just to look at file headers.
 */
const MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

export function hasPdfMagic(data: Uint8Array): boolean {
  const end = Math.min(data.length - MAGIC.length, 1024);
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < MAGIC.length; j++) if (data[i + j] !== MAGIC[j]) continue outer;
    return true;
  }
  return false;
}
