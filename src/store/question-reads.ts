/**
 * Reads a question makes when its wording names something particular: a minute or item number,
 * a meeting's agenda, who to contact, and the openings of the candidates' papers (for the topic
 * words a paper is about). Same rules as candidates.ts: scoped in SQL, exempt parts left out
 * unless the caller may see them (a caller passes only part ids from its own audience).
 */
import type { Db } from './db.ts';
import type { ParagraphRow, ResolutionRow } from './facts.ts';
import { CONTACT_LABELS } from '../../ingest/parse/contact-block.ts';
import { IDS, ROW_SQL, scopeSql, type PartScope, type RowsByKind } from './candidates.ts';

/**
 * The first `n` paragraphs of each of these parts (title block, summary, purpose,
 * recommendations: where a report says what it is about), read by the part index, after the
 * part's own title, committee and council and the headings those paragraphs stand under (a
 * paper's "FELLSIDE NATIONAL PARK AUTHORITY" heading is a section, not a paragraph).
 */
export function openingTexts(db: Db, partIds: readonly number[], n: number): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const head = db.prepare('SELECT title, committee, council FROM parts WHERE id = ?');
  const stmt = db.prepare('SELECT text, section FROM paragraphs WHERE part_id = ? ORDER BY id LIMIT ?');
  for (const id of new Set(partIds)) {
    const part = head.get(id) as { title: string | null; committee: string | null; council: string | null } | undefined;
    const texts: string[] = [part?.title, part?.committee, part?.council].filter((t): t is string => !!t);
    const sections = new Set<string>();
    const paras: string[] = [];
    for (const row of stmt.all(id, n) as { text: string; section: string | null }[]) {
      if (row.section) sections.add(row.section);
      paras.push(row.text);
    }
    out.set(id, [...texts, ...sections, ...paras]);
  }
  return out;
}

/** Resolutions with these minute references ("82", "2021/007") in the scope. */
export function resolutionsByRef(db: Db, refs: readonly string[], scope: PartScope): Partial<RowsByKind> {
  if (refs.length === 0) return { resolution: [] };
  const s = scopeSql(scope);
  const ids = db
    .prepare(
      `SELECT r.id FROM resolutions r JOIN parts p ON p.id = r.part_id JOIN documents d ON d.id = p.document_id
        WHERE lower(r.ref) IN (${IDS}) AND ${s.sql} ORDER BY p.meeting_date DESC LIMIT 50`,
    )
    .pluck()
    .all(JSON.stringify(refs.map((r) => r.toLowerCase())), ...s.params) as number[];
  return { resolution: ids.length === 0 ? [] : (db.prepare(`${ROW_SQL.resolution} WHERE id IN (${IDS})`).all(JSON.stringify(ids)) as ResolutionRow[]) };
}

/**
 * The resolutions standing under these minute headings ("FIT FOR THE FUTURE – …" in part 12):
 * the decisions of the discussions a question found (the parts were already scoped by the caller).
 */
export function resolutionsUnderHeadings(db: Db, headings: ReadonlyArray<{ partId: number; heading: string }>): Partial<RowsByKind> {
  if (headings.length === 0) return { resolution: [] };
  const stmt = db.prepare(`${ROW_SQL.resolution} WHERE part_id = ? AND title = ?`);
  return { resolution: headings.flatMap((h) => stmt.all(h.partId, h.heading) as ResolutionRow[]) };
}

/**
 * The numbered items of the agendas in scope ("3. Consideration of Decision 24/00093"): what is
 * on a meeting's agenda, earliest meeting first from `onOrAfter` when given, else latest first.
 */
export function agendaItemsInScope(db: Db, scope: PartScope, limit: number, onOrAfter: string | null): Partial<RowsByKind> {
  const s = scopeSql(scope);
  const after = onOrAfter ? ' AND p.meeting_date >= ?' : '';
  const ids = db
    .prepare(
      `SELECT g.id FROM paragraphs g JOIN parts p ON p.id = g.part_id JOIN documents d ON d.id = p.document_id
        WHERE p.type = 'agenda' AND g.number IS NOT NULL AND ${s.sql}${after}
        ORDER BY p.meeting_date ${onOrAfter ? 'ASC' : 'DESC'}, g.id LIMIT ?`,
    )
    .pluck()
    .all(...s.params, ...(onOrAfter ? [onOrAfter] : []), limit) as number[];
  return { paragraph: ids.length === 0 ? [] : (db.prepare(`${ROW_SQL.paragraph} WHERE id IN (${IDS})`).all(JSON.stringify(ids)) as ParagraphRow[]) };
}

/**
 * The contact block of these parts ("Lead Officer: …", "Report Author: …", e-mail addresses):
 * who to ask about a paper. LIKE over the few parts' paragraphs (read by the part index).
 */
export function contactParagraphs(db: Db, partIds: readonly number[]): Partial<RowsByKind> {
  if (partIds.length === 0) return { paragraph: [] };
  const rows = db
    .prepare(
      `${ROW_SQL.paragraph} WHERE part_id IN (${IDS})
         AND (text LIKE '%@%' OR ${CONTACT_LABELS.map(() => 'text LIKE ?').join(' OR ')} OR coalesce(section, '') LIKE '%contact%')
       ORDER BY id LIMIT 40`,
    )
    .all(JSON.stringify([...new Set(partIds)]), ...CONTACT_LABELS.map((l) => `%${l}%`)) as ParagraphRow[];
  return { paragraph: rows };
}
