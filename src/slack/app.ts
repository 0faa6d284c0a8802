/**
 * The Bolt app: Socket Mode when an app-level token is configured, else HTTP on Bolt's
 * standard /slack/events (events, commands and actions). Test-only knobs are options here,
 * never environment reads.
 */
import { App, LogLevel, type AppOptions } from '@slack/bolt';
import type { RetryOptions } from '@slack/web-api';
import { ConfigError } from '../errors.ts';
import type { SlackMode } from '../config.ts';
import { boltLogger, type Logger } from '../log.ts';
import { reportFailure } from './fail.ts';

export interface BuildSlackAppOptions {
  slack: SlackMode;
  logger: Logger;
  /** Web API base URL (the fake Slack in tests); default slack.com. */
  slackApiUrl?: string | undefined;
  /** Web API retries; default: 10 retries over ~30 minutes (the SDK's). Tests pass { retries: 0 }. */
  retryConfig?: RetryOptions;
  /** Skip auth.test at start-up (tests with a fake API). Needs botId/botUserId. */
  tokenVerificationEnabled?: boolean;
  botId?: string;
  botUserId?: string;
  /** Milliseconds before an HTTP request to the Web API times out (default SDK behaviour). */
  timeoutMs?: number;
}

export function buildSlackApp(opts: BuildSlackAppOptions): App {
  const { slack } = opts;
  if (slack.kind === 'none') {
    throw new ConfigError('Slack is not configured: set SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET and PORT (HTTP mode).');
  }
  const logger = boltLogger(opts.logger);
  const common: AppOptions = {
    token: slack.botToken,
    logger,
    logLevel: opts.logger.level === 'debug' || opts.logger.level === 'trace' ? LogLevel.DEBUG : LogLevel.INFO,
    clientOptions: {
      ...(opts.slackApiUrl ? { slackApiUrl: opts.slackApiUrl } : {}),
      ...(opts.retryConfig ? { retryConfig: opts.retryConfig } : {}),
      ...(opts.timeoutMs !== undefined ? { timeout: opts.timeoutMs } : {}),
      logger,
    },
    processBeforeResponse: false,
    ...(opts.tokenVerificationEnabled === false ? { tokenVerificationEnabled: false } : {}),
    ...(opts.botId ? { botId: opts.botId } : {}),
    ...(opts.botUserId ? { botUserId: opts.botUserId } : {}),
  };
  const app =
    slack.kind === 'socket'
      ? new App({ ...common, appToken: slack.appToken, socketMode: true })
      : new App({ ...common, signingSecret: slack.signingSecret, port: slack.port });

  app.error(async (err) => {
    await reportFailure(opts.logger, err, { handler: 'bolt' });
  });
  return app;
}
