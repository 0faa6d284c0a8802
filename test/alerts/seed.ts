/**
 * Hand-inserted rows for alert tests (documents → parts → work-programme items / commitments /
 * paragraphs), so the alerts can be tested without the ingest pipeline.
 */
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/log.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';

export function memoryDb(): Db {
  return openDatabase(':memory:');
}

let docSeq = 0;

export interface SeedPart {
  file?: string;
  title?: string | null;
  committee?: string | null;
  council?: string | null;
  meetingDate?: string | null;
  type?: string;
  classification?: 'public' | 'exempt';
  url?: string | null;
  author?: string | null;
  ingestedAt?: string;
  paragraphs?: Array<{ text: string; page?: number; section?: string | null }>;
}

/** Inserts one document with one part; returns their ids and sha. */
export function addPaper(db: Db, p: SeedPart = {}): { documentId: number; partId: number; sha256: string } {
  docSeq += 1;
  const file = p.file ?? `paper-${docSeq}.pdf`;
  const sha256 = createHash('sha256').update(`${file}#${docSeq}`).digest('hex');
  const doc = db
    .prepare(
      `INSERT INTO documents (path, file, sha256, pages, status, url, ingested_at) VALUES (?, ?, ?, 20, 'ok', ?, ?)`,
    )
    .run(`/papers/${docSeq}/${file}`, file, sha256, p.url ?? null, p.ingestedAt ?? '2025-01-01T00:00:00.000Z');
  const documentId = Number(doc.lastInsertRowid);
  const part = db
    .prepare(
      `INSERT INTO parts (document_id, seq, type, title, council, committee, meeting_date, agenda_item, author, first_page, last_page, classification)
       VALUES (?, 0, ?, ?, ?, ?, ?, '5', ?, 1, 20, ?)`,
    )
    .run(
      documentId,
      p.type ?? 'report',
      p.title === undefined ? 'A report' : p.title,
      p.council ?? 'Kent County Council',
      p.committee === undefined ? 'Cabinet' : p.committee,
      p.meetingDate === undefined ? '2025-01-10' : p.meetingDate,
      p.author ?? null,
      p.classification ?? 'public',
    );
  const partId = Number(part.lastInsertRowid);
  (p.paragraphs ?? []).forEach((para, i) =>
    db
      .prepare('INSERT INTO paragraphs (part_id, seq, number, section, page, text) VALUES (?, ?, NULL, ?, ?, ?)')
      .run(partId, i, para.section ?? null, para.page ?? 1, para.text),
  );
  return { documentId, partId, sha256 };
}

export function addWorkProgrammeItem(
  db: Db,
  partId: number,
  w: { meetingDate: string | null; title: string; summary?: string | null; leadOfficer?: string | null; author?: string | null; page?: number },
): void {
  db.prepare(
    `INSERT INTO work_programme_items (part_id, seq, meeting_date, title, summary, lead_officer, author, page)
     VALUES (?, (SELECT count(*) FROM work_programme_items WHERE part_id = ?), ?, ?, ?, ?, ?, ?)`,
  ).run(partId, partId, w.meetingDate, w.title, w.summary ?? null, w.leadOfficer ?? null, w.author ?? null, w.page ?? 3);
}

export function addCommitment(db: Db, partId: number, c: { text: string; what: string; due: string | null; page?: number }): void {
  db.prepare(
    `INSERT INTO commitments (part_id, seq, text, what, due, page, paragraph, source)
     VALUES (?, (SELECT count(*) FROM commitments WHERE part_id = ?), ?, ?, ?, ?, NULL, 'recommendation')`,
  ).run(partId, partId, c.text, c.what, c.due, c.page ?? 2);
}

/** A pino logger writing into an array (assert on log lines if needed). */
export function testLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(chunk.toString('utf8'));
      cb();
    },
  });
  return { logger: createLogger({ level: 'debug', destination }), lines };
}
