/**
 * Configuration, read once at start-up through one zod schema. A missing or malformed variable
 * stops start-up with a message that names the variable and the fix.
 */
import { z } from 'zod';
import { ConfigError } from './errors.ts';

const optionalString = z
  .string()
  .transform((s) => s.trim())
  .optional()
  .transform((s) => (s === undefined || s === '' ? undefined : s));

const channelList = optionalString.transform((s) =>
  s === undefined
    ? []
    : s
        .split(',')
        .map((c) => c.trim())
        .filter((c) => c !== ''),
);

const EnvSchema = z.object({
  PAPERS_DB: optionalString.default('./data/papers.db'),
  PAPERS_MAX_PAGES: optionalString
    .default('1000')
    .pipe(z.string().regex(/^[1-9]\d*$/, 'must be a whole number of pages').transform(Number)),
  LOG_LEVEL: optionalString
    .default('info')
    .pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])),
  SLACK_BOT_TOKEN: optionalString.pipe(
    z.string().regex(/^xoxb-/, 'must be a bot token starting with xoxb-').optional(),
  ),
  SLACK_APP_TOKEN: optionalString.pipe(
    z.string().regex(/^xapp-/, 'must be an app-level token starting with xapp-').optional(),
  ),
  SLACK_SIGNING_SECRET: optionalString,
  PORT: optionalString.pipe(
    z
      .string()
      .regex(/^\d+$/, 'must be a port number')
      .transform(Number)
      .refine((n) => n >= 1 && n <= 65535, 'must be between 1 and 65535')
      .optional(),
  ),
  SLACK_API_URL: optionalString.pipe(z.url().optional()),
  ALERT_CHANNEL: optionalString.pipe(
    z.string().regex(/^[CGD][A-Z0-9]+$/, 'must be a Slack channel id such as C0123ABCD').optional(),
  ),
  /** Daily time (Europe/London) the scheduler posts alerts, HH:MM. */
  ALERT_TIME: optionalString
    .default('08:30')
    .pipe(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM, e.g. 08:30')),
  EXEMPT_CHANNELS: channelList.pipe(
    z.array(z.string().regex(/^[CGD][A-Z0-9]+$/, 'must list Slack channel ids such as C0123ABCD')),
  ),
});

const FIXES: Record<string, string> = {
  SLACK_BOT_TOKEN: 'copy the Bot User OAuth Token (xoxb-…) from your Slack app’s OAuth & Permissions page',
  SLACK_APP_TOKEN: 'create an app-level token with connections:write (xapp-…) under Basic Information, or unset it to use HTTP mode',
  SLACK_SIGNING_SECRET: 'copy the Signing Secret from your Slack app’s Basic Information page',
  PORT: 'set a port number between 1 and 65535',
  SLACK_API_URL: 'set a full URL such as https://slack.com/api/, or unset it',
  ALERT_CHANNEL: 'set the id of the channel for reminders (right-click the channel → Copy link; the id starts with C)',
  EXEMPT_CHANNELS: 'set a comma-separated list of channel ids, e.g. C0123ABCD,C0456EFGH',
  PAPERS_DB: 'set a file path for the SQLite database',
  PAPERS_MAX_PAGES: 'set a whole number of pages, e.g. 1000',
  LOG_LEVEL: 'use one of fatal, error, warn, info, debug, trace, silent',
  ALERT_TIME: 'use 24-hour HH:MM, e.g. 08:30',
};

export type SlackMode =
  | { kind: 'none' }
  | { kind: 'socket'; botToken: string; appToken: string; signingSecret: string | undefined }
  | { kind: 'http'; botToken: string; signingSecret: string; port: number };

export interface Config {
  dbPath: string;
  /** The bot token whatever the mode: posting alerts needs only this. */
  botToken: string | undefined;
  maxPages: number;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  slack: SlackMode;
  slackApiUrl: string | undefined;
  alertChannel: string | undefined;
  alertTime: string;
  exemptChannels: string[];
}

export interface LoadOptions {
  /**
   * Require the settings of a listening Slack app (SLACK_APP_TOKEN, or SLACK_SIGNING_SECRET + PORT)
   * whenever SLACK_BOT_TOKEN is set. Default true; `papers alerts run` only posts, so it passes false.
   */
  requireListener?: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, opts: LoadOptions = {}): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      const fix = FIXES[name];
      return `${name}: ${issue.message}${fix ? ` (fix: ${fix})` : ''}`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    dbPath: e.PAPERS_DB,
    botToken: e.SLACK_BOT_TOKEN,
    maxPages: e.PAPERS_MAX_PAGES,
    logLevel: e.LOG_LEVEL,
    slack: slackMode(e, opts.requireListener ?? true),
    slackApiUrl: e.SLACK_API_URL,
    alertChannel: e.ALERT_CHANNEL,
    alertTime: e.ALERT_TIME,
    exemptChannels: e.EXEMPT_CHANNELS,
  };
}

function slackMode(e: z.infer<typeof EnvSchema>, requireListener: boolean): SlackMode {
  if (!e.SLACK_BOT_TOKEN) {
    if (e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET) {
      throw new ConfigError(`Invalid configuration:\n  SLACK_BOT_TOKEN: is required when Slack is configured (fix: ${FIXES.SLACK_BOT_TOKEN})`);
    }
    return { kind: 'none' };
  }
  if (e.SLACK_APP_TOKEN) {
    return { kind: 'socket', botToken: e.SLACK_BOT_TOKEN, appToken: e.SLACK_APP_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET };
  }
  if (!requireListener && !e.SLACK_SIGNING_SECRET && e.PORT === undefined) return { kind: 'none' };
  const missing: string[] = [];
  if (!e.SLACK_SIGNING_SECRET) missing.push(`SLACK_SIGNING_SECRET: is required in HTTP mode (fix: ${FIXES.SLACK_SIGNING_SECRET}; or set SLACK_APP_TOKEN for Socket Mode)`);
  if (e.PORT === undefined) missing.push(`PORT: is required in HTTP mode (fix: ${FIXES.PORT}; or set SLACK_APP_TOKEN for Socket Mode)`);
  if (missing.length > 0 || !e.SLACK_SIGNING_SECRET || e.PORT === undefined) {
    throw new ConfigError(`Invalid configuration:\n  ${missing.join('\n  ')}`);
  }
  return { kind: 'http', botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET, port: e.PORT };
}
