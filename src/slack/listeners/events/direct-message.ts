/**
 * A direct message to the app: answered in the DM (in the thread when the message is in one,
 * where the thread's first question is the follow-up context). Edits, joins and bot messages
 * are ignored.
 */
import { afterAck } from '../../defer.ts';
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { answerQuestion } from '../../ask.ts';
import { renderHelp } from '../../blocks/help.ts';
import type { SlackDeps } from '../../deps.ts';
import { reportFailure } from '../../fail.ts';
import { DirectMessageEvent, parsePayload } from '../../payloads.ts';
import { questionText } from './question-text.ts';

export function directMessage(deps: SlackDeps) {
  return async function directMessage({ event, client }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> {
    const raw = event as { channel_type?: unknown; subtype?: unknown; bot_id?: unknown; channel?: unknown; thread_ts?: unknown };
    if (raw.channel_type !== 'im' || raw.subtype !== undefined || raw.bot_id !== undefined) return;
    const channel = typeof raw.channel === 'string' ? raw.channel : null;
    const thread = typeof raw.thread_ts === 'string' ? raw.thread_ts : undefined;
    const tell = channel
      ? (text: string) => client.chat.postMessage({ channel, text, ...(thread ? { thread_ts: thread } : {}) })
      : undefined;
    await afterAck(); // Bolt has acked the event already; let the 200 go out first
    try {
      const ev = parsePayload(DirectMessageEvent, event, 'message.im');
      const question = questionText(ev.text);
      const where = ev.thread_ts ? { thread_ts: ev.thread_ts } : {};
      if (question === '' || /^(help|\?)$/i.test(question)) {
        await client.chat.postMessage({ channel: ev.channel, ...where, ...renderHelp() });
        return;
      }
      const { message } = answerQuestion(deps, {
        command: 'ask',
        question,
        userId: ev.user,
        channelId: ev.channel,
        threadTs: ev.thread_ts ?? null,
        shareable: false,
      });
      await client.chat.postMessage({ channel: ev.channel, ...where, ...message });
    } catch (err) {
      await reportFailure(deps.logger, err, { handler: 'message.im', channel }, tell);
    }
  };
}
