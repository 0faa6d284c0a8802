import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/schema.ts';
import { relinkResolutions } from '../../src/store/links.ts';

let db: Database.Database;

function part(docId: number, type: string, title: string, meetingDate: string | null, extra: { council?: string | null; committee?: string | null; agendaItem?: string | null } = {}): number {
  const info = db
    .prepare(
      `INSERT INTO parts (document_id, seq, type, title, council, committee, meeting_date, agenda_item, author, first_page, last_page, classification)
       VALUES (?, 0, ?, ?, ?, ?, ?, ?, NULL, 1, 5, 'public')`,
    )
    .run(docId, type, title, extra.council ?? 'Kent County Council', extra.committee ?? 'Cabinet', meetingDate, extra.agendaItem ?? null);
  return Number(info.lastInsertRowid);
}

function doc(name: string): number {
  return Number(
    db
      .prepare(`INSERT INTO documents (path, file, sha256, pages, status, error, url, ingested_at) VALUES (?, ?, ?, 5, 'ok', NULL, NULL, '2025-02-01T00:00:00Z')`)
      .run(`/papers/${name}`, name, name.padEnd(64, '0').slice(0, 64))
      .lastInsertRowid,
  );
}

function recommendation(partId: number, text: string, status = 'proposed'): void {
  db.prepare(`INSERT INTO recommendations (part_id, seq, label, verb, text, page, paragraph, cites_json, status) VALUES (?, 0, 'A.', 'agree', ?, 2, NULL, '[]', ?)`).run(partId, text, status);
}

function resolution(partId: number, title: string, agendaItem: string, outcome: string): number {
  return Number(
    db
      .prepare(`INSERT INTO resolutions (part_id, seq, ref, title, agenda_item, text, items_json, page, outcome) VALUES (?, 0, '90', ?, ?, 'that Cabinet agree', '[]', 14, ?)`)
      .run(partId, title, agendaItem, outcome).lastInsertRowid,
  );
}

const statuses = (partId: number) => (db.prepare('SELECT status FROM recommendations WHERE part_id = ? ORDER BY id').all(partId) as Array<{ status: string }>).map((r) => r.status);
const links = () => db.prepare('SELECT resolution_id, report_part_id, outcome FROM resolution_links ORDER BY report_part_id').all();

beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  db.exec(MIGRATIONS[0]!.sql);
});

