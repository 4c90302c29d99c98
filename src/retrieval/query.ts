import type { Language } from '../errors.js';
import { cognateKey, isDerivedAlbanian, isStopword, stemAlbanian, stemEnglish } from '../text/analyze.js';
import { albanianLoanSpellings, americanSpellings, analyzeEnglishWord, commonAbbreviation, demonymBases, englishLemmas, englishVariants, separatedPhraseEnd, withoutClitic } from '../text/english-words.js';
import { detectLanguage } from '../text/language.js';
import { fold, HYPHENATED_ENDING, words } from '../text/normalize.js';
import { memoize } from '../util/memo.js';
import { isMonth } from '../text/months.js';
import type { NumberProof } from '../text/numbers.js';
import { countWordsOf } from './counts.js';
import { alternatives, readEnglishAlbanianLexicon, readWordList, wordSetsOnce, type LexiconEntry, type WordKind } from '../text/word-lists.js';

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

const albanianKey = memoize((word) => indexKey(word, 'sq'));
const englishKey = memoize((word) => indexKey(word, 'en'));

/** Keys this short join unrelated words ("tre", three, and "treni", the train, are both "tre"). */
export const MAX_SHORT_KEY = 3;

/**
 * Joins an index key to the folded word it was made of in an index term ("kim\u0001kimit"). The
 * index keeps every word apart under its key, so a name can find its own forms and not the other
 * words its short key joins ("Kim" is not "Kimoi"). It sorts before every letter, so a key's terms
 * are one range of the sorted terms, and a bare key finds every word under it.
 */
export const TERM_SEPARATOR = '\u0001';

/** The term of a folded word whose key is known. */
export function termOf(key: string, foldedWord: string): string {
  return `${key}${TERM_SEPARATOR}${foldedWord}`;
}

/** The key of an index term (a bare key is its own key). */
export function keyOfTerm(term: string): string {
  const at = term.indexOf(TERM_SEPARATOR);
  return at < 0 ? term : term.slice(0, at);
}

/** The index term of a word as articles are indexed (Albanian analysis). */
const albanianTerm = memoize((word) => {
  const key = albanianKey(word);
  return key === undefined ? undefined : termOf(key, fold(word));
});

/** Index terms of words cut by {@link keyWords}, as articles are indexed: each word under its key. */
export function indexTermsOfWords(textWords: readonly string[]): string[] {
  const terms: string[] = [];
  for (const word of textWords) {
    const term = albanianTerm(word);
    if (term !== undefined) terms.push(term);
  }
  return terms;
}

/** Do these search keys (bare keys, or terms of single words) find the word as articles are indexed? */
export function findsWord(keys: ReadonlySet<string>, word: string): boolean {
  const term = albanianTerm(word);
  return term !== undefined && (keys.has(term) || keys.has(keyOfTerm(term)));
}

/** What search keys find in a text: the terms of its words and their bare keys. */
export function searchableKeys(text: string): Set<string> {
  const found = new Set<string>();
  for (const term of indexTermsOfWords(keyWords(text))) found.add(term).add(keyOfTerm(term));
  return found;
}

/** Index keys of every content word of a text (Albanian unless told otherwise). */
export function indexKeys(text: string, language: Language = 'sq'): string[] {
  return indexKeysOfWords(keyWords(text), language);
}

/** The words of a text that get index keys: its words, with hyphenated case endings dropped. */
export function keyWords(text: string): string[] {
  return words(text.replace(HYPHENATED_ENDING, '$1'));
}

/** {@link indexKeys} of a text already cut into words by {@link keyWords}, for callers that need its words as well. */
export function indexKeysOfWords(textWords: readonly string[], language: Language = 'sq'): string[] {
  const key = language === 'sq' ? albanianKey : englishKey;
  const keys: string[] = [];
  for (const word of textWords) {
    const k = key(word);
    if (k !== undefined) keys.push(k);
  }
  return keys;
}

/** One content word of a question and every index key that would count as finding it. */
export interface QueryConcept {
  /** The word (or two-word phrase) as the user wrote it. */
  source: string;
  /** Keys of the word itself, of its Albanian translations, and of their inflected forms. */
  keys: string[];
  /** Keys of derived words and cognates ("operators" → "operatorët"): they count, but less. */
  related?: string[];
  /** The words as written (the question's and its translations'), matched against the articles' vocabulary. */
  forms: string[];
  /** A name (capitalised mid-sentence, untranslated), possibly of several words: an answer must mention it. */
  isName: boolean;
  /**
   * For a name, each of its words as written, with the translations of a translated name
   * ("Japan" → "Japonia"…): every part must occur in an article for the name to count as mentioned.
   */
  nameWords?: string[][];
  /** For a name, the index keys of the articles' words that are forms of each part (set by the retriever). */
  nameParts?: string[][];
  /**
   * Names of several words a translated one-word name is written as ("EU" → "Bashkimi
   * Evropian"): found as a run of words in a passage, not word by word in the articles.
   */
  namePhrases?: string[];
  /**
   * The index keys of each phrase a synonym group gives the word ("kryebashkiak": "kryetar i bashkisë"), whose
   * every key the articles have (set by the retriever): a passage naming all of one phrase's words names the concept.
   */
  phraseKeys?: string[][];
  /**
   * English word the lexicon has no entry for, or one translated only through a derivation or a
   * compound ("hilly", "snowbound"): its absence from the articles proves nothing.
   */
  untranslated?: boolean;
  /** What kind of word the lexicon says it is (English words only). */
  kind?: WordKind;
  /** Share of a full match this concept adds to a score; 1 unless said otherwise. */
  weight?: number;
  /** Someone the question asks what they said ("China" of "What did China say about…?"). */
  speaker?: boolean;
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
  /**
   * The question's own noun that asks the kind of answer ("operatorë" of "Cilët operatorë e nisën 5G-në?", "bank"
   * of "Which bank…?"), not searched for as a concept: an answer calling its subject by that noun ("Dy operatorët
   * kryesorë…, One Albania dhe Vodafone Albania") is of the kind asked, whatever the kind's cue words.
   */
  askingNoun?: QueryConcept;
  /** Keys that prove a passage holds the kind of answer asked for ("how many" → a number word); absent when not checked. */
  answerEvidence?: QueryConcept;
  /** Evidence words matched as written: stopwords, which have no key ("pak", few, answers "how many"), and words whose key is too short to tell them ("tre", not "treni"). */
  answerEvidenceWords?: string[];
  /** A proper name proves a passage holds the kind of answer asked for ("What is she called?"). */
  answerIsName?: boolean;
  /** Only a day of a month proves it ("On what date…?": "më 30 gusht", not "this month"). */
  answerIsDay?: boolean;
  /** The numbers that prove a passage holds the kind of answer asked for (any number for "how many"; a year or a time of day for "when"). */
  answerNumbers?: NumberProof[];
  /** It asks an amount of money ("Sa kushton…?", "How much does it cost?"): only a sum in a currency proves it. */
  answerIsMoney?: boolean;
  /**
   * It asks who ("Kush e financoi…?") or where ("Ku…?"): an answer quotes a sentence giving a name
   * (someone's, a place's) first. No passage is refused for lacking one: "who" is answered by "the
   * ministry" as well (refusing a "who" without a name in the passage cost 11 answerable questions for 5).
   */
  answerGivesName?: 'someone' | 'place';
  /** It asks a sum by a word of money after "sa" ("Sa para i dha?"): the sentences naming one answer it first, but no passage is refused for lacking one. */
  answerIsSum?: boolean;
  /**
   * The units the question counts in, as written ("How many hectares…", "Sa ditë…"): the number
   * that answers stands in a sentence that names one. A rate's unit ("per day") is not what is counted.
   */
  answerUnits?: string[];
  /** It asks two things at once ("When did it start, and who pays?"), which different sentences may answer. */
  asksSeveral?: boolean;
  /** It asks yes or no ("A u shpërthyen bankomate edhe në Divjakë?", "Did parents in Shkodra keep their kids at home?"). */
  asksYesNo?: boolean;
  /**
   * It asks which thing is the most of something over a whole place ("Cili është lumi më i gjatë në botë?",
   * "What's the tallest mountain in Albania?"): the concept of the thing it ranks, when it names one
   * (`data/lexicon/superlative-words.tsv`).
   */
  superlative?: { ranked?: QueryConcept };
  /**
   * It asks what changes by the day or the hour for the asker's own today, tomorrow or weekend ("Sa është kursi i
   * euros sot?", "What's the weather in Durrës this weekend?", `data/lexicon/live-words.tsv`).
   */
  asksLive?: boolean;
  /**
   * It is a request to the bot for advice, a recommendation, a recipe or instructions for the asker ("Any tips for
   * fixing a leaky tap?", "How do I renew my passport?", "Si ta mësoj gjermanishten?"), not a question about what
   * an article reports (`data/lexicon/request-words.tsv`); with the concept of the asker's action or the request's
   * verb ("renew", "mësoj", "Recommend"), which the lexicon may take for a thing ("book" of "How do I book…").
   */
  asksAdvice?: { action?: QueryConcept };
  /**
   * What "How many…?" or "Sa…?" counts: the concepts of the words right after it ("How many heart attack
   * patients…", "Sa pacientë…"), one of which a number that answers counts. Absent when it names none.
   */
  counted?: QueryConcept[];
  /** The question plus the Albanian translations of its words, for the embedder. */
  searchText: string;
}

