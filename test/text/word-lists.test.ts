import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEvalSets } from '../../src/eval/sets.js';
import { albanianSpellings } from '../../src/retrieval/retriever.js';
import { indexKey, indexKeys } from '../../src/retrieval/query.js';
import { cognateKey, isStopword, stemAlbanian } from '../../src/text/analyze.js';
import { languageMarkers } from '../../src/text/language.js';
import { fold, words as textWords } from '../../src/text/normalize.js';
import { alternatives, readEnglishAlbanianLexicon, readWordList, readWordSets, WORD_KINDS } from '../../src/text/word-lists.js';
import { ARTICLES_DIR, REPO_ROOT } from '../helpers/core.js';

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

  it('searches for no number its English key does not name', () => {
    // Every word of a value is a search key, and a number is asked about like a name: "two thirds"
    // → "66 për qind" or "midday" → "orën 12" would find any paragraph with 66 or 12 in it.
    const strays: string[] = [];
    for (const { line, fields } of lines) {
      if (fields[2] === 'number') continue;
      for (const value of alternatives(fields[1])) {
        const numbers = indexKeys(value).filter((key) => /^\d+$/.test(key) && !fields[0]!.includes(key));
        if (numbers.length > 0) strays.push(`line ${line}: ${fields[0]} → "${value}"`);
      }
    }
    expect(strays).toEqual([]);
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

  it('reads a list of roles as folded word sets, with no words for a role the file lacks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-words-'));
    writeFileSync(join(dir, 'roles.tsv'), '# roles\nrate\tPer | në\n');
    const sets = readWordSets('roles.tsv', ['rate', 'one'], dir);
    expect([...sets.rate]).toEqual(['per', 'ne']);
    expect(sets.one.size).toBe(0);
  });
});

describe('the language markers (data/lexicon/language-markers.tsv)', () => {
  const lines = readWordList('language-markers.tsv');

  it('gives Albanian and English once each, with folded words (lower case, no diacritics), each word once', () => {
    expect(lines.map(({ fields }) => fields[0]).sort()).toEqual(['en', 'sq']);
    for (const { line, fields } of lines) {
      expect(fields, `line ${line}`).toHaveLength(2);
      const own = alternatives(fields[1]);
      expect(own.length, `line ${line}`).toBeGreaterThan(20);
      for (const word of own) expect(word, `line ${line}`).toMatch(/^[a-z]+$/);
      expect(new Set(own).size, `line ${line}: a word is repeated`).toBe(own.length);
    }
  });

  it('gives no word to both languages', () => {
    const { sq, en } = languageMarkers();
    expect([...sq].filter((word) => en.has(word))).toEqual([]);
  });
});

