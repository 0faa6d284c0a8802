/**
 * Places in committee names. "Lindenshire Health and Wellbeing Board" is the Health and Wellbeing
 * Board of a place: "lindenshire" in a question says whose papers (understand.ts), and "the health
 * and wellbeing board" also means that board (filters.ts). A leading word that names a kind of
 * business ("Adult Social Care Committee", "Shadow Cabinet", "Children's Health and Wellbeing
 * Board") is not a place.
 */
import { STOP_WORDS, words } from './text.ts';

const BUSINESS_WORDS = new Set(
  `adult adults children childrens s young youth health social care public planning licensing audit governance scrutiny overview
  standards finance financial corporate environment environmental economy economic housing education policy joint full general
  executive schools school pension pensions regulatory appeals appeal employment personnel transport highways community
  communities resources place people strategic area local county city district borough town parish staff human development
  leisure culture climate fire police performance investment treasury safeguarding wellbeing integrated shadow special
  extraordinary annual member members officer officers leader committee council cabinet board panel forum partnership authority
  sub cross north south east west central mid inner outer greater`.split(/\s+/).filter(Boolean),
);
const BODY_KIND = /\b(?:board|committee|panel|forum|partnership|authority|cabinet|council|assembly|executive)\b/i;

/** True for a word that may name a place at the head of a committee's name (not business, not a small word). */
export function isPlaceWord(word: string): boolean {
  return !BUSINESS_WORDS.has(word) && !STOP_WORDS.has(word);
}

const cache = new WeakMap<readonly string[], Set<string>>();

/** The places stored committees are named after: each one's first word when it names no kind of business. */
export function committeePlaceWords(committees: readonly string[]): Set<string> {
  let out = cache.get(committees);
  if (out) return out;
  out = new Set<string>();
  for (const c of committees) {
    const ws = words(c);
    const first = ws[0];
    if (ws.length >= 3 && first && first.length >= 4 && /^[a-z]+$/.test(first) && BODY_KIND.test(c) && isPlaceWord(first)) out.add(first);
  }
  cache.set(committees, out);
  return out;
}
