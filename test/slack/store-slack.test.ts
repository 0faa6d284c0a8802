/**
 * src/store/slack.ts (kept under test/slack/ with the rest of the Slack app's tests).
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.ts';
import { SCHEMA_VERSION } from '../../src/store/schema.ts';
import { schemaVersion } from '../../src/store/db.ts';
import { firstDelivery, getQuery, latestDecisions, logQuery, pruneEvents, recordFeedback, recordOutcome, threadQuestion } from '../../src/store/slack.ts';
import { EXEMPT_PHRASE, seedCorpus } from './corpus.ts';

describe('store/slack', () => {
  it('migrates to the current schema with query_log.thread_ts and command', () => {
    const db = openDatabase(':memory:');
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    const cols = (db.prepare('PRAGMA table_info(query_log)').all() as Array<{ name: string }>).map((c) => c.name);
    expect(cols).toEqual(expect.arrayContaining(['thread_ts', 'command']));
  });

  it('accepts an event id once, and forgets old ones', () => {
    const db = openDatabase(':memory:');
    const t0 = new Date('2025-03-01T10:00:00Z');
    expect(firstDelivery(db, 'Ev1', t0)).toBe(true);
    expect(firstDelivery(db, 'Ev1', t0)).toBe(false);
    expect(firstDelivery(db, 'Ev2', new Date('2025-03-09T10:00:00Z'))).toBe(true);
    expect(pruneEvents(db, 7, new Date('2025-03-10T10:00:00Z'))).toBe(1);
    expect(firstDelivery(db, 'Ev1')).toBe(true);
    expect(firstDelivery(db, 'Ev2')).toBe(false);
  });

  it('finds a thread’s first question, ignoring later ones and other channels', () => {
    const db = openDatabase(':memory:');
    const a = logQuery(db, { question: 'was family hubs approved?', command: 'ask', userId: 'U1', channelId: 'C1', threadTs: '1.1' });
    const b = logQuery(db, { question: 'and how much did it cost?', command: 'ask', userId: 'U1', channelId: 'C1', threadTs: '1.1' });
    logQuery(db, { question: 'other channel', command: 'ask', userId: 'U1', channelId: 'C2', threadTs: '1.1' });
    expect(threadQuestion(db, 'C1', '1.1', b)).toBe('was family hubs approved?');
    expect(threadQuestion(db, 'C1', '1.1', a)).toBeNull();
    expect(threadQuestion(db, 'C1', '9.9')).toBeNull();
    recordOutcome(db, a, { intent: 'approval', found: true });
    expect(getQuery(db, a)).toMatchObject({ question: 'was family hubs approved?', command: 'ask', intent: 'approval', found: true, threadTs: '1.1' });
    expect(getQuery(db, 999)).toBeNull();
  });

  it('records feedback against the query', () => {
    const db = openDatabase(':memory:');
    const q = logQuery(db, { question: 'q?', command: 'costs', userId: 'U1', channelId: 'C1', threadTs: null });
    recordFeedback(db, { queryId: q, question: 'q?', vote: 'up', userId: 'U2' });
    expect(db.prepare('SELECT query_id, question, vote, user_id FROM feedback').all()).toEqual([{ query_id: q, question: 'q?', vote: 'up', user_id: 'U2' }]);
  });

  it('lists the latest public decisions: resolutions and approved recommendations, never exempt ones', () => {
    const db = openDatabase(':memory:');
    seedCorpus(db);
    const d = latestDecisions(db, 10);
    expect(d.map((x) => [x.kind, x.ref, x.status, x.page])).toEqual([
      ['resolution', '2025/014', 'approved', 5],
      ['recommendation', null, 'approved', 3],
    ]);
    expect(JSON.stringify(d)).not.toContain(EXEMPT_PHRASE);
    expect(d[0]!.document).toMatchObject({ committee: 'Cabinet', meetingDate: '2025-03-04', url: 'https://example.gov.uk/family-hubs.pdf' });
  });
});