/** Lexicon entries by lowercase key and by Porter stem (of the last word of a two-word key). */
interface LexiconIndex {
  byKey: Map<string, LexiconEntry>;
  /** By the Porter stem of a one-word key, or of the last word of a two-word key ("census takers" finds "census taker"). */
  byStem: Map<string, LexiconEntry>;
}

/** A folded key or phrase with its last word stemmed. */
function phraseStem(folded: string): string {
  const space = folded.lastIndexOf(' ');
  return folded.slice(0, space + 1) + stemEnglish(folded.slice(space + 1));
}

let lexiconIndex: LexiconIndex | undefined;

/** Read and built on the first English question or name, not at start-up: stemming 5,000 keys costs tens of ms. */
function lexicon(): LexiconIndex {
  if (lexiconIndex) return lexiconIndex;
  const byKey = new Map<string, LexiconEntry>();
  const byStem = new Map<string, LexiconEntry>();
  for (const [key, entry] of readEnglishAlbanianLexicon()) {
    byKey.set(fold(key), entry);
    const stem = phraseStem(fold(key));
    const known = byStem.get(stem);
    byStem.set(stem, known ? { ...known, forms: [...known.forms, ...entry.forms] } : entry);
  }
  lexiconIndex = { byKey, byStem };
  return lexiconIndex;
}

let entriesByForm: Map<string, LexiconEntry[]> | undefined;

/**
 * The lexicon's entries that give an Albanian word, as written (folded), among their forms ("punëtorë"
 * → worker, employees, workforce…): what an article's word may mean; none for a word it does not list.
 * Built on first use; not by index key, whose stems join unrelated words and cost 50,000 stemmings.
 */
export function entriesOfWord(word: string): readonly LexiconEntry[] {
  if (!entriesByForm) {
    entriesByForm = new Map();
    for (const entry of lexicon().byKey.values()) {
      for (const form of entry.forms) {
        if (form.includes(' ')) continue;
        const at = fold(form);
        const known = entriesByForm.get(at);
        if (!known) entriesByForm.set(at, [entry]);
        else if (!known.includes(entry)) known.push(entry);
      }
    }
  }
  return entriesByForm.get(fold(word)) ?? [];
}

/** A kind of answer (`data/lexicon/answer-types.tsv`): the question words that ask for it and its cue keys. */
interface AnswerType {
  kind: string;
  /** Alternatives, each a list of words that must all occur in the question, as tests of a question's folded word (see {@link asker}). */
  askedBy: Record<Language, ((foldedWord: string) => boolean)[][]>;
  keys: string[];
  /** Keys that prove a passage holds such an answer; empty when the kind is not checked. */
  evidence: string[];
  /** Folded evidence words without a key (stopwords such as "pak", "asnjë"). */
  evidenceWords: string[];
  /** A proper name proves it (`@name` in the file). */
  evidenceIsName: boolean;
  /** A day of a month proves it (`@day` in the file). */
  evidenceIsDay: boolean;
  /** The numbers that prove it (`@number`, `@year`, `@clock` in the file). */
  numbers: NumberProof[];
  /** Keys of the units such an answer is counted in; empty when the kind has none. */
  units: Set<string>;
  /** Units that are function words too, and so have no key ("tonë": tonnes, and our), folded, with the key they would have. */
  writtenUnits: Map<string, string>;
}

/** The evidence word that stands for a proper name in `answer-types.tsv`. */
const NAME_EVIDENCE = '@name';
/** The evidence word that stands for a day of a month in `answer-types.tsv`. */
const DAY_EVIDENCE = '@day';
const NUMBER_PROOFS: Record<string, NumberProof> = { '@number': 'number', '@year': 'year', '@clock': 'clock' };

/** Evidence words that stand for a kind of word rather than for themselves. */
const MARKERS = new Set([NAME_EVIDENCE, DAY_EVIDENCE, ...Object.keys(NUMBER_PROOFS)]);

/** Cues rank, softly: they say what kind of passage answers, not what it is about. */
const ANSWER_TYPE_WEIGHT = 0.5;

let answerTypes: AnswerType[] | undefined;

/**
 * Does a question word ask what an asker word of `answer-types.tsv` asks? In English, the word
 * or its stem must be the asker as written ("getting" asks "get", "calling" does not ask
 * "called"); in Albanian, their stems must agree, but for an asker that is an English word
 * (see {@link isEnglishWord}), which must be written as it is. An English word stemmed as
 * Albanian would collide with unrelated askers ("chose" and "cost" both give "kos").
 */
function asker(word: string, language: Language): (foldedWord: string) => boolean {
  if (language === 'en') return (foldedWord) => foldedWord === word || englishStem(foldedWord) === word;
  if (isEnglishWord(word)) return (foldedWord) => foldedWord === word;
  const root = albanianRoot(word);
  // "të moshuarit" (the elderly) and "kursimi" (the saving) share the roots of "mosha" (age) and "kursi" (the rate), not their meanings.
  const derived = derivedAlbanian(word);
  return (foldedWord) => albanianRoot(foldedWord) === root && derivedAlbanian(foldedWord) === derived;
}

/** Is a folded Albanian word made from another by a deriving ending (see {@link isDerivedAlbanian})? Memoised, as question words recur. */
const derivedAlbanian = memoize((foldedWord) => isDerivedAlbanian(cognateKey(foldedWord)));

/** Porter's stem of a question word, asked of it by every English asker of `answer-types.tsv`. */
const englishStem = memoize(stemEnglish);

/**
 * An Albanian word stemmed until nothing more comes off. The stemmer removes two endings per
 * call, so a form with one ending more than its lemma ("udhëtojë" against "udhëtoj") would
 * otherwise stop one step short of it.
 */
const albanianRoot = memoize((foldedWord) => {
  let word = cognateKey(foldedWord);
  for (let stem = stemAlbanian(word); stem !== word; stem = stemAlbanian(word)) word = stem;
  return word;
});

/**
 * An English word of `answer-types.tsv` ("cost", "date", "data", "time" asking; "march", "sunday"
 * proving): it is matched only as written ("Cila është data e provimit?"), since its Albanian stem
 * is some Albanian word's ("kosit", "datuan", "Times"; "Marku", "sundoi").
 */
function isEnglishWord(word: string): boolean {
  return (lexicon().byKey.has(word) || isStopword(word, 'en')) && !isStopword(word, 'sq');
}

function loadAnswerTypes(): AnswerType[] {
  answerTypes ??= readWordList('answer-types.tsv').map(({ fields }) => {
    const askers = alternatives(fields[1]).map((words) => words.split('+').map((w) => fold(w.trim())));
    return {
      kind: fields[0]!,
      askedBy: { en: askers.map((words) => words.map((w) => asker(w, 'en'))), sq: askers.map((words) => words.map((w) => asker(w, 'sq'))) },
      keys: [...new Set(alternatives(fields[2]).flatMap((cue) => indexKeys(cue)))],
      evidence: [...new Set(alternatives(fields[3]).filter((cue) => !MARKERS.has(cue) && !isWrittenEvidence(cue)).flatMap((cue) => indexKeys(cue)))],
      evidenceWords: alternatives(fields[3]).filter(isWrittenEvidence).map(fold),
      evidenceIsName: alternatives(fields[3]).includes(NAME_EVIDENCE),
      evidenceIsDay: alternatives(fields[3]).includes(DAY_EVIDENCE),
      numbers: alternatives(fields[3]).flatMap((cue) => (NUMBER_PROOFS[cue] ? [NUMBER_PROOFS[cue]] : [])),
      units: new Set(alternatives(fields[4]).flatMap((unit) => indexKeys(unit))),
      writtenUnits: new Map(alternatives(fields[4]).filter((unit) => indexKeys(unit).length === 0).map((unit) => [fold(unit), stemAlbanian(cognateKey(fold(unit)))])),
    };
  });
  return answerTypes;
}

