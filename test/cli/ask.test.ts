import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import { answerCorpus, seedDb } from '../helpers/seed-db.ts';
import { bufferIO } from '../helpers/cli-io.ts';

let dir: string;
let dbPath: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'papers-ask-'));
  dbPath = join(dir, 'papers.db');
  seedDb(answerCorpus(), dbPath).close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('papers ask', () => {
  it('--json prints the contract fields, items best first with their source', async () => {
    const io = bufferIO();
    expect(await main(['ask', 'What was approved about Local Area Coordination?', '--db', dbPath, '--json', '--public-only'], io)).toBe(0);
    const a = JSON.parse(io.out());
    expect(Object.keys(a).slice(0, 5)).toEqual(['question', 'found', 'intent', 'answer', 'items']);
    expect(a).toMatchObject({ question: 'What was approved about Local Area Coordination?', found: true, intent: 'approval' });
    expect(a.items[0]).toMatchObject({
      kind: 'recommendation',
      text: 'approves the establishment of 6 FTE Local Area Coordinator posts (Band A) for two years to develop Local Area Coordination.',
      status: 'approved',
      value: null,
      document: { file: 'asc-2021-02-08-lac.pdf', title: 'Developing Local Area Coordination Support in Nottinghamshire', committee: 'Adult Social Care and Public Health Committee', council: 'Nottinghamshire County Council', meetingDate: '2021-02-08', agendaItem: '5' },
      page: 23,
      paragraph: '25',
    });
    const scores = a.items.map((i: { score: number }) => i.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
  });

  it('prints quoted items with status and a source line in the terminal', async () => {
    const io = bufferIO();
    await main(['ask', 'What was approved about LAC?', '--db', dbPath], io);
    const out = io.out();
    expect(out).toContain('(LAC → Local Area Coordination');
    expect(out).toContain('1. Approved (minute 2021/005, 8 Mar 2021): “approves the establishment of 6 FTE Local Area Coordinator posts');
    expect(out).toContain('— Developing Local Area Coordination Support in Nottinghamshire · Adult Social Care and Public Health Committee · 8 Feb 2021 · agenda item 5 · p.23 · para 25 (asc-2021-02-08-lac.pdf)');
  });

  it('says plainly when nothing is found', async () => {
    const io = bufferIO();
    await main(['ask', 'What was decided about parking charges?', '--db', dbPath, '--json'], io);
    const a = JSON.parse(io.out());
    expect(a.found).toBe(false);
    expect(a.items).toEqual([]);
    expect(a.answer).toMatch(/^Nothing was found in the papers for/);
  });

  it('includes exempt parts for officers unless --public-only', async () => {
    const officer = bufferIO();
    await main(['ask', 'What was approved about Meadowbank Care Home?', '--db', dbPath, '--json'], officer);
    expect(JSON.parse(officer.out()).found).toBe(true);
    const pub = bufferIO();
    await main(['ask', 'What was approved about Meadowbank Care Home?', '--db', dbPath, '--json', '--public-only'], pub);
    expect(JSON.parse(pub.out()).found).toBe(false);
  });

  it('usage errors exit 2; a missing database is a friendly failure', async () => {
    const io = bufferIO();
    expect(await main(['ask', '--db', dbPath], io)).toBe(2);
    expect(io.err()).toContain('give the question in quotes');
    const missing = bufferIO();
    expect(await main(['ask', 'anything', '--db', join(dir, 'nope.db')], missing)).toBe(1);
    expect(missing.err()).toContain('papers ingest');
  });
});
