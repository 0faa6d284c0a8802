/**
 * The shape pool the synthetic generator recombines: real paragraphs, recommendations,
 * resolutions, amounts, posts, commitments, work-programme items, acronyms and tables taken
 * from Documents the real pipeline extracted, plus part templates (type, size, page span,
 * section headings). When the parsers found none of a kind, a few fallback shapes written after
 * real Kent papers stand in (and `fallbacks` says which), so every fact table gets rows.
 */
import type {
  Acronym,
  Amount,
  Commitment,
  Document,
  Paragraph,
  PartType,
  Post,
  Recommendation,
  Resolution,
  Table,
  WorkProgrammeItem,
} from '../ingest/model.ts';

export interface PartTemplate {
  type: PartType;
  paragraphs: number;
  pages: number;
  sections: string[];
  tables: number;
}

export interface ShapePool {
  templates: PartTemplate[];
  paragraphs: Paragraph[];
  recommendations: Recommendation[];
  resolutions: Resolution[];
  amounts: Amount[];
  posts: Post[];
  commitments: Commitment[];
  workProgramme: WorkProgrammeItem[];
  acronyms: Acronym[];
  tables: Table[];
  /** Council names the real papers state (the generator swaps them for synthetic ones). */
  councils: string[];
  /** Kinds the real Documents had none of, filled from fallback shapes. */
  fallbacks: string[];
}

/** Paragraphs shorter than this are headings or furniture the generator does not need twice. */
const MIN_PARAGRAPH = 25;

export function harvestShapes(docs: readonly Document[]): ShapePool {
  const pool: ShapePool = {
    templates: [],
    paragraphs: [],
    recommendations: [],
    resolutions: [],
    amounts: [],
    posts: [],
    commitments: [],
    workProgramme: [],
    acronyms: [],
    tables: [],
    councils: [],
    fallbacks: [],
  };
  const councils = new Set<string>();
  for (const doc of docs) {
    for (const part of doc.parts) {
      const sections = [...new Set(part.paragraphs.map((p) => p.section).filter((s): s is string => !!s))];
      pool.templates.push({
        type: part.type,
        paragraphs: part.paragraphs.length,
        pages: part.lastPage - part.firstPage + 1,
        sections,
        tables: part.tables.length,
      });
      for (const p of part.paragraphs) if (p.text.length >= MIN_PARAGRAPH) pool.paragraphs.push(p);
      pool.recommendations.push(...part.recommendations);
      pool.resolutions.push(...part.resolutions);
      pool.amounts.push(...part.amounts.filter((a) => a.table === null));
      pool.posts.push(...part.posts);
      pool.commitments.push(...part.commitments);
      pool.workProgramme.push(...part.workProgramme);
      pool.acronyms.push(...part.acronyms);
      pool.tables.push(...part.tables.filter((t) => t.rows.length > 0 && t.rows.length <= 60));
      if (part.council) councils.add(part.council);
    }
  }
  pool.councils = [...councils].sort((a, b) => b.length - a.length);
  fillFallbacks(pool);
  return pool;
}

function fillFallbacks(pool: ShapePool): void {
  const fb = FALLBACK;
  const kinds = [
    'templates',
    'paragraphs',
    'recommendations',
    'resolutions',
    'amounts',
    'posts',
    'commitments',
    'workProgramme',
    'acronyms',
  ] as const;
  for (const k of kinds) {
    if (pool[k].length > 0) continue;
    (pool[k] as unknown[]).push(...(fb[k] as unknown[]));
    pool.fallbacks.push(k);
  }
}

const para = (number: string | null, section: string | null, text: string): Paragraph => ({ number, page: 1, section, text });

