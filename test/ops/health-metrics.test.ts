/**
 * `/healthz` and `/metrics` of a running bot (real discord.js client, fake gateway), and the
 * endpoint's own behaviour: what is counted, what Prometheus can parse, and what the health
 * check says while the gateway is down and after discord.js has resumed.
 */
import { GatewayOpcodes } from 'discord.js';
import { describe, expect, it, vi } from 'vitest';
import type { Answerer } from '../../src/answer/answerer.js';
import { ConfigError } from '../../src/errors.js';
import { Health } from '../../src/ops/health.js';
import { aggregateMetrics, Metrics } from '../../src/ops/metrics.js';
import { startOpsServer } from '../../src/ops/server.js';
import { answered, buttonIds, callback, finalEdit, slash, useBotSuite } from '../discord/harness.js';
import { recordingLogger } from '../helpers/core.js';
import { get, parseMetrics, startWithOps, value } from './helpers.js';

const suite = useBotSuite();

describe('/healthz', () => {
  it('is 200 when the gateway is ready, 503 with the reason while it is down, and 200 again once discord.js has resumed', async () => {
    const { h, base } = await startWithOps(suite);
    expect(await get(base, '/healthz')).toMatchObject({ status: 200, body: 'ok\n' });

    h.api.clearRequests();
    h.api.dropGateway();
    await vi.waitFor(async () => expect(await get(base, '/healthz')).toMatchObject({ status: 503, body: expect.stringMatching(/^unavailable: gateway shard 0 \w+\n$/) }), { timeout: 5_000, interval: 50 });
    // Still down a moment later: discord.js keeps trying, and the check keeps saying so.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect((await get(base, '/healthz')).status).toBe(503);

    h.api.restoreGateway();
    await vi.waitFor(async () => expect((await get(base, '/healthz')).status).toBe(200), { timeout: 10_000, interval: 100 });
    // The session was resumed (or identified again) by discord.js on its own, and the bot answers again.
    expect(h.api.gatewayPayloads.some((frame) => frame.op === GatewayOpcodes.Resume || frame.op === GatewayOpcodes.Identify)).toBe(true);
    const { token } = slash(h.api, 'ask', { question: 'Çfarë tha John Kirby?' });
    expect((await finalEdit(h.api, token)).body.embeds![0]!.description).toContain('Kirby');

    const metrics = parseMetrics((await get(base, '/metrics')).body);
    expect(value(metrics, 'qabot_gateway_reconnects_total', { shard: '0' })).toBeGreaterThanOrEqual(1);
    expect(value(metrics, 'qabot_gateway_ready', { shard: '0' })).toBe(1);
  }, 30_000);

  it('says why it is not ready: index not loaded, gateway not connected, shutting down', () => {
    const health = new Health();
    expect(health.check()).toEqual({ ok: false, reason: 'index not loaded yet' });
    health.indexReady();
    expect(health.check()).toEqual({ ok: false, reason: 'gateway not connected yet' });
    health.shuttingDown();
    expect(health.check()).toEqual({ ok: false, reason: 'shutting down' });
  });
});