/**
 * Is an evidence word matched as written rather than by its key: a stopword, which has none ("pak",
 * "asnjë"), a word whose key is {@link MAX_SHORT_KEY} letters or fewer, which joins unrelated
 * words ("tre", three, and "treni", the train; "muaj", month, and "mua", me), or an English word
 * (see {@link isEnglishWord})?
 */
function isWrittenEvidence(cue: string): boolean {
  if (cue.includes(' ') || MARKERS.has(cue)) return false;
  if (isEnglishWord(fold(cue))) return true;
  const keys = indexKeys(cue);
  return keys.length === 0 || (keys.length === 1 && keys[0]!.length <= MAX_SHORT_KEY && !/^\d+$/.test(keys[0]!));
}

/** The kind of answer the question asks for, and which of its tokens asked for it; `asksSpeech`: it asks what someone said. */
function answerTypeOf(foldedTokens: readonly string[], language: Language, asksSpeech = false): { type: AnswerType; askers: Set<number> } | undefined {
  let first: { type: AnswerType; askers: Set<number> } | undefined;
  // The question word opens the question, or follows a preposition ("By what percentage…?", "Me sa…?")
  // or a courtesy ("Please tell me, by what percentage…?", "Më thuaj, sa…?").
  const { and, question, why, which, who } = questionWordsOf();
  const questionAt = foldedTokens.findIndex((word) => question.has(word));
  const isFunctionWord = (i: number) => foldedTokens[i] !== '' && (isStopword(foldedTokens[i]!, language) || question.has(foldedTokens[i]!));
  // "Which actors…?", "Cili film…?": a noun right after "which" says what thing is asked for.
  // Not a name there: "What's John Kirby's job?" asks his job.
  const isNoun = (i: number) => i < foldedTokens.length && foldedTokens[i] !== '' && !isFunctionWord(i);
  const asksWhichThing = questionAt >= 0 && which.has(foldedTokens[questionAt]!) && isNoun(questionAt + 1);
  // "which+bank" asks of the bank in the noun phrase the question word opens ("Which construction firm…?"), not of one further on ("What are banks doing…?").
  const withWhichNoun = (positions: readonly number[]) =>
    positions.every((p) => !which.has(foldedTokens[p]!) || positions.every((i) => i === p || (i > p && foldedTokens.slice(p + 1, i).every((_, n) => !isFunctionWord(p + 1 + n)))));
  const opens = (positions: readonly number[]) => Math.max(...positions) <= 1 || (questionAt > 0 && positions.every((i) => i >= questionAt - 1 && i <= questionAt + 1));
  // A question word after the one that opens the question starts a clause of it, unless a
  // conjunction joins a second question ("What were kids told to do when the siren sounded?"
  // asks no time; "Who heads it, and when did she start?" does).
  const startsClause = (i: number) => questionAt >= 0 && i > questionAt && question.has(foldedTokens[i]!) && !and.has(foldedTokens[i - 1] ?? '');
  // A yes-or-no question, one asking what someone said, one asking why and one asking which thing ask no kind through a word further on.
  const asksOther = asksYesOrNo(foldedTokens, language) || asksSpeech || (questionAt >= 0 && why.has(foldedTokens[questionAt]!)) || asksWhichThing;
  // Nor does a word further on ask a figure of one asking who ("Kush e fitoi çmimin…?" asks who won the prize, not a
  // price), unless it is in a second question joined to it ("Who pays, and what's the price tag?").
  const secondAt = foldedTokens.findIndex((word, i) => i > questionAt && question.has(word) && and.has(foldedTokens[i - 1] ?? ''));
  const asksWhomAt = (i: number) => questionAt >= 0 && who.has(foldedTokens[questionAt]!) && (secondAt < 0 || i < secondAt);
  for (const type of loadAnswerTypes()) {
    for (const words of type.askedBy[language]) {
      const positions = words.map((asks) => foldedTokens.findIndex(asks));
      if (!positions.every((i) => i >= 0) || positions.some(startsClause) || (positions.length > 1 && !withWhichNoun(positions))) continue;
      const found = { type, askers: new Set(positions) };
      // The question word, alone or with the next ("Sa…", "Kur…", "How many…", "By what percentage…"),
      // wins over a word further on that also asks: "Sa ishte nota mesatare e vitit të kaluar?", "How many
      // nurses left last year?" and "By what percentage have rents gone up since last year?" ask a number,
      // not a time; "How many … get …?" is no means of travel.
      if (opens(positions)) return found;
      // A yes-or-no question asks no kind through a word further on ("A jep shteti ndihmë për vitin që
      // vjen?" asks no time), unless a question word asks it ("Did they…, and at what time…?").
      // Nor does one asking what someone said ("Çfarë tha Latifi për çmimet?" asks her words, not a price), nor why.
      const byQuestionWord = positions.some((i) => question.has(foldedTokens[i]!) || question.has(foldedTokens[i - 1] ?? ''));
      if ((asksOther || (FIGURE_KINDS.has(type.kind) && positions.some(asksWhomAt))) && !byQuestionWord) continue;
      first ??= found;
    }
  }
  return first;
}

/**
 * The noun among the words that asked the kind of answer ("operatorë" of "Cilët operatorë…?", "bank" of "Which
 * bank…?"), as a concept of its own keys, or of its translations in English; undefined when only question words,
 * function words or words no key or translation is made of asked it.
 */
function askingNounOf(tokens: readonly string[], askers: ReadonlySet<number>, language: Language): QueryConcept | undefined {
  const { question } = questionWordsOf();
  const at = [...askers].find((i) => !question.has(fold(tokens[i]!)) && !isStopword(fold(tokens[i]!), language));
  if (at === undefined) return undefined;
  const surface = tokens[at]!;
  const translated = language === 'en' ? translate(fold(surface)) : [];
  const own = indexKey(surface, language);
  const keys = unique([...(translated.length > 0 || !own ? [] : [own]), ...translated.flatMap((t) => indexKeys(t))]);
  return keys.length > 0 ? { source: surface, keys, forms: [surface, ...translated.flatMap(words)], isName: false } : undefined;
}

function lookUpSpelling(foldedWord: string): LexiconEntry | undefined {
  const { byKey, byStem } = lexicon();
  // English "-men" plurals ("fishermen", "spokesmen") are beyond the stemmer.
  const singular = foldedWord.replace(/men$/, 'man');
  return byKey.get(foldedWord) ?? byKey.get(singular) ?? byStem.get(stemEnglish(foldedWord));
}

function lookUp(foldedWord: string): LexiconEntry | undefined {
  const entry = lookUpSpelling(foldedWord);
  if (entry) return entry;
  // British spellings ("apologised", "labour", "centre", "travelled"): the lexicon needs only the American one.
  for (const american of americanSpellings(foldedWord)) {
    const spelled = lookUpSpelling(american);
    if (spelled) return spelled;
  }
  // An adjective of nationality the lexicon lacks is its country's ("Austrian" → Austria, whose entry has "austriak").
  for (const base of demonymBases(foldedWord)) {
    const country = lexicon().byKey.get(base);
    if (country?.kind === 'place') return country;
  }
  return undefined;
}

/**
 * What kind of word an English question word is: its entry's, but a verb for a past participle found through the
 * entry of a noun ("tied" of "be tied to working", "barred", "listed"): the lexicon keys the noun, and the question
 * writes the verb.
 */
function wordKind(foldedWord: string, kind: WordKind): WordKind {
  return kind === 'noun' && foldedWord.endsWith('ed') && !lexicon().byKey.has(foldedWord) ? 'verb' : kind;
}

/**
 * Is an English word a key of the lexicon as written (a function word never is)? Not by its stem:
 * Porter's stems of short words join unrelated keys ("rel" is the stem of "relative").
 */
function isEnglishKey(foldedWord: string): boolean {
  return foldedWord.length >= 3 && !isStopword(foldedWord, 'en') && lexicon().byKey.has(foldedWord);
}

function translate(foldedWord: string): readonly string[] {
  return singleWordsFirst(lookUp(foldedWord)?.forms ?? []);
}

/**
 * The translations of an abbreviation's sense: of all its words, else of each two words in a row
 * that the lexicon has ("intensive care unit", the ICU, through "intensive care").
 */
function translateSense(foldedWords: string): readonly string[] {
  const whole = translate(foldedWords);
  if (whole.length > 0) return whole;
  const parts = foldedWords.split(' ');
  return parts.slice(1).flatMap((word, i) => translate(`${parts[i]} ${word}`));
}

