import { describe, expect, it } from 'vitest';
import { CHAT_FILLER, expandChatWord, normaliseChat } from '../../src/answer/chat.ts';
import { understand } from '../../src/answer/understand.ts';

const ctx = {
  now: new Date('2025-03-20T12:00:00Z'),
  committees: ['Adult Social Care and Public Health Committee', 'Cabinet', 'Kent County Council'],
  councils: ['Kent County Council', 'Nottingham City Council'],
  glossary: new Map(),
};
const required = (q: string): string[] => understand(q, ctx).concepts.filter((c) => c.required).map((c) => c.label);

describe('chat wording', () => {
  it('expands clipped words and county abbreviations to what the papers write', () => {
    expect(expandChatWord('cttee')).toEqual(['committee']);
    expect(expandChatWord('Notts')).toEqual(['nottinghamshire']);
    expect(expandChatWord('nov')).toEqual(['november']);
    expect(expandChatWord('budget')).toEqual([]);
    expect(expandChatWord('xmas')).toEqual(['christmas']);
    expect(expandChatWord('2nd')).toEqual(['second']);
    // "comms & environment cttee": communities as often as communications
    expect(expandChatWord('comms')).toEqual(['communications', 'communities']);
    expect(normaliseChat('how much are nottm city ASC savings over the 4 yr MTFP?')).toBe('how much are nottingham city ASC savings over the 4 year MTFP?');
    expect(normaliseChat('how much has the PH grant gone up by?')).toBe('how much has the PH grant increase by?');
    expect(normaliseChat('was the plan sent round to members?')).toBe('was the plan circulated to members?');
    expect(normaliseChat('when is the plan going out to consultation?')).toBe('when is the plan going out to consultation?');
    expect(normaliseChat('how big is the fund at the mo? ph3 costs')).toBe('how big is the fund ? phase 3 costs');
    // words that are also ordinary words are left alone
    expect(normaliseChat('care homes contracts and assessment beds for staff')).toBe('care homes contracts and assessment beds for staff');
  });

  it('does not make chat filler or clipped intent words into required topic words', () => {
    expect(CHAT_FILLER.has('re')).toBe(true);
    // "re", "whats" and "cttee" named topics before, so nothing could cover them
    expect(required('whats coming back to cttee re the digital strategy?')).toEqual(['digital', 'strategy']);
    expect(required('did we chip in towards the ICS running costs?')).toEqual(['chip', 'ICS']);
  });

  it('reads a hyphenated co-word as the joined word too', () => {
    const c = understand('local area co-ordinators', ctx).concepts.find((x) => x.label === 'coordinators');
    expect(c?.alternatives).toEqual([['coordinator'], ['co', 'ordinator']]);
  });

  it('reads "Notts" as Nottinghamshire and "nottm city" as the council', () => {
    const u = understand('what did notts agree about the ICS?', ctx);
    expect(u.concepts.find((c) => c.label === 'nottinghamshire')).toBeDefined();
    expect(understand('how much are nottm city council savings?', ctx).filters.councils).toEqual(['Nottingham City Council']);
  });

  it('leaves hedges, contractions and "how long" out of the topic', () => {
    expect(required('is nottm city really stopping the lunch club grants??')).toEqual(['stopping', 'lunch', 'club', 'grants']);
    expect(required("we lent Visit Kent some money didn't we? when do we get it back?")).toEqual(['lent', 'visit', 'kent']);
    expect(required('the contract for collecting electricals from the tips - how long is it being extended for?')).toEqual(['contract', 'collecting', 'electricals', 'tips', 'extended']);
  });

  it('reads "cc" and "full council" as the council, and a place before "city" as a place', () => {
    const u = understand('how much COMF money did notts cc get allocated?', { ...ctx, councils: [...ctx.councils, 'Nottinghamshire County Council'] });
    expect(u.filters.councils).toEqual(['Nottinghamshire County Council']);
    expect(u.concepts.filter((c) => c.required).map((c) => c.label)).toEqual(['allocated', 'COMF']);
    expect(required('did cabinet sign off the budget or pass it up to full council?')).toEqual(['budget']);
    const place = understand('how much are nottm city savings?', { ...ctx, councils: [] });
    expect(place.concepts.find((c) => c.label === 'nottingham')?.place).toBe(true);
    expect(place.concepts.find((c) => c.label === 'city')?.required).toBe(false);
  });

  it('drops idioms that carry no topic and reads council wording for plain words', () => {
    expect(required('how much LOBO debt is on the books per the TMS?')).toEqual(['debt', 'LOBO', 'TMS']);
    const power = understand('who has been given the power to sort the contracts?', ctx).concepts.find((c) => c.label === 'power');
    expect(power?.alternatives.flat()).toContain('delegat');
    const lost = understand('how much have we lost on bad debts?', ctx).concepts.find((c) => c.label === 'lost');
    expect(lost?.alternatives).toContainEqual(['loss']);
  });
});


