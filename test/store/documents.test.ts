import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { deleteDocument, InvalidDocumentError, isUnchanged, listDocuments, recordFailure, writeDocument } from '../../src/store/documents.ts';
import { makeDocument, makeFullPart, makePart, makeParagraph, sha } from '../helpers/documents.ts';
import type { Document } from '../../ingest/model.ts';

let db: Db;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

const count = (table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const ftsCount = (term: string): number =>
  (db.prepare('SELECT count(*) AS n FROM paragraphs_fts WHERE paragraphs_fts MATCH ?').get(term) as { n: number }).n;
const factKinds = (): string[] =>
  (db.prepare('SELECT kind FROM facts_fts ORDER BY kind').all() as { kind: string }[]).map((r) => r.kind);

describe('writeDocument', () => {
  it('stores a document with parts, paragraphs (indexed), tables and every fact kind, indexed in facts_fts', () => {
    const doc = makeDocument({ parts: [makeFullPart()] });
    expect(writeDocument(db, doc, { path: '/papers/report.pdf', url: 'https://example.org/r.pdf' })).toBe('ingested');
    expect(count('documents')).toBe(1);
    expect(count('parts')).toBe(1);
    expect(count('paragraphs')).toBe(2);
    expect(count('part_tables')).toBe(1);
    for (const t of ['recommendations', 'resolutions', 'amounts', 'posts', 'commitments', 'work_programme_items', 'acronyms']) {
      expect(count(t), t).toBe(1);
    }
    expect(factKinds()).toEqual(['acronym', 'amount', 'commitment', 'post', 'recommendation', 'resolution', 'work-programme']);
    expect(ftsCount('"pupil"')).toBe(1);
    // amounts index context and subject; acronyms "SHORT long"; posts title + text; wp title + summary
    const hit = (q: string) => (db.prepare('SELECT kind FROM facts_fts WHERE facts_fts MATCH ? ORDER BY kind').all(q) as { kind: string }[]).map((r) => r.kind);
    expect(hit('"transport" AND "contract"')).toEqual(['amount']);
    expect(hit('"send" AND "disabilities"')).toEqual(['acronym']);
    expect(hit('"consultation"')).toEqual(['work-programme']);
    expect(hit('"project" AND "officer"')).toEqual(['post']);
    const row = db.prepare('SELECT path, file, url, status, pages FROM documents').get();
    expect(row).toEqual({ path: '/papers/report.pdf', file: 'report.pdf', url: 'https://example.org/r.pdf', status: 'ok', pages: 4 });
    const amount = db.prepare('SELECT value, table_json FROM amounts').get() as { value: number; table_json: string };
    expect(amount.value).toBe(350820);
    expect(JSON.parse(amount.table_json)).toMatchObject({ table: 0, row: 0, column: 1, columnHeader: '2025/26' });
    const res = db.prepare('SELECT outcome, items_json, votes_for FROM resolutions').get();
    expect(res).toEqual({ outcome: 'approved', items_json: JSON.stringify([{ label: null, text: 'the Commissioning Plan be approved.' }]), votes_for: null });
  });

  it('is idempotent: the same content at the same path is unchanged and writes nothing', () => {
    const doc = makeDocument();
    writeDocument(db, doc, { path: '/p/a.pdf', now: new Date('2025-01-01T00:00:00Z') });
    expect(writeDocument(db, doc, { path: '/p/a.pdf', now: new Date('2025-02-01T00:00:00Z') })).toBe('unchanged');
    expect(count('documents')).toBe(1);
    expect(count('paragraphs')).toBe(2);
    expect((db.prepare('SELECT ingested_at FROM documents').get() as { ingested_at: string }).ingested_at).toBe('2025-01-01T00:00:00.000Z');
  });

  it('treats the same content at another path as unchanged (no duplicate papers)', () => {
    const doc = makeDocument();
    writeDocument(db, doc, { path: '/p/a.pdf' });
    expect(writeDocument(db, doc, { path: '/copy/a.pdf' })).toBe('unchanged');
    expect(count('documents')).toBe(1);
    expect(isUnchanged(db, '/copy/a.pdf', doc.sha256)).toBe(true);
    expect(isUnchanged(db, '/copy/a.pdf', sha('other'))).toBe(false);
  });

  it('replaces a new version of the same path atomically, removing the old facts and index rows', () => {
    writeDocument(db, makeDocument({ parts: [makeFullPart()] }), { path: '/p/a.pdf' });
    const v2 = makeDocument({
      sha256: sha('v2'),
      parts: [makePart({ paragraphs: [makeParagraph({ text: 'Libraries will open on Sundays.' })] })],
    });
    expect(writeDocument(db, v2, { path: '/p/a.pdf' })).toBe('replaced');
    expect(count('documents')).toBe(1);
    expect(count('paragraphs')).toBe(1);
    expect(count('recommendations')).toBe(0);
    expect(count('facts_fts')).toBe(0);
    expect(ftsCount('"pupil"')).toBe(0);
    expect(ftsCount('"libraries"')).toBe(1);
    expect((db.prepare('SELECT sha256 FROM documents').get() as { sha256: string }).sha256).toBe(sha('v2'));
  });

  it('rejects an invalid Document before touching the database, keeping the stored version', () => {
    writeDocument(db, makeDocument(), { path: '/p/a.pdf' });
    const bad = { ...makeDocument({ sha256: sha('bad') }), parts: [{ ...makePart(), firstPage: 0 }] } as Document;
    expect(() => writeDocument(db, bad, { path: '/p/a.pdf' })).toThrow(InvalidDocumentError);
    expect(() => writeDocument(db, { ...makeDocument(), sha256: 'nothex' }, { path: '/p/b.pdf' })).toThrow(/sha256/);
    expect(count('documents')).toBe(1);
    expect((db.prepare('SELECT sha256 FROM documents').get() as { sha256: string }).sha256).toBe(sha('report.pdf'));
    expect(ftsCount('"pupil"')).toBe(1);
  });

  it('rolls back a half-written document when a write fails mid-way (old version intact)', () => {
    writeDocument(db, makeDocument(), { path: '/p/a.pdf' });
    // Force a failure after the old version has been deleted and some new rows inserted.
    db.exec(`CREATE TRIGGER boom BEFORE INSERT ON acronyms BEGIN SELECT RAISE(ABORT, 'disk full'); END;`);
    const v2 = makeDocument({ sha256: sha('v2'), parts: [makeFullPart()] });
    expect(() => writeDocument(db, v2, { path: '/p/a.pdf' })).toThrow(/disk full/);
    db.exec('DROP TRIGGER boom');
    expect(count('documents')).toBe(1);
    expect((db.prepare('SELECT sha256 FROM documents').get() as { sha256: string }).sha256).toBe(sha('report.pdf'));
    expect(count('paragraphs')).toBe(2);
    expect(count('recommendations')).toBe(0);
    expect(count('facts_fts')).toBe(0);
    expect(ftsCount('"pupil"')).toBe(1);
  });
});

describe('recordFailure', () => {
  it('stores a failed file as a documents row with no parts', () => {
    expect(recordFailure(db, { path: '/p/bad.pdf', sha256: sha('x'), pages: 0, status: 'failed', error: 'The file is empty (0 bytes).', code: 'empty' })).toBe('recorded');
    const [doc] = listDocuments(db);
    expect(doc).toMatchObject({ file: 'bad.pdf', status: 'failed', error: 'The file is empty (0 bytes).', errorCode: 'empty', parts: [] });
    // recorded again (same path): still one row
    recordFailure(db, { path: '/p/bad.pdf', sha256: sha('y'), pages: 3, status: 'needs-ocr', error: 'no text layer' });
    expect(listDocuments(db)).toMatchObject([{ status: 'needs-ocr', pages: 3, sha256: sha('y') }]);
  });

  it('keeps a good version of the path: nothing already stored is lost', () => {
    writeDocument(db, makeDocument(), { path: '/p/a.pdf' });
    expect(recordFailure(db, { path: '/p/a.pdf', sha256: sha('truncated'), pages: 0, status: 'failed', error: 'corrupt' })).toBe('kept-previous');
    expect(listDocuments(db)).toMatchObject([{ status: 'ok', sha256: sha('report.pdf'), parts: [{ type: 'report' }] }]);
    expect(ftsCount('"pupil"')).toBe(1);
  });

  it('a good version later replaces a recorded failure', () => {
    recordFailure(db, { path: '/p/a.pdf', sha256: sha('bad'), pages: 0, status: 'failed', error: 'corrupt' });
    expect(writeDocument(db, makeDocument(), { path: '/p/a.pdf' })).toBe('replaced');
    expect(listDocuments(db)).toMatchObject([{ status: 'ok', error: null }]);
  });

  it('rejects a malformed failure record', () => {
    expect(() => recordFailure(db, { path: '/p/a.pdf', sha256: 'zz', pages: 0, status: 'failed', error: 'x' })).toThrow(InvalidDocumentError);
    expect(count('documents')).toBe(0);
  });
});

describe('listDocuments / deleteDocument', () => {
  it('lists documents with their parts in order', () => {
    writeDocument(db, makeDocument({
      file: 'pack.pdf',
      parts: [
        makePart({ type: 'agenda', title: 'Agenda', firstPage: 1, lastPage: 1 }),
        makePart({ type: 'report', title: 'Budget', firstPage: 2, lastPage: 9, classification: 'exempt' }),
      ],
    }), { path: '/p/pack.pdf' });
    const docs = listDocuments(db);
    expect(docs).toHaveLength(1);
    expect(docs[0]!.parts.map((p) => [p.type, p.title, p.firstPage, p.lastPage, p.classification])).toEqual([
      ['agenda', 'Agenda', 1, 1, 'public'],
      ['report', 'Budget', 2, 9, 'exempt'],
    ]);
    expect(docs[0]!.parts[1]).toMatchObject({ committee: 'Cabinet', meetingDate: '2025-01-30', agendaItem: '5', council: 'Kent County Council' });
  });

  it('deletes a document with all its rows and index entries', () => {
    writeDocument(db, makeDocument({ parts: [makeFullPart()] }), { path: '/p/a.pdf' });
    expect(deleteDocument(db, '/p/a.pdf')).toBe(true);
    expect(deleteDocument(db, '/p/a.pdf')).toBe(false);
    for (const t of ['documents', 'parts', 'paragraphs', 'recommendations', 'amounts', 'facts_fts']) expect(count(t), t).toBe(0);
    expect(ftsCount('"pupil"')).toBe(0);
  });
});
