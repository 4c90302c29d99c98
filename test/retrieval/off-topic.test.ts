/**
 * Off-topic messages a news bot gets (session 8): requests for advice, recommendations and recipes,
 * general-knowledge superlatives ("the longest river in the world") and what changes by the day asked
 * for the asker's today ("the exchange rate today"), on short articles of these tests' own: none of
 * these questions or articles is in an eval set.
 */
import { describe, expect, it } from 'vitest';
import { analyzeQuery, statesSuperlative } from '../../src/retrieval/query.js';
import type { RefusalReason } from '../../src/retrieval/retriever.js';
import { expectAnswers, expectRefusals, useContextOver } from '../helpers/core.js';

const BAKERIES = '2025-11-furrat-e-korces';
const PORT = '2025-10-porti-i-sarandes';
const LAKE = '2025-08-liqeni-i-ohrit';
const WEATHER = '2025-12-moti-shkoder';

/** The tests' articles, by id. */
const ARTICLES: Record<string, string> = {
  [BAKERIES]: [
    'date 2025-11',
    '',
    'Çmimi i bukës në furrat e Korçës u rrit me 10 lekë këtë javë. Një bukë e bardhë kushton tani 90 lekë.',
    '',
    'Shoqata e furrtarëve u dha qytetarëve disa këshilla për të kursyer: të blejnë bukë me misër, e cila është më e lirë.',
    '',
    'Furra e re e lagjes Pazari i Vjetër hapet më 1 dhjetor. Pronari i saj, Ilir Gjika, thotë se do të punësojë 12 punëtorë.',
    '',
    'Mielli vjen kryesisht nga Ukraina. Furrtarët thonë se çmimi i miellit u rrit me një të tretën.',
  ].join('\n'),
  [LAKE]: [
    'date 2025-08',
    '',
    'Liqeni i Ohrit është liqeni më i thellë në Ballkan, me një thellësi prej 288 metrash. Çdo verë e vizitojnë mijëra pushues.',
    '',
    'Lumi Osum kalon përmes Beratit dhe këtë verë u tha pjesërisht nga thatësira. Banorët e Beratit thonë se nuk e mbajnë mend lumin kaq të cekët.',
    '',
    'Në Tiranë u përurua një ndërtesë e re banimi, 85 metra e lartë, me 24 kate.',
  ].join('\n'),
  [WEATHER]: [
    'date 2025-12',
    '',
    'Meteorologët parashikojnë shi të dendur në Shkodër sot dhe nesër. Temperaturat do të bien deri në 5 gradë.',
    '',
    'Një dhomë hoteli në qendër të Shkodrës kushton sot rreth 60 euro nata, sipas hotelierëve.',
  ].join('\n'),
  [PORT]: [
    'date 2025-10',
    '',
    'Një autobus i ri lidh portin e Sarandës me qendrën e vjetër të qytetit çdo 20 minuta. Bileta kushton 50 lekë.',
    '',
    'Turistët që zbresin nga anijet mund të marrin edhe taksi. Një udhëtim deri në kala kushton rreth 8 euro.',
    '',
    'Bashkia rekomandon që vizitorët të mbajnë me vete ujë gjatë vapës së korrikut.',
  ].join('\n'),
};

/** The articles with these ids, as files of a folder of articles. */
const filesOf = (...ids: string[]) => Object.fromEntries(ids.map((id) => [`${id}.txt`, ARTICLES[id]!]));

const suite = useContextOver({ seed: false, files: filesOf(BAKERIES, LAKE, PORT) });
/** The bakeries beside a weather report that says "sot" and "euro". */
const liveSuite = useContextOver({ seed: false, files: filesOf(BAKERIES, WEATHER) });

const expectRefused = (questions: readonly string[], reason: RefusalReason, passage: string) => expectRefusals(suite.ctx, questions, reason, passage);
const expectAnswered = (cases: readonly (readonly [question: string, passage: string])[]) => expectAnswers(suite.ctx, cases);

