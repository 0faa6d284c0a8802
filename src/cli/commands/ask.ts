/**
 * `papers ask "<question>" [--db PATH] [--json] [--limit N] [--public-only]`
 * Answers a question from the stored papers (deterministic retrieval, no LLM). The terminal is
 * an officer's tool: exempt parts are included unless --public-only.
 */
import { UsageError } from '../../errors.ts';
import { openDatabase } from '../../store/db.ts';
import { createEngine } from '../../answer/engine.ts';
import type { Answer } from '../../answer/model.ts';
import { renderAnswer } from '../render-text.ts';
import { writeLine, type CliIO } from '../io.ts';
import { cliLogger, dbPathFrom, intFlag, parseFlags, wantsHelp } from '../support.ts';
import { requireDatabase } from './search.ts';

export const summary = 'Answer a question from the papers, quoting them with sources';

export const usage = `Usage: papers ask "<question>" [options]

Options:
  --db PATH        database file (default: $PAPERS_DB or ./data/papers.db)
  --limit N        number of quoted items (default 5)
  --public-only    leave out parts classified exempt
  --json           print the answer as JSON
  -h, --help       show this help

Examples:
  papers ask "What was approved about Local Area Coordination?"
  papers ask "How much will the LAC programme cost?" --json`;

/** The `--json` shape: the README contract fields first, then the extras. */
export function answerJson(a: Answer): string {
  return JSON.stringify(
    {
      question: a.question,
      found: a.found,
      intent: a.intent,
      answer: a.answer,
      items: a.items,
      expansions: a.expansions,
      filters: a.filters,
      suggestions: a.suggestions,
      costs: a.costs,
    },
    null,
    2,
  );
}

export async function runAnswerCommand(argv: string[], io: CliIO, mode: 'ask' | 'costs', what: string): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    db: { type: 'string' },
    json: { type: 'boolean' },
    limit: { type: 'string' },
    'public-only': { type: 'boolean' },
  });
  const text = positionals.join(' ').trim();
  if (text === '') throw new UsageError(`give the ${what} in quotes.`);
  const limit = intFlag('limit', values.limit, 5);
  const dbPath = dbPathFrom(values.db, io);
  requireDatabase(dbPath);
  const db = openDatabase(dbPath) // not readonly: an older file is migrated rather than refused;
  try {
    const engine = createEngine(db, { logger: cliLogger(io) });
    const ctx = { includeExempt: !values['public-only'], limit };
    const answer = mode === 'ask' ? engine.ask(text, ctx) : engine.costs(text, ctx);
    writeLine(io.stdout, values.json ? answerJson(answer) : renderAnswer(answer));
    return 0;
  } finally {
    db.close();
  }
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  if (wantsHelp(argv)) {
    writeLine(io.stdout, usage);
    return 0;
  }
  return runAnswerCommand(argv, io, 'ask', 'question');
}
