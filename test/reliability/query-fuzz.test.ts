/**
 * 10,000 random and hostile strings (FTS5 syntax, SQL fragments, unicode edge cases, 10 KB
 * strings) through engine.ask, engine.costs and searchParagraphs on a database holding real
 * fixture papers: no exception, a valid Answer every time, and the database unharmed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type AnswerEngine } from '../../src/answer/engine.ts';
import { Answer } from '../../src/answer/model.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { searchParagraphs } from '../../src/store/search.ts';
import { consistencyProblems, documentStates } from './helpers/db-state.ts';
import { fixtureDbCopy } from './helpers/fixture-db.ts';
import { hostileString } from './helpers/hostile-strings.ts';
import { prng } from './helpers/prng.ts';

const CASES = 10_000;
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
    for (let i = 0; i < CASES; i++) {
      const q = hostileString(rnd);
      longest = Math.max(longest, q.length);
      const ctx = {
        includeExempt: rnd() < 0.3,
        now: new Date(Date.UTC(2020 + Math.floor(rnd() * 8), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28))),
        ...(rnd() < 0.2 ? { previousQuestion: hostileString(rnd) } : {}),
        ...(rnd() < 0.2 ? { limit: Math.floor(rnd() * 30), offset: Math.floor(rnd() * 40) } : {}),
      };
      for (const [name, call] of [
        ['ask', () => engine.ask(q, ctx)],
        ['costs', () => engine.costs(q, ctx)],
      ] as const) {
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
    console.log(`query-fuzz: ${CASES} strings × (ask, costs, search) in ${(ms / 1000).toFixed(1)} s; ${found} answers found, ${hits} search hits, longest ${longest} chars`);
    expect(failures).toEqual([]);
    expect(found).toBeGreaterThan(0);
    expect(documentStates(db)).toEqual(before);
    expect(consistencyProblems(db)).toEqual([]);
  }, 240_000);
});