/** An English word's translations found by English word analysis, and the kind of word it is. */
interface Analysed {
  translations: readonly string[];
  kind?: WordKind;
  /** Found through a derivation or a compound: a guess at the word's sense, whose absence from the articles proves nothing. */
  guessed: boolean;
}

/**
 * Translates an English word that is no key of the lexicon through the keys it is made of (see
 * {@link analyzeEnglishWord}): "ties" through "tie", "hilly" through "hill", "unpaid" through "paid".
 * A compound's two parts search as one concept ("snowbound": snow or bound, whichever the article
 * writes): the head alone (English compounds end in theirs) found fewer answers on the development
 * sets. Memoised, as words recur.
 */
const translateByAnalysis = memoize((foldedWord): Analysed | undefined => {
  const analysis = analyzeEnglishWord(foldedWord, isEnglishKey);
  if (!analysis) return undefined;
  if (analysis.how === 'compound') {
    const translations = [...translate(analysis.modifier), ...translate(analysis.head)];
    const kind = lookUp(analysis.head)?.kind;
    return { translations, ...(kind && { kind }), guessed: true };
  }
  const kind = analysis.kind ?? lookUp(analysis.key)?.kind;
  return { translations: translate(analysis.key), ...(kind && { kind }), guessed: analysis.how === 'derivation' };
}, 10_000);

/** Each place and organisation of the lexicon → its names, and each name → the names of its entries; built on first use. */
let placeNames: { ofEntry: Map<LexiconEntry, string[]>; ofName: Map<string, Set<string>> } | undefined;

/**
 * The names the lexicon gives places and organisations: the single words of their entries that
 * it uses for no common word. "SHBA" and "Uashingtoni" name Washington's country; "shtetet"
 * (states), "bashkuara" (united) or "evropian" would find any article. A name counts as
 * mentioned when one of its names is in an article.
 */
function lexiconPlaceNames(): NonNullable<typeof placeNames> {
  if (placeNames) return placeNames;
  const entries = [...lexicon().byKey.values()];
  const named = entries.filter(isNamedEntity);
  // Compared in lower case, as the lexicon writes them: folding every form of every entry would
  // cost the first question with a name tens of milliseconds.
  const candidates = new Set(named.flatMap((e) => e.forms.filter((f) => !f.includes(' ')).map((f) => f.toLowerCase())));
  const common = new Set<string>();
  for (const entry of entries) {
    if (isNamedEntity(entry)) continue;
    for (const form of entry.forms) for (const word of form.toLowerCase().split(' ')) if (candidates.has(word)) common.add(word);
  }
  placeNames = { ofEntry: new Map(), ofName: new Map() };
  for (const entry of named) {
    const names = entry.forms.filter((form) => !form.includes(' ') && !common.has(form.toLowerCase()));
    placeNames.ofEntry.set(entry, names);
    for (const name of names) {
      const known = placeNames.ofName.get(fold(name)) ?? new Set<string>();
      names.forEach((other) => known.add(other));
      placeNames.ofName.set(fold(name), known);
    }
  }
  return placeNames;
}

/** Other names of the place or organisation an Albanian name is a form of ("Uashingtoni" → "SHBA"…); used to decide whether it is mentioned, not to rank. */
function otherNamesOf(foldedWord: string): readonly string[] {
  return [...(lexiconPlaceNames().ofName.get(foldedWord) ?? [])].filter((name) => fold(name) !== foldedWord);
}

/**
 * A word of a name as written and its other names; an English word the lexicon translates is a
 * name only beside one ("Mother Teresa", "Lake Ohrid"), and Albanian writes it translated
 * ("Nënë Tereza", "Liqeni i Ohrit").
 */
function namePart(surface: string, folded: string, language: Language): string[] {
  return [surface, ...otherNamesOf(folded), ...(language === 'en' ? translate(folded) : [])];
}

/** Each key of an Albanian word of the lexicon → the first letters of the English keys it translates; built on first use. */
let initialsByKey: Map<string, Set<string>> | undefined;

/**
 * The letters an English name starts a word of it with where Albanian writes this word: the
 * initials of the English keys whose translations it is a form of ("Zhvillim" → d, development).
 * How an English acronym reads a name an Albanian article spells out.
 */
export function englishInitials(word: string): ReadonlySet<string> {
  if (!initialsByKey) {
    initialsByKey = new Map();
    for (const [key, entry] of lexicon().byKey) {
      for (const form of entry.forms.filter((f) => !f.includes(' '))) {
        const at = albanianKey(form);
        if (!at) continue;
        const known = initialsByKey.get(at) ?? new Set<string>();
        known.add(key[0]!);
        initialsByKey.set(at, known);
      }
    }
  }
  return initialsByKey.get(albanianKey(word) ?? '') ?? new Set();
}

/** Each one-word name of a place or organisation of the lexicon (folded) → the names of several words its entries write; built on first use. */
let phrasesOfName: Map<string, string[]> | undefined;

/**
 * The names of several words that the lexicon writes the place or organisation an abbreviation
 * names ("AP" → "Associated Press", "BE" → "Bashkimi Evropian", "OBSH" → "Organizata Botërore e
 * Shëndetësisë"): an article may spell it out where the question abbreviates it.
 */
function spelledOutNames(foldedWord: string): readonly string[] {
  if (!phrasesOfName) {
    phrasesOfName = new Map();
    for (const [key, entry] of lexicon().byKey) {
      if (!isNamedEntity(entry)) continue;
      const phrases = unique([...(key.includes(' ') ? [key] : []), ...entry.forms.filter((form) => form.includes(' '))]);
      for (const name of [key, ...entry.forms].filter((form) => !form.includes(' ')).map(fold)) {
        phrasesOfName.set(name, unique([...(phrasesOfName.get(name) ?? []), ...phrases]));
      }
    }
  }
  return phrasesOfName.get(foldedWord) ?? [];
}

/** The names of a translated place or organisation, or all its translations' words when the lexicon gives it none of its own. */
function namesOfEntry(entry: LexiconEntry, translations: readonly string[]): readonly string[] {
  const names = lexiconPlaceNames().ofEntry.get(entry) ?? [];
  return names.length > 0 ? names : translations.flatMap(words);
}

