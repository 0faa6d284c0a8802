import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { writeDocument } from '../../src/store/documents.ts';
import { buildMatchExpression, searchParagraphs, tokenize } from '../../src/store/search.ts';
import { makeDocument, makePart, makeParagraph, sha } from '../helpers/documents.ts';

describe('buildMatchExpression', () => {
  it('quotes each token and joins with OR', () => {
    expect(buildMatchExpression('school transport')).toBe('"school" OR "transport"');
  });
  it('drops FTS5 operators and stopwords, keeps them when nothing else is left', () => {
    expect(buildMatchExpression('budget AND NOT overspend OR near NEAR(x)')).toBe('"budget" OR "overspend" OR "x"');
    expect(buildMatchExpression('what is the')).toBe('"what" OR "is" OR "the"');
    expect(buildMatchExpression('AND OR NOT')).toBeNull();
  });
  it('returns null when there is no letter or digit', () => {
    for (const s of ['', '   ', '"""', '*', '^-:()', '—…']) expect(buildMatchExpression(s), s).toBeNull();
  });
  it('splits on punctuation so no FTS5 syntax survives', () => {
    expect(buildMatchExpression('text:"£2.4m"* -cuts ^start')).toBe('"text" OR "2" OR "4m" OR "cuts" OR "start"');
  });
  it('makes the last token a prefix on request, dedupes, lower-cases, normalises unicode', () => {
    expect(buildMatchExpression('Educ educ', { prefixLast: true })).toBe('"educ"*');
    expect(buildMatchExpression('ＳＥＮＤ café')).toBe('"send" OR "café"');
  });
  it('caps the number and length of tokens', () => {
    const many = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    expect(buildMatchExpression(many)!.split(' OR ')).toHaveLength(32);
    expect(buildMatchExpression('x'.repeat(500))).toBe(`"${'x'.repeat(64)}"`);
  });
  it('tokenize keeps letters and digits of any script', () => {
    expect(tokenize('Ysgol Gymraeg — 2025/26, Łódź')).toEqual(['ysgol', 'gymraeg', '2025', '26', 'łódź']);
  });
});

