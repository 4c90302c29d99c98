/**
 * English questions whose words the lexicon must read in the sense news uses, on small articles of
 * their own (none is in an eval set), next to the seed article: informal words and phrasal verbs
 * ("folks" are people, a "haul" of fish is a catch, works "wrap up"), and each domain's words
 * (data/lexicon/en-sq.tsv). Each question is answered from the passage that says it in the plain
 * Albanian word, which only that reading reaches.
 */
import { describe, expect, it } from 'vitest';
import { analyzeQuery, indexKey } from '../../src/retrieval/query.js';
import { topPassage as top, useContextOver } from '../helpers/core.js';

const HARBOUR = '2025-12-porti-durresit';
const SQUARE = '2025-12-sheshi-korces';
const BRIDGE = '2025-12-ura-beratit';
const FINAL = '2025-12-finalja-kukes';
const HOSPITAL = '2025-12-spitali-shkodres';
const RIVER = '2025-12-lumi-seman';
const CASTLE = '2025-12-kalaja-rozafes';
const OIL = '2025-12-vaji-ullirit';
const TALKS = '2025-12-bisedimet-fier';
const POOL = '2025-12-pishina-korces';

const suite = useContextOver({
  files: {
    [`${HARBOUR}.txt`]: [
      'date 2025-12',
      'Peshkatarët e Durrësit shesin në treg rreth 200 ton peshk në vit.',
      'Sipas shoqatës së tyre, që ka 40 varka të vogla në port, peshkatarët e Durrësit kapin rreth 600 ton peshk në vit.',
    ].join('\n\n'),
    [`${SQUARE}.txt`]: ['date 2025-12', 'Festivali folklorik i Korçës u mbajt në sheshin qendror.', 'Mijëra banorë të Korçës u mblodhën në sheshin qendror.'].join('\n\n'),
    [`${BRIDGE}.txt`]: [
      'date 2025-12',
      'Punimet për urën e re të Beratit nisën në mars me një kosto prej 2 milionë eurosh.',
      'Sipas bashkisë, punimet për urën e re të Beratit do të përfundojnë në tetor.',
    ].join('\n\n'),
    [`${FINAL}.txt`]: [
      'date 2025-12',
      'Qendra e Kukësit, Ardi Hoxha, shënoi 20 pikë në finalen e kupës kundër Vllaznisë.',
      'Në finalen e kupës kundër Vllaznisë, Ardi Hoxha mori edhe 14 kërcime, ndërsa në pushim Kukësi kryesonte me 8 pikë.',
    ].join('\n\n'),
    [`${HOSPITAL}.txt`]: [
      'date 2025-12',
      'Në spitalin e Shkodrës, të sëmurët presin rreth dy javë për rrezatim.',
      'Në spitalin e Shkodrës, të sëmurët presin rreth dy orë në urgjencë.',
      'Në spitalin e Shkodrës, pavijoni i ri i kardiologjisë ka 24 shtretër.',
    ].join('\n\n'),
    [`${RIVER}.txt`]: [
      'date 2025-12',
      'Policia e Fierit arrestoi tre persona për vjedhje gjatë vitit.',
      'Policia e Fierit arrestoi gjatë vitit tre persona për zjarrvënie në pyjet pranë lumit Seman.',
      'Lumi Seman kalon pranë Fierit dhe në dimër del shpesh nga shtrati.',
      'Argjinatura e lumit Seman pranë Fierit nuk është riparuar prej dhjetë vitesh.',
    ].join('\n\n'),
    [`${CASTLE}.txt`]: [
      'date 2025-12',
      'Restaurimi i kalasë së Rozafës kushtoi 2 milionë euro.',
      'Për të huajt, bileta e hyrjes në kalanë e Rozafës kushton 400 lekë, ndërsa studentët dhe pensionistët paguajnë 200 lekë.',
      'Taksitë nga qendra e Shkodrës deri te kalaja e Rozafës kushtojnë 500 lekë.',
      'Nga qendra e Shkodrës deri te kalaja e Rozafës, taksitë marrin 80 lekë për çdo kilometër, sipas bashkisë.',
    ].join('\n\n'),
    [`${OIL}.txt`]: [
      'date 2025-12',
      'Gjatë vitit 2024, nga Vlora u eksportuan 5 000 tonë vaj ulliri.',
      'Në tremujorin e parë të vitit, nga Vlora u eksportuan 1 900 tonë vaj ulliri, kryesisht në Itali.',
      'Në fshatrat e Vlorës, tetë familje kanë hapur bujtina për turistët që vijnë për vajin e ullirit.',
    ].join('\n\n'),
    [`${TALKS}.txt`]: [
      'date 2025-12',
      'Bisedimet mes bashkisë së Fierit dhe sindikatës së shoferëve nisën në janar.',
      'Bisedimet mes bashkisë së Fierit dhe sindikatës së shoferëve kanë ngecur prej dy muajsh, pasi palët nuk bien dakord për pagat.',
      'Rikonstruksioni i stacionit të autobusëve të Fierit do të kushtojë 3 milionë euro.',
      'Bashkia e Fierit ka një stacion autobusësh që kushton 2 euro për çdo orë parkimi.',
    ].join('\n\n'),
    [`${POOL}.txt`]: [
      'date 2025-12',
      'Në pishinën e re të Korçës, të rriturit paguajnë 300 lekë për një hyrje dhe fëmijët paguajnë 150 lekë.',
      'Në pishinën e re të Korçës, personat me aftësi të kufizuara hyjnë falas.',
    ].join('\n\n'),
  },
});

