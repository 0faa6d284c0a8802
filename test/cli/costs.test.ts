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
  dir = mkdtempSync(join(tmpdir(), 'papers-costs-'));
  dbPath = join(dir, 'papers.db');
  seedDb(answerCorpus(), dbPath).close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('papers costs', () => {
  it('prints the cost summary as an aligned table, then the cited figures', async () => {
    const io = bufferIO();
    expect(await main(['costs', 'Local Area Coordination', '--db', dbPath], io)).toBe(0);
    const out = io.out();
    const table = out.split('\n\n')[0]!.split('\n');
    expect(table[0]).toBe('Costs: Local Area Coordination');
    const rows = table.slice(2);
    expect(rows).toEqual([
      expect.stringMatching(/^Total\s+£350,820$/),
      expect.stringMatching(/^ {2}2021\/22\s+£175,410$/),
      expect.stringMatching(/^ {2}2022\/23\s+£175,410$/),
      expect.stringMatching(/^Funding: Improved Better Care Fund\s+£350,820$/),
      expect.stringMatching(/^Post: Local Area Coordinator \(6 FTE, Band A, fixed-term, until 31 Mar 2023\)\s+£300,000$/),
      expect.stringMatching(/^Posts in total \(FTE\)\s+6$/),
    ]);
    // right-aligned amounts: every row has the same width
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    expect(out).toContain('p.22');
  });

  it('--json carries the costs summary', async () => {
    const io = bufferIO();
    await main(['costs', 'Local Area Coordination', '--db', dbPath, '--json'], io);
    const a = JSON.parse(io.out());
    expect(a.intent).toBe('cost');
    expect(a.costs.total).toBe(350820);
    expect(a.costs.byYear).toEqual([{ period: '2021/22', value: 175410 }, { period: '2022/23', value: 175410 }]);
  });

  it('nothing found for a topic with no figures', async () => {
    const io = bufferIO();
    await main(['costs', 'wind turbines', '--db', dbPath, '--json'], io);
    expect(JSON.parse(io.out()).found).toBe(false);
  });
});
