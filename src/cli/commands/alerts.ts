/**
 * `papers alerts run|preview` — post whatever is due now (exactly once) and exit, or show what
 * would be posted.
 */
import { existsSync } from 'node:fs';
import { formatDay, londonDate } from '../../alerts/calendar.ts';
import { createAlertClient } from '../../alerts/client.ts';
import { alertsDue } from '../../alerts/due.ts';
import { runAlerts, type RunAlertsSummary } from '../../alerts/run.ts';
import { runSubscriptionNotices, type NotifySummary } from '../../alerts/subscriptions.ts';
import { loadConfig, type Config } from '../../config.ts';
import { AppError, ConfigError, UsageError } from '../../errors.ts';
import { alertKey, getAlert } from '../../store/alerts.ts';
import { openDatabase } from '../../store/db.ts';
import { writeLine, type CliIO } from '../io.ts';
import { cliLogger, dbPathFrom, parseFlags, wantsHelp } from '../support.ts';
import { parseDay } from './due.ts';

export const summary = 'Send or preview due-date alerts';

export const usage = `Usage: papers alerts run [options]      post the reminders due now, then exit
       papers alerts preview [options]  list them without posting

Reminders: work-programme report deadlines (10 working days before the meeting) and agenda
publication deadlines (5 clear working days), and commitments on their due date. Each is posted
once per channel, ever; several due together go out as one digest. \`run\` also tells
subscribers about newly ingested papers. Exit 0 when everything due was delivered, 1 when some
remain pending (they are retried by the next run).

Needs SLACK_BOT_TOKEN and ALERT_CHANNEL (or --channel); SLACK_API_URL and EXEMPT_CHANNELS are
honoured.

Options:
  --now DATE       treat DATE (YYYY-MM-DD) as today
  --channel C      channel id to post to (repeatable; default $ALERT_CHANNEL)
  --db PATH        database file (default: $PAPERS_DB or ./data/papers.db)
  --json           print the summary as JSON
  -h, --help       show this help`;

const CHANNEL_ID = /^[CGD][A-Z0-9]+$/;

/**
 * The configuration `alerts run` needs: it only posts, so the bot token is enough (the listening
 * app's SLACK_APP_TOKEN / SLACK_SIGNING_SECRET are not asked for).
 */
function alertsConfig(io: CliIO): { config: Config; token: string } {
  const config = loadConfig(io.env, { requireListener: false });
  if (config.botToken === undefined) {
    throw new ConfigError('Invalid configuration:\n  SLACK_BOT_TOKEN: is required to post alerts (fix: copy the Bot User OAuth Token (xoxb-…) from your Slack app’s OAuth & Permissions page)');
  }
  return { config, token: config.botToken };
}

function channelsFrom(flags: string[] | undefined, config: Config): string[] {
  const channels = flags && flags.length > 0 ? flags : config.alertChannel ? [config.alertChannel] : [];
  if (channels.length === 0) {
    throw new ConfigError('Invalid configuration:\n  ALERT_CHANNEL: is required to post alerts (fix: set the id of the channel for reminders, or pass --channel C0123ABCD)');
  }
  for (const c of channels) if (!CHANNEL_ID.test(c)) throw new UsageError(`--channel must be a Slack channel id such as C0123ABCD, got "${c}".`);
  return channels;
}

export function formatRun(s: RunAlertsSummary): string {
  const parts = [
    `${s.delivered} posted${s.messages > 0 ? ` in ${s.messages} message${s.messages === 1 ? '' : 's'}` : ''}`,
    `${s.alreadySent} already sent`,
    `${s.pendingRetry} pending retry`,
  ];
  if (s.recovered) parts.push(`${s.recovered} found already posted`);
  if (s.inFlight) parts.push(`${s.inFlight} in flight`);
  if (s.cancelled) parts.push(`${s.cancelled} cancelled (marked done)`);
  const next = s.nextAttemptAt ? `; next attempt ${s.nextAttemptAt}` : '';
  const errors = s.errors.length ? `\n  errors: ${[...new Set(s.errors)].join('; ')}` : '';
  return `${s.channel}: ${s.due} due on ${formatDay(s.today)} — ${parts.join(', ')}${next}${errors}`;
}

function openDb(dbPath: string) {
  if (!existsSync(dbPath)) {
    throw new AppError('no-database', `No database at ${dbPath}`, {
      userMessage: `There is no database at ${dbPath} yet: run \`papers ingest <folder>\` first (or pass --db).`,
    });
  }
  return openDatabase(dbPath);
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  if (wantsHelp(argv)) {
    writeLine(io.stdout, usage);
    return 0;
  }
  const { values, positionals } = parseFlags(argv, {
    now: { type: 'string' },
    channel: { type: 'string', multiple: true },
    db: { type: 'string' },
    json: { type: 'boolean' },
  });
  const [sub, ...extra] = positionals;
  if (sub !== 'run' && sub !== 'preview') throw new UsageError(sub === undefined ? 'say `run` or `preview`.' : `unknown subcommand "${sub}".`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}".`);
  const today = values.now === undefined ? londonDate(new Date()) : parseDay('now', values.now);
  const dbPath = dbPathFrom(values.db, io);

  if (sub === 'preview') {
    const config = loadConfig(io.env, { requireListener: false });
    const channels = channelsFrom(values.channel, config);
    const db = openDb(dbPath);
    try {
      const rows = channels.flatMap((channel) =>
        alertsDue(db, { today, includeExempt: config.exemptChannels.includes(channel) }).map((a) => ({
          channel,
          lead: a.lead,
          alertDate: a.alertDate,
          status: getAlert(db, alertKey(a.item.key, a.lead, channel))?.status ?? 'not queued',
          item: a.item,
        })),
      );
      if (values.json) writeLine(io.stdout, JSON.stringify(rows, null, 2));
      else if (rows.length === 0) writeLine(io.stdout, `Nothing due on ${formatDay(today)}.`);
      else
        for (const r of rows) {
          const name = r.item.deadline?.name ?? (r.item.kind === 'commitment' ? 'Commitment due' : 'Meeting');
          writeLine(io.stdout, `${r.channel}  ${r.alertDate}  ${name} — ${r.item.title}  [${r.status}]`);
        }
    } finally {
      db.close();
    }
    return 0;
  }

  const { config, token } = alertsConfig(io);
  const channels = channelsFrom(values.channel, config);
  const logger = cliLogger(io);
  const client = createAlertClient({ token, slackApiUrl: config.slackApiUrl, logger });
  const db = openDb(dbPath);
  const results: RunAlertsSummary[] = [];
  let notices: NotifySummary;
  try {
    const now = new Date();
    for (const channel of channels) {
      results.push(await runAlerts({ db, client, channel, now, today, logger, exemptChannels: config.exemptChannels }));
    }
    notices = await runSubscriptionNotices({ db, client, now, logger, exemptChannels: config.exemptChannels });
  } finally {
    db.close();
  }
  if (values.json) writeLine(io.stdout, JSON.stringify({ alerts: results, notices }, null, 2));
  else {
    for (const r of results) writeLine(io.stdout, formatRun(r));
    writeLine(io.stdout, `subscriptions: ${notices.notices} notice${notices.notices === 1 ? '' : 's'} (${notices.papers} paper${notices.papers === 1 ? '' : 's'})${notices.errors.length ? `, ${notices.errors.length} failed (retried next run)` : ''}`);
  }
  const incomplete = results.some((r) => r.pendingRetry > 0 || r.inFlight > 0 || r.errors.length > 0) || notices.errors.length > 0;
  return incomplete ? 1 : 0;
}
