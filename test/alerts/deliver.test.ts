import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebClient } from '@slack/web-api';
import { createAlertClient } from '../../src/alerts/client.ts';
import { workProgrammeKey } from '../../src/alerts/keys.ts';
import { runAlerts, type RunAlertsOptions } from '../../src/alerts/run.ts';
import { listAlerts, setItemState } from '../../src/store/alerts.ts';
import type { Db } from '../../src/store/db.ts';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.ts';
import { addCommitment, addPaper, addWorkProgrammeItem, memoryDb, testLogger } from './seed.ts';

const CHANNEL = 'C0ALERTS';
// Wed 4 Jun 2025, 08:30 BST: the report deadline for a meeting on Wed 18 Jun 2025.
const T0 = new Date('2025-06-04T07:30:00Z');
const plus = (ms: number) => new Date(T0.getTime() + ms);
const MIN = 60_000;

let db: Db;
let fake: FakeSlack;
let client: WebClient;
/** The test's clock, shared with the fake Slack so message ts match the run's `now`. */
let clock = T0.getTime();

beforeEach(async () => {
  db = memoryDb();
  clock = T0.getTime();
  fake = await startFakeSlack({ clock: () => clock });
  client = createAlertClient({ token: 'xoxb-test-token', slackApiUrl: fake.apiUrl, logger: testLogger().logger, timeoutMs: 5000 });
});

afterEach(async () => {
  await fake.close();
  db.close();
});

function seed(titles: string[]): string[] {
  const wp = addPaper(db, { type: 'work-programme', title: 'Cabinet Forward Plan', file: 'forward-plan.pdf', url: 'https://example.org/fp.pdf' });
  titles.forEach((title, i) =>
    addWorkProgrammeItem(db, wp.partId, { meetingDate: '2025-06-18', title, leadOfficer: `Officer ${i}`, author: `Author ${i}`, page: 3 + i }),
  );
  return titles.map((t) => workProgrammeKey('Cabinet', '2025-06-18', t));
}

const run = (now: Date, extra: Partial<RunAlertsOptions> = {}) => {
  clock = now.getTime();
  return runAlerts({ db, client, channel: CHANNEL, now, logger: testLogger().logger, ...extra });
};

const posted = () => fake.messages.get(CHANNEL) ?? [];

