/**
 * Exempt papers (Schedule 12A) do not exist outside EXEMPT_CHANNELS: a generated exempt report,
 * parsed by the real pipeline and stored beside a real public paper (and the hand-written
 * Family Hubs paper whose appendix is exempt), never shows up — in any form — in answers, cost
 * summaries, due lists, `papers search --public-only`, Slack replies in a public channel or a DM,
 * the App Home, alerts posted to a non-exempt channel, or subscription notices. The same
 * questions in an exempt channel DO show it, so every check below can fail.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../ingest/pipeline.ts';
import { createAlertClient } from '../../src/alerts/client.ts';
import { runAlerts } from '../../src/alerts/run.ts';
import { subscriptionStore } from '../../src/alerts/service.ts';
import { runSubscriptionNotices } from '../../src/alerts/subscriptions.ts';
import { createEngine, type AnswerEngine } from '../../src/answer/engine.ts';
import { main } from '../../src/cli/main.ts';
import { createLogger } from '../../src/log.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { writeDocument } from '../../src/store/documents.ts';
import { addSubscription } from '../../src/store/subscriptions.ts';
import { bufferIO } from '../helpers/cli-io.ts';
import { startFakeSlack } from '../helpers/fake-slack.ts';
import { EXEMPT_PHRASE, seedCorpus } from '../slack/corpus.ts';
import { shown, startHarness, type Harness } from '../slack/harness.ts';
import { EXEMPT_WORDS, exemptPaperPdf, leakedWords } from './helpers/exempt-paper.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PUBLIC_PAPER = 'fixtures/kent/2025-03-04_Scrutiny_Committee_-_call-in_Family_Hubs_Report_to_Cabinet_-_FINAL.pdf';
const WORDS = [...EXEMPT_WORDS, EXEMPT_PHRASE];
const NOW = new Date('2025-05-20T09:00:00Z');
const QUESTIONS = [
  'Zephyrwold',
  'what did cabinet approve about the Zephyrwold quarry?',
  'Quillanby Holdings',
  'Marrowfield depot relocation',
  'how much will the quarry land acquisition cost?',
  'what did cabinet approve on 4 March 2025?',
  'what reports are due in June 2025?',
  '£4,375,000',
  'land acquisition capital programme',
  'family hubs contract preferred provider',
  'who is the preferred provider for the family hubs contract?',
];

/** One DM channel per question (so each reply can be told apart), all listed as exempt by mistake. */
const DMS = QUESTIONS.map((_, i) => `D99${i}`);
const silent = createLogger({ level: 'silent' });
let dir: string;
let dbPath: string;
let db: Db;
let engine: AnswerEngine;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'papers-exempt-'));
  dbPath = join(dir, 'papers.db');
  db = openDatabase(dbPath);
  const exempt = await extractDocument({ file: 'cabinet-2025-03-04-land-acquisition.pdf', data: exemptPaperPdf() });
  writeDocument(db, exempt, { path: join(dir, 'cabinet-2025-03-04-land-acquisition.pdf') });
  const pub = await extractDocument({ file: PUBLIC_PAPER.slice(PUBLIC_PAPER.lastIndexOf('/') + 1), data: new Uint8Array(readFileSync(join(ROOT, PUBLIC_PAPER))) });
  writeDocument(db, pub, { path: join(ROOT, PUBLIC_PAPER) });
  seedCorpus(db);
  engine = createEngine(db, { logger: silent });
}, 120_000);

afterAll(() => {
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the generated exempt paper', () => {
  it('is parsed as one exempt report with its recommendation, amount and commitment', () => {
    const parts = db
      .prepare(
        `SELECT p.id, p.classification, p.title, p.meeting_date AS meetingDate,
                (SELECT count(*) FROM recommendations r WHERE r.part_id = p.id) AS recs,
                (SELECT count(*) FROM amounts a WHERE a.part_id = p.id AND a.value = 4375000) AS amounts,
                (SELECT group_concat(c.due) FROM commitments c WHERE c.part_id = p.id) AS due
           FROM parts p JOIN documents d ON d.id = p.document_id WHERE d.file = 'cabinet-2025-03-04-land-acquisition.pdf'`,
      )
      .all();
    expect(parts).toEqual([
      expect.objectContaining({ classification: 'exempt', title: 'Zephyrwold Quarry Land Acquisition', meetingDate: '2025-03-04', recs: 2, due: '2025-06' }),
    ]);
    expect((parts[0] as { amounts: number }).amounts).toBeGreaterThan(0);
  });
});

