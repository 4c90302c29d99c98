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

/** Embeds every paragraph of every article into a fresh index. */
export async function buildStore(articles: readonly Article[], embeddings: EmbeddingsInterface): Promise<HnswStore> {
  const vectorStore = await HnswVectorStore.fromDocuments(articles.flatMap(toDocuments), embeddings);
  if (!vectorStore.hnsw) throw new Error('No paragraphs to index');
  return vectorStore.hnsw;
}
