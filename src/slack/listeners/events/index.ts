/**
 * Event listeners: mentions, direct messages, the Home tab. Each event id is handled once.
 */
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { appHomeOpened } from './app-home-opened.ts';
import { appMention } from './app-mention.ts';
import { dedupeEvents } from './dedupe.ts';
import { directMessage } from './direct-message.ts';

export function registerEventListeners(app: App, deps: SlackDeps): void {
  app.event('app_mention', dedupeEvents(deps), appMention(deps));
  app.event('message', dedupeEvents(deps), directMessage(deps));
  app.event('app_home_opened', dedupeEvents(deps), appHomeOpened(deps));
}
