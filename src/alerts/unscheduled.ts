/**
 * Is a commitment picked up anywhere? A promise such as "receive a progress evaluation report in
 * April 2022" is scheduled when a work-programme item, or the title of a LATER paper, of the same
 * committee names its subject.
 *
 * Subject words: the content words of what was promised, minus words every report shares
 * ("progress", "report", "update" …); when nothing is left (a bare "a progress report"), the
 * content words of the title of the paper that made the promise. Words of the committee's own
 * name are dropped too ("social", "care" say nothing in an Adult Social Care committee). A
 * candidate matches when it holds at least half the subject words, and at least two (or the only
 * one). Words are compared after crude stemming
 * (lower case, trailing "s" dropped). Nothing to match on → unscheduled (flag it for a person).
 */
import type { Db } from '../store/db.ts';
import { normalise } from './keys.ts';

const GENERIC = new Set(
  `a an the and or of for to in on at by with from into about this that these those its their our
   report reports reporting update updates updated progress review reviews evaluation further final
   interim annual paper papers item items committee cabinet council meeting meetings receive received
   back bring brought present presented consider considered future next new six twelve three months
   month year years weeks week time date plan plans proposal proposals outcome outcomes findings
   result results detailed full be will shall should would officers officer director service services`
    .split(/\s+/)
    .filter(Boolean),
);

function stem(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

export function subjectWords(text: string | null | undefined): string[] {
  const out = new Set<string>();
  for (const w of normalise(text).split(' ')) {
    if (w.length < 3 || /^\d+$/.test(w) || GENERIC.has(w)) continue;
    out.add(stem(w));
  }
  return [...out];
}

interface Candidate {
  committee: string;
  /** Meeting date of the work-programme item or later paper; null when not known. */
  date: string | null;
  /** Date of the paper that listed it (work programme) — must not be before the promise. */
  listedOn: string | null;
  words: Set<string>;
  kind: 'work-programme' | 'paper';
}

export class PickupIndex {
  private readonly candidates: Candidate[];

  constructor(db: Db) {
    const wp = db
      .prepare(
        `SELECT w.title, w.summary, w.meeting_date, p.committee, p.meeting_date AS listed_on
         FROM work_programme_items w JOIN parts p ON p.id = w.part_id`,
      )
      .all() as Array<{ title: string; summary: string | null; meeting_date: string | null; committee: string | null; listed_on: string | null }>;
    const parts = db
      .prepare(`SELECT title, committee, meeting_date FROM parts WHERE title IS NOT NULL`)
      .all() as Array<{ title: string; committee: string | null; meeting_date: string | null }>;
    this.candidates = [
      ...wp.map((r) => ({
        committee: normalise(r.committee),
        date: r.meeting_date,
        listedOn: r.listed_on,
        words: new Set(subjectWords(`${r.title} ${r.summary ?? ''}`)),
        kind: 'work-programme' as const,
      })),
      ...parts.map((r) => ({
        committee: normalise(r.committee),
        date: r.meeting_date,
        listedOn: r.meeting_date,
        words: new Set(subjectWords(r.title)),
        kind: 'paper' as const,
      })),
    ];
  }

  /** True when nothing later of the same committee seems to pick the commitment up. */
  isUnscheduled(c: { what: string; partTitle: string | null; committee: string | null; partMeetingDate: string | null }): boolean {
    const own = new Set(subjectWords(c.committee));
    const words = (text: string | null) => subjectWords(text).filter((w) => !own.has(w));
    let subject = words(c.what);
    if (subject.length === 0) subject = words(c.partTitle);
    if (subject.length === 0) return true;
    const need = Math.max(Math.min(2, subject.length), Math.ceil(subject.length / 2));
    const committee = normalise(c.committee);
    const made = c.partMeetingDate;
    return !this.candidates.some((cand) => {
      if (committee !== '' && cand.committee !== committee) return false;
      if (cand.kind === 'paper') {
        // A later paper: a meeting after the one the promise was made at.
        if (!made || !cand.date || cand.date <= made) return false;
      } else {
        // A work-programme item listed no earlier than the promise, for a meeting after it.
        if (made && cand.listedOn && cand.listedOn < made) return false;
        if (made && cand.date && cand.date <= made) return false;
      }
      let hits = 0;
      for (const w of subject) if (cand.words.has(w)) hits += 1;
      return hits >= need;
    });
  }
}
