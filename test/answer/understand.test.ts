import { describe, expect, it } from 'vitest';
import { isTopicless, understand } from '../../src/answer/understand.ts';
import { buildGlossary } from '../../src/answer/acronyms.ts';
import { financialYears } from '../../src/answer/question-refs.ts';
import { parseFilters } from '../../src/answer/filters.ts';
import { detectIntent } from '../../src/answer/intent.ts';
import { isStrong, type Scored } from '../../src/answer/rank.ts';
import { synonymsOf } from '../../src/answer/synonyms.ts';

const ctx = {
  now: new Date('2025-03-20T12:00:00Z'),
  committees: ['Adult Social Care and Public Health Committee', 'Cabinet', 'Kent County Council'],
  councils: ['Kent County Council'],
  glossary: new Map(),
};

describe('held-out question wording', () => {
  it('reads a committee abbreviation as the committee filter, not as a topic word', () => {
    const u = understand('whats on the forward plan for the 29 March 2021 ASCPH meeting?', ctx);
    expect(u.filters.committees).toEqual(['Adult Social Care and Public Health Committee']);
    expect(u.filters.labels[0]).toBe('committee: Adult Social Care and Public Health Committee');
    expect(u.concepts.some((c) => c.label === 'ASCPH')).toBe(false);
    expect(u.expansions[0]?.long).toBe('Adult Social Care and Public Health');
    // a council stored where a committee was expected is not a committee filter
    expect(understand('what did KCC agree about the ICS delivery plan?', ctx).filters.committees).toEqual([]);
  });

  it('reads a council by its initials as whose papers ("kcc\'s debt": a place, not a topic word), and "ignoring" as a soft word', () => {
    const u = understand("of kcc's external debt, how much is actually medway's?", ctx);
    expect(u.concepts.find((c) => c.label === 'KCC')).toMatchObject({ acronym: true, place: true, required: true });
    const soft = understand('ignoring the slippage, is capital overspending?', ctx).concepts.find((c) => c.label === 'ignoring');
    expect(soft?.required).toBe(false);
    expect(understand('is the winter plan coming to the board at some point?', ctx).concepts.find((c) => c.label === 'point')?.required).toBe(false);
    expect(understand('is internal audit carrying any vacant posts?', ctx).concepts.find((c) => c.label === 'carrying')?.required).toBe(false);
    expect(understand("who's leading on the integrated care teams project if I have questions?", ctx).concepts.find((c) => c.label === 'questions')?.required).toBe(false);
    expect(understand('is cabinet agreeing to push back the net zero target?', ctx).concepts.find((c) => c.label === 'agreeing')?.required ?? false).toBe(false);
  });

  it('reads the place a committee is named after as whose papers ("lindenshire bcf"), not a business word ("adult")', () => {
    const c = { ...ctx, committees: [...ctx.committees, 'Lindenshire Health and Wellbeing Board'] };
    expect(understand('lindenshire bcf - whats the total pooled budget this year?', c).concepts.find((x) => x.label === 'lindenshire')).toMatchObject({ place: true, required: true });
    expect(understand('how much is adult social care overspending?', c).concepts.find((x) => x.label === 'adult')?.place).toBeUndefined();
  });

  it('reads who owns or leads a thing as the kind of answer wanted, not a topic word', () => {
    for (const q of ['who owns the tree planting action?', "who's leading on the taxi contracts?"]) {
      const u = understand(q, ctx);
      expect(u.concepts.filter((x) => x.required).map((x) => x.label)).not.toContain('owns');
      expect(u.concepts.filter((x) => x.required).map((x) => x.label)).not.toContain('leading');
    }
  });

  it('reads "20mph" also as papers print it apart, "20 mph"', () => {
    const c = understand('how many people objected to the 20mph scheme?', ctx).concepts.find((x) => x.label === '20mph');
    expect(c?.alternatives).toContainEqual(['20', 'mph']);
    expect(c?.alternatives[0]).toEqual(['20mph']);
  });

  it('reads "s19" also as "section 19", "sw" as a social worker and "gov" as governance or government', () => {
    const u = understand("who's lead officer for the allbrook flooding s19 item?", ctx);
    expect(u.concepts.find((x) => x.label === 's19')?.alternatives).toContainEqual(['section', '19']);
    expect(understand('how many sw posts are covered by agency?', ctx).concepts.map((x) => x.label)).toEqual(expect.arrayContaining(['social', 'worker']));
    const gov = understand('did audit & gov approve the statement?', ctx).concepts.find((x) => x.label === 'gov');
    expect(gov?.alternatives).toEqual([['gov'], ['governanc'], ['government']]);
  });

  it('reads "domcare", "non-dom rates" and "signing off" as papers write them', () => {
    const labels = (q: string) => understand(q, ctx).concepts.map((c) => c.label);
    expect(understand('who is the contact on the domcare contract award?', ctx).concepts.find((c) => c.label === 'domcare')?.alternatives).toEqual(expect.arrayContaining([['home', 'care']]));
    expect(labels('did f&r approve the empty property relief policy for non-dom rates?')).toContain('nondomestic');
    const signing = understand('are cabinet signing off the savings for consultation?', ctx);
    expect(signing.concepts.filter((c) => c.required).map((c) => c.label)).not.toContain('signing');
    expect(signing.intent).toBe('approval');
  });

  it('does not require framing words ("gets", "enough")', () => {
    const req = (q: string) => understand(q, ctx).concepts.filter((c) => c.required).map((c) => c.label);
    expect(req('who gets delegated authority for the funding agreements?')).not.toContain('gets');
    expect(req('is the joint committee decision enough?')).not.toContain('enough');
  });

  it('reads two words the papers write as another phrase as one concept ("substance misuse": "drug and alcohol")', () => {
    const c = understand('who is running the substance misuse service?', ctx).concepts.find((x) => x.label === 'substance misuse');
    expect(c?.alternatives).toEqual([['substanc', 'misus'], ['drug', 'alcohol']]);
    expect(c?.required).toBe(true);
  });

  it('reads "crem" as papers write it, and "standard" as a describing word', () => {
    const u = understand('merrowdean crem - what will a standard adult cremation cost?', ctx);
    expect(u.concepts.find((c) => c.label === 'crem')?.alternatives).toEqual(expect.arrayContaining([['crematorium'], ['cremation']]));
    expect(u.concepts.find((c) => c.label === 'standard')?.required).toBe(false);
  });

  it('reads "granted or refused?" and "libraries or museums" as one concept either word covers', () => {
    const u = understand('lantern rooms licence - granted or refused?', ctx);
    const choice = u.concepts.find((c) => c.label === 'granted');
    expect(choice?.alternatives.flat()).toEqual(expect.arrayContaining(['grant', 'refus']));
    expect(u.concepts.some((c) => c.label === 'refused')).toBe(false);
    expect(understand('are libraries or museums closing?', ctx).concepts.filter((c) => c.required).map((c) => c.label)).toEqual(['libraries', 'closing']);
    // not a choice: "the budget or pass it up to full council"
    expect(understand('did cabinet sign off the budget or pass it up?', ctx).concepts.find((c) => c.label === 'budget')?.alternatives).toHaveLength(1);
  });

  it('does not read a financial year after a month ("Nov 24-25") as a meeting date', () => {
    const f = parseFilters('forecast overspend in the nov 24-25 monitoring excl schools?', ctx);
    expect([f.from, f.to]).toEqual([null, null]);
    const g = parseFilters('what was agreed at the 30 Jan cabinet?', ctx);
    expect([g.from, g.to]).toEqual(['2025-01-30', '2025-01-30']);
  });

  it('reads two-digit financial years ("25/26")', () => {
    expect(financialYears('how much has the PH grant gone up by for 25/26?')).toEqual(['2025/26']);
    expect(financialYears('for 20/21')).toEqual(['2020/21']);
    expect(financialYears('pages 12/14')).toEqual([]);
  });

  it('knows "being asked to" asks for recommendations and "how big" for a figure', () => {
    expect(detectIntent("what's cabinet being asked to do with the surplus?")).toBe('approval');
    expect(detectIntent('how big is the budget moving to adults?')).toBe('cost');
  });

  it('maps chat verbs to council wording', () => {
    expect(synonymsOf('deleted')).toContain('disestablished');
    expect(synonymsOf('trialling')).toContain('pilot');
    expect(synonymsOf('backlog')).toContain('waiting list');
    expect(synonymsOf('shutting')).toContain('closure');
    expect(synonymsOf('moving')).toContain('transfer');
    // "how much grant did we get" ↔ "Kent has been allocated £5,046,624"
    expect(synonymsOf('grant')).toContain('allocated');
  });
});

