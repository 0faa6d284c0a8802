import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { ConfigError } from '../src/errors.ts';

function configError(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
}

const HTTP = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'shh-secret', PORT: '3000' };

describe('loadConfig', () => {
  it('defaults to no Slack and the local database', () => {
    const c = loadConfig({});
    expect(c.slack).toEqual({ kind: 'none' });
    expect(c.dbPath).toBe('./data/papers.db');
    expect(c.alertTime).toBe('08:30');
    expect(c.exemptChannels).toEqual([]);
  });

  it('chooses HTTP mode with a signing secret and a port', () => {
    expect(loadConfig(HTTP).slack).toEqual({ kind: 'http', botToken: 'xoxb-1-2-abc', signingSecret: 'shh-secret', port: 3000 });
  });

  it('chooses Socket Mode with an app token', () => {
    const c = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-A-2' });
    expect(c.slack).toMatchObject({ kind: 'socket', appToken: 'xapp-1-A-2' });
  });

  it('names SLACK_SIGNING_SECRET and the fix when it is missing in HTTP mode', () => {
    const msg = configError({ SLACK_BOT_TOKEN: 'xoxb-1', PORT: '3000' });
    expect(msg).toContain('SLACK_SIGNING_SECRET: is required in HTTP mode');
    expect(msg).toContain('copy the Signing Secret from your Slack app’s Basic Information page');
    expect(msg).toContain('or set SLACK_APP_TOKEN for Socket Mode');
    expect(msg).not.toContain('PORT');
  });

  it('names PORT when it is missing in HTTP mode', () => {
    expect(configError({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' })).toContain('PORT: is required in HTTP mode');
  });

  it('rejects a malformed ALERT_CHANNEL, naming it and how to find the id', () => {
    const msg = configError({ ALERT_CHANNEL: '#general' });
    expect(msg).toContain('ALERT_CHANNEL: must be a Slack channel id such as C0123ABCD');
    expect(msg).toContain('Copy link');
  });

  it('rejects a user token in SLACK_BOT_TOKEN and an app token of the wrong kind', () => {
    expect(configError({ ...HTTP, SLACK_BOT_TOKEN: 'xoxp-123' })).toContain('SLACK_BOT_TOKEN: must be a bot token starting with xoxb-');
    expect(configError({ ...HTTP, SLACK_APP_TOKEN: 'xoxb-1' })).toContain('SLACK_APP_TOKEN: must be an app-level token starting with xapp-');
  });

  it('requires the bot token once any Slack setting is present', () => {
    expect(configError({ SLACK_SIGNING_SECRET: 'x' })).toContain('SLACK_BOT_TOKEN: is required when Slack is configured');
  });

  it('rejects bad PORT, ALERT_TIME, EXEMPT_CHANNELS and LOG_LEVEL values', () => {
    expect(configError({ ...HTTP, PORT: '70000' })).toContain('PORT: must be between 1 and 65535');
    expect(configError({ ...HTTP, PORT: 'abc' })).toContain('PORT: must be a port number');
    expect(configError({ ALERT_TIME: '8.30' })).toContain('ALERT_TIME: must be a time HH:MM');
    expect(configError({ EXEMPT_CHANNELS: 'C123, general' })).toContain('EXEMPT_CHANNELS: must list Slack channel ids');
    expect(configError({ LOG_LEVEL: 'loud' })).toContain('LOG_LEVEL');
  });

  it('reads EXEMPT_CHANNELS as a trimmed list and treats blank values as unset', () => {
    const c = loadConfig({ EXEMPT_CHANNELS: ' C111 , G222 ,', SLACK_BOT_TOKEN: '  ', PORT: '' });
    expect(c.exemptChannels).toEqual(['C111', 'G222']);
    expect(c.slack).toEqual({ kind: 'none' });
  });

  it('reports every bad variable at once', () => {
    const msg = configError({ ALERT_CHANNEL: 'x', ALERT_TIME: '25:00' });
    expect(msg).toContain('ALERT_CHANNEL');
    expect(msg).toContain('ALERT_TIME');
  });

  it('accepts a bot token alone when no listening app is needed (alerts run), and keeps it', () => {
    expect(configError({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc' })).toContain('SLACK_SIGNING_SECRET: is required in HTTP mode');
    const c = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', ALERT_CHANNEL: 'C0123ABCD' }, { requireListener: false });
    expect(c.slack).toEqual({ kind: 'none' });
    expect(c.botToken).toBe('xoxb-1-2-abc');
    expect(loadConfig(HTTP).botToken).toBe('xoxb-1-2-abc');
  });
});
