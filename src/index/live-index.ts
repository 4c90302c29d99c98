import type { Logger } from 'pino';
import type { Answerer } from '../answer/answerer.js';
import type { ExtractiveAnswerer } from '../answer/extractive.js';
import type { Article } from '../article/article.js';
import { Catalog } from '../article/catalog.js';
import type { ArticleFolder } from '../article/folder.js';
import type { Embedder } from '../embeddings/factory.js';
import { UserError } from '../errors.js';
import { localized } from '../i18n.js';
import { Retriever } from '../retrieval/retriever.js';
import type { BuildProgress } from './ingest.js';
import { openIndex, type OpenedIndex } from './open-index.js';
import { hasChanges, updateIndex, type ArticleChanges } from './update-index.js';

/** The answering engines over one retriever; `createContext` decides which (extractive, or LLM with its fallback). */
export interface Engines {
  extractive: ExtractiveAnswerer;
  answerer: Answerer;
}

/** Builds the engines for a retriever: called for each snapshot and each article a user picks. */
export type EngineFactory = (retriever: Retriever) => Engines;

/** Everything that answers from one article only (the `article:` option). */
export interface ArticleScope extends Engines {
  article: Article;
  retriever: Retriever;
}

/**
 * The articles and the index at one moment, with the engines over them. Never changes: an update
 * makes a new snapshot, so an answer that took one sees the old state or the new one, never half
 * of each. Vector searches go through a view that only returns the snapshot's own passages,
 * whatever the shared hnswlib index gained since.
 */
export class Snapshot implements Engines {
  readonly catalog: Catalog;
  readonly retriever: Retriever;
  readonly extractive: ExtractiveAnswerer;
  readonly answerer: Answerer;
  private readonly scopes = new Map<string, ArticleScope>();

  constructor(
    readonly index: OpenedIndex,
    articles: readonly Article[],
    private readonly engines: EngineFactory,
  ) {
    this.catalog = new Catalog(articles);
    this.retriever = this.retrieverFor(this.catalog.articles);
    ({ extractive: this.extractive, answerer: this.answerer } = engines(this.retriever));
  }

  /** The articles, newest first. */
  get articles(): readonly Article[] {
    return this.catalog.articles;
  }

  /** The newest article: summaries and ¶ numbers refer to it when no article is chosen. */
  get article(): Article {
    return this.catalog.newest;
  }

  /** Paragraphs of all articles. */
  get paragraphs(): number {
    return this.articles.reduce((sum, a) => sum + a.paragraphs.length, 0);
  }

  /**
   * The article with this id or short key, or the only one whose title or date contains what was
   * typed; a {@link UserError} saying how to find one when there is none.
   */
  find(ref: string): Article {
    const article = this.catalog.resolve(ref);
    if (!article) throw new UserError(localized('unknownArticle', { article: ref.trim().slice(0, 60) || '""' }));
    return article;
  }

  /** Engines that answer from one article only (made on first use, then kept with the snapshot). */
  scope(ref: string): ArticleScope {
    const article = this.find(ref);
    let scope = this.scopes.get(article.id);
    if (!scope) {
      const retriever = this.retrieverFor([article]);
      scope = { article, retriever, ...this.engines(retriever) };
      this.scopes.set(article.id, scope);
    }
    return scope;
  }

  private retrieverFor(articles: readonly Article[]): Retriever {
    const ids = new Set(articles.map((a) => a.id));
    const { store } = this.index;
    // One byte per label rather than a set of 100k numbers: this runs at every cold start.
    const labels = new Uint8Array(store.size);
    let own = 0;
    for (const entry of this.index.manifest.articles) {
      if (!ids.has(entry.id)) continue;
      labels.fill(1, entry.firstLabel, entry.firstLabel + entry.paragraphs);
      own += entry.paragraphs;
    }
    const filter = (label: number) => labels[label] === 1;
    // While every passage of the index is the snapshot's, the filter would let all through: hnswlib
    // would still call it for each of the thousands of candidates a search visits.
    const view = {
      search: (vector: readonly number[], k: number) => store.search(vector, k, own === labels.length && store.size === labels.length ? undefined : filter),
    };
    return new Retriever(articles, view, this.index.embedder.embeddings, this.index.lexical);
  }
}

