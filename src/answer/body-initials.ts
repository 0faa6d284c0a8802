/**
 * A body named by its initials ("osc" for the Overview and Scrutiny Committee, "fra" for the Fire
 * and Rescue Authority, "PC" for a parish council): the committee the papers come from, read as a
 * filter rather than a topic. Only bodies that meet are read so (not a council's own name: "KCC"
 * is the council, not its full council meeting).
 */
const SKIP = new Set(['and', 'of', 'the', 'for', 'on', 'in', '&']);
const BODY = /\b(?:committee|cabinet|board|panel|scrutiny|forum|group|council|authority|executive)\b/i;

function initialsOf(name: string): string[] {
  const ws = name.split(/[\s,–-]+/).filter((w) => w && !SKIP.has(w.toLowerCase()));
  const full = ws.map((w) => w[0]!.toUpperCase()).join('');
  // "Overview and Scrutiny Committee" is also "O&S", "OS"
  const bare = /^(?:committee|sub-committee)$/i.test(ws[ws.length - 1] ?? '') ? full.slice(0, -1) : full;
  return [...new Set([full, bare])].filter((x) => x.length >= 2);
}

/** "Westmarch Police and Crime Panel" is also the "PCP": initials without the place's name before the body's. */
function placelessInitialsOf(name: string): string | null {
  const ws = name.split(/[\s,–-]+/).filter((w) => w && !SKIP.has(w.toLowerCase()));
  if (ws.length < 3 || BODY.test(ws[0]!)) return null;
  const rest = ws.slice(1).map((w) => w[0]!.toUpperCase()).join('');
  return rest.length >= 2 ? rest : null;
}

const indexes = new WeakMap<readonly string[], { own: Map<string, string[]>; placeless: Map<string, string[]> }>();

/** The one meeting body whose initials these letters are, or null (none, or more than one). */
export function bodyByInitials(token: string, committees: readonly string[], councils: readonly string[]): string | null {
  let index = indexes.get(committees);
  if (!index) {
    index = { own: new Map(), placeless: new Map() };
    for (const c of committees) {
      if (!BODY.test(c) || councils.includes(c)) continue;
      for (const i of initialsOf(c)) index.own.set(i, [...(index.own.get(i) ?? []), c]);
      const p = placelessInitialsOf(c);
      if (p) index.placeless.set(p, [...(index.placeless.get(p) ?? []), c]);
    }
    indexes.set(committees, index);
  }
  const key = token.replace(/&/g, '').toUpperCase();
  // a body's own initials first; without its place's name only when no body has them
  const found = index.own.get(key) ?? index.placeless.get(key);
  return found && found.length === 1 ? found[0]! : null;
}

/** The question with a body's initials typed in lower case ("osc", "fra") in capitals, so they are read as one. */
export function capitaliseBodyInitials(question: string, committees: readonly string[], councils: readonly string[], known: ReadonlyMap<string, unknown>): string {
  return question.replace(/\b[a-z]{2,5}\b/g, (w) => (!known.has(w.toUpperCase()) && bodyByInitials(w, committees, councils) ? w.toUpperCase() : w));
}
