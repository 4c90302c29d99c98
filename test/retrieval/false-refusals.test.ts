/**
 * Answerable questions the engine once refused, by cause, each on a small article of its own
 * (none is in an eval set), next to the seed article: the question is answered, and a question
 * the articles really do not answer is still refused.
 */
import { describe, expect, it } from 'vitest';
import { indexKey } from '../../src/retrieval/query.js';
import { expectFaithful, topPassage as top, useContextOver } from '../helpers/core.js';

const PITCH = '2025-09-fusha-sintetike-fier';
const CLEANUP = '2025-10-pastrimi-liqenit';
const FINDS = '2025-07-gjetje-arkeologjike';
const FESTIVAL = '2025-08-festivali-puke';
const DAY_CENTRE = '2025-11-qendra-ditore-korce';
const RESCUE = '2025-06-shpetimi-ne-gji';
const BOULEVARD = '2025-10-punimet-ne-bulevard';
const VISIT = '2025-09-takimi-ne-tirane';
const SNOW = '2025-12-debora-ne-qafe';
const RAILWAY = '2025-11-hekurudha-shkoder-lezhe';
const FARM_LOANS = '2025-11-huat-per-fermeret';
const FISHING = '2025-05-peshkimi-ne-liqen';
const FLU = '2025-12-gripi-ne-shkoder';
const BRIDGE = '2025-03-ura-e-drinit';
const FISH_MARKET = '2025-10-tregu-i-peshkut';
const BAKERIES = '2025-02-furrat-e-vlores';
const POTHOLES = '2025-04-gropat-ne-rruge';
const TAXIS = '2025-03-taksite-e-durresit';
const GUESTHOUSES = '2025-08-bujtinat-e-thethit';
const PHARMACIES = '2025-09-kontrolli-i-farmacive';

