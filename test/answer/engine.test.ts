import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { Db } from '../../src/store/db.ts';
import { createEngine, type AnswerEngine } from '../../src/answer/engine.ts';
import { answerCorpus, seedDb } from '../helpers/seed-db.ts';

const now = new Date('2021-06-01T09:00:00Z');
const pub = { includeExempt: false, now };
let db: Db;
let engine: AnswerEngine;

beforeAll(() => {
  db = seedDb(answerCorpus());
  engine = createEngine(db, { logger: pino({ level: 'silent' }) });
});
afterAll(() => db.close());

describe('dates that are not meeting dates', () => {
  it('widens to papers of any date when no meeting in the dates asked about answers, and says so', () => {
    const a = engine.ask('What was approved about Local Area Coordination in March 2019?', pub);
    expect(a.found).toBe(true);
    expect(a.answer.startsWith('Nothing from meetings in the dates asked about (meeting date 2019-03-01 to 2019-03-31)')).toBe(true);
    expect(a.items[0]!.document.meetingDate).toBe('2021-02-08');
    expect(a.filters).toContain('meeting date 2019-03-01 to 2019-03-31: no match, widened');
  });

  it('still says nothing was found when no paper of any date answers', () => {
    const a = engine.ask('What was approved about robotics in March 2019?', pub);
    expect(a.found).toBe(false);
  });
});

describe('approval questions', () => {
  it('quotes the recommendation verbatim, marked approved with the minute reference', () => {
    const a = engine.ask('What was approved about Local Area Coordination?', pub);
    expect(a.found).toBe(true);
    expect(a.intent).toBe('approval');
    const top = a.items[0]!;
    expect(top.kind).toBe('recommendation');
    expect(top.text).toBe('approves the establishment of 6 FTE Local Area Coordinator posts (Band A) for two years to develop Local Area Coordination.');
    expect(top.status).toBe('approved');
    expect(top.extra?.minutes).toBe('2021/005');
    expect(top.document).toMatchObject({ file: 'asc-2021-02-08-lac.pdf', committee: 'Adult Social Care and Public Health Committee', meetingDate: '2021-02-08', agendaItem: '5' });
    expect(top.page).toBe(23);
    expect(top.paragraph).toBe('25');
    expect(a.items.some((i) => i.kind === 'resolution' && i.text.startsWith('RESOLVED 2021/005'))).toBe(true);
    expect(a.answer).toContain('minute 2021/005');
  });

  it('lists what a committee decided in a month when the question names no topic', () => {
    const a = engine.ask('What did the Adult Social Care and Public Health Committee decide last February?', pub);
    expect(a.found).toBe(true);
    expect(a.filters).toEqual(['committee: Adult Social Care and Public Health Committee', 'meeting date 2021-02-01 to 2021-02-28']);
    expect(a.items.map((i) => i.document.file)).toEqual(['asc-2021-02-08-lac.pdf']);
  });
});

describe('acronyms', () => {
  it('expands LAC with the meaning defined in the papers of the committee asked about', () => {
    const asc = engine.ask('What did the Adult Social Care and Public Health Committee approve about LAC?', pub);
    expect(asc.expansions[0]).toMatch(/^LAC → Local Area Coordination \(as defined in the Adult Social Care and Public Health Committee papers; other meaning: Looked After Children\)$/);
    expect(asc.items[0]!.document.file).toBe('asc-2021-02-08-lac.pdf');

    const cyp = engine.ask("What did the Children's and Young People's Committee agree about LAC?", pub);
    expect(cyp.expansions[0]).toMatch(/^LAC → Looked After Children/);
    expect(cyp.items[0]!.text).toBe('endorse the Placement Sufficiency Strategy for Looked After Children 2024-27.');
  });

  it('without a committee, prefers the meaning whose papers share the other words', () => {
    const a = engine.ask('How many LAC placements are in residential care?', pub);
    expect(a.expansions[0]).toMatch(/^LAC → Looked After Children/);
    expect(a.items[0]!.document.file).toBe('cyp-2024-06-10-lac.pdf');
  });

  it('falls back to the built-in list for letters the papers never define', () => {
    const a = engine.ask('What is the iBCF?', pub);
    expect(a.expansions[0]).toBe('iBCF → Improved Better Care Fund (common abbreviation)');
    expect(a.found).toBe(true);
    expect(a.items[0]!.text).toContain('funded from the Improved Better Care Fund');
  });
});

describe('typos and near misses', () => {
  it('finds the item despite misspellings', () => {
    for (const q of ['What was agreed about Local Area Cordination?', 'what was aproved for local area coordinaton']) {
      const a = engine.ask(q, pub);
      expect(a.found, q).toBe(true);
      expect(a.items[0]!.document.file, q).toBe('asc-2021-02-08-lac.pdf');
    }
  });
});

