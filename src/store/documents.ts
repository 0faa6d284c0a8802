/**
 * Writing and reading whole documents. One transaction per document: a paper is stored with all
 * its parts and facts, or not at all, and a new version of a path replaces the old one atomically.
 */
import { z } from 'zod';
import { Document, type Part } from '../../ingest/model.ts';
import { AppError } from '../errors.ts';
import type { Db } from './db.ts';
import { insertPart } from './insert-part.ts';
import { relinkResolutions } from './links.ts';

export type WriteResult = 'ingested' | 'unchanged' | 'replaced';

export interface WriteOptions {
  /** Absolute path the paper was read from: its identity in the store. */
  path: string;
  /** Public address of the paper, when known. */
  url?: string | null;
  /** Clock for `ingested_at` (tests). */
  now?: Date;
}

/** A Document that does not match the model: nothing of it is written. */
export class InvalidDocumentError extends AppError {
  constructor(file: string, detail: string) {
    super('invalid-document', `Document ${file} does not match the model: ${detail}`, {
      userMessage: `${file} could not be stored: the extracted data was malformed.`,
    });
  }
}

export interface FailureRecord {
  path: string;
  sha256: string;
  pages: number;
  status: 'failed' | 'needs-ocr';
  error: string;
  /** Machine-readable cause (IngestError code, 'timeout', 'crash'…), stored in error_code. */
  code?: string | null;
  now?: Date;
}

/** 'recorded': the failure row is stored; 'kept-previous': a good version of the path was kept. */
export type FailureResult = 'recorded' | 'kept-previous';

export interface StoredPart {
  id: number;
  type: Part['type'];
  title: string | null;
  council: string | null;
  committee: string | null;
  meetingDate: string | null;
  agendaItem: string | null;
  author: string | null;
  firstPage: number;
  lastPage: number;
  classification: Part['classification'];
}

export interface StoredDocument {
  id: number;
  path: string;
  file: string;
  sha256: string;
  pages: number;
  status: Document['status'];
  error: string | null;
  errorCode: string | null;
  url: string | null;
  ingestedAt: string;
  parts: StoredPart[];
}

interface DocRow {
  id: number;
  path: string;
  sha256: string;
  status: Document['status'];
}

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i >= 0 ? path.slice(i + 1) : path;
}

function validate(doc: Document): Document {
  const parsed = Document.safeParse(doc);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'invalid';
    throw new InvalidDocumentError(typeof doc?.file === 'string' ? doc.file : '(unnamed)', where);
  }
  return parsed.data;
}

function byPath(db: Db, path: string): DocRow | undefined {
  return db.prepare('SELECT id, path, sha256, status FROM documents WHERE path = ?').get(path) as DocRow | undefined;
}

/** True when this exact content is already stored as a good (ok) document, at any path. */
export function hasGoodCopy(db: Db, sha256: string): boolean {
  return db.prepare("SELECT 1 FROM documents WHERE sha256 = ? AND status = 'ok' LIMIT 1").get(sha256) !== undefined;
}

/**
 * Whether a file needs parsing at all: false when the same content is stored as a good document
 * anywhere, or is stored at this very path as needs-ocr (parsing again would find no more text).
 */
export function isUnchanged(db: Db, path: string, sha256: string): boolean {
  if (hasGoodCopy(db, sha256)) return true;
  const row = byPath(db, path);
  return row !== undefined && row.sha256 === sha256 && row.status === 'needs-ocr';
}

export interface StoredVersion {
  sha256: string;
  status: Document['status'];
  error: string | null;
  errorCode: string | null;
  pages: number;
}

/** What is stored for `path` (content hash, status, error), or undefined. */
export function storedVersion(db: Db, path: string): StoredVersion | undefined {
  return db
    .prepare('SELECT sha256, status, error, error_code AS errorCode, pages FROM documents WHERE path = ?')
    .get(path) as StoredVersion | undefined;
}

/** The meeting dates a stored document's parts are for (the scope of its resolution links). */
function meetingDatesOf(db: Db, documentId: number): string[] {
  const rows = db
    .prepare('SELECT DISTINCT meeting_date AS d FROM parts WHERE document_id = ? AND meeting_date IS NOT NULL')
    .all(documentId) as Array<{ d: string }>;
  return rows.map((r) => r.d);
}

/** Deletes one stored document row (parts and facts by CASCADE) and its facts_fts rows. */
function deleteById(db: Db, id: number): void {
  db.prepare('DELETE FROM facts_fts WHERE part_id IN (SELECT id FROM parts WHERE document_id = ?)').run(id);
  db.prepare('DELETE FROM documents WHERE id = ?').run(id);
}

/**
 * Stores one Document (validated first) in one transaction and relinks resolutions to reports.
 * - the same content is already stored as ok (at this path or any other) → 'unchanged', nothing
 *   written (a stale different version at this path is dropped, since the file no longer holds it);
 * - this path holds another version → it is deleted and the new one written → 'replaced';
 * - otherwise → 'ingested'.
 */
