import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { isStrong, WEAK_COVERAGE, WEAK_RELEVANCE, type Scored } from '../../src/answer/rank.ts';
import { createEngine } from '../../src/answer/engine.ts';
import { seedDb } from '../helpers/seed-db.ts';
import { makeAmount, makeCommitment, makeDocument, makeParagraph, makePart, makePost, makeRecommendation, makeResolution, makeWorkProgrammeItem, sha } from '../helpers/documents.ts';

function scored(required: number, relevance: number, missing: number, count: number): Scored {
  return {
    unit: {} as Scored['unit'],
    coverage: { required, optional: 0, missing: Array.from({ length: missing }, (_, i) => ({ label: `m${i}`, alternatives: [], required: true })), count },
    relevance,
    score: relevance,
  };
}

describe('weak evidence', () => {
  it('needs the topic covered (idf-weighted), relevance, and at most one in five topic words missing', () => {
    expect(WEAK_COVERAGE).toBe(0.65);
    expect(WEAK_RELEVANCE).toBe(0.4);
    expect(isStrong(scored(1, 0.9, 0, 3))).toBe(true);
    expect(isStrong(scored(0.65, 0.9, 0, 3))).toBe(true);
    expect(isStrong(scored(0.64, 0.9, 0, 3))).toBe(false);
    expect(isStrong(scored(0.9, 0.39, 0, 3))).toBe(false);
    // four topic words: all needed; five: one may be missing
    expect(isStrong(scored(0.8, 0.9, 1, 4))).toBe(false);
    expect(isStrong(scored(0.8, 0.9, 1, 5))).toBe(true);
    expect(isStrong(scored(0.8, 0.9, 2, 10))).toBe(true);
    expect(isStrong(scored(0.8, 0.9, 2, 9))).toBe(false);
    expect(isStrong(scored(0.8, 0.9, 2, 5))).toBe(false);
    // a council the question names, held by the unit's paper, counts as a word held when the
    // unit's own text holds two of the others
    const four = scored(0.8, 0.9, 1, 4);
    expect(isStrong({ ...four, coverage: { ...four.coverage, named: 1, inText: 2 } })).toBe(true);
    expect(isStrong({ ...four, coverage: { ...four.coverage, named: 1, inText: 1 } })).toBe(false);
  });

  it('excuses one more missing word beside two rare words of the question held, but never a missing place', () => {
    const base = scored(0.66, 0.55, 1, 3);
    expect(isStrong(base)).toBe(false);
    expect(isStrong({ ...base, coverage: { ...base.coverage, rareInText: 1 } })).toBe(false);
    expect(isStrong({ ...base, coverage: { ...base.coverage, rareInText: 2 } })).toBe(true);
    const place = { ...base, coverage: { ...base.coverage, rareInText: 2, missing: [{ label: 'nottinghamshire', alternatives: [], required: true, place: true }] } };
    expect(isStrong(place)).toBe(false);
    // and a place missing is not one of the one-in-five words that may be: another council's paper
    const five = scored(0.8, 0.9, 1, 5);
    expect(isStrong(five)).toBe(true);
    expect(isStrong({ ...five, coverage: { ...five.coverage, missing: [{ label: 'aldermere', alternatives: [], required: true, place: true }] } })).toBe(false);
  });

  it("counts a named council as held only for a paper known to be that council's", () => {
    const recs = 'That Members approve the creation of 4 new FTE wholetime Firefighter posts (Grey Book, Firefighter – Competent) at Harbridge.';
    const question = 'merecombe fire and rescue authority - how many new firefighter posts at harbridge and on what grade?';
    const ask = (council: string | null) => {
      const db = seedDb([
        makeDocument({ file: 'fra.pdf', sha256: sha('fra'), parts: [makePart({ type: 'report', title: 'Harbridge Crewing Review', council, committee: 'Fire and Rescue Authority',
          paragraphs: [makeParagraph({ text: recs })] })] }),
        makeDocument({ file: 'other.pdf', sha256: sha('other'), parts: [makePart({ type: 'report', title: 'Budget', council: 'Merecombe Fire and Rescue Authority', paragraphs: [makeParagraph({ text: 'The budget was set.' })] })] }),
      ]);
      const a = createEngine(db, { logger: pino({ level: 'silent' }) }).ask(question, { includeExempt: false });
      db.close();
      return a;
    };
    // "grade" is not in the text: the Authority's own paper may miss it, one of unknown council may not
    const own = ask('Merecombe Fire and Rescue Authority');
    expect(own.found).toBe(true);
    expect(own.items[0]?.text).toContain('4 new FTE wholetime Firefighter posts');
    expect(ask(null).found).toBe(false);
  });

  it('answers "what was the vote" with the numbers, "why" with the reason, and no named council from a paper of unknown council', () => {
    const db = seedDb([
      makeDocument({ file: 'callin.pdf', sha256: sha('callin'), parts: [makePart({ type: 'minutes', title: 'Library closures call-in', council: 'Rosswick Borough Council', paragraphs: [
        makeParagraph({ text: 'Councillor Carrow declared an interest in the library call-in and took no part in the vote.' }),
        makeParagraph({ text: 'It was moved that the library decision be referred back. On being put to the vote (For 6, Against 2) the call-in motion was carried.' }),
        makeParagraph({ text: 'The Kilnworth Link Road spend has slipped into 2026/27.' }),
        makeParagraph({ text: 'The Kilnworth Link Road spend slipped because the main contract was awarded late.' }),
      ] })] }),
      makeDocument({ file: 'precept.pdf', sha256: sha('precept'), parts: [makePart({ type: 'report', title: 'Police precept', council: null, paragraphs: [
        makeParagraph({ text: 'The Band D council tax for policing rises to £290.' }),
      ] })] }),
      makeDocument({ file: 'hra.pdf', sha256: sha('hra'), parts: [makePart({ type: 'report', title: 'HRA rents', council: 'Dunsmere District Council', paragraphs: [makeParagraph({ text: 'Rents rise by 4.8%.' })] })] }),
    ]);
    const e = createEngine(db, { logger: pino({ level: 'silent' }) });
    expect(e.ask('what was the vote at the library call-in?', { includeExempt: false }).items[0]?.text).toContain('For 6, Against 2');
    expect(e.ask('why has the kilnworth link road spend slipped?', { includeExempt: false }).items[0]?.text).toContain('because');
    expect(e.ask("what is dunsmere's band d council tax?", { includeExempt: false }).found).toBe(false);
    db.close();
  });

  it("answers \"who's the cabinet member\" with the paper's Cabinet Member, not its contact officer", () => {
    const db = seedDb([
      makeDocument({ file: 'savings.pdf', sha256: sha('savings'), parts: [makePart({ type: 'report', title: 'Libraries savings', council: 'Sandlingham District Council', paragraphs: [
        makeParagraph({ text: 'Report to: Cabinet. Cabinet Member: Cllr Rosa Hendry, Communities. Libraries savings proposals.' }),
        makeParagraph({ section: 'Contact officer', text: 'Contact officer: Gareth Lune, Head of Customer Services and Libraries, gareth.lune@example.gov.uk' }),
      ] })] }),
    ]);
    const e = createEngine(db, { logger: pino({ level: 'silent' }) });
    expect(e.ask("who's the cabinet member on the libraries savings report?", { includeExempt: false }).items[0]?.text).toContain('Cllr Rosa Hendry');
    expect(e.ask('who wrote the libraries savings report?', { includeExempt: false }).items[0]?.text).toContain('Gareth Lune');
    db.close();
  });

  it('answers a posts question that asks what a post costs with the figure', () => {
    const db = seedDb([
      makeDocument({ file: 'tf.pdf', sha256: sha('tf'), parts: [makePart({ type: 'report', title: 'Damp and mould review', council: 'Ambleforth Borough Council',
        posts: [makePost({ title: 'Environmental Health Officer', fte: 1, grade: null, kind: 'permanent', until: null, cost: null, action: 'establish', page: 1, paragraph: null, text: 'R2 That Cabinet funds one additional Environmental Health Officer post (1.0 FTE) in the Private Sector Housing Team from next year.' })],
        amounts: [makeAmount({ text: '£52,800', value: 52800, kind: 'cost', period: null, fundingSource: 'Homelessness Prevention Grant', subject: 'Environmental Health Officer post', page: 2, paragraph: '4.1',
          context: 'The additional Environmental Health Officer post (R2) will cost £52,800 a year, including on-costs, and is funded from the Homelessness Prevention Grant in 2026/27.' })],
      })] }),
    ]);
    const e = createEngine(db, { logger: pino({ level: 'silent' }) });
    expect(e.ask('what does the new environmental health officer post cost per yr', { includeExempt: false }).items[0]?.kind).toBe('amount');
    expect(e.ask('how many environmental health officer posts are being added?', { includeExempt: false }).items[0]?.kind).toBe('post');
    db.close();
  });

  it('plain words find council wording (ask to join → request … included), rare absent words do not', () => {
    const db = seedDb([
      makeDocument({ file: 'min.pdf', sha256: sha('min'), parts: [makePart({ type: 'minutes', title: 'Minutes', paragraphs: [makeParagraph({ text: 'The Leader introduced the report.' })],
        resolutions: [makeResolution({ ref: '83', text: 'that Cabinet agree to submit a request to Government to be included in the Devolution Priority Programme.' })] })] }),
    ]);
    const e = createEngine(db, { logger: pino({ level: 'silent' }) });
    const a = e.ask('Did Cabinet agree to ask to join the Devolution Priority Programme?', { includeExempt: false });
    expect(a.found).toBe(true);
    expect(a.items[0]!.text).toContain('submit a request to Government');
    expect(e.ask('Did Cabinet agree to join the Devolution Priority Programme for wombats?', { includeExempt: false }).found).toBe(false);
    db.close();
  });
});

