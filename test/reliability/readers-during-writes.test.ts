/**
 * Readers while another process ingests (WAL): a second connection answering questions
 * (engine.ask / engine.costs), searching paragraphs and reading the engine's corpus never sees a
 * half-written document — every document it sees as ok has exactly the parts, paragraphs and
 * facts it has once the ingest is over, and nothing it reads throws (no SQLITE_BUSY).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.ts';
import { Answer } from '../../src/answer/model.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { SCHEMA_VERSION } from '../../src/store/schema.ts';
import { searchParagraphs } from '../../src/store/search.ts';
import { documentStates, type DocState } from './helpers/db-state.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FILES = [
  'fixtures/kent/2025-01-30_24-00096_-_Commissioning_Plan_for_Education_Provision_in_Kent_2025-29_-_Report.pdf',
  'fixtures/kent/2025-01-30_24-00108_-_PROD.pdf',
  'fixtures/kent/2025-01-30_24-00108_-_Revenue_and_Capital_Budget_Monitoring_Report_November_2024-25.pdf',
  'fixtures/kent/2025-01-30_Minutes_of_the_meeting_held_on_9th_January_2025.pdf',
  'fixtures/kent/2025-03-04_Cabinet_Report_4_March_2025.pdf',
  'fixtures/kent/2025-03-04_Scrutiny_Committee_-_call-in_Family_Hubs_Report_to_Cabinet_-_FINAL.pdf',
  'fixtures/seeds/004_e69ee31119ed174e.pdf',
];
const QUESTIONS = [
  'what did cabinet approve about the budget?',
  'how much will the family hubs cost?',
  'what was decided about education provision?',
  'reserves',
  'what reports are due?',
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let dir: string | undefined;

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function schemaReady(path: string): boolean {
  if (!existsSync(path)) return false;
  try {
    const db = new Database(path, { readonly: true });
    try {
      const row = db.prepare("SELECT max(version) AS v FROM schema_version").get() as { v: number | null };
      return row.v === SCHEMA_VERSION;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

describe('reading while another process ingests', () => {
  it('never sees a half-written document', async () => {
    dir = mkdtempSync(join(tmpdir(), 'papers-readers-'));
    const papers = join(dir, 'papers');
    mkdirSync(papers);
    for (const f of FILES) copyFileSync(join(ROOT, f), join(papers, f.slice(f.lastIndexOf('/') + 1)));
    const dbPath = join(dir, 'papers.db');

    const child = spawn(process.execPath, [join(ROOT, 'bin/papers.js'), 'ingest', papers, '--db', dbPath], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    let exit: number | null | undefined;
    child.on('exit', (code) => (exit = code));

    // Every observation: what a reader saw of a document (by file), or of a part (by id).
    const seenDocs: Array<{ tick: number; state: DocState }> = [];
    const seenParts: Array<{ tick: number; partId: number; paragraphs: number; recommendations: number; amounts: number }> = [];
    const seenHits: Array<{ tick: number; partId: number; paragraphId: number }> = [];
    const errors: string[] = [];
    let ticks = 0;
    let answers = 0;
    let answersFound = 0;
    const docsSeenDuring = new Set<number>();

    while (!schemaReady(dbPath) && exit === undefined) await sleep(20);
    const reader: Db = openDatabase(dbPath, { migrate: false });
    const engine = createEngine(reader, { logger: pino({ level: 'silent' }) });
    try {
      while (exit === undefined) {
        ticks++;
        try {
          // (1) A consistent snapshot (one read transaction) of every stored document.
          const states = reader.transaction(() => documentStates(reader))();
          for (const s of states.values()) if (s.status === 'ok') seenDocs.push({ tick: ticks, state: s });
          docsSeenDuring.add(states.size);
          // (2) Statement by statement, outside any transaction, as a reader that does not take
          // one would: every part seen must already have all its paragraphs and facts.
          const parts = reader.prepare("SELECT p.id FROM parts p JOIN documents d ON d.id = p.document_id WHERE d.status = 'ok' AND p.classification = 'public'").all() as Array<{ id: number }>;
          const byPart = new Map<number, { paragraphs: number; recommendations: number; amounts: number }>();
          for (const p of parts) byPart.set(p.id, { paragraphs: 0, recommendations: 0, amounts: 0 });
          const countBy = (table: string): Array<{ partId: number; n: number }> =>
            reader.prepare(`SELECT part_id AS partId, count(*) AS n FROM ${table} GROUP BY part_id`).all() as Array<{ partId: number; n: number }>;
          for (const r of countBy('paragraphs')) { const c = byPart.get(r.partId); if (c) c.paragraphs = r.n; }
          for (const r of countBy('recommendations')) { const c = byPart.get(r.partId); if (c) c.recommendations = r.n; }
          for (const r of countBy('amounts')) { const c = byPart.get(r.partId); if (c) c.amounts = r.n; }
          for (const [partId, c] of byPart) seenParts.push({ tick: ticks, partId, ...c });
          // (3) Answers and search through the second connection.
          const q = QUESTIONS[ticks % QUESTIONS.length]!;
          const a = ticks % 2 === 0 ? engine.ask(q, { includeExempt: false }) : engine.costs(q, { includeExempt: false });
          Answer.parse(a);
          answers++;
          if (a.found) answersFound++;
          for (const h of searchParagraphs(reader, q, { limit: 20 })) seenHits.push({ tick: ticks, partId: h.partId, paragraphId: h.paragraphId });
        } catch (err) {
          errors.push(`tick ${ticks}: ${(err as Error).stack ?? String(err)}`);
        }
        await sleep(5);
      }
    } finally {
      reader.close();
    }
    expect(exit, stderr).toBe(0);
    expect(errors).toEqual([]);

    const final = new Database(dbPath, { readonly: true });
    let finalDocs: Map<string, DocState>;
    let finalParts: Map<number, { paragraphs: number; recommendations: number; amounts: number }>;
    let paragraphIds: Set<number>;
    try {
      finalDocs = documentStates(final);
      finalParts = new Map(
        (final
          .prepare(
            `SELECT p.id,
                    (SELECT count(*) FROM paragraphs x WHERE x.part_id = p.id) AS paragraphs,
                    (SELECT count(*) FROM recommendations x WHERE x.part_id = p.id) AS recommendations,
                    (SELECT count(*) FROM amounts x WHERE x.part_id = p.id) AS amounts
               FROM parts p`,
          )
          .all() as Array<{ id: number; paragraphs: number; recommendations: number; amounts: number }>).map((r) => [r.id, r]),
      );
      paragraphIds = new Set((final.prepare('SELECT id FROM paragraphs').all() as Array<{ id: number }>).map((r) => r.id));
    } finally {
      final.close();
    }
    expect(finalDocs.size).toBe(FILES.length);

    // The reader must have run while documents were arriving, not only before or after.
    console.log(
      `readers-during-writes: ${ticks} reads during the ingest, ${answers} answers (${answersFound} found), document counts seen: ${[...docsSeenDuring].sort().join(', ')}`,
    );
    expect(ticks).toBeGreaterThan(20);
    expect([...docsSeenDuring].some((n) => n > 0 && n < FILES.length)).toBe(true);

    for (const o of seenDocs) expect(o.state, `tick ${o.tick}`).toEqual(finalDocs.get(o.state.file));
    for (const o of seenParts) {
      const f = finalParts.get(o.partId);
      expect({ paragraphs: o.paragraphs, recommendations: o.recommendations, amounts: o.amounts }, `part ${o.partId} at tick ${o.tick}`).toEqual(
        f && { paragraphs: f.paragraphs, recommendations: f.recommendations, amounts: f.amounts },
      );
    }
    for (const h of seenHits) expect(paragraphIds.has(h.paragraphId), `hit ${h.paragraphId} at tick ${h.tick}`).toBe(true);
    expect(seenDocs.length).toBeGreaterThan(0);
    expect(seenHits.length).toBeGreaterThan(0);
  }, 180_000);
});
