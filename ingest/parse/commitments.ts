/**
 * Promises with a time, from recommendations and resolutions (and, where plainly stated, from
 * paragraphs): "agrees to receive a follow up report in six months", "receives a progress
 * evaluation report in April 2022", "posts until 31 March 2022", "to be presented to County
 * Council on 13 February". Due dates are resolved against the meeting date (relative-dates.ts).
 */
import type { Commitment, Recommendation, Resolution } from '../model.ts';
import type { ParseInput } from '../layout/types.ts';
import { findAllDue, firstDueDate, type DueMatch } from './relative-dates.ts';
import { operativeVerb } from './verbs.ts';
import { actionLogCommitments } from './action-log.ts';
import { tableDecisionsOf, type TableDecision } from './minutes-table.ts';

/** Words that make a time a promise rather than background ("in 2019 the council …"). */
const PROMISE =
  /\b(?:receives?|receiving|report(?:s|ed|ing)? back|report(?:s|ing)?\s+progress|report(?:s|ing)?\s+(?:the|its|on)\b[^.;]{0,100}?\bto\s+(?:the\s+|this\s+|its\s+)?(?:[A-Z][\w&’'-]*\s+){0,6}(?:Committee|Cabinet|Board|Council|Panel|Executive|Forum|Authority)|report(?:s|ed|ing)?(?:\s+(?:them|it|this|these|that))?\s+to|(?:be\s+)?(?:presented|brought|reported|submitted|returned|published|issued|circulated|considered|referred)\b|be\s+put\s+to\b|refer(?:s)?\s+(?:it|them|this|these)\s+to\b|be\s+asked\s+to\s+consider\b|bring(?:s)?\s+(?:back\s+)?(?:a|an|the|further)|return(?:s)?\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:Committee|Cabinet|Board|Council|Panel|Authority|meeting)\b|(?:a\s+)?further\s+(?:progress\s+|update\s+)?report|update(?:s|d)?|evaluation|review(?:ed)?|until|deadline|(?:invited|asked|requested)\s+to\s+attend|to be (?:completed|delivered|implemented)|for\s+(?:the|its)\s+meeting\s+on|report(?:s|ing)?\s+on\b[^.;]{0,100}?\bto\s+(?:its|the|their)\s+(?:next\s+)?meeting\b|recommend(?:s|ed)?\s+to\s+(?:the\s+)?(?:[A-Z][\w&’'-]*\s+){0,6}(?:Committee|Cabinet|Board|Council|Panel|Executive|Forum|Authority),?\s+(?:on|at\s+its\s+meeting\s+on|for\s+its\s+meeting\s+on)\s+\d{1,2}(?:st|nd|rd|th)?|recommend(?:s|ed)?\s+that\s+(?:the\s+)?(?:full\s+)?(?:[A-Z][\w&’'-]*\s+){0,6}?(?:Committee|Cabinet|Board|Council|Panel|Executive|Forum|Authority)\s+(?:adopts?|approves?|agrees?|endorses?)\b[^.;]{0,120}?\bat\s+its\s+meeting\s+on\s+\d{1,2}(?:st|nd|rd|th)?|deferred\s+(?:to|until)\s+the\s+next\s+meeting\b|an\s+item\s+on\b.{0,80}?\bmeeting)\b/i;
/** Dates stated with "from" count only for actions that start then (a transfer, an establishment). */
const FROM_ACTION = /\b(?:transfer|establish|disestablish|commence|start|implement|introduc|delet|creat)\w*/i;
/** A deadline with a full date: "submitted by 27 June 2025", "before 31 December 2025". */
const DEADLINE = /\b(?:by|before|no later than)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+\s+\d{4}\b/;
/** Words any promise to a meeting may hold: not what makes two promises the same. */
const ROUTINE_WORDS = new Set(['report', 'reports', 'board', 'committee', 'cabinet', 'council', 'meeting', 'panel', 'members', 'that', 'this', 'with', 'from', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

const RECEIVE = /\b(?:receives?|receiving|to receive)\s+(.+?)(?=\s+(?:in|at|by|within|after|before|during|until|via|from|each|every)\s|[,;:]|\.(?:\s|$)|$)/i;
const PASSIVE = /\s+(?:to be|be|being|will be)\s+(?:presented|brought|reported|submitted|considered|published|returned)\b/i;
const POSTS = /\b(\d+(?:\.\d+)?\s*(?:FTE|fte|WTE|wte)\b[^,;]*?\bposts?)\b/;
const TEMP_POSTS = /\b((?:the\s+)?(?:temporary|fixed[- ]term)\s+[^,;]*?\bposts?)\b/i;
const TRANSFER = /\btransfer\s+(?:of\s+)?((?:the\s+)?[^,;]+?)(?=,|;|\s+from\b|$)/i;

const REPORT_NOUN = /^(?:report|update|review|evaluation|paper|plan|strategy|assessment|statement)s?$/i;

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
    // The subject that names a report ("a report on the outcomes of the grant be brought back"), whole.
    for (let k = Math.max(0, before.length - 12); k < before.length; k++) {
      if (/^(a|an|the|further|future)$/i.test(before[k]!) && before.slice(k + 1, k + 4).some((w) => REPORT_NOUN.test(w))) {
        return before.slice(k).join(' ');
      }
    }
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
  // (a paragraph's promise is where it says so: "SLT will next review the register in March 2026,
  // and the updated register will be reported to this Committee on 16 April 2026")
  const promiseAt = (promised ? PARAGRAPH_PROMISE.exec(text)?.index : undefined) ?? PROMISE.exec(text)?.index ?? 0;
  // The time that follows the promise ("… agreed in February 2021 and a further report will be presented in October 2021").
  // An explicit date beats a period word ("at the annual budget meeting on 13th February 2025").
  const after = all.filter((d) => d.index >= promiseAt);
  const due = after.find((d) => d.explicit && d.due) ?? after[0] ?? all[0];
  if (!due) return null;
  const fromDate = /\bfrom\s+$/i.test(text.slice(Math.max(0, due.index - 6), due.index));
  // "approved with effect from 1 October 2025", "the changes take effect from 1 April 2026": the date the decision takes effect
  const takesEffect = /\b(?:with|takes?|taking)\s+effect\s+from\s+$/i.test(text.slice(Math.max(0, due.index - 20), due.index));
  if (fromDate ? !FROM_ACTION.test(text) && !takesEffect : !promised && !PROMISE.test(text) && !DEADLINE.test(text)) return null;
  // a decision "to endorse the plan as submitted to NHS England on 31 March" at a June meeting,
  // or "on 24 September 2025 the Committee had agreed to publish …" in January's minutes, names
  // something done, not promised (a sentence saying "will" is taken at its word)
  const past = due.due && meetingDate && due.due < meetingDate.slice(0, due.due.length);
  if (past && (where.source !== 'paragraph' || !/\b(?:will|shall)\b/i.test(text))) return null;
  return { text, what: where.source === 'paragraph' ? whatOfSentence(text) : whatOf(text, due), due: due.due, ...where };
}

/** What a report-back sentence promises: the report it names, else the subject of "will be presented". */
function whatOfSentence(sentence: string): string {
  const on = /\b(?:will|shall)\s+report\s+(?:back\s+)?on\s+(.+?)\s+(?:to|at)\s/i.exec(sentence);
  if (on) return on[1]!;
  const report = /\b((?:the|a|an)\s+(?:[\w-]+\s+){0,3}?report)\b/i.exec(sentence);
  if (report) return report[1]!;
  const head = sentence.split(/\s+(?:will|shall)\s+(?:be|report)\b/)[0] ?? sentence;
  const clause = head
    .replace(/^(?:It is (?:proposed|intended|expected) that|Therefore,?|However,?)\s*/i, '')
    .replace(/\s+(?:is|are|has been|have been)\s+.*$/i, '')
    .split(/,\s*/)[0]!
    .trim();
  return clause.slice(0, 140) || sentence.slice(0, 140);
}

/** A resolution's decisions: its items, or its text when it has none. */
function decisionTexts(res: Resolution): string[] {
  return res.items.length > 0 ? res.items.map((i) => i.text) : [res.text];
}

/** A decision's "…, and that …" clauses (the whole when it has one). */
function clauses(text: string): string[] {
  const parts = text.split(/,?\s+and\s+that\s+/i);
  return parts.length > 1 ? parts : [text];
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9£]+/g, ' ').trim();
}

/** Sentences of a paragraph. */
function sentences(text: string): string[] {
  // ("Members asked for figures; Inspector Kerrigan agreed to send these by 5 December": a clause
  // after a semicolon that starts anew is a sentence of its own;
  // and a vote in brackets ends its resolution: "… (For 9, Against 1, Abstentions 1) The recommendation will …")
  // and a remark in brackets after a full stop is a sentence of its own: "… on 26 March 2026.
  // (Councillor Oxenbury took no part in the vote on this item.)"
  // and a numbered question after a full stop starts one: "… by 12 December 2025. (2) Councillor …"
  return text.split(/(?<=[.!?][”"’']?)\s+(?=[A-Z]|\([A-Z]|\(\d{1,2}\)\s)|(?<=\((?:[^()]*\b(?:[Ff]or|FOR|[Aa]gainst|AGAINST|[Aa]bstentions?|[Cc]arried|[Uu]nanimous(?:ly)?)\b)[^()]*\))\s+(?=[A-Z])|;\s+(?=[A-Z][a-z]+\s+[A-Z])/);
}

/**
 * A paragraph sentence promising a report back ("A further report will be brought to Committee in the autumn").
 * BODY: a body's name ("the Health and Adults Scrutiny Sub-Committee").
 */
const BODY = String.raw`(?:the\s+)?(?:full\s+)?(?:(?:[A-Z][\w&’']*|and|of|for|&)\s+){0,10}(?:[A-Z][a-z]+-)?(?:Committee|Cabinet|Board|Council|Panel|Executive|Forum|Authority|Working\s+(?:Party|Group))\b`;
/** "a future meeting of", "the next meeting of the", "its meeting on … of": the meeting before the body. */
const MEETING_OF = String.raw`(?:(?:a|the|its)\s+(?:next|future|following|subsequent)\s+meeting\s+of\s+)?`;
const PARAGRAPH_PROMISE = new RegExp(
  [
    String.raw`\b(?:will|shall|would)\s+(?:first\s+|then\s+|also\s+|now\s+)?be\s+(?:presented|brought(?:\s+back)?|reported|submitted|provided|taken|considered|reconsidered|reviewed|discussed|referred|recommended|put)(?:\s+and\s+(?:approved|agreed|determined|decided))?\s+(?:back\s+)?(?:to|by|at)\s+${MEETING_OF}${BODY}`,
    // ("… will be included in the Treasury and Debt Monitoring report to the Committee in November 2025")
    String.raw`\b(?:will|shall)\s+be\s+(?:provided|available|included|set out|reported)\s+in\s+(?:the|a)\s+(?:[\w&-]+\s+){0,5}report\s+to\s+${BODY}`,
    // (an action minuted without "will": "The Head of Audit and Risk to report back on … to the meeting on 4 December 2025")
    String.raw`\b(?:will|shall)\s+report\s+back\b|^(?:[\w’'-]+(?:\s+[\w’'-]+){0,2}\s*\/\s*)?(?:Action\s*:\s*)?The\s+(?:[A-Z][\w&’'-]*\s+){1,6}to\s+report\s+back\b`,
    // "The Clerk will report on the tender to the November meeting", "The Monitoring Officer will
    // report this decision to Upper Ashby Parish Council at its meeting on 10 November 2025"
    String.raw`\b(?:will|shall)\s+report\s+(?:(?:progress|further)\s+)?(?:on|to)\b.{0,120}?\b(?:meeting|Committee|Cabinet|Council|Board|Panel|Working\s+(?:Party|Group))\b`,
    // "… will report the responses to the second stage, together with final recommendations, to this Committee on …"
    String.raw`\b(?:will|shall)\s+report\s+(?:this|the|its|that|these)\b[^.;]{0,120}?\bto\s+${BODY}`,
    // "Cabinet would reconsider the decision at its meeting on 9 December 2025"
    // "The Authority's Scrutiny Committee will review the consultation process at its meeting on 5 February 2026"
    // ("… at its November 2026 meeting")
    String.raw`\b(?:will|shall|would)\s+(?:(?:re)?consider|review|scrutini[sz]e|examine)\b[^.;]{0,120}?\bat\s+(?:its|their|the)\s+(?:next\s+|[A-Z][a-z]+\s+(?:\d{4}\s+)?)?meeting\b`,
    // "… the MTFP, which Council will consider on 24 February 2026", "Council will set the budget on …"
    String.raw`\b${BODY}\s+(?:will|shall)\s+(?:(?:re)?consider|decide|determine|set|approve)\b[^.;]{0,80}?\bon\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\b`,
    // "The Shareholder Committee will receive the company's first business plan for approval in March 2026"
    String.raw`\b${BODY}\s+(?:will|shall)\s+receive\s+(?:a|an|the|its|their)\b`,
    // "The Panel must make its report to the Commissioner by 8 February 2026"
    String.raw`\bmust\s+(?:make|submit|send|publish|issue|give)\s+(?:its|their|a|an|the)\s+(?:\w+\s+){0,2}(?:report|response|recommendations?|decision)\b[^.;]{0,80}?\bby\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\b`,
    // "A progress report on the Committee's recommendations will come to the Committee in June 2026"
    String.raw`\b(?:report|update|review|paper)\b[^.;]{0,120}?\b(?:will|shall)\s+(?:come|return|go)\s+(?:back\s+)?to\s+${BODY}`,
    // "The Clerk will obtain three quotes … and report to the March 2026 meeting", "… and present them at the meeting on 10 February"
    String.raw`\b(?:will|shall)\s+[a-z]+\b[^.;]{0,120}\band\s+(?:report|present|bring|submit)\s+(?:(?:them|it|these|this|those)\s+)?(?:back\s+)?(?:to|on|at)\b`,
    // "The Head of Leisure and Culture will attend the Committee's meeting on 26 November 2025 to explain …",
    // "the Head of Finance be invited to attend the meeting on 21 January 2026"
    String.raw`\b(?:will|shall|be\s+(?:invited|asked|requested)\s+to)\s+attend\s+(?:the\s+|a\s+|its\s+)?(?:[\w’'-]+\s+){0,3}?meeting\b`,
    // "the Director undertook to circulate a breakdown … by 30 April", "Managers have agreed to complete all actions by …"
    // "Inspector Kerrigan agreed to send these to the Committee Officer by 5 December 2025"
    String.raw`\b(?:undert(?:ook|akes?)|(?:has|have)\s+(?:agreed|undertaken|committed)|agreed|promised)\s+to\s+(?:circulate|provide|send|share|report|bring|update|complete|deliver|implement|publish|write|ask|arrange|check|confirm|investigate|contact|present|submit)\b`,
    // "… and the results reported to the Cabinet Member in October 2026"
    String.raw`\b(?:will|shall)\s+be\s+[a-z]+ed\b[^.;]{0,100}\band\s+(?:the\s+)?(?:results?|outcomes?|findings)\s+reported\s+to\b`,
    // "The Commissioner will present an update on delivery of the Plan to the Panel in June 2026"
    String.raw`\b(?:will|shall)\s+(?:present|bring|submit|provide)\s+(?:an?\s+|the\s+|a\s+further\s+)?(?:[\w-]+\s+){0,2}(?:update|report|review|paper)\b[^.;]{0,120}?\bto\s+${BODY}`,
    // "The Statement will be revised to reflect … and brought to the Committee for approval on 4 December"
    String.raw`\b(?:will|shall)\s+be\s+[a-z]+ed\b[^.;]{0,100}\band\s+(?:brought|presented|submitted|reported)\s+(?:back\s+)?to\s+${BODY}`,
    // "that the revised scheme be noted and referred to both councils' Cabinets for adoption in February"
    String.raw`\bbe\s+(?:noted|received)\s+and\s+referred\s+to\b`,
    // "The Head of Environmental Services to circulate a ward-level breakdown … to Members by 6 February 2026" (an action minuted without "will")
    // ("Action: Transport Strategy Manager to provide … by 31 January 2026": labelled, "The" may go)
    String.raw`^(?:Action\s*:\s*)?(?:The\s+)?(?:[A-Z][\w&’'-]*\s+){1,6}to\s+(?:circulate|provide|send|share|bring|update|publish|write|arrange|confirm|submit|invite|present|report)\b[^.;]{0,150}?\bby\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\b`,
    // "… will be reported to Defra in the 2026 Annual Status Report by 30 June 2026", "MI returns will be submitted to DWP by …"
    String.raw`\b(?:will|shall)\s+be\s+(?:reported|submitted|sent|returned|provided)\s+to\s+(?:the\s+)?(?:[A-Z][A-Za-z]{1,6}|Department\s+for\s+[A-Z][\w ,&]+|Secretary\s+of\s+State|Government)\b[^.;]{0,80}?\bby\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\b`,
    // "… and refer it to Cabinet for approval on 10 February 2026"
    String.raw`\brefer(?:s|red)?\b[^.;]{0,60}?\bto\s+${BODY}\s+for\s+(?:approval|decision|consideration|adoption)\s+(?:on|at\s+its\s+meeting\s+on)\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+`,
    // "the Cabinet be asked to consider options for … at its meeting on 9 December 2025"
    String.raw`\bbe\s+asked\s+to\s+(?:consider|review|determine)\b[^.;]{0,200}?\bat\s+its\s+meeting\s+on\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+`,
    // "The Clerk will submit the precept request form to Penistow District Council by 30 January 2026"
    String.raw`\b(?:will|shall)\s+(?:submit|send|circulate|publish|provide|issue|notify|write\s+to)\b[^.;]{0,150}?\bby\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\b`,
    // "An updated report will be published on 5 February"
    String.raw`\b(?:report|paper|draft|plan|strategy|update|review)\b[^.;]{0,80}\b(?:will|shall)\s+be\s+(?:published|circulated|issued)\b`,
  ].join('|'),
  'i',
);

/**
 * "If …, the Monitoring Officer will report …": a promise that holds only if something else
 * happens. Not the body agreeing the report ("If the Committee agrees the recommendations, the
 * changes will be considered by Council on 26 February"): that is the report's own next step.
 */
const CONDITIONAL = /^(?:If|Unless|Should|In the event)\b(?!\s+(?:the\s+)?(?:[A-Z][\w&’'-]*\s+){1,5}(?:agrees?|approves?|accepts?|endorses?|supports?|is\s+minded\s+to)\b)/;
/** "be deferred to the next meeting", "brought back to the next meeting". */
const TO_NEXT_MEETING = /\b(?:deferred|adjourned|brought\s+back|come\s+back|reported\s+back|considered)\s+(?:to|at|until)\s+the\s+next\s+meeting\b/i;

/** The date minutes give for the next meeting ("DATE OF NEXT MEETING" then "Wednesday 14 January 2026 at 6.00 pm"). */
function nextMeetingDate(input: ParseInput): string | null {
  if (input.meta.type !== 'minutes') return null;
  const lines = input.lines;
  for (let i = 0; i < lines.length; i++) {
    if (!/\b(?:date|time)\s+(?:and\s+(?:time|venue)\s+)?of\s+(?:the\s+)?next\s+meeting\b|\bnext\s+meeting\s+(?:will\s+be|is)\b/i.test(lines[i]!.text)) continue;
    const text = [lines[i]!.text, lines[i + 1]?.text ?? '', lines[i + 2]?.text ?? ''].join(' ');
    const due = findAllDue(text, input.meta.meetingDate).find((d) => d.explicit && d.due && d.due.length === 10);
    if (due?.due && (!input.meta.meetingDate || due.due > input.meta.meetingDate)) return due.due;
  }
  return null;
}
/** "… before it goes to Council in February 2026", "… and then to Cabinet on 4 March". */
const ONWARD = new RegExp(String.raw`\b(?:before\s+(?:it\s+)?(?:goes|going|is\s+(?:presented|taken|referred))|and\s+(?:then\s+)?)\s*to\s+${BODY}`, 'i');

/**
 * "… will be presented to this Committee on 27 January before it goes to Council in February",
 * "… reported to the Schools Forum in March 2026 and to Cabinet in July 2026": a second stop, a
 * second promise (quoting the same text).
 */
function onwardOf(c: Commitment, meetingDate: string | null): Commitment[] {
  const onward = ONWARD.exec(c.text);
  if (!onward) return [];
  const further = commitmentFrom(c.text.slice(onward.index), meetingDate, { page: c.page, paragraph: c.paragraph, source: c.source }, true);
  return further && further.due !== c.due ? [{ ...further, text: c.text }] : [];
}

/** "… will be reviewed by the IJB in September 2026": a body known by its initials (case matters, so apart). */
const TO_INITIALS = /\b(?:will|shall|would)\s+(?:then\s+|also\s+)?be\s+(?:presented|brought(?:\s+back)?|reported|submitted|considered|reconsidered|reviewed|discussed|referred)\s+(?:back\s+)?(?:to|by|at)\s+the\s+[A-Z]{2,6}\b/;

function promises(sentence: string): boolean {
  return PARAGRAPH_PROMISE.test(sentence) || TO_INITIALS.test(sentence);
}

export function parseCommitments(
  input: ParseInput,
  recommendations: Recommendation[],
  resolutions: Resolution[],
  tabled: readonly TableDecision[] = tableDecisionsOf(input),
): Commitment[] {
  const meetingDate = input.meta.meetingDate;
  const out: Commitment[] = [];
  for (const r of recommendations) {
    // "Note the forecast …" promises nothing; "Note that a progress report will be presented in January" does.
    if (r.verb === 'note' && !PARAGRAPH_PROMISE.test(r.text)) continue;
    const c = commitmentFrom(r.text, meetingDate, { page: r.page, paragraph: r.paragraph, source: 'recommendation' });
    if (c) out.push(c, ...onwardOf(c, meetingDate));
  }
  for (const res of resolutions) {
    for (const t of decisionTexts(res)) {
      if (operativeVerb(t) === 'note' && !PARAGRAPH_PROMISE.test(t)) continue;
      // "that the consultation be issued on 20 October, and that the outcome be reported on 4
      // December": a promise per clause, each quoting the whole decision
      for (const clause of clauses(t)) {
        const c = commitmentFrom(clause, meetingDate, { page: res.page, paragraph: null, source: 'resolution' });
        if (c && !out.some((o) => o.text === t && o.due === c.due)) out.push({ ...c, text: t });
      }
    }
  }
  // "be deferred to the next meeting": due at the next meeting, when the minutes give its date
  const nextMeeting = nextMeetingDate(input);
  if (nextMeeting) {
    for (const res of resolutions) {
      for (const t of decisionTexts(res)) {
        if (TO_NEXT_MEETING.test(t) && !out.some((c) => c.text === t)) out.push({ text: t, what: t.slice(0, 140), due: nextMeeting, page: res.page, paragraph: null, source: 'resolution' });
      }
    }
  }
  const decided = out.map((c) => squash(c.text));
  const where = pageFinder(input);
  for (const p of input.paragraphs) {
    for (const sentence of sentences(p.text)) {
      // ("ACTION: The Head of … to circulate …": the action, without its label)
      const s = sentence.replace(/^Action\s*:\s*/i, '');
      if (!promises(s)) continue;
      // "If the training has not been completed by 31 January, the Monitoring Officer will report
      // that to the Standards Committee": a promise only if something else happens
      if (CONDITIONAL.test(s)) continue;
      // The recommendation or resolution already gave this promise (its text is also a paragraph).
      const key = squash(s);
      if (decided.some((d) => d.includes(key) || key.includes(d))) continue;
      const c = commitmentFrom(s, meetingDate, { page: where(p.text, p.page, s), paragraph: p.number, source: 'paragraph' }, true);
      // ("Cabinet will receive a report in three months on …" after "AGREE to receive a report in
      // three months on …": the decision's promise told again)
      if (c && !out.some((o) => o.source !== 'paragraph' && restatedBy(o, c))) out.push(c, ...onwardOf(c, meetingDate));
    }
  }
  // an action-log row restating a promise already read (same date, mostly the same words) is
  // that promise; two promises to the same meeting ("… to January Board") are not one
  for (const a of actionLogCommitments(input.tables, meetingDate)) {
    if (out.some((c) => restatedBy(c, a))) continue;
    out.push(a);
  }
  // a minutes table's decisions with a deadline
  for (const d of tabled) {
    const due = d.deadline ? firstDueDate(d.deadline, meetingDate) : null;
    if (due && !out.some((c) => c.text === d.decision)) out.push({ text: d.decision, what: d.title ?? d.decision, due, page: d.page, paragraph: null, source: 'resolution' });
  }
  return out;
}

/** Words that tell one promise from another (not "report", "committee", month names). */
function promiseWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !ROUTINE_WORDS.has(w)));
}

/** `b` promises what `a` does: the same date and mostly the same words. */
function restatedBy(a: Commitment, b: Commitment): boolean {
  if (a.due !== b.due) return false;
  const mine = promiseWords(b.text);
  const theirs = promiseWords(a.text);
  const shared = [...theirs].filter((w) => mine.has(w)).length;
  return shared >= 2 && shared * 2 >= Math.min(mine.size, theirs.size);
}

/**
 * The page a sentence of a paragraph starts on (a paragraph that runs over a page break has
 * sentences on the next page): found in the part's lines as one stream, after the paragraph's start.
 */
function pageFinder(input: ParseInput): (paragraph: string, paragraphPage: number, sentence: string) => number {
  let text = '';
  const starts: Array<[number, number]> = [];
  for (const l of input.lines) {
    if (text) text += ' ';
    starts.push([text.length, l.page]);
    text += l.text.replace(/\s+/g, ' ').trim();
  }
  const pageAt = (i: number): number => {
    let page = starts[0]?.[1] ?? 1;
    for (const [at, pg] of starts) {
      if (at > i) break;
      page = pg;
    }
    return page;
  };
  const probe = (t: string) => t.replace(/\s+/g, ' ').trim().slice(0, 40);
  return (paragraph, paragraphPage, sentence) => {
    const from = text.indexOf(probe(paragraph));
    if (from < 0) return paragraphPage;
    const at = text.indexOf(probe(sentence), from);
    return at < 0 ? paragraphPage : pageAt(at);
  };
}
