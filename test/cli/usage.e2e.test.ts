/**
 * Every command-line entry point answers `--help` with its usage (stdout, exit 0) and arguments it
 * does not take with the usage on stderr and exit 2, before it does any work: a mistyped flag must
 * not rebuild the index, start a benchmark or be asked as a question.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../helpers/core.js';
import { childEnv, ensureBuilt, runNode } from '../helpers/dist.js';

const ENTRY_POINTS = {
  'npm start': 'dist/src/main.js',
  'npm run ask': 'dist/src/cli/ask.js',
  'npm run index': 'dist/src/cli/build-index.js',
  'npm run eval': 'dist/src/cli/eval.js',
  'npm run bench': 'dist/src/cli/bench.js',
  'npm run bench:live': 'dist/src/cli/bench-live.js',
  'npm run feedback': 'dist/src/cli/feedback.js',
  'npm run deploy-commands': 'dist/src/discord/deploy-commands.js',
} as const;

let dir: string;
beforeAll(ensureBuilt, 120_000);
beforeEach(() => {
  dir = makeTempDir('qa-usage-');
});
afterEach(() => removeDir(dir));

describe('command-line usage', () => {
  for (const [name, script] of Object.entries(ENTRY_POINTS)) {
    it(`${name} prints its usage on --help and -h, and exits 0 without doing any work`, async () => {
      for (const flag of ['--help', '-h']) {
        const result = await runNode(script, [flag], childEnv(join(dir, 'embeddings')));
        expect(result).toMatchObject({ code: 0, stderr: '' });
        expect(result.stdout).toMatch(new RegExp(`^Usage: ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
      }
      expect(existsSync(join(dir, 'embeddings'))).toBe(false);
    });

    it(`${name} answers an argument it does not take with its usage on stderr and exit code 2`, async () => {
      const result = await runNode(script, ['--frobnicate'], childEnv(join(dir, 'embeddings')));
      expect(result).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr).toMatch(/^Usage: /);
      expect(existsSync(join(dir, 'embeddings'))).toBe(false);
    });
  }

  it('npm run ask takes a mistyped flag for a mistake, not for a question', async () => {
    const result = await runNode(ENTRY_POINTS['npm run ask'], ['--jsn', 'Ku do të takohen Kim dhe Putin?'], childEnv(join(dir, 'embeddings')));
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('--article <id>');
  });
});