describe('chat wording from other councils\' questions', () => {
  it('reads a committee\'s initials typed small with an ampersand as an abbreviation', () => {
    expect(normaliseChat("failure to prevent fraud - when's the follow-up report to a&g?")).toBe("failure to prevent fraud - when's the further report to A&G?");
    expect(normaliseChat('kilbrannan t & e cttee')).toBe('kilbrannan T&E committee');
  });

  it('reads clipped words (rd, reg, avg, mods) and drops "turn up" and apostrophe-less contractions', () => {
    expect(normaliseChat('harbour rd cycleway, the reg 18 consultation, avg weekly cost, main mods')).toBe(
      'harbour road cycleway, the regulation 18 consultation, average weekly cost, main modifications',
    );
    expect(normaliseChat('what did the NFI exercise turn up in overpayments').replace(/\s+/g, ' ')).toBe('what did the NFI exercise in overpayments');
    for (const w of ['theyd', 'youre', 'whos', 'thats']) expect(CHAT_FILLER.has(w)).toBe(true);
  });
});

describe('more clipped words', () => {
  it('reads "st" as street or saint, "ff" as firefighter', () => {
    expect(expandChatWord('st')).toEqual(['street', 'saint']);
    expect(normaliseChat('how many new ff posts')).toBe('how many new firefighter posts');
  });
});

describe('normaliseChat: bins by colour, "this time"', () => {
  it('reads a bin\'s colour as what goes in it and drops "this time"', () => {
    expect(normaliseChat("ivelstone - what's the brown bin charge going up to?")).toBe("ivelstone - what's the garden waste charge increase to?");
    expect(normaliseChat('are we going for a no casino resolution this time?')).toBe('are we going for a no casino resolution ?');
  });
});

describe('normaliseChat: "temp accom", "atm"', () => {
  it('spells out accommodation and drops "atm"', () => {
    expect(normaliseChat('how many households are in temp accom atm?')).toBe('how many households are in temporary accommodation ?');
  });
});

describe('normaliseChat: events and planning words', () => {
  it('reads "go live" as starting, "the consultation close" as its end, "pd rights" and "take away"', () => {
    expect(normaliseChat('when does selective licensing go live in glaisdon?')).toBe('when does selective licensing start in glaisdon?');
    expect(normaliseChat('when does the AQAP consultation close?')).toBe('when does the AQAP consultation end?');
    expect(normaliseChat('which pd rights does the hmo direction take away?')).toBe('which permitted development rights does the hmo direction remove?');
    expect(normaliseChat('is it a full time post? 1.0 full-time equivalent')).toBe('is it a FTE post? 1.0 full-time equivalent');
    expect(normaliseChat('tewsbridge ctax base, town centre regen, the exam')).toBe('tewsbridge council tax base, town centre regeneration, the examination');
  });

  it('does not make a superlative, "new" or "unanimous" a word the answer must hold', () => {
    expect(required('which family hub was busiest?')).toEqual(['family', 'hub']);
    expect(required('was the appointment unanimous?')).toEqual(['appointment']);
  });
});

describe('normaliseChat: set 25 and 26 wording', () => {
  it('reads "looking like", "bring in", a bin "sub", "green waste", "fri/sat", an age band and "the private part"', () => {
    expect(required('whats the inquest backlog looking like in hexworth')).toEqual(['inquest', 'backlog', 'hexworth']);
    expect(normaliseChat('how much extra are the parking changes meant to bring in a year?')).toBe('how much extra are the parking changes meant to  income a year?');
    // (not "when are the charges brought in": no money asked)
    expect(normaliseChat('when are the new charges brought in?')).toBe('when are the new charges brought in?');
    expect(normaliseChat('how much is the brown bin sub going to be?')).toBe('how much is the garden waste subscription going to be?');
    expect(normaliseChat('who sits on the licensing sub committee?')).toBe('who sits on the licensing sub committee?');
    expect(normaliseChat('what did the licensing sub decide?')).toBe('what did the licensing sub decide?');
    expect(normaliseChat('the sub-regional partnership')).toBe('the sub-regional partnership');
    expect(normaliseChat('new posts for green waste subs?')).toBe('new posts for garden waste subscriptions?');
    expect(normaliseChat('the fri/sat framework hours')).toBe('the Friday and Saturday framework hours');
    expect(normaliseChat('who sat on the panel?')).toBe('who sat on the panel?');
    expect(normaliseChat('the allowance for an 11-15 yr old')).toBe('the allowance for an 11 to 15');
    expect(normaliseChat('how many 16 year olds')).toBe('how many aged 16');
    expect(required('what did the board decide on tidemill house in the private part of the meeting?')).toEqual(['board', 'tidemill', 'house', 'exempt']);
  });

  it('reads "won\'t land", "hand out" and "max" as the papers write them, and "dodgy" or "leaving" as no topic word', () => {
    expect(normaliseChat('how much is savings that won\'t land?')).toBe('how much is savings that not delivered?');
    expect(normaliseChat('how much of the cost lands on the county?')).toBe('how much of the cost lands on the county?');
    expect(normaliseChat('who can hand out the grants?')).toBe('who can allocate the grants?');
    expect(normaliseChat('the 85% max award')).toBe('the 85% maximum award');
    expect(required('when is the list of dodgy crossings due?')).toEqual(['crossings']);
    expect(required('which misstatement are they leaving uncorrected?')).toEqual(['misstatement', 'uncorrected']);
  });

  it('does not make a comparison ("vs", "compared to") a word the answer must hold', () => {
    expect(required('how much is rowanmere paying next yr compared to this yr?')).not.toContain('compared');
    expect(required('asf for independent providers this year vs last')).not.toContain('vs');
  });
});
