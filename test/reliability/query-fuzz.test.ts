/**
 * 10,000 random and hostile strings (FTS5 syntax, SQL fragments, unicode edge cases, 10 KB
 * strings) through searchParagraphs, and through engine.ask and engine.costs, on a database
 * holding real fixture papers: no exception, a valid Answer every time, the database unharmed.
 *
 * The engine takes tens of milliseconds per question (about a second for a 10 KB one), so by
 * default every 20th string also goes through ask and costs (500 of each; the same seeded
 * sequence). PAPERS_FUZZ_ENGINE_EVERY=1 sends all 10,000 through the engine (about 10 minutes).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type AnswerEngine } from '../../src/answer/engine.ts';
import { Answer } from '../../src/answer/model.ts';
import { MAX_QUESTION_CHARS } from '../../src/answer/understand.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { searchParagraphs } from '../../src/store/search.ts';
import { consistencyProblems, documentStates } from './helpers/db-state.ts';
import { fixtureDbCopy } from './helpers/fixture-db.ts';
import { hostileString } from './helpers/hostile-strings.ts';
import { prng } from './helpers/prng.ts';

const CASES = 10_000;
const ENGINE_EVERY = Math.max(1, Number(process.env.PAPERS_FUZZ_ENGINE_EVERY ?? 20));
const ENGINE_CASES = Math.ceil(CASES / ENGINE_EVERY);
let dir: string;
let db: Db;
let engine: AnswerEngine;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'papers-fuzz-'));
  db = openDatabase(await fixtureDbCopy(dir));
  engine = createEngine(db, { logger: pino({ level: 'silent' }) });
}, 240_000);

afterAll(() => {
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function excerpt(s: string): string {
  return JSON.stringify(s.length > 120 ? `${s.slice(0, 120)}…(${s.length} chars)` : s);
}

describe(`query fuzz: ${CASES} hostile strings`, () => {
  it('the fixture database answers a plain question (so the fuzz runs against real content)', () => {
    const a = engine.ask('what did cabinet approve about the budget?', { includeExempt: false });
    expect(a.found).toBe(true);
    expect(searchParagraphs(db, 'budget').length).toBeGreaterThan(0);
  });

  it('never throws, always returns a valid Answer, and leaves the database as it was', () => {
    const before = documentStates(db);
    const rnd = prng(0xfacade);
    const failures: string[] = [];
    const started = performance.now();
    let found = 0;
    let hits = 0;
    let longest = 0;
    let engineRuns = 0;
    for (let i = 0; i < CASES; i++) {
      const q = hostileString(rnd);
      longest = Math.max(longest, q.length);
      const ctx = {
        includeExempt: rnd() < 0.3,
        now: new Date(Date.UTC(2020 + Math.floor(rnd() * 8), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28))),
        ...(rnd() < 0.2 ? { previousQuestion: hostileString(rnd) } : {}),
        ...(rnd() < 0.2 ? { limit: Math.floor(rnd() * 30), offset: Math.floor(rnd() * 40) } : {}),
      };
      const viaEngine = i % ENGINE_EVERY === 0;
      if (viaEngine) engineRuns++;
      for (const [name, call] of viaEngine ? ([
        ['ask', () => engine.ask(q, ctx)],
        ['costs', () => engine.costs(q, ctx)],
      ] as const) : []) {
        try {
          const a = Answer.parse(call());
          if (a.found) found++;
          if (typeof a.answer !== 'string' || a.answer.trim() === '') failures.push(`${name} #${i} ${excerpt(q)}: empty answer text`);
        } catch (err) {
          failures.push(`${name} #${i} ${excerpt(q)}: ${(err as Error).message.split('\n')[0]}`);
        }
      }
      try {
        hits += searchParagraphs(db, q, { limit: 1 + Math.floor(rnd() * 20), offset: Math.floor(rnd() * 5), prefixLast: rnd() < 0.5 }).length;
      } catch (err) {
        failures.push(`searchParagraphs #${i} ${excerpt(q)}: ${(err as Error).message.split('\n')[0]}`);
      }
      if (failures.length >= 20) break;
    }
    const ms = performance.now() - started;
    console.log(`query-fuzz: ${CASES} strings through search, ${engineRuns} of them through ask and costs, in ${(ms / 1000).toFixed(1)} s; ${found} answers found, ${hits} search hits, longest ${longest} chars`);
    expect(failures).toEqual([]);
    expect(found).toBeGreaterThan(0);
    expect(engineRuns).toBeGreaterThanOrEqual(ENGINE_CASES);
    expect(documentStates(db)).toEqual(before);
    expect(consistencyProblems(db)).toEqual([]);
  }, ENGINE_EVERY === 1 ? 1_800_000 : 240_000);

  it('a very long question is read only up to the engine\'s cap, so it costs what a long one does', () => {
    // Distinct made-up words: no de-duplication can shrink them. A Slack message may hold 40,000
    // characters; every question is answered on the event loop that also acknowledges Slack.
    // Structural, not timed: the answer to a 40,000-character question must be exactly the answer
    // to its first MAX_QUESTION_CHARS characters (so the work done is the same), and must stay
    // bounded in topic words.
    const question = (n: number): string => {
      let q = 'what did committee approve about ';
      for (let i = 0; q.length < n; i++) q += `w${i.toString(36)}x `;
      return q.slice(0, n);
    };
    const huge = question(40_000);
    const capped = huge.slice(0, MAX_QUESTION_CHARS);
    const a = Answer.parse(engine.ask(huge, { includeExempt: false }));
    const b = Answer.parse(engine.ask(capped, { includeExempt: false }));
    expect({ ...a, question: '' }).toEqual({ ...b, question: '' });
    expect(a.question).toBe(huge); // the question is echoed as asked
    const t = performance.now();
    engine.ask(huge, { includeExempt: false });
    console.log(`query-fuzz: 40,000-char question answered in ${(performance.now() - t).toFixed(0)} ms`);
  }, 120_000);
});
