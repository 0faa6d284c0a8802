import { describe, expect, it } from 'vitest';
import { parseAcronyms } from '../../../ingest/parse/acronyms.ts';
import type { Line } from '../../../ingest/layout/types.ts';
import { parseInputFromText } from '../../helpers/parse-input.ts';
import { expectGoldMatches, goldFor, goldScore } from '../../gold/decisions/assert.ts';

const T = 120_000;
const acronyms = (text: string) => parseAcronyms(parseInputFromText(text)).map((a) => [a.short, a.long, a.page]);

describe('parseAcronyms on the gold papers', () => {
  for (const gold of goldFor('acronyms')) {
    it(`${gold.name}: acronyms field by field`, () => expectGoldMatches(gold, 'acronyms'), T);
  }
  it('precision and recall over the gold set', async () => {
    const s = await goldScore('acronyms');
    expect(s.expected).toBeGreaterThan(25);
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
  }, T);
});

describe('parseAcronyms', () => {
  it('reads a key set out in one run ("Abbreviations: CiCC – Children in Care Council; PEP – …")', () => {
    expect(acronyms('Abbreviations: CiCC – Children in Care Council; PEP – Personal Education Plan; VSH – Virtual\nSchool Headteacher; DCS – Director of Children’s Services.')).toEqual([
      ['CiCC', 'Children in Care Council', 1],
      ['PEP', 'Personal Education Plan', 1],
      ['VSH', 'Virtual School Headteacher', 1],
      ['DCS', 'Director of Children’s Services', 1],
    ]);
  });

  it('reads "Long Form (LF)" across a line wrap, with small words and multi-letter pieces', () => {
    expect(acronyms('The successful Integrated Personal Commissioning\n(IPC) programme and the Improved Better Care Fund (iBCF) and')).toEqual([
      ['IPC', 'Integrated Personal Commissioning', 1],
      ['iBCF', 'Improved Better Care Fund', 1],
    ]);
    expect(acronyms('Director, Adult Social Care and Public Health (ASC&PH)')).toEqual([['ASC&PH', 'Adult Social Care and Public Health', 1]]);
    expect(acronyms('the Ministry of Housing, Communities and Local Government (MHCLG).')).toEqual([['MHCLG', 'Ministry of Housing, Communities and Local Government', 1]]);
    expect(acronyms('An Equality Impact Assessment (EqIA) was done.')).toEqual([['EqIA', 'Equality Impact Assessment', 1]]);
  });

  it('reads "LF (Long Form)" and glossary lines', () => {
    expect(acronyms('the LAC (Local Area Coordination) approach')).toEqual([['LAC', 'Local Area Coordination', 1]]);
    expect(acronyms('Glossary\nASCH – Adult Social Care and Health\nBCF: Better Care Fund')).toEqual([
      ['ASCH', 'Adult Social Care and Health', 1],
      ['BCF', 'Better Care Fund', 1],
    ]);
  });

  it('reads two-cell glossary rows', () => {
    const line = (text: string, cells: string[]): Line => ({ page: 3, y: 0, x: 0, xEnd: 100, text, fontSize: 10, bold: false, cells: cells.map((c, i) => ({ x: i * 100, xEnd: i * 100 + 50, text: c })) });
    const input = { ...parseInputFromText(''), lines: [line('ICS Integrated Care System', ['ICS', 'Integrated Care System']), line('Total 12', ['Total', '12'])] };
    expect(parseAcronyms(input)).toEqual([{ short: 'ICS', long: 'Integrated Care System', page: 3 }]);
  });

  it('rejects pairs whose letters do not come from the words', () => {
    expect(acronyms('This Commissioning Plan (KCP) sets out')).toEqual([]);
    expect(acronyms('the cost (see Appendix A) and the budget (GBP)')).toEqual([]);
    expect(acronyms('Quarter 2 (Q2, 2024/25)')).toEqual([]);
  });

  it('keeps one entry per meaning, at its first page', () => {
    expect(acronyms('the Mayoral Strategic Authorities (MSA) would\fa Mayoral Strategic Authority (MSA) by May')).toEqual([['MSA', 'Mayoral Strategic Authorities', 1]]);
  });
});

