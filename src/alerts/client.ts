/**
 * The Web API client alerts post with. No SDK retries and no silent waiting on 429: a failed
 * call comes straight back so deliver.ts can record it and retry on its own schedule (with the
 * channel-history check that keeps delivery exactly-once).
 */
import { WebClient, LogLevel } from '@slack/web-api';
import { boltLogger, type Logger } from '../log.ts';

export function createAlertClient(opts: { token: string; slackApiUrl?: string | undefined; logger: Logger; timeoutMs?: number }): WebClient {
  return new WebClient(opts.token, {
    ...(opts.slackApiUrl ? { slackApiUrl: opts.slackApiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: opts.timeoutMs ?? 30_000,
    logger: boltLogger(opts.logger),
    logLevel: LogLevel.WARN,
  });
}
