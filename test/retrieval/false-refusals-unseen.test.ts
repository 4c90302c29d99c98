/**
 * Answerable questions refused on articles the engine had never seen (round 3), each cause on small articles of its
 * own (none is in an eval set), next to the seed article: the question is answered, and a question the articles
 * really do not answer is still refused.
 */
import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../src/retrieval/query.js';
import { expectAnswers, useContextOver } from '../helpers/core.js';

const FESTIVAL = '2025-09-festivali-i-filmit-shkoder';
const POOL = '2025-05-pishina-olimpike-korce';
const OLD_POOL = '2025-04-pishina-e-beratit';
const GOALKEEPER = '2025-03-transferimi-i-portierit';
const CLINIC = '2025-06-klinika-e-dializes-fier';
const APPLES = '2025-10-vjelja-e-molleve-korce';
const BEES = '2025-05-helmimi-i-bleteve';
const CANTEENS = '2025-02-mensat-e-shkollave';
const WILDFIRE = '2025-07-zjarri-ne-delvine';

const suite = useContextOver({
  files: {
    [`${FESTIVAL}.txt`]: [
      'date 2025-09',
      'Festivali i filmit në Shkodër u mbyll të dielën në kinemanë “Rozafa”.',
      'Çmimi i madh i festivalit shkoi te regjisorja Mira Kelmendi për filmin “Bregu”. Çmimin e biletave e caktoi drejtori i festivalit, Arben Hoxha.',
      'Filmat u shfaqën në tri salla, dhe shumica e shfaqjeve u shitën të gjitha. Salla e tretë pësoi një dëmtim nga shiu.',
      'Shkodra pati shumë shi në mars, dhe rrugët u përmbytën.',
    ].join('\n\n'),
    [`${POOL}.txt`]: [
      'date 2025-05',
      'Bashkia e Korçës nisi ndërtimin e një pishine olimpike pranë stadiumit. Projekti, me vlerë 4 milionë euro, financohet nga buxheti i shtetit.',
      'Punimet pritet të përfundojnë në verën e vitit 2027.',
    ].join('\n\n'),
    [`${GOALKEEPER}.txt`]: [
      'date 2025-03',
      'Portieri Elton Dushku u transferua te Partizani nga Kukësi për 200 mijë euro.',
      'Në prill, Dushku pësoi një dëmtim të gishtit dhe humbi katër ndeshje.',
      'Trajneri Ilir Mema tha se skuadra do të ketë nevojë për një portier të dytë.',
    ].join('\n\n'),
    [`${CLINIC}.txt`]: [
      'date 2025-06',
      'Ministria e Shëndetësisë hapi në Fier klinikën e re të dializës, me 12 aparate. Klinika pritet të trajtojë deri në 40 pacientë në ditë.',
      'Pacientët e klinikës së re do të marrin trajtim falas. Drejtori i klinikës tha se terapia e dializës është e sigurt.',
    ].join('\n\n'),
    [`${APPLES}.txt`]: [
      'date 2025-10',
      'Fermerët e Korçës mblodhën këtë vjeshtë rreth 80 mijë tonë mollë, më shumë se një vit më parë.',
      'Vjelja zgjati pesë javë, dhe në të punuan 300 punëtorë sezonalë nga fshatrat përreth.',
    ].join('\n\n'),
    [`${BEES}.txt`]: [
      'date 2025-05',
      'Drejtori i AKU-së paralajmëroi gjoba për përgjegjësit e helmimit të bletëve. Sipas AKU-së, gjobat do të vendosen pas analizave.',
    ].join('\n\n'),
    [`${CANTEENS}.txt`]: [
      'date 2025-02',
      'Mensat e shkollave në Korçë do të kontrollohen çdo muaj.',
      'AKU vendosi në nëntor një gjobë prej 300 mijë lekësh për ruajtjen e keqe të mishit.',
    ].join('\n\n'),
    [`${WILDFIRE}.txt`]: [
      'date 2025-07',
      'Zjarri dogji rreth 40 hektarë pyll pranë Delvinës.',
      'Kryetari i Bashkisë së Delvinës, Arben Kola, tha se nuk ka të lënduar.',
    ].join('\n\n'),
    [`${OLD_POOL}.txt`]: [
      'date 2025-04',
      'Bashkia e Beratit do të ndërtojë një pishinë të re pranë lumit Osum. Pishina e vjetër e qytetit u rikonstruktua në vitin 2015 me 300 mijë euro.',
      'Për ndërtimin do të duhen rreth 3 mijë ton çimento.',
    ].join('\n\n'),
  },
});

