import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebClient } from '@slack/web-api';
import { londonTime } from '../../src/alerts/calendar.ts';
import { createAlertClient } from '../../src/alerts/client.ts';
import { cronPattern, effectiveDay, startAlertScheduler, type AlertScheduler } from '../../src/alerts/schedule.ts';
import type { Db } from '../../src/store/db.ts';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.ts';
import { addPaper, addWorkProgrammeItem, memoryDb, testLogger } from './seed.ts';

let db: Db;
let fake: FakeSlack;
let client: WebClient;
let scheduler: AlertScheduler | undefined;
let clock = 0;

beforeEach(async () => {
  db = memoryDb();
  fake = await startFakeSlack({ clock: () => clock });
  client = createAlertClient({ token: 'xoxb-test-token', slackApiUrl: fake.apiUrl, logger: testLogger().logger });
  const wp = addPaper(db, { type: 'work-programme' });
  // Report deadline Wed 4 Jun 2025 for a meeting on Wed 18 Jun 2025.
  addWorkProgrammeItem(db, wp.partId, { meetingDate: '2025-06-18', title: 'LAC update' });
});

afterEach(async () => {
  scheduler?.stop();
  scheduler = undefined;
  await fake.close();
  db.close();
});

function start(at: string) {
  clock = Date.parse(at);
  scheduler = startAlertScheduler({
    db,
    client,
    channels: ['C0ALERTS'],
    alertTime: '08:30',
    exemptChannels: [],
    logger: testLogger().logger,
    clock: () => new Date(clock),
  });
  return scheduler;
}

describe('effectiveDay', () => {
  it("posts today's reminders only once ALERT_TIME has passed on a working day", () => {
    expect(effectiveDay(new Date('2025-06-04T07:29:00Z'), '08:30')).toBe('2025-06-03'); // 08:29 BST
    expect(effectiveDay(new Date('2025-06-04T07:30:00Z'), '08:30')).toBe('2025-06-04');
    expect(effectiveDay(new Date('2025-06-07T12:00:00Z'), '08:30')).toBe('2025-06-06'); // Saturday → Friday
    expect(effectiveDay(new Date('2025-04-21T12:00:00Z'), '08:30')).toBe('2025-04-17'); // Easter Monday → Thursday
    expect(effectiveDay(new Date('2025-12-01T08:30:00Z'), '08:30')).toBe('2025-12-01'); // GMT
  });

  it('the daily job fires at ALERT_TIME London time on weekdays', () => {
    expect(cronPattern('08:30')).toBe('0 30 8 * * 1-5');
    const s = start('2025-06-04T05:00:00Z');
    const next = s.nextRun()!;
    expect(londonTime(next)).toBe('08:30');
    expect([1, 2, 3, 4, 5]).toContain(new Date(next.toLocaleString('en-US', { timeZone: 'Europe/London' })).getDay());
  });
});

describe('scheduler', () => {
  it('the start-up run before ALERT_TIME does not post today; after it, posts once', async () => {
    const s = start('2025-06-04T06:00:00Z'); // 07:00 BST
    await s.idle();
    expect(fake.callsTo('chat.postMessage')).toHaveLength(0);
    clock = Date.parse('2025-06-04T07:30:00Z');
    const r = await s.runNow('daily');
    expect(r?.day).toBe('2025-06-04');
    expect(r?.alerts[0]).toMatchObject({ messages: 1, delivered: 1 });
    // A restart later that day catches up nothing new: exactly once.
    s.stop();
    const again = start('2025-06-04T10:00:00Z');
    await again.idle();
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('a start-up after a missed day catches up', async () => {
    const s = start('2025-06-05T06:00:00Z'); // Thursday 07:00: yesterday's reminder was missed
    await s.idle();
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(JSON.stringify(fake.callsTo('chat.postMessage')[0]!.body.blocks)).toContain('Report deadline: 4 Jun 2025');
  });

  it('sets a retry timer after a failed post', async () => {
    fake.failNext('chat.postMessage', { status: 500 });
    const s = start('2025-06-04T09:00:00Z');
    await s.idle();
    expect(s.nextRetryAt()?.toISOString()).toBe('2025-06-04T09:01:00.000Z');
    clock = Date.parse('2025-06-04T09:01:30Z');
    await s.runNow('retry');
    expect(fake.messages.get('C0ALERTS')).toHaveLength(1);
    expect(s.nextRetryAt()).toBeNull();
  });
});

describe('startAlertsFromConfig', () => {
  it('is off without ALERT_CHANNEL, and runs the catch-up with it', async () => {
    const { startAlertsFromConfig, subscriptionStore } = await import('../../src/alerts/service.ts');
    const { loadConfig } = await import('../../src/config.ts');
    const base = { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_APP_TOKEN: 'xapp-test', SLACK_API_URL: fake.apiUrl };
    expect(startAlertsFromConfig({ db, config: loadConfig(base), logger: testLogger().logger })).toBeNull();
    clock = Date.parse('2025-06-04T09:00:00Z');
    const s = startAlertsFromConfig({
      db,
      config: loadConfig({ ...base, ALERT_CHANNEL: 'C0ALERTS' }),
      logger: testLogger().logger,
      overrides: { clock: () => new Date(clock) },
    })!;
    scheduler = s;
    await s.idle();
    expect(fake.messages.get('C0ALERTS')).toHaveLength(1);

    const store = subscriptionStore(db);
    expect(store.add({ target: 'U1', targetType: 'user', query: 'LAC', createdBy: 'U1' })).toBe(true);
    expect(store.list('U1')).toEqual(['LAC']);
    expect(store.remove('U1', 'lac')).toBe(true);
  });
});
