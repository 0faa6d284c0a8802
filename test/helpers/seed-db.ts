/**
 * A database holding hand-built Documents (H2's writeDocument), for answer-engine tests that do
 * not need to parse PDFs. `answerCorpus()` is a small set of papers shaped like real committee
 * papers: an adult social care report defining LAC as Local Area Coordination, a children's
 * services report defining LAC as Looked After Children, minutes deciding the first, a costed
 * report with a table holding a total row and a total column, a work programme and an exempt part.
 */
import { openDatabase, type Db } from '../../src/store/db.ts';
import { writeDocument } from '../../src/store/documents.ts';
import type { Document } from '../../ingest/model.ts';
import {
  makeAcronym,
  makeAmount,
  makeCommitment,
  makeDocument,
  makeParagraph,
  makePart,
  makePost,
  makeRecommendation,
  makeResolution,
  makeTable,
  makeWorkProgrammeItem,
  sha,
} from './documents.ts';

export function seedDb(docs: readonly Document[], path = ':memory:'): Db {
  const db = openDatabase(path);
  for (const d of docs) writeDocument(db, d, { path: `/papers/${d.file}`, now: new Date('2026-01-01T00:00:00Z') });
  return db;
}

const ASC = 'Adult Social Care and Public Health Committee';
const NCC = 'Nottinghamshire County Council';

export function lacReport(): Document {
  return makeDocument({
    file: 'asc-2021-02-08-lac.pdf',
    sha256: sha('lac'),
    parts: [
      makePart({
        title: 'Developing Local Area Coordination Support in Nottinghamshire',
        council: NCC,
        committee: ASC,
        meetingDate: '2021-02-08',
        agendaItem: '5',
        author: 'Corporate Director, Adult Social Care and Health',
        paragraphs: [
          makeParagraph({ number: '1', page: 19, section: 'Purpose of the Report', text: 'The report seeks approval to develop Local Area Coordination (LAC) in three areas of the county.' }),
          makeParagraph({ number: '9', page: 20, section: 'Information', text: 'Local Area Coordinators work alongside people in their communities to build resilience and avoid crisis.' }),
          makeParagraph({ number: '21', page: 22, section: 'Financial Implications', text: 'The total cost of the programme is £350,820 over two years, funded from the Improved Better Care Fund.' }),
        ],
        acronyms: [makeAcronym({ short: 'LAC', long: 'Local Area Coordination', page: 19 })],
        recommendations: [
          makeRecommendation({ label: '1)', verb: 'approve', page: 23, paragraph: '25', status: 'proposed',
            text: 'approves the establishment of 6 FTE Local Area Coordinator posts (Band A) for two years to develop Local Area Coordination.' }),
        ],
        tables: [
          makeTable({
            header: ['Item', '2021/22', '2022/23', 'Total'],
            rows: [
              { cells: ['Coordinators', '150,000', '150,000', '300,000'], isTotal: false, page: 22 },
              { cells: ['Training', '25,410', '25,410', '50,820'], isTotal: false, page: 22 },
              { cells: ['Total', '175,410', '175,410', '350,820'], isTotal: true, page: 22 },
            ],
            totalColumns: [3],
          }),
        ],
        amounts: [
          makeAmount({ text: '£350,820', value: 350820, kind: 'cost', period: null, fundingSource: 'Improved Better Care Fund', subject: 'Local Area Coordination programme',
            page: 22, paragraph: '21', context: 'The total cost of the programme is £350,820 over two years, funded from the Improved Better Care Fund.', table: null }),
          ...cells(),
        ],
        posts: [
          makePost({ title: 'Local Area Coordinator', fte: 6, grade: 'Band A', kind: 'fixed-term', until: '2023-03-31', team: 'Adult Social Care', cost: 300000,
            action: 'establish', page: 23, paragraph: '25', text: 'approves the establishment of 6 FTE Local Area Coordinator posts (Band A) for two years.' }),
        ],
        commitments: [
          makeCommitment({ text: 'A progress report on Local Area Coordination will be brought to Committee in February 2022.', what: 'a progress report on Local Area Coordination', due: '2022-02', page: 23, paragraph: '24' }),
        ],
      }),
    ],
  });
}

