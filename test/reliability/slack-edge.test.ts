/**
 * Slack requests at the edge, against the real Bolt app in HTTP mode: unsigned, wrongly signed
 * and stale requests are refused with 401 before any handler runs; a replayed event id is
 * answered once; payloads that do not have the shape the app relies on get a friendly error (or,
 * for events with nowhere to reply, a log line) — never a crash, never a 500. After all of it
 * the app still answers.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.ts';
import { createLogger } from '../../src/log.ts';
import { ACTION } from '../../src/slack/blocks/answer.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { seedCorpus } from '../slack/corpus.ts';
import { buttonPress, shown, sign, startHarness, type Harness } from '../slack/harness.ts';

const FRIENDLY = 'Sorry, I could not read that request from Slack. Please try again.';
let db: Db;

beforeAll(() => {
  db = openDatabase(':memory:');
  seedCorpus(db);
});
afterAll(() => db.close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function mention(text: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'app_mention', user: 'U1', text: `<@UBOT> ${text}`, ts: '1700000100.000200', channel: 'CPUBLIC', event_ts: '1700000100.000200', ...over };
}

function eventBody(event: Record<string, unknown>, eventId = `Ev${Math.random().toString(36).slice(2)}`): string {
  return JSON.stringify({ token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: 1, event });
}

/** Parsed pino lines of the app's log. */
function logLines(h: Harness): Array<{ level: number; msg: string; [k: string]: unknown }> {
  return h.logs.flatMap((chunk) => chunk.split('\n').filter(Boolean)).map((l) => JSON.parse(l) as { level: number; msg: string });
}

