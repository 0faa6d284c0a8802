/**
 * `papers costs "<topic>" [--db PATH] [--json] [--limit N] [--public-only]`
 * A cost summary for a topic: total (a stated total preferred, never a total added to its parts),
 * per year, funding sources and posts, each figure cited.
 */
import { writeLine, type CliIO } from '../io.ts';
import { wantsHelp } from '../support.ts';
import { runAnswerCommand } from './ask.ts';

export const summary = 'Cost summary for a topic: total, per year, funding and posts, cited';

export const usage = `Usage: papers costs "<topic>" [options]

Options:
  --db PATH        database file (default: $PAPERS_DB or ./data/papers.db)
  --limit N        number of cited figures (default 5)
  --public-only    leave out parts classified exempt
  --json           print the answer (with its "costs" summary) as JSON
  -h, --help       show this help

Example:
  papers costs "Local Area Coordination"`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  if (wantsHelp(argv)) {
    writeLine(io.stdout, usage);
    return 0;
  }
  return runAnswerCommand(argv, io, 'costs', 'topic');
}
