import type { Language } from '../errors.js';
import { cognateKey, isStopword, stemAlbanian, stemEnglish } from '../text/analyze.js';
import { detectLanguage } from '../text/language.js';
import { EN_SQ_LEXICON } from '../text/lexicon-en-sq.js';
import { fold, words } from '../text/normalize.js';

/**
 * The index key of a word, shared by article text and questions: folded, cognate-normalised,
 * Albanian-stemmed. English words that are names or cognates ("Vladivostok", "satellites")
 * land on the same key as their Albanian forms ("Vladivostokut", "satelitët").
 */
export function indexKey(word: string): string | undefined {
  const folded = fold(word);
  if (folded.length < 2 || isStopword(folded)) return undefined;
  return /^\d+$/.test(folded) ? folded : stemAlbanian(cognateKey(folded));
}

/** Index keys of every content word of a text. */
export function indexKeys(text: string): string[] {
  return words(text).flatMap((w) => indexKey(w) ?? []);
}

/** One content word of a question and every index key that would count as finding it. */
export interface QueryConcept {
  /** The word (or two-word phrase) as the user wrote it. */
  source: string;
  /** Keys of the word itself and of its Albanian translations. */
  keys: string[];
  /** Capitalised mid-sentence: a name, which an answer must mention. */
  isName: boolean;
}

/** A question prepared for retrieval. */
export interface AnalyzedQuery {
  text: string;
  language: Language;
  concepts: QueryConcept[];
  /** The question plus the Albanian translations of its words, for the embedder. */
  searchText: string;
}

/** Lexicon entries by lowercase key and by Porter stem of single-word keys, built once. */
const lexiconByKey = new Map<string, readonly string[]>();
const lexiconByStem = new Map<string, string[]>();
for (const [key, values] of Object.entries(EN_SQ_LEXICON)) {
  lexiconByKey.set(fold(key), values);
  if (!key.includes(' ')) {
    const stem = stemEnglish(fold(key));
    lexiconByStem.set(stem, [...(lexiconByStem.get(stem) ?? []), ...values]);
  }
}

function translate(foldedWord: string): readonly string[] {
  return lexiconByKey.get(foldedWord) ?? lexiconByStem.get(stemEnglish(foldedWord)) ?? [];
}

/**
 * Splits a question into concepts. English questions are translated word by word through
 * a bilingual news lexicon (two-word phrases first), so "armored train" also searches for
 * "tren i blinduar"; every word also searches for itself, which covers names and cognates.
 */
export function analyzeQuery(text: string, language: Language = detectLanguage(text)): AnalyzedQuery {
  const tokens = words(text);
  const concepts: QueryConcept[] = [];
  const translations: string[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const surface = tokens[i]!;
    const folded = fold(surface);
    if (language === 'en' && i + 1 < tokens.length) {
      const phrase = `${folded} ${fold(tokens[i + 1]!)}`;
      const phraseTranslation = lexiconByKey.get(phrase);
      if (phraseTranslation) {
        const keys = unique([...phraseTranslation.flatMap(indexKeys), ...indexKeys(phrase)]);
        concepts.push({ source: `${surface} ${tokens[i + 1]}`, keys, isName: false });
        translations.push(...phraseTranslation);
        i++;
        continue;
      }
    }
    const own = indexKey(surface);
    if (!own) continue;
    const translated = language === 'en' ? translate(folded) : [];
    translations.push(...translated);
    concepts.push({
      source: surface,
      keys: unique([own, ...translated.flatMap(indexKeys)]),
      isName: i > 0 && /^\p{Lu}/u.test(surface) && translated.length === 0,
    });
  }
  return { text, language, concepts, searchText: [text, ...translations].join(' ') };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
