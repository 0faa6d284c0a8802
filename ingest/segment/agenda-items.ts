/**
 * Map parts of a pack to the items of its agenda when a part does not print its own item number:
 * find the agenda line whose words best cover the part's title, then the item number printed at
 * the start of that line or of a neighbouring line (wrapped agenda rows put it mid-row).
 */
import type { Line } from '../layout/types.ts';

const STOP = new Set(['the', 'and', 'of', 'for', 'to', 'in', 'on', 'with', 'a', 'an', 'from', 'by', 'at', 'report']);

function words(s: string): string[] {
  return (s.toLowerCase().replace(/(\d)(?:st|nd|rd|th)\b/g, '$1').match(/[a-z0-9]+/g) ?? []).filter((w) => !STOP.has(w) && (w.length > 1 || /\d/.test(w)));
}

function leadingNumber(line: Line): string | null {
  const m = /^(\d{1,2}[a-z]?)\.?(?:\s|$)/.exec(line.cells[0]?.text.trim() ?? '');
  return m ? m[1]! : null;
}

export function agendaItemFor(title: string, agendaLines: Line[]): string | null {
  const want = new Set(words(title));
  if (want.size < 2) return null;
  // an ambiguous single-word match (e.g. only "minutes") is not enough
  let best = { score: 0, index: -1 };
  for (let i = 0; i < agendaLines.length; i++) {
    const window = [agendaLines[i - 1], agendaLines[i], agendaLines[i + 1]].filter((l): l is Line => !!l);
    const have = new Set(words(window.map((l) => l.text).join(' ')));
    const hit = [...want].filter((w) => have.has(w)).length / want.size;
    const own = new Set(words(agendaLines[i]!.text));
    const ownHit = [...want].filter((w) => own.has(w)).length / want.size;
    const score = hit + ownHit * 0.01;
    if (score > best.score) best = { score, index: i };
  }
  if (best.score < 0.75) return null;
  // ("3. Minutes (page 2)" / indented "To approve the minutes of the meeting held on …": the item above its description)
  const above = agendaLines[best.index - 1];
  const indented = above !== undefined && agendaLines[best.index]!.x > above.x + 2;
  for (const k of indented ? [best.index, best.index - 1, best.index + 1] : [best.index, best.index + 1, best.index - 1]) {
    const l = agendaLines[k];
    if (!l) continue;
    const n = leadingNumber(l);
    if (n) return n;
  }
  return null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The words an agenda uses for a set of minutes: "Minutes … held on 11 January 2021". */
export function minutesQuery(isoDate: string | null): string | null {
  const m = isoDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate) : null;
  if (!m) return null;
  return `Minutes ${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}
