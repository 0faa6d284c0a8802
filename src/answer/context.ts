/**
 * The papers around the candidates: which of their parts say, in their opening paragraphs (title
 * block, summary, purpose, recommendations), that they are about the question's topic words, and
 * which documents name the question's places. coverage.ts credits a unit of such a paper with the
 * word at a lower weight ("which patient groups are the Leicestershire ILT pilots targeting?" is
 * answered by a paragraph on patient groups in the paper about the ILT pilots).
 */
import type { Db } from '../store/db.ts';
import { openingTexts } from '../store/question-reads.ts';
import type { Snapshot, Unit } from './corpus.ts';
import { CONTEXT_MAX_SHARE, holdsConcept, type MatchedConcept } from './coverage.ts';
import { fastTerms } from './vocabulary.ts';

/** At most this many candidate parts are checked for the question's words elsewhere in them. */
const CONTEXT_PARTS = 16;
/**
 * A topic word counts as the paper's when its opening paragraphs (title block, summary,
 * purpose, recommendations) hold it: a long paper mentions most words somewhere.
 */
export const OPENING_PARAGRAPHS = 25;
/** Parts whose opening words are kept between questions (per snapshot). */
const OPENING_CACHE = 400;

/** The stemmed words of a part's opening, read once per snapshot (bounded cache). */
function openingTokens(db: Db, snap: Snapshot, partIds: readonly number[]): Map<number, Set<string>> {
  const cache = snap.openings;
  const missing = partIds.filter((id) => !cache.has(id));
  if (missing.length > 0) {
    if (cache.size + missing.length > OPENING_CACHE) cache.clear();
    for (const [id, texts] of openingTexts(db, missing, OPENING_PARAGRAPHS)) {
      const set = new Set<string>();
      for (const t of texts) for (const w of fastTerms(t)) set.add(w);
      cache.set(id, set);
    }
  }
  return new Map(partIds.map((id) => [id, cache.get(id) ?? new Set<string>()]));
}

/**
 * For each topic concept, which of the candidates' papers say they are about it — their
 * opening paragraphs hold it (coverage.ts: a unit of such a paper covers the concept at a lower
 * weight; a place so named covers it for every part of the document).
 */
export function learnContext(db: Db, snap: Snapshot, matched: readonly MatchedConcept[], units: Iterable<Unit>): void {
  // only words specific enough to be a paper's topic (coverage.ts CONTEXT_MAX_SHARE) and places
  const concepts = matched.filter((m) => m.concept.required && (m.concept.place || (m.df ?? 0) <= CONTEXT_MAX_SHARE * snap.unitCount));
  if (concepts.length === 0) return;
  // only the papers of candidates that lack one of those words themselves
  const parts = new Map<number, number>();
  for (const u of units) {
    if (parts.size >= CONTEXT_PARTS) break;
    if (!parts.has(u.part.id) && concepts.some((m) => !holdsConcept(m, u.tokens))) parts.set(u.part.id, u.part.documentId);
  }
  const fresh = [...parts.keys()].filter((id) => concepts.some((m) => !m.context?.checked.has(id)));
  if (fresh.length === 0) return;
  const openings = openingTokens(db, snap, fresh);
  for (const m of concepts) {
    const known = (m.context ??= { parts: new Set(), documents: new Set(), checked: new Set() });
    for (const id of fresh) {
      if (known.checked.has(id)) continue;
      known.checked.add(id);
      if (holdsConcept(m, openings.get(id)!)) {
        known.parts.add(id);
        known.documents.add(parts.get(id)!);
      }
    }
  }
}
