import { describe, expect, it } from 'vitest';
import { synonymsOf } from '../../src/answer/synonyms.ts';

describe('synonymsOf', () => {
  it('gives the words papers use for an everyday word, and back', () => {
    expect(synonymsOf('jabs')).toContain('vaccination');
    expect(synonymsOf('vaccination')).toContain('jabs');
    expect(synonymsOf('lent')).toContain('loan');
    expect(synonymsOf('growing')).toContain('expansion');
    expect(synonymsOf('cash')).toContain('funding');
    expect(synonymsOf('fixed')).toContain('repair');
    expect(synonymsOf('trimmed')).toContain('reduction');
  });

  it('reads chat words for council things ("bin lorries", "s106", "sat on") and a one-way "circulated"', () => {
    expect(synonymsOf('lorries')).toContain('vehicles');
    expect(synonymsOf('bin')).toContain('refuse');
    expect(synonymsOf('s106')).toContain('section 106');
    expect(synonymsOf('sat')).toContain('members');
    expect(synonymsOf('circulated')).toContain('shared');
    // a "shared delivery plan" is not a circulated one
    expect(synonymsOf('shared')).not.toContain('circulated');
    expect(synonymsOf('fall')).toContain('carried');
  });

  it('reads slipped as slippage or re-profiling, a breach as a failure to comply, and "send back" and "new" one way', () => {
    expect(synonymsOf('slipped')).toContain('slippage');
    expect(synonymsOf('breached')).toContain('failed to comply');
    expect(synonymsOf('send')).toContain('referred');
    expect(synonymsOf('new')).toContain('additional');
    expect(synonymsOf('given')).toContain('allocation');
    expect(synonymsOf('deal')).toContain('agreement');
    // an "additional" cost is not a new one
    expect(synonymsOf('additional')).not.toContain('new');
  });

  it('reads fire engines as appliances, a bid as an application, worth as value and a round as a stage', () => {
    expect(synonymsOf('engines')).toContain('appliances');
    expect(synonymsOf('bid')).toContain('application');
    expect(synonymsOf('worth')).toContain('value');
    expect(synonymsOf('round')).toContain('stage');
    expect(synonymsOf('split')).toContain('shared');
    // a "shared delivery plan" is not split
    expect(synonymsOf('shared')).not.toContain('split');
  });

  it('finds a group from an inflection by its stem, and never returns the word itself', () => {
    expect(synonymsOf('postponing')).toContain('defer');
    expect(synonymsOf('jabs')).not.toContain('jabs');
  });

  it('has nothing for a word in no group', () => {
    expect(synonymsOf('meadowbank')).toEqual([]);
  });
});

describe('everyday words for public toilets', () => {
  it('reads "loos" as the papers\' "toilets" or "public conveniences"', () => {
    expect(synonymsOf('loos')).toEqual(expect.arrayContaining(['toilets', 'public conveniences']));
  });
});

describe('synonyms for forecasts and reserves drawn on', () => {
  it('reads "forecast" as papers\' "estimate", and "raid"/"dip into" a reserve as a sum drawn from it', () => {
    expect(synonymsOf('forecast')).toContain('estimate');
    expect(synonymsOf('raid')).toContain('drawn');
    expect(synonymsOf('dip')).toContain('use');
    expect(synonymsOf('pushing')).toContain('deferral');
    expect(synonymsOf('kick')).toContain('effect');
    expect(synonymsOf('flagged')).toContain('highlighted');
    expect(synonymsOf('check')).toContain('review');
  });

  it('answers "permanent?" with "fixed-term", "creating" with "established", "replied" with a response', () => {
    expect(synonymsOf('permanent')).toContain('fixed-term');
    expect(synonymsOf('creating')).toContain('established');
    expect(synonymsOf('replied')).toContain('response');
  });
});

describe('synonyms for keeping, free, shifting and achieving', () => {
  it('reads "kept on" as an extension, "free" as no fee, "shift" as varying and "achieved" as outcomes', () => {
    expect(synonymsOf('kept')).toContain('extension');
    expect(synonymsOf('free')).toContain('no fee');
    expect(synonymsOf('shift')).toContain('vary');
    expect(synonymsOf('achieved')).toContain('outcomes');
    expect(synonymsOf('outcomes')).toContain('achieved');
  });
});

describe('synonyms from other councils\' papers (set 14)', () => {
  it('reads uncorrected as unadjusted, taxi as hackney carriage, picked as the preferred bidder and go live as start', () => {
    expect(synonymsOf('uncorrected')).toContain('unadjusted');
    expect(synonymsOf('taxi')).toContain('hackney carriage');
    expect(synonymsOf('picked')).toContain('preferred bidder');
    expect(synonymsOf('go live')).toContain('commence');
    expect(synonymsOf('substance misuse')).toContain('drug and alcohol');
    expect(synonymsOf('old')).toContain('former');
    expect(synonymsOf('numbers')).toContain('data');
  });
});
