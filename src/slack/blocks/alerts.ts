/**
 * Alert messages: one reminder, or a digest of every reminder falling due together for one
 * channel. Each item says what is due, for which meeting, who leads / writes it and where it comes
 * from (paper and page), with "Done" and "Snooze 1 week" buttons whose value is the item key.
 */
import type { MatchedPaper } from '../../alerts/subscriptions.ts';
import type { KnownBlock } from '@slack/types';
import type { DueItem } from '../../answer/model.ts';
import { LIMITS, truncate } from './limits.ts';
import { escapeMrkdwn, shortDate, sourceLine } from './mrkdwn.ts';

export const ALERT_DONE = 'alert_done';
export const ALERT_SNOOZE = 'alert_snooze';
/** Slack message metadata event type carrying the alert-log keys a message delivers. */
export const ALERT_EVENT_TYPE = 'papers_alert';
/** Items per message: a heading + 3 blocks per item + dividers between = 48 ≤ Slack's 50. */
export const MAX_ITEMS_PER_MESSAGE = 12;

export interface AlertEntry {
  item: DueItem;
  lead: string;
}

export interface AlertMessage {
  text: string;
  blocks: KnownBlock[];
  /** event_payload.keys: the alert-log keys, space separated (keys hold no spaces). */
  metadata: { event_type: string; event_payload: { keys: string } };
}

function heading(item: DueItem): string {
  const title = escapeMrkdwn(truncate(item.title, 400));
  if (item.kind === 'work-programme') {
    const name = item.deadline?.name ?? 'Meeting';
    const when = item.deadline ? shortDate(item.deadline.date) : shortDate(item.dueDate);
    return `*${escapeMrkdwn(name)}: ${when}* — ${title}`;
  }
  return `*Due ${shortDate(item.dueDate)}* — ${title}`;
}

function details(item: DueItem): string[] {
  const lines: string[] = [];
  const committee = item.document.committee ? escapeMrkdwn(item.document.committee) : 'the committee';
  if (item.kind === 'work-programme') {
    lines.push(`For ${committee} on ${shortDate(item.dueDate)}`);
    const who = [
      item.leadOfficer ? `Lead officer: ${escapeMrkdwn(item.leadOfficer)}` : null,
      item.author ? `Author: ${escapeMrkdwn(item.author)}` : null,
    ].filter((s): s is string => s !== null);
    if (who.length) lines.push(who.join(' · '));
  } else {
    lines.push(`Promised to ${committee}${item.document.meetingDate ? ` on ${shortDate(item.document.meetingDate)}` : ''}:`);
    lines.push(`> ${escapeMrkdwn(truncate(item.text.replace(/\s+/g, ' '), 600))}`);
    if (item.author) lines.push(`Report author: ${escapeMrkdwn(item.author)}`);
    if (item.unscheduled) lines.push(':warning: Not on any later work programme or paper yet.');
  }
  return lines;
}

export function alertItemBlocks(item: DueItem, index: number): KnownBlock[] {
  return [
    {
      type: 'section',
      block_id: `alert_item:${index}`,
      text: { type: 'mrkdwn', text: truncate([heading(item), ...details(item)].join('\n'), LIMITS.sectionText) },
    },
    {
      type: 'context',
      block_id: `alert_source:${index}`,
      elements: [{ type: 'mrkdwn', text: truncate(`Source: ${sourceLine(item.document, item.page)}`, LIMITS.contextText) }],
    },
    {
      type: 'actions',
      block_id: `alert_actions:${index}`,
      elements: [
        { type: 'button', action_id: ALERT_DONE, style: 'primary', text: { type: 'plain_text', text: 'Done' }, value: item.key },
        { type: 'button', action_id: ALERT_SNOOZE, text: { type: 'plain_text', text: 'Snooze 1 week' }, value: item.key },
      ],
    },
  ];
}

function fallbackLine(item: DueItem): string {
  if (item.kind === 'work-programme') {
    const d = item.deadline ? `${item.deadline.name} ${item.deadline.date}` : `meeting ${item.dueDate}`;
    return `${item.title} (${d}, ${item.document.committee ?? 'meeting'} ${item.dueDate})`;
  }
  return `${item.title} (due ${item.dueDate})`;
}

/** One message for 1..MAX_ITEMS_PER_MESSAGE reminders; `keys` are their alert-log keys. */
export function renderAlertMessage(entries: readonly AlertEntry[], keys: readonly string[]): AlertMessage {
  const blocks: KnownBlock[] = [];
  if (entries.length > 1) {
    blocks.push({ type: 'section', block_id: 'alert_heading', text: { type: 'mrkdwn', text: `*${entries.length} reminders falling due*` } });
  }
  entries.forEach((e, i) => {
    if (i > 0) blocks.push({ type: 'divider' });
    blocks.push(...alertItemBlocks(e.item, i));
  });
  const text =
    entries.length === 1
      ? `Reminder: ${fallbackLine(entries[0]!.item)}`
      : `${entries.length} reminders: ${entries.map((e) => fallbackLine(e.item)).join('; ')}`;
  return {
    text: truncate(text, LIMITS.fallbackText),
    blocks,
    metadata: { event_type: ALERT_EVENT_TYPE, event_payload: { keys: keys.join(' ') } },
  };
}

/**
 * The message after someone pressed Done / Snooze on one item: that item's buttons are replaced
 * by a note; the other items of a digest keep theirs. Blocks are taken from the message as Slack
 * sent it back (so this works on messages posted by earlier versions too).
 */
export function replaceItemActions(blocks: readonly KnownBlock[], itemKey: string, note: string): KnownBlock[] {
  return blocks.map((b) => {
    if (b.type !== 'actions') return b;
    const hit = b.elements.some((el) => 'value' in el && el.value === itemKey);
    if (!hit) return b;
    return {
      type: 'context',
      ...(b.block_id ? { block_id: b.block_id } : {}),
      elements: [{ type: 'mrkdwn', text: truncate(note, LIMITS.contextText) }],
    } satisfies KnownBlock;
  });
}

/** A paper in a subscription notice. */
export type NoticePaper = Pick<MatchedPaper, 'file' | 'url' | 'title' | 'committee' | 'meetingDate' | 'page'>;

/** Papers listed in full in one notice; the rest are counted. */
const MAX_NOTICE_PAPERS = 40;

/** One notice for one subscription: every new paper matching it. */
export function renderSubscriptionNotice(query: string, papers: readonly NoticePaper[]): { text: string; blocks: KnownBlock[] } {
  const shown = papers.slice(0, MAX_NOTICE_PAPERS);
  const head = `*${papers.length} new paper${papers.length === 1 ? '' : 's'} matching “${escapeMrkdwn(truncate(query, 200))}”*`;
  const blocks: KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: head } }];
  for (const p of shown) {
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: truncate(
            `• ${sourceLine({ file: p.file, title: p.title, committee: p.committee, council: null, meetingDate: p.meetingDate, agendaItem: null, url: p.url }, p.page)}`,
            LIMITS.contextText,
          ),
        },
      ],
    });
  }
  if (papers.length > shown.length) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `…and ${papers.length - shown.length} more.` }] });
  }
  const names = papers.map((p) => p.title?.trim() || p.file);
  return { text: truncate(`New papers matching “${query}”: ${names.join('; ')}`, LIMITS.fallbackText), blocks };
}
