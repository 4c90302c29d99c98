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
  return `${words.slice(0, EXCERPT_WORDS).join(' ')}…`;
}

/** "¶5", or "¶5 (Title · date)" for a passage of another article than the one the answer names. */
export function citedParagraph(citation: Citation): string {
  return citation.otherArticle ? `¶${citation.paragraph} (${articleLabel(citation.otherArticle)})` : `¶${citation.paragraph}`;
}

/**
 * The heading of an offline answer made of sentences in another language than the question's (an
 * English question answered from an Albanian article, or the other way round), in the asker's
 * language; undefined when the answer needs none.
 */
export function quotedHeading(answer: Answer): string | undefined {
  const articleLanguage = answer.article.language ?? 'sq';
  if (!answer.found || answer.mode !== 'extractive' || answer.language === articleLanguage) return undefined;
  return t(articleLanguage === 'en' ? 'fromEnglishArticle' : 'fromArticle', answer.language);
}
