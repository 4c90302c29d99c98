/**
 * What the numbers of the passages count or price, as evidence that they do not answer: "How many
 * X?" when every number counts a thing the lexicon knows that cannot be X; a price of something
 * named when no sum stands beside its name; a count in a unit no number counts. Checked on small
 * articles of their own (none is in an eval set), next to the seed article.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n.js';
import { countsIn } from '../../src/retrieval/counts.js';
import { analyzeQuery } from '../../src/retrieval/query.js';
import type { RefusalReason } from '../../src/retrieval/retriever.js';
import { alternatives, readWordList } from '../../src/text/word-lists.js';
import { expectFaithful, useContextOver } from '../helpers/core.js';

const MARKET = '2025-07-tregu-korce';
const EXHIBITION = '2025-06-ekspozita-berat';
const WATER = '2025-08-ujesjellesi-pogradec';
const FERRY = '2025-05-linja-tragetit-vlore';
const SCHOOL = '2025-09-shkolla-delvine';

const suite = useContextOver({
  files: {
    [`${SCHOOL}.txt`]: [
      'date 2025-09',
      'Shkolla e re e Delvinës u përurua të hënën me 320 nxënës, njoftoi bashkia.',
      'Drejtori i shkollës tha se salla e sportit do të hapet në tetor. Laboratori i shkencave u pajis me 40 mijë euro nga një fond i Bashkimit Evropian.',
    ].join('\n\n'),
    [`${FERRY}.txt`]: [
      'date 2025-05',
      'Linja e re e tragetit Vlorë–Brindisi nis më 1 qershor, njoftoi kompania “Adria Lines”.',
      'Bileta më e lirë për Brindisin kushton 45 euro, ndërsa një makinë paguan 90 euro.',
      'Nga 1 korriku, trageti do të shkojë edhe në Otranto. Orari i ri do të shpallet në qershor. Bileta për Brindisin do të shtrenjtohet atëherë në 50 euro.',
      'Kompania shet në Durrës edhe bileta për tragetin e Barit. Ato kushtojnë 55 euro.',
    ].join('\n\n'),
    [`${WATER}.txt`]: ['date 2025-08', 'Ujësjellësi i Pogradecit e furnizon qytetin me 90 litra në sekondë nga burimet e Drilonit, përmes tubave të rinj, njoftoi drejtori Ilir Dajti.'].join('\n\n'),
    [`${MARKET}.txt`]: [
      'date 2025-07',
      'Tregu i ri i fruta-perimeve në Korçë u hap të hënën me 85 tezga dhe 40 shitës nga fshatrat përreth, njoftoi bashkia.',
      'Ndërtimi i tregut zgjati 14 muaj dhe kushtoi 1,2 milionë euro. Tregu ka edhe 120 vende parkimi për makinat e blerësve.',
      'Çdo të shtunë tregun e vizitojnë rreth 3 000 blerës, tha administratori i tregut, Genc Lika.',
    ].join('\n\n'),
    [`${EXHIBITION}.txt`]: [
      'date 2025-06',
      'Ekspozita e fotografive të vjetra të Beratit u hap në muzeun e qytetit me 64 fotografi nga koleksionet familjare.',
      'Sipas drejtorit të muzeut, Arben Kasa, ekspozitën e vizituan 900 të tjerë brenda javës së parë.',
    ].join('\n\n'),
  },
});

/** Asserts that the question is refused for `reason`, the closest passage being of `article`. */
async function expectRefused(question: string, reason: RefusalReason, article: string): Promise<void> {
  const retrieval = await suite.ctx.retriever.retrieve(question);
  expect(retrieval.refusal).toBe(reason);
  expect(retrieval.passages[0]!.article.id).toBe(article);
}

/** Asserts that the question is answered, quoting `article` (¶`paragraph`, when given) first. */
async function expectAnswered(question: string, article: string, paragraph?: number): Promise<void> {
  const answer = await suite.ctx.answerer.ask(question);
  expect(answer.found).toBe(true);
  expect(answer.citations[0]).toMatchObject({ articleId: article, ...(paragraph !== undefined && { paragraph }) });
}

