import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.ts';
import { createLogger } from '../../src/log.ts';
import { buildSlackApp } from '../../src/slack/app.ts';

/** Bolt keeps the receiver private; its class is what tells the two modes apart. */
function receiverOf(app: object): string {
  return (app as unknown as { receiver: object }).receiver.constructor.name;
}

const logger = createLogger({ level: 'silent', destination: new Writable({ write: (_c, _e, cb) => cb() }) });

describe('buildSlackApp', () => {
  it('builds a Socket Mode app from an app-level token without connecting', () => {
    const app = buildSlackApp({ slack: { kind: 'socket', botToken: 'xoxb-1-2-x', appToken: 'xapp-1-A-2', signingSecret: undefined }, logger, tokenVerificationEnabled: false, botId: 'B', botUserId: 'U' });
    expect(receiverOf(app)).toBe('SocketModeReceiver');
  });

  it('builds an HTTP app with the signing secret', () => {
    const app = buildSlackApp({ slack: { kind: 'http', botToken: 'xoxb-1-2-x', signingSecret: 'secret', port: 0 }, logger, tokenVerificationEnabled: false, botId: 'B', botUserId: 'U' });
    expect(receiverOf(app)).toBe('HTTPReceiver');
  });

  it('refuses to build without Slack configuration', () => {
    expect(() => buildSlackApp({ slack: { kind: 'none' }, logger })).toThrow(ConfigError);
  });
});
