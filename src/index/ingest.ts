import { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { passageKey, type Article } from '../article/article.js';
import { embedsRows } from '../embeddings/local.js';
import { HnswStore, SHARD_MIN, shardStarts, type PassageMetadata } from './hnsw-store.js';
import { HnswVectorStore } from './vector-store.js';

/** One LangChain `Document` per paragraph: paragraphs are what the bot cites. */
export function toDocuments(article: Article): Document<PassageMetadata>[] {
  return article.paragraphs.map(
    (p) =>
      new Document<PassageMetadata>({
        pageContent: p.text,
        metadata: { articleId: article.id, paragraph: p.number, title: article.title, date: article.date },
        id: passageKey(article.id, p.number),
      }),
  );
}

/** How far an index build has got, reported after each batch of paragraphs. */
export interface BuildProgress {
  /** Articles whose paragraphs are all embedded. */
  articles: number;
  articlesTotal: number;
  paragraphs: number;
  paragraphsTotal: number;
  elapsedMs: number;
}

/**
 * Paragraphs embedded at once: progress moves on a single long article, and the vectors of a
 * 100k-paragraph archive are never all in memory at once.
 */
const BATCH = 256;

/** How {@link buildStore} builds. */
export interface BuildOptions {
  onProgress?: (progress: BuildProgress) => void;
  /** Graph shards; by default two from {@link SHARD_MIN} paragraphs on, else one. */
  shards?: number;
  /**
   * Other work of the build, run on this thread while worker threads insert into the graph
   * shards (after the graph when there is one shard).
   */
  alongside?: () => void;
  /** Filled with the time spent embedding and building the graph (`graphMs` includes {@link alongside}'s). */
  timings?: { embedMs: number; graphMs: number };
}

/**
 * Embeds every paragraph of every article into a fresh index, in order (each article's labels
 * are consecutive), in batches, calling `onProgress` as paragraphs are inserted. A large archive
 * is inserted into two graph shards at once, on worker threads (see {@link HnswStore.buildSharded}).
 */
export async function buildStore(articles: readonly Article[], embeddings: EmbeddingsInterface, options: BuildOptions = {}): Promise<HnswStore> {
  const started = performance.now();
  const documents = articles.flatMap(toDocuments);
  // Where each article's paragraphs end, so progress can count whole articles.
  const ends: number[] = [];
  let end = 0;
  for (const article of articles) ends.push((end += article.paragraphs.length));
  const report = (inserted: number, articlesDone: number) =>
    options.onProgress?.({
      articles: articlesDone,
      articlesTotal: articles.length,
      paragraphs: inserted,
      paragraphsTotal: documents.length,
      elapsedMs: performance.now() - started,
    });
  const shards = options.shards ?? (documents.length >= SHARD_MIN ? 2 : 1);
  if (shards > 1 && documents.length >= shards) return buildShardedStore(documents, embeddings, shards, ends, report, options);

  // Sized for the whole archive up front: no graph copies while it grows.
  const vectorStore = new HnswVectorStore(embeddings, undefined, { capacity: documents.length });
  let embedMs = 0;
  for (let from = 0; from < documents.length; from += BATCH) {
    const batch = documents.slice(from, from + BATCH);
    const t = performance.now();
    const vectors = await embeddings.embedDocuments(batch.map((d) => d.pageContent));
    embedMs += performance.now() - t;
    await vectorStore.addVectors(vectors, batch);
    report(from + batch.length, countUpTo(ends, from + batch.length));
  }
  if (!vectorStore.hnsw) throw new Error('No paragraphs to index');
  options.alongside?.();
  if (options.timings) Object.assign(options.timings, { embedMs, graphMs: performance.now() - started - embedMs });
  return vectorStore.hnsw;
}

/**
 * Embeds the documents into one shared matrix (at once with an embedder that fills rows, else
 * in batches), then has {@link HnswStore.buildSharded} insert its rows into `shards` graphs at
 * once, while `alongside` runs here.
 */
async function buildShardedStore(
  documents: readonly Document<PassageMetadata>[],
  embeddings: EmbeddingsInterface,
  shards: number,
  ends: readonly number[],
  report: (inserted: number, articlesDone: number) => void,
  { alongside, timings }: BuildOptions,
): Promise<HnswStore> {
  const started = performance.now();
  let rows: Float32Array | undefined;
  let dimensions = 0;
  const shared = (rowCount: number) => new Float32Array(new SharedArrayBuffer(rowCount * dimensions * Float32Array.BYTES_PER_ELEMENT));
  if (embedsRows(embeddings)) {
    // The local embedder fills the matrix at once, from the words its fit already cut.
    dimensions = embeddings.dimensions;
    rows = shared(documents.length);
    embeddings.embedRows(
      documents.map((d) => d.pageContent),
      rows,
    );
  } else {
    for (let from = 0; from < documents.length; from += BATCH) {
      const vectors = await embeddings.embedDocuments(documents.slice(from, from + BATCH).map((d) => d.pageContent));
      if (from === 0) {
        dimensions = vectors[0]!.length;
        rows = shared(documents.length);
      }
      vectors.forEach((vector, i) => {
        if (vector.length !== dimensions) throw new Error(`Vector has ${vector.length} dimensions, index expects ${dimensions}`);
        rows!.set(vector, (from + i) * dimensions);
      });
    }
  }
  // Each shard inserts consecutive labels from its first: an article is done when its last label is.
  const firsts = shardStarts(documents.length, shards);
  const inserted = new Array<number>(shards).fill(0);
  const passages = documents.map((d) => ({ pageContent: d.pageContent, metadata: d.metadata }));
  const embedded = performance.now();
  // The workers start before this returns (they are spawned before its first await).
  const building = HnswStore.buildSharded(rows!, dimensions, passages, shards, (shard, count) => {
    inserted[shard]! += count;
    const articlesDone = firsts.reduce((sum, first, s) => sum + countUpTo(ends, first + inserted[s]!) - countUpTo(ends, first), 0);
    report(
      inserted.reduce((sum, n) => sum + n, 0),
      articlesDone,
    );
  });
  try {
    alongside?.();
  } catch (error) {
    await building.catch(() => undefined);
    throw error;
  }
  const store = await building;
  if (timings) Object.assign(timings, { embedMs: embedded - started, graphMs: performance.now() - embedded });
  return store;
}

/** How many of the ascending `ends` are at most `limit` (binary search). */
function countUpTo(ends: readonly number[], limit: number): number {
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ends[mid]! <= limit) low = mid + 1;
    else high = mid;
  }
  return low;
}
