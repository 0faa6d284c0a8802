/**
 * A body the question names that no stored committee is: "who chairs the planning committee?",
 * "the tenants forum". Its name is the word before "committee" (or board, panel, forum …); an
 * answer must come from that body's papers or name the body, with that word just before the noun
 * ("Planning Committee", "Planning and Highways Committee"). A paragraph that says "planning"
 * in one sentence and "Chair" in another is not about the planning committee. Likewise a role a
 * "who" question names ("who is the monitoring officer?"): the answer names the role itself, not
 * "budget monitoring" beside a report's officers.
 */
import type { Concept } from './understand.ts';
import type { Unit } from './corpus.ts';
import { STOP_WORDS, stem, words } from './text.ts';

/** Nouns that name a body that meets. */
const BODY_NOUN = /^(?:committee|committees|cttee|cttees|subcommittee|board|boards|panel|panels|forum|forums|partnership)$/;
/**
 * Of those, the ones that also name organisations ("the health board", "the community safety
 * partnership", "the Brenmouth Homes board" of a company): a body only when the question asks who.
 */
const ORGANISATION_NOUN = /^(?:board|boards|partnership)$/;
/** Words before the noun that say nothing of which body ("the joint committee", "its sub-committee"). */
const NOT_A_NAME = new Set(['joint', 'sub', 'full', 'whole', 'next', 'last', 'previous', 'same', 'relevant', 'appropriate', 'new', 'main', 'project', 'programme', 'steering', 'working', 'advisory', 'select', 'standing', 'special', 'executive']);
/** How many words before the noun the name's word may stand ("Planning and Highways Committee"). */
const NAME_WINDOW = 5;
/** Nouns of a role ("monitoring officer", "external auditor", "finance director"). */
const ROLE_NOUN = /^(?:officer|director|manager|auditor|clerk|commissioner)$/;
/** Words before a role noun that say nothing of which role: a paper's contacts (rank.ts reads those). */
const NOT_A_ROLE = new Set(['new', 'extra', 'additional', 'dedicated', 'permanent', 'temporary', 'time', 'lead', 'report', 'contact', 'responsible', 'senior', 'chief', 'deputy', 'assistant', 'interim', 'acting', 'corporate', 'executive', 'strategic', 'named', 'relevant', 'project', 'programme', 'case']);
/** How many words before a role noun its name's word may stand ("Monitoring Officer", "Director of Public Health"). */
const ROLE_WINDOW = 2;

export interface AskedBody {
  /** The word as typed ("planning"). */
  label: string;
  /** Ways of writing it (the concept's single-word alternatives, stemmed), for a committee's name. */
  stems: Set<string>;
  /** The word as a text may write it beside the noun: singular or plural ("planning", not "plan"). */
  forms: Set<string>;
  /** A role ("monitoring officer"), not a body: no committee is named after it. */
  role?: boolean;
}

/**
 * The body a question names by a word before "committee" (and not a stored committee: the filters
 * took those), or for a "who" question (`who`) the role it names by a word before "officer",
 * "director" …; null for neither. The word must be a topic word of the question (`concepts`), not
 * a place ("the kirkhallam licensing committee": "licensing").
 */
export function askedBody(text: string, concepts: readonly Concept[], filteredCommittees: readonly string[], who: boolean): AskedBody | null {
  const ws = words(text.replace(/\bsub-committee/gi, 'subcommittee'));
  const named = (w: string, role: boolean): AskedBody | null => {
    if (w.length < 3 || STOP_WORDS.has(w) || (role ? NOT_A_ROLE : NOT_A_NAME).has(w) || /^\d/.test(w)) return null;
    const concept = concepts.find((c) => c.label === w && c.required && !c.place && !c.acronym);
    if (!concept) return null;
    const stems = new Set(concept.alternatives.filter((a) => a.length === 1).map((a) => a[0]!));
    stems.add(stem(w));
    const singular = w.replace(/(?<=[^s])s$/, '');
    return { label: w, stems, forms: new Set([w, singular, `${singular}s`]), ...(role ? { role } : {}) };
  };
  for (let i = 1; i < ws.length; i++) {
    const body = filteredCommittees.length === 0 && BODY_NOUN.test(ws[i]!) && (who || !ORGANISATION_NOUN.test(ws[i]!));
    const role = who && ROLE_NOUN.test(ws[i]!);
    const found = body || role ? named(ws[i - 1]!, role) : null;
    if (found) return found;
  }
  return null;
}

/** The unit is of that body (its committee's name holds the word) or its text or paper's title names it before the noun. */
export function namesBody(body: AskedBody, unit: Unit): boolean {
  const committee = unit.part.committee;
  if (!body.role && committee !== null && words(committee).some((w) => body.stems.has(stem(w)))) return true;
  const noun = body.role ? ROLE_NOUN : BODY_NOUN;
  const window = body.role ? ROLE_WINDOW : NAME_WINDOW;
  return [unit.text, unit.part.title ?? ''].some((text) => {
    const ws = words(text.replace(/\bsub-committee/gi, 'subcommittee'));
    for (let i = 1; i < ws.length; i++) {
      if (!noun.test(ws[i]!)) continue;
      for (let j = Math.max(0, i - window); j < i; j++) if (body.forms.has(ws[j]!)) return true;
      // "the Board of Brenmouth Homes Ltd", "Director of Public Health"
      if (/^(?:of|for)$/.test(ws[i + 1] ?? '') && ws.slice(i + 2, i + 2 + window + 1).some((x) => body.forms.has(x))) return true;
    }
    return false;
  });
}
