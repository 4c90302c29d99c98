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

/**
 * Paragraphs embedded and inserted per step: large enough for a remote embedder's batching,
 * small enough that the vectors of a 100k-paragraph archive are never all in memory at once.
 */
const BATCH = 1000;

/** Embeds every paragraph of every article into a fresh index sized for all of them up front. */
export async function buildStore(articles: readonly Article[], embeddings: EmbeddingsInterface): Promise<HnswStore> {
  const documents = articles.flatMap(toDocuments);
  const vectorStore = new HnswVectorStore(embeddings, undefined, { capacity: documents.length });
  for (let start = 0; start < documents.length; start += BATCH) {
    await vectorStore.addDocuments(documents.slice(start, start + BATCH));
  }
  if (!vectorStore.hnsw) throw new Error('No paragraphs to index');
  return vectorStore.hnsw;
}