describe('abbreviations typed in lower case', () => {
  it('reads a known abbreviation that cannot be a word ("ascph", "bcf") as the abbreviation, a word ("send", "mash") as a word', () => {
    const q = understand('did ascph agree the bcf plan, and did they send the mash report?', ctx);
    expect(q.filters.committees).toEqual(['Adult Social Care and Public Health Committee']);
    expect(q.concepts.find((c) => c.label === 'BCF')).toMatchObject({ acronym: true, required: true });
    expect(q.concepts.find((c) => c.label === 'send')?.acronym).toBeUndefined();
    expect(q.concepts.some((c) => c.label === 'SEND')).toBe(false);
    expect(q.concepts.find((c) => c.label === 'mash')?.acronym).toBeUndefined();
  });
});

describe('two capitals and words of one meaning', () => {
  it('reads two capitals as an abbreviation ("VE day", "NI") unless they spell a word ("OK")', () => {
    const q = understand('how much is kcc spending on the VE day events? OK?', ctx);
    expect(q.concepts.find((c) => c.label === 'VE')).toMatchObject({ required: true, acronym: true });
    expect(q.concepts.some((c) => c.label === 'OK' || c.label === 'ok')).toBe(false);
  });

  it('keeps two words of one meaning ("cuts and reductions") as one concept', () => {
    const q = understand('what cuts and reductions to the library service were agreed?', ctx);
    const cut = q.concepts.filter((c) => c.label === 'cuts' || c.label === 'reductions');
    expect(cut.map((c) => c.label)).toEqual(['cuts']);
  });
});

