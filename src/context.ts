import { join } from 'node:path';
import type { Article } from './article/article.js';
import { ArticleFolder } from './article/folder.js';
import { ARTICLE_CACHE_FILE } from './article/folder-cache.js';
import type { Answerer } from './answer/answerer.js';
import { ExtractiveAnswerer } from './answer/extractive.js';
import type { Config } from './config.js';
import { createEmbedder } from './embeddings/factory.js';
import type { BuildProgress } from './index/ingest.js';
import { LiveIndex, type EngineFactory } from './index/live-index.js';
import type { OpenedIndex } from './index/open-index.js';
import type { Logger } from './logger.js';
import { noTelemetry, type Telemetry } from './ops/telemetry.js';
import type { Retriever } from './retrieval/retriever.js';

/**
 * Everything a command handler needs, built once at start and passed in. The article fields read
 * the live index's current snapshot: read one of them once per operation (an answerer answers a
 * whole question from its snapshot), or take `library.current` for several.
 */
export interface BotContext {
  config: Config;
  logger: Logger;
  /** The articles folder and its index, updated while the bot runs. */
  library: LiveIndex;
  /** The articles, newest first. */
  readonly articles: readonly Article[];
  /** The newest article: what summaries and ¶ numbers refer to when no article is chosen. */
  readonly article: Article;
  readonly index: OpenedIndex;
  readonly retriever: Retriever;
  /** The engine that answers: LLM when configured, else extractive. */
  readonly answerer: Answerer;
  /** Always available: quotes, closest passages and the LLM's fallback. */
  readonly extractive: ExtractiveAnswerer;
  /** Where answers, fallbacks and refusals are counted for `/metrics` (nowhere unless it is served). */
  readonly telemetry: Telemetry;
}

/** How {@link createContext} opens the index. */
export interface ContextOptions {
  /** Rebuild even if the saved index matches (`npm run index`). */
  forceRebuild?: boolean;
  /** Progress of a full index build. */
  onProgress?: (progress: BuildProgress) => void;
  /** Where the bot counts answers for `/metrics`. */
  telemetry?: Telemetry;
}

/**
 * Loads the articles, opens (or builds, or updates) the vector index and wires the answering
 * engines: article → paragraphs → embeddings → index → retrieval → answerer.
 */
export async function createContext(config: Config, logger: Logger, options: ContextOptions = {}): Promise<BotContext> {
  const { telemetry = noTelemetry, ...indexOptions } = options;
  const library = await LiveIndex.open({
    folder: new ArticleFolder(config.articlesDir, logger, join(config.embeddingsDir, ARTICLE_CACHE_FILE)),
    embedder: (articles) => createEmbedder(config, articles),
    dir: config.embeddingsDir,
    logger,
    engines: await engineFactory(config, logger, telemetry),
    ...indexOptions,
  });
  const { index } = library.current;
  if (index.rebuiltBecause) logger.info({ reason: index.rebuiltBecause, embedder: index.embedder.id }, 'vector index built');
  return {
    config,
    logger,
    library,
    telemetry,
    get articles() {
      return library.current.articles;
    },
    get article() {
      return library.current.article;
    },
    get index() {
      return library.current.index;
    },
    get retriever() {
      return library.current.retriever;
    },
    get answerer() {
      return library.current.answerer;
    },
    get extractive() {
      return library.current.extractive;
    },
  };
}

/**
 * A context that is `base` with some fields replaced. Unlike `{ ...base }`, it keeps reading the
 * live snapshot for the fields it does not replace.
 */
export function deriveContext<T extends object, O extends object>(base: T, overrides: O): Omit<T, keyof O> & O {
  return Object.create(base, Object.getOwnPropertyDescriptors(overrides)) as Omit<T, keyof O> & O;
}

/** The engines for each snapshot; LLM answerers all share the first one's model client and queue. */
async function engineFactory(config: Config, logger: Logger, telemetry: Telemetry): Promise<EngineFactory> {
  const offline: EngineFactory = (retriever) => {
    const extractive = new ExtractiveAnswerer(retriever);
    return { extractive, answerer: extractive };
  };
  if (config.llm.answerMode !== 'llm') return offline;
  const { LlmAnswerer } = await import('./llm/llm-answerer.js');
  let first: InstanceType<typeof LlmAnswerer> | undefined;
  return (retriever) => {
    const { extractive } = offline(retriever);
    const answerer = new LlmAnswerer({ config, logger, retriever, extractive, sharing: first, telemetry });
    first ??= answerer;
    return { extractive, answerer };
  };
}
