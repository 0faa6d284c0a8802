/** Posts named in running text: "3.0 fte Local Area Coordinators (Indicative Band A)", "17 social care posts". */
import type { Paragraph, Post } from '../model.ts';
import { figureSentences } from './amount-prose.ts';
import { MONEY_IN_TEXT, parseMoney } from './money.ts';
import { actionOf, gradeOf, kindOfPost, numberOf, teamOf, untilOf } from './post-fields.ts';

/** Case-insensitive spelling of a word inside a case-sensitive pattern: ci('fte') → '[fF][tT][eE]'. */
function ci(word: string): string {
  return word.replace(/[a-z]/gi, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
}
const QTY = `(\\d+(?:\\.\\d+)?|${['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map(ci).join('|')})`;
const KINDS = `((?:(?:${['temporary', 'permanent', 'fixed[- ]term', 'new', 'additional', 'part[- ]time', 'full[- ]time'].map(ci).join('|')})\\s+)*)`;
const GRADE = `((?:${ci('hay')}\\s+)?${ci('band')}\\s+[A-H](?:\\s?\\/\\s?[A-H])?|${ci('grade')}\\s+\\d{1,2})`;
const FTE = `(?:${ci('fte')}|${ci('wte')}|${ci('full')}[- ]${ci('time')} ${ci('equivalent')})`;
const TITLE = "([A-Z][A-Za-z'’/-]*(?:\\s+(?:(?:of|and|&)\\s+)?(?:[A-Z][A-Za-z'’/-]*|\\([A-Z]{2,6}\\))){0,6})";
const CAPITAL = new RegExp(
  `\\b${QTY}\\s*(?:x\\s*)?(${FTE}\\b\\s*)?(?:\\(${FTE}\\)\\s*)?${KINDS}(?:(?:at\\s+)?${GRADE}\\s+)?${TITLE}(?:\\s*\\((?:${ci('indicative')}\\s+)?${GRADE}(?:\\s+grade)?\\))?(\\s+posts?\\b|\\s+roles?\\b)?`,
  'g',
);
const LOWER = new RegExp(`\\b${QTY}\\s+(?:(${FTE})\\s+)?${KINDS}([a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,2})\\s+posts?\\b`, 'g');
const STOP = /^(?:temporary|permanent|fixed-term|part-time|full-time|other|more|of|the|these|those|such|new|further|existing|vacant|additional|remaining|posts?)$/i;
const EXISTING = /(?:currently\s+(?:there\s+)?(?:are|is|has|have)|already\s+(?:has|have|established)|existing|from)\s*$/i;

function titleCase(t: string): string {
  return t.replace(/\s+/g, ' ').trim();
}

type PostFields = Omit<Post, 'page' | 'paragraph' | 'text'>;

/** Posts named in one stretch of text (a sentence, or a table cell such as "3.0 fte Local Area Coordinators (Indicative Band A)"). */
export function postsInText(sentence: string): PostFields[] {
  const found: Array<{ at: number; end: number; title: string; fte: number | null; kinds: string; grade: string | null }> = [];
  CAPITAL.lastIndex = 0;
  for (let m = CAPITAL.exec(sentence); m; m = CAPITAL.exec(sentence)) {
    const [, qty, fteWord, kinds, gradeBefore, title, gradeAfter, postsWord] = m;
    if (!title || !qty || /^(?:FTE|WTE|Fte)$/.test(title)) continue;
    const marker = Boolean(fteWord) || /\((?:full|fte|wte)/i.test(m[0]);
    if (!marker && !postsWord && !gradeAfter) continue;
    if (/^(?:[A-Z][a-z]+day|January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(title)) continue;
    found.push({ at: m.index, end: m.index + m[0].length, title: titleCase(title), fte: numberOf(qty), kinds: kinds ?? '', grade: gradeOf(gradeAfter ?? gradeBefore ?? '') });
  }
  LOWER.lastIndex = 0;
  for (let m = LOWER.exec(sentence); m; m = LOWER.exec(sentence)) {
    const [, qty, , kinds, title] = m;
    if (!title || !qty || STOP.test(title) || title.split(/\s+/).every((w) => STOP.test(w))) continue;
    const at = m.index;
    if (found.some((f) => f.at <= at && f.end >= at)) continue;
    found.push({ at, end: at + m[0].length, title: titleCase(title), fte: numberOf(qty), kinds: kinds ?? '', grade: null });
  }
  const money = [...sentence.matchAll(MONEY_IN_TEXT)];
  return found
    .filter((f) => !EXISTING.test(sentence.slice(Math.max(0, f.at - 40), f.at)))
    // "All 6 Social Worker posts …", "these 3 posts": a reference back to posts already named.
    .filter((f) => !/\b(?:all|these|those|both)\s*$/i.test(sentence.slice(Math.max(0, f.at - 12), f.at)))
    .map((f) => {
      const tail = sentence.slice(f.end, f.end + 90);
      return {
        title: f.title,
        fte: f.fte,
        // "… Inspector post (Grade 5)": a grade in brackets straight after the post
        grade: f.grade ?? gradeOf(/^\s*\(([^()]{0,40})\)/.exec(tail)?.[1] ?? '') ?? gradeOf(tail.split(/[.;(]/)[0] ?? ''),
        kind: kindOfPost(f.kinds) ?? kindOfPost(sentence),
        until: untilOf(sentence.slice(f.at)),
        team: teamOf(tail),
        // A cost stated beside the post ("… post, band B for 12 months (£38,143)"), not elsewhere in a long item.
        cost: money.length === 1 && Math.abs((money[0]!.index ?? 0) - f.end) <= 80 ? parseMoney(money[0]![0].trim()) : null,
        action: actionOf(sentence, f.at),
      };
    });
}

export function sentencePosts(paragraphs: Paragraph[]): Post[] {
  const out: Post[] = [];
  for (const p of paragraphs) {
    // "• 3.5 FTE temporary …" can be split as paragraph "3.5" + "FTE temporary …": put the quantity back.
    const text = p.number && /^\d+\.\d+$/.test(p.number) && /^(?:x\s*)?(?:FTE|WTE|fte|wte)\b/.test(p.text) ? `${p.number} ${p.text}` : p.text;
    // a list written as one sentence ("… is asked to: (i) approve …; (iii) approve the creation of a
    // 0.6 FTE … post …; and (iv) …"): the post's sentence is its own item
    for (const s of figureSentences(text)) {
      const sentence = text.slice(s.start, s.end).trim();
      for (const f of postsInText(sentence)) out.push({ ...f, page: p.page, paragraph: p.number, text: sentence });
    }
  }
  return out;
}
