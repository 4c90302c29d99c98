import { statSync, watch, type FSWatcher } from 'node:fs';
import type { Logger } from 'pino';
import { articleFiles, noArticlesError, readArticleFile, warnSkipped, type Article, type SkippedFile } from './article.js';
import { cachedArticle, FolderCache } from './folder-cache.js';

/** Quiet time after the last change in the folder before it is read again: editors write in bursts. */
const SETTLE_MS = 300;
/** ...but a folder that keeps changing is still read at least this often. */
const MAX_WAIT_MS = 2_000;
/** How often the folder is checked even without events. */
const RESCAN_MS = 30_000;
/**
 * A file modified this long or less before it was read may have been rewritten since with the same size and
 * modification time (file systems that keep whole seconds, or two: FAT), so its signature proves nothing: it is
 * read again at the next scan, and not served from the saved cache, until one read it that much later
 * (git's "racily clean" entries).
 */
const RACY_MS = 2_000;

/** What identifies a file's version without reading it. */
function signature(path: string): string | undefined {
  try {
    const { mtimeMs, size, ino } = statSync(path);
    return `${ino}:${size}:${mtimeMs}`;
  } catch {
    return undefined; // a dangling symlink or a file gone since the listing: read it to learn why
  }
}

/** Does the version still stand for the file read at `readAt`: is it the same, and was the file modified well before? */
function stillRead(saved: string | undefined, current: string, readAt: number): boolean {
  return saved === current && Number(current.split(':')[2]) < readAt - RACY_MS;
}

/**
 * The articles folder, read again on demand: only files whose size, inode or modification time
 * changed are re-read, and a file that is not a valid article is warned about once per version
 * (one line naming the file and why), not at every scan. Given a cache file, what was parsed is
 * saved there, and the next process's first scan reads only the files changed since (see {@link FolderCache}).
 */
export class ArticleFolder {
  /** Each file as last read: its signature then, when it was read (ms since the epoch), and what it held. */
  private readonly known = new Map<string, { signature: string | undefined; readAt: number; read: { article: Article } | SkippedFile }>();
  private readonly cache: FolderCache | undefined;

  constructor(
    readonly dir: string,
    private readonly logger: Logger,
    /** Where parsed articles are kept between runs (in the index folder); none: every start reads every file. */
    cacheFile?: string,
  ) {
    this.cache = cacheFile === undefined ? undefined : new FolderCache(cacheFile, logger);
  }

  /**
   * The valid articles of the folder now, in file-name order. Throws a one-line
   * `ConfigError` when the folder is missing or holds no valid article.
   */
  scan(): Article[] {
    const files = articleFiles(this.dir);
    // The saved cache serves the first scan; later scans have the files they read in memory.
    const loaded = this.cache && this.known.size === 0 ? this.cache.load() : undefined;
    const saved = loaded?.entries;
    // A cache saved without the paragraphs' texts (by an older version) is saved again with them.
    let changed = loaded !== undefined && loaded.entries.size > 0 && !loaded.texts;
    let fromCache = 0;
    const articles: Article[] = [];
    const skipped: SkippedFile[] = [];
    for (const path of files) {
      const current = signature(path);
      let entry = this.known.get(path);
      if (!entry || current === undefined || !stillRead(entry.signature, current, entry.readAt)) {
        const cached = current === undefined ? undefined : saved?.get(path);
        if (cached && current !== undefined && stillRead(cached.signature, current, cached.readAt)) {
          entry = { signature: current, readAt: cached.readAt, read: { article: cachedArticle(cached) } };
          fromCache++;
        } else {
          const warned = entry !== undefined && entry.signature === current && 'reason' in entry.read;
          entry = { signature: current, readAt: Date.now(), read: readArticleFile(path) };
          changed = true;
          // A file read again only because it was modified just before its last read is warned about once.
          if ('reason' in entry.read && !warned) warnSkipped(this.logger, entry.read);
        }
        this.known.set(path, entry);
      }
      if ('article' in entry.read) articles.push(entry.read.article);
      else skipped.push(entry.read);
    }
    // A set, not `files.includes`: a linear search per known file is quadratic in an archive of thousands.
    const listed = new Set(files);
    for (const path of this.known.keys()) {
      if (listed.has(path)) continue;
      this.known.delete(path);
      changed = true;
    }
    if (saved && fromCache !== saved.size) changed = true;
    if (changed && this.cache) {
      this.cache.save(
        [...this.known.values()].flatMap(({ signature, readAt, read }) => (signature !== undefined && 'article' in read ? [{ signature, readAt, article: read.article }] : [])),
      );
    }
    if (articles.length === 0) throw noArticlesError(this.dir, skipped);
    return articles;
  }

  /**
   * Calls `onChange` once the folder has settled after files were added, changed, renamed or
   * removed. Events can be missed (network file systems) and a folder replaced as a whole (a
   * deploy that renames a new folder into place) leaves the watch on the old one: every
   * `rescanMs` the folder is also checked, and watched again when it was replaced. Returns a
   * function that stops watching; the watch does not keep the process alive.
   */
  watch(onChange: () => void, rescanMs = RESCAN_MS): () => void {
    let timer: NodeJS.Timeout | undefined;
    let firstEvent = 0;
    const settled = () => {
      const now = Date.now();
      if (!timer) firstEvent = now;
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        onChange();
      }, Math.max(0, Math.min(SETTLE_MS, firstEvent + MAX_WAIT_MS - now))).unref();
    };
    let watcher: FSWatcher | undefined;
    let watched: number | undefined;
    const start = () => {
      watcher?.close();
      watcher = undefined;
      watched = inode(this.dir);
      try {
        watcher = watch(this.dir, { persistent: false }, settled);
        watcher.on('error', (err) => this.logger.warn({ dir: this.dir, err }, 'lost the watch on the articles folder: changes are seen at the next check'));
      } catch (err) {
        this.logger.warn({ dir: this.dir, err }, 'cannot watch the articles folder: changes are seen at the next check');
      }
    };
    start();
    const check = setInterval(() => {
      if (inode(this.dir) !== watched) start();
      settled();
    }, rescanMs).unref();
    return () => {
      clearTimeout(timer);
      clearInterval(check);
      watcher?.close();
    };
  }
}

function inode(path: string): number | undefined {
  try {
    return statSync(path).ino;
  } catch {
    return undefined;
  }
}
