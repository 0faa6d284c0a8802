/**
 * Rebuilds resolution_links (which report each stored resolution decided) and the status of those
 * reports' recommendations: approved / amended / not-adopted from the linked resolution, back to
 * proposed when no resolution links to the report any more. Run after every document write or
 * delete (inside the caller's transaction is fine: nested transactions become savepoints).
 */
import type Database from 'better-sqlite3';
import type { ResolutionOutcome } from '../../ingest/model.ts';
import { linkOutcome, matchResolutionToReport } from '../../ingest/parse/resolution-links.ts';

interface ResolutionRow {
  id: number;
  title: string | null;
  agenda_item: string | null;
  outcome: ResolutionOutcome;
  council: string | null;
  committee: string | null;
  meeting_date: string | null;
}

interface ReportRow {
  id: number;
  title: string | null;
  council: string | null;
  committee: string | null;
  meeting_date: string | null;
  agenda_item: string | null;
}

/**
 * Rebuilds the links for the given meeting dates only (a resolution can only decide a report of
 * the meeting its minutes record, so links never cross dates) — or for every date when `dates` is
 * omitted. Writers pass the dates of the document they wrote or removed, which keeps a write
 * O(size of that meeting) instead of O(whole archive).
 */
export function relinkResolutions(db: Database.Database, dates?: Iterable<string | null>): void {
  if (dates === undefined) {
    relinkDates(db, null);
    return;
  }
  const wanted = [...new Set([...dates].filter((d): d is string => d !== null && d !== ''))];
  if (wanted.length > 0) relinkDates(db, wanted);
}

function relinkDates(db: Database.Database, dates: string[] | null): void {
  // `dates` as a JSON array keeps the statements fixed whatever its length.
  const onDates = dates === null ? '1' : 'p.meeting_date IN (SELECT value FROM json_each(@dates))';
  const params = dates === null ? {} : { dates: JSON.stringify(dates) };
  db.transaction(() => {
    db.prepare(
      `DELETE FROM resolution_links WHERE report_part_id IN (SELECT p.id FROM parts p WHERE ${onDates})
          OR resolution_id IN (SELECT r.id FROM resolutions r JOIN parts p ON p.id = r.part_id WHERE ${onDates})`,
    ).run(params);
    db.prepare(
      `UPDATE recommendations SET status = 'proposed'
        WHERE status != 'proposed' AND part_id IN (SELECT p.id FROM parts p WHERE p.type = 'report' AND ${onDates})`,
    ).run(params);

    const resolutions = db
      .prepare(
        `SELECT r.id, r.title, r.agenda_item, r.outcome, p.council, p.committee, p.meeting_date
           FROM resolutions r JOIN parts p ON p.id = r.part_id
          WHERE p.meeting_date IS NOT NULL AND ${onDates}`,
      )
      .all(params) as ResolutionRow[];
    if (resolutions.length === 0) return;
    const reportsOn = db.prepare(
      `SELECT id, title, council, committee, meeting_date, agenda_item FROM parts
        WHERE type = 'report' AND meeting_date = ?`,
    );

    // For each report, the best-scoring resolution decides it.
    const best = new Map<number, { resolution: ResolutionRow; score: number }>();
    const byDate = new Map<string, ReportRow[]>();
    for (const res of resolutions) {
      const date = res.meeting_date!;
      let reports = byDate.get(date);
      if (!reports) {
        reports = reportsOn.all(date) as ReportRow[];
        byDate.set(date, reports);
      }
      for (const rep of reports) {
        const score = matchResolutionToReport(
          { title: res.title, agendaItem: res.agenda_item, outcome: res.outcome },
          { council: res.council, committee: res.committee, meetingDate: res.meeting_date },
          { title: rep.title, council: rep.council, committee: rep.committee, meetingDate: rep.meeting_date, agendaItem: rep.agenda_item },
        );
        if (score <= 0) continue;
        const cur = best.get(rep.id);
        if (!cur || score > cur.score) best.set(rep.id, { resolution: res, score });
      }
    }

    const insert = db.prepare('INSERT INTO resolution_links (resolution_id, report_part_id, outcome) VALUES (?, ?, ?)');
    const setStatus = db.prepare('UPDATE recommendations SET status = ? WHERE part_id = ?');
    for (const [reportId, { resolution }] of best) {
      const outcome = linkOutcome(resolution.outcome);
      insert.run(resolution.id, reportId, outcome);
      setStatus.run(outcome, reportId);
    }
  })();
}
