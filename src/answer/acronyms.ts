/**
 * Acronym expansion: the glossary learnt from the papers (acronyms table) first, then a built-in
 * list of common local-government abbreviations. When letters mean different things in different
 * papers (LAC: Local Area Coordination / Looked After Children) the meaning defined in the papers
 * being searched wins: papers of the committee asked about, then papers that share the
 * question's other words, then the most widely defined meaning.
 */
import { terms, words } from './text.ts';

export interface GlossaryEntry {
  short: string;
  long: string;
  /** Committees whose papers define it: lower case → as stored. */
  committees: Map<string, string>;
  /** Stemmed words of the titles of parts that define it. */
  titleTerms: Set<string>;
  /** How many parts define it. */
  parts: number;
}

export interface Expansion {
  short: string;
  long: string;
  /** Where the meaning came from, for Answer.expansions. */
  note: string;
  alternatives: string[];
}

/** Common abbreviations in English local-government papers, used when the papers do not define one. */
export const BUILTIN_ACRONYMS: Readonly<Record<string, readonly string[]>> = {
  ASC: ['Adult Social Care'],
  ASCH: ['Adult Social Care and Health'],
  ASCPH: ['Adult Social Care and Public Health'],
  BCF: ['Better Care Fund'],
  IBCF: ['Improved Better Care Fund'],
  CCG: ['Clinical Commissioning Group'],
  ICS: ['Integrated Care System'],
  ICB: ['Integrated Care Board'],
  ICP: ['Integrated Care Partnership'],
  MASH: ['Multi-Agency Safeguarding Hub'],
  SEND: ['Special Educational Needs and Disabilities'],
  SEN: ['Special Educational Needs'],
  MTFP: ['Medium Term Financial Plan'],
  MTFS: ['Medium Term Financial Strategy'],
  PH: ['Public Health'],
  OT: ['Occupational Therapy', 'Occupational Therapist'],
  FTE: ['Full Time Equivalent'],
  DPH: ['Director of Public Health'],
  LAC: ['Looked After Children', 'Local Area Coordination'],
  EHCP: ['Education, Health and Care Plan'],
  DASS: ['Director of Adult Social Services'],
  DCS: ['Director of Children’s Services'],
  CYPE: ['Children, Young People and Education'],
  KCC: ['Kent County Council'],
  NCC: ['Nottinghamshire County Council'],
  LLR: ['Leicester, Leicestershire and Rutland'],
  NHS: ['National Health Service'],
  NHSE: ['NHS England'],
  CQC: ['Care Quality Commission'],
  DFG: ['Disabled Facilities Grant'],
  DoLS: ['Deprivation of Liberty Safeguards'],
  LPS: ['Liberty Protection Safeguards'],
  EQIA: ['Equality Impact Assessment'],
  DPIA: ['Data Protection Impact Assessment'],
  PROD: ['Proposed Record of Decision'],
  QPR: ['Quarterly Performance Report'],
  KPI: ['Key Performance Indicator'],
  VCS: ['Voluntary and Community Sector'],
  VCSE: ['Voluntary, Community and Social Enterprise'],
  SIP: ['Service Improvement Programme'],
  SIDP: ['Single Integrated Delivery Plan'],
  DSG: ['Dedicated Schools Grant'],
  HNB: ['High Needs Block'],
  PFI: ['Private Finance Initiative'],
  MRP: ['Minimum Revenue Provision'],
  CIPFA: ['Chartered Institute of Public Finance and Accountancy'],
  LGA: ['Local Government Association'],
  DHSC: ['Department of Health and Social Care'],
  DfE: ['Department for Education'],
  DfT: ['Department for Transport'],
  DWP: ['Department for Work and Pensions'],
  DLUHC: ['Department for Levelling Up, Housing and Communities'],
  DESNZ: ['Department for Energy Security and Net Zero'],
  DEFRA: ['Department for Environment, Food and Rural Affairs'],
  HMT: ['HM Treasury'],
  CTRS: ['Council Tax Reduction Scheme'],
  CTR: ['Council Tax Reduction'],
  HWRC: ['Household Waste Recycling Centre'],
  FE: ['Forms of Entry', 'Further Education'],
  TMS: ['Treasury Management Strategy'],
  LOBO: ["Lender's Option Borrower's Option"],
  MHCLG: ['Ministry of Housing, Communities and Local Government'],
  NTU: ['Nottingham Trent University'],
  PCN: ['Primary Care Network'],
  SRA: ['Special Responsibility Allowance', 'Special Responsibility Allowances'],
  IRP: ['Independent Remuneration Panel'],
  // "gp access": a family doctor's practice, not a General Purposes Committee
  GP: ['General Practice', 'General Practitioner', 'General Practitioners'],
  UASC: ['Unaccompanied Asylum Seeking Children'],
  CIC: ['Children in Care'],
  SIS: ['Strengthening Independence Service'],
  MH: ['Mental Health'],
  LD: ['Learning Disabilities', 'Learning Disability'],
  CHC: ['Continuing Healthcare', 'Continuing Health Care'],
  TA: ['Temporary Accommodation'],
  ASB: ['Anti-Social Behaviour'],
  HMO: ['House in Multiple Occupation'],
  PRS: ['Private Rented Sector'],
  HRA: ['Housing Revenue Account'],
  CIL: ['Community Infrastructure Levy'],
  NP: ['Neighbourhood Plan', 'National Park'],
  NDP: ['Neighbourhood Development Plan'],
  SPD: ['Supplementary Planning Document'],
  LDS: ['Local Development Scheme'],
  LGR: ['Local Government Reorganisation'],
  SEMH: ['Social, Emotional and Mental Health'],
  UKSPF: ['UK Shared Prosperity Fund'],
  BSIP: ['Bus Service Improvement Plan'],
  MO: ['Monitoring Officer'],
  TC: ['Town Council'],
  PC: ['Parish Council'],
  TM: ['Treasury Management'],
  TRO: ['Traffic Regulation Order'],
  IJB: ['Integration Joint Board'],
  HSCP: ['Health and Social Care Partnership'],
  EHO: ['Environmental Health Officer'],
  HHSRS: ['Housing Health and Safety Rating System'],
  PWLB: ['Public Works Loan Board'],
  CFR: ['Capital Financing Requirement'],
  CPZ: ['Controlled Parking Zone'],
  LTP: ['Local Transport Plan'],
  EV: ['Electric Vehicle'],
  LCWIP: ['Local Cycling and Walking Infrastructure Plan'],
  NFI: ['National Fraud Initiative'],
  RAAC: ['Reinforced Autoclaved Aerated Concrete'],
  ELC: ['Early Learning and Childcare'],
  LDP: ['Local Development Plan'],
  RCV: ['Refuse Collection Vehicle'],
  AE: ['Accident and Emergency'],
  IP: ['Independent Person'],
  LGPS: ['Local Government Pension Scheme'],
  ISS: ['Investment Strategy Statement'],
  SAA: ['Strategic Asset Allocation'],
  NNDR: ['National Non-Domestic Rates'],
  PEP: ['Personal Education Plan'],
  VSH: ['Virtual School Head'],
  JLP: ['Joint Local Plan'],
};

