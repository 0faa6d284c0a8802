/**
 * The words a figure is about. A figure is about what its paragraph is about, but a long
 * paragraph holds many topics: a cabinet member's update in the minutes runs "(a) … (e) The
 * Business Fund approved over £2 million in loans … (l) … filming at Ashford …" in one
 * paragraph. There the figure takes the words of the paragraph's opening (which names what the
 * paragraph is about) and of its own lettered item, or of the sentences near it.
 */

/** Up to this length a paragraph is one topic, and all its words are the figure's. */
export const ONE_TOPIC_CHARS = 2000;
/** In a longer paragraph: this many characters either side of the figure's sentence. */
const NEAR_CHARS = 300;
/** "(e) ", "(iv) ", "e) " at the start of a lettered or numbered item inside a paragraph. */
const ITEM_MARK = /(?:^|[\s.;:])\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s?(?=[A-Z£0-9“"‘'])/g;

/**
 * The part of `paragraph` that `context` (the figure's sentence, as stored) is about: the whole
 * paragraph when it is short or the sentence is not found in it; an item of a list written as one
 * sentence (ingest gives each item its own context) with the list's lead-in; else the lettered
 * item holding the sentence, or the sentence with its neighbours, after the paragraph's opening
 * sentence.
 */
export function figureNeighbourhood(paragraph: string, context: string): string {
  const at = paragraph.indexOf(context.slice(0, 60));
  const leadIn = at > 0 ? listLeadIn(paragraph, at) : null;
  if (leadIn !== null) return `${leadIn} ${context}`;
  if (paragraph.length <= ONE_TOPIC_CHARS || at < 0) return paragraph;
  const end = at + context.length;
  const marks = [...paragraph.matchAll(ITEM_MARK)].map((m) => m.index);
  const opening = paragraph.slice(0, Math.min(marks[0] ?? Infinity, sentenceEnd(paragraph)));
  const itemStart = marks.filter((i) => i <= at).pop();
  const itemEnd = marks.find((i) => i >= end);
  const near =
    itemStart !== undefined && itemEnd !== undefined
      ? paragraph.slice(itemStart, itemEnd)
      : paragraph.slice(Math.max(itemStart ?? 0, at - NEAR_CHARS), Math.min(itemEnd ?? paragraph.length, end + NEAR_CHARS));
  return `${opening} ${near}`;
}

/**
 * The lead-in of the list whose item starts at `at` ("Cabinet is asked to:" before "approve £5.8m
 * …;"), when the figure's context is one item of a list written as a sentence; else null.
 */
function listLeadIn(paragraph: string, at: number): string | null {
  const before = paragraph.slice(0, at);
  if (!/[:;]\s*(?:(?:and|or)\s+)?$/.test(before)) return null;
  const colon = before.indexOf(':');
  return colon >= 0 ? before.slice(0, colon + 1) : null;
}

/** Where the first sentence of `text` ends (its length when it has one sentence). */
function sentenceEnd(text: string): number {
  const m = /[.!?](?=\s+[A-Z(“"‘'])/.exec(text);
  return m ? m.index + 1 : text.length;
}
