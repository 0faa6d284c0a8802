import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/alerts.ts';
import { openDatabase } from '../../src/store/db.ts';
import { addPaper, addWorkProgrammeItem } from '../alerts/seed.ts';
import { bufferIO } from '../alerts/cli-io.ts';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.ts';

let dir: string;
let dbPath: string;
let fake: FakeSlack;
let env: NodeJS.ProcessEnv;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'papers-alerts-'));
  dbPath = join(dir, 'papers.db');
  const db = openDatabase(dbPath);
  const wp = addPaper(db, { type: 'work-programme', title: 'Cabinet Forward Plan' });
  addWorkProgrammeItem(db, wp.partId, { meetingDate: '2025-06-18', title: 'Item A' });
  addWorkProgrammeItem(db, wp.partId, { meetingDate: '2025-06-18', title: 'Item B' });
  db.close();
  fake = await startFakeSlack();
  env = { SLACK_BOT_TOKEN: 'xoxb-test-token', ALERT_CHANNEL: 'C0ALERTS', SLACK_API_URL: fake.apiUrl, PAPERS_DB: dbPath };
});

afterEach(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('papers alerts', () => {
  it('run posts what is due once (one digest) and exits 0; a second run posts nothing', async () => {
    const first = bufferIO(env);
    expect(await run(['run', '--now', '2025-06-04'], first.io)).toBe(0);
    expect(first.out()).toContain('C0ALERTS: 2 due on Wed 4 Jun 2025 — 2 posted in 1 message, 0 already sent, 0 pending retry');
    expect(first.out()).toContain('subscriptions: 0 notices (0 papers)');
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(fake.callsTo('chat.postMessage')[0]!.headers.authorization).toBe('Bearer xoxb-test-token');

    const second = bufferIO(env);
    expect(await run(['run', '--now', '2025-06-04'], second.io)).toBe(0);
    expect(second.out()).toContain('C0ALERTS: 2 due on Wed 4 Jun 2025 — 0 posted, 2 already sent, 0 pending retry');
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('exits 1 with the alerts pending when Slack fails, and delivers them on the next run', async () => {
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 0 });
    const first = bufferIO(env);
    expect(await run(['run', '--now', '2025-06-04', '--json'], first.io)).toBe(1);
    const summary = JSON.parse(first.out()) as { alerts: Array<{ pendingRetry: number; delivered: number }> };
    expect(summary.alerts[0]).toMatchObject({ pendingRetry: 2, delivered: 0 });
    const second = bufferIO(env);
    expect(await run(['run', '--now', '2025-06-04'], second.io)).toBe(0);
    expect(second.out()).toContain('2 posted in 1 message');
    expect(fake.messages.get('C0ALERTS')).toHaveLength(1);
  });

  it('--channel overrides ALERT_CHANNEL; preview lists without posting', async () => {
    const p = bufferIO(env);
    expect(await run(['preview', '--now', '2025-06-10', '--channel', 'C0OTHER'], p.io)).toBe(0);
    expect(p.out().trim().split('\n')).toEqual([
      'C0OTHER  2025-06-04  Report deadline — Item A  [not queued]',
      'C0OTHER  2025-06-04  Report deadline — Item B  [not queued]',
      'C0OTHER  2025-06-10  Agenda publication — Item A  [not queued]',
      'C0OTHER  2025-06-10  Agenda publication — Item B  [not queued]',
    ]);
    expect(fake.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(0);
    const r = bufferIO(env);
    expect(await run(['run', '--now', '2025-06-10', '--channel', 'C0OTHER'], r.io)).toBe(0);
    expect(fake.callsTo('chat.postMessage')[0]!.body.channel).toBe('C0OTHER');
  });

  it('needs a bot token and a channel', async () => {
    await expect(run(['run'], bufferIO({ ...env, SLACK_BOT_TOKEN: '' }).io)).rejects.toThrow(/SLACK_BOT_TOKEN/);
    await expect(run(['run'], bufferIO({ ...env, ALERT_CHANNEL: '' }).io)).rejects.toThrow(/ALERT_CHANNEL/);
    await expect(run(['run', '--channel', 'general'], bufferIO(env).io)).rejects.toThrow(/--channel must be a Slack channel id/);
    await expect(run(['send'], bufferIO(env).io)).rejects.toThrow(/unknown subcommand/);
  });
});
