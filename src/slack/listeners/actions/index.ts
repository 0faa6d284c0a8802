/**
 * Buttons under answers: Share in channel, More results, 👍/👎.
 */
import type { App } from '@slack/bolt';
import { ACTION } from '../../blocks/answer.ts';
import type { SlackDeps } from '../../deps.ts';
import { feedback } from './feedback.ts';
import { moreResults } from './more-results.ts';
import { shareInChannel } from './share-in-channel.ts';

export function registerActionListeners(app: App, deps: SlackDeps): void {
  app.action(ACTION.share, shareInChannel(deps));
  app.action(ACTION.more, moreResults(deps));
  app.action(ACTION.up, feedback(deps, 'up'));
  app.action(ACTION.down, feedback(deps, 'down'));
}
