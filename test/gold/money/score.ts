/**
 * Scorer for the money gold files (test/gold/money/*.json): amounts, posts and work-programme
 * items found by the pipeline against the ones read off the papers.
 * Amounts match on value + page + normalised printed text; posts on page + FTE + title;
 * work-programme items on meeting date + title. Matching is one-to-one (a multiset).
 */
import type { Amount, AmountKind, Post, WorkProgrammeItem } from '../../../ingest/model.ts';

export interface GoldAmount {
  page: number;
  text: string;
  value: number;
  kind: AmountKind;
  subject?: string;
  period?: string;
  fundingSource?: string;
  isTotal?: boolean;
}
export interface GoldPost {
  page: number;
  title: string;
  fte: number | null;
  grade?: string;
  kind?: Post['kind'];
  until?: string;
  action?: Post['action'];
  cost?: number;
}
export interface GoldFile {
  file: string;
  note?: string;
  amounts: GoldAmount[];
  posts: GoldPost[];
  workProgramme: WorkProgrammeItem[];
}

export interface PR {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export function pr(tp: number, found: number, gold: number): PR {
  return { tp, fp: found - tp, fn: gold - tp, precision: found ? tp / found : 1, recall: gold ? tp / gold : 1 };
}

export function normText(t: string): string {
  return t.toLowerCase().replace(/\s+/g, '').replace(/^c\.?(?=£)/, '').replace(/[£+]/g, '').replace(/\*+$/, '');
}

function near(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const x = a.toLowerCase().replace(/\s+/g, ' ').trim();
  const y = b.toLowerCase().replace(/\s+/g, ' ').trim();
  return x.includes(y) || y.includes(x);
}

function normPeriod(p: string | null | undefined): string | null {
  return p ? p.replace(/[/–]/g, '-') : null;
}

/** One-to-one matching: each gold item takes the first unused found item that `same` accepts. */
export function match<G, F>(gold: G[], found: F[], same: (g: G, f: F) => boolean): Array<[G, F | null]> {
  const used = new Set<number>();
  return gold.map((g) => {
    const i = found.findIndex((f, k) => !used.has(k) && same(g, f));
    if (i < 0) return [g, null];
    used.add(i);
    return [g, found[i]!];
  });
}

export interface AmountScore {
  overall: PR;
  byKind: Record<string, PR>;
  fields: Record<'kind' | 'subject' | 'period' | 'fundingSource' | 'isTotal', { right: number; of: number }>;
  missed: GoldAmount[];
  extra: Amount[];
}

export function scoreAmounts(gold: GoldAmount[], found: Amount[]): AmountScore {
  const pairs = match(gold, found, (g, f) => f.page === g.page && Math.abs(f.value - g.value) < 0.5 && normText(f.text) === normText(g.text));
  const matched = new Set(pairs.map(([, f]) => f).filter((f): f is Amount => f !== null));
  const tp = matched.size;
  const kinds = new Set<string>([...gold.map((g) => g.kind), ...found.map((f) => f.kind)]);
  const byKind: Record<string, PR> = {};
  for (const k of kinds) {
    const right = pairs.filter(([g, f]) => f && g.kind === k && f.kind === k).length;
    byKind[k] = pr(right, found.filter((f) => f.kind === k).length, gold.filter((g) => g.kind === k).length);
  }
  const fields: AmountScore['fields'] = {
    kind: { right: 0, of: 0 },
    subject: { right: 0, of: 0 },
    period: { right: 0, of: 0 },
    fundingSource: { right: 0, of: 0 },
    isTotal: { right: 0, of: 0 },
  };
  for (const [g, f] of pairs) {
    if (!f) continue;
    fields.kind.of++;
    if (f.kind === g.kind) fields.kind.right++;
    if (g.subject) {
      fields.subject.of++;
      if (near(f.subject, g.subject)) fields.subject.right++;
    }
    if (g.period) {
      fields.period.of++;
      if (normPeriod(f.period) === normPeriod(g.period)) fields.period.right++;
    }
    if (g.fundingSource) {
      fields.fundingSource.of++;
      if (near(f.fundingSource, g.fundingSource)) fields.fundingSource.right++;
    }
    if (g.isTotal) {
      fields.isTotal.of++;
      if (f.table?.isTotal) fields.isTotal.right++;
    }
  }
  return {
    overall: pr(tp, found.length, gold.length),
    byKind,
    fields,
    missed: pairs.filter(([, f]) => !f).map(([g]) => g),
    extra: found.filter((f) => !matched.has(f)),
  };
}

function normTitle(t: string): string {
  return t.replace(/\s*\([A-Z]{2,6}\)/g, '').replace(/\s+[-–]\s+/g, ' ').toLowerCase().replace(/\s+/g, ' ').trim().replace(/s\b/g, '');
}

export interface PostScore {
  overall: PR;
  fields: Record<'grade' | 'kind' | 'until' | 'action' | 'cost', { right: number; of: number }>;
  missed: GoldPost[];
  extra: Post[];
}

export function scorePosts(gold: GoldPost[], found: Post[]): PostScore {
  const pairs = match(gold, found, (g, f) => f.page === g.page && f.fte === g.fte && normTitle(f.title) === normTitle(g.title));
  const matched = new Set(pairs.map(([, f]) => f).filter((f): f is Post => f !== null));
  const fields: PostScore['fields'] = {
    grade: { right: 0, of: 0 },
    kind: { right: 0, of: 0 },
    until: { right: 0, of: 0 },
    action: { right: 0, of: 0 },
    cost: { right: 0, of: 0 },
  };
  for (const [g, f] of pairs) {
    if (!f) continue;
    for (const k of ['grade', 'kind', 'until', 'action', 'cost'] as const) {
      if (g[k] === undefined) continue;
      fields[k].of++;
      if (f[k] === g[k]) fields[k].right++;
    }
  }
  return { overall: pr(matched.size, found.length, gold.length), fields, missed: pairs.filter(([, f]) => !f).map(([g]) => g), extra: found.filter((f) => !matched.has(f)) };
}

export interface WorkProgrammeScore {
  overall: PR;
  /** Items whose every field (summary, lead officer, author, page) equals the gold. */
  exact: number;
  missed: WorkProgrammeItem[];
}

export function scoreWorkProgramme(gold: WorkProgrammeItem[], found: WorkProgrammeItem[]): WorkProgrammeScore {
  const pairs = match(gold, found, (g, f) => f.meetingDate === g.meetingDate && f.title === g.title);
  const tp = pairs.filter(([, f]) => f).length;
  const exact = pairs.filter(([g, f]) => f && f.summary === g.summary && f.leadOfficer === g.leadOfficer && f.author === g.author && f.page === g.page).length;
  return { overall: pr(tp, found.length, gold.length), exact, missed: pairs.filter(([, f]) => !f).map(([g]) => g) };
}