/** Asserts that a refusal says so in the asker's language and shows the closest passages of `article`, verbatim. */
async function expectSaidSo(question: string, language: 'sq' | 'en', article: string): Promise<void> {
  const answer = await suite.ctx.answerer.ask(question);
  expect(answer.found).toBe(false);
  expect(answer.text).toBe(t('notFound', language));
  expect(answer.citations[0]).toMatchObject({ articleId: article });
  expectFaithful(answer, suite.ctx.articles);
}

describe('a question counting a thing no number of the passages counts', () => {
  it.each(['Sa kamionë furnizojnë tregun e ri në Korçë?', 'How many trucks supply the new market in Korçë?'])(
    'refuses "%s": the numbers count stalls, sellers, months, euros, parking places and buyers',
    (question) => expectRefused(question, 'counts-other', MARKET),
  );

  it('refuses "how many" of things where the article gives only an amount of a substance ("90 litra në sekondë")', () =>
    expectRefused('How many pipes does the Pogradec waterworks have?', 'counts-other', WATER));

  it('says so in the asker’s language and shows the closest passages, verbatim', () => expectSaidSo('Sa kamionë furnizojnë tregun e ri në Korçë?', 'sq', MARKET));

  it.each(['Sa shitës shesin në tregun e ri të Korçës?', 'How many stalls does the new market in Korçë have?'])('answers "%s": a number counts it', (question) =>
    expectAnswered(question, MARKET, 1),
  );

  it.each([
    ['How many people visit the Korçë market on Saturdays?', 'people may be the buyers it counts'],
    ['How many vendors work at the new market in Korçë?', 'the lexicon does not know the word: it may be a paraphrase of "shitës"'],
    ['Sa fëmijë e vizituan ekspozitën e fotografive në Berat?', '"900 të tjerë" does not say whom it counts'],
    ['Sa ujë jep ujësjellësi i Pogradecit?', '"sa" may ask how much of a substance, which "90 litra" measures'],
    ['Sa kohë zgjati ndërtimi i tregut në Korçë?', 'a time is measured, not counted: "14 muaj" may be it'],
    ['How many children visited the photo exhibition in Berat?', '"900 të tjerë" does not say whom it counts'],
  ])('answers "%s" with low confidence, never asserting absence: %s', async (question) => {
    const retrieval = await suite.ctx.retriever.retrieve(question);
    expect(retrieval.found).toBe(true);
    expect(retrieval.confidence).toBe('low');
  });

  it('reads what the question counts: the words after "how many" up to a function word, the word after "sa"; none for "how much"', () => {
    expect(analyzeQuery('How many heart attack patients does the hospital treat?', 'en').counted?.map((c) => c.source)).toEqual(['heart attack', 'patients']);
    expect(analyzeQuery('Sa pacientë vdiqën nga mungesa e insulinës?', 'sq').counted?.map((c) => c.source)).toEqual(['pacientë']);
    expect(analyzeQuery('How much water did the plant release?', 'en').counted).toBeUndefined();
    expect(analyzeQuery('How many did Kim Jong Un meet?', 'en').counted).toBeUndefined();
  });
});

describe('a question asking a price of something no sum of the passages is told beside', () => {
  it.each(['Sa kushton bileta e tragetit për në Otranto?', 'How much does the ferry ticket to Otranto cost?'])(
    'refuses "%s": Otranto is two sentences away from the fare, which is Brindisi\'s',
    (question) => expectRefused(question, 'priced-other', FERRY),
  );

  it('says so in the asker’s language and shows the closest passages, verbatim', () => expectSaidSo('How much does the ferry ticket to Otranto cost?', 'en', FERRY));

  it.each([
    ['Sa kushton bileta e tragetit për në Brindisi?', 'the sentence of the sum names it'],
    ['How much does the ferry ticket to Brindisi cost?', 'the sentence of the sum names it'],
    ['Sa kushton bileta e tragetit për në Bari?', 'the sentence before the sum names it ("…bileta për tragetin e Barit. Ato kushtojnë 55 euro.")'],
  ])('answers "%s": %s', (question) => expectAnswered(question, FERRY));

  it.each(['Sa kushtoi pajisja e laboratorit të shkollës në Delvinë?', 'How much did equipping the Delvinë school laboratory cost?'])(
    'answers "%s": the article\'s lead names Delvinë, so all of it is about Delvinë, its sums too',
    (question) => expectAnswered(question, SCHOOL),
  );
});

