/** The outcome a resolution's words state: approved / agreed / noted / deferred / amended / rejected. */
import type { ResolutionOutcome } from '../model.ts';

const APPROVE = /\b(approves?|approved|(?<!\bfor\s(?:\w+\s)?)approval|endorses?|endorsed|adopts?|adopted|authori[sz]es?|authori[sz]ed|delegates?|delegated(?!\s+powers)|establish(?:es|ed)?|ratif(?:y|ies|ied)|confirm(?:s|ed)?|correct record|be\s+(?:awarded|granted|allocated|appointed|accepted)|to\s+(?:award|grant))\b/i;
// (not "agreement": "the completion of a S106 agreement" is a thing, not a decision; not "under
// delegated powers", the way a decision is taken)
const AGREE = /\b(agrees?|agreed)\b/i;
const NOTE = /\b(notes?|noted|thanks?|thanked|receives?|received|considers?|considered|commented|reviews|reviewed|welcomes?|welcomed|no (?:further )?actions?)\b/i;

export function resolutionOutcome(text: string): ResolutionOutcome {
  const t = text.replace(/\s+/g, ' ');
  if (/\b(?:not|no longer)\s+(?:be\s+)?(?:approved|agreed|adopted|endorsed|supported)\b|\b(?:rejected|refused|declined)\b|\bmotion\s+(?:was\s+)?(?:lost|fell|defeated)\b/i.test(t)) return 'rejected';
  // Deferral as the decision ("be deferred", "defer consideration", "deferred to the next meeting"), not an adjective ("Deferred Assessments Plan").
  const deferral = /\b(?:be|been|is|was|were)\s+(?:deferred|postponed|adjourned)\b|\b(?:defers?|deferred|postpones?|postponed)\s+(?:consideration|the\s+(?:item|decision|matter|report))\b|\b(?:deferred|postponed)\s+(?:to|until)\s+(?:a|the)\s+(?:next|future|later)\b/i;
  if (deferral.test(t) && !APPROVE.test(t) && !AGREE.test(t)) return 'deferred';
  // ("the conditions set out in the report, as amended by the update sheet": a document amended, not the motion)
  if (/\bas amended\b(?!\s+(?:by|in)\s+(?:the\s+)?(?:update|addendum|supplementary|late|officers?['’]?|report)\b)|\bsubject to (?:the\s+)?(?:following\s+)?amendments?\b|\bwith (?:the\s+)?(?:following\s+)?amendments?\b/i.test(t)) return 'amended';
  // ("bring the strategy to the Board for approval" asks for a decision later, it is not one)
  if (/\b(?:approves?|approved|(?<!\bfor\s(?:\w+\s)?)approval)\b/i.test(t)) return 'approved';
  if (AGREE.test(t)) return 'agreed';
  if (APPROVE.test(t)) return 'approved';
  // "to refer the decision back to Cabinet for reconsideration, for the following reasons: …
  // had not been considered": a referral is the decision, whatever its reasons say
  if (/^\W*(?:that\s+)?(?:to\s+)?refers?\b|^\W*(?:that\s+)?(?:the\s+)?(?:decision|matter|item|report)\s+be\s+referred\b/i.test(t)) return 'agreed';
  // "considers the proposal to be a substantial variation and requests that the ICB consult":
  // a judgement and a request are decisions, not a noting
  if (!/\bnot(?:e|es|ed)\b/i.test(t) && /\b(?:requests?|requested|instructs?|instructed)\b|\bconsiders?\s+(?:that\b|[^.;]{0,60}?\bto\s+be\b)/i.test(t)) return 'agreed';
  if (NOTE.test(t)) return 'noted';
  // a decision to do something that names no verb of the lists ("to increase parking charges by
  // 20p", "to instruct the Director to report") was agreed
  return 'agreed';
}
