/**
 * Interactive questions in the terminal. On a TTY: a "papers> " prompt with help and quit. With
 * stdin piped: one question per line, each answer printed, exit at end of input.
 */
import { createInterface } from 'node:readline';
import type { Engine } from '../answer/model.ts';
import { userMessageOf } from '../errors.ts';
import { renderAnswer } from './render-text.ts';
import { writeLine, type CliIO } from './io.ts';

export interface ChatOptions {
  engine: Engine;
  io: CliIO;
  now?: Date;
  /** The terminal is an officer's tool: exempt parts included unless false. */
  includeExempt?: boolean;
}

export const CHAT_HELP = `Ask a question about the committee papers, for example:
  What was approved about Local Area Coordination?
  How much will the digital strategy cost?
  costs <topic>     cost summary for a topic
  help              this text
  quit              leave (or Ctrl-D)`;

export async function runChat(opts: ChatOptions): Promise<number> {
  const { engine, io } = opts;
  const interactive = io.stdinIsTTY;
  const rl = createInterface({ input: io.stdin, output: interactive ? io.stdout : undefined, terminal: interactive });
  const ctx = { includeExempt: opts.includeExempt ?? true, ...(opts.now ? { now: opts.now } : {}) };
  if (interactive) {
    writeLine(io.stdout, 'Ask about the committee papers. Type "help" for examples, "quit" to leave.');
    rl.setPrompt('papers> ');
    rl.prompt();
  }
  let previous: string | undefined;
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '') {
      if (interactive) rl.prompt();
      continue;
    }
    if (/^(quit|exit|bye|:q)$/i.test(line)) break;
    if (/^(help|\?)$/i.test(line)) {
      writeLine(io.stdout, CHAT_HELP);
    } else {
      try {
        const costs = /^costs?\s+(.+)$/i.exec(line);
        const answer = costs
          ? engine.costs(costs[1]!, ctx)
          : engine.ask(line, { ...ctx, ...(previous ? { previousQuestion: previous } : {}) });
        if (!interactive) writeLine(io.stdout, `> ${line}`);
        writeLine(io.stdout, renderAnswer(answer));
        writeLine(io.stdout);
        previous = line;
      } catch (err) {
        writeLine(io.stderr, userMessageOf(err));
      }
    }
    if (interactive) rl.prompt();
  }
  rl.close();
  return 0;
}
