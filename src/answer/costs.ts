/**
 * Cost summary with no double counting. Pure: relevant amounts and posts in, CostSummary out.
 *  - A stated total wins: a grand-total table cell (total row × total column) or a prose figure
 *    stated as a total ("a total of £…", "overall …").
 *  - Per year: a table's total row read per period column; without a total row, its detail rows
 *    summed per period; prose figures with a period otherwise.
 *  - A total row or column is never added to the cells it sums; the same figure stated in
 *    several places (report, appendix, recommendation) counts once.
 *  - With no stated total, only one table's detail cells (or per-year figures) are added up;
 *    separate prose figures are listed, not summed (they may overlap).
 *  - Funding sources show the most relevant figure stated for each source (not a sum); posts
 *    stated twice (singular/plural title, same FTE and grade) count once.
 */
import type { CostSummary } from './model.ts';
import { STATED_TOTAL_RE } from './signals.ts';
import { tableRefOf, type TableRefLite } from './table-ref.ts';
import type { AmountRow, PostRow } from '../store/facts.ts';
import { terms } from './text.ts';

export interface CostFigure {
  amount: AmountRow;
  /** What the figure contributes to the summary. */
  role: 'total' | 'year' | 'funding' | 'figure';
  /** The financial year a 'year' figure is for ("2024/25"). */
  period?: string;
}

export interface CostResult {
  summary: CostSummary;
  /** The figures the summary used, most important first (for citations). */
  cited: CostFigure[];
}

const SPEND_KINDS = new Set(['cost', 'funding', 'budget', 'overspend']);
const PERIOD_RE = /\b(20\d{2}\s*[/-]\s*\d{2,4}|20\d{2})\b/;

function isTotalColumn(r: TableRefLite): boolean {
  return r.isTotal && /total/i.test(r.columnHeader ?? '');
}
function isTotalRow(r: TableRefLite): boolean {
  return r.isTotal && (/total/i.test(r.rowHeader ?? '') || !/total/i.test(r.columnHeader ?? ''));
}

function periodOf(a: AmountRow, ref: TableRefLite | null): string | null {
  if (ref) return ref.columnHeader && PERIOD_RE.test(ref.columnHeader) ? normalisePeriod(PERIOD_RE.exec(ref.columnHeader)![1]!) : null;
  return a.period && PERIOD_RE.test(a.period) ? normalisePeriod(PERIOD_RE.exec(a.period)![1]!) : null;
}

function normalisePeriod(p: string): string {
  return p.replace(/\s+/g, '').replace('-', '/');
}

