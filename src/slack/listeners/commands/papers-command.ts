/**
 * /papers ask|costs|due|subscribe|unsubscribe|help. Acked at once; the answer follows through
 * the response_url, ephemeral, with a "Share in channel" button.
 */
import { afterAck } from '../../defer.ts';
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { answerQuestion } from '../../ask.ts';
import { renderNotice, type SlackMessage } from '../../blocks/answer.ts';
import { renderDue } from '../../blocks/due-message.ts';
import { renderHelp } from '../../blocks/help.ts';
import { includeExemptIn, nowOf, type SlackDeps } from '../../deps.ts';
import { reportFailure } from '../../fail.ts';
import { parsePayload, SlashCommand } from '../../payloads.ts';
import { parsePapersCommand } from './parse.ts';

function subscriptionsReply(deps: SlackDeps, cmd: { kind: 'subscribe' | 'unsubscribe'; query: string }, userId: string): SlackMessage {
  const subs = deps.subscriptions;
  if (!subs) return renderNotice('Subscriptions are not available on this server yet.');
  if (cmd.kind === 'subscribe') {
    const added = subs.add({ target: userId, targetType: 'user', query: cmd.query, createdBy: userId });
    return renderNotice(
      added
        ? `Subscribed: I will tell you about new papers matching “${cmd.query}”.`
        : `You are already subscribed to “${cmd.query}”.`,
    );
  }
  const removed = subs.remove(userId, cmd.query);
  if (removed) return renderNotice(`Unsubscribed from “${cmd.query}”.`);
  const current = subs.list(userId);
  return renderNotice(
    current.length > 0
      ? `You had no subscription to “${cmd.query}”. Yours: ${current.map((q) => `“${q}”`).join(', ')}.`
      : `You had no subscription to “${cmd.query}”.`,
  );
}

export function replyTo(deps: SlackDeps, text: string, userId: string, channelId: string): SlackMessage {
  const cmd = parsePapersCommand(text);
  switch (cmd.kind) {
    case 'help':
      return renderHelp();
    case 'invalid':
      return renderNotice(cmd.message);
    case 'ask':
    case 'costs':
      return answerQuestion(deps, {
        command: cmd.kind,
        question: cmd.kind === 'ask' ? cmd.question : cmd.topic,
        userId,
        channelId,
        threadTs: null,
        shareable: true,
      }).message;
    case 'due':
      return renderDue(deps.engine.due({ from: nowOf(deps), withinDays: cmd.days, includeExempt: includeExemptIn(deps, channelId) }), cmd.days);
    case 'subscribe':
    case 'unsubscribe':
      return subscriptionsReply(deps, cmd, userId);
  }
}

export function papersCommand(deps: SlackDeps) {
  return async function papersCommand({ command, ack, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> {
    await ack();
    await afterAck();
    try {
      const c = parsePayload(SlashCommand, command, 'slash command');
      const message = replyTo(deps, c.text, c.user_id, c.channel_id);
      await respond({ response_type: 'ephemeral', ...message });
    } catch (err) {
      await reportFailure(deps.logger, err, { handler: '/papers', channel: command.channel_id }, (text) =>
        respond({ response_type: 'ephemeral', text }),
      );
    }
  };
}