describe('the unit a question counts in', () => {
  it('reads a unit after "a" as a rate\'s, as after "per" ("How many hours a day…" counts hours, not days)', () => {
    expect(analyzeQuery('How many hours a day do the nurses work?', 'en').answerUnits).toEqual(['hours']);
    expect(analyzeQuery('How many flights a week will go to Vienna?', 'en').answerUnits).toBeUndefined();
    expect(analyzeQuery('Sa orë për një ditë punojnë infermieret?', 'sq').answerUnits).toEqual(['orë']);
    expect(analyzeQuery('How many days will the works last?', 'en').answerUnits).toEqual(['days']);
  });
});

describe('what a number counts', () => {
  it('reads the word after it, past a multiplier or an article', () => {
    expect(countsIn('Në kantier punojnë 14 ekskavatorë dhe rreth 3 000 punëtorë.').map((c) => c.nouns)).toEqual([['ekskavatorë'], ['punëtorë']]);
    expect(countsIn('Investimi arriti në 24.5 milionë euro.')).toEqual([{ nouns: ['euro'], measure: true, amount: false, unread: false }]);
    expect(countsIn('U regjistruan 2 150 të rinj.')[0]!.nouns).toEqual(['rinj']);
    expect(countsIn('Erdhën dy ikona dhe disa piktura.').map((c) => c.nouns)).toEqual([['ikona'], ['piktura']]);
  });

  it('reads what a share or a measure is of, and tells an amount of a substance from a time or a sum', () => {
    expect(countsIn('Rreth 40 për qind e fëmijëve u vaksinuan.')).toEqual([{ nouns: ['fëmijëve'], measure: true, amount: false, unread: false }]);
    expect(countsIn('Vetëm 31% e tyre.')).toEqual([{ nouns: ['tyre'], measure: true, amount: false, unread: false }]);
    expect(countsIn('U vodhën 3 400 tonë ullinj.')).toEqual([{ nouns: ['tonë', 'ullinj'], measure: true, amount: true, unread: false }]);
    expect(countsIn('Punimet zgjatën 14 muaj.')).toEqual([{ nouns: ['muaj'], measure: true, amount: false, unread: false }]);
  });

  it('counts nothing in a year, a time of day, a day of a month, an order, or a number running on to the next', () => {
    expect(countsIn('Në vitin 2019, në orën 10:40, më 6 tetor, në vendin e 23-të.')).toEqual([]);
    expect(countsIn('Çmimi u rrit nga 900 deri në 1 000 lekë, në vitet 2018–2019.').map((c) => c.nouns)).toEqual([['lekë']]);
  });

  it('marks a number whose next word does not say what it counts as unread', () => {
    expect(countsIn('Numri i tyre arriti në 870.')).toEqual([{ nouns: [], measure: false, amount: false, unread: true }]);
    expect(countsIn('Nga të prekurit, 31 janë fëmijë.')[0]!.unread).toBe(true);
  });
});

describe('the words read around numbers (data/lexicon/count-words.tsv)', () => {
  it('has one line per role, lowercase words (a share may be two), each word once a line', () => {
    const lines = readWordList('count-words.tsv');
    expect(lines.map(({ fields }) => fields[0]).sort()).toEqual(['amount', 'asks', 'between', 'general', 'measure', 'multiplier', 'number', 'of', 'one', 'only', 'ordinal', 'percent', 'range']);
    for (const { line, fields } of lines) {
      expect(fields.length, `line ${line}`).toBe(2);
      const own = alternatives(fields[1]);
      expect(own.length, `line ${line}`).toBeGreaterThan(0);
      for (const word of own) expect(word, `line ${line}`).toMatch(fields[0] === 'percent' ? /^\p{Ll}+(?: \p{Ll}+)?$/u : /^\p{Ll}+$/u);
      expect(new Set(own).size, `line ${line}: a word is repeated`).toBe(own.length);
    }
  });
});
