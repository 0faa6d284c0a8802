/**
 * The council a paper belongs to, from the names its text gives: "Nottinghamshire County Council",
 * "KENT COUNTY COUNCIL", "London Borough of Camden", and a heading line naming the council alone
 * with no County/Borough/District word ("KILBRANNAN COUNCIL", "The Highland Council"), and the
 * authorities that meet like councils ("FELLSIDE NATIONAL PARK AUTHORITY", "Merecombe Fire and
 * Rescue Authority", "Tees Valley Combined Authority").
 */
import { titleCase } from './titlecase.ts';

const COUNCIL_RE = /\b((?:[A-Z][a-zA-Z'’-]+ ){1,3}(?:County|City|Borough|District|Metropolitan Borough|Town|Parish)? ?Council)\b/g;
const COUNCIL_UC_RE = /\b((?:[A-Z'’-]{3,} ){1,3}(?:COUNTY|CITY|BOROUGH|DISTRICT|TOWN|PARISH) COUNCIL)\b/g;
/** "London Borough of Camden", "Royal Borough of Kingston upon Thames", "City of Bradford Metropolitan District Council". */
const BOROUGH_OF_RE = /\b((?:London|Royal) Borough of [A-Z][a-z]+(?: (?:and|upon) [A-Z][a-z]+)*(?: [A-Z][a-z]+)?)\b/g;
const BOROUGH_OF_UC_RE = /\b((?:LONDON|ROYAL) BOROUGH OF [A-Z]{3,}(?: (?:AND|UPON) [A-Z]{3,})*(?: [A-Z]{3,})?)\b/g;
const NOT_A_NAME = /^(The|This|That|Each|Full|Every|Our|Your|Their|Local|Parish|County|City|Borough|District|Town|Council|Members?|Leader|Cabinet|Meeting|Chair|Elected|Unitary|All|Both|Other|Any|Of|And|For|In|On|By|At|Per|With)$/;

/**
 * A heading line that is only a council's name without County/Borough/…: Scottish and Welsh
 * unitary councils ("STRATHMORAN COUNCIL", "Dumfries and Galloway Council"). Bodies that are not
 * local authorities ("Youth Council", "Privy Council") and meetings ("FULL COUNCIL") are not names.
 */
const BARE_HEADING = /^(?:THE |The )?((?:[A-Z][A-Za-z'’-]+ (?:(?:and|AND|of|OF|upon|UPON) )?){1,3}(?:Council|COUNCIL))$/;
const NOT_AN_AUTHORITY = /^(?:Full|Youth|Young|Executive|Joint|Special|Extraordinary|Annual|Ordinary|Privy|Arts|Sports?|Research|Security|European|Student|School|Pupil|Children|Parish|Town|County|City(?! of)|Borough|District|Community|Cabinet|Council|Planning|Licensing|Members?)\b/i;
/** The kinds of authority that hold committee meetings of their own, in a name's last words. */
const AUTHORITY_KIND = String.raw`(?:National Park|Fire and Rescue|Fire & Rescue|Fire|Combined|Police|Waste Disposal|Transport) Authority`;
const AUTHORITY_RE = new RegExp(String.raw`\b((?:[A-Z][a-zA-Z'’-]+ (?:and |& )?){1,3}${AUTHORITY_KIND})\b`, 'g');
const AUTHORITY_UC_RE = new RegExp(String.raw`\b((?:[A-Z'’-]{3,} (?:AND |& )?){1,3}${AUTHORITY_KIND.toUpperCase()})\b`, 'g');
/** The words of an authority's kind: not its place ("fellside"), so not a topic or a filter word. */
export const AUTHORITY_KIND_WORDS: ReadonlySet<string> = new Set(['national', 'park', 'fire', 'rescue', 'combined', 'police', 'waste', 'disposal', 'transport', 'authority', 'and']);
const AUTHORITY_END = new RegExp(String.raw`\s${AUTHORITY_KIND}$`);

/** "Fellside National Park Authority": a place's name before the kind ("The Fire Authority", "Combined Fire Authority" are not names). */
function isAuthorityName(name: string): boolean {
  const m = AUTHORITY_END.exec(name);
  return !!m && name.slice(0, m.index).split(' ').some((w) => !AUTHORITY_KIND_WORDS.has(w.toLowerCase()));
}

/** Lines at the head of a text in which a bare council name counts as its heading. */
const BARE_HEAD_LINES = 12;

function bareHeadings(text: string): string[] {
  const out: string[] = [];
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, BARE_HEAD_LINES);
  for (const line of lines) {
    const m = BARE_HEADING.exec(line);
    if (!m || /\b(?:County|City|Borough|District|Town|Parish|Metropolitan)\s+Council$/i.test(m[1]!)) continue;
    const name = titleCase(m[1]!);
    if (NOT_AN_AUTHORITY.test(name) || (NOT_A_NAME.test(name.split(' ')[0]!) && !/^City of /.test(name))) continue;
    out.push(name);
  }
  return out;
}

/** The council a text names most often (a heading counts more than a mention) ("Nottinghamshire County Council", "KENT COUNTY COUNCIL"). */
export function findCouncil(text: string): string | null {
  const counts = new Map<string, number>();
  const upper = new Set<string>();
  const bump = (name: string) => {
    const words = name.split(' ');
    while (words.length > 2 && NOT_A_NAME.test(words[0]!)) words.shift();
    if (NOT_A_NAME.test(words[0]!) || words.length < 2) return;
    const n = titleCase(words.join(' '));
    if (!/\b(County|City|Borough|District|Town|Parish) Council$|^(?:London|Royal) Borough of /.test(n) && !isAuthorityName(n)) return;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  };
  for (const m of text.matchAll(COUNCIL_RE)) bump(m[1]!);
  for (const m of text.matchAll(COUNCIL_UC_RE)) {
    bump(m[1]!);
    upper.add(titleCase(m[1]!));
  }
  for (const m of text.matchAll(BOROUGH_OF_RE)) bump(m[1]!.replace(/\s+(?:Council|Cabinet|Committee)$/, ''));
  for (const m of text.matchAll(BOROUGH_OF_UC_RE)) {
    const name = m[1]!.replace(/\s+(?:COUNCIL|CABINET|COMMITTEE)$/, '');
    bump(name);
    upper.add(titleCase(name));
  }
  for (const m of text.matchAll(AUTHORITY_RE)) bump(m[1]!);
  for (const m of text.matchAll(AUTHORITY_UC_RE)) {
    bump(m[1]!);
    upper.add(titleCase(m[1]!));
  }
  for (const name of bareHeadings(text)) {
    counts.set(name, (counts.get(name) ?? 0) + 1);
    upper.add(name);
  }
  // The council whose name heads the paper ("GREAT ALLINGHAM PARISH COUNCIL" on its first lines)
  // is its own, however often its minutes mention another ("a precept … requested from Wenmoor
  // District Council").
  const head = text.slice(0, 400).split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 3).join('\n').toUpperCase();
  let best: string | null = null;
  let bestN = 0;
  for (const [k, v] of counts) {
    // One passing mention of another council is not the paper's own council: a name must recur
    // or stand as an upper-case heading.
    const n = v + (upper.has(k) ? 2 : 0) + (upper.has(k) && head.includes(k.toUpperCase()) ? 3 : 0);
    if (n >= 2 && n > bestN) [best, bestN] = [k, n];
  }
  return best;
}

