import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DueItem } from '../../src/answer/model.ts';
import { run } from '../../src/cli/commands/due.ts';
import { openDatabase } from '../../src/store/db.ts';
import { bufferIO } from '../alerts/cli-io.ts';
import { addCommitment, addPaper, addWorkProgrammeItem } from '../alerts/seed.ts';

let dir: string;
let dbPath: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'papers-due-'));
  dbPath = join(dir, 'papers.db');
  const db = openDatabase(dbPath);
  const wp = addPaper(db, { type: 'work-programme', title: 'Cabinet Forward Plan', file: 'forward-plan.pdf' });
  addWorkProgrammeItem(db, wp.partId, { meetingDate: '2025-06-18', title: 'Local Area Coordination update', leadOfficer: 'Jane Smith', author: 'Tom Brown', page: 4 });
  const ex = addPaper(db, { type: 'work-programme', title: 'Exempt plan', classification: 'exempt', file: 'exempt.pdf' });
  addWorkProgrammeItem(db, ex.partId, { meetingDate: '2025-06-25', title: 'Sale of depot' });
  const rep = addPaper(db, { title: 'Household Support Fund', file: 'hsf.pdf', meetingDate: '2025-03-12' });
  addCommitment(db, rep.partId, { text: 'receive a report on the Household Support Fund in June 2025', what: 'a report on the Household Support Fund', due: '2025-06', page: 7 });
  db.close();
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('papers due', () => {
  it('lists items with their deadlines, soonest first', async () => {
    const { io, out } = bufferIO();
    expect(await run(['--from', '2025-05-30', '--within', '30', '--db', dbPath], io)).toBe(0);
    const text = out();
    expect(text).toContain('Falling due Fri 30 May 2025 – Sun 29 Jun 2025 (3 items)');
    const lines = text.split('\n');
    const order = ['Commitment due — a report on the Household Support Fund', 'Report deadline — Local Area Coordination update', 'Report deadline — Sale of depot'];
    const at = order.map((s) => lines.findIndex((l) => l.includes(s)));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(lines[at[0]!]).toMatch(/^Mon 2 Jun 2025 /);
    expect(lines[at[0]!]).toContain('[not on any later work programme]');
    expect(lines[at[1]!]).toMatch(/^Wed 4 Jun 2025 /);
    expect(text).toContain('Cabinet on Wed 18 Jun 2025 · lead officer Jane Smith · author Tom Brown');
    expect(text).toContain('forward-plan.pdf p. 4');
    expect(lines[at[2]!]).toContain('[EXEMPT]');
  });

  it('--json prints DueItems; --public-only drops exempt items', async () => {
    const { io, out } = bufferIO();
    expect(await run(['--from', '2025-06-05', '--within', '10', '--db', dbPath, '--json', '--public-only'], io)).toBe(0);
    const items = JSON.parse(out()) as DueItem[];
    expect(items.map((i) => [i.kind, i.title, i.deadline])).toEqual([
      ['work-programme', 'Local Area Coordination update', { name: 'Agenda publication', date: '2025-06-10' }],
    ]);
  });

  it('usage errors and a missing database', async () => {
    await expect(run(['--from', '2025-02-30', '--db', dbPath], bufferIO().io)).rejects.toThrow(/--from must be a date/);
    await expect(run(['--within', 'soon', '--db', dbPath], bufferIO().io)).rejects.toThrow(/--within must be a whole number/);
    await expect(run(['--db', join(dir, 'none.db')], bufferIO().io)).rejects.toMatchObject({ code: 'no-database' });
    const { io, out } = bufferIO();
    expect(await run(['--help'], io)).toBe(0);
    expect(out()).toContain('Usage: papers due');
  });
});
