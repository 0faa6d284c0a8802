/**
 * The Slack service: configuration → logger → database → engine → Bolt app → listeners →
 * start (Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT at /slack/events).
 * `papers serve` and `npm start` (with Slack tokens) run it.
 */
import type { App } from '@slack/bolt';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createEngine } from './answer/engine.ts';
import type { Engine } from './answer/model.ts';
import type { Config } from './config.ts';
import { ConfigError } from './errors.ts';
import { createLogger, type Logger, type LoggerOptions } from './log.ts';
import { openDatabase, type Db } from './store/db.ts';
import { pruneEvents } from './store/slack.ts';
import { buildSlackApp, type BuildSlackAppOptions } from './slack/app.ts';
import type { SlackDeps, SubscriptionStore } from './slack/deps.ts';
import { registerListeners, type ListenerGroup } from './slack/listeners/index.ts';
import { registerAlertListeners } from './slack/listeners/alerts/index.ts';
import { startAlertsFromConfig, subscriptionStore } from './alerts/service.ts';

/** Secret values to scrub from every log line. */
export function secretsOf(config: Config): string[] {
  const s = config.slack;
  if (s.kind === 'none') return [];
  return [s.botToken, s.kind === 'socket' ? s.appToken : undefined, s.signingSecret].filter((x): x is string => Boolean(x));
}

export function loggerFor(config: Config, destination?: LoggerOptions['destination']): Logger {
  return createLogger({ level: config.logLevel, secrets: secretsOf(config), ...(destination ? { destination } : {}) });
}

export interface SlackServiceOptions {
  config: Config;
  logger: Logger;
  /** An open database (tests); default: openDatabase(config.dbPath). */
  db?: Db;
  /** The engine (tests); default: createEngine(db). */
  engine?: Engine;
  /** Default: the subscriptions table (src/store/subscriptions.ts). */
  subscriptions?: SubscriptionStore;
  /** More listener groups; default: the alerts' Done/Snooze buttons. */
  listeners?: readonly ListenerGroup[];
  /** Start the daily alert scheduler (needs ALERT_CHANNEL; default true). */
  alerts?: boolean;
  /** Test knobs passed to buildSlackApp (fake API URL, retries, token verification). */
  slackOptions?: Omit<BuildSlackAppOptions, 'slack' | 'logger'>;
  /** HTTP mode: listen on this host (default all interfaces; tests use 127.0.0.1). */
  host?: string;
}

export interface SlackService {
  app: App;
  db: Db;
  /** HTTP mode: the address listened on. */
  address: AddressInfo | null;
  stop(): Promise<void>;
}

export async function startSlackService(o: SlackServiceOptions): Promise<SlackService> {
  const { config, logger } = o;
  const slack = config.slack;
  if (slack.kind === 'none') {
    throw new ConfigError(
      'Invalid configuration:\n  SLACK_BOT_TOKEN: is required to serve Slack (fix: set SLACK_BOT_TOKEN with SLACK_APP_TOKEN for Socket Mode, or with SLACK_SIGNING_SECRET and PORT for HTTP mode)',
    );
  }
  const ownDb = o.db === undefined;
  const db = o.db ?? openDatabase(config.dbPath);
  try {
    const engine = o.engine ?? createEngine(db, { logger });
    const deps: SlackDeps = { config, logger, db, engine, subscriptions: o.subscriptions ?? subscriptionStore(db) };
    const app = buildSlackApp({ slack, logger, slackApiUrl: config.slackApiUrl, ...o.slackOptions });
    registerListeners(app, deps, o.listeners ?? [registerAlertListeners]);
    pruneEvents(db, 7);

    let address: AddressInfo | null = null;
    if (slack.kind === 'socket') {
      await app.start();
      logger.info('Slack app connected (Socket Mode)');
    } else {
      const server = (await app.start(o.host ? { port: slack.port, host: o.host } : slack.port)) as Server;
      address = server.address() as AddressInfo;
      logger.info({ port: address.port }, 'Slack app listening (HTTP mode) on /slack/events');
    }
    // Daily reminders and subscription notices (null when ALERT_CHANNEL is not set).
    let scheduler: ReturnType<typeof startAlertsFromConfig> = null;
    try {
      scheduler = o.alerts === false ? null : startAlertsFromConfig({ db, config, logger });
    } catch (err) {
      await app.stop();
      throw err;
    }
    return {
      app,
      db,
      address,
      async stop() {
        scheduler?.stop();
        await app.stop();
        if (ownDb) db.close();
      },
    };
  } catch (err) {
    if (ownDb) db.close();
    throw err;
  }
}
