import { describe, expect, it } from 'vitest';
import type { KnownBlock } from '@slack/types';
import type { DueItem } from '../../src/answer/model.ts';
import { renderAlertMessage, renderSubscriptionNotice, replaceItemActions } from '../../src/slack/blocks/alerts.ts';

const item = (over: Partial<DueItem> = {}): DueItem => ({
  key: 'wp:0123456789abcdef01234567',
  kind: 'work-programme',
  title: 'Roads & <Bridges> update',
  dueDate: '2025-06-18',
  deadline: { name: 'Agenda publication', date: '2025-06-10' },
  leadOfficer: 'Director of Highways',
  author: null,
  document: { file: 'wp.pdf', title: 'Forward Plan', committee: 'Cabinet', council: null, meetingDate: '2025-05-01', agendaItem: null, url: null },
  page: 9,
  status: 'open',
  unscheduled: false,
  text: 'Roads & <Bridges> update',
  ...over,
});

describe('alert blocks', () => {
  it('escapes mrkdwn and says what, when, for which meeting, who and where from', () => {
    const m = renderAlertMessage([{ item: item(), lead: 'agenda' }], ['k1']);
    expect(m.text).toBe('Reminder: Roads & <Bridges> update (Agenda publication 2025-06-10, Cabinet 2025-06-18)');
    const section = m.blocks[0] as { text: { text: string } };
    expect(section.text.text).toBe('*Agenda publication: 10 Jun 2025* — Roads &amp; &lt;Bridges&gt; update\nFor Cabinet on 18 Jun 2025\nLead officer: Director of Highways');
    expect(JSON.stringify(m.blocks[1])).toContain('Source: Forward Plan · Cabinet · 1 May 2025 · p. 9');
    expect(m.metadata).toEqual({ event_type: 'papers_alert', event_payload: { keys: 'k1' } });
  });

  it('replaces only the pressed item’s buttons', () => {
    const a = item();
    const b = item({ key: 'cm:0123456789abcdef01234567', kind: 'commitment', deadline: null, title: 'A report' });
    const m = renderAlertMessage([{ item: a, lead: 'agenda' }, { item: b, lead: 'due' }], ['k1', 'k2']);
    const out = replaceItemActions(m.blocks, b.key, 'Done by <@U1>');
    const kinds = out.map((x: KnownBlock) => `${x.type}:${x.block_id ?? ''}`);
    expect(kinds).toEqual([
      'section:alert_heading',
      'section:alert_item:0',
      'context:alert_source:0',
      'actions:alert_actions:0',
      'divider:',
      'section:alert_item:1',
      'context:alert_source:1',
      'context:alert_actions:1',
    ]);
  });

  it('a subscription notice lists each paper with its source line', () => {
    const n = renderSubscriptionNotice('roads', [
      { file: 'a.pdf', url: 'https://example.org/a.pdf', title: 'Highways plan', committee: 'Cabinet', meetingDate: '2025-06-12', page: 4 },
      { file: 'b.pdf', url: null, title: null, committee: null, meetingDate: null, page: 1 },
    ]);
    expect(n.text).toBe('New papers matching “roads”: Highways plan; b.pdf');
    expect(n.blocks.map((b) => JSON.stringify(b))).toEqual([
      expect.stringContaining('*2 new papers matching “roads”*'),
      expect.stringContaining('• <https://example.org/a.pdf|Highways plan> · Cabinet · 12 Jun 2025 · p. 4'),
      expect.stringContaining('• b.pdf · p. 1'),
    ]);
  });
});