describe('Slack edge cases (HTTP mode)', () => {
  let h: Harness;

  beforeEach(async () => {
    h = await startHarness({ db, engine: createEngine(db, { logger: createLogger({ level: 'silent' }) }) });
  });
  afterEach(async () => {
    await h.close();
  });

  describe('request signatures', () => {
    const body = () => eventBody(mention('was the family hubs programme approved?'));

    it('refuses a request with no signature headers (401)', async () => {
      const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body() });
      expect(res.status).toBe(401);
    });

    it('refuses a request with a wrong signature (401)', async () => {
      const b = body();
      const res = await h.post(b, 'application/json', { signature: `v0=${'0'.repeat(64)}` });
      expect(res.status).toBe(401);
    });

    it('refuses a request signed with another secret (401)', async () => {
      const b = body();
      const ts = Math.floor(Date.now() / 1000);
      const res = await h.post(b, 'application/json', { timestamp: ts, signature: sign(b, ts, 'not-the-signing-secret') });
      expect(res.status).toBe(401);
    });

    it('refuses a correctly signed request whose timestamp is more than 5 minutes old (401)', async () => {
      const b = body();
      const ts = Math.floor(Date.now() / 1000) - 6 * 60;
      const res = await h.post(b, 'application/json', { timestamp: ts, signature: sign(b, ts) });
      expect(res.status).toBe(401);
    });

    it('refuses a body altered after signing (401)', async () => {
      const b = body();
      const ts = Math.floor(Date.now() / 1000);
      const res = await h.post(b.replace('approved', 'rejected'), 'application/json', { timestamp: ts, signature: sign(b, ts) });
      expect(res.status).toBe(401);
    });

    it('refused requests never reach a handler: nothing is posted to Slack', async () => {
      const b = body();
      await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: b });
      await h.post(b, 'application/json', { signature: 'v0=bad' });
      await sleep(300);
      expect(h.fake.calls.filter((c) => c.method.startsWith('chat.'))).toEqual([]);
    });
  });

  it('answers a replayed event id once (first delivery plus 3 retries → one reply)', async () => {
    const b = eventBody(mention('was the family hubs programme approved?'), 'EvREPLAY1');
    const statuses: number[] = [];
    statuses.push((await h.post(b, 'application/json')).status);
    for (let retry = 1; retry <= 3; retry++) statuses.push((await h.post(b, 'application/json', { retryNum: retry })).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    await h.fake.waitFor('chat.postMessage', 1);
    await sleep(500);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(logLines(h).filter((l) => l.msg === 'duplicate event ignored')).toHaveLength(3);
  });

  describe('payloads that fail validation', () => {
    it('an app_mention without text and channel is acknowledged, logged, and nothing is posted', async () => {
      const res = await h.event({ type: 'app_mention', user: 'U1', ts: '1700000100.000300' });
      expect(res.status).toBe(200);
      await sleep(300);
      expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
      const failed = logLines(h).filter((l) => l.msg === 'app_mention failed');
      expect(failed).toHaveLength(1);
      expect(failed[0]!.code).toBe('slack-payload');
    });

    it('an app_mention without text but with a channel gets a friendly error in its thread', async () => {
      const res = await h.event({ type: 'app_mention', user: 'U1', ts: '1700000100.000400', channel: 'CPUBLIC' });
      expect(res.status).toBe(200);
      const [post] = await h.fake.waitFor('chat.postMessage');
      expect(post!.body.text).toBe(FRIENDLY);
      expect(post!.body.thread_ts).toBe('1700000100.000400');
    });

    it('a direct message with a non-string text gets a friendly error', async () => {
      const res = await h.event({ type: 'message', channel_type: 'im', user: 'U1', text: { evil: true }, ts: '1700000100.000500', channel: 'D1' });
      expect(res.status).toBe(200);
      const [post] = await h.fake.waitFor('chat.postMessage');
      expect(post!.body.text).toBe(FRIENDLY);
    });

    it('an event_callback without an event_id is still handled (logged, not de-duplicated), without a 500', async () => {
      const body = JSON.stringify({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event: mention('was the family hubs programme approved?') });
      const res = await h.post(body, 'application/json');
      expect(res.status).toBe(200);
      await h.fake.waitFor('chat.postMessage');
      expect(logLines(h).some((l) => l.msg.startsWith('event without event_id'))).toBe(true);
    });

    for (const [what, value, message] of [
      ['not JSON', 'not json at all', FRIENDLY],
      ['JSON of the wrong shape', JSON.stringify({ q: 'one', o: -1 }), FRIENDLY],
      ['a huge number', JSON.stringify({ q: 1e300, o: 0 }), FRIENDLY],
      ['an unknown query id', JSON.stringify({ q: 987654, o: 0 }), 'That answer is too old to continue; please ask again.'],
    ] as const) {
      it(`a More results button whose value is ${what} gets a friendly error`, async () => {
        const res = await h.action(buttonPress(h.fake, ACTION.more, value, { channel: 'CPUBLIC', ephemeral: true }));
        expect(res.status).toBe(200);
        const [reply] = await h.fake.waitFor('response_url');
        expect(reply!.body.text).toBe(message);
        expect(reply!.body.response_type).toBe('ephemeral');
        expect(logLines(h).some((l) => l.msg === 'more_results failed' && l.level === 50)).toBe(true);
      });
    }

    it('a block_actions payload with no actions array is acknowledged without a 500', async () => {
      const payload = { type: 'block_actions', user: { id: 'U1' }, team: { id: 'T1' }, api_app_id: 'A1', token: 'legacy', response_url: h.fake.responseUrl };
      const res = await h.action(payload);
      expect(res.status).toBeLessThan(500);
    });

    it('a payload field that is not JSON is refused without a 500', async () => {
      const res = await h.post('payload=%7Bnot%20json', 'application/x-www-form-urlencoded');
      expect(res.status).toBeLessThan(500);
    });

    it('a slash command without user_id and channel_id gets a friendly error', async () => {
      const body = new URLSearchParams({ token: 'legacy', team_id: 'T1', command: '/papers', text: 'ask family hubs', api_app_id: 'A1', response_url: h.fake.responseUrl, trigger_id: '1.2.3' }).toString();
      const res = await h.post(body, 'application/x-www-form-urlencoded');
      expect(res.status).toBe(200);
      const [reply] = await h.fake.waitFor('response_url');
      expect(reply!.body.text).toBe(FRIENDLY);
      expect(logLines(h).some((l) => l.msg === '/papers failed' && l.code === 'slack-payload')).toBe(true);
    });

    it('a slash command without a response_url is acknowledged and logged, not crashed on', async () => {
      const body = new URLSearchParams({ token: 'legacy', team_id: 'T1', command: '/papers', text: 'ask family hubs', user_id: 'U1', channel_id: 'CPUBLIC', api_app_id: 'A1', trigger_id: '1.2.3' }).toString();
      const res = await h.post(body, 'application/x-www-form-urlencoded');
      expect(res.status).toBe(200);
      await sleep(300);
      expect(logLines(h).some((l) => l.msg === '/papers failed')).toBe(true);
    });
  });

  it('after every bad request above, the app still answers a good one', async () => {
    const bad = [
      () => fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }),
      () => h.post('{', 'application/json'),
      () => h.event({ type: 'app_mention' }),
      () => h.action(buttonPress(h.fake, ACTION.share, '{', { channel: 'CPUBLIC', ephemeral: true })),
      () => h.post('', 'application/x-www-form-urlencoded'),
    ];
    const statuses: number[] = [];
    for (const b of bad) statuses.push((await b()).status);
    expect(statuses.filter((s) => s >= 500), `statuses ${statuses.join(',')}`).toEqual([]);
    const res = await h.event(mention('was the family hubs programme approved?', { ts: '1700000999.000100' }));
    expect(res.status).toBe(200);
    const posts = await h.fake.waitFor('chat.postMessage');
    const answer = posts.find((p) => p.body.thread_ts === '1700000999.000100');
    expect(answer && shown(answer.body)).toContain('APPROVE the continuation of the Family Hubs programme for 2025-26.');
  });
});
