/**
 * Shared gold assertions for the decision parser tests (helper H3): per paper, the product's
 * extraction compared field by field with the gold file (text compared normalised), and the
 * kind's precision/recall over all gold papers.
 */
import { expect } from 'vitest';
import { actualOf, expectedOf, extract, loadGold, normalise, score, type GoldFile, type Kind, type KindScore } from '../score.ts';

export function goldFor(kind: Kind): GoldFile[] {
  return loadGold().filter((g) => g.kinds.includes(kind));
}

type Row = Record<string, unknown>;

function canon(kind: Kind, e: Row): Row {
  switch (kind) {
    case 'recommendations':
      return { label: e.label, verb: e.verb, text: normalise(String(e.text)), page: e.page, paragraph: e.paragraph, cites: e.cites, status: e.status };
    case 'resolutions':
      return {
        ref: e.ref,
        title: e.title === null ? null : normalise(String(e.title)),
        agendaItem: e.agendaItem,
        text: normalise(String(e.text)),
        items: (e.items as Array<{ label: string | null; text: string }>).map((i) => ({ label: i.label, text: normalise(i.text) })),
        page: e.page,
        outcome: e.outcome,
        votes: e.votes,
      };
    case 'commitments':
      return { text: normalise(String(e.text)), what: e.source === 'paragraph' ? null : normalise(String(e.what)), due: e.due, page: e.page, source: e.source };
    case 'acronyms':
      return { short: e.short, long: normalise(String(e.long)), page: e.page };
  }
}

/** The paper's facts of this kind equal the gold ones, field by field, in document order. */
export async function expectGoldMatches(gold: GoldFile, kind: Kind): Promise<void> {
  const doc = await extract(gold.file);
  const actual = doc.parts.flatMap((p) => p[kind] as unknown as Row[]).map((e) => canon(kind, e));
  const expected = (gold[kind] as unknown as Row[]).map((e) => canon(kind, e));
  expect(actual).toEqual(expected);
}

/** Precision and recall of this kind over every gold paper covering it. */
export async function goldScore(kind: Kind): Promise<KindScore> {
  let expected = 0;
  let actualCount = 0;
  let matched = 0;
  for (const gold of goldFor(kind)) {
    const doc = await extract(gold.file);
    const s = score(expectedOf(gold, kind), actualOf(doc, kind));
    expected += s.expected;
    actualCount += s.actual;
    matched += s.matched;
  }
  return {
    expected,
    actual: actualCount,
    matched,
    precision: actualCount === 0 ? 1 : matched / actualCount,
    recall: expected === 0 ? 1 : matched / expected,
  };
}
