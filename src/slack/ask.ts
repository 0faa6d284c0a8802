/**
 * The one path from a question in Slack to a rendered answer: log the query (with its thread),
 * find the thread's earlier question for follow-ups, ask the engine with the channel's exempt
 * rule, render one page. No answering logic here: that is the engine's.
 */
import type { Answer } from '../answer/model.ts';
import { getQuery, logQuery, recordOutcome, threadQuestion, type LoggedQuery, type QueryCommand } from '../store/slack.ts';
import { renderAnswer, type SlackMessage } from './blocks/answer.ts';
import { includeExemptIn, nowOf, type SlackDeps } from './deps.ts';

export interface AskRequest {
  command: QueryCommand;
  question: string;
  userId: string | null;
  channelId: string;
  /** Root ts of the thread the answer goes into; null for top-level DMs and slash commands. */
  threadTs: string | null;
  /** Ephemeral answers get a "Share in channel" button. */
  shareable: boolean;
}

export interface AskResult {
  queryId: number;
  answer: Answer;
  message: SlackMessage;
}

const DEFAULT_PAGE = 5;

/** Answers a new question: logs it, then renders its first page. */
export function answerQuestion(deps: SlackDeps, req: AskRequest): AskResult {
  const queryId = logQuery(
    deps.db,
    { question: req.question, command: req.command, userId: req.userId, channelId: req.channelId, threadTs: req.threadTs },
    nowOf(deps),
  );
  const query = getQuery(deps.db, queryId)!;
  const result = answerPage(deps, query, 0, { shareable: req.shareable });
  recordOutcome(deps.db, queryId, { intent: result.answer.intent, found: result.answer.found });
  return result;
}

/** Renders page `offset` of a logged query (paging, sharing). */
export function answerPage(deps: SlackDeps, query: LoggedQuery, offset: number, opts: { shareable: boolean }): AskResult {
  const pageSize = deps.pageSize ?? DEFAULT_PAGE;
  const previous =
    query.channelId && query.threadTs ? threadQuestion(deps.db, query.channelId, query.threadTs, query.id) : null;
  const ctx = {
    includeExempt: includeExemptIn(deps, query.channelId),
    now: nowOf(deps),
    limit: pageSize + 1,
    offset,
    ...(previous ? { previousQuestion: previous } : {}),
  };
  const full = query.command === 'costs' ? deps.engine.costs(query.question, ctx) : deps.engine.ask(query.question, ctx);
  const hasMore = full.items.length > pageSize;
  const answer: Answer = { ...full, items: full.items.slice(0, pageSize) };
  deps.logger.debug({ queryId: query.id, offset, intent: answer.intent, found: answer.found, items: answer.items.length }, 'answered');
  const message = renderAnswer(answer, { queryId: query.id, offset, hasMore, shareable: opts.shareable });
  return { queryId: query.id, answer, message };
}
