/**
 * The product entry points the bench drives, loaded lazily so each bench section runs as soon as
 * the module it needs exists (and says clearly which is missing otherwise).
 */
import type { Document } from '../ingest/model.ts';
import type { Db } from '../src/store/db.ts';
import type { Logger } from '../src/log.ts';
import type { AskContext, Answer } from '../src/answer/model.ts';

export type ExtractDocument = (input: { file: string; data: Uint8Array; maxPages?: number }) => Promise<Document>;

export interface IngestSummaryLike {
  [k: string]: unknown;
}
export type IngestPaths = (
  paths: string[],
  opts: { db: Db; logger: Logger; maxPages?: number; concurrency?: number; onProgress?: (p: unknown) => void },
) => Promise<IngestSummaryLike>;

export interface EngineLike {
  ask(question: string, ctx: AskContext): Answer | Promise<Answer>;
}
export type CreateEngine = (db: Db, opts: { logger: Logger }) => EngineLike | Promise<EngineLike>;

export class MissingModuleError extends Error {
  readonly code = 'missing-module';
}

async function load<T>(spec: string, name: string): Promise<T> {
  const url = new URL(spec, import.meta.url).href;
  let mod: Record<string, unknown>;
  try {
    mod = (await import(url)) as Record<string, unknown>;
  } catch (err) {
    throw new MissingModuleError(`${spec} could not be loaded (${(err as Error).message.split('\n')[0]})`);
  }
  const f = mod[name];
  if (typeof f !== 'function') throw new MissingModuleError(`${spec} does not export ${name}()`);
  return f as T;
}

export const loadExtractDocument = (): Promise<ExtractDocument> => load('../ingest/pipeline.ts', 'extractDocument');
export const loadIngestPaths = (): Promise<IngestPaths> => load('../src/batch/ingest-batch.ts', 'ingestPaths');
export const loadCreateEngine = (): Promise<CreateEngine> => load('../src/answer/engine.ts', 'createEngine');
