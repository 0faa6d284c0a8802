/**
 * How people type in Slack, as opposed to how committee papers are written: clipped words
 * ("cttee", "yrs", "temp"), county abbreviations ("Notts", "Leics"), month and quarter
 * abbreviations, and chat filler ("re", "whats", "look at"). Question side only: the papers are
 * indexed as written, and these give the words they would use instead.
 */

/** Clipped county and city names: a place the question is about (whose papers), not a topic. */
const PLACES: Readonly<Record<string, readonly string[]>> = {
  nottm: ['nottingham'], notts: ['nottinghamshire'], leics: ['leicestershire'], derbys: ['derbyshire'],
  lincs: ['lincolnshire'], herts: ['hertfordshire'], hants: ['hampshire'],
  glos: ['gloucestershire'], lancs: ['lancashire'], northants: ['northamptonshire'], cambs: ['cambridgeshire'],
  wilts: ['wiltshire'], worcs: ['worcestershire'],
  oxon: ['oxfordshire'], yorks: ['yorkshire'], warks: ['warwickshire'],
};

/** Clipped word → the word(s) papers write. Lower case, unstemmed. */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  cttee: ['committee'], ctte: ['committee'], cmttee: ['committee'], cttees: ['committees'],
  cllr: ['councillor'], cllrs: ['councillors'],
  xmas: ['christmas'], '1st': ['first'], '2nd': ['second'], '3rd': ['third'],
  yr: ['year'], yrs: ['years'], yrly: ['yearly', 'annual'], pa: ['per annum', 'annual'],
  govt: ['government'], dept: ['department'], depts: ['departments'], mgmt: ['management'], mgr: ['manager'],
  info: ['information'], approx: ['approximately'], excl: ['excluding'], incl: ['including'],
  temp: ['temporary'], perm: ['permanent'], admin: ['administration'], reqd: ['required'],
  ppl: ['people'], esp: ['especially'], wk: ['week'], wks: ['weeks'], mth: ['month'], mths: ['months'],
  ...PLACES,
  jan: ['january'], feb: ['february'], mar: ['march'], apr: ['april'], jun: ['june'], jul: ['july'],
  aug: ['august'], sep: ['september'], sept: ['september'], oct: ['october'], nov: ['november'], dec: ['december'],
  fri: ['friday'], tue: ['tuesday'], tues: ['tuesday'], wed: ['wednesday'], weds: ['wednesday'], thu: ['thursday'], thur: ['thursday'], thurs: ['thursday'],
  q1: ['quarter 1'], q2: ['quarter 2'], q3: ['quarter 3'], q4: ['quarter 4'],
  mtg: ['meeting'], mtgs: ['meetings'], rpt: ['report'], recs: ['recommendations'], rec: ['recommendation'],
  capex: ['capital'], cab: ['cabinet'], opex: ['revenue'], cap: ['capital'], exec: ['executive'], min: ['minute'], mins: ['minutes'],
  hosp: ['hospital'], edu: ['education'], env: ['environment'], comms: ['communications', 'communities'], ops: ['operations'], cc: ['county council'], reps: ['representations', 'representatives'],
  dc: ['district council'], bc: ['borough council'],
  res: ['residential'], resi: ['residential'], accom: ['accommodation'], accomm: ['accommodation'],
  sw: ['social worker'], sws: ['social workers'], gov: ['governance', 'government'], domcare: ['home care', 'domiciliary care'], crem: ['crematorium', 'cremation'], rep: ['representation', 'representative'], ctax: ['council tax'], onsite: ['on-site'], offsite: ['off-site'], regen: ['regeneration'], exam: ['examination'], crems: ['crematoria', 'cremations'],
  rd: ['road'], st: ['street', 'saint'], ff: ['firefighter'], ffs: ['firefighters'], reg: ['regulation'], regs: ['regulations'], avg: ['average'], max: ['maximum'], mods: ['modifications'], prog: ['programme'], fwd: ['forward'],
};

/** True when the word is a clipped place name ("Leics", "Nottm"). */
export function isPlaceAbbreviation(word: string): boolean {
  return Object.hasOwn(PLACES, word.toLowerCase());
}

/** Chat filler that names no topic ("re", "whats", "look at", "all in"). */
export const CHAT_FILLER = new Set(
  `re wrt fyi towards toward regarding concerning pls plz thx ta btw hmm hey hiya whats what's wats anyone someone somebody guys
  look looks looking looked reckon think thought wondering wonder actually basically currently
  exactly roughly quick quickly remind again latest gonna wanna
  really actually formally officially definitely basically literally genuinely honestly seriously
  just still already yet too also even ever once anyway anyhow somehow whether
  mean means meant getting bit lot lots kind sort stuff guess wanted hoping
  far heard sent enough including incl
  theyd theyll theyre theyve weve youd youll youre youve ive whos thats theres hows wheres whens heres`.split(/\s+/).filter(Boolean),
);

/** Chat phrasings rewritten to the paper's word before anything else reads the question. */
const DAY_NAMES: Readonly<Record<string, string>> = { fri: 'Friday', friday: 'Friday', sat: 'Saturday', sun: 'Sunday' };
const dayName = (d: string): string => DAY_NAMES[d.toLowerCase()] ?? d;

