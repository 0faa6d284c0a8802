/** Posts listed in tables with a job-title column and a grade or FTE column. */
import type { Post, Table } from '../model.ts';
import { parseMoney, unitFromText } from './money.ts';
import { actionOf, gradeOf, kindOfPost, numberOf, untilOf } from './post-fields.ts';
import { isFigure } from './table-draft.ts';
import { postsInText } from './post-sentences.ts';

function col(header: string[], re: RegExp, not?: RegExp): number {
  return header.findIndex((h) => re.test(h) && !(not && not.test(h)));
}

export function tablePosts(tables: Table[]): Post[] {
  const out: Post[] = [];
  for (const t of tables) {
    const h = t.header;
    let title = col(h, /\b(?:job|post|role)\s*(?:title|name)?\b|^posts?$|^position/i);
    if (title < 0 && t.rows.some((r) => /\b(?:fte|wte)\b/i.test(r.cells[0] ?? ''))) title = 0;
    const grade = col(h, /\b(?:grade|band)\b/i);
    const fte = col(h, /\bfte\b|\bwte\b|full[- ]time equivalent|^no\.? of posts/i, /salary|cost/i);
    if (title < 0) continue;
    if (grade < 0 && fte < 0) {
      // "3.0 fte Local Area Coordinators (Indicative Band A) | £135,262 | …": the post is in the title cell.
      const money = h.map((x, i) => ({ x, i })).filter(({ x }) => /total|cost|£/i.test(x)).map(({ i }) => i);
      for (const r of t.rows) {
        if (r.isTotal) continue;
        const rowText = r.cells.filter((x) => x.trim()).join(' | ');
        const costCell = money.length ? r.cells[money[money.length - 1]!] ?? '' : '';
        for (const f of postsInText(r.cells[title] ?? '')) {
          out.push({ ...f, cost: parseMoney(costCell.trim(), t.unit) ?? f.cost, page: r.page, paragraph: null, text: rowText });
        }
      }
      continue;
    }
    const kindCol = col(h, /permanent|temporary|fixed|contract|type/i);
    const endCol = col(h, /end date|until|duration/i);
    const team = col(h, /\bteam\b|service area|department/i);
    const cost = col(h, /cost|salary|£/i);
    for (const r of t.rows) {
      if (r.isTotal) continue;
      const c = (i: number) => (i >= 0 ? (r.cells[i] ?? '').trim() : '');
      const name = c(title);
      const fteValue = numberOf(c(fte).split(/\s+/)[0] ?? '');
      const gradeText = c(grade);
      const gradeValue = gradeText && !/^n\/?a$/i.test(gradeText) ? gradeOf(gradeText, /band/i.test(h[grade] ?? '')) ?? gradeText : null;
      if (!name || isFigure(name) || (fteValue === null && gradeValue === null)) continue;
      const rowText = r.cells.filter((x) => x.trim()).join(' | ');
      const costText = c(cost);
      const unit = cost >= 0 ? unitFromText(h[cost] ?? '') ?? t.unit : null;
      const costValue = costText ? parseMoney(/^[^\s]+/.exec(costText)?.[0] ?? '', unit) : null;
      out.push({
        title: name,
        fte: fteValue,
        grade: gradeValue,
        kind: kindOfPost(c(kindCol)) ?? kindOfPost(rowText),
        until: untilOf(c(kindCol)) ?? untilOf(c(endCol)) ?? untilOf(rowText),
        team: c(team) || null,
        cost: costValue,
        action: actionOf(rowText),
        page: r.page,
        paragraph: null,
        text: rowText,
      });
    }
  }
  return out;
}
