/**
 * Reads the facts that can fall due — work-programme items and commitments — with the paper they
 * come from. The same work-programme item is repeated in every later work programme; rows that
 * share a key are collapsed to the one from the most recent paper.
 */
import type { Db } from '../store/db.ts';
import type { SourceDocument } from '../answer/model.ts';
import { commitmentKey, workProgrammeKey } from './keys.ts';

export interface PaperRef {
  partId: number;
  partTitle: string | null;
  partMeetingDate: string | null;
  classification: 'public' | 'exempt';
  document: SourceDocument;
}

export interface WorkProgrammeRow extends PaperRef {
  key: string;
  meetingDate: string;
  title: string;
  summary: string | null;
  leadOfficer: string | null;
  author: string | null;
  page: number;
}

export interface CommitmentRow extends PaperRef {
  key: string;
  /** Author of the paper that made the promise (parts.author), when known. */
  partAuthor: string | null;
  text: string;
  what: string;
  due: string;
  page: number;
  paragraph: string | null;
}

interface JoinedRow {
  part_id: number;
  part_title: string | null;
  part_meeting_date: string | null;
  classification: 'public' | 'exempt';
  committee: string | null;
  council: string | null;
  agenda_item: string | null;
  file: string;
  url: string | null;
  document_id: number;
}

const PART_COLUMNS = `p.id AS part_id, p.title AS part_title, p.meeting_date AS part_meeting_date, p.classification,
  p.committee, p.council, p.agenda_item, d.file, d.url, d.id AS document_id`;

function paperRef(r: JoinedRow): PaperRef {
  return {
    partId: r.part_id,
    partTitle: r.part_title,
    partMeetingDate: r.part_meeting_date,
    classification: r.classification,
    document: {
      file: r.file,
      title: r.part_title,
      committee: r.committee,
      council: r.council,
      meetingDate: r.part_meeting_date,
      agendaItem: r.agenda_item,
      url: r.url,
    },
  };
}

/** Newest paper wins: rows are read oldest first, so a later row replaces an earlier one. */
const NEWEST_LAST = `ORDER BY coalesce(p.meeting_date, '') ASC, d.id ASC, p.seq ASC`;

export function loadWorkProgramme(db: Db): WorkProgrammeRow[] {
  const rows = db
    .prepare(
      `SELECT w.meeting_date, w.title, w.summary, w.lead_officer, w.author, w.page, w.seq, ${PART_COLUMNS}
       FROM work_programme_items w JOIN parts p ON p.id = w.part_id JOIN documents d ON d.id = p.document_id
       WHERE w.meeting_date IS NOT NULL ${NEWEST_LAST}, w.seq ASC`,
    )
    .all() as Array<JoinedRow & { meeting_date: string; title: string; summary: string | null; lead_officer: string | null; author: string | null; page: number }>;
  const byKey = new Map<string, WorkProgrammeRow>();
  for (const r of rows) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.meeting_date)) continue;
    const key = workProgrammeKey(r.committee, r.meeting_date, r.title);
    byKey.set(key, {
      ...paperRef(r),
      key,
      meetingDate: r.meeting_date,
      title: r.title,
      summary: r.summary,
      leadOfficer: r.lead_officer,
      author: r.author,
      page: r.page,
    });
  }
  return [...byKey.values()];
}

export function loadCommitments(db: Db): CommitmentRow[] {
  const rows = db
    .prepare(
      `SELECT c.text, c.what, c.due, c.page, c.paragraph, c.seq, p.author AS part_author, ${PART_COLUMNS}
       FROM commitments c JOIN parts p ON p.id = c.part_id JOIN documents d ON d.id = p.document_id
       WHERE c.due IS NOT NULL ${NEWEST_LAST}, c.seq ASC`,
    )
    .all() as Array<JoinedRow & { text: string; what: string; due: string; page: number; paragraph: string | null; part_author: string | null }>;
  const byKey = new Map<string, CommitmentRow>();
  for (const r of rows) {
    if (!/^\d{4}-\d{2}(-\d{2})?$/.test(r.due)) continue;
    const key = commitmentKey({ committee: r.committee, meetingDate: r.part_meeting_date, title: r.part_title }, r.what, r.due);
    byKey.set(key, { ...paperRef(r), key, partAuthor: r.part_author, text: r.text, what: r.what, due: r.due, page: r.page, paragraph: r.paragraph });
  }
  return [...byKey.values()];
}