const PHRASES: ReadonlyArray<[RegExp, string | ((...m: string[]) => string)]> = [
  // idioms that carry no topic ("how much debt is on the books")
  [/\bon the books\b/gi, ''],
  [/\bas well(?: as)?\b/gi, ''],
  [/\b(?:at the moment|at the mo|atm|on top of|at present|right now|this time(?: round| around)?|these days)\b/gi, ''],
  // "what's the backlog looking like", "where are we up to with the review", "state of play"
  [/\b(?:look|looks|looking|looked)\s+like\b|\bwhere\s+are\s+we\s+(?:at|up\s+to)\s+(?:with|on)\b|\bstate\s+of\s+play\b/gi, ''],
  // "sent round to members": circulated
  [/\b(?:send|sends|sent|sending)\s+(?:round|around|out)\b|\b(?:go|goes|went|gone|going)\s+(?:round|around)\b/gi, 'circulated'],
  [/\b(?:pull|pulls|pulled|pulling)\s+out\b/gi, 'withdraw'],
  // "what did the exercise turn up", "the follow-up report": the papers' "identified", "further report"
  [/\b(?:turn|turns|turned|turning)\s+up\b/gi, ''],
  [/\bfollow[- ]?ups?\b/gi, 'further'],
  [/\b(?:give|gives|giving|gave|spend|spends|spending|spent|pay|paying)\s+less\b/gi, 'reduction'],
  [/\b(?:gone|go|goes|going|went|gets|got|getting)\s+up\b/gi, 'increase'],
  [/\b(?:gone|go|goes|going|went|gets|got|getting)\s+down\b/gi, 'reduction'],
  // "sign off", "signing off": approve; "non-dom rates": non-domestic
  [/\b(?:sign|signs|signed|signing)\s+off\b/gi, 'approve'],
  [/\bnon[- ]?dom\b/gi, 'non-domestic'],
  // the colour of a bin for what goes in it ("the brown bin charge": the garden waste subscription)
  [/\bbrown\s+bins?\b/gi, 'garden waste'],
  [/\bblack\s+bins?\b/gi, 'residual waste'],
  // "fri/sat", "sat & sun": days (alone, "sat" is more often the verb)
  [/\b(fri|friday|sat|sun)\s*(?:\/|&|-|\+|and|to|or)\s*(sat|sun)\b/gi, (_m, a: string, b: string) => `${dayName(a)} and ${dayName(b)}`],
  // "an 11-15 yr old", "16 year olds": an age band, as papers write it ("11 to 15"), not a year
  [/\b(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\s*(?:yrs?|years?)[\s-]*olds?\b/gi, '$1 to $2'],
  [/\b(\d{1,2})\s*(?:yrs?|years?)[\s-]*olds?\b/gi, 'aged $1'],
  [/\bgreen\s+waste\b/gi, 'garden waste'],
  // "the brown bin sub", "garden waste subs": a subscription ("the licensing sub" is its sub-committee)
  [/\b(bins?|waste|garden|annual|yearly|membership)\s+sub\b(?!-)/gi, '$1 subscription'],
  [/\b(bins?|waste|garden|annual|yearly|membership)\s+subs\b(?!-)/gi, '$1 subscriptions'],
  // "when does selective licensing go live?", "when does the consultation close?": when it
  // starts or ends, not a topic word
  [/\b(?:go|goes|going|went|gone)\s+live\b/gi, 'start'],
  [/\b(consultation|survey|engagement|representation period|period|window)\s+(?:close|closes|closing|closed|ends|ending|ended|finish|finishes)\b/gi, '$1 end'],
  // "what did they decide in the private part of the meeting?": an exempt item
  [/\b(?:private|closed|confidential)\s+(?:part|session|section|items?)(?:\s+of\s+the\s+(?:meeting|agenda))?\b|\bin\s+(?:private|closed\s+session)\b/gi, 'exempt'],
  // "how much will the changes bring in?": the income they raise (not "when are they brought in")
  [/\b(how\s+much\b.*?)\b(?:bring|brings|bringing|brought|rake|rakes|raking|raked)\s+in\b/gi, '$1 income'],
  // "which pd rights does the direction take away?": permitted development rights removed
  [/\bpd\s+rights?\b/gi, 'permitted development rights'],
  // "savings that won't land": savings not delivered ("lands on the county" is where a cost falls)
  [/\b(?:won[’']?t|will\s+not|not|never|didn[’']?t|did\s+not)\s+land\b/gi, 'not delivered'],
  // "who can hand out the grants": who allocates them
  [/\b(?:hand|hands|handing|handed)\s+out\b/gi, 'allocate'],
  [/\b(?:take|takes|taking|took|taken)\s+away\b/gi, 'remove'],
  // "is it a full time post?": the papers give a post's FTE
  [/\bfull[- ]time(?![- ]equivalent)\b/gi, 'FTE'],
  // "ph3", "ph 2": a phase
  [/\bph\.?\s?(\d{1,2})\b/gi, 'phase $1'],
];

/**
 * The question with chat phrasings and clipped words replaced by what the papers write
 * ("nottm city" → "nottingham city"), for the filters (committee, council, dates) to read.
 */
export function normaliseChat(question: string): string {
  let q = question;
  // (two calls: String.replace's overloads take a string or a function, not either)
  for (const [re, to] of PHRASES) q = typeof to === 'string' ? q.replace(re, to) : q.replace(re, to);
  // "a&g", "t&e": a committee's initials typed small ("Audit and Governance")
  q = q.replace(/\b([a-z])\s?&\s?([a-z])\b/gi, (_m, a: string, b: string) => `${a.toUpperCase()}&${b.toUpperCase()}`);
  return q.replace(/[A-Za-z]+/g, (w) => {
    if (/^[A-Z]{2,}$/.test(w)) return w; // an acronym as typed
    const x = ABBREVIATIONS[w.toLowerCase()];
    return x && x.length === 1 && !/^q\d$/i.test(w) ? x[0]! : w;
  });
}

/** The words papers would use for a clipped chat word, or none. */
export function expandChatWord(word: string): readonly string[] {
  return ABBREVIATIONS[word.toLowerCase()] ?? [];
}
