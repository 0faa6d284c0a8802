import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS, helpText, main } from '../../src/cli/main.ts';
import { openDatabase } from '../../src/store/db.ts';
import { SCHEMA_VERSION } from '../../src/store/schema.ts';
import { bufferIO } from '../helpers/cli-io.ts';

const run = promisify(execFile);
const ROOT = resolve('.');
const dir = mkdtempSync(join(tmpdir(), 'papers-cli-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ALL = ['ingest', 'search', 'extract', 'list', 'ask', 'costs', 'due', 'alerts', 'serve', 'start'];

describe('papers main', () => {
  it('--help, -h and help list every command on stdout (exit 0)', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const io = bufferIO();
      expect(await main(argv, io)).toBe(0);
      const out = io.out();
      expect(out.startsWith('Usage: papers <command> [options]\n')).toBe(true);
      for (const name of ALL) expect(out).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
      expect(io.err()).toBe('');
    }
    expect(Object.keys(COMMANDS)).toEqual(ALL);
  });

  it('the summaries in the help match each command module', async () => {
    for (const [name, entry] of Object.entries(COMMANDS)) {
      const mod = await entry.load();
      expect(mod.summary, name).toBe(entry.summary);
      expect(typeof mod.usage).toBe('string');
      expect(typeof mod.run).toBe('function');
    }
  });

  it('help <command> prints that command’s usage', async () => {
    const io = bufferIO();
    expect(await main(['help', 'search'], io)).toBe(0);
    expect(io.out()).toMatch(/^Usage: papers search/);
    const cmd = bufferIO();
    expect(await main(['list', '--help'], cmd)).toBe(0);
    expect(cmd.out()).toMatch(/^Usage: papers list/);
  });

  it('no command or an unknown one: help on stderr, exit 2', async () => {
    const none = bufferIO();
    expect(await main([], none)).toBe(2);
    expect(none.err()).toBe(`${helpText()}\n`);
    expect(none.out()).toBe('');
    const unknown = bufferIO();
    expect(await main(['frobnicate'], unknown)).toBe(2);
    expect(unknown.err()).toMatch(/^papers: unknown command "frobnicate"\.\nUsage: papers <command>/);
    expect(await main(['help', 'frobnicate'], bufferIO())).toBe(2);
  });

  it('a runtime failure is one friendly line on stderr and exit 1', async () => {
    const db = join(dir, 'newer.db');
    openDatabase(db).close();
    const raw = new Database(db);
    raw.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(SCHEMA_VERSION + 5, 'now');
    raw.close();
    const io = bufferIO();
    expect(await main(['ingest', resolve('fixtures/seeds/004_e69ee31119ed174e.pdf'), '--db', db], io)).toBe(1);
    expect(io.err()).toBe(`papers ingest: Database schema version ${SCHEMA_VERSION + 5} is newer than this program understands (${SCHEMA_VERSION}); upgrade committee-papers.\n`);
    expect(io.out()).toBe('');
    const cfg = bufferIO({ env: { PAPERS_MAX_PAGES: 'many' } });
    expect(await main(['ingest', 'x.pdf', '--db', join(dir, 'x.db')], cfg)).toBe(1);
    expect(cfg.err()).toMatch(/^papers ingest: Invalid configuration:\n  PAPERS_MAX_PAGES: must be a whole number of pages/);
  });

  it('LOG_LEVEL=info shows log lines on stderr, never on stdout', async () => {
    const io = bufferIO({ env: { LOG_LEVEL: 'debug' } });
    const db = join(dir, 'log.db');
    expect(await main(['ingest', join(dir, 'missing.pdf'), '--db', db, '--json'], io)).toBe(1);
    expect(JSON.parse(io.out())).toMatchObject({ failed: [{ code: 'not-found' }] });
    expect(io.err()).toMatch(/"msg":"file failed"/);
  });
});

describe('the real binary', () => {
  it('node bin/papers.js runs, with output only on stdout and the exit code of the command', async () => {
    const help = await run(process.execPath, [join(ROOT, 'bin/papers.js'), '--help'], { cwd: dir });
    expect(help.stdout).toBe(`${helpText()}\n`);
    expect(help.stderr).toBe('');

    const db = join(dir, 'bin.db');
    const seed = join(ROOT, 'fixtures/seeds/004_e69ee31119ed174e.pdf');
    // From another working directory, so the worker threads must find tsx on their own.
    const ingest = await run(process.execPath, [join(ROOT, 'bin/papers.js'), 'ingest', seed, '--db', db, '--json'], { cwd: dir });
    expect(JSON.parse(ingest.stdout)).toMatchObject({ ingested: 1, failed: [], pages: 5 });

    const bad = await run(process.execPath, [join(ROOT, 'bin/papers.js'), 'list', '--nope'], { cwd: dir }).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect((bad as { stderr: string }).stderr).toContain('Usage: papers list');
  }, 120_000);

  it('npm run -s papers prints nothing but the command output on stdout', async () => {
    const db = join(dir, 'bin.db');
    const { stdout } = await run('npm', ['run', '-s', 'papers', '--', 'list', '--db', db, '--json'], { cwd: ROOT });
    const docs = JSON.parse(stdout) as Array<{ file: string }>;
    expect(docs.map((d) => d.file)).toEqual(['004_e69ee31119ed174e.pdf']);
  }, 60_000);
});