describe('requests for advice, recipes and instructions for the asker', () => {
  it('tells requests from questions, whatever they open with, and the asker\'s action', () => {
    expect(analyzeQuery('How do I book the ferry?').asksAdvice?.action?.source).toBe('book');
    expect(analyzeQuery('Si ta mësoj gjermanishten?').asksAdvice?.action?.source).toBe('mësoj');
    const asks = (text: string) => analyzeQuery(text).asksAdvice !== undefined;
    for (const request of ['Any tips for baking bread at home?', 'Please give me a recipe for corn bread', 'Can you recommend a good hotel?', 'How do I renew my passport?', 'Si ta gatuaj bukën?', 'Më jep një recetë për bukë', 'Which novel should I read?', 'What do you recommend to eat in Korçë?', "What's a good recipe for byrek?", 'Cila është një recetë e mirë për byrek?', 'Please, how do I renew my passport?', 'Can you translate the article into English?', 'Ju lutem, si ta mësoj gjermanishten?']) {
      expect(asks(request), request).toBe(true);
    }
    for (const question of ['Tell me when the new bakery opens', 'What advice did the bakers give?', 'Më trego, sa kushton buka?', 'Më thuaj, a hapet furra në dhjetor?', 'Can the bakery hire more workers?', 'Si shkoj nga porti në qendër?', "What's the best way to get from the port to the old town?", 'Show me the details of the new bakery', 'Më trego për furrën e re', 'Explain the rise in the price of flour']) {
      expect(asks(question), question).toBe(false);
    }
  });

  it('refuses a request that names something none of the passages closest to it has by its own words', async () => {
    // Each shares "këshilla", "bukë" or "misër" with the bakers' advice; the home and the recipe are in no article.
    await expectRefused(['Any tips for baking bread at home?', 'Give me a recipe for corn bread', 'Si ta gatuaj bukën me misër në shtëpi?', 'Më jep një recetë për bukë me misër'], 'advice-asked', `${BAKERIES}¶2`);
  });

  it('answers a request or a how-to whose passage mentions all it names, and a question that starts as a request', async () => {
    await expectAnswered([
      ['How do I get from the port to the old town?', `${PORT}¶1`],
      ['Should I take the bus from the port to the old town?', `${PORT}¶1`],
      // The asker's action is no thing the passage must name: no article says "paguaj".
      ['Si të paguaj biletën e autobusit në Sarandë?', `${PORT}¶1`],
      ["What's the best way to get from the port to the old town?", `${PORT}¶1`],
      ['Show me the details of the new bakery', `${BAKERIES}¶3`],
      ['Give me a summary of the bakery news', `${BAKERIES}¶2`],
      ['Tell me when the new bakery opens', `${BAKERIES}¶3`],
      ['Më trego, sa kushton buka?', `${BAKERIES}¶1`],
      ['What advice did the bakers give?', `${BAKERIES}¶2`],
    ]);
  });
});

describe('superlatives over a whole place', () => {
  it('tells a superlative over the world, a continent or a country, and what it ranks', () => {
    const ranked = (text: string) => analyzeQuery(text).superlative?.ranked?.source;
    expect(ranked('Cili është lumi më i gjatë në botë?')).toBe('lumi');
    expect(ranked('What is the highest peak in the Balkans?')).toBe('peak');
    expect(analyzeQuery('Which is the biggest in Europe?').superlative).toEqual({});
    // A ranking within what an article reports, and a word in -est that is no superlative, are none.
    expect(ranked('Cili eshte lumi me i gjate ne bote?')).toBe('lumi');
    // Where a question writes ë, "me" is "with" ("me të plagosurit"), not "më".
    for (const question of ['Which village had most houses burned in Himara?', 'Where is the forest in Albania?', 'Cili fshat u dëmtua më shumë nga zjarri?', 'Çfarë ndodhi me të plagosurit në Shqipëri?']) {
      expect(analyzeQuery(question).superlative, question).toBeUndefined();
    }
  });

  it('reads a superlative in an article by its record words too', () => {
    expect(statesSuperlative('Vera solli një rekord të ri nxehtësie në Shqipëri.')).toBe(true);
    expect(statesSuperlative('Vera solli një valë të re nxehtësie në Shqipëri.')).toBe(false);
  });

  it('refuses one whose passages name the thing ranked, or the place, in no sentence stating a superlative', async () => {
    await expectRefused(['Cili është lumi më i gjatë në Shqipëri?'], 'missing-answer-kind', `${LAKE}¶2`);
    await expectRefused(['What is the tallest building in Albania?'], 'missing-answer-kind', `${LAKE}¶3`);
  });

  it('answers one whose passage ranks the thing asked about', async () => {
    await expectAnswered([
      ['Cili është liqeni më i thellë në Ballkan?', `${LAKE}¶1`],
      ['What is the deepest lake in the Balkans?', `${LAKE}¶1`],
    ]);
  });
});

describe('what changes by the day, asked for the asker\'s today', () => {
  it('tells a question about the weather, a rate or a market for today, tomorrow or the weekend', () => {
    for (const question of ['Sa është kursi i dollarit sot?', "What's the weather in Korçë this weekend?", 'Will it rain in Shkodër tomorrow?']) {
      expect(analyzeQuery(question).asksLive, question).toBe(true);
    }
    // Today without what changes by the day, or the weather without the asker's today, is a question about the article.
    for (const question of ['Sa kushton sot një dhomë hoteli në Shkodër?', 'What did the forecasters say about the rain?']) {
      expect(analyzeQuery(question).asksLive, question).toBeUndefined();
    }
  });

  it('refuses one whose passages do not name what it asks about, though they say "sot" and "euro"', async () => {
    await expectRefusals(liveSuite.ctx, ['Sa është kursi i dollarit sot?', "What's the dollar exchange rate today?"], 'live-asked', `${BAKERIES}¶2`);
    await expectRefusals(liveSuite.ctx, ["What's the weather in Korçë this weekend?"], 'live-asked', `${WEATHER}¶1`);
  });

  it('answers one whose passage names all it asks about', async () => {
    await expectAnswers(liveSuite.ctx, [
      ['Will it rain in Shkodër tomorrow?', `${WEATHER}¶1`],
      ['Sa do të jetë temperatura sot në Shkodër?', `${WEATHER}¶1`],
    ]);
  });
});
