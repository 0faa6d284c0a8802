/**
 * Abbreviations the papers never define but whose long form they use: "COMF" for the Contain
 * Outbreak Management Fund, "D2A" for Discharge to Assess, "SWs" for Social Workers. Every run
 * of Capitalised Words in the papers is indexed by its initials (connectors "to"/"for" also as
 * the digits 2/4, "and" also as "&": "G&A"), so a question's unknown abbreviation can be read as
 * the phrase the papers use most often with those initials.
 */
import { stem } from './text.ts';

export interface InitialsIndex {
  /** Initials (upper case) → phrase (as first written) → occurrences. */
  byInitials: Map<string, Map<string, { phrase: string; count: number }>>;
}

const CONNECTORS = new Set(['and', 'of', 'to', 'for', 'the', 'in', 'on', 'with']);
const DIGIT: Readonly<Record<string, string>> = { to: '2', for: '4' };
const MAX_WORDS = 6;

function isCap(w: string): boolean {
  return /^[A-Z][a-z]+$/.test(w) || /^[A-Z][a-z]+-[A-Z]?[a-z]+$/.test(w);
}

export function buildInitialsIndex(texts: Iterable<string>): InitialsIndex {
  const byInitials = new Map<string, Map<string, { phrase: string; count: number }>>();
  const add = (key: string, phrase: string): void => {
    if (key.length < 2) return;
    const norm = phrase.split(/\s+/).map((w) => stem(w.toLowerCase())).join(' ');
    let m = byInitials.get(key);
    if (!m) byInitials.set(key, (m = new Map()));
    const hit = m.get(norm);
    if (hit) hit.count += 1;
    else m.set(norm, { phrase, count: 1 });
  };
  for (const text of texts) {
    const toks = text.match(/[A-Za-z]+(?:-[A-Za-z]+)?/g) ?? [];
    for (let i = 0; i < toks.length; i++) {
      if (!isCap(toks[i]!)) continue;
      // phrases starting at i: capitalised words, connectors between them
      const caps: string[] = [];
      let plain = '';
      let digits = '';
      // "Governance and Audit" is also "G&A"
      let amp = '';
      for (let j = i, n = 0; j < toks.length && n < MAX_WORDS; j++) {
        const w = toks[j]!;
        const lower = w.toLowerCase();
        if (isCap(w)) {
          caps.push(w);
          n += 1;
          const initial = w.includes('-') ? w.split('-').map((p) => p[0]!.toUpperCase()).join('') : w[0]!;
          plain += initial;
          digits += initial;
          amp += initial;
          if (caps.length >= 2) {
            const phrase = toks.slice(i, j + 1).join(' ');
            add(plain.toUpperCase(), phrase);
            if (digits !== plain) add(digits.toUpperCase(), phrase);
            if (amp !== plain) add(amp.toUpperCase(), phrase);
          }
        } else if (CONNECTORS.has(lower) && j + 1 < toks.length && isCap(toks[j + 1]!)) {
          digits += DIGIT[lower] ?? '';
          if (lower === 'and') amp += '&';
        } else break;
      }
    }
  }
  return { byInitials };
}

/** The phrase the papers use most often for these initials (at least twice), or null. */
export function phraseFor(index: InitialsIndex, acronym: string): { phrase: string; count: number; others: string[] } | null {
  const key = acronym.replace(/[^A-Za-z0-9&]/g, '').toUpperCase();
  const m = index.byInitials.get(key);
  if (!m) return null;
  const ranked = [...m.values()].filter((x) => x.count >= 2).sort((a, b) => b.count - a.count || b.phrase.length - a.phrase.length);
  const best = ranked[0];
  if (!best) return null;
  return { phrase: best.phrase, count: best.count, others: ranked.slice(1, 3).map((x) => x.phrase) };
}
