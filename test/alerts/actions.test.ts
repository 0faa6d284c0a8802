import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebClient } from '@slack/web-api';
import type { Engine } from '../../src/answer/model.ts';
import { createAlertClient } from '../../src/alerts/client.ts';
import { alertsDue, listDue } from '../../src/alerts/due.ts';
import { workProgrammeKey } from '../../src/alerts/keys.ts';
import { runAlerts } from '../../src/alerts/run.ts';
import { buildSlackApp } from '../../src/slack/app.ts';
import type { SlackDeps } from '../../src/slack/deps.ts';
import { alertAction, registerAlertListeners } from '../../src/slack/listeners/alerts/index.ts';
import type { AlertActionArgs } from '../../src/slack/listeners/alerts/alert-actions.ts';
import { getItemState } from '../../src/store/alerts.ts';
import type { Db } from '../../src/store/db.ts';
import { startFakeSlack, type FakeSlack, type StoredMessage } from '../helpers/fake-slack.ts';
import { addPaper, addWorkProgrammeItem, memoryDb, testLogger } from './seed.ts';

const CHANNEL = 'C0ALERTS';
const T0 = new Date('2025-06-04T07:30:00Z'); // Wed 4 Jun 2025 08:30 BST
const PRESS_AT = new Date('2025-06-04T10:00:00Z');

const noEngine: Engine = {
  ask: () => {
    throw new Error('not used');
  },
  costs: () => {
    throw new Error('not used');
  },
  due: () => [],
};

let db: Db;
let fake: FakeSlack;
let client: WebClient;
let keys: string[];
let message: StoredMessage;

beforeEach(async () => {
  db = memoryDb();
  fake = await startFakeSlack({ clock: () => T0.getTime() });
  client = createAlertClient({ token: 'xoxb-test-token', slackApiUrl: fake.apiUrl, logger: testLogger().logger });
  const wp = addPaper(db, { type: 'work-programme', title: 'Forward Plan' });
  addWorkProgrammeItem(db, wp.partId, { meetingDate: '2025-06-18', title: 'Item A' });
  addWorkProgrammeItem(db, wp.partId, { meetingDate: '2025-06-18', title: 'Item B' });
  keys = ['Item A', 'Item B'].map((t) => workProgrammeKey('Cabinet', '2025-06-18', t));
  await runAlerts({ db, client, channel: CHANNEL, now: T0, logger: testLogger().logger });
  message = fake.messages.get(CHANNEL)![0]!;
});

afterEach(async () => {
  await fake.close();
  db.close();
});

function deps(): SlackDeps {
  return { config: { exemptChannels: [] }, logger: testLogger().logger, db, engine: noEngine, now: () => PRESS_AT };
}

function pressBody(actionId: string, value: string) {
  return {
    type: 'block_actions',
    team: { id: 'T1', domain: 'council' },
    user: { id: 'U123', username: 'officer', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    trigger_id: '1.2.3',
    container: { type: 'message', message_ts: message.ts, channel_id: CHANNEL, is_ephemeral: false },
    channel: { id: CHANNEL, name: 'alerts' },
    message: { type: 'message', ts: message.ts, text: message.text, blocks: message.blocks, bot_id: 'BBOT' },
    response_url: fake.responseUrl,
    actions: [{ type: 'button', action_id: actionId, block_id: 'alert_actions:0', value, action_ts: '1749031200.000001', text: { type: 'plain_text', text: 'x' } }],
  };
}

async function press(kind: 'done' | 'snooze', actionId: string, value: string) {
  let acked = 0;
  const responses: unknown[] = [];
  const args = {
    ack: async () => {
      acked += 1;
    },
    body: pressBody(actionId, value),
    client,
    respond: async (r: unknown) => {
      responses.push(r);
    },
  } as unknown as AlertActionArgs;
  await alertAction(deps(), kind)(args);
  return { acked, responses };
}

type Block = { type: string; block_id?: string; elements?: Array<{ value?: string; text?: unknown }> };

describe('Done / Snooze buttons', () => {
  it('Done marks the item done and replaces only its buttons in the digest', async () => {
    const { acked } = await press('done', 'alert_done', keys[0]!);
    expect(acked).toBe(1);
    expect(getItemState(db, keys[0]!)).toMatchObject({ status: 'done', updatedBy: 'U123', snoozedUntil: null });
    const update = fake.callsTo('chat.update')[0]!.body;
    expect(update.channel).toBe(CHANNEL);
    expect(update.ts).toBe(message.ts);
    const blocks = update.blocks as Block[];
    expect(blocks.filter((b) => b.type === 'actions').map((b) => b.elements?.[0]?.value)).toEqual([keys[1]]);
    const note = blocks.find((b) => b.block_id === 'alert_actions:0')!;
    expect(note.type).toBe('context');
    expect(JSON.stringify(note)).toContain('Marked done by <@U123> on Wed 4 Jun 2025');
    // The fake's copy of the message was edited too.
    expect(JSON.stringify(fake.messages.get(CHANNEL)![0]!.blocks)).toContain('Marked done');

    expect(listDue(db, { from: '2025-06-04', withinDays: 30, includeExempt: false }).map((i) => i.title)).toEqual(['Item B']);
    expect(alertsDue(db, { today: '2025-06-10', includeExempt: false }).map((a) => a.item.title)).toEqual(['Item B', 'Item B']);
  });

  it('Snooze 1 week hides the item for 7 days', async () => {
    await press('snooze', 'alert_snooze', keys[1]!);
    expect(getItemState(db, keys[1]!)).toMatchObject({ status: 'snoozed', snoozedUntil: '2025-06-11', updatedBy: 'U123' });
    expect(JSON.stringify(fake.callsTo('chat.update')[0]!.body.blocks)).toContain('Snoozed by <@U123> until Wed 11 Jun 2025');
    expect(alertsDue(db, { today: '2025-06-10', includeExempt: false }).map((a) => a.item.title)).toEqual(['Item A', 'Item A']);
    expect(alertsDue(db, { today: '2025-06-11', includeExempt: false }).map((a) => `${a.item.title}:${a.lead}`)).toContain(
      'Item B:agenda~2025-06-11',
    );
  });

  it('an unknown button value is refused politely and changes nothing', async () => {
    const { responses } = await press('done', 'alert_done', 'not-a-key');
    expect(responses).toEqual([{ response_type: 'ephemeral', replace_original: false, text: expect.stringMatching(/not recognised/) }]);
    expect(fake.callsTo('chat.update')).toHaveLength(0);
    expect(db.prepare('SELECT count(*) AS n FROM item_state').get()).toEqual({ n: 0 });
  });

  it('works through a real Bolt app (signed block_actions request)', async () => {
    const secret = 'alerts-test-signing-secret';
    const logger = testLogger().logger;
    const app = buildSlackApp({
      slack: { kind: 'http', botToken: 'xoxb-test-token', signingSecret: secret, port: 0 },
      logger,
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
      tokenVerificationEnabled: false,
      botId: 'BBOT',
      botUserId: 'UBOT',
    });
    registerAlertListeners(app, deps());
    const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
    try {
      const { port } = server.address() as AddressInfo;
      const body = new URLSearchParams({ payload: JSON.stringify(pressBody('alert_done', keys[1]!)) }).toString();
      const ts = Math.floor(Date.now() / 1000);
      const sig = `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
      const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sig },
        body,
      });
      expect(res.status).toBe(200);
      await fake.waitFor('chat.update', 1);
      expect(getItemState(db, keys[1]!)).toMatchObject({ status: 'done', updatedBy: 'U123' });
    } finally {
      await app.stop();
    }
  });
});
