import { describe, expect, it } from 'vitest';
import type { DueItem } from '../../../src/answer/model.ts';
import { renderHome } from '../../../src/slack/blocks/home.ts';
import { renderDue } from '../../../src/slack/blocks/due-message.ts';
import { LIMITS, truncate } from '../../../src/slack/blocks/limits.ts';
import { FAMILY_HUBS_DOC } from '../fixtures.ts';

function due(i: number, over: Partial<DueItem> = {}): DueItem {
  return {
    key: `k${i}`,
    kind: 'work-programme',
    title: `Budget monitoring report ${i}`,
    dueDate: '2025-04-10',
    deadline: { name: 'report to author', date: '2025-03-27' },
    leadOfficer: 'Jane Smith',
    author: null,
    document: FAMILY_HUBS_DOC,
    page: 12,
    status: 'open',
    unscheduled: false,
    text: 'Budget monitoring',
    ...over,
  };
}

describe('renderHome', () => {
  it('lists due items, latest decisions and subscriptions under headers', () => {
    const view = renderHome({
      due: [due(1)],
      dueDays: 30,
      decisions: [{ kind: 'resolution', text: 'RESOLVED that the budget be agreed.', ref: '2025/3', status: 'agreed', page: 4, document: FAMILY_HUBS_DOC }],
      subscriptions: ['Cabinet', 'family hubs'],
    });
    expect(view.type).toBe('home');
    const json = JSON.stringify(view.blocks);
    expect(view.blocks.filter((b) => b.type === 'header').map((b) => (b as { text: { text: string } }).text.text)).toEqual([
      'Due in the next 30 days',
      'Latest decisions',
      'Your subscriptions',
    ]);
    expect(json).toContain('*10 Apr 2025* · Budget monitoring report 1\\nreport to author: 27 Mar 2025\\nlead: Jane Smith');
    expect(json).toContain('*Resolution 2025/3* · :white_check_mark: *Agreed*\\n> RESOLVED that the budget be agreed.');
    expect(json).toContain('• Cabinet\\n• family hubs');
  });

  it('stays under the 100-block Home limit with many items', () => {
    const view = renderHome({
      due: Array.from({ length: 200 }, (_, i) => due(i)),
      dueDays: 30,
      decisions: Array.from({ length: 50 }, () => ({ kind: 'recommendation' as const, text: 'y'.repeat(5000), ref: null, status: 'approved', page: 1, document: FAMILY_HUBS_DOC })),
      subscriptions: Array.from({ length: 100 }, (_, i) => `topic ${i}`),
    });
    expect(view.blocks.length).toBeLessThanOrEqual(LIMITS.homeBlocks);
    expect(JSON.stringify(view.blocks)).toContain('…and 185 more: use `/papers due 30`.');
  });

  it('says so when there is nothing', () => {
    const json = JSON.stringify(renderHome({ due: [], dueDays: 30, decisions: [], subscriptions: [] }).blocks);
    expect(json).toContain('Nothing falls due.');
    expect(json).toContain('No decisions recorded yet.');
    expect(json).toContain('/papers subscribe');
  });
});

describe('renderDue', () => {
  it('caps at 50 blocks and keeps a fallback', () => {
    const msg = renderDue(Array.from({ length: 40 }, (_, i) => due(i, { unscheduled: i === 0 })), 14);
    expect(msg.blocks.length).toBeLessThanOrEqual(LIMITS.messageBlocks);
    expect(msg.text).toBe('40 item(s) due in the next 14 days; first: Budget monitoring report 0 (2025-04-10).');
    expect(JSON.stringify(msg.blocks)).toContain(':warning: not yet on a work programme');
  });
});

describe('truncate', () => {
  it('cuts by code point and ends with …', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('😀😀😀😀', 3)).toBe('😀😀…');
  });
});
