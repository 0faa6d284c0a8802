/**
 * The App Home tab: what falls due in the next 30 days, the latest decisions, and the user's
 * subscriptions. At most 100 blocks.
 */
import type { HomeView, KnownBlock } from '@slack/types';
import type { DueItem } from '../../answer/model.ts';
import type { Decision } from '../../store/slack.ts';
import { statusBadge } from './answer.ts';
import { dueItemBlocks } from './due.ts';
import { LIMITS, truncate } from './limits.ts';
import { escapeMrkdwn, quote, sourceLine } from './mrkdwn.ts';

export interface HomeData {
  due: readonly DueItem[];
  dueDays: number;
  decisions: readonly Decision[];
  subscriptions: readonly string[];
}

function header(text: string): KnownBlock {
  return { type: 'header', text: { type: 'plain_text', text: truncate(text, LIMITS.headerText), emoji: true } };
}

function plain(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(text, LIMITS.sectionText) } };
}

function decisionBlocks(d: Decision): KnownBlock[] {
  const badge = statusBadge(d.status);
  const heading = [d.kind === 'resolution' ? `*Resolution${d.ref ? ` ${escapeMrkdwn(d.ref)}` : ''}*` : '*Recommendation*', badge]
    .filter(Boolean)
    .join(' · ');
  return [
    plain(`${heading}\n${quote(truncate(d.text, 600))}`),
    { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(sourceLine(d.document, d.page), LIMITS.contextText) }] },
  ];
}

/** Per-section budgets keep the whole view under the 100-block limit. */
const MAX_DUE = 15;
const MAX_DECISIONS = 12;
const MAX_SUBSCRIPTIONS = 20;

export function renderHome(data: HomeData): HomeView {
  const blocks: KnownBlock[] = [];
  blocks.push(header(`Due in the next ${data.dueDays} days`));
  if (data.due.length === 0) blocks.push(plain('Nothing falls due.'));
  for (const item of data.due.slice(0, MAX_DUE)) blocks.push(...dueItemBlocks(item));
  if (data.due.length > MAX_DUE) blocks.push(plain(`…and ${data.due.length - MAX_DUE} more: use \`/papers due ${data.dueDays}\`.`));
  blocks.push({ type: 'divider' });

  blocks.push(header('Latest decisions'));
  if (data.decisions.length === 0) blocks.push(plain('No decisions recorded yet.'));
  for (const d of data.decisions.slice(0, MAX_DECISIONS)) blocks.push(...decisionBlocks(d));
  blocks.push({ type: 'divider' });

  blocks.push(header('Your subscriptions'));
  if (data.subscriptions.length === 0) {
    blocks.push(plain('None yet. Try `/papers subscribe family hubs` or `/papers subscribe Cabinet`.'));
  } else {
    const shown = data.subscriptions.slice(0, MAX_SUBSCRIPTIONS).map((s) => `• ${escapeMrkdwn(s)}`);
    if (data.subscriptions.length > MAX_SUBSCRIPTIONS) shown.push(`…and ${data.subscriptions.length - MAX_SUBSCRIPTIONS} more`);
    blocks.push(plain(shown.join('\n')));
  }
  return { type: 'home', blocks: blocks.slice(0, LIMITS.homeBlocks) };
}
