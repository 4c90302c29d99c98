import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEXICON_DIR } from '../paths.js';
import { fold } from './normalize.js';

/** One line of a word-list file: its 1-based line number and its tab-separated fields. */
export interface WordListLine {
  line: number;
  fields: string[];
}

/**
 * Reads a tab-separated word list from `data/lexicon/`: blank lines and lines starting with `#`
 * are skipped, fields are trimmed. Files are data, not code, so that extending a list needs no
 * programming; `test/text/word-lists.test.ts` validates every file.
 */
export function readWordList(file: string, dir = LEXICON_DIR): WordListLine[] {
  return readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .map((text, i) => ({ line: i + 1, text: text.replace(/\r$/, '') }))
    .filter(({ text }) => text.trim() !== '' && !text.trimStart().startsWith('#'))
    .map(({ line, text }) => ({ line, fields: text.split('\t').map((f) => f.trim()) }));
}

/** Splits a field of alternatives written `a | b | c`. */
export function alternatives(field: string | undefined): string[] {
  return (field ?? '').split('|').map((v) => v.trim()).filter(Boolean);
}

/**
 * Reads a list whose lines are a role, a TAB and its words separated by ` | ` ("rate⇥per | a | në"):
 * each role's words, folded. A role the file lacks has no words.
 */
export function readWordSets<Role extends string>(file: string, roles: readonly Role[], dir = LEXICON_DIR): Record<Role, ReadonlySet<string>> {
  const byRole = new Map(readWordList(file, dir).map(({ fields }) => [fields[0], alternatives(fields[1]).map(fold)]));
  const sets = {} as Record<Role, ReadonlySet<string>>;
  for (const role of roles) sets[role] = new Set(byRole.get(role));
  return sets;
}

/** {@link readWordSets} of a file of `data/lexicon/`, read when first asked for and then kept. */
export function wordSetsOnce<Role extends string>(file: string, roles: readonly Role[]): () => Record<Role, ReadonlySet<string>> {
  let sets: Record<Role, ReadonlySet<string>> | undefined;
  return () => (sets ??= readWordSets(file, roles));
}

/** Kinds of lexicon entries; places and organisations are names. */
export const WORD_KINDS = ['verb', 'noun', 'adjective', 'time', 'number', 'place', 'organisation'] as const;
/** One of {@link WORD_KINDS}. */
export type WordKind = (typeof WORD_KINDS)[number];

/** An English word's Albanian forms and what kind of word it is. */
export interface LexiconEntry {
  forms: string[];
  kind: WordKind;
}

/** The English → Albanian lexicon (`en-sq.tsv`): English key → Albanian forms and kind. */
export function readEnglishAlbanianLexicon(dir = LEXICON_DIR): Map<string, LexiconEntry> {
  return new Map(readWordList('en-sq.tsv', dir).map(({ fields }) => [fields[0]!, { forms: alternatives(fields[1]), kind: fields[2] as WordKind }]));
}
