/**
 * Slash commands: /papers.
 */
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { papersCommand } from './papers-command.ts';

export function registerCommandListeners(app: App, deps: SlackDeps): void {
  app.command('/papers', papersCommand(deps));
}
