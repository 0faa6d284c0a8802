import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, SqliteStore } from '../../src/store/store.ts';
import { makeDocument, makePart, sha } from '../helpers/documents.ts';

const dir = mkdtempSync(join(tmpdir(), 'papers-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SqliteStore', () => {
  it('writes, lists, searches and survives reopening the file', () => {
    const path = join(dir, 'papers.db');
    const store = openStore(path);
    expect(store).toBeInstanceOf(SqliteStore);
    expect(store.writeDocument(makeDocument({ file: 'a.pdf' }), { path: '/p/a.pdf' })).toBe('ingested');
    expect(store.isUnchanged('/p/a.pdf', sha('a.pdf'))).toBe(true);
    expect(store.recordFailure({ path: '/p/b.pdf', sha256: sha('b'), pages: 0, status: 'failed', error: 'The file is not a PDF.' })).toBe('recorded');
    store.close();
    store.close(); // closing twice is harmless

    const again = openStore(path);
    expect(again.listDocuments().map((d) => [d.file, d.status, d.parts.length])).toEqual([
      ['a.pdf', 'ok', 1],
      ['b.pdf', 'failed', 0],
    ]);
    expect(again.searchParagraphs('pupil numbers')[0]).toMatchObject({ document: { file: 'a.pdf' }, paragraph: '1.2', page: 2 });
    expect(again.db.prepare('SELECT count(*) AS n FROM parts').get()).toEqual({ n: 1 });
    expect(again.writeDocument(makeDocument({ file: 'a.pdf', sha256: sha('v2'), parts: [makePart({ title: 'v2' })] }), { path: '/p/a.pdf' })).toBe('replaced');
    expect(again.deleteDocument('/p/b.pdf')).toBe(true);
    expect(again.listDocuments().map((d) => d.parts[0]?.title)).toEqual(['v2']);
    again.close();
  });
});
