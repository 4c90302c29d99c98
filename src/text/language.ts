import type { Language } from '../errors.js';
import { CAPITALISED_WITH_ENDING, fold, HYPHENATED_ENDING, words } from './normalize.js';
import { alternatives, readWordList, wordSetsOnce } from './word-lists.js';

/**
 * Words that only, or overwhelmingly, occur in Albanian or in English (data/lexicon/language-markers.tsv),
 * read once. Counting them classified every question of the dev set correctly and costs nothing at start-up.
 */
export const languageMarkers: () => Readonly<Record<Language, ReadonlySet<string>>> = wordSetsOnce('language-markers.tsv', ['sq', 'en']);

/** Letters Albanian uses and English does not. */
const ALBANIAN_LETTERS = /[ëçËÇ]/u;

/** Albanian, English, or another language (Italian, French…), which the bot does not speak. */
export type LanguageGuess = Language | 'other';

let thirdLanguageMarkers: ReadonlySet<string> | undefined;

/** Function words of the languages other than these two that questions come in most (data/lexicon/third-languages.tsv), read once. */
export function thirdLanguageWords(): ReadonlySet<string> {
  thirdLanguageMarkers ??= new Set(readWordList('third-languages.tsv').flatMap(({ fields }) => alternatives(fields[1])));
  return thirdLanguageMarkers;
}

/**
 * The language a text's words point to, or undefined when they point to none (names only:
 * "Kremlini", "Po Putin?"). Another language needs at least as many of its words as either of
 * the two has markers: "Dove si incontreranno Kim e Putin?" is Italian although "si" is Albanian.
 */
export function identifyLanguage(text: string): LanguageGuess | undefined {
  let albanian = ALBANIAN_LETTERS.test(text) ? 2 : 0;
  // A case ending hyphenated onto a name ("Gmail-it") is Albanian, and no English "it".
  albanian += text.match(CAPITALISED_WITH_ENDING)?.length ?? 0;
  let english = 0;
  let other = 0;
  const { sq, en } = languageMarkers();
  for (const word of words(text.replace(HYPHENATED_ENDING, '$1'))) {
    const folded = fold(word);
    if (sq.has(folded)) albanian++;
    if (en.has(folded)) english++;
    if (thirdLanguageWords().has(folded)) other++;
  }
  if (other > 0 && other >= albanian && other >= english) return 'other';
  return albanian > english ? 'sq' : english > albanian ? 'en' : undefined;
}

/**
 * The language to answer a text in, or undefined when its words point to none. A question in
 * another language is answered in English (see {@link identifyLanguage}).
 */
export function languageEvidence(text: string): Language | undefined {
  const guess = identifyLanguage(text);
  return guess === 'other' ? 'en' : guess;
}

/** Guesses whether a question is Albanian or English; English when there is no evidence either way, or it is in another language. */
export function detectLanguage(text: string): Language {
  return languageEvidence(text) ?? 'en';
}