/** Places and organisations are names: "Germany" asks about Germany, whatever else the article says. */
function isNamedEntity(entry: LexiconEntry | undefined): boolean {
  return entry?.kind === 'place' || entry?.kind === 'organisation';
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
  const written = keyWords(text).map((w) => (language === 'en' ? withoutClitic(w) : w));
  // Capitals mark names only when the question is written in sentence case.
  const starts = sentenceStarts(text);
  const tokens = caseMarksNames(written, starts, language) ? written : written.map((w, i) => (isKnownName(written, i, language) ? w : w.toLowerCase()));
  const concepts: QueryConcept[] = [];
  const translations: string[] = [];
  // A capitalised word that starts no sentence is a name and asks nothing ("the New York Times", "Data Ltd"),
  // nor does an English word that begins a phrase of the lexicon ("what the design called for").
  const asksNothing = (token: string, i: number) => (!starts.has(i) && /^\p{Lu}/u.test(token)) || (language === 'en' && startsPhrase(tokens, i));
  const speakers = speakerSpan(tokens, language);
  // "Could you tell me: what is her job?" asks no one's words: its speaker is the bot.
  const asksSpeech = [...speakers].some((i) => !isStopword(fold(tokens[i]!), language));
  const asked = answerTypeOf(tokens.map((token, i) => (asksNothing(token, i) ? '' : fold(token))), language, asksSpeech);

  // A capital inside a word marks a name wherever it stands ("iPhone", "eBay").
  const capitalised = (i: number) => (!starts.has(i) && /^\p{Lu}/u.test(tokens[i] ?? '')) || /^\p{Ll}+\p{Lu}/u.test(tokens[i] ?? '');
  let previousNameEnd = -2;
  /** The token each concept starts at. */
  const startOf = new Map<QueryConcept, number>();
  // An English abbreviation that is a common noun ("the ER", "HGVs") is no name, nor part of one ("the Roskovec ER"), though written in capitals.
  const commonNoun = (i: number) => language === 'en' && commonAbbreviation(tokens[i] ?? '') !== undefined;
  const untranslatedName = (i: number) => capitalised(i) && !commonNoun(i) && (language !== 'en' || translate(fold(tokens[i]!)).length === 0);

  /** The two-word phrase of the lexicon whose words stand at `i` and `end`, as one concept. */
  const pushPhrase = (entry: LexiconEntry, i: number, end: number) => {
    const [surface, second] = [tokens[i]!, tokens[end]!];
    const phrase = `${fold(surface)} ${fold(second)}`;
    // A phrase capitalised word by word mid-sentence is a proper name, whatever the lexicon calls it ("the Champions League").
    const isName = end === i + 1 && (isNamedEntity(entry) || (capitalised(i) && capitalised(end))) && /^\p{Lu}/u.test(surface);
    // Like a translated word, a translated phrase searches for its translations, not for its own
    // letters stemmed as Albanian ("cut off" would find "kut-" of "kutitë", the boxes); a name keeps them.
    const keys = unique([...entry.forms.flatMap((t) => indexKeys(t)), ...(isName ? indexKeys(phrase, language) : [])]);
    const forms = entry.forms.flatMap(words);
    concepts.push({
      source: end === i + 1 ? `${surface} ${second}` : `${surface} … ${second}`,
      keys,
      forms,
      isName,
      ...(isName && { nameWords: [[surface, second, ...namesOfEntry(entry, entry.forms)]] }),
      ...((speakers.has(i) || speakers.has(end)) && { speaker: true }),
    });
    startOf.set(concepts.at(-1)!, i);
    translations.push(...entry.forms);
  };
  /** The second words of verb phrases written apart ("call the strike off"), taken with their verb. */
  const taken = new Set<number>();
  const foldedTokens = tokens.map(fold);
  const isVerbPhrase = (first: string, second: string) => phraseEntry(first, second)?.kind === 'verb';

  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    const surface = tokens[i]!;
    const folded = fold(surface);
    if (language === 'en' && i + 1 < tokens.length && !taken.has(i + 1)) {
      const entry = phraseEntry(folded, foldedTokens[i + 1]!);
      if (entry && !(entry.kind === 'verb' && inNounPhrase(tokens, i))) {
        pushPhrase(entry, i, i + 1);
        i++;
        continue;
      }
      const end = inNounPhrase(tokens, i) ? undefined : separatedPhraseEnd(foldedTokens, i, isVerbPhrase, (word) => isStopword(word, 'en'));
      if (end !== undefined) {
        // The words between are the verb's object, searched for as themselves.
        pushPhrase(phraseEntry(folded, foldedTokens[end]!)!, i, end);
        taken.add(end);
        continue;
      }
    }
    const own = indexKey(surface, language);
    // A word that asks the kind of answer is not searched for, but for the verb of a question word
    // ("How will she travel…?" is about travelling; "What is her job?" is not about jobs).
    if (!own || (asked?.askers.has(i) && !(language === 'en' && asked.askers.size > 1 && lookUp(folded)?.kind === 'verb'))) continue;
    if (/^\d+$/.test(own)) {
      // A number or year is asked about like a name: "in 2021" is not answered by an article without 2021.
      concepts.push({ source: surface, keys: [own], forms: [surface], isName: true, nameWords: [[surface]] });
      startOf.set(concepts.at(-1)!, i);
      continue;
    }
    // Part of a multi-word name ("Kim Jong Un"): "Un" is a name here, not the UN.
    const isName = untranslatedName(i) || (capitalised(i) && !commonNoun(i) && (untranslatedName(i - 1) || untranslatedName(i + 1)));
    const previous = concepts.at(-1);
    if (isName && previous?.isName && previousNameEnd === i - 1) {
      // One name is one concept, however many words it has, so names do not outweigh the rest.
      previous.source += ` ${surface}`;
      previous.keys = unique([...previous.keys, own]);
      previous.forms.push(surface);
      previous.nameWords = [...(previous.nameWords ?? []), namePart(surface, folded, language)];
      // An abbreviation's names of several words stand for it alone, not for a longer name it begins.
      delete previous.namePhrases;
      if (speakers.has(i)) previous.speaker = true;
      previousNameEnd = i;
      continue;
    }
    const direct = language === 'en' && !isName ? translate(folded) : [];
    // An abbreviation searches for what it stands for ("ER" → "emergency room" → "urgjenca").
    const abbreviation = language === 'en' && !isName && direct.length === 0 ? commonAbbreviation(surface) : undefined;
    const analysed = language === 'en' && !isName && direct.length === 0 && !abbreviation ? translateByAnalysis(folded) : undefined;
    const translated = abbreviation?.flatMap((words) => translateSense(fold(words))) ?? analysed?.translations ?? direct;
    const unknown = language === 'en' && !isName && translated.length === 0;
    translations.push(...translated);
    // A translated English word searches for its translations, not for its own letters stemmed
    // as Albanian ("train" would find "tra-" of "trajtonte"); a cognate among the articles' words
    // is still found through the vocabulary.
    // A word nothing translates also searches for itself as Albanian writes loanwords ("asthma" → "astmën").
    const loans = unknown ? loanSpellings(folded) : [];
    const keys = unique([...(translated.length > 0 ? [] : [own]), ...translated.flatMap((t) => indexKeys(t)), ...loans.flatMap((l) => indexKeys(l))]);
    // A capitalised place or organisation the lexicon translates is a name all the same (one part, any translation).
    const entry = language === 'en' && !isName ? lookUp(folded) : undefined;
    const isTranslatedName = !isName && /^\p{Lu}/u.test(surface) && isNamedEntity(entry);
    const kind = analysed?.kind ?? entry?.kind;
    concepts.push({
      source: surface,
      keys,
      // A word nothing translates may still be a cognate of the articles' words in another spelling or base form.
      forms: [surface, ...translated.flatMap(words), ...(unknown ? [...englishVariants(folded), ...loans] : [])],
      isName: isName || isTranslatedName,
      ...(isName && { nameWords: [namePart(surface, folded, language)] }),
      ...(isTranslatedName && { nameWords: [[surface, ...namesOfEntry(entry!, translated)]] }),
      ...(isTranslatedName && entry!.forms.some((f) => f.includes(' ')) && { namePhrases: entry!.forms.filter((f) => f.includes(' ')) }),
      ...(isName && ABBREVIATION.test(surface) && spelledOutNames(folded).length > 0 && { namePhrases: [...spelledOutNames(folded)] }),
      ...((unknown || analysed?.guessed) && { untranslated: true }),
      ...(kind && { kind: wordKind(folded, kind) }),
      ...(speakers.has(i) && { speaker: true }),
    });
    startOf.set(concepts.at(-1)!, i);
    if (isName) previousNameEnd = i;
  }
  const answerType = asked && { source: asked.type.kind, keys: asked.type.keys, forms: [], isName: false, weight: ANSWER_TYPE_WEIGHT };
  const answerEvidence = asked?.type.evidence.length ? { source: asked.type.kind, keys: asked.type.evidence, forms: [], isName: false } : undefined;
  const answerEvidenceWords = asked?.type.evidenceWords.length ? asked.type.evidenceWords : undefined;
  const askingNoun = asked && askingNounOf(tokens, asked.askers, language);
  const named = asksWhoOrWhere(foldedTokens, asked);
  const yesNo = asksYesOrNo(tokens, language);
  return {
    text,
    language,
    concepts,
    answerType,
    ...(askingNoun && { askingNoun }),
    answerEvidence,
    ...(answerEvidenceWords && { answerEvidenceWords }),
    // A name its words ask about is what a yes-or-no question asks about, not its answer.
    ...(asked?.type.evidenceIsName && !yesNo && { answerIsName: true }),
    ...(asked?.type.evidenceIsDay && { answerIsDay: true }),
    ...(asked?.type.numbers.length && { answerNumbers: asked.type.numbers }),
    ...(asked?.type.kind === MONEY_KIND && asksMoney(tokens, language) && { answerIsMoney: true }),
    ...(asked?.type.kind === MONEY_KIND && asksSum(foldedTokens) && { answerIsSum: true }),
    ...(named && { answerGivesName: named }),
    ...(asked && asked.type.units.size > 0 && unitsOf(tokens, asked.type.units)),
    ...(asksSeveral(tokens) && { asksSeveral: true }),
    ...(yesNo && { asksYesNo: true }),
    ...adviceAsked(foldedTokens, startOf, language),
    ...(asksLive(foldedTokens) && { asksLive: true }),
    ...superlativeOverPlace(tokens, foldedTokens, startOf, language),
    ...(asked?.type.kind === QUANTITY_KIND && countedAfter(tokens, asked.askers, startOf, language)),
    searchText: [text, ...translations].join(' '),
  };
}

/** A word written in capitals, as abbreviations are ("AP", "BE", "OBSH"). */
const ABBREVIATION = /^\p{Lu}{2,6}$/u;

/** An English word and its base forms as Albanian writes loanwords ("inhalers" → "inhalator"). */
const loanSpellings = memoize((foldedWord): string[] => unique([foldedWord, ...englishLemmas(foldedWord)].flatMap((word) => albanianLoanSpellings(word))), 10_000);

