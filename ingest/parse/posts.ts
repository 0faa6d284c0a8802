/** Staff posts from sentences and post tables (title, FTE, grade, kind, until, cost, action). */
import type { Post } from '../model.ts';
import type { ParseInput } from '../layout/types.ts';
import { sentencePosts } from './post-sentences.ts';
import { tablePosts } from './post-tables.ts';

function key(p: Post): string {
  return `${p.page}|${p.title.toLowerCase().replace(/s\b/g, '')}|${p.fte}`;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The sentence is a table row read as text: most of the row's cells occur in it as whole tokens. */
function isRowText(cells: string[], text: string): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  const inside = filled.filter((c) => new RegExp(`(?<![\\w.])${escape(c)}(?![\\w.])`).test(text)).length;
  return filled.length >= 2 && inside >= Math.max(2, Math.ceil(filled.length * 0.75)) && text.length <= filled.join(' | ').length * 1.5 + 20;
}

/**
 * Table rows first, then sentences; a sentence that is a table row read again as text is dropped,
 * as is the same post named twice on one page.
 */
export function parsePosts(input: ParseInput): Post[] {
  const seen = new Set<string>();
  const out: Post[] = [];
  const rows = input.tables.flatMap((t) => t.rows);
  const fromText = sentencePosts(input.paragraphs).filter(
    (p) => !rows.some((r) => Math.abs(r.page - p.page) <= 1 && isRowText(r.cells, p.text)),
  );
  // Every table row is its own post, and so is every sentence naming a post (once per page).
  const fromTables = tablePosts(input.tables);
  out.push(...fromTables);
  const tableKeys = new Set(fromTables.map(key));
  for (const p of fromText) {
    const k = `${key(p)}|${p.text}`;
    // A run of table cells in the text ("… | £8,000 | …") repeats the table's own rows.
    if (seen.has(k) || (p.text.includes(' | ') && tableKeys.has(key(p)))) continue;
    seen.add(k);
    out.push(p);
  }
  return out.sort((a, b) => a.page - b.page);
}
