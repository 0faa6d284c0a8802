/**
 * The alert scheduler: every working day at ALERT_TIME (Europe/London) it runs the alerts for
 * each channel, then the subscription notices. At start-up it runs once to catch up whatever was
 * missed while the process was down — never duplicated, because delivery is exactly-once
 * (deliver.ts) and the catch-up run is an ordinary run.
 *
 * Which day's reminders a run may post: today's once ALERT_TIME has passed on a working day,
 * otherwise only those up to the previous working day (so starting the server at 07:00 or on a
 * Saturday does not post reminders early). Runs never overlap: they queue behind one another.
 * Failed posts are retried by a timer set to the earliest next attempt in the alert log.
 */
import { Cron } from 'croner';
import type { Logger } from '../log.ts';
import type { Db } from '../store/db.ts';
import { isWorkingDay, londonDate, londonTime, subtractWorkingDays } from './calendar.ts';
import type { AlertClient } from './deliver.ts';
import type { Lead } from './leads.ts';
import { runAlerts, type RunAlertsSummary } from './run.ts';
import { runSubscriptionNotices, type NotifySummary } from './subscriptions.ts';

export interface SchedulerOptions {
  db: Db;
  client: AlertClient;
  /** Channels that receive alerts (ALERT_CHANNEL). */
  channels: readonly string[];
  /** HH:MM, Europe/London (ALERT_TIME). */
  alertTime: string;
  exemptChannels: readonly string[];
  logger: Logger;
  leads?: readonly Lead[];
  /** Also send subscription notices on each run (default true). */
  subscriptions?: boolean;
  /** Run once at start-up (default true). */
  catchUp?: boolean;
  staleMinutes?: number;
  /** The clock (tests pin it). */
  clock?: () => Date;
}

export interface TickResult {
  reason: 'startup' | 'daily' | 'retry' | 'manual';
  day: string;
  alerts: RunAlertsSummary[];
  notices: NotifySummary | null;
}

export interface AlertScheduler {
  /** Runs now (queued behind any run in progress). */
  runNow(reason?: TickResult['reason']): Promise<TickResult | null>;
  /** Resolves when the runs queued so far have finished. */
  idle(): Promise<void>;
  /** Next daily run. */
  nextRun(): Date | null;
  /** When the retry timer will fire, if set. */
  nextRetryAt(): Date | null;
  stop(): void;
}

/** The last day whose reminders are due at `now` (see the module comment). */
export function effectiveDay(now: Date, alertTime: string): string {
  const today = londonDate(now);
  return isWorkingDay(today) && londonTime(now) >= alertTime ? today : subtractWorkingDays(today, 1);
}

export function cronPattern(alertTime: string): string {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(alertTime);
  if (!m) throw new Error(`ALERT_TIME must be HH:MM, got ${JSON.stringify(alertTime)}`);
  return `0 ${Number(m[2])} ${Number(m[1])} * * 1-5`;
}

export function startAlertScheduler(o: SchedulerOptions): AlertScheduler {
  const clock = o.clock ?? (() => new Date());
  let chain: Promise<unknown> = Promise.resolve();
  let stopped = false;
  let retryTimer: NodeJS.Timeout | null = null;
  let retryAt: Date | null = null;

  const setRetry = (results: RunAlertsSummary[]) => {
    const now = clock();
    const times = results.flatMap((r) => {
      const t: number[] = [];
      if (r.nextAttemptAt) t.push(Date.parse(r.nextAttemptAt));
      // A 'sending' row of a dead run is resolved once it is stale.
      if (r.inFlight > 0) t.push(now.getTime() + ((o.staleMinutes ?? 10) + 1) * 60_000);
      return t;
    });
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    retryAt = null;
    if (times.length === 0 || stopped) return;
    retryAt = new Date(Math.min(...times));
    const delay = Math.max(1000, retryAt.getTime() - now.getTime());
    retryTimer = setTimeout(() => void runNow('retry'), delay);
    retryTimer.unref();
  };

  const tick = async (reason: TickResult['reason']): Promise<TickResult | null> => {
    if (stopped) return null;
    const now = clock();
    const day = effectiveDay(now, o.alertTime);
    const alerts: RunAlertsSummary[] = [];
    for (const channel of o.channels) {
      try {
        alerts.push(
          await runAlerts({
            db: o.db,
            client: o.client,
            channel,
            now,
            today: day,
            logger: o.logger,
            exemptChannels: o.exemptChannels,
            ...(o.leads ? { leads: o.leads } : {}),
            ...(o.staleMinutes !== undefined ? { staleMinutes: o.staleMinutes } : {}),
          }),
        );
      } catch (err) {
        o.logger.error({ err, channel, reason }, 'alerts: run failed');
      }
    }
    let notices: NotifySummary | null = null;
    if (o.subscriptions ?? true) {
      try {
        notices = await runSubscriptionNotices({ db: o.db, client: o.client, now, logger: o.logger, exemptChannels: o.exemptChannels });
      } catch (err) {
        o.logger.error({ err, reason }, 'subscriptions: notices failed');
      }
    }
    setRetry(alerts);
    return { reason, day, alerts, notices };
  };

  const runNow = (reason: TickResult['reason'] = 'manual'): Promise<TickResult | null> => {
    const next = chain.then(() => tick(reason));
    chain = next.catch(() => undefined);
    return next;
  };

  const job = new Cron(cronPattern(o.alertTime), { timezone: 'Europe/London', protect: true, name: 'papers-alerts' }, () => {
    void runNow('daily');
  });
  if (o.catchUp ?? true) void runNow('startup');

  return {
    runNow,
    idle: () => chain.then(() => undefined),
    nextRun: () => job.nextRun(),
    nextRetryAt: () => retryAt,
    stop() {
      stopped = true;
      job.stop();
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
    },
  };
}
