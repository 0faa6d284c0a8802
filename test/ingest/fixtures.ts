/** Extract each fixture once per test file. */
import { readFileSync } from 'node:fs';
import type { Document, Part } from '../../ingest/model.ts';
import { extractDocument } from '../../ingest/pipeline.ts';

const cache = new Map<string, Promise<Document>>();

export function extract(path: string): Promise<Document> {
  let p = cache.get(path);
  if (!p) {
    p = extractDocument({ file: path, data: new Uint8Array(readFileSync(path)) });
    cache.set(path, p);
  }
  return p;
}

export function para(part: Part, number: string) {
  const found = part.paragraphs.find((p) => p.number === number);
  if (!found) throw new Error(`no paragraph ${number} in ${part.title}`);
  return found;
}

export const SEED = (n: string) => {
  const names: Record<string, string> = {
    '000': '000_7cad7a45a129c9ed',
    '001': '001_8a304a7deb4eeb63',
    '002': '002_8cad5fda5e9200ab',
    '003': '003_f70cb064b0652402',
    '004': '004_e69ee31119ed174e',
  };
  return `fixtures/seeds/${names[n]}.pdf`;
};
export const KENT = (name: string) => `fixtures/kent/${name}.pdf`;
