import { describe, expect, it } from 'vitest';
import type { KnownBlock, SectionBlock, ContextBlock, ActionsBlock, Button } from '@slack/types';
import { ACTION, renderAnswer } from '../../../src/slack/blocks/answer.ts';
import { LIMITS } from '../../../src/slack/blocks/limits.ts';
import { answer, FAMILY_HUBS_DOC, item } from '../fixtures.ts';

function sections(blocks: KnownBlock[]): SectionBlock[] {
  return blocks.filter((b): b is SectionBlock => b.type === 'section');
}
function contexts(blocks: KnownBlock[]): ContextBlock[] {
  return blocks.filter((b): b is ContextBlock => b.type === 'context');
}
function buttons(blocks: KnownBlock[]): Button[] {
  return blocks.filter((b): b is ActionsBlock => b.type === 'actions').flatMap((b) => b.elements as Button[]);
}
function allText(blocks: KnownBlock[]): string {
  return JSON.stringify(blocks);
}

/** Every limit Slack enforces on what we send. */
function expectWithinLimits(blocks: KnownBlock[], max = LIMITS.messageBlocks): void {
  expect(blocks.length).toBeLessThanOrEqual(max);
  for (const b of blocks) {
    if (b.type === 'section') {
      if (b.text) expect(Array.from(b.text.text).length).toBeLessThanOrEqual(LIMITS.sectionText);
      if (b.fields) {
        expect(b.fields.length).toBeLessThanOrEqual(LIMITS.sectionFields);
        for (const f of b.fields) expect(Array.from(f.text).length).toBeLessThanOrEqual(LIMITS.fieldText);
      }
      expect(b.text ?? b.fields).toBeDefined();
    }
    if (b.type === 'context') expect(b.elements.length).toBeLessThanOrEqual(LIMITS.contextElements);
    if (b.type === 'header') expect(Array.from(b.text.text).length).toBeLessThanOrEqual(LIMITS.headerText);
    if (b.type === 'actions') {
      for (const e of b.elements as Button[]) {
        expect(Array.from(e.text.text).length).toBeLessThanOrEqual(LIMITS.buttonText);
        expect((e.value ?? '').length).toBeLessThanOrEqual(LIMITS.buttonValue);
      }
    }
  }
}