/** Shapes written after real Kent County Council Cabinet papers (January–March 2025). */
const FALLBACK: Omit<ShapePool, 'councils' | 'fallbacks' | 'tables'> = {
  templates: [
    { type: 'report', paragraphs: 40, pages: 10, sections: ['Introduction', 'Background', 'Financial Implications', 'Legal Implications', 'Conclusions'], tables: 1 },
    { type: 'minutes', paragraphs: 60, pages: 12, sections: [], tables: 0 },
    { type: 'work-programme', paragraphs: 12, pages: 3, sections: [], tables: 1 },
    { type: 'agenda', paragraphs: 15, pages: 3, sections: [], tables: 0 },
  ],
  paragraphs: [
    para('1.1', 'Introduction', 'Transitions involve facilitating young people’s move from children’s services to adult services and typically occur between ages 18 and 25.'),
    para('1.2', 'Introduction', 'Under the current arrangements the Corporate Director is overseeing a group falling outside their statutory role.'),
    para('2.1', 'Background', 'The Director of Adult Social Services at Kent County Council is accountable for assessing local needs and delivering a full range of adult social services.'),
    para('3.1', 'Financial Implications', 'The total cost of the proposal is £1,250,000 over three years, funded from the Public Health Grant, with £420,000 falling in 2025/26.'),
    para('4.1', 'Legal Implications', 'The council has a statutory duty under the Care Act 2014 to meet the eligible needs of adults and carers.'),
    para('5.1', 'Conclusions', 'Cabinet is asked to agree the proposal so that the service can be in place from 1 April 2025.'),
  ],
  recommendations: [
    { label: 'A.', verb: 'agree', text: 'Agree to TRANSFER the statutory functions delivered by the Strengthening Independence Service from 1 April 2025; and', page: 1, paragraph: null, cites: [], status: 'proposed' },
    { label: 'B.', verb: 'delegate', text: 'DELEGATE authority to the Corporate Director of Adult Social Care and Health to take the relevant actions, including entering into the relevant contracts, as necessary, to implement the decision.', page: 1, paragraph: null, cites: [], status: 'proposed' },
    { label: null, verb: 'note', text: 'NOTE the Quarter 2 Performance Report and the actions being taken to address areas where performance is not as targeted.', page: 1, paragraph: null, cites: [], status: 'proposed' },
  ],
  resolutions: [
    { ref: '78', title: 'Minutes of the Meeting held on 28 November 2024', agendaItem: '3', text: 'RESOLVED that the minutes of the meeting on 28 November 2024 were a correct record and that they be signed by the Chair', items: [{ label: null, text: 'that the minutes of the meeting on 28 November 2024 were a correct record and that they be signed by the Chair' }], page: 1, outcome: 'agreed', votes: null },
    { ref: '81', title: 'Quarterly Performance Report', agendaItem: '6', text: 'RESOLVED that Cabinet note the Quarter 2 Performance Report and the actions being taken to address areas where performance is not as targeted.', items: [{ label: null, text: 'that Cabinet note the Quarter 2 Performance Report and the actions being taken to address areas where performance is not as targeted.' }], page: 1, outcome: 'noted', votes: null },
  ],
  amounts: [
    { text: '£1,250,000', value: 1250000, kind: 'cost', period: 'over three years', fundingSource: 'the Public Health Grant', subject: null, page: 1, paragraph: '3.1', context: 'The total cost of the proposal is £1,250,000 over three years, funded from the Public Health Grant.', table: null },
    { text: '£420,000', value: 420000, kind: 'budget', period: '2025/26', fundingSource: null, subject: null, page: 1, paragraph: '3.1', context: 'with £420,000 falling in 2025/26.', table: null },
  ],
  posts: [
    { title: 'Local Area Coordinator', fte: 1, grade: 'KR9', kind: 'fixed-term', until: '2026-03-31', team: null, cost: 45000, action: 'establish', page: 1, paragraph: '3.2', text: 'One fixed-term Local Area Coordinator post (1 FTE, KR9) until 31 March 2026 at a cost of £45,000.' },
  ],
  commitments: [
    { text: 'A progress evaluation report will be brought back to this Committee in April 2026.', what: 'a progress evaluation report', due: '2026-04', page: 1, paragraph: '5.2', source: 'paragraph' },
  ],
  workProgramme: [
    { meetingDate: '2025-03-13', title: 'Quarterly Performance Report, Quarter 3', summary: null, leadOfficer: 'Matt Wagner', author: null, page: 1 },
  ],
  acronyms: [{ short: 'KCC', long: 'Kent County Council', page: 1 }],
};
