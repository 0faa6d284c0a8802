/**
 * The Slack app end to end: real Bolt in HTTP mode on 127.0.0.1, signed requests as Slack
 * sends them, a fake Slack Web API on loopback, a real SQLite database holding a real Kent
 * paper (ingested through the pipeline) and a hand-written paper with an exempt appendix, and
 * the real answering engine.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.ts';
import type { Engine } from '../../src/answer/model.ts';
import { subscriptionStore } from '../../src/alerts/service.ts';
import { ingestPaths } from '../../src/batch/ingest-batch.ts';
import { createLogger } from '../../src/log.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { ACTION } from '../../src/slack/blocks/answer.ts';
import { escapeMrkdwn } from '../../src/slack/blocks/mrkdwn.ts';
import { buttonPress, BOT_TOKEN, shown, sign, SIGNING_SECRET, startHarness, type Harness } from './harness.ts';
import { EXEMPT_PHRASE, recording, seedCorpus, type RecordingEngine } from './corpus.ts';

const CALL_IN = 'fixtures/kent/2025-03-04_Scrutiny_Committee_-_call-in_Family_Hubs_Report_to_Cabinet_-_FINAL.pdf';

let db: Db;
let realEngine: Engine;

beforeAll(async () => {
  db = openDatabase(':memory:');
  const logger = createLogger({ level: 'silent' });
  const s = await ingestPaths([CALL_IN], { db, logger, concurrency: 1 });
  expect(s.ingested).toBe(1);
  seedCorpus(db);
  realEngine = createEngine(db, { logger });
});
afterAll(() => db.close());

type Block = { type: string; elements?: Array<{ action_id?: string; value?: string }> };

function buttonValue(body: Record<string, unknown>, actionId: string): string {
  const blocks = body.blocks as Block[];
  const b = blocks.flatMap((x) => x.elements ?? []).find((e) => e.action_id === actionId);
  if (!b?.value) throw new Error(`no ${actionId} button`);
  return b.value;
}

function mention(text: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'app_mention', user: 'U1', text: `<@UBOT> ${text}`, ts: '1700000100.000200', channel: 'CPUBLIC', event_ts: '1700000100.000200', ...over };
}

describe('Slack app over HTTP', () => {
  let h: Harness;
  let engine: RecordingEngine;

  beforeEach(async () => {
    engine = recording(realEngine);
    db.prepare('DELETE FROM subscriptions').run();
    h = await startHarness({
      db,
      engine,
      exemptChannels: ['CEXEMPT', 'D123'], // a DM id listed by mistake must still not see exempt parts
      subscriptions: subscriptionStore(db),
    });
  });
  afterEach(async () => {
    await h.close();
  });

  it('answers a mention in the thread, citing the paper', async () => {
    const res = await h.event(mention('who called in decision 24/00093?'));
    expect(res.status).toBe(200);
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post!.body.channel).toBe('CPUBLIC');
    expect(post!.body.thread_ts).toBe('1700000100.000200');
    const s = shown(post!.body);
    // paragraph 4 on page 1 of the call-in report names who called the decision in
    expect(s).toContain('considered a call-in made by Mrs Jackie Meade and Mr Barry Lewis of decision 24/00093');
    expect(s).toContain('Cabinet reconsideration of Decision 24/00093 - Future of Commissioned Services at Seashells and Millmead Family Hubs · Cabinet · 4 Mar 2025 · para 4 · p. 1');
    expect(post!.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(engine.calls[0]!.question).toBe('who called in decision 24/00093?');
  });

  it('quotes an approved recommendation with its badge and a linked source', async () => {
    await h.event(mention('was the family hubs programme approved?', { ts: '1700000150.000100' }));
    const [post] = await h.fake.waitFor('chat.postMessage');
    const s = shown(post!.body);
    // the recommendation carries the minute that approved it
    expect(s).toContain('*Recommendation (a)* · :white_check_mark: *Approved* · minutes 2025/014\\n> APPROVE the continuation of the Family Hubs programme for 2025-26.');
    expect(s).toContain('<https://example.gov.uk/family-hubs.pdf|Family Hubs> · Cabinet · 4 Mar 2025 · item 5 · para 7.1 · p. 3');
    expect(s).toContain('*Resolution 2025/014* · :white_check_mark: *Approved*');
  });

  it('uses the thread’s first question as the context of a follow-up', async () => {
    await h.event(mention('was the family hubs recommendation approved?', { ts: '1700000200.000100' }));
    await h.fake.waitFor('chat.postMessage', 1);
    await h.event(mention('and how much did it cost?', { ts: '1700000300.000100', thread_ts: '1700000200.000100' }));
    const posts = await h.fake.waitFor('chat.postMessage', 2);
    expect(engine.calls[1]!.ctx.previousQuestion).toBe('was the family hubs recommendation approved?');
    expect(engine.calls[0]!.ctx.previousQuestion).toBeUndefined();
    expect(posts[1]!.body.thread_ts).toBe('1700000200.000100');
    expect(engine.calls[1]!.question).toBe('and how much did it cost?');
  });

  it('answers a direct message in the DM, never with exempt content', async () => {
    await h.event({ type: 'message', channel_type: 'im', channel: 'D123', user: 'U1', text: 'who called in decision 24/00093?', ts: '1700000400.000100' });
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post!.body.channel).toBe('D123');
    expect(shown(post!.body)).toContain('Mrs Jackie Meade and Mr Barry Lewis');
    expect(post!.body.thread_ts).toBeUndefined();
    expect(engine.calls[0]!.ctx.includeExempt).toBe(false);
    expect(shown(post!.body)).not.toContain(EXEMPT_PHRASE);
  });

  it('ignores bot messages and edits in DMs', async () => {
    await h.event({ type: 'message', channel_type: 'im', channel: 'D123', user: 'U1', text: 'x', ts: '1.1', subtype: 'message_changed' });
    await h.event({ type: 'message', channel_type: 'im', channel: 'D123', user: 'U2', text: 'x', ts: '1.2', bot_id: 'B9' });
    await new Promise((r) => setTimeout(r, 200));
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('keeps exempt content out of a public channel and in an exempt channel', async () => {
    await h.event(mention('who is the preferred provider for family hubs?', { channel: 'CPUBLIC', ts: '1700000500.000100' }));
    await h.event(mention('who is the preferred provider for family hubs?', { channel: 'CEXEMPT', ts: '1700000600.000100' }));
    const posts = await h.fake.waitFor('chat.postMessage', 2);
    const byChannel = Object.fromEntries(posts.map((p) => [p.body.channel as string, shown(p.body)]));
    expect(byChannel.CPUBLIC).not.toContain(EXEMPT_PHRASE);
    expect(byChannel.CEXEMPT).toContain(EXEMPT_PHRASE);
  });

  it('answers a retried event once', async () => {
    const ev = mention('was family hubs approved?', { ts: '1700000700.000100' });
    const a = await h.event(ev, { eventId: 'EvDUP1' });
    await h.fake.waitFor('chat.postMessage', 1);
    const b = await h.event(ev, { eventId: 'EvDUP1', retryNum: 1 });
    expect([a.status, b.status]).toEqual([200, 200]);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(h.logs.join('')).toContain('duplicate event ignored');
  });

  it('acks a slash command within 3 s and answers privately through response_url with Share', async () => {
    const started = Date.now();
    const res = await h.command('ask was the family hubs recommendation approved?');
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    const [r] = await h.fake.waitFor('response_url');
    expect(r!.body.response_type).toBe('ephemeral');
    expect(shown(r!.body)).toContain('APPROVE the continuation of the Family Hubs programme for 2025-26.');
    expect(JSON.parse(buttonValue(r!.body, ACTION.share))).toMatchObject({ o: 0 });
  });

  it('acks before answering even when the engine is slow (slash command and event)', async () => {
    // The test client shares this process's event loop, so it cannot time the ack itself while
    // the engine spins; the server records when each response was handed to the OS instead.
    engine.busyMs = 1500;
    const c = await h.command('ask was the family hubs programme approved?');
    await h.fake.waitFor('response_url', 1, 10_000);
    const e = await h.event(mention('was the family hubs programme approved?', { ts: '1700001200.000100' }));
    await h.fake.waitFor('chat.postMessage', 1, 10_000);
    expect([c.status, e.status]).toEqual([200, 200]);
    expect(h.responsesFinishedAt).toHaveLength(2);
    expect(engine.calls).toHaveLength(2);
    expect(h.responsesFinishedAt[0]!).toBeLessThanOrEqual(engine.calls[0]!.at);
    expect(h.responsesFinishedAt[1]!).toBeLessThanOrEqual(engine.calls[1]!.at);
  }, 20_000);

  it('shares a slash answer in the channel and removes the private copy', async () => {
    await h.command('ask was the family hubs programme approved?');
    const [first] = await h.fake.waitFor('response_url', 1);
    const res = await h.action(buttonPress(h.fake, ACTION.share, buttonValue(first!.body, ACTION.share), { channel: 'CPUBLIC', ephemeral: true }));
    expect(res.status).toBe(200);
    const calls = await h.fake.waitFor('response_url', 3);
    expect(calls[1]!.body.response_type).toBe('in_channel');
    expect(shown(calls[1]!.body)).toContain('APPROVE the continuation');
    expect(JSON.stringify(calls[1]!.body.blocks)).not.toContain(ACTION.share);
    expect(calls[2]!.body.delete_original).toBe(true);
  });

  it('pages with More results: the next items, in the thread of a threaded answer', async () => {
    await h.event(mention('tell me about family hubs', { ts: '1700000800.000100' }));
    const [first] = await h.fake.waitFor('chat.postMessage', 1);
    expect(engine.calls[0]!.ctx).toMatchObject({ limit: 6, offset: 0 });
    const value = buttonValue(first!.body, ACTION.more);
    expect(JSON.parse(value)).toMatchObject({ o: 5 });
    await h.action(
      buttonPress(h.fake, ACTION.more, value, { channel: 'CPUBLIC', ephemeral: false, messageTs: '1700000801.000100', threadTs: '1700000800.000100' }),
    );
    const posts = await h.fake.waitFor('chat.postMessage', 2);
    expect(engine.calls[1]!.ctx).toMatchObject({ offset: 5, includeExempt: false });
    expect(posts[1]!.body.thread_ts).toBe('1700000800.000100');
    // page 2 starts with the engine's 6th item for this question, which page 1 did not show
    const sixth = realEngine.ask('tell me about family hubs', { includeExempt: false, limit: 1, offset: 5 }).items[0]!;
    const quoted = JSON.stringify(escapeMrkdwn(sixth.text.slice(0, 60))).slice(1, -1);
    expect(shown(first!.body)).not.toContain(quoted);
    expect(shown(posts[1]!.body)).toContain(quoted);
    expect(shown(posts[1]!.body)).toContain('More results for “tell me about family hubs” (from 6)');
  });

  it('records 👍/👎 with the question in the feedback table', async () => {
    await h.command('ask was the family hubs programme approved?');
    const [first] = await h.fake.waitFor('response_url', 1);
    await h.action(buttonPress(h.fake, ACTION.down, buttonValue(first!.body, ACTION.down), { channel: 'CPUBLIC', ephemeral: true, userId: 'U7' }));
    const calls = await h.fake.waitFor('response_url', 2);
    expect(calls[1]!.body.text).toContain('Thanks');
    const rows = db.prepare('SELECT question, vote, user_id, query_id FROM feedback ORDER BY id DESC LIMIT 1').all() as Array<Record<string, unknown>>;
    expect(rows[0]).toMatchObject({ question: 'was the family hubs programme approved?', vote: 'down', user_id: 'U7' });
    expect(JSON.parse(buttonValue(first!.body, ACTION.down)).q).toBe(rows[0]!.query_id);
  });

  it('rejects a bad signature and a stale timestamp with 401, answering nothing', async () => {
    const body = JSON.stringify({ type: 'event_callback', event_id: 'EvBAD', event: mention('hi') });
    const now = Math.floor(Date.now() / 1000);
    const bad = await h.post(body, 'application/json', { signature: sign(body, now, 'wrong-secret') });
    const staleTs = now - 6 * 60;
    const stale = await h.post(body, 'application/json', { timestamp: staleTs, signature: sign(body, staleTs) });
    expect(bad.status).toBe(401);
    expect(stale.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('subscribes and unsubscribes through /papers, and shows subscriptions on the Home tab', async () => {
    await h.command('subscribe Cabinet', { userId: 'U5' });
    await h.command('subscribe Cabinet', { userId: 'U5' });
    const replies = await h.fake.waitFor('response_url', 2);
    expect(replies.map((r) => r.body.text)).toEqual([
      'Subscribed: I will tell you about new papers matching “Cabinet”.',
      'You are already subscribed to “Cabinet”.',
    ]);
    await h.event({ type: 'app_home_opened', user: 'U5', channel: 'D5', tab: 'home', event_ts: '1.0' });
    const [pub] = await h.fake.waitFor('views.publish');
    expect(pub!.body.user_id).toBe('U5');
    const view = JSON.stringify(pub!.body.view);
    expect(view).toContain('• Cabinet');
    expect(view).toContain('RESOLVED that the continuation of the Family Hubs programme for 2025-26 be approved.');
    // the exempt appendix's approved recommendation is a decision, but never on the Home tab
    expect(view).not.toContain(EXEMPT_PHRASE);
    expect(db.prepare("SELECT count(*) AS n FROM recommendations WHERE status = 'approved' AND text LIKE ?").get(`%${EXEMPT_PHRASE}%`)).toEqual({ n: 1 });
    await h.command('unsubscribe Cabinet', { userId: 'U5' });
    const r3 = await h.fake.waitFor('response_url', 3);
    expect(r3[2]!.body.text).toBe('Unsubscribed from “Cabinet”.');
  });

  it('tells the user one friendly sentence when answering fails; the log keeps the cause without the token', async () => {
    engine.fail = new Error(`engine exploded near ${BOT_TOKEN} and ${SIGNING_SECRET}`);
    await h.event(mention('was family hubs approved?', { ts: '1700000900.000100' }));
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post!.body.text).toBe('Something went wrong while answering that. The problem has been logged.');
    expect(post!.body.thread_ts).toBe('1700000900.000100');
    const logs = h.logs.join('');
    expect(logs).toContain('app_mention failed');
    expect(logs).toContain('engine exploded near');
    expect(logs).not.toContain(BOT_TOKEN);
    expect(logs).not.toContain(SIGNING_SECRET);
    expect(logs).not.toMatch(/xoxb-1111/);
  });

  it('answers a malformed payload with a friendly error and a log line', async () => {
    await h.event({ type: 'app_mention', text: '<@UBOT> hi', ts: '1700001000.000100', channel: 'CPUBLIC' }); // no user
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post!.body.text).toBe('Sorry, I could not read that request from Slack. Please try again.');
    expect(h.logs.join('')).toMatch(/Unexpected app_mention payload: user/);
    expect(engine.calls).toHaveLength(0);
  });

  it('replies to /papers help and to a bad /papers due argument', async () => {
    await h.command('help');
    await h.command('due soon');
    const r = await h.fake.waitFor('response_url', 2);
    expect(String(r[0]!.body.text)).toContain('/papers ask');
    expect(r[1]!.body.text).toBe('Give a number of days from 1 to 366, e.g. `/papers due 14`');
  });

  it('never logs the token or the signing secret, even at debug level', async () => {
    await h.event(mention('was family hubs approved?', { ts: '1700001100.000100' }));
    await h.fake.waitFor('chat.postMessage');
    await h.command('costs family hubs');
    await h.fake.waitFor('response_url');
    const logs = h.logs.join('');
    expect(logs.length).toBeGreaterThan(500); // debug logging was on and did record the traffic
    expect(logs).toContain('chat.postMessage');
    expect(logs).not.toContain(BOT_TOKEN);
    expect(logs).not.toContain(SIGNING_SECRET);
  });

  it('pages an ephemeral slash answer privately, keeping Share on the next page', async () => {
    await h.command('tell me about family hubs');
    const [first] = await h.fake.waitFor('response_url', 1);
    await h.action(buttonPress(h.fake, ACTION.more, buttonValue(first!.body, ACTION.more), { channel: 'CPUBLIC', ephemeral: true }));
    const calls = await h.fake.waitFor('response_url', 2);
    expect(calls[1]!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const sixth = realEngine.ask('tell me about family hubs', { includeExempt: false, limit: 1, offset: 5 }).items[0]!;
    expect(shown(calls[1]!.body)).toContain(JSON.stringify(escapeMrkdwn(sixth.text.slice(0, 60))).slice(1, -1));
    expect(JSON.stringify(calls[1]!.body.blocks)).toContain(ACTION.share);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('answers a tampered button value with a friendly sentence and a log line', async () => {
    await h.action(buttonPress(h.fake, ACTION.up, '{"q":"1; DROP TABLE"}', { channel: 'CPUBLIC', ephemeral: true }));
    const [r] = await h.fake.waitFor('response_url');
    expect(r!.body.text).toBe('Sorry, I could not read that request from Slack. Please try again.');
    expect(h.logs.join('')).toContain('Unexpected button value payload');
    await h.action(buttonPress(h.fake, ACTION.up, '{"q":999999,"o":0}', { channel: 'CPUBLIC', ephemeral: true }));
    const calls = await h.fake.waitFor('response_url', 2);
    expect(calls[1]!.body.text).toBe('That answer is too old to continue; please ask again.');
  });

  it('gives a cost summary for /papers costs, as fields', async () => {
    await h.command('costs family hubs');
    const [r] = await h.fake.waitFor('response_url');
    const blocks = r!.body.blocks as Array<{ type: string; fields?: Array<{ text: string }> }>;
    const fields = blocks.flatMap((b) => b.fields ?? []).map((f) => f.text);
    // the hand-written paper: £1,200,000 in 2025-26 from the DfE grant
    expect(fields).toContain('*2025/26*\n£1,200,000');
    expect(fields).toContain('*Department for Education grant*\n£1,200,000');
    expect(engine.calls[0]!.question).toBe('family hubs');
  });

  it('lists what falls due for /papers due', async () => {
    await h.command('due 14');
    const [r] = await h.fake.waitFor('response_url');
    expect(r!.body.response_type).toBe('ephemeral');
    expect(String(r!.body.text)).toMatch(/in the next 14 days/);
  });
});

describe('Slack app rate limiting', () => {
  it('retries a 429 after Retry-After', async () => {
    const h = await startHarness({ db, engine: realEngine, retryConfig: { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 10 } });
    try {
      h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
      await h.event(mention('was family hubs approved?'));
      const posts = await h.fake.waitFor('chat.postMessage', 2, 8000);
      expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(1000);
      expect(posts[1]!.body.thread_ts).toBe('1700000100.000200');
    } finally {
      await h.close();
    }
  });
});