describe('the engine outside exempt channels', () => {
  for (const q of QUESTIONS) {
    it(`ask "${q}" shows nothing exempt`, () => {
      const a = engine.ask(q, { includeExempt: false, now: NOW });
      expect(leakedWords(JSON.stringify(a), WORDS, q)).toEqual([]);
    });
  }

  it('costs for the quarry and the family hubs show nothing exempt (totals included)', () => {
    for (const topic of ['Zephyrwold quarry', 'land acquisition', 'family hubs', 'capital programme']) {
      const a = engine.costs(topic, { includeExempt: false, now: NOW });
      expect(leakedWords(JSON.stringify(a), WORDS, topic), topic).toEqual([]);
      expect(a.costs?.total ?? 0, topic).not.toBe(4_375_000);
    }
  });

  it('the due list leaves out the exempt promise to report back', () => {
    const items = engine.due({ from: NOW, withinDays: 60, includeExempt: false });
    expect(leakedWords(JSON.stringify(items), WORDS)).toEqual([]);
  });

  it('control: in an exempt context the same calls do show the exempt paper', () => {
    expect(leakedWords(JSON.stringify(engine.ask('Zephyrwold quarry acquisition', { includeExempt: true, now: NOW })))).toContain('Zephyrwold');
    expect(leakedWords(JSON.stringify(engine.costs('Zephyrwold quarry', { includeExempt: true, now: NOW })))).toContain('Zephyrwold');
    const due = engine.due({ from: NOW, withinDays: 60, includeExempt: true });
    expect(leakedWords(JSON.stringify(due))).toContain('Zephyrwold');
  });
});

describe('the CLI', () => {
  it('papers search --public-only finds nothing exempt; without it an officer sees the paper', async () => {
    for (const q of ['Zephyrwold', 'Quillanby Marrowfield', 'preferred provider family hubs contract']) {
      const io = bufferIO();
      const code = await main(['search', q, '--db', dbPath, '--public-only', '--json'], io);
      expect(code, io.err()).toBe(0);
      expect(leakedWords(io.out(), WORDS), q).toEqual([]);
    }
    const io = bufferIO();
    await main(['search', 'Zephyrwold', '--db', dbPath, '--json'], io);
    expect(leakedWords(io.out())).toContain('Zephyrwold');
  });

  it('papers due --public-only leaves out the exempt promise', async () => {
    const io = bufferIO();
    const code = await main(['due', '--from', '2025-05-20', '--within', '60', '--public-only', '--json', '--db', dbPath], io);
    expect(code, io.err()).toBe(0);
    expect(leakedWords(io.out(), WORDS)).toEqual([]);
  });
});

