import { existsSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import hnswlib from 'hnswlib-node';

/** What a worker builds: one graph shard over a range of rows of the shared vectors. */
export interface ShardJob {
  /** Row `label` is the vector of passage `label`, `dimensions` floats each. */
  vectors: SharedArrayBuffer;
  dimensions: number;
  /** Labels `from` (inclusive) to `to` (exclusive) go into this shard. */
  from: number;
  to: number;
  m: number;
  efConstruction: number;
  seed: number;
  /** Where the finished graph is written. */
  file: string;
}

/** Rows inserted since the last message; `done` once the graph is written to the job's file. */
export interface ShardMessage {
  inserted: number;
  done: boolean;
}

/** Rows between progress messages. */
const REPORT_EVERY = 1024;

/** Builds the shard of {@link HnswStore.buildSharded}: runs as a worker thread. */
function buildShard(job: ShardJob, port: NonNullable<typeof parentPort>): void {
  const rows = new Float32Array(job.vectors);
  const index = new hnswlib.HierarchicalNSW('cosine', job.dimensions);
  index.initIndex(Math.max(job.to - job.from, 1), job.m, job.efConstruction, job.seed);
  let pending = 0;
  for (let label = job.from; label < job.to; label++) {
    index.addPoint(Array.from(rows.subarray(label * job.dimensions, (label + 1) * job.dimensions)), label);
    if (++pending === REPORT_EVERY) {
      port.postMessage({ inserted: pending, done: false } satisfies ShardMessage);
      pending = 0;
    }
  }
  index.writeIndexSync(job.file);
  // hnswlib does not report a write that failed: it would only show when the file is read back.
  if (!existsSync(job.file)) throw new Error(`Could not write the graph shard to ${job.file}`);
  port.postMessage({ inserted: pending, done: true } satisfies ShardMessage);
}

if (parentPort) buildShard(workerData as ShardJob, parentPort);
