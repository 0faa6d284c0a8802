import { describe, expect, it } from 'vitest';
import { buildInitialsIndex, InitialsCounter, phraseFor } from '../../src/answer/initials.ts';
import { acronymTokens } from '../../src/answer/acronyms.ts';
import { understand } from '../../src/answer/understand.ts';

const texts = [
  'Approves the use of the Contain Outbreak Management Fund, as per the proposed funding plan.',
  'The Contain Outbreak Management Fund – update on status and detail of projects.',
  'Discharge to Assess Pilot - Tuvida | Integrated Strategic Commissioning | 312,000',
  'To embed a Discharge to Assess model across acute settings.',
  '3 FTE temporary Social Workers (Band B) posts to 31st March 2022.',
  '1 fte Social Worker post in Bassetlaw at Hay Band B.',
  'Community Care Officers (Grade 5) and one Community Care Officer at Grade 4.',
  'The Multi-Agency Safeguarding Hub and the Multi-Agency Safeguarding Hub team.',
  'Once only: the Capital Outlay Management Framework.',
  'The Corporate Risk Register went to the Governance and Audit Committee in May.',
  'It will be considered by Governance and Audit Committee on 23rd January 2025.',
  'Amendments to the Local Government Act 1972, the Local Government Act 2000 and the Local Government Act 2003.',
];

describe('abbreviations read from initials', () => {
  const index = buildInitialsIndex(texts);

  it('counts initials text by text, merging spellings of one phrase', () => {
    const c = new InitialsCounter();
    for (const t of texts) c.add(t);
    const index = c.index().byInitials;
    expect(index.get('COMF')?.get('contain outbreak management fund')).toEqual({ phrase: 'Contain Outbreak Management Fund', count: 2 });
    // a text with no run of capitalised words adds nothing
    const empty = new InitialsCounter();
    empty.add('no capitals here at all');
    expect(empty.index().byInitials.size).toBe(0);
  });


  it('does not take a person\'s name for what initials stand for ("Mr Oakford" is not MO)', () => {
    const c = new InitialsCounter();
    for (let k = 0; k < 3; k++) c.add('Mr Oakford introduced the report and Cllr Hill Smith seconded it.');
    const byInitials = c.index().byInitials;
    expect(byInitials.get('MO')).toBeUndefined();
    expect(byInitials.get('CHS')).toBeUndefined();
  });

  it('finds the phrase the papers use most for undefined initials', () => {
    expect(phraseFor(index, 'COMF')?.phrase).toBe('Contain Outbreak Management Fund');
    expect(phraseFor(index, 'D2A')?.phrase).toBe('Discharge to Assess');
    expect(phraseFor(index, 'SW')?.phrase).toMatch(/^Social Workers?$/);
    expect(phraseFor(index, 'CCO')?.phrase).toMatch(/^Community Care Officers?$/);
    expect(phraseFor(index, 'MASH')?.phrase).toBe('Multi-Agency Safeguarding Hub');
    // a phrase seen once is not enough to read letters as it
    expect(phraseFor(index, 'COMFR')).toBeNull();
    expect(phraseFor(index, 'XYZ')).toBeNull();
  });

  it('reads "G&A" as a phrase with "and" in it, not the commoner phrase with the same letters', () => {
    expect(phraseFor(index, 'GA')?.phrase).toBe('Government Act');
    expect(phraseFor(index, 'G&A')?.phrase).toBe('Governance and Audit');
    const u = understand('when is the corporate risk register going to G&A?', {
      now: new Date('2025-03-20T00:00:00Z'), committees: [], councils: [], glossary: new Map(), initials: index,
    });
    expect(u.expansions.map((e) => `${e.short}=${e.long}`)).toEqual(['GA=Governance and Audit']);
  });

  it("prefers the papers' phrase over a definition that shares no word with the question (KCP)", () => {
    const glossary = new Map([['KCP', [{ short: 'KCP', long: 'Kent Country Parks', committees: new Map([['cabinet', 'Cabinet']]), titleTerms: new Set(['quarterly']), parts: 1 }]]]);
    const initials = buildInitialsIndex(['The Kent Commissioning Plan sets out places.', 'The Kent Commissioning Plan 2025-29 is adopted.']);
    const ask = (q: string) => understand(q, { now: new Date('2025-03-20T00:00:00Z'), committees: [], councils: [], glossary, initials }).expansions[0];
    const plan = ask('KCP 25-29 - total secondary FE commissioned over the plan period?');
    expect(plan?.long).toBe('Kent Commissioning Plan');
    expect(plan?.alternatives).toContain('Kent Country Parks');
    // a question that fits the definition keeps it
    expect(ask('visitor numbers at the KCP parks?')?.long).toBe('Kent Country Parks');
  });

  it('recognises DfT-style abbreviations (one lower-case letter inside)', () => {
    expect(acronymTokens('how much grant from DfT and DfE?')).toEqual(['DfT', 'DfE']);
  });

  it('recognises letters around a digit (D2A) as an abbreviation in a question', () => {
    expect(acronymTokens('how much is the D2A pilot?')).toEqual(['D2A']);
    expect(acronymTokens('Q3 figures for 2024')).toEqual([]);
  });

  it('uses the phrase as the meaning and says where it came from', () => {
    const u = understand('what was resolved on COMF?', {
      now: new Date('2021-03-01T00:00:00Z'), committees: [], councils: [], glossary: new Map(), initials: index,
    });
    expect(u.expansions[0]).toMatchObject({ short: 'COMF', long: 'Contain Outbreak Management Fund', note: 'read from the initials of a phrase in the papers' });
    const c = u.concepts.find((x) => x.label === 'COMF')!;
    expect(c.alternatives).toEqual([['comf'], ['contain', 'outbreak', 'management', 'fund']]);
  });
});

describe('a sentence opener does not start a phrase', () => {
  it('does not read "TA" as "The Adult" from "The Adult Social Care directorate …"', () => {
    const index = buildInitialsIndex(['The Adult Social Care directorate overspent.', 'The Adult Social Care budget is under pressure.']);
    expect(phraseFor(index, 'TA')).toBeNull();
    expect(phraseFor(index, 'ASC')?.phrase).toBe('Adult Social Care');
  });
});
