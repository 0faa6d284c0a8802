/**
 * The Document model: the one shape every stage after parsing reads.
 *
 * `papers extract --json` prints a `Document`; the store writes one `Document` per transaction;
 * the answering engine reads what the store kept of it. Field names here are a contract
 * (see README "extract --json"); add fields, do not rename them.
 */
import { z } from 'zod';

/** ISO date `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
/** ISO date or month (`YYYY-MM-DD` | `YYYY-MM`), for deadlines stated as "in April 2022". */
export const IsoDateOrMonth = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY-MM or YYYY-MM-DD');

export const PartType = z.enum([
  'report',
  'minutes',
  'agenda',
  'work-programme',
  'appendix',
  'decision-record',
  'other',
]);
export type PartType = z.infer<typeof PartType>;

export const Classification = z.enum(['public', 'exempt']);
export type Classification = z.infer<typeof Classification>;

export const DocumentStatus = z.enum(['ok', 'failed', 'needs-ocr']);
export type DocumentStatus = z.infer<typeof DocumentStatus>;

/** A numbered (or unnumbered) paragraph of running text, wrapped lines joined. */
export const Paragraph = z.object({
  /** The paragraph's own number as printed ("21", "2.3", "5.1"); null when unnumbered. */
  number: z.string().nullable(),
  /** 1-based PDF page the paragraph starts on. */
  page: z.number().int().positive(),
  /** The section heading it falls under ("Financial Implications"); null before the first. */
  section: z.string().nullable(),
  text: z.string(),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const RecommendationStatus = z.enum(['proposed', 'approved', 'amended', 'not-adopted']);
export type RecommendationStatus = z.infer<typeof RecommendationStatus>;

export const Recommendation = z.object({
  /** As printed: "1)", "a)", "5.1", "A."; null for a single unlabelled recommendation. */
  label: z.string().nullable(),
  /** Lemma of the operative verb: approve, agree, note, endorse, receive, delegate, … */
  verb: z.string().nullable(),
  /** Verbatim, the whole item, wrapped lines joined. */
  text: z.string(),
  page: z.number().int().positive(),
  /** The paragraph number the item sits in, when the paper numbers it ("5.1"). */
  paragraph: z.string().nullable(),
  /** Paragraph numbers the item refers to ("as detailed in paragraph 29" → ["29"]). */
  cites: z.array(z.string()),
  status: RecommendationStatus,
});
export type Recommendation = z.infer<typeof Recommendation>;

export const ResolutionOutcome = z.enum(['approved', 'agreed', 'noted', 'deferred', 'amended', 'rejected']);
export type ResolutionOutcome = z.infer<typeof ResolutionOutcome>;

export const Votes = z.object({
  for: z.number().int().nonnegative().nullable(),
  against: z.number().int().nonnegative().nullable(),
  abstain: z.number().int().nonnegative().nullable(),
});
export type Votes = z.infer<typeof Votes>;

export const ResolutionItem = z.object({
  label: z.string().nullable(),
  text: z.string(),
});

export const Resolution = z.object({
  /** "2021/005" or the minute number ("294"). */
  ref: z.string().nullable(),
  /** The minute heading ("Minutes of the Meeting held on 9th January 2025"). */
  title: z.string().nullable(),
  agendaItem: z.string().nullable(),
  /** The whole resolution verbatim (lead-in and items), wrapped lines joined. */
  text: z.string(),
  /** The labelled items, verbatim; one unlabelled item when the resolution is a single sentence. */
  items: z.array(ResolutionItem),
  page: z.number().int().positive(),
  outcome: ResolutionOutcome,
  votes: Votes.nullable(),
});
export type Resolution = z.infer<typeof Resolution>;

export const AmountKind = z.enum(['cost', 'saving', 'funding', 'income', 'budget', 'overspend', 'rate', 'other']);
export type AmountKind = z.infer<typeof AmountKind>;

export const TableRef = z.object({
  /** Index of the table within the part's `tables`. */
  table: z.number().int().nonnegative(),
  row: z.number().int().nonnegative(),
  column: z.number().int().nonnegative(),
  rowHeader: z.string().nullable(),
  columnHeader: z.string().nullable(),
  /** A total row or column: never add it to the cells it sums. */
  isTotal: z.boolean(),
});
export type TableRef = z.infer<typeof TableRef>;

export const Amount = z.object({
  /** As printed: "£350,820", "(0.374)", "£2.466 million". */
  text: z.string(),
  /** In pounds (a "£m" cell of 0.374 is 374000; brackets are negative). */
  value: z.number(),
  kind: AmountKind,
  /** "2021/22", "one-off", "recurring", "per year", "per hour"… */
  period: z.string().nullable(),
  fundingSource: z.string().nullable(),
  /** What it is for: the table row label or the sentence's subject. */
  subject: z.string().nullable(),
  page: z.number().int().positive(),
  paragraph: z.string().nullable(),
  /** The sentence (or table row) the figure came from, verbatim. */
  context: z.string(),
  table: TableRef.nullable(),
});
export type Amount = z.infer<typeof Amount>;

export const PostKind = z.enum(['temporary', 'permanent', 'fixed-term']);
export const PostAction = z.enum(['establish', 'extend', 'disestablish', 'recruit', 'transfer', 'delete']);

export const Post = z.object({
  title: z.string(),
  fte: z.number().nonnegative().nullable(),
  grade: z.string().nullable(),
  kind: PostKind.nullable(),
  /** ISO date the post runs until. */
  until: IsoDate.nullable(),
  team: z.string().nullable(),
  /** Cost in pounds when stated beside the post. */
  cost: z.number().nullable(),
  action: PostAction.nullable(),
  page: z.number().int().positive(),
  paragraph: z.string().nullable(),
  /** Verbatim source sentence or table row. */
  text: z.string(),
});
export type Post = z.infer<typeof Post>;

export const Commitment = z.object({
  text: z.string(),
  /** What is promised ("a progress evaluation report"). */
  what: z.string(),
  /** Resolved against the meeting date: YYYY-MM-DD or YYYY-MM; null when not resolvable. */
  due: IsoDateOrMonth.nullable(),
  page: z.number().int().positive(),
  paragraph: z.string().nullable(),
  source: z.enum(['recommendation', 'resolution', 'paragraph']),
});
export type Commitment = z.infer<typeof Commitment>;

export const WorkProgrammeItem = z.object({
  meetingDate: IsoDate.nullable(),
  title: z.string(),
  summary: z.string().nullable(),
  leadOfficer: z.string().nullable(),
  author: z.string().nullable(),
  page: z.number().int().positive(),
});
export type WorkProgrammeItem = z.infer<typeof WorkProgrammeItem>;

export const Acronym = z.object({
  short: z.string(),
  long: z.string(),
  page: z.number().int().positive(),
});
export type Acronym = z.infer<typeof Acronym>;

export const TableCell = z.string();
export const Table = z.object({
  page: z.number().int().positive(),
  /** Last page the table runs onto (tables continue across pages with a repeated header). */
  lastPage: z.number().int().positive(),
  header: z.array(z.string()),
  rows: z.array(
    z.object({
      cells: z.array(TableCell),
      isTotal: z.boolean(),
      page: z.number().int().positive(),
    }),
  ),
  /** Unit the figures are stated in: "£", "£000", "£m". */
  unit: z.enum(['£', '£000', '£m']).nullable(),
  /** Indexes of header columns that hold totals. */
  totalColumns: z.array(z.number().int().nonnegative()),
});
export type Table = z.infer<typeof Table>;

export const Part = z.object({
  type: PartType,
  title: z.string().nullable(),
  council: z.string().nullable(),
  committee: z.string().nullable(),
  meetingDate: IsoDate.nullable(),
  agendaItem: z.string().nullable(),
  /** Report author / lead officer / "From:" line, as stated. */
  author: z.string().nullable(),
  firstPage: z.number().int().positive(),
  lastPage: z.number().int().positive(),
  classification: Classification,
  paragraphs: z.array(Paragraph),
  tables: z.array(Table),
  recommendations: z.array(Recommendation),
  resolutions: z.array(Resolution),
  amounts: z.array(Amount),
  posts: z.array(Post),
  commitments: z.array(Commitment),
  workProgramme: z.array(WorkProgrammeItem),
  acronyms: z.array(Acronym),
});
export type Part = z.infer<typeof Part>;

export const Document = z.object({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  pages: z.number().int().nonnegative(),
  status: DocumentStatus,
  error: z.string().nullable(),
  parts: z.array(Part),
});
export type Document = z.infer<typeof Document>;
