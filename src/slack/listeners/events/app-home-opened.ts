/**
 * The Home tab: published on open with what falls due in 30 days, the latest decisions and
 * the user's subscriptions. Public content only (the App Home is not an exempt channel).
 */
import { afterAck } from '../../defer.ts';
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { latestDecisions } from '../../../store/slack.ts';
import { renderHome } from '../../blocks/home.ts';
import { nowOf, type SlackDeps } from '../../deps.ts';
import { reportFailure } from '../../fail.ts';
import { AppHomeOpenedEvent, parsePayload } from '../../payloads.ts';

export const HOME_DUE_DAYS = 30;

export function appHomeOpened(deps: SlackDeps) {
  return async function appHomeOpened({ event, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> {
    await afterAck(); // Bolt has acked the event already; let the 200 go out first
    try {
      const ev = parsePayload(AppHomeOpenedEvent, event, 'app_home_opened');
      if (ev.tab !== undefined && ev.tab !== 'home') return;
      const view = renderHome({
        due: deps.engine.due({ from: nowOf(deps), withinDays: HOME_DUE_DAYS, includeExempt: false }),
        dueDays: HOME_DUE_DAYS,
        decisions: latestDecisions(deps.db, 10),
        subscriptions: deps.subscriptions?.list(ev.user) ?? [],
      });
      await client.views.publish({ user_id: ev.user, view });
    } catch (err) {
      await reportFailure(deps.logger, err, { handler: 'app_home_opened' });
    }
  };
}
