/**
 * `papers list [--db PATH] [--json]` — stored documents (file, pages, status, error) and their
 * parts (type, title, committee, date, item, pages, classification).
 */
import type { StoredDocument } from '../../store/documents.ts';
import { openStore } from '../../store/store.ts';
import { writeLine, type CliIO } from '../io.ts';
import { dbPathFrom, parseFlags, wantsHelp } from '../support.ts';
import { requireDatabase } from './search.ts';

export const summary = 'List the stored papers and their parts';

export const usage = `Usage: papers list [options]

Options:
  --db PATH    database file (default: $PAPERS_DB or ./data/papers.db)
  --json       print the documents as JSON
  -h, --help   show this help`;

const pages = (a: number, b: number): string => (a === b ? `p. ${a}` : `pp. ${a}–${b}`);

export function formatDocuments(docs: StoredDocument[]): string {
  if (docs.length === 0) return 'No documents stored yet.';
  const out: string[] = [];
  for (const d of docs) {
    const status = d.status === 'ok' ? 'ok' : `${d.status}${d.error ? `: ${d.error}` : ''}`;
    out.push(`${d.file}  (${d.pages} page${d.pages === 1 ? '' : 's'}, ${status})`);
    for (const p of d.parts) {
      const meta = [p.committee, p.meetingDate, p.agendaItem ? `item ${p.agendaItem}` : null].filter(Boolean).join(', ');
      const flag = p.classification === 'exempt' ? '  [EXEMPT]' : '';
      out.push(`  ${p.type.padEnd(15)} ${pages(p.firstPage, p.lastPage).padEnd(11)} ${p.title ?? '(untitled)'}${meta ? ` — ${meta}` : ''}${flag}`);
    }
  }
  const ok = docs.filter((d) => d.status === 'ok').length;
  out.push('', `${docs.length} document${docs.length === 1 ? '' : 's'} (${ok} ok, ${docs.length - ok} not ok)`);
  return out.join('\n');
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  if (wantsHelp(argv)) {
    writeLine(io.stdout, usage);
    return 0;
  }
  const { values } = parseFlags(argv, { db: { type: 'string' }, json: { type: 'boolean' } }, false);
  const dbPath = dbPathFrom(values.db, io);
  requireDatabase(dbPath);
  const store = openStore(dbPath); // not readonly: an older file is migrated rather than refused
  try {
    const docs = store.listDocuments();
    writeLine(io.stdout, values.json ? JSON.stringify(docs, null, 2) : formatDocuments(docs));
  } finally {
    store.close();
  }
  return 0;
}