/** What a full rebuild (`/reindex`) did. */
export interface RebuildReport {
  articles: number;
  paragraphs: number;
  ms: number;
}

/** What {@link LiveIndex.open} needs. */
export interface LiveIndexOptions {
  folder: ArticleFolder;
  /** Creates the embedder for a full build, fitted on these articles. */
  embedder: (articles: readonly Article[]) => Promise<Embedder>;
  dir: string;
  logger: Logger;
  engines: EngineFactory;
  forceRebuild?: boolean;
  onProgress?: (progress: BuildProgress) => void;
}

/**
 * The articles folder and its vector index, kept up to date while the bot runs: {@link refresh}
 * re-reads the folder and updates the index in place (only the changed articles are embedded),
 * {@link rebuild} rebuilds it in full; both run one at a time, and each ends by swapping in a
 * new {@link Snapshot}, which is what questions are answered from.
 */
export class LiveIndex {
  private snapshot: Snapshot;
  private queue: Promise<unknown> = Promise.resolve();
  private pendingRefresh: Promise<ArticleChanges | undefined> | undefined;
  private rebuilding: Promise<RebuildReport> | undefined;
  private stopWatching: (() => void) | undefined;

  private constructor(
    private readonly options: LiveIndexOptions,
    snapshot: Snapshot,
  ) {
    this.snapshot = snapshot;
  }

  /** Reads the folder and opens (or builds, or brings up to date) the index. */
  static async open(options: LiveIndexOptions): Promise<LiveIndex> {
    const articles = options.folder.scan();
    const index = await openIndex({
      articles,
      embedder: await options.embedder(articles),
      dir: options.dir,
      logger: options.logger,
      forceRebuild: options.forceRebuild,
      onProgress: options.onProgress,
    });
    return new LiveIndex(options, new Snapshot(index, articles, options.engines));
  }

  /** What questions are answered from right now. */
  get current(): Snapshot {
    return this.snapshot;
  }

  /** True while `/reindex` is running. */
  get isRebuilding(): boolean {
    return this.rebuilding !== undefined;
  }

  /**
   * Re-reads the folder and applies what changed. A folder left with no valid article, or an
   * embedder that fails, leaves the current snapshot serving (and is logged); calls made while
   * one runs are merged into one more run. Resolves with the changes applied, if any.
   */
  refresh(): Promise<ArticleChanges | undefined> {
    this.pendingRefresh ??= this.enqueue(async () => {
      this.pendingRefresh = undefined;
      try {
        const articles = this.options.folder.scan();
        const { index, changes } = await updateIndex(this.snapshot.index, articles, this.options.dir, this.options.logger);
        if (hasChanges(changes)) this.snapshot = new Snapshot(index, articles, this.options.engines);
        return changes;
      } catch (err) {
        this.options.logger.warn({ err }, 'articles folder changed, but the update failed: still serving the previous articles');
        return undefined;
      }
    });
    return this.pendingRefresh;
  }

  /**
   * Rebuilds the index in full from the folder (a new embedder fit, a new graph without deleted
   * passages), in the background of the current snapshot, which keeps answering until the new one
   * replaces it. A second call while one runs joins it.
   */
  rebuild(): Promise<RebuildReport> {
    this.rebuilding ??= this.enqueue(async () => {
      const started = performance.now();
      try {
        const articles = this.options.folder.scan();
        const index = await openIndex({
          articles,
          embedder: await this.options.embedder(articles),
          dir: this.options.dir,
          logger: this.options.logger,
          forceRebuild: true,
        });
        this.snapshot = new Snapshot(index, articles, this.options.engines);
        return { articles: articles.length, paragraphs: this.snapshot.paragraphs, ms: Math.round(performance.now() - started) };
      } finally {
        this.rebuilding = undefined;
      }
    });
    return this.rebuilding;
  }

  /**
   * Watches the folder and {@link refresh}es after each change (a no-op when already watching);
   * `rescanMs` is how often it also checks without a change event.
   */
  watch(rescanMs?: number): void {
    this.stopWatching ??= this.options.folder.watch(() => void this.refresh(), rescanMs);
  }

  /** Stops watching; waits for an update under way. */
  async close(): Promise<void> {
    this.stopWatching?.();
    this.stopWatching = undefined;
    await this.queue.catch(() => undefined);
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
