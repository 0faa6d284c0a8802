/**
 * A Slack Web API stand-in whose every answer is scripted: auth.test succeeds unless told
 * otherwise, and each other method answers with what `respond(method)` returns (e.g.
 * { ok: false, error: 'invalid_auth' }). Records the method names called.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedSlack {
  apiUrl: string;
  calls: string[];
  close(): Promise<void>;
}

export async function startScriptedSlack(respond: (method: string) => { status?: number; body: Record<string, unknown> }): Promise<ScriptedSlack> {
  const calls: string[] = [];
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const method = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/api\//, '');
      calls.push(method);
      const r = respond(method);
      res.writeHead(r.status ?? 200, { 'content-type': 'application/json' }).end(JSON.stringify(r.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
