/**
 * `papers due [--within DAYS] [--from YYYY-MM-DD] [--db PATH] [--json] [--public-only]` —
 * work-programme items (with their next deadline) and commitments falling due, soonest first.
 */
import { existsSync } from 'node:fs';
import type { DueItem } from '../../answer/model.ts';
import { addDays, formatDay, londonDate } from '../../alerts/calendar.ts';
import { dueItemDate, listDue } from '../../alerts/due.ts';
import { AppError, UsageError } from '../../errors.ts';
import { openDatabase } from '../../store/db.ts';
import { writeLine, type CliIO } from '../io.ts';
import { dbPathFrom, intFlag, parseFlags, wantsHelp } from '../support.ts';

export const summary = 'Items falling due (work programme, commitments)';

export const usage = `Usage: papers due [options]

Lists work-programme items (with their report and agenda deadlines, counted in UK working
days) and commitments from recommendations/resolutions falling due, soonest first.

Options:
  --within DAYS    how far ahead to look, in calendar days (default 30)
  --from DATE      first day, YYYY-MM-DD (default: today in Europe/London)
  --public-only    leave out items from exempt (confidential) parts
  --db PATH        database file (default: $PAPERS_DB or ./data/papers.db)
  --json           print the items as JSON (DueItem[])
  -h, --help       show this help`;

export function parseDay(flag: string, value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--${flag} must be a date YYYY-MM-DD, got "${value}".`);
  }
  return value;
}

function what(item: DueItem): string {
  if (item.kind === 'commitment') return 'Commitment due';
  return item.deadline ? item.deadline.name : 'Meeting';
}

export function formatDue(items: readonly DueItem[], from: string, to: string, exemptKeys: ReadonlySet<string>): string {
  const head = `Falling due ${formatDay(from)} – ${formatDay(to)}`;
  if (items.length === 0) return `${head}: nothing.`;
  const out = [`${head} (${items.length} item${items.length === 1 ? '' : 's'})`, ''];
  const pad = ' '.repeat(18);
  for (const item of items) {
    const flags = [
      item.unscheduled ? '[not on any later work programme]' : null,
      item.status === 'snoozed' ? '[snoozed]' : null,
      exemptKeys.has(item.key) ? '[EXEMPT]' : null,
    ].filter(Boolean);
    out.push(`${formatDay(dueItemDate(item)).padEnd(18)}${what(item)} — ${item.title}${flags.length ? `  ${flags.join(' ')}` : ''}`);
    const doc = item.document;
    if (item.kind === 'work-programme') {
      const who = [item.leadOfficer ? `lead officer ${item.leadOfficer}` : null, item.author ? `author ${item.author}` : null].filter(Boolean);
      out.push(`${pad}${doc.committee ?? 'Meeting'} on ${formatDay(item.dueDate)}${who.length ? ` · ${who.join(' · ')}` : ''}`);
    } else {
      out.push(`${pad}“${item.text.replace(/\s+/g, ' ').trim()}”`);
    }
    const from = [doc.title, doc.committee, doc.meetingDate].filter(Boolean).join(', ');
    out.push(`${pad}${doc.file} p. ${item.page}${from ? ` (${from})` : ''}`);
  }
  return out.join('\n');
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  if (wantsHelp(argv)) {
    writeLine(io.stdout, usage);
    return 0;
  }
  const { values } = parseFlags(
    argv,
    {
      within: { type: 'string' },
      from: { type: 'string' },
      db: { type: 'string' },
      json: { type: 'boolean' },
      'public-only': { type: 'boolean' },
    },
    false,
  );
  const within = intFlag('within', values.within, 30, 0);
  const from = values.from === undefined ? londonDate(new Date()) : parseDay('from', values.from);
  const dbPath = dbPathFrom(values.db, io);
  if (!existsSync(dbPath)) {
    throw new AppError('no-database', `No database at ${dbPath}`, {
      userMessage: `There is no database at ${dbPath} yet: run \`papers ingest <folder>\` first (or pass --db).`,
    });
  }
  const db = openDatabase(dbPath) // not readonly: an older file is migrated rather than refused;
  try {
    // The terminal is run by an officer: exempt items are shown (and marked) unless --public-only.
    const publicItems = listDue(db, { from, withinDays: within, includeExempt: false });
    const items = values['public-only'] ? publicItems : listDue(db, { from, withinDays: within, includeExempt: true });
    const publicKeys = new Set(publicItems.map((i) => i.key));
    const exemptKeys = new Set(items.filter((i) => !publicKeys.has(i.key)).map((i) => i.key));
    writeLine(io.stdout, values.json ? JSON.stringify(items, null, 2) : formatDue(items, from, addDays(from, within), exemptKeys));
  } finally {
    db.close();
  }
  return 0;
}
