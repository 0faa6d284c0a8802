/**
 * The names a unit stands under, beside its own words: its paper's title and file name, its
 * section or minute heading, its committee and its council, as stems read once per name.
 * coverage.ts credits a question's word found only in one of them at a lower weight.
 */
import type { Snapshot, Unit } from './corpus.ts';
import { stem, terms, words } from './text.ts';

const EMPTY: Set<string> = new Set();

/**
 * The committee's name as stems, read once per name: a paper's body names it as its title does
 * ("joint scrutiny cttee": the Joint Health Overview and Scrutiny Committee's minutes).
 */
const bodyStems = new Map<string, Set<string>>();
export function bodyTokens(committee: string | null): Set<string> {
  if (!committee) return EMPTY;
  let hit = bodyStems.get(committee);
  if (!hit) {
    hit = new Set(terms(committee));
    bodyStems.set(committee, hit);
  }
  return hit;
}

/** A council's name as stems ("Nottingham City Council"), read once per name. */
const councilStems = new Map<string, Set<string>>();
export function councilTokens(council: string | null): Set<string> {
  if (!council) return EMPTY;
  let hit = councilStems.get(council);
  if (!hit) {
    hit = new Set(words(council).map(stem));
    councilStems.set(council, hit);
  }
  return hit;
}

/**
 * The words that name a unit's topic beside its own text: its paper's name (part title and file
 * name) and its section heading (a resolution's minute heading), as stems. Two sets, not one
 * union per unit: headings repeat across a paper's paragraphs and are read once each.
 */
export interface TitleWords {
  paper: Set<string>;
  heading: Set<string>;
}
const HEADINGS_KEPT = 5000;
const headingTokens = new Map<string, Set<string>>();
export function titleOf(unit: Unit, snap: Snapshot): TitleWords {
  const paper = snap.partTokens.get(unit.part.id) ?? EMPTY;
  const heading = unit.extra.section ?? unit.extra.heading;
  if (!heading) return { paper, heading: EMPTY };
  let words = headingTokens.get(heading);
  if (!words) {
    if (headingTokens.size >= HEADINGS_KEPT) headingTokens.clear();
    words = new Set(terms(heading));
    headingTokens.set(heading, words);
  }
  return { paper, heading: words };
}