describe('Slack', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ db, engine, exemptChannels: ['CEXEMPT', 'D999', ...DMS], subscriptions: subscriptionStore(db), now: () => NOW });
  });
  afterAll(async () => {
    await h?.close();
  });

  const mention = (text: string, channel: string, ts: string) => ({ type: 'app_mention', user: 'U1', text: `<@UBOT> ${text}`, ts, channel, event_ts: ts });

  it('mentions in a public channel and DMs (even a DM listed as exempt) show nothing exempt; the exempt channel does', async () => {
    let n = 0;
    const asked: Array<{ channel: string; ts: string; q: string }> = [];
    for (const [i, q] of QUESTIONS.slice(0, 6).entries()) {
      for (const channel of ['CPUBLIC', DMS[i]!, 'CEXEMPT']) {
        const ts = `17000010${String(++n).padStart(2, '0')}.000100`;
        if (channel.startsWith('D')) await h.event({ type: 'message', channel_type: 'im', user: 'U1', text: q, ts, channel });
        else await h.event(mention(q, channel, ts));
        asked.push({ channel, ts, q });
      }
    }
    const posts = await h.fake.waitFor('chat.postMessage', asked.length, 30_000);
    const leaks: string[] = [];
    let exemptShown = 0;
    for (const a of asked) {
      const all = posts.filter((p) => p.body.channel === a.channel && (a.channel.startsWith('D') || p.body.thread_ts === a.ts));
      expect(all.length, `${a.channel} ${a.q}`).toBeGreaterThan(0);
      const words = leakedWords(all.map((p) => shown(p.body)).join('\n'), WORDS, a.q);
      if (a.channel === 'CEXEMPT') exemptShown += words.length;
      else if (words.length > 0) leaks.push(`${a.channel} "${a.q}": ${words.join(', ')}`);
    }
    expect(leaks).toEqual([]);
    expect(exemptShown).toBeGreaterThan(0);
  });

  it('/papers ask, costs and due in a public channel show nothing exempt', async () => {
    const before = h.fake.callsTo('response_url').length;
    const commands = ['ask Zephyrwold quarry', 'costs Zephyrwold quarry', 'costs family hubs', 'due 60', 'who is the preferred provider for the family hubs contract?'];
    const leaks: string[] = [];
    for (const c of commands) {
      const n = h.fake.callsTo('response_url').length;
      await h.command(c, { channelId: 'CPUBLIC' });
      const reply = (await h.fake.waitFor('response_url', n + 1, 30_000))[n]!;
      const words = leakedWords(shown(reply.body), WORDS, c);
      if (words.length > 0) leaks.push(`/papers ${c}: ${words.join(', ')}`);
    }
    expect(before).toBeGreaterThanOrEqual(0);
    expect(leaks).toEqual([]);
  });

  it('the App Home shows nothing exempt', async () => {
    await h.event({ type: 'app_home_opened', user: 'U1', tab: 'home', channel: 'D999' });
    const [publish] = await h.fake.waitFor('views.publish', 1, 30_000);
    expect(leakedWords(JSON.stringify(publish!.body), WORDS)).toEqual([]);
  });
});

describe('alerts and subscription notices', () => {
  it('an alert run for a non-exempt channel posts nothing exempt; for an exempt channel it posts the exempt promise', async () => {
    const fake = await startFakeSlack();
    try {
      const client = createAlertClient({ token: 'xoxb-test-alerts', slackApiUrl: fake.apiUrl, logger: silent });
      const today = '2025-06-02'; // first working day of June 2025, when "a report in three months" (from 4 March) falls due
      for (const channel of ['CPUBLIC', 'CEXEMPT']) {
        await runAlerts({ db, client, channel, now: new Date(`${today}T08:30:00Z`), today, logger: silent, exemptChannels: ['CEXEMPT'] });
      }
      const posted = (channel: string) => fake.callsTo('chat.postMessage').filter((c) => c.body.channel === channel).map((c) => shown(c.body)).join('\n');
      expect(leakedWords(posted('CPUBLIC'), WORDS)).toEqual([]);
      expect(leakedWords(posted('CEXEMPT'))).toContain('Zephyrwold');
    } finally {
      await fake.close();
    }
  });

  it('subscription notices reach only exempt channels for an exempt paper', async () => {
    const fake = await startFakeSlack();
    try {
      const client = createAlertClient({ token: 'xoxb-test-subs', slackApiUrl: fake.apiUrl, logger: silent });
      const old = new Date('2020-01-01T00:00:00Z');
      addSubscription(db, { target: 'U1', targetType: 'user', query: 'Zephyrwold', now: old });
      addSubscription(db, { target: 'CPUBLIC', targetType: 'channel', query: 'Zephyrwold', now: old });
      addSubscription(db, { target: 'D999', targetType: 'channel', query: 'Quillanby', now: old });
      addSubscription(db, { target: 'CEXEMPT', targetType: 'channel', query: 'Zephyrwold', now: old });
      addSubscription(db, { target: 'U2', targetType: 'user', query: 'Brightwater', now: old });
      await runSubscriptionNotices({ db, client, now: NOW, logger: silent, exemptChannels: ['CEXEMPT', 'D999'] });
      const calls = fake.callsTo('chat.postMessage');
      expect(calls.map((c) => c.body.channel)).toEqual(['CEXEMPT']);
      for (const c of calls.filter((x) => x.body.channel !== 'CEXEMPT')) expect(leakedWords(shown(c.body), WORDS)).toEqual([]);
    } finally {
      await fake.close();
    }
  });
});
