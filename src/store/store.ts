/**
 * The Store: what the rest of the program asks of storage, so that a different backend can take
 * SQLite's place. SQL stays inside src/store/.
 */
import type { Document } from '../../ingest/model.ts';
import { openDatabase, type Db, type OpenOptions } from './db.ts';
import {
  deleteDocument,
  isUnchanged,
  listDocuments,
  recordFailure,
  writeDocument,
  type FailureRecord,
  type FailureResult,
  type StoredDocument,
  type WriteOptions,
  type WriteResult,
} from './documents.ts';
import { searchParagraphs, type ParagraphHit, type SearchOptions } from './search.ts';

export interface Store {
  writeDocument(doc: Document, opts: WriteOptions): WriteResult;
  recordFailure(failure: FailureRecord): FailureResult;
  /** True when a file with this content need not be parsed again (see documents.ts isUnchanged). */
  isUnchanged(path: string, sha256: string): boolean;
  listDocuments(): StoredDocument[];
  deleteDocument(path: string): boolean;
  searchParagraphs(text: string, opts?: SearchOptions): ParagraphHit[];
  close(): void;
  /** The SQLite handle, for the other store modules (links, facts, due items). */
  readonly db: Db;
}

export class SqliteStore implements Store {
  constructor(readonly db: Db) {}

  writeDocument(doc: Document, opts: WriteOptions): WriteResult {
    return writeDocument(this.db, doc, opts);
  }

  recordFailure(failure: FailureRecord): FailureResult {
    return recordFailure(this.db, failure);
  }

  isUnchanged(path: string, sha256: string): boolean {
    return isUnchanged(this.db, path, sha256);
  }

  listDocuments(): StoredDocument[] {
    return listDocuments(this.db);
  }

  deleteDocument(path: string): boolean {
    return deleteDocument(this.db, path);
  }

  searchParagraphs(text: string, opts: SearchOptions = {}): ParagraphHit[] {
    return searchParagraphs(this.db, text, opts);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** Opens (creating and migrating as needed) the SQLite store at `path` (':memory:' for tests). */
export function openStore(path: string, opts: OpenOptions = {}): Store {
  return new SqliteStore(openDatabase(path, opts));
}