async function retrieve(question: string) {
  return suite.ctx.retriever.retrieve(question);
}

describe('an informal word in its news sense', () => {
  it('"folks" are people, not folklore', async () => {
    const retrieval = await retrieve('Were folks from Korça in the central square?');
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${SQUARE}¶2`);
  });

  it('a "haul" of fish is the catch', async () => {
    const retrieval = await retrieve('How much fish do the fishermen of Durrës haul in a year?');
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${HARBOUR}¶2`);
  });
});

describe('a phrasal verb of news talk the lexicon has as one key', () => {
  it('works that "wrap up" end ("përfundojnë")', async () => {
    const wrap = analyzeQuery('When will the works on the new Berat bridge wrap up?', 'en').concepts.find((c) => c.source === 'wrap up');
    expect(wrap?.keys).toContain(indexKey('përfundojnë'));
    const retrieval = await retrieve('When will the works on the new Berat bridge wrap up?');
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${BRIDGE}¶2`);
  });
});

describe('a word of the sports pages', () => {
  it('"rebounds" are "kërcime" and "halftime" is the "pushim"', async () => {
    for (const question of ['How many rebounds did Ardi Hoxha grab in the cup final against Vllaznia?', 'By how many points did Kukës lead Vllaznia at halftime?']) {
      const retrieval = await retrieve(question);
      expect(retrieval.refusal, question).toBeUndefined();
      expect(top(retrieval), question).toBe(`${FINAL}¶2`);
    }
  });
});

describe('a word of health news', () => {
  it('finds the treatment, the unit and the ward by their Albanian names ("radiotherapy" is "rrezatim", the "emergency department" the "urgjencë", the "heart unit" the "pavijon i kardiologjisë")', async () => {
    for (const [question, paragraph] of [
      ['How long do the sick wait for radiotherapy at the Shkodër hospital?', 1],
      ['How long do the sick wait at the emergency department of the Shkodër hospital?', 2],
      ['How many beds has the Shkodër hospital?', 3],
      ['How many beds does the new heart unit of the Shkodër hospital have?', 3],
    ] as const) {
      const retrieval = await retrieve(question);
      expect(retrieval.refusal, question).toBeUndefined();
      expect(top(retrieval), question).toBe(`${HOSPITAL}¶${paragraph}`);
    }
  });
});

describe('a word of disaster and weather news', () => {
  it('finds the fire and the flood defence by their Albanian names ("arson" is "zjarrvënie", a "levee" an "argjinaturë")', async () => {
    for (const [question, paragraph] of [
      ['How many people did the Fier police arrest for arson this year?', 2],
      ['Is the levee on the Seman near Fier in good repair?', 4],
    ] as const) {
      const retrieval = await retrieve(question);
      expect(retrieval.refusal, question).toBeUndefined();
      expect(top(retrieval), question).toBe(`${RIVER}¶${paragraph}`);
    }
  });
});

describe('a word of money, tourism and transport news', () => {
  it('finds the ticket and the fare by their Albanian names ("admission" is "bileta e hyrjes", "per km" "për çdo kilometër")', async () => {
    for (const [question, paragraph] of [
      ['How much is admission to Rozafa castle for foreigners?', 2],
      ["What's the per-km rate of a taxi to Rozafa castle from the Shkodër centre?", 4],
    ] as const) {
      const retrieval = await retrieve(question);
      expect(retrieval.refusal, question).toBeUndefined();
      expect(top(retrieval), question).toBe(`${CASTLE}¶${paragraph}`);
    }
  });
});

describe('an abbreviation news questions write for a period or a thing', () => {
  it('"Q1" is the first quarter ("tremujori") and a "B&B" a "bujtinë", not names an article must write', async () => {
    for (const [question, paragraph] of [
      ['How much olive oil was shipped from Vlora in Q1?', 2],
      ['Have families near Vlora opened B&Bs for olive oil tourists?', 3],
    ] as const) {
      const retrieval = await retrieve(question);
      expect(retrieval.refusal, question).toBeUndefined();
      expect(top(retrieval), question).toBe(`${OIL}¶${paragraph}`);
    }
  });
});

describe('a headline verb or a noun of news talk', () => {
  it('finds its news sense ("stalled" talks have "ngecur", a "refurbishment" is a "rikonstruksion")', async () => {
    for (const [question, paragraph] of [
      ["Why have the talks between Fier's town hall and the drivers' union stalled?", 2],
      ['How much will the refurbishment of the Fier bus station cost?', 3],
    ] as const) {
      const retrieval = await retrieve(question);
      expect(retrieval.refusal, question).toBeUndefined();
      expect(top(retrieval), question).toBe(`${TALKS}¶${paragraph}`);
    }
  });
});

describe('a phrase for people with a disability', () => {
  it('searches every word of "me aftësi të kufizuara" ("wheelchair users", "people with disabilities")', async () => {
    for (const question of ['Do wheelchair users pay to get into the new Korça pool?', 'Do people with disabilities pay at the new Korça pool?']) {
      const retrieval = await retrieve(question);
      expect(retrieval.refusal, question).toBeUndefined();
      expect(top(retrieval), question).toBe(`${POOL}¶2`);
    }
  });
});
