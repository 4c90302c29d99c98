/** `node dist/src/main.js` without DISCORD_TOKEN: the piped terminal chat, as `npm start` runs it. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STACK_TRACE, makeTempDir, removeDir } from './helpers/core.js';
import { childEnv, ensureBuilt, runNode } from './helpers/dist.js';

const MAIN = 'dist/src/main.js';
let tmp: string;
let embeddingsDir: string;

beforeAll(async () => {
  await ensureBuilt();
  tmp = makeTempDir('qa-e2e-main-');
  embeddingsDir = join(tmp, 'embeddings');
}, 120_000);
afterAll(() => removeDir(tmp));

describe('terminal chat (no DISCORD_TOKEN)', () => {
  it('shows the offline banner, answers, gives the paragraph range politely, summarises and exits 0 on /quit', async () => {
    const result = await runNode(MAIN, [], childEnv(embeddingsDir), 'Ku do të takohen?\n/paragraph 99\n/summary short\n/quit\n/after-quit\n');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const out = result.stdout;
    expect(out).toMatch(/^Offline mode/);
    expect(out).toContain('DISCORD_TOKEN');

    // The question is answered with cited passages (found or closest: retrieval quality is asserted in-process).
    const answer = out.search(/^\[1\] ¶\d+ — «/m);
    const range = out.indexOf('There is no paragraph 99. The article has paragraphs 1 to 12.');
    const summary = out.indexOf('Summary — ');
    expect(answer).toBeGreaterThan(0);
    expect(range).toBeGreaterThan(answer);
    expect(summary).toBeGreaterThan(range);
    expect(out.slice(summary)).toMatch(/^\[3\] ¶\d+$/m);
    // Nothing after /quit is answered.
    expect(out).not.toContain('after-quit');
    expect(out).not.toMatch(STACK_TRACE);
    // The index went to the folder the test gave, not the repository's embeddings/.
    expect(existsSync(join(embeddingsDir, 'manifest.json'))).toBe(true);
  });

  it('keeps going through bad lines, answers the last one and exits 0 at end of input without /quit', async () => {
    const input = ['', '😀', '<@123456789012345678> **__**', 'Где?', '/nope', `${'x'.repeat(10_000)}`, '/paragraph abc', 'Who is John Kirby?'].join('\n');
    const result = await runNode(MAIN, [], childEnv(embeddingsDir), `${input}\n`);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    for (const message of [
      'I could not find any words in that message.',
      'I can only read questions in Albanian or English',
      'Unknown command “/nope”.',
      'That question is too long (10000 characters).',
      '“abc” is not a paragraph number. Use a whole number from 1 to 12.',
      'Sources:',
    ]) {
      expect(result.stdout).toContain(message);
    }
    expect(result.stdout).toContain('John Kirby');
    expect(result.stdout).not.toMatch(STACK_TRACE);
  });
});

describe('start-up errors', () => {
  it('exits non-zero with one line naming an articles folder that has no articles', async () => {
    const empty = join(tmp, 'empty-articles');
    mkdirSync(empty);
    writeFileSync(join(empty, 'notes.json'), '{}');
    const result = await runNode(MAIN, [], childEnv(embeddingsDir, { ARTICLES_DIR: empty }), '/quit\n');
    expect(result.code).not.toBe(0);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(empty);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.stdout).toBe('');
  });

  it('exits non-zero with one line naming an articles folder that does not exist', async () => {
    const missing = join(tmp, 'does-not-exist');
    const result = await runNode(MAIN, [], childEnv(embeddingsDir, { ARTICLES_DIR: missing }), '/quit\n');
    expect(result.code).not.toBe(0);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(missing);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('exits 1 with one line naming an EMBEDDINGS_DIR that is a file', async () => {
    const file = join(tmp, 'embeddings-file');
    writeFileSync(file, 'not a folder');
    const result = await runNode(MAIN, [], childEnv(file), '/quit\n');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`Error: Cannot write the vector index to ${file}: EEXIST\n`);
    expect(result.stdout).toBe('');
  });

  it('exits non-zero with one line naming a bad setting', async () => {
    const result = await runNode(MAIN, [], childEnv(embeddingsDir, { ANSWER_MODE: 'llm' }), '/quit\n');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/^Error: Invalid setting ANSWER_MODE[^\n]*\n?$/);
  });
});
