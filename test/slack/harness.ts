/**
 * Starts the real Bolt app in HTTP mode on 127.0.0.1 against the fake Slack Web API, and sends
 * it signed requests the way Slack does (v0 HMAC-SHA256 of `v0:timestamp:body`).
 */
import { createHmac } from 'node:crypto';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { RetryOptions } from '@slack/web-api';
import type { Engine } from '../../src/answer/model.ts';
import { createLogger } from '../../src/log.ts';
import type { Db } from '../../src/store/db.ts';
import { buildSlackApp } from '../../src/slack/app.ts';
import type { SubscriptionStore } from '../../src/slack/deps.ts';
import { registerListeners } from '../../src/slack/listeners/index.ts';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.ts';

export const SIGNING_SECRET = 'test-signing-secret-8f2d1c';
export const BOT_TOKEN = 'xoxb-1111-2222-testtokenvalue';

export interface Harness {
  url: string;
  fake: FakeSlack;
  logs: string[];
  /** When each response to Slack's POSTs was handed to the OS (ms since epoch), in order. */
  responsesFinishedAt: number[];
  post(body: string, contentType: string, opts?: { retryNum?: number; timestamp?: number; signature?: string }): Promise<Response>;
  event(event: Record<string, unknown>, opts?: { eventId?: string; retryNum?: number }): Promise<Response>;
  command(text: string, opts?: { channelId?: string; userId?: string }): Promise<Response>;
  action(payload: Record<string, unknown>): Promise<Response>;
  close(): Promise<void>;
}

export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

let eventSeq = 0;

export async function startHarness(opts: {
  db: Db;
  engine: Engine;
  exemptChannels?: string[];
  retryConfig?: RetryOptions;
  subscriptions?: SubscriptionStore;
  now?: () => Date;
}): Promise<Harness> {
  const fake = await startFakeSlack({ botUserId: 'UBOT', botId: 'BBOT' });
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, cb) {
      logs.push(chunk.toString('utf8'));
      cb();
    },
  });
  const logger = createLogger({ level: 'debug', destination, secrets: [SIGNING_SECRET, BOT_TOKEN] });
  const app = buildSlackApp({
    slack: { kind: 'http', botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, port: 0 },
    logger,
    slackApiUrl: fake.apiUrl,
    retryConfig: opts.retryConfig ?? { retries: 0 },
    tokenVerificationEnabled: false,
    botId: 'BBOT',
    botUserId: 'UBOT',
  });
  registerListeners(app, {
    config: { exemptChannels: opts.exemptChannels ?? [] },
    logger,
    db: opts.db,
    engine: opts.engine,
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.subscriptions ? { subscriptions: opts.subscriptions } : {}),
  });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  const { port } = server.address() as AddressInfo;
  const responsesFinishedAt: number[] = [];
  server.on('request', (_req, res) => res.on('finish', () => responsesFinishedAt.push(Date.now())));
  const url = `http://127.0.0.1:${port}/slack/events`;

  const post: Harness['post'] = (body, contentType, o = {}) => {
    const ts = o.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      'content-type': contentType,
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': o.signature ?? sign(body, ts),
    };
    if (o.retryNum !== undefined) {
      headers['x-slack-retry-num'] = String(o.retryNum);
      headers['x-slack-retry-reason'] = 'http_timeout';
    }
    return fetch(url, { method: 'POST', headers, body });
  };

  return {
    url,
    fake,
    logs,
    responsesFinishedAt,
    post,
    event(event, o = {}) {
      eventSeq += 1;
      const body = JSON.stringify({
        token: 'legacy-verification-token',
        team_id: 'T1',
        api_app_id: 'A1',
        type: 'event_callback',
        event_id: o.eventId ?? `Ev${Date.now()}${eventSeq}`,
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
        event,
      });
      return post(body, 'application/json', o.retryNum === undefined ? {} : { retryNum: o.retryNum });
    },
    command(text, o = {}) {
      const body = new URLSearchParams({
        token: 'legacy',
        team_id: 'T1',
        channel_id: o.channelId ?? 'CPUBLIC',
        channel_name: 'general',
        user_id: o.userId ?? 'U1',
        user_name: 'officer',
        command: '/papers',
        text,
        api_app_id: 'A1',
        response_url: fake.responseUrl,
        trigger_id: '1.2.3',
      }).toString();
      return post(body, 'application/x-www-form-urlencoded');
    },
    action(payload) {
      const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      return post(body, 'application/x-www-form-urlencoded');
    },
    async close() {
      await app.stop();
      await fake.close();
    },
  };
}

/** A block_actions payload as Slack sends it for a button in `message`. */
export function buttonPress(
  fake: FakeSlack,
  actionId: string,
  value: string,
  where: { channel: string; ephemeral: boolean; messageTs?: string; threadTs?: string; userId?: string },
): Record<string, unknown> {
  return {
    type: 'block_actions',
    team: { id: 'T1' },
    user: { id: where.userId ?? 'U1' },
    api_app_id: 'A1',
    token: 'legacy',
    trigger_id: '1.2.3',
    container: { type: 'message', is_ephemeral: where.ephemeral, channel_id: where.channel, message_ts: where.messageTs ?? '1700000001.000100' },
    channel: { id: where.channel, name: 'general' },
    ...(where.ephemeral ? {} : { message: { type: 'message', ts: where.messageTs ?? '1700000001.000100', ...(where.threadTs ? { thread_ts: where.threadTs } : {}) } }),
    response_url: fake.responseUrl,
    actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value, action_ts: '1700000002.0001' }],
  };
}

/** Everything a recorded call would show a user, as one string. */
export function shown(body: Record<string, unknown>): string {
  return JSON.stringify([body.text, body.blocks, body.view]);
}
