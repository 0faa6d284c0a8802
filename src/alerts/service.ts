/**
 * Wiring for the long-running app (src/app.ts): the alert scheduler built from Config, and the
 * subscription store the Slack listeners use.
 *
 *   const scheduler = startAlertsFromConfig({ db, config, logger });   // null when not configured
 *   ...
 *   scheduler?.stop();
 *
 *   startSlackService({ ..., subscriptions: subscriptionStore(db), listeners: [registerAlertListeners] })
 */
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Db } from '../store/db.ts';
import { addSubscription, listSubscriptions, removeSubscription } from '../store/subscriptions.ts';
import { createAlertClient } from './client.ts';
import { startAlertScheduler, type AlertScheduler, type SchedulerOptions } from './schedule.ts';

/**
 * Starts the daily alert scheduler when Slack and ALERT_CHANNEL are configured (else logs why not
 * and returns null). Uses its own Web API client without SDK retries (see client.ts) rather than
 * Bolt's, whose default retry policy can hold a run for half an hour.
 */
export function startAlertsFromConfig(o: {
  db: Db;
  config: Config;
  logger: Logger;
  overrides?: Partial<Pick<SchedulerOptions, 'clock' | 'catchUp' | 'subscriptions' | 'leads'>>;
}): AlertScheduler | null {
  const { config, logger } = o;
  if (config.slack.kind === 'none') {
    logger.info('alerts: Slack is not configured; the alert scheduler is off');
    return null;
  }
  if (!config.alertChannel) {
    logger.warn('alerts: ALERT_CHANNEL is not set; reminders are off (subscriptions notices too)');
    return null;
  }
  const client = createAlertClient({ token: config.slack.botToken, slackApiUrl: config.slackApiUrl, logger });
  logger.info({ channel: config.alertChannel, at: config.alertTime }, 'alerts: scheduler started (Europe/London, working days)');
  return startAlertScheduler({
    db: o.db,
    client,
    channels: [config.alertChannel],
    alertTime: config.alertTime,
    exemptChannels: config.exemptChannels,
    logger,
    ...o.overrides,
  });
}

/** The SubscriptionStore shape src/slack/deps.ts expects, over the database. */
export function subscriptionStore(db: Db) {
  return {
    add: (s: { target: string; targetType: 'user' | 'channel'; query: string; createdBy: string }) => addSubscription(db, s),
    remove: (target: string, query: string) => removeSubscription(db, target, query),
    list: (target: string) => listSubscriptions(db, target).map((s) => s.query),
  };
}
