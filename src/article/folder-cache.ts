import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Logger } from 'pino';
import { writeAtomic, writeAtomicWith } from '../index/hnsw-store.js';
import { PARSER_VERSION, paragraphOf, readArticleFile, type Article, type Paragraph, type Sentence } from './article.js';

/** The cache's name in the index folder. */
export const ARTICLE_CACHE_FILE = 'articles-cache.json';

/** What the cache keeps of a valid article file: enough to list, diff and index it without reading it. */
interface CachedFile extends Omit<Article, 'paragraphs'> {
  /** The file's version when it was parsed (see `ArticleFolder`'s signature: inode, size, modification time). */
  signature: string;
  /** When it was parsed (ms since the epoch): a file modified just before may have changed since with the same signature. */
  readAt: number;
  /** How many paragraphs the article has. */
  paragraphs: number;
  /** Where its paragraphs' texts are in the cache's text file: byte offset and length (UTF-8, one paragraph a line). */
  text?: [number, number];
}

interface CacheFile {
  parser: number;
  files: CachedFile[];
  /** The id the text file written with this cache starts with; absent when none was written. */
  text?: string;
}

/** A saved entry, with the text file it was saved with when that file is the one the cache names. */
export interface CachedEntry extends CachedFile {
  store?: TextStore;
}

/**
 * The parsed articles of a folder, saved next to the index (`articles-cache.json`), so a cold start
 * reads and parses only the files whose signature changed: at 100k paragraphs, reading and parsing
 * 8,334 files was a third of a cold `npm run ask`. The paragraphs' texts are saved beside it
 * (`articles-cache-text.bin`), and a cached article's paragraphs read them from there when first
 * asked for: answering reads the paragraphs of some hundred articles a question, and reading,
 * parsing and hashing each article file again was a third of a first-time answer at 100k paragraphs.
 * The content hash stays the truth for the index: a file whose signature changed is read and hashed again.
 */
export class FolderCache {
  private readonly textFile: string;

  constructor(
    private readonly file: string,
    private readonly logger: Pick<Logger, 'debug'>,
  ) {
    this.textFile = join(dirname(file), `${basename(file, '.json')}-text.bin`);
  }

  /**
   * The saved entries by path, or none when the cache is missing, damaged, or from another parser;
   * `texts` tells whether the paragraphs' texts were saved with them (the text file is the one the cache names).
   */
  load(): { entries: Map<string, CachedEntry>; texts: boolean } {
    try {
      if (!existsSync(this.file)) return { entries: new Map(), texts: false };
      const saved = JSON.parse(readFileSync(this.file, 'utf8')) as CacheFile;
      if (saved?.parser !== PARSER_VERSION || !Array.isArray(saved.files)) return { entries: new Map(), texts: false };
      const store = typeof saved.text === 'string' ? TextStore.open(this.textFile, saved.text) : undefined;
      const entries = new Map(saved.files.filter(isCachedFile).map((entry): [string, CachedEntry] => [entry.path, store && isRange(entry.text) ? { ...entry, store } : entry]));
      return { entries, texts: store !== undefined };
    } catch (err) {
      this.logger.debug({ file: this.file, err }, 'article cache unreadable: the folder is read in full');
      return { entries: new Map(), texts: false };
    }
  }

  /**
   * Saves the articles with their signatures and their paragraphs' texts (the text file first, then the
   * cache naming it: a cache never names a text file other than the one written with it); a folder that
   * cannot be written only costs the next start its speed.
   */
  save(articles: readonly { signature: string; readAt: number; article: Article }[]): void {
    const files = articles.map(({ signature, readAt, article }): CachedFile => ({
      path: article.path,
      signature,
      readAt,
      id: article.id,
      title: article.title,
      date: article.date,
      source: article.source,
      url: article.url,
      language: article.language,
      contentHash: article.contentHash,
      paragraphs: article.paragraphs.length,
    }));
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      let text: string | undefined;
      try {
        text = this.saveTexts(articles.map(({ article }) => article), files);
      } catch (err) {
        this.logger.debug({ file: this.textFile, err }, 'article texts not saved');
        for (const file of files) delete file.text;
      }
      writeAtomic(this.file, JSON.stringify({ parser: PARSER_VERSION, files, ...(text && { text }) } satisfies CacheFile));
    } catch (err) {
      this.logger.debug({ file: this.file, err }, 'article cache not saved');
    }
  }

  /** Writes the articles' paragraphs into the text file, noting where each article's are in its entry; returns the file's id. */
  private saveTexts(articles: readonly Article[], files: CachedFile[]): string {
    const id = randomUUID();
    writeAtomicWith(this.textFile, (tmp) => {
      const fd = openSync(tmp, 'w');
      try {
        let offset = writeSync(fd, `${id}\n`);
        articles.forEach((article, i) => {
          // An article cached with its texts is copied as saved, not read again.
          const bytes = sources.get(article)?.savedBytes() ?? textBytes(article);
          if (!bytes) return;
          files[i]!.text = [offset, bytes.length];
          offset += writeSync(fd, bytes);
        });
      } finally {
        closeSync(fd);
      }
    });
    return id;
  }
}

