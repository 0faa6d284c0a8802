/**
 * Scores the engine and a plain FTS5 baseline on the question set.
 *  - A question expects an item from one of `files` whose text contains `text` (case and spacing
 *    ignored) — or, when `text` is null, any item from those files; or expects "none" (nothing
 *    in the papers answers it).
 *  - An answer item also hits when it cites a page of an expected file on which `text` occurs
 *    (the baseline answers with a page, so both are judged alike).
 *  - Baseline (the issue's "plain FTS5 page search"): every stored page of a public part becomes
 *    one row of a temporary FTS5 table (same tokenizer as paragraphs_fts); the question's
 *    buildMatchExpression (escaped content words, OR) ranked by bm25; its top pages are the
 *    answer; "nothing found" only when nothing matches.
 *  - A second, stronger reference baseline runs the same expression over paragraphs_fts and
 *    answers with its top paragraphs' pages. Both are printed; the target ratio is against the
 *    page baseline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Db } from '../../src/store/db.ts';
import { createEngine } from '../../src/answer/engine.ts';
import { buildMatchExpression } from '../../src/store/search.ts';
import { normaliseText } from '../../src/answer/text.ts';

export interface EvalQuestion {
  id: string;
  set: 'fixtures' | 'corpus';
  question: string;
  intent: string;
  /** Acceptable source files; empty for "none". */
  files: string[];
  /** A distinctive piece of the expected text; null = any item of the files; "none" = not in the papers. */
  text: string | null;
  /** ISO date used as "now" (relative dates); default DEFAULT_NOW. */
  now?: string;
}

export const DEFAULT_NOW = '2025-03-20T12:00:00Z';

export function loadQuestions(file?: string): EvalQuestion[] {
  return JSON.parse(readFileSync(file ?? join(import.meta.dirname, 'questions.json'), 'utf8')) as EvalQuestion[];
}

interface Cited {
  file: string;
  page: number;
  text: string;
}

export interface Scores {
  n: number;
  answerable: number;
  hit1: number;
  hit3: number;
  none: number;
  noneCorrect: number;
  /** Share of all questions answered right at rank 1 (hit@1 for answerable, found:false for none). */
  accuracy1: number;
}

export interface QuestionResult {
  q: EvalQuestion;
  engine: { hit1: boolean; hit3: boolean; found: boolean; intent: string; top: string | null };
  baseline: BaselineResult;
  paragraphBaseline: BaselineResult;
}

interface BaselineResult {
  hit1: boolean;
  hit3: boolean;
  found: boolean;
  top: string | null;
}

export interface EvalReport {
  engine: Scores;
  /** Plain FTS5 page search. */
  baseline: Scores;
  /** FTS5 paragraph search (stronger reference). */
  paragraphBaseline: Scores;
  results: QuestionResult[];
  /** Questions whose expected text is not in the stored papers (bad question or failed parse). */
  unverifiable: string[];
}

export function evaluate(db: Db, questions: readonly EvalQuestion[]): EvalReport {
  const engine = createEngine(db, { logger: pino({ level: 'silent' }) });
  const fileIds = new Map((db.prepare('SELECT id, file FROM documents').all() as Array<{ id: number; file: string }>).map((r) => [r.file, r.id]));
  const pagesCache = new Map<string, Set<number>>();
  const pagesOf = (file: string, text: string): Set<number> => {
    const key = `${file}\u0000${text}`;
    const hit = pagesCache.get(key);
    if (hit) return hit;
    const id = fileIds.get(file);
    const rows = id === undefined ? [] : (db.prepare(
      `SELECT g.page, g.text FROM paragraphs g JOIN parts p ON p.id = g.part_id WHERE p.document_id = ?
       UNION ALL SELECT r.page, r.text FROM recommendations r JOIN parts p ON p.id = r.part_id WHERE p.document_id = ?
       UNION ALL SELECT r.page, r.text FROM resolutions r JOIN parts p ON p.id = r.part_id WHERE p.document_id = ?
       UNION ALL SELECT a.page, a.context FROM amounts a JOIN parts p ON p.id = a.part_id WHERE p.document_id = ?
       UNION ALL SELECT w.page, w.title FROM work_programme_items w JOIN parts p ON p.id = w.part_id WHERE p.document_id = ?`,
    ).all(id, id, id, id, id) as Array<{ page: number; text: string }>);
    const want = normaliseText(text);
    const pages = new Set(rows.filter((r) => normaliseText(r.text).includes(want)).map((r) => r.page));
    pagesCache.set(key, pages);
    return pages;
  };
  const isHit = (q: EvalQuestion, c: Cited): boolean => {
    if (!q.files.includes(c.file)) return false;
    if (q.text === null) return true;
    return normaliseText(c.text).includes(normaliseText(q.text)) || pagesOf(c.file, q.text).has(c.page);
  };

  const results: QuestionResult[] = [];
  const unverifiable: string[] = [];
  for (const q of questions) {
    if (q.text !== null && q.text !== 'none' && !q.files.some((f) => pagesOf(f, q.text!).size > 0)) unverifiable.push(q.id);
    const now = new Date(q.now ?? DEFAULT_NOW);
    const a = engine.ask(q.question, { includeExempt: false, now, limit: 5 });
    const cited: Cited[] = a.items.map((i) => ({ file: i.document.file, page: i.page, text: i.text }));
    const none = q.text === 'none';
    const judge = (found: Cited[]): BaselineResult => ({
      found: found.length > 0,
      hit1: !none && found.slice(0, 1).some((c) => isHit(q, c)),
      hit3: !none && found.slice(0, 3).some((c) => isHit(q, c)),
      top: found[0] ? `${found[0].file} p${found[0].page}: ${found[0].text.slice(0, 90)}` : null,
    });
    results.push({
      q,
      engine: {
        found: a.found,
        intent: a.intent,
        hit1: !none && cited.slice(0, 1).some((c) => isHit(q, c)),
        hit3: !none && cited.slice(0, 3).some((c) => isHit(q, c)),
        top: cited[0] ? `${cited[0].file} p${cited[0].page}: ${cited[0].text.slice(0, 90)}` : null,
      },
      baseline: judge(pageBaseline(db, q.question)),
      paragraphBaseline: judge(paragraphBaseline(db, q.question)),
    });
  }
  return {
    engine: score(results, 'engine'),
    baseline: score(results, 'baseline'),
    paragraphBaseline: score(results, 'paragraphBaseline'),
    results,
    unverifiable,
  };
}