describe('who leads a programme item', () => {
  it('answers "who\'s the lead member for …" with the programme item that names its lead, not a recommendation about the item', () => {
    const db = seedDb([
      makeDocument({ file: 'wp.pdf', sha256: sha('wp'), parts: [makePart({ type: 'report', title: 'Overview and Scrutiny Work Programme 2025/26', committee: 'Overview and Scrutiny Committee',
        recommendations: [makeRecommendation({ text: 'requests that the Cabinet Member for Leisure and Culture attend the meeting on 16 September 2025 for the item on the leisure centre contract.' })],
        workProgramme: [makeWorkProgrammeItem({ meetingDate: '2025-09-16', title: 'Leisure centre contract – year 2', leadOfficer: 'Cllr Seb Ardley-Coombe / Leisure Client Manager' })] })] }),
    ]);
    const e = createEngine(db, { logger: pino({ level: 'silent' }) });
    const a = e.ask("who's the lead member for the leisure centre contract item?", { includeExempt: false });
    expect(a.found).toBe(true);
    expect(a.items[0]!.kind).toBe('work-programme');
    db.close();
  });
});

describe('the shape of a cost answer', () => {
  it('answers "how much …?" with a figure or how it is paid for, not a paragraph that only names the topic', () => {
    const db = seedDb([
      makeDocument({
        file: 'treasury.pdf',
        sha256: sha('treasury-shape'),
        parts: [
          makePart({
            title: 'Treasury Management Mid-Year Review',
            council: 'Gilsworth Borough Council',
            committee: 'Audit Committee',
            paragraphs: [makeParagraph({ number: '9', page: 2, text: 'Background papers: Treasury Management Strategy Statement; Arlingham Treasury Services advice note on the leasing of fleet vehicles.' })],
          }),
        ],
      }),
    ]);
    const engine = createEngine(db, { logger: pino({ level: 'silent' }) });
    const now = new Date('2025-12-01T09:00:00Z');
    expect(engine.ask('how much is the arlingham advice on fleet vehicle leasing costing?', { includeExempt: false, now }).found).toBe(false);
    // the same words with a figure are an answer
    expect(engine.ask('what is the arlingham advice on fleet vehicle leasing?', { includeExempt: false, now }).found).toBe(true);
    db.close();
  });
});