/** The built-in abbreviations by their letters in capitals ("DfE" as "DFE"), read once. */
const BUILTIN_BY_UPPER = new Map(Object.entries(BUILTIN_ACRONYMS).map(([k, longs]) => [k.toUpperCase(), longs] as const));

/** A built-in abbreviation's meanings, however its letters are cased ("DFE" finds "DfE"). */
function builtinMeanings(key: string): readonly string[] | undefined {
  return BUILTIN_ACRONYMS[key] ?? BUILTIN_BY_UPPER.get(key.toUpperCase());
}

/** Built-in abbreviations that are also everyday words: typed in lower case, they are the word. */
const WORD_LIKE_ABBREVIATIONS = new Set(['send', 'mash', 'sip', 'ta', 'ash', 'pa', 'sen', 'ld', 'ev', 'fe', 'cic', 'hra']);

/** Builds the glossary from the papers' acronym definitions. */
export function buildGlossary(
  rows: ReadonlyArray<{ short: string; long: string; committee: string | null; title: string | null }>,
): Map<string, GlossaryEntry[]> {
  const out = new Map<string, GlossaryEntry[]>();
  for (const r of rows) {
    // "CCGs" and "ASC&PH" are looked up as CCG and ASCPH
    const key = r.short.replace(/[^A-Za-z0-9]/g, '').replace(/(?<=[A-Z]{2,})s$/, '').toUpperCase();
    if (key.length < 2) continue;
    const list = out.get(key) ?? [];
    const norm = words(r.long).join(' ');
    let e = list.find((x) => words(x.long).join(' ') === norm);
    if (!e) {
      e = { short: r.short, long: r.long, committees: new Map(), titleTerms: new Set(), parts: 0 };
      list.push(e);
    }
    e.parts += 1;
    if (r.committee) e.committees.set(r.committee.toLowerCase(), r.committee);
    for (const t of terms(r.title ?? '')) e.titleTerms.add(t);
    out.set(key, list);
  }
  return out;
}