export function writeDocument(db: Db, doc: Document, opts: WriteOptions): WriteResult {
  const valid = validate(doc);
  const now = (opts.now ?? new Date()).toISOString();
  return db.transaction((): WriteResult => {
    const existing = byPath(db, opts.path);
    if (valid.status === 'ok' && hasGoodCopy(db, valid.sha256)) {
      if (existing && existing.sha256 !== valid.sha256) {
        const dates = meetingDatesOf(db, existing.id);
        deleteById(db, existing.id);
        relinkResolutions(db, dates);
      }
      return 'unchanged';
    }
    const touched = existing ? meetingDatesOf(db, existing.id) : [];
    if (existing) deleteById(db, existing.id);
    const info = db
      .prepare(
        `INSERT INTO documents (path, file, sha256, pages, status, error, url, ingested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(opts.path, valid.file || baseName(opts.path), valid.sha256, valid.pages, valid.status, valid.error, opts.url ?? null, now);
    const documentId = Number(info.lastInsertRowid);
    valid.parts.forEach((part, seq) => insertPart(db, documentId, seq, part));
    relinkResolutions(db, [...touched, ...valid.parts.map((p) => p.meetingDate)]);
    return existing ? 'replaced' : 'ingested';
  })();
}

/**
 * Records a file that could not be ingested (or has no text layer) as a documents row with no
 * parts. A good (ok) version already stored at that path is kept untouched: nothing stored is lost.
 */
export function recordFailure(db: Db, failure: FailureRecord): FailureResult {
  if (failure.status !== 'failed' && failure.status !== 'needs-ocr') {
    throw new InvalidDocumentError(baseName(failure.path), `status must be failed or needs-ocr, got ${String(failure.status)}`);
  }
  const sha = Sha256.safeParse(failure.sha256);
  if (!sha.success) throw new InvalidDocumentError(baseName(failure.path), 'sha256 must be 64 lowercase hex digits');
  const now = (failure.now ?? new Date()).toISOString();
  return db.transaction((): FailureResult => {
    const existing = byPath(db, failure.path);
    if (existing && existing.status === 'ok') return 'kept-previous';
    if (existing) deleteById(db, existing.id);
    db.prepare(
      `INSERT INTO documents (path, file, sha256, pages, status, error, error_code, url, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
    ).run(failure.path, baseName(failure.path), failure.sha256, Math.max(0, Math.trunc(failure.pages)), failure.status,
      failure.error, failure.code ?? null, now);
    return 'recorded';
  })();
}

/** Deletes the document stored for `path` (its parts and facts with it); false when none. */
export function deleteDocument(db: Db, path: string): boolean {
  return db.transaction((): boolean => {
    const existing = byPath(db, path);
    if (!existing) return false;
    const dates = meetingDatesOf(db, existing.id);
    deleteById(db, existing.id);
    relinkResolutions(db, dates);
    return true;
  })();
}

interface DocumentRow {
  id: number;
  path: string;
  file: string;
  sha256: string;
  pages: number;
  status: Document['status'];
  error: string | null;
  error_code: string | null;
  url: string | null;
  ingested_at: string;
}

interface PartRow {
  id: number;
  document_id: number;
  type: Part['type'];
  title: string | null;
  council: string | null;
  committee: string | null;
  meeting_date: string | null;
  agenda_item: string | null;
  author: string | null;
  first_page: number;
  last_page: number;
  classification: Part['classification'];
}

/** Every stored document with its parts, by file name then path. */
export function listDocuments(db: Db): StoredDocument[] {
  const docs = db
    .prepare('SELECT id, path, file, sha256, pages, status, error, error_code, url, ingested_at FROM documents ORDER BY file, path')
    .all() as DocumentRow[];
  const parts = db
    .prepare(
      `SELECT id, document_id, type, title, council, committee, meeting_date, agenda_item, author,
              first_page, last_page, classification
         FROM parts ORDER BY document_id, seq`,
    )
    .all() as PartRow[];
  const byDoc = new Map<number, StoredPart[]>();
  for (const p of parts) {
    const list = byDoc.get(p.document_id) ?? [];
    list.push({
      id: p.id,
      type: p.type,
      title: p.title,
      council: p.council,
      committee: p.committee,
      meetingDate: p.meeting_date,
      agendaItem: p.agenda_item,
      author: p.author,
      firstPage: p.first_page,
      lastPage: p.last_page,
      classification: p.classification,
    });
    byDoc.set(p.document_id, list);
  }
  return docs.map((d) => ({
    id: d.id,
    path: d.path,
    file: d.file,
    sha256: d.sha256,
    pages: d.pages,
    status: d.status,
    error: d.error,
    errorCode: d.error_code,
    url: d.url,
    ingestedAt: d.ingested_at,
    parts: byDoc.get(d.id) ?? [],
  }));
}