const suite = useContextOver({
  files: {
    [`${PITCH}.txt`]: [
      'date 2025-09',
      'Bashkia e Fierit përuroi të shtunën fushën e re sintetike të futbollit pranë stadiumit “Loni Papuçiu”.',
      'Fusha u ndërtua me 600 mijë euro, nga të cilat gjysma erdhi nga një grant i Bashkimit Evropian për sportin në komunitet.',
      'Në fushë do të stërviten ekipet e të rinjve të klubit Apolonia, ndërsa kombëtarja U-19 do të zhvillojë aty grumbullimin e tetorit.',
      'Drejtuesi i APO-s, Gent Lika, tha se sistemi i ri i ujitjes së barit do të kursejë gjysmën e ujit.',
    ].join('\n\n'),
    [`${CLEANUP}.txt`]: [
      'date 2025-10',
      'Shoqata mjedisore “Eko Vullnet”, me bazë në Shkodër, mblodhi të dielën 300 thasë me mbeturina nga bregu i liqenit.',
      'Vullnetarët punuan nga mëngjesi deri në mbrëmje, të ndihmuar nga punonjës të bashkisë.',
    ].join('\n\n'),
    [`${FINDS}.txt`]: [
      'date 2025-07',
      'Arkeologët kanë gjetur një varr ilir me armë prej bronzi pranë fshatit Gajtan. Gjetja u bë në mes të korrikut, gjatë punimeve për një rrugë të re.',
      'Një fermer ka zbuluar një monedhë romake prej ari në arën e tij pranë Beratit. Punimet në arë kishin nisur në maj.',
    ].join('\n\n'),
    [`${FESTIVAL}.txt`]: [
      'date 2025-08',
      'Festivali “Liqeni i Elizës” do të mbahet më 20 gusht në Pukë, me muzikë dhe gatime tradicionale.',
    ].join('\n\n'),
    [`${BOULEVARD}.txt`]: [
      'date 2025-10',
      'Punimet për zgjerimin e bulevardit në Elbasan do të përfundojnë në dhjetor, tha një zyrtar i bashkisë që foli me agjencinë Associated Press pa dhënë emrin.',
      'Bashkimi Evropian dha 2 milionë euro për zgjerimin e bulevardit.',
      'Një punëtor u lëndua rëndë gjatë punimeve dhe u shtrua në reanimacion në spitalin e qytetit.',
      'Urat e bulevardit u financuan me një kredi prej 5 milionë eurosh nga Banka Evropiane e Investimeve.',
    ].join('\n\n'),
    [`${RAILWAY}.txt`]: [
      'date 2025-11',
      'Linja e re hekurudhore Shkodër–Lezhë u hap të hënën, pas tre vitesh punimesh.',
      'Projekti kushtoi 90 milionë euro. Prej tyre, 30 milionë euro ishin kredi nga Banka Evropiane për Rindërtim dhe Zhvillim (BERZH), ndërsa pjesa tjetër erdhi nga buxheti i shtetit.',
    ].join('\n\n'),
    [`${FARM_LOANS}.txt`]: [
      'date 2025-11',
      'Kooperativat e kursim-kreditit dhanë hua 400 milionë lekë fermerëve këtë vit, sipas ministrisë.',
      'Fermerët marrin hua kryesisht për traktorë dhe për sera.',
      'Huat për fermerët e rinj u rritën me 12 për qind.',
    ].join('\n\n'),
    [`${FISHING}.txt`]: [
      'date 2025-05',
      'Në liqenin e Belshit peshkimi lejohet vetëm me grep dhe me leje vjetore, ndërsa peshkimi me rrjeta ndalohet.',
      'Bashkia e Belshit shet lejet në zyrën e saj dhe online.',
    ].join('\n\n'),
    [`${FLU}.txt`]: [
      'date 2025-12',
      'Rastet e gripit sezonal po shtohen shpejt në gjithë Shkodrën. Sipas drejtorisë së shëndetit publik, këtë muaj u regjistruan rreth 2 400 raste, kryesisht te fëmijët.',
      'Mjekët e Shkodrës paralajmërojnë se vaksina e gripit po mungon në qendrat shëndetësore. Drejtoria ka porositur vaksina nga 3 furnitorë të rinj.',
    ].join('\n\n'),
    [`${BRIDGE}.txt`]: [
      'date 2025-03',
      'Riparimi përfundimtar i urës së Drinit do të kushtojë rreth 900 mijë euro. Projekti parashikon shtylla të reja betoni. Punimet duhet të përfundojnë deri më 15 maj, tha drejtori i bashkisë.',
    ].join('\n\n'),
    [`${FISH_MARKET}.txt`]: [
      'date 2025-10',
      'Drejtori i tregut të peshkut në Durrës, Arben Hoxha, tha se çmimet do të ulen kur të hapet sezoni i peshkimit.',
    ].join('\n\n'),
    [`${BAKERIES}.txt`]: [
      'date 2025-02',
      'Furrat e Vlorës e shtrenjtuan bukën këtë muaj, sepse mielli i importuar u shtrenjtua pas thatësirës në Ukrainë.',
    ].join('\n\n'),
    [`${POTHOLES}.txt`]: [
      'date 2025-04',
      'Banorët e lagjes Kodra e Diellit ankohen për gropat në rrugën kryesore.',
      'Ndërmarrja e rrugëve parashikon që mbushja e gropave të përfundojë brenda tri javësh.',
    ].join('\n\n'),
    [`${TAXIS}.txt`]: [
      'date 2025-03',
      'Në Durrës punojnë 900 taksi me licencë, sipas bashkisë.',
      'Taksistët e Durrësit protestuan të hënën para bashkisë kundër tarifës së re të parkimit në plazh.',
      'Autoriteti i Konkurrencës do të hetojë tarifat e parkimit në qytet.',
    ].join('\n\n'),
    [`${GUESTHOUSES}.txt`]: [
      'date 2025-08',
      'Kryetari i bashkisë së Shkodrës hapi sezonin turistik në Theth të shtunën.',
      '“Këtë verë erdhën turistë të huaj çdo ditë”, tha Arta Kola, e cila drejton një bujtinë me gjashtë dhoma në fshat.',
    ].join('\n\n'),
    [`${PHARMACIES}.txt`]: [
      'date 2025-09',
      'Shoqata e pacientëve i kërkoi Inspektoratit Shëndetësor të kontrollojë çmimet e barnave në farmacitë e Korçës. Drejtori i Inspektoratit tha se farmacitë e qytetit do të monitorohen për katër muaj.',
    ].join('\n\n'),
    [`${SNOW}.txt`]: ['date 2025-12', 'Rruga që kalon në Qafën e Morinës u mbyll të hënën nga dëbora e dendur.'].join('\n\n'),
    [`${VISIT}.txt`]: ['date 2025-09', 'Kryetari i bashkisë së Pukës u takua me zyrtarë të BE-së në Tiranë.'].join('\n\n'),
    [`${RESCUE}.txt`]: [
      'date 2025-06',
      'Këtë vit janë shpëtuar në gji 40 peshkatarë, sipas rojës bregdetare.',
      'Të enjten u shpëtua edhe peshkatari 60-vjeçar Ilir Gjoni, varka e të cilit u përmbys pranë ishullit gjatë stuhisë së mbrëmjes.',
    ].join('\n\n'),
    [`${DAY_CENTRE}.txt`]: [
      'date 2025-11',
      'Bashkia e Korçës hapi në lagjen Kombinat një qendër ditore për të moshuarit. Qendra ofron drekë falas, gazeta dhe lojëra shahu.',
      'Kryetari i bashkisë tha se kursimi i energjisë në ndërtesë vjen nga panelet diellore në çati.',
    ].join('\n\n'),
  },
});

