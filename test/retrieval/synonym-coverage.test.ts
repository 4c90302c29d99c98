import { describe, expect, it } from 'vitest';
import type { BotContext } from '../../src/context.js';
import { indexKey, keyOfTerm } from '../../src/retrieval/query.js';
import { topPassage, useContextOver } from '../helpers/core.js';

/** The question's word searches for the synonym (its own keys or related ones) and the passage is ranked first. */
async function expectSynonymRanksFirst(ctx: BotContext, question: string, word: string, synonym: string, passage: string): Promise<void> {
  const retrieval = await ctx.retriever.retrieve(question);
  const concept = retrieval.query.concepts.find((c) => c.source === word);
  expect([...(concept?.keys ?? []), ...(concept?.related ?? [])].map(keyOfTerm)).toContain(indexKey(synonym));
  expect(topPassage(retrieval)).toBe(passage);
}

/**
 * Groups written from the articles' side (scripts/synonym-coverage.mjs lists the articles' frequent
 * words that no group of sq-synonyms.tsv had): a question asking with the other word of a group
 * finds the paragraph that writes the article's word. Each article repeats the question's other
 * words in paragraphs that do not answer, so only the group's word tells the right one.
 */
describe('a question asking with a synonym of the article\'s news word (groups from the articles\' vocabulary)', () => {
  const THEATRE = '2025-06-teatri-i-korces';
  const suite = useContextOver({
    seed: false,
    files: {
      [`${THEATRE}.txt`]: [
        'date 2025-06',
        'Teatri i Korçës rihapet në qershor me një sallë të re. Drejtori i teatrit tha se teatri i Korçës ka 400 vende dhe se koncerti i hapjes së teatrit zgjati tri orë.',
        'Rikonstruksioni i godinës zgjati dy vjet dhe u financua nga Ministria e Kulturës.',
        'Aktorët e teatrit të Korçës shpresojnë se publiku do të kthehet. Teatri i Korçës nis provat me dy regjisorë të rinj.',
        'Stina e shfaqjeve nis më 15 shtator dhe mbyllet në maj.',
        'Shoferët e autobusëve të qytetit të Korçës nisin punë në orën pesë. Autobusët e Korçës kanë 20 shoferë.',
        'Drejtori sqaroi se biletat do të kushtojnë 500 lekë, sepse bashkia mbulon pjesën tjetër.',
      ].join('\n\n'),
    },
  });

  it.each([
    ['Sa zgjati rinovimi i teatrit?', 2, 'rinovimi', 'rikonstruksioni'],
    ['Kur nis sezoni i teatrit të Korçës?', 4, 'sezoni', 'stina'],
    ['Pse shpjegoi drejtori i teatrit se biletat kushtojnë 500 lekë?', 6, 'shpjegoi', 'sqaroi'],
  ])('"%s" ranks ¶%i first: "%s" finds "%s"', async (question, right, word, synonym) => {
    await expectSynonymRanksFirst(suite.ctx, question, word, synonym, `${THEATRE}¶${right}`);
  });
});

describe('a question asking with a synonym of the article\'s word, second batch (administration, energy, animals)', () => {
  const LAKE = '2025-07-liqeni-i-butrintit';
  const suite = useContextOver({
    seed: false,
    files: {
      [`${LAKE}.txt`]: [
        'date 2025-07',
        'Liqeni i Butrintit ka 16 kilometra katrorë. Peshkatarët e liqenit të Butrintit thonë se liqeni ka pasur vite të vështira dhe se peshqit e liqenit janë pakësuar.',
        'Javën e kaluar ngordhën rreth dy tonë peshq, kryesisht qefulë, pranë kanalit të Vivarit.',
        'Parku kombëtar i Butrintit administrohet nga një fondacion, i cili administron edhe muzeun e parkut.',
        'Fondacioni i parkut të Butrintit tha se panelet diellore të muzeut prodhojnë gjysmën e energjisë së parkut.',
        'Panelet e reja do të kushtojnë 40 mijë euro, sipas fondacionit të parkut.',
      ].join('\n\n'),
    },
  });

  it.each([
    ['Ku vdiqën peshqit?', 2, 'vdiqën', 'ngordhën'],
    ['Kush e menaxhon muzeun e parkut?', 3, 'menaxhon', 'administron'],
    ['Sa energji prodhojnë panelet solare të parkut?', 4, 'solare', 'diellore'],
  ])('"%s" ranks ¶%i first: "%s" finds "%s"', async (question, right, word, synonym) => {
    await expectSynonymRanksFirst(suite.ctx, question, word, synonym, `${LAKE}¶${right}`);
  });
});

