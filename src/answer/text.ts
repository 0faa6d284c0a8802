/**
 * Words: tokenising, a light English stemmer, stop words and a bounded edit distance. Shared by
 * the question side (understand) and the index side (retrieve) so both normalise alike.
 */

/** Words that carry no topic: function words, question words, politeness, meeting boilerplate. */
export const STOP_WORDS = new Set(
  `a an the and or but nor of to in on at by for from with without into onto about above below over under
  between among through during before after since until upon within across against than then so as if
  is are was were be been being am do does did done doing have has had having will would shall should
  can could may might must ought i me my we us our you your he him his she her it its they them their
  this that these those there here what which who whom whose when where why how any all some each every
  no not only also just very much many more most less least few other such same own too again ever
  please tell show give find list know want need let get gets got say said says
  anything something everything nothing one ones thing things
  yes ok okay hi hello thanks thank go goes going gone went come comes came up down out off per via
  etc eg ie
  didn doesn isn wasn weren won couldn shouldn wouldn aren haven hasn hadn don ll ve re
  didnt doesnt isnt wasnt werent wont cant couldnt shouldnt wouldnt arent havent hasnt hadnt dont
  long soon because although though unless whilst while whereas therefore however instead rather`.split(/\s+/).filter(Boolean),
);

/**
 * Words that name what KIND of answer is wanted (the intent), not the topic. They still help
 * ranking, but a candidate does not have to contain them to count as on-topic.
 */
export const INTENT_WORDS = new Set(
  `approve approved approving approval approvals agree agreed agreeing agreement pass passed decide decided deciding decision decisions resolve resolved
  resolution resolutions recommend recommended recommendation recommendations endorse endorsed sign signed
  much figure figures total amount amounts
  post posts staff staffing fte ftes role roles job jobs headcount vacancy vacancies recruit recruited people
  when deadline deadlines due date dates next report reports back timescale timetable
  work programme programmes meeting meetings agenda forward plan upcoming coming
  who lead leads leading led officer officers author wrote responsible contact contacts owns own owner owners owning accountable charge
  committee committees council councils cabinet paper papers item items minute minutes
  asked extra additional big overall running update updates member members councillor councillors vote votes voted voting`.split(/\s+/).filter(Boolean),
);

/**
 * Words that ask about money. For a cost question they name the intent; in any other question
 * ("did cabinet sign off the budget?", "when does the budget go to full council?") they are
 * its topic.
 */
export const COST_WORDS = new Set(
  `cost costs costing costed budget budgets save saves saved saving savings spend spent spending funding funded fund price
  money pay pays paying paid expenditure afford`.split(/\s+/).filter(Boolean),
);

/** Lowercase word tokens (letters and digits), keeping original order. */
export function words(text: string): string[] {
  return (text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** A light suffix-stripping stemmer: plurals, -ing, -ed, -ly; enough to join approve/approved/approval. */
const STEMS = new Map<string, string>();

export function stem(word: string): string {
  const hit = STEMS.get(word);
  if (hit !== undefined) return hit;
  const out = stemUncached(word);
  if (STEMS.size < 200_000) STEMS.set(word, out);
  return out;
}

function stemUncached(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !(w.endsWith('is') && w.length > 4)) w = w.slice(0, -1);
  let inflected = false;
  if (w.length > 5 && w.endsWith('ing')) {
    w = w.slice(0, -3);
    inflected = true;
  } else if (w.length > 4 && w.endsWith('ed')) {
    w = w.slice(0, -2);
    inflected = true;
  } else if (w.length > 5 && w.endsWith('al') && !w.endsWith('ial')) w = w.slice(0, -2);
  else if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  // doubled consonant left by -ing/-ed ("planned" → "plann" → "plan", "cutting" → "cutt" → "cut")
  if ((w.length > 4 || (inflected && w.length === 4)) && /([bdfgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Stemmed tokens of a text, stop words removed. */
export function terms(text: string): string[] {
  return words(text)
    .filter((w) => !STOP_WORDS.has(w))
    .map(stem);
}

/**
 * Edit distance (optimal string alignment: two letters typed the wrong way round, "chrage", are
 * one edit), giving up (returning max+1) once it must exceed `max`. A row whose every cell exceeds
 * `max` ends it: the cell two rows on that a transposition reaches is at least one more.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** How many edits a query term of this length may be away from a word (fuzzy 0.2). */
export function fuzzBudget(term: string): number {
  if (term.length < 4) return 0;
  // a four-letter word the papers never use: one letter left out ("skils" for "skills")
  if (term.length === 4) return 1;
  return Math.floor(term.length * 0.2);
}

/** `text` as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whitespace-normalised lowercase text, for comparing verbatim quotes. */
export function normaliseText(text: string): string {
  return words(text).join(' ');
}
