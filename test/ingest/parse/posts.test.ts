import { describe, expect, it } from 'vitest';
import type { Table } from '../../../ingest/model.ts';
import { parsePosts } from '../../../ingest/parse/posts.ts';
import { postsInText } from '../../../ingest/parse/post-sentences.ts';
import { untilOf } from '../../../ingest/parse/post-fields.ts';
import { factsOf } from '../../helpers/h4-facts.ts';
import { input, para } from '../../helpers/h4-lines.ts';

describe('posts in sentences', () => {
  it.each([
    ['The report seeks approval to establish 3.0 fte Local Area Coordinators (Indicative Band A) for two years.', { title: 'Local Area Coordinators', fte: 3, grade: 'Band A', action: 'establish' }],
    ['6 FTE temporary Social Workers (Band B): these posts will be temporary until 31st March 2022.', { title: 'Social Workers', fte: 6, grade: 'Band B', kind: 'temporary', until: '2022-03-31' }],
    ['17 social care posts will need to be disestablished from 1st April 2019.', { title: 'social care', fte: 17, action: 'disestablish' }],
    ['The committee approved the establishment of two fixed-term staffing posts.', { title: 'staffing', fte: 2, kind: 'fixed-term', action: 'establish' }],
    ['This report seeks approval to extend an established temporary 1 FTE Forensic Intellectual Disabilities Social Worker (Band B) post within Living Well.', { title: 'Forensic Intellectual Disabilities Social Worker', fte: 1, grade: 'Band B', kind: 'temporary', action: 'extend' }],
    ['6 fte Social Worker posts in Mid Notts at Hay Band B', { title: 'Social Worker', fte: 6, grade: 'Hay Band B' }],
  ])('%s', (text, want) => {
    const [post] = postsInText(text);
    expect(post).toMatchObject(want);
  });

  it('ignores posts that already exist and FTE arithmetic', () => {
    expect(postsInText('Currently there are 3 FTE Senior Practitioner Occupational Therapists across seven districts.')).toEqual([]);
    expect(postsInText('This reduced Strategic Development Managers from 3.5 FTE to 2.0 FTE.')).toEqual([]);
    expect(postsInText('The proposed 3.5 FTE posts will increase the establishment.')).toEqual([]);
  });

  it('reads end dates as ISO dates (a month alone ends on its last day)', () => {
    expect(untilOf('posts until 31 st March 2022')).toBe('2022-03-31');
    expect(untilOf('seven months temporary to March 2022')).toBe('2022-03-31');
    expect(untilOf('Temporary (Sept 21 - Feb 24)')).toBe('2024-02-29');
  });
});

describe('posts in tables', () => {
  it('reads title, grade, FTE, kind, end date, team and cost from a post table', () => {
    const t: Table = {
      page: 13,
      lastPage: 13,
      header: ['Job Title', 'Grade/ Band', 'Full Time Equivalent', 'Permanent/ Temporary', 'Team', 'Total Cost'],
      unit: '£',
      totalColumns: [],
      rows: [
        { cells: ['Social Worker', 'Band B', '3', 'Temporary (Sept 21 - Mar 22)', 'Multi-Agency Safeguarding Hub', '£74,863'], isTotal: false, page: 13 },
        { cells: ['Sub Total:', '', '', '', '', '£74,863'], isTotal: true, page: 13 },
      ],
    };
    expect(parsePosts(input({ tables: [t] }))).toEqual([
      {
        title: 'Social Worker',
        fte: 3,
        grade: 'Band B',
        kind: 'temporary',
        until: '2022-03-31',
        team: 'Multi-Agency Safeguarding Hub',
        cost: 74863,
        action: null,
        page: 13,
        paragraph: null,
        text: 'Social Worker | Band B | 3 | Temporary (Sept 21 - Mar 22) | Multi-Agency Safeguarding Hub | £74,863',
      },
    ]);
  });

  it('a sentence that repeats a table row is not a second post; a real sentence is', () => {
    const t: Table = {
      page: 56,
      lastPage: 56,
      header: ['Post Title', 'FTE', 'Grade/ Band', 'Cost per annum'],
      unit: '£',
      totalColumns: [],
      rows: [{ cells: ['Public Health Support Officer', '0.8', 'B', '£38,143'], isTotal: false, page: 56 }],
    };
    const posts = parsePosts(
      input({
        tables: [t],
        paragraphs: [para(56, null, 'Public Health Support Officer | 0.8 | B | £38,143'), para(56, '17', 'The establishment of one 0.8 WTE Public Health Support Officer post, band B for 12 months (£38,143).')],
      }),
    );
    expect(posts.map((p) => [p.title, p.fte, p.grade, p.cost, p.action])).toEqual([
      ['Public Health Support Officer', 0.8, 'Band B', 38143, null],
      ['Public Health Support Officer', 0.8, 'Band B', 38143, 'establish'],
    ]);
  });
});

describe('posts on the fixture papers (real pipeline)', () => {
  it('001: the COMF posts table and the extensions in the minutes', async () => {
    const { posts } = await factsOf('fixtures/seeds/001_8a304a7deb4eeb63.pdf');
    expect(posts.find((p) => p.title === 'Senior Reablement Worker')).toMatchObject({ fte: 32, grade: 'Grade 3', kind: 'permanent', page: 4 });
    expect(posts.find((p) => p.fte === 7.2)).toMatchObject({ title: 'Community Care Officer', kind: 'temporary', until: '2021-03-31', action: 'extend' });
    expect(posts.find((p) => p.fte === 9)).toMatchObject({ until: '2021-04-30', action: 'establish' });
  });

  it('002: every row of the appendix post table, with its cost', async () => {
    const { posts } = await factsOf('fixtures/seeds/002_8cad5fda5e9200ab.pdf');
    const appendix = posts.filter((p) => p.page === 13 || p.page === 14).filter((p) => p.kind === 'temporary' || p.kind === 'permanent');
    expect(appendix.length).toBeGreaterThanOrEqual(30);
    expect(posts.find((p) => p.title === 'Strategic Development Manager' && p.page === 14)).toMatchObject({ fte: 0.6, grade: 'Band E', kind: 'permanent', cost: 38421 });
  });
});

describe('parsePosts in a list written as one sentence', () => {
  it('quotes the post\'s own item, not the whole list', () => {
    const block =
      'The Executive Member is asked to: (i) approve the fees and charges for 2026/27 set out in Table 1; (ii) approve that no fee is charged for the cremation of a child; ' +
      '(iii) approve the creation of a 0.6 FTE Memorial Safety Inspector post (Grade 5) from 1 April 2026, funded from memorial permit income; and (iv) note the forecast income of £2,456,600.';
    const posts = parsePosts(input({ paragraphs: [para(1, '2.1', block)] }));
    expect(posts.map((p) => [p.fte, p.grade, p.text])).toEqual([
      [0.6, 'Grade 5', '(iii) approve the creation of a 0.6 FTE Memorial Safety Inspector post (Grade 5) from 1 April 2026, funded from memorial permit income'],
    ]);
  });
});
