import { createHash } from 'node:crypto';
import { fold } from '../text/normalize.js';
import type { Article } from './article.js';

/** Discord's limits on autocomplete choices (names and string values). */
const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;
/** Hex digits of an article's short key: unique enough for a newsroom's folder, short enough for a button id. */
const KEY_LENGTH = 10;

/**
 * A short, stable reference to an article (the start of a SHA-256 of its id), for button custom
 * ids and autocomplete values, where a long file name would not fit Discord's 100 characters.
 */
export function articleKey(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, KEY_LENGTH);
}

/** Newest first: by date (a month-only date sorts before that month's days), undated last, then by id. */
export function byNewest(a: Article, b: Article): number {
  return (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);
}

/** "Title · 2024-01-15" (or the title alone when undated). */
export function articleLabel(article: Pick<Article, 'title' | 'date'>): string {
  return article.date ? `${article.title} · ${article.date}` : article.title;
}

/** One page of the article list. */
export interface CatalogPage {
  articles: readonly Article[];
  /** 0-based, clamped to the pages that exist. */
  page: number;
  pages: number;
  total: number;
}

/**
 * The articles the bot knows, newest first, found by id or short key. Immutable: a change of the
 * articles folder makes a new catalogue.
 */
export class Catalog {
  readonly articles: readonly Article[];
  private refs: Map<string, Article> | undefined;

  constructor(articles: readonly Article[]) {
    this.articles = [...articles].sort(byNewest);
  }

  /** Articles by id and short key, made on first lookup: a cold `npm run ask` of an archive never looks one up. */
  private get byRef(): Map<string, Article> {
    if (!this.refs) {
      this.refs = new Map();
      for (const article of this.articles) {
        this.refs.set(article.id, article);
        this.refs.set(articleKey(article.id), article);
      }
    }
    return this.refs;
  }

  /** The newest article: what `/summary` and `/paragraph` use when none is chosen. */
  get newest(): Article {
    return this.articles[0]!;
  }

  /** The article with this id (file name without extension) or short key. */
  find(ref: string): Article | undefined {
    return this.byRef.get(ref.trim());
  }

  /**
   * The article a user meant by what they typed instead of picking a suggestion: its id or short
   * key, else the only article whose title, date or id contain every typed word. Undefined when
   * none or several match.
   */
  resolve(typed: string): Article | undefined {
    const found = this.find(typed);
    if (found) return found;
    const matches = this.matching(typed);
    return matches.length === 1 && typed.trim() !== '' ? matches[0] : undefined;
  }

  /** Page `page` (0-based; out-of-range numbers show the nearest page that exists) of `size` articles. */
  page(page: number, size: number): CatalogPage {
    const pages = Math.max(1, Math.ceil(this.articles.length / size));
    const clamped = Math.min(Math.max(0, Math.trunc(page) || 0), pages - 1);
    return { articles: this.articles.slice(clamped * size, (clamped + 1) * size), page: clamped, pages, total: this.articles.length };
  }

  /**
   * Autocomplete choices while an article is typed: articles whose title, date or id contain
   * every typed word (ignoring case and diacritics), newest first, named "title · date". The
   * value is the id, or the short key when the id is longer than Discord allows.
   */
  choices(typed: string): { name: string; value: string }[] {
    return this.matching(typed)
      .slice(0, MAX_CHOICES)
      .map((a) => {
        const name = articleLabel(a);
        return {
          name: name.length <= MAX_CHOICE_LENGTH ? name : `${name.slice(0, MAX_CHOICE_LENGTH - 1)}…`,
          value: a.id.length <= MAX_CHOICE_LENGTH ? a.id : articleKey(a.id),
        };
      });
  }

  /** Articles whose title, date or id contain every word of `typed`, ignoring case and diacritics. */
  private matching(typed: string): readonly Article[] {
    const words = fold(typed).split(/\s+/).filter(Boolean);
    return this.articles.filter((a) => {
      const haystack = fold(`${a.title} ${a.date ?? ''} ${a.id}`);
      return words.every((w) => haystack.includes(w));
    });
  }
}
