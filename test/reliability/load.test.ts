/**
 * Load: 50 signed questions at once over HTTP (25 @mentions, 25 /papers commands) against the
 * real Bolt app, the real engine and a database of real fixture papers. Every one is
 * acknowledged and answered exactly once, and nothing is logged at error level. The p95
 * acknowledgement latency and p95 time-to-reply are printed (no timed assertion: CI machines vary).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.ts';
import { createLogger } from '../../src/log.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { shown, startHarness, type Harness } from '../slack/harness.ts';
import { fixtureDbCopy } from './helpers/fixture-db.ts';

const N = 50;
const QUESTIONS = [
  'what did cabinet approve about the budget?',
  'how much will the family hubs cost?',
  'who called in decision 24/00093?',
  'what was decided about the commissioning plan for education provision?',
  'what posts are being created?',
  'what reports are due?',
  'was the transfer of the strengthening independence service approved?',
  'how much is going into reserves?',
  'what did committee approve about LAC?',
  'capital programme changes',
];

let dir: string;
let db: Db;
let h: Harness;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'papers-load-'));
  db = openDatabase(await fixtureDbCopy(dir));
  const engine = createEngine(db, { logger: createLogger({ level: 'silent' }) });
  // Build the engine's index first, as the first question after start-up would: the load below
  // measures answering, not the one-off index build.
  engine.ask('warm up', { includeExempt: false });
  h = await startHarness({ db, engine });
}, 240_000);

afterAll(async () => {
  await h?.close();
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]!;
}

describe(`load: ${N} concurrent signed questions`, () => {
  it('answers every question exactly once with nothing logged at error level', async () => {
    const sent: Array<{ kind: 'mention' | 'command'; q: string; ts: string; user: string; at: number; ackMs?: number; status?: number }> = [];
    for (let i = 0; i < N; i++) {
      const q = QUESTIONS[i % QUESTIONS.length]!;
      sent.push({ kind: i % 2 === 0 ? 'mention' : 'command', q, ts: `1700100${String(i).padStart(3, '0')}.000100`, user: `U${1000 + i}`, at: 0 });
    }
    const started = Date.now();
    await Promise.all(
      sent.map(async (s) => {
        s.at = Date.now();
        const res =
          s.kind === 'mention'
            ? await h.event({ type: 'app_mention', user: s.user, text: `<@UBOT> ${s.q}`, ts: s.ts, channel: 'CLOAD', event_ts: s.ts })
            : await h.command(`ask ${s.q}`, { channelId: 'CLOAD', userId: s.user });
        s.ackMs = Date.now() - s.at;
        s.status = res.status;
        await res.text();
      }),
    );
    expect(sent.map((s) => s.status)).toEqual(sent.map(() => 200));

    const mentions = sent.filter((s) => s.kind === 'mention');
    const commands = sent.filter((s) => s.kind === 'command');
    const posts = await h.fake.waitFor('chat.postMessage', mentions.length, 120_000);
    const replies = await h.fake.waitFor('response_url', commands.length, 120_000);
    const allDone = Date.now();
    await new Promise((r) => setTimeout(r, 300)); // anything extra would arrive now
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(mentions.length);
    expect(h.fake.callsTo('response_url')).toHaveLength(commands.length);

    const replyMs: number[] = [];
    for (const m of mentions) {
      const mine = posts.filter((p) => p.body.thread_ts === m.ts);
      expect(mine, m.ts).toHaveLength(1);
      expect(shown(mine[0]!.body)).not.toContain('Something went wrong');
      replyMs.push(mine[0]!.at - m.at);
    }
    // Command replies come back in completion order; every one is an answer, none an apology.
    for (const r of replies) {
      expect(r.body.response_type).toBe('ephemeral');
      expect(shown(r.body)).not.toContain('Something went wrong');
    }
    const replyTimes = replies.map((r) => r.at).sort((a, b) => a - b);
    const commandSent = commands.map((c) => c.at).sort((a, b) => a - b);
    replyTimes.forEach((t, i) => replyMs.push(t - commandSent[i]!));

    const lines = h.logs.flatMap((c) => c.split('\n').filter(Boolean)).map((l) => JSON.parse(l) as { level: number; msg: string });
    expect(lines.filter((l) => l.level >= 50).map((l) => l.msg)).toEqual([]);
    const warnings = lines.filter((l) => l.level === 40).map((l) => l.msg);
    if (warnings.length > 0) console.log(`load: ${warnings.length} warnings logged: ${[...new Set(warnings)].join(' | ')}`);

    const acks = sent.map((s) => s.ackMs!);
    console.log(
      `load: ${N} questions (${mentions.length} mentions, ${commands.length} commands) answered in ${allDone - started} ms; ` +
        `ack p95 ${p95(acks)} ms (max ${Math.max(...acks)}), time-to-reply p95 ${p95(replyMs)} ms (max ${Math.max(...replyMs)})`,
    );
  }, 240_000);
});
