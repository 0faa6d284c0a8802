/**
 * An Answer as a Slack message: the answer, each item quoted verbatim with a status badge and
 * its source, the cost summary, suggestions when nothing was found, and the buttons
 * (More results, Share in channel, 👍/👎). Always inside Slack's limits; always with `text`.
 */
import type { ActionsBlock, Button, KnownBlock } from '@slack/types';
import type { Answer, AnswerItem } from '../../answer/model.ts';
import { renderCostBlocks, costsFallback } from './costs.ts';
import { fitBlocks, LIMITS, truncate } from './limits.ts';
import { escapeMrkdwn, money, quote, shortDate, sourceLine } from './mrkdwn.ts';

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

export interface AnswerRenderOptions {
  /** query_log id: carried in button values (paging, sharing, feedback). Null: no buttons. */
  queryId: number | null;
  /** Index of the first item shown (paging). */
  offset?: number;
  /** More items exist after these: show "More results". */
  hasMore?: boolean;
  /** Ephemeral answers (slash command) get "Share in channel". */
  shareable?: boolean;
}

export const ACTION = {
  share: 'share_in_channel',
  more: 'more_results',
  up: 'feedback_up',
  down: 'feedback_down',
} as const;

/** What a button carries: the logged query and the offset of the next page. */
export interface ButtonValue {
  q: number;
  o: number;
}

const BADGES: Record<string, string> = {
  approved: ':white_check_mark: *Approved*',
  agreed: ':white_check_mark: *Agreed*',
  proposed: ':hourglass_flowing_sand: *Proposed*',
  amended: ':pencil2: *Amended*',
  'not-adopted': ':x: *Not adopted*',
  rejected: ':x: *Rejected*',
  noted: ':memo: *Noted*',
  deferred: ':double_vertical_bar: *Deferred*',
};

export function statusBadge(status: string | null): string | null {
  if (!status) return null;
  return BADGES[status] ?? `*${escapeMrkdwn(status.charAt(0).toUpperCase() + status.slice(1))}*`;
}

const REF_KEYS = ['minutes', 'minutesRef', 'ref', 'minuteRef', 'minute'];

/** Extra facts worth a word on the source line, and how to say them; other keys stay unshown. */
const EXTRA_LABELS: Record<string, (v: string) => string> = {
  section: (v) => `under “${v}”`,
  period: (v) => `period ${v}`,
  funding: (v) => `funded by ${v}`,
  fundingSource: (v) => `funded by ${v}`,
  grade: (v) => `grade ${v}`,
  until: (v) => `until ${v}`,
};

function itemHeading(item: AnswerItem): string {
  const extra = item.extra ?? {};
  const label = extra.label ? ` ${escapeMrkdwn(extra.label)}` : '';
  const ref = REF_KEYS.map((k) => extra[k]).find((v) => v);
  const badge = statusBadge(item.status);
  const bits: string[] = [];
  switch (item.kind) {
    case 'recommendation':
      bits.push(`*Recommendation${label}*`);
      break;
    case 'resolution':
      bits.push(`*Resolution${ref ? ` ${escapeMrkdwn(ref)}` : label}*`);
      break;
    case 'amount':
      if (item.value !== null) bits.push(`*${money(item.value)}*`);
      break;
    case 'post':
      bits.push('*Post*');
      break;
    case 'commitment': {
      const due = shortDate(extra.due ?? extra.dueDate);
      bits.push(`*Commitment*${due ? ` · due ${due}` : ''}`);
      break;
    }
    case 'work-programme':
      bits.push('*Work programme*');
      break;
    default:
      break;
  }
  if (badge) bits.push(badge);
  if (ref && item.kind !== 'resolution') bits.push(`minutes ${escapeMrkdwn(ref)}`);
  return bits.join(' · ');
}

