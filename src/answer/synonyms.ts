/**
 * Plain words people ask with → the words committee papers use for the same thing. Used as
 * alternative spellings of a question's concept (either one covers it), never to widen a topic.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['ask', 'request', 'seek'],
  ['join', 'included', 'participate', 'membership'],
  ['buy', 'purchase', 'acquire', 'acquisition', 'procure', 'procurement'],
  ['stop', 'cease', 'discontinue', 'decommission'],
  ['delete', 'deleted', 'deleting', 'axe', 'axed', 'scrap', 'scrapped', 'disestablish', 'disestablished', 'disestablishment'],
  ['trial', 'trialling', 'trialled', 'trialing', 'pilot', 'piloting', 'piloted'],
  ['backlog', 'backlogs', 'waiting list', 'waiting lists', 'deferred'],
  ['chip', 'contribute', 'contribution'],
  ['move', 'moving', 'moved', 'transfer', 'transferred', 'transferring'],
  ['shut', 'shutting', 'close', 'closing', 'closure'],
  ['start', 'commence', 'launch', 'implement', 'implementation'],
  ['extend', 'extension'],
  ['hire', 'recruit', 'recruitment'],
  ['cut', 'cuts', 'reduction', 'reduce'],
  ['rise', 'increase', 'uplift'],
  ['kids', 'children'],
  ['elderly', 'older'],
  ['council tax', 'precept'],
  ['plan', 'strategy'],
  ['money', 'funding', 'finance'],
  ['grant', 'grants', 'allocation', 'allocated'],
  ['agreed', 'approved', 'resolved'],
];

const INDEX = new Map<string, readonly string[]>();
for (const g of GROUPS) for (const w of g) INDEX.set(w, g.filter((x) => x !== w));

/** Other words for `word` (lower case, unstemmed), or none. */
export function synonymsOf(word: string): readonly string[] {
  return INDEX.get(word.toLowerCase()) ?? [];
}