describe('parseAcronyms on held-out papers (H11)', () => {
  it('reads a two-part short form, a compound after "Multi", a second-letter capital and a bracketed aside', () => {
    expect(acronyms('the Kent County Council Integrated Care Strategy (KCC ICS) Delivery Plan')).toEqual([['KCC ICS', 'Kent County Council Integrated Care Strategy', 1]]);
    expect(acronyms('with the Kent Safeguarding Children’s Multi Agency Partnership (KSCMP) created')).toEqual([['KSCMP', 'Kent Safeguarding Children’s Multi Agency Partnership', 1]]);
    expect(acronyms('An equality impact assessment (EQIA) has been completed')).toEqual([['EQIA', 'equality impact assessment', 1]]);
    expect(acronyms('Integrated Locality [Neighbourhood] Teams (ILTs)')).toEqual([['ILTs', 'Integrated Locality [Neighbourhood] Teams', 1]]);
  });

  it('still rejects letters the words do not give', () => {
    expect(acronyms('the Kent Minerals and Waste Local Plan 2024-2039 (KWMLP);')).toEqual([]);
    expect(acronyms('the quality report (EQR) was')).toEqual([]);
  });
});

describe('parseAcronyms: a key set inline', () => {
  it('reads "KD = Key Decision; NKD = Non-Key Decision; PF = Policy Framework", and not an equation', () => {
    const got = parseAcronyms(parseInputFromText('Type: KD = Key Decision; NKD = Non-Key Decision; PF = Policy Framework\nWhere TC = Total Cost of the scheme.\nFigures: x = 3.'));
    expect(got.map((a) => [a.short, a.long])).toEqual([
      ['KD', 'Key Decision'],
      ['NKD', 'Non-Key Decision'],
      ['PF', 'Policy Framework'],
    ]);
  });
});

describe('parseAcronyms: digits in the short form', () => {
  it('reads "Discharge to Assess (D2A)" and "a Section 106 (S106) agreement", not "(Q3)"', () => {
    const got = parseAcronyms(parseInputFromText('the expansion of the Discharge to Assess (D2A) service\nsubject to a Section 106 (S106) agreement\nin the Quarter Three (Q3) report\nthe Local Transport Plan 4 (LTP4) draft'));
    expect(got.map((a) => [a.short, a.long])).toEqual([
      ['D2A', 'Discharge to Assess'],
      ['S106', 'Section 106'],
      ['LTP4', 'Local Transport Plan 4'],
    ]);
  });
});

describe('parseAcronyms: a name that goes on past its letters', () => {
  it('keeps "for England", "in SEND" and a company\'s "Limited" after the lettered words, but not a word past a name ("Plan Savings (MTFP)")', () => {
    const got = parseAcronyms(parseInputFromText('costs recovered from the Children’s Funeral Fund for England (CFF);\nthe Delivering Better Value in SEND (DBV) programme\nthe Medium-Term Financial Plan Savings (MTFP) are\nappointed by Public Sector Audit Appointments Limited (PSAA).'));
    expect(got.map((a) => [a.short, a.long])).toEqual([
      ['CFF', 'Children’s Funeral Fund for England'],
      ['DBV', 'Delivering Better Value in SEND'],
      ['MTFP', 'Medium-Term Financial Plan'],
      ['PSAA', 'Public Sector Audit Appointments Limited'],
    ]);
  });
});

describe('parseAcronyms: keys written other ways (set 16)', () => {
  it('reads several pairs on one line, and a lower-case long form whose every word gives a letter', () => {
    const got = parseAcronyms(parseInputFromText('EHCP – Education, Health and Care Plan; FOI – Freedom of Information;\nRAG (red, amber, green) status compares the actual with the target.\nthe PCC (see above) said'));
    expect(got.map((a) => [a.short, a.long])).toEqual([
      ['RAG', 'red, amber, green'],
      ['EHCP', 'Education, Health and Care Plan'],
      ['FOI', 'Freedom of Information'],
    ]);
  });
});

describe('parseAcronyms: a number only in the short form', () => {
  it('reads "the draft Local Transport Plan (LTP5)" as LTP5 = Local Transport Plan', () => {
    expect(acronyms('To comment on the draft Local Transport Plan (LTP5) before Cabinet approves it.')).toEqual([['LTP5', 'Local Transport Plan', 1]]);
  });
});
