/**
 * Alert buttons: Done (alert_done) and Snooze 1 week (alert_snooze). Registered by src/app.ts
 * through registerListeners(app, deps, [registerAlertListeners]).
 */
import type { App } from '@slack/bolt';
import { ALERT_DONE, ALERT_SNOOZE } from '../../blocks/alerts.ts';
import type { SlackDeps } from '../../deps.ts';
import { alertAction } from './alert-actions.ts';

export { alertAction } from './alert-actions.ts';

export function registerAlertListeners(app: App, deps: SlackDeps): void {
  app.action(ALERT_DONE, alertAction(deps, 'done'));
  app.action(ALERT_SNOOZE, alertAction(deps, 'snooze'));
}
