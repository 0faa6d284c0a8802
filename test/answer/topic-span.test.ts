import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/db.ts';
import { buildSnapshot, type Snapshot, type Unit } from '../../src/answer/corpus.ts';
import { readingContext, understand } from '../../src/answer/understand.ts';
import { matchConcepts } from '../../src/answer/coverage.ts';
import { TOPIC_SPAN_WORDS, topicSpan } from '../../src/answer/topic-span.ts';
import { terms } from '../../src/answer/text.ts';
import { answerCorpus, seedDb } from '../helpers/seed-db.ts';

let db: Db;
let snap: Snapshot;
beforeAll(() => {
  db = seedDb(answerCorpus());
  snap = buildSnapshot(db, false);
});
afterAll(() => db.close());

const unit = (text: string): Unit => {
  const part = [...snap.parts.values()][0]!;
  return { key: 'paragraph:t', kind: 'paragraph', id: -1, part, text, page: 1, paragraph: null, status: null, value: null, extra: {}, tokens: new Set(terms(text)), date: null };
};
const filler = (n: number) => Array.from({ length: n }, (_, i) => `item${i} noted`).join(', ');
const matched = (q: string) =>
  matchConcepts(understand(q, readingContext(snap, new Date('2025-03-20'))).concepts, snap);

describe('topicSpan', () => {
  it('is 0 for a short text, however its words lie', () => {
    expect(topicSpan(matched('rail strategy'), unit('The rail timetable changed. The strategy was adopted.'))).toBe(0);
  });

  it('measures how far apart a long text holds the topic words', () => {
    const m = matched('has the rail strategy been adopted');
    const together = unit(`${filler(40)}. The rail strategy was adopted by Cabinet. ${filler(40)}.`);
    const apart = unit(`The rail timetable changed. ${filler(80)}. The waste strategy was adopted.`);
    expect(topicSpan(m, together)).toBeGreaterThan(0);
    expect(topicSpan(m, together)).toBeLessThanOrEqual(TOPIC_SPAN_WORDS);
    expect(topicSpan(m, apart)).toBeGreaterThan(TOPIC_SPAN_WORDS);
  });
});
