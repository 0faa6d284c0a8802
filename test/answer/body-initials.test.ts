import { describe, expect, it } from 'vitest';
import { bodyByInitials, capitaliseBodyInitials, councilByInitials } from '../../src/answer/body-initials.ts';
import { understand } from '../../src/answer/understand.ts';

const committees = ['Overview and Scrutiny Committee', 'Fire and Rescue Authority', 'Parish Council', 'Cabinet', 'Kent County Council', 'Planning Committee', 'Environment and Leisure Committee'];
const councils = ['Kent County Council', 'Severnbury Council'];

describe('a body named by its initials', () => {
  it('reads OSC, O&S, FRA and PC as the committee that meets, not KCC (a council) or letters two bodies share', () => {
    expect(bodyByInitials('osc', committees, councils)).toBe('Overview and Scrutiny Committee');
    expect(bodyByInitials('O&S', committees, councils)).toBe('Overview and Scrutiny Committee');
    expect(bodyByInitials('FRA', committees, councils)).toBe('Fire and Rescue Authority');
    expect(bodyByInitials('KCC', committees, councils)).toBeNull();
    // "PC": the Parish Council and the Planning Committee both
    expect(bodyByInitials('PC', committees, councils)).toBeNull();
  });

  it('reads a body\'s shorter initials (without its place\'s name, or its kind) only when no body has them as its own', () => {
    const more = [...committees, 'Westmarch Police and Crime Panel', 'Harbridge Overview and Scrutiny Committee'];
    expect(bodyByInitials('pcp', more, councils)).toBe('Westmarch Police and Crime Panel');
    // "Harbridge Overview and Scrutiny Committee" does not take "osc" from the committee named so
    expect(bodyByInitials('osc', more, councils)).toBe('Overview and Scrutiny Committee');
    // and without the kind of body after its subject: the "EET" scrutiny committee
    expect(bodyByInitials('eet', [...more, 'Economy, Environment and Transport Scrutiny Committee'], councils)).toBe('Economy, Environment and Transport Scrutiny Committee');
  });

  it('tells two bodies with the same shorter initials apart by the kind typed after them ("C&P scrutiny")', () => {
    const two = [...committees, 'Communities and Place Overview and Scrutiny Committee', 'Corporate Parenting Panel'];
    expect(bodyByInitials('C&P', two, councils)).toBeNull();
    expect(bodyByInitials('C&P', two, councils, 'scrutiny')).toBe('Communities and Place Overview and Scrutiny Committee');
    expect(bodyByInitials('CP', two, councils, 'panel')).toBe('Corporate Parenting Panel');
    // "westmarch pcp": the place typed before the letters
    const panels = [...committees, 'Westmarch Police and Crime Panel', 'Calvershire Police and Crime Panel'];
    expect(bodyByInitials('pcp', panels, councils)).toBeNull();
    expect(bodyByInitials('pcp', panels, councils, undefined, 'westmarch')).toBe('Westmarch Police and Crime Panel');
    expect(capitaliseBodyInitials('westmarch pcp - what is the panel asked to do?', panels, councils, new Map())).toBe('westmarch PCP - what is the panel asked to do?');
    // "joint hosc": the word before the letters begins a longer body's name
    const hoscs = [...committees, 'Health Overview and Scrutiny Committee', 'Joint Health Overview and Scrutiny Committee'];
    expect(bodyByInitials('hosc', hoscs, councils)).toBe('Health Overview and Scrutiny Committee');
    expect(bodyByInitials('hosc', hoscs, councils, undefined, 'joint')).toBe('Joint Health Overview and Scrutiny Committee');
    expect(bodyByInitials('hosc', hoscs, councils, undefined, 'the')).toBe('Health Overview and Scrutiny Committee');
  });

  it('does not take a body\'s first subject word for its place ("Highways and Transport Committee" is not the "TC")', () => {
    expect(bodyByInitials('tc', [...committees, 'Highways and Transport Committee'], councils)).toBeNull();
  });

  it('capitalises a body\'s initials typed small unless the papers define the letters otherwise', () => {
    expect(capitaliseBodyInitials('the q3 overspend that went to osc today', committees, councils, new Map())).toBe('the q3 overspend that went to OSC today');
    expect(capitaliseBodyInitials('the elc pilot', committees, councils, new Map([['ELC', {}]]))).toBe('the elc pilot');
  });

  it('makes the committee a filter of the question', () => {
    const q = understand('how big is the q3 overspend that went to osc today?', { now: new Date('2025-03-20'), committees, councils, glossary: new Map() });
    expect(q.filters.committees).toEqual(['Overview and Scrutiny Committee']);
    expect(q.concepts.map((c) => c.label)).not.toContain('osc');
  });
});

describe('a council by its initials', () => {
  const councils = ['London Borough of Thamesbury', 'Kent County Council', 'Wenlow District Council', 'Lochaven Council'];
  it('finds the one council whose initials the letters are, three letters at least', () => {
    expect(councilByInitials('lbt', councils)).toBe('London Borough of Thamesbury');
    expect(councilByInitials('WDC', councils)).toBe('Wenlow District Council');
    expect(councilByInitials('lc', councils)).toBeNull();
    expect(councilByInitials('abc', councils)).toBeNull();
  });

  it('reads "lbt" in a question as whose papers (a place), and says what it stood for', () => {
    const u = understand('lbt q1 monitoring - how big is the GF overspend forecast?', { now: new Date('2025-10-20T12:00:00Z'), committees: ['Cabinet'], councils, glossary: new Map() });
    expect(u.concepts.find((c) => c.label === 'LBT')).toMatchObject({ place: true, required: true });
    expect(u.expansions.find((e) => e.short === 'LBT')?.long).toBe('London Borough of Thamesbury');
  });
});

describe('a body named by a word of its name and its initials', () => {
  it('reads "resources o&s" as the committee whose name begins with that word, and the word as no topic', () => {
    const more = [...committees, 'Resources and Performance Overview and Scrutiny Committee', 'Children and Families Overview and Scrutiny Committee'];
    expect(bodyByInitials('o&s', more, councils, undefined, 'resources')).toBe('Resources and Performance Overview and Scrutiny Committee');
    // (no stored name begins with the word: the letters' own body)
    expect(bodyByInitials('o&s', more, councils, undefined, 'housing')).toBe('Overview and Scrutiny Committee');
    const q = understand("what's coming to resources o&s next month?", { now: new Date('2026-02-16T09:00:00Z'), committees: more, councils, glossary: new Map() });
    expect(q.filters.committees).toEqual(['Resources and Performance Overview and Scrutiny Committee']);
    expect(q.concepts.filter((c) => c.required).map((c) => c.label)).toEqual([]);
  });
});
