import { createRequire } from 'node:module';
import { LEXICON_DIR } from '../paths.js';
import { fold } from './normalize.js';
import { alternatives, readWordList, type WordKind } from './word-lists.js';

/** The rules of `data/lexicon/en-word-rules.tsv`: English spelling and word formation. */
export interface EnglishWordRules {
  /** British letters → the American letters, at a word's end or before one of `endings` ("organis|ed"). */
  spellings: { british: string; american: string; endings: string[] }[];
  /** Letters written differently anywhere in a word ("ae" → "e"). */
  inner: { from: string; to: string }[];
  /** Derivational suffixes, what may have stood in their place, and the kind of word they make. */
  suffixes: { suffix: string; replacements: string[]; kind: WordKind }[];
  /** Prefixes a word may carry ("un", "re"). */
  prefixes: string[];
  /** Endings of adjectives of nationality and what the country's name ends in instead ("ian" → "y"). */
  demonyms: { ending: string; replacements: string[] }[];
  /** Endings that are no content word of their own ("'s", "n't"), written with a straight apostrophe. */
  clitics: string[];
  /** Contracted words whose first part is no word as written ("can't" → "can"). */
  contractions: Map<string, string>;
  /** Stem changes before a suffix that starts with a vowel or y: a silent e dropped, a last consonant doubled. */
  repairs: { e: boolean; double: boolean };
  /** English letters and how Albanian writes them in a loanword ("asthma" → "astma"), some only at a word's end ("baggage" → "bagazh"). */
  loans: { english: string; albanian: string; end: boolean }[];
  /** The adverbs of phrasal verbs that may follow the verb's object ("call the strike off"). */
  particles: Set<string>;
  /** Words that open a noun phrase ("the", "their"). */
  determiners: Set<string>;
  /** Pronouns that may be the object between a verb and its particle ("call it off", "set me back"). */
  objectPronouns: Set<string>;
}

/** What stands for "nothing" in a rule's replacements. */
const NOTHING = '-';
/** The kinds of rule a line of the file may have. */
export const ENGLISH_RULE_KINDS = ['spelling', 'inner', 'clitic', 'contraction', 'suffix', 'prefix', 'repair', 'loan', 'particle', 'determiner', 'object', 'demonym'] as const;
/** The fourth field of a `loan` rule that applies at a word's end only. */
export const LOAN_AT_END = 'end';
/** The stem repairs the file may name. */
export const STEM_REPAIRS = ['e', 'double'] as const;
/** Letters an affix leaves at least of a word, and a compound's first part has at least. */
export const MIN_ENGLISH_BASE = 3;
/**
 * Letters a compound's head (its last part) has at least: three-letter heads split words that are
 * no compounds ("barbed" is no bar + bed, "startled" no start + led, "adulterate" no adult + ate).
 */
const MIN_COMPOUND_HEAD = 4;

const replacementsOf = (field: string | undefined) => alternatives(field).map((r) => (r === NOTHING ? '' : r));

/** Reads `en-word-rules.tsv` (or the file of that name in `dir`). */
export function readEnglishWordRules(dir = LEXICON_DIR): EnglishWordRules {
  const rules: EnglishWordRules = { spellings: [], inner: [], clitics: [], contractions: new Map(), suffixes: [], prefixes: [], demonyms: [], repairs: { e: false, double: false }, loans: [], particles: new Set(), determiners: new Set(), objectPronouns: new Set() };
  for (const { fields } of readWordList('en-word-rules.tsv', dir)) {
    const [kind, letters = '', replacement, fourth] = fields;
    if (kind === 'spelling') {
      const endings = fourth === undefined ? [''] : replacementsOf(fourth);
      for (const american of replacementsOf(replacement)) rules.spellings.push({ british: letters, american, endings });
    } else if (kind === 'inner') for (const to of replacementsOf(replacement)) rules.inner.push({ from: letters, to });
    else if (kind === 'clitic') rules.clitics.push(...alternatives(letters));
    else if (kind === 'contraction') rules.contractions.set(letters, replacement ?? '');
    else if (kind === 'suffix') rules.suffixes.push({ suffix: letters, replacements: replacementsOf(replacement), kind: fourth as WordKind });
    else if (kind === 'prefix') rules.prefixes.push(letters);
    else if (kind === 'demonym') rules.demonyms.push({ ending: letters, replacements: replacementsOf(replacement) });
    else if (kind === 'repair') rules.repairs[letters as (typeof STEM_REPAIRS)[number]] = true;
    else if (kind === 'loan') rules.loans.push({ english: letters, albanian: fold(replacement ?? ''), end: fourth === LOAN_AT_END });
    else if (kind === 'particle') for (const word of alternatives(letters)) rules.particles.add(word);
    else if (kind === 'determiner') for (const word of alternatives(letters)) rules.determiners.add(word);
    else if (kind === 'object') for (const word of alternatives(letters)) rules.objectPronouns.add(word);
  }
  // Longest first: "iness" before "ness".
  rules.suffixes.sort((a, b) => b.suffix.length - a.suffix.length);
  return rules;
}

