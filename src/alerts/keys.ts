/**
 * Stable keys for items that fall due. Built from CONTENT, never from row ids, so they survive
 * re-ingesting a paper (ids change; committee, dates and wording do not). A key is what
 * item_state (Done / Snooze) and alert_log (exactly once) are keyed on, and the value of the
 * Done / Snooze buttons.
 */
import { createHash } from 'node:crypto';

/** Lower case, accents and punctuation dropped, single spaces: "Cabinet – LAC Update!" → "cabinet lac update". */
export function normalise(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function digest(parts: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 24);
}

/** committee + meeting date + normalised title. */
export function workProgrammeKey(committee: string | null, meetingDate: string, title: string): string {
  return `wp:${digest([normalise(committee), meetingDate, normalise(title)])}`;
}

/**
 * The paper the promise was made in (committee, meeting date, normalised part title) + the
 * normalised promise + its due date ("2022-04" or "2022-04-30" as extracted).
 */
export function commitmentKey(
  part: { committee: string | null; meetingDate: string | null; title: string | null },
  what: string,
  due: string,
): string {
  return `cm:${digest([normalise(part.committee), part.meetingDate ?? '', normalise(part.title), normalise(what), due])}`;
}

export function isItemKey(value: string): boolean {
  return /^(wp|cm):[0-9a-f]{24}$/.test(value);
}
