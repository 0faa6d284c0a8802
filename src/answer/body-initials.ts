/**
 * A body named by its initials ("osc" for the Overview and Scrutiny Committee, "fra" for the Fire
 * and Rescue Authority, "PC" for a parish council): the committee the papers come from, read as a
 * filter rather than a topic. Only bodies that meet are read so (not a council's own name: "KCC"
 * is the council, not its full council meeting).
 */
const SKIP = new Set(['and', 'of', 'the', 'for', 'on', 'in', '&']);
const BODY = /\b(?:committee|cabinet|board|panel|scrutiny|forum|group|council|authority|executive)\b/i;

/** A name's words that give letters ("of", "and", "&" give none). */
function lettered(name: string): string[] {
  return name.split(/[\s,–-]+/).filter((w) => w && !SKIP.has(w.toLowerCase()));
}
/** The first letters of words, in capitals. */
function initials(ws: readonly string[]): string {
  return ws.map((w) => w[0]!.toUpperCase()).join('');
}

function initialsOf(name: string): string[] {
  const ws = lettered(name);
  const full = initials(ws);
  // "Overview and Scrutiny Committee" is also "O&S", "OS"
  const bare = /^(?:committee|sub-committee)$/i.test(ws[ws.length - 1] ?? '') ? full.slice(0, -1) : full;
  return [...new Set([full, bare])].filter((x) => x.length >= 2);
}

/**
 * Shorter initials a body also goes by: without the place's name before it ("Westmarch Police
 * and Crime Panel" is the "PCP") and without the kind of body after its subject ("Economy,
 * Environment and Transport Scrutiny Committee" is the "EET" scrutiny committee).
 */
function shortInitialsOf(name: string): string[] {
  const ws = lettered(name);
  const out: string[] = [];
  // (a place and at least three words of body: "Highways and Transport Committee" is not the "TC")
  if (ws.length >= 4 && !BODY.test(ws[0]!)) out.push(initials(ws.slice(1)));
  let end = ws.length;
  while (end > 0 && /^(?:scrutiny|select|overview|committee|sub-committee|panel|board|cabinet|forum)$/i.test(ws[end - 1]!)) end -= 1;
  if (end < ws.length) out.push(initials(ws.slice(0, end)));
  return out.filter((x) => x.length >= 2);
}

const indexes = new WeakMap<readonly string[], { own: Map<string, string[]>; short: Map<string, string[]> }>();

/**
 * The one meeting body whose initials these letters are, or null (none, or more than one). `kind`,
 * the word typed after the letters ("C&P scrutiny"), or `place`, the word before them ("westmarch
 * pcp"), tells two bodies with the same letters apart (the Communities and Place Overview and
 * Scrutiny Committee, not the Corporate Parenting Panel).
 */
export function bodyByInitials(token: string, committees: readonly string[], councils: readonly string[], kind?: string, place?: string): string | null {
  let index = indexes.get(committees);
  if (!index) {
    index = { own: new Map(), short: new Map() };
    for (const c of committees) {
      if (!BODY.test(c) || councils.includes(c)) continue;
      for (const i of initialsOf(c)) index.own.set(i, [...(index.own.get(i) ?? []), c]);
      for (const i of shortInitialsOf(c)) index.short.set(i, [...new Set([...(index.short.get(i) ?? []), c])]);
    }
    indexes.set(committees, index);
  }
  const key = token.replace(/&/g, '').toUpperCase();
  // "joint hosc": the word before the letters begins a longer name whose own initials these
  // letters end (the Joint Health Overview and Scrutiny Committee, not the HOSC)
  if (place && /^\p{L}{3,}$/u.test(place)) {
    const startsWithPlace = new RegExp(`^(?:the\\s+)?${place}\\b`, 'i');
    const longer = (index.own.get(place[0]!.toUpperCase() + key) ?? []).filter((c) => startsWithPlace.test(c));
    if (longer.length === 1) return longer[0]!;
    // "resources o&s": a name begun by that word, its other words left out ("Resources and
    // Performance Overview and Scrutiny Committee")
    const fuller = committees.filter((c) => BODY.test(c) && !councils.includes(c) && startsWithPlace.test(c) && initialsOf(c).some((i) => i.length > key.length + 1 && i.endsWith(key)));
    if (fuller.length === 1) return fuller[0]!;
  }
  // a body's own initials first; shorter ones only when no body has them as its own
  const found = index.own.get(key) ?? index.short.get(key);
  if (found && found.length > 1) {
    // "C&P scrutiny": the kind typed after the letters; "westmarch pcp": the place typed before them
    const says = (c: string, w: string | undefined) => w !== undefined && /^\p{L}{3,}$/u.test(w) && new RegExp(`\\b${w}\\b`, 'i').test(c);
    const named = found.filter((c) => (kind && BODY.test(kind) && says(c, kind)) || says(c, place));
    return named.length === 1 ? named[0]! : null;
  }
  return found && found.length === 1 ? found[0]! : null;
}

/** The question with a body's or council's initials typed in lower case ("osc", "fra", "lbt") in capitals, so they are read as one. */
export function capitaliseBodyInitials(question: string, committees: readonly string[], councils: readonly string[], known: ReadonlyMap<string, unknown>): string {
  return question.replace(/\b[a-z]{2,5}\b/g, (w, at: number) => {
    if (known.has(w.toUpperCase())) return w;
    const { kind, place } = wordsAround(question, at, at + w.length);
    return bodyByInitials(w, committees, councils, kind, place) || councilByInitials(w, councils) ? w.toUpperCase() : w;
  });
}

/**
 * The words typed either side of letters at [start, end) in `text`: the one after ("C&P
 * scrutiny": the kind of body) and the one before ("westmarch pcp": its place), for bodyByInitials.
 */
export function wordsAround(text: string, start: number, end: number): { kind?: string; place?: string } {
  const kind = /^\W+(\w+)/.exec(text.slice(end))?.[1];
  const place = /(\w+)\W+$/.exec(text.slice(0, start))?.[1];
  return { ...(kind ? { kind } : {}), ...(place ? { place } : {}) };
}

const councilIndexes = new WeakMap<readonly string[], Map<string, string[]>>();

/**
 * The one stored council whose initials these letters are ("LBT" for the London Borough of
 * Thamesbury, "WDC" for Wenlow District Council, "KCC"), or null. Three letters at least: two
 * are too often something else.
 */
export function councilByInitials(token: string, councils: readonly string[]): string | null {
  let index = councilIndexes.get(councils);
  if (!index) {
    index = new Map();
    for (const c of councils) {
      const key = initials(lettered(c));
      if (key.length >= 3) index.set(key, [...(index.get(key) ?? []), c]);
    }
    councilIndexes.set(councils, index);
  }
  const found = index.get(token.toUpperCase());
  return found && found.length === 1 ? found[0]! : null;
}
