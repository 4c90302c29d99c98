import { UserError } from '../errors.js';
import { localized } from '../i18n.js';
import { cleanText, MENTION } from '../text/normalize.js';

/** Longest question accepted; Discord's own option limit is set to the same value. */
export const MAX_QUESTION_LENGTH = 500;

/** Discord/HTML markup that carries no words: mentions, custom emoji, tags, URLs. */
const MARKUP = new RegExp(String.raw`<a?:\w+:\d+>|<\/?[a-z][^>]*>|https?:\/\/\S+|${MENTION.source}`, 'gi');

/**
 * Discord markdown around the words: a code fence with its language tag (```text⏎), inline code,
 * bold, underline, strike-through and spoiler marks, and quote marks at the start of a line.
 * Taken out before lines are joined, since only the line break tells a fence's tag from a word.
 */
const MARKDOWN: readonly [RegExp, string][] = [
  [/```(?:[\w+#.-]*[^\S\n]*\n)?/g, ' '],
  [/`([^`\n]*)`/g, '$1'],
  [/\*\*|__|~~|\|\|/g, ''],
  [/^[^\S\n]*>{1,3}[^\S\n]+/gm, ''],
];

/** Text with Discord markdown taken out and its words kept (see {@link MARKDOWN}). */
export function stripMarkdown(text: string): string {
  return MARKDOWN.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/**
 * Cleans a question and rejects what cannot be answered, with a message the user can act on:
 * empty, too long, no words at all (emoji or markup only), or no Latin letters (another script).
 * Returns the question without its markup, so mentions and links are neither echoed nor searched.
 */
export function validateQuestion(raw: string): string {
  const question = stripMarkdown(cleanText(raw)).replace(/\s+/g, ' ').trim();
  if (question.length === 0) throw new UserError(localized('emptyQuestion'));
  if (question.length > MAX_QUESTION_LENGTH) {
    throw new UserError(localized('questionTooLong', { length: question.length, max: MAX_QUESTION_LENGTH }));
  }
  const text = question.replace(MARKUP, ' ').replace(/\s+/g, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(text)) throw new UserError(localized('noWords'));
  if (!/[\p{Script=Latin}\p{N}]/u.test(text)) throw new UserError(localized('unsupportedScript'));
  return text;
}