describe('relinkResolutions', () => {
  it('links the minutes of a meeting to the reports decided there and marks their recommendations', () => {
    const report = part(doc('24-00109.pdf'), 'report', 'Transfer the 18-25 section of the Strengthening Independence Service', '2025-01-30', { council: null });
    recommendation(report, 'Agree to TRANSFER the statutory functions');
    recommendation(report, 'DELEGATE authority to the Corporate Director');
    const other = part(doc('24-00096.pdf'), 'report', 'Commissioning Plan for Education Provision in Kent 2025-29', '2025-01-30');
    recommendation(other, 'Cabinet is asked to agree the Commissioning Plan');
    const earlier = part(doc('24-00001.pdf'), 'report', 'Transfer the 18-25 section of the Strengthening Independence Service', '2024-11-28');
    recommendation(earlier, 'Agree to TRANSFER');
    const minutes = part(doc('minutes-30-jan.pdf'), 'minutes', 'Minutes', '2025-01-30');
    const res = resolution(minutes, '24/00109 - Transfer the 18-25 section of the Strengthening Independence Service from CYPE to ASCH', '7', 'agreed');

    relinkResolutions(db);

    expect(links()).toEqual([{ resolution_id: res, report_part_id: report, outcome: 'approved' }]);
    expect(statuses(report)).toEqual(['approved', 'approved']);
    expect(statuses(other)).toEqual(['proposed']);
    expect(statuses(earlier)).toEqual(['proposed']);
  });

  it('marks amended and not-adopted outcomes, and resets when the minutes go away', () => {
    const a = part(doc('a.pdf'), 'report', 'Library Services Review', '2025-03-04');
    recommendation(a, 'approves the review');
    const b = part(doc('b.pdf'), 'report', 'Parking Charges Consultation', '2025-03-04');
    recommendation(b, 'approves the charges');
    const minutesDoc = doc('minutes-4-mar.pdf');
    const minutes = part(minutesDoc, 'minutes', 'Minutes', '2025-03-04');
    resolution(minutes, 'Library Services Review', '5', 'amended');
    resolution(minutes, 'Parking Charges Consultation', '6', 'deferred');

    relinkResolutions(db);
    expect(statuses(a)).toEqual(['amended']);
    expect(statuses(b)).toEqual(['not-adopted']);

    db.prepare('DELETE FROM documents WHERE id = ?').run(minutesDoc);
    relinkResolutions(db);
    expect(links()).toEqual([]);
    expect(statuses(a)).toEqual(['proposed']);
    expect(statuses(b)).toEqual(['proposed']);
  });

  it('keeps the status a record of decision states, and does not link across councils or committees', () => {
    const record = part(doc('rod.pdf'), 'decision-record', 'Budget', null);
    recommendation(record, 'note the forecast', 'approved');
    const report = part(doc('notts.pdf'), 'report', 'Contain Outbreak Management Fund', '2021-01-11', { council: 'Nottinghamshire County Council', committee: 'Adult Social Care and Public Health Committee', agendaItem: '5' });
    recommendation(report, 'approves the use of the fund');
    const minutes = part(doc('kent-min.pdf'), 'minutes', 'Minutes', '2021-01-11', { council: 'Kent County Council', committee: 'Cabinet' });
    resolution(minutes, 'CONTAIN OUTBREAK MANAGEMENT FUND', '5', 'approved');

    relinkResolutions(db);
    expect(links()).toEqual([]);
    expect(statuses(record)).toEqual(['approved']);
    expect(statuses(report)).toEqual(['proposed']);
  });

  it('runs inside a caller transaction and is idempotent', () => {
    const report = part(doc('r.pdf'), 'report', 'Corporate Risk Register', '2025-01-09', { agendaItem: '7' });
    recommendation(report, 'note the report');
    const minutes = part(doc('m.pdf'), 'minutes', 'Minutes', '2025-01-09');
    resolution(minutes, 'Corporate Risk Register', '7', 'noted');
    db.transaction(() => {
      relinkResolutions(db);
      relinkResolutions(db);
    })();
    expect(links()).toHaveLength(1);
    expect(statuses(report)).toEqual(['approved']);
  });
});

describe('relinkResolutions with real papers written by the store', () => {
  it('marks the Kent reports decided on 30 January 2025 as approved once the printed minutes are stored', async () => {
    const { readFileSync } = await import('node:fs');
    const { extractDocument } = await import('../../ingest/pipeline.ts');
    const { openDatabase } = await import('../../src/store/db.ts');
    const { writeDocument } = await import('../../src/store/documents.ts');
    const store = openDatabase(':memory:');
    const write = async (f: string) => writeDocument(store, await extractDocument({ file: f, data: new Uint8Array(readFileSync(f)) }), { path: `/papers/${f}` });
    await write('fixtures/kent/2025-01-30_24-00109_-_Transfer_the_18-25_section_of_the_Strengthening_Independence_Service_-_Report.pdf');
    await write('fixtures/kent/2025-01-30_24-00096_-_Commissioning_Plan_for_Education_Provision_in_Kent_2025-29_-_Report.pdf');
    const status = () =>
      store.prepare(`SELECT p.title AS title, group_concat(r.status) AS s FROM recommendations r JOIN parts p ON p.id = r.part_id GROUP BY r.part_id ORDER BY p.title`).all();
    expect(status()).toEqual([
      { title: 'Commissioning Plan for Education Provision in Kent 2025-29', s: 'proposed' },
      { title: expect.stringMatching(/^Transfer the 18-25 section/), s: 'proposed,proposed' },
    ]);
    await write('fixtures/kent/2025-01-30_Printed_minutes_30th-Jan-2025_10.00_Cabinet.pdf');
    expect(status()).toEqual([
      { title: 'Commissioning Plan for Education Provision in Kent 2025-29', s: 'approved' },
      { title: expect.stringMatching(/^Transfer the 18-25 section/), s: 'approved,approved' },
    ]);
    const linked = store.prepare(`SELECT r.ref AS ref, l.outcome AS outcome FROM resolution_links l JOIN resolutions r ON r.id = l.resolution_id ORDER BY r.ref`).all();
    expect(linked).toEqual([
      { ref: '90', outcome: 'approved' },
      { ref: '92', outcome: 'approved' },
    ]);
  }, 120_000);
});