describe('the third-language words (data/lexicon/third-languages.tsv)', () => {
  const lines = readWordList('third-languages.tsv');
  const words = lines.flatMap(({ fields }) => alternatives(fields[1]));

  it('gives each language once, a three-letter code and folded words (lower case, no diacritics), each word once', () => {
    for (const { line, fields } of lines) {
      expect(fields, `line ${line}`).toHaveLength(2);
      expect(fields[0], `line ${line}`).toMatch(/^[a-z]{3}$/);
      const own = alternatives(fields[1]);
      for (const word of own) expect(word, `line ${line}`).toMatch(/^[a-z]+(?:'[a-z]+)?$/);
      expect(new Set(own).size, `line ${line}: a word is repeated`).toBe(own.length);
    }
    expect(new Set(lines.map(({ fields }) => fields[0])).size).toBe(lines.length);
  });

  it('holds no Albanian or English marker, no word of the lexicons, and no word of a development article or of an Albanian or English eval question', () => {
    const lexicon = [...readEnglishAlbanianLexicon().keys()].flatMap((key) => key.split(' '));
    // Albanian words typed without ë and ç ("Kur del treni pas mesnates?"): "del", "pas" must not make it French or Spanish.
    const albanian = [
      ...[...readEnglishAlbanianLexicon().values()].flatMap((entry) => entry.forms),
      ...['stopwords-sq.tsv', 'sq-forms.tsv', 'sq-synonyms.tsv'].flatMap((file) => readWordList(file).flatMap(({ fields }) => fields.flatMap((field) => alternatives(field)))),
    ].flatMap((form) => textWords(form).map(fold));
    const developmentDirs = loadEvalSets(join(REPO_ROOT, 'eval', 'sets.json')).filter((set) => !set.frozen).flatMap((set) => set.articles);
    const articleWords = [...new Set([ARTICLES_DIR, join(REPO_ROOT, 'eval', 'articles'), ...developmentDirs])].flatMap((dir) =>
      readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).flatMap((f) => textWords(readFileSync(join(dir, f), 'utf8')).map(fold)),
    );
    const questionWords = ['dev', 'paraphrase', 'corpus-dev'].flatMap((set) =>
      (JSON.parse(readFileSync(join(REPO_ROOT, 'eval', `${set}-questions.json`), 'utf8')) as { questions: { q: string }[] }).questions.flatMap((q) => textWords(q.q).map(fold)),
    );
    const { sq, en } = languageMarkers();
    const taken = new Set([...sq, ...en, ...lexicon, ...albanian, ...articleWords, ...questionWords]);
    expect(words.filter((word) => taken.has(word))).toEqual([]);
  });
});

describe('the kinds of answer (data/lexicon/answer-types.tsv)', () => {
  const lines = readWordList('answer-types.tsv');

  it('names each kind once, with the question words that ask for it, its cue words, optional evidence and units', () => {
    const kinds = lines.map(({ fields }) => fields[0]);
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const { line, fields } of lines) {
      expect(fields.length, `line ${line}`).toBeGreaterThanOrEqual(3);
      expect(fields.length, `line ${line}`).toBeLessThanOrEqual(5);
      expect(fields[0], `line ${line}`).toMatch(/^[a-z]+$/);
      for (const asker of alternatives(fields[1])) expect(asker, `line ${line}`).toMatch(/^\p{Ll}+(?:\+\p{Ll}+)*$/u);
      expect(alternatives(fields[2]).length, `line ${line}`).toBeGreaterThan(0);
      for (const cue of alternatives(fields[2])) expect(cue, `line ${line}`).toMatch(/^[\p{Ll}.]+(?: [\p{Ll}.]+)*$/u);
      for (const evidence of alternatives(fields[3])) expect(evidence, `line ${line}`).toMatch(/^(?:@name|@day|@number|@year|@clock|\p{Ll}+(?: \p{Ll}+)*)$/u);
      // A unit is one word with a key of its own, checked only where there is evidence to check; a function word
      // ("tonë", which has no key) is matched as written, as a form of another unit of the line ("ton").
      if (fields[4] !== undefined) expect(alternatives(fields[3]).length, `line ${line}`).toBeGreaterThan(0);
      const unitKeys = new Set(alternatives(fields[4]).flatMap((unit) => indexKey(unit) ?? []));
      for (const unit of alternatives(fields[4])) {
        expect(unit, `line ${line}`).toMatch(/^\p{Ll}+$/u);
        if (indexKey(unit) === undefined) expect(isStopword(fold(unit), 'sq') && unitKeys.has(stemAlbanian(cognateKey(fold(unit)))), `line ${line}: "${unit}"`).toBe(true);
      }
    }
  });

  it('checks a number for "how many" and a time for "when"', () => {
    const byKind = new Map(lines.map(({ fields }) => [fields[0], fields]));
    expect(alternatives(byKind.get('quantity')?.[3])).toContain('mijë');
    expect(alternatives(byKind.get('quantity')?.[3])).toContain('pak');
    expect(alternatives(byKind.get('time')?.[3])).toContain('sot');
    // Any number counts; only a year, a day or a time of day tells when.
    expect(alternatives(byKind.get('quantity')?.[3])).toContain('@number');
    expect(alternatives(byKind.get('time')?.[3])).toEqual(expect.arrayContaining(['@year', '@clock', '@day']));
    expect(alternatives(byKind.get('time')?.[3])).not.toContain('@number');
    // "Which company…?" asks a name, as "What is it called?" does.
    expect(alternatives(byKind.get('organisation')?.[3])).toEqual(['@name']);
    // An age is said in years of age ("54-vjeçar"): "elected in 2021" tells none.
    expect(alternatives(byKind.get('age')?.[3])).toContain('vjeç');
    expect(alternatives(byKind.get('age')?.[3])).not.toContain('@number');
  });
});

describe('the words of a question that asks two things or yes or no (data/lexicon/question-words.tsv)', () => {
  it('has one line of conjunctions, one of question words, one of those asking someone, one of those asking why, one of those asking which, one of the first words of a yes-or-no question in each language and one of English articles, lowercase, each word once in a language', () => {
    const lines = readWordList('question-words.tsv');
    expect(lines.map(({ fields }) => fields[0]).sort()).toEqual(['and', 'article-en', 'question', 'which', 'who', 'why', 'yes-no-en', 'yes-no-sq']);
    // Those asking someone are question words.
    const [questions, who, why, which] = ['question', 'who', 'why', 'which'].map((role) => alternatives(lines.find(({ fields }) => fields[0] === role)!.fields[1]));
    for (const word of [...who!, ...why!, ...which!]) expect(questions, `"${word}" asks someone, why or which but is no question word`).toContain(word);
    const seen = new Set<string>();
    for (const { line, fields } of lines.filter(({ fields }) => !['who', 'why', 'which'].includes(fields[0]!))) {
      expect(fields.length, `line ${line}`).toBe(2);
      // Albanian "a" asks yes or no; English "a" is an article.
      const language = fields[0]!.endsWith('-sq') ? 'sq' : 'en';
      for (const word of alternatives(fields[1])) {
        expect(word, `line ${line}`).toMatch(/^\p{Ll}+$/u);
        expect(seen.has(`${language}:${fold(word)}`), `line ${line}: "${word}" twice`).toBe(false);
        seen.add(`${language}:${fold(word)}`);
      }
    }
  });
});

