/**
 * "Share in channel" on an ephemeral /papers answer: posts the same answer visibly in the
 * channel (through the response_url) and removes the private copy.
 */
import { afterAck } from '../../defer.ts';
import { answerPage } from '../../ask.ts';
import type { SlackDeps } from '../../deps.ts';
import { reportFailure } from '../../fail.ts';
import { readPress, type ActionArgs } from './action-args.ts';

export function shareInChannel(deps: SlackDeps) {
  return async function shareInChannel({ ack, body, respond }: ActionArgs): Promise<void> {
    await ack();
    await afterAck();
    try {
      const { query, offset } = readPress(deps, body);
      const { message } = answerPage(deps, query, offset, { shareable: false });
      await respond({ response_type: 'in_channel', replace_original: false, ...message });
      await respond({ delete_original: true });
    } catch (err) {
      await reportFailure(deps.logger, err, { handler: 'share_in_channel' }, (text) =>
        respond({ response_type: 'ephemeral', replace_original: false, text }),
      );
    }
  };
}
