/**
 * `/papers help`: the commands, as one message.
 */
import type { SlackMessage } from './answer.ts';

export const HELP_LINES = [
  '`/papers ask <question>` — e.g. `/papers ask was the family hubs recommendation approved?`',
  '`/papers costs <topic>` — totals, years, funding and posts for a topic',
  '`/papers due [days]` — work-programme items and commitments due (default 30 days)',
  '`/papers subscribe <keywords or committee>` — tell me about new papers that match',
  '`/papers unsubscribe <keywords or committee>` — stop those notices',
  '`/papers help` — this list',
  'You can also mention me in a channel or send me a direct message with a question; reply in the thread to follow up.',
];

export function renderHelp(): SlackMessage {
  const text = `*Committee papers — what I can do*\n${HELP_LINES.map((l) => `• ${l}`).join('\n')}`;
  return { text: 'Committee papers: /papers ask, costs, due, subscribe, unsubscribe, help', blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}
