import { statSync, watch, type FSWatcher } from 'node:fs';
import type { Logger } from 'pino';
import { articleFiles, noArticlesError, readArticleFile, warnSkipped, type Article, type SkippedFile } from './article.js';

/** Quiet time after the last change in the folder before it is read again: editors write in bursts. */
const SETTLE_MS = 300;
/** ...but a folder that keeps changing is still read at least this often. */
const MAX_WAIT_MS = 2_000;

/** What identifies a file's version without reading it. */
function signature(path: string): string | undefined {
  try {
    const { mtimeMs, size, ino } = statSync(path);
    return `${ino}:${size}:${mtimeMs}`;
  } catch {
    return undefined; // a dangling symlink or a file gone since the listing: read it to learn why
  }
}

/**
 * The articles folder, read again on demand: only files whose size, inode or modification time
 * changed are re-read, and a file that is not a valid article is warned about once per version
 * (one line naming the file and why), not at every scan.
 */
export class ArticleFolder {
  private readonly known = new Map<string, { signature: string | undefined; read: { article: Article } | SkippedFile }>();

  constructor(
    readonly dir: string,
    private readonly logger: Logger,
  ) {}

  /**
   * The valid articles of the folder now, in file-name order. Throws a one-line
   * `ConfigError` when the folder is missing or holds no valid article.
   */
  scan(): Article[] {
    const files = articleFiles(this.dir);
    const articles: Article[] = [];
    const skipped: SkippedFile[] = [];
    for (const path of files) {
      const current = signature(path);
      let entry = this.known.get(path);
      if (!entry || current === undefined || entry.signature !== current) {
        entry = { signature: current, read: readArticleFile(path) };
        this.known.set(path, entry);
        if ('reason' in entry.read) warnSkipped(this.logger, entry.read);
      }
      if ('article' in entry.read) articles.push(entry.read.article);
      else skipped.push(entry.read);
    }
    for (const path of this.known.keys()) if (!files.includes(path)) this.known.delete(path);
    if (articles.length === 0) throw noArticlesError(this.dir, skipped);
    return articles;
  }

  /**
   * Calls `onChange` once the folder has settled after files were added, changed, renamed or
   * removed. Returns a function that stops watching. The watch does not keep the process alive.
   */
  watch(onChange: () => void): () => void {
    let timer: NodeJS.Timeout | undefined;
    let firstEvent = 0;
    const fire = () => {
      timer = undefined;
      onChange();
    };
    let watcher: FSWatcher;
    try {
      watcher = watch(this.dir, { persistent: false }, () => {
        const now = Date.now();
        if (!timer) firstEvent = now;
        clearTimeout(timer);
        timer = setTimeout(fire, Math.max(0, Math.min(SETTLE_MS, firstEvent + MAX_WAIT_MS - now))).unref();
      });
    } catch (err) {
      this.logger.warn({ dir: this.dir, err }, 'cannot watch the articles folder: changes need a restart');
      return () => undefined;
    }
    watcher.on('error', (err) => this.logger.warn({ dir: this.dir, err }, 'stopped watching the articles folder: changes need a restart'));
    return () => {
      clearTimeout(timer);
      watcher.close();
    };
  }
}
