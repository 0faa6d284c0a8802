/**
 * Hand-built, valid Documents for tests that need stored papers without parsing a PDF.
 *
 *   makeDocument()                                   one public report part with two paragraphs
 *   makeDocument({ file: 'b.pdf', sha256: sha('b') })  override document fields
 *   makeDocument({ parts: [makePart({ type: 'minutes', classification: 'exempt' })] })
 *
 * Every document is checked with the zod schema, so a bad override fails where it is made.
 */
import { createHash } from 'node:crypto';
import {
  Document,
  Part,
  type Amount,
  type Acronym,
  type Commitment,
  type Paragraph,
  type Post,
  type Recommendation,
  type Resolution,
  type Table,
  type WorkProgrammeItem,
} from '../../ingest/model.ts';

/** A stable 64-hex sha256 of any string: distinct contents → distinct hashes. */
export function sha(seed: string): string {
  return createHash('sha256').update(seed).digest('hex');
}

export function makeParagraph(overrides: Partial<Paragraph> = {}): Paragraph {
  return { number: '1', page: 1, section: 'Summary', text: 'The Cabinet is asked to approve the plan.', ...overrides };
}

export function makeRecommendation(overrides: Partial<Recommendation> = {}): Recommendation {
  return {
    label: '1)',
    verb: 'approve',
    text: 'Approve the Commissioning Plan for Education Provision 2025-29.',
    page: 2,
    paragraph: '5.1',
    cites: [],
    status: 'proposed',
    ...overrides,
  };
}

export function makeResolution(overrides: Partial<Resolution> = {}): Resolution {
  return {
    ref: '12',
    title: 'Commissioning Plan for Education Provision',
    agendaItem: '5',
    text: 'RESOLVED that the Commissioning Plan be approved.',
    items: [{ label: null, text: 'the Commissioning Plan be approved.' }],
    page: 3,
    outcome: 'approved',
    votes: null,
    ...overrides,
  };
}

export function makeAmount(overrides: Partial<Amount> = {}): Amount {
  return {
    text: '£350,820',
    value: 350820,
    kind: 'cost',
    period: '2025/26',
    fundingSource: 'capital programme',
    subject: 'school transport contract',
    page: 2,
    paragraph: '6.2',
    context: 'The school transport contract will cost £350,820 in 2025/26.',
    table: null,
    ...overrides,
  };
}

export function makePost(overrides: Partial<Post> = {}): Post {
  return {
    title: 'Project Officer',
    fte: 1,
    grade: 'KR9',
    kind: 'fixed-term',
    until: '2026-03-31',
    team: 'Education Planning',
    cost: 45000,
    action: 'establish',
    page: 2,
    paragraph: '7.1',
    text: 'A fixed-term Project Officer post (1 FTE, KR9) will be established until 31 March 2026.',
    ...overrides,
  };
}

export function makeCommitment(overrides: Partial<Commitment> = {}): Commitment {
  return {
    text: 'A progress report will be brought back to Cabinet in April 2026.',
    what: 'a progress report',
    due: '2026-04',
    page: 2,
    paragraph: '8.1',
    source: 'paragraph',
    ...overrides,
  };
}

export function makeWorkProgrammeItem(overrides: Partial<WorkProgrammeItem> = {}): WorkProgrammeItem {
  return {
    meetingDate: '2025-06-12',
    title: 'Home to School Transport Review',
    summary: 'Outcome of the transport policy consultation.',
    leadOfficer: 'Director of Education',
    author: null,
    page: 4,
    ...overrides,
  };
}

export function makeAcronym(overrides: Partial<Acronym> = {}): Acronym {
  return { short: 'SEND', long: 'Special Educational Needs and Disabilities', page: 1, ...overrides };
}

export function makeTable(overrides: Partial<Table> = {}): Table {
  return {
    page: 2,
    lastPage: 2,
    header: ['Item', '2025/26', 'Total'],
    rows: [
      { cells: ['Transport', '350,820', '350,820'], isTotal: false, page: 2 },
      { cells: ['Total', '350,820', '350,820'], isTotal: true, page: 2 },
    ],
    unit: '£',
    totalColumns: [2],
    ...overrides,
  };
}

/** A public report part with two paragraphs and no facts unless overridden. */
export function makePart(overrides: Partial<Part> = {}): Part {
  return Part.parse({
    type: 'report',
    title: 'Commissioning Plan for Education Provision in Kent 2025-29',
    council: 'Kent County Council',
    committee: 'Cabinet',
    meetingDate: '2025-01-30',
    agendaItem: '5',
    author: 'Director of Education',
    firstPage: 1,
    lastPage: 4,
    classification: 'public',
    paragraphs: [
      makeParagraph({ number: '1.1', page: 1, section: 'Introduction', text: 'This report sets out the commissioning plan for school places.' }),
      makeParagraph({ number: '1.2', page: 2, section: 'Introduction', text: 'Pupil numbers in primary schools are falling across the county.' }),
    ],
    tables: [],
    recommendations: [],
    resolutions: [],
    amounts: [],
    posts: [],
    commitments: [],
    workProgramme: [],
    acronyms: [],
    ...overrides,
  });
}

/** A part carrying one of every fact kind (and a table), for store round-trips. */
export function makeFullPart(overrides: Partial<Part> = {}): Part {
  return makePart({
    tables: [makeTable()],
    recommendations: [makeRecommendation()],
    resolutions: [makeResolution()],
    amounts: [makeAmount({ table: { table: 0, row: 0, column: 1, rowHeader: 'Transport', columnHeader: '2025/26', isTotal: false } })],
    posts: [makePost()],
    commitments: [makeCommitment()],
    workProgramme: [makeWorkProgrammeItem()],
    acronyms: [makeAcronym()],
    ...overrides,
  });
}

/** A valid ok Document with one public report part; `sha256` defaults to a hash of `file`. */
export function makeDocument(overrides: Partial<Document> = {}): Document {
  const file = overrides.file ?? 'report.pdf';
  return Document.parse({
    file,
    sha256: sha(file),
    pages: 4,
    status: 'ok',
    error: null,
    parts: [makePart()],
    ...overrides,
  });
}
