/**
 * 👍 / 👎 under an answer: recorded with the question in the feedback table; the person is
 * thanked privately.
 */
import { afterAck } from '../../defer.ts';
import { recordFeedback } from '../../../store/slack.ts';
import { nowOf, type SlackDeps } from '../../deps.ts';
import { reportFailure } from '../../fail.ts';
import { readPress, type ActionArgs } from './action-args.ts';

export function feedback(deps: SlackDeps, vote: 'up' | 'down') {
  return async function feedbackVote({ ack, body, respond }: ActionArgs): Promise<void> {
    await ack();
    await afterAck();
    try {
      const { action, query } = readPress(deps, body);
      recordFeedback(deps.db, { queryId: query.id, question: query.question, vote, userId: action.user.id }, nowOf(deps));
      deps.logger.info({ queryId: query.id, vote }, 'feedback recorded');
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: vote === 'up' ? 'Thanks — glad that helped.' : 'Thanks — noted. This helps improve the answers.',
      });
    } catch (err) {
      await reportFailure(deps.logger, err, { handler: `feedback_${vote}` }, (text) =>
        respond({ response_type: 'ephemeral', replace_original: false, text }),
      );
    }
  };
}