describe('renderAnswer', () => {
  it('quotes a recommendation with its status badge and a linked source line', () => {
    const msg = renderAnswer(answer(), { queryId: 7 });
    const [lead, quoteBlock] = sections(msg.blocks);
    expect(lead!.text!.text).toBe('Yes: Cabinet approved the Family Hubs recommendation on 4 March 2025.');
    expect(quoteBlock!.text!.text).toBe(
      '*Recommendation (a)* · :white_check_mark: *Approved*\n> APPROVE the continuation of the Family Hubs programme for 2025-26.',
    );
    const source = (contexts(msg.blocks)[0]!.elements[0] as { text: string }).text;
    expect(source).toBe('<https://democracy.kent.gov.uk/documents/s1234/report.pdf|Family Hubs> · Cabinet · 4 Mar 2025 · item 5 · para 7.1 · p. 3');
    expect(msg.text).toContain('Yes: Cabinet approved');
  });

  it('shows a resolution with its minutes reference and a proposed recommendation as proposed', () => {
    const msg = renderAnswer(
      answer({
        items: [
          item({ kind: 'resolution', status: 'agreed', text: 'RESOLVED that the decision be taken.', extra: { ref: '2025/014' } }),
          item({ status: 'proposed', document: { ...FAMILY_HUBS_DOC, url: null } }),
        ],
      }),
      { queryId: 1 },
    );
    const texts = sections(msg.blocks).map((s) => s.text!.text);
    expect(texts[1]).toMatch(/^\*Resolution 2025\/014\* · :white_check_mark: \*Agreed\*\n> RESOLVED/);
    expect(texts[2]).toMatch(/:hourglass_flowing_sand: \*Proposed\*/);
    const unlinked = (contexts(msg.blocks)[1]!.elements[0] as { text: string }).text;
    expect(unlinked.startsWith('Family Hubs · Cabinet')).toBe(true);
  });

  it('escapes Slack control characters in verbatim text', () => {
    const msg = renderAnswer(answer({ items: [item({ text: 'costs < £5m & rising > plan' })] }), { queryId: 1 });
    expect(sections(msg.blocks)[1]!.text!.text).toContain('> costs &lt; £5m &amp; rising &gt; plan');
  });

  it('has buttons carrying the query and the next offset: more results, share, feedback', () => {
    const msg = renderAnswer(answer({ items: [item(), item(), item()] }), { queryId: 42, offset: 5, hasMore: true, shareable: true });
    const b = buttons(msg.blocks);
    expect(b.map((x) => x.action_id)).toEqual([ACTION.more, ACTION.share, ACTION.up, ACTION.down]);
    expect(JSON.parse(b[0]!.value!)).toEqual({ q: 42, o: 8 });
    expect(JSON.parse(b[1]!.value!)).toEqual({ q: 42, o: 5 });
  });

  it('omits More results and Share when not wanted, and all buttons with no query id', () => {
    expect(buttons(renderAnswer(answer(), { queryId: 3 }).blocks).map((x) => x.action_id)).toEqual([ACTION.up, ACTION.down]);
    expect(buttons(renderAnswer(answer(), { queryId: null }).blocks)).toEqual([]);
  });

  it('renders a not-found answer with suggestions', () => {
    const msg = renderAnswer(
      answer({ found: false, answer: 'I found nothing about zebra crossings.', items: [], suggestions: ['road safety', 'highways'] }),
      { queryId: 2 },
    );
    expect(sections(msg.blocks).map((s) => s.text!.text)).toEqual([
      'I found nothing about zebra crossings.',
      '*Try asking about:*\n• road safety\n• highways',
    ]);
    expect(msg.text).toBe('I found nothing about zebra crossings.');
  });

  it('renders a cost summary as fields and a preformatted post list, never a markdown table', () => {
    const msg = renderAnswer(
      answer({
        intent: 'cost',
        costs: {
          topic: 'family hubs',
          total: 1_234_567,
          byYear: [
            { period: '2024/25', value: 600_000 },
            { period: '2025/26', value: 634_567 },
          ],
          fundingSources: [{ source: 'DfE grant', value: 1_000_000 }, { source: 'reserves', value: null }],
          posts: [{ title: 'Hub Manager', fte: 2, grade: 'KR10', cost: 98_000.5, kind: 'fixed-term', until: '2026-03-31' }],
          totalFte: 2,
        },
      }),
      { queryId: 1 },
    );
    const s = sections(msg.blocks);
    const fields = s[1]!.fields!.map((f) => f.text);
    expect(s[1]!.text!.text).toBe('*Costs: family hubs*');
    expect(fields).toEqual(['*Total*\n£1,234,567', '*Posts*\n2 FTE', '*2024/25*\n£600,000', '*2025/26*\n£634,567']);
    expect(s[2]!.fields!.map((f) => f.text)).toEqual(['*DfE grant*\n£1,000,000', '*reserves*\namount not stated']);
    expect(s[3]!.text!.text).toBe('*Posts*\n```Hub Manager · 2 FTE · KR10 · £98,000.50 · fixed-term · until 2026-03-31```');
    expect(allText(msg.blocks)).not.toMatch(/\|\s*-{3}/);
    expect(msg.text).toContain('Total £1,234,567');
  });

  it('keeps a huge answer inside every Slack limit, cutting with "…"', () => {
    const long = 'The council will fund the programme. '.repeat(400); // ~14,800 chars
    const items = Array.from({ length: 60 }, (_, i) => item({ text: `${i}: ${long}`, extra: { label: `(${i})`, note: 'x'.repeat(3000) } }));
    const years = Array.from({ length: 23 }, (_, i) => ({ period: `${2000 + i}/${String(i + 1).padStart(2, '0')}`, value: i * 1000 }));
    const msg = renderAnswer(
      answer({
        answer: long,
        items,
        expansions: Array.from({ length: 30 }, () => 'LAC → Local Area Coordination'),
        costs: { topic: 'x'.repeat(5000), total: 1, byYear: years, fundingSources: [], posts: Array.from({ length: 500 }, () => ({ title: 'Officer '.repeat(10), fte: 1, grade: null, cost: null, kind: null, until: null })), totalFte: 500 },
      }),
      { queryId: 9, hasMore: true, shareable: true },
    );
    expectWithinLimits(msg.blocks);
    expect(msg.blocks.length).toBe(LIMITS.messageBlocks);
    // the buttons survive the cut, and the cut is announced
    expect(msg.blocks[msg.blocks.length - 1]!.type).toBe('actions');
    expect(allText(msg.blocks)).toMatch(/…and \d+ more not shown here\./);
    expect(sections(msg.blocks)[0]!.text!.text.endsWith('…')).toBe(true);
    // 25 years + total + FTE = 25 fields → 3 sections of ≤ 10
    expect(sections(msg.blocks).filter((s) => s.fields).length).toBe(3);
    expect(msg.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
    expect(msg.text.endsWith('…')).toBe(true);
  });

  it('says which page it shows for later pages', () => {
    const msg = renderAnswer(answer(), { queryId: 1, offset: 5 });
    expect(sections(msg.blocks)[0]!.text!.text).toBe('More results for “was the family hubs recommendation approved?” (from 6):');
  });
});

describe('renderAnswer with the engine’s conventions', () => {
  it('leads with the first line of the plain-text answer only (later lines repeat the items)', () => {
    const msg = renderAnswer(
      answer({ answer: 'Approved: “APPROVE the continuation”\n  — Family Hubs · Cabinet · p.3\nFrom the paper: “x”' }),
      { queryId: 1 },
    );
    expect(sections(msg.blocks)[0]!.text!.text).toBe('Approved: “APPROVE the continuation”');
    expect(msg.text).toContain('— Family Hubs · Cabinet · p.3');
  });

  it('does not repeat a resolution’s minute number as its paragraph, and shows only known extras', () => {
    const msg = renderAnswer(
      answer({
        items: [
          item({ kind: 'resolution', status: 'approved', paragraph: '2025/014', extra: { minutes: '2025/014', heading: 'Family Hubs' } }),
          item({ kind: 'paragraph', status: null, paragraph: '3.1', extra: { section: 'Financial Implications', type: 'cost' } }),
        ],
      }),
      { queryId: 1 },
    );
    const ctx = contexts(msg.blocks).map((c) => (c.elements[0] as { text: string }).text);
    expect(ctx[0]).toBe('<https://democracy.kent.gov.uk/documents/s1234/report.pdf|Family Hubs> · Cabinet · 4 Mar 2025 · item 5 · p. 3');
    expect(ctx[1]).toBe('<https://democracy.kent.gov.uk/documents/s1234/report.pdf|Family Hubs> · Cabinet · 4 Mar 2025 · item 5 · para 3.1 · p. 3 · under “Financial Implications”');
    expect(sections(msg.blocks)[1]!.text!.text.startsWith('*Resolution 2025/014* · :white_check_mark: *Approved*')).toBe(true);
  });
});
