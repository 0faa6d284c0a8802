/**
 * Regression gate: the fixture questions of questions.json through the real pipeline and store.
 * hit@1 must stay ≥ 0.8 and every "not in the papers" question must be answered "nothing found";
 * the fixture questions of the held-out sets must stay above floors set just under today's scores.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../src/store/db.ts';
import { FIXTURE_DIRS, ingestAll, pdfsIn } from './ingest.ts';
import { evaluate, loadQuestions, type EvalReport } from './evaluate.ts';
import { SYNTHETIC2 } from '../gold/holdout/synthetic2.ts';
import { SYNTHETIC3 } from '../gold/holdout/synthetic3.ts';
import { SYNTHETIC4 } from '../gold/holdout/synthetic4.ts';
import { SYNTHETIC5 } from '../gold/holdout/synthetic5.ts';
import { SYNTHETIC6 } from '../gold/holdout/synthetic6.ts';
import { SYNTHETIC7 } from '../gold/holdout/synthetic7.ts';
import { SYNTHETIC8 } from '../gold/holdout/synthetic8.ts';
import { SYNTHETIC9 } from '../gold/holdout/synthetic9.ts';
import { SYNTHETIC10 } from '../gold/holdout/synthetic10.ts';
import { SYNTHETIC11 } from '../gold/holdout/synthetic11.ts';
import { SYNTHETIC12 } from '../gold/holdout/synthetic12.ts';
import { SYNTHETIC13 } from '../gold/holdout/synthetic13.ts';
import { SYNTHETIC14 } from '../gold/holdout/synthetic14.ts';
import { SYNTHETIC15 } from '../gold/holdout/synthetic15.ts';
import { SYNTHETIC16 } from '../gold/holdout/synthetic16.ts';
import { SYNTHETIC17 } from '../gold/holdout/synthetic17.ts';
import { SYNTHETIC18 } from '../gold/holdout/synthetic18.ts';
import { SYNTHETIC19 } from '../gold/holdout/synthetic19.ts';
import { SYNTHETIC20 } from '../gold/holdout/synthetic20.ts';
import { SYNTHETIC21 } from '../gold/holdout/synthetic21.ts';
import { SYNTHETIC22 } from '../gold/holdout/synthetic22.ts';
import { SYNTHETIC23 } from '../gold/holdout/synthetic23.ts';
import { SYNTHETIC24 } from '../gold/holdout/synthetic24.ts';
import { SYNTHETIC25 } from '../gold/holdout/synthetic25.ts';
import { SYNTHETIC26 } from '../gold/holdout/synthetic26.ts';

let dir: string;
let db: Db;
let report: EvalReport;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'papers-eval-test-'));
  const r = await ingestAll(join(dir, 'eval.db'), pdfsIn(FIXTURE_DIRS));
  expect(r.failed).toEqual([]);
  db = r.db;
  report = evaluate(db, loadQuestions().filter((q) => q.set === 'fixtures'));
}, 300_000);

afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('answer evaluation on the fixtures', () => {
  it('has a real question set: 40+ questions, every intent, 5+ not in the papers', () => {
    const qs = loadQuestions();
    expect(qs.length).toBeGreaterThanOrEqual(40);
    expect([...new Set(qs.map((q) => q.intent))].sort()).toEqual(['approval', 'cost', 'deadline', 'general', 'posts', 'who', 'work-programme']);
    expect(qs.filter((q) => q.text === 'none').length).toBeGreaterThanOrEqual(5);
  });

  it('hit@1 ≥ 0.8 and beats the FTS5 baseline', () => {
    const e = report.engine;
    expect(e.hit1 / e.answerable).toBeGreaterThanOrEqual(0.8);
    expect(e.hit1).toBeGreaterThan(report.baseline.hit1);
  });

  it('says "nothing found" for every question the papers do not answer', () => {
    expect(report.engine.noneCorrect).toBe(report.engine.none);
  });

  it('every expected text exists in the stored papers (the question set is checkable)', () => {
    expect(report.unverifiable).toEqual([]);
  });
});

describe('held-out questions on the fixtures (written without looking at the engine)', () => {
  // Floors a little under today's fixture-only scores (holdout 0.83, holdout2 0.76, holdout3 0.64,
  // holdout4 0.86, holdout5 0.67, holdout6 0.55, holdout7 0.75, holdout8 0.50, holdout9 0.57,
  // holdout10 0.33, holdout11 0.50): a change that loses held-out answers, or answers an
  // unanswerable one, fails here. Some sets have unanswerable questions the engine still answers
  // (at most that many): h7-none-otter-st-lead (the consultation is named in the minutes, its lead
  // officer is not), h8-none-library-strategy (libraries and a strategy in a performance
  // paragraph), h10-n-asbestos ("removal" and "schools" in a budget line), h11-none-film-office and
  // h11-none-kent-test-review (the words in unrelated paragraphs).
  it.each([
    ['holdout.json', 0.8, 0],
    ['holdout2.json', 0.7, 0],
    ['holdout3.json', 0.6, 0],
    ['holdout4.json', 0.8, 0],
    ['holdout5.json', 0.6, 0],
    ['holdout6.json', 0.5, 0],
    ['holdout7.json', 0.7, 1],
    ['holdout8.json', 0.45, 1],
    ['holdout9.json', 0.5, 0],
    ['holdout10.json', 0.3, 1],
    ['holdout11.json', 0.45, 2],
  ] as const)('%s: hit@1 ≥ %s, overall above the FTS5 page baseline, "nothing found" for all but %s unanswerable', (file, floor, wrong) => {
    const r = evaluate(db, loadQuestions(join(import.meta.dirname, file)).filter((q) => q.set === 'fixtures'));
    expect(r.engine.answerable).toBeGreaterThanOrEqual(10);
    expect(r.engine.hit1 / r.engine.answerable).toBeGreaterThanOrEqual(floor);
    expect(r.engine.accuracy1).toBeGreaterThan(r.baseline.accuracy1);
    expect(r.engine.noneCorrect).toBeGreaterThanOrEqual(r.engine.none - wrong);
  });
});

describe('questions on other councils\' papers (200 synthetic papers written blind, test/gold/holdout/synthetic2.ts … synthetic26.ts)', () => {
  let sdir: string;
  let sdb: Db;
  beforeAll(async () => {
    sdir = mkdtempSync(join(tmpdir(), 'papers-eval-synthetic-'));
    const files = Object.entries({ ...SYNTHETIC2, ...SYNTHETIC3, ...SYNTHETIC4, ...SYNTHETIC5, ...SYNTHETIC6, ...SYNTHETIC7, ...SYNTHETIC8, ...SYNTHETIC9, ...SYNTHETIC10, ...SYNTHETIC11, ...SYNTHETIC12, ...SYNTHETIC13, ...SYNTHETIC14, ...SYNTHETIC15, ...SYNTHETIC16, ...SYNTHETIC17, ...SYNTHETIC18, ...SYNTHETIC19, ...SYNTHETIC20, ...SYNTHETIC21, ...SYNTHETIC22, ...SYNTHETIC23, ...SYNTHETIC24, ...SYNTHETIC25, ...SYNTHETIC26 }).map(([key, make]) => {
      const path = join(sdir, `${key}.pdf`);
      writeFileSync(path, make());
      return path;
    });
    const r = await ingestAll(join(sdir, 'eval.db'), [...pdfsIn(FIXTURE_DIRS), ...files]);
    expect(r.failed).toEqual([]);
    sdb = r.db;
  }, 300_000);
  afterAll(() => {
    sdb?.close();
    rmSync(sdir, { recursive: true, force: true });
  });

  // Floors a little under today's scores with the fixtures beside them (synthetic 0.86, first blind
  // run 0.56; synthetic3 0.8, first blind run 0.70; synthetic4 0.73, first blind run 0.64;
  // synthetic5 0.64 here and 0.69 beside the Kent corpus, first blind run 0.69, kept aside until
  // every other change of its session was made; synthetic6 0.69, first blind run 0.50;
  // synthetic7 0.89, first blind run 0.69; synthetic8 0.58, first blind run 0.56, kept aside until
  // the end of its session; synthetic9 0.67, first blind run 0.42; synthetic10 0.61, first blind
  // run 0.47, kept aside until the end of its session; synthetic11 0.89, first blind run 0.64;
  // synthetic12 0.83, first blind run 0.67, kept aside until the end of its session; synthetic13
  // 0.67, first blind run 0.58; synthetic14 0.75, first blind run 0.61, kept aside until every
  // change set 13 prompted was made; synthetic15 0.75, first blind run 0.78 beside the corpus;
  // synthetic16 0.72, first blind run 0.72 beside the corpus, kept aside until every change sets
  // 13 to 15 prompted was made; synthetic17 0.86, first blind run 0.61 beside the corpus;
  // synthetic18 0.87, first blind run 0.83 beside the corpus, kept aside until every change set
  // 17 prompted was made; synthetic19 0.78, first blind run 0.67 beside the corpus; synthetic20
  // 0.56, first blind run 0.50 beside the corpus, kept aside until every change set 19 prompted
  // was made; synthetic21 0.89, first blind run 0.75 beside the corpus, kept aside until every
  // change set 22 prompted was made (0.75 then too); synthetic22 0.75, first blind run 0.50
  // beside the corpus; synthetic23 0.83, first blind run 0.72 beside the corpus; synthetic24 0.81,
  // first blind run 0.75 beside the corpus, kept aside until every change set 23 prompted was
  // made (0.75 then too); synthetic25 0.78, first blind run 0.69 beside the corpus, kept aside
  // until every change set 26 prompted was made (0.69 then too); synthetic26 0.86, first blind run
  // 0.61 beside the corpus). Set 25 answers two questions it does not hold: the operator of a
  // demand responsive transport service with the paragraph introducing it, a town deal's leisure
  // centre with its projects table. With sets 25 and 26 beside it, synthetic13 falls from 0.61 to
  // 0.53: set 26's combined authority board approves "the Adult Skills Fund allocations" for the
  // next academic year in the same words (two of its questions, neither naming the authority, go
  // to the newer paper), and set 25's Scottish council has a "Place and Environment Scrutiny
  // Committee" too, whose next meeting is not set 13's; synthetic5's "national park … visitor car
  // parks" question is answered with set 26's car park tariffs. Sets 23 and 24 each answer one question they do not hold: new
  // ecologist posts with the BNG report's paragraph on the habitat banks it is creating, new
  // licensing enforcement officers with the street trading report's opening.
  // Set 20's three wrong answers to questions it does not answer: a SEND sufficiency
  // strategy at Cabinet answered with Kent's SEND strategy link, a leisure decarbonisation bid's
  // lead with a climate report's bid table, and the local plan's Regulation 19 consultation with
  // another council's programme item of that name; set 19's: garage rents with the HRA paper's
  // rent paragraph. Set 17's two wrong answers to questions it does not answer: the
  // treasury adviser's fee answered with the paragraph naming the adviser, and taxi licence fees'
  // start with the car park tariff's in the paper that also lists taxi fees. With set 18's papers
  // beside it, synthetic4's "when is the ni council's leisure strategy due back to committee?" is
  // answered with set 18's Northern Ireland leisure committee minutes (a report promised to its
  // November meeting; the sports pitch strategy deferred is a few lines further on). Set 14's two wrong answers to questions it does not answer:
  // naloxone (a word no paper holds) answered with the drug service's own paper, and a 20mph
  // review found on another council's committee of the same name. Set 12's two
  // wrong answers to questions it does not answer: a police and crime panel's "own running budget"
  // answered with its precept decision, and a flood partnership board's chair with the flood
  // report's partner contributions. With set 7's papers beside it, synthetic4's "how many
  // FTE are being cut from the housing options team?" is answered with a 2,000-character Kent
  // paragraph whose two columns were read as one (every word of the question somewhere in it).
  // Wrong "nothing found": synthetic6's "who chairs the harbury and oakmere joint waste
  // committee?" is answered with the chair of their joint planning committee ("waste" is the one
  // word missing of five); synthetic5's two are counted in the gate's own database. With set 9's
  // papers beside it (words' rarity shifts), synthetic3's "is the suicide prevention strategy on
  // the health scrutiny work programme?" is answered with a Kent appendix listing the "K&M Suicide
  // Prevention Strategy" ("scrutiny" the one word of five missing). Set 9's two are a Kent
  // appendix on suicide prevention and a flood risk strategy, for a board's forward plan.
  it.each([
    ['synthetic.json', 0.8, 0],
    ['synthetic3.json', 0.75, 1],
    ['synthetic4.json', 0.7, 2],
    ['synthetic5.json', 0.6, 3],
    ['synthetic6.json', 0.6, 1],
    ['synthetic7.json', 0.8, 1],
    ['synthetic8.json', 0.5, 1],
    ['synthetic9.json', 0.55, 2],
    ['synthetic10.json', 0.55, 0],
    ['synthetic11.json', 0.75, 1],
    ['synthetic12.json', 0.7, 2],
    ['synthetic13.json', 0.5, 1],
    ['synthetic14.json', 0.65, 2],
    ['synthetic15.json', 0.65, 1],
    ['synthetic16.json', 0.65, 1],
    ['synthetic17.json', 0.75, 2],
    ['synthetic18.json', 0.75, 0],
    ['synthetic19.json', 0.7, 1],
    ['synthetic20.json', 0.5, 3],
    ['synthetic21.json', 0.8, 0],
    ['synthetic22.json', 0.65, 0],
    ['synthetic23.json', 0.75, 1],
    ['synthetic24.json', 0.75, 1],
    ['synthetic25.json', 0.75, 2],
    ['synthetic26.json', 0.8, 0],
  ] as const)('%s: hit@1 ≥ %s and "nothing found" for every question they do not answer but %s', (file, floor, wrongNones) => {
    const r = evaluate(sdb, loadQuestions(join(import.meta.dirname, file)));
    expect(r.unverifiable).toEqual([]);
    expect(r.engine.answerable).toBeGreaterThanOrEqual(25);
    expect(r.engine.hit1 / r.engine.answerable).toBeGreaterThanOrEqual(floor);
    expect(r.engine.noneCorrect).toBeGreaterThanOrEqual(r.engine.none - wrongNones);
  });
});