describe.each([
  { file: 'rate-words.tsv', about: 'the words that make a unit a rate\'s', roles: ['one', 'rate'] },
  { file: 'dating-words.tsv', about: 'the words that make a unit the time a question asks of', roles: ['after', 'before', 'joiner'] },
  { file: 'live-words.tsv', about: 'the words of what changes by the day', roles: ['live', 'now'] },
  { file: 'superlative-words.tsv', about: 'the words of superlatives over a place', roles: ['article', 'in', 'irregular', 'most', 'place', 'quantity', 'record'] },
  { file: 'speech-words.tsv', about: 'the words of reported speech', roles: ['according', 'ask-en', 'ask-sq', 'aux-en', 'content', 'pronoun', 'report', 'source', 'until'] },
  { file: 'money-words.tsv', about: 'the words of money', roles: ['ask', 'count', 'currency', 'sum'] },
  { file: 'place-prepositions.tsv', about: 'the words that make a name the place asked of', roles: ['at', 'not-after'] },
  { file: 'part-words.tsv', about: 'the words that make a name or time the part of a figure asked', roles: ['after', 'before', 'joiner', 'not-after', 'skip'] },
  { file: 'question-parts.tsv', about: 'the words that tell how a question of two parts is cut', roles: ['before-and', 'between', 'even', 'preposition', 'pronoun'] },
])('$about (data/lexicon/$file)', ({ file, roles }) => {
  it('has one line per role, lowercase words, each word once a line', () => {
    const lines = readWordList(file);
    expect(lines.map(({ fields }) => fields[0]).sort()).toEqual(roles);
    for (const { line, fields } of lines) {
      expect(fields.length, `line ${line}`).toBe(2);
      const own = alternatives(fields[1]);
      expect(own.length, `line ${line}`).toBeGreaterThan(0);
      for (const word of own) expect(word, `line ${line}`).toMatch(/^\p{Ll}+$/u);
      expect(new Set(own.map(fold)).size, `line ${line}: a word is repeated`).toBe(own.length);
    }
  });
});

describe('the units of time a figure may be asked per (data/lexicon/rate-units.tsv)', () => {
  it('gives each unit once, with lowercase nouns and rate words, no word twice', () => {
    const lines = readWordList('rate-units.tsv');
    expect(new Set(lines.map(({ fields }) => fields[0])).size).toBe(lines.length);
    const seen = new Set<string>();
    for (const { line, fields } of lines) {
      expect(fields.length, `line ${line}`).toBe(3);
      for (const field of [fields[1], fields[2]]) {
        const own = alternatives(field);
        expect(own.length, `line ${line}`).toBeGreaterThan(0);
        for (const word of own) {
          expect(word, `line ${line}`).toMatch(/^\p{Ll}+$/u);
          expect(seen.has(fold(word)), `line ${line}: "${word}" twice`).toBe(false);
          seen.add(fold(word));
        }
      }
    }
  });
});

describe('the full stops that end no sentence (data/lexicon/abbreviations.tsv)', () => {
  const lines = readWordList('abbreviations.tsv');
  const words = (role: string) => alternatives(lines.find(({ fields }) => fields[0] === role)!.fields[1]);

  it('has a title, label, role and before-name line, each of folded lowercase words, none twice', () => {
    expect(lines.map(({ fields }) => fields[0])).toEqual(['title', 'label', 'role', 'before-name']);
    for (const role of ['title', 'label', 'role', 'before-name']) {
      const list = words(role);
      expect(list.length, role).toBeGreaterThan(0);
      for (const word of list) expect(fold(word), `${role}: ${word}`).toBe(word);
      for (const word of list) expect(word, role).toMatch(/^\p{Ll}+$/u);
      expect(new Set(list).size, role).toBe(list.length);
    }
  });

  it('lists titles of at most four letters, and role beginnings of at least three (a shorter one would start ordinary words)', () => {
    for (const word of words('title')) expect(word).toMatch(/^\p{Ll}{1,4}$/u);
    for (const word of words('role')) expect(word.length, word).toBeGreaterThanOrEqual(3);
  });

  it('keeps labels apart from the words before a name', () => {
    const beforeName = new Set(words('before-name'));
    for (const label of words('label')) {
      expect(beforeName.has(label), label).toBe(false);
      expect(words('role').some((stem) => label.startsWith(stem)), label).toBe(false);
    }
  });
});

