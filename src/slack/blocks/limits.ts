/**
 * Block Kit limits (from @slack/types' documentation of each field) and the helpers that keep a
 * rendered message inside them: text is cut with "…", never rejected by Slack.
 */
import type { KnownBlock } from '@slack/types';

export const LIMITS = {
  /** Blocks in one message. */
  messageBlocks: 50,
  /** Blocks in a Home tab view. */
  homeBlocks: 100,
  /** section.text */
  sectionText: 3000,
  /** section.fields: at most 10, each at most 2,000 characters. */
  sectionFields: 10,
  fieldText: 2000,
  /** Elements in one context block. */
  contextElements: 10,
  /** Text of one context element (a context block has no documented limit per element; keep it short). */
  contextText: 2000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  /** The top-level `text` fallback (notifications, screen readers). */
  fallbackText: 3000,
} as const;

/** Cuts `text` to at most `max` characters (by code point), ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`;
}

/**
 * Keeps at most `max` blocks: the first ones in order, then `tail` (kept whole, e.g. the buttons),
 * with a context line saying how many were left out when some were.
 */
export function fitBlocks(body: KnownBlock[], tail: KnownBlock[], max: number, leftOutNote: (n: number) => string): KnownBlock[] {
  if (body.length + tail.length <= max) return [...body, ...tail];
  const room = Math.max(0, max - tail.length - 1);
  const kept = body.slice(0, room);
  // Do not leave a section without its source line: drop a trailing lone section.
  const last = kept[kept.length - 1];
  if (last && last.type === 'section' && body[room]?.type === 'context') kept.pop();
  const note: KnownBlock = {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: truncate(leftOutNote(body.length - kept.length), LIMITS.contextText) }],
  };
  return [...kept, note, ...tail];
}
