import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/db.ts';
import { buildSnapshot, type Snapshot } from '../../src/answer/corpus.ts';
import { readingContext, understand } from '../../src/answer/understand.ts';
import { destinationAskedFor, learnWords, retrieve, untitledWords } from '../../src/answer/retrieve.ts';
import { matchPlan } from '../../src/answer/match-plan.ts';
import { matchConcepts } from '../../src/answer/coverage.ts';
import { factCandidates, paragraphCandidates } from '../../src/store/candidates.ts';
import { answerCorpus, seedDb } from '../helpers/seed-db.ts';

const now = new Date('2021-06-01T09:00:00Z');
let db: Db;
let pub: Snapshot;

const ask = (snap: Snapshot, question: string) =>
  understand(question, readingContext(snap, now));

beforeAll(() => {
  db = seedDb(answerCorpus());
  pub = buildSnapshot(db, false);
});
afterAll(() => db.close());

describe('candidates in SQL', () => {
  it('leaves exempt parts out of the public candidates and the public vocabulary', () => {
    const all = buildSnapshot(db, true);
    const q = ask(all, 'Meadowbank care home acquisition');
    const plan = matchPlan(matchConcepts(q.concepts, all), all);
    const expr = (plan.all ?? plan.and!).expr;
    const withExempt = factCandidates(db, expr, 50, { includeExempt: true });
    expect(withExempt.length).toBeGreaterThan(0);
    expect(factCandidates(db, expr, 50, { includeExempt: false })).toEqual([]);
    expect(paragraphCandidates(db, expr, 50, { includeExempt: false })).toEqual([]);
    expect(pub.vocab.has('meadowbank')).toBe(false);
    expect(all.vocab.has('meadowbank')).toBe(true);
    const r = retrieve(db, pub, ask(pub, 'Meadowbank care home acquisition'), false, now);
    expect(r.scored.filter((s) => s.unit.part.classification === 'exempt')).toEqual([]);
  });

  it('applies the committee and date filters in SQL', () => {
    const q = ask(pub, 'What did the Adult Social Care and Public Health Committee decide last February?');
    const r = retrieve(db, pub, q, false, now);
    expect(r.scored.length).toBeGreaterThan(0);
    for (const s of r.scored) {
      expect(s.unit.part.committee).toBe('Adult Social Care and Public Health Committee');
      expect(s.unit.part.meetingDate! >= '2021-02-01' && s.unit.part.meetingDate! <= '2021-02-28').toBe(true);
    }
  });

  it('reads only the candidates, not the archive', () => {
    const r = retrieve(db, pub, ask(pub, 'What was approved about Local Area Coordination?'), false, now);
    expect(r.scored.length).toBeGreaterThan(0);
    expect(r.scored.length).toBeLessThan(pub.unitCount);
    expect(r.scored.every((s) => s.unit.part.file.includes('lac') || /coordinat/i.test(s.unit.text) || s.unit.kind !== 'paragraph')).toBe(true);
  });
});

describe('a sampled vocabulary (big archives)', () => {
  it('counts a sample and learns a question word the sample missed from the full-text index, public parts only', () => {
    const sampled = buildSnapshot(db, false, { sampleUnits: 5 });
    expect(sampled.sampleEvery).toBeGreaterThan(1);
    expect(sampled.unitCount).toBe(pub.unitCount);
    const q = ask(sampled, 'residential placements for looked after children');
    const missing = q.concepts.flatMap((c) => c.alternatives.flat()).filter((t) => !sampled.vocab.has(t) && pub.vocab.has(t));
    learnWords(db, sampled, q, false);
    for (const t of missing) expect(sampled.vocab.get(t), t).toBeGreaterThan(0);
    const e = ask(sampled, 'Meadowbank acquisition');
    learnWords(db, sampled, e, false);
    expect(sampled.vocab.has('meadowbank')).toBe(false);
  });
});

describe('untitledWords: the topic words a paper\'s title does not hold', () => {
  const concept = (label: string, df: number) => ({ concept: { label, alternatives: [[label]], required: true }, alternatives: [[new Set([label])]], idf: 1, df });
  const matched = [concept('street', 179), concept('trading', 125), concept('respons', 513)];

  it('gives the words a paragraph must hold beside its paper\'s title, the rarest first for the database', () => {
    const u = untitledWords(matched, new Set(['street', 'trading', 'policy', 'consultation']));
    expect(u?.first).toEqual(['respons']);
    expect(u?.patterns).toHaveLength(1);
    expect(u!.patterns[0]![0]![0]!.test('57 responses were received')).toBe(true);
  });

  it('gives nothing when the title holds all of the topic or none of it (the archive-wide search asked for every word)', () => {
    expect(untitledWords(matched, new Set(['street', 'trading', 'respons']))).toBeNull();
    expect(untitledWords(matched, new Set(['budget']))).toBeNull();
  });
});

describe('the body a paper is due at', () => {
  it('reads "coming back to cab", "to full council", "to o&s" as the words a promise to that body uses', () => {
    expect(destinationAskedFor('when is the review coming back to cab?')?.test('will be reported to Cabinet in July 2027')).toBe(true);
    expect(destinationAskedFor('when is the review coming back to cab?')?.test('will be reported back to the Committee in March 2026')).toBe(false);
    expect(destinationAskedFor('when does it go to full council?')?.test('for adoption by Council on 24 February')).toBe(true);
    expect(destinationAskedFor('when does it go to o&s?')?.test('the Overview and Scrutiny Committee will consider')).toBe(true);
    expect(destinationAskedFor('when is the review due?')).toBeNull();
  });
});