function cells(): ReturnType<typeof makeAmount>[] {
  const rows: Array<[string, number[]]> = [
    ['Coordinators', [150000, 150000, 300000]],
    ['Training', [25410, 25410, 50820]],
    ['Total', [175410, 175410, 350820]],
  ];
  const cols = ['2021/22', '2022/23', 'Total'];
  const out: ReturnType<typeof makeAmount>[] = [];
  rows.forEach(([label, values], row) => {
    values.forEach((v, c) => {
      out.push(makeAmount({
        text: v.toLocaleString('en-GB'), value: v, kind: 'cost', period: cols[c] === 'Total' ? null : cols[c]!, fundingSource: null, subject: label,
        page: 22, paragraph: null, context: `${label} ${values.map((x) => x.toLocaleString('en-GB')).join(' ')}`,
        table: { table: 0, row, column: c + 1, rowHeader: label, columnHeader: cols[c]!, isTotal: label === 'Total' || cols[c] === 'Total' },
      }));
    });
  });
  return out;
}

export function lacMinutes(): Document {
  return makeDocument({
    file: 'asc-2021-03-08-minutes.pdf',
    sha256: sha('lac-minutes'),
    parts: [
      makePart({
        type: 'minutes',
        title: 'Minutes of the meeting held on 8 February 2021',
        council: NCC,
        committee: ASC,
        meetingDate: '2021-03-08',
        agendaItem: '1',
        author: null,
        paragraphs: [makeParagraph({ number: null, page: 3, section: null, text: 'The Committee considered the report on Local Area Coordination.' })],
        resolutions: [
          makeResolution({ ref: '2021/005', title: 'Developing Local Area Coordination Support in Nottinghamshire', agendaItem: '5', page: 3, outcome: 'approved',
            text: 'RESOLVED 2021/005 That the establishment of 6 FTE Local Area Coordinator posts be approved.', items: [{ label: null, text: 'That the establishment of 6 FTE Local Area Coordinator posts be approved.' }] }),
        ],
      }),
    ],
  });
}

export function childrenReport(): Document {
  return makeDocument({
    file: 'cyp-2024-06-10-lac.pdf',
    sha256: sha('cyp'),
    parts: [
      makePart({
        title: 'Placement Sufficiency for Looked After Children',
        council: 'Kent County Council',
        committee: "Children's and Young People's Committee",
        meetingDate: '2024-06-10',
        agendaItem: '7',
        author: 'Director of Children’s Services',
        paragraphs: [
          makeParagraph({ number: '2.1', page: 2, section: 'Background', text: 'The number of Looked After Children (LAC) placed in residential care has risen by 12% this year.' }),
          makeParagraph({ number: '2.2', page: 2, section: 'Background', text: 'Foster carer recruitment remains the priority for the sufficiency strategy.' }),
        ],
        acronyms: [makeAcronym({ short: 'LAC', long: 'Looked After Children', page: 2 })],
        recommendations: [
          makeRecommendation({ label: 'a)', verb: 'endorse', page: 5, paragraph: '6.1', status: 'proposed', text: 'endorse the Placement Sufficiency Strategy for Looked After Children 2024-27.' }),
        ],
      }),
    ],
  });
}

export function workProgramme(): Document {
  return makeDocument({
    file: 'asc-work-programme.pdf',
    sha256: sha('wp'),
    parts: [
      makePart({
        type: 'work-programme',
        title: 'Work Programme',
        council: NCC,
        committee: ASC,
        meetingDate: '2021-02-08',
        agendaItem: '9',
        paragraphs: [],
        workProgramme: [
          makeWorkProgrammeItem({ meetingDate: '2021-03-08', title: 'Digital Strategy update', summary: 'Progress on the digital strategy.', leadOfficer: 'Jane Smith', page: 100 }),
          makeWorkProgrammeItem({ meetingDate: '2021-04-12', title: 'Local Area Coordination evaluation', summary: 'First evaluation of the LAC programme.', leadOfficer: 'Sue Batty', page: 100 }),
        ],
      }),
    ],
  });
}

export function exemptPaper(): Document {
  return makeDocument({
    file: 'asc-exempt-care-home.pdf',
    sha256: sha('exempt'),
    parts: [
      makePart({
        title: 'Acquisition of Meadowbank Care Home',
        council: NCC,
        committee: ASC,
        meetingDate: '2021-02-08',
        agendaItem: '12',
        classification: 'exempt',
        paragraphs: [makeParagraph({ number: '3', page: 2, section: 'Information', text: 'The council proposes to purchase Meadowbank Care Home for £4.2 million.' })],
        recommendations: [makeRecommendation({ label: '1)', page: 3, paragraph: '5', text: 'approve the purchase of Meadowbank Care Home.' })],
      }),
    ],
  });
}

export function answerCorpus(): Document[] {
  return [lacReport(), lacMinutes(), childrenReport(), workProgramme(), exemptPaper()];
}
