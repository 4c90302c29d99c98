import { readWordList } from './word-lists.js';
import { fold } from './normalize.js';

/** The folded words of a stopword file of `data/lexicon/` (one word per line). */
function readStopwords(file: string): ReadonlySet<string> {
  return new Set(readWordList(file).map(({ fields }) => fold(fields[0]!)));
}

/**
 * Function words that carry no topic: dropped from queries and from the index so that
 * "what", "çfarë", "të" or "the" never decide which paragraph answers. Stored folded
 * (no diacritics, lowercase) because they are compared with folded tokens.
 */
export const ALBANIAN_STOPWORDS: ReadonlySet<string> = readStopwords('stopwords-sq.tsv');

/** English function words, and verbs every question uses ("say", "get"), stored folded. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = readStopwords('stopwords-en.tsv');
