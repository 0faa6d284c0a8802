/**
 * "Is this a PDF?" by its bytes: `%PDF-` within the first 1024 bytes (some files carry junk
 * before it). A module of its own so that callers that only sniff file headers (the batch's
 * directory walk on the main thread) do not load pdf.js.
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