/** A day of a month: a number from 1 to 31, or its English ordinal ("June 3rd"), beside a month's name (`data/lexicon/months.tsv`), its case ending allowed ("31 marsit"). */
const DAY_OF_MONTH = /^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;
/**
 * A date in digits: day, month and year ("13.09.2023", "13/09/23") or ISO ("2023-09-13"). A number
 * grouped in thousands ("1.500.000") is none: its groups have three digits.
 */
const NUMERIC_DATE = /\b(?:(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])[./](?:\d{4}|\d{2})|\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))\b/u;

/** Does the text name a calendar day ("më 30 gusht", "31 marsi", "May 5", "13.09.2023")? */
export function namesCalendarDay(text: string): boolean {
  const folded = words(text).map(fold);
  return NUMERIC_DATE.test(text) || folded.some((word, i) => DAY_OF_MONTH.test(word) && (isMonth(folded[i + 1] ?? '') || isMonth(folded[i - 1] ?? '')));
}

/** Do the English words at `i` and after it make a two-word phrase of the lexicon ("called for" is "call for")? */
function startsPhrase(tokens: readonly string[], i: number): boolean {
  if (i + 1 >= tokens.length) return false;
  const entry = phraseEntry(fold(tokens[i]!), fold(tokens[i + 1]!));
  return entry !== undefined && !(entry.kind === 'verb' && inNounPhrase(tokens, i));
}

/**
 * The lexicon's two-word phrase of two folded English words: as written, the last word by its
 * stem ("census takers"), or the first by its base form or stem, as a phrasal verb inflects its
 * verb ("walked out" is "walk out", "took over" is "take over").
 */
const phraseEntry = (first: string, second: string): LexiconEntry | undefined => phraseOfPair(`${first} ${second}`);

/** {@link phraseEntry} of two words joined by a space, memoised: every pair of a question's words is looked up. */
const phraseOfPair = memoize((pair): LexiconEntry | undefined => {
  const [first = '', second = ''] = pair.split(' ');
  const { byKey, byStem } = lexicon();
  for (const verb of [first, ...englishLemmas(first), stemEnglish(first)]) {
    const phrase = `${verb} ${second}`;
    const entry = byKey.get(phrase) ?? byStem.get(phraseStem(phrase));
    if (entry) return entry;
  }
  return undefined;
}, 10_000);

/**
 * Does the English word at `i` stand in a noun phrase, where a verb phrase of the lexicon that
 * starts with it is none ("an arms deal with Moscow" is no "deal with")? Right after an article
 * ("the deal with Russia"), or one word after an article that follows neither the question's start,
 * an auxiliary nor a question word: such a noun phrase is an object ("admitted an arms deal with"),
 * while a subject is followed by its verb ("Did the mayor step down?", "When will the court rule on…?").
 */
function inNounPhrase(tokens: readonly string[], i: number): boolean {
  const { question, 'yes-no-en': auxiliaries, 'article-en': articles } = questionWordsOf();
  const at = (k: number) => fold(tokens[k] ?? '');
  if (articles.has(at(i - 1))) return true;
  return i >= 3 && articles.has(at(i - 2)) && !auxiliaries.has(at(i - 3)) && !question.has(at(i - 3));
}

/** The kind of answer a place is (`answer-types.tsv`). */
const PLACE_KIND = 'place';
/** The kind of answer a count or an amount is (`answer-types.tsv`). */
const QUANTITY_KIND = 'quantity';
/** Kinds of answer that are figures: a question may ask a part of one ("vetëm në Lunxhëri"), and "who" asks none. */
export const FIGURE_KINDS: ReadonlySet<string> = new Set([QUANTITY_KIND, 'measure']);
/** The kind of answer an amount of money is. */
const MONEY_KIND = QUANTITY_KIND;

/** The words of money (`data/lexicon/money-words.tsv`), folded, read once. */
const moneyWordsOf = wordSetsOnce('money-words.tsv', ['ask', 'currency', 'count', 'sum']);

/** Does a word of money follow a count word ("Sa para…", "Sa lekë…") in the folded words? Its answer is a sum. */
function asksSum(folded: readonly string[]): boolean {
  const { currency, count, sum } = moneyWordsOf();
  return folded.some((word, i) => i > 0 && count.has(folded[i - 1]!) && (currency.has(word) || sum.has(word)));
}

/**
 * Does the question ask an amount of money ("Sa kushton bileta?", "How much money did it cost?")?
 * Not when it counts things that pay ("How many fishermen paid the fine?", "Sa familje paguajnë
 * tarifën?"): a word after "many" or "sa" that is neither a word of money nor a stopword is what it counts.
 */
function asksMoney(tokens: readonly string[], language: Language): boolean {
  const { ask, currency, count } = moneyWordsOf();
  const folded = tokens.map(fold);
  const counted = folded.some((word, i) => i > 0 && count.has(folded[i - 1]!) && !ask.has(word) && !currency.has(word) && !isStopword(word, language));
  return !counted && folded.some((word) => ask.has(word));
}

/**
 * What a question that counts ("How many…", "Sa…") counts: the concepts from the word right after its
 * question word, in English up to the first function word ("How many heart attack patients does…"),
 * in Albanian that word alone ("Sa pacientë vdiqën…"), since its modifiers follow the noun. A name
 * or a number there ("How many Tirana residents…", "Sa 2024…") is no thing counted.
 */
function countedAfter(tokens: readonly string[], askers: ReadonlySet<number>, startOf: ReadonlyMap<QueryConcept, number>, language: Language): Pick<AnalyzedQuery, 'counted'> {
  const { asks } = countWordsOf();
  const asker = [...askers].find((i) => asks.has(fold(tokens[i]!)));
  if (asker === undefined) return {};
  const at = new Map([...startOf].map(([concept, i]) => [i, concept]));
  const counted: QueryConcept[] = [];
  for (let i = asker + 1; at.has(i) && (language === 'en' || counted.length === 0); i += words(at.get(i)!.source).length) counted.push(at.get(i)!);
  return counted.length > 0 && !counted.some((c) => c.isName) ? { counted } : {};
}

/**
 * Does the text give a sum: a currency's symbol beside digits ("$40", "40 €"), or its word after a number
 * or a word for one ("500 lekë", "2,1 milionë euro", "dyqind lekë"), not after a word such as "në" ("paid in euros")?
 */
export function namesSum(text: string): boolean {
  if (/[€$£]\s?\d|\d\s?[€$£]/u.test(text)) return true;
  const folded = words(text).map(fold);
  const { currency } = moneyWordsOf();
  return folded.some((word, i) => i > 0 && currency.has(word) && !isStopword(folded[i - 1]!, 'sq') && !isStopword(folded[i - 1]!, 'en'));
}

/** Is the word one that asks an amount of money ("kushton", "gjoba", "fee": `ask` of `money-words.tsv`)? */
export function isMoneyWord(word: string): boolean {
  return moneyWordsOf().ask.has(fold(word));
}

/** Does the text name a sum of money: a currency's word or symbol ("500 lekë", "2,1 milionë euro", "$40")? */
export function namesMoney(text: string): boolean {
  return /[€$£]/u.test(text) || words(text).some((word) => moneyWordsOf().currency.has(fold(word)));
}

/** Which words start a sentence of the question ("Kim met Putin. Where…?"): their capital marks no name. */
function sentenceStarts(text: string): ReadonlySet<number> {
  const starts = new Set<number>();
  let count = 0;
  for (const sentence of text.split(/(?<=[.!?…])\s+/u)) {
    starts.add(count);
    count += keyWords(sentence).length;
  }
  return starts;
}

/**
 * Does a capital in the question mark a name? Not when it is written in capitals, nor when every
 * word is capitalised or the words a sentence never capitalises are ("WHERE WILL KIM AND PUTIN
 * MEET?", "Where Will Kim And Putin Meet?", "Did Putin Visit Pyongyang?"): such a question is read
 * as if written in lower case, but for the words {@link isKnownName} keeps, so it is not refused for
 * names it does not ask about. English "I" is capitalised in any sentence.
 */
function caseMarksNames(tokens: readonly string[], starts: ReadonlySet<number>, language: Language): boolean {
  if (!tokens.some((token) => /\p{Ll}/u.test(token))) return false;
  const rest = tokens.filter((token, i) => !starts.has(i) && /\p{L}/u.test(token));
  if (rest.length >= 2 && rest.every((token) => /^\p{Lu}/u.test(token))) return false;
  const functionWord = (token: string) => isStopword(fold(token), language) && !(language === 'en' && token === 'I');
  return !rest.some((token) => /^\p{Lu}\p{Ll}*$/u.test(token) && functionWord(token));
}

