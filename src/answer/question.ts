import { UserError } from '../errors.js';
import { localized } from '../i18n.js';
import { cleanText } from '../text/normalize.js';

/** Longest question accepted; Discord's own option limit is set to the same value. */
export const MAX_QUESTION_LENGTH = 500;

/** Discord/HTML markup that carries no words: mentions, custom emoji, tags, code fences, URLs. */
const MARKUP = /<a?:\w+:\d+>|<[@#][!&]?\d+>|<\/?[a-z][^>]*>|```|https?:\/\/\S+|@(?:everyone|here)\b/gi;

/**
 * Cleans a question and rejects what cannot be answered, with a message the user can act on:
 * empty, too long, no words at all (emoji or markup only), or no Latin letters (another script).
 * Returns the question without its markup, so mentions and links are neither echoed nor searched.
 */
export function validateQuestion(raw: string): string {
  const question = cleanText(raw).replace(/\s+/g, ' ').trim();
  if (question.length === 0) throw new UserError(localized('emptyQuestion'));
  if (question.length > MAX_QUESTION_LENGTH) {
    throw new UserError(localized('questionTooLong', { length: question.length, max: MAX_QUESTION_LENGTH }));
  }
  const text = question.replace(MARKUP, ' ').replace(/\s+/g, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(text)) throw new UserError(localized('noWords'));
  if (!/[\p{Script=Latin}\p{N}]/u.test(text)) throw new UserError(localized('unsupportedScript'));
  return text;
}
