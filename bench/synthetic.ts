/**
 * Synthetic corpus generator: scales the real papers to 10,000+ by recombining real shapes
 * (paragraphs, recommendations, resolutions, amounts, posts, commitments, work-programme items,
 * acronyms, tables — see shapes.ts) under varied councils, committees, subjects, amounts and
 * meeting dates spread over ten years. Deterministic: the same pool and seed give the same
 * Documents, and document i depends only on (seed, i), so any slice can be generated alone.
 */
import { createHash } from 'node:crypto';
import type {
  Acronym,
  Amount,
  Commitment,
  Document,
  Paragraph,
  Part,
  PartType,
  Post,
  Recommendation,
  Resolution,
  Table,
  WorkProgrammeItem,
} from '../ingest/model.ts';
import { createRng, type Rng } from './prng.ts';
import { rewrite, scaleValue, shiftIsoYears, type Subject } from './rewrite.ts';
import type { PartTemplate, ShapePool } from './shapes.ts';
import { COMMITTEES, COUNCILS, FIRST_YEAR, LAST_YEAR, FUNDING_SOURCES, GRADES, OFFICERS, POST_TITLES, SECTIONS, TEAMS, TOPICS, type Topic } from './vocabulary.ts';

/** The real papers the shapes come from are dated around here; their years shift relative to it. */
const SOURCE_YEAR = 2025;
/** Cap on a part's paragraphs (the biggest real packs run to several hundred). */
const MAX_PARAGRAPHS = 220;

export interface SyntheticOptions {
  seed: number;
}

interface DocPlan {
  council: string;
  committee: string;
  meetingDate: string;
  topic: Topic;
  subject: Subject;
}

const DOC_KINDS: ReadonlyArray<[PartType[], number]> = [
  [['report'], 50],
  [['minutes'], 12],
  [['appendix'], 10],
  [['agenda'], 7],
  [['decision-record'], 7],
  [['work-programme'], 6],
  [['agenda', 'report', 'report', 'appendix', 'minutes'], 5],
  [['report', 'appendix'], 3],
];
const KIND_TOTAL = DOC_KINDS.reduce((s, [, w]) => s + w, 0);

function pickKind(rng: Rng): PartType[] {
  let r = rng.next() * KIND_TOTAL;
  for (const [kind, w] of DOC_KINDS) {
    r -= w;
    if (r < 0) return kind;
  }
  return DOC_KINDS[0]![0];
}

