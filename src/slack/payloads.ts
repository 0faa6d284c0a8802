/**
 * The parts of Slack payloads the app relies on, checked with zod. Slack sends more fields;
 * only these are read (objects are not strict, so new fields do not break parsing).
 */
import { z } from 'zod';
import { AppError } from '../errors.ts';

/** A Slack payload did not have the shape we rely on. */
export class PayloadError extends AppError {
  constructor(what: string, issues: string) {
    super('slack-payload', `Unexpected ${what} payload: ${issues}`, {
      userMessage: 'Sorry, I could not read that request from Slack. Please try again.',
    });
  }
}

export const EventEnvelope = z.object({ event_id: z.string().min(1) });

export const AppMentionEvent = z.object({
  type: z.literal('app_mention'),
  user: z.string().min(1),
  text: z.string(),
  ts: z.string().min(1),
  channel: z.string().min(1),
  thread_ts: z.string().optional(),
});
export type AppMentionEvent = z.infer<typeof AppMentionEvent>;

export const DirectMessageEvent = z.object({
  type: z.literal('message'),
  channel_type: z.literal('im'),
  user: z.string().min(1),
  text: z.string(),
  ts: z.string().min(1),
  channel: z.string().min(1),
  thread_ts: z.string().optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
});
export type DirectMessageEvent = z.infer<typeof DirectMessageEvent>;

export const AppHomeOpenedEvent = z.object({
  type: z.literal('app_home_opened'),
  user: z.string().min(1),
  tab: z.string().optional(),
});

export const SlashCommand = z.object({
  command: z.string().min(1),
  text: z.string().default(''),
  user_id: z.string().min(1),
  channel_id: z.string().min(1),
  response_url: z.string().url(),
});
export type SlashCommand = z.infer<typeof SlashCommand>;

export const BlockAction = z.object({
  type: z.literal('block_actions'),
  user: z.object({ id: z.string().min(1) }),
  channel: z.object({ id: z.string().min(1) }).optional(),
  container: z.object({ is_ephemeral: z.boolean().optional(), thread_ts: z.string().optional() }).optional(),
  message: z.object({ ts: z.string(), thread_ts: z.string().optional() }).optional(),
  response_url: z.string().url().optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().optional() })).min(1),
});
export type BlockAction = z.infer<typeof BlockAction>;

/** The JSON value our answer buttons carry. */
export const ButtonValueSchema = z.object({ q: z.number().int().positive(), o: z.number().int().min(0) });

/** Parses `value` with `schema`, throwing a PayloadError that names `what` when it does not fit. */
export function parsePayload<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const r = schema.safeParse(value);
  if (!r.success) {
    throw new PayloadError(what, r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
  }
  return r.data;
}

export function parseButtonValue(value: string | undefined): z.infer<typeof ButtonValueSchema> {
  let json: unknown;
  try {
    json = JSON.parse(value ?? '');
  } catch {
    json = undefined;
  }
  return parsePayload(ButtonValueSchema, json, 'button value');
}
