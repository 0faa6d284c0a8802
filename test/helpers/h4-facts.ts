/** Helper H4: facts of a fixture PDF through the real pipeline (extractDocument), cached per file. */
import { readFileSync } from 'node:fs';
import { extractDocument } from '../../ingest/pipeline.ts';
import type { Amount, Document, Post, Table, WorkProgrammeItem } from '../../ingest/model.ts';

const cache = new Map<string, Promise<Document>>();

export function documentOf(file: string): Promise<Document> {
  let d = cache.get(file);
  if (!d) {
    d = extractDocument({ file, data: new Uint8Array(readFileSync(file)) });
    cache.set(file, d);
  }
  return d;
}

export interface DocFacts {
  amounts: Amount[];
  posts: Post[];
  workProgramme: WorkProgrammeItem[];
  tables: Table[];
}

export async function factsOf(file: string): Promise<DocFacts> {
  const doc = await documentOf(file);
  return {
    amounts: doc.parts.flatMap((p) => p.amounts),
    posts: doc.parts.flatMap((p) => p.posts),
    workProgramme: doc.parts.flatMap((p) => p.workProgramme),
    tables: doc.parts.flatMap((p) => p.tables),
  };
}
