import { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { passageKey, type Article } from '../article/article.js';
import type { HnswStore, PassageMetadata } from './hnsw-store.js';
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

/** Paragraphs embedded at once: progress moves on a single long article, and memory stays flat. */
const BATCH = 256;

/**
 * Embeds every paragraph of every article into a fresh index, in order (each article's labels
 * are consecutive), in batches, calling `onProgress` after each batch.
 */
export async function buildStore(
  articles: readonly Article[],
  embeddings: EmbeddingsInterface,
  onProgress?: (progress: BuildProgress) => void,
): Promise<HnswStore> {
  const started = performance.now();
  const documents = articles.flatMap(toDocuments);
  // The index of the article each document completes, so progress can count whole articles.
  const lastOf = new Map<number, number>();
  let end = 0;
  articles.forEach((article, i) => lastOf.set((end += article.paragraphs.length) - 1, i + 1));
  const vectorStore = new HnswVectorStore(embeddings);
  let doneArticles = 0;
  for (let from = 0; from < documents.length; from += BATCH) {
    const batch = documents.slice(from, from + BATCH);
    await vectorStore.addDocuments(batch);
    for (let i = from; i < from + batch.length; i++) doneArticles = lastOf.get(i) ?? doneArticles;
    onProgress?.({
      articles: doneArticles,
      articlesTotal: articles.length,
      paragraphs: from + batch.length,
      paragraphsTotal: documents.length,
      elapsedMs: performance.now() - started,
    });
  }
  if (!vectorStore.hnsw) throw new Error('No paragraphs to index');
  return vectorStore.hnsw;
}
