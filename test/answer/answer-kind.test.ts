/**
 * An answer to a question asking how much, how many, when… quotes a sentence holding that kind of
 * answer next to what the question is about, before one that only repeats the question's words.
 * Articles and questions of their own (none is in an eval set), beside the seed article.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, formatReport } from '../../src/eval/evaluate.js';
import { analyzeQuery, namesSum } from '../../src/retrieval/query.js';
import { expectFaithful, useContextOver } from '../helpers/core.js';

const BRIDGE = '2025-04-ura-mbi-seman';
const SCHOOL = '2025-09-shkolla-fushe-kruje';
const FRAUD = '2025-02-mashtrimi-ne-korce';
const OFFICE = '2025-02-zyra-e-sherbimeve-berat';
const SOON = 'Zyra e re e shërbimeve për qytetarët në Berat do të hapet javën që vjen, tha kryetari i bashkisë.';
const OPENING = 'Zyra do të hapet më 3 mars.';
const BUILDER = 'Punimet i kreu kompania Gener Invest.';
const FROM = 'Ata telefononin nga Selaniku.';
const VICTIM = 'Drita, 81 vjeç, nga lagjja nr. 5, është një nga viktimat.';
const SAVINGS = 'I dhashë 300 mijë lekë, gjithë kursimet e mia.';
const SUM = 'Punimet kushtuan 3,2 milionë euro nga buxheti i shtetit.';
const PUPILS = 'Aty mësojnë 640 nxënës nga qyteti dhe fshatrat përreth.';
const COST = 'Shkolla e re kushtoi 2 milionë euro.';
const EQUIPMENT = 'Pajisjet e laboratorëve të shkollës erdhën nga Gjermania.';
const FLOORS = 'Shkolla e re e Fushë-Krujës u ndërtua me një kredi të Bankës Botërore dhe ka tre kate, dy laboratorë dhe një palestër.';

const suite = useContextOver({
  files: {
    [`${BRIDGE}.txt`]: [
      'date 2025-04',
      // The sentences that repeat the question's words ("kushtoi shumë vite pritje") hold no sum.
      'Ura e re mbi lumin Seman u përurua të mërkurën në Lushnjë. Sipas kryetarit të bashkisë, ura e re mbi Seman kushtoi shumë vite pritje për banorët e fshatrave përtej lumit. Ndërtimi i urës së re zgjati 14 muaj. ' +
        SUM,
      `Ura e re mbi Seman ka katër korsi dhe dy trotuare për këmbësorët. ${BUILDER}`,
    ].join('\n\n'),
    [`${SCHOOL}.txt`]: [
      'date 2025-09',
      `Shkolla e re e Fushë-Krujës hapi dyert të hënën, në ditën e parë të vitit shkollor. ${FLOORS} ${PUPILS}`,
      'Drejtoresha e shkollës tha se mësuesit e rinj u punësuan gjatë verës, me paga prej 700 euro.',
      `${COST} ${EQUIPMENT}`,
    ].join('\n\n'),
    [`${FRAUD}.txt`]: [
      'date 2025-02',
      `Policia arrestoi dy mashtrues që u telefononin të moshuarve në emër të nipërve të tyre. ${FROM}`,
      // The sum names nothing of "Sa para i dha Drita mashtruesve?" ("dhashë" is not "dha"); the ¶ names Drita.
      `${VICTIM} “Më thanë se nipi im ishte në polici. ${SAVINGS}”`,
    ].join('\n\n'),
    [`${OFFICE}.txt`]: ['date 2025-02', `${SOON} ${OPENING}`].join('\n\n'),
  },
});

async function ask(question: string) {
  const answer = await suite.ctx.answerer.ask(question);
  expectFaithful(answer, suite.ctx.articles);
  return { answer, quotes: answer.citations.map((c) => c.quote) };
}

describe('answers of the kind asked', () => {
  it('quotes the sum a "how much" question asks, with the sentence before it naming what it paid for', async () => {
    const { answer, quotes } = await ask('How much did the new bridge over the Seman cost?');
    expect(answer.found).toBe(true);
    expect(quotes).toEqual(['Ndërtimi i urës së re zgjati 14 muaj.', SUM]);
    expect(answer.citations.every((c) => c.articleId === BRIDGE && c.paragraph === 1)).toBe(true);
  });

  it('quotes the number of what a "how many" question counts, not only the sentences repeating its words', async () => {
    const { answer, quotes } = await ask('How many pupils does the new school in Fushë-Krujë have?');
    expect(answer).toMatchObject({ found: true, confidence: 'high' });
    expect(quotes).toContain(PUPILS);
  });

  it('adds to the sentence with the answer one naming more of the question, past weaker sentences of the kind (a salary of 700 euro)', async () => {
    const { answer, quotes } = await ask('How much did the new school and its laboratory equipment cost?');
    expect(answer.found).toBe(true);
    expect(quotes).toEqual([COST, EQUIPMENT]);
  });

  it('answers "Sa para…?" with a sum, not another number, beside the sentence naming whom it asks about', async () => {
    const { answer, quotes } = await ask('Sa para i dha Drita mashtruesve?');
    expect(answer.found).toBe(true);
    // The sum's sentence brings the rest of its quotation.
    expect(quotes).toEqual([VICTIM, `“Më thanë se nipi im ishte në polici. ${SAVINGS}”`]);
  });

  it('reads "para" after "sa" as asking a sum, and elsewhere as nothing of the kind', () => {
    expect(analyzeQuery('Sa para i dha Drita mashtruesve?', 'sq').answerIsSum).toBe(true);
    expect(analyzeQuery('Sa lekë mori bashkia?', 'sq').answerIsSum).toBe(true);
    expect(analyzeQuery('Sa vjeç ishte para luftës?', 'sq').answerIsSum).toBeUndefined();
    // Not a price question: a passage without a sum is not refused for it.
    expect(analyzeQuery('Sa para i dha Drita mashtruesve?', 'sq').answerIsMoney).toBeUndefined();
  });

  it.each(['Kush e ndërtoi urën e re mbi Seman?', 'Who built the new bridge over the Seman?'])('answers "%s" with the sentence giving a name', async (question) => {
    const { quotes } = await ask(question);
    expect(quotes).toContain(BUILDER);
  });

  it.each(['Nga ku telefononin mashtruesit?', 'Where did the scammers call from?'])('answers "%s" with the sentence naming a place', async (question) => {
    const { quotes } = await ask(question);
    expect(quotes).toContain(FROM);
  });

  it('reads who a question asks about from its first question word, and where from the place kind', () => {
    expect(analyzeQuery('Me kë u takua ministri?', 'sq').answerGivesName).toBe('someone');
    expect(analyzeQuery('Who won the race?', 'en').answerGivesName).toBe('someone');
    expect(analyzeQuery('Ku do të takohen?', 'sq').answerGivesName).toBe('place');
    expect(analyzeQuery('Sa kushton bileta?', 'sq').answerGivesName).toBeUndefined();
  });

  it('reads a sum in digits, in words or with a sign, and not a currency named without one', () => {
    for (const text of ['Bileta kushton dyqind lekë.', 'Punimet kushtuan 3,2 milionë euro.', 'It costs $40 a night.', 'I dhashë 300 mijë lekë.']) expect(namesSum(text), text).toBe(true);
    for (const text of ['Pagesa bëhet në lekë ose euro.', 'Prices are shown in euros.', 'Bileta kushton shtrenjtë.']) expect(namesSum(text), text).toBe(false);
  });

  it('answers "when" with a day, a month, a year or a time of day before "next week"', async () => {
    const { quotes } = await ask('When will the new service office in Berat open?');
    expect(quotes).toEqual([SOON, OPENING]);
  });

  it('does so in an answer it is unsure of as well', async () => {
    const { answer, quotes } = await ask('How many pupils does the new school in Fushë-Krujë have, according to the ministry?');
    expect(answer).toMatchObject({ found: true, confidence: 'low' });
    expect(quotes).toContain(PUPILS);
  });

  it('shows, among the closest passages, the sentence of each that holds the kind asked', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('Sa kushtoi ura e re mbi Seman?');
    const closest = suite.ctx.retriever.closestSentences(retrieval, 2);
    expect(closest.find((s) => s.article.id === BRIDGE && s.paragraph.number === 1)?.sentence.text).toBe(SUM);
  });

  it('does not take a number of something else for the count asked ("tre kate" for pupils), but does for floors', async () => {
    const article = suite.ctx.articles.find((a) => a.id === SCHOOL)!;
    const paragraph = article.paragraphs[0]!;
    const found = (text: string) => ({ article, paragraph, sentence: paragraph.sentences.find((s) => s.text === text)! });
    const pupils = (await suite.ctx.retriever.retrieve('How many pupils does the new school in Fushë-Krujë have?')).query;
    expect(suite.ctx.retriever.answersKind(pupils, found(FLOORS))).toBe(false);
    expect(suite.ctx.retriever.answersKind(pupils, found(PUPILS))).toBe(true);
    const floors = (await suite.ctx.retriever.retrieve('How many floors does the new school in Fushë-Krujë have?')).query;
    expect(suite.ctx.retriever.answersKind(floors, found(FLOORS))).toBe(true);
    // "Why" asks no kind that words prove.
    const why = (await suite.ctx.retriever.retrieve('Why was the new school built?')).query;
    expect(suite.ctx.retriever.answersKind(why, found(FLOORS))).toBeUndefined();
  });

  it('counts in the eval the answers to such questions whose quotes hold the kind asked', async () => {
    const report = await evaluate(suite.ctx, [
      { lang: 'en', q: 'How many pupils does the new school in Fushë-Krujë have?', paragraphs: [1], article: SCHOOL },
      { lang: 'en', q: 'How much did the new bridge over the Seman cost?', paragraphs: [1], article: BRIDGE },
      { lang: 'en', q: 'Why was the new bridge built?', paragraphs: [1], article: BRIDGE },
      // The article names nobody who hired them: the answer gives no name.
      { lang: 'sq', q: 'Kush i punësoi mësuesit e rinj?', paragraphs: [2], article: SCHOOL },
    ]);
    expect(report.byLanguage.en).toMatchObject({ answerable: 3, kindAsked: 2, kindQuoted: 2 });
    expect(report.byLanguage.sq).toMatchObject({ answerable: 1, kindAsked: 1, kindQuoted: 0 });
    expect(report.failures).toContain('quoted no answer of the kind asked: Kush i punësoi mësuesit e rinj?');
    expect(formatReport(report)).toMatch(/kind-quoted\n.* 2\/2\n.* 0\/1$/m);
  });
});
