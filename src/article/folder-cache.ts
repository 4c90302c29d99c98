import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from 'pino';
import { writeAtomic } from '../index/hnsw-store.js';
import { PARSER_VERSION, readArticleFile, type Article, type Paragraph, type Sentence } from './article.js';

/** The cache's name in the index folder. */
export const ARTICLE_CACHE_FILE = 'articles-cache.json';

/** What the cache keeps of a valid article file: enough to list, diff and index it without reading it. */
interface CachedFile extends Omit<Article, 'paragraphs'> {
  /** The file's version when it was parsed (see `ArticleFolder`'s signature: inode, size, modification time). */
  signature: string;
  /** How many paragraphs the article has. */
  paragraphs: number;
}

interface CacheFile {
  parser: number;
  files: CachedFile[];
}

/**
 * The parsed articles of a folder, saved next to the index (`articles-cache.json`), so a cold start
 * reads and parses only the files whose signature changed: at 100k paragraphs, reading and parsing
 * 8,334 files was a third of a cold `npm run ask`. A cached article's paragraphs read the file when
 * their text is first asked for (answering reads a few articles, not the archive). The content
 * hash stays the truth for the index: a file whose signature changed is read and hashed again.
 */
export class FolderCache {
  constructor(
    private readonly file: string,
    private readonly logger: Pick<Logger, 'debug'>,
  ) {}

  /** The saved entries by path, or none when the cache is missing, damaged, or from another parser. */
  load(): Map<string, CachedFile> {
    try {
      if (!existsSync(this.file)) return new Map();
      const saved = JSON.parse(readFileSync(this.file, 'utf8')) as CacheFile;
      if (saved?.parser !== PARSER_VERSION || !Array.isArray(saved.files)) return new Map();
      return new Map(saved.files.filter(isCachedFile).map((entry) => [entry.path, entry]));
    } catch (err) {
      this.logger.debug({ file: this.file, err }, 'article cache unreadable: the folder is read in full');
      return new Map();
    }
  }

  /** Saves the articles with their signatures; a folder that cannot be written only costs the next start its speed. */
  save(articles: readonly { signature: string; article: Article }[]): void {
    const files = articles.map(({ signature, article }): CachedFile => ({
      path: article.path,
      signature,
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
      writeAtomic(this.file, JSON.stringify({ parser: PARSER_VERSION, files } satisfies CacheFile));
    } catch (err) {
      this.logger.debug({ file: this.file, err }, 'article cache not saved');
    }
  }
}

/** The article a cache entry describes; its paragraphs read and parse the file on first use. */
export function cachedArticle(entry: CachedFile): Article {
  const file = new ArticleText(entry.path);
  const paragraphs = Array.from({ length: entry.paragraphs }, (_, i) => new CachedParagraph(i + 1, file));
  const { id, title, date, source, url, language, contentHash, path } = entry;
  return { id, title, date, source, url, language, paragraphs, contentHash, path };
}

/** An article file's paragraphs, read and parsed when first asked for. */
class ArticleText {
  private parsed: Paragraph[] | undefined;

  constructor(private readonly path: string) {}

  /** The paragraph numbered `number`; a file changed since it was listed is seen by the next scan (the watcher), until then this is what it holds now. */
  paragraph(number: number): Paragraph | undefined {
    if (!this.parsed) {
      const read = readArticleFile(this.path);
      this.parsed = 'article' in read ? read.article.paragraphs : [];
    }
    return this.parsed[number - 1];
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

function isCachedFile(entry: unknown): entry is CachedFile {
  const e = entry as CachedFile;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.path === 'string' &&
    typeof e.signature === 'string' &&
    typeof e.id === 'string' &&
    typeof e.title === 'string' &&
    typeof e.language === 'string' &&
    typeof e.contentHash === 'string' &&
    Number.isInteger(e.paragraphs) &&
    e.paragraphs > 0
  );
}