describe('a question word that only shares a key with a group word, or is a phrase\'s first word, gets none of the group (sq-synonyms.tsv)', () => {
  // "punimet" (the works) is keyed "pun" as "punonjës" and the phrase "punonjës policie" were;
  // "bashkia" (the town hall) "bashk" as "bashkimi evropian"; "arsimi" (education) "ars" as "arsye";
  // "interesi" "intr" as "internet"; "sesa" (than) "ses" as "sesion"; "limiti" "lim" as "liman" (port);
  // "qëllimi" (aim) "kel" as "qeli" (cell); "lloji" (kind) "loi" as "lojë"; "mjete" (vehicles) "mie" as the
  // phrase "mjetet e informimit"; "kuptuar" (understood) "kup" as the phrase "kupa e botës". A phrase is
  // looked up by its first word, so one whose first word means something else alone linked that word:
  // "autor i vrasjes", "operacion policor", "sektori bujqësor", "kanal televiziv", "kërkim shkencor",
  // "përfundoj studimet", "skena e krimit", "shefi i qeverisë", "kreu i shtetit", "goditje ajrore", "mbyllje
  // e plotë", "normë interesi", "rojtar i portës", "kampionati botëror", "e përditshme", "breg deti".
  const TOWN = '2025-09-bashkia-e-lezhes';
  const suite = useContextOver({
    seed: false,
    files: {
      [`${TOWN}.txt`]: [
        'date 2025-09',
        'Punimet në shkollën e Lezhës përfundojnë në tetor, tha bashkia e Lezhës.',
        'Policia dhe stafi i bashkisë ruajnë kantierin natën. Delegacioni i BE-së vizitoi Brukselin me këtë shkak.',
        'Drejtoria e arsimit të Lezhës kërkon dy mësues të rinj.',
        'Interesi i kredisë për shkollën është 5 për qind, më shumë sesa limiti që kishte vendosur bashkia.',
        'Bashkia i publikon vendimet online dhe seanca e këshillit mbahet në portin e Shëngjinit.',
        'Media e Lezhës shkroi se ndeshja e botërorit u pa edhe në burgun e qytetit.',
        'Televizioni tha se bastisja u bë në vendngjarje, se vrasësi ishte diplomuar në bujqësi dhe se një studim e kishte paralajmëruar.',
        'Kryeministri dhe presidenti folën në gazetë për bombardimin, për lockdown, për kamatën e bankave, për portierin e botërorit dhe për plazhin.',
      ].join('\n\n'),
    },
  });

  it.each([
    ['Kur përfundojnë punimet në shkollë?', 'punimet', ['polic', 'staf', 'punëtor']],
    ['Çfarë tha bashkia e Lezhës?', 'bashkia', ['brukseli', 'be']],
    ['Sa mësues kërkon drejtoria e arsimit?', 'arsimit', ['shkak', 'motiv']],
    ['Sa është interesi i kredisë?', 'interesi', ['online']],
    ['A është interesi më i lartë sesa limiti?', 'sesa', ['seancë', 'mbledhje']],
    ['A është interesi më i lartë sesa limiti?', 'limiti', ['port']],
    ['Cili është qëllimi i punimeve?', 'qëllimi', ['burg']],
    ['Çfarë lloji shkolle është?', 'lloji', ['ndeshje', 'duel']],
    ['Sa mjete ka bashkia?', 'mjete', ['media', 'shtyp']],
    ['A e kanë kuptuar banorët?', 'kuptuar', ['botërori']],
    ['Kush është autori i librit?', 'autori', ['vrasës']],
    ['Sa zgjati operacioni i zemrës?', 'operacioni', ['bastisje']],
    ['Çfarë tha sektori i turizmit?', 'sektori', ['bujqësi']],
    ['Ku derdhet kanali?', 'kanali', ['televizion']],
    ['A ka pasur kërkim për peshkatarin?', 'kërkim', ['studim']],
    ['Kur përfundoi kërkimi për peshkatarin?', 'përfundoi', ['diplomuar']],
    ['Kush doli në skenë?', 'skenë', ['vendngjarje']],
    ['Kush është shefi i policisë?', 'shefi', ['kryeministër']],
    ['Kush është kreu i shkollës?', 'kreu', ['president']],
    ['Sa e fortë ishte goditja e stuhisë?', 'goditja', ['bombardim']],
    ['Sa zgjati mbyllja e rrugës?', 'mbyllja', ['lockdown']],
    ['Sa është norma e papunësisë?', 'norma', ['kamata']],
    ['Ku ishte rojtari i shkollës?', 'rojtari', ['portier']],
    ['Kush fitoi kampionatin?', 'kampionatin', ['botërori']],
    ['Sa është pagesa e përditshme?', 'përditshme', ['gazetë']],
    ['Ku është bregu i lumit?', 'bregu', ['plazh']],
  ])('"%s": "%s" is not related to %j', async (question, word, others) => {
    const retrieval = await suite.ctx.retriever.retrieve(question);
    const concept = retrieval.query.concepts.find((c) => c.source === word);
    expect(concept).toBeDefined();
    const related = (concept?.related ?? []).map(keyOfTerm);
    for (const other of others) expect(related).not.toContain(indexKey(other));
  });
});

