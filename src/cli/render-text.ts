/**
 * Answer → terminal text: the answer line(s), then each item quoted with its status and a source
 * line; a cost summary as an aligned table. Plain text only (no colour codes), so it pipes well.
 */
import type { Answer, AnswerItem, CostSummary } from '../answer/model.ts';
import { describeItem, formatDate, formatMoney, sourceLine } from '../answer/format.ts';

export function renderAnswer(a: Answer): string {
  const out: string[] = [];
  if (a.expansions.length > 0) out.push(`(${a.expansions.join('; ')})`);
  if (a.filters.length > 0) out.push(`(filters: ${a.filters.join('; ')})`);
  if (!a.found) {
    out.push(a.answer);
    return out.join('\n');
  }
  if (a.costs) out.push(renderCostTable(a.costs), '');
  out.push(a.items.length === 1 ? 'From the papers:' : `From the papers (${a.items.length} items, best first):`);
  a.items.forEach((item, i) => out.push(renderItem(item, i + 1)));
  return out.join('\n');
}

export function renderItem(item: AnswerItem, n: number): string {
  const quote = describeItem(item, 600);
  return `\n${n}. ${quote}\n   ${sourceLine(item)}`;
}

/** Two aligned columns: what, and the amount in pounds (right-aligned). */
export function renderCostTable(c: CostSummary): string {
  const rows: Array<[string, string]> = [];
  if (c.total !== null) rows.push(['Total', formatMoney(c.total)]);
  for (const y of c.byYear) rows.push([`  ${y.period}`, formatMoney(y.value)]);
  for (const f of c.fundingSources) rows.push([`Funding: ${f.source}`, f.value === null ? '' : formatMoney(f.value)]);
  for (const p of c.posts) {
    const bits = [p.fte !== null ? `${p.fte} FTE` : null, p.grade, p.kind, p.until ? `until ${formatDate(p.until)}` : null].filter(Boolean);
    rows.push([`Post: ${p.title}${bits.length ? ` (${bits.join(', ')})` : ''}`, p.cost === null ? '' : formatMoney(p.cost)]);
  }
  if (c.totalFte !== null) rows.push(['Posts in total (FTE)', String(c.totalFte)]);
  if (rows.length === 0) return `Costs for ${c.topic}: no figures found.`;
  const w1 = Math.max(...rows.map((r) => r[0].length));
  const w2 = Math.max(...rows.map((r) => r[1].length));
  const lines = rows.map(([a, b]) => `${a.padEnd(w1)}  ${b.padStart(w2)}`);
  return [`Costs: ${c.topic}`, '-'.repeat(w1 + w2 + 2), ...lines].join('\n');
}
