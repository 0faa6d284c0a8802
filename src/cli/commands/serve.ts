/**
 * `papers serve`: runs the Slack app (Socket Mode with SLACK_APP_TOKEN, else HTTP on PORT at
 * /slack/events) until SIGINT/SIGTERM. Configuration errors stop it with the variable and the fix.
 */
import { startSlackService, loggerFor } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { writeLine, type CliIO } from '../io.ts';
import { wantsHelp } from '../support.ts';

export const summary = 'Run the Slack app (Socket Mode or HTTP)';

export const usage = `Usage: papers serve

Runs the Slack app until interrupted (Ctrl-C / SIGTERM).
  Socket Mode: SLACK_BOT_TOKEN (xoxb-…) and SLACK_APP_TOKEN (xapp-…)
  HTTP mode:   SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET and PORT (Slack posts to /slack/events)
Also read: PAPERS_DB, EXEMPT_CHANNELS, ALERT_CHANNEL, ALERT_TIME, LOG_LEVEL, SLACK_API_URL.`;

/** Resolves on the first SIGINT or SIGTERM. */
export function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const on = (sig: string) => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(sig);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  if (wantsHelp(argv)) {
    writeLine(io.stdout, usage);
    return 0;
  }
  if (argv.length > 0) {
    writeLine(io.stderr, `papers serve: unexpected argument "${argv[0]}".`);
    writeLine(io.stderr, usage);
    return 2;
  }
  const config = loadConfig(io.env); // ConfigError → main prints the message (variable + fix), exit 1
  const logger = loggerFor(config);
  const service = await startSlackService({ config, logger });
  writeLine(
    io.stderr,
    service.address ? `Slack app listening on port ${service.address.port} (POST /slack/events). Ctrl-C to stop.` : 'Slack app connected (Socket Mode). Ctrl-C to stop.',
  );
  const sig = await untilSignal();
  logger.info({ signal: sig }, 'stopping');
  await service.stop();
  return 0;
}
