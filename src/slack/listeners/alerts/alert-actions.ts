/**
 * The Done / Snooze 1 week buttons under an alert. The button value is the item key; the press
 * updates item_state (Done: never reminded again; Snooze: hidden for 7 days, then reminded once
 * more) and edits the message so that item's buttons become a note saying who did what.
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import { addDays, formatDay, londonDate } from '../../../alerts/calendar.ts';
import { isItemKey } from '../../../alerts/keys.ts';
import { AppError } from '../../../errors.ts';
import { setItemState } from '../../../store/alerts.ts';
import { replaceItemActions } from '../../blocks/alerts.ts';
import { nowOf, type SlackDeps } from '../../deps.ts';
import { reportFailure } from '../../fail.ts';

export type AlertActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

export const SNOOZE_DAYS = 7;

interface Press {
  key: string;
  userId: string;
  channel: string | null;
  ts: string | null;
  blocks: KnownBlock[];
  text: string;
}

function readPress(body: BlockAction): Press {
  const action = body.actions[0];
  const key = action && 'value' in action && typeof action.value === 'string' ? action.value : '';
  if (!isItemKey(key)) {
    throw new AppError('alert-bad-key', `alert button carried an unknown value ${JSON.stringify(key)}`, {
      userMessage: 'That reminder button is not recognised; it may come from an older version.',
    });
  }
  const message = body.message as { ts?: string; text?: string; blocks?: KnownBlock[] } | undefined;
  return {
    key,
    userId: body.user.id,
    channel: body.channel?.id ?? body.container?.channel_id ?? null,
    ts: message?.ts ?? body.container?.message_ts ?? null,
    blocks: message?.blocks ?? [],
    text: message?.text ?? 'Reminder',
  };
}

export function alertAction(deps: SlackDeps, kind: 'done' | 'snooze') {
  return async function alertButton({ ack, body, client, respond }: AlertActionArgs): Promise<void> {
    await ack();
    try {
      const press = readPress(body);
      const now = nowOf(deps);
      const today = londonDate(now);
      let note: string;
      if (kind === 'done') {
        setItemState(deps.db, { itemKey: press.key, status: 'done', updatedBy: press.userId, now });
        note = `:white_check_mark: Marked done by <@${press.userId}> on ${formatDay(today)}.`;
      } else {
        const until = addDays(today, SNOOZE_DAYS);
        setItemState(deps.db, { itemKey: press.key, status: 'snoozed', snoozedUntil: until, updatedBy: press.userId, now });
        note = `:zzz: Snoozed by <@${press.userId}> until ${formatDay(until)}.`;
      }
      deps.logger.info({ itemKey: press.key, kind, user: press.userId }, 'alert item updated');
      if (press.channel && press.ts) {
        await client.chat.update({ channel: press.channel, ts: press.ts, text: press.text, blocks: replaceItemActions(press.blocks, press.key, note) });
      }
    } catch (err) {
      await reportFailure(deps.logger, err, { handler: `alert_${kind}` }, (text) =>
        respond({ response_type: 'ephemeral', replace_original: false, text }),
      );
    }
  };
}
