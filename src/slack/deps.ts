/**
 * What every Slack listener is given. Built once in src/app.ts (or a test).
 */
import type { Engine } from '../answer/model.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Db } from '../store/db.ts';

export interface SlackDeps {
  config: Pick<Config, 'exemptChannels'> & Partial<Config>;
  logger: Logger;
  db: Db;
  engine: Engine;
  /** The clock (tests pin it). */
  now?: () => Date;
  /** Items per answer page (default 5). */
  pageSize?: number;
  /** Subscriptions (`/papers subscribe`, App Home); absent → those features say they are unavailable. */
  subscriptions?: SubscriptionStore;
}

/** Exempt parts are used only in channels listed in EXEMPT_CHANNELS; never in DMs or the App Home. */
export function includeExemptIn(deps: SlackDeps, channelId: string | null): boolean {
  return channelId !== null && !channelId.startsWith('D') && deps.config.exemptChannels.includes(channelId);
}

export function nowOf(deps: SlackDeps): Date {
  return deps.now ? deps.now() : new Date();
}

/** Subscriptions as the Slack app uses them (wired to src/store/subscriptions.ts in src/app.ts). */
export interface SubscriptionStore {
  /** False when the target already had this subscription. */
  add(s: { target: string; targetType: 'user' | 'channel'; query: string; createdBy: string }): boolean;
  /** False when there was none to remove. */
  remove(target: string, query: string): boolean;
  /** The queries `target` is subscribed to. */
  list(target: string): string[];
}
