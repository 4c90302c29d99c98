/**
 * No stack trace for an expected condition. `npm run ask … | head -c 10` and `… | npm start |
 * head -c 100`: when the reader of the output goes away, the program ends quietly with exit code
 * 0, as `cat` does. A model server out of reach is one warning line, without a stack.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, STACK_TRACE, makeTempDir, removeDir } from '../helpers/core.js';
import { childEnv, ensureBuilt, runNode } from '../helpers/dist.js';

let embeddingsDir: string;

beforeAll(async () => {
  await ensureBuilt();
  embeddingsDir = makeTempDir('qa-e2e-pipes-');
}, 120_000);
afterAll(() => removeDir(embeddingsDir));

/** Runs `node script …args`, feeding `input`, and closes its stdout once `bytes` bytes were read, like `| head -c bytes`. */
function runIntoHead(script: string, args: string[], input: string, bytes: number): Promise<{ code: number | null; stderr: string; read: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: REPO_ROOT, env: childEnv(embeddingsDir), stdio: 'pipe' });
    let read = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      read += chunk.length;
      if (read >= bytes) child.stdout.destroy();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, read });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

/** Enough answers to fill a pipe's buffer many times over, so writes go on after the reader left. */
const QUESTIONS = Array.from({ length: 300 }, (_, i) => (i % 2 ? 'Çfarë tha John Kirby?' : 'Where will Kim and Putin meet?'));

describe('a closed output pipe', () => {
  it('ends `npm run ask -- --json …` quietly with exit code 0', async () => {
    const result = await runIntoHead('dist/src/cli/ask.js', ['--json', ...QUESTIONS], '', 10);

    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stderr).not.toMatch(STACK_TRACE);
  }, 40_000);

  it('ends the terminal chat of `npm start` quietly with exit code 0', async () => {
    const result = await runIntoHead('dist/src/main.js', [], QUESTIONS.join('\n'), 100);

    expect(result).toMatchObject({ code: 0, stderr: '' });
  }, 40_000);
});

describe('a model server out of reach', () => {
  it('is one warning line per answer, without a stack trace, and the answer is given offline', async () => {
    const server = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));

    const env = childEnv(embeddingsDir, { OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1`, OPENAI_MAX_RETRIES: '0' });
    const result = await runNode('dist/src/main.js', [], env, 'Çfarë tha John Kirby?\n');

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Kirby');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual(['model call failed; answering extractively']);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.stderr).not.toContain('"stack"');
  }, 40_000);
});
