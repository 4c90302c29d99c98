import type { Article } from '../article/article.js';
import type { Config } from '../config.js';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { LocalEmbeddings } from './local.js';

/** An embedder and the id that names its technique and settings. */
export interface Embedder {
  id: string;
  embeddings: EmbeddingsInterface;
  /**
   * Weights learnt from the articles (the local embedder's IDF), saved with the index so that
   * loading it does not refit; absent for a pretrained model.
   */
  weights?: { save(): Buffer; restore(data: Buffer): void };
}

/**
 * The embedder the config asks for. The local one is fitted on the articles' paragraphs (its IDF
 * depends on them) when it first embeds, unless the saved index restores its weights first; the
 * OpenAI one is loaded only when chosen, to keep offline start-up fast.
 */
export async function createEmbedder(config: Config, articles: readonly Article[]): Promise<Embedder> {
  if (config.llm.embeddings === 'openai') {
    const { createOpenAIEmbeddings } = await import('../llm/models.js');
    return { id: `openai:${config.llm.embeddingsModel}`, embeddings: createOpenAIEmbeddings(config) };
  }
  const local = new LocalEmbeddings().fitOnFirstUse(() => articles.flatMap((a) => a.paragraphs.map((p) => p.text)));
  return {
    id: `${local.id}:d${local.dimensions}`,
    embeddings: local,
    weights: { save: () => local.saveWeights(), restore: (data) => local.restoreWeights(data) },
  };
}
