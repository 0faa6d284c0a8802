/**
 * What kind of answer a question wants, from its wording. First matching rule wins; the order
 * settles overlaps ("how many posts were approved" → posts, "what budget was agreed" → cost,
 * "did cabinet agree the budget?" → approval,
 * "when was it approved" → approval, "when is the report due" → deadline, "when is the funding
 * item on the forward plan" → work-programme).
 */
import type { Intent } from './model.ts';

/** Where a report is on an agenda: "which item", "what pages", "where's … in the pack". */
export const AGENDA_POSITION =
  /\b(?:which|what)\s+(?:agenda\s+)?item\b|\bwhat pages?\b|\bpages? (?:of|in) the (?:agenda |meeting )?pack\b|\bwhere(?:['’]s|\s+is|\s+are)?\b.*\b(?:in|on) the (?:agenda(?: pack)?|pack)\b/i;

const RULES: ReadonlyArray<[Intent, RegExp]> = [
  // "which cllrs called in the decision?", "what officer leads on …": a person, like "who"
  ['who', /^\s*(?:which|what)\s+(?:cllrs?|councillors?|members?|officers?|people|person)\b(?!\s+(?:briefings?|allowances?|training|development|champions?\s+(?:scheme|role)))|^\s*(who|whom|whose)\b|\bwho(?:\s+(?:is|was|are|were|wrote|leads?|led|authored|presented|will|do|should|can)\b|['’]s\b)|\b(lead officer|report author|contact officer|responsible officer)\b/i],
  ['work-programme', /\b(work ?programme|forward plan|next (?:[\w&-]+ ){0,3}?(?:meeting|mtg)|upcoming meeting|agenda|coming up|future meetings?)\b|\bwhich\s+(?:cabinet|committee|cttee|meeting|mtg|board)\s+(?:is|will|does)\b|\bwhat(?:['’]?s|\s+is)\s+(?:going|coming)\s+to\b|\bwhat(?:['’]?s|\s+is|\s+are)\s+on\s+(?:for|at|in)\s+(?:the\s+)?(?:next|upcoming)\b/i],
  // "which item is the draft budget at the January cabinet, and what pages of the pack?"
  ['work-programme', AGENDA_POSITION],
  ['posts', /\b(posts?|staff(ing)?|fte|full[- ]time equivalent|headcount|roles?|jobs?|vacanc(y|ies)|recruit\w*|establish\w* of|disestablish\w*|workforce|social workers?)\b/i],
  // "did cabinet sign off the budget?", "what did cabinet agree re the finance settlement?":
  // a question about a decision, whatever it is about (but "how much was agreed" is a cost)
  ['approval', /^(?![\s\S]*\bhow (much|many|big)\b)\s*(?:(?:quick q\w*|so|and|but|ok)\W+)?(?:did|has|have|had|was|were|is|are|will|what (?:did|has|have))\b[^?]*\b(approv\w*|agree\w*|signs? off|signed off|sign it off|decid\w*|resolv\w*|endors\w*|adopt\w*|rubber[- ]stamp\w*|ratif\w*|being asked|asked to)\b/i],
  // "nottm city - when did exec board get the budget strategy?": a when question about money
  ['deadline', /^(?![\s\S]*\b(?:how (?:much|many|big)|approv\w*|agreed|decided|resolved|endorsed|signed off)\b)[\s\S]*\bwhen(?:\s+(?:did|does|do|is|are|was|were|will|would|should|can|could|has|have)\b|['’]s\b)/i],
  ['cost', /\b(costs?|costing|how much|how big|total value|value of|worth|budgets?|savings?|spend(ing)?|spent|funding|funded|price|money|afford\w*|overspend\w*|expenditure|£|financ\w*|paying|pays)\b/i],
  ['approval', /^\s*when\b.*\b(approv\w*|agreed|decided|resolved|endorsed|signed off)\b/i],
  // (but "how many audits came back limited in the progress report?" counts what a report says)
  ['deadline', /^\s*when\b|\bwhen (?:is|are|does|do|will|should|must|would|can|could)\b|^(?![\s\S]*\bhow many\b)[\s\S]*\b(deadline|due|by when|report back|next report|follow[- ]up report|timescales?|timetable|progress report)\b/i],
  ['approval', /\b(approv\w*|agree\w*|decid\w*|decision\w*|resolv\w*|resolution\w*|recommend\w*|endors\w*|signed off|sign off|adopt\w*|outcome|being asked|asked to)\b/i],
];

export function detectIntent(question: string): Intent {
  for (const [intent, re] of RULES) if (re.test(question)) return intent;
  return 'general';
}