function isoDate(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A weekday in the ten-year window. */
function meetingDate(rng: Rng): string {
  const start = Date.UTC(FIRST_YEAR, 0, 1);
  const days = Math.floor((Date.UTC(LAST_YEAR, 11, 31) - start) / 86_400_000);
  let t = start + rng.int(0, days) * 86_400_000;
  const dow = new Date(t).getUTCDay();
  if (dow === 0) t += 86_400_000;
  if (dow === 6) t -= 86_400_000;
  const d = new Date(t);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${LONG_MONTHS[m - 1]} ${y}`;
}

function slug(s: string): string {
  return s.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '').slice(0, 60);
}

function planDocument(pool: ShapePool, rng: Rng): DocPlan {
  const council = rng.pick(COUNCILS);
  const topic = rng.pick(TOPICS);
  const date = meetingDate(rng);
  const scale = [0.1, 0.25, 0.5, 1, 1, 2, 3, 5, 10][rng.int(0, 8)]! * (0.8 + rng.next() * 0.4);
  return {
    council,
    committee: rng.pick(COMMITTEES),
    meetingDate: date,
    topic,
    subject: {
      council,
      realCouncils: pool.councils,
      topic: topic.name,
      acronym: topic.acronym,
      scale: Math.round(scale * 1000) / 1000,
      yearShift: Number(date.slice(0, 4)) - SOURCE_YEAR,
    },
  };
}

function titleFor(type: PartType, plan: DocPlan, rng: Rng): string {
  switch (type) {
    case 'minutes':
      return `Minutes of the meeting held on ${longDate(plan.meetingDate)}`;
    case 'agenda':
      return `Agenda - ${plan.committee} - ${longDate(plan.meetingDate)}`;
    case 'work-programme':
      return `${plan.committee} Work Programme ${plan.meetingDate.slice(0, 4)}`;
    case 'decision-record':
      return `Record of Decision - ${plan.topic.name}`;
    case 'appendix':
      return `Appendix ${String.fromCharCode(65 + rng.int(0, 7))} - ${plan.topic.name}`;
    default:
      return `${plan.topic.name}${rng.pick(['', ' - Update', ' - Decision', ' - Annual Report', ' - Proposed Changes', ' - Consultation Outcome', ' - Contract Award'])}`;
  }
}

function pickTemplate(pool: ShapePool, type: PartType, rng: Rng): PartTemplate {
  const same = pool.templates.filter((t) => t.type === type && t.paragraphs > 0);
  return rng.pick(same.length > 0 ? same : pool.templates);
}

/** How many facts of each kind a part of this type carries (beside what its template had). */
function factCounts(type: PartType, rng: Rng) {
  const report = type === 'report' || type === 'decision-record';
  return {
    recommendations: report ? rng.int(1, 6) : type === 'agenda' ? 0 : rng.int(0, 1),
    resolutions: type === 'minutes' ? rng.int(3, 12) : type === 'decision-record' ? rng.int(1, 3) : 0,
    amounts: report || type === 'appendix' ? rng.int(0, 14) : type === 'minutes' ? rng.int(0, 3) : 0,
    posts: report && rng.chance(0.3) ? rng.int(1, 5) : 0,
    commitments: report || type === 'minutes' ? rng.int(0, 3) : 0,
    workProgramme: type === 'work-programme' ? rng.int(6, 25) : 0,
    acronyms: report || type === 'appendix' ? rng.int(0, 4) : 0,
    tables: type === 'appendix' ? rng.int(1, 4) : report && rng.chance(0.4) ? rng.int(1, 2) : 0,
  };
}

interface PartCtx {
  plan: DocPlan;
  rng: Rng;
  firstPage: number;
  lastPage: number;
  paragraphNumbers: string[];
}

function pageIn(ctx: PartCtx): number {
  return ctx.rng.int(ctx.firstPage, ctx.lastPage);
}
function paraRef(ctx: PartCtx): string | null {
  return ctx.paragraphNumbers.length > 0 && ctx.rng.chance(0.8) ? ctx.rng.pick(ctx.paragraphNumbers) : null;
}
function rw(ctx: PartCtx, text: string, swap = true): string {
  return rewrite(text, ctx.plan.subject, swap);
}
function futureDate(ctx: PartCtx, minDays: number, maxDays: number): string {
  return addDays(ctx.plan.meetingDate, ctx.rng.int(minDays, maxDays));
}

function synthParagraphs(pool: ShapePool, tpl: PartTemplate, ctx: PartCtx): Paragraph[] {
  const { rng } = ctx;
  const n = Math.max(3, Math.min(MAX_PARAGRAPHS, Math.round(tpl.paragraphs * (0.7 + rng.next() * 0.6))));
  const sections = tpl.sections.length > 0 ? tpl.sections : SECTIONS;
  const span = ctx.lastPage - ctx.firstPage + 1;
  const out: Paragraph[] = [];
  let sectionIdx = 0;
  let inSection = 0;
  const perSection = Math.max(2, Math.ceil(n / sections.length));
  const topicLead = `This report concerns the ${ctx.plan.topic.name}${ctx.plan.topic.acronym ? ` (${ctx.plan.topic.acronym})` : ''} for ${ctx.plan.council}.`;
  for (let i = 0; i < n; i++) {
    if (inSection >= perSection && sectionIdx < sections.length - 1) {
      sectionIdx++;
      inSection = 0;
    }
    inSection++;
    const src = rng.pick(pool.paragraphs);
    const number = src.number === null && rng.chance(0.7) ? null : `${sectionIdx + 1}.${inSection}`;
    const text = i === 0 ? `${topicLead} ${rw(ctx, src.text, false)}` : rw(ctx, src.text, rng.chance(0.35));
    out.push({
      number,
      page: ctx.firstPage + Math.min(span - 1, Math.floor((i * span) / n)),
      section: sections[sectionIdx] ?? null,
      text,
    });
  }
  ctx.paragraphNumbers = out.map((p) => p.number).filter((x): x is string => x !== null);
  return out;
}

function synthRecommendation(pool: ShapePool, ctx: PartCtx, i: number): Recommendation {
  const src = ctx.rng.pick(pool.recommendations);
  return {
    ...src,
    label: src.label === null ? null : `${String.fromCharCode(65 + i)}.`,
    text: rw(ctx, src.text),
    page: pageIn(ctx),
    paragraph: paraRef(ctx),
    cites: src.cites.length > 0 ? [ctx.rng.pick(ctx.paragraphNumbers.length > 0 ? ctx.paragraphNumbers : ['1'])] : [],
    status: ctx.rng.pick(['proposed', 'proposed', 'approved', 'approved', 'amended', 'not-adopted'] as const),
  };
}

function synthResolution(pool: ShapePool, ctx: PartCtx, i: number): Resolution {
  const src = ctx.rng.pick(pool.resolutions);
  const y = ctx.plan.meetingDate.slice(0, 4);
  return {
    ...src,
    ref: ctx.rng.chance(0.5) ? `${y}/${String(ctx.rng.int(1, 400)).padStart(3, '0')}` : String(ctx.rng.int(1, 400) + i),
    title: src.title === null ? null : rw(ctx, src.title),
    text: rw(ctx, src.text),
    items: src.items.map((it) => ({ label: it.label, text: rw(ctx, it.text) })),
    page: pageIn(ctx),
  };
}

function synthAmount(pool: ShapePool, ctx: PartCtx): Amount {
  const src = ctx.rng.pick(pool.amounts);
  const s = ctx.plan.subject;
  return {
    ...src,
    text: rewrite(src.text, s, false),
    value: scaleValue(src.value, s.scale),
    period: src.period === null ? null : rewrite(src.period, s, false),
    fundingSource: src.fundingSource === null ? (ctx.rng.chance(0.3) ? ctx.rng.pick(FUNDING_SOURCES) : null) : rw(ctx, src.fundingSource, false),
    subject: ctx.rng.chance(0.6) ? ctx.plan.topic.name : src.subject,
    page: pageIn(ctx),
    paragraph: paraRef(ctx),
    context: rw(ctx, src.context),
    table: null,
  };
}

function synthPost(pool: ShapePool, ctx: PartCtx): Post {
  const src = ctx.rng.pick(pool.posts);
  const { rng } = ctx;
  const title = `${rng.chance(0.5) ? `${ctx.plan.topic.name} ` : ''}${rng.pick(POST_TITLES)}`;
  const fte = rng.pick([0.5, 1, 1, 1, 2, 3, 4.5]);
  const grade = rng.pick(GRADES);
  const kind = rng.pick(['temporary', 'permanent', 'fixed-term'] as const);
  const until = kind === 'permanent' ? null : futureDate(ctx, 180, 1100);
  const cost = rng.chance(0.7) ? Math.round(fte * rng.int(28, 75)) * 1000 : null;
  const text = `${fte} FTE ${kind} ${title} (${grade})${until ? ` until ${longDate(until)}` : ''}${cost ? ` at a cost of £${cost.toLocaleString('en-GB')}` : ''}.`;
  return {
    ...src,
    title,
    fte,
    grade,
    kind,
    until,
    team: rng.chance(0.6) ? rng.pick(TEAMS) : null,
    cost,
    action: rng.pick(['establish', 'extend', 'recruit', 'disestablish'] as const),
    page: pageIn(ctx),
    paragraph: paraRef(ctx),
    text,
  };
}

function synthCommitment(pool: ShapePool, ctx: PartCtx, source: Commitment['source']): Commitment {
  const src = ctx.rng.pick(pool.commitments);
  const due = futureDate(ctx, 30, 540);
  const month = ctx.rng.chance(0.4);
  return {
    ...src,
    text: `${rw(ctx, src.text)} (${month ? due.slice(0, 7) : longDate(due)})`,
    what: rw(ctx, src.what),
    due: month ? due.slice(0, 7) : due,
    page: pageIn(ctx),
    paragraph: paraRef(ctx),
    source,
  };
}

function synthWorkProgramme(pool: ShapePool, ctx: PartCtx): WorkProgrammeItem {
  const src = ctx.rng.pick(pool.workProgramme);
  return {
    ...src,
    meetingDate: futureDate(ctx, 14, 400),
    title: ctx.rng.chance(0.6) ? `${ctx.rng.pick(TOPICS).name}${ctx.rng.pick(['', ' - Annual Report', ' - Update', ' - Key Decision'])}` : rw(ctx, src.title),
    leadOfficer: ctx.rng.chance(0.7) ? ctx.rng.pick(OFFICERS) : src.leadOfficer,
    page: pageIn(ctx),
  };
}

function synthAcronym(pool: ShapePool, ctx: PartCtx, first: boolean): Acronym {
  const t = ctx.plan.topic;
  if (first && t.acronym) return { short: t.acronym, long: t.name, page: ctx.firstPage };
  const src = ctx.rng.pick(pool.acronyms);
  return { short: src.short, long: rw(ctx, src.long, false), page: pageIn(ctx) };
}

function synthTable(pool: ShapePool, ctx: PartCtx): Table {
  const src = ctx.rng.pick(pool.tables);
  const page = pageIn(ctx);
  const extra = src.lastPage - src.page;
  const lastPage = Math.min(ctx.lastPage, page + extra);
  return {
    ...src,
    page,
    lastPage,
    header: src.header.map((h) => rewrite(h, ctx.plan.subject, false)),
    rows: src.rows.map((r) => ({ cells: r.cells.map((c) => rewrite(c, ctx.plan.subject, false)), isTotal: r.isTotal, page: Math.min(lastPage, page + (r.page - src.page)) })),
  };
}

function times<T>(n: number, f: (i: number) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(f(i));
  return out;
}

function synthPart(pool: ShapePool, plan: DocPlan, type: PartType, firstPage: number, rng: Rng): Part {
  const tpl = pickTemplate(pool, type, rng);
  const pages = Math.max(1, Math.min(80, Math.round(tpl.pages * (0.7 + rng.next() * 0.6))));
  const ctx: PartCtx = { plan, rng, firstPage, lastPage: firstPage + pages - 1, paragraphNumbers: [] };
  const paragraphs = synthParagraphs(pool, tpl, ctx);
  const n = factCounts(type, rng);
  const recommendations = times(n.recommendations, (i) => synthRecommendation(pool, ctx, i));
  const resolutions = times(n.resolutions, (i) => synthResolution(pool, ctx, i));
  return {
    type,
    title: titleFor(type, plan, rng),
    council: plan.council,
    committee: plan.committee,
    meetingDate: plan.meetingDate,
    agendaItem: type === 'agenda' ? null : String(rng.int(3, 18)),
    author: rng.chance(0.8) ? rng.pick(OFFICERS) : null,
    firstPage,
    lastPage: ctx.lastPage,
    classification: rng.chance(0.04) ? 'exempt' : 'public',
    paragraphs,
    tables: pool.tables.length > 0 ? times(n.tables, () => synthTable(pool, ctx)) : [],
    recommendations,
    resolutions,
    amounts: times(n.amounts, () => synthAmount(pool, ctx)),
    posts: times(n.posts, () => synthPost(pool, ctx)),
    commitments: times(n.commitments, () => synthCommitment(pool, ctx, type === 'minutes' ? 'resolution' : rng.pick(['recommendation', 'paragraph'] as const))),
    workProgramme: times(n.workProgramme, () => synthWorkProgramme(pool, ctx)),
    acronyms: times(n.acronyms, (i) => synthAcronym(pool, ctx, i === 0)),
  };
}

/** Document `index` of the synthetic corpus for `seed`. */
export function generateDocument(pool: ShapePool, seed: number, index: number): Document {
  const rng = createRng(seed).fork(index);
  const plan = planDocument(pool, rng);
  const kinds = pickKind(rng);
  const parts: Part[] = [];
  let page = 1;
  for (const type of kinds) {
    const part = synthPart(pool, plan, type, page, rng);
    parts.push(part);
    page = part.lastPage + 1;
  }
  const title = parts.find((p) => p.type !== 'agenda')?.title ?? parts[0]!.title ?? plan.topic.name;
  return {
    file: `${plan.meetingDate}_${slug(title)}_${index}.pdf`,
    sha256: createHash('sha256').update(`synthetic:${seed}:${index}`).digest('hex'),
    pages: page - 1,
    status: 'ok',
    error: null,
    parts,
  };
}

/** Where a synthetic document claims to come from (documents.path is unique). */
export function syntheticPath(doc: Document, index: number): string {
  return `/synthetic/${String(index).padStart(6, '0')}/${doc.file}`;
}

export function* generateDocuments(pool: ShapePool, opts: { seed: number; count: number; start?: number }): Generator<Document> {
  const start = opts.start ?? 0;
  for (let i = start; i < start + opts.count; i++) yield generateDocument(pool, opts.seed, i);
}
