import { cognateKey, isStopword, stemAlbanian } from '../text/analyze.js';
import { fold, words } from '../text/normalize.js';
import { indexKey, termOf } from './query.js';

/** How a question word relates to a word of the articles. */
export type WordRelation = 'same' | 'related';

/** A word of the articles that a question word matches, as the index key to search for. */
export interface VocabularyMatch {
  key: string;
  relation: WordRelation;
}

/**
 * Endings that turn one form of a word into another: Albanian case, definiteness and number
 * ("Durrës"/"Durrësit", "Vlorë"/"Vlorës", "Putin"/"Putinit") and English plural, past and
 * gerund ("operator"/"operators"). Folded spelling (ë→e). Compared after cognate folding.
 */
const INFLECTION_ENDINGS = new Set([
  'i', 'a', 'e', 'u', 't', 'n', 's', 'it', 'in', 'ut', 'un', 'et', 'en', 'es', 've', 'ia', 'ie', 'ne', 'se', 'te',
  'at', 'ra', 're', 'ri', 'rit', 'rin', 'rat', 'ret', 'ave', 'eve', 'ive', 'ise', 'ese', 'ine', 'ite', 'ite', 'ore',
  'ia', 'ies', 'ed', 'd', 'ing', 'ly', 'er', 'ers',
]);
/**
 * Shared opening letters that make two longer words related forms (derivations, cognates). Five
 * are not enough in Albanian, whose prefixes start many unrelated words alike ("përmbytje",
 * flood, and "përmbushur", fulfilled).
 */
const MIN_RELATED_PREFIX = 6;
/** ...and the share of the shorter word those letters must cover. */
const MIN_RELATED_SHARE = 0.7;
/** ...and the most letters either word may add after the shared part. */
const MAX_RELATED_TAIL = 5;
/** Shortest base two differently inflected words may share to count as one word. */
const MIN_SHARED_BASE = 4;
/** Longest inflection ending. */
const MAX_ENDING_LENGTH = 3;
/** Words are bucketed by their first letters: every relation below needs at least these in common. */
const BUCKET_PREFIX = 3;
/** Look-ups a vocabulary remembers at most. */
const MAX_REMEMBERED = 20_000;

/**
 * What a word may be without one inflection ending, each base of four letters or more, with
 * the unstressed ë of -ër/-ël nouns dropped as inflection drops it ("shkoder" → "shkodr").
 */
function inflectionBases(word: string): Set<string> {
  const bases = new Set<string>();
  for (let cut = 0; cut <= MAX_ENDING_LENGTH; cut++) {
    const base = word.slice(0, word.length - cut);
    if (base.length < MIN_SHARED_BASE) break;
    if (cut > 0 && !INFLECTION_ENDINGS.has(word.slice(base.length))) continue;
    bases.add(base);
    bases.add(base.replace(/(?<=[^aeiou])e(?=[rl]$)/, ''));
  }
  // A feminine name's definite form ends in -a where its others keep the -ë ("Qafa", "Qafën", "Qafës"):
  // its base is the indefinite form, however short ("qafe").
  if (word.length >= MIN_SHARED_BASE && word.endsWith('a')) bases.add(`${word.slice(0, -1)}e`);
  return bases;
}

/**
 * Is `word` a shorter word that the other's stem merely begins with ("tre", three, of "treni",
 * the train, whose stem without its last ending is "tren")? Both stem to "tre", but one ending
 * off "treni" is still more than "tre" is.
 */
