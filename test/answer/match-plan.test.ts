import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/db.ts';
import { buildSnapshot, type Snapshot } from '../../src/answer/corpus.ts';
import { readingContext, understand } from '../../src/answer/understand.ts';
import { conceptExpression, matchPlan, quoteTerm } from '../../src/answer/match-plan.ts';
import { matchConcepts } from '../../src/answer/coverage.ts';
import { paragraphCandidates } from '../../src/store/candidates.ts';
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

describe('FTS5 expressions', () => {
  it('quotes every token, prefixes 5+ letters, ORs an acronym with its long form', () => {
    const q = ask(pub, 'What did the Adult Social Care and Public Health Committee approve about LAC?');
    const lac = matchConcepts(q.concepts, pub).find((m) => m.concept.label === 'LAC')!;
    expect(conceptExpression(lac, pub)).toBe('("lac" OR ("local"* AND "area" AND ("coordination"* OR "coordinator"*)))');
  });

  it('never passes user punctuation or operators through', () => {
    const q = ask(pub, 'what about "coordination" NEAR(local) OR area*?');
    const plan = matchPlan(matchConcepts(q.concepts, pub), pub);
    for (const e of [plan.all, plan.and, plan.or].filter((x) => x !== null).map((x) => x.expr)) {
      // the expression runs (no FTS5 syntax error) and holds quoted tokens only
      expect(() => paragraphCandidates(db, e, 5, { includeExempt: false })).not.toThrow();
      expect(e.replace(/"[^"]*"\*?/g, '').replace(/\b(AND|OR)\b|[() ]/g, '')).toBe('');
    }
  });

  it('ANDs the concepts first, so a paragraph holding every topic word is a candidate', () => {
    const q = ask(pub, 'what was approved about local area coordination');
    const plan = matchPlan(matchConcepts(q.concepts, pub), pub);
    expect(plan.and!.expr).toContain(' AND ');
    const hits = paragraphCandidates(db, plan.and!.expr, 50, { includeExempt: false });
    expect(hits.length).toBeGreaterThan(0);
  });

  it('quotes a single token with its double quotes doubled', () => {
    expect(quoteTerm('say "hi"')).toBe('"say ""hi"""');
    expect(() => paragraphCandidates(db, quoteTerm('NEAR(" OR'), 5, { includeExempt: false })).not.toThrow();
  });
});

describe('matchPlan: a lone rare word is not the whole search', () => {
  const snap = { unitCount: 10_000, vocab: new Map([['start', 180], ['contract', 700], ['home', 760], ['care', 2900]]) } as unknown as Snapshot;
  const concept = (label: string, df: number, soft = false) => ({
    concept: { label, alternatives: [[label]], required: !soft, ...(soft ? { soft: true } : {}) },
    alternatives: [[new Set([label])]],
    idf: Math.log(10_000 / df),
    df,
  });

  it('ANDs a rare soft word ("start") with the rarest topic word, and a lone rare word with the next', () => {
    const plan = matchPlan([concept('start', 180, true), concept('contract', 700), concept('home', 760), concept('care', 2900)], snap);
    expect(plan.and!.expr).toBe('"start"* AND "contract"*');
    const lone = matchPlan([concept('contract', 300), concept('home', 760), concept('care', 2900)], snap);
    expect(lone.and!.expr).toBe('"contract"* AND "home"');
  });
});