describe('soft words', () => {
  it('reads words that describe the topic ("usual", "expecting", "first") as soft: they rank, they are not required', () => {
    const q = understand('when are they expecting to start recruiting the dementia support officer?', ctx);
    const byLabel = new Map(q.concepts.map((c) => [c.label, c]));
    expect(byLabel.get('expecting')).toMatchObject({ required: false, soft: true });
    expect(byLabel.get('start')).toMatchObject({ required: false, soft: true });
    expect(byLabel.get('dementia')).toMatchObject({ required: true });
    expect(byLabel.get('dementia')!.soft).toBeUndefined();
  });

  it('goes by the listed forms only, so a topic word that starts like one stays required', () => {
    const q = understand('what was the main change to mainstream schools?', ctx);
    const byLabel = new Map(q.concepts.map((c) => [c.label, c]));
    expect(byLabel.get('main')).toMatchObject({ required: false, soft: true });
    expect(byLabel.get('mainstream')).toMatchObject({ required: true });
  });

  it('reads "next tues" as a day and drops "at the moment"', () => {
    const q = understand('is the family hubs decision on next tues agenda at the moment?', ctx);
    expect(q.filters.labels).toEqual(['meeting date 2025-03-25']);
    expect(q.concepts.map((c) => c.label)).not.toContain('moment');
  });

  it('reads "giving less" as a reduction', () => {
    expect(understand('are we giving less to produced in kent next year?', ctx).concepts.map((c) => c.label)).toContain('reduction');
  });

  it('reads "pull out" as withdraw and drops "as well"', () => {
    const q = understand('which posts lose funding when the CCGs pull out, and did the grant go up as well?', ctx);
    const labels = q.concepts.map((c) => c.label);
    expect(labels).toContain('withdraw');
    expect(labels).not.toContain('well');
    expect(labels).not.toContain('pull');
  });
});

