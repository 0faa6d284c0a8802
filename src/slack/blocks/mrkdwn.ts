/**
 * Slack mrkdwn helpers: escaping control characters, quoting verbatim text, links, money.
 */
import type { SourceDocument } from '../../answer/model.ts';

/** Escapes the three characters Slack treats as markup (&, <, >). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A block quote of verbatim text (each line prefixed with "> "). */
export function quote(text: string): string {
  return escapeMrkdwn(text.trim())
    .split(/\r?\n/)
    .map((l) => `>${l === '' ? '' : ` ${l}`}`)
    .join('\n');
}

/** A link when there is a safe URL, else the label alone. */
export function link(label: string, url: string | null | undefined): string {
  const safe = escapeMrkdwn(label).replace(/\|/g, '¦');
  if (url && /^https?:\/\/[^\s<>|]+$/.test(url)) return `<${url}|${safe}>`;
  return safe;
}

const GBP = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const GBP_PENCE = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** £1,234,567 (pence shown only when the amount has them). */
export function money(value: number): string {
  return Number.isInteger(value) ? GBP.format(value) : GBP_PENCE.format(value);
}

/** "12 Mar 2025" from YYYY-MM-DD; other strings unchanged. */
export function shortDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** title · committee · date · item N · p. N — linked to the paper when it has a URL. */
export function sourceLine(doc: SourceDocument, page: number | null, paragraph?: string | null): string {
  const title = doc.title?.trim() || doc.file;
  const parts = [link(title, doc.url)];
  if (doc.committee) parts.push(escapeMrkdwn(doc.committee));
  const date = shortDate(doc.meetingDate);
  if (date) parts.push(date);
  if (doc.agendaItem) parts.push(`item ${escapeMrkdwn(doc.agendaItem)}`);
  if (paragraph) parts.push(`para ${escapeMrkdwn(paragraph)}`);
  if (page !== null && page > 0) parts.push(`p. ${page}`);
  return parts.join(' · ');
}