let rulesOnce: EnglishWordRules | undefined;
const englishWordRules = () => (rulesOnce ??= readEnglishWordRules());

/** wink-lemmatizer's WordNet lemmatizer: a word's base form as a noun, verb or adjective (the word itself when it knows none). */
interface Lemmatizer {
  noun(word: string): string;
  verb(word: string): string;
  adjective(word: string): string;
}

let lemmatizer: Lemmatizer | undefined;

/**
 * The English base forms of a word other than itself: singular, infinitive, positive ("lorries" →
 * "lorry", "fought" → "fight", "cheaper" → "cheap"). The lemmatizer loads WordNet's exception lists
 * (a few hundred ms), so only when a question first has a word the lexicon lacks.
 */
export function englishLemmas(foldedWord: string): string[] {
  lemmatizer ??= createRequire(import.meta.url)('wink-lemmatizer') as Lemmatizer;
  const lemmas = [lemmatizer.noun(foldedWord), lemmatizer.verb(foldedWord), lemmatizer.adjective(foldedWord)];
  return [...new Set(lemmas)].filter((lemma) => lemma !== foldedWord && /^[a-z]+$/.test(lemma));
}

/** The word spelled the American way, by each rule that applies ("kilometres" → "kilometers", "archaeology" → "archeology"). */
export function americanSpellings(foldedWord: string, rules = englishWordRules()): string[] {
  const spellings = new Set<string>();
  for (const { british, american, endings } of rules.spellings) {
    for (const ending of endings) {
      const letters = british + ending;
      if (foldedWord.endsWith(letters) && foldedWord.length > letters.length) spellings.add(foldedWord.slice(0, -letters.length) + american + ending);
    }
  }
  for (const { from, to } of rules.inner) if (foldedWord.includes(from)) spellings.add(foldedWord.replaceAll(from, to));
  spellings.delete(foldedWord);
  return [...spellings];
}

/**
 * A word of a question without the clitic it carries, as written otherwise ("Korea's" → "Korea",
 * "didn't" → "did", "I’m" → "I", "can't" → "can"): possessives would hide names and phrases from
 * the lexicon, and a contraction would be a content word the articles never have.
 */
export function withoutClitic(word: string, rules = englishWordRules()): string {
  const straight = word.replace(/’/g, "'");
  if (!straight.includes("'")) return word;
  const lower = straight.toLowerCase();
  const contracted = rules.contractions.get(lower);
  if (contracted !== undefined) return /^\p{Lu}/u.test(word) ? contracted[0]!.toUpperCase() + contracted.slice(1) : contracted;
  const clitic = rules.clitics.find((ending) => lower.endsWith(ending) && lower.length > ending.length);
  return clitic ? word.slice(0, -clitic.length) : word;
}

/** Stems a suffix starting with a vowel or y may have been written onto, undone ("nois" → "noise", "runn" → "run"). */
function repairedStems(stem: string, suffix: string, rules: EnglishWordRules): string[] {
  if (!/^[aeiouy]/.test(suffix)) return [stem];
  const stems = [stem];
  if (rules.repairs.e) stems.push(`${stem}e`);
  if (rules.repairs.double && /([b-df-hj-np-tv-z])\1$/.test(stem) && stem.length > MIN_ENGLISH_BASE) stems.push(stem.slice(0, -1));
  return stems;
}