describe('nothing found', () => {
  it('says so plainly and suggests the nearest topics instead of showing unrelated text', () => {
    const a = engine.ask('What was decided about parking charges?', pub);
    expect(a.found).toBe(false);
    expect(a.items).toEqual([]);
    expect(a.answer).toMatch(/^Nothing was found in the papers for “What was decided about parking charges\?”/);
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it('treats a question covering only its common words as weak', () => {
    // "care" is everywhere; "robotics" is nowhere: the idf-weighted coverage is below threshold.
    const a = engine.ask('What is the plan for care robotics?', pub);
    expect(a.found).toBe(false);
  });

  it('a committee filter with no matching papers gives nothing, not other committees’ papers', () => {
    const a = engine.ask('What did Cabinet decide about Looked After Children?', { includeExempt: false, now });
    // "Cabinet" is not a committee in this corpus, so it is a topic word that no paper covers well
    expect(a.items.every((i) => i.document.file === 'cyp-2024-06-10-lac.pdf')).toBe(true);
    const b = engine.ask("What did the Children's and Young People's Committee decide in 2021?", pub);
    expect(b.found).toBe(false);
    expect(b.filters).toContain('meeting date 2021-01-01 to 2021-12-31');
  });
});

describe('exempt parts', () => {
  it('are used only when the context allows them', () => {
    const pubAnswer = engine.ask('What was approved about Meadowbank Care Home?', pub);
    expect(pubAnswer.found).toBe(false);
    expect(JSON.stringify(pubAnswer)).not.toContain('Meadowbank Care Home for');
    expect(pubAnswer.suggestions).not.toContain('Acquisition of Meadowbank Care Home');

    const officer = engine.ask('What was approved about Meadowbank Care Home?', { includeExempt: true, now });
    expect(officer.found).toBe(true);
    expect(officer.items[0]!.text).toBe('approve the purchase of Meadowbank Care Home.');
  });

  it('leave public answers identical, item for item and score for score', async () => {
    const { lacReport, lacMinutes, childrenReport, workProgramme } = await import('../helpers/seed-db.ts');
    const without = seedDb([lacReport(), lacMinutes(), childrenReport(), workProgramme()]);
    const e = createEngine(without, { logger: pino({ level: 'silent' }) });
    for (const q of ['What was approved about LAC?', 'How much will Local Area Coordination cost?', 'What was decided about the care home?', 'parking charges']) {
      expect(engine.ask(q, pub), q).toEqual(e.ask(q, pub));
    }
    without.close();
  });

  it('do not change public answers or their counts', () => {
    const a = engine.ask('What did the Adult Social Care and Public Health Committee decide last February?', pub);
    expect(a.items.every((i) => i.document.file !== 'asc-exempt-care-home.pdf')).toBe(true);
  });
});

describe('costs', () => {
  it('gives the stated total once, per-year figures from the total row, funding and posts', () => {
    const a = engine.costs('Local Area Coordination', pub);
    expect(a.found).toBe(true);
    expect(a.costs).toEqual({
      topic: 'Local Area Coordination',
      total: 350820,
      byYear: [
        { period: '2021/22', value: 175410 },
        { period: '2022/23', value: 175410 },
      ],
      fundingSources: [{ source: 'Improved Better Care Fund', value: 350820 }],
      posts: [{ title: 'Local Area Coordinator', fte: 6, grade: 'Band A', cost: 300000, kind: 'fixed-term', until: '2023-03-31' }],
      totalFte: 6,
    });
    expect(a.answer).toContain('Total: £350,820 (stated total, p.22)');
    expect(a.answer).toContain('By year: 2021/22 £175,410; 2022/23 £175,410');
    expect(a.items[0]!.kind).toBe('amount');
    // the same figure (prose total and the table's grand total) is listed once
    expect(a.items.filter((i) => i.value === 350820)).toHaveLength(1);
  });

  it('cost questions through ask carry the summary too', () => {
    const a = engine.ask('How much will Local Area Coordination cost?', pub);
    expect(a.intent).toBe('cost');
    expect(a.costs?.total).toBe(350820);
    expect(a.items[0]!.kind).toBe('amount');
  });
});

describe('deadlines, posts, work programme, who', () => {
  it('answers when a report is due from the commitment', () => {
    const a = engine.ask('When is the LAC progress report due?', pub);
    expect(a.intent).toBe('deadline');
    expect(a.items[0]!.kind).toBe('commitment');
    expect(a.items[0]!.extra?.due).toBe('2022-02');
    expect(a.answer).toContain('Due Feb 2022');
  });

  it('lists posts with FTE', () => {
    const a = engine.ask('How many posts will Local Area Coordination need?', pub);
    expect(a.items[0]!.kind).toBe('post');
    expect(a.items[0]!.value).toBe(6);
  });

  it('lists upcoming work-programme items in date order', () => {
    const a = engine.ask('What is on the work programme for the next meeting?', { includeExempt: false, now: new Date('2021-03-01T00:00:00Z') });
    expect(a.found).toBe(true);
    expect(a.items.map((i) => i.extra?.meetingDate)).toEqual(['2021-03-08', '2021-04-12']);
    const later = engine.ask('What is on the work programme for the next meeting?', { includeExempt: false, now: new Date('2021-05-01T00:00:00Z') });
    expect(later.found).toBe(false);
  });

  it('names the report author for who questions', () => {
    const a = engine.ask('Who wrote the report on Looked After Children?', pub);
    expect(a.intent).toBe('who');
    expect(a.answer.split('\n')[0]).toBe('Director of Children’s Services — Placement Sufficiency for Looked After Children');
  });
});

describe('follow-ups', () => {
  it('a question with no topic of its own takes the previous question’s topic', () => {
    const a = engine.ask('and how much did it cost?', { ...pub, previousQuestion: 'What was approved about Local Area Coordination?' });
    expect(a.found).toBe(true);
    expect(a.intent).toBe('cost');
    expect(a.costs?.total).toBe(350820);
    expect(engine.ask('and how much did it cost?', pub).found).toBe(false);
  });

  it('a topicless question naming its own meeting stands alone; one that points back keeps the topic', () => {
    const prev = 'What was approved about Local Area Coordination?';
    const alone = engine.ask('whats on the work programme for the next ASCPH meeting?', { ...pub, previousQuestion: prev });
    const fresh = engine.ask('whats on the work programme for the next ASCPH meeting?', pub);
    expect(alone.expansions).toEqual(fresh.expansions);
    expect(alone.items.map((i) => i.text)).toEqual(fresh.items.map((i) => i.text));
    const back = engine.ask('and what about in February 2021?', { ...pub, previousQuestion: prev });
    expect(back.found).toBe(true);
    expect(back.items[0]!.text).toContain('Local Area Coordination');
  });
});

describe('recency', () => {
  it('ranks the newer paper first when relevance is equal', async () => {
    const { makeDocument, makePart, makeRecommendation, sha } = await import('../helpers/documents.ts');
    const mk = (file: string, date: string, years: string) =>
      makeDocument({ file, sha256: sha(file), parts: [makePart({ title: 'Winter Pressures Plan', meetingDate: date, paragraphs: [],
        recommendations: [makeRecommendation({ text: `approve the Winter Pressures Plan ${years}.` })] })] });
    // old first in the store, so insertion order cannot explain the result
    const d = seedDb([mk('old.pdf', '2019-01-10', '2018-19'), mk('new.pdf', '2024-01-10', '2023-24')]);
    const e = createEngine(d, { logger: pino({ level: 'silent' }) });
    const a = e.ask('What was approved on the winter pressures plan?', pub);
    expect(a.items.map((i) => i.document.file)).toEqual(['new.pdf', 'old.pdf']);
    expect(a.items[0]!.document.meetingDate).toBe('2024-01-10');
    d.close();
  });
});

describe('index freshness', () => {
  it('rebuilds when the documents table changes', async () => {
    const { makeDocument, makePart, makeParagraph, sha } = await import('../helpers/documents.ts');
    const { writeDocument } = await import('../../src/store/documents.ts');
    const d = seedDb([]);
    const e = createEngine(d, { logger: pino({ level: 'silent' }) });
    expect(e.ask('What about the flood defence scheme?', pub).found).toBe(false);
    writeDocument(d, makeDocument({ file: 'flood.pdf', sha256: sha('flood'), parts: [makePart({ title: 'Flood Defence Scheme', paragraphs: [makeParagraph({ text: 'The flood defence scheme will protect 400 homes.' })] })] }), { path: '/p/flood.pdf' });
    expect(e.ask('What about the flood defence scheme?', pub).found).toBe(true);
    d.close();
  });
});

describe('a big archive (vocabulary counted on a sample)', () => {
  it('answers as the full count does and keeps exempt words out of public answers', () => {
    const sampled = createEngine(db, { logger: pino({ level: 'silent' }), sampleUnits: 4 });
    const a = sampled.ask('What was approved about Local Area Coordination?', pub);
    expect(a.found).toBe(true);
    expect(a.items[0]!.text).toBe('approves the establishment of 6 FTE Local Area Coordinator posts (Band A) for two years to develop Local Area Coordination.');
    const cyp = sampled.ask('How many LAC placements are in residential care?', pub);
    expect(cyp.items[0]!.document.file).toBe('cyp-2024-06-10-lac.pdf');
    const exempt = sampled.ask('Meadowbank care home purchase', pub);
    expect(JSON.stringify(exempt.items)).not.toMatch(/Meadowbank|4\.2 million/);
    expect(exempt.items.every((i) => i.document.file !== 'asc-exempt-care-home.pdf')).toBe(true);
  });
});
