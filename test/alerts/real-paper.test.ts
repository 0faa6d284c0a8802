/**
 * The alerts over a real paper, ingested end to end: Nottinghamshire County Council, Adult
 * Social Care and Public Health Committee, 8 February 2021 (fixtures/seeds/001_….pdf). Values
 * checked by reading the paper: the work programme (pp. 57–58) lists "Market management position
 * statement" for 29 March 2021 (lead officer "Corporate Director, Adult Social Care and Health",
 * author Gemma Shelton); the Local Area Coordination report (p. 17) recommends that the committee
 * "3) receives a progress evaluation report in April 2022".
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { listDue } from '../../src/alerts/due.ts';
import { ingestPaths } from '../../src/batch/ingest-batch.ts';
import type { Db } from '../../src/store/db.ts';
import { memoryDb, testLogger } from './seed.ts';

const PAPER = fileURLToPath(new URL('../../fixtures/seeds/001_8a304a7deb4eeb63.pdf', import.meta.url));
let db: Db;

beforeAll(async () => {
  db = memoryDb();
  const s = await ingestPaths([PAPER], { db, logger: testLogger().logger, concurrency: 1 });
  expect(s.ingested).toBe(1);
});

afterAll(() => db.close());

describe('alerts over a real committee paper', () => {
  it('reminds of the report deadline and agenda deadline for the 29 March 2021 meeting', () => {
    const on = (from: string) =>
      listDue(db, { from, withinDays: 20, includeExempt: false }).find((i) => i.title === 'Market management position statement' && i.dueDate === '2021-03-29');
    // 10 working days before Mon 29 Mar 2021 → Mon 15 Mar.
    const first = on('2021-03-01');
    expect(first).toMatchObject({
      kind: 'work-programme',
      deadline: { name: 'Report deadline', date: '2021-03-15' },
      leadOfficer: 'Corporate Director, Adult Social Care and Health',
      author: 'Gemma Shelton',
      page: 57,
    });
    expect(first!.document.committee).toBe('Adult Social Care and Public Health Committee');
    // 5 clear working days before Mon 29 Mar: 22–26 Mar are clear → publish by Fri 19 Mar.
    expect(on('2021-03-16')?.deadline).toEqual({ name: 'Agenda publication', date: '2021-03-19' });
  });

  it('finds the April 2022 evaluation report due on Fri 1 Apr 2022, not yet scheduled anywhere', () => {
    const items = listDue(db, { from: '2022-03-25', withinDays: 14, includeExempt: false }).filter((i) => i.kind === 'commitment');
    const lac = items.find((i) => /progress evaluation report/.test(i.title));
    expect(lac).toMatchObject({ dueDate: '2022-04-01', page: 17, unscheduled: true });
    expect(lac!.text).toContain('receives a progress evaluation report in April 2022');
    expect(lac!.document.title).toMatch(/Local Area Coordination/i);
  });
});
