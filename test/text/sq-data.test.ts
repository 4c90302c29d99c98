import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEXICON_DIR } from '../../src/paths.js';
import { indexKey, MAX_SHORT_KEY } from '../../src/retrieval/query.js';
import { stemAlbanian } from '../../src/text/analyze.js';
import { fold, words } from '../../src/text/normalize.js';
import { alternatives, readWordList } from '../../src/text/word-lists.js';

/** Lowercase Albanian words (with ë and ç) joined by single spaces or hyphens. */
const FORM = /^[a-zëç]+(?:[- ][a-zëç]+)*$/;

/** The groups of a " | "-separated word-group file, with their line numbers. */
function groups(file: string): { line: number; forms: string[] }[] {
  return readWordList(file).map(({ line, fields }) => ({ line, forms: alternatives(fields.join('\t')) }));
}

describe.each([
  ['sq-forms.tsv', 200],
  ['sq-synonyms.tsv', 300],
])('the Albanian word groups of data/lexicon/%s', (file, minimum) => {
  const lines = readWordList(file);

  it('explains its format in a header comment', () => {
    expect(readFileSync(join(LEXICON_DIR, file), 'utf8').split('\n')[0]).toMatch(/^# \S/);
  });

  it(`has more than ${minimum} groups`, () => {
    expect(lines.length).toBeGreaterThan(minimum);
  });

  it('writes each group as one field of forms separated by " | ", none of them empty', () => {
    for (const { line, fields } of lines) {
      expect(fields, `line ${line} has a tab`).toHaveLength(1);
      expect(fields[0], `line ${line}`).toBe(alternatives(fields[0]).join(' | '));
    }
  });

  it('gives every group at least two forms, each a lowercase word or phrase', () => {
    for (const { line, forms } of groups(file)) {
      expect(forms.length, `line ${line}: ${forms.join(' | ')}`).toBeGreaterThanOrEqual(2);
      for (const form of forms) expect(form, `line ${line}`).toMatch(FORM);
    }
  });

  it('repeats no form within a group', () => {
    const repeated = groups(file).flatMap(({ line, forms }) => forms.filter((form, i) => forms.indexOf(form) !== i).map((form) => `line ${line}: ${form}`));
    expect(repeated).toEqual([]);
  });
});

describe('the irregular forms (data/lexicon/sq-forms.tsv)', () => {
  const forms = groups('sq-forms.tsv');

  it('puts each form in one group only, so homographs never link two different words', () => {
    const owner = new Map<string, number>();
    const shared: string[] = [];
    for (const { line, forms: group } of forms) {
      for (const form of new Set(group.map(fold))) {
        if (owner.has(form)) shared.push(`"${form}" is on lines ${owner.get(form)} and ${line}`);
        owner.set(form, line);
      }
    }
    expect(shared).toEqual([]);
  });

  it('only lists words whose forms suffix stripping alone does not relate', () => {
    const regular = forms
      .filter(({ forms: group }) => new Set(group.map((form) => stemAlbanian(fold(form).split(' ').at(-1)!))).size < 2)
      .map(({ line, forms: group }) => `line ${line}: ${group[0]}`);
    expect(regular).toEqual([]);
  });

  it('gives each stem of three letters or fewer to one group only: a question word of that stem finds only that group', () => {
    // "priten" (they are expected) and "prishi" (he destroyed) are both "pri": a question about
    // what is expected would search for the forms of destroying as the same word.
    const owner = new Map<string, number>();
    const shared: string[] = [];
    for (const { line, forms: group } of forms) {
      for (const form of group) {
        const key = words(form).map((w) => indexKey(w)).find(Boolean);
        if (!key || key.length > MAX_SHORT_KEY || /^\d+$/.test(key)) continue;
        if (owner.has(key) && owner.get(key) !== line) shared.push(`"${form}" (${key}) on line ${line}, also on line ${owner.get(key)}`);
        owner.set(key, line);
      }
    }
    expect(shared).toEqual([]);
  });

  it('relates the irregular past and participle forms of common verbs to their lemma', () => {
    const groupOf = (lemma: string) => forms.find(({ forms: group }) => group[0] === lemma)?.forms;
    expect(groupOf('vij')).toEqual(expect.arrayContaining(['vjen', 'erdhi', 'ardhur']));
    expect(groupOf('marr')).toEqual(expect.arrayContaining(['merr', 'mori', 'marrë']));
    expect(groupOf('djeg')).toEqual(expect.arrayContaining(['dogji', 'u dogj', 'djegur']));
    expect(groupOf('dorë')).toContain('duar');
  });
});

describe('the synonyms (data/lexicon/sq-synonyms.tsv)', () => {
  const synonyms = groups('sq-synonyms.tsv');

  it('joins no two spellings of one word: the engine folds ë and ç itself', () => {
    const repeated = synonyms.flatMap(({ line, forms }) => {
      const folded = forms.map(fold);
      return folded.filter((form, i) => folded.indexOf(form) !== i).map((form) => `line ${line}: ${form}`);
    });
    expect(repeated).toEqual([]);
  });

  it('has no two groups of the same forms', () => {
    const seen = new Map<string, number>();
    const twice: string[] = [];
    for (const { line, forms } of synonyms) {
      const key = [...new Set(forms.map(fold))].sort().join(' | ');
      if (seen.has(key)) twice.push(`lines ${seen.get(key)} and ${line}: ${key}`);
      seen.set(key, line);
    }
    expect(twice).toEqual([]);
  });

  it('joins the journalist’s word with the reader’s', () => {
    const groupWith = (form: string) => synonyms.find(({ forms }) => forms.includes(form))?.forms;
    expect(groupWith('kryebashkiak')).toContain('kryetar i bashkisë');
    expect(groupWith('humbi jetën')).toContain('vdiq');
  });
});