describe('weak evidence and common words', () => {
  const s = (missing: number, common: number, count: number): Scored => ({
    unit: {} as Scored['unit'],
    coverage: { required: 0.8, optional: 0, missing: Array.from({ length: missing }, (_, i) => ({ label: `m${i}`, alternatives: [], required: true })), count, missingCommon: common },
    relevance: 0.8,
    score: 0.8,
  });
  it('lets a missing very common word ("service") pass, never a missing rare one', () => {
    expect(isStrong(s(1, 1, 4))).toBe(true);
    expect(isStrong(s(1, 0, 4))).toBe(false);
    expect(isStrong(s(2, 1, 4))).toBe(false);
  });
});

describe('a long form in the question is also its abbreviation', () => {
  it('lets "mental health" match a table row that writes "MH", and "adult social care" one that writes "ASC"', () => {
    const q = understand('nottm city mental health reablement redesign - what is it worth in 24/25?', ctx);
    const alts = (label: string) => q.concepts.find((c) => c.label === label)!.alternatives;
    expect(alts('mental')).toContainEqual(['mh']);
    expect(alts('health')).toContainEqual(['mh']);
    expect(alts('reablement')).not.toContainEqual(['mh']);
    expect(understand('adult social care overspend', ctx).concepts.find((c) => c.label === 'adult')!.alternatives).toContainEqual(['asc']);
  });
});

describe('well-known abbreviations typed in lower case', () => {
  it('reads "asc" and "lac" as abbreviations (no English word), "send" and "mash" as words', () => {
    expect(understand('asc charging policy - when does it go to cabinet?', ctx).expansions.map((e) => e.short)).toContain('ASC');
    expect(understand('what did committee approve about lac?', ctx).expansions.map((e) => e.short)).toContain('LAC');
    expect(understand('when do we send the letters?', ctx).expansions).toEqual([]);
    expect(understand('mash the numbers together', ctx).expansions).toEqual([]);
  });
});

describe('understand: GP, "n&e", a place within a named committee', () => {
  const bodies = {
    ...ctx,
    committees: ['General Purposes Committee', 'Neighbourhoods and Environment Committee', 'Governance and Audit Committee'],
    councils: ['Caerwern County Council'],
    glossary: buildGlossary([{ short: 'NE', long: 'Natural England', committee: null, title: 'Biodiversity Net Gain' }]),
  };
  it('reads "gp access" as general practice, not the General Purposes Committee', () => {
    const u = understand('what did scrutiny say about gp access?', bodies);
    expect(u.filters.committees).toEqual([]);
    expect(u.concepts.find((c) => c.label === 'GP')?.alternatives).toContainEqual(['gener', 'practic']);
  });
  it('reads letters typed with "&" before a body word as that body, before another meaning of them', () => {
    expect(understand('did n&e committee agree the garden waste charge rise?', bodies).filters.committees).toEqual(['Neighbourhoods and Environment Committee']);
  });
  it('reads a question naming only a place within a named committee as naming no topic', () => {
    const u = understand('what’s going to the december governance & audit meeting in caerwern?', bodies);
    expect(u.filters.committees).toEqual(['Governance and Audit Committee']);
    expect(isTopicless(u)).toBe(true);
  });
});