/** Words a derived word may be made from, with the kind of word its suffix makes ("hilly" → "hill", adjective). */
export function derivationBases(foldedWord: string, rules = englishWordRules()): { base: string; kind?: WordKind }[] {
  const bases: { base: string; kind?: WordKind }[] = [];
  for (const { suffix, replacements, kind } of rules.suffixes) {
    if (!foldedWord.endsWith(suffix) || foldedWord.length - suffix.length < MIN_ENGLISH_BASE) continue;
    const stem = foldedWord.slice(0, -suffix.length);
    for (const replacement of replacements) {
      for (const base of replacement ? [stem + replacement] : repairedStems(stem, suffix, rules)) bases.push({ base, kind });
    }
  }
  for (const prefix of rules.prefixes) {
    if (foldedWord.startsWith(prefix) && foldedWord.length - prefix.length >= MIN_ENGLISH_BASE) bases.push({ base: foldedWord.slice(prefix.length) });
  }
  return bases;
}

/**
 * The country names an adjective of nationality may be made from ("austrian" → "austria",
 * "italian" → "italy", "italia", "italie", "ital"): the caller keeps those that are places.
 */
export function demonymBases(foldedWord: string, rules = englishWordRules()): string[] {
  return rules.demonyms.flatMap(({ ending, replacements }) =>
    foldedWord.endsWith(ending) && foldedWord.length - ending.length >= MIN_ENGLISH_BASE ? replacements.map((r) => foldedWord.slice(0, -ending.length) + r) : [],
  );
}

/** How an English word the lexicon lacks reaches words it has. */
export type EnglishAnalysis =
  /** One key: a base form, an American spelling or the word a derivation is made from; `kind` when the affix makes a kind of its own. */
  | { how: 'lemma' | 'spelling' | 'derivation'; key: string; kind?: WordKind }
  /** Two keys written as one word: "snow" + "bound", the head last. */
  | { how: 'compound'; modifier: string; head: string };

/**
 * Brings an English word that is not a key (`isKey`) back to keys: its base forms, its American
 * spelling, the word a derivation is made from (one or two affixes off), or else the two keys of a
 * compound, the first of at least three letters and the head of four, the longest head first
 * ("airlifted" → "air" + "lifted"). Undefined when none of these is a key. The caller decides what
 * a key is, so the rules here stay general.
 */
export function analyzeEnglishWord(foldedWord: string, isKey: (word: string) => boolean, rules = englishWordRules()): EnglishAnalysis | undefined {
  if (!/^[a-z]+$/.test(foldedWord)) return undefined;
  const lemmas = englishLemmas(foldedWord);
  const lemma = lemmas.find(isKey);
  if (lemma) return { how: 'lemma', key: lemma };
  const variants = [foldedWord, ...lemmas];
  const spelled = variants.flatMap((word) => americanSpellings(word, rules));
  const spelling = spelled.find(isKey);
  if (spelling) return { how: 'spelling', key: spelling };
  // A simple word's key: the word as written, or its base form or spelling.
  const keyOf = (word: string) => [word, ...englishLemmas(word), ...americanSpellings(word, rules)].find(isKey);
  for (const word of [...variants, ...spelled]) {
    for (const { base, kind } of derivationBases(word, rules)) {
      const key = keyOf(base);
      if (key) return { how: 'derivation', key, ...(kind && { kind }) };
    }
  }
  // Two affixes: "tearfully" is "tearful" is "tear", "unhelpful" is "helpful" is "help".
  for (const word of [...variants, ...spelled]) {
    for (const { base, kind } of derivationBases(word, rules)) {
      for (const inner of derivationBases(base, rules)) {
        const key = keyOf(inner.base);
        if (key) return { how: 'derivation', key, ...(kind && { kind }) };
      }
    }
  }
  for (const word of variants) {
    for (let cut = MIN_ENGLISH_BASE; cut <= word.length - MIN_COMPOUND_HEAD; cut++) {
      const modifier = keyOf(word.slice(0, cut));
      const head = modifier && keyOf(word.slice(cut));
      if (modifier && head) return { how: 'compound', modifier, head };
    }
  }
  return undefined;
}

/**
 * An English word as Albanian would write it as a loanword, by each rule of `en-word-rules.tsv`
 * alone and by all together ("asthma" → "astma", "baggage" → "bagazh", "inhalator" from
 * "inhaler"): what the articles' word for a thing the lexicon lacks is often spelled as.
 */
