/**
 * Logging: pino to stderr (stdout belongs to command output), with secrets redacted wherever
 * they might appear. `boltLogger` adapts pino to the Logger interface Bolt expects.
 */
import { pino, type Logger, type DestinationStream } from 'pino';
import type { Logger as BoltLogger, LogLevel } from '@slack/bolt';

export type { Logger };

export const REDACT_PATHS = [
  'token', '*.token', '*.*.token',
  'botToken', '*.botToken', 'appToken', '*.appToken',
  'signingSecret', '*.signingSecret',
  'authorization', '*.authorization', '*.headers.authorization', 'headers.authorization',
  'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET',
  '*.SLACK_BOT_TOKEN', '*.SLACK_APP_TOKEN', '*.SLACK_SIGNING_SECRET',
];

/** Token-shaped strings, scrubbed from messages and error text as a second line of defence. */
const TOKEN_PATTERN = /\b(xox[abposr]|xapp)-[A-Za-z0-9-]+/g;

export function scrubSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(TOKEN_PATTERN, '$1-[REDACTED]');
  for (const s of secrets) if (s.length >= 6) out = out.split(s).join('[REDACTED]');
  return out;
}

/** Keys whose values are secrets whatever they hold. */
const SECRET_KEY = /^(authorization|cookie|token|bot_?token|app_?token|signing_?secret|client_?secret)$/i;

/** A copy of `value` with every string scrubbed and secret-named keys censored (cycles and depth bounded). */
export function scrubDeep(value: unknown, secrets: readonly string[] = [], seen = new WeakSet<object>(), depth = 0): unknown {
  if (typeof value === 'string') return scrubSecrets(value, secrets);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 8) return '[Object]';
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  const plain = typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON(): unknown }).toJSON() : value;
  if (plain === null || typeof plain !== 'object') return scrubDeep(plain, secrets, seen, depth + 1);
  if (Array.isArray(plain)) return plain.map((v) => scrubDeep(v, secrets, seen, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(plain)) out[k] = SECRET_KEY.test(k) ? '[REDACTED]' : scrubDeep(v, secrets, seen, depth + 1);
  return out;
}

export interface LoggerOptions {
  level?: string;
  /** Where to write; default stderr. Tests pass a stream to capture output. */
  destination?: DestinationStream;
  /** Literal secret values to scrub from any log line (signing secret, tokens). */
  secrets?: readonly string[];
}

export function createLogger(opts: LoggerOptions = {}): Logger {
  const secrets = opts.secrets ?? [];
  return pino(
    {
      level: opts.level ?? 'info',
      redact: { paths: REDACT_PATHS, censor: '[REDACTED]' },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((a) => (typeof a === 'string' ? scrubSecrets(a, secrets) : a));
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
      serializers: {
        // Every string in the error is scrubbed, not only message and stack: errors carry secrets
        // in other fields too (an HTTP client's config.headers.Authorization, a `detail`).
        err: (err: unknown) => scrubDeep(pino.stdSerializers.err(err as Error), secrets) as Record<string, unknown>,
      },
    },
    opts.destination ?? pino.destination(2),
  );
}

/** Bolt's logger interface over a pino logger. */
export function boltLogger(log: Logger): BoltLogger {
  let level = log.level as LogLevel;
  const fmt = (msg: unknown[]) => msg.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  return {
    debug: (...msg) => log.debug(fmt(msg)),
    info: (...msg) => log.info(fmt(msg)),
    warn: (...msg) => log.warn(fmt(msg)),
    error: (...msg) => log.error(fmt(msg)),
    setLevel: (l) => {
      level = l;
      log.level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