async function retrieve(question: string) {
  return suite.ctx.retriever.retrieve(question);
}

describe('a name the articles write otherwise', () => {
  it('finds a code of letters and a number written with a hyphen ("U19" → "U-19")', async () => {
    const retrieval = await retrieve('Will the U19 national team train at the new pitch?');
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${PITCH}¶3`);
    const answer = await suite.ctx.answerer.ask('Will the U19 national team train at the new pitch?');
    expect(answer.found).toBe(true);
    expectFaithful(answer, suite.ctx.articles);
  });

  it('finds an English name of a translated word and a name, as Albanian writes both ("Lake Elisa" → "Liqeni i Elizës")', async () => {
    const retrieval = await retrieve('When is the Lake Elisa festival held?');
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${FESTIVAL}¶1`);
  });

  it('still needs the name beside the translated word ("Lake Ohrid", where only a "Liqeni" is)', async () => {
    const retrieval = await retrieve('When is the Lake Ohrid festival held?');
    expect(retrieval.refusal).toBe('missing-name');
  });

  it('still refuses a code no passage writes, with or without a hyphen ("U17")', async () => {
    const retrieval = await retrieve('Will the U17 national team train at the new pitch?');
    expect(retrieval.refusal).toBe('missing-name');
    expect(retrieval.missingNames).toEqual(['U17']);
  });

  it('finds a translated name the article writes in several words, inflected ("EU" → "Bashkimit Evropian")', async () => {
    // Not "How much EU money…?": the passage that names Fier and the pitch, not the EU, holds no number.
    const retrieval = await retrieve('What did the EU grant pay for in Fier?');
    expect(retrieval.refusal).toBeUndefined();
    expect(retrieval.passages.slice(0, 3).map((p) => `${p.article.id}¶${p.paragraph.number}`)).toContain(`${PITCH}¶2`);
  });

  it('still refuses the translated name where no passage about the question writes it', async () => {
    const retrieval = await retrieve('What did the EU say about the Kim–Putin summit in Vladivostok?');
    expect(retrieval.found).toBe(false);
  });

  it('finds an abbreviation that the lexicon writes out and the article spells out, in any article ("AP" → "Associated Press")', async () => {
    const retrieval = await retrieve('When will the boulevard works end, according to the official who spoke to AP?');
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${BOULEVARD}¶1`);
  });

  it('takes an abbreviation that one article writes for the name another spells out ("BE-së" in one, "Bashkimi Evropian" in the passage that answers)', async () => {
    const retrieval = await retrieve('Sa para dha BE për bulevardin?');
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${BOULEVARD}¶2`);
  });

  it('still refuses an abbreviation neither written nor spelled out in any article ("UPI")', async () => {
    const retrieval = await retrieve('When will the boulevard works end, according to the official who spoke to UPI?');
    expect(retrieval.refusal).toBe('missing-name');
  });

  it('reads an abbreviation of a common noun that WordNet files among groups as the noun ("ICU" → "intensive care" → "reanimacion")', async () => {
    const retrieval = await retrieve('Was the badly injured worker taken to the ICU?');
    expect(retrieval.query.concepts.find((c) => c.source === 'ICU')?.forms).toContain('reanimacion');
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${BOULEVARD}¶3`);
  });

  it('finds an English acronym of a name the article spells out in Albanian, in its own order ("EIB" → "Banka Evropiane e Investimeve")', async () => {
    const retrieval = await retrieve('How much did the EIB lend for the boulevard bridges?');
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${BOULEVARD}¶4`);
  });

  it('ranks first the passage that spells out an English acronym, which had no words of its own to search for ("EBRD" → "Banka Evropiane për Rindërtim dhe Zhvillim")', async () => {
    // Searched by "lend" alone, the passages about farm loans ("hua") come first, and none of their article names the bank.
    const retrieval = await retrieve('How much did the EBRD lend?');
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${RAILWAY}¶2`);
  });

  it('still refuses an English acronym whose letters the name\'s words do not start in English ("ADB")', async () => {
    const retrieval = await retrieve('How much did the ADB lend for the boulevard bridges?');
    expect(retrieval.refusal).toBe('missing-name');
  });

  it('finds a short feminine name asked in its definite form where the article inflects it ("Qafa" → "Qafën")', async () => {
    const retrieval = await retrieve('Is the road over Qafa e Morinës closed?');
    expect(retrieval.missingNames).toEqual([]);
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${SNOW}¶1`);
  });

  it('finds an acronym that is also an Albanian stopword, which has no index key, as the passage writes it ("APO-s")', async () => {
    const retrieval = await retrieve('What did the head of APO say about watering the grass?');
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${PITCH}¶4`);
  });

  it('still refuses such an acronym that no passage writes ("KAM")', async () => {
    const retrieval = await retrieve('What did the head of KAM say about watering the grass?');
    expect(retrieval.refusal).toBe('missing-name');
    expect(retrieval.missingNames).toEqual(['KAM']);
  });
});

describe('a question that asks where or who of a name, in a word no article has', () => {
  it('answers from the passage about the name when it gives another name ("Ku e ka selinë…?" → "me bazë në Shkodër")', async () => {
    const retrieval = await retrieve('Ku e ka selinë Eko Vullnet?');
    expect(retrieval.refusal).toBeUndefined();
    expect(retrieval.confidence).toBe('low');
    expect(top(retrieval)).toBe(`${CLEANUP}¶1`);
  });

  it('still refuses a count of a thing no article mentions about the name, though the passage holds a number', async () => {
    const retrieval = await retrieve('Sa anëtarë ka Eko Vullnet?');
    expect(retrieval.refusal).toBe('only-names');
  });
});

describe('a question about a name whose other words the lexicon cannot translate', () => {
  it('is answered with low confidence from the passage about the name: an untranslated word ("legit") proves no absence', async () => {
    const retrieval = await retrieve('Is Eko Vullnet legit?');
    expect(retrieval.refusal).toBeUndefined();
    expect(retrieval.confidence).toBe('low');
    expect(top(retrieval)).toBe(`${CLEANUP}¶1`);
  });

  it('still refuses when a word the lexicon translates is in no article ("rich")', async () => {
    const retrieval = await retrieve('Is Eko Vullnet rich?');
    expect(retrieval.refusal).toBe('only-names');
  });
});

describe('a question in the asker\'s own person, where the article writes of others', () => {
  it('gives an Albanian verb in the first or second person the key of the article\'s forms and nouns of it', () => {
    expect(indexKey('peshkosh')).toBe(indexKey('peshkimi'));
    expect(indexKey('peshkosh')).toBe(indexKey('peshkon'));
    expect(indexKey('ankohesh')).toBe(indexKey('ankohen'));
    expect(indexKey('regjistrohemi')).toBe(indexKey('regjistrohet'));
    expect(indexKey('regjistrohem')).toBe(indexKey('regjistrohet'));
    expect(indexKey('punojmë')).toBe(indexKey('punojnë'));
  });

  it('answers with high confidence from the passage that says it of others ("Me cfare lejohet te peshkosh…?": "peshkimi lejohet…")', async () => {
    const retrieval = await retrieve('Me cfare lejohet te peshkosh ne Belsh?');
    expect(retrieval.refusal).toBeUndefined();
    expect(retrieval.confidence).toBe('high');
    expect(top(retrieval)).toBe(`${FISHING}¶1`);
  });
});

describe('an answer in the sentence after the one about the question', () => {
  it('answers "when" from the next sentence when it names the question\'s first word again ("Gjetja u bë në mes të korrikut")', async () => {
    const retrieval = await retrieve('Kur u gjet varri ilir?');
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${FINDS}¶1`);
  });

  it('still refuses when the next sentence with a time is about something else', async () => {
    const retrieval = await retrieve('Kur u zbulua monedha romake?');
    expect(retrieval.refusal).toBe('missing-answer-kind');
  });

  it('answers "how many" from the next sentence when its number counts the thing asked about by its own word ("… 2 400 raste")', async () => {
    const retrieval = await retrieve('How many flu cases were there in Shkodër this month?');
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${FLU}¶1`);
  });

  it('still refuses when the next sentence\'s number counts something else ("3 furnitorë", not vaccines)', async () => {
    const retrieval = await retrieve("How many flu vaccines are missing in Shkodër's health centres?");
    expect(retrieval.refusal).toBe('missing-answer-kind');
  });

  it('answers "how long" from the next sentence when it names two of the question\'s words again, though not its first ("Drejtori i Inspektoratit tha se farmacitë… për katër muaj")', async () => {
    const retrieval = await retrieve('How long will the health inspectorate keep an eye on the pharmacies in Korçë?');
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${PHARMACIES}¶1`);
  });
});

