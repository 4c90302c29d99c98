/** `node dist/src/main.js` without DISCORD_TOKEN: the piped terminal chat, as `npm start` runs it. */
import { copyFileSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_ARTICLE, STACK_TRACE, makeTempDir, removeDir } from './helpers/core.js';
import { childEnv, ensureBuilt, runNode } from './helpers/dist.js';

const MAIN = 'dist/src/main.js';
let tmp: string;

/** Stderr without the build's progress lines, which a slow or busy machine prints for any index (after 300 ms). */
const withoutProgress = (stderr: string) => stderr.replace(/^indexing: .*\n/gm, '');
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
    expect(withoutProgress(result.stderr)).toBe('');
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
    expect(withoutProgress(result.stderr)).toBe('');
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
    expect(withoutProgress(result.stderr).trimEnd().split('\n')).toHaveLength(1);
    expect(withoutProgress(result.stderr)).toContain(empty);
    expect(withoutProgress(result.stderr)).not.toMatch(STACK_TRACE);
    expect(result.stdout).toBe('');
  });

  it('exits 1 with one line when every article file is broken: empty, Latin-1, a dangling symlink', async () => {
    const broken = join(tmp, 'broken-articles');
    mkdirSync(broken);
    writeFileSync(join(broken, 'a-empty.txt'), '');
    writeFileSync(join(broken, 'b-latin1.txt'), Buffer.from('Lajm i vjetër për Korçën.', 'latin1'));
    symlinkSync(join(broken, 'gone.txt'), join(broken, 'c-link.md'));
    const result = await runNode(MAIN, [], childEnv(join(tmp, 'broken-index'), { ARTICLES_DIR: broken, LOG_LEVEL: 'silent' }), '/quit\n');
    expect(result.code).toBe(1);
    expect(withoutProgress(result.stderr)).toBe(
      `Error: No articles (.txt or .md files) in ${broken}: a-empty.txt is empty; b-latin1.txt is not valid UTF-8 text (binary, or another encoding such as Latin-1); c-link.md is a dangling symlink\n`,
    );
    expect(result.stdout).toBe('');
  });

  it('starts with the valid articles, warning once per broken file, and never takes a binary file for the article', async () => {
    const mixed = join(tmp, 'mixed-articles');
    mkdirSync(mixed);
    writeFileSync(join(mixed, '0-scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xe2, 0xe3, 0xcf, 0xd3]));
    writeFileSync(join(mixed, '1-empty.txt'), '');
    symlinkSync(join(mixed, 'gone.txt'), join(mixed, '2-link.txt'));
    copyFileSync(SEED_ARTICLE, join(mixed, '3-seed.txt'));
    const result = await runNode(MAIN, [], childEnv(join(tmp, 'mixed-index'), { ARTICLES_DIR: mixed }), '/paragraph 1\n/quit\n');
    expect(result.code).toBe(0);
    const warnings = withoutProgress(result.stderr).trimEnd().split('\n').map((line) => JSON.parse(line) as { file: string; reason: string });
    expect(warnings.map((w) => [w.file, w.reason.split(' ')[0]])).toEqual([
      [join(mixed, '0-scan.txt'), 'binary,'],
      [join(mixed, '1-empty.txt'), 'empty'],
      [join(mixed, '2-link.txt'), 'a'],
    ]);
    expect(result.stdout).toContain('Kremlini tha sot');
  });

  it('exits non-zero with one line naming an articles folder that does not exist', async () => {
    const missing = join(tmp, 'does-not-exist');
    const result = await runNode(MAIN, [], childEnv(embeddingsDir, { ARTICLES_DIR: missing }), '/quit\n');
    expect(result.code).not.toBe(0);
    expect(withoutProgress(result.stderr).trimEnd().split('\n')).toHaveLength(1);
    expect(withoutProgress(result.stderr)).toContain(missing);
    expect(withoutProgress(result.stderr)).not.toMatch(STACK_TRACE);
  });

  it('exits 1 with one line naming an EMBEDDINGS_DIR that is a file', async () => {
    const file = join(tmp, 'embeddings-file');
    writeFileSync(file, 'not a folder');
    const result = await runNode(MAIN, [], childEnv(file), '/quit\n');
    expect(result.code).toBe(1);
    expect(withoutProgress(result.stderr)).toBe(`Error: Cannot write the vector index to ${file}: EEXIST\n`);
    expect(result.stdout).toBe('');
  });

  it('exits non-zero with one line naming a bad setting', async () => {
    const result = await runNode(MAIN, [], childEnv(embeddingsDir, { ANSWER_MODE: 'llm' }), '/quit\n');
    expect(result.code).not.toBe(0);
    expect(withoutProgress(result.stderr)).toMatch(/^Error: Invalid setting ANSWER_MODE[^\n]*\n?$/);
  });
});
