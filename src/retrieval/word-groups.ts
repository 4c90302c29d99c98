import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEXICON_DIR } from '../paths.js';
import { indexKey } from './query.js';
import { fold, words } from '../text/normalize.js';
import { alternatives, readWordList } from '../text/word-lists.js';

/** Relates a word to other words that count as the same or as related. */
export interface WordRelations {
  /** The other words related to the word (none when there are none). */
  relatedWords(word: string): string[];
}

/**
 * Groups of Albanian words that count as one: the forms of an irregular word, which suffix
 * stripping cannot relate ("vij"/"erdhën"/"ardhur", "njeri"/"njerëz"), and synonyms news texts
 * use interchangeably ("zjarr"/"flakë", "deputet"/"ligjvënës"). Read from `data/lexicon/`.
 */
export class WordGroups implements WordRelations {
  /** Index key of a word → the words of every group it belongs to. */
  private readonly groupsOf = new Map<string, string[]>();
  /** Index key of a one-word member → the phrases of every group it belongs to. */
  private readonly phrasesOf = new Map<string, string[]>();

  /** Builds the groups from lists of words; a word in several groups gets all of them. */
  constructor(groups: Iterable<readonly string[]>) {
    for (const group of groups) {
      // A phrase ("vizitë zyrtare") is matched by its first content word but adds none of its
      // words: each alone means something else ("zyrtare", official).
      const members = group.filter((member) => words(member).length === 1);
      const phrases = group.filter((member) => words(member).length > 1);
      for (const member of group) {
        const key = words(member).map((w) => indexKey(w)).find(Boolean);
        if (!key) continue;
        this.groupsOf.set(key, [...new Set([...(this.groupsOf.get(key) ?? []), ...members])]);
        if (words(member).length === 1 && phrases.length > 0) this.phrasesOf.set(key, [...new Set([...(this.phrasesOf.get(key) ?? []), ...phrases])]);
      }
    }
  }

  /** The phrases of every group the word is in as a word of its own ("kryebashkiak": "kryetar i bashkisë"). */
  relatedPhrases(word: string): string[] {
    const key = indexKey(word);
    return key ? (this.phrasesOf.get(key) ?? []) : [];
  }

  /** The other words of every group the word is in (none when it is in no group). */
  relatedWords(word: string): string[] {
    const key = indexKey(word);
    if (!key) return [];
    const folded = fold(word);
    return (this.groupsOf.get(key) ?? []).filter((w) => fold(w) !== folded);
  }
}

/** Letters every form of a generated paradigm line shares with the others (checked by the file's test). */
export const PARADIGM_PREFIX = 3;
/** Longest shared opening a line is bucketed by: buckets of three letters ("për") hold hundreds of lines. */
const MAX_BUCKET_PREFIX = 5;
/** Separator of the forms of a line. */
const FORM_SEPARATOR = ' | ';

/** {@link fold} for the file's lowercase forms (a-z, ë, ç), at a fraction of its cost: it runs on every line. */
function foldForm(form: string): string {
  return form.replace(/ë/g, 'e').replace(/ç/g, 'c');
}

/** The opening letters all forms of a line share, three to five. */
function sharedOpening(line: string): string {
  const forms = line.split(FORM_SEPARATOR);
  let shared = Math.min(MAX_BUCKET_PREFIX, ...forms.map((f) => f.length));
  for (const form of forms) while (shared > PARADIGM_PREFIX && !form.startsWith(forms[0]!.slice(0, shared))) shared--;
  return foldForm(forms[0]!.slice(0, shared));
}

/**
 * Word groups from a large generated file (`sq-paradigms.tsv`, some 8,000 lines). Computing the
 * key of each of its 36,000 forms up front costs a quarter of a second, so lines are only sorted by
 * their first three letters at load; the first word to look among them sorts them further by the
 * opening letters all their forms share (up to five), and only the bucket it needs gets keys.
 */
export class PrefixedWordGroups implements WordRelations {
  /** First three letters (folded) → lines. */
  private readonly lines = new Map<string, string[]>();
  /** First three letters → shared opening → lines, once looked in. */
  private readonly sorted = new Map<string, Map<string, string[]>>();
  /** Shared opening → its groups, once looked in. */
  private readonly buckets = new Map<string, WordGroups>();

  /** Takes the file's lines of " | "-separated lowercase forms; comments and blank lines are skipped. */
  constructor(lines: Iterable<string>) {
    for (const line of lines) {
      if (line === '' || line.startsWith('#')) continue;
      const first = foldForm(line.slice(0, PARADIGM_PREFIX));
      const known = this.lines.get(first);
      if (known) known.push(line);
      else this.lines.set(first, [line]);
    }
  }

  relatedWords(word: string): string[] {
    const folded = fold(word);
    const related: string[] = [];
    for (let length = PARADIGM_PREFIX; length <= Math.min(MAX_BUCKET_PREFIX, folded.length); length++) {
      related.push(...this.bucket(folded.slice(0, length)).relatedWords(word));
    }
    return related;
  }

  private bucket(opening: string): WordGroups {
    let groups = this.buckets.get(opening);
    if (!groups) {
      const lines = this.byOpening(opening.slice(0, PARADIGM_PREFIX)).get(opening) ?? [];
      groups = new WordGroups(lines.map((line) => line.split(FORM_SEPARATOR)));
      this.buckets.set(opening, groups);
    }
    return groups;
  }

  private byOpening(first: string): Map<string, string[]> {
    let sorted = this.sorted.get(first);
    if (!sorted) {
      sorted = new Map();
      for (const line of this.lines.get(first) ?? []) {
        const opening = sharedOpening(line);
        const known = sorted.get(opening);
        if (known) known.push(line);
        else sorted.set(opening, [line]);
      }
      this.sorted.set(first, sorted);
    }
    return sorted;
  }
}

/** Several sources of related words as one. */
class CombinedRelations implements WordRelations {
  constructor(private readonly sources: readonly WordRelations[]) {}

  relatedWords(word: string): string[] {
    return [...new Set(this.sources.flatMap((source) => source.relatedWords(word)))];
  }
}

let irregularForms: WordRelations | undefined;
let synonyms: WordGroups | undefined;

/**
 * The forms of Albanian words that suffix stripping does not relate, read on first use: the
 * hand-written irregular ones (`data/lexicon/sq-forms.tsv`) and the regular paradigms the stemmer
 * splits, generated from the hunspell Albanian dictionary (`data/lexicon/sq-paradigms.tsv`).
 */
export function albanianForms(): WordRelations {
  irregularForms ??= new CombinedRelations([
    new WordGroups(readWordList('sq-forms.tsv').map(({ fields }) => alternatives(fields[0]))),
    new PrefixedWordGroups(readFileSync(join(LEXICON_DIR, 'sq-paradigms.tsv'), 'utf8').split('\n')),
  ]);
  return irregularForms;
}

/** Albanian synonym groups for news vocabulary (`data/lexicon/sq-synonyms.tsv`), read on first use. */
export function albanianSynonyms(): WordGroups {
  synonyms ??= new WordGroups(readWordList('sq-synonyms.tsv').map(({ fields }) => alternatives(fields[0])));
  return synonyms;
}
