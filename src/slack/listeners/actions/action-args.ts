/**
 * Common reading of an answer button press: the payload, the logged query it refers to.
 */
import type { AllMiddlewareArgs, BlockAction as BoltBlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { AppError } from '../../../errors.ts';
import { getQuery, type LoggedQuery } from '../../../store/slack.ts';
import type { SlackDeps } from '../../deps.ts';
import { BlockAction, parseButtonValue, parsePayload, type BlockAction as Action } from '../../payloads.ts';

export type ActionArgs = SlackActionMiddlewareArgs<BoltBlockAction> & AllMiddlewareArgs;

export interface Pressed {
  action: Action;
  actionId: string;
  query: LoggedQuery;
  offset: number;
}

export function readPress(deps: SlackDeps, body: unknown): Pressed {
  const action = parsePayload(BlockAction, body, 'block action');
  const first = action.actions[0]!;
  const value = parseButtonValue(first.value);
  const query = getQuery(deps.db, value.q);
  if (!query) {
    throw new AppError('slack-unknown-query', `button refers to query ${value.q}, which is not in query_log`, {
      userMessage: 'That answer is too old to continue; please ask again.',
    });
  }
  return { action, actionId: first.action_id, query, offset: value.o };
}
