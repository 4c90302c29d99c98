/**
 * The settings a newcomer reads are the settings the code reads: every variable `loadConfig` looks
 * at is a row of the README's settings table and a line of `.env.example`, `.env.example` holds only
 * defaults (copying it changes nothing and breaks no combination), and the README names the same
 * default.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { REPO_ROOT } from './helpers/core.js';

const ENV_EXAMPLE = join(REPO_ROOT, '.env.example');
/** Set by discord.js's ShardingManager in the processes it starts, never by an operator. */
const INTERNAL = new Set(['SHARDING_MANAGER', 'SHARDS']);

/** The variables `loadConfig` reads, recorded through a proxy of the environment. */
function variablesRead(): string[] {
  const read = new Set<string>();
  const env = new Proxy<NodeJS.ProcessEnv>({ ENV_FILE: '' }, {
    get(target, name) {
      if (typeof name === 'string') read.add(name);
      return Reflect.get(target, name);
    },
  });
  loadConfig(env);
  return [...read].filter((name) => !INTERNAL.has(name));
}

/** `NAME=value` lines of `.env.example`. */
function exampleValues(): Map<string, string> {
  const lines = readFileSync(ENV_EXAMPLE, 'utf8').split('\n');
  return new Map(lines.filter((line) => /^[A-Z_]+=/.test(line)).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
}

/** The README's settings table: variable → default cell. */
function readmeDefaults(): Map<string, string> {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('| variable | default | meaning |'));
  const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2);
  return new Map(rows.map((row) => row.split(' | ')).map(([name, fallback]) => [name!.replace(/^\| `|`$/g, ''), fallback!]));
}

describe('settings documentation', () => {
  it('lists every variable the configuration reads in the README table and in .env.example, and no other', () => {
    const read = variablesRead().sort();
    expect(read.length).toBeGreaterThan(25);
    expect([...readmeDefaults().keys()].sort()).toEqual(read);
    // ENV_FILE chooses the file, so a .env file cannot set it.
    expect([...exampleValues().keys()].sort()).toEqual(read.filter((name) => name !== 'ENV_FILE'));
  });

  it('gives in .env.example only the defaults, so copying it to .env changes nothing', () => {
    expect(loadConfig({ ENV_FILE: ENV_EXAMPLE })).toEqual(loadConfig({ ENV_FILE: '' }));
  });

  it('pins no value in .env.example whose default depends on another setting', () => {
    // OPENAI_TIMEOUT_MS defaults to ANSWER_DEADLINE_MS when that is lower: a copied 10000 would refuse a 5 s deadline.
    expect(loadConfig({ ENV_FILE: ENV_EXAMPLE, ANSWER_DEADLINE_MS: '5000' }).llm.timeoutMs).toBe(5000);
  });

  it('names in the README the default that .env.example sets', () => {
    const defaults = readmeDefaults();
    for (const [name, value] of exampleValues()) {
      if (value) expect(defaults.get(name), name).toContain(`\`${value}\``);
    }
  });
});