describe('a group word whose forms the stemmer keys apart also finds those forms (sq-synonyms.tsv lists them)', () => {
  // "kompani" is keyed "kompa", the article's "kompania" and "kompanisë" "kompan"; only ¶2 names
  // when the builder starts, as "kompania"; ¶3 repeats the question's other words.
  const BRIDGE = '2025-10-ura-e-bunes';
  const suite = useContextOver({
    seed: false,
    files: {
      [`${BRIDGE}.txt`]: [
        'date 2025-10',
        'Ura e re mbi Bunë do të ndërtohet pranë urës së vjetër. Ura e Bunës do të ketë dy korsi dhe do të hapet në verë.',
        'Kompania turke Ekol fitoi tenderin dhe nis punimet në nëntor.',
        'Banorët e Bunës presin që ura të hapet para verës dhe punimet të nisin shpejt.',
      ].join('\n\n'),
    },
  });

  it('"Kur i nis punimet firma?" finds "kompania" through "firma" and ranks ¶2 first', async () => {
    await expectSynonymRanksFirst(suite.ctx, 'Kur i nis punimet firma?', 'firma', 'kompania', `${BRIDGE}¶2`);
  });
});

describe('a question asking with a synonym of the article\'s word, third batch (records, organisations, prices)', () => {
  // ¶1 and ¶4 repeat the question's other words; only ¶2 says the entry is free ("falas"), only ¶3
  // how many cases were recorded ("regjistroi"), only ¶5 who organises the fair ("shoqata").
  const FAIR = '2025-08-panairi-i-mjaltit-tropoje';
  const suite = useContextOver({
    seed: false,
    files: {
      [`${FAIR}.txt`]: [
        'date 2025-08',
        'Panairi i mjaltit në Tropojë mbahet çdo gusht. Hyrja në panair është në sheshin e Bajram Currit dhe panairi zgjat tri ditë.',
        'Për vizitorët hyrja është falas.',
        'Spitali i Tropojës regjistroi gjatë panairit 14 raste me pickime bletësh.',
        'Spitali i Tropojës ka dy mjekë dhe një ambulancë për rastet e panairit.',
        'Panairin e organizon shoqata e bletarëve të Tropojës.',
      ].join('\n\n'),
    },
  });

  it.each([
    ['A është hyrja në panair gratis?', 2, 'gratis', 'falas'],
    ['Sa raste evidentoi spitali i Tropojës?', 3, 'evidentoi', 'regjistroi'],
    ['Çfarë organizon organizata e bletarëve?', 5, 'organizata', 'shoqata'],
  ])('"%s" ranks ¶%i first: "%s" finds "%s"', async (question, right, word, synonym) => {
    await expectSynonymRanksFirst(suite.ctx, question, word, synonym, `${FAIR}¶${right}`);
  });
});
