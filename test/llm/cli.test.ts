/**
 * `npm run ask` in LLM mode, as a child process of the built code (`npm run build` first; `npm
 * test` does it) against the fixture: the JSON line format, streaming, and no secret in any output.
 */
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n.js';
import { loadArticle } from '../../src/article/article.js';
import { lastUserText, type OpenAiApi, type RecordedChatRequest } from '../fixtures/openai-api.js';
import { ARTICLES_DIR, DISCORD_SECRET, documentWith, SECRET_KEY, startApi, tempDir } from './helpers.js';

const ROOT = join(import.meta.dirname, '../..');
const ASK = join(ROOT, 'dist/src/cli/ask.js');
const TRAIN_QUOTE = 'me gjasë me një tren të blinduar';
const JSON_KEYS = ['question', 'found', 'confidence', 'language', 'answer', 'citations', 'article', 'mode'];
/** The seed article's title, as the answer's last line names it. */
const SEED_TITLE = loadArticle(join(ARTICLES_DIR, '2023-09-kim-jong-un-putin-vladivostok.txt')).title;

let api: OpenAiApi;
const index = tempDir();

beforeAll(async () => {
  const built = join(ROOT, 'dist/src/llm/llm-answerer.js');
  if (!existsSync(ASK) || !existsSync(built) || statSync(built).mtimeMs < statSync(join(ROOT, 'src/llm/llm-answerer.ts')).mtimeMs) {
    throw new Error('dist/ is missing or stale: run `npm run build` first (`npm test` does).');
  }
  api = await startApi();
});
afterAll(async () => {
  await api.close();
  index.remove();
});
beforeEach(() => api.reset());

/** Runs `node dist/src/cli/ask.js …` with only the given settings (no .env), asynchronously so the fixture keeps serving. */
function ask(args: string[], env: Record<string, string> = {}): Promise<{ stdout: string; stderr: string; code: number }> {
  const settings = {
    PATH: process.env.PATH ?? '',
    ENV_FILE: '',
    ARTICLES_DIR,
    EMBEDDINGS_DIR: index.dir,
    OPENAI_BASE_URL: api.baseURL,
    OPENAI_API_KEY: SECRET_KEY,
    OPENAI_MAX_RETRIES: '0',
    DISCORD_TOKEN: DISCORD_SECRET,
    LOG_LEVEL: 'debug',
    ...env,
  };
  return new Promise((resolve) => {
    execFile(process.execPath, [ASK, ...args], { cwd: ROOT, env: settings, timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ stdout, stderr, code: error ? Number(error.code ?? 1) : 0 });
    });
  });
}

/** Answers about the train; says "not found" to anything about Australia. */
function model(request: RecordedChatRequest) {
  if (lastUserText(request).includes('Australia')) return { json: { found: false, answer: '', citations: [] } };
  const d = documentWith(request, TRAIN_QUOTE);
  return {
    json: { found: true, answer: `Me gjasë me një tren të blinduar [${d.id}].`, citations: [{ document: d.id, quote: TRAIN_QUOTE, translation: null }] },
    chunkSize: 5,
  };
}

function expectNoSecrets(run: { stdout: string; stderr: string }) {
  for (const output of [run.stdout, run.stderr]) {
    expect(output).not.toContain(SECRET_KEY);
    expect(output).not.toContain(DISCORD_SECRET);
  }
}

describe('npm run ask in LLM mode', () => {
  it('--json prints one line per question in the offline shape, with "mode": "llm"', async () => {
    api.setDefaultReply(model);

    const run = await ask(['--json', 'Me çfarë treni do të udhëtojë Kim?', 'What is the capital of Australia?']);

    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(Object.keys(line)).toEqual(JSON_KEYS);
    expect(lines[0]).toMatchObject({
      found: true,
      language: 'sq',
      mode: 'llm',
      answer: 'Me gjasë me një tren të blinduar [1].',
      citations: [{ paragraph: 2, quote: TRAIN_QUOTE }],
    });
    expect(lines[1]).toMatchObject({ found: false, language: 'en', mode: 'llm', answer: t('notFound', 'en') });
    expectNoSecrets(run);
  });

  it('--json answers extractively, with the notice and "mode": "extractive", when the model fails — and logs no secret', async () => {
    api.setDefaultReply({ status: 500 });

    const run = await ask(['--json', 'Me çfarë treni do të udhëtojë Kim?']);

    expect(run.code).toBe(0);
    const line = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(line)).toEqual(JSON_KEYS);
    expect(line).toMatchObject({ found: true, mode: 'extractive', answer: expect.stringContaining(t('llmFallback', 'sq')) });
    expect(run.stderr).toContain('model call failed');
    expectNoSecrets(run);
  });

  it('has the same --json shape offline', async () => {
    const run = await ask(['--json', 'Me çfarë treni do të udhëtojë Kim?'], { ANSWER_MODE: 'extractive' });
    const line = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(line)).toEqual(JSON_KEYS);
    expect(line.mode).toBe('extractive');
    expect(api.chatRequests()).toHaveLength(0);
  });

  it('prints the answer as it streams, then the checked sources', async () => {
    api.setDefaultReply(model);

    const run = await ask(['Me çfarë treni do të udhëtojë Kim?']);

    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Me gjasë me një tren të blinduar [1].\n\nBurimet:\n[1] ¶2 — «${TRAIN_QUOTE}»\n— ${SEED_TITLE} · 2023-09\n\n`);
    expect(api.lastChatRequest()!.body.stream).toBe(true);
    expectNoSecrets(run);
  });
});
