/**
 * One alert run: queue whatever reminders are due today for a channel, then deliver every pending
 * alert of that channel (exactly once — see deliver.ts) and return what happened. Used by
 * `papers alerts run` and the scheduler; safe to repeat as often as you like.
 */
import type { Logger } from '../log.ts';
import type { Db } from '../store/db.ts';
import { enqueueAlert, getAlert, alertKey, nextPendingAttempt } from '../store/alerts.ts';
import { londonDate } from './calendar.ts';
import { deliverPending, type AlertClient, type DeliverSummary } from './deliver.ts';
import { alertsDue } from './due.ts';
import type { Lead } from './leads.ts';

export interface RunAlertsOptions {
  db: Db;
  client: AlertClient;
  channel: string;
  now: Date;
  logger: Logger;
  /** Channels allowed to see exempt parts (EXEMPT_CHANNELS). */
  exemptChannels?: readonly string[];
  leads?: readonly Lead[];
  /** The day whose reminders are due (default: `now`'s Europe/London date). */
  today?: string;
  maxAgeDays?: number;
  staleMinutes?: number;
  onPosted?: (keys: readonly string[], ts: string) => void;
}

export interface RunAlertsSummary extends DeliverSummary {
  channel: string;
  today: string;
  /** Reminders due today (and not Done / Snoozed). */
  due: number;
  /** Of those, newly queued by this run. */
  queued: number;
  /** Of those, delivered by an earlier run. */
  alreadySent: number;
  /** Earliest next attempt of a pending alert (ISO), for a retry timer. */
  nextAttemptAt: string | null;
}

export async function runAlerts(o: RunAlertsOptions): Promise<RunAlertsSummary> {
  const today = o.today ?? londonDate(o.now);
  const includeExempt = (o.exemptChannels ?? []).includes(o.channel) && !o.channel.startsWith('D');
  const due = alertsDue(o.db, { today, includeExempt, ...(o.leads ? { leads: o.leads } : {}), ...(o.maxAgeDays !== undefined ? { maxAgeDays: o.maxAgeDays } : {}) });

  let queued = 0;
  let alreadySent = 0;
  for (const d of due) {
    const isNew = enqueueAlert(o.db, {
      itemKey: d.item.key,
      lead: d.lead,
      channel: o.channel,
      dueDate: d.alertDate,
      payload: { item: d.item, lead: d.lead },
      now: o.now,
    });
    if (isNew) queued += 1;
    else if (getAlert(o.db, alertKey(d.item.key, d.lead, o.channel))?.status === 'sent') alreadySent += 1;
  }

  const delivered = await deliverPending({
    db: o.db,
    client: o.client,
    channel: o.channel,
    now: o.now,
    logger: o.logger,
    ...(o.staleMinutes !== undefined ? { staleMinutes: o.staleMinutes } : {}),
    ...(o.onPosted ? { onPosted: o.onPosted } : {}),
  });
  const summary: RunAlertsSummary = {
    channel: o.channel,
    today,
    due: due.length,
    queued,
    alreadySent,
    ...delivered,
    nextAttemptAt: nextPendingAttempt(o.db, o.channel),
  };
  o.logger.info({ alerts: summary }, 'alerts: run finished');
  return summary;
}
