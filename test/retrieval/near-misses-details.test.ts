/**
 * Near misses of detail: the article tells the kind asked (a number, a name), but of another place
 * than the one the question asks it in, or of someone other than the company it asks for; or a total,
 * or a figure of several places, for one place alone ("vetëm në Patos"); or a part for the whole
 * ("gjithsej"); or no rate for "per day"; or of a place asked about in a yes-or-no question, something
 * else. Each rule is checked on small articles of its own, next to the seed, with questions it still answers.
 */
import { describe, expect, it } from 'vitest';
import type { RefusalReason } from '../../src/retrieval/retriever.js';
import { useContextOver } from '../helpers/core.js';

const APPLES = '2025-10-mollet-korce';
const ROAD = '2025-09-rruga-memaliaj';
const BRIDGE = '2025-08-ura-osum';
const BOATS = '2025-06-peshkimi-butrint';
const FIRES = '2025-08-zjarret-fier';
const HAIL = '2025-05-breshri-lushnje';
const ATMS = '2025-05-bankomate-fier';
const BUSES = '2025-03-autobuset-durres';

const suite = useContextOver({
  files: {
    [`${APPLES}.txt`]: [
      'date 2025-10',
      'Prodhimi i mollëve në Korçë arriti këtë vit në 90 mijë tonë, njoftoi Drejtoria e Bujqësisë.',
      'Në Pogradec u mbollën 120 hektarë të rinj me mollë. Pemëtarët atje presin çmime më të mira nga tregtarët. Edhe fermerët e Devollit kërkojnë mbështetje nga shteti për magazinat frigoriferike.',
      'Kamionët me mollë udhëtojnë 3 orë deri në portin e Durrësit. Ata nisen çdo mëngjes nga tregu i Korçës. Rruga e tyre kalon edhe nga Maliqi.',
    ].join('\n\n'),
    [`${ROAD}.txt`]: [
      'date 2025-09',
      'Rruga e re Tepelenë–Memaliaj u përurua të hënën nga ministri i Infrastrukturës, Blendi Gonxhja.',
      'Punimet zgjatën dy vjet dhe u financuan nga Fondi Shqiptar i Zhvillimit, me një kosto prej 20 milionë eurosh.',
    ].join('\n\n'),
    [`${BRIDGE}.txt`]: [
      'date 2025-08',
      'Ura e re mbi lumin Osum në Berat u hap për qarkullim të premten.',
      'Tenderin për urën e fitoi vitin e kaluar kompania Osumi Construction, me seli në Kuçovë.',
    ].join('\n\n'),
    [`${BOATS}.txt`]: [
      'date 2025-06',
      'Sezoni i peshkimit në lagunën e Butrintit nisi të hënën me 40 varka.',
      'Në Ksamil peshkatarët dalin 5 kilometra larg bregut. Ata kthehen në mëngjes me midhje dhe levrekë.',
    ].join('\n\n'),
    [`${FIRES}.txt`]: [
      'date 2025-08',
      'Zjarret e korrikut dogjën gjithsej 2.400 hektarë pyje dhe kullota në qarkun e Fierit, njoftoi Mbrojtja Civile. Më të rëndat ishin vatrat në Divjakë.',
      'Vetëm në Patos u dogjën 300 hektarë ullishte. Flakët u përhapën më pas në Mallakastër dhe Roskovec. Atje u dogjën 900 hektarë kullota.',
      'Zjarrfikësit punuan 6 ditë pa pushim. Në Patos u dëmtuan 12 shtëpi.',
      'Në Patos 30 të moshuar kanë mbetur pa familje dhe kujdesen për ta vullnetarët e Kryqit të Kuq.',
      'Në Ballsh dhe Roskovec u dogjën edhe 500 hektarë pyje.',
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

/** Asserts that the question is refused for `reason`, with a passage of `articleId` the closest when one is given. */
async function expectRefused(question: string, reason: RefusalReason, articleId?: string): Promise<void> {
  const retrieval = await suite.ctx.retriever.retrieve(question);
  expect(retrieval.refusal).toBe(reason);
  if (articleId) expect(retrieval.passages[0]!.article.id).toBe(articleId);
}

/** Asserts that the question is answered, quoting ¶`paragraph` of the article first (or anywhere, with `anywhere`). */
async function expectAnswered(question: string, articleId: string, paragraph: number, anywhere = false): Promise<void> {
  const answer = await suite.ctx.answerer.ask(question);
  expect(answer.found).toBe(true);
  if (anywhere) expect(answer.citations).toContainEqual(expect.objectContaining({ articleId, paragraph }));
  else expect(answer.citations[0]).toMatchObject({ articleId, paragraph });
}

describe('a number asked of a place needs that place beside it, unless the article’s lead names the place', () => {
  it.each(['Sa hektarë mollë u mbollën në Devoll?', 'How many hectares of apples were planted in Devoll?'])(
    'refuses "%s": the hectares are Pogradec’s, and Devoll is named two sentences on',
    (question) => expectRefused(question, 'told-of-other', APPLES),
  );

  it.each([
    ['Sa hektarë mollë u mbollën në Pogradec?', 2],
    ['How many hectares of apples were planted in Pogradec?', 2],
    ['Sa tonë mollë u prodhuan në Korçë?', 1],
    ['Sa orë udhëtojnë kamionët me mollë për në Maliq?', 3],
  ])('answers "%s": the number stands beside the place, or the lead names it, or the place is where one goes (“për në”)', (question, paragraph) =>
    expectAnswered(question, APPLES, paragraph),
  );
});

describe('a number asked of a place needs, beside that place, a number that may count what it asks', () => {
  it('refuses "How many fishing boats are there in Ksamil?": beside Ksamil stand kilometres, and the boats are the lagoon’s', () =>
    expectRefused('How many fishing boats are there in Ksamil?', 'told-of-other', BOATS),
  );

  it.each([
    ['How far from the shore do fishermen go in Ksamil?', 2],
    ['Sa kilometra larg bregut dalin peshkatarët në Ksamil?', 2],
    ['How many boats started the season in the Butrint lagoon?', 1],
  ])('answers "%s": the number beside the place is of the kind asked', (question, paragraph) => expectAnswered(question, BOATS, paragraph));
});

describe('a question asking which company needs a sentence that calls a name one', () => {
  it.each(['Which company built the new road to Memaliaj?', 'Which firm built the Tepelenë–Memaliaj road?'])(
    'refuses "%s": the passage names a minister and a fund, no company',
    (question) => expectRefused(question, 'unnamed-organisation', ROAD),
  );

  it.each(['Which company won the tender for the bridge over the Osum?', 'Cila kompani e fitoi tenderin për urën mbi Osum?'])(
    'answers "%s" from the sentence naming the company',
    (question) => expectAnswered(question, BRIDGE, 2),
  );
});

describe('a figure asked of a part alone needs a sentence giving a figure of that kind and naming the part', () => {
  it.each([
    'Sa hektarë u dogjën vetëm në Divjakë?',
    'How many hectares burned in Divjaka alone?',
    'Sa hektarë u dogjën vetëm në Roskovec?',
    'How many hectares burned in Mallakastra alone?',
    'Sa hektarë u dogjën vetëm në Ballsh?',
  ])('refuses "%s": the hectares are the county’s (its lead names the place in another sentence), or those of places named together', (question) =>
    expectRefused(question, 'part-untold', FIRES),
  );

  it.each([
    ['Sa hektarë u dogjën vetëm në Patos?', 2],
    ['How many hectares burned in Patos alone?', 2],
    ['Sa shtëpi u dëmtuan vetëm në Patos?', 3],
    ['How many hectares burned in the Fier county?', 1],
    ['How many old people in Patos live alone?', 4],
    ['Sa hektarë pyje u dogjën në Ballsh dhe Roskovec?', 5],
  ])('answers "%s": the sentence with the figure names the part, or the question asks what someone does alone', (question, paragraph) =>
    expectAnswered(question, FIRES, paragraph),
  );
});

describe('a figure asked per a unit of time needs a sentence giving a number per that unit', () => {
  it.each(['Sa pasagjerë në ditë udhëtojnë me linjën e re të autobusit?', 'How many passengers a day ride the Durrës–Tirana bus?'])(
    'refuses "%s": the article gives the first day’s passengers and a month’s, no day’s',
    (question) => expectRefused(question, 'rate-untold', BUSES),
  );

  it.each([
    ['Sa pasagjerë në muaj pret operatori i autobusit Durrës–Tiranë?', 3],
    ['How many passengers a month does the Durrës–Tirana bus operator expect?', 3],
    ['Sa pasagjerë udhëtuan me autobusin Durrës–Tiranë ditën e parë?', 2],
  ])('answers "%s": the number stands with the unit as a rate, or the question asks no rate', (question, paragraph) =>
    expectAnswered(question, BUSES, paragraph, true),
  );
});

describe('a yes-or-no question about a place needs a sentence naming the place beside something it asks about, unless the lead names the place', () => {
  it.each(['A u shpërthyen bankomate edhe në Divjakë?', 'Were ATMs blown up in Divjaka too?'])(
    'refuses "%s": Divjakë is named only about the wind, the ATMs only in Fier',
    (question) => expectRefused(question, 'happened-elsewhere'),
  );

  it.each([
    ['A u shpërthyen bankomate në Fier?', ATMS, 1],
    ['A rrëzoi era pemë në Divjakë?', HAIL, 2],
    ['Did the wind knock down trees in Divjaka?', HAIL, 2],
  ])('answers "%s": the place is named beside what it asks about', (question, articleId, paragraph) =>
    expectAnswered(question, articleId, paragraph),
  );
});
