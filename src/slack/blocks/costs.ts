/**
 * A cost summary as Block Kit: totals and years as section fields (10 per section), funding
 * sources likewise, posts as a preformatted list. Never a markdown table (Slack has none).
 */
import type { KnownBlock, MrkdwnElement, SectionBlock } from '@slack/types';
import type { CostSummary } from '../../answer/model.ts';
import { LIMITS, truncate } from './limits.ts';
import { escapeMrkdwn, money } from './mrkdwn.ts';

function field(label: string, value: string): MrkdwnElement {
  return { type: 'mrkdwn', text: truncate(`*${escapeMrkdwn(label)}*\n${value}`, LIMITS.fieldText) };
}

/** Sections of at most 10 fields each. */
function fieldSections(fields: MrkdwnElement[], title?: string): SectionBlock[] {
  const out: SectionBlock[] = [];
  for (let i = 0; i < fields.length; i += LIMITS.sectionFields) {
    const chunk = fields.slice(i, i + LIMITS.sectionFields);
    const block: SectionBlock = { type: 'section', fields: chunk };
    if (i === 0 && title) block.text = { type: 'mrkdwn', text: truncate(title, LIMITS.sectionText) };
    out.push(block);
  }
  return out;
}

function fte(n: number): string {
  return `${Number.isInteger(n) ? n : n.toFixed(2).replace(/0$/, '')} FTE`;
}

export function postLine(p: CostSummary['posts'][number]): string {
  const bits = [p.title];
  if (p.fte !== null) bits.push(fte(p.fte));
  if (p.grade) bits.push(p.grade);
  if (p.cost !== null) bits.push(money(p.cost));
  if (p.kind) bits.push(p.kind);
  if (p.until) bits.push(`until ${p.until}`);
  return bits.join(' · ');
}

export function renderCostBlocks(costs: CostSummary): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  const head: MrkdwnElement[] = [];
  if (costs.total !== null) head.push(field('Total', money(costs.total)));
  if (costs.totalFte !== null) head.push(field('Posts', fte(costs.totalFte)));
  for (const y of costs.byYear) head.push(field(y.period, money(y.value)));
  if (head.length > 0) blocks.push(...fieldSections(head, `*Costs: ${escapeMrkdwn(costs.topic)}*`));

  const funding = costs.fundingSources.map((f) => field(f.source, f.value === null ? 'amount not stated' : money(f.value)));
  if (funding.length > 0) blocks.push(...fieldSections(funding, '*Funding*'));

  if (costs.posts.length > 0) {
    const lines = costs.posts.map(postLine);
    const body = truncate(escapeMrkdwn(lines.join('\n')), LIMITS.sectionText - 20);
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*Posts*\n\`\`\`${body}\`\`\`` } });
  }
  return blocks;
}

/** Plain-text cost summary for the notification fallback. */
export function costsFallback(costs: CostSummary): string {
  const bits: string[] = [];
  if (costs.total !== null) bits.push(`Total ${money(costs.total)}`);
  if (costs.totalFte !== null) bits.push(fte(costs.totalFte));
  return bits.join(', ');
}
