import type { Article } from '../article/article.js';
import { normalizeForMatch } from '../text/normalize.js';
import type { Citation } from './types.js';

/**
 * Is the quote word-for-word in the text, ignoring quote-mark style and spacing? For matching
 * what a model typed; what is shown must pass {@link isValidCitation}.
 */
export function isVerbatim(quote: string, text: string): boolean {
  const needle = normalizeForMatch(quote);
  return needle.length > 0 && normalizeForMatch(text).includes(needle);
}

/** Does the citation point at an existing paragraph that contains its quote exactly, character for character? */
export function isValidCitation(citation: Citation, articles: readonly Article[]): boolean {
  const paragraph = articles.find((a) => a.id === citation.articleId)?.paragraphs[citation.paragraph - 1];
  return paragraph !== undefined && citation.quote.length > 0 && paragraph.text.includes(citation.quote);
}

/** The `[n]` markers used in a text, in order of first use. */
export function markersIn(text: string): number[] {
  return [...new Set([...text.matchAll(/\[(\d{1,3})\]/g)].map((m) => Number(m[1])))];
}
