import { stem } from './text.ts';

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
  ['extra', 'additional'],
  ['hire', 'recruit', 'recruitment'],
  ['staff', 'workforce', 'employees', 'personnel'],
  ['power', 'powers', 'authority', 'delegated', 'delegation', 'delegate'],
  ['lost', 'loss', 'losses'],
  ['add', 'added', 'adding', 'inclusion', 'include', 'included'],
  ['homes', 'properties', 'dwellings'],
  ['cut', 'cuts', 'trim', 'trimmed', 'trimming', 'reduction', 'reduce'],
  ['rise', 'increase', 'uplift'],
  ['kids', 'children'],
  ['elderly', 'older'],
  ['council tax', 'precept'],
  ['plan', 'strategy'],
  ['money', 'cash', 'funding', 'finance'],
  ['grant', 'grants', 'allocation', 'allocated'],
  ['agreed', 'approved', 'resolved'],
  ['delay', 'delayed', 'postpone', 'postponed', 'postponing', 'postponement', 'defer', 'deferral'],
  ['scrap', 'terminate', 'termination', 'withdraw', 'withdrawal'],
  ['keep', 'retain', 'retention', 'continue', 'continuation'],
  ['target', 'targeting', 'targeted', 'prioritise', 'prioritised'],
  ['adults', 'adult social care'],
  ['roads', 'highways'],
  ['bins', 'waste', 'refuse'],
  ['lorry', 'lorries', 'vehicle', 'vehicles', 'rcv', 'rcvs'],
  ['tip', 'tips', 'household waste recycling centre', 'hwrc'],
  ['grow', 'growing', 'grown', 'expand', 'expanding', 'expansion'],
  ['finish', 'finishes', 'finishing', 'cease', 'ceases', 'ceasing', 'expire', 'expires', 'expiry'],
  ['jab', 'jabs', 'vaccination', 'vaccinations', 'immunisation', 'immunisations'],
  ['sofa', 'sofas', 'settee', 'settees', 'soft furnishings', 'upholstered'],
  ['swamped', 'overwhelmed', 'pressure', 'pressures', 'demand'],
  ['pot', 'pots', 'reserve', 'reserves', 'allocation', 'fund'],
  ['bin lorry', 'bin lorries', 'refuse vehicle', 'refuse vehicles', 'refuse collection vehicle', 'refuse collection vehicles', 'rcv', 'rcvs'],
  ['s106', 'section 106'],
  // "the 24/25 accounts": the statement of accounts, the financial statements an auditor reports on
  ['accounts', 'financial statements', 'statement of accounts'],
  ['circulate', 'circulated', 'sent round', 'send round'],
  // "who sat on the sub-committee?": its members present
  ['sat', 'sit', 'sitting', 'present', 'members', 'membership'],
  // a motion's fate: "did it pass or fall?" is answered by "carried" or "lost"
  ['pass', 'passed', 'fall', 'fell', 'carried', 'lost', 'defeated'],
  ['answer', 'answered', 'answering', 'respond', 'responded', 'responding', 'reply', 'replied', 'replies', 'response'],
  // "are the engineer posts permanent?": answered by "fixed-term" as much as by "permanent"
  ['permanent', 'fixed-term', 'fixed term', 'temporary'],
  // "is the council creating an events post?": "a new post … be established"
  ['create', 'creating', 'created', 'creation', 'establish', 'established', 'establishing', 'establishment'],
  // "is the business adviser being kept on?": "the extension of the … post"
  ['keep', 'kept', 'keeping', 'retain', 'retained', 'continue', 'continued', 'extend', 'extended', 'extension'],
  // "are child cremations still free?": "no fee is charged", "fees … waived"
  ['free', 'free of charge', 'no fee', 'no charge', 'waive', 'waived'],
  // "who can shift the money between providers?": "to vary the allocations", "virement"
  ['shift', 'shifting', 'move', 'moving', 'vary', 'varying', 'reallocate', 'reallocation', 'virement', 'vire'],
  // "the old wharf lane depot": "the former depot"
  ['old', 'former'],
  // "circulating the pothole numbers": "circulate data on potholes"
  ['numbers', 'figures', 'data', 'statistics'],
  // "misstatements left uncorrected": the auditor's "unadjusted misstatements"
  ['uncorrected', 'unadjusted', 'not corrected', 'not adjusted'],
  ['substance misuse', 'drug and alcohol', 'drugs and alcohol'],
  ['taxi', 'taxis', 'hackney carriage', 'hackney carriages', 'private hire'],
  // "who's been picked to run the service?": "the preferred bidder", "selected", "highest score"
  ['picked', 'chosen', 'selected', 'preferred bidder', 'successful bidder', 'highest score'],
  ['go live', 'goes live', 'start', 'starts', 'commence', 'commences', 'begin', 'begins'],
  // "what the programme achieved": the report "on the outcomes of the programme"
  ['achieve', 'achieved', 'achieves', 'achievement', 'achievements', 'outcome', 'outcomes'],
  ['lend', 'lent', 'lending', 'loan', 'loans'],
  ['repay', 'repaid', 'repayment', 'repayments', 'payback'],
  ['fix', 'fixed', 'fixes', 'fixing', 'repair', 'repaired', 'repairs', 'repairing'],
  ['pothole', 'potholes', 'carriageway defects', 'highway defects'],
  ['loo', 'loos', 'toilet', 'toilets', 'public conveniences'],
  ['slip', 'slipped', 'slipping', 'slippage', 'reprofiled', 're-profiled', 'reprofiling', 're-profiling'],
  ['breach', 'breached', 'breaches', 'failed to comply', 'fail to comply', 'failure to comply'],
  ['deal', 'deals', 'agreement'],
  ['round', 'rounds', 'stage', 'stages', 'phase'],
  ['forecast', 'forecasts', 'forecasting', 'estimate', 'estimated', 'estimates', 'projected', 'projection', 'projections'],
  // "when does the charging policy kick in?": "with effect from 13 April"
  ['kick', 'kicks', 'effect', 'effective', 'into force'],
  // "any compensation risk?": the council "may be liable to pay", "would expose the Council to"
  ['risk', 'risks', 'liable', 'liability', 'liabilities', 'expose', 'exposed', 'exposure'],
  // "pushing the audit back a year", "push back the net zero target": deferred or moved later
  ['push', 'pushing', 'pushed', 'defer', 'deferral', 'deferred', 'moving', 'later'],
  // "raid reserves", "dip into the reserve": a sum drawn from it
  ['raid', 'raiding', 'dip', 'dipping', 'draw', 'drawn', 'drawdown', 'use', 'used', 'transfer', 'contribution'],
  // "the depot sale": its disposal
  ['sale', 'sell', 'selling', 'sold', 'disposal', 'dispose', 'disposing', 'disposed'],
  ['quote', 'quotes', 'quotation', 'quotations'],
  ['minimum', 'at least', 'no less than'],
  ['charger', 'chargers', 'chargepoint', 'chargepoints', 'charge point', 'charge points', 'charging point', 'charging points'],
];

