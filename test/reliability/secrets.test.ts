/**
 * Tokens and the signing secret never appear in logs (captured at trace level through the
 * app's own logger, src/app.ts loggerFor) or in error messages: through start-up, Slack calls
 * that fail (invalid_auth, HTTP 500, a dropped connection), a configuration error, and a handler
 * that throws an error carrying the secrets.
 */
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.ts';
import type { Engine } from '../../src/answer/model.ts';
import { loggerFor, startSlackService, type SlackService } from '../../src/app.ts';
import { main } from '../../src/cli/main.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { bufferIO } from '../helpers/cli-io.ts';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.ts';
import { seedCorpus } from '../slack/corpus.ts';
import { startScriptedSlack } from './helpers/scripted-slack.ts';

const BOT = 'xoxb-918273645-5647382910-SecretBotTokenValueZq9';
const SIGNING = 'sgn-7f3e9a1c2b4d6e8f0a1b2c3d4e5f6a7b';
const APP = 'xapp-1-A0SECRET-1234567890-abcdefabcdefabcdef';
const SECRETS = [BOT, SIGNING, APP, 'SecretBotTokenValueZq9', '7f3e9a1c2b4d6e8f0a1b2c3d4e5f6a7b', 'A0SECRET-1234567890'];

let dir: string;
let dbPath: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'papers-secrets-'));
  dbPath = join(dir, 'papers.db');
  const db = openDatabase(dbPath);
  seedCorpus(db);
  db.close();
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function capture(): { destination: Writable; text: () => string } {
  const lines: string[] = [];
  return {
    destination: new Writable({
      write(c: Buffer, _e, cb) {
        lines.push(c.toString('utf8'));
        cb();
      },
    }),
    text: () => lines.join(''),
  };
}

function found(text: string): string[] {
  return SECRETS.filter((s) => text.includes(s));
}

function configFor(apiUrl: string): Config {
  const config = loadConfig({ PAPERS_DB: dbPath, SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SIGNING, PORT: '3999', SLACK_API_URL: apiUrl, LOG_LEVEL: 'trace' });
  return { ...config, slack: { ...(config.slack as Extract<Config['slack'], { kind: 'http' }>), port: 0 } };
}

function signedMention(eventId: string, ts: string): { body: string; headers: Record<string, string> } {
  const body = JSON.stringify({
    token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: 1,
    event: { type: 'app_mention', user: 'U1', text: '<@UBOT> was the family hubs programme approved?', ts, channel: 'CPUBLIC', event_ts: ts },
  });
  const now = Math.floor(Date.now() / 1000);
  const sig = `v0=${createHmac('sha256', SIGNING).update(`v0:${now}:${body}`).digest('hex')}`;
  return { body, headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(now), 'x-slack-signature': sig } };
}

async function send(service: SlackService, eventId: string, ts: string): Promise<number> {
  const m = signedMention(eventId, ts);
  const res = await fetch(`http://127.0.0.1:${service.address!.port}/slack/events`, { method: 'POST', headers: m.headers, body: m.body });
  return res.status;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(cond: () => boolean, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(25);
  }
}

