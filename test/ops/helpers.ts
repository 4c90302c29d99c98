/**
 * Shared set-up for the production-operations tests: the bot in-process with its health and
 * metrics endpoint (as `runBot` wires it), server ids that fall on a given shard, and a strict
 * reading of `/metrics` through a Prometheus text-format parser.
 */
import parsePrometheusTextFormat, { type ParsedFamily } from 'parse-prometheus-text-format';
import { expect } from 'vitest';
import { Health } from '../../src/ops/health.js';
import { METRICS_CONTENT_TYPE, Metrics } from '../../src/ops/metrics.js';
import { startOpsServer, type OpsServer } from '../../src/ops/server.js';
import { DEFAULT_GUILD_ID, shardOf } from '../fixtures/discord-api.js';
import { recordingLogger } from '../helpers/core.js';
import type { BotSuite, Harness, HarnessOptions } from '../discord/harness.js';

/** A server id (a snowflake after the fixture's default server) whose events go to `shard` of `count`. */
export function guildOnShard(shard: number, count: number, after = DEFAULT_GUILD_ID): string {
  let id = BigInt(after) + (1n << 22n);
  while (shardOf(id.toString(), count) !== shard) id += 1n << 22n;
  return id.toString();
}

/** Parses Prometheus text with a well-kept parser (it throws on malformed lines) and checks every value is a number. */
export function parseMetrics(text: string): ParsedFamily[] {
  const families = parsePrometheusTextFormat(text);
  const numeric = (value: string | undefined) => value === undefined || /^[+-]?(?:Inf|NaN|\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/i.test(value);
  for (const family of families) {
    for (const sample of family.metrics) {
      expect(numeric(sample.value), `${family.name} ${sample.value}`).toBe(true);
      for (const value of [sample.count, sample.sum, ...Object.values(sample.buckets ?? {})]) expect(numeric(value), family.name).toBe(true);
    }
  }
  return families;
}

/** The value of the sample of `name` whose labels include `labels` (summed over every such sample; 0 when none). */
export function value(families: readonly ParsedFamily[], name: string, labels: Record<string, string> = {}): number {
  const family = families.find((f) => f.name === name);
  const matching = (family?.metrics ?? []).filter((sample) => Object.entries(labels).every(([k, v]) => sample.labels?.[k] === v));
  return matching.reduce((sum, sample) => sum + Number(sample.value ?? sample.count ?? 0), 0);
}

/** GET on the endpoint: status and body. */
export async function get(base: string, path: string): Promise<{ status: number; body: string; type: string | null }> {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, body: await response.text(), type: response.headers.get('content-type') };
}

/** A harness whose bot has health and metrics served on 127.0.0.1, as `runBot` serves them. */
export interface OpsHarness {
  h: Harness;
  metrics: Metrics;
  health: Health;
  /** `http://127.0.0.1:PORT` of the endpoint. */
  base: string;
  server: OpsServer;
}

/** Starts the endpoint, then the bot with the hooks `runBot` gives it; everything is closed after the test. */
export async function startWithOps(suite: BotSuite, options: HarnessOptions = {}): Promise<OpsHarness> {
  const metrics = new Metrics();
  const health = new Health();
  const sources = { health: () => health.check(), metrics: () => metrics.text(), metricsContentType: METRICS_CONTENT_TYPE };
  const server = await startOpsServer('127.0.0.1', 0, sources, recordingLogger().logger);
  health.indexReady();
  metrics.watchIndex(() => ({ articles: suite.ctx.articles.length, paragraphs: suite.ctx.articles.reduce((n, a) => n + a.paragraphs.length, 0) }));
  let h: Harness;
  try {
    h = await suite.start({
      ...options,
      telemetry: metrics,
      hooks: {
        watchGateway: (client) => {
          health.watchGateway(client);
          metrics.watchGateway(client);
        },
        onDraining: () => health.shuttingDown(),
        onShutdown: () => server.close(),
      },
    });
  } catch (error) {
    await server.close();
    throw error;
  }
  metrics.watchFeedback(() => h.bot.feedback.totals());
  const close = h.close;
  h.close = async () => {
    await close();
    await server.close();
  };
  return { h, metrics, health, base: `http://127.0.0.1:${server.port}`, server };
}