describe('a question asking who, with a word further on that asks a figure ("çmimin", "price")', () => {
  it('asks someone, not a figure, and is answered by the sentence naming them', async () => {
    const questions = ['Kush e fitoi çmimin e madh në Shkodër?', 'Who set the price of the festival tickets?'];
    await expectAnswers(suite.ctx, questions.map((question) => [question, `${FESTIVAL}¶2`] as const));
    for (const question of questions) expect(analyzeQuery(question).answerType?.source, question).not.toBe('quantity');
  });

  it('still asks a figure in a second question joined to it ("Who…, and what is the price…?")', () => {
    expect(analyzeQuery("Who paid for the festival, and what's the price of a ticket?").answerType?.source).toBe('quantity');
  });

  it('still refuses a figure the articles do not give ("How much did a ticket cost?")', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('How much did a ticket to the Shkodër film festival cost?');
    expect(retrieval.refusal).toBe('missing-answer-kind');
  });
});

describe('a question asking a sum, answered by the sentence after the one naming what it pays for', () => {
  it('takes the sum of a next sentence that calls the thing otherwise ("Projekti, me vlerë 4 milionë euro")', async () => {
    const questions = ['Sa kushton pishina olimpike në Korçë?', 'How much will the Olympic pool in Korçë cost?'];
    await expectAnswers(suite.ctx, questions.map((question) => [question, `${POOL}¶1`] as const));
  });

  it('does not take the sum of a next sentence naming a word of the question for another thing (the old pool\'s)', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('Sa kushton pishina e re në Berat?');
    expect(retrieval.refusal).toBe('missing-answer-kind');
  });
});

describe('a person asked by their first name, whom the passage calls by the surname their article writes after it', () => {
  it('is named by the passage ("Eltoni" is "Dushku" where the article writes "Elton Dushku")', async () => {
    await expectAnswers(suite.ctx, [['Çfarë dëmtimi pati Eltoni në prill?', `${GOALKEEPER}¶2`]]);
  });

  it('is not named by a passage that calls someone else of the article by their surname ("Iliri", "Ilir Mema")', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('Çfarë dëmtimi pati Iliri në prill?');
    expect(retrieval.refusal).toBe('not-together');
  });
});

describe('a question asking a figure per a unit of time ("në ditë", "a day")', () => {
  it('is answered by a sentence of a passage giving a number at that rate, though another passage names more of it', async () => {
    const questions = ['Sa pacientë në ditë do të marrin trajtim dialize në klinikën e re?', 'How many patients a day will get dialysis treatment at the new clinic?'];
    await expectAnswers(suite.ctx, questions.map((question) => [question, `${CLINIC}¶1`] as const));
  });

  it('is still refused when no sentence gives a number at the rate asked ("në muaj")', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('Sa pacientë në muaj do të marrin trajtim dialize në klinikën e re?');
    expect(retrieval.found).toBe(false);
  });
});

describe('a question counting in a unit whose form is also a function word ("tonë": tonnes, and our)', () => {
  it('is answered by the sentence that writes the unit so ("80 mijë tonë mollë"), though another article writes "ton"', async () => {
    const questions = ["How many tonnes of apples did Korçë's farmers pick this autumn?", 'Sa ton mollë mblodhën fermerët e Korçës?'];
    await expectAnswers(suite.ctx, questions.map((question) => [question, `${APPLES}¶1`] as const));
  });
});

describe('a question asking a sum by its own word of money ("gjoba", fine)', () => {
  it('is answered by a passage covering it as much as the first, with the sum beside that word ("gjobë prej 300 mijë lekësh")', async () => {
    await expectAnswers(suite.ctx, [['Sa ishte gjoba e AKU-së për shoqërinë?', `${CANTEENS}¶2`]]);
  });
});

describe('a word whose synonym group gives it only as a phrase ("kryebashkiak": "kryetar i bashkisë")', () => {
  it('is named by a passage naming all the phrase\'s words ("Kryetari i Bashkisë së Delvinës")', async () => {
    await expectAnswers(suite.ctx, [['Kryebashkiaku i Delvinës?', `${WILDFIRE}¶2`]]);
  });
});
