/**
 * Random and hostile query strings from a seeded PRNG: FTS5 syntax, SQL fragments, unicode edge
 * cases (emoji, RTL, combining marks, NUL, lone surrogates), very long strings, date and money
 * look-alikes, Slack markup, and committee vocabulary, glued together at random.
 */
import { pick } from './prng.ts';

const FTS = [
  'AND', 'OR', 'NOT', 'NEAR', 'NEAR(budget cabinet, 2)', 'NEAR(', 'a AND', 'OR OR', 'NOT NOT budget', '"', '""', '"unterminated',
  '"quoted phrase"', '*', 'budg*', '^', '^cabinet', ':', 'text:budget', 'section:finance', '{text section}: hubs', '-budget',
  '+budget', '(', ')', '((budget)', 'budget)', '(a OR b) AND (c NOT d)', 'paragraphs_fts', 'rank', 'bm25(paragraphs_fts)',
  'MATCH', "'", "''", '\\', '\\"', '%', '_', '[', ']', '{', '}', '|', '&', '&&', '||', '!', '~', '?', '#', '@', '$', '`',
];
const SQL = [
  "'; DROP TABLE documents; --", "1' OR '1'='1", '" OR ""="', "'); DELETE FROM parts; --", 'UNION SELECT * FROM sqlite_master',
  '/* comment */', '-- comment', 'ATTACH DATABASE', "x'41'", 'NULL', 'PRAGMA writable_schema=1', '; VACUUM;', 'sqlite_master',
  "Robert'); DROP TABLE students;--",
];
const UNICODE = [
  '👍', '👍🏽', '👨‍👩‍👧‍👦', '🏴󠁧󠁢󠁥󠁮󠁧󠁿', 'مرحبا بالمجلس', 'שלום ועדה', '\u202eevil\u202c', '\u200f', '\u200d', '\u200b', '\ufeff',
  'e\u0301\u0301\u0301\u0301', 'Z̤̈́a̗l͔g̞o', '\u0000', 'budget\u0000cabinet', '\ud800', '\udfff', '\uffff', '\ufffd', '委员会预算',
  'ｆｕｌｌｗｉｄｔｈ', 'ﬁnance', 'ǅ', 'İstanbul', 'ß', 'Ⅻ', '²³', '٣٤٥', '\t', '\n', '\r\n', '\u2028', '\u00a0', '\u3000',
  'café', 'naïve', 'Ωmega',
];
const WORDS = [
  'budget', 'cabinet', 'approve', 'approved', 'LAC', 'family hubs', 'education', 'cost', 'costs', 'how much', 'posts', 'FTE', 'who',
  'decided', 'report', 'due', 'work programme', 'minutes', 'resolved', 'recommendation', 'reserves', 'capital', 'revenue', '£',
  '£1m', '£1,200,000', '£1e308', '£-5', '£NaN', '2025-26', '2024/25', 'FY2025', 'Q3', 'committee', 'Kent', 'Nottinghamshire',
  'last February', 'next month', 'before 2025-13-45', 'after 31 February 2025', 'between 2021 and 2019', 'in 99999', 'since 0000-00-00',
  'yesterday', 'today', 'at 25:61', 'the', 'of', 'a', 'what', 'did', 'and how much did it cost?', '<@U0123ABC>', '<#C123|general>',
  '<https://example.com|link>', '&lt;b&gt;', '*bold*', '_italic_', '~strike~', '```code```', '> quote', '0', '-0', 'NaN', 'Infinity',
  '1e309', '9'.repeat(40), 'x'.repeat(70), 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
];
const SEPARATORS = [' ', '', '  ', '\t', '\n', ',', '.', '?', ' AND ', ' OR ', ' NOT ', '"', ':', '*', '^', '(', ')', '-', '/'];

function randomChars(rnd: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const r = rnd();
    if (r < 0.6) s += String.fromCharCode(32 + Math.floor(rnd() * 95));
    else if (r < 0.8) s += String.fromCharCode(Math.floor(rnd() * 0x3000));
    else if (r < 0.95) s += String.fromCodePoint(0x1f300 + Math.floor(rnd() * 0x300));
    else s += String.fromCharCode(Math.floor(rnd() * 0x10000)); // may be a lone surrogate
  }
  return s;
}

function long(rnd: () => number): string {
  const target = 10_240;
  const kind = rnd();
  if (kind < 0.25) return pick(rnd, WORDS).padEnd(target, ' budget');
  if (kind < 0.5) return '('.repeat(target / 2) + ')'.repeat(target / 2);
  if (kind < 0.75) return randomChars(rnd, target);
  let s = '';
  while (s.length < target) s += pick(rnd, [...FTS, ...WORDS, ...UNICODE]) + pick(rnd, SEPARATORS);
  return s.slice(0, target);
}

/** One hostile string. About 1 in 50 is ~10 KB long. */
export function hostileString(rnd: () => number): string {
  const r = rnd();
  if (r < 0.02) return long(rnd);
  if (r < 0.07) return randomChars(rnd, 1 + Math.floor(rnd() * 80));
  if (r < 0.09) return '';
  const n = 1 + Math.floor(rnd() * 8);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const pool = rnd();
    parts.push(pick(rnd, pool < 0.3 ? FTS : pool < 0.45 ? SQL : pool < 0.65 ? UNICODE : WORDS));
    if (i < n - 1) parts.push(pick(rnd, SEPARATORS));
  }
  return parts.join('');
}
