import { describe, expect, it } from 'vitest';
import { loadEvalSet } from '../../src/eval/evaluate.js';
import { detectLanguage, identifyLanguage, languageEvidence } from '../../src/text/language.js';
import { DEV_QUESTIONS } from '../helpers/core.js';

describe('detectLanguage', () => {
  it.each([
    'Ku do të takohen?',
    'Ku do te takohen?',
    'Çfarë tha Kirby?',
    'Cfare tha Kirby?',
    'Cka tha Putini?',
    'Kush eshte Patricia Lewis?',
    'Pse?',
    'Kur?',
    'Ku?',
    'Sa subjekte?',
    'Me çfarë treni?',
    'A e ka mohuar Pheniani?',
    'Ç’thotë Lewis?',
    // Names and words that either language may write ("i", "e", "a"), beside one only Albanian writes.
    'A pranoi Kremlini ta komentonte shkrimin e New York Times?',
    'A po i pranon tani Serbia targat RKS?',
    'Kujt i dha interviste ambasadori Matsegora?',
  ])('detects Albanian in %j', (question) => {
    expect(detectLanguage(question)).toBe('sq');
  });

  it.each(['Who is John Kirby?', 'Where will they meet?', 'Why?', 'When is the summit?', 'How many?', 'What did the New York Times report?', 'Is it true?'])(
    'detects English in %j',
    (question) => {
      expect(detectLanguage(question)).toBe('en');
    },
  );

  it('takes ë or ç as Albanian evidence even in a question of names', () => {
    expect(detectLanguage('Kim Jong Un në Vladivostok')).toBe('sq');
    expect(detectLanguage('Moskës')).toBe('sq');
  });

  it('takes a case ending hyphenated onto a name as Albanian evidence, and not as the English "it"', () => {
    expect(detectLanguage('Si ta ndryshoj fjalekalimin e Gmail-it?')).toBe('sq');
    expect(detectLanguage('Sa fitoi UEFA-n')).toBe('sq');
    expect(detectLanguage('Kur hapet check-in?')).toBe('sq');
    // English compounds that end alike are English words, not endings.
    expect(detectLanguage('When does check-in open?')).toBe('en');
    expect(detectLanguage('Is the log-in page down?')).toBe('en');
    expect(detectLanguage('What did the mother-in-law say?')).toBe('en');
  });

  it('falls back to English when there is no evidence either way', () => {
    for (const text of ['', 'Kim Jong Un', 'Vladivostok', '2022', '😀']) expect(detectLanguage(text)).toBe('en');
  });

  it('ignores zero-width characters and capitals', () => {
    expect(detectLanguage('KU DO TË TAKOHEN?')).toBe('sq');
    expect(detectLanguage('K\u200Bu do te takohen?')).toBe('sq');
  });

  it('takes an English question that opens with "Do" for English, and Albanian "do të" still for Albanian', () => {
    for (const question of ['Do pensioners pay less?', 'Do kids travel free?', 'Do students get discounts?']) expect(detectLanguage(question), question).toBe('en');
    for (const question of ['Do të hapet ura?', 'Do te hapet ura?', 'Kur do te hapet ura?']) expect(detectLanguage(question), question).toBe('sq');
  });

  it('classifies every dev-set question as the language it is labelled with', () => {
    for (const { q, lang } of loadEvalSet(DEV_QUESTIONS)) expect(detectLanguage(q), q).toBe(lang);
  });
});

describe('languageEvidence', () => {
  it('tells the language the words point to', () => {
    expect(languageEvidence('Çfarë tha Kirby?')).toBe('sq');
    expect(languageEvidence('Who is John Kirby?')).toBe('en');
  });

  it('has no answer for names alone, or as much evidence for both languages', () => {
    for (const text of ['Po Putin?', 'Kremlini', 'Kim Jong Un', '', 'the dhe']) expect(languageEvidence(text)).toBeUndefined();
  });
});

describe('identifyLanguage: questions in a third language', () => {
  it.each([
    'Dove si incontreranno Kim e Putin?',
    'Cosa ha detto John Kirby?',
    'Che cosa hanno detto Kim e Putin sul treno?',
    'Où vont se rencontrer Kim et Putin?',
    "Qu'est-ce que Kirby a dit?",
    '¿Dónde se reunirán Kim y Putin?',
    '¿Qué dijo John Kirby?',
    'Wo treffen sich Kim und Putin?',
    'Was hat John Kirby gesagt?',
    'Onde Kim e Putin vão se encontrar?',
    'O que disse John Kirby?',
  ])('tells %j is in neither Albanian nor English, and answers it in English', (question) => {
    expect(identifyLanguage(question)).toBe('other');
    expect(languageEvidence(question)).toBe('en');
    expect(detectLanguage(question)).toBe('en');
  });

  it('takes no Albanian or English question of the eval sets for another language', () => {
    for (const set of ['dev', 'paraphrase', 'corpus-dev']) {
      for (const { q, lang } of loadEvalSet(DEV_QUESTIONS.replace("dev-questions", `${set}-questions`))) {
        expect(identifyLanguage(q), `${set}: ${q}`).not.toBe('other');
        expect(detectLanguage(q), `${set}: ${q}`).toBe(lang);
      }
    }
  });

  it.each(['Kur del treni pas mesnates?', 'Sa dem i beri stuhia fshatit?', 'Sa con anija cdo dite?'])(
    'takes %j, Albanian typed without ë and ç, for Albanian: "del", "pas", "dem", "con" are Albanian words too',
    (question) => {
      expect(identifyLanguage(question)).toBe('sq');
      expect(detectLanguage(question)).toBe('sq');
    },
  );

  it('finds no language in names alone', () => {
    expect(identifyLanguage('Kim Putin Vladivostok 2023')).toBeUndefined();
  });
});
