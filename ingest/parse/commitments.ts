/**
 * Promises with a time, from recommendations and resolutions (and, where plainly stated, from
 * paragraphs): "agrees to receive a follow up report in six months", "receives a progress
 * evaluation report in April 2022", "posts until 31 March 2022", "to be presented to County
 * Council on 13 February". Due dates are resolved against the meeting date (relative-dates.ts).
 */
import type { Commitment, Recommendation, Resolution } from '../model.ts';
import type { ParseInput } from '../layout/types.ts';
import { findAllDue, type DueMatch } from './relative-dates.ts';
import { operativeVerb } from './verbs.ts';

/** Words that make a time a promise rather than background ("in 2019 the council …"). */
const PROMISE =
  /\b(?:receives?|receiving|report(?:s|ed|ing)? back|(?:be\s+)?(?:presented|brought|reported|submitted|returned|published|considered)\b|bring(?:s)?\s+(?:back\s+)?(?:a|an|the|further)|return(?:s)? to|update(?:s|d)?|evaluation|review(?:ed)?|until|deadline|to be (?:completed|delivered|implemented))\b/i;
/** Dates stated with "from" count only for actions that start then (a transfer, an establishment). */
const FROM_ACTION = /\b(?:transfer|establish|disestablish|commence|start|implement|introduc)\w*/i;

const RECEIVE = /\b(?:receives?|receiving|to receive)\s+(.+?)(?=\s+(?:in|at|by|within|after|before|during|until|via|from|each|every)\s|[,;:]|\.(?:\s|$)|$)/i;
const PASSIVE = /\s+(?:to be|be|being|will be)\s+(?:presented|brought|reported|submitted|considered|published|returned)\b/i;
const POSTS = /\b(\d+(?:\.\d+)?\s*(?:FTE|fte|WTE|wte)\b[^,;]*?\bposts?)\b/;
const TEMP_POSTS = /\b((?:the\s+)?(?:temporary|fixed[- ]term)\s+[^,;]*?\bposts?)\b/i;
const TRANSFER = /\btransfer\s+(?:of\s+)?((?:the\s+)?[^,;]+?)(?=,|;|\s+from\b|$)/i;

function whatOf(text: string, due: DueMatch): string {
  const head = text.slice(0, due.index);
  const r = RECEIVE.exec(head) ?? RECEIVE.exec(text);
  if (r?.[1]) {
    let phrase = r[1].trim();
    const open = (phrase.match(/['‘]/g) ?? []).length - (phrase.match(/[’]/g) ?? []).length;
    if (open % 2 === 1) {
      const rest = text.slice(r.index + r[0].length);
      const close = /^[^'’]*['’]/.exec(rest);
      if (close) phrase += close[0];
    }
    return phrase;
  }
  const p = PASSIVE.exec(text);
  if (p) {
    const before = text.slice(0, p.index).split(/\s+/);
    for (let k = before.length - 1; k >= Math.max(0, before.length - 12); k--) {
      if (/^(the|a|an|further|future)$/i.test(before[k]!)) {
        const from = k > 0 && /^(the|a|an)$/i.test(before[k - 1]!) ? k - 1 : k;
        return before.slice(from).join(' ');
      }
    }
  }
  for (const re of [POSTS, TEMP_POSTS, TRANSFER]) {
    const m = re.exec(text);
    if (m?.[1]) return m[1].trim();
  }
  const before = head.replace(/\s+(?:in|at|by|on|until|from|within)\s*$/i, '').trim();
  const words = before.split(/\s+/);
  const first = (operativeVerb(before) ? words.slice(1) : words).join(' ');
  return (first || text).slice(0, 140);
}

function commitmentFrom(
  text: string,
  meetingDate: string | null,
  where: { page: number; paragraph: string | null; source: Commitment['source'] },
  promised = false,
): Commitment | null {
  const all = findAllDue(text, meetingDate);
  const promiseAt = PROMISE.exec(text)?.index ?? 0;
  // The time that follows the promise ("… agreed in February 2021 and a further report will be presented in October 2021").
  const due = all.find((d) => d.index >= promiseAt) ?? all[0];
  if (!due) return null;
  const fromDate = /\bfrom\s+$/i.test(text.slice(Math.max(0, due.index - 6), due.index));
  if (fromDate ? !FROM_ACTION.test(text) : !promised && !PROMISE.test(text)) return null;
  return { text, what: where.source === 'paragraph' ? whatOfSentence(text) : whatOf(text, due), due: due.due, ...where };
}

/** What a report-back sentence promises: the report it names, else the subject of "will be presented". */
function whatOfSentence(sentence: string): string {
  const report = /\b((?:the|a|an)\s+(?:[\w-]+\s+){0,2}?report)\b/i.exec(sentence);
  if (report) return report[1]!;
  const head = sentence.split(/\s+(?:will|shall)\s+(?:be|report)\b/)[0] ?? sentence;
  const clause = head
    .replace(/^(?:It is (?:proposed|intended|expected) that|Therefore,?|However,?)\s*/i, '')
    .replace(/\s+(?:is|are|has been|have been)\s+.*$/i, '')
    .split(/,\s*/)[0]!
    .trim();
  return clause.slice(0, 140) || sentence.slice(0, 140);
}

/** Sentences of a paragraph. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z])/);
}

/** A paragraph sentence promising a report back ("A further report will be brought to Committee in the autumn"). */
const BODY = String.raw`(?:the\s+)?(?:[A-Z][\w&’']*\s+){0,10}(?:Committee|Cabinet|Board|Council|Panel)\b`;
const PARAGRAPH_PROMISE = new RegExp(
  [
    String.raw`\b(?:will|shall)\s+be\s+(?:presented|brought(?:\s+back)?|reported|submitted|provided|taken)\s+(?:back\s+)?to\s+(?:a\s+future\s+meeting\s+of\s+)?${BODY}`,
    String.raw`\b(?:will|shall)\s+be\s+(?:provided|available|included|set out|reported)\s+in\s+(?:the|a)\s+(?:\w+\s+){0,2}report\s+to\s+${BODY}`,
    String.raw`\b(?:will|shall)\s+report\s+back\b`,
  ].join('|'),
  'i',
);

export function parseCommitments(
  input: ParseInput,
  recommendations: Recommendation[],
  resolutions: Resolution[],
): Commitment[] {
  const meetingDate = input.meta.meetingDate;
  const out: Commitment[] = [];
  for (const r of recommendations) {
    if (r.verb === 'note') continue;
    const c = commitmentFrom(r.text, meetingDate, { page: r.page, paragraph: r.paragraph, source: 'recommendation' });
    if (c) out.push(c);
  }
  for (const res of resolutions) {
    const texts = res.items.length > 0 ? res.items.map((i) => i.text) : [res.text];
    for (const t of texts) {
      if (operativeVerb(t) === 'note') continue;
      const c = commitmentFrom(t, meetingDate, { page: res.page, paragraph: null, source: 'resolution' });
      if (c) out.push(c);
    }
  }
  for (const p of input.paragraphs) {
    for (const s of sentences(p.text)) {
      if (!PARAGRAPH_PROMISE.test(s)) continue;
      const c = commitmentFrom(s, meetingDate, { page: p.page, paragraph: p.number, source: 'paragraph' }, true);
      if (c) out.push(c);
    }
  }
  return out;
}