/**
 * In a question whose case marks no names, the English words that are one all the same: places and
 * organisations the lexicon knows ("ALBANIA"), unless next to a word it cannot translate ("KIM JONG
 * UN" is no UN). A word it cannot translate is not taken for a name: "MOSAIC" and "Kim" look alike
 * here, and a common word taken for an absent name refuses the question.
 */
function isKnownName(tokens: readonly string[], i: number, language: Language): boolean {
  const untranslatable = (token: string | undefined) => token !== undefined && !isStopword(fold(token), 'en') && translate(fold(token)).length === 0;
  return language === 'en' && isNamedEntity(lookUp(fold(tokens[i]!))) && !untranslatable(tokens[i - 1]) && !untranslatable(tokens[i + 1]);
}

/** Conjunctions, question words, yes-or-no words and English articles (`data/lexicon/question-words.tsv`), folded, read once. */
export const questionWordsOf = wordSetsOnce('question-words.tsv', ['and', 'question', 'who', 'why', 'which', 'yes-no-sq', 'yes-no-en', 'article-en']);

/**
 * Does the question ask who ("Who won…?", "Me kë u takua?": its first question word asks someone) or
 * where (the `place` kind of `answer-types.tsv`)?
 */
function asksWhoOrWhere(folded: readonly string[], asked: { type: AnswerType } | undefined): AnalyzedQuery['answerGivesName'] {
  if (asked?.type.kind === PLACE_KIND) return 'place';
  const { question, who } = questionWordsOf();
  const first = folded.find((word) => question.has(word));
  return first !== undefined && who.has(first) ? 'someone' : undefined;
}

/**
 * Does the question ask yes or no ("A do ta shesë klubi emrin e stadiumit?", "Did the club sell its
 * name?")? Its first question word tells, so a greeting or a "tell me" before it changes nothing
 * ("Më thuaj, a do ta shesë…", "Please tell me, what is it called?"), and a question word after
 * it asks what it asks ("Could you tell me: what is his job?", "A e dini si quhet?").
 */
function asksYesOrNo(tokens: readonly string[], language: Language): boolean {
  const { question, [`yes-no-${language}` as const]: yesNo } = questionWordsOf();
  const folded = tokens.map(fold);
  const first = folded.findIndex((word) => question.has(word) || yesNo.has(word));
  return first >= 0 && yesNo.has(folded[first]!) && !folded.some((word, i) => i > first && question.has(word));
}

/** Does the question join a second question to the first ("…, and when…", "… dhe sa …")? */
function asksSeveral(tokens: readonly string[]): boolean {
  const { and, question } = questionWordsOf();
  return tokens.some((token, i) => i > 0 && and.has(fold(tokens[i - 1]!)) && question.has(fold(token)));
}

/** The words of requests to the bot (`data/lexicon/request-words.tsv`), folded, read once. */
const requestWordsOf = wordSetsOnce('request-words.tsv', ['opener', 'request', 'advice', 'how-to', 'asker', 'praise']);
/** How many words from an advice noun a word praising it stands ("a good tiramisu recipe", "recetë e mirë"). */
const PRAISE_DISTANCE = 3;

/** How many words the longest of the phrases (folded, words separated by spaces) that the words hold at `at` has; 0 for none. */
function phraseAt(folded: readonly string[], at: number, phrases: ReadonlySet<string>): number {
  let longest = 0;
  for (const phrase of phrases) {
    const parts = phrase.split(' ');
    if (parts.length > longest && parts.every((part, i) => folded[at + i] === part)) longest = parts.length;
  }
  return longest;
}

/**
 * Is the message a request to the bot ({@link AnalyzedQuery.asksAdvice}), and which concept is the asker's
 * action or the request's verb? It is when it starts, after its openers
 * ("Please", "Can you"), by asking how the asker is to do something ("How do I…", "Si ta…"), it asks advice
 * for the asker anywhere ("Which novel should I read?", "What do you recommend…") or praises an advice noun
 * ("What's a good recipe for byrek?", "një recetë e mirë"), or it holds no
 * question word nor yes-or-no word and starts with a request ("Recommend…", "Përkthe…") or asks for advice
 * ("Any tips…", "Got a good recipe?"). "Tell me when the line opens" asks a question.
 */
function adviceAsked(folded: readonly string[], startOf: ReadonlyMap<QueryConcept, number>, language: Language): Pick<AnalyzedQuery, 'asksAdvice'> {
  const action = actionAsked(folded, language);
  if (action === undefined) return {};
  const at = [...startOf].find(([, i]) => i === action)?.[0];
  return { asksAdvice: at ? { action: at } : {} };
}

/**
 * Whether the message is a request to the bot (see {@link adviceAsked}): undefined when it is not, else the
 * position of the word of the asker's action or of the request ("renew" of "How do I renew…"), or -1.
 */
function actionAsked(folded: readonly string[], language: Language): number | undefined {
  const { opener, request, advice, 'how-to': howTo, asker, praise } = requestWordsOf();
  let start = 0;
  for (let skipped = phraseAt(folded, start, opener); skipped > 0; skipped = phraseAt(folded, start, opener)) start += skipped;
  const howToLength = phraseAt(folded, start, howTo);
  if (howToLength > 0) return start + howToLength;
  for (let i = 0; i < folded.length; i++) {
    const length = phraseAt(folded, i, asker);
    if (length > 0) return i + length;
  }
  const praised = (i: number) => folded.slice(Math.max(0, i - PRAISE_DISTANCE), i + PRAISE_DISTANCE + 1).some((word) => praise.has(word));
  if (folded.some((word, i) => advice.has(word) && praised(i))) return -1;
  const { question, [`yes-no-${language}` as const]: yesNo } = questionWordsOf();
  const rest = folded.slice(start);
  if (rest.some((word) => question.has(word) || yesNo.has(word))) return undefined;
  if (request.has(rest[0] ?? '')) return start;
  return rest.some((word) => advice.has(word)) ? -1 : undefined;
}

/** The words of what changes by the day (`data/lexicon/live-words.tsv`), folded, read once. */
const liveWordsOf = wordSetsOnce('live-words.tsv', ['now', 'live']);

/** Does the question ask what changes by the day for the asker's now ({@link AnalyzedQuery.asksLive}): a `live` word and a `now` word? */
function asksLive(folded: readonly string[]): boolean {
  const { now, live } = liveWordsOf();
  return folded.some((word) => live.has(word)) && folded.some((word) => now.has(word));
}

/** The words of superlatives (`data/lexicon/superlative-words.tsv`), folded, read once. */
const superlativeWordsOf = wordSetsOnce('superlative-words.tsv', ['most', 'irregular', 'article', 'quantity', 'in', 'place', 'record']);

/**
 * Where the words hold a superlative: "most", "least" or "më" before an Albanian article or "shumë"/"pak"
 * ("më i gjatë", "më shumë"), an irregular one ("best"), or an English word in -est that is an adjective's
 * ("tallest", not "forest"). Each is the index of its first word and of the word after it. Where the
 * words write ë, "me" is "with" ("me të plagosurit"), not "më".
 */
function superlatives(written: readonly string[], language: Language): { at: number; next: number }[] {
  const { most, irregular, article, quantity } = superlativeWordsOf();
  const folded = written.map(fold);
  const withDiacritics = written.some((word) => /[ëç]/iu.test(word));
  const found: { at: number; next: number }[] = [];
  folded.forEach((word, i) => {
    const after = folded[i + 1] ?? '';
    const isMe = word === 'me' && (!withDiacritics || written[i]!.toLowerCase() === 'më');
    if (isMe ? article.has(after) || quantity.has(after) : word !== 'me' && most.has(word)) found.push({ at: i, next: article.has(after) ? i + 2 : i + 1 });
    else if (language === 'en' && (irregular.has(word) || (word.endsWith('est') && englishLemmas(word).some((lemma) => word.startsWith(lemma.slice(0, 3)))))) found.push({ at: i, next: i + 1 });
  });
  return found;
}

/**
 * Does the question ask a superlative over a whole place ({@link AnalyzedQuery.superlative}): a superlative
 * followed by "in"/"në" and a place of `superlative-words.tsv`? What it ranks is the concept before the
 * superlative in Albanian ("lumi më i gjatë"), after it in English ("the tallest mountain").
 */
