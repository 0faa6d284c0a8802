/**
 * `papers extract <file.pdf> [--json] [--max-pages N]` — runs the ingest pipeline on one file,
 * with no database, and prints the Document (JSON, the exact ingest/model.ts shape) or a summary.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { IngestError } from '../../../ingest/errors.ts';
import type { Document } from '../../../ingest/model.ts';
import { extractDocument } from '../../../ingest/pipeline.ts';
import { loadConfig } from '../../config.ts';
import { UsageError } from '../../errors.ts';
import { writeLine, type CliIO } from '../io.ts';
import { intFlag, parseFlags, wantsHelp } from '../support.ts';

export const summary = 'Parse one PDF and print what was found (no database)';

export const usage = `Usage: papers extract <file.pdf> [options]

Options:
  --json           print the whole Document as JSON
  --max-pages N    refuse PDFs with more pages (default: $PAPERS_MAX_PAGES or 1000)
  -h, --help       show this help`;

const FACTS = [
  ['paragraphs', 'paragraphs'],
  ['tables', 'tables'],
  ['recommendations', 'recommendations'],
  ['resolutions', 'resolutions'],
  ['amounts', 'amounts'],
  ['posts', 'posts'],
  ['commitments', 'commitments'],
  ['workProgramme', 'work programme items'],
  ['acronyms', 'acronyms'],
] as const;

export function formatDocument(doc: Document): string {
  const out = [`${doc.file}: ${doc.pages} page${doc.pages === 1 ? '' : 's'}, status ${doc.status}${doc.error ? ` (${doc.error})` : ''}`];
  out.push(`sha256 ${doc.sha256}`);
  doc.parts.forEach((p, i) => {
    const range = p.firstPage === p.lastPage ? `p. ${p.firstPage}` : `pp. ${p.firstPage}–${p.lastPage}`;
    const meta = [p.council, p.committee, p.meetingDate, p.agendaItem ? `item ${p.agendaItem}` : null].filter(Boolean).join(', ');
    out.push('', `Part ${i + 1}: ${p.type}, ${range}, ${p.classification}${p.title ? ` — ${p.title}` : ''}`);
    if (meta) out.push(`  ${meta}`);
    if (p.author) out.push(`  author: ${p.author}`);
    out.push(`  ${FACTS.map(([k, label]) => `${p[k].length} ${label}`).join(', ')}`);
  });
  const totals = FACTS.map(([k, label]) => `${doc.parts.reduce((n, p) => n + p[k].length, 0)} ${label}`);
  out.push('', `Total: ${doc.parts.length} part${doc.parts.length === 1 ? '' : 's'}; ${totals.join(', ')}`);
  return out.join('\n');
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  if (wantsHelp(argv)) {
    writeLine(io.stdout, usage);
    return 0;
  }
  const { values, positionals } = parseFlags(argv, { json: { type: 'boolean' }, 'max-pages': { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError('name exactly one PDF file.');
  const file = positionals[0]!;
  const maxPages = values['max-pages'] === undefined ? loadConfig(io.env).maxPages : intFlag('max-pages', values['max-pages'], 1000);
  let data: Uint8Array;
  try {
    data = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : (err as Error).message;
    writeLine(io.stderr, `papers extract: ${file}: ${reason}.`);
    return 1;
  }
  let doc: Document;
  try {
    doc = await extractDocument({ file: basename(file), data, maxPages });
  } catch (err) {
    if (err instanceof IngestError) {
      writeLine(io.stderr, `papers extract: ${file}: ${err.message}`);
      return 1;
    }
    throw err;
  }
  writeLine(io.stdout, values.json ? JSON.stringify(doc, null, 2) : formatDocument(doc));
  if (doc.status === 'needs-ocr') writeLine(io.stderr, `papers extract: ${file}: ${doc.error ?? 'no usable text layer; the file needs OCR.'}`);
  return 0;
}
