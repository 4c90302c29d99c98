import { loadArticles, type Article } from './article/article.js';
import type { Answerer } from './answer/answerer.js';
import { ExtractiveAnswerer } from './answer/extractive.js';
import type { Config } from './config.js';
import { createEmbedder } from './embeddings/factory.js';
import { openIndex, type OpenedIndex } from './index/open-index.js';
import type { Logger } from './logger.js';
import { noTelemetry, type Telemetry } from './ops/telemetry.js';
import { Retriever } from './retrieval/retriever.js';

/** Everything a command handler needs, built once at start and passed in. */
export interface BotContext {
  config: Config;
  logger: Logger;
  articles: Article[];
  /** The article that summaries and ¶ numbers refer to. */
  article: Article;
  index: OpenedIndex;
  retriever: Retriever;
  /** The engine that answers: LLM when configured, else extractive. */
  answerer: Answerer;
  /** Always available: quotes, closest passages and the LLM's fallback. */
  extractive: ExtractiveAnswerer;
  /** Where answers, fallbacks and refusals are counted for `/metrics` (nowhere unless it is served). */
  telemetry: Telemetry;
}

/**
 * Loads the articles, opens (or rebuilds) the vector index and wires the answering engines:
 * article → paragraphs → embeddings → index → retrieval → answerer.
 */
export async function createContext(config: Config, logger: Logger, options: { forceRebuild?: boolean; telemetry?: Telemetry } = {}): Promise<BotContext> {
  const articles = loadArticles(config.articlesDir);
  const embedder = await createEmbedder(config, articles);
  const index = await openIndex({ articles, embedder, dir: config.embeddingsDir, logger, forceRebuild: options.forceRebuild });
  if (index.rebuiltBecause) logger.info({ reason: index.rebuiltBecause, embedder: embedder.id }, 'vector index built');
  const retriever = new Retriever(articles, index.store, embedder.embeddings);
  const extractive = new ExtractiveAnswerer(retriever);
  const telemetry = options.telemetry ?? noTelemetry;
  let answerer: Answerer = extractive;
  if (config.llm.answerMode === 'llm') {
    const { LlmAnswerer } = await import('./llm/llm-answerer.js');
    answerer = new LlmAnswerer({ config, logger, retriever, extractive, telemetry });
  }
  return { config, logger, articles, article: articles[0]!, index, retriever, answerer, extractive, telemetry };
}
