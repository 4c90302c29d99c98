import type { Language } from '../errors.js';
import { t } from '../i18n.js';
import { detectLanguage, identifyLanguage, thirdLanguageWords } from '../text/language.js';
import { fold, words } from '../text/normalize.js';
import type { Answer } from './types.js';

/** How a question is searched, and in which language it is answered. */
export interface QuestionReading {
  /** What retrieval is given: the question, or only its names and numbers when it is in another language. */
  search: string;
  language: Language;
  /** Shown with the answer when the question was in a language the bot does not speak. */
  notice?: string;
}

/**
 * Reads a (validated) question. One in another language (Italian, French…) is answered in
 * English, or the language asked for, with a note saying which languages the bot speaks; since
 * its words cannot be matched, it is searched by what any language shares: its names and
 * numbers (the whole question when it has none).
 */
export function readQuestion(question: string, language?: Language): QuestionReading {
  if (identifyLanguage(question) !== 'other') return { search: question, language: language ?? detectLanguage(question) };
  const answerLanguage = language ?? 'en';
  const namesAndNumbers = words(question).filter((word) => /^\p{Lu}|\p{N}/u.test(word) && !thirdLanguageWords().has(fold(word)));
  return { search: namesAndNumbers.join(' ') || question, language: answerLanguage, notice: t('otherLanguage', answerLanguage) };
}

/**
 * `answer` shown as the answer to `question` as the asker wrote it (not what retrieval searched: a
 * question of several parts is retrieved as its first answered part), with the reading's notice added to any it has.
 */
export function withReading(answer: Answer, question: string, reading: QuestionReading): Answer {
  if (!reading.notice) return { ...answer, question };
  const notice = answer.notice?.includes(reading.notice) ? answer.notice : [reading.notice, answer.notice].filter(Boolean).join(' ');
  return { ...answer, question, notice };
}