describe('the sentence about the question, where one names a word of it only by a related word', () => {
  it('takes the sentence naming the word itself too ("përfundojnë deri më 15 maj", beside "riparimi përfundimtar" for "finish the repairs")', async () => {
    const retrieval = await retrieve('When will the repairs finish?');
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${BRIDGE}¶1`);
  });

  it('still refuses when the sentence naming most of the question by its own words has no time ("shtylla të reja betoni")', async () => {
    const retrieval = await retrieve('When will the new concrete pillars be finished?');
    expect(retrieval.refusal).toBe('missing-answer-kind');
  });
});

describe('a long, chatty question', () => {
  it('is answered from the passages that hold four of its things, though most of its words are elsewhere or nowhere', async () => {
    const retrieval = await retrieve(
      'Jam trajner në Fier dhe dua të di a do të stërviten ekipet e të rinjve në fushën e re sintetike, apo do të udhëtojnë me tren drejt stadiumit tjetër si në takimet e sezonit të kaluar, sipas marrëveshjes me federatën ruse?',
    );
    expect(retrieval.refusal).toBeUndefined();
    expect(retrieval.confidence).toBe('low');
    expect(retrieval.passages.slice(0, 3).map((p) => `${p.article.id}¶${p.paragraph.number}`)).toContain(`${PITCH}¶3`);
  });
});

describe('a word that shares its root with a word asking the kind of answer, but is made from it', () => {
  it('asks no age through "të moshuarit" (the elderly), beside "mosha" (age)', async () => {
    const retrieval = await retrieve('Çfarë ofron qendra e re për të moshuarit?');
    expect(retrieval.query.answerType).toBeUndefined();
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${DAY_CENTRE}¶1`);
  });

  it('asks no number through "kursimin" (the saving), beside "kursi" (the exchange rate)', async () => {
    const retrieval = await retrieve('Çfarë e sjell kursimin e energjisë në qendër?');
    expect(retrieval.query.answerType).toBeUndefined();
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${DAY_CENTRE}¶2`);
  });

  it('still asks an age through an inflection of the asking word that the list does not write ("moshe")', async () => {
    const retrieval = await retrieve('Në çfarë moshe pranohen pensionistët në qendër?');
    expect(retrieval.query.answerType?.source).toBe('age');
  });
});

describe('an answer of the kind asked in another passage that covers the question as much as the best one', () => {
  it('answers a name ask from the passage with the name, and ranks it before the one that names as much of the question without one', async () => {
    const retrieval = await retrieve('Si quhej peshkatari që u shpëtua?');
    expect(retrieval.refusal).toBeUndefined();
    expect(retrieval.passages.slice(0, 2).map((p) => `${p.article.id}¶${p.paragraph.number}`)).toEqual([`${RESCUE}¶2`, `${RESCUE}¶1`]);
  });

  it('still refuses when the passage with a name covers less of the question than the best one ("në gji")', async () => {
    const retrieval = await retrieve('Si quhej peshkatari që u shpëtua në gji?');
    expect(retrieval.refusal).toBe('missing-answer-kind');
  });
});

describe.each([
  {
    asking: 'what someone said about a price ("Çfarë tha Hoxha për çmimet…?")',
    questions: ['Çfarë tha Hoxha për çmimet e peshkut?', 'What did Hoxha say about fish prices?'],
    paragraph: `${FISH_MARKET}¶1`,
    // The question opens with the kind it asks.
    asksSum: 'How much did Hoxha say the fish costs?',
  },
  {
    asking: 'why, with a word further on naming the price ("Pse e rritën furrat çmimin e bukës…?")',
    questions: ['Pse e rritën furrat çmimin e bukës në Vlorë?', 'Why did bakeries in Vlorë raise the price of bread?'],
    paragraph: `${BAKERIES}¶1`,
    // A question word joined to it asks the kind.
    asksSum: 'Pse u shtrenjtua buka në Vlorë dhe sa kushton tani?',
  },
])('a question asking $asking', ({ questions, paragraph, asksSum }) => {
  it('asks no kind of answer through the word further on, and is answered', async () => {
    for (const question of questions) {
      const retrieval = await retrieve(question);
      expect(retrieval.query.answerType, question).toBeUndefined();
      expect(retrieval.refusal, question).toBeUndefined();
      expect(top(retrieval), question).toBe(paragraph);
    }
  });

  it('still asks a sum that a question word asks, and refuses where none is given', async () => {
    const retrieval = await retrieve(asksSum);
    // "… dhe sa kushton tani?" is a part of its own, refused on its own.
    const asked = retrieval.parts?.at(-1)?.retrieval ?? retrieval;
    expect(asked.query.answerIsMoney).toBe(true);
    expect(asked.refusal).toBe('missing-answer-kind');
  });
});

describe('a time told as a span in the Albanian plural form of "within" and "after" ("brenda tri javësh")', () => {
  it('answers "when" from it', async () => {
    for (const question of ['Kur do të përfundojë mbushja e gropave?', 'By when will the potholes be filled?']) {
      const retrieval = await retrieve(question);
      expect(retrieval.refusal).toBeUndefined();
      expect(top(retrieval)).toBe(`${POTHOLES}¶2`);
    }
  });
});

describe('informal English names of everyday trades ("cab", "cabbie", "watchdog")', () => {
  it('finds the article\'s plain word for each', async () => {
    const cases = [
      ['How many cabs are there in Durrës?', `${TAXIS}¶1`],
      ['Why did the cabbies in Durrës protest?', `${TAXIS}¶2`],
      ['Which watchdog will look into the parking fees in Durrës?', `${TAXIS}¶3`],
    ] as const;
    for (const [question, paragraph] of cases) {
      const retrieval = await retrieve(question);
      expect(retrieval.refusal, question).toBeUndefined();
      expect(top(retrieval), question).toBe(paragraph);
      expect(retrieval.query.concepts.some((c) => c.untranslated), question).toBe(false);
    }
  });
});

describe('a speaker the article names by what they do, in a clause after their name', () => {
  it('answers what they said ("tha Arta Kola, e cila drejton një bujtinë…" for "pronarja e bujtinës")', async () => {
    const retrieval = await retrieve('Çfarë thotë pronarja e bujtinës për verën në Theth?');
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${GUESTHOUSES}¶2`);
  });

  it('still refuses what someone the article does not quote said ("kryetari i bashkisë")', async () => {
    const retrieval = await retrieve('Çfarë tha kryetari i bashkisë për turistët e huaj në Theth?');
    expect(retrieval.refusal).toBe('not-said');
  });
});
