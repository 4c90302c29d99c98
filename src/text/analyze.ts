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
  // One pass doing what these rewrites do in turn, each across the word: ch→k, ph→f, gj→g, xh→x, c→k,
  // q→k, x→ks, y→i, w→v, j→i, then a run of one letter kept once. No two of the pairs can overlap (none
  // ends with a letter another starts with) and no rewrite makes a letter a later one reads, so reading
  // the word once from the left rewrites it alike. A word is analysed at every first sight: the
  // eleven regular expressions were a tenth of a first-time answer at a cold start.
  let key = '';
  let last = '';
  for (let i = 0; i < foldedWord.length; i++) {
    const letter = foldedWord[i]!;
    const next = foldedWord[i + 1];
    let out: string;
    if (letter === 'c') {
      if (next === 'h') i++;
      out = 'k';
    } else if (letter === 'x') {
      if (next === 'h') i++;
      out = 'ks';
    } else if (letter === 'p' && next === 'h') {
      i++;
      out = 'f';
    } else if (letter === 'g' && next === 'j') {
      i++;
      out = 'g';
    } else if (letter === 'q') out = 'k';
    else if (letter === 'y' || letter === 'j') out = 'i';
    else if (letter === 'w') out = 'v';
    else out = letter;
    for (const char of out) {
      // A run is of any character but a line's end, as `.` reads it.
      if (char === last && !LINE_END.test(char)) continue;
      key += char;
      last = char;
    }
  }
  return key;
}

/** Characters that end a line for a regular expression's `.`. */
const LINE_END = /[\n\r\u2028\u2029]/;

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
