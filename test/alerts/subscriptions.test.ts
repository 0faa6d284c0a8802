import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebClient } from '@slack/web-api';
import { createAlertClient } from '../../src/alerts/client.ts';
import { ftsQuery, matchNewDocuments, runSubscriptionNotices } from '../../src/alerts/subscriptions.ts';
import type { Db } from '../../src/store/db.ts';
import { addSubscription, listSubscriptions, removeSubscription } from '../../src/store/subscriptions.ts';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.ts';
import { addPaper, memoryDb, testLogger } from './seed.ts';

const NOW = new Date('2025-06-04T09:00:00Z');
let db: Db;
let fake: FakeSlack;
let client: WebClient;

beforeEach(async () => {
  db = memoryDb();
  fake = await startFakeSlack();
  client = createAlertClient({ token: 'xoxb-test-token', slackApiUrl: fake.apiUrl, logger: testLogger().logger });
});

afterEach(async () => {
  await fake.close();
  db.close();
});

const since = new Date('2025-06-01T00:00:00Z');
const notify = (documentIds?: number[]) =>
  runSubscriptionNotices({ db, client, now: NOW, logger: testLogger().logger, exemptChannels: ['C0EXEMPT'], ...(documentIds ? { documentIds } : {}) });

describe('subscription store', () => {
  it('adds once per target and query (case and spacing ignored), lists and removes', () => {
    expect(addSubscription(db, { target: 'U1', targetType: 'user', query: 'Local Area  Coordination', createdBy: 'U1', now: since })).toBe(true);
    expect(addSubscription(db, { target: 'U1', targetType: 'user', query: 'local area coordination', createdBy: 'U1' })).toBe(false);
    expect(addSubscription(db, { target: 'U2', targetType: 'user', query: 'local area coordination', createdBy: 'U2' })).toBe(true);
    expect(addSubscription(db, { target: 'U2', targetType: 'user', query: '   ' })).toBe(false);
    expect(listSubscriptions(db, 'U1').map((s) => s.query)).toEqual(['Local Area Coordination']);
    expect(listSubscriptions(db)).toHaveLength(2);
    expect(removeSubscription(db, 'U1', 'LOCAL AREA COORDINATION')).toBe(true);
    expect(removeSubscription(db, 'U1', 'LOCAL AREA COORDINATION')).toBe(false);
    expect(listSubscriptions(db, 'U1')).toEqual([]);
  });

  it('quotes every token for FTS5, so query syntax cannot leak through', () => {
    expect(ftsQuery('Local Area Coordination')).toBe('"Local" "Area" "Coordination"');
    expect(ftsQuery('NEAR(" OR * -x')).toBe('"NEAR" "OR" "x"');
    expect(ftsQuery('"*"')).toBeNull();
  });
});

describe('notices after an ingest', () => {
  function seed() {
    addSubscription(db, { target: 'U1', targetType: 'user', query: 'local area coordination', now: since });
    addSubscription(db, { target: 'C0PUBLIC', targetType: 'channel', query: 'Cabinet', now: since });
    addSubscription(db, { target: 'C0EXEMPT', targetType: 'channel', query: 'Cabinet', now: since });
    addSubscription(db, { target: 'U2', targetType: 'user', query: 'dragon boats', now: since });
    const old = addPaper(db, { title: 'Old LAC paper', ingestedAt: '2025-05-01T00:00:00.000Z', paragraphs: [{ text: 'Local Area Coordination began in 2019.' }] });
    const lac = addPaper(db, {
      title: 'Local Area Coordination evaluation',
      file: 'lac.pdf',
      url: 'https://example.org/lac.pdf',
      meetingDate: '2025-06-12',
      ingestedAt: '2025-06-03T10:00:00.000Z',
      paragraphs: [
        { text: 'Introduction.', page: 1 },
        { text: 'The Local Area Coordination service supported 400 people.', page: 6 },
      ],
    });
    const secret = addPaper(db, {
      title: 'Acquisition of land at Dover',
      file: 'exempt.pdf',
      classification: 'exempt',
      meetingDate: '2025-06-12',
      ingestedAt: '2025-06-03T10:00:00.000Z',
      paragraphs: [{ text: 'Local area coordination hub site purchase price.' }],
    });
    return { old, lac, secret };
  }

  it('posts ONE notice per subscription listing its new papers; a second run posts none', async () => {
    const { lac, secret } = seed();
    const matches = matchNewDocuments(db, { exemptChannels: ['C0EXEMPT'] });
    expect(matches.map((m) => [m.subscription.target, m.papers.map((p) => `${p.file}:${p.reason}:${p.page}`)])).toEqual([
      ['U1', ['lac.pdf:keywords:6']], // the exempt paper matches the words but U1 is a DM
      ['C0PUBLIC', ['lac.pdf:committee:1']],
      ['C0EXEMPT', ['lac.pdf:committee:1', 'exempt.pdf:committee:1']],
    ]);

    const first = await notify();
    expect(first).toEqual({ notices: 3, papers: 4, errors: [] });
    const posts = fake.callsTo('chat.postMessage');
    expect(posts.map((c) => c.body.channel)).toEqual(['U1', 'C0PUBLIC', 'C0EXEMPT']);
    expect(JSON.stringify(posts[0]!.body.blocks)).toContain('<https://example.org/lac.pdf|Local Area Coordination evaluation>');
    expect(JSON.stringify(posts[0]!.body.blocks)).toContain('p. 6');
    expect(JSON.stringify(posts[1]!.body.blocks)).not.toContain('Acquisition');
    expect(JSON.stringify(posts[2]!.body.blocks)).toContain('Acquisition of land at Dover');
    expect(String(posts[2]!.body.text)).toMatch(/^New papers matching “Cabinet”/);

    const second = await notify();
    expect(second).toEqual({ notices: 0, papers: 0, errors: [] });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(3);

    // Re-announcing the same ingest explicitly does not repeat either.
    expect(await notify([lac.documentId, secret.documentId])).toMatchObject({ notices: 0 });
  });

  it('a notice Slack refused is tried again next run, then never repeated', async () => {
    seed();
    fake.failNext('chat.postMessage', { status: 500 });
    const first = await notify();
    expect(first.notices).toBe(2);
    expect(first.errors).toHaveLength(1);
    const second = await notify();
    expect(second).toMatchObject({ notices: 1, papers: 1 });
    expect(fake.callsTo('chat.postMessage').map((c) => c.body.channel)).toEqual(['U1', 'C0PUBLIC', 'C0EXEMPT', 'U1']);
    expect(await notify()).toMatchObject({ notices: 0 });
  });

  it('limits matching to the documents just ingested when told which', async () => {
    const { lac } = seed();
    const late = addPaper(db, { title: 'Local Area Coordination annex', committee: 'Scrutiny', ingestedAt: '2025-06-04T08:00:00.000Z' });
    const matches = matchNewDocuments(db, { exemptChannels: [], documentIds: [late.documentId] });
    expect(matches.map((m) => [m.subscription.target, m.papers.map((p) => p.documentId)])).toEqual([['U1', [late.documentId]]]);
    expect(matches.flatMap((m) => m.papers.map((p) => p.documentId))).not.toContain(lac.documentId);
  });
});
