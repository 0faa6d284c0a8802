import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { boltLogger, createLogger, scrubSecrets } from '../src/log.ts';

function capture(secrets: string[] = [], level = 'debug') {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _e, cb) {
      lines.push(chunk.toString('utf8'));
      cb();
    },
  });
  return { log: createLogger({ level, destination, secrets }), text: () => lines.join('') };
}

describe('createLogger', () => {
  it('redacts token fields, headers and literal secrets, keeping the rest', () => {
    const { log, text } = capture(['my-signing-secret-123']);
    log.info({ token: 'xoxb-abc', botToken: 'xoxb-def', req: { headers: { authorization: 'Bearer xoxb-ghi' } }, channel: 'C1' }, 'sent');
    log.error({ err: new Error('failed with xoxb-999-888-zzz and my-signing-secret-123') }, 'boom');
    log.warn('a message mentioning xapp-1-A123-456 and my-signing-secret-123');
    const out = text();
    expect(out).not.toMatch(/xoxb-(abc|def|ghi|999)/);
    expect(out).not.toContain('xapp-1-A123');
    expect(out).not.toContain('my-signing-secret-123');
    expect(out).toContain('"channel":"C1"');
    expect(out).toContain('failed with xoxb-[REDACTED]');
    expect(out).toContain('[REDACTED]');
  });

  it('scrubs secrets passed through the Bolt adapter', () => {
    const { log, text } = capture(['another-secret-value']);
    const bolt = boltLogger(log);
    bolt.debug('http request body:', { token: 'xoxb-777-x', secret: 'another-secret-value' });
    bolt.info('token xoxb-555-y in text');
    expect(text()).not.toContain('xoxb-777');
    expect(text()).not.toContain('xoxb-555');
    expect(text()).not.toContain('another-secret-value');
  });

  it('leaves short literal "secrets" alone rather than mangling every line', () => {
    expect(scrubSecrets('abc abc', ['abc'])).toBe('abc abc');
  });
});