describe('understand: another form of an abbreviation\'s meaning', () => {
  it('reads "OTs" as the papers\' "Occupational Therapy" and the built-in "Occupational Therapist", not another meaning', () => {
    const withOt = { ...ctx, glossary: buildGlossary([{ short: 'OT', long: 'Occupational Therapy', committee: null, title: 'Front Door Redesign' }]) };
    const alts = understand('how many new OTs and what grade', withOt).concepts.find((c) => c.label === 'OT')?.alternatives ?? [];
    expect(alts).toContainEqual(['occupation', 'therapy']);
    expect(alts).toContainEqual(['occupation', 'therapist']);
  });
});

describe('understand: a committee by its initials, with a place before its name', () => {
  it('reads "hwb" as every Health and Wellbeing Board, a place\'s own too, but not a joint or health body of another kind', () => {
    const boards = { ...ctx, committees: ['Health and Wellbeing Board', 'Ebbingdale Health and Wellbeing Board', 'Overview and Scrutiny Committee', 'Health Overview and Scrutiny Committee', 'Joint Health Overview and Scrutiny Committee'],
      glossary: buildGlossary([{ short: 'HWB', long: 'Health and Wellbeing Board', committee: 'Ebbingdale Health and Wellbeing Board', title: 'Safeguarding Adults Board Annual Report' }, { short: 'O&S', long: 'Overview and Scrutiny Committee', committee: null, title: 'UKSPF' }]) };
    expect(understand('when does the action plan come back to the hwb?', boards).filters.committees).toEqual(['Health and Wellbeing Board', 'Ebbingdale Health and Wellbeing Board']);
    expect(understand('when do O&S get the report?', boards).filters.committees).not.toContain('Health Overview and Scrutiny Committee');
  });

  it('reads "mtfs" typed small as the MTFS, not a plural of another body\'s MTF', () => {
    const mtf = { ...ctx, glossary: buildGlossary([{ short: 'MTF', long: 'Market Traders’ Forum', committee: null, title: 'Markets Review' }]) };
    expect(understand('did the fire authority sign off its mtfs savings?', mtf).concepts.find((c) => c.acronym)?.label).toBe('MTFS');
  });
});

describe('set 25 and 26 wording', () => {
  it('reads "re-procurement" as the papers\' procurement ("re" is no indexed word)', () => {
    const c = understand('how many staff could TUPE across on the re-procurement?', ctx).concepts.find((x) => x.label === 'reprocurement');
    expect(c?.alternatives).toContainEqual(['procurement']);
    expect(c?.alternatives.some((a) => a.includes('re'))).toBe(false);
  });

  it('reads "next year" in a money question as the next financial year, and in a "when" question as no period', () => {
    const now = new Date('2026-03-02T09:00:00Z');
    expect(understand('whats the mrp charge going to be next year', { ...ctx, now }).periods).toEqual(['2026/27']);
    expect(understand('when is the review due next year?', { ...ctx, now }).periods).toEqual([]);
    // a year named outright wins
    expect(understand('whats the mrp charge for 2027/28 next year', { ...ctx, now }).periods).toEqual(['2027/28']);
  });

  it('knows NP as a neighbourhood plan (or a national park) and "legal" as what a regulation requires', () => {
    const np = understand('whats the legal deadline to make the fenwold NP after the referendum', ctx).concepts.find((x) => x.label === 'NP');
    expect(np?.alternatives).toContainEqual(['neighbourhood', 'plan']);
    expect(synonymsOf('legal')).toContain('regulations');
    // ("statutory" finds what a regulation requires too; "legal" is not another word for it everywhere)
    expect(synonymsOf('statutory')).toContain('requires');
    expect(synonymsOf('regulations')).not.toContain('legal');
    // a sale's income is its capital receipt; IP is the standards Independent Person
    expect(synonymsOf('income')).toContain('receipt');
    expect(understand('who was the IP on the ruddock complaint?', ctx).concepts.find((x) => x.label === 'IP')?.alternatives).toContainEqual(['independent', 'person']);
  });
});
