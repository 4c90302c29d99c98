import type { Answer, AnswerEngine } from '../answer/types.js';

/** How a question ended, as `/metrics` counts it. */
export type AnswerOutcome = 'answered' | 'low_confidence' | 'refused' | 'error';

/** Why an LLM-mode answer or summary was written by the extractive engine instead. */
export type FallbackReason = 'model_error' | 'empty_reply' | 'bad_format' | 'unverified' | 'queue_full' | 'deadline' | 'shutdown';

/** Numbers read when metrics are scraped rather than counted as they happen. */
export type Gauge = 'answers_in_flight' | 'model_queue';

/**
 * What the answering code reports for `/metrics`. The bot passes a Prometheus-backed one
 * (src/ops/metrics.ts, loaded only when metrics are served); everything else gets
 * {@link noTelemetry}, so the CLI never loads prom-client.
 */
export interface Telemetry {
  /** A question was answered (or failed) after `seconds`. */
  answered(mode: AnswerEngine, outcome: AnswerOutcome, seconds: number): void;
  llmFallback(reason: FallbackReason): void;
  /** A question was refused because `MAX_CONCURRENT_ANSWERS` were already in progress. */
  busyRejected(): void;
  /** Registers where the current value of `gauge` is read from. */
  observe(gauge: Gauge, read: () => number): void;
}

/** Reports nothing. */
export const noTelemetry: Telemetry = {
  answered: () => undefined,
  llmFallback: () => undefined,
  busyRejected: () => undefined,
  observe: () => undefined,
};

/** The outcome of an answer: a refusal says the article does not answer; a low-confidence answer gives the closest passage. */
export function outcomeOf(answer: Pick<Answer, 'found' | 'confidence'>): AnswerOutcome {
  if (!answer.found) return 'refused';
  return answer.confidence === 'low' ? 'low_confidence' : 'answered';
}