describe('secrets in logs and errors', () => {
  it('start-up, a good answer and failing Slack calls (HTTP 500, dropped connection) log no secret', async () => {
    const fake: FakeSlack = await startFakeSlack();
    const cap = capture();
    const config = configFor(fake.apiUrl);
    const service = await startSlackService({ config, logger: loggerFor(config, cap.destination), host: '127.0.0.1', alerts: false, slackOptions: { retryConfig: { retries: 0 } } });
    try {
      expect(await send(service, 'EvS1', '1700000001.000100')).toBe(200);
      await fake.waitFor('chat.postMessage', 1);
      // The answer fails with HTTP 500, then the apology too.
      fake.failNext('chat.postMessage', { status: 500 }, 2);
      expect(await send(service, 'EvS2', '1700000002.000100')).toBe(200);
      await until(() => cap.text().includes('could not tell the user'));
      // The connection is cut (a network error, whose original request carries the Authorization header).
      fake.failNext('chat.postMessage', { status: 'drop' }, 2);
      expect(await send(service, 'EvS3', '1700000003.000100')).toBe(200);
      await until(() => (cap.text().match(/could not tell the user/g) ?? []).length >= 2);
    } finally {
      await service.stop();
      await fake.close();
    }
    const logs = cap.text();
    expect(logs).toContain('Slack app listening (HTTP mode)');
    expect(logs).toContain('app_mention failed');
    // Bolt's own debug output was captured too (its Web API calls)
    expect(logs.length).toBeGreaterThan(2000);
    expect(found(logs)).toEqual([]);
  });

  it('Slack answering invalid_auth — at start-up and on a call — logs no secret and the error names none', async () => {
    // At start-up: Bolt verifies the token with auth.test.
    const refusing = await startScriptedSlack(() => ({ body: { ok: false, error: 'invalid_auth' } }));
    const cap = capture();
    const config = configFor(refusing.apiUrl);
    let startError: unknown;
    try {
      const s = await startSlackService({ config, logger: loggerFor(config, cap.destination), host: '127.0.0.1', alerts: false, slackOptions: { retryConfig: { retries: 0 } } });
      // Bolt may verify lazily: a request makes it call auth.test.
      await send(s, 'EvA1', '1700000010.000100');
      await sleep(500);
      await s.stop();
    } catch (err) {
      startError = err;
    } finally {
      await refusing.close();
    }
    expect(refusing.calls).toContain('auth.test');
    if (startError) expect(found(`${(startError as Error).message}\n${(startError as Error).stack}\n${JSON.stringify(startError)}`)).toEqual([]);

    // On a call: auth.test passes, chat.postMessage says invalid_auth.
    const halfway = await startScriptedSlack((m) => (m === 'auth.test' ? { body: { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' } } : { body: { ok: false, error: 'invalid_auth' } }));
    const config2 = configFor(halfway.apiUrl);
    const service = await startSlackService({ config: config2, logger: loggerFor(config2, cap.destination), host: '127.0.0.1', alerts: false, slackOptions: { retryConfig: { retries: 0 } } });
    try {
      expect(await send(service, 'EvA2', '1700000011.000100')).toBe(200);
      await until(() => cap.text().includes('could not tell the user'));
    } finally {
      await service.stop();
      await halfway.close();
    }
    expect(cap.text()).toContain('invalid_auth');
    expect(found(cap.text())).toEqual([]);
  });

  it('a configuration error names the variable, not its value', async () => {
    const bad = [
      { SLACK_BOT_TOKEN: BOT.replace('xoxb-', 'xoxp-'), SLACK_SIGNING_SECRET: SIGNING, PORT: '3000' },
      { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: `x${APP}`, SLACK_SIGNING_SECRET: SIGNING },
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SIGNING, PORT: SIGNING },
      { SLACK_APP_TOKEN: APP, SLACK_SIGNING_SECRET: SIGNING },
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SIGNING, SLACK_API_URL: `not a url ${SIGNING}` },
    ];
    for (const env of bad) {
      let message = '';
      try {
        loadConfig({ PAPERS_DB: dbPath, ...env });
      } catch (err) {
        message = `${(err as Error).message}\n${(err as Error).stack}`;
      }
      expect(message, JSON.stringify(Object.keys(env))).toMatch(/SLACK_|PORT/);
      expect(found(message), JSON.stringify(Object.keys(env))).toEqual([]);
      // The same through the real CLI (`papers serve`), with logs on at trace level.
      const io = bufferIO({ env: { PAPERS_DB: dbPath, LOG_LEVEL: 'trace', ...env } });
      const code = await main(['serve'], io);
      expect(code).toBe(1);
      expect(found(io.out() + io.err())).toEqual([]);
    }
  });

  it('a handler error carrying the secrets (message, cause, Authorization header) reaches neither the user nor the log', async () => {
    const fake = await startFakeSlack();
    const cap = capture();
    const config = configFor(fake.apiUrl);
    const db: Db = openDatabase(dbPath);
    const real = createEngine(db, { logger: createLogger({ level: 'silent' }) });
    const failing: Engine = {
      ask() {
        const err = new Error(`engine broke while using ${BOT} and ${SIGNING}`, { cause: new Error(`inner ${APP}`) });
        Object.assign(err, { config: { headers: { Authorization: `Bearer ${BOT}` } }, detail: `secret=${SIGNING}` });
        throw err;
      },
      costs: (t, c) => real.costs(t, c),
      due: (o) => real.due(o),
    };
    const service = await startSlackService({ config, db, engine: failing, logger: loggerFor(config, cap.destination), host: '127.0.0.1', alerts: false, slackOptions: { retryConfig: { retries: 0 } } });
    try {
      expect(await send(service, 'EvH1', '1700000020.000100')).toBe(200);
      const [post] = await fake.waitFor('chat.postMessage', 1);
      expect(post!.body.text).toBe('Something went wrong while answering that. The problem has been logged.');
      // What users see (auth.test legitimately carries the token to Slack itself).
      const userVisible = fake.calls.filter((c) => c.method !== 'auth.test').map((c) => c.body);
      expect(found(JSON.stringify(userVisible)), JSON.stringify(userVisible)).toEqual([]);
      await until(() => cap.text().includes('app_mention failed'));
    } finally {
      await service.stop();
      await fake.close();
      db.close();
    }
    const leaked = cap.text().split('\n').filter((l) => found(l).length > 0);
    expect(leaked).toEqual([]);
  });
});
