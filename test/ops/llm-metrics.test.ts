/**
 * What the LLM engine reports to `/metrics`: each fallback to the extractive engine with its
 * reason, and the depth of the model queue (the real LangChain client against the fixture).
 */
import { describe, expect, it, vi } from 'vitest';
import { LlmAnswerer } from '../../src/llm/llm-answerer.js';
import { Metrics } from '../../src/ops/metrics.js';
import { outcomeOf } from '../../src/ops/telemetry.js';
import { llmConfig, useLlmSuite } from '../llm/helpers.js';
import { parseMetrics, value } from './helpers.js';

const suite = useLlmSuite();
const QUESTION = 'Me çfarë treni do të udhëtojë Kim?';

/** An LLM answerer on the suite's retriever that reports to `metrics`. */
function answerer(metrics: Metrics, llm: Parameters<typeof llmConfig>[2] = {}) {
  const { ctx, api, logs } = suite;
  return new LlmAnswerer({ config: llmConfig(api, ctx.config.embeddingsDir, llm), logger: logs.logger, retriever: ctx.retriever, extractive: ctx.extractive, telemetry: metrics });
}

describe('LLM metrics', () => {
  it('counts fallbacks by reason: a failing model, an empty reply, a reply that is not the expected JSON, an answer with no verifiable citation', async () => {
    const metrics = new Metrics();
    const llm = answerer(metrics);
    suite.api.enqueue({ status: 500 }, { empty: true }, { malformed: 'content' }, { json: { found: true, answer: 'Me avion [1].', citations: [{ document: 1, quote: 'not in the article at all', translation: null }] } });
    for (let i = 0; i < 4; i++) expect((await llm.ask(QUESTION)).mode).toBe('extractive');

    const counted = parseMetrics(await metrics.text());
    expect(value(counted, 'qabot_llm_fallbacks_total', { reason: 'model_error' })).toBe(1);
    expect(value(counted, 'qabot_llm_fallbacks_total', { reason: 'empty_reply' })).toBe(1);
    expect(value(counted, 'qabot_llm_fallbacks_total', { reason: 'bad_format' })).toBe(1);
    expect(value(counted, 'qabot_llm_fallbacks_total', { reason: 'unverified' })).toBe(1);
  });

  it('shows the model queue\'s depth, and counts questions answered extractively because the queue is full', async () => {
    const metrics = new Metrics();
    const llm = answerer(metrics, { maxConcurrency: 1, maxQueue: 1, timeoutMs: 5_000 });
    suite.api.setDefaultReply({ json: { found: false, answer: '', citations: [] }, delayMs: 400 });
    const running = [llm.ask(QUESTION), llm.ask(QUESTION)];
    await vi.waitFor(async () => expect(value(parseMetrics(await metrics.text()), 'qabot_model_queue_depth')).toBe(1));

    expect((await llm.ask(QUESTION)).mode).toBe('extractive');
    await Promise.all(running);

    const counted = parseMetrics(await metrics.text());
    expect(value(counted, 'qabot_llm_fallbacks_total', { reason: 'queue_full' })).toBe(1);
    expect(value(counted, 'qabot_model_queue_depth')).toBe(0);
  });

  it('names the outcome of an answer: answered, low confidence, refused', () => {
    expect(outcomeOf({ found: true, confidence: 'high' })).toBe('answered');
    expect(outcomeOf({ found: true, confidence: 'low' })).toBe('low_confidence');
    expect(outcomeOf({ found: false, confidence: 'low' })).toBe('refused');
  });
});