const INDEX = new Map<string, Set<string>>();
for (const g of GROUPS) {
  for (const w of g) {
    // by the word and by its stem, so "stopping" and "postponing" find their groups too
    for (const k of new Set([w, stem(w)])) {
      const set = INDEX.get(k) ?? new Set<string>();
      for (const x of g) if (x !== w) set.add(x);
      INDEX.set(k, set);
    }
  }
}

/**
 * Words that may stand for the asker's word but not the other way round: a plan "circulated" to
 * members may be one "shared" with them, yet a "shared delivery plan" is not a circulated one.
 */
const ONE_WAY: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['circulate', ['shared', 'share', 'sent']],
      // "did scrutiny send it back?": referred back; "a new post" may be an additional one
      ['send', ['refer', 'referred']],
      ['new', ['additional', 'extra', 'replacement']],
      // "fire engines" are fire appliances; a "bid" for a grant is its application
      ['engine', ['appliance', 'appliances']],
      ['bid', ['application', 'applications']],
      ['worth', ['value', 'cost', 'total']],
      // "how is it split between the councils": shared, divided (a "shared delivery plan" is no split)
      ['split', ['shared', 'divided', 'apportioned']],
      // "coming back to check on the peer challenge": a progress review (a review is no "check")
      ['check', ['review', 'monitor', 'monitoring']],
      // "the budget gap the peers flagged": what a report shows, highlights or identifies
      ['flag', ['highlighted', 'identified', 'shows', 'raised']],
      // "how much have we been given": an allocation, an award, money received
      ['given', ['allocation', 'allocated', 'awarded', 'received']],
      ['giving', ['allocation', 'allocated', 'awarded', 'providing', 'contribution']],
      // "what take-up are they assuming": what the report expects, estimates or forecasts
      ['assume', ['assumed', 'assumption', 'assumptions', 'expected', 'estimated', 'forecast', 'projected']],
      // "how much will selling the depot bring in": a capital receipt, the sale's proceeds
      ['income', ['receipt', 'receipts', 'proceeds']],
      ['statutory', ['regulation', 'regulations', 'requires', 'required', 'law', 'legal']],
      // "the legal deadline to make the plan": what a regulation requires, a statutory duty
      ['legal', ['statutory', 'regulation', 'regulations', 'law', 'legislation', 'requires']],
      ['legally', ['statutory', 'regulation', 'regulations', 'law', 'legislation', 'requires']],
    ] as const
  ).map(([w, to]) => [stem(w), to]),
);

/** Other words for `word` (lower case, unstemmed; an inflection finds its stem's group), or none. */
export function synonymsOf(word: string): readonly string[] {
  const lower = word.toLowerCase();
  const hit = INDEX.get(lower) ?? INDEX.get(stem(lower));
  const oneWay = ONE_WAY.get(stem(lower)) ?? [];
  return [...new Set([...(hit ?? []), ...oneWay])].filter((x) => x !== lower);
}
