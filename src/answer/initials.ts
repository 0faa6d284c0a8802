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

/** Words capitalised only because a sentence or heading starts with them. */
const OPENERS = new Set(['the', 'this', 'these', 'those', 'that', 'a', 'an', 'in', 'on', 'at', 'for', 'of', 'to', 'and', 'it', 'its', 'our', 'we', 'all', 'any', 'each', 'as', 'by', 'from', 'with', 'if', 'there', 'their', 'where', 'when', 'how', 'what', 'which', 'who']);
/** A person's name ("Mr Oakford", "Cllr Hill") is not a phrase its initials stand for. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'cllr', 'councillor', 'sir', 'dame', 'lord', 'lady', 'professor', 'prof']);
const CONNECTORS = new Set(['and', 'of', 'to', 'for', 'the', 'in', 'on', 'with']);
const DIGIT: Readonly<Record<string, string>> = { to: '2', for: '4' };
const MAX_WORDS = 6;
const CAP = /^[A-Z][a-z]+$/;
const CAP_HYPHEN = /^[A-Z][a-z]+-[A-Z]?[a-z]+$/;
/** A text with no two capitalised words in a row (a connector between allowed) holds no phrase. */
const HAS_RUN = /[A-Z][a-z]+(?:-[A-Za-z]+)?[^A-Za-z]+(?:[A-Za-z]+[^A-Za-z]+)?[A-Z][a-z]/;

const isCap = (w: string): boolean => CAP.test(w) || CAP_HYPHEN.test(w);

/** Counts capitalised phrases by initials, one text at a time (the vocabulary pass feeds it). */
export class InitialsCounter {
  /** "INITIALS\tphrase as written" → occurrences. */
  private readonly raw = new Map<string, number>();

  add(text: string): void {
    if (!HAS_RUN.test(text)) return;
    const toks = text.match(/[A-Za-z]+(?:-[A-Za-z]+)?/g) ?? [];
    const caps = toks.map(isCap);
    for (let i = 0; i < toks.length; i++) {
      // "The Adult Social Care …": a capitalised sentence opener is not the phrase's first word
      if (!caps[i] || OPENERS.has(toks[i]!.toLowerCase()) || HONORIFICS.has(toks[i]!.toLowerCase())) continue;
      let n = 0;
      let plain = '';
      let digits = '';
      let amp = '';
      let phrase = '';
      for (let j = i; j < toks.length && n < MAX_WORDS; j++) {
        const w = toks[j]!;
        if (caps[j]) {
          n += 1;
          const initial = w.includes('-') ? w.split('-').map((p) => p[0]!.toUpperCase()).join('') : w[0]!;
          plain += initial;
          digits += initial;
          amp += initial;
          phrase = phrase ? `${phrase} ${w}` : w;
          if (n >= 2) {
            this.bump(plain.toUpperCase(), phrase);
            if (digits !== plain) this.bump(digits.toUpperCase(), phrase);
            // "G&A", "P&R": ampersand forms are short (two or three words)
            if (amp !== plain && n <= 3) this.bump(amp.toUpperCase(), phrase);
          }
        } else if (CONNECTORS.has(w.toLowerCase()) && j + 1 < toks.length && caps[j + 1]) {
          digits += DIGIT[w.toLowerCase()] ?? '';
          if (w.toLowerCase() === 'and') amp += '&';
          phrase = `${phrase} ${w}`;
        } else break;
      }
    }
  }

  private bump(key: string, phrase: string): void {
    if (key.length < 2) return;
    const k = `${key}\t${phrase}`;
    this.raw.set(k, (this.raw.get(k) ?? 0) + 1);
  }

  /** The index: per initials, phrases merged by their stemmed words (the first-written spelling kept). */
  index(): InitialsIndex {
    const byInitials = new Map<string, Map<string, { phrase: string; count: number }>>();
    for (const [k, count] of this.raw) {
      const tab = k.indexOf('\t');
      const key = k.slice(0, tab);
      const phrase = k.slice(tab + 1);
      const norm = phrase.split(/\s+/).map((w) => stem(w.toLowerCase())).join(' ');
      let m = byInitials.get(key);
      if (!m) byInitials.set(key, (m = new Map()));
      const hit = m.get(norm);
      if (hit) hit.count += count;
      else m.set(norm, { phrase, count });
    }
    return { byInitials };
  }
}

export function buildInitialsIndex(texts: Iterable<string>): InitialsIndex {
  const counter = new InitialsCounter();
  for (const t of texts) counter.add(t);
  return counter.index();
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
