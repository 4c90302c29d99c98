import { stemmer as porterStem } from 'stemmer';
import { fold, words } from './normalize.js';
import { ALBANIAN_STOPWORDS, ENGLISH_STOPWORDS } from './stopwords.js';

/**
 * Albanian inflection is suffixal (case, definiteness, number, tense). Stripping the common
 * endings maps "Phenianit", "Pheniani" and "Phenianin" to one stem, which is all that lexical
 * matching needs; a full morphological analyser would be far more code for little gain.
 * Ordered longest first; folded spelling (ë→e).
 */
const ALBANIAN_SUFFIXES = [
  'ojme', 'ojne', 'onin', 'onte', 'ohet', 'ohen', 'uara', 'uese', 'imit', 'imin', 'imet', 'imeve', 'ive', 'eve',
  'ave', 'uar', 'ove', 'ova', 'oni', 'uam', 'uat', 'uan', 'oje', 'ojn', 'oi', 'on', 'oj', 'ime', 'imi', 'it', 'in',
  'ut', 'un', 'es', 'en', 'et', 've', 'ri', 'ra', 'ja', 'je', 'ni', 'ne', 'se', 'te', 'sh', 'i', 'a', 'e', 'u', 't', 'n',
];

const MIN_STEM = 3;

/** Light Albanian stemmer over folded words: removes up to two inflectional endings. */
export function stemAlbanian(foldedWord: string): string {
  let stem = foldedWord;
  for (let pass = 0; pass < 2; pass++) {
    const suffix = ALBANIAN_SUFFIXES.find((s) => stem.endsWith(s) && stem.length - s.length >= MIN_STEM);
    if (!suffix) break;
    stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

/** Stems an English word with Porter's algorithm, which is what English text retrieval uses by default. */
export function stemEnglish(foldedWord: string): string {
  return porterStem(foldedWord);
}

/**
 * Folds spelling differences between English and Albanian renderings of the same
 * international word (technology/teknologji, artillery/artileri, active/aktive), so character
 * n-grams of cognates overlap. Only ever used for matching, never shown.
 */
export function cognateKey(foldedWord: string): string {
  return foldedWord
    .replace(/ch/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/gj/g, 'g')
    .replace(/xh/g, 'x')
    .replace(/c/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/j/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** A word of a text, kept in three forms for the three ways it is matched. */
export interface Term {
  /** As written, for display and proper-noun detection. */
  surface: string;
  /** Lowercase without diacritics. */
  folded: string;
  /** Language-specific stem of the folded form. */
  stem: string;
}

/** Is this folded word a function word in either language? */
export function isStopword(folded: string): boolean {
  return ALBANIAN_STOPWORDS.has(folded) || ENGLISH_STOPWORDS.has(folded);
}

/**
 * Content terms of Albanian text (the article side): stopwords dropped, Albanian stems.
 * Numbers are kept as they are: dates and counts are often what a question is about.
 */
export function albanianTerms(text: string): Term[] {
  return words(text)
    .map((surface) => ({ surface, folded: fold(surface) }))
    .filter(({ folded }) => folded.length > 1 && !isStopword(folded))
    .map(({ surface, folded }) => ({ surface, folded, stem: /^\d+$/.test(folded) ? folded : stemAlbanian(folded) }));
}