/** An article's paragraphs as the text file holds them, or undefined when one of them could not be told apart there. */
function textBytes(article: Article): Buffer | undefined {
  const texts = article.paragraphs.map((p) => p.text);
  return texts.some((text) => text.includes('\n')) ? undefined : Buffer.from(texts.join('\n'), 'utf8');
}

/** Where each cached article's paragraphs come from, for {@link FolderCache.save} to copy what it saved. */
const sources = new WeakMap<Article, ArticleText>();

/** The article a cache entry describes; its paragraphs are read on first use, from the saved texts or else the file. */
export function cachedArticle(entry: CachedEntry): Article {
  const saved = entry.store && entry.text ? { store: entry.store, offset: entry.text[0], bytes: entry.text[1], paragraphs: entry.paragraphs } : undefined;
  const file = new ArticleText(entry.path, saved);
  const paragraphs = Array.from({ length: entry.paragraphs }, (_, i) => new CachedParagraph(i + 1, file));
  const { id, title, date, source, url, language, contentHash, path } = entry;
  const article: Article = { id, title, date, source, url, language, paragraphs, contentHash, path };
  sources.set(article, file);
  return article;
}

/**
 * The text file of a loaded cache, open until no article read from it is left: a later save
 * replaces the file by renaming a new one into place, which leaves what this one reads as it was.
 */
class TextStore {
  private static readonly closing = new FinalizationRegistry<number>((fd) => {
    try {
      closeSync(fd);
    } catch {
      // Already closed: nothing to release.
    }
  });

  private constructor(private readonly fd: number) {
    TextStore.closing.register(this, fd);
  }

  /** The text file when it starts with the id the cache names, else undefined. */
  static open(path: string, id: string): TextStore | undefined {
    let fd: number | undefined;
    try {
      fd = openSync(path, 'r');
      const head = Buffer.alloc(Buffer.byteLength(id) + 1);
      if (readSync(fd, head, 0, head.length, 0) === head.length && head.toString('utf8') === `${id}\n`) return new TextStore(fd);
    } catch {
      // Missing or unreadable: the articles are read from their files.
    }
    if (fd !== undefined) closeSync(fd);
    return undefined;
  }

  /** The `length` bytes at `offset`, or undefined when the file holds fewer. */
  read(offset: number, length: number): Buffer | undefined {
    const bytes = Buffer.allocUnsafe(length);
    try {
      return readSync(this.fd, bytes, 0, length, offset) === length ? bytes : undefined;
    } catch {
      return undefined;
    }
  }
}

/** An article's paragraphs, read when first asked for: from the cache's text file, or by parsing the article file. */
class ArticleText {
  private parsed: Paragraph[] | undefined;

  constructor(
    private readonly path: string,
    private readonly saved?: { store: TextStore; offset: number; bytes: number; paragraphs: number },
  ) {}

  /**
   * The paragraph numbered `number`. A file changed since it was listed is seen by the next scan (the
   * watcher); until then this is its text saved when it was listed or, without one, what the file holds now.
   */
  paragraph(number: number): Paragraph | undefined {
    this.parsed ??= this.fromSaved() ?? this.fromFile();
    return this.parsed[number - 1];
  }

  /** The saved texts as the text file holds them (see {@link FolderCache.save}). */
  savedBytes(): Buffer | undefined {
    return this.saved?.store.read(this.saved.offset, this.saved.bytes);
  }

  private fromSaved(): Paragraph[] | undefined {
    const texts = this.savedBytes()?.toString('utf8').split('\n');
    return texts && texts.length === this.saved!.paragraphs ? texts.map((text, i) => paragraphOf(i + 1, text)) : undefined;
  }

  private fromFile(): Paragraph[] {
    const read = readArticleFile(this.path);
    return 'article' in read ? read.article.paragraphs : [];
  }
}

/**
 * A paragraph of a cached article. A class rather than an object literal with getters: an
 * archive has 100k of them, and literals with accessors cost ten times as much to create.
 */
class CachedParagraph implements Paragraph {
  constructor(
    readonly number: number,
    private readonly file: ArticleText,
  ) {}

  get text(): string {
    return this.file.paragraph(this.number)?.text ?? '';
  }

  get sentences(): Sentence[] {
    return this.file.paragraph(this.number)?.sentences ?? [];
  }

  /** Serialises like a parsed paragraph. */
  toJSON(): Paragraph {
    return { number: this.number, text: this.text, sentences: this.sentences };
  }
}

function isRange(range: unknown): range is [number, number] {
  return Array.isArray(range) && range.length === 2 && range.every((n) => Number.isInteger(n) && n >= 0);
}

function isCachedFile(entry: unknown): entry is CachedFile {
  const e = entry as CachedFile;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.path === 'string' &&
    typeof e.signature === 'string' &&
    Number.isFinite(e.readAt) &&
    typeof e.id === 'string' &&
    typeof e.title === 'string' &&
    typeof e.language === 'string' &&
    typeof e.contentHash === 'string' &&
    Number.isInteger(e.paragraphs) &&
    e.paragraphs > 0
  );
}
