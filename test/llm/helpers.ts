/**
 * Shared set-up for the LLM-mode tests: the OpenAI API fixture with a recognisable secret key,
 * configs pointing at it, a context on a throw-away index, log capture, and a tiny "model" that
 * answers from the documents it is shown (so replies stay right whatever retrieval ranks first).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createContext, type BotContext } from '../../src/context.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { LlmAnswerer } from '../../src/llm/llm-answerer.js';
import { lastUserText, messageText, startOpenAiApi, type OpenAiApi, type RecordedChatRequest } from '../fixtures/openai-api.js';

/** A fake key shaped like a real one: it must never show up in logs, errors or output. */
export const SECRET_KEY = 'sk-test-SECRET-123';
export const DISCORD_SECRET = 'discord-token-SECRET-456';
export const ARTICLES_DIR = join(import.meta.dirname, '../../articles');

/** Anything that could send traffic elsewhere (LangSmith tracing, env base URLs). */
const OFFLINE_ENV = ['LANGCHAIN_TRACING_V2', 'LANGCHAIN_TRACING', 'LANGSMITH_TRACING', 'LANGSMITH_TRACING_V2', 'OPENAI_BASE_URL', 'OPENAI_API_BASE'];

/** Starts the fixture; it rejects requests that do not carry {@link SECRET_KEY}. */
export async function startApi(): Promise<OpenAiApi> {
  for (const name of OFFLINE_ENV) delete process.env[name];
  return startOpenAiApi({ apiKey: SECRET_KEY, requireApiKey: true, embeddingDimensions: 32 });
}

/** A fresh folder for an index, removed by the returned function. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'llm-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** LLM-mode settings pointing at the fixture, with test-sized timeouts and no retries unless asked. */
export function llmConfig(api: OpenAiApi, embeddingsDir: string, llm: Partial<Config['llm']> = {}): Config {
  const config = loadConfig({
    ENV_FILE: '',
    ARTICLES_DIR,
    EMBEDDINGS_DIR: embeddingsDir,
    ANSWER_MODE: 'llm',
    OPENAI_API_KEY: SECRET_KEY,
    OPENAI_BASE_URL: api.baseURL,
    DISCORD_TOKEN: DISCORD_SECRET,
  });
  // Set after validation: tests use timeouts below the 1 s minimum a user may configure.
  return { ...config, llm: { ...config.llm, timeoutMs: 1_000, maxRetries: 0, ...llm } };
}

/** A logger whose JSON lines are kept in memory. */
export function captureLogs(level = 'debug'): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: createLogger(level, { write: (line: string) => void lines.push(line) }), lines };
}

/** The context the bot would build (LLM mode, local embeddings) on a throw-away index. */
export async function createTestContext(api: OpenAiApi, embeddingsDir: string, logger: Logger): Promise<BotContext> {
  return createContext(llmConfig(api, embeddingsDir), logger);
}

/** What {@link useLlmSuite} gives a test file; `api` and `ctx` are there once `beforeAll` has run. */
export interface LlmSuite {
  /** The OpenAI API fixture, reset before each test. */
  readonly api: OpenAiApi;
  /** The LLM-mode context on a throw-away index, logging to {@link logs}. */
  readonly ctx: BotContext;
  readonly logs: { logger: Logger; lines: string[] };
}

/**
 * Registers the hooks an LLM test file needs: the fixture and a context on a throw-away index,
 * started once (`beforeAll`) and removed after (`afterAll`), and the fixture reset before each test.
 */
export function useLlmSuite(): LlmSuite {
  let api: OpenAiApi | undefined;
  let ctx: BotContext | undefined;
  const logs = captureLogs();
  const index = tempDir();
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the LLM suite starts in beforeAll: use it inside tests and hooks');
    return value;
  };
  beforeAll(async () => {
    api = await startApi();
    ctx = await createTestContext(api, index.dir, logs.logger);
  });
  afterAll(async () => {
    await api?.close();
    index.remove();
  });
  beforeEach(() => started(api).reset());
  return {
    get api() {
      return started(api);
    },
    get ctx() {
      return started(ctx);
    },
    logs,
  };
}

/** A separate LLM answerer on the same retriever, with its own settings. */
export function answererWith(
  ctx: BotContext,
  api: OpenAiApi,
  logger: Logger,
  llm: Partial<Config['llm']> = {},
  summaryCharBudget?: number,
  documentCharBudget?: number,
) {
  return new LlmAnswerer({
    config: llmConfig(api, ctx.config.embeddingsDir, llm),
    logger,
    retriever: ctx.retriever,
    extractive: ctx.extractive,
    summaryCharBudget,
    documentCharBudget,
  });
}

/** A document as the model saw it in the recorded prompt. */
export interface SeenDocument {
  id: number;
  paragraph: number;
  text: string;
}

/** The `<document>`s of the last user message of a recorded request. */
export function documentsOf(request: RecordedChatRequest): SeenDocument[] {
  return [...lastUserText(request).matchAll(/<document id="(\d+)" paragraph="(\d+)">\n([\s\S]*?)\n<\/document>/g)].map((m) => ({
    id: Number(m[1]),
    paragraph: Number(m[2]),
    text: m[3]!,
  }));
}

/** The system prompt of a recorded request. */
export function systemPromptOf(request: RecordedChatRequest): string {
  return messageText(request.body.messages.find((m) => m.role === 'system') ?? {});
}

/** The first document the model saw that contains `needle` (else the first one). */
export function documentWith(request: RecordedChatRequest, needle: string): SeenDocument {
  const documents = documentsOf(request);
  return documents.find((d) => d.text.includes(needle)) ?? documents[0]!;
}

/** The first sentence of a document's text, as a model quoting it correctly would. */
export function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s|$)/s.exec(text)?.[0] ?? text;
}

/** Everything an answer would show a user, for "never appears" assertions. */
export function shownText(answer: Answer): string {
  return JSON.stringify(answer);
}
