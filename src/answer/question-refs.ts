/**
 * What a question names by number: minute, item and recommendation references, and financial
 * years ("2024/25", "25-26").
 */

/**
 * Minute, item and recommendation references: "minute 82", "min 82", "item 5", "recommendation 3",
 * "RESOLVED 2021/007", "2021/004" (a four-digit year with a three-digit number, not a financial year).
 */
export function minuteRefs(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b(?:minutes?|mins?|item|resolved|resolution|recommendations?|recs?)\s+(?:no\.?\s*)?\(?(\d{1,4}(?:\/\d{2,4})?[a-z]?)\)?(?![\d/])/gi)) {
    if (financialYears(m[1]!).length === 0) out.add(m[1]!.toLowerCase());
  }
  for (const m of text.matchAll(/\b((?:19|20)\d{2}\/\d{3})\b/g)) out.add(m[1]!);
  return [...out];
}

/** "2024/25", "2024-25", "2024/2025" → "2024/25". */
export function financialYears(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b(20\d{2}|\d{2})\s*[/-]\s*(\d{2}|20\d{2})\b/g)) {
    // "25/26" is 2025/26 only when it reads as consecutive years
    const start = m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
    const end = m[2]!.length === 4 ? Number(m[2]) % 100 : Number(m[2]);
    if (end === (start + 1) % 100) out.add(`${start}/${String(end).padStart(2, '0')}`);
  }
  return [...out];
}

/**
 * "next year's MRP charge", "this yr's budget", "last year's outturn": in a money question, the
 * financial year (April to March) before, at or after the one `now` falls in.
 */
export function relativeFinancialYears(text: string, now: Date): string[] {
  const out = new Set<string>();
  const start = now.getUTCMonth() >= 3 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  for (const m of text.matchAll(/\b(last|this|next)\s+(?:financial\s+)?(?:year|yr)\b/gi)) {
    const y = start + ({ last: -1, this: 0, next: 1 } as const)[m[1]!.toLowerCase() as 'last' | 'this' | 'next'];
    out.add(`${y}/${String((y + 1) % 100).padStart(2, '0')}`);
  }
  return [...out];
}
