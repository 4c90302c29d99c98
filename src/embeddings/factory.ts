import type { Article } from '../article/article.js';
import type { Config } from '../config.js';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { LocalEmbeddings } from './local.js';

/** An embedder and the id that names its technique and settings. */
export interface Embedder {
  id: string;
  embeddings: EmbeddingsInterface;
  /**
   * The same embedder fitted on another corpus, for embedders that learn from the texts they
   * index (the local one's IDF). A saved index is queried with the embedder fitted on the corpus
   * it was built from, whatever articles were added since.
   */
  fitted?(corpus: readonly string[]): Embedder;
}

/**
 * The embedder the config asks for. The local one is fitted on the articles' paragraphs (its IDF
 * depends on them); the OpenAI one is loaded only when chosen, to keep offline start-up fast.
 */
export async function createEmbedder(config: Config, articles: readonly Article[]): Promise<Embedder> {
  if (config.llm.embeddings === 'openai') {
    const { createOpenAIEmbeddings } = await import('../llm/models.js');
    return { id: `openai:${config.llm.embeddingsModel}`, embeddings: createOpenAIEmbeddings(config) };
  }
  return localEmbedder(articles.flatMap((a) => a.paragraphs.map((p) => p.text)));
}

function localEmbedder(corpus: readonly string[]): Embedder {
  const local = new LocalEmbeddings().fit(corpus);
  return { id: `${local.id}:d${local.dimensions}`, embeddings: local, fitted: localEmbedder };
}
