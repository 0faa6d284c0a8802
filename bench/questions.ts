/**
 * The question set for the latency bench: varied questions generated from the synthetic
 * vocabulary — approvals, costs, posts, deadlines, work programmes, who, follow-ups with filters
 * (committee, council, year), typos, acronyms and unanswerable ones. Deterministic for a seed.
 */
import { createRng, type Rng } from './prng.ts';
import { ABSENT_TOPICS, COMMITTEES, COUNCILS, FIRST_YEAR, LAST_YEAR, POST_TITLES, TEAMS, TOPICS, type Topic } from './vocabulary.ts';

export type QuestionKind =
  | 'approval'
  | 'cost'
  | 'posts'
  | 'deadline'
  | 'work-programme'
  | 'who'
  | 'general'
  | 'typo'
  | 'acronym'
  | 'unanswerable';

export interface BenchQuestion {
  kind: QuestionKind;
  text: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function kw(t: Topic, rng: Rng): string {
  return rng.chance(0.5) ? t.name : rng.pick(t.keywords);
}

/** One realistic typo: a dropped, doubled or swapped letter in a word of 5+ letters. */
export function typo(text: string, rng: Rng): string {
  const words = text.split(' ');
  const idx = words.map((w, i) => (w.length >= 5 ? i : -1)).filter((i) => i >= 0);
  if (idx.length === 0) return text;
  const wi = rng.pick(idx);
  const w = words[wi]!;
  const p = rng.int(1, w.length - 2);
  const op = rng.int(0, 2);
  words[wi] =
    op === 0 ? w.slice(0, p) + w.slice(p + 1) : op === 1 ? w.slice(0, p) + w[p] + w.slice(p) : w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2);
  return words.join(' ');
}

const MAKERS: Record<QuestionKind, (rng: Rng) => string> = {
  approval: (rng) => {
    const t = rng.pick(TOPICS);
    return rng.pick([
      `Was the ${kw(t, rng)} approved?`,
      `What did ${rng.pick(COMMITTEES)} decide about ${kw(t, rng)}?`,
      `Has the ${t.name} been agreed?`,
      `What was resolved on ${kw(t, rng)} in ${rng.int(FIRST_YEAR, LAST_YEAR)}?`,
      `What did ${rng.pick(COMMITTEES)} approve in ${rng.pick(MONTHS)} ${rng.int(FIRST_YEAR, LAST_YEAR)}?`,
      `recommendations on ${kw(t, rng)}`,
    ]);
  },
  cost: (rng) => {
    const t = rng.pick(TOPICS);
    return rng.pick([
      `How much does the ${kw(t, rng)} cost?`,
      `What is the budget for ${kw(t, rng)}?`,
      `total cost of ${kw(t, rng)} in ${rng.int(FIRST_YEAR, LAST_YEAR)}/${String((rng.int(FIRST_YEAR, LAST_YEAR) + 1) % 100).padStart(2, '0')}`,
      `How much has ${rng.pick(COUNCILS)} spent on ${kw(t, rng)}?`,
      `What savings are planned for ${kw(t, rng)}?`,
      `how is the ${kw(t, rng)} funded`,
    ]);
  },
  posts: (rng) => {
    const t = rng.pick(TOPICS);
    return rng.pick([
      `How many posts are funded for ${kw(t, rng)}?`,
      `What posts are being created in ${rng.pick(TEAMS)}?`,
      `${rng.pick(POST_TITLES)} posts for ${kw(t, rng)}`,
      `How many FTE for the ${t.name}?`,
      `Which temporary posts end in ${rng.int(FIRST_YEAR, LAST_YEAR + 1)}?`,
    ]);
  },
  deadline: (rng) => {
    const t = rng.pick(TOPICS);
    return rng.pick([
      `When is the ${kw(t, rng)} report due back?`,
      `What is due in ${rng.pick(MONTHS)} ${rng.int(FIRST_YEAR, LAST_YEAR)}?`,
      `What did officers promise to bring back on ${kw(t, rng)}?`,
      `deadline for the ${kw(t, rng)} review`,
    ]);
  },
  'work-programme': (rng) =>
    rng.pick([
      `What is on the ${rng.pick(COMMITTEES)} work programme?`,
      `What is coming to ${rng.pick(COMMITTEES)} in ${rng.pick(MONTHS)}?`,
      `When will ${kw(rng.pick(TOPICS), rng)} come to committee?`,
    ]),
  who: (rng) => {
    const t = rng.pick(TOPICS);
    return rng.pick([`Who is the lead officer for ${kw(t, rng)}?`, `Who wrote the ${t.name} report?`]);
  },
  general: (rng) => {
    const t = rng.pick(TOPICS);
    return rng.pick([`${kw(t, rng)}`, `Tell me about ${kw(t, rng)}`, `${rng.pick(COUNCILS)} ${kw(t, rng)}`, `What are the risks of the ${t.name}?`]);
  },
  typo: (rng) => typo(MAKERS[rng.pick(['approval', 'cost', 'posts', 'general'] as const)](rng), rng),
  acronym: (rng) => {
    const withAcr = TOPICS.filter((t) => t.acronym !== null);
    const t = rng.pick(withAcr);
    return rng.pick([`What is the ${t.acronym} budget?`, `Was the ${t.acronym} approved?`, `${t.acronym} posts`, `When is the ${t.acronym} report due?`]);
  },
  unanswerable: (rng) => {
    const a = rng.pick(ABSENT_TOPICS);
    return rng.pick([`How much does the ${a} cost?`, `Was the ${a} approved?`, `What is the weather tomorrow?`, `Who won the football last night?`, `${a}`]);
  },
};

const MIX: ReadonlyArray<[QuestionKind, number]> = [
  ['approval', 18],
  ['cost', 18],
  ['posts', 10],
  ['deadline', 10],
  ['work-programme', 6],
  ['who', 5],
  ['general', 10],
  ['typo', 9],
  ['acronym', 8],
  ['unanswerable', 6],
];

/** `count` questions in a fixed mix of kinds. Duplicates are kept out. */
export function generateQuestions(count: number, seed = 7): BenchQuestion[] {
  const rng = createRng(seed);
  const total = MIX.reduce((s, [, w]) => s + w, 0);
  const out: BenchQuestion[] = [];
  const seen = new Set<string>();
  let guard = 0;
  while (out.length < count && guard++ < count * 50) {
    let r = rng.next() * total;
    let kind: QuestionKind = 'general';
    for (const [k, w] of MIX) {
      r -= w;
      if (r < 0) {
        kind = k;
        break;
      }
    }
    const text = MAKERS[kind](rng);
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ kind, text });
  }
  return out;
}
