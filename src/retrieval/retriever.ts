import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { Article, Paragraph, Sentence } from '../article/article.js';
import type { Confidence } from '../answer/types.js';
import { hasExactSimilarity, hasPassageSimilarity } from '../embeddings/local.js';
import { DENSE_CANDIDATES, type HnswStore } from '../index/hnsw-store.js';
import type { Bm25 } from './bm25.js';
import { LexicalIndex } from './lexical-index.js';
import { countsIn, countWordsOf, type Count } from './counts.js';
import { analyzeQuery, englishInitials, entriesOfWord, FIGURE_KINDS, findsWord, followsRateWord, indexKey, indexKeys, isMoneyWord, keyOfTerm, MAX_SHORT_KEY, namesCalendarDay, namesMoney, namesSum, questionWordsOf, searchableKeys, speakerWords, statesSuperlative, writesUnit, type AnalyzedQuery, type QueryConcept } from './query.js';
import type { Vocabulary } from './vocabulary.js';
import { combineParts, splitQuestion, type PartRetrieval } from './parts.js';
import type { LexiconEntry } from '../text/word-lists.js';
import { isStopword } from '../text/analyze.js';
import { holdsNumber } from '../text/numbers.js';
import { isMonth } from '../text/months.js';
import { fold, words } from '../text/normalize.js';
import { albanianForms, albanianSynonyms } from './word-groups.js';
import { alternatives, readWordList, wordSetsOnce } from '../text/word-lists.js';
import type { Language } from '../errors.js';

/** A paragraph found for a question. */
export interface RetrievedPassage {
  article: Article;
  paragraph: Paragraph;
  /** Fused rank score: higher is better; only comparable within one retrieval. */
  score: number;
  bm25: number;
  similarity: number;
}

/** A sentence found for a question, with the paragraph that contains it. */
export interface RetrievedSentence {
  article: Article;
  paragraph: Paragraph;
  sentence: Sentence;
  score: number;
  /** How many of the question's concepts the sentence itself mentions. */
  matchedConcepts: number;
  /**
   * The sentence of its ¶ that says what its answer is about, quoted with it: the one before it when
   * that one mentions more of the question ("Ndërtimi i urës zgjati 14 muaj. Punimet kushtuan 3,2
   * milionë euro."), or, for a sentence mentioning nothing of the question, the first of its ¶ to name all
   * the question names.
   */
  context?: RetrievedSentence;
}

/** The outcome of a search, including whether the article answers the question at all. */
export interface Retrieval {
  query: AnalyzedQuery;
  passages: RetrievedPassage[];
  /** False when the articles do not address the question; `passages` are then only the closest. */
  found: boolean;
  /** Why the articles do not answer, when they don't. */
  refusal?: RefusalReason;
  /** High when the best passage mentions everything the question asks about; low when the answer is only the closest match. */
  confidence: Confidence;
  /** Share of the question's concepts found together in the best of the top passages. */
  coverage: number;
  /** Names in the question that no article mentions (every word of the name is needed). */
  missingNames: string[];
  /** For a question of several parts ("…, and how much did it cost?"), each part's own retrieval ({@link combineParts}). */
  parts?: PartRetrieval[];
}

/**
 * The evidence that the articles do not answer a question:
 * - `missing-name`: a name it asks about is in no article;
 * - `nothing-found`: none of its words (or their forms, translations or related words) is in any article,
 *   or none but its verbs and adjectives when it is about two things or more, or more of its words than it has in
 *   them are in none, Albanian verbs and adjectives aside ("duan", want, of "Ku duan t'i çojnë peshkatarët?"), and it
 *   names nothing they mention;
 * - `only-names`: the articles mention its names but nothing of what it asks about them ("How old is Kim?"; a word the
 *   lexicon cannot translate, "rep" of "Who is Adriatica Navi's rep?", proves nothing either way),
 *   and not two of its names together in one passage, nor a question asking where or who of a name that
 *   the passage about it answers with another name;
 * - `not-together`: what it asks about is in the articles, but never together in one passage (not
 *   half of it, nor four things of it), and it names something or one of its words is in no article (not half of a
 *   compound written with a hyphen whose other half is in them: "koreano-veriore" is "Koreja e Veriut"; a person
 *   asked by one name is in a passage calling them by the name their article writes after it: "Arditi", "Berisha");
 * - `missing-answer-kind`: the passage about it holds no number for "how many", no time for "when", no
 *   superlative for "the longest river in the world" (in a sentence naming the river, when it names what it ranks),
 *   and, for a figure asked per a unit of time, no sentence of the passages gives one at that rate beside what it asks of;
 * - `names-apart`: none of the articles of the passages about it mentions all of its names (years aside):
 *   each name is in some article, but the one about it does not name the place or body asked about;
 * - `not-said`: it asks what someone said, and they say nothing in the article of the passage about it
 *   (when it names them, each name must speak: "the Chinese ambassador" is not "the Russian ambassador");
 * - `priced-other`: it asks a price or a sum and names something, and no sum of the passages about it
 *   stands in or beside a sentence naming all it names that the article's lead does not (the fare of
 *   another line, the rent of another town);
 * - `told-of-other`: it asks a number, a time or a name of a place it names ("në Kukës", "in Devoll";
 *   `place-prepositions.tsv`), and no sentence of the passages about it that holds the kind asked (in the unit asked, a
 *   number not counting another thing) stands in or
 *   beside a sentence naming the place, unless the article's lead names it ("Sa raste me fruth ka në Kukës?" of an
 *   article counting the cases of the whole country, Kukës named where no number is);
 * - `part-untold`: it asks a number, a measure or a sum of one place or time alone ("vetëm në Lunxhëri", "from Ukraine
 *   alone"; `part-words.tsv`), and no sentence of the passages about it both holds a figure of the kind asked and names
 *   that part, other than joined to others ("nga Serbia, Ukraina dhe Rusia"): the article's total is not the part's,
 *   whatever its lead names;
 * - `rate-untold`: it asks a number or a sum per a unit of time ("How many flights a week…?", "Sa paguhen në muaj…?";
 *   `rate-units.tsv`), and no sentence of the passages about it holds a number and gives one per that unit ("në muaj",
 *   "mujore", "monthly"): the first day's count, or a total, is no rate;
 * - `happened-elsewhere`: it asks yes or no of a place it names ("A u shpërthyen bankomate edhe në Divjakë?";
 *   `place-prepositions.tsv`), and no sentence of the passages about it that names the place (or whose article's lead
 *   names it) names one of its things in it or beside it: the articles tell of the ATMs in Fier, of Divjakë the wind;
 * - `unnamed-organisation`: it asks which company, bank or body (`organisation` of `answer-types.tsv`), and no
 *   sentence of the passages of the best one's article both gives a name and calls something one of its kind, by a
 *   cue word of the kind or by the question's own noun ("operatorët" for "Cilët operatorë…?") ("Which company built
 *   the road?" of a passage naming the minister who opened it and the fund that paid);
 * - `name-untold`: it asks the name of one it calls by a noun (`name` of `answer-types.tsv`: "Si quhet shpërndarësi
 *   polak…?", "What is the name of the ferry's captain?"), not who, and no sentence of the passages about it gives a
 *   name beside that noun: right after it, in the same phrase ("ambasadori rus në Korenë e Veriut, Alexander
 *   Matsegora", "anijen e parë, “Aegean Star”"), or before it and a comma; the article tells of a Polish
 *   distributor and never names it;
 * - `role-of-other`: it asks who holds a role of a place or body it names ("Kush është kryetari i bashkisë së
 *   Shkodrës?"), the article about it names a holder of that role (a name beside its word, as for `name-untold`),
 *   and the articles of the passages about it name holders only in sentences that neither name the place nor stand
 *   beside one that does, unless the article's lead names it: the mayor of Korçë, not of Shkodër;
 * - `counts-other`: it asks how many of a thing, and every number of the passages about it counts
 *   something the lexicon knows that cannot be that thing ("How many cars…?": "14 ekskavatorë", "22 kilometra");
 * - `advice-asked`: it asks the bot for advice, a recommendation, a recipe or instructions for the asker ("Any
 *   tips for fixing a leaky tap?", "Si ta mësoj gjermanishten?"), and none of the three passages about it names
 *   one of its names and things by its own words or forms (a related word, "këshillë" for "tips", does not
 *   count; the asker's action, "renew" of "How do I renew…", need not be named): news gives no advice, and
 *   the closest passage to a request is no answer to it;
 * - `live-asked`: it asks what changes by the day or the hour (the weather, an exchange rate) for the asker's
 *   today, tomorrow or weekend ("Sa është kursi i euros sot?"), and none of the three passages about it names one
 *   of its names and things by its own words: an article's "sot" is its own date.
 */
export type RefusalReason = 'missing-name' | 'nothing-found' | 'only-names' | 'names-apart' | 'not-together' | 'missing-answer-kind' | 'not-said' | 'counts-other' | 'priced-other' | 'told-of-other' | 'part-untold' | 'rate-untold' | 'happened-elsewhere' | 'unnamed-organisation' | 'advice-asked' | 'live-asked' | 'name-untold' | 'role-of-other';

/** Rank-fusion constant from Cormack et al. (2009); 60 is the standard, robust choice. */
const RRF_K = 60;
/**
 * The vector ranking counts half as much as BM25's: on short questions ("Ku do të takohen?")
 * character n-grams favour whichever short paragraph shares a word form, while BM25 weighs
 * every concept of the question. At half weight the vectors still break ties and rescue
 * spellings the stemmer misses (measured on the dev set and a set of paraphrases).
 */
const DENSE_WEIGHT = 0.5;
/**
 * More than half of what a question is about must occur together in one of the top passages
 * for the articles to answer it. "Together" matters: "What did China say about the visit?" has
 * China in one paragraph and the visit in another. What it is about is its names and things,
 * weighed by how rare they are; words no article has are left out (they may be paraphrases,
 * "worried" for "warned", and a missing word alone is no proof that the answer is missing), and
 * so are verbs, adjectives and times, which questions paraphrase far more than they name things.
 */
const MIN_COVERAGE = 0.5;
/**
 * How many of a question's subjects one passage must hold to be about it whatever their share: a
 * long, chatty question ("Kam një ullishte të vogël afër Beratit dhe dua të mbjell fidanë…, a
 * jep shteti ndonjë ndihmë?") adds words no passage needs, and four things of it meeting in one
 * passage is no chance (three are: "Sa hektarë ullishte ka gjithsej Qarku i Vlorës?").
 */
const MIN_TOGETHER = 4;
const ASSESSED_PASSAGES = 3;
/**
 * How deep the BM25 ranking is read before fusion: the best passages among those containing a
 * question word (the vector ranking reads {@link DENSE_CANDIDATES}). A passage ranked deeper
 * would add at most 1/(60 + 100) to its fused score, and reading every paragraph is what made a
 * 100k-paragraph archive slow; on the seed article both lists still hold every paragraph.
 */
const LEXICAL_CANDIDATES = 200;
/**
 * Share of a passage's best sentence's similarity added to its own in the vector ranking. In a
 * long paragraph about several things the n-grams of the sentence that answers ("Drejtori i
 * INSTAT-it, Besnik Rama, …") are diluted; its own similarity to the question is not. A quarter:
 * the paragraph's similarity still leads (measured on the development sets: English hit@1 up on
 * dev4, no set down; a half or more costs Albanian paraphrases).
 */
const BEST_SENTENCE_SHARE = 0.25;
/**
 * Weight of a paragraph's reciprocal rank in its sentences' scores, against the sentence's own scaled
 * BM25 (at most 1). At 1 the top paragraph's weakest matching sentence tied the second paragraph's best;
 * 0.5 quoted a gold ¶ more often on every development set and on a blind one, and lower lost some.
 */
