/**
 * "More results": the next page of the same question, where the first one went — privately
 * for an ephemeral answer, else in the answer's thread.
 */
import { afterAck } from '../../defer.ts';
import { answerPage } from '../../ask.ts';
import type { SlackDeps } from '../../deps.ts';
import { reportFailure } from '../../fail.ts';
import { readPress, type ActionArgs } from './action-args.ts';

export function moreResults(deps: SlackDeps) {
  return async function moreResults({ ack, body, respond, client }: ActionArgs): Promise<void> {
    await ack();
    await afterAck();
    try {
      const { action, query, offset } = readPress(deps, body);
      const ephemeral = action.container?.is_ephemeral ?? action.message === undefined;
      const { message } = answerPage(deps, query, offset, { shareable: ephemeral });
      const channel = action.channel?.id;
      if (ephemeral || !channel || !action.message) {
        await respond({ response_type: 'ephemeral', replace_original: false, ...message });
        return;
      }
      await client.chat.postMessage({ channel, thread_ts: action.message.thread_ts ?? action.message.ts, ...message });
    } catch (err) {
      await reportFailure(deps.logger, err, { handler: 'more_results' }, (text) =>
        respond({ response_type: 'ephemeral', replace_original: false, text }),
      );
    }
  };
}
