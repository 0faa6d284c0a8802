/**
 * Plain-text pieces shared by the answer text and the renderers: money, dates, an item's status
 * label and its source line (title · committee · meeting date · agenda item · page · paragraph).
 */
import type { AnswerItem } from './model.ts';

const MONEY = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

export function formatMoney(value: number): string {
  return MONEY.format(value);
}

/** "2021-02-08" → "8 Feb 2021"; other strings unchanged. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const mon = months[Number(m[2]) - 1] ?? m[2];
  return m[3] ? `${Number(m[3])} ${mon} ${m[1]}` : `${mon} ${m[1]}`;
}

export function sourceLine(item: AnswerItem): string {
  const d = item.document;
  const bits = [
    d.title ?? d.file,
    d.committee,
    formatDate(d.meetingDate),
    d.agendaItem ? `agenda item ${d.agendaItem}` : null,
    `p.${item.page}`,
    item.paragraph && item.kind !== 'resolution' ? `para ${item.paragraph}` : null,
  ].filter((b): b is string => Boolean(b));
  return `— ${bits.join(' · ')}${d.title ? ` (${d.file})` : ''}`;
}

/** The status word shown before a quoted item. */
export function statusLabel(item: AnswerItem): string {
  const e = item.extra ?? {};
  switch (item.kind) {
    case 'recommendation': {
      const s = item.status ?? 'proposed';
      if (s === 'proposed') return 'Proposed (recommendation)';
      const when = formatDate(e.decided);
      return `${cap(s)}${e.minutes ? ` (minute ${e.minutes}${when ? `, ${when}` : ''})` : ''}`;
    }
    case 'resolution':
      return `${cap(item.status ?? 'resolved')}${e.minutes ? ` (minute ${e.minutes})` : ''}`;
    case 'amount':
      return `${e.figure ?? (item.value !== null ? formatMoney(item.value) : 'Figure')}${e.period ? ` (${e.period})` : ''}`;
    case 'post':
      return `Post${item.value !== null ? ` (${item.value} FTE)` : ''}${e.action ? `, ${e.action}` : ''}`;
    case 'commitment':
      return e.due ? `Due ${formatDate(e.due)}` : 'Commitment';
    case 'work-programme':
      return e.meetingDate ? `Work programme, ${formatDate(e.meetingDate)}` : 'Work programme';
    default:
      return 'From the paper';
  }
}

export function describeItem(item: AnswerItem, maxChars = 400): string {
  return `${statusLabel(item)}: “${truncate(item.text, maxChars)}”`;
}

export function truncate(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
