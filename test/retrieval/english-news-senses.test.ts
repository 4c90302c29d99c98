/**
 * English questions whose words the lexicon must read in the sense news uses, on small articles of
 * their own (none is in an eval set), next to the seed article: informal words and phrasal verbs
 * ("folks" are people, a "haul" of fish is a catch, works "wrap up"), and each domain's words
 * (data/lexicon/en-sq.tsv). Each question is answered from the passage that says it in the plain
 * Albanian word, which only that reading reaches.
 */
import { describe, expect, it } from 'vitest';
import { analyzeQuery, indexKey } from '../../src/retrieval/query.js';
import { expectRetrievedFrom, useContextOver } from '../helpers/core.js';

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
const MUSEUM = '2025-12-muzeu-beratit';

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
    [`${MUSEUM}.txt`]: [
      'date 2025-12',
      'Muzeu i Beratit ka guida që flasin katër gjuhë.',
      'Në Muzeun e Beratit, objektet e koleksionit kanë shpjegime në tri gjuhë: shqip, anglisht dhe italisht.',
    ].join('\n\n'),
  },
});

/** Asserts that each question is answered (not refused) from the passage `article¶n` given with it. */
async function expectAnsweredFrom(cases: readonly (readonly [question: string, passage: string])[]): Promise<void> {
  await expectRetrievedFrom(suite.ctx, cases);
}

describe('an English word read in the sense news uses finds the passage that says it in plain Albanian', () => {
  it.each([
    ['an informal word: "folks" are people, not folklore', [['Were folks from Korça in the central square?', `${SQUARE}¶2`]]],
    ['an informal word: a "haul" of fish is the catch', [['How much fish do the fishermen of Durrës haul in a year?', `${HARBOUR}¶2`]]],
    [
      'the sports pages: "rebounds" are "kërcime", "halftime" the "pushim"',
      [
        ['How many rebounds did Ardi Hoxha grab in the cup final against Vllaznia?', `${FINAL}¶2`],
        ['By how many points did Kukës lead Vllaznia at halftime?', `${FINAL}¶2`],
      ],
    ],
    [
      'health news: "radiotherapy" is "rrezatim", the "emergency department" the "urgjencë", the "heart unit" the "pavijon i kardiologjisë"',
      [
        ['How long do the sick wait for radiotherapy at the Shkodër hospital?', `${HOSPITAL}¶1`],
        ['How long do the sick wait at the emergency department of the Shkodër hospital?', `${HOSPITAL}¶2`],
        ['How many beds has the Shkodër hospital?', `${HOSPITAL}¶3`],
        ['How many beds does the new heart unit of the Shkodër hospital have?', `${HOSPITAL}¶3`],
      ],
    ],
    [
      'disaster news: "arson" is "zjarrvënie", a "levee" an "argjinaturë"',
      [
        ['How many people did the Fier police arrest for arson this year?', `${RIVER}¶2`],
        ['Is the levee on the Seman near Fier in good repair?', `${RIVER}¶4`],
      ],
    ],
    [
      'money, tourism and transport news: "admission" is "bileta e hyrjes", "per km" "për çdo kilometër"',
      [
        ['How much is admission to Rozafa castle for foreigners?', `${CASTLE}¶2`],
        ["What's the per-km rate of a taxi to Rozafa castle from the Shkodër centre?", `${CASTLE}¶4`],
      ],
    ],
    [
      'an abbreviation of a period or a thing, not a name an article must write: "Q1" is the first quarter ("tremujori"), a "B&B" a "bujtinë"',
      [
        ['How much olive oil was shipped from Vlora in Q1?', `${OIL}¶2`],
        ['Have families near Vlora opened B&Bs for olive oil tourists?', `${OIL}¶3`],
      ],
    ],
    [
      'a headline verb or a noun of news talk: "stalled" talks have "ngecur", a "refurbishment" is a "rikonstruksion"',
      [
        ["Why have the talks between Fier's town hall and the drivers' union stalled?", `${TALKS}¶2`],
        ['How much will the refurbishment of the Fier bus station cost?', `${TALKS}¶3`],
      ],
    ],
    [
      'a phrase for people with a disability searches every word of "me aftësi të kufizuara"',
      [
        ['Do wheelchair users pay to get into the new Korça pool?', `${POOL}¶2`],
        ['Do people with disabilities pay at the new Korça pool?', `${POOL}¶2`],
      ],
    ],
    ['a museum\'s "labels" are its "shpjegime"', [['In which languages are the labels in the Berat museum?', `${MUSEUM}¶2`]]],
  ] as const)('%s', async (_, cases) => {
    await expectAnsweredFrom(cases);
  });

  it('a phrasal verb the lexicon has as one key: works that "wrap up" end ("përfundojnë")', async () => {
    const question = 'When will the works on the new Berat bridge wrap up?';
    expect(analyzeQuery(question, 'en').concepts.find((c) => c.source === 'wrap up')?.keys).toContain(indexKey('përfundojnë'));
    await expectAnsweredFrom([[question, `${BRIDGE}¶2`]]);
  });
});