/** Amounts in relevance order (best first); posts of the same papers. */
export function summariseCosts(topic: string, amounts: readonly AmountRow[], posts: readonly PostRow[]): CostResult {
  const cited: CostFigure[] = [];
  const spend = amounts.filter((a) => SPEND_KINDS.has(a.kind));
  const pool = spend.length > 0 ? spend : amounts.filter((a) => a.kind !== 'rate');

  // The same figure in several places counts once: prose figures dedupe against everything,
  // table cells are distinct by position.
  const seen = new Set<string>();
  const unique: AmountRow[] = [];
  for (const a of pool) {
    const ref = tableRefOf(a.tableJson);
    const valueKey = `${Math.round(a.value)}|${periodOf(a, ref) ?? ''}`;
    const key = ref ? `${a.partId}|t${ref.table}|${ref.row}|${ref.column}` : valueKey;
    if (seen.has(key) || (!ref && seen.has(`v:${valueKey}`))) continue;
    seen.add(key);
    seen.add(`v:${valueKey}`);
    unique.push(a);
  }

  // Stated totals.
  let total: number | null = null;
  const grand = unique.find((a) => {
    const r = tableRefOf(a.tableJson);
    return r !== null && r.isTotal && /total/i.test(r.columnHeader ?? '') && /total/i.test(r.rowHeader ?? '');
  }) ?? unique.find((a) => {
    // a total row in a table with one column of figures (no per-year columns to add up)
    const r = tableRefOf(a.tableJson);
    return r !== null && isTotalRow(r) && periodOf(a, r) === null && !unique.some((b) => {
      const rb = tableRefOf(b.tableJson);
      return rb !== null && b.partId === a.partId && rb.table === r.table && rb.row === r.row && rb !== r && b !== a;
    });
  });
  const prose = unique.find((a) => !tableRefOf(a.tableJson) && STATED_TOTAL_RE.test(aroundFigure(a)));
  const stated = grand ?? prose;
  if (stated) {
    total = stated.value;
    cited.push({ amount: stated, role: 'total' });
  }

  // Per year.
  const byYear = new Map<string, number>();
  const tables = groupTables(unique);
  const best = tables.find((t) => t.cells.some(({ amount, ref }) => periodOf(amount, ref) !== null));
  if (best) {
    const totalRow = best.cells.filter(({ ref }) => isTotalRow(ref) && !isTotalColumn(ref));
    const rows = totalRow.length > 0 ? totalRow : best.cells.filter(({ ref }) => !ref.isTotal);
    for (const { amount, ref } of rows) {
      const p = periodOf(amount, ref);
      if (!p) continue;
      byYear.set(p, (byYear.get(p) ?? 0) + amount.value);
      cited.push({ amount, role: 'year', period: p });
    }
  }
  if (byYear.size === 0) {
    for (const a of unique) {
      if (tableRefOf(a.tableJson) || a === stated) continue;
      const p = periodOf(a, null);
      if (!p || byYear.has(p)) continue;
      byYear.set(p, a.value);
      cited.push({ amount: a, role: 'year', period: p });
    }
  }
  const parts = unique.filter((a) => {
    const r = tableRefOf(a.tableJson);
    return a !== stated && (r === null || !r.isTotal);
  });
  if (total === null && byYear.size > 1) total = [...byYear.values()].reduce((s, v) => s + v, 0);
  // Otherwise only the detail cells of ONE table add up to a total; separate figures in prose
  // may overlap ("£2m, of which £0.5m …"), so they are listed, never summed.
  const onlyTable = best ?? (tables.length === 1 ? tables[0] : undefined);
  if (total === null && onlyTable) {
    const detail = onlyTable.cells.filter(({ ref }) => !ref.isTotal).map((c) => c.amount);
    if (detail.length > 0) total = detail.reduce((s, a) => s + a.value, 0);
  }
  for (const a of parts) if (!cited.some((c) => c.amount === a)) cited.push({ amount: a, role: 'figure' });

  // Funding sources.
  const funding = new Map<string, { source: string; value: number | null }>();
  for (const a of unique) {
    if (!a.fundingSource) continue;
    const k = a.fundingSource.toLowerCase().trim();
    // The most relevant figure stated for the source: statements about one fund overlap
    // ("£466,000 was allocated … £62,000 has been spent … the remaining £360,000"), so never summed.
    if (!funding.has(k)) funding.set(k, { source: a.fundingSource, value: a.value });
    if (!cited.some((c) => c.amount === a)) cited.push({ amount: a, role: 'funding' });
  }

  // Posts, each once.
  const postSeen = new Set<string>();
  const postList: CostSummary['posts'] = [];
  for (const p of posts) {
    // "Local Area Coordinator" and "Local Area Coordinators", stated twice, are the same posts
    const k = `${terms(p.title).join(' ')}|${p.fte ?? ''}|${(p.grade ?? '').toLowerCase()}`;
    if (postSeen.has(k)) continue;
    postSeen.add(k);
    postList.push({ title: p.title, fte: p.fte, grade: p.grade, cost: p.cost, kind: p.kind, until: p.until });
  }
  const withFte = postList.filter((p) => p.fte !== null);
  const totalFte = withFte.length > 0 ? round2(withFte.reduce((s, p) => s + (p.fte ?? 0), 0)) : null;

  return {
    summary: {
      topic,
      total,
      byYear: [...byYear.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([period, value]) => ({ period, value })),
      fundingSources: [...funding.values()],
      posts: postList,
      totalFte,
    },
    cited,
  };
}

/** The words just before a prose figure ("a total of £2.4m" → "a total of"). */
function aroundFigure(a: AmountRow): string {
  const at = a.context.indexOf(a.text);
  if (at < 0) return a.subject ?? '';
  const before = a.context.slice(Math.max(0, at - 90), at);
  return `${before.slice(Math.max(0, before.search(/[.;:]\s[^.;:]*$/)))} ${a.subject ?? ''}`;
}

function groupTables(amounts: readonly AmountRow[]): Array<{ key: string; cells: Array<{ amount: AmountRow; ref: TableRefLite }> }> {
  const out = new Map<string, Array<{ amount: AmountRow; ref: TableRefLite }>>();
  for (const a of amounts) {
    const ref = tableRefOf(a.tableJson);
    if (!ref) continue;
    const key = `${a.partId}|${ref.table}`;
    const list = out.get(key) ?? [];
    list.push({ amount: a, ref });
    out.set(key, list);
  }
  return [...out.entries()].map(([key, cells]) => ({ key, cells }));
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
