/**
 * manifest.yml agrees with what the app listens to (no YAML parser is installed: the few keys
 * checked are read line by line).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const text = readFileSync(new URL('../../manifest.yml', import.meta.url), 'utf8');

function listUnder(key: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === `${key}:`);
  expect(start).toBeGreaterThanOrEqual(0);
  const indent = lines[start]!.search(/\S/);
  const out: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (l.trim() === '' || l.trim().startsWith('#')) continue;
    if (l.search(/\S/) <= indent && !l.trim().startsWith('-')) break;
    const m = /^\s*-\s+([^\s#]+)/.exec(l);
    if (m) out.push(m[1]!);
  }
  return out;
}

describe('manifest.yml', () => {
  it('subscribes to exactly the events the app handles', () => {
    expect(listUnder('bot_events').sort()).toEqual(['app_home_opened', 'app_mention', 'message.im']);
  });

  it('asks only for the scopes those features need', () => {
    // channels:history / groups:history: alerts look up a possibly-delivered message before re-posting it.
    expect(listUnder('bot').sort()).toEqual(['app_mentions:read', 'channels:history', 'chat:write', 'commands', 'groups:history', 'im:history']);
  });

  it('declares /papers with a usage hint, the Home tab, interactivity and Socket Mode', () => {
    expect(text).toMatch(/- command: \/papers\n\s+description: .+\n\s+usage_hint: "ask <question> \| costs <topic> \| due \[days\]/);
    expect(text).toMatch(/home_tab_enabled: true/);
    expect(text).toMatch(/messages_tab_enabled: true/);
    expect(text).toMatch(/interactivity:\n\s+is_enabled: true/);
    expect(text).toMatch(/socket_mode_enabled: true/);
  });
});