/** Builds (once per connection) a TEMP FTS5 table with one row per stored page of a public part. */
function ensurePageIndex(db: Db): void {
  const exists = db.prepare(`SELECT 1 FROM temp.sqlite_master WHERE name = 'eval_pages_fts'`).get();
  if (exists) return;
  db.exec(`CREATE VIRTUAL TABLE temp.eval_pages_fts USING fts5(text, file UNINDEXED, page UNINDEXED, tokenize='porter unicode61 remove_diacritics 2')`);
  db.exec(
    `INSERT INTO temp.eval_pages_fts(text, file, page)
     SELECT group_concat(text, char(10)), file, page FROM (
       SELECT g.text AS text, d.file AS file, g.page AS page
         FROM paragraphs g JOIN parts p ON p.id = g.part_id JOIN documents d ON d.id = p.document_id
        WHERE p.classification = 'public' ORDER BY d.file, g.page, g.id)
     GROUP BY file, page`,
  );
}

function pageBaseline(db: Db, question: string): Cited[] {
  const match = buildMatchExpression(question);
  if (!match) return [];
  ensurePageIndex(db);
  return db
    .prepare(`SELECT file, page, text FROM temp.eval_pages_fts WHERE eval_pages_fts MATCH ? ORDER BY bm25(eval_pages_fts) LIMIT 3`)
    .all(match) as Cited[];
}

function paragraphBaseline(db: Db, question: string): Cited[] {
  const match = buildMatchExpression(question);
  if (!match) return [];
  return db
    .prepare(
      `SELECT d.file AS file, g.page AS page, g.text AS text
         FROM paragraphs_fts JOIN paragraphs g ON g.id = paragraphs_fts.rowid
         JOIN parts p ON p.id = g.part_id JOIN documents d ON d.id = p.document_id
        WHERE paragraphs_fts MATCH ? AND p.classification = 'public'
        ORDER BY bm25(paragraphs_fts) LIMIT 3`,
    )
    .all(match) as Cited[];
}

function score(results: readonly QuestionResult[], who: 'engine' | 'baseline' | 'paragraphBaseline'): Scores {
  const answerable = results.filter((r) => r.q.text !== 'none');
  const none = results.filter((r) => r.q.text === 'none');
  const hit1 = answerable.filter((r) => r[who].hit1).length;
  const noneCorrect = none.filter((r) => !r[who].found).length;
  return {
    n: results.length,
    answerable: answerable.length,
    hit1,
    hit3: answerable.filter((r) => r[who].hit3).length,
    none: none.length,
    noneCorrect,
    accuracy1: results.length === 0 ? 0 : (hit1 + noneCorrect) / results.length,
  };
}

export function formatScores(label: string, s: Scores): string {
  const pct = (a: number, b: number): string => (b === 0 ? '  n/a' : `${(a / b).toFixed(2)}`);
  return `${label.padEnd(34)} hit@1 ${pct(s.hit1, s.answerable)} (${s.hit1}/${s.answerable})  hit@3 ${pct(s.hit3, s.answerable)} (${s.hit3}/${s.answerable})  nothing-found ${s.noneCorrect}/${s.none}  overall@1 ${s.accuracy1.toFixed(2)}`;
}