function superlativeOverPlace(tokens: readonly string[], folded: readonly string[], startOf: ReadonlyMap<QueryConcept, number>, language: Language): Pick<AnalyzedQuery, 'superlative'> {
  const { in: inWords, place } = superlativeWordsOf();
  const found = superlatives(tokens, language).find(({ next }) =>
    folded.some((word, i) => i > next && inWords.has(folded[i - 1] === 'the' ? folded[i - 2] ?? '' : folded[i - 1]!) && place.has(word)),
  );
  if (!found) return {};
  const at = new Map([...startOf].map(([concept, i]) => [i, concept]));
  const ranked = language === 'sq' ? at.get(found.at - 1) : at.get(found.next) ?? at.get(found.next + 1);
  return { superlative: ranked && !ranked.isName ? { ranked } : {} };
}

/** Does the text state a superlative ("më i gjati", "the highest", "rekord")? */
export function statesSuperlative(text: string): boolean {
  const written = words(text);
  const { record } = superlativeWordsOf();
  return superlatives(written, 'en').length > 0 || written.some((word) => record.has(fold(word)));
}

/** The words of reported speech (`data/lexicon/speech-words.tsv`), folded, read once. */
const speechWordsOf = wordSetsOnce('speech-words.tsv', ['ask-en', 'aux-en', 'ask-sq', 'until', 'source', 'report', 'according', 'content', 'pronoun']);

/**
 * Positions of the words naming whom a question asks what they said: between the auxiliary and
 * the verb in English ("What did the mayor of Himara say…"), after the verb up to a preposition
 * in Albanian ("Çfarë tha kryetari i bashkisë për…"). Empty when it asks no such thing, asks
 * who spoke ("Who told the AP…?") or asks what the article itself says.
 */
function speakerSpan(tokens: readonly string[], language: Language): ReadonlySet<number> {
  const words = speechWordsOf();
  const folded = tokens.map(fold);
  const span = new Set<number>();
  if (language === 'en') {
    // The first verb of speech an auxiliary comes before: "Please tell me, what did China say…" asks about China.
    for (let verb = 1; verb < folded.length && span.size === 0; verb++) {
      if (!words['ask-en'].has(folded[verb]!)) continue;
      let start = verb - 1;
      while (start >= 0 && !words['aux-en'].has(folded[start]!)) start--;
      for (let i = start + 1; start >= 0 && i < verb; i++) span.add(i);
    }
  } else {
    const verb = folded.findIndex((w) => words['ask-sq'].has(w));
    if (verb >= 0) for (let i = verb + 1; i < folded.length && !words.until.has(folded[i]!); i++) span.add(i);
  }
  return [...span].some((i) => words.source.has(folded[i]!)) ? new Set() : span;
}

/** How many words other than function words after the word reporting speech its speaker may stand ("”, tha Zef Gjoni, një fermer nga Dajçi"). */
const SPEAKER_AFTER_REPORT = 6;

/**
 * Quotations of a sentence, including one that began in an earlier sentence or goes on in the
 * next: what someone said, whose words are not its speaker's name.
 */
const QUOTED = /[“„«"][^“”„«»"]*(?:[”»"]|$)|^[^“”„«»"]*[”»]/gu;
/** A quotation that is only a name: up to four words, the first capitalised, no punctuation (“Gusto Ballkan”, not “i duhur”). */
const QUOTED_NAME_ONLY = /^[“„«"]\p{Lu}[^\s“”„«»".,;:!?]*(?:\s[^\s“”„«»".,;:!?]+){0,3}[”»"]$/u;

/**
 * The words of a sentence where its speaker may stand, quotations left out: before a word
 * reporting speech ("Kirby tha"), or up to a few words after it but not in what was said
 * ("”, tha Kirby", "sipas tij", not "tha se Kina…"). Empty when it reports no speech. When the
 * speaker is a pronoun ("”, tha ai", "he said"), the words of the sentence before, quotations
 * left out, stand for whom it names; when it is a name, so do the words `earlier` sentences of the paragraph call
 * it in apposition (see {@link introducedAs}).
 */
export function speakerWords(sentence: string, previous = '', earlier = previous): string[] {
  const { report, according, content, pronoun } = speechWordsOf();
  const withoutQuotes = (text: string) => keyWords(text.replace(QUOTED, ' , '));
  const sentenceWords = withoutQuotes(sentence);
  const folded = sentenceWords.map(fold);
  const positions = new Set<number>();
  folded.forEach((word, r) => {
    if (!report.has(word) && !according.has(word)) return;
    if (report.has(word)) for (let i = 0; i < r; i++) positions.add(i);
    // Counted in words other than function words: "tha Liljana Dishnica, e cila drejton një bujtinë" names her by the guesthouse she runs.
    for (let i = r + 1, seen = 0; seen < SPEAKER_AFTER_REPORT && i < folded.length && !content.has(folded[i]!); i++) {
      positions.add(i);
      if (!isStopword(folded[i]!)) seen++;
    }
  });
  const speakers = [...positions].map((i) => sentenceWords[i]!);
  if (speakers.some((word) => pronoun.has(fold(word)))) return [...speakers, ...withoutQuotes(previous)];
  return [...speakers, ...speakers.flatMap((word) => introducedAs(word, earlier))];
}

/**
 * What an earlier sentence calls someone named in apposition to it ("Administratori i “Gusto Ballkan”, Sokol Hysa, i
 * hodhi poshtë akuzat" for "Hysa"): the words before the comma that opens their name, a name in quotation marks
 * kept (“Gusto Ballkan”). News introduces a speaker so, then reports their words by their name alone ("…”, tha Hysa").
 */
function introducedAs(word: string, earlier: string): string[] {
  if (!/^\p{Lu}/u.test(word) || earlier === '') return [];
  const parts = earlier.replace(QUOTED, (quoted) => (QUOTED_NAME_ONLY.test(quoted) ? quoted : ' ; ')).split(/[,;]/u).map((part) => keyWords(part));
  const at = parts.findIndex((part, n) => n > 0 && part.length > 0 && part.every((w) => /^\p{Lu}/u.test(w)) && part.some((w) => fold(w) === fold(word)));
  return at > 0 ? parts[at - 1]! : [];
}

/**
 * Words after which a unit is a rate's ("per day", "në ditë"), not the one counted, and those that
 * may stand between ("për një ditë"): data/lexicon/rate-words.tsv, read once.
 */
const rateWordsOf = wordSetsOnce('rate-words.tsv', ['rate', 'one']);

/**
 * Does the `i`th of the folded words follow a rate word ("në ditë", "per day"), or a rate word and a `one`
 * word ("per a week", "për një ditë")? "a week" is a rate's, as "per a week" is: "a" is a rate word and a `one` word.
 */
export function followsRateWord(folded: readonly string[], i: number): boolean {
  const { rate, one } = rateWordsOf();
  return (i > 0 && rate.has(folded[i - 1]!)) || (i > 1 && one.has(folded[i - 1]!) && rate.has(folded[i - 2]!));
}

/**
 * Does the text write the unit as one of `answer-types.tsv`'s units that is a function word too, which the index has no
 * key for ("tonë": tonnes, and our)? "Rreth 27 mijë tonë ullinj" counts in the tonnes of "How many tonnes…?".
 */
export function writesUnit(text: string, unit: QueryConcept): boolean {
  const own = new Set([...unit.keys.map(keyOfTerm), ...unit.forms.flatMap((form) => indexKeys(form))]);
  const written = loadAnswerTypes().flatMap((type) => [...type.writtenUnits].filter(([, key]) => own.has(key)).map(([word]) => word));
  return written.length > 0 && words(text).some((word) => written.includes(fold(word)));
}

/** Words that make a unit the time a question asks of ("these days", "ditën e parë"): data/lexicon/dating-words.tsv, read once. */
const datingWordsOf = wordSetsOnce('dating-words.tsv', ['before', 'after', 'joiner']);

/**
 * Is the `i`th of the folded words a unit that dates the question rather than one it counts in: after a word such as
 * "these" or "first", or before one such as "one" or (past an article) "parë" ("What percentage comes from Greece these
 * days?", "ditën e parë")?
 */
function datesQuestion(folded: readonly string[], i: number): boolean {
  const { before, after, joiner } = datingWordsOf();
  const next = joiner.has(folded[i + 1] ?? '') ? folded[i + 2] : folded[i + 1];
  return (i > 0 && before.has(folded[i - 1]!)) || after.has(next ?? '');
}

/** The units a question counts in, if it names any: not a rate's ("per day"), nor one that dates it ("these days"). */
function unitsOf(tokens: readonly string[], units: ReadonlySet<string>): Pick<AnalyzedQuery, 'answerUnits'> {
  const folded = tokens.map(fold);
  const counted = tokens.filter((token, i) => units.has(indexKey(token) ?? '') && !followsRateWord(folded, i) && !datesQuestion(folded, i));
  return counted.length > 0 ? { answerUnits: unique(counted) } : {};
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