describe('searchParagraphs', () => {
  let db: Db;
  beforeAll(() => {
    db = openDatabase(':memory:');
    writeDocument(db, makeDocument({
      file: 'old.pdf',
      parts: [makePart({
        title: 'Old transport report', meetingDate: '2023-03-01', agendaItem: '7',
        paragraphs: [
          makeParagraph({ number: '2.1', page: 3, section: 'Background', text: 'Home to school transport costs rose sharply.' }),
          makeParagraph({ number: '2.2', page: 3, section: 'Background', text: 'Libraries will open on Sundays.' }),
        ],
      })],
    }), { path: '/p/old.pdf', url: 'https://example.org/old.pdf' });
    writeDocument(db, makeDocument({
      file: 'new.pdf',
      parts: [makePart({
        title: 'New transport report', meetingDate: '2025-03-01',
        paragraphs: [makeParagraph({ number: '4', page: 9, section: 'Finance', text: 'Home to school transport costs rose sharply.' })],
      })],
    }), { path: '/p/new.pdf' });
    writeDocument(db, makeDocument({
      file: 'secret.pdf',
      parts: [makePart({
        title: 'Exempt transport contract', classification: 'exempt', meetingDate: '2024-01-01',
        paragraphs: [makeParagraph({ number: '1', page: 2, section: null, text: 'The transport contract bid prices from each transport supplier.' })],
      })],
    }), { path: '/p/secret.pdf' });
  });
  afterAll(() => db.close());

  it('returns passages best first with their document, page and paragraph number', () => {
    const hits = searchParagraphs(db, 'transport costs');
    expect(hits).toHaveLength(2); // exempt excluded by default
    // equal bm25 → newer meeting first
    expect(hits.map((h) => h.document.file)).toEqual(['new.pdf', 'old.pdf']);
    expect(hits[1]).toMatchObject({
      document: { file: 'old.pdf', title: 'Old transport report', committee: 'Cabinet', council: 'Kent County Council', meetingDate: '2023-03-01', agendaItem: '7', url: 'https://example.org/old.pdf' },
      partType: 'report',
      page: 3,
      paragraph: '2.1',
      section: 'Background',
      text: 'Home to school transport costs rose sharply.',
    });
    expect(hits[1]!.snippet).toContain('**transport**');
    expect(hits[0]!.score).toBeGreaterThan(0);
    expect(hits[0]!.score).toBeCloseTo(hits[1]!.score, 6);
  });

  it('ranks more matching terms higher (OR for recall, bm25 for order)', () => {
    const hits = searchParagraphs(db, 'libraries sundays transport', { includeExempt: true });
    expect(hits[0]!.text).toBe('Libraries will open on Sundays.');
    expect(hits.length).toBe(4);
  });

  it('includes exempt parts only when asked', () => {
    expect(searchParagraphs(db, 'supplier')).toEqual([]);
    const hits = searchParagraphs(db, 'supplier', { includeExempt: true });
    expect(hits.map((h) => [h.document.file, h.classification])).toEqual([['secret.pdf', 'exempt']]);
  });

  it('pages with limit and offset, and finds stemmed forms', () => {
    const all = searchParagraphs(db, 'transported', { includeExempt: true });
    expect(all).toHaveLength(3);
    expect(searchParagraphs(db, 'transported', { includeExempt: true, limit: 1, offset: 1 })[0]!.paragraphId).toBe(all[1]!.paragraphId);
  });

  it('searches section headings too', () => {
    expect(searchParagraphs(db, 'finance').map((h) => h.document.file)).toEqual(['new.pdf']);
  });

  it('never throws on hostile input', () => {
    const hostile = [
      '"', '""', '"unterminated', "'", '*', '**', 'transport*', '*transport', '^transport', 'NEAR(transport costs, 2)',
      'NEAR(', 'text:transport', 'section:finance', '{text section}:x', '-transport', 'transport -costs', '+', '(', ')',
      '(transport OR', 'AND', 'OR OR OR', 'NOT transport', 'transport AND', '\u0000', '\uFFFF', '\uD800', '🙂 transport',
      'ǅ', '²', 'Ⅻ', '\u0301', 'ﬁnance', 'İstanbul', 'x'.repeat(10_000), 'transport '.repeat(1_500), '"transport" OR "costs"',
      'col:"a" * ^b', '[]{}<>;|&$`\\', 'rowid=1', "'; DROP TABLE documents; --", '\n\t\r', '..', '%_',
    ];
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const alphabet = ['"', '*', '^', ':', '-', '+', '(', ')', 'NEAR', 'AND', 'OR', 'NOT', ' ', 'a', 'transport', 'é', '🙂', '\u0000', '\\', "'", ',', '{', '}', '2'];
    for (let i = 0; i < 300; i++) {
      const n = 1 + Math.floor(rnd() * 12);
      hostile.push(Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join(rnd() < 0.5 ? '' : ' '));
    }
    for (const s of hostile) {
      expect(() => searchParagraphs(db, s, { includeExempt: true, prefixLast: true }), JSON.stringify(s.slice(0, 40))).not.toThrow();
      expect(() => searchParagraphs(db, s), JSON.stringify(s.slice(0, 40))).not.toThrow();
    }
    expect(searchParagraphs(db, 'x'.repeat(10_000))).toEqual([]);
    expect(searchParagraphs(db, 'NEAR(transport costs, 2)').length).toBe(2);
  });

  it('returns nothing for text with no token', () => {
    expect(searchParagraphs(db, '?!')).toEqual([]);
  });

  it('does not return a replaced version', () => {
    const local = openDatabase(':memory:');
    writeDocument(local, makeDocument(), { path: '/p/a.pdf' });
    writeDocument(local, makeDocument({ sha256: sha('v2'), parts: [makePart({ paragraphs: [makeParagraph({ text: 'Parks.' })] })] }), { path: '/p/a.pdf' });
    expect(searchParagraphs(local, 'pupil')).toEqual([]);
    expect(searchParagraphs(local, 'parks')).toHaveLength(1);
    local.close();
  });
});
