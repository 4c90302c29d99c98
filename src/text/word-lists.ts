import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEXICON_DIR } from '../paths.js';

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

/** The English → Albanian lexicon (`en-sq.tsv`): English key → Albanian forms. */
export function readEnglishAlbanianLexicon(dir = LEXICON_DIR): Map<string, string[]> {
  return new Map(readWordList('en-sq.tsv', dir).map(({ fields }) => [fields[0]!, alternatives(fields[1])]));
}