describe('/metrics', () => {
  it('counts answers by mode and outcome with their latency, the index, gateway state and votes, as valid Prometheus text', async () => {
    const { h, base } = await startWithOps(suite);
    const votes: string[] = [];
    for (const question of ['Çfarë tha John Kirby?', 'Who is John Kirby?', 'What is the capital of Australia?']) {
      const { token } = slash(h.api, 'ask', { question });
      votes.push(...buttonIds((await finalEdit(h.api, token)).body).filter((id) => id.startsWith('vote:')));
    }
    // Two readers vote 👍 on the first answer, one 👎 on the second.
    const clicks = [votes[0]!, votes[0]!, votes[3]!].map((customId, i) => h.api.interactionCreate({ kind: 'button', customId, user: { id: `100000000000000050${i}` } }));
    for (const { id } of clicks) await callback(h.api, id);
    const blank = slash(h.api, 'ask', { question: '😀' }); // bad input: refused with a user error, not an answer
    await callback(h.api, blank.id);
    await answered(h, 3);

    const response = await get(base, '/metrics');
    expect(response.status).toBe(200);
    expect(response.type).toContain('text/plain');
    const metrics = parseMetrics(response.body);
    expect(value(metrics, 'qabot_answers_total', { mode: 'extractive', outcome: 'answered' })).toBe(2);
    expect(value(metrics, 'qabot_answers_total', { mode: 'extractive', outcome: 'refused' })).toBe(1);
    expect(value(metrics, 'qabot_answers_total', { outcome: 'error' })).toBe(0);
    const latency = metrics.find((family) => family.name === 'qabot_answer_duration_seconds')!;
    expect(latency.type).toBe('HISTOGRAM');
    // (The parser keeps only the buckets of a histogram with labels.)
    expect(Number(latency.metrics[0]!.buckets!['+Inf'])).toBe(3);
    expect(Number(latency.metrics[0]!.buckets!['60'])).toBe(3);
    expect(value(metrics, 'qabot_index_articles')).toBe(suite.ctx.articles.length);
    expect(value(metrics, 'qabot_index_paragraphs')).toBe(suite.ctx.articles.reduce((n, a) => n + a.paragraphs.length, 0));
    expect(value(metrics, 'qabot_gateway_ready', { shard: '0' })).toBe(1);
    expect(value(metrics, 'qabot_feedback_votes', { vote: 'up' })).toBe(2);
    expect(value(metrics, 'qabot_feedback_votes', { vote: 'down' })).toBe(1);
    expect(value(metrics, 'qabot_answers_in_flight')).toBe(0);
    expect(metrics.some((family) => family.name === 'process_resident_memory_bytes')).toBe(true);
  });

  it('counts an answer that failed as an error, and questions refused because the bot is busy', async () => {
    let release: () => void = () => undefined;
    const slow: Answerer = {
      mode: 'extractive',
      ask: () => new Promise((_, reject) => (release = () => reject(new Error('engine failed')))),
      summarize: () => Promise.reject(new Error('unused')),
    };
    const { h, base } = await startWithOps(suite, { answerer: slow, discord: { maxConcurrentAnswers: 1 } });
    const first = slash(h.api, 'ask', { question: 'Çfarë tha John Kirby?' });
    await callback(h.api, first.id);
    const second = slash(h.api, 'ask', { question: 'Who is John Kirby?' }, { user: { id: '1000000000000000999' } });
    await callback(h.api, second.id);
    let metrics = parseMetrics((await get(base, '/metrics')).body);
    expect(value(metrics, 'qabot_busy_rejections_total')).toBe(1);
    expect(value(metrics, 'qabot_answers_in_flight')).toBe(1);

    release();
    await vi.waitFor(async () => {
      metrics = parseMetrics((await get(base, '/metrics')).body);
      expect(value(metrics, 'qabot_answers_total', { mode: 'extractive', outcome: 'error' })).toBe(1);
    });
    expect(value(metrics, 'qabot_answers_in_flight')).toBe(0);
  });

  it('still answers when the feedback store cannot be read (closed at shutdown), keeping the last vote counts', async () => {
    const metrics = new Metrics();
    let closed = false;
    metrics.watchFeedback(() => {
      if (closed) throw new TypeError('The database connection is not open');
      return { up: 4, down: 2 };
    });
    expect(value(parseMetrics(await metrics.text()), 'qabot_feedback_votes', { vote: 'up' })).toBe(4);
    closed = true;
    expect(value(parseMetrics(await metrics.text()), 'qabot_feedback_votes', { vote: 'up' })).toBe(4);
  });

  it('sums the counters of several processes and keeps one copy of what they share (the index, the votes)', async () => {
    const shards = [new Metrics(), new Metrics()];
    for (const [i, metrics] of shards.entries()) {
      metrics.answered('llm', 'answered', 0.5);
      metrics.llmFallback('model_error');
      metrics.watchIndex(() => ({ articles: 2, paragraphs: 30 }));
      metrics.watchFeedback(() => ({ up: 5, down: i }));
    }
    const merged = parseMetrics(await aggregateMetrics(await Promise.all(shards.map((m) => m.json()))));
    expect(value(merged, 'qabot_answers_total', { mode: 'llm', outcome: 'answered' })).toBe(2);
    expect(value(merged, 'qabot_llm_fallbacks_total', { reason: 'model_error' })).toBe(2);
    expect(value(merged, 'qabot_index_paragraphs')).toBe(30);
    expect(value(merged, 'qabot_feedback_votes', { vote: 'up' })).toBe(5);
  });
});

describe('the endpoint', () => {
  it('answers 404 elsewhere and 405 to anything but GET and HEAD', async () => {
    const { base } = await startWithOps(suite);
    expect((await get(base, '/')).status).toBe(404);
    expect((await fetch(`${base}/metrics`, { method: 'POST' })).status).toBe(405);
    const head = await fetch(`${base}/healthz`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('fails start-up with one line naming METRICS_PORT when the port is taken', async () => {
    const { logger } = recordingLogger();
    const sources = { health: () => ({ ok: true }), metrics: async () => '', metricsContentType: 'text/plain' };
    const first = await startOpsServer('127.0.0.1', 0, sources, logger);
    try {
      const error = await startOpsServer('127.0.0.1', first.port, sources, logger).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toBe(`Cannot serve metrics on 127.0.0.1:${first.port} (METRICS_HOST, METRICS_PORT): EADDRINUSE`);
    } finally {
      await first.close();
    }
  });
});
