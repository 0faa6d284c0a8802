/**
 * @papers <question> in a channel: answered in the message's thread. A mention inside a thread
 * is a follow-up: the thread's first question is its context.
 */
import { afterAck } from '../../defer.ts';
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { answerQuestion } from '../../ask.ts';
import { renderHelp } from '../../blocks/help.ts';
import type { SlackDeps } from '../../deps.ts';
import { reportFailure } from '../../fail.ts';
import { AppMentionEvent, parsePayload } from '../../payloads.ts';
import { questionText } from './question-text.ts';

export function appMention(deps: SlackDeps) {
  return async function appMention({ event, client }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> {
    const raw = event as { channel?: unknown; ts?: unknown; thread_ts?: unknown };
    const channel = typeof raw.channel === 'string' ? raw.channel : null;
    const threadTs = typeof raw.thread_ts === 'string' ? raw.thread_ts : typeof raw.ts === 'string' ? raw.ts : undefined;
    const tell = channel
      ? (text: string) => client.chat.postMessage({ channel, text, ...(threadTs ? { thread_ts: threadTs } : {}) })
      : undefined;
    await afterAck(); // Bolt has acked the event already; let the 200 go out first
    try {
      const ev = parsePayload(AppMentionEvent, event, 'app_mention');
      const root = ev.thread_ts ?? ev.ts;
      const question = questionText(ev.text);
      if (question === '') {
        await client.chat.postMessage({ channel: ev.channel, thread_ts: root, ...renderHelp() });
        return;
      }
      const { message } = answerQuestion(deps, {
        command: 'ask',
        question,
        userId: ev.user,
        channelId: ev.channel,
        threadTs: root,
        shareable: false,
      });
      await client.chat.postMessage({ channel: ev.channel, thread_ts: root, ...message });
    } catch (err) {
      await reportFailure(deps.logger, err, { handler: 'app_mention', channel }, tell);
    }
  };
}
