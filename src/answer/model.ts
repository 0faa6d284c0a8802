/**
 * The Answer: what the engine returns, whatever asked (terminal, Slack, JSON).
 * Renderers (src/slack/blocks, src/cli/render) read only this. Field names match the
 * `papers ask --json` contract in the README.
 */
import { z } from 'zod';

export const Intent = z.enum(['approval', 'cost', 'posts', 'deadline', 'work-programme', 'who', 'general']);
export type Intent = z.infer<typeof Intent>;

export const ItemKind = z.enum([
  'recommendation',
  'resolution',
  'amount',
  'post',
  'commitment',
  'work-programme',
  'paragraph',
]);
export type ItemKind = z.infer<typeof ItemKind>;

export const SourceDocument = z.object({
  file: z.string(),
  title: z.string().nullable(),
  committee: z.string().nullable(),
  council: z.string().nullable(),
  meetingDate: z.string().nullable(),
  agendaItem: z.string().nullable(),
  /** Public address of the paper, when known (linked in Slack). */
  url: z.string().nullable().optional(),
});
export type SourceDocument = z.infer<typeof SourceDocument>;

export const AnswerItem = z.object({
  kind: ItemKind,
  /** Verbatim text from the paper. */
  text: z.string(),
  /** approved | proposed | amended | not-adopted | noted | … ; null where it does not apply. */
  status: z.string().nullable(),
  /** Pounds for amounts and post costs, FTE for posts; null otherwise. */
  value: z.number().nullable(),
  document: SourceDocument,
  page: z.number().int(),
  paragraph: z.string().nullable(),
  score: z.number(),
  /** Extra labelled facts for renderers (e.g. minutes ref "2021/005", label "1)", due date). */
  extra: z.record(z.string(), z.string()).optional(),
});
export type AnswerItem = z.infer<typeof AnswerItem>;

/** A cost summary: totals with no double counting, per year, funding sources, posts. */
export const CostSummary = z.object({
  topic: z.string(),
  total: z.number().nullable(),
  byYear: z.array(z.object({ period: z.string(), value: z.number() })),
  fundingSources: z.array(z.object({ source: z.string(), value: z.number().nullable() })),
  posts: z.array(
    z.object({
      title: z.string(),
      fte: z.number().nullable(),
      grade: z.string().nullable(),
      cost: z.number().nullable(),
      kind: z.string().nullable(),
      until: z.string().nullable(),
    }),
  ),
  totalFte: z.number().nullable(),
});
export type CostSummary = z.infer<typeof CostSummary>;

export const Answer = z.object({
  question: z.string(),
  found: z.boolean(),
  intent: Intent,
  /** Plain-text answer (no markup); renderers add their own formatting. */
  answer: z.string(),
  items: z.array(AnswerItem),
  /** When the question used an acronym: which expansion was used ("LAC → Local Area Coordination"). */
  expansions: z.array(z.string()).default([]),
  /** Filters understood from the wording ("committee: Cabinet", "from 2025-02-01"). */
  filters: z.array(z.string()).default([]),
  /** When nothing was found: nearby topics to try. */
  suggestions: z.array(z.string()).default([]),
  costs: CostSummary.nullable().default(null),
});
export type Answer = z.infer<typeof Answer>;

/** A work-programme item or commitment falling due. */
export const DueItem = z.object({
  /** Stable key (survives re-ingest): used for alert exactly-once and Done/Snooze state. */
  key: z.string(),
  kind: z.enum(['work-programme', 'commitment']),
  title: z.string(),
  /** The meeting date (work programme) or resolved due date (commitment): YYYY-MM-DD. */
  dueDate: z.string(),
  /** For work-programme items, the deadline that this reminder is for (author, agenda). */
  deadline: z
    .object({ name: z.string(), date: z.string() })
    .nullable(),
  leadOfficer: z.string().nullable(),
  author: z.string().nullable(),
  document: SourceDocument,
  page: z.number().int(),
  status: z.enum(['open', 'done', 'snoozed']),
  /** Commitments that no later work programme or paper seems to pick up. */
  unscheduled: z.boolean(),
  text: z.string(),
});
export type DueItem = z.infer<typeof DueItem>;

/** Where a question is being answered: decides whether exempt parts may be used. */
export interface AskContext {
  /** True only in channels listed in EXEMPT_CHANNELS (and the terminal, run by an officer). */
  includeExempt: boolean;
  /** "Today" for relative dates ("last February"); defaults to the clock. */
  now?: Date;
  /** The thread's earlier question, for follow-ups ("and how much did it cost?"). */
  previousQuestion?: string;
  limit?: number;
  offset?: number;
}

/** The answering engine as the Slack app, the terminal and the alerts see it. */
export interface Engine {
  ask(question: string, ctx: AskContext): Answer;
  costs(topic: string, ctx: AskContext): Answer;
  due(opts: { from: Date; withinDays: number; includeExempt: boolean }): DueItem[];
}