const PARAGRAPH_RANK_WEIGHT = 0.5;
/** How many of the closest paragraphs are re-ranked with their best sentence. */
const BEST_SENTENCE_CANDIDATES = 20;
/** A capitalised name in quotation marks, four words at most (the stadium “Skënderbeu”, the group “Nightfall Legion”): a longer quotation is what someone said. */
const QUOTED_NAME = /[“"«]\p{Lu}[^”"»\s]*(?:\s+[^”"»\s]+){0,3}[”"»]/u;
/** The best BM25 paragraphs also ranked by exact vector similarity, in case the approximate search missed them. */
const EXACT_LEXICAL_CANDIDATES = 50;
/** Kinds of words a question's wording varies in without changing what it is about. */
const PREDICATE_KINDS = new Set(['verb', 'adjective', 'time', 'number']);

/** How Albanian spells the sounds of foreign names (`data/lexicon/name-spellings.tsv`), read once. */
let nameSpellings: { foreign: RegExp; albanian: string }[] | undefined;

/** The ways Albanian may spell a foreign name's word: each rewrite of `name-spellings.tsv` alone, then all together. */
export function albanianSpellings(word: string): string[] {
  nameSpellings ??= readWordList('name-spellings.tsv').map(({ fields }) => ({ foreign: new RegExp(fields[0]!, 'giu'), albanian: fields[1]! }));
  const lower = word.toLowerCase();
  const each = nameSpellings.map(({ foreign, albanian }) => lower.replace(foreign, albanian));
  const all = nameSpellings.reduce((w, { foreign, albanian }) => w.replace(foreign, albanian), lower);
  return [...new Set([...each, all])].filter((spelled) => spelled !== lower);
}

/** A capitalised word followed by another (both captured), as a person's first name and surname are written ("Ardit Berisha"). */
const NAME_PAIR = /(\p{Lu}[\p{L}’'-]*)(?=\s+(\p{Lu}[\p{L}’'-]*))/gu;

/** Words shorter than this ("Un" of "Kim Jong Un") are too short for the vocabulary's letter-by-letter comparison. */
const MIN_COMPARED_LENGTH = 3;

/**
 * An acronym as questions write it: three to six capitals ("KLSH", "QSUT", "AKSHI"). Two
 * capitals are the initials of too many names ("ID" of "Ilir Deda").
 */
const ACRONYM = /^\p{Lu}{3,6}$/u;
const MAX_ACRONYM_LENGTH = 6;
/** Words an institution's name joins its capitalised words with, skipped by its acronym. */
const NAME_JOINERS = new Set(['i', 'e', 'të', 'së', 'dhe', 'për', 'në', 'of', 'the', 'and', 'for']);
/** Albanian letters written with two characters; an acronym takes them as one ("Shtetit" → SH). */
const DIGRAPHS = ['dh', 'gj', 'll', 'nj', 'rr', 'sh', 'th', 'xh', 'zh'];

