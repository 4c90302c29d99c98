import { stemmer as porterStem } from 'stemmer';
import { ALBANIAN_STOPWORDS, ENGLISH_STOPWORDS } from './stopwords.js';

/**
 * Version of the text analysis (stopwords, stemming, cognate folding). It is part of the local
 * embedder's id, so bumping it after changing any of them rebuilds saved indexes.
 */
export const ANALYSIS_VERSION = 11;

/**
 * Albanian inflection is suffixal (case, definiteness, number, tense). Stripping the common
 * endings maps "Phenianit", "Pheniani" and "Phenianin" to one stem, which is all that lexical
 * matching needs; a full morphological analyser would be far more code for little gain.
 * Tried in order, longer endings of a family first; folded spelling (ë→e), and as index keys
 * write j ("oime" for "-ojmë"). Endings such as "-ni" and "-ri" are left out: they cut roots
 * ("treni" → "tre", three; "ministri"). The asker's own persons are in ("të peshkosh", "ankohesh",
 * "regjistrohemi", "punojmë"): questions ask of "you" and "we" what articles write of others.
 */
const ALBANIAN_SUFFIXES = [
  'ojme', 'oime', 'ojne', 'onin', 'onte', 'ohemi', 'ohesh', 'ohet', 'ohen', 'ohem',
  'uara', 'uese', 'imit', 'imin', 'imet', 'imeve', 'ive', 'eve',
  'ave', 'uar', 'ove', 'ova', 'oni', 'uam', 'uat', 'uan', 'oje', 'ojn', 'oi', 'on', 'oj', 'ime', 'imi', 'it', 'in',
  'ut', 'un', 'es', 'en', 'et', 've', 'ja', 'je', 'ne', 'se', 'te', 'osh', 'sh', 'i', 'a', 'e', 'u', 't', 'n',
];

/**
 * Endings of {@link ALBANIAN_SUFFIXES} that make another word rather than inflect one: verbal nouns
 * ("kursim", saving, from "kursej"; "udhëtim"), participles and the adjectives made of them ("të
 * moshuar", elderly, beside "moshë", age), feminine agent nouns ("drejtuese"). A word stripped of one shares
 * its stem with a word of another meaning ("kurs", the exchange rate).
 */
const DERIVING_SUFFIXES = ['uara', 'uese', 'imit', 'imin', 'imet', 'imeve', 'uar', 'ime', 'imi'];

/** Does stripping the Albanian word's endings, one at a time until none is left, remove one that makes another word (see {@link DERIVING_SUFFIXES})? */
export function isDerivedAlbanian(foldedWord: string): boolean {
  let word = foldedWord;
  for (let stem = stemAlbanian(word, 1); stem !== word; stem = stemAlbanian(word, 1)) {
    if (DERIVING_SUFFIXES.some((suffix) => word.endsWith(suffix) && stem.length <= word.length - suffix.length)) return true;
    word = stem;
  }
  return false;
}

/**
 * Shortest stem left after removing an ending. Verb roots can be three letters
 * ("takohen"/"takuar" → "tak"); one minimum for both cuts keeps "tren" and "treni" together.
 */
const MIN_STEM = 3;

/**
 * Nouns in -ër/-ël lose the ë when inflected ("Shkodër"/"Shkodrës", "numër"/"numri",
 * "qendër"/"qendra"): the stem is taken without it.
 */
const UNSTRESSED_E = /(?<=[^aeiou])e(?=[rl]$)/;

/** Light Albanian stemmer over folded words: removes up to two inflectional endings (or as many as `passes`). */
export function stemAlbanian(foldedWord: string, passes = 2): string {
  let stem = foldedWord;
  for (let pass = 0; pass < passes; pass++) {
    const suffix = ALBANIAN_SUFFIXES.find((s) => stem.endsWith(s) && stem.length - s.length >= MIN_STEM);
    if (!suffix) break;
    stem = stem.slice(0, -suffix.length);
  }
  return stem.length > MIN_STEM + 1 ? stem.replace(UNSTRESSED_E, '') : stem;
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

/**
 * Is this folded word a function word of the language? Without a language, either list counts
 * (for text whose language is unknown). Checked per language because the lists overlap with
 * content words of the other language: English "be" is Albanian "BE" (the EU).
 */
export function isStopword(folded: string, language?: 'sq' | 'en'): boolean {
  if (language === 'sq') return ALBANIAN_STOPWORDS.has(folded);
  if (language === 'en') return ENGLISH_STOPWORDS.has(folded);
  return ALBANIAN_STOPWORDS.has(folded) || ENGLISH_STOPWORDS.has(folded);
}
