import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { pino } from 'pino';
import type { Db } from '../../src/store/db.ts';
import { createEngine } from '../../src/answer/engine.ts';
import { runChat } from '../../src/cli/chat.ts';
import { answerCorpus, seedDb } from '../helpers/seed-db.ts';
import { bufferIO } from '../helpers/cli-io.ts';

let db: Db;
beforeAll(() => {
  db = seedDb(answerCorpus());
});
afterAll(() => db.close());

const now = new Date('2021-06-01T00:00:00Z');

describe('runChat', () => {
  it('piped: answers one question per line and exits at end of input', async () => {
    const io = bufferIO({ stdin: 'What was approved about LAC?\n\ncosts Local Area Coordination\nWhat was decided about parking charges?\n' });
    const engine = createEngine(db, { logger: pino({ level: 'silent' }) });
    expect(await runChat({ engine, io, now })).toBe(0);
    const out = io.out();
    expect(out).not.toContain('papers>');
    expect(out).toContain('> What was approved about LAC?');
    expect(out).toContain('Approved (minute 2021/005');
    expect(out).toContain('Costs: Local Area Coordination');
    expect(out).toMatch(/Total\s+£350,820/);
    expect(out).toContain('Nothing was found in the papers for “What was decided about parking charges?”');
    expect(out.match(/^> /gm)).toHaveLength(3);
  });

  it('on a TTY: prompts, answers help, and stops at quit', async () => {
    const stdin = new PassThrough();
    const base = bufferIO();
    const io = { ...base, stdin, stdinIsTTY: true };
    const engine = createEngine(db, { logger: pino({ level: 'silent' }) });
    const done = runChat({ engine, io, now });
    stdin.write('help\n');
    stdin.write('quit\n');
    stdin.write('What was approved about LAC?\n'); // after quit: never answered
    expect(await done).toBe(0);
    const out = base.out();
    expect(out).toContain('papers> ');
    expect(out).toContain('costs <topic>');
    expect(out).not.toContain('Approved (minute');
  });
});
