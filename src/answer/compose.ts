/**
 * Ranked candidates → Answer. Only strong candidates (rank.ts isStrong) become items; weak or
 * absent evidence gives found:false with a plain "nothing found" and the nearest topics. Every
 * item keeps its source (title · committee · meeting date · agenda item · page · paragraph).
 */
import type { Answer, AnswerItem } from './model.ts';
import type { Snapshot, Unit } from './corpus.ts';
import { sourceOf } from './corpus.ts';
import type { Understanding } from './understand.ts';
import { expansionLabels, isTopicless } from './understand.ts';
import { financialYears } from './question-refs.ts';
import { isStrong, type Scored } from './rank.ts';
import { isContact } from './signals.ts';
import { CONTACT_RE } from '../../ingest/parse/contact-block.ts';
import type { Retrieved } from './retrieve.ts';
import { summariseCosts } from './costs.ts';
import { normaliseText } from './text.ts';
import { describeItem, formatMoney, sourceLine } from './format.ts';

export interface ComposeOptions {
  limit: number;
  offset: number;
  now: Date;
  /** Always attach a cost summary (papers costs). */
  costs: boolean;
}

export function toItem(s: Scored): AnswerItem {
  const u = s.unit;
  const item: AnswerItem = {
    kind: u.kind,
    text: u.text,
    status: u.status,
    value: u.value,
    document: sourceOf(u.part),
    page: u.page,
    paragraph: u.paragraph,
    score: Math.round(s.score * 1000) / 1000,
  };
  if (Object.keys(u.extra).length > 0) item.extra = { ...u.extra };
  return item;
}

