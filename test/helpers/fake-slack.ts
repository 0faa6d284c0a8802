/**
 * A fake Slack Web API on loopback, for tests: answers auth.test, records every call
 * (chat.postMessage, chat.update, chat.postEphemeral, views.publish, response_url posts …)
 * and can be told to fail the next calls (HTTP 500, 429 with Retry-After, network drop).
 * Point Bolt / WebClient at it with `slackApiUrl: fake.apiUrl`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  /** Parsed body: form fields (JSON-decoded where they hold JSON) or the JSON body. */
  body: Record<string, unknown>;
  headers: IncomingMessage['headers'];
  at: number;
}

/**
 * 'drop': the connection is cut before the call is handled (nothing recorded or posted).
 * 'accept-drop': the call is handled (recorded; a message is stored) and THEN the connection is
 * cut — the caller cannot tell whether Slack posted (added by H5 for exactly-once tests).
 */
export type Fault = { status: 500 } | { status: 429; retryAfter: number } | { status: 'drop' } | { status: 'accept-drop' };

/** A message the fake holds in a channel (chat.postMessage; chat.update edits it). */
export interface StoredMessage {
  ts: string;
  text?: unknown;
  blocks?: unknown;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
  bot_id: string;
  type: 'message';
}

export interface FakeSlack {
  apiUrl: string;
  /** URL to use as a slash command's / action's response_url; posts are recorded as method 'response_url'. */
  responseUrl: string;
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** Messages per channel id, oldest first (answered newest first by conversations.history). */
  messages: Map<string, StoredMessage[]>;
  /** The next `n` calls to `method` (or any method with '*') fail with `fault`. */
  failNext(method: string, fault: Fault, n?: number): void;
  /** Waits until `count` calls to `method` have been recorded (default timeout 5 s). */
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<RecordedCall[]>;
  close(): Promise<void>;
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    try {
      out[k] = v.startsWith('[') || v.startsWith('{') ? JSON.parse(v) : v;
    } catch {
      out[k] = v;
    }
  }
  return out;
}

export async function startFakeSlack(
  opts: {
    botUserId?: string;
    botId?: string;
    teamId?: string;
    /** Clock (ms) for the ts of posted messages, so tests with a fake clock get matching ts (H5). */
    clock?: () => number;
  } = {},
): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const faults = new Map<string, { fault: Fault; n: number }>();
  let ts = 1_700_000_000;
  const waiters: Array<() => void> = [];
  const messages = new Map<string, StoredMessage[]>();

  const takeFault = (method: string): Fault | undefined => {
    for (const key of [method, '*']) {
      const f = faults.get(key);
      if (f && f.n > 0) {
        f.n -= 1;
        if (f.n === 0) faults.delete(key);
        return f.fault;
      }
    }
    return undefined;
  };

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const method = url.pathname.startsWith('/response/') ? 'response_url' : url.pathname.replace(/^\/api\//, '');
      const fault = takeFault(method);
      if (fault?.status === 'drop') {
        req.socket.destroy();
        return;
      }
      const body = parseBody(Buffer.concat(chunks).toString('utf8'), req.headers['content-type']);
      calls.push({ method, body, headers: req.headers, at: Date.now() });
      waiters.splice(0).forEach((w) => w());
      if (fault?.status === 'accept-drop') {
        reply(method, body);
        req.socket.destroy();
        return;
      }
      if (fault?.status === 500) {
        res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error');
        return;
      }
      if (fault?.status === 429) {
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(fault.retryAfter) });
        res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply(method, body)));
    });
  });

  const reply = (method: string, body: Record<string, unknown>): Record<string, unknown> => {
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: opts.botUserId ?? 'UBOT', bot_id: opts.botId ?? 'BBOT', team_id: opts.teamId ?? 'T1', user: 'papers' };
      case 'chat.postMessage': {
        ts = opts.clock ? Math.max(ts + 1, Math.floor(opts.clock() / 1000)) : ts + 1;
        const channel = String(body.channel ?? '');
        const list = messages.get(channel) ?? [];
        const metadata = body.metadata as StoredMessage['metadata'];
        list.push({ type: 'message', ts: `${ts}.000100`, text: body.text, blocks: body.blocks, bot_id: opts.botId ?? 'BBOT', ...(metadata ? { metadata } : {}) });
        messages.set(channel, list);
        return { ok: true, channel: body.channel, ts: `${ts}.000100`, message_ts: `${ts}.000100` };
      }
      case 'conversations.history': {
        const list = messages.get(String(body.channel ?? '')) ?? [];
        const oldest = body.oldest === undefined ? -Infinity : Number(body.oldest);
        const withMeta = body.include_all_metadata === true || body.include_all_metadata === 'true';
        const found = list
          .filter((m) => Number(m.ts) >= oldest)
          .slice()
          .reverse()
          .map((m) => {
            const { metadata, ...rest } = m;
            return withMeta && metadata ? { ...rest, metadata } : rest;
          });
        return { ok: true, messages: found, has_more: false, response_metadata: { next_cursor: '' } };
      }
      case 'chat.update': {
        const list = messages.get(String(body.channel ?? '')) ?? [];
        const m = list.find((x) => x.ts === body.ts);
        if (m) {
          if (body.text !== undefined) m.text = body.text;
          if (body.blocks !== undefined) m.blocks = body.blocks;
        }
        ts += 1;
        return { ok: true, channel: body.channel, ts: body.ts, message_ts: body.ts };
      }
      case 'chat.postEphemeral':
        ts += 1;
        return { ok: true, channel: body.channel, ts: `${ts}.000100`, message_ts: `${ts}.000100` };
      case 'views.publish':
      case 'views.open':
        return { ok: true, view: { id: 'V1' } };
      case 'conversations.replies':
        return { ok: true, messages: [] };
      default:
        return { ok: true };
    }
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  const callsTo = (method: string) => calls.filter((c) => c.method === method);
  return {
    apiUrl: `${base}/api/`,
    responseUrl: `${base}/response/1`,
    calls,
    callsTo,
    messages,
    failNext(method, fault, n = 1) {
      faults.set(method, { fault, n });
    },
    async waitFor(method, count = 1, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (callsTo(method).length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`fake Slack: expected ${count} call(s) to ${method}, got ${callsTo(method).length}`);
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, Math.min(left, 50));
          waiters.push(() => {
            clearTimeout(t);
            resolve();
          });
        });
      }
      return callsTo(method);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
