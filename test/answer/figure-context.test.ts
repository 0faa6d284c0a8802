import { describe, expect, it } from 'vitest';
import { figureNeighbourhood, ONE_TOPIC_CHARS } from '../../src/answer/figure-context.ts';

describe('figureNeighbourhood: the words a figure is about', () => {
  const filler = (topic: string) => `${topic} carried on as planned and the team thanked partners for their work over the winter months. `.repeat(4);

  it('keeps a one-topic paragraph whole', () => {
    const p = 'The Council runs a “No Use Empty” initiative. A supplementary scheme has allowed an additional £42m of loans to be approved for new builds.';
    expect(figureNeighbourhood(p, 'A supplementary scheme has allowed an additional £42m of loans to be approved for new builds.')).toBe(p);
  });

  it('in a long update of lettered items, takes the opening and the figure’s own item only', () => {
    const p =
      'Mr Murphy, Cabinet Member for Growth, provided an update on the following: ' +
      `(a) ${filler('The broadband programme')}` +
      '(b) The Business Fund continued to support local firms. Since July 2024 the Board had approved over £2 million in loans. ' +
      `(c) ${filler('Filming at Ashford station for the film office')}`;
    expect(p.length).toBeGreaterThan(ONE_TOPIC_CHARS / 2);
    const long = p + `(d) ${filler('The Straits Committee')}`.repeat(3);
    expect(long.length).toBeGreaterThan(ONE_TOPIC_CHARS);
    const near = figureNeighbourhood(long, 'Since July 2024 the Board had approved over £2 million in loans.');
    expect(near).toContain('Mr Murphy, Cabinet Member for Growth, provided an update on the following:');
    expect(near).toContain('Business Fund');
    expect(near).not.toMatch(/film office|broadband|Straits/);
  });

  it('without items, takes the opening sentence and the sentences near the figure', () => {
    const opening = 'The Kent Film Office supports productions across the county.';
    const long = `${opening} ${filler('Tourism')}${filler('Culture')}${filler('Sport')}The office costs £120,000 a year. ${filler('Heritage')}${filler('Libraries')}${filler('Parks')}`;
    expect(long.length).toBeGreaterThan(ONE_TOPIC_CHARS);
    const near = figureNeighbourhood(long, 'The office costs £120,000 a year.');
    expect(near.startsWith(opening)).toBe(true);
    expect(near).toContain('£120,000');
    expect(near.length).toBeLessThan(long.length / 2);
  });

  it('gives an item of a list written as one sentence the list’s lead-in and its own words only', () => {
    const p = 'Cabinet is asked to: note the overspend of £5.8m on temporary accommodation; approve £2m from the Housing Pressures Reserve; and agree a progress report in six months.';
    expect(figureNeighbourhood(p, 'approve £2m from the Housing Pressures Reserve')).toBe('Cabinet is asked to: approve £2m from the Housing Pressures Reserve');
    expect(figureNeighbourhood(p, 'note the overspend of £5.8m on temporary accommodation')).toBe('Cabinet is asked to: note the overspend of £5.8m on temporary accommodation');
  });

  it('keeps the whole paragraph when the figure’s sentence is not in it', () => {
    const long = filler('Topic').repeat(6);
    expect(figureNeighbourhood(long, 'A sentence from elsewhere.')).toBe(long);
  });
});
