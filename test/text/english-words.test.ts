import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  albanianLoanSpellings,
  americanSpellings,
  analyzeEnglishWord,
  commonAbbreviation,
  demonymBases,
  derivationBases,
  englishLemmas,
  englishVariants,
  ENGLISH_RULE_KINDS,
  LOAN_AT_END,
  readEnglishWordRules,
  separatedPhraseEnd,
  STEM_REPAIRS,
  withoutClitic,
} from '../../src/text/english-words.js';
import { alternatives, readEnglishAlbanianLexicon, readWordList, WORD_KINDS } from '../../src/text/word-lists.js';
import { REPO_ROOT } from '../helpers/core.js';

describe('the English word rules (data/lexicon/en-word-rules.tsv)', () => {
  const lines = readWordList('en-word-rules.tsv');
  const letters = /^[a-z]+$/;
  /** A field of alternatives, each letters or "-" (nothing). */
  const replacements = (field: string | undefined) => alternatives(field).every((r) => r === '-' || letters.test(r)) && alternatives(field).length > 0;

  it('has spelling, suffix, prefix, repair and loanword rules', () => {
    const kinds = new Set(lines.map(({ fields }) => fields[0]));
    for (const kind of ['spelling', 'inner', 'suffix', 'prefix', 'repair', 'loan', 'particle', 'determiner', 'object', 'demonym']) expect(kinds, kind).toContain(kind);
  });

  it('gives every line a known kind of rule and lowercase letters (with an apostrophe for clitics)', () => {
    for (const { line, fields } of lines) {
      expect(ENGLISH_RULE_KINDS, `line ${line}`).toContain(fields[0]);
      if (fields[0] === 'clitic') for (const clitic of alternatives(fields[1])) expect(clitic, `line ${line}`).toMatch(/^[a-z]*'[a-z]+$/);
      else if (fields[0] === 'particle' || fields[0] === 'determiner' || fields[0] === 'object') for (const word of alternatives(fields[1])) expect(word, `line ${line}`).toMatch(letters);
      else if (fields[0] === 'contraction') expect(fields[1], `line ${line}`).toMatch(/^[a-z]+'[a-z]+$/);
      else expect(fields[1], `line ${line}`).toMatch(letters);
    }
  });

  it('gives each kind of rule its fields: replacements, endings, a kind of word', () => {
    for (const { line, fields } of lines) {
      const [kind, , replacement, fourth] = fields;
      const where = `line ${line}: ${fields.join('⇥')}`;
      if (kind === 'clitic' || kind === 'particle' || kind === 'determiner' || kind === 'object') {
        expect(fields.length, where).toBe(2);
      } else if (kind === 'repair') {
        expect(fields.length, where).toBe(2);
        expect(STEM_REPAIRS, where).toContain(fields[1]);
      } else if (kind === 'prefix' || kind === 'inner' || kind === 'contraction' || kind === 'demonym') {
        expect(fields.length, where).toBe(3);
        expect(replacements(replacement), where).toBe(true);
      } else if (kind === 'loan') {
        expect([3, 4], where).toContain(fields.length);
        expect(replacement, where).toMatch(/^[a-zë]+$/);
        if (fourth !== undefined) expect(fourth, where).toBe(LOAN_AT_END);
      } else if (kind === 'spelling') {
        expect([3, 4], where).toContain(fields.length);
        expect(replacements(replacement), where).toBe(true);
        if (fourth !== undefined) expect(replacements(fourth), where).toBe(true);
      } else {
        expect(fields.length, where).toBe(4);
        expect(replacements(replacement), where).toBe(true);
        expect(WORD_KINDS, where).toContain(fourth);
      }
    }
  });

  it('states each rule once', () => {
    const seen = new Set<string>();
    for (const { line, fields } of lines) {
      const rule = fields.slice(0, 2).join('\t');
      expect(seen.has(rule), `line ${line}: "${rule}" twice`).toBe(false);
      seen.add(rule);
    }
  });

  it('reads every suffix longest first, so "iness" comes off before "ness"', () => {
    const { suffixes } = readEnglishWordRules();
    expect(suffixes.map((s) => s.suffix.length)).toEqual(suffixes.map((s) => s.suffix.length).sort((a, b) => b - a));
  });
});

describe('English word analysis', () => {
  /** A small lexicon of its own: the analysis only ever returns words that are keys. */
  const keys = new Set(['goose', 'fight', 'theater', 'pediatrician', 'color', 'rain', 'sun', 'bake', 'sad', 'hope', 'paid', 'economy', 'water', 'air', 'strip', 'airs', 'trip', 'low']);
  const isKey = (word: string) => keys.has(word);

  it('brings irregular inflections back to their base form', () => {
    expect(englishLemmas('geese')).toContain('goose');
    expect(analyzeEnglishWord('geese', isKey)).toEqual({ how: 'lemma', key: 'goose' });
    expect(analyzeEnglishWord('fought', isKey)).toEqual({ how: 'lemma', key: 'fight' });
  });

  it('takes the clitics off a word as written, either apostrophe', () => {
    expect(withoutClitic("Korea's")).toBe('Korea');
    expect(withoutClitic('didn’t')).toBe('did');
    expect(withoutClitic("I'm")).toBe('I');
    expect(withoutClitic("they'll")).toBe('they');
    expect(withoutClitic("Can't")).toBe('Can');
    expect(withoutClitic("won't")).toBe('will');
    expect(withoutClitic('Koreas')).toBe('Koreas');
    expect(withoutClitic("'s")).toBe("'s");
  });

  it('writes British spellings the American way, inflected or not', () => {
    expect(americanSpellings('theatres')).toContain('theaters');
    expect(americanSpellings('organising')).toContain('organizing');
    expect(americanSpellings('travelled')).toContain('travel');
    expect(americanSpellings('paediatrician')).toContain('pediatrician');
    expect(analyzeEnglishWord('theatres', isKey)).toEqual({ how: 'spelling', key: 'theater' });
    expect(analyzeEnglishWord('paediatrician', isKey)).toEqual({ how: 'spelling', key: 'pediatrician' });
  });

  it('takes derivational suffixes and prefixes off, undoing the spelling changes they bring', () => {
    expect(analyzeEnglishWord('rainy', isKey)).toEqual({ how: 'derivation', key: 'rain', kind: 'adjective' });
    expect(analyzeEnglishWord('sunny', isKey)).toEqual({ how: 'derivation', key: 'sun', kind: 'adjective' });
    expect(analyzeEnglishWord('baker', isKey)).toEqual({ how: 'derivation', key: 'bake', kind: 'noun' });
    expect(analyzeEnglishWord('sadness', isKey)).toEqual({ how: 'derivation', key: 'sad', kind: 'noun' });
    expect(analyzeEnglishWord('hopeless', isKey)).toEqual({ how: 'derivation', key: 'hope', kind: 'adjective' });
    expect(analyzeEnglishWord('economists', isKey)).toEqual({ how: 'derivation', key: 'economy', kind: 'noun' });
    expect(analyzeEnglishWord('unpaid', isKey)).toEqual({ how: 'derivation', key: 'paid' });
    expect(analyzeEnglishWord('colourful', isKey)).toEqual({ how: 'derivation', key: 'color', kind: 'adjective' });
  });

  it('gives the country names an adjective of nationality may be made from', () => {
    expect(demonymBases('austrian')).toContain('austria');
    expect(demonymBases('hungarian')).toContain('hungary');
    expect(demonymBases('brazilian')).toContain('brazil');
    expect(demonymBases('maltese')).toContain('malta');
    expect(demonymBases('pakistani')).toContain('pakistan');
    expect(demonymBases('ian')).toEqual([]);
  });

  it('takes two affixes off, the outer one giving the kind of word', () => {
    expect(analyzeEnglishWord('hopelessly', isKey)).toEqual({ how: 'derivation', key: 'hope', kind: 'adjective' });
    expect(analyzeEnglishWord('hopelessness', isKey)).toEqual({ how: 'derivation', key: 'hope', kind: 'noun' });
  });

  it('leaves at least three letters when it takes an affix off', () => {
    expect(derivationBases('fly')).toEqual([]);
    expect(derivationBases('unit').map(({ base }) => base)).not.toContain('it');
  });

  it('splits no word whose head would have fewer than four letters ("barbed" is no bar + bed)', () => {
    const bar = new Set(['bar', 'bed', 'start', 'led']);
    expect(analyzeEnglishWord('barbed', (word) => bar.has(word))).toBeUndefined();
    expect(analyzeEnglishWord('startled', (word) => bar.has(word))).toBeUndefined();
  });

  it('splits a compound into two keys, the first of three letters or more, the longest head first', () => {
    expect(analyzeEnglishWord('rainwater', isKey)).toEqual({ how: 'compound', modifier: 'rain', head: 'water' });
    // "airs" + "trip" are keys too, but "strip" is the longer head.
    expect(analyzeEnglishWord('airstrip', isKey)).toEqual({ how: 'compound', modifier: 'air', head: 'strip' });
    expect(analyzeEnglishWord('airstrips', isKey)).toEqual({ how: 'compound', modifier: 'air', head: 'strip' });
    // "a" + "glow" and "ag" + "low": a part of fewer than three letters is no word.
    const glow = new Set(['glow', 'low']);
    expect(analyzeEnglishWord('aglow', (word) => glow.has(word))).toBeUndefined();
  });

  it('finds nothing for a word none of whose parts or bases is a key', () => {
    expect(analyzeEnglishWord('zyxwv', isKey)).toBeUndefined();
    expect(analyzeEnglishWord('naïve', isKey)).toBeUndefined();
  });

  it('gives spellings and bases of a word it cannot bring to a key, to match cognates with', () => {
    expect(englishVariants('oenologists')).toEqual(expect.arrayContaining(['oenologist', 'enologists', 'enologist', 'enolog']));
    expect(englishVariants('oenologists')).not.toContain('oenologists');
  });
});

describe('the abbreviations that are common nouns (data/lexicon/en-abbreviations.tsv)', () => {
  const lines = readWordList('en-abbreviations.tsv');

  it('gives each abbreviation once, in capitals, with lower-case words of what it stands for', () => {
    const seen = new Set<string>();
    expect(lines.length).toBeGreaterThan(300);
    for (const { line, fields } of lines) {
      const [abbreviation, words] = fields;
      expect(abbreviation, `line ${line}`).toMatch(/^\p{Lu}{2,6}$/u);
      expect(seen.has(abbreviation!), `line ${line}: ${abbreviation} twice`).toBe(false);
      seen.add(abbreviation!);
      for (const word of alternatives(words)) expect(word, `line ${line}`).toMatch(/^[a-z0-9][a-z0-9' .,/-]*$/);
    }
  });

  it('lists no place or organisation of the English lexicon: those are names', () => {
    const lexicon = readEnglishAlbanianLexicon();
    for (const { line, fields } of lines) {
      const kind = lexicon.get(fields[0]!.toLowerCase())?.kind;
      expect(kind === 'place' || kind === 'organisation', `line ${line}: ${fields[0]} is a ${kind}`).toBe(false);
    }
  });

  it('is what scripts/wordnet-abbreviations.mjs writes from WordNet', () => {
    const dir = mkdtempSync(join(tmpdir(), 'abbreviations-'));
    try {
      execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'wordnet-abbreviations.mjs'), join(dir, 'out.tsv')], { stdio: 'ignore' });
      expect(readFileSync(join(dir, 'out.tsv'), 'utf8')).toBe(readFileSync(join(REPO_ROOT, 'data', 'lexicon', 'en-abbreviations.tsv'), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('an English abbreviation that is a common noun', () => {
  it('stands for what WordNet says ("ER" → emergency room), in the plural too', () => {
    expect(commonAbbreviation('ER')).toEqual(['emergency room']);
    expect(commonAbbreviation('ERs')).toEqual(['emergency room']);
  });

  it('is any abbreviation with a plural "s", since a name is not counted, its meaning unknown ("HGVs")', () => {
    expect(commonAbbreviation('HGVs')).toEqual([]);
  });

  it('is none of a name\'s abbreviations, one WordNet does not know, or a word not in capitals', () => {
    for (const word of ['FBI', 'NATO', 'KESH', 'HGV', 'er', 'Er', 'ERS']) expect(commonAbbreviation(word), word).toBeUndefined();
  });
});

describe('an English word as Albanian writes loanwords', () => {
  it('rewrites letters anywhere, or at the end only where the rule says so, each rule alone and all together', () => {
    expect(albanianLoanSpellings('thermometer')).toEqual(expect.arrayContaining(['termometer', 'thermometator', 'termometator']));
    expect(albanianLoanSpellings('sabotage')).toContain('sabotazh');
    expect(albanianLoanSpellings('agent')).toEqual([]);
  });
});

describe('a two-word verb phrase written apart', () => {
  const phrases = new Set(['call off', 'pick up', 'foot bill', 'carry on']);
  const isVerbPhrase = (first: string, second: string) => phrases.has(`${first} ${second}`);
  const functionWords = new Set(['on', 'in', 'of', 'the', 'day', 'it']);
  const isFunctionWord = (word: string) => functionWords.has(word) && word !== 'day';
  const end = (question: string) => separatedPhraseEnd(question.split(' '), 1, isVerbPhrase, isFunctionWord);

  it('ends at a particle after the verb\'s object, of up to three words ("call the strike off", "pick back up")', () => {
    expect(end('did call the strike off')).toBe(4);
    expect(end('to pick back up')).toBe(3);
    expect(end('did call it off')).toBe(3);
    expect(end('who foot it bill')).toBeUndefined();
    expect(end('did call the big teachers strike off')).toBeUndefined();
  });

  it('ends at any second word after determiners only ("foot the bill"), not after other words ("foot the hotel bill")', () => {
    expect(end('who foot the bill')).toBe(3);
    expect(end('who foot the hotel bill')).toBeUndefined();
  });

  it('is none when a function word stands between, or the particle is no particle of the rules ("carry passengers on")', () => {
    expect(end('did call in the strike off')).toBeUndefined();
    expect(end('to carry passengers on')).toBeUndefined();
  });
});