function cutShort(word: string, other: string): boolean {
  const stem = stemAlbanian(other, 1);
  return word.length < stem.length && stem.startsWith(word);
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * How two cognate-folded words relate, by their shapes alone.
 * - `same`: one is the other plus an inflection ending ("vlore"/"vlores"); for names also a
 *   three-letter word with its endings ("Kim"/"Kimit", where "tre" is not "treni") and two forms
 *   of one base of four letters or more ("Uznova"/"Uznovë").
 * - `related`: a long shared opening with short tails, as in derived words and English–Albanian
 *   cognates ("operators"/"operatoret", "investment"/"investim").
 * Words that share fewer than six opening letters are never `related`: that is the guard
 * against false friends ("vend"/"vendim", "austria"/"australia", "përmbytje"/"përmbushur").
 */
export function relateWords(a: string, b: string, options: { name?: boolean } = {}): WordRelation | undefined {
  if (a === b) return 'same';
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const prefix = commonPrefix(short, long);
  if (prefix === short.length && short.length >= BUCKET_PREFIX) {
    const ending = long.slice(prefix);
    if (INFLECTION_ENDINGS.has(ending) && (short.length > BUCKET_PREFIX || options.name)) return 'same';
  }
  // Two inflected forms of one name: "Uznova"/"Uznovë", "Shkodër"/"Shkodrës". Other words have
  // the stemmer for this, and shapes alone would join "përmbytur" and "përmbush".
  if (options.name) {
    const bases = inflectionBases(short);
    if ([...inflectionBases(long)].some((base) => bases.has(base))) return 'same';
  }
  if (prefix >= MIN_RELATED_PREFIX && prefix >= MIN_RELATED_SHARE * short.length && long.length - prefix <= MAX_RELATED_TAIL) {
    return 'related';
  }
  return undefined;
}

/** A word of the articles in its bucket. */
interface KnownWord {
  word: string;
  shape: string;
  key: string;
}

/**
 * The articles' own words, for matching question words that the stemmer leaves apart:
 * inflected names, derived forms and cognates. The vocabulary of a news archive is small
 * next to its text, and words are bucketed by their first letters, so a look-up compares a
 * question word with a few dozen words at most.
 */
export class Vocabulary {
  /** Folded word → its index key (of every word once {@link unread} is read). */
  private readonly keyOf = new Map<string, string>();
  /** First letters of the cognate-folded shape → the folded words with that opening, their shapes and keys. */
  private byPrefix = new Map<string, KnownWord[]>();
  /**
   * A saved vocabulary's text ({@link serialize}) and where each bucket's lines are in it, for the
   * buckets not read yet: a question reads the few buckets of its words' openings, so a cold start
   * does not make an object for each of the archive's words (70,000 at 100k ¶, 90 ms and their GC).
   */
  private unread: { text: string; lines: Map<string, number[]>; order: readonly string[] } | undefined;
  /** Words as written that were already added: an archive repeats its words millions of times. */
  private readonly seen = new Set<string>();
  /**
   * Look-ups already made, by kind and word: each compares the word with a bucket of the archive's
   * words (hundreds at 100k ¶), and questions keep asking for the same names and words. Forgotten
   * when a word is added, and when {@link MAX_REMEMBERED} are held.
   */
  private readonly remembered = new Map<string, unknown>();

  constructor(texts: Iterable<string>) {
    for (const text of texts) this.add(text);
  }

  /**
   * Every folded word with its index key and cognate-folded shape, bucket by bucket: the shape is
   * saved so that loading an index does not fold every word of the archive again.
   */
  *entries(): IterableIterator<[word: string, key: string, shape: string]> {
    this.readAll();
    for (const list of this.byPrefix.values()) for (const { word, key, shape } of list) yield [word, key, shape];
  }

  /** The entries as text, a line of `word`, `key` and `shape` (tab-separated) each: what {@link deserialize} reads. */
  serialize(): string {
    return [...this.entries()].map((entry) => entry.join('\t')).join('\n');
  }

  /**
   * A vocabulary from {@link serialize}'s text, whose buckets are read when first looked in; throws
   * when a line is not a word, a key and a shape.
   */
  static deserialize(text: string): Vocabulary {
    const vocabulary = new Vocabulary([]);
    // An empty last line is not a word either.
    if (text.endsWith('\n')) throw new Error('Lexical index vocabulary is damaged');
    const lines = new Map<string, number[]>();
    let bucket: number[] | undefined;
    let opening = '';
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const afterWord = text.indexOf('\t', start);
      const afterKey = afterWord === -1 ? -1 : text.indexOf('\t', afterWord + 1);
      if (afterWord === -1 || afterKey === -1 || afterKey >= end || text.lastIndexOf('\t', end - 1) !== afterKey) {
        throw new Error('Lexical index vocabulary is damaged');
      }
      // Saved bucket by bucket: a new bucket's first line opens a new range.
      const shapeOpening = text.slice(afterKey + 1, Math.min(afterKey + 1 + BUCKET_PREFIX, end));
      if (bucket === undefined || shapeOpening !== opening) {
        opening = shapeOpening;
        bucket = lines.get(opening);
        if (!bucket) lines.set(opening, (bucket = []));
        bucket.push(start, end);
      } else {
        bucket[bucket.length - 1] = end;
      }
      start = end + 1;
    }
    if (lines.size > 0) vocabulary.unread = { text, lines, order: [...lines.keys()] };
    return vocabulary;
  }

  /** Adds the words of a text. */
  add(text: string): void {
    this.addWords(words(text));
  }

  /** Adds words as {@link words} cuts them from a text, for a caller that has them already. */
  addWords(textWords: readonly string[]): void {
    this.readAll();
    for (const word of textWords) {
      if (this.seen.has(word)) continue;
      this.seen.add(word);
      const folded = fold(word);
      if (folded.length < BUCKET_PREFIX || /\d/.test(folded) || isStopword(folded, 'sq') || this.keyOf.has(folded)) continue;
      const key = indexKey(word);
      if (key) this.insert(folded, key, cognateKey(folded));
    }
  }

  private insert(word: string, key: string, shape: string): void {
    // Emptying an empty map still costs a new table: 70k words took 50 ms more at every cold start.
    if (this.remembered.size > 0) this.remembered.clear();
    this.keyOf.set(word, key);
    const bucket = shape.slice(0, BUCKET_PREFIX);
    const list = this.byPrefix.get(bucket);
    if (list) list.push({ word, shape, key });
    else this.byPrefix.set(bucket, [{ word, shape, key }]);
  }

  /** The words whose shapes open with these letters, read from the saved text the first time. */
  private bucket(opening: string): readonly KnownWord[] {
    const ranges = this.unread?.lines.get(opening);
    if (ranges) {
      const { text } = this.unread!;
      const list = this.byPrefix.get(opening) ?? [];
      for (let r = 0; r < ranges.length; r += 2) {
        for (const line of text.slice(ranges[r], ranges[r + 1]).split('\n')) {
          const [word, key, shape] = line.split('\t') as [string, string, string];
          this.keyOf.set(word, key);
          list.push({ word, shape, key });
        }
      }
      this.byPrefix.set(opening, list);
      this.unread!.lines.delete(opening);
    }
    return this.byPrefix.get(opening) ?? [];
  }

  /** Reads every bucket not read yet, keeping the saved order of buckets. */
  private readAll(): void {
    if (!this.unread) return;
    const read = this.byPrefix;
    this.byPrefix = new Map();
    for (const opening of this.unread.order) {
      const list = read.get(opening);
      if (list) this.byPrefix.set(opening, list);
      else this.bucket(opening);
    }
    this.unread = undefined;
  }

  /** Index keys of the articles' words that are forms of, or related to, the given word (a name's, with `name`). */
  matches(word: string, options: { name?: boolean } = {}): readonly VocabularyMatch[] {
    return this.remember(`${options.name ? 'name' : 'word'}\n${word}`, () => this.match(word, options));
  }

  private match(word: string, options: { name?: boolean }): VocabularyMatch[] {
    const shape = cognateKey(fold(word));
    if (shape.length < BUCKET_PREFIX) return [];
    const best = new Map<string, WordRelation>();
    for (const known of this.bucket(shape.slice(0, BUCKET_PREFIX))) {
      const relation = relateWords(shape, known.shape, options);
      if (!relation) continue;
      const { key } = known;
      if (best.get(key) !== 'same') best.set(key, relation);
    }
    return [...best].map(([key, relation]) => ({ key, relation }));
  }

  /**
   * Index terms (see {@link termOf}) of the articles' words that are forms of a word of a name:
   * the name and its endings ("Kim"/"Kimit", "Vlorë"/"Vlorës", "Putin"/"Putinit"), not the other
   * words its short key joins ("Kimoi"). Cognate folding joins spellings of a name ("Koreja"/"Korea")
   * only beyond three letters: "Kim" is not "Qime".
   */
  nameForms(word: string): readonly string[] {
    return this.remember(`forms\n${word}`, () => this.formTerms(word, (folded, shape, known) => {
      if (relateWords(shape, known.shape, { name: true }) !== 'same') return false;
      const short = shape.length <= known.shape.length ? shape : known.shape;
      return short.length > BUCKET_PREFIX || relateWords(folded, known.word, { name: true }) === 'same';
    }));
  }

  /**
   * Index terms of the articles' words under the given (short) keys that are spelled as the word
   * is, not joined to it only by cognate folding: "qytet" (city) finds "qytetit", not "citet"
   * (cites), though both are "kit". The two words must open with as many letters alike as the
   * key has. Undefined for a word too short to compare this way ("uji" folds to "ui").
   */
  wordForms(word: string, keys: ReadonlySet<string>): readonly string[] | undefined {
    if (cognateKey(fold(word)).length < BUCKET_PREFIX) return undefined;
    return this.remember(`spelled\n${word}\n${[...keys].sort().join(' ')}`, () =>
      this.formTerms(word, (folded, _shape, known) => {
        const { key } = known;
        return keys.has(key) && commonPrefix(folded, known.word) >= key.length && !cutShort(folded, known.word) && !cutShort(known.word, folded);
      }),
    );
  }

  /**
   * Index terms of the articles' words that are the word as spelled or it with an inflection
   * ending, the final ë of a feminine noun dropped as inflection drops it ("dritë"/"drita"/
   * "dritën"): the forms of a word the question does not write (a synonym's, see `Retriever`),
   * whose key is too short to search. Sharing a base is not enough here, as it is for a name:
   * "korrent" (current) is not "Korene" (Korea), and no word of the question vouches for it.
   */
  spelledForms(word: string): readonly string[] {
    const folded = fold(word);
    const bases = folded.endsWith('e') ? [folded, folded.slice(0, -1)] : [folded];
    return this.remember(`inflected\n${word}`, () =>
      this.formTerms(word, (_folded, _shape, known) =>
        known.word === folded || bases.some((base) => known.word.startsWith(base) && INFLECTION_ENDINGS.has(known.word.slice(base.length))),
      ),
    );
  }

  /** What `make` gives, made once per `id` while no word is added (see {@link remembered}). */
  private remember<T>(id: string, make: () => T): T {
    if (this.remembered.has(id)) return this.remembered.get(id) as T;
    const value = make();
    if (this.remembered.size >= MAX_REMEMBERED) this.remembered.clear();
    this.remembered.set(id, value);
    return value;
  }

  private formTerms(word: string, isForm: (folded: string, shape: string, known: KnownWord) => boolean): string[] {
    const folded = fold(word);
    const shape = cognateKey(folded);
    if (shape.length < BUCKET_PREFIX) return [];
    const terms: string[] = [];
    for (const known of this.bucket(shape.slice(0, BUCKET_PREFIX))) {
      if (isForm(folded, shape, known)) terms.push(termOf(known.key, known.word));
    }
    return terms;
  }
}
