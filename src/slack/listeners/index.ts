/**
 * Every Slack listener, one folder per feature. Listeners only read payloads, call the engine
 * or the store, render and reply: no answering logic lives here.
 */
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.ts';
import { registerActionListeners } from './actions/index.ts';
import { registerCommandListeners } from './commands/index.ts';
import { registerEventListeners } from './events/index.ts';

/** Extra listener groups (e.g. the alerts' Done/Snooze buttons in listeners/alerts/, owned by the alerts module). */
export type ListenerGroup = (app: App, deps: SlackDeps) => void;

export function registerListeners(app: App, deps: SlackDeps, extra: readonly ListenerGroup[] = []): void {
  registerEventListeners(app, deps);
  registerCommandListeners(app, deps);
  registerActionListeners(app, deps);
  // Alerts (Done / Snooze) register through `extra`: src/app.ts passes registerAlertListeners
  // from listeners/alerts/index.ts once the alerts module provides it.
  for (const group of extra) group(app, deps);
}
