/**
 * Items falling due (work programme, commitments) as Block Kit: one compact section per item
 * with its source line.
 */
import type { KnownBlock } from '@slack/types';
import type { DueItem } from '../../answer/model.ts';
import { LIMITS, truncate } from './limits.ts';
import { escapeMrkdwn, shortDate, sourceLine } from './mrkdwn.ts';

export function dueItemBlocks(item: DueItem): KnownBlock[] {
  const when = shortDate(item.dueDate) ?? item.dueDate;
  const bits = [`*${escapeMrkdwn(when)}* · ${escapeMrkdwn(truncate(item.title, 300))}`];
  if (item.deadline) bits.push(`${escapeMrkdwn(item.deadline.name)}: ${shortDate(item.deadline.date) ?? item.deadline.date}`);
  const who = item.leadOfficer ?? item.author;
  if (who) bits.push(`lead: ${escapeMrkdwn(who)}`);
  if (item.unscheduled) bits.push(':warning: not yet on a work programme');
  if (item.status === 'snoozed') bits.push(':zzz: snoozed');
  const text = truncate(bits.join('\n'), LIMITS.sectionText);
  return [
    { type: 'section', text: { type: 'mrkdwn', text } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(sourceLine(item.document, item.page), LIMITS.contextText) }] },
  ];
}

export function dueFallback(items: readonly DueItem[], days: number): string {
  if (items.length === 0) return `Nothing falls due in the next ${days} days.`;
  const first = items[0]!;
  return truncate(`${items.length} item(s) due in the next ${days} days; first: ${first.title} (${first.dueDate}).`, LIMITS.fallbackText);
}
