import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alternatives, readEnglishAlbanianLexicon, readWordList, WORD_KINDS } from '../../src/text/word-lists.js';

/** A word or phrase of letters (any case, with ë/ç), digits, inner hyphens and single spaces. */
const PHRASE = /^[\p{L}\p{N}]+(?:[- ][\p{L}\p{N}]+)*$/u;

describe('the English → Albanian lexicon (data/lexicon/en-sq.tsv)', () => {
  const lines = readWordList('en-sq.tsv');

  it('has about two thousand entries', () => {
    expect(lines.length).toBeGreaterThan(2000);
  });

  it('gives every entry exactly a key, a list of Albanian forms and a kind of word', () => {
    for (const { line, fields } of lines) {
      expect(fields.length, `line ${line}: ${fields.join('⇥')}`).toBe(3);
      expect(WORD_KINDS, `line ${line}`).toContain(fields[2]);
    }
  });

  it('keys are lowercase English of one or two words, each key once', () => {
    const seen = new Set<string>();
    for (const { line, fields } of lines) {
      const key = fields[0]!;
      expect(key, `line ${line}`).toMatch(/^[a-z0-9]+( [a-z0-9]+)?$/);
      expect(seen.has(key), `line ${line}: "${key}" is a key twice`).toBe(false);
      seen.add(key);
    }
  });

  it('values are words or short phrases, none repeated within an entry', () => {
    for (const { line, fields } of lines) {
      const values = alternatives(fields[1]);
      expect(values.length, `line ${line}`).toBeGreaterThan(0);
      expect(new Set(values).size, `line ${line}: a value is repeated`).toBe(values.length);
      for (const value of values) {
        expect(value, `line ${line}`).toMatch(PHRASE);
        expect(value.split(' ').length, `line ${line}: "${value}" is too long to be one search concept`).toBeLessThanOrEqual(7);
      }
    }
  });

  it('loads as a map from key to forms and kind', () => {
    const lexicon = readEnglishAlbanianLexicon();
    expect(lexicon.get('train')?.forms).toContain('tren');
    expect(lexicon.get('germany')?.kind).toBe('place');
    expect(lexicon.size).toBe(lines.length);
  });
});

describe('readWordList', () => {
  it('skips comments and blank lines, trims fields and keeps line numbers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-words-'));
    writeFileSync(join(dir, 'list.tsv'), '# comment\n\nkey\t a | b \r\n  # indented comment\nother\tc\n');
    expect(readWordList('list.tsv', dir)).toEqual([
      { line: 3, fields: ['key', 'a | b'] },
      { line: 5, fields: ['other', 'c'] },
    ]);
    expect(alternatives('a | b |  | c')).toEqual(['a', 'b', 'c']);
  });
});
