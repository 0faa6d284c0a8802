/**
 * `/papers <sub-command> <rest>` → a typed command. Text that starts with no known
 * sub-command is a question ("/papers who approved the budget?").
 */
export type PapersCommand =
  | { kind: 'ask'; question: string }
  | { kind: 'costs'; topic: string }
  | { kind: 'due'; days: number }
  | { kind: 'subscribe'; query: string }
  | { kind: 'unsubscribe'; query: string }
  | { kind: 'help' }
  | { kind: 'invalid'; message: string };

export const DEFAULT_DUE_DAYS = 30;
export const MAX_DUE_DAYS = 366;

export function parsePapersCommand(text: string): PapersCommand {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  const m = /^(\S+)\s*(.*)$/.exec(trimmed);
  if (!m) return { kind: 'help' };
  const sub = m[1]!.toLowerCase();
  const rest = m[2]!.trim();
  switch (sub) {
    case 'help':
    case '?':
      return { kind: 'help' };
    case 'ask':
      return rest ? { kind: 'ask', question: rest } : { kind: 'invalid', message: 'Add a question, e.g. `/papers ask was the family hubs recommendation approved?`' };
    case 'costs':
    case 'cost':
      return rest ? { kind: 'costs', topic: rest } : { kind: 'invalid', message: 'Add a topic, e.g. `/papers costs family hubs`' };
    case 'due': {
      if (rest === '') return { kind: 'due', days: DEFAULT_DUE_DAYS };
      const d = /^(\d{1,3})(\s*days?)?$/i.exec(rest);
      const days = d ? Number(d[1]) : NaN;
      if (!(days >= 1 && days <= MAX_DUE_DAYS)) {
        return { kind: 'invalid', message: `Give a number of days from 1 to ${MAX_DUE_DAYS}, e.g. \`/papers due 14\`` };
      }
      return { kind: 'due', days };
    }
    case 'subscribe':
      return rest ? { kind: 'subscribe', query: rest } : { kind: 'invalid', message: 'Add keywords or a committee, e.g. `/papers subscribe Cabinet`' };
    case 'unsubscribe':
      return rest ? { kind: 'unsubscribe', query: rest } : { kind: 'invalid', message: 'Say what to stop, e.g. `/papers unsubscribe Cabinet`' };
    default:
      return { kind: 'ask', question: trimmed };
  }
}
