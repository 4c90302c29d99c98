/** `npm run feedback` as a child process: its usage, an empty or missing database, and a file that is not a database. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, FeedbackDatabase } from '../../src/feedback/database.js';
import { makeTempDir, removeDir, silentLogger } from '../helpers/core.js';
import { childEnv, ensureBuilt, runNode } from '../helpers/dist.js';

const CLI = 'dist/src/cli/feedback.js';
let dir: string;
const run = (args: string[], dataDir = join(dir, 'data')) => runNode(CLI, args, childEnv(dir, { DATA_DIR: dataDir }));

beforeAll(ensureBuilt);
beforeEach(() => {
  dir = makeTempDir('qa-feedback-cli-');
});
afterEach(() => removeDir(dir));

describe('npm run feedback', () => {
  it('prints its usage on stderr and exits 2 on an unknown argument', async () => {
    const result = await run(['--csv']);
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'Usage: npm run feedback -- [--json]\n' });
  });

  it('says there is no feedback yet when DATA_DIR has no database, and creates none', async () => {
    const json = await run(['--json']);
    expect(json).toMatchObject({ code: 0, stdout: '' });
    expect(json.stderr).toContain(`No feedback yet: ${join(dir, 'data', DATABASE_FILE)} does not exist`);
    const table = await run([]);
    expect(table).toMatchObject({ code: 0, stdout: 'No votes yet.\n' });
    expect(() => mkdirSync(join(dir, 'data'))).not.toThrow();
  });

  it('prints nothing for an empty database in --json, and "No votes yet." as a table', async () => {
    FeedbackDatabase.open(join(dir, 'data'), silentLogger()).close();
    expect(await run(['--json'])).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(await run([])).toMatchObject({ code: 0, stdout: 'No votes yet.\n' });
  });

  it('exits 1 with one clear line when the file is not a database', async () => {
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', DATABASE_FILE), 'not a database '.repeat(100));
    const result = await run(['--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`Error: could not read the votes in ${join(dir, 'data', DATABASE_FILE)}: file is not a database\n`);
  });
});
