/**
 * `npm start` with no Slack settings: a terminal chat over PAPERS_DB, reading the bundled
 * fixtures first on a fresh database; with stdin piped it answers each line and exits 0.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.ts';

const dir = mkdtempSync(join(tmpdir(), 'papers-start-'));
const dbPath = join(dir, 'papers.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NO_SLACK = { SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '', PORT: '', LOG_LEVEL: '' };

function start(stdin: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/papers.js', 'start'], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('papers start without Slack', () => {
  it('reads the fixtures into a fresh database, answers two piped questions, exits 0', async () => {
    const r = await start(
      'who called in decision 24/00093?\nhow many social care posts will be disestablished in Integrated Care Teams?\n',
      { ...NO_SLACK, PAPERS_DB: dbPath },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('First run: reading the example papers');
    expect(r.stderr).toMatch(/Read \d+ papers \(\d+ pages\)/);
    // both questions answered, in order, each with what the papers say
    const first = r.stdout.indexOf('> who called in decision 24/00093?');
    const second = r.stdout.indexOf('> how many social care posts will be disestablished');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(second).toBeGreaterThan(first);
    // Kent call-in report, p.1 para 4
    expect(r.stdout.slice(first, second)).toContain('a call-in made by Mrs Jackie Meade and Mr Barry Lewis of decision 24/00093');
    // Nottinghamshire report (seed 000), p.1 para 1 d.: "the disestablishment of 17 social care posts"
    expect(r.stdout.slice(second)).toContain('17 FTE');
    const db = openDatabase(dbPath, { readonly: true });
    const n = (db.prepare("SELECT count(*) AS n FROM documents WHERE status = 'ok'").get() as { n: number }).n;
    db.close();
    expect(n).toBeGreaterThanOrEqual(14);
  }, 180_000);

  it('does not read the fixtures again once the database has papers', async () => {
    const r = await start('who called in decision 24/00093?\n', { ...NO_SLACK, PAPERS_DB: dbPath });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('First run');
    expect(r.stdout).toContain('Mrs Jackie Meade and Mr Barry Lewis');
  }, 60_000);

  it('stops with the variable and the fix when configuration is malformed', async () => {
    const r = await start('', { ...NO_SLACK, PAPERS_DB: dbPath, ALERT_CHANNEL: '#general' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ALERT_CHANNEL: must be a Slack channel id such as C0123ABCD');
    expect(r.stderr).toContain('fix:');
  }, 60_000);
});

describe('papers start with Slack settings', () => {
  it('runs the Slack app (as papers serve) and stops cleanly on SIGTERM', async () => {
    const { startFakeSlack } = await import('../helpers/fake-slack.ts');
    const { createServer } = await import('node:net');
    const fake = await startFakeSlack();
    const srv = createServer();
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const port = (srv.address() as { port: number }).port;
    await new Promise<void>((r) => srv.close(() => r()));
    const child = spawn(process.execPath, ['bin/papers.js', 'start'], {
      env: { ...process.env, ...NO_SLACK, PAPERS_DB: dbPath, SLACK_BOT_TOKEN: 'xoxb-9-9-starttest', SLACK_SIGNING_SECRET: 'start-secret-123', PORT: String(port), SLACK_API_URL: fake.apiUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    try {
      const deadline = Date.now() + 30_000;
      while (!stderr.includes(`listening on port ${port}`)) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`start did not serve: ${stderr}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(stderr).not.toContain('First run');
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await fake.close();
    }
  }, 60_000);
});