/** Tokens of the question that look like acronyms: LAC, iBCF, CCGs, DoLS, ASC&PH → ASCPH. */
/**
 * "ascph", "bcf", "ehcp" typed in lower case: written in capitals when the papers' glossary or the
 * built-in list knows the abbreviation and the letters cannot be an English word (no vowel, or
 * three consonants in a row), so "send", "start" or "mash" stay words.
 */
export function capitaliseKnownAbbreviations(question: string, glossary: ReadonlyMap<string, unknown>): string {
  return question.replace(/\b[a-z]{2,6}\b/g, (w) => {
    // "mtfs" is the MTFS before it is a plural of MTF
    const whole = w.toUpperCase();
    const bare = w.length > 3 && !glossary.has(whole) && builtinMeanings(whole) === undefined ? w.replace(/s$/, '') : w;
    const upper = bare.toUpperCase();
    const builtin = builtinMeanings(upper) !== undefined;
    if (!glossary.has(upper) && !builtin) return w;
    // letters that could be a word stay a word ("send", "mash"), unless they are a well-known
    // abbreviation that is no English word ("asc", "lac", "ics")
    if (/[aeiou]/.test(bare) && !/[^aeiouy]{3,}/.test(bare) && !(builtin && !WORD_LIKE_ABBREVIATIONS.has(bare))) return w;
    return w === bare ? upper : `${upper}s`;
  });
}

export function acronymTokens(question: string): string[] {
  const out: string[] = [];
  for (const raw of question.replace(/&/g, '').match(/[A-Za-z0-9]+/g) ?? []) {
    // D2A, P2P: letters around a digit standing for "to"/"for"
    if (/^[A-Z]+[24][A-Z]+s?$/.test(raw)) {
      out.push(raw.replace(/s$/, ''));
      continue;
    }
    if (/\d/.test(raw)) continue;
    const token = raw.replace(/(?<=[A-Z]{2,})s$/, '');
    // LAC, iBCF, DoLS — and DfT, DfE (one lower-case letter after the first)
    if ((/^[a-z]?[A-Z]{2,}[a-z]?[A-Z]*$/.test(token) || /^[A-Z][a-z][A-Z]{1,4}$/.test(token)) && /[A-Z].*[A-Z]/.test(token)) out.push(token);
  }
  return out;
}

export interface ExpandContext {
  /** Committees (lower case) the question is filtered to. */
  committees: string[];
  /** The question's other stemmed topic terms. */
  otherTerms: string[];
}

