import type { Answer, Citation } from '../answer/types.js';
import { articleLabel } from '../article/catalog.js';
import { t } from '../i18n.js';

/** Rendering rules shared by the terminal and Discord. */

const EXCERPT_WORDS = 10;

/**
 * A source's quote as listed under an answer. When the answer text already shows the quote in
 * full (extractive answers are made of their quotes), only its opening words are repeated,
 * followed by "…": still a verbatim prefix, so the reader does not read it twice.
 */
export function listedQuote(citation: Citation, answerText: string): string {
  const words = citation.quote.split(' ');
  if (!answerText.includes(citation.quote) || words.length <= EXCERPT_WORDS) return citation.quote;
  const excerpt = words.slice(0, EXCERPT_WORDS).join(' ');
  // "ngrohje. …", not "ngrohje.…": the cut falls after a whole sentence of a longer quotation.
  return /[.!?]$/.test(excerpt) ? `${excerpt} …` : `${excerpt}…`;
}

/** "¶5", or "¶5 (Title · date)" for a passage of another article than the one the answer names. */
export function citedParagraph(citation: Citation): string {
  return citation.otherArticle ? `¶${citation.paragraph} (${articleLabel(citation.otherArticle)})` : `¶${citation.paragraph}`;
}

/**
 * The heading of an offline answer or summary made of sentences in another language than the
 * reader's (an English question answered from an Albanian article, or the other way round), in the
 * reader's language; undefined when it needs none (a refusal says so itself).
 */
export function quotedHeading(result: Pick<Answer, 'mode' | 'language' | 'article'> & { found?: boolean }): string | undefined {
  const articleLanguage = result.article.language ?? 'sq';
  if (result.found === false || result.mode !== 'extractive' || result.language === articleLanguage) return undefined;
  return t(articleLanguage === 'en' ? 'fromEnglishArticle' : 'fromArticle', result.language);
}
