/**
 * ANSWER_DEADLINE_MS: one time budget per answer or summary covers its wait in the queue, the
 * model calls, their retries and the streaming. When it runs out the user gets the extractive
 * answer with a notice; a question whose budget ran out in the queue is never sent to the model.
 * Driven through @langchain/openai against the loopback OpenAI API fixture.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n.js';
import { answererWith, documentWith, useLlmSuite } from './helpers.js';

const suite = useLlmSuite();

const QUESTION = 'Me çfarë treni do të udhëtojë Kim?';
/** A server that accepts the request and never replies (within any test). */
const HANGING = { delayMs: 10 * 60_000 };

/** Milliseconds `run` took, and what it returned. */
async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = Date.now();
  const value = await run();
  return { ms: Date.now() - started, value };
}

describe('the answer deadline', () => {
  it('answers extractively with a notice when the model accepts the request and never replies, retries and all', async () => {
    suite.api.setDefaultReply(HANGING);
    const answerer = answererWith(suite.ctx, suite.api, suite.logs.logger, { timeoutMs: 1_000, maxRetries: 2, answerDeadlineMs: 1_500 });
    const extractive = await suite.ctx.extractive.ask(QUESTION);

    const { ms, value: answer } = await timed(() => answerer.ask(QUESTION));

    expect(answer).toEqual({ ...extractive, notice: t('llmTimeout', 'sq') });
    // Without the deadline: three attempts of 1 s plus backoff.
    expect(ms).toBeGreaterThanOrEqual(1_400);
    expect(ms).toBeLessThan(2_500);
    expect(suite.api.chatRequests().length).toBeLessThanOrEqual(2);
  });

  it('stops retrying failed requests when the budget runs out', async () => {
    suite.api.setDefaultReply({ status: 500 });
    const answerer = answererWith(suite.ctx, suite.api, suite.logs.logger, { maxRetries: 10, answerDeadlineMs: 1_200 });

    const { ms, value: answer } = await timed(() => answerer.ask(QUESTION));

    expect(answer.notice).toBe(t('llmTimeout', 'sq'));
    expect(ms).toBeLessThan(2_500);
    // Any retry still waiting when the deadline passed is never sent. A request already written to the
    // socket before it may reach the server a little later on a loaded machine: let it arrive first.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const sent = suite.api.chatRequests().length;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(suite.api.chatRequests()).toHaveLength(sent);
  });

  it('ends a stream that keeps trickling past the budget, after its preview was shown', async () => {
    suite.api.setDefaultReply((request) => {
      const d = documentWith(request, 'tren');
      const answer = `Kim do të udhëtojë me një tren të blinduar drejt Vladivostokut, sipas gazetës amerikane [${d.id}].`;
      return { json: { found: true, answer, citations: [{ document: d.id, quote: 'me gjasë me një tren të blinduar', translation: null }] }, chunkSize: 4, chunkDelayMs: 100 };
    });
    const answerer = answererWith(suite.ctx, suite.api, suite.logs.logger, { timeoutMs: 1_000, answerDeadlineMs: 1_500 });
    const partials: string[] = [];

    const { ms, value: answer } = await timed(() => answerer.ask(QUESTION, { onPartial: (text) => partials.push(text) }));

    expect(partials.length).toBeGreaterThan(0);
    expect(answer.notice).toBe(t('llmTimeout', 'sq'));
    expect(answer.mode).toBe('extractive');
    expect(ms).toBeLessThan(2_500);
  });

  it('never sends a queued question to the model once its budget ran out while it waited', async () => {
    suite.api.setDefaultReply(HANGING);
    const answerer = answererWith(suite.ctx, suite.api, suite.logs.logger, { maxConcurrency: 1, maxQueue: 4, answerDeadlineMs: 1_000 });

    const answers = await Promise.all([answerer.ask(QUESTION), answerer.ask('What did John Kirby say?'), answerer.ask('Kush është Patricia Lewis?')]);

    expect(answers.map((a) => a.notice)).toEqual([t('llmTimeout', 'sq'), t('llmTimeout', 'en'), t('llmTimeout', 'sq')]);
    expect(suite.api.chatRequests()).toHaveLength(1);
  });

  it('summarises extractively with a notice when the model never replies', async () => {
    suite.api.setDefaultReply(HANGING);
    const answerer = answererWith(suite.ctx, suite.api, suite.logs.logger, { answerDeadlineMs: 1_000 });

    const { ms, value: summary } = await timed(() => answerer.summarize('short', 'en'));

    expect(summary).toEqual({ ...(await suite.ctx.extractive.summarize('short', 'en')), notice: t('llmTimeout', 'en') });
    expect(ms).toBeLessThan(2_000);
  });

  it('still answers with the model when it replies within the budget', async () => {
    suite.api.setDefaultReply((request) => {
      const d = documentWith(request, 'tren');
      return { json: { found: true, answer: `Me tren [${d.id}].`, citations: [{ document: d.id, quote: 'me gjasë me një tren të blinduar', translation: null }] }, delayMs: 200 };
    });
    const answer = await answererWith(suite.ctx, suite.api, suite.logs.logger, { answerDeadlineMs: 2_000 }).ask(QUESTION);
    expect(answer).toMatchObject({ mode: 'llm', text: 'Me tren [1].' });
    expect(answer.notice).toBeUndefined();
  });
});