/** Chooses a meaning for one acronym; null when neither the papers nor the built-in list know it. */
export function expandAcronym(token: string, glossary: Map<string, GlossaryEntry[]>, ctx: ExpandContext): Expansion | null {
  const key = token.toUpperCase();
  const defined = glossary.get(key) ?? [];
  if (defined.length > 0) {
    const scored = defined
      .map((e) => {
        let s = Math.log2(1 + e.parts);
        if (ctx.committees.some((c) => e.committees.has(c))) s += 10;
        s += 2 * ctx.otherTerms.filter((t) => e.titleTerms.has(t)).length;
        return { e, s };
      })
      .sort((a, b) => b.s - a.s);
    const best = scored[0]!.e;
    // Other meanings: other definitions in the papers, then common meanings the papers do not
    // define here (LAC read as Local Area Coordination still says "other meaning: Looked After Children").
    const alternatives = unique([...scored.slice(1).map((x) => tidy(x.e.long)), ...(builtinMeanings(key) ?? [])])
      .filter((l) => words(l).join(' ') !== words(best.long).join(' '));
    const where = ctx.committees.find((c) => best.committees.has(c));
    const committee = where ? best.committees.get(where) : [...best.committees.values()][0];
    const note = committee ? `as defined in the ${committee} papers` : 'as defined in the papers';
    return { short: token, long: tidy(best.long), note, alternatives };
  }
  const builtin = builtinMeanings(key);
  if (!builtin || builtin.length === 0) return null;
  return { short: token, long: builtin[0]!, note: 'common abbreviation', alternatives: builtin.slice(1) };
}

export function describeExpansion(e: Expansion): string {
  const alt = e.alternatives.length > 0 ? `; other meaning${e.alternatives.length > 1 ? 's' : ''}: ${e.alternatives.join(', ')}` : '';
  return `${e.short} → ${e.long} (${e.note}${alt})`;
}

/** "LOCAL AREA COORDINATION" (from a heading) → "Local Area Coordination". */
function tidy(long: string): string {
  if (/[a-z]/.test(long) || !/[A-Z]{2}/.test(long)) return long;
  return long.toLowerCase().replace(/\b([a-z])([a-z]*)/g, (_m, a: string, b: string) => (['and', 'of', 'for', 'the', 'to', 'in'].includes(a + b) ? a + b : a.toUpperCase() + b));
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/**
 * Long forms of two or more words (as stemmed terms) → their short forms, from the papers'
 * glossary and the built-in list: one index per glossary.
 */
const longIndexes = new WeakMap<Map<string, GlossaryEntry[]>, Map<string, string[]>>();
function longIndex(glossary: Map<string, GlossaryEntry[]>): Map<string, string[]> {
  let index = longIndexes.get(glossary);
  if (index) return index;
  index = new Map();
  const add = (short: string, long: string): void => {
    const key = terms(long).join(' ');
    if (key.split(' ').length < 2) return;
    const list = index!.get(key) ?? [];
    if (!list.includes(short)) list.push(short);
    index!.set(key, list);
  };
  for (const [short, longs] of Object.entries(BUILTIN_ACRONYMS)) for (const long of longs) add(short.toLowerCase(), long);
  for (const [short, entries] of glossary) for (const e of entries) add(short.toLowerCase(), e.long);
  longIndexes.set(glossary, index);
  return index;
}

/**
 * Runs of the question's words that spell out an abbreviation's long form: "mental health" is
 * also "MH" (a savings table's "MH Reablement"), "adult social care" also "ASC". `stems` are the
 * question's topic words in order; each run is [start, end) with the short form, lower case.
 */
export function abbreviationRuns(stems: readonly string[], glossary: Map<string, GlossaryEntry[]>): Array<{ start: number; end: number; short: string }> {
  const index = longIndex(glossary);
  const out: Array<{ start: number; end: number; short: string }> = [];
  for (let i = 0; i < stems.length; i++) {
    for (let n = 2; n <= 8 && i + n <= stems.length; n++) {
      for (const short of index.get(stems.slice(i, i + n).join(' ')) ?? []) out.push({ start: i, end: i + n, short });
    }
  }
  return out;
}

/** Gives each run of concepts that spells out an abbreviation's long form that abbreviation as another way of writing it. */
export function addAbbreviations(concepts: ReadonlyArray<{ alternatives: string[][] }>, glossary: Map<string, GlossaryEntry[]>): void {
  for (const run of abbreviationRuns(concepts.map((c) => c.alternatives[0]![0]!), glossary)) {
    for (const c of concepts.slice(run.start, run.end)) if (!c.alternatives.some((a) => a.length === 1 && a[0] === run.short)) c.alternatives.push([run.short]);
  }
}
