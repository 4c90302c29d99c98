/**
 * The answer deadline seen from Discord: with a model server that accepts requests and never
 * replies, every /ask still gets its final answer (extractive, with the notice) once the budget
 * is spent, queued ones included, instead of "thinking…" until the interaction expires. (That a
 * queued question whose budget is gone is never sent is test/llm/deadline.test.ts's.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n.js';
import type { OpenAiApi } from '../fixtures/openai-api.js';
import { answererWith, captureLogs, startApi } from '../llm/helpers.js';
import { embedText, finalEdit, slash, useBotSuite } from './harness.js';

const suite = useBotSuite();
let model: OpenAiApi;

beforeAll(async () => {
  model = await startApi();
  model.setDefaultReply({ delayMs: 10 * 60_000 });
});
afterAll(() => model.close());

describe('the answer deadline on Discord', () => {
  it('answers every /ask, queued ones included, extractively with the notice when the model hangs, instead of leaving it thinking', async () => {
    const answerer = answererWith(suite.ctx, model, captureLogs().logger, { maxConcurrency: 1, maxQueue: 8, timeoutMs: 1_500, maxRetries: 2, answerDeadlineMs: 1_500 });
    const h = await suite.start({ answerer, discord: { maxConcurrentAnswers: 8 } });
    const questions = ['Çfarë tha John Kirby?', 'Kush është Patricia Lewis?', 'Me çfarë treni do të udhëtojë Kim?'];

    const started = Date.now();
    const asked = questions.map((question, i) => slash(h.api, 'ask', { question }, { user: { id: `100000000000000070${i}` } }));
    const finals = await Promise.all(asked.map(({ token }) => finalEdit(h.api, token, 10_000)));

    expect(Date.now() - started).toBeLessThan(4_000);
    for (const final of finals) expect(embedText(final.body) + JSON.stringify(final.body.embeds)).toContain(t('llmTimeout', 'sq'));
  });
});
