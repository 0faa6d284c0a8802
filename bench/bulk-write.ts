/**
 * A bulk writer for the synthetic corpus beyond what writeDocument can store in the bench's time:
 * the same rows as src/store/documents.ts insertPart (same tables, same columns, same facts_fts
 * texts), many documents per transaction, statements prepared once, and the product's
 * relinkResolutions run once at the end instead of after every document.
 *
 * Why it exists: writeDocument calls relinkResolutions (a rebuild over every stored resolution)
 * after each document, so storing N papers costs O(N²) — see the bench report. Keep this in step
 * with insertPart when the schema changes.
 */
import type { Document, Part } from '../ingest/model.ts';
import type { Db } from '../src/store/db.ts';
import { relinkResolutions } from '../src/store/links.ts';

const json = (v: unknown): string => JSON.stringify(v);

export interface BulkWriter {
  write(doc: Document, path: string): void;
  /** Commits what is pending and relinks resolutions once. */
  finish(): void;
}

export function createBulkWriter(db: Db, opts: { batch?: number; now?: Date } = {}): BulkWriter {
  const batch = opts.batch ?? 200;
  const now = (opts.now ?? new Date()).toISOString();
  const s = {
    doc: db.prepare(
      `INSERT INTO documents (path, file, sha256, pages, status, error, url, ingested_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?)`,
    ),
    part: db.prepare(
      `INSERT INTO parts (document_id, seq, type, title, council, committee, meeting_date, agenda_item, author, first_page, last_page, classification)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    fact: db.prepare('INSERT INTO facts_fts (text, kind, fact_id, part_id) VALUES (?, ?, ?, ?)'),
    para: db.prepare('INSERT INTO paragraphs (part_id, seq, number, section, page, text) VALUES (?, ?, ?, ?, ?, ?)'),
    table: db.prepare(
      `INSERT INTO part_tables (part_id, seq, page, last_page, unit, header_json, rows_json, total_columns_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    rec: db.prepare(
      `INSERT INTO recommendations (part_id, seq, label, verb, text, page, paragraph, cites_json, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    res: db.prepare(
      `INSERT INTO resolutions (part_id, seq, ref, title, agenda_item, text, items_json, page, outcome, votes_for, votes_against, votes_abstain)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    amount: db.prepare(
      `INSERT INTO amounts (part_id, seq, text, value, kind, period, funding_source, subject, page, paragraph, context, table_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    post: db.prepare(
      `INSERT INTO posts (part_id, seq, title, fte, grade, kind, until, team, cost, action, page, paragraph, text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    commitment: db.prepare('INSERT INTO commitments (part_id, seq, text, what, due, page, paragraph, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    wp: db.prepare(
      `INSERT INTO work_programme_items (part_id, seq, meeting_date, title, summary, lead_officer, author, page) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    acronym: db.prepare('INSERT INTO acronyms (part_id, short, long, page) VALUES (?, ?, ?, ?)'),
  };

  const insertPart = (documentId: number, seq: number, part: Part): void => {
    const partId = Number(
      s.part.run(documentId, seq, part.type, part.title, part.council, part.committee, part.meetingDate, part.agendaItem, part.author,
        part.firstPage, part.lastPage, part.classification).lastInsertRowid,
    );
    const indexFact = (kind: string, id: number | bigint, ...texts: Array<string | null>): void => {
      s.fact.run(texts.filter((t): t is string => t !== null && t.trim() !== '').join('\n'), kind, Number(id), partId);
    };
    part.paragraphs.forEach((p, i) => s.para.run(partId, i, p.number, p.section, p.page, p.text));
    part.tables.forEach((t, i) => s.table.run(partId, i, t.page, t.lastPage, t.unit, json(t.header), json(t.rows), json(t.totalColumns)));
    part.recommendations.forEach((r, i) =>
      indexFact('recommendation', s.rec.run(partId, i, r.label, r.verb, r.text, r.page, r.paragraph, json(r.cites), r.status).lastInsertRowid, r.text),
    );
    part.resolutions.forEach((r, i) =>
      indexFact('resolution', s.res.run(partId, i, r.ref, r.title, r.agendaItem, r.text, json(r.items), r.page, r.outcome,
        r.votes?.for ?? null, r.votes?.against ?? null, r.votes?.abstain ?? null).lastInsertRowid, r.text),
    );
    part.amounts.forEach((a, i) =>
      indexFact('amount', s.amount.run(partId, i, a.text, a.value, a.kind, a.period, a.fundingSource, a.subject, a.page, a.paragraph,
        a.context, a.table === null ? null : json(a.table)).lastInsertRowid, a.context, a.subject),
    );
    part.posts.forEach((p, i) =>
      indexFact('post', s.post.run(partId, i, p.title, p.fte, p.grade, p.kind, p.until, p.team, p.cost, p.action, p.page, p.paragraph,
        p.text).lastInsertRowid, p.title, p.text),
    );
    part.commitments.forEach((c, i) =>
      indexFact('commitment', s.commitment.run(partId, i, c.text, c.what, c.due, c.page, c.paragraph, c.source).lastInsertRowid, c.text),
    );
    part.workProgramme.forEach((w, i) =>
      indexFact('work-programme', s.wp.run(partId, i, w.meetingDate, w.title, w.summary, w.leadOfficer, w.author, w.page).lastInsertRowid, w.title, w.summary),
    );
    part.acronyms.forEach((a) => indexFact('acronym', s.acronym.run(partId, a.short, a.long, a.page).lastInsertRowid, `${a.short} ${a.long}`));
  };

  let pending = 0;
  const write = (doc: Document, path: string): void => {
    if (pending === 0) db.exec('BEGIN');
    const id = Number(s.doc.run(path, doc.file, doc.sha256, doc.pages, doc.status, doc.error, now).lastInsertRowid);
    doc.parts.forEach((p, seq) => insertPart(id, seq, p));
    if (++pending >= batch) {
      db.exec('COMMIT');
      pending = 0;
    }
  };
  return {
    write,
    finish: () => {
      if (pending > 0) db.exec('COMMIT');
      pending = 0;
      relinkResolutions(db);
    },
  };
}