/** Strong candidates, duplicates removed (same text; a paragraph restating a fact). */
export function selectStrong(scored: readonly Scored[]): Scored[] {
  const out: Scored[] = [];
  const seen = new Set<string>();
  // each text normalised once (the overlap check compares against every kept item)
  const norms = new Map<Scored, string>();
  const normOf = (s: Scored): string => {
    let n = norms.get(s);
    if (n === undefined) norms.set(s, (n = normaliseText(s.unit.text)));
    return n;
  };
  for (const s of scored) {
    if (!isStrong(s)) continue;
    const norm = normOf(s);
    const key = s.unit.kind === 'amount' ? `${s.unit.value}|${s.unit.extra.period ?? ''}|${norm}` : norm.slice(0, 200);
    if (seen.has(key)) continue;
    if (s.unit.kind === 'paragraph' && out.some((o) => o.unit.part.id === s.unit.part.id && o.unit.kind !== 'paragraph' && overlaps(norm, normOf(o)))) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}

function overlaps(a: string, b: string): boolean {
  if (a.length < 20 || b.length < 20) return false;
  return a.includes(b.slice(0, Math.min(b.length, 120))) || b.includes(a.slice(0, Math.min(a.length, 120)));
}

/** Agenda items every meeting has: listed after the business of the meeting. */
const ROUTINE_ITEM =
  /^\s*(?:\d+\.?\s*)?(?:apologies(?: for absence)?(?: and substitutes)?|declarations? of (?:members'? )?interests?|(?:approval of )?(?:the )?minutes of the (?:previous )?meeting.*|exclusion of (?:the )?(?:press and )?public|motion to exclude.*|(?:date of )?(?:the )?next meeting|any other (?:urgent )?business|urgent business|chairman's announcements|chair's announcements)\s*[.:]?\s*$/i;

export function compose(q: Understanding, r: Retrieved, snap: Snapshot, opts: ComposeOptions): Answer {
  const base = {
    question: q.question,
    intent: q.intent,
    expansions: expansionLabels(q),
    filters: q.filters.labels,
  };
  const topicless = isTopicless(q);
  let strong = selectStrong(r.scored);
  const today = opts.now.toISOString().slice(0, 10);

  if (q.intent === 'work-programme' && (q.upcoming || topicless)) {
    // work-programme items and, for a topicless question, the agendas' numbered items, by
    // meeting date (an agenda's items in their order)
    const isAgendaItem = (s: Scored): boolean => topicless && s.unit.kind === 'paragraph' && s.unit.part.type === 'agenda' && s.unit.paragraph !== null;
    const wp = strong.filter((s) => s.unit.kind === 'work-programme' || isAgendaItem(s));
    // "is the revised ISS coming back at the next meeting?": a report promised for a date still to
    // come answers it as well as a work-programme line
    // (a decision and the promise read from it share a text: the one shown takes the promise's date)
    const stillDue = (due: string | undefined): boolean => due !== undefined && due >= today.slice(0, due.length);
    const dues = new Map(r.scored.filter((s) => s.unit.kind === 'commitment' && isStrong(s) && stillDue(s.unit.extra.due)).map((s) => [s.unit.text, s.unit.extra.due!] as const));
    const dateOf = (s: Scored): string | null => dues.get(s.unit.text) ?? s.unit.date;
    const promised = !topicless && q.upcoming ? strong.filter((s) => s.unit.kind !== 'work-programme' && dues.has(s.unit.text)) : [];
    const upcoming = [...(q.upcoming ? wp.filter((s) => (s.unit.date ?? '') >= today) : wp), ...promised];
    const routine = (s: Scored): number => (isAgendaItem(s) && ROUTINE_ITEM.test(s.unit.text) ? 1 : 0);
    upcoming.sort(
      (a, b) =>
        (dateOf(a) ?? '9999').localeCompare(dateOf(b) ?? '9999') ||
        Number(isAgendaItem(b)) - Number(isAgendaItem(a)) ||
        routine(a) - routine(b) ||
        (isAgendaItem(a) && isAgendaItem(b) ? a.unit.part.id - b.unit.part.id || a.unit.id - b.unit.id : b.score - a.score),
    );
    strong = upcoming;
  } else if (topicless) {
    // "What did Cabinet decide last February?": no topic, but filters narrow it to a meeting.
    strong = q.filters.labels.length > 0 ? strong.sort((a, b) => (b.unit.part.meetingDate ?? '').localeCompare(a.unit.part.meetingDate ?? '') || b.score - a.score) : [];
  }

  if (strong.length === 0) return notFound(q, r, snap, base, topicless);

  const costs = q.intent === 'cost' || opts.costs ? costSummary(q, strong, opts.costs ? quoted(q.question) : null) : null;
  const items = (costs?.ordered ?? strong).slice(opts.offset, opts.offset + opts.limit).map(toItem);
  if (items.length === 0) return notFound(q, r, snap, base, topicless);
  const lines: string[] = [];
  if (costs) lines.push(...costs.lines);
  if (q.intent === 'who') lines.push(...whoLines(strong.slice(0, 3).map((s) => s.unit)));
  if (q.intent === 'posts') {
    const posts = strong.filter((s) => s.unit.kind === 'post');
    if (posts.length > 0) {
      // The same post restated (purpose, recommendation, HR implications) is counted once.
      const counted = new Set<string>();
      const fte = posts.reduce((n, s) => {
        const k = `${s.unit.part.id}|${(s.unit.extra.title ?? '').toLowerCase()}|${s.unit.value}|${s.unit.status ?? ''}`;
        if (counted.has(k)) return n;
        counted.add(k);
        return n + (s.unit.value ?? 0);
      }, 0);
      lines.push(`${posts.length} post${posts.length === 1 ? '' : 's'} found${fte > 0 ? ` (${Math.round(fte * 100) / 100} FTE in total)` : ''}:`);
    }
  }
  for (const it of items.slice(0, 3)) lines.push(`${describeItem(it)}\n  ${sourceLine(it)}`);
  if (strong.length > items.length + opts.offset) lines.push(`(${strong.length - items.length - opts.offset} more)`);
  return {
    ...base,
    found: true,
    answer: lines.join('\n'),
    items,
    suggestions: [],
    costs: costs?.summary ?? null,
  };
}

function costSummary(q: Understanding, strong: Scored[], topicAsGiven: string | null): { summary: Answer['costs']; lines: string[]; ordered: Scored[] } | null {
  const amounts = strong.filter((s) => s.unit.kind === 'amount' && s.unit.amount);
  if (amounts.length === 0) return null;
  const bestRel = amounts[0]!.relevance;
  const parts: number[] = [];
  for (const s of amounts) {
    if (parts.length >= 3) break;
    if (s.relevance >= bestRel - 0.1 && !parts.includes(s.unit.part.id)) parts.push(s.unit.part.id);
  }
  const inParts = (s: Scored): boolean => parts.includes(s.unit.part.id);
  const topic = topicAsGiven ?? q.concepts.filter((c) => c.required).map((c) => c.label).join(' ');
  const result = summariseCosts(
    topic,
    amounts.filter(inParts).map((s) => s.unit.amount!),
    strong.filter((s) => s.unit.kind === 'post' && s.unit.post && inParts(s)).map((s) => s.unit.post!),
  );
  const sm = result.summary;
  const lines: string[] = [];
  const cite = (id: number): string => {
    const s = amounts.find((a) => a.unit.amount!.id === id);
    return s ? `, p.${s.unit.page}${s.unit.paragraph ? `, para ${s.unit.paragraph}` : ''}` : '';
  };
  const totalFig = result.cited.find((c) => c.role === 'total');
  // "… in 2024/25": that year's figure is the answer; the whole-period total follows it.
  const askedYears = q.periods.length === 0 ? [] : sm.byYear.filter((y) => financialYears(y.period).some((p) => q.periods.includes(p)));
  for (const y of askedYears) {
    const figs = result.cited.filter((c) => c.role === 'year' && c.period === y.period);
    lines.push(`${y.period}: ${formatMoney(y.value)}${figs.length === 1 ? ` (${figs[0]!.amount.text}${cite(figs[0]!.amount.id)})` : figs.length > 1 ? ` (sum of ${figs.length} figures)` : ''}`);
  }
  if (sm.total !== null) lines.push(`Total: ${formatMoney(sm.total)}${totalFig ? ` (stated total${cite(totalFig.amount.id)})` : ' (sum of the figures below, each counted once)'}`);
  if (sm.byYear.length > 0) lines.push(`By year: ${sm.byYear.map((y) => `${y.period} ${formatMoney(y.value)}`).join('; ')}`);
  if (sm.fundingSources.length > 0) lines.push(`Funding: ${sm.fundingSources.map((f) => `${f.source}${f.value !== null ? ` ${formatMoney(f.value)}` : ''}`).join('; ')}`);
  if (sm.posts.length > 0) lines.push(`Posts: ${sm.posts.length}${sm.totalFte !== null ? ` (${sm.totalFte} FTE)` : ''}`);
  // Cited figures first, then the rest in rank order.
  const citedIds = new Set(result.cited.map((c) => c.amount.id));
  const ordered = [
    ...amounts.filter((s) => citedIds.has(s.unit.amount!.id)),
    ...strong.filter((s) => !(s.unit.kind === 'amount' && citedIds.has(s.unit.amount!.id))),
  ];
  // The same figure stated twice (a prose total and the table's grand total) is listed once.
  const shown = new Set<string>();
  for (let i = 0; i < ordered.length; i++) {
    const u = ordered[i]!.unit;
    if (u.kind !== 'amount') continue;
    const k = `${u.part.id}|${u.value}|${u.extra.period ?? ''}`;
    if (shown.has(k)) ordered.splice(i--, 1);
    else shown.add(k);
  }
  // Keep the best-ranked item on top: the cited figures follow it.
  if (topicAsGiven !== null) return { summary: sm, lines, ordered };
  // "How much …": a stated total from the best-matching paper is the headline figure.
  const statedTotal = totalFig ? amounts.find((a) => a.unit.amount!.id === totalFig.amount.id) : undefined;
  // …unless the question names a year and the best-ranked figure is for other years: then the
  // summary's figure for the asked year, else the best-ranked one stated for it.
  const forAsked = (a: Scored): boolean => financialYears(a.unit.extra.period ?? '').some((p) => q.periods.includes(p));
  const yearIds = new Set(result.cited.filter((c) => c.role === 'year' && askedYears.some((y) => y.period === c.period)).map((c) => c.amount.id));
  // (a best figure that names no other year is taken to be for the year its paper is about)
  const otherYear = (a: Scored): boolean => financialYears(a.unit.text).some((p) => !q.periods.includes(p));
  const best = strong[0]!;
  const yearFig =
    q.periods.length === 0 || (best.unit.kind === 'amount' && (forAsked(best) || !otherYear(best)))
      ? undefined
      : (yearIds.size === 1 ? amounts.find((a) => yearIds.has(a.unit.amount!.id)) : undefined) ?? amounts.find(forAsked);
  const top = yearFig ?? (statedTotal && statedTotal.relevance >= strong[0]!.relevance - 0.1 ? statedTotal : strong[0]!);
  const reordered = [top, ...ordered.filter((s) => s !== top)];
  return { summary: sm, lines, ordered: reordered };
}

function whoLines(units: Unit[]): string[] {
  const out: string[] = [];
  for (const u of units) {
    // a contact block names the person itself ("Lead Officer: Sharon Thompson – Head of …")
    const contact = isContact(u) ? `${u.extra.section && !CONTACT_RE.test(u.text) ? `${u.extra.section}: ` : ''}${u.text.replace(/\s+/g, ' ').trim()}`.slice(0, 160) : null;
    const who = contact ?? u.extra.leadOfficer ?? u.extra.author ?? u.part.author;
    if (!who) continue;
    const line = `${who} — ${u.part.title ?? u.part.file}`;
    if (!out.includes(line)) out.push(line);
  }
  return out;
}

function notFound(
  q: Understanding,
  r: Retrieved,
  snap: Snapshot,
  base: Pick<Answer, 'question' | 'intent' | 'expansions' | 'filters'>,
  topicless: boolean,
): Answer {
  const where = q.filters.labels.length > 0 ? ` (${q.filters.labels.join('; ')})` : '';
  const what = topicless
    ? q.intent === 'work-programme' && q.upcoming
      ? 'No upcoming work-programme items were found in the papers'
      : 'Nothing was found: the question names no topic to look for'
    : `Nothing was found in the papers for “${quoted(q.question)}”`;
  const suggestions = suggest(r, snap);
  const answer = `${what}${where}.${suggestions.length > 0 ? ` Nearest topics: ${suggestions.join('; ')}.` : ''}`;
  return { ...base, found: false, answer, items: [], suggestions, costs: null };
}

/** Titles of the papers the weak candidates came from; else the most recent papers' titles. */
function suggest(r: Retrieved, snap: Snapshot): string[] {
  const out: string[] = [];
  const byRelevance = [...r.scored].sort((a, b) => b.relevance - a.relevance);
  for (const s of byRelevance) {
    const t = s.unit.part.title?.trim();
    if (t && !out.includes(t)) out.push(t);
    if (out.length >= 3) return out;
  }
  const recent = [...snap.parts.values()]
    .filter((p) => p.title && p.type === 'report')
    .sort((a, b) => (b.meetingDate ?? '').localeCompare(a.meetingDate ?? ''));
  for (const p of recent) {
    if (!out.includes(p.title!)) out.push(p.title!);
    if (out.length >= 3) break;
  }
  return out;
}

/** The question as quoted back in an answer: one line, at most ~160 characters. */
export function quoted(question: string): string {
  const flat = question.replace(/\s+/g, ' ').trim();
  if (flat.length <= 160) return flat;
  const cut = flat.slice(0, 160);
  const space = cut.lastIndexOf(' ');
  return `${(space > 100 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
