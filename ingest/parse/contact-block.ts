/**
 * A paper's contact block: "For any enquiries about this report please contact:", then the name,
 * role, T: and E: lines; or "Lead officer: …", "Report author: …". One vocabulary for the three
 * places that need it: the ingest keeps the block as one paragraph (paragraphs.ts), the store
 * prefilters a paper's contact paragraphs in SQL (store/question-reads.ts), and the answer side
 * recognises them ("who wrote / who leads on …", answer/signals.ts).
 */

/** Labels that name a contact block, lower case. */
export const CONTACT_LABELS: readonly string[] = [
  'lead officer',
  'report author',
  'contact officer',
  'relevant director',
  'lead director',
  'contact details',
  'contact detail',
];

/** A line that opens a contact block, with its details on the lines that follow. */
export const CONTACT_LEAD = /(?:please contact|contact (?:officer|details)|report author|lead officer)\s*:?\s*$/i;

/** Text that belongs to a contact block: a label, "author", or an e-mail address. */
export const CONTACT_RE = new RegExp(`\\b(?:${[...CONTACT_LABELS, 'author'].join('|')})\\b|[\\w.-]+@[\\w-]+\\.[\\w.]+`, 'i');