describe('exactly-once delivery', () => {
  it('running twice posts once', async () => {
    const [key] = seed(['Local Area Coordination update']);
    const first = await run(T0);
    expect(first).toMatchObject({ due: 1, queued: 1, messages: 1, delivered: 1, alreadySent: 0, pendingRetry: 0 });
    const second = await run(plus(5 * MIN));
    expect(second).toMatchObject({ due: 1, queued: 0, messages: 0, delivered: 0, alreadySent: 1 });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);

    const body = fake.callsTo('chat.postMessage')[0]!.body;
    expect(body.channel).toBe(CHANNEL);
    expect(body.metadata).toEqual({ event_type: 'papers_alert', event_payload: { keys: `${key}|author|${CHANNEL}` } });
    const blocks = JSON.stringify(body.blocks);
    expect(blocks).toContain('Report deadline: 4 Jun 2025');
    expect(blocks).toContain('Local Area Coordination update');
    expect(blocks).toContain('For Cabinet on 18 Jun 2025');
    expect(blocks).toContain('Lead officer: Officer 0');
    expect(blocks).toContain('Author: Author 0');
    expect(blocks).toContain('<https://example.org/fp.pdf|Cabinet Forward Plan>');
    expect(blocks).toContain('p. 3');
    expect(blocks).toContain('"action_id":"alert_done"');
    expect(blocks).toContain('"action_id":"alert_snooze"');
    expect(blocks).toContain(`"value":"${key}"`);

    const rows = listAlerts(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'sent', attempts: 1, lead: 'author', slackTs: posted()[0]!.ts });
  });

  it('several items falling due together go out as ONE digest message', async () => {
    const keys = seed(['Item A', 'Item B', 'Item C']);
    const p = addPaper(db, { title: 'Household Support Fund', meetingDate: '2025-01-15', author: 'Ann Other' });
    addCommitment(db, p.partId, { text: 'report back in June 2025', what: 'a report on the Household Support Fund', due: '2025-06' });
    const s = await run(T0);
    expect(s).toMatchObject({ due: 4, messages: 1, delivered: 4 });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    const rows = listAlerts(db);
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r) => r.slackTs))).toEqual(new Set([posted()[0]!.ts]));
    const body = fake.callsTo('chat.postMessage')[0]!.body;
    expect(String(body.text)).toMatch(/^4 reminders: /);
    const actionValues = (body.blocks as Array<{ type: string; elements?: Array<{ value?: string }> }>)
      .filter((b) => b.type === 'actions')
      .map((b) => b.elements?.[0]?.value);
    expect(actionValues).toHaveLength(4);
    expect(actionValues).toEqual(expect.arrayContaining(keys));
    expect(((body.metadata as { event_payload: { keys: string } }).event_payload.keys).split(' ')).toHaveLength(4);
    const all = JSON.stringify(body.blocks);
    expect(all).toContain('*Due 2 Jun 2025* — a report on the Household Support Fund');
    expect(all).toContain('Promised to Cabinet on 15 Jan 2025:');
    expect(all).toContain('> report back in June 2025');
    expect(all).toContain('Report author: Ann Other');
    expect(all).toContain(':warning: Not on any later work programme or paper yet.');
  });

  it('a digest too big for one message is split, each inside the 50-block limit', async () => {
    seed(Array.from({ length: 13 }, (_, i) => `Item ${String(i + 1).padStart(2, '0')}`));
    const s = await run(T0);
    expect(s).toMatchObject({ due: 13, messages: 2, delivered: 13 });
    const sizes = fake.callsTo('chat.postMessage').map((c) => (c.body.blocks as unknown[]).length);
    expect(sizes).toEqual([48, 3]);
    expect(new Set(listAlerts(db).map((r) => r.slackTs)).size).toBe(2);
  });

  it('a crash after Slack accepted the post but before "sent" was written: no duplicate, no loss', async () => {
    seed(['Item A', 'Item B']);
    await expect(
      run(T0, {
        onPosted: () => {
          throw new Error('simulated crash');
        },
      }),
    ).rejects.toThrow('simulated crash');
    expect(posted()).toHaveLength(1);
    expect(listAlerts(db).map((r) => r.status)).toEqual(['sending', 'sending']);

    // Restarted a minute later: the rows may belong to a live run — left alone, not lost.
    const soon = await run(plus(1 * MIN));
    expect(soon).toMatchObject({ messages: 0, inFlight: 2 });
    expect(listAlerts(db).map((r) => r.status)).toEqual(['sending', 'sending']);

    // After staleMinutes (10): the channel history shows the message → recorded, not re-posted.
    const later = await run(plus(11 * MIN));
    expect(later).toMatchObject({ messages: 0, recovered: 2, inFlight: 0 });
    expect(fake.callsTo('conversations.history').length).toBeGreaterThan(0);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(listAlerts(db).map((r) => [r.status, r.slackTs])).toEqual([
      ['sent', posted()[0]!.ts],
      ['sent', posted()[0]!.ts],
    ]);
  });

  it('a crash before Slack got the post: the stale row is posted once on recovery', async () => {
    seed(['Item A']);
    await run(T0, { onPosted: () => { throw new Error('crash'); } }).catch(() => undefined);
    fake.messages.clear(); // as if Slack had never received it
    const later = await run(plus(11 * MIN));
    expect(later).toMatchObject({ messages: 1, delivered: 1, recovered: 0 });
    expect(posted()).toHaveLength(1);
    expect(listAlerts(db)[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('the connection drops after Slack accepted the post: found in history, not re-posted', async () => {
    seed(['Item A']);
    fake.failNext('chat.postMessage', { status: 'accept-drop' });
    const first = await run(T0);
    expect(first).toMatchObject({ messages: 0, pendingRetry: 1 });
    expect(listAlerts(db)[0]).toMatchObject({ status: 'pending', attempts: 1 });
    expect(listAlerts(db)[0]!.lastError).toMatch(/^ambiguous/);
    expect(posted()).toHaveLength(1);

    const second = await run(plus(2 * MIN));
    expect(second).toMatchObject({ messages: 0, recovered: 1 });
    expect(posted()).toHaveLength(1);
    expect(listAlerts(db)[0]).toMatchObject({ status: 'sent', slackTs: posted()[0]!.ts });
  });

  it('Slack 500, then recovery: delivered once, after the back-off', async () => {
    seed(['Item A']);
    fake.failNext('chat.postMessage', { status: 500 });
    const first = await run(T0);
    expect(first).toMatchObject({ messages: 0, pendingRetry: 1 });
    const row = listAlerts(db)[0]!;
    expect(row).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: plus(1 * MIN).toISOString() });
    expect(row.lastError).toMatch(/HTTP 500/);
    expect(first.nextAttemptAt).toBe(plus(1 * MIN).toISOString());

    const tooSoon = await run(plus(30_000));
    expect(tooSoon).toMatchObject({ messages: 0, pendingRetry: 0 });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);

    const retried = await run(plus(2 * MIN));
    expect(retried).toMatchObject({ messages: 1, delivered: 1 });
    expect(posted()).toHaveLength(1);
    expect(listAlerts(db)[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('back-off grows with each failure: 1 min, 5 min, 30 min', async () => {
    seed(['Item A']);
    fake.failNext('chat.postMessage', { status: 'drop' }, 3);
    await run(T0);
    expect(listAlerts(db)[0]!.nextAttemptAt).toBe(plus(1 * MIN).toISOString());
    await run(plus(1 * MIN));
    expect(listAlerts(db)[0]!.nextAttemptAt).toBe(plus(6 * MIN).toISOString());
    await run(plus(6 * MIN));
    expect(listAlerts(db)[0]!.nextAttemptAt).toBe(plus(36 * MIN).toISOString());
    await run(plus(36 * MIN));
    expect(listAlerts(db)[0]).toMatchObject({ status: 'sent', attempts: 4 });
    expect(posted()).toHaveLength(1);
  });

  it('429 with Retry-After: retried no sooner than Slack asked', async () => {
    seed(['Item A']);
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 120 });
    const first = await run(T0);
    expect(first).toMatchObject({ messages: 0, pendingRetry: 1 });
    expect(listAlerts(db)[0]).toMatchObject({ status: 'pending', nextAttemptAt: plus(120_000).toISOString() });
    expect(listAlerts(db)[0]!.lastError).toMatch(/^rejected: rate limited/);

    await run(plus(60_000));
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    const later = await run(plus(121_000));
    expect(later).toMatchObject({ messages: 1, delivered: 1 });
    expect(posted()).toHaveLength(1);
    // A definite refusal needs no history check before retrying.
    expect(fake.callsTo('conversations.history')).toHaveLength(0);
  });

  it('an alert whose item is marked Done before a retry is not sent', async () => {
    const [key] = seed(['Item A']);
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 60 });
    await run(T0);
    setItemState(db, { itemKey: key!, status: 'done', now: plus(MIN) });
    const s = await run(plus(2 * MIN));
    expect(s).toMatchObject({ messages: 0, cancelled: 1 });
    expect(listAlerts(db)[0]).toMatchObject({ status: 'failed' });
    expect(posted()).toHaveLength(0);
  });

  it('exempt items are alerted only in EXEMPT_CHANNELS', async () => {
    const ex = addPaper(db, { type: 'work-programme', classification: 'exempt' });
    addWorkProgrammeItem(db, ex.partId, { meetingDate: '2025-06-18', title: 'Confidential acquisition' });
    expect(await run(T0)).toMatchObject({ due: 0, messages: 0 });
    const s = await runAlerts({ db, client, channel: 'C0EXEMPT', now: T0, logger: testLogger().logger, exemptChannels: ['C0EXEMPT'] });
    expect(s).toMatchObject({ due: 1, messages: 1 });
    expect(JSON.stringify(fake.messages.get('C0EXEMPT')?.[0]?.blocks)).toContain('Confidential acquisition');
  });
});

describe('when the channel history cannot be read', () => {
  it('an in-doubt alert is neither re-posted nor dropped, and waits longer each time', async () => {
    seed(['Item A']);
    fake.failNext('chat.postMessage', { status: 'accept-drop' });
    await run(T0); // posted, but the answer was lost: attempts 1, ambiguous
    fake.failNext('conversations.history', { status: 500 }, 2);
    const second = await run(plus(2 * MIN));
    expect(second.errors.join(' ')).toMatch(/history check failed/);
    expect(listAlerts(db)[0]).toMatchObject({ status: 'pending', attempts: 2, nextAttemptAt: plus(7 * MIN).toISOString() });
    await run(plus(7 * MIN));
    expect(listAlerts(db)[0]).toMatchObject({ status: 'pending', attempts: 3, nextAttemptAt: plus(37 * MIN).toISOString() });
    // History readable again: found, recorded, never posted twice.
    const last = await run(plus(37 * MIN));
    expect(last).toMatchObject({ recovered: 1, messages: 0 });
    expect(posted()).toHaveLength(1);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });
});
