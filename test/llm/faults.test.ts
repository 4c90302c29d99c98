/**
 * Whatever the model server does, the user gets an answer: the model's when a retry saves it,
 * otherwise the extractive one with a notice — and the error is logged without the key.
 */
import type { Retrieval } from '../../src/retrieval/retriever.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import type { BotContext } from '../../src/context.js';
import { t } from '../../src/i18n.js';
import type { LlmAnswerer } from '../../src/llm/llm-answerer.js';
import type { ChatReplySpec, OpenAiApi } from '../fixtures/openai-api.js';
import { answererWith, captureLogs, createTestContext, documentWith, SECRET_KEY, startApi, tempDir } from './helpers.js';

const QUESTION = 'Me çfarë treni do të udhëtojë Kim?';
const TRAIN_QUOTE = 'me gjasë me një tren të blinduar';

let api: OpenAiApi;
let ctx: BotContext;
let extractive: Answer;
const logs = captureLogs();
const index = tempDir();

beforeAll(async () => {
  api = await startApi();
  ctx = await createTestContext(api, index.dir, logs.logger);
  extractive = await ctx.extractive.ask(QUESTION);
});
afterAll(async () => {
  await api.close();
  index.remove();
});
beforeEach(() => {
  api.reset();
  logs.lines.length = 0;
  // Anything not scripted below is a correct answer.
  api.setDefaultReply((request) => {
    const d = documentWith(request, TRAIN_QUOTE);
    return { json: { found: true, answer: `Me tren të blinduar [${d.id}].`, citations: [{ document: d.id, quote: TRAIN_QUOTE, translation: null }] } };
  });
});

/** Logged warnings, parsed. */
function warnings(): { msg: string; err?: { message: string } }[] {
  return logs.lines.map((line) => JSON.parse(line) as { level: number; msg: string; err?: { message: string } }).filter((l) => l.level === 40);
}

/** Asks with the given fault scripted and checks the extractive answer came back with the notice. */
async function expectFallback(answerer: LlmAnswerer, fault: ChatReplySpec, notice: 'llmFallback' | 'llmUnchecked' = 'llmFallback') {
  api.enqueue(fault);
  const answer = await answerer.ask(QUESTION, { onPartial: () => {} });
  expect(answer).toEqual({ ...extractive, notice: t(notice, 'sq') });
  expect(warnings().length).toBeGreaterThan(0);
  expect(logs.lines.join('\n')).not.toContain(SECRET_KEY);
  return answer;
}

describe('model faults', () => {
  it('retries a 429 after its retry-after and then shows the model’s answer', async () => {
    api.enqueue({ status: 429, retryAfterSeconds: 0.2 });

    const answer = await answererWith(ctx, api, logs.logger, { maxRetries: 1 }).ask(QUESTION);

    expect(answer).toMatchObject({ mode: 'llm', text: 'Me tren të blinduar [1].' });
    const [first, second] = api.chatRequests();
    expect(second!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(200);
  });

  it('answers extractively once the retries for a 429 are spent', async () => {
    api.enqueue({ status: 429, retryAfterSeconds: 0.05 });
    await expectFallback(answererWith(ctx, api, logs.logger, { maxRetries: 1 }), { status: 429, retryAfterSeconds: 0.05 });
    expect(api.chatRequests()).toHaveLength(2);
    expect(warnings()[0]!.err!.message).toMatch(/429|rate limit/i);
  });

  it('answers extractively on a server error', async () => {
    await expectFallback(ctx.answerer as LlmAnswerer, { status: 500 });
    expect(warnings()[0]).toMatchObject({ msg: 'model call failed; answering extractively', err: { message: expect.stringMatching(/500/) } });
  });

  it('answers extractively when the server does not answer within the timeout', async () => {
    const started = Date.now();
    await expectFallback(answererWith(ctx, api, logs.logger, { timeoutMs: 300 }), { delayMs: 3_000 });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('answers extractively when a stream stops sending midway', async () => {
    const started = Date.now();
    await expectFallback(answererWith(ctx, api, logs.logger, { timeoutMs: 300 }), { chunkSize: 4, chunkDelayMs: 3_000 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(warnings()[0]!.err!.message).toMatch(/stalled|abort/i);
  });

  it('answers extractively when the connection drops mid-stream, after partial text was shown', async () => {
    const partials: string[] = [];
    api.enqueue((request) => {
      const d = documentWith(request, TRAIN_QUOTE);
      const answer = 'Kim do të udhëtojë me një tren të blinduar drejt Vladivostokut, sipas gazetës';
      return { json: { found: true, answer: `${answer} [${d.id}].`, citations: [] }, chunkSize: 10, cutStreamAfterChunks: 8 };
    });

    const answer = await (ctx.answerer as LlmAnswerer).ask(QUESTION, { onPartial: (text) => partials.push(text) });

    expect(partials.length).toBeGreaterThan(0);
    expect(answer).toEqual({ ...extractive, notice: t('llmFallback', 'sq') });
  });

  it('answers extractively on a malformed stream or an empty reply', async () => {
    await expectFallback(ctx.answerer as LlmAnswerer, { malformed: true });
    await expectFallback(ctx.answerer as LlmAnswerer, { empty: true });
  });

  it('answers extractively, as unverifiable, when the reply is not the JSON asked for', async () => {
    await expectFallback(ctx.answerer as LlmAnswerer, { malformed: 'content' }, 'llmUnchecked');
    await expectFallback(ctx.answerer as LlmAnswerer, { content: 'Kim will travel by train.' }, 'llmUnchecked');
  });

  it('keeps answering after every fault', async () => {
    const answer = await ctx.answerer.ask(QUESTION);
    expect(answer.mode).toBe('llm');
  });
});

describe('concurrency cap', () => {
  it('runs at most OPENAI_MAX_CONCURRENCY model calls at once, queues up to OPENAI_MAX_QUEUE and answers the rest extractively', async () => {
    const answerer = answererWith(ctx, api, logs.logger, { maxConcurrency: 1, maxQueue: 1 });
    api.enqueue(
      (request) => ({ delayMs: 250, json: okAnswer(request) }),
      (request) => ({ delayMs: 250, json: okAnswer(request) }),
    );

    const reported: string[] = [];
    const onRetrieval = (r: Retrieval) => reported.push(r.query.text);
    const [first, second, third] = await Promise.all([answerer.ask(QUESTION, { onRetrieval }), answerer.ask(QUESTION, { onRetrieval }), answerer.ask(QUESTION, { onRetrieval })]);

    expect([first!.mode, second!.mode]).toEqual(['llm', 'llm']);
    expect(third).toEqual({ ...extractive, notice: t('llmBusy', 'sq') });
    // Each answer, the model's and the one made without it, reports the retrieval it is made from.
    expect(reported).toEqual([QUESTION, QUESTION, QUESTION]);
    const [a, b] = api.chatRequests();
    expect(api.chatRequests()).toHaveLength(2);
    // The queued call started only after the first had its reply.
    expect(b!.receivedAt - a!.receivedAt).toBeGreaterThanOrEqual(250);
  });
});

function okAnswer(request: Parameters<typeof documentWith>[0]) {
  const d = documentWith(request, TRAIN_QUOTE);
  return { found: true, answer: `Me tren [${d.id}].`, citations: [{ document: d.id, quote: TRAIN_QUOTE, translation: null }] };
}
