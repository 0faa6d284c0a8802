/**
 * The operative verb of a recommendation or resolution item, as a lemma: "approves" → approve,
 * "gives approval for" → approve, "is asked to AGREE" → agree.
 */

/** Lemma → inflected forms (lower case). */
const LEMMAS: Record<string, string[]> = {
  approve: ['approve', 'approves', 'approved', 'approving'],
  agree: ['agree', 'agrees', 'agreed', 'agreeing'],
  note: ['note', 'notes', 'noted', 'noting'],
  endorse: ['endorse', 'endorses', 'endorsed', 'endorsing'],
  receive: ['receive', 'receives', 'received', 'receiving'],
  delegate: ['delegate', 'delegates', 'delegated', 'delegating'],
  establish: ['establish', 'establishes', 'established', 'establishing'],
  consider: ['consider', 'considers', 'considered', 'considering'],
  recommend: ['recommend', 'recommends', 'recommended', 'recommending'],
  authorise: ['authorise', 'authorises', 'authorised', 'authorising', 'authorize', 'authorizes', 'authorized', 'authorizing'],
  adopt: ['adopt', 'adopts', 'adopted', 'adopting'],
  support: ['support', 'supports', 'supported', 'supporting'],
  comment: ['comment', 'comments', 'commented', 'commenting'],
  review: ['review', 'reviews', 'reviewed', 'reviewing'],
  request: ['request', 'requests', 'requested', 'requesting'],
  accept: ['accept', 'accepts', 'accepted', 'accepting'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  extend: ['extend', 'extends', 'extended', 'extending'],
  transfer: ['transfer', 'transfers', 'transferred', 'transferring'],
  allocate: ['allocate', 'allocates', 'allocated', 'allocating'],
  appoint: ['appoint', 'appoints', 'appointed', 'appointing'],
  disestablish: ['disestablish', 'disestablishes', 'disestablished', 'disestablishing'],
  decide: ['decide', 'decides', 'decided', 'deciding'],
  submit: ['submit', 'submits', 'submitted', 'submitting'],
  refer: ['refer', 'refers', 'referred', 'referring'],
  grant: ['grant', 'grants', 'granted', 'granting'],
  instruct: ['instruct', 'instructs', 'instructed', 'instructing'],
  welcome: ['welcome', 'welcomes', 'welcomed', 'welcoming'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  ask: ['ask', 'asks', 'asked'],
  invite: ['invite', 'invites', 'invited'],
  defer: ['defer', 'defers', 'deferred', 'deferring'],
  reject: ['reject', 'rejects', 'rejected', 'rejecting'],
  amend: ['amend', 'amends', 'amended', 'amending'],
  commission: ['commission', 'commissions', 'commissioned'],
  publish: ['publish', 'publishes', 'published'],
  implement: ['implement', 'implements', 'implemented'],
  proceed: ['proceed', 'proceeds', 'proceeded'],
  award: ['award', 'awards', 'awarded'],
  procure: ['procure', 'procures', 'procured'],
  set: ['set', 'sets'],
  increase: ['increase', 'increases', 'increased'],
  reduce: ['reduce', 'reduces', 'reduced'],
  continue: ['continue', 'continues', 'continued'],
  permit: ['permit', 'permits', 'permitted'],
  determine: ['determine', 'determines', 'determined'],
  resolve: ['resolve', 'resolves', 'resolved'],
  overrule: ['overrule', 'overrules', 'overruled'],
  uphold: ['uphold', 'upholds', 'upheld'],
  inform: ['inform', 'informs', 'informed'],
  fund: ['fund', 'funds', 'funded'],
  consult: ['consult', 'consults', 'consulted'],
  consent: ['consent', 'consents', 'consented'],
  declare: ['declare', 'declares', 'declared'],
  use: ['use', 'uses', 'used'],
  write: ['write', 'writes'],
  offer: ['offer', 'offers', 'offered'],
  remove: ['remove', 'removes', 'removed'],
  introduce: ['introduce', 'introduces', 'introduced'],
  retain: ['retain', 'retains', 'retained'],
  undertake: ['undertake', 'undertakes'],
  censure: ['censure', 'censures', 'censured'],
  add: ['add', 'adds'],
  include: ['include', 'includes'],
  report: ['report', 'reports'],
  identify: ['identify', 'identifies', 'identified'],
  highlight: ['highlight', 'highlights', 'highlighted'],
  scrutinise: ['scrutinise', 'scrutinises', 'scrutinised', 'scrutinize', 'scrutinizes', 'scrutinized'],
  monitor: ['monitor', 'monitors', 'monitored'],
  designate: ['designate', 'designates', 'designated'],
  make: ['make', 'makes'],
};

const FORMS = new Map<string, string>();
for (const [lemma, forms] of Object.entries(LEMMAS)) for (const f of forms) FORMS.set(f, lemma);

/** "gives approval for" / "give permission" / "grants authority" style phrases. */
const PHRASES: Array<[RegExp, string]> = [
  [/^gives?\s+(?:its\s+)?approval\b/i, 'approve'],
  [/^gives?\s+(?:its\s+)?permission\b/i, 'approve'],
  [/^gives?\s+(?:its\s+)?agreement\b/i, 'agree'],
  [/^gives?\s+(?:its\s+)?support\b/i, 'support'],
  [/^gives?\s+delegated\s+authority\b/i, 'delegate'],
  [/^(?:is|are)\s+(?:also\s+|therefore\s+)?asked\s+to\s+/i, ''],
  [/^makes?\s+(?:any\s+)?comments?\b/i, 'comment'],
  [/^takes?\s+note\b/i, 'note'],
];

/** Subject words that may precede the verb ("That the Adult Social Care … Committee approves"). */
const SUBJECT_WORD = /^(that|the|a|an|this|every|each|all|ward|councillors?|members?|of|and|&|committee|cabinet|council|county|board|panel|executive|sub-committee|full|it|he|she|they|we|i|leader|member|for|to|be|is|are|has|have|will|shall|should|hereby|also|further|formally|now|then|on|in|behalf|its|mayor|portfolio|holder|director|corporate|officer)$/i;

/** Lemma of the operative verb in `text` (first verb after the subject), or null. */
export function operativeVerb(text: string): string | null {
  let t = text.trim().replace(/^[“"'‘]/, '');
  // "Having considered …, recommends that …": the verb after the participle clause.
  const having = /^having\s+[^,]{3,200},\s*(.*)$/i.exec(t);
  if (having) t = having[1]!;
  // "The Sub-Committee, having consulted the Independent Person, decided that …"
  else t = t.replace(/,\s*having\s+[^,]{3,200},\s*/i, ' ');
  const words = t.split(/\s+/).slice(0, 25);
  for (let k = 0; k < words.length; k++) {
    const rest = words.slice(k).join(' ');
    for (const [re, lemma] of PHRASES) {
      if (re.test(rest)) {
        if (lemma) return lemma;
        const after = rest.replace(re, '');
        return operativeVerb(after);
      }
    }
    const w = words[k]!.toLowerCase().replace(/[^a-z-]/g, '');
    // After an article the word is a noun ("a grant of £500 be awarded", "the review"), not the verb.
    // Nor is a capitalised word after another inside a name ("the Exceptional Hardship Fund be increased").
    const inName = k > 1 && /^[A-Z]/.test(words[k]!) && /^[A-Z]/.test(words[k - 1]!);
    const lemma = (k > 0 && /^(?:a|an|the|this|its|any)$/i.test(words[k - 1]!)) || inName ? undefined : FORMS.get(w);
    // "consider and agree to …", "consider and note …": considering is the procedure, the second verb the decision.
    if (lemma === 'consider' && words[k + 1]?.toLowerCase() === 'and') {
      const next = FORMS.get((words[k + 2] ?? '').toLowerCase().replace(/[^a-z-]/g, ''));
      if (next) return next;
    }
    if (lemma) return lemma;
    // A word that is neither subject nor verb: allow proper nouns (capitalised) of the subject only.
    if (!SUBJECT_WORD.test(w) && !/^[A-Z&]/.test(words[k]!)) return passiveVerb(t);
  }
  return passiveVerb(t);
}

/** The verb of a passive item: "the allocation … set out in Appendix A be approved" → approve; "authority be delegated to" → delegate. */
function passiveVerb(text: string): string | null {
  const m = /\b(?:be|is|are|being)\s+(?:hereby\s+|now\s+|formally\s+)?([a-z]+ed)\b/i.exec(text.split(/[;:]/)[0] ?? text);
  return m ? (FORMS.get(m[1]!.toLowerCase()) ?? null) : null;
}

/** The verb a lead-in ends on ("Cabinet is asked to AGREE:" → agree; "Cabinet is asked to:" → null). */
export function leadInVerb(leadIn: string): string | null {
  // "That Cabinet recommends to Council:": the items are what it recommends
  if (/\brecommends?\s+to\s+(?:the\s+)?(?:full\s+)?[A-Z][\w ]{0,40}:?\s*$/.test(leadIn.trim())) return 'recommend';
  const m = /\b(?:asked|invited|recommended|requested)\s+to\s*:?\s*([A-Za-z]+)?/i.exec(leadIn);
  if (m?.[1]) return FORMS.get(m[1].toLowerCase()) ?? null;
  const last = /\b([A-Za-z]+)(?:\s+to)?\s*:?\s*$/.exec(leadIn.trim());
  if (last) return FORMS.get(last[1]!.toLowerCase()) ?? null;
  return null;
}

/** The text opens with a decision verb ("approve …", "to note …", "GRANT permission …"). */
export function startsWithVerb(text: string): boolean {
  const first = /^(?:that\s+)?(?:to\s+)?([A-Za-z-]+)/i.exec(text.trim().replace(/^[“"'‘]/, ''));
  return first ? FORMS.has(first[1]!.toLowerCase()) : false;
}