export function albanianLoanSpellings(foldedWord: string, rules = englishWordRules()): string[] {
  const rewrite = (word: string, { english, albanian, end }: EnglishWordRules['loans'][number]) =>
    end ? (word.endsWith(english) && word.length > english.length ? word.slice(0, -english.length) + albanian : word) : word.replaceAll(english, albanian);
  const each = rules.loans.map((rule) => rewrite(foldedWord, rule));
  const all = rules.loans.reduce(rewrite, foldedWord);
  return [...new Set([...each, all])].filter((word) => word !== foldedWord);
}

/**
 * Other spellings and base forms of an English word the lexicon lacks, for matching the articles'
 * words as cognates ("oenologist" → "enologist", "enolog"; an Albanian article writes "enologe").
 */
export function englishVariants(foldedWord: string, rules = englishWordRules()): string[] {
  if (!/^[a-z]+$/.test(foldedWord)) return [];
  const words = [foldedWord, ...englishLemmas(foldedWord)];
  words.push(...words.flatMap((word) => americanSpellings(word, rules)));
  words.push(...words.flatMap((word) => derivationBases(word, rules).map(({ base }) => base)).filter((base) => base.length > MIN_ENGLISH_BASE));
  return [...new Set(words)].filter((word) => word !== foldedWord);
}

/** Most words between a verb and the second word of its phrase ("call the strike off"). */
export const MAX_PHRASE_GAP = 3;

/**
 * Where the second word of a two-word verb phrase stands when words stand between it and the verb
 * at `at`: a particle after the verb's object ("call the strike off", "put their prices up", "pick
 * back up", "set me back"), or any second word after determiners only ("foot the bill"). A function
 * word other than a determiner or an object pronoun ends the object ("carry passengers on day one"
 * is no "carry on").
 * `isVerbPhrase` tells whether two folded words are a verb phrase of the lexicon, `isFunctionWord`
 * whether a word is a function word. Undefined when no such phrase follows.
 */
export function separatedPhraseEnd(
  foldedWords: readonly string[],
  at: number,
  isVerbPhrase: (first: string, second: string) => boolean,
  isFunctionWord: (word: string) => boolean,
  rules = englishWordRules(),
): number | undefined {
  const last = Math.min(at + 1 + MAX_PHRASE_GAP, foldedWords.length - 1);
  for (let end = at + 2; end <= last; end++) {
    const between = foldedWords[end - 1]!;
    const opensOrIsObject = rules.determiners.has(between) || rules.objectPronouns.has(between);
    if (!opensOrIsObject && (isFunctionWord(between) || !/^[a-z]+$/.test(between))) return undefined;
    const second = foldedWords[end]!;
    const gap = foldedWords.slice(at + 1, end);
    const fits = rules.particles.has(second) || gap.every((word) => rules.determiners.has(word));
    if (fits && isVerbPhrase(foldedWords[at]!, second)) return end;
  }
  return undefined;
}

/** An abbreviation written in capitals, with a plural "s" when it counts things ("HGVs"). */
const CAPITALS_ABBREVIATION = /^(\p{Lu}{2,6})(s?)$/u;

let abbreviationsOnce: Map<string, string[]> | undefined;

/** `data/lexicon/en-abbreviations.tsv`: abbreviations that are common nouns → what they stand for. */
function commonAbbreviations(): Map<string, string[]> {
  abbreviationsOnce ??= new Map(readWordList('en-abbreviations.tsv').map(({ fields }) => [fields[0]!, alternatives(fields[1])]));
  return abbreviationsOnce;
}

/**
 * What an abbreviation written in capitals stands for when it is a common noun, not a name: one
 * that WordNet knows as a thing ("ER" → "emergency room"), or any abbreviation with a plural "s",
 * since a name is not counted ("HGVs", whose meaning is then unknown: no words). Undefined for a
 * word that is no such abbreviation: a name's ("NATO", "KESH") or a lower-case word.
 */
export function commonAbbreviation(word: string): readonly string[] | undefined {
  const match = CAPITALS_ABBREVIATION.exec(word);
  if (!match) return undefined;
  return commonAbbreviations().get(match[1]!) ?? (match[2] ? [] : undefined);
}
