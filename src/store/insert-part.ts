/**
 * One Part's rows: the part, its paragraphs (indexed in paragraphs_fts by trigger), tables and
 * every fact, each fact also indexed in facts_fts (kind, fact_id, part_id, text). Called by
 * writeDocument inside its transaction; never on its own.
 */
import type { Part } from '../../ingest/model.ts';
import type { Db } from './db.ts';

const json = (v: unknown): string => JSON.stringify(v);

export function insertPart(db: Db, documentId: number, seq: number, part: Part): void {
  const partId = Number(
    db
      .prepare(
        `INSERT INTO parts (document_id, seq, type, title, council, committee, meeting_date, agenda_item,
                            author, first_page, last_page, classification)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(documentId, seq, part.type, part.title, part.council, part.committee, part.meetingDate, part.agendaItem,
        part.author, part.firstPage, part.lastPage, part.classification).lastInsertRowid,
  );
  const fact = db.prepare('INSERT INTO facts_fts (text, kind, fact_id, part_id) VALUES (?, ?, ?, ?)');
  const indexFact = (kind: string, id: number | bigint, ...texts: Array<string | null>): void => {
    const text = texts.filter((t): t is string => t !== null && t.trim() !== '').join('\n');
    fact.run(text, kind, Number(id), partId);
  };

  const para = db.prepare('INSERT INTO paragraphs (part_id, seq, number, section, page, text) VALUES (?, ?, ?, ?, ?, ?)');
  part.paragraphs.forEach((p, i) => para.run(partId, i, p.number, p.section, p.page, p.text));

  const table = db.prepare(
    `INSERT INTO part_tables (part_id, seq, page, last_page, unit, header_json, rows_json, total_columns_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  part.tables.forEach((t, i) => table.run(partId, i, t.page, t.lastPage, t.unit, json(t.header), json(t.rows), json(t.totalColumns)));

  const rec = db.prepare(
    `INSERT INTO recommendations (part_id, seq, label, verb, text, page, paragraph, cites_json, status)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  part.recommendations.forEach((r, i) => {
    const id = rec.run(partId, i, r.label, r.verb, r.text, r.page, r.paragraph, json(r.cites), r.status).lastInsertRowid;
    indexFact('recommendation', id, r.text);
  });

  const res = db.prepare(
    `INSERT INTO resolutions (part_id, seq, ref, title, agenda_item, text, items_json, page, outcome,
                              votes_for, votes_against, votes_abstain)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  part.resolutions.forEach((r, i) => {
    const id = res.run(partId, i, r.ref, r.title, r.agendaItem, r.text, json(r.items), r.page, r.outcome,
      r.votes?.for ?? null, r.votes?.against ?? null, r.votes?.abstain ?? null).lastInsertRowid;
    indexFact('resolution', id, r.text);
  });

  const amount = db.prepare(
    `INSERT INTO amounts (part_id, seq, text, value, kind, period, funding_source, subject, page, paragraph, context, table_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  part.amounts.forEach((a, i) => {
    const id = amount.run(partId, i, a.text, a.value, a.kind, a.period, a.fundingSource, a.subject, a.page, a.paragraph,
      a.context, a.table === null ? null : json(a.table)).lastInsertRowid;
    indexFact('amount', id, a.context, a.subject);
  });

  const post = db.prepare(
    `INSERT INTO posts (part_id, seq, title, fte, grade, kind, until, team, cost, action, page, paragraph, text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  part.posts.forEach((p, i) => {
    const id = post.run(partId, i, p.title, p.fte, p.grade, p.kind, p.until, p.team, p.cost, p.action, p.page, p.paragraph,
      p.text).lastInsertRowid;
    indexFact('post', id, p.title, p.text);
  });

  const commitment = db.prepare(
    'INSERT INTO commitments (part_id, seq, text, what, due, page, paragraph, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  part.commitments.forEach((c, i) => {
    const id = commitment.run(partId, i, c.text, c.what, c.due, c.page, c.paragraph, c.source).lastInsertRowid;
    indexFact('commitment', id, c.text);
  });

  const wp = db.prepare(
    `INSERT INTO work_programme_items (part_id, seq, meeting_date, title, summary, lead_officer, author, page)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  part.workProgramme.forEach((w, i) => {
    const id = wp.run(partId, i, w.meetingDate, w.title, w.summary, w.leadOfficer, w.author, w.page).lastInsertRowid;
    // the lead officer and author too: "what is Mary Read reporting on in March?"
    indexFact('work-programme', id, w.title, w.summary, w.leadOfficer, w.author);
  });

  const acronym = db.prepare('INSERT INTO acronyms (part_id, short, long, page) VALUES (?, ?, ?, ?)');
  part.acronyms.forEach((a) => {
    const id = acronym.run(partId, a.short, a.long, a.page).lastInsertRowid;
    indexFact('acronym', id, `${a.short} ${a.long}`);
  });
}
