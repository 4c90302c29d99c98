import { Events, Status, type Client } from 'discord.js';
import { AggregatorRegistry, Counter, Gauge, Histogram, Registry, collectDefaultMetrics, type MetricObjectWithValues, type MetricValue } from 'prom-client';
import type { AnswerEngine } from '../answer/types.js';
import type { AnswerOutcome, FallbackReason, Gauge as GaugeName, Telemetry } from './telemetry.js';

/** Metric names start with this, so they are easy to find next to other jobs'. */
const PREFIX = 'qabot_';

/** Offline answers take milliseconds, model answers seconds; beyond a minute Discord users have given up. */
const LATENCY_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60];

/** Reader feedback totals, as the feedback store counts them. */
export interface FeedbackTotals {
  up: number;
  down: number;
}

/** A registry's metrics as JSON: what a shard process sends its manager to aggregate. */
export type MetricsJson = MetricObjectWithValues<MetricValue<string>>[];

/**
 * The bot's Prometheus metrics (prom-client), one registry per process. Counters are counted as
 * things happen; gauges (queue depth, gateway state, index size, votes) are read when scraped.
 * Under sharding each shard process keeps its own and the manager sums them with
 * {@link aggregateMetrics}: the `aggregator` of each metric says how (per-shard gateway series
 * carry a `shard` label; the index and the votes are the same in every process, so `max`).
 */
export class Metrics implements Telemetry {
  readonly registry = new Registry();
  private readonly gauges = new Map<GaugeName, () => number>();
  private readonly answers: Counter<'mode' | 'outcome'>;
  private readonly latency: Histogram<'mode'>;
  private readonly fallbacks: Counter<'reason'>;
  private readonly busy: Counter;
  private readonly reconnects: Counter<'shard'>;
  private client?: Client;
  private index?: () => { articles: number; paragraphs: number };
  private feedback?: () => FeedbackTotals | undefined;

  constructor() {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.answers = new Counter({ name: `${PREFIX}answers_total`, help: 'Questions answered, by engine and outcome', labelNames: ['mode', 'outcome'], registers });
    this.latency = new Histogram({ name: `${PREFIX}answer_duration_seconds`, help: 'Time from a question to its final answer on screen', labelNames: ['mode'], buckets: LATENCY_BUCKETS, registers });
    this.fallbacks = new Counter({ name: `${PREFIX}llm_fallbacks_total`, help: 'LLM-mode answers written by the extractive engine instead, by reason', labelNames: ['reason'], registers });
    this.busy = new Counter({ name: `${PREFIX}busy_rejections_total`, help: 'Questions refused because MAX_CONCURRENT_ANSWERS were in progress', registers });
    this.reconnects = new Counter({ name: `${PREFIX}gateway_reconnects_total`, help: 'Gateway connections lost and reopened (resumed or identified again), per shard', labelNames: ['shard'], registers });
    const read = (gauge: GaugeName) => () => this.gauges.get(gauge)?.() ?? 0;
    this.gauge('answers_in_flight', 'Questions being answered now', read('answers_in_flight'));
    this.gauge('model_queue_depth', 'Questions waiting for a free model slot (OPENAI_MAX_CONCURRENCY)', read('model_queue'));
    this.gatewayGauges(registers);
    this.gauge('index_articles', 'Articles in the index', () => this.index?.().articles ?? 0, 'max');
    this.gauge('index_paragraphs', 'Paragraphs in the index', () => this.index?.().paragraphs ?? 0, 'max');
    new Gauge({
      name: `${PREFIX}feedback_votes`,
      help: 'Reader votes on answers, by vote',
      labelNames: ['vote'],
      aggregator: 'max',
      registers,
      collect: () => {
        let totals: FeedbackTotals | undefined;
        try {
          totals = this.feedback?.();
        } catch {
          return; // the store is closed or busy: the gauge keeps its last values
        }
        if (!totals) return;
        this.gaugeOf('feedback_votes').set({ vote: 'up' }, totals.up);
        this.gaugeOf('feedback_votes').set({ vote: 'down' }, totals.down);
      },
    });
  }

  answered(mode: AnswerEngine, outcome: AnswerOutcome, seconds: number): void {
    this.answers.inc({ mode, outcome });
    this.latency.observe({ mode }, seconds);
  }

  llmFallback(reason: FallbackReason): void {
    this.fallbacks.inc({ reason });
  }

  busyRejected(): void {
    this.busy.inc();
  }

  observe(gauge: GaugeName, read: () => number): void {
    this.gauges.set(gauge, read);
  }

  /** Gateway ping, ready state and reconnects of every shard this client connects. */
  watchGateway(client: Client): void {
    this.client = client;
    client.on(Events.ShardReconnecting, (shard) => this.reconnects.inc({ shard: String(shard) }));
  }

  /** Where the index's size is read from (it can change while the bot runs). */
  watchIndex(read: () => { articles: number; paragraphs: number }): void {
    this.index = read;
  }

  /** Where the reader feedback totals are read from (e.g. `() => feedbackStore.totals()`); undefined when they cannot be read now. */
  watchFeedback(read: () => FeedbackTotals | undefined): void {
    this.feedback = read;
  }

  /** The metrics in Prometheus text format. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  /** The metrics as JSON, for a manager to aggregate. */
  json(): Promise<MetricsJson> {
    return this.registry.getMetricsAsJSON();
  }

  private gatewayGauges(registers: Registry[]): void {
    const shards = () => [...(this.client?.ws.shards.values() ?? [])];
    new Gauge({
      name: `${PREFIX}gateway_ready`,
      help: '1 when the shard is connected to the gateway and ready, else 0',
      labelNames: ['shard'],
      registers,
      collect: () => {
        for (const shard of shards()) this.gaugeOf('gateway_ready').set({ shard: String(shard.id) }, shard.status === Status.Ready ? 1 : 0);
      },
    });
    new Gauge({
      name: `${PREFIX}gateway_ping_seconds`,
      help: 'Last heartbeat round trip of the shard (absent until the first one)',
      labelNames: ['shard'],
      registers,
      collect: () => {
        for (const shard of shards()) if (shard.ping >= 0) this.gaugeOf('gateway_ping_seconds').set({ shard: String(shard.id) }, shard.ping / 1000);
      },
    });
  }

  private gauge(name: string, help: string, read: () => number, aggregator: 'sum' | 'max' = 'sum'): void {
    new Gauge({
      name: `${PREFIX}${name}`,
      help,
      aggregator,
      registers: [this.registry],
      collect() {
        this.set(read());
      },
    });
  }

  private gaugeOf(name: string): Gauge<'shard' | 'vote'> {
    return this.registry.getSingleMetric(`${PREFIX}${name}`) as Gauge<'shard' | 'vote'>;
  }
}

/** One registry summing (or, per metric, max-ing) the metrics of several processes. */
export function aggregateMetrics(parts: readonly MetricsJson[]): Promise<string> {
  return AggregatorRegistry.aggregate([...parts]).metrics();
}

/** The content type of {@link Metrics.text} and {@link aggregateMetrics}. */
export const METRICS_CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE;
