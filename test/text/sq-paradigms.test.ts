import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEXICON_DIR } from '../../src/paths.js';
import { indexKey } from '../../src/retrieval/query.js';
import { PARADIGM_PREFIX } from '../../src/retrieval/word-groups.js';
import { fold } from '../../src/text/normalize.js';
import { alternatives, readWordList } from '../../src/text/word-lists.js';

const FILE = 'sq-paradigms.tsv';

describe('the generated Albanian paradigms (data/lexicon/sq-paradigms.tsv)', () => {
  const text = readFileSync(join(LEXICON_DIR, FILE), 'utf8');
  const lines = readWordList(FILE);
  const groups = lines.map(({ line, fields }) => ({ line, forms: alternatives(fields[0]) }));

  it('names its source, its licence and the script that regenerates it in its header', () => {
    const header = text.split('\n').filter((l) => l.startsWith('#')).join('\n');
    expect(header).toMatch(/myspell-sq/);
    expect(header).toMatch(/Luan Kelmendi/);
    expect(header).toMatch(/GPL-2\.0-or-later/);
    expect(header).toMatch(/scripts\/import-myspell-sq\.mjs/);
  });

  it('stays small: thousands of groups, under 2 MB', () => {
    expect(lines.length).toBeGreaterThan(5000);
    expect(statSync(join(LEXICON_DIR, FILE)).size).toBeLessThan(2 * 1024 * 1024);
  });

  it('writes each group as one field of at least two single lowercase words separated by " | "', () => {
    const bad = lines.filter(({ fields }) => fields.length !== 1 || fields[0] !== alternatives(fields[0]).join(' | '));
    expect(bad.map(({ line }) => line)).toEqual([]);
    const malformed = groups.filter(({ forms }) => forms.length < 2 || forms.some((form) => !/^[a-zëç]+$/.test(form)));
    expect(malformed.map(({ line, forms }) => `line ${line}: ${forms.join(' | ')}`)).toEqual([]);
  });

  it('keeps one form per index key: only what the stemmer splits (regenerate the file after changing the stemmer)', () => {
    const redundant = groups.filter(({ forms }) => {
      const keys = forms.map((form) => indexKey(form));
      return keys.some((key) => key === undefined) || new Set(keys).size !== keys.length;
    });
    expect(redundant.map(({ line, forms }) => `line ${line}: ${forms.join(' | ')}`)).toEqual([]);
  });

  it('gives every form of a group the same first letters, by which the engine looks groups up', () => {
    const mixed = groups.filter(({ forms }) => new Set(forms.map((form) => fold(form).slice(0, PARADIGM_PREFIX))).size > 1);
    expect(mixed.map(({ line, forms }) => `line ${line}: ${forms.join(' | ')}`)).toEqual([]);
  });
});