describe('answers from papers that do not repeat the question\'s wording', () => {
  /** An engine over these papers, asked as of `now`; closed with its database. */
  const over = (docs: Parameters<typeof seedDb>[0], now: string) => {
    const db = seedDb(docs);
    const e = createEngine(db, { logger: pino({ level: 'silent' }) });
    return { ask: (q: string) => e.ask(q, { includeExempt: false, now: new Date(now) }), close: () => db.close() };
  };
  it('finds a sentence that lacks the words its paper\'s title holds, and an answer without the "new" the papers do not write', () => {
    const { ask, close } = over([
      makeDocument({ file: 'ctr.pdf', sha256: sha('ctr'), parts: [makePart({ type: 'report', title: 'Council Tax Reduction Scheme 2026/27', council: 'Pendlebrook District Council', committee: 'Cabinet', meetingDate: '2025-11-18',
        paragraphs: [
          makeParagraph({ number: '3.1', page: 2, text: 'Public consultation ran from 7 July to 31 August 2025. 612 responses were received, 589 online and 23 on paper.' }),
          makeParagraph({ number: '3.2', page: 2, text: 'Most respondents supported the proposed consultation approach and the banding.' }),
        ] })] }),
      makeDocument({ file: 'ceo.pdf', sha256: sha('ceo'), parts: [makePart({ type: 'minutes', title: 'Minutes of the Council, 25 September 2025', council: 'Thrushfield District Council', committee: 'Council', meetingDate: '2025-09-25',
        amounts: [makeAmount({ text: '£142,350', value: 142350, kind: 'cost', period: null, page: 1, paragraph: null, context: '(b) the salary for the post of Chief Executive be £142,350 a year.' })] })] }),
    ], '2025-11-20T09:00:00Z');
    expect(ask('how many responses did pendlebrook get to the council tax reduction consultation?').items[0]?.text).toContain('612 responses');
    expect(ask('thrushfield - what are we paying the new chief exec?').items[0]?.text).toContain('£142,350');
    close();
  });

  it('puts first the text that names the financial year asked, over the same text for another year', () => {
    const { ask, close } = over([
      makeDocument({ file: 'mtfs-old.pdf', sha256: sha('mtfs-old'), parts: [makePart({ type: 'report', title: 'Draft Budget 2025/26', council: 'Arden County Council', committee: 'Cabinet', meetingDate: '2025-10-15',
        paragraphs: [makeParagraph({ number: '9', page: 3, text: 'The budget for 2025/26 will be considered by full Council on 13 February 2025.' })] })] }),
      makeDocument({ file: 'mtfs-new.pdf', sha256: sha('mtfs-new'), parts: [makePart({ type: 'report', title: 'Medium Term Financial Strategy 2026/27 to 2028/29', council: 'Tillingworth Borough Council', committee: 'Cabinet', meetingDate: '2025-10-15',
        paragraphs: [makeParagraph({ number: '9', page: 3, text: 'The budget for 2026/27 will be considered by full Council on 24 February 2026.' })] })] }),
    ], '2025-11-20T09:00:00Z');
    expect(ask('when is the 26/27 budget being considered?').items[0]?.text).toContain('24 February 2026');
    close();
  });

  it('answers "when is it expected to be adopted?" with the timetable\'s row for that stage', () => {
    const { ask, close } = over([
      makeDocument({ file: 'lp.pdf', sha256: sha('lp'), parts: [makePart({ type: 'report', title: 'Idlecombe Local Plan: Proposed Submission', council: 'Idlecombe District Council', committee: 'Council', meetingDate: '2025-09-17',
        paragraphs: [
          makeParagraph({ number: '4.1', page: 1, text: 'A summary of the representations received during the publication period will be reported to Council in January 2026.' }),
          makeParagraph({ number: '1.1', page: 1, text: 'This report seeks approval to publish the Proposed Submission Local Plan, which is to be examined and adopted in 2027.' }),
          makeParagraph({ number: null, page: 2, section: 'Stage Date', text: 'Examination hearings | June – July 2026' }),
          makeParagraph({ number: null, page: 2, section: 'Stage Date', text: 'Adoption by Council | February 2027' }),
        ],
        commitments: [makeCommitment({ text: 'The Local Plan will be submitted for examination by 28 February 2026, as the Local Development Scheme sets out.', what: 'the Local Plan, for examination', due: '2026-02-28', page: 1, paragraph: '4.2' })] })] }),
    ], '2025-10-01T09:00:00Z');
    expect(ask('when is the idlecombe local plan expected to be adopted').items[0]?.text).toBe('Adoption by Council | February 2027');
    close();
  });
});
