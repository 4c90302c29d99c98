import { indexKey } from './query.js';
import { fold, words } from '../text/normalize.js';
import { alternatives, readWordList } from '../text/word-lists.js';

/**
 * Groups of Albanian words that count as one: the forms of an irregular word, which suffix
 * stripping cannot relate ("vij"/"erdhën"/"ardhur", "njeri"/"njerëz"), and synonyms news texts
 * use interchangeably ("zjarr"/"flakë", "deputet"/"ligjvënës"). Read from `data/lexicon/`.
 */
export class WordGroups {
  /** Index key of a word → the words of every group it belongs to. */
  private readonly groupsOf = new Map<string, string[]>();

  /** Builds the groups from lists of words; a word in several groups gets all of them. */
  constructor(groups: Iterable<readonly string[]>) {
    for (const group of groups) {
      // A phrase ("vizitë zyrtare") is matched by its first content word but adds none of its
      // words: each alone means something else ("zyrtare", official).
      const members = group.filter((member) => words(member).length === 1);
      for (const member of group) {
        const key = words(member).map((w) => indexKey(w)).find(Boolean);
        if (!key) continue;
        this.groupsOf.set(key, [...new Set([...(this.groupsOf.get(key) ?? []), ...members])]);
      }
    }
  }

  /** The other words of every group the word is in (none when it is in no group). */
  relatedWords(word: string): string[] {
    const key = indexKey(word);
    if (!key) return [];
    const folded = fold(word);
    return (this.groupsOf.get(key) ?? []).filter((w) => fold(w) !== folded);
  }
}

let irregularForms: WordGroups | undefined;
let synonyms: WordGroups | undefined;

/** The forms of irregular Albanian words (`data/lexicon/sq-forms.tsv`), read on first use. */
export function albanianForms(): WordGroups {
  irregularForms ??= new WordGroups(readWordList('sq-forms.tsv').map(({ fields }) => alternatives(fields[0])));
  return irregularForms;
}

/** Albanian synonym groups for news vocabulary (`data/lexicon/sq-synonyms.tsv`), read on first use. */
export function albanianSynonyms(): WordGroups {
  synonyms ??= new WordGroups(readWordList('sq-synonyms.tsv').map(({ fields }) => alternatives(fields[0])));
  return synonyms;
}
