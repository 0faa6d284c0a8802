/**
 * Builds the shape pool from real papers: a handful of PDFs run once through the real
 * extractDocument, then harvested (shapes.ts).
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Document } from '../ingest/model.ts';
import type { ExtractDocument } from './product.ts';
import { harvestShapes, type ShapePool } from './shapes.ts';

/** Real papers the shapes come from: report, minutes, budget monitoring, agenda, work-programme pack. */
export const SHAPE_FILES = [
  'fixtures/kent/2025-01-30_24-00109_-_Transfer_the_18-25_section_of_the_Strengthening_Independence_Service_-_Report.pdf',
  'fixtures/kent/2025-01-30_Minutes_of_the_meeting_held_on_9th_January_2025.pdf',
  'fixtures/kent/2025-01-30_Printed_minutes_30th-Jan-2025_10.00_Cabinet.pdf',
  'fixtures/kent/2025-01-30_24-00108_-_Revenue_and_Capital_Budget_Monitoring_Report_November_2024-25.pdf',
  'fixtures/kent/2025-01-30_24-00096_-_Commissioning_Plan_for_Education_Provision_in_Kent_2025-29_-_Report.pdf',
  'fixtures/kent/2025-03-04_Scrutiny_Committee_-_call-in_Family_Hubs_Report_to_Cabinet_-_FINAL.pdf',
  'fixtures/kent/2025-01-30_Appendix_A_Capital_Investment_Summary.pdf',
  'fixtures/kent/2025-01-30_Agenda_frontsheet_30th-Jan-2025_10.00_Cabinet.pdf',
  'fixtures/kent/2025-03-04_Cabinet_Report_4_March_2025.pdf',
  'fixtures/seeds/000_7cad7a45a129c9ed.pdf',
  'fixtures/seeds/001_8a304a7deb4eeb63.pdf',
  'fixtures/seeds/002_8cad5fda5e9200ab.pdf',
  'fixtures/seeds/003_f70cb064b0652402.pdf',
  'fixtures/seeds/004_e69ee31119ed174e.pdf',
];

export async function extractAll(files: readonly string[], extract: ExtractDocument, root: string): Promise<Document[]> {
  const docs: Document[] = [];
  for (const f of files) {
    const path = join(root, f);
    if (!existsSync(path)) continue;
    const data = new Uint8Array(readFileSync(path));
    docs.push(await extract({ file: basename(path), data, maxPages: 1000 }));
  }
  return docs;
}

export async function loadShapePool(extract: ExtractDocument, root: string, files: readonly string[] = SHAPE_FILES): Promise<{ pool: ShapePool; docs: Document[] }> {
  const docs = await extractAll(files, extract, root);
  return { pool: harvestShapes(docs.filter((d) => d.status === 'ok')), docs };
}

/** PDFs directly in `dir`, sorted by name; [] when the folder does not exist. */
export function pdfsIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.pdf'))
    .sort()
    .map((f) => join(dir, f));
}
