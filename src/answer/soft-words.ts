/**
 * Everyday verbs, adjectives and adverbs that say something ABOUT a topic rather than name it
 * ("did they WANT anything done after HEARING the feedback", "when are they EXPECTING to START
 * recruiting", "their USUAL round of updates"). People ask in these words; papers rarely repeat
 * them next to the answer. A soft word still helps ranking but a candidate need not contain it,
 * so a question is not turned away for its phrasing. Words that name council business ("close",
 * "cut", "fund", "recruit", "consult", "work", "use", "key", "general", "early") are not here.
 */
const SOFT = `want wants wanted wanting hear hears hearing heard bring brings bringing brought
  pull pulls pulled pulling lose loses losing expect expects expecting expected
  start starts started starting begin begins began begun beginning take takes taking took taken
  make makes making made put puts putting happen happens happened happening try tries tried trying
  see sees seeing saw seen seem seems seemed feel feels felt talk talks talked talking mention mentions mentioned
  tell told ask asking keen wish hope hoped happy
  working met
  usual usually normal normally typical typically standard first former formerly previous previously outside whole entire
  various different particular specific certain sure likely possible possibly probably maybe perhaps
  recent recently current latest huge massive main way ways
  itself themselves else apart ahead left run runs help helps helped helping setting built added cover covers covered
  lower higher page pages pack packs end alongside besides side sides chase chasing mark elsewhere
  straight directly ignoring ignore excluding actually really version versions point carrying carry carried
  questions query queries
  compare compares compared comparing comparison vs versus
  leave leaves leaving write writes writing dodgy
  change changes changed changing unanimous unanimously
  busiest busier biggest bigger largest larger highest lowest smallest most least best worst`
  .split(/\s+/)
  .filter(Boolean);

const SOFT_WORDS = new Set(SOFT);

/**
 * True for a word that describes rather than names a topic. By the word as typed, every form
 * listed: stems would reach topic words ("working" and "work" share one).
 */
export function isSoftWord(word: string): boolean {
  return SOFT_WORDS.has(word.toLowerCase());
}