describe('the names of the months (data/lexicon/months.tsv)', () => {
  it('has twelve lines, each a month\'s Albanian and English name and its English abbreviations, lowercase, no name twice', () => {
    const lines = readWordList('months.tsv');
    expect(lines).toHaveLength(12);
    const seen = new Set<string>();
    for (const { line, fields } of lines) {
      expect(fields.length, `line ${line}`).toBe(1);
      const names = alternatives(fields[0]);
      expect(names.length, `line ${line}`).toBeGreaterThanOrEqual(2);
      // An abbreviation shortens the English name ("aug", "sept").
      for (const short of names.slice(2)) expect(names[1]!.startsWith(short), `line ${line}: "${short}"`).toBe(true);
      for (const name of names) {
        expect(name, `line ${line}`).toMatch(/^\p{Ll}+$/u);
        expect(seen.has(fold(name)), `line ${line}: "${name}" twice`).toBe(false);
        seen.add(fold(name));
      }
    }
  });
});

describe('the stopwords (data/lexicon/stopwords-en.tsv, stopwords-sq.tsv)', () => {
  for (const file of ['stopwords-en.tsv', 'stopwords-sq.tsv']) {
    it(`${file}: one lowercase word per line, each word once even when folded`, () => {
      const seen = new Set<string>();
      for (const { line, fields } of readWordList(file)) {
        expect(fields.length, `line ${line}`).toBe(1);
        expect(fields[0], `line ${line}`).toMatch(/^[\p{Ll}'’]+$/u);
        const key = fold(fields[0]!);
        expect(seen.has(key), `line ${line}: "${fields[0]}" twice`).toBe(false);
        seen.add(key);
      }
    });
  }

  it('holds no English month or weekday, so "in May" or "on Monday" still search for their day', () => {
    const calendar = 'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' ');
    const english = new Set(readWordList('stopwords-en.tsv').map(({ fields }) => fields[0]));
    expect(calendar.filter((w) => english.has(w))).toEqual([]);
  });
});

describe('how Albanian spells foreign names (data/lexicon/name-spellings.tsv)', () => {
  it('rewrites each example as it says, with a pattern that compiles', () => {
    const lines = readWordList('name-spellings.tsv');
    expect(lines.length).toBeGreaterThan(0);
    for (const { line, fields } of lines) {
      expect(fields, `line ${line}`).toHaveLength(3);
      const [foreign, albanian] = fields[2]!.split(' → ');
      expect(foreign!.replace(new RegExp(fields[0]!, 'giu'), fields[1]!), `line ${line}`).toBe(albanian);
      expect(albanianSpellings(foreign!), `line ${line}`).toContain(albanian);
    }
  });
});

describe('the words of requests to the bot (data/lexicon/request-words.tsv)', () => {
  const lines = readWordList('request-words.tsv');

  it('has one line per role, of lowercase words or phrases, each once in the file', () => {
    expect(lines.map(({ fields }) => fields[0]).sort()).toEqual(['advice', 'asker', 'how-to', 'opener', 'praise', 'request']);
    const seen = new Set<string>();
    for (const { line, fields } of lines) {
      expect(fields.length, `line ${line}`).toBe(2);
      for (const phrase of alternatives(fields[1])) {
        expect(phrase, `line ${line}`).toMatch(/^\p{Ll}+(?: \p{Ll}+)*$/u);
        expect(seen.has(fold(phrase)), `line ${line}: "${phrase}" twice`).toBe(false);
        seen.add(fold(phrase));
      }
    }
  });

  it('asks how-to with a question word first, and never makes a question word a request or an opener', () => {
    const { question } = readWordSets('question-words.tsv', ['question']);
    const roles = readWordSets('request-words.tsv', ['opener', 'request', 'advice', 'how-to', 'asker', 'praise']);
    for (const phrase of roles['how-to']) expect(question.has(phrase.split(' ')[0]!), phrase).toBe(true);
    for (const word of [...roles.opener, ...roles.request, ...roles.advice]) expect(question.has(word), word).toBe(false);
  });
});

describe('the words that cut a question of two parts (data/lexicon/question-parts.tsv)', () => {
  it('makes no question word of a word question-words.tsv lacks, nor a conjunction', () => {
    const { and, question } = readWordSets('question-words.tsv', ['and', 'question']);
    const parts = readWordSets('question-parts.tsv', ['before-and', 'even']);
    for (const word of parts['before-and']) expect(question.has(word), word).toBe(true);
    for (const word of parts.even) expect(and.has(word), word).toBe(true);
  });
});
