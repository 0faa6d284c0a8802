/**
 * The reply to `/papers due [days]`.
 */
import type { KnownBlock } from '@slack/types';
import type { DueItem } from '../../answer/model.ts';
import type { SlackMessage } from './answer.ts';
import { dueFallback, dueItemBlocks } from './due.ts';
import { fitBlocks, LIMITS } from './limits.ts';

export function renderDue(items: readonly DueItem[], days: number): SlackMessage {
  const head: KnownBlock[] = [
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: items.length === 0 ? `Nothing falls due in the next ${days} days.` : `*Due in the next ${days} days* (${items.length})`,
      },
    },
  ];
  const body = items.flatMap(dueItemBlocks);
  return { text: dueFallback(items, days), blocks: fitBlocks([...head, ...body], [], LIMITS.messageBlocks, (n) => `…and ${Math.ceil(n / 2)} more.`) };
}
