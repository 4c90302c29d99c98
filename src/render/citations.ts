import type { Answer, Citation } from '../answer/types.js';
import { articleLabel } from '../article/catalog.js';
import type { Language } from '../errors.js';
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

/** The most of one paragraph `/paragraph` shows: three Discord embeds' worth (three messages at most). */
const MAX_PARAGRAPH_SHOWN = 12_000;

/**
 * What `/paragraph` shows of a paragraph: all of it, or, of one of megabytes (a file without
 * paragraph breaks), its first {@link MAX_PARAGRAPH_SHOWN} characters cut at a word and a note
 * saying how long it is.
 */
export function shownParagraph(text: string, language: Language): { text: string; note?: string } {
  if (text.length <= MAX_PARAGRAPH_SHOWN) return { text };
  // Not respond.ts's truncate: the terminal chat does not load discord.js.
  const head = text.slice(0, MAX_PARAGRAPH_SHOWN - 1);
  const space = head.lastIndexOf(' ');
  return { text: `${space > MAX_PARAGRAPH_SHOWN / 2 ? head.slice(0, space) : head}…`, note: t('paragraphCut', language, { shown: MAX_PARAGRAPH_SHOWN, total: text.length }) };
}
