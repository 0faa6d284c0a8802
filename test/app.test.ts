/**
 * The Slack service as `papers serve` runs it: configuration → database → real engine → Bolt,
 * with start-up token verification (auth.test) against the fake Slack API.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerFor, startSlackService } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { ConfigError } from '../src/errors.ts';
import { openDatabase } from '../src/store/db.ts';
import { startFakeSlack } from './helpers/fake-slack.ts';
import { seedCorpus } from './slack/corpus.ts';
import { BOT_TOKEN, sign, SIGNING_SECRET } from './slack/harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'papers-app-'));
const dbPath = join(dir, 'papers.db');

beforeAll(() => {
  const db = openDatabase(dbPath);
  seedCorpus(db);
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function mentionBody(eventId: string): string {
  return JSON.stringify({
    type: 'event_callback',
    team_id: 'T1',
    event_id: eventId,
    event: { type: 'app_mention', user: 'U1', text: '<@UBOT> was the family hubs programme approved?', ts: '1700000100.000200', channel: 'C1' },
  });
}

async function postSigned(url: string, body: string): Promise<Response> {
  const ts = Math.floor(Date.now() / 1000);
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) },
    body,
  });
}

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

describe('startSlackService', () => {
  it('starts in HTTP mode from configuration, verifies the token, answers, stops', async () => {
    const fake = await startFakeSlack();
    const lines: string[] = [];
    const destination = new Writable({ write: (c: Buffer, _e, cb) => { lines.push(c.toString()); cb(); } });
    const env = { PAPERS_DB: dbPath, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '3999', SLACK_API_URL: fake.apiUrl, LOG_LEVEL: 'debug' };
    const config = loadConfig(env);
    const service = await startSlackService({
      config: { ...config, slack: { ...(config.slack as { kind: 'http'; botToken: string; signingSecret: string; port: number }), port: 0 } },
      logger: loggerFor(config, destination),
      host: '127.0.0.1',
      slackOptions: { retryConfig: { retries: 0 } },
    });
    try {
      const res = await postSigned(`http://127.0.0.1:${service.address!.port}/slack/events`, mentionBody('EvAPP1'));
      expect(res.status).toBe(200);
      const [post] = await fake.waitFor('chat.postMessage');
      expect(JSON.stringify(post!.body.blocks)).toContain('APPROVE the continuation of the Family Hubs programme for 2025-26.');
      expect(post!.body.thread_ts).toBe('1700000100.000200');
      // Bolt verifies the bot token (auth.test) before handling the first request
      expect(fake.callsTo('auth.test')).toHaveLength(1);
      expect(fake.callsTo('auth.test')[0]!.at).toBeLessThanOrEqual(post!.at);
    } finally {
      await service.stop();
      await fake.close();
    }
    const logs = lines.join('');
    expect(logs).toContain('Slack app listening (HTTP mode)');
    expect(logs).not.toContain(BOT_TOKEN);
    expect(logs).not.toContain(SIGNING_SECRET);
  });

  it('wires what production needs by default: /papers subscribe stores the subscription, alert buttons are handled', async () => {
    const fake = await startFakeSlack();
    const env = { PAPERS_DB: dbPath, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '3999', SLACK_API_URL: fake.apiUrl, LOG_LEVEL: 'silent' };
    const config = loadConfig(env);
    const service = await startSlackService({
      config: { ...config, slack: { ...(config.slack as { kind: 'http'; botToken: string; signingSecret: string; port: number }), port: 0 } },
      logger: loggerFor(config),
      host: '127.0.0.1',
      alerts: false,
      slackOptions: { retryConfig: { retries: 0 } },
    });
    const url = `http://127.0.0.1:${service.address!.port}/slack/events`;
    const postForm = async (body: string): Promise<Response> => {
      const ts = Math.floor(Date.now() / 1000);
      return fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) },
        body,
      });
    };
    try {
      const command = new URLSearchParams({
        command: '/papers', text: 'subscribe family hubs', user_id: 'UWIRE', user_name: 'officer', channel_id: 'C1', channel_name: 'general',
        team_id: 'T1', team_domain: 'council', response_url: fake.responseUrl, trigger_id: '1.2.3', api_app_id: 'A1', token: 'legacy',
      }).toString();
      expect((await postForm(command)).status).toBe(200);
      const [reply] = await fake.waitFor('response_url');
      expect(JSON.stringify(reply!.body)).toContain('Subscribed');
      const row = service.db.prepare("SELECT query FROM subscriptions WHERE target = 'UWIRE'").get();
      expect(row).toEqual({ query: 'family hubs' });

      // An alert's Done button for an item that is not known: handled (acked and answered), not ignored.
      const press = new URLSearchParams({
        payload: JSON.stringify({
          type: 'block_actions', team: { id: 'T1', domain: 'council' }, user: { id: 'UWIRE', username: 'officer', team_id: 'T1' },
          api_app_id: 'A1', token: 'legacy', trigger_id: '1.2.3', response_url: fake.responseUrl,
          container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C1', is_ephemeral: false },
          channel: { id: 'C1', name: 'alerts' },
          message: { type: 'message', ts: '1700000000.000100', text: 'due', blocks: [], bot_id: 'BBOT' },
          actions: [{ type: 'button', action_id: 'alert_done', block_id: 'alert_actions:0', value: 'no-such-item', action_ts: '1700000001.000001', text: { type: 'plain_text', text: 'Done' } }],
        }),
      }).toString();
      expect((await postForm(press)).status).toBe(200);
      await fake.waitFor('response_url', 2);
    } finally {
      await service.stop();
      await fake.close();
    }
  });

  it('refuses to start without Slack configuration, naming the variable', async () => {
    const config = loadConfig({ PAPERS_DB: dbPath });
    await expect(startSlackService({ config, logger: loggerFor(config) })).rejects.toThrow(ConfigError);
    await expect(startSlackService({ config, logger: loggerFor(config) })).rejects.toThrow(/SLACK_BOT_TOKEN/);
  });
});

describe('papers serve (the real binary)', () => {
  it('serves signed Slack requests until SIGTERM, keeping secrets out of its output', async () => {
    const fake = await startFakeSlack();
    const port = await freePort();
    const child = spawn(process.execPath, ['bin/papers.js', 'serve'], {
      env: { ...process.env, PAPERS_DB: dbPath, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_APP_TOKEN: '', PORT: String(port), SLACK_API_URL: fake.apiUrl, LOG_LEVEL: 'debug' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    try {
      const deadline = Date.now() + 30_000;
      while (!stderr.includes(`listening on port ${port}`)) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`serve did not start: ${stderr}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const res = await postSigned(`http://127.0.0.1:${port}/slack/events`, mentionBody('EvSERVE1'));
      expect(res.status).toBe(200);
      const [post] = await fake.waitFor('chat.postMessage', 1, 10_000);
      expect(post!.body.channel).toBe('C1');
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await fake.close();
    }
    expect(stderr + stdout).not.toContain(BOT_TOKEN);
    expect(stderr + stdout).not.toContain(SIGNING_SECRET);
    expect(stderr).toContain('http request url'); // debug logs of the Web API traffic were on
  });

  it('stops with the variable and the fix when the signing secret is missing', async () => {
    const child = spawn(process.execPath, ['bin/papers.js', 'serve'], {
      env: { ...process.env, PAPERS_DB: dbPath, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: '', SLACK_APP_TOKEN: '', PORT: '3000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(1);
    expect(stderr).toContain('SLACK_SIGNING_SECRET: is required in HTTP mode');
    expect(stderr).toContain('Signing Secret from your Slack app’s Basic Information page');
  });
});