/** Runs of capitalised words in a text, joiners skipped ("Kontrolli i Lartë i Shtetit" → three words). */
function capitalisedRuns(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const word of words(text)) {
    if (/^\p{Lu}/u.test(word)) run.push(word);
    else if (!(run.length > 0 && NAME_JOINERS.has(word))) {
      if (run.length >= 2) runs.push(run);
      run = [];
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/** The folded initials a name may be abbreviated to, a digraph counting as one letter or as its first. */
function initialsOf(name: readonly string[]): string[] {
  let initials = [''];
  for (const word of name) {
    const folded = fold(word);
    const digraph = DIGRAPHS.find((d) => folded.startsWith(d));
    const options = digraph ? [digraph, folded[0]!] : [folded[0]!];
    initials = initials.flatMap((prefix) => options.map((o) => prefix + o));
  }
  return initials;
}

/**
 * How many of the best passages are searched for a name of the question written otherwise (see
 * {@link withNamesWrittenOtherwise}). Not every passage: collecting the names of a
 * 100k-paragraph archive takes seconds, and a passage that writes the name out also holds the
 * question's other words.
 */
const NAME_PASSAGES = 50;

/** A code of letters and a number ("U21", "G7"), which articles also write with a hyphen or a space ("U-21"). */
const LETTER_NUMBER_CODE = /^(\p{L}{1,4})(\d{1,4})$/u;

/** The acronyms the capitalised names of the sentences may be abbreviated to, with the keys of each name. */
function spelledOutAcronyms(sentences: readonly string[]): Map<string, string[]> {
  const spelled = new Map<string, string[]>();
  // Sentence by sentence: a name does not run on across a full stop.
  for (const sentence of sentences) {
    for (const run of capitalisedRuns(sentence)) {
      for (let start = 0; start < run.length; start++) {
        for (let end = start + 2; end <= Math.min(run.length, start + MAX_ACRONYM_LENGTH); end++) {
          const name = run.slice(start, end);
          for (const initials of initialsOf(name)) if (!spelled.has(initials)) spelled.set(initials, indexKeys(name.join(' ')));
        }
      }
    }
  }
  return spelled;
}

/**
 * The keys of a name of the sentences that an English acronym abbreviates, read in English: one
 * word of the name for each of its letters, in any order, Albanian putting its adjectives after
 * the noun ("EBRD" is "Banka Evropiane për Rindërtim dhe Zhvillim", "BERZH" in Albanian).
 */
function translatedAcronym(acronym: string, sentences: readonly string[]): string[] | undefined {
  const letters = [...fold(acronym)];
  for (const sentence of sentences) {
    for (const run of capitalisedRuns(sentence)) {
      for (let start = 0; start + letters.length <= run.length; start++) {
        const name = run.slice(start, start + letters.length);
        if (spellsLetters(name.map((word) => englishInitials(word)), letters)) return indexKeys(name.join(' '));
      }
    }
  }
  return undefined;
}

/** Can each word, through one of its initials, take a letter of its own (every letter once)? */
function spellsLetters(initials: readonly ReadonlySet<string>[], letters: readonly string[]): boolean {
  if (initials.length === 0) return letters.length === 0;
  const [first, ...rest] = initials;
  return letters.some((letter, i) => first!.has(letter) && spellsLetters(rest, [...letters.slice(0, i), ...letters.slice(i + 1)]));
}

/** Does the sequence of keys hold the phrase's keys in a row? */
function holdsRun(keys: readonly string[], phrase: readonly string[]): boolean {
  return phrase.length > 0 && keys.some((_, start) => phrase.every((key, i) => keys[start + i] === key));
}

/**
 * The query with each part of a name that no article writes as the question does counted as
 * mentioned where one of the passages writes it otherwise: an acronym spelled out ("KLSH" →
 * "Kontrolli i Lartë i Shtetit"), a code with a hyphen ("U21" → "U-21"), a translated name in
 * several words ("EU" → "Bashkimit Evropian"). Its keys are then those of the passage's words,
 * so that it is not refused as a name no article mentions.
 */
function withNamesWrittenOtherwise(query: AnalyzedQuery, passages: readonly RetrievedPassage[]): AnalyzedQuery {
  const unfound = (c: QueryConcept) => c.nameParts?.some((keys) => keys.length === 0) ?? false;
  if (!query.concepts.some(unfound)) return query;
  const sentences = passages.flatMap(({ paragraph }) => paragraph.sentences.map((s) => s.text));
  let acronyms: Map<string, string[]> | undefined;
  let sentenceKeys: string[][] | undefined;
  // Parts of the name: each a list of keys any of which will do; a phrase's words are each needed.
  const writtenOtherwise = (nameWords: readonly string[], phrases: readonly string[]): string[][] => {
    const acronym = nameWords.find((w) => ACRONYM.test(w));
    // An Albanian question abbreviates in Albanian ("OKB"), an English one in English ("EIB").
    const spelled = acronym && ((acronyms ??= spelledOutAcronyms(sentences)).get(fold(acronym)) ?? (query.language === 'en' ? translatedAcronym(acronym, sentences) : undefined));
    if (spelled) return [spelled];
    // An acronym that is also a stopword ("KESH", you had) has no key: found as written, it needs none.
    if (acronym && isStopword(fold(acronym), 'sq')) {
      const written = new RegExp(`(?<![\\p{L}\\d])${acronym}(?![\\p{L}\\d])`, 'u');
      if (sentences.some((s) => written.test(s))) return [];
    }
    for (const word of nameWords) {
      const code = LETTER_NUMBER_CODE.exec(word);
      if (!code) continue;
      const written = new RegExp(`(?<![\\p{L}\\d])${code[1]}[-‐–  ]?${code[2]}(?![\\p{L}\\d])`, 'iu');
      const match = sentences.map((s) => written.exec(s)).find((m) => m !== null);
      if (match) return [indexKeys(match[0])];
    }
    for (const phrase of phrases) {
      const keys = indexKeys(phrase);
      if ((sentenceKeys ??= sentences.map((s) => indexKeys(s))).some((k) => holdsRun(k, keys))) return keys.map((key) => [key]);
    }
    return [[]];
  };
  const concepts = query.concepts.map((c) => {
    if (!unfound(c)) return c;
    const nameParts = c.nameParts!.flatMap((keys, i) => (keys.length > 0 ? [keys] : writtenOtherwise(c.nameWords![i]!, c.namePhrases ?? [])));
    return { ...c, nameParts };
  });
  return { ...query, concepts };
}

/**
 * The query to rank passages by once names written otherwise are found ({@link withNamesWrittenOtherwise}):
 * each word the passages write such a name with is searched for as a word of the question, so that a
 * passage naming the whole of it ("Banka Evropiane për Rindërtim dhe Zhvillim") outranks one naming a
 * word of it ("Banka Evropiane e Investimeve").
 */
function searchingNamesWrittenOtherwise(query: AnalyzedQuery, assessed: AnalyzedQuery): AnalyzedQuery | undefined {
  const words = assessed.concepts.flatMap((c, i) => {
    const before = new Set(query.concepts[i]!.nameParts?.flat());
    return (c.nameParts?.flat() ?? []).filter((key) => !before.has(key) && !c.keys.includes(key));
  });
  if (words.length === 0) return undefined;
  const searched = [...new Set(words)].map((key): QueryConcept => ({ source: keyOfTerm(key), keys: [key], forms: [], isName: false }));
  // The embedder compares letters, and a key's stem shares most of them with the words it was made of.
  return { ...assessed, concepts: [...assessed.concepts, ...searched], searchText: `${query.searchText} ${searched.map((c) => c.source).join(' ')}` };
}

/** The concept searched by its own words and forms only, not by related words ("këshillë" for "tips"). */
function byOwnWords(concept: QueryConcept): QueryConcept {
  return { ...concept, related: [] };
}

/** Sorts sentences as they appear in the article. */
export function byArticleOrder(a: Pick<RetrievedSentence, 'paragraph' | 'sentence'>, b: Pick<RetrievedSentence, 'paragraph' | 'sentence'>): number {
  return a.paragraph.number - b.paragraph.number || a.sentence.index - b.sentence.index;
}

/** What ranks passages: the question's concepts plus, softly, the kind of answer it asks for. */
function rankingConcepts(query: AnalyzedQuery): QueryConcept[] {
  return query.answerType ? [...query.concepts, query.answerType] : query.concepts;
}

/** Does the question ask a kind of answer that a sentence's words, numbers, days or names prove (see `answer-types.tsv`)? */
function asksProvedKind(query: AnalyzedQuery): boolean {
  return Boolean(query.answerEvidence || query.answerIsName || query.answerIsDay || query.answerNumbers);
}

/** The words that make a name of the question the place a detail is asked of (`data/lexicon/place-prepositions.tsv`). */
const placePrepositions = wordSetsOnce('place-prepositions.tsv', ['at', 'not-after']);

/** The names of the question that stand right after a word putting them as the place asked of ("në Estoni", "drejt Zvicrës", "in Italy"). */
function placesAskedOf(query: AnalyzedQuery, names: readonly QueryConcept[]): QueryConcept[] {
  const { at, 'not-after': notAfter } = placePrepositions();
  const asked = words(query.text).map(fold);
  return names.filter((c) => {
    const first = fold(words(c.source)[0] ?? '');
    return asked.some((word, n) => word === first && n > 0 && at.has(asked[n - 1]!) && !notAfter.has(asked[n - 2] ?? ''));
  });
}

/** The words that make a name or time of the question the part of a figure asked (`data/lexicon/part-words.tsv`). */
const partWords = wordSetsOnce('part-words.tsv', ['before', 'after', 'skip', 'not-after', 'joiner']);

/** The units of time a figure may be asked per, each with its nouns and rate words (`data/lexicon/rate-units.tsv`), read once. */
let rateUnits: { nouns: ReadonlySet<string>; rates: ReadonlySet<string> }[] | undefined;

/** Is the `i`th of the folded words one of the nouns, after a rate word ("në ditë", "a week", "per a day")? */
function isRateAt(folded: readonly string[], i: number, nouns: ReadonlySet<string>): boolean {
  return nouns.has(folded[i]!) && followsRateWord(folded, i);
}

/**
 * The unit of time a question asks a figure per ("How many flights a week…?", "Sa makina në ditë…?"), or undefined
 * when it asks none.
 */
function rateAsked(query: AnalyzedQuery): { nouns: ReadonlySet<string>; rates: ReadonlySet<string> } | undefined {
  if (!asksFigure(query)) return undefined;
  rateUnits ??= readWordList('rate-units.tsv').map(({ fields }) => ({ nouns: new Set(alternatives(fields[1]).map(fold)), rates: new Set(alternatives(fields[2]).map(fold)) }));
  const asked = words(query.text).map(fold);
  return rateUnits.find((unit) => asked.some((_, i) => isRateAt(asked, i, unit.nouns)));
}

/** Does the text give a figure per the unit: its noun after a rate word ("në ditë"), or a rate word of it ("ditore")? */
function namesRate(text: string, unit: { nouns: ReadonlySet<string>; rates: ReadonlySet<string> }): boolean {
  const folded = words(text).map(fold);
  return folded.some((word, i) => unit.rates.has(word) || isRateAt(folded, i, unit.nouns));
}

/**
 * Does the text name the part only joined to others, a joiner word right before or after each of its words that
 * name it ("nga Serbia, Ukraina dhe Rusia", "nga fillimi i qershorit deri në mes të gushtit")?
 */
function namedAmongOthers(text: string, part: QueryConcept): boolean {
  const { joiner } = partWords();
  const keys = new Set([...part.keys, ...(part.nameParts?.flat() ?? [])]);
  const folded = words(text).map(fold);
  const at = folded.flatMap((word, n) => (findsWord(keys, word) ? [n] : []));
  return at.length > 0 && at.every((n) => joiner.has(folded[n - 1] ?? '') || joiner.has(folded[n + 1] ?? ''));
}

/** Does the question ask a number, a measure or a sum? */
function asksFigure(query: AnalyzedQuery): boolean {
  return FIGURE_KINDS.has(query.answerType?.source ?? '') || query.answerIsMoney === true;
}

/**
 * The concept of the question its figure is asked of alone: the one right after "vetëm"/"only" (and a word
 * like "në" or "from"), or right before "alone" ("Sa hektarë u dogjën vetëm në Lunxhëri?", "from Ukraine alone").
 */
function partAsked(query: AnalyzedQuery): QueryConcept | undefined {
  if (!asksFigure(query)) return undefined;
  const { before, after, skip, 'not-after': notAfter } = partWords();
  const asked = words(query.text).map(fold);
  const first = (c: QueryConcept) => fold(words(c.source)[0] ?? '');
  const last = (c: QueryConcept) => fold(words(c.source).at(-1) ?? '');
  // What one does alone ("How many pensioners live alone?") is no part of a figure.
  const parts = query.concepts.filter((c) => c.kind !== 'verb' && c.kind !== 'adjective');
  for (const [n, word] of asked.entries()) {
    if (after.has(word) && n > 0) {
      const part = parts.find((c) => last(c) === asked[n - 1]);
      if (part) return part;
    }
    if (!before.has(word) || notAfter.has(asked[n - 1] ?? '')) continue;
    let next = n + 1;
    while (skip.has(asked[next] ?? '')) next++;
    const part = parts.find((c) => first(c) === asked[next]);
    if (part) return part;
  }
  return undefined;
}

/** Does the question ask when: is a year or a time of day an answer (`@year`, `@clock` in `answer-types.tsv`)? */
function asksTime(query: AnalyzedQuery): boolean {
  return query.answerNumbers?.includes('year') === true || query.answerNumbers?.includes('clock') === true;
}

/** Does the text tell a time precisely: a day of a month, a month, a year or a time of day ("më 18 maj", "në mars", "2027", "22:10")? */
function namesTime(text: string): boolean {
  return namesCalendarDay(text) || holdsNumber(text, 'year') || holdsNumber(text, 'clock') || words(text).some((word) => isMonth(fold(word)));
}

/** Does the sentence name something the question does not: a capitalised word that does not start it ("…nga Greqia" for "Where…?")? */
function namesOther(sentence: string, query: AnalyzedQuery): boolean {
  const asked = new Set(query.concepts.flatMap((c) => [...c.keys, ...(c.nameParts?.flat() ?? [])]));
  return words(sentence).some((word, i) => i > 0 && /^\p{Lu}/u.test(word) && !findsWord(asked, word));
}

/**
 * The noun of the question whose name it asks, or whose holder: its first thing, or the one after it when the first
 * owns it ("the ferry's captain"). Undefined when it names no thing. A word no article has is no such noun: "Hey bot,
 * si quhej anija…?" asks the ship's name, and a name beside "hey" would never be found.
 */
function nounNamed(query: AnalyzedQuery): QueryConcept | undefined {
  const things = query.concepts.filter((c) => !c.isName && !PREDICATE_KINDS.has(c.kind ?? '') && (c.keys.length > 0 || (c.related?.length ?? 0) > 0));
  const text = query.text.toLowerCase();
  const owns = (c: QueryConcept) => ["'s", '’s'].some((s) => text.includes(`${c.source.toLowerCase()}${s}`));
  return things[0] && owns(things[0]) ? things[1] : things[0];
}

/**
 * A test of whether a sentence gives a name beside the question's noun ({@link nounNamed}, {@link apposesName}), or
 * undefined when it has none, or one the lexicon cannot translate: that proves nothing either way.
 */
function namesBesideNoun(query: AnalyzedQuery): ((text: string) => boolean) | undefined {
  const noun = nounNamed(query);
  if (!noun || noun.untranslated) return undefined;
  const keys = new Set([...noun.keys, ...(noun.related ?? [])]);
  const asked = new Set(query.concepts.flatMap((c) => [...c.keys, ...(c.nameParts?.flat() ?? [])]));
  return (text) => apposesName(text, keys, asked);
}

/** Words, opening quotation marks and punctuation of a sentence, in order. */
const APPOSITION_TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[“"«]|[,;:.!?–—()]/gu;
/**
 * How many tokens after the noun a name may stand ("anijen e parë turistike të sezonit, “Aegean Star”" needs 7).
 * Every window from 5 to 15 refuses the same unanswerable development questions and no answerable one (3 loses
 * three); the wider end is taken, since a name further on is more often the one asked than a refusal is right.
 */
const APPOSITION_WINDOW = 10;
/** Marks that end the phrase of the noun: what follows them is not its name. */
const PHRASE_END = /^[;.!?()]$/u;

/**
 * Does the sentence give a name beside a word of the noun (its `keys`): a name starting within
 * {@link APPOSITION_WINDOW} tokens after it, with no conjunction or end of clause between ("ambasadori rus në
 * Korenë e Veriut, Alexander Matsegora", "kompania “Bulqiza Krom”"), or right before it and a comma ("Sokol
 * Meta, minatori")? A name is a capitalised word that does not start the sentence and is none of the question's
 * words (`asked`), or a capitalised one in quotation marks. A noun told of with no name beside it ("një
 * shpërndarës polak") is one the article does not name.
 */
function apposesName(text: string, keys: ReadonlySet<string>, asked: ReadonlySet<string>): boolean {
  const { and } = questionWordsOf();
  const tokens = [...text.matchAll(APPOSITION_TOKEN)].map((m) => m[0]);
  const isName = (j: number) =>
    j > 0 && j < tokens.length && (/^[“"«]$/u.test(tokens[j]!) ? /^\p{Lu}/u.test(tokens[j + 1] ?? '') : /^\p{Lu}/u.test(tokens[j]!) && !findsWord(asked, tokens[j]!));
  return tokens.some((token, i) => {
    if (!/^\p{L}/u.test(token) || !findsWord(keys, token)) return false;
    if (tokens[i - 1] === ',' && isName(i - 2)) return true;
    for (let j = i + 1; j <= i + APPOSITION_WINDOW && j < tokens.length; j++) {
      if (and.has(fold(tokens[j]!)) || PHRASE_END.test(tokens[j]!)) return false;
      if (isName(j)) return true;
    }
    return false;
  });
}

/**
 * Hybrid retrieval: BM25 over stemmed words (with English→Albanian concept translation) fused by
 * reciprocal rank with the vector index's nearest neighbours. Scores of either alone are not
 * comparable across questions, ranks are; fusion keeps BM25's precision on names and the
 * embedder's tolerance to inflection and spelling.
 */
export class Retriever {
  private readonly paragraphs: { article: Article; paragraph: Paragraph }[];
  /** Position of each article's first paragraph in {@link paragraphs}. */
  private readonly articleStart = new Map<string, number>();
  private readonly paragraphBm25: Bm25;
  private readonly sentenceBm25: Bm25;
  /** The articles' words, to match inflected names, derived words and cognates of the question's. */
  private readonly vocabulary: Vocabulary;

  private readonly lexical: LexicalIndex;
  /** Each article's words where its sentences' speakers stand ({@link speakerWords}), found on first use: every question that asks what someone said reads them. */
  private readonly speakerWordsByArticle = new WeakMap<Article, readonly string[]>();
  /** {@link otherNamesOf} of a question's name in an article, found once per question: its assessment asks it of each passage. */
  private readonly otherNames = new WeakMap<QueryConcept, Map<Article, QueryConcept[]>>();

  /**
   * `lexical` (the saved index's, so a cold start does not re-analyse the archive) is used when
   * it was built from exactly these articles, and the paragraphs then take its order; otherwise
   * the postings are built here.
   */
  constructor(
    readonly articles: readonly Article[],
    /** The vector index, or a view of it limited to these articles' passages. */
    private readonly store: Pick<HnswStore, 'search'>,
    private readonly embeddings: EmbeddingsInterface,
    lexical?: LexicalIndex,
  ) {
    this.lexical = lexical?.covers(articles) ? lexical : LexicalIndex.build(articles, embeddings);
    const byId = new Map(articles.map((a) => [a.id, a]));
    const ordered = this.lexical.articles.map(({ id }) => byId.get(id)!);
    this.paragraphs = ordered.flatMap((article) => article.paragraphs.map((paragraph) => ({ article, paragraph })));
    let start = 0;
    for (const article of ordered) {
      this.articleStart.set(article.id, start);
      start += article.paragraphs.length;
    }
    if (this.lexical.paragraphs.size !== this.paragraphs.length) throw new Error('The lexical index was built from other articles');
    this.paragraphBm25 = this.lexical.paragraphs;
    this.sentenceBm25 = this.lexical.sentences;
    this.vocabulary = this.lexical.vocabulary;
  }

  /**
   * Ranks the candidate paragraphs for the question (the nearest neighbours and the best BM25
   * matches) and decides whether the articles answer it. The question's own language is
   * detected here, whatever language the answer is to be given in. A question of several parts is
   * retrieved part by part ({@link splitQuestion}, {@link combineParts}).
   */
  async retrieve(question: string): Promise<Retrieval> {
    const parts = splitQuestion(question);
    const whole = await this.retrieveOne(question);
    if (parts.length === 1) return whole;
    return combineParts(await Promise.all(parts.map(async (part) => ({ part, retrieval: await this.retrieveOne(part.search) }))), whole);
  }

  /** {@link retrieve} for a question of one part. */
  private async retrieveOne(question: string): Promise<Retrieval> {
    const analyzed = analyzeQuery(question);
    const concepts = analyzed.concepts.map((c) => this.withVocabulary(c, analyzed.language));
    // The concepts other fields point at, with the articles' words too.
    const own = (c: QueryConcept) => concepts[analyzed.concepts.indexOf(c)]!;
    const counted = analyzed.counted?.map(own);
    const action = analyzed.asksAdvice?.action && own(analyzed.asksAdvice.action);
    const ranked = analyzed.superlative?.ranked && own(analyzed.superlative.ranked);
    const askingNoun = analyzed.askingNoun && this.withVocabulary(analyzed.askingNoun, analyzed.language);
    const query = {
      ...analyzed,
      concepts,
      ...(askingNoun && { askingNoun }),
      ...(counted && { counted }),
      ...(analyzed.asksAdvice && { asksAdvice: action ? { action } : {} }),
      ...(analyzed.superlative && { superlative: ranked ? { ranked } : {} }),
    };
    const vector = await this.embeddings.embedQuery(query.searchText);
    const first = this.rank(query, vector);
    const assessed = withNamesWrittenOtherwise(query, first.slice(0, NAME_PASSAGES));
    // A name the passages write otherwise ("EBRD" → "Banka Evropiane për Rindërtim dhe Zhvillim") had no
    // words to search for: ranked again with the words they write it with, the passages about it come first.
    const searching = assessed === query ? undefined : searchingNamesWrittenOtherwise(query, assessed);
    const order = searching ? this.rank(searching, await this.embeddings.embedQuery(searching.searchText)) : first;
    // Assessed in the fused order: which of two equally covering passages comes first decides nothing
    // about whether the articles answer (assessing the reordered passages refused 3 fewer unanswerable questions).
    const { coverage, missingNames, refusal, complete } = this.assess(assessed, order.slice(0, ASSESSED_PASSAGES));
    const found = refusal === undefined;
    // Which passage answers is asked only of an answer: a refusal shows the closest passages.
    const passages = found ? this.answerOfKindFirst(assessed, this.namingArticleFirst(assessed, order)) : order;
    return { query: assessed, passages, found, ...(refusal && { refusal }), confidence: found && complete ? 'high' : 'low', coverage, missingNames };
  }

  /** The candidate paragraphs for the question, best first: BM25's best and the nearest neighbours, fused by reciprocal rank. */
  private rank(query: AnalyzedQuery, vector: readonly number[]): RetrievedPassage[] {
    const ranking = rankingConcepts(query);
    const lexicalTop = this.paragraphBm25.top(ranking, LEXICAL_CANDIDATES);
    const hits = this.nearest(vector, query.searchText, lexicalTop.docs.slice(0, EXACT_LEXICAL_CANDIDATES));
    const bm25 = new Map(lexicalTop.docs.map((doc, i) => [doc, lexicalTop.scores[i]!]));
    // The nearest neighbours' own BM25 scores, beyond the lexical top.
    const missing = hits.map((hit) => hit.position).filter((position) => !bm25.has(position));
    this.paragraphBm25.scoresOf(ranking, missing).forEach((score, i) => bm25.set(missing[i]!, score));

    const candidates = new Map<number, RetrievedPassage>();
    const candidate = (position: number) => {
      let p = candidates.get(position);
      if (!p) {
        const { article, paragraph } = this.paragraphs[position]!;
        p = { article, paragraph, score: 0, bm25: bm25.get(position) ?? 0, similarity: 0 };
        candidates.set(position, p);
      }
      return p;
    };
    hits.forEach(({ position, similarity }, rank) => {
      const p = candidate(position);
      p.similarity = similarity;
      p.score += DENSE_WEIGHT / (RRF_K + rank + 1);
    });
    // Equal BM25 scores share a rank: which of two passages with the same words comes first is
    // then the vectors' call, not the articles' order.
    let rank = 0;
    lexicalTop.docs.forEach((position, i) => {
      if (i > 0 && lexicalTop.scores[i]! < lexicalTop.scores[i - 1]!) rank = i;
      candidate(position).score += 1 / (RRF_K + rank + 1);
    });
    // Ties keep the articles' order, as when every paragraph was ranked.
    return [...candidates].sort(([i, a], [j, b]) => b.score - a.score || i - j).map(([, p]) => p);
  }

  /**
   * The passages with the first two swapped when the second's article names more of the names the
   * question asks about than the first's: "Are schools open in Diber on Tuesday?" is answered by the
   * article about Dibër, not by a paragraph about schools of an article that never names it. Numbers
   * are left out, as an article may say "this year" for the year asked.
   */
  private namingArticleFirst(query: AnalyzedQuery, passages: RetrievedPassage[]): RetrievedPassage[] {
    const [first, second] = passages;
    const names = query.concepts.filter((c) => c.isName && !/^\d+$/.test(c.source));
    if (!second || names.length === 0 || second.article === first!.article) return passages;
    const named = (p: RetrievedPassage) => names.filter((c) => this.inArticleOf(c, p)).length;
    return named(second) > named(first!) ? secondFirst(passages) : passages;
  }

  /**
   * The passages with the first two swapped when only the second has a sentence giving the kind of
   * answer asked (a count for "how many", a sum for "how much", a name for "who"…) beside a word of
   * the question, and it names as many of the question's words as the first: the two are then about
   * the question alike, and the one that answers it comes first ("Sa para dha federata e futbollit?":
   * the paragraph with the federation's 4 million euros, not the one announcing its matches). A
   * passage naming fewer of the question's words keeps its place: a figure alone does not make it the answer.
   */
  private answerOfKindFirst(query: AnalyzedQuery, passages: RetrievedPassage[]): RetrievedPassage[] {
    const [first, second] = passages;
    // "Who is Lika?" names only whom it asks about: what they are is its answer, not another name.
    const answers = second && !query.concepts.every((c) => c.isName) && this.kindTest(query);
    if (!answers) return passages;
    const position = (p: RetrievedPassage) => this.positionOfPassage(p)!;
    const givesKind = (p: RetrievedPassage) =>
      this.sentencesOf(position(p)).some(({ sentence, i }) => answers(sentence.text, i) && this.sentenceBm25.matchedConcepts(i, query.concepts).length > 0);
    const named = (p: RetrievedPassage) => this.paragraphBm25.matchedConcepts(position(p), query.concepts).length;
    return named(second) < named(first!) || givesKind(first!) || !givesKind(second) ? passages : secondFirst(passages);
  }

  /**
   * Sentences of the given passages that best answer the query, best first. A sentence scores
   * by its own BM25 (scaled to [0, 1]) plus half its paragraph's reciprocal rank, so a sentence that
   * repeats the question's words in a weak paragraph does not beat the right paragraph's answer,
   * and a sentence of the second paragraph that says all the question asks beats one of the first
   * that says only part of it.
   */
  rankSentences(retrieval: Retrieval, passages: readonly RetrievedPassage[]): RetrievedSentence[] {
    const candidates = passages
      .map((p, rank) => ({ ...p, rank, position: this.positionOfPassage(p) }))
      .filter((p): p is typeof p & { position: number } => p.position !== undefined)
      .sort((a, b) => a.position - b.position)
      .flatMap(({ article, paragraph, rank, position }) =>
        this.sentencesOf(position).map(({ sentence, i }) => ({ article, paragraph, sentence, rank, i })),
      );
    const lexical = this.sentenceBm25.scoresOf(
      rankingConcepts(retrieval.query),
      candidates.map((c) => c.i),
    );
    const maxLexical = Math.max(...lexical, 1e-9);
    const ranked: RetrievedSentence[] = candidates.map(({ article, paragraph, sentence, rank, i }, n) => ({
      article,
      paragraph,
      sentence,
      score: lexical[n]! / maxLexical + PARAGRAPH_RANK_WEIGHT / (rank + 1),
      matchedConcepts: this.sentenceBm25.matchedConcepts(i, retrieval.query.concepts).length,
    }));
    // A sentence holding the kind of answer asked next to what the question is about answers it, and
    // comes first; one that only repeats the question's words does not ("How much did it cost?": the
    // one with the sum). News names the thing, then gives its figure: the sentence before, when it
    // names more of the question, is quoted with it. Next comes a sentence of the kind that names
    // nothing of the question in a passage where another names all it names, quoted with that one
    // ("Nexhmije, 78 vjeç, pensioniste… I dhashë 400 mijë lekë…" for "Sa para i dha Nexhmija…?").
    // "When?" is answered first by a day, a month, a year or a time of day, then by "last week", "in summer".
    const names = retrieval.query.concepts.filter((c) => c.isName && !/^\d+$/.test(c.source));
    const namesAll = (n: number) => names.length > 0 && this.sentenceBm25.matchedConcepts(candidates[n]!.i, names).length === names.length;
    const sameParagraph = (a: RetrievedSentence, b: RetrievedSentence) => a.paragraph === b.paragraph && a.article === b.article;
    const tier = new Map<RetrievedSentence, number>();
    const answers = this.kindTest(retrieval.query);
    ranked.forEach((found, n) => {
      if (!answers?.(found.sentence.text, candidates[n]!.i)) return;
      if (found.matchedConcepts > 0) {
        const before = ranked[n - 1];
        if (before && sameParagraph(before, found) && before.matchedConcepts > found.matchedConcepts) found.context = before;
        tier.set(found, asksTime(retrieval.query) && namesTime(found.sentence.text) ? 3 : 2);
      } else {
        const naming = ranked.find((other, k) => sameParagraph(other, found) && namesAll(k));
        if (!naming) return;
        found.context = naming;
        tier.set(found, 1);
      }
    });
    // Not when it says less of the question, with the sentence before it, than another of the kind by two
    // things or more: "Premiera… u dha në mes të majit" does not answer when the dress rehearsal was.
    const about = (s: RetrievedSentence) => Math.max(s.matchedConcepts, s.context?.matchedConcepts ?? 0);
    const most = Math.max(0, ...[...tier.keys()].map(about));
    for (const [found, t] of tier) if (t === 3 && about(found) < most - 1) tier.set(found, 2);
    return ranked.sort((a, b) => (tier.get(b) ?? 0) - (tier.get(a) ?? 0) || b.score - a.score);
  }

  /**
   * Does the sentence hold the kind of answer the question asks, as far as its words tell: a sum of
   * money for "how much does it cost", a number that may count the thing asked about for "how many"
   * (not "20 nisje" for riders), in the unit asked for ("how many hectares"), a day for "on what
   * date", a time for "when", a name for "what is it called" or "who", a place's name for "where".
   * Undefined when the question asks no such kind (why, how…).
   */
  answersKind(query: AnalyzedQuery, found: Pick<RetrievedSentence, 'article' | 'paragraph' | 'sentence'>): boolean | undefined {
    const answers = this.kindTest(query);
    if (!answers) return undefined;
    const position = this.positionOfPassage(found);
    const i = position === undefined ? undefined : this.sentencesOf(position).find(({ sentence }) => sentence.index === found.sentence.index)?.i;
    return i !== undefined && answers(found.sentence.text, i);
  }

  /**
   * {@link answersKind} for a sentence's text and its id in the sentence index, made once per question:
   * what the question counts and in which unit are read once, not for each sentence ranked.
   */
  private kindTest(query: AnalyzedQuery): ((text: string, i: number) => boolean) | undefined {
    if (!asksProvedKind(query) && !query.answerIsMoney && !query.answerIsSum) {
      if (query.answerGivesName === 'someone') return (text) => this.givesName(text, query);
      return query.answerGivesName === 'place' ? (text) => namesOther(text, query) : undefined;
    }
    if (query.answerIsMoney || query.answerIsSum) return (text) => namesSum(text);
    const units = query.concepts.filter((c) => query.answerUnits?.includes(c.source));
    const other = query.counted && countsOfOther(query.counted, query.language === 'sq');
    return (text, i) =>
      this.provesKind(query, text, i) &&
      this.namesUnits(text, i, units) &&
      (!other || countsIn(text).some((count) => !other(count)));
  }

  /** Does the sentence (`i` in the sentence index) name each of the units, by its words or forms or as a unit with no key written ({@link writesUnit})? */
  private namesUnits(text: string, i: number, units: readonly QueryConcept[]): boolean {
    const named = this.sentenceBm25.matchedConcepts(i, units);
    return named.length === units.length || units.every((unit) => named.includes(unit) || writesUnit(text, unit));
  }

  /** The best sentence of each of the closest paragraphs, shown when the article does not answer. */
  closestSentences(retrieval: Retrieval, count: number): RetrievedSentence[] {
    return retrieval.passages.slice(0, count).flatMap((passage) => this.rankSentences(retrieval, [passage]).slice(0, 1));
  }

  /** Concepts of the query that a sentence mentions (to avoid quoting two sentences that add nothing). */
  conceptsIn(text: string, concepts: readonly QueryConcept[]): QueryConcept[] {
    const keys = searchableKeys(text);
    return concepts.filter((c) => [...c.keys, ...(c.related ?? [])].some((k) => keys.has(k)));
  }

  /**
   * Adds the keys of the articles' words that are forms of the concept's words: inflections the
   * stemmer misses ("Vlora"/"Vlorës", "Phenjan"/"Pheniani") and irregular forms ("erdhën"/"vjen");
   * and, for words that are not names, the keys of related words, weighed less: derivations and
   * cognates ("operators"/"operatorët") and synonyms ("zjarr"/"flakë"). A name's words must each
   * stay a form of themselves: "Korea" is not "Korçë".
   */
  private withVocabulary(concept: QueryConcept, language: Language): QueryConcept {
    const keys = new Set(concept.keys);
    const related = new Set<string>();
    const addMatches = (word: string, sameTo: Set<string>, relatedTo: Set<string>) => {
      for (const { key, relation } of this.vocabulary.matches(word)) (relation === 'same' ? sameTo : relatedTo).add(key);
    };
    for (const form of concept.forms) addMatches(form, keys, concept.isName ? new Set() : related);
    if (!concept.isName) {
      // The Albanian words of the concept: the question's own in an Albanian question, else its translations.
      const albanian = language === 'sq' ? concept.forms : concept.forms.filter((f) => f !== concept.source);
      for (const form of albanian) {
        for (const word of albanianForms().relatedWords(form)) this.addGroupWord(word, keys, false);
        // A synonym's short key is searched by its forms only for a word the asker wrote in
        // Albanian: an English word's translations are already one step from what was asked.
        for (const word of albanianSynonyms().relatedWords(form)) this.addGroupWord(word, related, language === 'sq');
      }
    }
    for (const key of keys) related.delete(key);
    const ownParts = concept.nameWords?.map((part) => [...new Set(part.flatMap((word) => this.formsInArticles(word)))]);
    const nameParts = ownParts?.length === 1 && concept.namePhrases ? this.withSpelledOut(ownParts[0]!, concept.namePhrases) : ownParts;
    // Only a word the asker wrote in Albanian is checked by its spelling: an English word's
    // translations are the lexicon's base forms, and checking them too lost answers on the dev sets.
    const searched = concept.isName ? this.nameKeys(concept, keys) : language === 'sq' ? this.withoutShortKeys(concept, keys) : [...keys];
    // A related word the concept already searches for would count twice.
    const own = new Set(searched);
    const relatedKeys = [...related].filter((term) => !own.has(term) && !own.has(keyOfTerm(term)));
    // A phrase of the word's synonym group ("kryetar i bashkisë" for "kryebashkiak") is found by all its words.
    const phraseKeys = language === 'sq' && !concept.isName ? this.phrasesOf(concept) : [];
    return { ...concept, keys: searched, related: relatedKeys, ...(nameParts && { nameParts }), ...(phraseKeys.length > 0 && { phraseKeys }) };
  }

  /** The keys of each phrase of the concept's synonym groups whose every word the articles have. */
  private phrasesOf(concept: QueryConcept): string[][] {
    const phrases = concept.forms.flatMap((form) => albanianSynonyms().relatedPhrases(form));
    return [...new Set(phrases)].map((phrase) => indexKeys(phrase)).filter((keys) => keys.length > 1 && keys.every((key) => this.paragraphBm25.has(key)));
  }

  /**
   * The parts of a one-word name that an article writes as the question does, and that others
   * may spell out in several words ("BE-së" in one article, "Bashkimi Evropian" in the passage
   * that answers): each word of the first such name whose words are all in the articles, or the
   * name as written, which stands for every one of them. A name no article writes as the question
   * does is left to the passages about the question (see {@link withNamesWrittenOtherwise}).
   */
  private withSpelledOut(own: string[], phrases: readonly string[]): string[][] {
    if (own.length === 0) return [own];
    for (const phrase of phrases) {
      const keys = indexKeys(phrase);
      if (keys.length > 1 && keys.every((key) => this.paragraphBm25.has(key))) return keys.map((key) => [...own, key]);
    }
    return [own];
  }

  /**
   * Adds what a word of an irregular-form or synonym group searches for: its key and the articles'
   * words its stem takes an inflection ending in, or, when the key
   * has three letters or fewer, nothing or (with `short`) only the articles' words that are its
   * spelled forms (see {@link Vocabulary.spelledForms}): "nisi" (began) finds "nisi" and "nisin",
   * "rrogë" finds "rrogën". A short key joins unrelated words ("vjen", comes, and "vjet", years,
   * are both "vie"), and a group's words are not in the question, so nothing else vouches for the
   * match. Irregular forms never search their short keys: "marrë" (taken) would find "merr"
   * (takes) and rank passages about taking above the one asked about (measured on the development
   * sets: Albanian hit@1 down on paraphrase, dev4 and dev5, up on dev2).
   */
  private addGroupWord(word: string, to: Set<string>, short: boolean): void {
    const key = indexKey(word);
    if (!key) return;
    if (/^\d+$/.test(key)) to.add(key);
    else if (key.length > MAX_SHORT_KEY) {
      to.add(key);
      // The stemmer cuts some forms of the word shorter ("raketat" is "raket", "raketave" "rak"):
      // the articles' words that are its stem with an inflection ending are its forms too.
      for (const term of this.vocabulary.spelledForms(key)) if (keyOfTerm(term) !== key) to.add(term);
    } else if (short) for (const term of this.vocabulary.spelledForms(word)) to.add(term);
  }

  /**
   * A common word's keys, each key of three letters or fewer replaced by the articles' words under
   * it that are forms of the concept's words as spelled: a short key joins unrelated words
   * ("treni", the train, and "tre", three, are both "tre"; "qytet" and "citet" are "kit").
   */
  private withoutShortKeys(concept: QueryConcept, keys: ReadonlySet<string>): string[] {
    const short = new Set([...keys].filter((key) => key.length <= MAX_SHORT_KEY && !/^\d+$/.test(key)));
    if (short.size === 0) return [...keys];
    const searched = new Set([...keys].filter((key) => !short.has(key)));
    for (const word of concept.forms) {
      const forms = this.vocabulary.wordForms(word, short);
      if (forms) forms.forEach((term) => searched.add(term));
      else if (short.has(indexKey(word) ?? '')) searched.add(indexKey(word)!);
    }
    return [...searched];
  }

  /**
   * What a name searches for: for the words the question writes, the articles' words that are
   * their forms (as terms), not every word sharing their keys: "Kim" is "Kimit" but not "Kimoi",
   * whose stem is also "kim". Numbers and words too short to compare keep their keys, and so do the
   * lexicon's translations of a name ("EU" → "Bashkimi Evropian"), as every common word's do.
   */
  private nameKeys(concept: QueryConcept, keys: ReadonlySet<string>): string[] {
    const searched = new Set<string>();
    const replaced = new Set<string>();
    for (const word of words(concept.source)) {
      const key = indexKey(word);
      if (key === undefined) continue;
      if (/^\d+$/.test(key) || fold(word).length < MIN_COMPARED_LENGTH) {
        if (keys.has(key)) searched.add(key);
        continue;
      }
      replaced.add(key);
      for (const term of this.nameFormsOf(word)) searched.add(term);
    }
    const kept = [...keys].filter((key) => !replaced.has(key));
    // A term under a key still searched for whole would count its word twice.
    const whole = new Set(kept);
    return [...[...searched].filter((term) => !whole.has(keyOfTerm(term))), ...kept];
  }

  /** Terms of the articles' forms of a word of a name, or of it as Albanian writes a foreign name ("Bologna" → "Bolonja"). */
  private nameFormsOf(word: string): readonly string[] {
    const same = this.vocabulary.nameForms(word);
    if (same.length > 0) return same;
    for (const spelled of albanianSpellings(word)) {
      const forms = this.vocabulary.nameForms(spelled);
      if (forms.length > 0) return forms;
    }
    return [];
  }

  /**
   * Keys of the articles' words that are forms of a word of a name, compared letter by letter
   * ("Vlora"/"Vlorës") rather than by stem: stems of names are short, and "Japoni" and "Tokio"
   * would otherwise find "japi" and "tokë". Numbers, and words too short to compare, count by their key.
   */
  private formsInArticles(word: string): readonly string[] {
    if (/^\d+$/.test(word)) return this.paragraphBm25.has(word) ? [word] : [];
    const same = this.nameFormsOf(word);
    if (same.length > 0 || word.length >= MIN_COMPARED_LENGTH) return same;
    const key = indexKey(word);
    return key && this.paragraphBm25.has(key) ? [key] : [];
  }

  /** Does some article mention the concept (every word of a name; any form, translation or related word otherwise)? */
  private inArticles(concept: QueryConcept): boolean {
    if (concept.nameParts) return concept.nameParts.every((part) => part.some((k) => this.paragraphBm25.has(k)));
    return [...concept.keys, ...(concept.related ?? [])].some((k) => this.paragraphBm25.has(k));
  }

  /**
   * Decides whether the articles answer the question, on evidence of absence only (see
   * {@link RefusalReason}), and how much of it the best of the top passages covers.
   */
  private assess(query: AnalyzedQuery, top: readonly RetrievedPassage[]): Assessment {
    const missingNames = query.concepts.filter((c) => c.nameParts && !this.inArticles(c)).map((c) => c.source);
    // A word found only as a phrase of its synonym group is present where one of the passages names the phrase.
    const present = query.concepts.filter((c) => this.inArticles(c) || (c.phraseKeys !== undefined && top.some((p) => this.conceptsOf(p, [c]).length > 0)));
    const complete = present.length === query.concepts.length;
    const refused = (refusal: RefusalReason, coverage = 0): Assessment => ({ coverage, missingNames, refusal, complete });
    if (missingNames.length > 0) return refused('missing-name');
    if (present.length === 0 || top.length === 0) return refused('nothing-found');
    // "Si bëhet byreku me spinaq?": most of its words are in no article, and it names nothing they mention. An Albanian
    // verb's forms are irregular: "Ku duan t'i çojnë peshkatarët?" is about the fishermen, whom the articles name.
    const absent = query.concepts.filter((c) => !present.includes(c) && !c.untranslated && !joinedToAny(query.text, c, present));
    const absentThings = absent.filter((c) => !isAlbanianPredicate(c));
    if (absentThings.length > present.length && !present.some((c) => c.isName)) return refused('nothing-found');
    // "Who promised a cheaper podcast subscription?": its verbs and adjectives are in the
    // articles, but none of the things it is about, and it names nothing they mention.
    // Words the lexicon cannot translate prove nothing either way ("liners", "yachts").
    const things = query.concepts.filter((c) => !c.isName && !c.untranslated && !PREDICATE_KINDS.has(c.kind ?? ''));
    if (things.length >= 2 && !present.some((c) => c.isName || things.includes(c))) return refused('nothing-found');
    // Two names found together are what it asks about ("Is Vladivostok near North Korea?").
    if (absent.length > 0 && present.every((c) => c.isName) && !this.togetherInOne(present, top) && !this.answersOfName(query, top[0]!, present)) return refused('only-names');

    // What the question is about: its names and things, each weighed by how rare it is.
    const subjects = present.filter((c) => !PREDICATE_KINDS.has(c.kind ?? ''));
    const weights = new Map(subjects.map((c) => [c, this.paragraphBm25.conceptIdf(c)]));
    const total = [...weights.values()].reduce((sum, w) => sum + w, 0);
    let best = top[0]!;
    let bestWeight = -1;
    let mostMatched = 0;
    const weighed = top.map((passage) => {
      const matched = this.conceptsOf(passage, subjects);
      mostMatched = Math.max(mostMatched, matched.length);
      return { passage, weight: matched.reduce((sum, c) => sum + weights.get(c)!, 0) };
    });
    for (const { passage, weight } of weighed) if (weight > bestWeight) [best, bestWeight] = [passage, weight];
    // Every passage that covers the question as much as the best does, its verbs and adjectives too:
    // the answer may stand in any of them.
    const allOf = (p: RetrievedPassage) => this.conceptsOf(p, query.concepts).length;
    const bests = weighed.filter(({ passage, weight }) => weight === bestWeight && (passage === best || allOf(passage) >= allOf(best))).map(({ passage }) => passage);
    // The passage ranked first, when it names as many of the question's things and every name the best names
    // ("What time does the tap water come on in Lezhë?": Lezhë's hours, where the best names the taps), not a
    // winner's time of another race than the "10 km" the best names (with a fee of 10 euros).
    const matchedIn = (p: RetrievedPassage) => this.conceptsOf(p, subjects);
    const [first, bestMatched] = [matchedIn(top[0]!), matchedIn(best)];
    if (!bests.includes(top[0]!) && first.length >= bestMatched.length && allOf(top[0]!) >= allOf(best) && bestMatched.every((c) => !c.isName || first.includes(c))) bests.push(top[0]!);
    const coverage = total > 0 ? bestWeight / total : 1;
    // Common words paraphrase: that they never meet in one passage proves absence only when the
    // question also names something, or one of its words is in no article.
    const scattered = subjects.length > 1 && coverage <= MIN_COVERAGE && mostMatched < MIN_TOGETHER;
    if (scattered && (subjects.some((c) => c.isName) || absent.length > 0)) return refused('not-together', coverage);
    // "Any tips for fixing a leaky tap?": no passage names the tap, and "tips" is only related to their "këshillë".
    const subjectsBut = (except?: QueryConcept) => query.concepts.filter((c) => c !== except && !PREDICATE_KINDS.has(c.kind ?? ''));
    if (query.asksAdvice && !this.eachNamedIn(top, subjectsBut(query.asksAdvice.action))) return refused('advice-asked', coverage);
    // "Sa është kursi i euros sot?": an article's "sot" is its own date, and "euro" of a passage about energy prices is no rate.
    if (query.asksLive && !this.eachNamedIn(top, subjectsBut())) return refused('live-asked', coverage);
    // "How many people live in Permet according to the census?": Përmet is in one article, the
    // census in another. Numbers are left out: an article may say "this year" for the year asked.
    const names = present.filter((c) => c.isName && !/^\d+$/.test(c.source));
    if (names.length > 0 && !top.some((p) => names.every((c) => this.inArticleOf(c, p)))) return refused('names-apart', coverage);
    // "Si quhej minatori që humbi jetën?": the passage with the union's toll of miners who lost their
    // lives names the question's things as much as the one naming the miner who died.
    if (!bests.some((p) => this.holdsAnswerKind(query, p, present)) && !this.givesRate(query, top, subjects)) return refused('missing-answer-kind', coverage);
    // "Cili është lumi më i gjatë në botë?" is not answered by a passage that names a river but ranks none.
    if (query.superlative && !top.some((p) => this.ranks(p, query.superlative!.ranked))) return refused('missing-answer-kind', coverage);
    // "How much does a fishing licence cost?" is not answered by "160 fishermen": it needs a sum.
    // Any sentence of the passage will do, since the sum often follows the one naming what it pays
    // for ("… në Uznovë. Investimi arriti në 400 mijë euro"), and so will the best-ranked passage.
    if (query.answerIsMoney && ![best, top[0]!].some((p) => namesMoney(p.paragraph.text)) && !this.sumOfWordAsked(query, bests)) return refused('missing-answer-kind', coverage);
    // "Sa kushton bileta e tragetit Durrës–Bari?" is not answered by "Bileta… kushton 75 euro" of the line to Ravenna.
    if (query.answerIsMoney && names.length > 0 && !top.some((p) => this.pricesNamed(p, names))) return refused('priced-other', coverage);
    if (this.toldOfOther(query, top, names)) return refused('told-of-other', coverage);
    if (this.organisationUnnamed(query, top)) return refused('unnamed-organisation', coverage);
    if (this.nameUntold(query, top)) return refused('name-untold', coverage);
    if (this.roleOfOther(query, top, names)) return refused('role-of-other', coverage);
    if (this.partUntold(query, top)) return refused('part-untold', coverage);
    if (this.rateUntold(query, top)) return refused('rate-untold', coverage);
    if (this.happenedElsewhere(query, top, names)) return refused('happened-elsewhere', coverage);
    if (query.counted && !query.answerIsMoney && !query.answerUnits && countsOnlyOther(query.counted, top, query.language === 'sq')) return refused('counts-other', coverage);
    const speakers = present.filter((c) => c.speaker);
    const namedSpeakers = speakers.filter((c) => c.isName);
    const spoken = namedSpeakers.length > 0 ? namedSpeakers.every((c) => this.speaksIn([c], best.article)) : this.speaksIn(speakers, best.article);
    if (speakers.length > 0 && !spoken) return refused('not-said', coverage);
    const all = this.conceptsOf(best, query.concepts).length;
    return { coverage, missingNames, complete: all === query.concepts.length };
  }

  /**
   * The concepts the passage mentions ({@link Bm25.matchedConcepts}), a person asked by one name among them where the
   * passage calls them by the name that follows it in their article: "Arditi" of "Çfarë dëmtimi pati Arditi?" is
   * "Berisha" of "Në mars, Berisha pësoi…" in the article about "Ardit Berisha".
   */
  private conceptsOf(passage: RetrievedPassage, concepts: readonly QueryConcept[]): QueryConcept[] {
    const position = this.positionOfPassage(passage)!;
    const matched = new Set(this.paragraphBm25.matchedConcepts(position, concepts));
    const byPhrase = (c: QueryConcept) => c.phraseKeys?.some((keys) => this.paragraphBm25.matchedConcepts(position, keys.map((key) => ({ source: key, keys: [key], forms: [], isName: false }))).length === keys.length) === true;
    return concepts.filter((c) => matched.has(c) || byPhrase(c) || (c.isName && c.nameWords?.length === 1 && this.paragraphBm25.matchedConcepts(position, this.otherNamesOf(c, passage.article)).length > 0));
  }

  /**
   * The name words that follow a one-word name where the article writes it with another capitalised word ("Ardit
   * Berisha"), each as a concept of its forms in the articles: what the article calls the same person by.
   */
  private otherNamesOf(name: QueryConcept, article: Article): QueryConcept[] {
    const known = this.otherNames.get(name)?.get(article);
    if (known) return known;
    const own = new Set(name.nameParts?.flat() ?? name.keys);
    const others = new Set<string>();
    for (const { text } of article.paragraphs) {
      for (const [, first, second] of text.matchAll(NAME_PAIR)) if (findsWord(own, first!) && !findsWord(own, second!)) others.add(second!);
    }
    const found = [...others].map((word) => {
      const forms = [...this.formsInArticles(word)];
      return { source: word, keys: forms, forms: [word], isName: true, nameParts: [forms] };
    });
    if (!this.otherNames.has(name)) this.otherNames.set(name, new Map());
    this.otherNames.get(name)!.set(article, found);
    return found;
  }

  /**
   * Does a sentence of the passage that names a sum of money, or the sentence before or after it,
   * name each of the names its article's lead does not? A sum is told beside what it pays for ("Një stilolaps insuline atje
   * kushton rreth 18 euro", after the sentence naming Montenegro), not paragraphs away from it.
   */
  private pricesNamed(passage: RetrievedPassage, names: readonly QueryConcept[]): boolean {
    return this.someSentenceBeside(passage, names, (text) => namesMoney(text));
  }

  /**
   * Does a sentence of the passage pass the test (given its text, its id in the sentence index, its place `n`
   * among the passage's sentences and those sentences) and stand in or beside a sentence naming each of the
   * names its article's lead does not name? A detail is told beside what it is about; the lead is about all of it.
   */
  private someSentenceBeside(
    passage: PassageAt,
    names: readonly QueryConcept[],
    test: (text: string, i: number, n: number, sentences: readonly { i: number }[]) => boolean,
  ): boolean {
    const apart = this.notInLead(passage, names);
    const sentences = this.sentencesOf(this.positionOfPassage(passage)!);
    return sentences.some(({ sentence, i }, n) => test(sentence.text, i, n, sentences) && this.namedBeside(sentences, n, apart));
  }

  /**
   * Does the question ask which company, bank or body did something, and no sentence giving a name, of the
   * passages about it from the best one's article, call it one (`organisation` of `answer-types.tsv`: "kompania austriake Doppelmayr")? A name of a
   * sentence that calls nothing a company is a place or a person told of in passing.
   */
  private organisationUnnamed(query: AnalyzedQuery, top: readonly RetrievedPassage[]): boolean {
    const asked = query.answerType;
    if (asked?.source !== 'organisation') return false;
    // The noun the question asks by is a word of the kind too: "Cilët operatorë…?" of "Dy operatorët kryesorë…, One Albania".
    const kind = query.askingNoun ? [asked, query.askingNoun] : [asked];
    // Passages of other articles fill the top on a small collection, and name other companies.
    return !top.filter((passage) => passage.article === top[0]!.article).some((passage) =>
      this.sentencesOf(this.positionOfPassage(passage)!).some(({ sentence, i }) => this.givesName(sentence.text, query) && this.sentenceBm25.matchedConcepts(i, kind).length > 0),
    );
  }

  /**
   * Does the question ask the name of one it calls by a noun ("Si quhet shpërndarësi polak që bleu verën?", "What is
   * the name of the ferry's captain?"), and no sentence of the passages give a name beside that noun ({@link apposesName})?
   * The article tells of a Polish distributor and never names it. A question asking who ("Me kë foli zyrtari…?",
   * "Who called it…?") is answered by whoever its passage names; a noun the lexicon cannot translate proves nothing.
   */
  private nameUntold(query: AnalyzedQuery, top: readonly RetrievedPassage[]): boolean {
    if (query.answerType?.source !== 'name' || query.answerGivesName) return false;
    const holds = namesBesideNoun(query);
    return holds !== undefined && !this.anySentence(top, holds);
  }

  /**
   * Does the question ask who holds a role of a place or body it names ("Kush është kryetari i bashkisë së
   * Shkodrës?", "Kush është drejtori ekzekutiv i GoRide në Estoni?"), the article of the passage about it give a name
   * beside that role's word ({@link apposesName}), and no such name of the articles of the passages about it stand
   * in or beside a sentence naming each of the question's names that its article's lead does not? The article names
   * the mayor of Korçë, not of Shkodër. Every paragraph of those articles is read: a holder is often named once,
   * further down than the passages about the question.
   */
  private roleOfOther(query: AnalyzedQuery, top: readonly RetrievedPassage[], names: readonly QueryConcept[]): boolean {
    if (query.answerType?.source !== 'role' || query.answerGivesName !== 'someone' || names.length === 0) return false;
    const holds = namesBesideNoun(query);
    if (!holds) return false;
    const paragraphsOf = (article: Article) => article.paragraphs.map((paragraph) => ({ article, paragraph }));
    const paragraphs = [...new Set(top.map((p) => p.article))].flatMap(paragraphsOf);
    return this.anySentence(paragraphsOf(top[0]!.article), holds) && !paragraphs.some((passage) => this.someSentenceBeside(passage, names, holds));
  }

  /** The names the lead of the passage's article does not name: what the lead names, all of it is about ("Shkolla e re e Delvinës…"), and its details need not name it again. */
  private notInLead(passage: PassageAt, names: readonly QueryConcept[]): QueryConcept[] {
    const lead = this.articleStart.get(passage.article.id)!;
    return names.filter((c) => !this.namesAllParts(lead, c));
  }

  /** Does the `n`th of the sentences, or the one before or after it, name each of the names? */
  private namedBeside(sentences: readonly { i: number }[], n: number, names: readonly QueryConcept[]): boolean {
    const beside = sentences.slice(Math.max(0, n - 1), n + 2);
    return names.every((c) => beside.some(({ i }) => this.sentenceBm25.matchedConcepts(i, [c]).length > 0));
  }

  /**
   * Is every answer of the kind asked in the passages told of something other than what the question names
   * (see `told-of-other`)? As for sums ({@link pricesNamed}), a detail is told beside the name it is about,
   * and what the article's lead names is what all of it is about. An answer is one {@link kindTest} accepts: in the
   * unit asked, and not a number counting another thing ("5 kilometra" beside Ksamil is no count of its boats).
   */
  private toldOfOther(query: AnalyzedQuery, top: readonly RetrievedPassage[], names: readonly QueryConcept[]): boolean {
    const places = placesAskedOf(query, names);
    const answers = this.kindTest(query);
    // With no answer of the kind anywhere, nothing is told of another place: that is `counts-other`'s or `missing-answer-kind`'s.
    if (places.length === 0 || query.answerIsMoney || !asksProvedKind(query) || !answers || !this.anySentence(top, answers)) return false;
    return !top.some((passage) => this.someSentenceBeside(passage, places, answers));
  }

  /**
   * Does the question ask the figure of a part ({@link partAsked}), and no sentence of the passages that holds a
   * figure of the kind asked ({@link kindTest}) name that part, other than joined to others ({@link namedAmongOthers})?
   * The article's total ("Në total u dogjën rreth 6.800 hektarë"), the figure of a sentence after one naming the part
   * with others ("…në Kolonjë dhe Përmet. … eksportohen rreth 30 ton"), or of several ("nga Serbia, Ukraina dhe
   * Rusia"), is not the part's, and its lead naming the part does not make it so.
   */
  private partUntold(query: AnalyzedQuery, top: readonly RetrievedPassage[]): boolean {
    const part = partAsked(query);
    const answers = part && this.kindTest(query);
    if (!part || !answers) return false;
    const own = [byOwnWords(part)];
    return !this.anySentence(top, (text, i) => answers(text, i) && this.sentenceBm25.matchedConcepts(i, own).length > 0 && !namedAmongOthers(text, part));
  }

  /**
   * Does the question ask a figure per a unit of time ({@link rateAsked}), and no sentence of the passages that holds a
   * number ({@link provesKind}) give one per that unit ({@link namesRate})? A total, or the first day's count, is no
   * rate. Any number will do, not only one counting what is asked: "17% e tyre udhëtojnë çdo ditë" answers how many
   * students travel every day.
   */
  private rateUntold(query: AnalyzedQuery, top: readonly RetrievedPassage[]): boolean {
    const unit = rateAsked(query);
    return unit !== undefined && !this.anySentence(top, (text, i) => this.provesKind(query, text, i) && namesRate(text, unit));
  }

  /**
   * Does the question ask a figure per a unit of time ({@link rateAsked}), and a sentence of the passages give a number
   * at that rate ({@link namesRate}) beside one of the question's names and things other than the unit: "Qendra pritet
   * të trajtojë deri në 120 pacientë në ditë" answers "Sa pacientë në ditë…?" from the second passage, though the first
   * names more of the question. The inverse of `rate-untold`, and as telling: a total is no rate, nor a rate a total.
   */
  private givesRate(query: AnalyzedQuery, top: readonly RetrievedPassage[], subjects: readonly QueryConcept[]): boolean {
    const unit = rateAsked(query);
    if (!unit) return false;
    const things = subjects.filter((c) => !unit.nouns.has(fold(c.source)));
    return this.anySentence(top, (text, i) => this.provesKind(query, text, i) && namesRate(text, unit) && this.sentenceBm25.matchedConcepts(i, things).length > 0);
  }

  /**
   * Does a sentence of the passages name a sum beside the question's own word of money ("gjobë prej 500.000 lekësh" for
   * "Sa ishte gjoba…?")? Such a passage, covering the question as much as the best, answers it though neither the best
   * nor the first names a sum: any sum of those passages proved too little (3 unanswerable questions answered for 2).
   */
  private sumOfWordAsked(query: AnalyzedQuery, passages: readonly RetrievedPassage[]): boolean {
    const asked = query.concepts.filter((c) => c.forms.some(isMoneyWord));
    return asked.length > 0 && this.anySentence(passages, (text, i) => namesMoney(text) && this.sentenceBm25.matchedConcepts(i, asked).length > 0);
  }

  /** Does a sentence of the passages (its text, and its id in the sentence index) pass the test? */
  private anySentence(passages: readonly PassageAt[], test: (text: string, i: number) => boolean): boolean {
    return passages.some((passage) => this.sentencesOf(this.positionOfPassage(passage)!).some(({ sentence, i }) => test(sentence.text, i)));
  }

  /**
   * Does the question ask yes or no of a place it names ("A u shpërthyen bankomate edhe në Divjakë?"), and no
   * sentence of the passages name that place (or the article's lead name it) with one of the question's things in
   * it or beside it? The article tells of them elsewhere, and of the place something else.
   */
  private happenedElsewhere(query: AnalyzedQuery, top: readonly RetrievedPassage[], names: readonly QueryConcept[]): boolean {
    const places = placesAskedOf(query, names);
    if (!query.asksYesNo || places.length === 0) return false;
    const things = query.concepts.filter((c) => !c.isName && !PREDICATE_KINDS.has(c.kind ?? ''));
    return !top.some((passage) =>
      this.someSentenceBeside(passage, places, (_text, _i, n, sentences) => things.length === 0 || things.some((t) => this.namedBeside(sentences, n, [t]))),
    );
  }

  /** Does a sentence of the passage state a superlative ({@link statesSuperlative}) and name what the question ranks, if it names it? */
  private ranks(passage: RetrievedPassage, ranked: QueryConcept | undefined): boolean {
    return this.sentencesOf(this.positionOfPassage(passage)!).some(({ sentence, i }) => statesSuperlative(sentence.text) && (!ranked || this.sentenceBm25.matchedConcepts(i, [ranked]).length > 0));
  }

  /** Does one of the passages mention each concept by its own words or forms, not only by a related word ("këshillë" for "tips")? */
  private eachNamedIn(passages: readonly RetrievedPassage[], concepts: readonly QueryConcept[]): boolean {
    const positions = passages.map((p) => this.positionOfPassage(p)!);
    return concepts.every((c) => positions.some((position) => this.paragraphBm25.matchedConcepts(position, [byOwnWords(c)]).length > 0));
  }

  /** Does the paragraph at `position` name every part of the name ("Durrës–Bari": Durrës and Bari)? */
  private namesAllParts(position: number, name: QueryConcept): boolean {
    const parts = (name.nameParts ?? []).map((keys) => ({ ...name, keys, related: [] }));
    return parts.length > 0 ? this.paragraphBm25.matchedConcepts(position, parts).length === parts.length : this.paragraphBm25.matchedConcepts(position, [name]).length > 0;
  }

  /**
   * Does someone the question asks about speak in the article: does a word naming them stand
   * where a sentence's speaker stands (see {@link speakerWords})? One word is enough ("the
   * opposition MP Marku" is "Deputetja Elona Marku deklaroi"), but the caller asks it of each name
   * apart; a name in someone else's words is
   * not theirs ("…nga Kina", thotë Lewis). A pronoun speaks for the one the sentence before names
   * ("Port director Ilir Hoxha showed… “We are ready,” he said").
   */
  private speaksIn(speakers: readonly QueryConcept[], article: Article): boolean {
    const own = new Set(speakers.flatMap((c) => [...c.keys, ...(c.related ?? []), ...(c.nameParts?.flat() ?? [])]));
    // A name that is a stopword ("APO", or) has no key: it speaks as written ("Drejtuesi i APO-s… tha").
    const written = new Set(speakers.filter((c) => c.isName).flatMap((c) => words(c.source).map(fold)));
    return this.speakerWordsOf(article).some((word) => findsWord(own, word) || written.has(fold(word)));
  }

  /** The article's words where a sentence's speaker stands, each once. */
  private speakerWordsOf(article: Article): readonly string[] {
    let found = this.speakerWordsByArticle.get(article);
    if (!found) {
      // Each sentence with the one before it in the article (before the quotation it goes on, with the quotation's
      // earlier sentences) and the paragraph's earlier ones.
      const sentences = article.paragraphs.flatMap(({ sentences: own }) => {
        const inside = beginsInQuotation(own.map((s) => s.text));
        return own.map((sentence, n) => {
          let opened = n;
          while (opened > 0 && inside[opened]) opened--;
          return { sentence, earlier: own.slice(0, n).map((s) => s.text).join(' '), quotedBefore: n - opened };
        });
      });
      const previous = (n: number, quotedBefore: number) => sentences.slice(Math.max(0, n - quotedBefore - 1), n).map((s) => s.sentence.text).join(' ');
      found = [...new Set(sentences.flatMap(({ sentence, earlier, quotedBefore }, n) => speakerWords(sentence.text, previous(n, quotedBefore), earlier)))];
      this.speakerWordsByArticle.set(article, found);
    }
    return found;
  }

  /** Does the article of the passage mention the concept anywhere? */
  private inArticleOf(concept: QueryConcept, passage: RetrievedPassage): boolean {
    const start = this.articleStart.get(passage.article.id)!;
    return passage.article.paragraphs.some((_, n) => this.paragraphBm25.matchedConcepts(start + n, [concept]).length > 0);
  }

  /**
   * Does a question about a name that asks where it is, who it is or how one gets there ("Ku e ka
   * selinë Chatham House?") get another name from the passage about it? Its question word asks
   * that, and a word no article has (the seat) only rephrases it. Not so for the kinds a word
   * proves (a count, a time): "Sa është popullsia e Vladivostokut?" asks for the population,
   * and any number would do for a passage that never mentions it.
   */
  private answersOfName(query: AnalyzedQuery, passage: RetrievedPassage, present: readonly QueryConcept[]): boolean {
    if (!query.answerType || query.answerEvidence || query.answerIsName || query.answerIsDay || query.answerNumbers) return false;
    return this.sentencesAbout(query, passage, present).some(({ sentence }) => this.givesName(sentence.text, query));
  }

  /** Do two names or more of the question occur together in one of the passages? */
  private togetherInOne(names: readonly QueryConcept[], top: readonly RetrievedPassage[]): boolean {
    return names.length >= 2 && top.some((p) => this.paragraphBm25.matchedConcepts(this.positionOfPassage(p)!, names).length === names.length);
  }

  /**
   * Does the sentence give a name the question does not: two capitalised words in a row
   * ("Alexander Matsegora"), an acronym, a capitalised name in quotation marks (“Nightfall
   * Legion”), or a capitalised word right after a word of the question ("fshati Qeparo" for "Si
   * quhet fshati…?")? A lone capitalised word elsewhere is mostly a place mentioned in passing
   * ("një banor 54-vjeçar i fshatit Qeparo"), not the name of the one asked about.
   */
  private givesName(sentence: string, query: AnalyzedQuery): boolean {
    const asked = new Set(query.concepts.flatMap((c) => [...c.keys, ...(c.nameParts?.flat() ?? [])]));
    const about = new Set(query.concepts.flatMap((c) => [...c.keys, ...(c.related ?? [])]));
    const sentenceWords = words(sentence);
    // The first word is capitalised as every sentence's is.
    const isName = (i: number) => i > 0 && i < sentenceWords.length && /^\p{Lu}/u.test(sentenceWords[i]!) && !findsWord(asked, sentenceWords[i]!);
    return (
      QUOTED_NAME.test(sentence) ||
      sentenceWords.some((word, i) => isName(i) && (isName(i + 1) || /^\p{Lu}{2,}/u.test(word) || findsWord(about, sentenceWords[i - 1]!)))
    );
  }

  private positionOfPassage(passage: Pick<RetrievedPassage, 'article' | 'paragraph'>): number | undefined {
    return this.positionOf(passage.article.id, passage.paragraph.number);
  }

  /**
   * The vector ranking: the index's nearest neighbours, closest first. With the local embedder
   * it is the exact n-gram similarity (which the index's dense dimensions only approximate) over
   * the neighbours and the best BM25 paragraphs, so a paragraph the approximate search missed
   * still gets its vector rank; they are ranked by it plus a share of their best sentence's
   * (see {@link BEST_SENTENCE_SHARE}).
   */
  private nearest(vector: readonly number[], searchText: string, lexical: readonly number[]): { position: number; similarity: number }[] {
    const hits = this.store
      .search(vector, DENSE_CANDIDATES)
      .flatMap(({ passage, similarity }) => {
        const position = this.positionOf(passage.metadata.articleId, passage.metadata.paragraph);
        return position === undefined ? [] : [{ position, similarity }];
      });
    if (!hasExactSimilarity(this.embeddings)) return hits;
    const seen = new Set(hits.map((hit) => hit.position));
    const positions = [...hits.map((hit) => hit.position), ...lexical.filter((position) => !seen.has(position))];
    const { passageWords } = this.lexical;
    // The paragraphs' words cut once with the index (the same numbers), else their texts.
    const exact =
      (passageWords && hasPassageSimilarity(this.embeddings) ? this.embeddings.passageSimilarities(searchText, passageWords, positions) : undefined) ??
      this.embeddings.similarities(
        searchText,
        positions.map((position) => this.paragraphs[position]!.paragraph.text),
      );
    const ranked = positions
      .map((position, i) => ({ position, similarity: exact[i]! }))
      .sort((a, b) => b.similarity - a.similarity);
    // Only the closest are re-ranked by their best sentence: a quarter of a sentence's similarity
    // does not lift a paragraph from further down, and every sentence costs its n-grams.
    const closest = ranked.slice(0, BEST_SENTENCE_CANDIDATES);
    const sentences = closest.flatMap(({ position }, c) =>
      this.paragraphs[position]!.paragraph.sentences.map((sentence) => ({ text: sentence.text, c })),
    );
    const best = closest.map(() => 0);
    this.embeddings.similarities(searchText, sentences.map((s) => s.text)).forEach((similarity, n) => {
      const { c } = sentences[n]!;
      best[c] = Math.max(best[c]!, similarity);
    });
    const key = (c: number) => closest[c]!.similarity + BEST_SENTENCE_SHARE * best[c]!;
    const reranked = closest.map((_, c) => c).sort((a, b) => key(b) - key(a) || a - b);
    return [...reranked.map((c) => closest[c]!), ...ranked.slice(BEST_SENTENCE_CANDIDATES)];
  }

  /** Where a paragraph is in {@link paragraphs}, or undefined for one this retriever does not know. */
  private positionOf(articleId: string, paragraph: number): number | undefined {
    const start = this.articleStart.get(articleId);
    if (start === undefined) return undefined;
    const position = start + paragraph - 1;
    const entry = this.paragraphs[position];
    return entry?.article.id === articleId && entry.paragraph.number === paragraph ? position : undefined;
  }

  /** The sentences of the paragraph at `position`, with their ids in the sentence index. */
  private sentencesOf(position: number): { sentence: Sentence; i: number }[] {
    const { paragraph } = this.paragraphs[position]!;
    return this.lexical.sentenceIds(position).flatMap((i, n) => {
      const sentence = paragraph.sentences[n];
      return sentence ? [{ sentence, i }] : [];
    });
  }

  /**
   * The sentences of a passage in which the answer asked for would stand: those that mention most
   * of the question; any that mentions something of a question asking two things ("When did the
   * works start, and when were they due?"); those that name the unit it counts in ("How many
   * hectares burned?"), whatever else they mention; and the sentence right after one that mentions
   * most, when it names the question's first word again, or two of its words.
   */
  private sentencesAbout(query: AnalyzedQuery, passage: RetrievedPassage, present: readonly QueryConcept[]): { sentence: Sentence; i: number }[] {
    const sentences = this.sentencesOf(this.positionOfPassage(passage)!);
    const units = present.filter((c) => query.answerUnits?.includes(c.source));
    if (units.length > 0) return sentences.filter(({ sentence, i }) => this.namesUnits(sentence.text, i, units));
    if (query.asksSeveral) return sentences.filter(({ i }) => this.sentenceBm25.matchedConcepts(i, present).length > 0);
    // Those that mention most of it, and those that mention most of it by its own words: a related word
    // ("riparimi përfundimtar" for "finish the repairs") does not outweigh the word itself ("punimet duhet
    // të përfundojnë deri më 30 qershor").
    const own = present.map(byOwnWords);
    const mostOf = (concepts: readonly QueryConcept[]) => {
      const counts = sentences.map(({ i }) => this.sentenceBm25.matchedConcepts(i, concepts).length);
      const most = Math.max(...counts);
      return sentences.filter((_, n) => counts[n] === most);
    };
    const byOwn = mostOf(own);
    const about = mostOf(present);
    for (const entry of byOwn) if (!about.includes(entry)) about.push(entry);
    about.sort((a, b) => a.i - b.i);
    // News states a fact, then gives its detail in the next sentence, naming again what the question
    // asks first ("…kanë zbuluar një mozaik. Zbulimi u bë në fund të gushtit" for "Kur u zbulua
    // mozaiku?"); a sentence before it, or one naming something else, is about another thing.
    const head = query.concepts[0];
    if (!head || !present.includes(head)) return about;
    const following = sentences.filter((entry, n) => n > 0 && !about.includes(entry) && about.includes(sentences[n - 1]!));
    // Or two of its words, though not the first ("…i kërkoi Autoritetit të Konkurrencës të hetojë… Kryetarja e
    // Autoritetit… tha se tregu do të monitorohet për gjashtë muaj" for how long the watchdog will watch the market).
    return [...about, ...following.filter(({ i }) => this.sentenceBm25.matchedConcepts(i, [head]).length > 0 || this.sentenceBm25.matchedConcepts(i, present).length >= 2)];
  }

  /**
   * Does the sentence right after one about the question count, in a number, the thing the question
   * counts, by its own word ("…fruthi po rikthehet në gjithë Evropën. … u regjistruan rreth 127 000 raste")?
   * News states a fact, then gives its number in the next sentence, naming again what it counts.
   */
  private countedNext(counted: readonly QueryConcept[], passage: RetrievedPassage, about: readonly { i: number }[]): boolean {
    const own = new Set(counted.flatMap((c) => c.keys));
    return this.someSentenceAfter(passage, about, (text) => countsIn(text).some(({ nouns, measure }) => !measure && nouns.some((w) => findsWord(own, w))));
  }

  /**
   * Does the sentence right after one about the question name a sum of money and nothing of the question? News
   * names the thing, then gives its price in a sentence that calls it otherwise ("…një terminali të ri për tragetet…
   * Projekti, me vlerë 65 milionë euro, …"); a sum beside another word of the question ("kilogrami i koranit… 2 500
   * lekë" after the restaurants' koran) is that thing's. Only a sum: any number next to the question proved too little
   * (11 unanswerable questions answered for 4 answerable ones on the development sets).
   */
  private sumNext(passage: RetrievedPassage, about: readonly { i: number }[], present: readonly QueryConcept[]): boolean {
    return this.someSentenceAfter(passage, about, (text, i) => namesMoney(text) && this.sentenceBm25.matchedConcepts(i, present).length === 0);
  }

  /** Does a sentence of the passage right after one of `about`, and not itself one of them, pass the test? */
  private someSentenceAfter(passage: RetrievedPassage, about: readonly { i: number }[], test: (text: string, i: number) => boolean): boolean {
    const sentences = this.sentencesOf(this.positionOfPassage(passage)!);
    const isAbout = (i: number) => about.some((a) => a.i === i);
    return sentences.some(({ sentence, i }, n) => n > 0 && !isAbout(i) && isAbout(sentences[n - 1]!.i) && test(sentence.text, i));
  }

  /**
   * Does the passage hold an answer of the kind asked for, in a sentence about the question?
   * "How many shells?" is not answered by a paragraph whose only number is in another sentence,
   * nor "How many hectares?" by a sentence whose number counts something else.
   * Nor is "On what date…?" by a sentence that says "this month" but names no day of it, nor
   * "When…?" by one whose only number counts something ("a 12-kilometre dam"): see `NumberProof`.
   * Kinds without evidence words (`place`, `role`…) are not checked.
   */
  private holdsAnswerKind(query: AnalyzedQuery, passage: RetrievedPassage, present: readonly QueryConcept[]): boolean {
    if (!asksProvedKind(query)) return true;
    const about = this.sentencesAbout(query, passage, present);
    if (query.counted && this.countedNext(query.counted, passage, about)) return true;
    if (query.answerIsMoney && this.sumNext(passage, about, present)) return true;
    return about.some(({ sentence, i }) => this.provesKind(query, sentence.text, i));
  }

  /** Does the sentence (`i` in the sentence index) hold a word, number, day or name that proves the kind of answer asked for? */
  private provesKind(query: AnalyzedQuery, text: string, i: number): boolean {
    if (query.answerIsName && this.givesName(text, query)) return true;
    if (query.answerIsDay && namesCalendarDay(text)) return true;
    if (query.answerNumbers?.some((proof) => holdsNumber(text, proof))) return true;
    if (query.answerEvidenceWords && words(text).some((w) => query.answerEvidenceWords!.includes(fold(w)))) return true;
    return query.answerEvidence !== undefined && this.sentenceBm25.matchedConcepts(i, [query.answerEvidence]).length > 0;
  }
}

/**
 * Does every number of the passages count something that cannot be what the question counts? Each
 * must count a word the lexicon knows as a thing or a time, or a measure (`count-words.tsv`), and none
 * may be one of the counted concept's words, forms, synonyms or look-alikes, nor share a meaning of
 * the lexicon with it ("banorë" is one of "people"'s). A number whose counted word is unknown, or
 * that nothing after it explains, may count it: the question is then answered, with low confidence.
 * Nor is anything proved for a counted word the lexicon does not know ("How many punters…?"). With
 * `amounts` (an Albanian "Sa…?", which asks how much as well as how many), an amount of a substance
 * may be it too ("Sa ujë…?": "300 metra kub").
 */
function countsOnlyOther(counted: readonly QueryConcept[], passages: readonly RetrievedPassage[], amounts: boolean): boolean {
  const other = countsOfOther(counted, amounts);
  const counts = passages.flatMap((p) => countsIn(p.paragraph.text));
  return other !== undefined && counts.length > 0 && counts.every(other);
}

/**
 * A test of whether a number counts something that cannot be what the question counts (see
 * {@link countsOnlyOther}), or undefined when nothing can be told of the counted words.
 */
function countsOfOther(counted: readonly QueryConcept[], amounts: boolean): ((count: Count) => boolean) | undefined {
  const { general } = countWordsOf();
  if (counted.some((c) => c.untranslated || c.forms.some((f) => general.has(fold(f)))) || !counted.some(isThing)) return undefined;
  const meanings = new Set(counted.flatMap(meaningsOfConcept));
  const own = new Set(counted.flatMap((c) => [...c.keys, ...(c.related ?? [])]));
  // "18 njerëz" may be those asked about, whoever they are.
  const mayBeCounted = (word: string) => general.has(fold(word)) || findsWord(own, word) || entriesOfWord(word).some((e) => meanings.has(e));
  const known = (word: string) => isThingMeant(entriesOfWord(word));
  return ({ nouns, measure, amount, unread }) => !unread && !(amount && amounts) && !nouns.some(mayBeCounted) && (measure || nouns.every(known));
}

/** The lexicon's entries that give the concept's word or one of its translations as written: what it means. */
function meaningsOfConcept(concept: QueryConcept): readonly LexiconEntry[] {
  return concept.forms.flatMap((form) => entriesOfWord(form));
}

/** Is a concept a thing one counts: an English noun or time, or an Albanian word the lexicon gives mostly things' meanings? */
function isThing(concept: QueryConcept): boolean {
  return concept.kind ? concept.kind === 'noun' : isThingMeant(meaningsOfConcept(concept), ['noun']);
}

/** Are these the meanings of a thing: at least half of them a thing or a time (not "vota", voted, nor "tjerë", others)? */
function isThingMeant(meanings: readonly LexiconEntry[], kinds: readonly string[] = COUNTED_KINDS): boolean {
  return meanings.length > 0 && meanings.filter((e) => kinds.includes(e.kind)).length * 2 >= meanings.length;
}

/**
 * Is the concept's word joined by a hyphen to a word of one of the others ("koreano" of "armët koreano-veriore")? It is
 * then half of a compound the articles write otherwise ("Koreja e Veriut"), and its absence from them proves nothing.
 */
function joinedToAny(text: string, concept: QueryConcept, others: readonly QueryConcept[]): boolean {
  const hyphened = text.match(/[\p{L}\d]+(?:-[\p{L}\d]+)+/gu) ?? [];
  const own = fold(concept.source);
  return hyphened.some((compound) => {
    const parts = compound.split('-').map(fold);
    return parts.includes(own) && others.some((o) => o !== concept && !o.isName && parts.includes(fold(o.source)));
  });
}

/**
 * Is the concept an Albanian verb or adjective of the question: a word every meaning the lexicon gives of which is
 * one? Their forms are irregular ("duan", want; "desh", wanted) and the articles' vocabulary misses many. An English
 * one is searched by its translations' base forms and forms, and its absence still counts ("Did the rainwater reach
 * the beaches?").
 */
function isAlbanianPredicate(concept: QueryConcept): boolean {
  if (concept.kind) return false;
  const meanings = entriesOfWord(concept.source);
  return meanings.length > 0 && meanings.every((e) => e.kind === 'verb' || e.kind === 'adjective');
}

/** Opening quotation marks, each with the marks that close it ("„…“" as well as "“…”"). */
const QUOTE_CLOSERS: Readonly<Record<string, string>> = { '“': '”', '„': '“”', '«': '»', '"': '"' };

/**
 * For each sentence of a paragraph, does it begin inside a quotation that an earlier one opened? A quotation of
 * several sentences ("“Remitancat mbeten… mbi to. Nevojitet… në konsum”, tha ai") is one speaker's, and the pronoun
 * after it stands for whom the sentence before it names, not for its own first sentence.
 */
function beginsInQuotation(sentences: readonly string[]): boolean[] {
  let closer: string | undefined;
  return sentences.map((text) => {
    const inside = closer !== undefined;
    for (const char of text) {
      if (closer?.includes(char)) closer = undefined;
      else if (closer === undefined && QUOTE_CLOSERS[char]) closer = QUOTE_CLOSERS[char];
    }
    return inside;
  });
}

/** Kinds of lexicon words a number counts: things and times ("others", "dozens" are numbers' own words, which count nothing named). */
const COUNTED_KINDS = ['noun', 'time'];

interface Assessment {
  coverage: number;
  missingNames: string[];
  refusal?: RefusalReason;
  /** Every concept of the question is in the best passage. */
  complete: boolean;
}

/** Where a passage stands: its article and paragraph. */
type PassageAt = Pick<RetrievedPassage, 'article' | 'paragraph'>;

/** The passages with the first two swapped. */
function secondFirst(passages: readonly RetrievedPassage[]): RetrievedPassage[] {
  return [passages[1]!, passages[0]!, ...passages.slice(2)];
}
