/**
 * Section headings: detected by layout (bold, a short line of its own, a numbered heading such as
 * "1. Introduction") and by the wording committee reports use for their standard sections.
 */
import type { Line } from '../layout/types.ts';

const KNOWN = [
  'purpose of (the )?report',
  'purpose',
  'summary',
  'information',
  'introduction',
  'background( information)?',
  'other options considered',
  'options considered',
  'reasons? for (the )?recommendations?',
  'reason\\(s\\) for recommendation\\(s\\)',
  'reason\\(s\\) for decision',
  'statutory and policy implications',
  '(financial|legal|human resources|equalit(y|ies)|data protection|public sector equality duty|crime and disorder|safeguarding|risk|property|procurement|environmental|climate change) implications',
  'implications for service users',
  'recommendations?',
  'recommendation\\(s\\)',
  'decision',
  'background papers( and published documents)?',
  'background documents',
  'electoral division\\(s\\)( and member\\(s\\))? affected',
  'conclusions?',
  'next steps',
  'appendices',
  'contact details',
  'risk management',
  'consultation',
  'resource implications',
  'constitutional comments.*',
  'financial comments.*',
  'report author',
];
const KNOWN_RE = new RegExp(`^(?:${KNOWN.join('|')})\\s*:?$`, 'i');
/** "1. Introduction", "2 | Recommendations", "3a | Adult Social Care & Health", a minute "25/065 Bus shelter". */
const NUMBERED_HEADING = /^(\d{1,2}[a-z]?|(?:[A-Z]{2,6}\s?\/?\s?)?\d{1,4}\/\d{1,4}(?:\/\d{1,4})?)\.?(?:\s*\|)?\s+([A-Z'‘"“][^;]{2,140})$/;

/**
 * A run-in heading: the line opens with a heading that ends in a full stop and its paragraph
 * goes on after it ("Consultation. The proposals were advertised …", "Recommendations. It is
 * recommended:", or with no space where the heading's bold face ends: "Recommendations.The Panel
 * is recommended to:"). Bold lines, or a standard heading's words in any weight; the heading is at
 * most six words and the text after it starts a sentence.
 */
const RUN_IN = /^([A-Z][A-Za-z’'&,()\/ -]{2,60}?)\.\s*([A-Z(‘'"“£].*)$/;
export function runInHeading(line: Line): { heading: string; rest: string } | null {
  const text = line.text.replace(/\*\*+/g, '').replace(/^[\s•●▪\uf0b7]+/u, '').trim();
  const m = RUN_IN.exec(text);
  if (!m || m[1]!.split(/\s+/).length > 6) return null;
  // "Mr. Smith", "St. Mary's": abbreviations, not headings
  if (/^(?:Mr|Mrs|Ms|Dr|St|No|Cllr|Prof)$/i.test(m[1]!)) return null;
  if (!line.bold && !KNOWN_RE.test(m[1]!)) return null;
  return { heading: m[1]!, rest: m[2]! };
}

/** The heading text of a line, or null when the line is not a heading. */
export function headingOf(line: Line, bodySize: number): string | null {
  const pieces = line.text.split(/\*\*+/).map((p) => p.trim()).filter(Boolean);
  const text = (pieces[pieces.length - 1] ?? '').replace(/^[\s•●▪\uf0b7]+/u, '').trim();
  if (!text || text.length > 90) return null;
  // a standard heading glued onto the title before it ("… SUPPORT POSTPurpose of the Report")
  const glued = /[A-Z)](Purpose of (?:the )?Report)$/.exec(text);
  if (glued) return glued[1]!;
  const bare = text.replace(/^\d{1,2}(?:\.\d{1,2})?[a-z]?\.?(?:\s*\|)?\s+/, '').replace(/:$/, '').trim();
  if (KNOWN_RE.test(bare)) return bare;
  // a bulleted line is a list's item, bold or not ("• Revenue and Capital Outturn 2025/26 – Cabinet –
  // …", a key decision set in bold)
  if (/^\s*[•●▪\uf0b7]/u.test(pieces[pieces.length - 1] ?? '')) return null;
  // a bold capitals heading may wrap after a comma ("… – THE LANTERN ROOMS," / "14 QUAY STREET")
  if (/[.;]$/.test(text) || (/,$/.test(text) && !(line.bold && text === text.toUpperCase())) || /^[a-z(]/.test(text)) return null;
  // "Decision no: 24/00109", "Is the decision eligible for call-in? Yes": a label with its value
  if (/^[A-Z][^:?]{1,50}[:?]\s*\S/.test(text)) return null;
  const m = NUMBERED_HEADING.exec(text);
  // "4. 'YOUR HEALTH, YOUR WAY' – …": upper case, or short and not a sentence
  const numbered = m && (m[2] === m[2]!.toUpperCase() || (m[2]!.length <= 70 && !/\.$/.test(m[2]!))) ? m : null;
  if (line.bold && /[A-Za-z]{3}/.test(text) && !/^[£\d.,%\s()-]+$/.test(text)) {
    // a bold numbered line is a heading only when short ("3. DECLARATIONS OF INTEREST")
    if (/^\d/.test(text) && !numbered) return null;
    if (line.cells.length > 2) return null;
    return numbered ? numbered[2]!.trim() : text.replace(/:$/, '');
  }
  if (line.fontSize > bodySize + 1.5 && text.length < 80) return text;
  return null;
}
