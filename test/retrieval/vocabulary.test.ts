import { describe, expect, it } from 'vitest';
import { relateWords, Vocabulary } from '../../src/retrieval/vocabulary.js';
import { WordGroups } from '../../src/retrieval/word-groups.js';
import { indexKey, termOf } from '../../src/retrieval/query.js';

describe('relateWords (cognate-folded words)', () => {
  it.each([
    ['vlore', 'vlores'],
    ['durres', 'durresit'],
    ['putin', 'putinit'],
    ['operator', 'operatoret'],
  ])('takes %s and %s for forms of one word: one is the other plus an ending', (a, b) => {
    expect(relateWords(a, b)).toBe('same');
  });

  it.each([
    ['kim', 'kimit'],
    ['uznova', 'uznove'],
    ['shkoder', 'shkodres'],
    ['gorika', 'gorikes'],
    ['vlora', 'vlores'],
  ])('takes the names %s and %s for forms of one name, and leaves such common words to the stemmer', (a, b) => {
    expect(relateWords(a, b, { name: true })).toBe('same');
    expect(relateWords(a, b)).not.toBe('same');
  });

  it('never joins a three-letter common word to a longer one ("tre", three, is not "treni", the train)', () => {
    expect(relateWords('tre', 'treni')).toBeUndefined();
  });

  it.each([
    ['operators', 'operatoret'],
    ['investment', 'investim'],
    ['teknologi', 'teknologise'],
  ])('takes %s and %s for related words (derivations, cognates)', (a, b) => {
    expect(relateWords(a, b)).toBeDefined();
  });

  it.each([
    ['vend', 'vendim'],
    ['austria', 'australia'],
    ['korea', 'korke'],
    ['permbitie', 'permbushur'],
    ['roma', 'romania'],
    ['iran', 'irak'],
  ])('keeps the false friends %s and %s apart', (a, b) => {
    expect(relateWords(a, b)).toBeUndefined();
  });
});

