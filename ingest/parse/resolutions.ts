/**
 * Resolutions recorded in minutes: "RESOLVED 2021/005" then "That Committee approves …";
 * "3. RESOLVED that Cabinet note …"; "RESOLVED: (1) that … (2) that …"; "It was resolved that …".
 * Each takes the minute heading above it as its title ("5. CONTAIN OUTBREAK MANAGEMENT FUND",
 * "86. Minutes of the Meeting held on 9th January 2025" + "(Item 3)") and ends at the next minute
 * heading, the next resolution, or where its items plainly end.
 */
import type { Resolution, ResolutionOutcome, Votes } from '../model.ts';
import type { Line, ParseInput } from '../layout/types.ts';
import { collectItems } from './decision-items.ts';
import { joinLines, usableLines } from './decision-lines.ts';
import { findMinuteHeadings, type MinuteHeading } from './decision-minutes.ts';
import { resolutionOutcome } from './decision-outcome.ts';

const RESOLVED_START =
  /^(?:\(?\d{1,3}(?:\.\d{1,2})?[.)]?\s+)?(?:It\s+was\s+(?:unanimously\s+|therefore\s+|further\s+)?)?(RESOLVED|Resolved|resolved)\b(?:\s+(\d{4}\s*\/\s*\d{1,4}))?(?:\s+\(?(?:unanimously|accordingly|by\s+consensus)\)?)?\s*(?:[:–—-]\s*)?(.*)$/;

interface Start {
  ref: string | null;
  rest: string;
}

function resolvedStart(line: Line): Start | null {
  const m = RESOLVED_START.exec(line.text.trim());
  if (!m) return null;
  const word = m[1]!;
  const rest = m[3] ?? '';
  // Lower-case "resolved" only in "It was resolved"; "Resolved" must introduce the decision.
  if (word === 'resolved' && !/^It\s+was/i.test(line.text.trim().replace(/^\(?\d[\d.]*[.)]?\s+/, ''))) return null;
  if (word !== 'RESOLVED' && rest && !/^(that|to|:|\(|[A-Z]|\d)/i.test(rest)) return null;
  if (/^(?:by|in|at|under|as)\b/i.test(rest)) return null;
  return { ref: m[2] ? m[2].replace(/\s+/g, '') : null, rest };
}

/** Votes as minutes record them: "For: 7, Against: 3, Abstentions: 1", "(8 votes for, 2 against)". */
export function parseVotes(text: string): Votes | null {
  const num = (re: RegExp): number | null => {
    const m = re.exec(text);
    return m ? Number(m[1]) : null;
  };
  const f =
    num(/\bFor\s*[:\-–]?\s*(\d{1,3})\b/) ??
    num(/\b(\d{1,3})\s+(?:votes?\s+)?(?:in\s+)?(?:for|in favour)\b/i) ??
    num(/\bin favour\s*[:\-–]?\s*(\d{1,3})\b/i);
  const a = num(/\bAgainst\s*[:\-–]?\s*(\d{1,3})\b/i) ?? num(/\b(\d{1,3})\s+(?:votes?\s+)?against\b/i);
  const ab = num(/\b(?:Abstentions?|Abstained|Abstain)\s*[:\-–]?\s*(\d{1,3})\b/i) ?? num(/\b(\d{1,3})\s+(?:abstentions?|abstained|abstain)\b/i);
  if (f === null || a === null) return null;
  return { for: f, against: a, abstain: ab };
}

function headingBefore(headings: MinuteHeading[], index: number): MinuteHeading | null {
  let found: MinuteHeading | null = null;
  for (const h of headings) {
    if (h.index < index) found = h;
    else break;
  }
  return found;
}

export function parseResolutions(input: ParseInput): Resolution[] {
  if (input.meta.type === 'report' || input.meta.type === 'appendix' || input.meta.type === 'work-programme') {
    // Reports quote earlier resolutions in prose; only a heading-style RESOLVED counts there.
    if (!input.lines.some((l) => /^(?:\d{1,3}\.\s+)?RESOLVED\b/.test(l.text.trim()))) return [];
  }
  const lines = usableLines(input.lines);
  const headings = findMinuteHeadings(lines);
  const headingIndexes = new Set(headings.flatMap((h) => h.lineIndexes));
  const out: Resolution[] = [];

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const start = resolvedStart(line);
    if (!start) continue;
    const stop = (l: Line, j: number) => headingIndexes.has(j) || resolvedStart(l) !== null;
    const section = collectItems(lines, i + 1, start.rest ? { ...line, text: start.rest } : null, { stop, maxLines: 120 });
    const heading = headingBefore(headings, i);
    const text = section.fullText;
    if (!text) continue;
    const labelled = section.items.some((it) => it.label !== null) || section.items.length > 1;
    const items = labelled
      ? section.items.map((it) => ({ label: it.label, text: it.text }))
      : [{ label: null, text }];
    // Votes are often recorded just before the RESOLVED line ("On being put to the vote … For 7, Against 3").
    const before = joinLines(lines.slice(Math.max(heading ? heading.index + 1 : 0, i - 4), i).map((l) => l.text));
    out.push({
      ref: start.ref ?? heading?.number ?? null,
      title: heading?.title ?? null,
      agendaItem: heading?.agendaItem ?? null,
      text,
      items,
      page: line.page,
      outcome: resolutionOutcome(text) satisfies ResolutionOutcome,
      votes: parseVotes(text) ?? parseVotes(before),
    });
    i = Math.max(i, section.end - 1);
  }
  return out;
}
