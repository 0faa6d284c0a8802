import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/db.ts';
import { buildSnapshot, type Snapshot, type Unit } from '../../src/answer/corpus.ts';
import { readingContext, understand } from '../../src/answer/understand.ts';
import { coverage, holdsConcept, matchConcepts, type MatchedConcept } from '../../src/answer/coverage.ts';
import { terms } from '../../src/answer/text.ts';
import { answerCorpus, seedDb } from '../helpers/seed-db.ts';

const now = new Date('2021-06-01T09:00:00Z');
let db: Db;
let snap: Snapshot;

beforeAll(() => {
  db = seedDb(answerCorpus());
  snap = buildSnapshot(db, false);
});
afterAll(() => db.close());

const matched = (question: string) =>
  matchConcepts(understand(question, readingContext(snap, now)).concepts, snap);

/** A paragraph unit of the part titled `title`, with this text and section heading. */
function unitOf(title: string, text: string, section?: string): Unit {
  const part = [...snap.parts.values()].find((p) => p.title === title)!;
  expect(part).toBeDefined();
  return {
    key: `paragraph:test-${text.length}`, kind: 'paragraph', id: -1, part, text, page: 1, paragraph: null, status: null, value: null,
    extra: section ? { section } : {}, tokens: new Set(terms(text)), date: part.meetingDate,
  };
}

describe('coverage', () => {
  const title = 'Developing Local Area Coordination Support in Nottinghamshire';

  it('counts a topic word in the unit’s own text at full weight and in its text count', () => {
    const m = matched('foster carer recruitment');
    const cov = coverage(m, unitOf('Placement Sufficiency for Looked After Children', 'Foster carer recruitment remains the priority.'), snap);
    expect(cov.required).toBe(1);
    expect(cov.inText).toBe(cov.count);
    expect(cov.missing).toEqual([]);
  });

  it('gives a word found only in the paper’s title or the section heading less weight, and not in the text count', () => {
    const m = matched('nottinghamshire resilience');
    const titled = coverage(m, unitOf(title, 'They build resilience in communities.'), snap);
    // "nottinghamshire" only in the title: 0.85 of its weight
    expect(titled.required).toBeGreaterThanOrEqual(0.85);
    expect(titled.required).toBeLessThan(1);
    expect(titled.inText).toBe(1);
    expect(titled.missing).toEqual([]);
    const placement = 'Placement Sufficiency for Looked After Children';
    const headed = coverage(m, unitOf(placement, 'They build resilience in communities.', 'Nottinghamshire'), snap);
    expect(headed.required).toBeCloseTo(titled.required, 6);
    const neither = coverage(m, unitOf(placement, 'They build resilience in communities.'), snap);
    expect(neither.missing.map((c) => c.label)).toEqual(['nottinghamshire']);
  });

  it('lists the topic words a unit misses entirely', () => {
    const m = matched('robotics in foster care');
    const cov = coverage(m, unitOf('Placement Sufficiency for Looked After Children', 'Foster carer recruitment remains the priority.'), snap);
    expect(cov.missing.map((c) => c.label)).toContain('robotics');
    expect(cov.required).toBeLessThan(0.65);
  });

  it('holds a concept when every word of one way of writing it is present', () => {
    const lac = matched('what about LAC?').find((x) => x.concept.label === 'LAC')!;
    expect(holdsConcept(lac, new Set(terms('local area coordination')))).toBe(true);
    expect(holdsConcept(lac, new Set(terms('local area')))).toBe(false);
  });

  it('corrects the word as typed to a near word the papers use, never a synonym or long form (those are spelled right)', () => {
    const [m] = matchConcepts([{ label: 'cordination', alternatives: [['cordination'], ['cordination']], required: true }], snap);
    expect([...m!.alternatives[0]![0]!]).toContain('coordination');
    expect([...m!.alternatives[1]![0]!]).toEqual(['cordination']);
  });

  it('lets a common word be missing only beside two specific words held, and never a place', () => {
    const concept = (label: string, idf: number, df: number, place = false): MatchedConcept => ({
      concept: { label, alternatives: [[label]], required: true, ...(place ? { place: true } : {}) },
      alternatives: [[new Set([label])]],
      idf,
      df,
    });
    const rail = concept('rail', 7, 9);
    const freight = concept('freight', 7, 9);
    const strategy = concept('strategy', 1.5, 2000);
    const kent = concept('kent', 1.7, 2399, true);
    const part = [...snap.parts.values()].find((p) => p.title === title)!;
    const text = (t: string): Unit => ({ ...unitOf(title, t), part: { ...part, council: null } });
    expect(coverage([rail, strategy], text('The rail timetable changed.'), snap).missingCommon).toBe(0);
    expect(coverage([rail, freight, strategy], text('Rail freight grew.'), snap).missingCommon).toBe(1);
    expect(coverage([rail, freight, kent], text('Rail freight grew.'), snap).missingCommon).toBe(0);
  });

  it('takes a unit\'s own share from the topic words, not the places (the paper names the parish, the resolution need not)', () => {
    const concept = (label: string, idf: number, place = false): MatchedConcept => ({
      concept: { label, alternatives: [[label]], required: true, ...(place ? { place: true } : {}) },
      alternatives: [[new Set([label])]],
      idf,
      df: 10,
    });
    const part = [...snap.parts.values()].find((p) => p.title === title)!;
    const unit: Unit = { ...unitOf(title, 'to set the precept at £48,750.'), part: { ...part, council: 'Little Wendham Parish Council' } };
    const cov = coverage([concept('wendham', 7.9, true), concept('precept', 4), concept('set', 3.6)], unit, snap);
    expect(cov.missing).toEqual([]);
    expect(cov.own).toBe(1);
    expect(cov.required).toBeLessThan(1);
  });
});