function itemBlocks(item: AnswerItem): KnownBlock[] {
  const heading = itemHeading(item);
  const room = LIMITS.sectionText - heading.length - 1;
  const body = quote(truncate(item.text, Math.max(200, room - 200)));
  const text = truncate(heading ? `${heading}\n${body}` : body, LIMITS.sectionText);
  const extra = item.extra ?? {};
  const extras = Object.entries(extra).flatMap(([k, v]) => {
    const say = EXTRA_LABELS[k];
    return say && v ? [escapeMrkdwn(say(v))] : [];
  });
  const ref = REF_KEYS.map((k) => extra[k]).find((v) => v);
  // A resolution's "paragraph" is often its minute number, already in the heading.
  const paragraph = item.paragraph !== null && item.paragraph === ref ? null : item.paragraph;
  const context = [sourceLine(item.document, item.page, paragraph), ...extras].join(' · ');
  return [
    { type: 'section', text: { type: 'mrkdwn', text } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(context, LIMITS.contextText) }] },
  ];
}

function button(text: string, actionId: string, value: ButtonValue, style?: 'primary'): Button {
  const b: Button = {
    type: 'button',
    text: { type: 'plain_text', text: truncate(text, LIMITS.buttonText), emoji: true },
    action_id: actionId,
    value: JSON.stringify(value),
  };
  if (style) b.style = style;
  return b;
}

function actionsBlock(answer: Answer, opts: AnswerRenderOptions, shown: number): ActionsBlock | null {
  if (opts.queryId === null) return null;
  const q = opts.queryId;
  const offset = opts.offset ?? 0;
  const elements: Button[] = [];
  if (opts.hasMore) elements.push(button('More results', ACTION.more, { q, o: offset + shown }));
  if (opts.shareable) elements.push(button('Share in channel', ACTION.share, { q, o: offset }, 'primary'));
  elements.push(button('👍', ACTION.up, { q, o: offset }), button('👎', ACTION.down, { q, o: offset }));
  return { type: 'actions', block_id: `answer:${q}:${offset}`, elements };
}

/**
 * The answer's first line: the engine writes a plain-text answer whose later lines repeat the
 * items and their citations, which the blocks show as quotes and source lines instead.
 */
export function headline(text: string): string {
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  return truncate(first.trim(), 1000);
}

export function renderAnswer(answer: Answer, opts: AnswerRenderOptions): SlackMessage {
  const offset = opts.offset ?? 0;
  const head: KnownBlock[] = [];
  const lead = offset > 0 ? `More results for “${answer.question}” (from ${offset + 1}):` : headline(answer.answer);
  head.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(escapeMrkdwn(lead || answer.question), LIMITS.sectionText) } });

  const notes = [
    ...answer.expansions.map((e) => `Read ${e}`),
    ...answer.filters,
  ].map(escapeMrkdwn);
  if (notes.length > 0) {
    head.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(notes.join(' · '), LIMITS.contextText) }] });
  }
  if (answer.costs && offset === 0) head.push(...renderCostBlocks(answer.costs));

  if (!answer.found && answer.suggestions.length > 0) {
    const list = answer.suggestions.map((s) => `• ${escapeMrkdwn(s)}`).join('\n');
    head.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(`*Try asking about:*\n${list}`, LIMITS.sectionText) } });
  }

  const items = answer.items.flatMap(itemBlocks);
  const actions = actionsBlock(answer, opts, answer.items.length);
  const tail: KnownBlock[] = actions ? [actions] : [];
  const blocks = fitBlocks([...head, ...items], tail, LIMITS.messageBlocks, (n) => `…and ${Math.ceil(n / 2)} more not shown here.`);
  return { text: fallbackText(answer), blocks };
}

/** Plain text for notifications and clients without Block Kit. */
export function fallbackText(answer: Answer): string {
  const bits = [answer.answer || answer.question];
  if (answer.costs) {
    const c = costsFallback(answer.costs);
    if (c) bits.push(c);
  }
  const first = answer.items[0];
  if (first) bits.push(`“${first.text}” (${first.document.title ?? first.document.file}, p. ${first.page})`);
  return truncate(bits.join(' — '), LIMITS.fallbackText);
}

/** A one-sentence message (errors, confirmations) with its fallback. */
export function renderNotice(text: string): SlackMessage {
  return { text: truncate(text, LIMITS.fallbackText), blocks: [{ type: 'section', text: { type: 'mrkdwn', text: truncate(escapeMrkdwn(text), LIMITS.sectionText) } }] };
}
