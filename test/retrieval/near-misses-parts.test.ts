/**
 * Near misses of a part or of another place: the question asks the figure of one place or time alone ("vetëm
 * në Patos", "in Roskovec alone"), and the article gives a total, or a figure beside a sentence naming the part
 * among others; or it asks whether something happened in a place that the articles name only about other
 * things. Checked on small articles of their own, next to the seed, with the questions of the same shape they
 * still answer.
 */
import { describe, expect, it } from 'vitest';
import { useContextOver } from '../helpers/core.js';

const FIRES = '2025-08-zjarret-fier';
const HAIL = '2025-05-breshri-lushnje';
const ATMS = '2025-05-bankomate-fier';
const TEACHERS = '2025-09-mesuesit-shkoder';
const BUSES = '2025-03-autobuset-durres';

const suite = useContextOver({
  files: {
    [`${FIRES}.txt`]: [
      'date 2025-08',
      'Zjarret e korrikut dogjën gjithsej 2.400 hektarë pyje dhe kullota në qarkun e Fierit, njoftoi Mbrojtja Civile. Më të rëndat ishin vatrat në Divjakë.',
      'Vetëm në Patos u dogjën 300 hektarë ullishte. Flakët u përhapën më pas në Mallakastër dhe Roskovec. Atje u dogjën 900 hektarë kullota.',
      'Zjarrfikësit punuan 6 ditë pa pushim. Në Patos u dëmtuan 12 shtëpi.',
    ].join('\n\n'),
    [`${TEACHERS}.txt`]: [
      'date 2025-09',
      'Në qarkun e Shkodrës u punësuan këtë vit 140 mësues të rinj, njoftoi Drejtoria Arsimore.',
      'Shkollat e qytetit kanë gjithsej 820 nxënës në klasat e para. Në fshatra u mbyllën 3 shkolla.',
    ].join('\n\n'),
    [`${BUSES}.txt`]: [
      'date 2025-03',
      'Linja e re e autobusit Durrës–Tiranë nisi të hënën me 12 autobusë.',
      'Ditën e parë udhëtuan 3.000 pasagjerë. Bileta kushton 150 lekë.',
      'Shoferët punojnë me dy turne. Operatori pret 40 mijë pasagjerë në muaj.',
    ].join('\n\n'),
    [`${HAIL}.txt`]: [
      'date 2025-05',
      'Breshri i së shtunës dëmtoi 200 serra me domate në Lushnjë.',
      'Në Divjakë era e fortë rrëzoi disa pemë, por nuk pati të lënduar.',
    ].join('\n\n'),
    [`${ATMS}.txt`]: [
      'date 2025-05',
      'Një grup i armatosur shpërtheu dy bankomate në Fier natën e së hënës.',
      'Policia po kërkon autorët, që u larguan me një makinë të zezë drejt Levanit.',
    ].join('\n\n'),
  },
});

describe('a figure asked of a part alone needs a sentence giving a figure of that kind and naming the part', () => {
  it.each([
    'Sa hektarë u dogjën vetëm në Divjakë?',
    'How many hectares burned in Divjaka alone?',
    'Sa hektarë u dogjën vetëm në Roskovec?',
    'How many hectares burned in Mallakastra alone?',
  ])('refuses "%s": the hectares are the county’s (its lead names the place in another sentence), or those of the places named together before them', async (question) => {
    const retrieval = await suite.ctx.retriever.retrieve(question);
    expect(retrieval.refusal).toBe('part-untold');
    expect(retrieval.passages[0]!.article.id).toBe(FIRES);
  });

  it.each([
    ['Sa hektarë u dogjën vetëm në Patos?', 2],
    ['How many hectares burned in Patos alone?', 2],
    ['Sa shtëpi u dëmtuan vetëm në Patos?', 3],
    ['How many hectares burned in the Fier county?', 1],
  ])('answers "%s": the sentence with the figure names the part', async (question, paragraph) => {
    const answer = await suite.ctx.answerer.ask(question);
    expect(answer.found).toBe(true);
    expect(answer.citations[0]).toMatchObject({ articleId: FIRES, paragraph });
  });
});

describe('a figure asked as a whole needs a sentence giving a figure of that kind as a whole', () => {
  it.each(['Sa mësues ka gjithsej qarku i Shkodrës?', 'How many teachers does Shkodër county have altogether?'])(
    'refuses "%s": the article counts the teachers hired this year, not all of them',
    async (question) => {
      const retrieval = await suite.ctx.retriever.retrieve(question);
      expect(retrieval.refusal).toBe('total-untold');
      expect(retrieval.passages[0]!.article.id).toBe(TEACHERS);
    },
  );

  it.each([
    ['Sa nxënës ka gjithsej në klasat e para në Shkodër?', 2],
    ['How many pupils are in the first classes altogether?', 2],
    ['Sa mësues të rinj u punësuan në qarkun e Shkodrës?', 1],
  ])('answers "%s": the sentence gives the figure as a whole, or the question asks no whole', async (question, paragraph) => {
    const answer = await suite.ctx.answerer.ask(question);
    expect(answer.found).toBe(true);
    expect(answer.citations[0]).toMatchObject({ articleId: TEACHERS, paragraph });
  });
});

describe('a figure asked per a unit of time needs a sentence giving a number per that unit', () => {
  it.each(['Sa pasagjerë në ditë udhëtojnë me linjën e re të autobusit?', 'How many passengers a day ride the Durrës–Tirana bus?'])(
    'refuses "%s": the article gives the first day’s passengers and a month’s, no day’s',
    async (question) => {
      const retrieval = await suite.ctx.retriever.retrieve(question);
      expect(retrieval.refusal).toBe('rate-untold');
      expect(retrieval.passages[0]!.article.id).toBe(BUSES);
    },
  );

  it.each([
    ['Sa pasagjerë në muaj pret operatori i autobusit Durrës–Tiranë?', 3],
    ['How many passengers a month does the Durrës–Tirana bus operator expect?', 3],
    ['Sa pasagjerë udhëtuan me autobusin Durrës–Tiranë ditën e parë?', 2],
  ])('answers "%s": the number stands with the unit as a rate, or the question asks no rate', async (question, paragraph) => {
    const answer = await suite.ctx.answerer.ask(question);
    expect(answer.found).toBe(true);
    expect(answer.citations).toContainEqual(expect.objectContaining({ articleId: BUSES, paragraph }));
  });
});

describe('a yes-or-no question about a place needs a sentence naming the place beside something it asks about, unless the lead names the place', () => {
  it.each(['A u shpërthyen bankomate edhe në Divjakë?', 'Were ATMs blown up in Divjaka too?'])(
    'refuses "%s": Divjakë is named only about the wind, the ATMs only in Fier',
    async (question) => expect((await suite.ctx.retriever.retrieve(question)).refusal).toBe('happened-elsewhere'),
  );

  it.each([
    ['A u shpërthyen bankomate në Fier?', ATMS, 1],
    ['A rrëzoi era pemë në Divjakë?', HAIL, 2],
    ['Did the wind knock down trees in Divjaka?', HAIL, 2],
  ])('answers "%s": the place is named beside what it asks about', async (question, articleId, paragraph) => {
    const answer = await suite.ctx.answerer.ask(question);
    expect(answer.found).toBe(true);
    expect(answer.citations[0]).toMatchObject({ articleId, paragraph });
  });
});
