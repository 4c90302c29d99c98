import type { Language } from '../errors.js';
import { fold, words } from './normalize.js';

/**
 * Words that only (or overwhelmingly) occur in one of the two languages. Statistical detectors
 * (franc, eld) are unreliable on five-word questions full of names; counting these markers
 * classified every question of the dev set correctly and costs nothing at start-up.
 */
const ALBANIAN_MARKERS = new Set(
  `te ne nje dhe per nga eshte jane cfare cka kush ku kur pse cili cila cilat cilet cilin cilen cilit ciles sa si
   tha thote thane nuk se qe mbi rreth lidhur sipas kane kishte ishte ishin do jam jemi cfar pra edhe por apo
   mund duhet gjate ndaj midis mes kete kjo ky keto ata ato ai ajo tij saj tyre ka`.split(/\s+/),
);
const ENGLISH_MARKERS = new Set(
  `the what who whom whose which where when why how is are was were did does of in to and about with for by from
   will would has have had say said tell this that these those there their they it its be been an or on at as
   can could should may might`.split(/\s+/),
);

/** Letters Albanian uses and English does not. */
const ALBANIAN_LETTERS = /[ëçËÇ]/u;

/** The language a text's words point to, or undefined when they point to neither (names only: "Kremlini", "Po Putin?"). */
export function languageEvidence(text: string): Language | undefined {
  let albanian = ALBANIAN_LETTERS.test(text) ? 2 : 0;
  let english = 0;
  for (const word of words(text)) {
    const folded = fold(word);
    if (ALBANIAN_MARKERS.has(folded)) albanian++;
    if (ENGLISH_MARKERS.has(folded)) english++;
  }
  return albanian > english ? 'sq' : english > albanian ? 'en' : undefined;
}

/** Guesses whether a question is Albanian or English; English when there is no evidence either way. */
export function detectLanguage(text: string): Language {
  return languageEvidence(text) ?? 'en';
}
