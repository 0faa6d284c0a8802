/**
 * Slack redelivers an event it thinks went unanswered (X-Slack-Retry-Num, Socket Mode
 * retries); each event_id is answered once, whatever the transport.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { firstDelivery } from '../../../store/slack.ts';
import { EventEnvelope } from '../../payloads.ts';
import { nowOf, type SlackDeps } from '../../deps.ts';

export function dedupeEvents(deps: SlackDeps) {
  return async function dedupeEvents({ body, context, next }: SlackEventMiddlewareArgs & AllMiddlewareArgs): Promise<void> {
    const env = EventEnvelope.safeParse(body);
    if (!env.success) {
      deps.logger.warn({ issues: env.error.issues.map((i) => i.message) }, 'event without event_id: handled without de-duplication');
      await next();
      return;
    }
    if (!firstDelivery(deps.db, env.data.event_id, nowOf(deps))) {
      deps.logger.info({ eventId: env.data.event_id, retryNum: context.retryNum, retryReason: context.retryReason }, 'duplicate event ignored');
      return;
    }
    await next();
  };
}
