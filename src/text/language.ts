import type { Language } from '../errors.js';
import { fold, words } from './normalize.js';
import { alternatives, readWordList } from './word-lists.js';

/**
 * Words that only (or overwhelmingly) occur in one of the two languages. Statistical detectors
 * (franc, eld) are unreliable on five-word questions full of names; counting these markers
 * classified every question of the dev set correctly and costs nothing at start-up.
 */
export const ALBANIAN_MARKERS: ReadonlySet<string> = new Set(
  `te ne nje dhe per nga eshte jane cfare cka kush ku kur pse cili cila cilat cilet cilin cilen cilit ciles sa si
   tha thote thane nuk se qe mbi rreth lidhur sipas kane kishte ishte ishin do jam jemi cfar pra edhe por apo
   mund duhet gjate ndaj midis mes kete kjo ky keto ata ato ai ajo tij saj tyre ka u`.split(/\s+/),
);
export const ENGLISH_MARKERS: ReadonlySet<string> = new Set(
  `the what who whom whose which where when why how is are was were did does of in to and about with for by from
   will would has have had say said tell this that these those there their they it its be been an or on at as
   can could should may might any after some all my your our we you us them than then just only also not if but
   because while during before between each every other into over under`.split(/\s+/),
);

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
  let english = 0;
  let other = 0;
  for (const word of words(text)) {
    const folded = fold(word);
    if (ALBANIAN_MARKERS.has(folded)) albanian++;
    if (ENGLISH_MARKERS.has(folded)) english++;
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
