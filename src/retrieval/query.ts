import type { Language } from '../errors.js';
import { cognateKey, isStopword, stemAlbanian, stemEnglish } from '../text/analyze.js';
import { detectLanguage } from '../text/language.js';
import { fold, words } from '../text/normalize.js';
import { readEnglishAlbanianLexicon } from '../text/word-lists.js';

/**
 * The index key of a word, shared by article text and questions: folded, cognate-normalised,
 * Albanian-stemmed. English words that are names or cognates ("Vladivostok", "satellites")
 * land on the same key as their Albanian forms ("Vladivostokut", "satelitët").
 */
export function indexKey(word: string, language: Language = 'sq'): string | undefined {
  const folded = fold(word);
  if (folded.length < 2 || isStopword(folded, language)) return undefined;
  return /^\d+$/.test(folded) ? folded : stemAlbanian(cognateKey(folded));
}

/** Index keys of every content word of a text (Albanian unless told otherwise). */
export function indexKeys(text: string, language: Language = 'sq'): string[] {
  return words(text).flatMap((w) => indexKey(w, language) ?? []);
}

/** One content word of a question and every index key that would count as finding it. */
export interface QueryConcept {
  /** The word (or two-word phrase) as the user wrote it. */
  source: string;
  /** Keys of the word itself and of its Albanian translations. */
  keys: string[];
  /** A name (capitalised mid-sentence, untranslated), possibly of several words: an answer must mention it. */
  isName: boolean;
  /** For a name, the key of each of its words: all must occur for the name to count as mentioned. */
  nameParts?: string[];
  /** Share of a full match this concept adds to a score; 1 unless said otherwise. */
  weight?: number;
}

/** A question prepared for retrieval. */
export interface AnalyzedQuery {
  text: string;
  language: Language;
  concepts: QueryConcept[];
  /**
   * Words that typically surround the kind of answer asked for ("where" → city, port, towards),
   * used to rank but not to decide whether the article answers: "Ku do të takohen?" is about
   * a meeting, and the paragraph that also names the place is the better answer.
   */
  answerType?: QueryConcept;
  /** The question plus the Albanian translations of its words, for the embedder. */
  searchText: string;
}

/** Lexicon entries by lowercase key and by Porter stem of single-word keys. */
interface LexiconIndex {
  byKey: Map<string, readonly string[]>;
  byStem: Map<string, string[]>;
}

let lexiconIndex: LexiconIndex | undefined;

/** Read and built on the first English question, not at start-up: stemming 2,000 keys costs tens of ms. */
function lexicon(): LexiconIndex {
  if (lexiconIndex) return lexiconIndex;
  const byKey = new Map<string, readonly string[]>();
  const byStem = new Map<string, string[]>();
  for (const [key, values] of readEnglishAlbanianLexicon()) {
    byKey.set(fold(key), values);
    if (!key.includes(' ')) {
      const stem = stemEnglish(fold(key));
      byStem.set(stem, [...(byStem.get(stem) ?? []), ...values]);
    }
  }
  lexiconIndex = { byKey, byStem };
  return lexiconIndex;
}

/** Albanian cue words of each kind of answer, by the question words that ask for it. */
const ANSWER_TYPE_CUES: { askedBy: readonly string[]; cues: string }[] = [
  { askedBy: ['where', 'ku', 'whereabouts'], cues: 'qytet qyteti qytetit port porti vend vendi vendit rajon rajoni kryeqytet drejt larg afër' },
  {
    askedBy: ['when', 'kur'],
    cues:
      'sot dje nesër javë javën muaj muajit vit vitin hënën martën mërkurën enjten premten shtunën dielën janar ' +
      'shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor kohët fundit',
  },
  { askedBy: ['many', 'much', 'sa'], cues: 'dy tre tri katër pesë gjashtë shtatë tetë nëntë dhjetë qind mijë milion' },
];
const ANSWER_TYPE_WEIGHT = 0.5;

const ANSWER_TYPES = ANSWER_TYPE_CUES.map(({ askedBy, cues }) => ({ askedBy, keys: [...new Set(indexKeys(cues))] }));

function answerTypeOf(foldedTokens: readonly string[]): QueryConcept | undefined {
  const type = ANSWER_TYPES.find((t) => t.askedBy.some((w) => foldedTokens.includes(w)));
  return type && { source: type.askedBy[0]!, keys: type.keys, isName: false, weight: ANSWER_TYPE_WEIGHT };
}

function translate(foldedWord: string): readonly string[] {
  const { byKey, byStem } = lexicon();
  return singleWordsFirst(byKey.get(foldedWord) ?? byStem.get(stemEnglish(foldedWord)) ?? []);
}

/**
 * The one-word translations when there are any. Each word of a multi-word translation would
 * otherwise search on its own: "job" → "vend pune" would find "vend" (country) anywhere.
 */
function singleWordsFirst(translations: readonly string[]): readonly string[] {
  const single = translations.filter((t) => !t.includes(' '));
  return single.length > 0 ? single : translations;
}

/**
 * Splits a question into concepts. English questions are translated word by word through
 * a bilingual news lexicon (two-word phrases first), so "armored train" also searches for
 * "tren i blinduar"; every word also searches for itself, which covers names and cognates.
 */
export function analyzeQuery(text: string, language: Language = detectLanguage(text)): AnalyzedQuery {
  // "Korea's" → "Korea": possessives would hide names and phrases from the lexicon.
  const tokens = words(text).map((w) => (language === 'en' ? w.replace(/['’]s$/i, '') : w));
  const concepts: QueryConcept[] = [];
  const translations: string[] = [];

  const capitalised = (i: number) => i > 0 && /^\p{Lu}/u.test(tokens[i] ?? '');
  let previousNameEnd = -2;
  const untranslatedName = (i: number) => capitalised(i) && (language !== 'en' || translate(fold(tokens[i]!)).length === 0);

  for (let i = 0; i < tokens.length; i++) {
    const surface = tokens[i]!;
    const folded = fold(surface);
    if (language === 'en' && i + 1 < tokens.length) {
      const phrase = `${folded} ${fold(tokens[i + 1]!)}`;
      const phraseTranslation = lexicon().byKey.get(phrase);
      if (phraseTranslation) {
        const keys = unique([...phraseTranslation.flatMap((t) => indexKeys(t)), ...indexKeys(phrase, language)]);
        concepts.push({ source: `${surface} ${tokens[i + 1]}`, keys, isName: false });
        translations.push(...phraseTranslation);
        i++;
        continue;
      }
    }
    const own = indexKey(surface, language);
    if (!own) continue;
    // Part of a multi-word name ("Kim Jong Un"): "Un" is a name here, not the UN.
    const isName = untranslatedName(i) || (capitalised(i) && (untranslatedName(i - 1) || untranslatedName(i + 1)));
    const previous = concepts.at(-1);
    if (isName && previous?.isName && previousNameEnd === i - 1) {
      // One name is one concept, however many words it has, so names do not outweigh the rest.
      previous.source += ` ${surface}`;
      previous.keys = unique([...previous.keys, own]);
      previous.nameParts = [...(previous.nameParts ?? []), own];
      previousNameEnd = i;
      continue;
    }
    const translated = language === 'en' && !isName ? translate(folded) : [];
    translations.push(...translated);
    concepts.push({
      source: surface,
      keys: unique([own, ...translated.flatMap((t) => indexKeys(t))]),
      isName,
      ...(isName && { nameParts: [own] }),
    });
    if (isName) previousNameEnd = i;
  }
  const answerType = answerTypeOf(tokens.map(fold));
  return { text, language, concepts, answerType, searchText: [text, ...translations].join(' ') };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