describe('Vocabulary', () => {
  const vocabulary = new Vocabulary(['Peshkatarët e Vlorës protestuan para Bashkisë së Shkodrës.']);

  it('finds the articles’ forms of a question word, with the key to search for', () => {
    expect(vocabulary.matches('Vlora', { name: true })).toEqual([{ key: indexKey('Vlorës'), relation: 'same' }]);
    expect(vocabulary.matches('Shkodër', { name: true })).toEqual([{ key: indexKey('Shkodrës'), relation: 'same' }]);
    expect(vocabulary.matches('peshkatar')).toEqual([{ key: indexKey('Peshkatarët'), relation: 'same' }]);
  });

  it('finds nothing for a word the articles have no form of', () => {
    expect(vocabulary.matches('Korçë')).toEqual([]);
    expect(vocabulary.matches('ab')).toEqual([]);
  });

  it('gives a name the terms of its own forms only, not of other words under its key ("Kim" is not "Kimoi" nor "Qime")', () => {
    const names = new Vocabulary(['Kimi takoi Kimoin dhe Qimen, pastaj Putinin në Vlorë.']);
    expect(names.nameForms('Kim')).toEqual([termOf(indexKey('Kimi')!, 'kimi')]);
    expect(names.nameForms('Putin')).toEqual([termOf(indexKey('Putinin')!, 'putinin')]);
    expect(names.nameForms('Vlora')).toEqual([termOf(indexKey('Vlorë')!, 'vlore')]);
    expect(names.nameForms('Xi')).toEqual([]);
  });

  it('reads a saved vocabulary bucket by bucket as looked in, answering as the one saved, and saves it again unchanged', () => {
    const texts = ['Kimi takoi Putinin në Vladivostok dhe Vlorë.', 'Qyteti i Vlorës, treni i blinduar, Kimit i pëlqeu Vladivostoku.'];
    const original = new Vocabulary(texts);
    const saved = original.serialize();
    const copy = Vocabulary.deserialize(saved);
    const keys = new Set([indexKey('qytet')!]);
    for (const word of ['Kim', 'Vlora', 'Vladivostok', 'tren']) {
      expect(copy.nameForms(word)).toEqual(original.nameForms(word));
      expect(copy.matches(word)).toEqual(original.matches(word));
    }
    expect(copy.wordForms('qytet', keys)).toEqual(original.wordForms('qytet', keys));
    // Some buckets read, others not: saved as before, and every word listed in the saved order.
    expect(copy.serialize()).toBe(saved);
    expect([...Vocabulary.deserialize(saved).entries()]).toEqual([...original.entries()]);
    expect(Vocabulary.deserialize('').serialize()).toBe('');
    // A word added to a saved vocabulary is found with the saved ones.
    copy.add('Kimoi erdhi.');
    original.add('Kimoi erdhi.');
    expect([...copy.entries()]).toEqual([...original.entries()]);
    expect(copy.matches('Kimoi')).toEqual(original.matches('Kimoi'));
  });

  it('refuses a saved vocabulary whose lines are not a word, a key and a shape', () => {
    const saved = new Vocabulary(['Kimi takoi Putinin në Vladivostok.']).serialize();
    expect(() => Vocabulary.deserialize(`${saved}\nfjala\tfjal`)).toThrow(/damaged/);
    expect(() => Vocabulary.deserialize(`${saved}\nfjala\tfjal\tfjala\tmore`)).toThrow(/damaged/);
    expect(() => Vocabulary.deserialize(`${saved}\n`)).toThrow(/damaged/);
  });

  it('answers a look-up made before a text was added with that text\'s words too', () => {
    const names = new Vocabulary(['Kimi takoi Putinin.']);
    const keys = new Set([indexKey('qytet')!]);
    expect(names.nameForms('Kim')).toEqual([termOf(indexKey('Kimi')!, 'kimi')]);
    expect(names.matches('Vladivostok')).toEqual([]);
    expect(names.wordForms('qytet', keys)).toEqual([]);
    expect(names.spelledForms('dritë')).toEqual([]);
    names.add('Kimit i pëlqen Vladivostoku, qyteti me dritën e tij.');
    expect(names.nameForms('Kim')).toEqual([termOf(indexKey('Kimi')!, 'kimi'), termOf(indexKey('Kimit')!, 'kimit')]);
    expect(names.matches('Vladivostok')).toEqual([{ key: indexKey('Vladivostoku'), relation: 'same' }]);
    expect(names.wordForms('qytet', keys)).toEqual([termOf(indexKey('qyteti')!, 'qyteti')]);
    expect(names.spelledForms('dritë')).toEqual([termOf(indexKey('dritën')!, 'driten')]);
  });

  it('gives a word with a short key the terms of the words spelled as it is under that key, or nothing to compare when it folds too short', () => {
    const common = new Vocabulary(['Treni kaloi tre qytete, ndërsa raporti citet shpesh; uji i qytetit është i pastër.']);
    const short = (word: string) => new Set([indexKey(word)!]);
    expect(common.wordForms('treni', short('treni'))).toEqual([termOf('tre', 'treni')]);
    expect(common.wordForms('tre', short('tre'))).toEqual([termOf('tre', 'tre')]);
    expect(common.wordForms('qytet', short('qytet'))).toEqual([termOf('kit', 'qytete'), termOf('kit', 'qytetit')]);
    expect(common.wordForms('uji', short('uji'))).toBeUndefined();
  });

  it('gives a synonym the terms of its own spelled forms only, a feminine ë dropped, not of words that share a base or a short key', () => {
    const text = new Vocabulary(['Drita u ndërpre, drita e dritës ra në Drinit; Koreja dhe Korene morën rrogën, por martesa u marrë.']);
    expect(text.spelledForms('dritë')).toEqual([termOf(indexKey('drita')!, 'drita'), termOf(indexKey('dritës')!, 'drites')]);
    expect(text.spelledForms('rrogë')).toEqual([termOf(indexKey('rrogën')!, 'rrogen')]);
    expect(text.spelledForms('korrent')).toEqual([]);
    expect(text.spelledForms('martesë')).toEqual([termOf(indexKey('martesa')!, 'martesa')]);
  });
});

describe('WordGroups', () => {
  const groups = new WordGroups([
    ['vij', 'vjen', 'erdhi', 'erdhën'],
    ['zjarr', 'flakë', 'vizitë zyrtare'],
  ]);

  it('gives the other words of a word’s group, whatever form of it is asked', () => {
    expect(groups.relatedWords('erdhën')).toEqual(['vij', 'vjen', 'erdhi']);
    expect(groups.relatedWords('zjarri')).toEqual(['zjarr', 'flakë']);
  });

  it('adds none of the single words of a phrase in the group', () => {
    expect(groups.relatedWords('flakë')).not.toContain('zyrtare');
  });

  it('gives nothing for a word in no group or a stopword', () => {
    expect(groups.relatedWords('spital')).toEqual([]);
    expect(groups.relatedWords('dhe')).toEqual([]);
  });
});
