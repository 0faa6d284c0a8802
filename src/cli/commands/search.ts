/**
 * `papers search "<text>" [--db PATH] [--json] [--limit N] [--public-only]`
 * Full-text search over stored paragraphs, best first. This is an officer's terminal tool, so
 * exempt parts are included unless --public-only.
 */
import { existsSync } from 'node:fs';
import { AppError, UsageError } from '../../errors.ts';
import type { ParagraphHit } from '../../store/search.ts';
import { openStore } from '../../store/store.ts';
import { writeLine, type CliIO } from '../io.ts';
import { dbPathFrom, intFlag, parseFlags, wantsHelp } from '../support.ts';

export const summary = 'Find passages in the stored papers (full-text, best first)';

export const usage = `Usage: papers search "<text>" [options]

Options:
  --db PATH        database file (default: $PAPERS_DB or ./data/papers.db)
  --limit N        number of passages (default 10)
  --public-only    leave out parts classified exempt
  --json           print the passages as JSON
  -h, --help       show this help`;

/** The database exists, or a friendly error that says how to create it. */
export function requireDatabase(path: string): void {
  if (!existsSync(path)) {
    throw new AppError('no-database', `No database at ${path}`, {
      userMessage: `There is no database at ${path} yet: run \`papers ingest <folder>\` first (or pass --db).`,
    });
  }
}

function formatHit(h: ParagraphHit, n: number): string {
  const d = h.document;
  const title = d.title ?? d.file;
  const where = [d.committee, d.meetingDate, d.agendaItem ? `item ${d.agendaItem}` : null].filter(Boolean).join(', ');
  const loc = [`p. ${h.page}`, h.paragraph ? `para ${h.paragraph}` : null, h.section].filter(Boolean).join(' · ');
  const exempt = h.classification === 'exempt' ? ' [EXEMPT]' : '';
  return [`${n}. ${title}${exempt}`, `   ${where ? `${where} — ` : ''}${d.file}, ${loc}`, `   ${h.snippet.replace(/\s+/g, ' ')}`].join('\n');
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  if (wantsHelp(argv)) {
    writeLine(io.stdout, usage);
    return 0;
  }
  const { values, positionals } = parseFlags(argv, {
    db: { type: 'string' },
    json: { type: 'boolean' },
    limit: { type: 'string' },
    'public-only': { type: 'boolean' },
  });
  const text = positionals.join(' ').trim();
  if (text === '') throw new UsageError('give the words to search for.');
  const limit = intFlag('limit', values.limit, 10);
  const dbPath = dbPathFrom(values.db, io);
  requireDatabase(dbPath);
  const store = openStore(dbPath); // not readonly: an older file is migrated rather than refused
  let hits: ParagraphHit[];
  try {
    hits = store.searchParagraphs(text, { limit, includeExempt: !values['public-only'] });
  } finally {
    store.close();
  }
  if (values.json) {
    writeLine(io.stdout, JSON.stringify(hits, null, 2));
    return 0;
  }
  if (hits.length === 0) {
    writeLine(io.stdout, `No passages found for "${text}".`);
    return 0;
  }
  writeLine(io.stdout, hits.map((h, i) => formatHit(h, i + 1)).join('\n\n'));
  return 0;
}
