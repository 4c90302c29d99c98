/**
 * Near misses: the article is about what the question asks, but not about the detail it asks
 * for. Each rule is checked on a small article of its own (none is in an eval set), next to the
 * seed article, with a question it refuses and one it still answers.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n.js';
import { analyzeQuery, namesCalendarDay, namesMoney, speakerWords } from '../../src/retrieval/query.js';
import type { RefusalReason } from '../../src/retrieval/retriever.js';
import { expectFaithful, useContextOver } from '../helpers/core.js';

const LIBRARY = '2025-06-biblioteka-kombetare';
const BRIDGE = '2025-05-ura-lezhe';
const THEFT = '2025-04-vjedhje-ikonash';

const suite = useContextOver({
  files: {
    [`${LIBRARY}.txt`]: [
      'date 2025-06',
      'Biblioteka Kombëtare në Tiranë do të hapë sallën e re të leximit këtë muaj, njoftoi drejtori Arben Hoxha.',
      'Salla ka 120 vende dhe u rikonstruktua me një investim prej 900 mijë eurosh nga Ministria e Kulturës.',
      'Pavijoni i fëmijëve u përurua më 12 maj, me 3 000 libra të rinj të dhuruar nga botuesit shqiptarë.',
      'Lexuesit e bibliotekës mund të huazojnë deri në pesë libra njëherësh, për tri javë.',
      'Biblioteka ka mbi një milion libra, ndër to dorëshkrime të rralla të shekullit XVI.',
    ].join('\n\n'),
    [`${THEFT}.txt`]: [
      'date 2025-04',
      'Një burrë 38-vjeçar nga fshati Dukaj u arrestua të martën për vjedhjen e dy ikonave nga muzeu i qytetit të Gjirokastrës.',
      'Ikonat u gjetën në shtëpinë e tij, njoftoi zëdhënësja e policisë, Ana Kola.',
      'Muzeu do të rihapet të hënën, pas instalimit të kamerave të reja nga një kompani private sigurie.',
    ].join('\n\n'),
    [`${BRIDGE}.txt`]: [
      'date 2025-05',
      'Ura e re mbi lumin Drin në Lezhë do të hapet për qarkullim në tetor, tha ministrja e Infrastrukturës, Elsa Dervishi.',
      '“Punimet janë në përfundim dhe ura, e ndërtuar me çelik nga Italia, do të lehtësojë trafikun drejt veriut”, tha ajo gjatë një vizite në kantier.',
      'Sipas kryetarit të Bashkisë së Lezhës, Pjetër Gjoka, ura do të kushtojë 14 milionë euro.',
    ].join('\n\n'),
  },
});

/** Asserts that the question is refused for `reason`, with `passage` (`article¶n`) the closest. */
async function expectRefused(question: string, reason: RefusalReason, passage: string): Promise<void> {
  const retrieval = await suite.ctx.retriever.retrieve(question);
  expect(retrieval.refusal).toBe(reason);
  expect(`${retrieval.passages[0]!.article.id}¶${retrieval.passages[0]!.paragraph.number}`).toBe(passage);
}

/** Asserts that the question is answered, quoting ¶`paragraph` of the article (first, unless `anywhere`). */
async function expectAnswered(question: string, articleId: string, paragraph: number, anywhere = false): Promise<void> {
  const answer = await suite.ctx.answerer.ask(question);
  expect(answer.found).toBe(true);
  const cited = anywhere ? answer.citations : answer.citations.slice(0, 1);
  expect(cited.some((c) => c.articleId === articleId && c.paragraph === paragraph)).toBe(true);
}

describe('a question asking for a date needs a day of a month', () => {
  it.each(['On what date will the new reading room open?', 'Në cilën datë do të hapet salla e re e leximit?'])(
    'refuses "%s" when the article gives only the month',
    (question) => expectRefused(question, 'missing-answer-kind', `${LIBRARY}¶1`),
  );

  it('says so in the asker’s language and shows the closest passage, verbatim', async () => {
    const answer = await suite.ctx.answerer.ask('Në cilën datë do të hapet salla e re e leximit?');
    expect(answer.found).toBe(false);
    expect(answer.text).toBe(t('notFound', 'sq'));
    expect(answer.citations[0]).toMatchObject({ articleId: LIBRARY, paragraph: 1 });
    expectFaithful(answer, suite.ctx.articles);
  });

  it.each(['Në cilën datë u përurua pavijoni i fëmijëve?', "On what date did the children's wing open?"])(
    'answers "%s" from the sentence that names the day',
    (question) => expectAnswered(question, LIBRARY, 3),
  );

  it.each(['When will the reading room open?', 'Kur hapet salla e leximit?'])('still answers "%s" from the month: "when" asks no day', (question) => expectAnswered(question, LIBRARY, 1));

  it('reads a day beside a month in either order and with a case ending, and no year or count as a day', () => {
    expect(namesCalendarDay('Kirby tha më 30 gusht se…')).toBe(true);
    expect(namesCalendarDay('Afati u shty deri më 31 marsit.')).toBe(true);
    expect(namesCalendarDay('The talks resumed on May 5.')).toBe(true);
    expect(namesCalendarDay('The bridge opened on Aug. 30, 2024.')).toBe(true);
    expect(namesCalendarDay('Talks resume Sept. 5 in Geneva.')).toBe(true);
    expect(namesCalendarDay('The vote is on June 3rd.')).toBe(true);
    expect(namesCalendarDay('Vendimi u mor më 13.09.2023.')).toBe(true);
    expect(namesCalendarDay('The decision is dated 2023-09-13.')).toBe(true);
    expect(namesCalendarDay('Buxheti është 1.500.000 lekë, sipas vendimit 12/2024.')).toBe(false);
    expect(namesCalendarDay('Punimet nisën në maj 2024.')).toBe(false);
    expect(namesCalendarDay('Salla ka 120 vende.')).toBe(false);
    expect(namesCalendarDay('The 5 mayors of the region hired 12 junior doctors.')).toBe(false);
    expect(namesCalendarDay('Talks resume Mar. 5.')).toBe(true);
    expect(namesCalendarDay('Ata u takuan të martën, 3 martë pas zgjedhjeve.')).toBe(false);
    expect(namesCalendarDay('Ata u takuan 3 herë në qershor.')).toBe(false);
  });
});

describe('a question asking what someone said needs them to speak in the article', () => {
  it.each(['What did Italy say about the bridge?', 'Please tell me, what did Italy say about the bridge?'])(
    'refuses "%s" when the one asked about is only named in someone else’s words',
    async (question) => {
      const retrieval = await suite.ctx.retriever.retrieve(question);
      expect(retrieval.refusal).toBe('not-said');
      expect(retrieval.passages[0]!.article.id).toBe(BRIDGE);
    },
  );

  it.each([
    ['What did the minister say about the bridge?', 1],
    ['Çfarë thotë ministrja për urën e Lezhës?', 1],
    ['Çfarë tha kryetari i bashkisë për koston e urës?', 3],
  ])('answers "%s": the speaker stands by "tha" or after "sipas"', (question, paragraph) => expectAnswered(question, BRIDGE, paragraph));

  it.each(['What does the article say about the bridge?', 'What does the decision say about the borrowing of books?', 'Çfarë thotë vendimi për huazimin e librave?'])(
    'answers what the article or a text it reports on says, though no text is a speaker in it: "%s"',
    async (question) => {
      const answer = await suite.ctx.answerer.ask(question);
      expect(answer.found).toBe(true);
    },
  );

  it('takes the speaker from before a verb of speech or just after it, never from a quotation or from what follows "se"', () => {
    expect(speakerWords('Deputetja Elona Marku deklaroi se grupi i saj do ta çojë ligjin.')).toEqual(['Deputetja', 'Elona', 'Marku']);
    expect(speakerWords('“Ura do të lehtësojë trafikun nga Italia”, tha Elsa Dervishi.')).toEqual(['Elsa', 'Dervishi']);
    expect(speakerWords('Sipas tij, ura kushton 14 milionë euro.')).toContain('tij');
    expect(speakerWords('Kremlini tha se Kina nuk ishte e ftuar.')).toEqual(['Kremlini']);
    expect(speakerWords('“Kjo vjen nga Kina dhe mendoj se është interesante.')).toEqual([]);
    expect(speakerWords('Ura do të hapet në tetor.')).toEqual([]);
    expect(speakerWords('“Jemi gati”, tha ai.', 'Drejtori Ilir Hoxha vizitoi terminalin.')).toContain('Hoxha');
    expect(speakerWords('“Jemi gati”, tha Kola.', 'Drejtori Ilir Hoxha vizitoi terminalin.')).not.toContain('Hoxha');
    expect(speakerWords('The ministry announced on Monday that the bridge will open in October.')).toContain('ministry');
    expect(speakerWords('The mayor warned that tolls would rise.')).toContain('mayor');
    expect(speakerWords('“It will open in October,” the minister added.')).toContain('minister');
  });
});

describe('a question naming a place another article is about', () => {
  it('refuses when no article of the passages about it names the place (Lezhë is in the bridge article only)', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('How many books can library readers in Lezhë borrow?');
    expect(retrieval.refusal).toBe('names-apart');
    expect(retrieval.missingNames).toEqual([]);
    expect(retrieval.passages[0]!.article.id).toBe(LIBRARY);
  });

  it.each(['Sa libra mund të huazojnë lexuesit e bibliotekës në Tiranë?', 'How many books can readers of the National Library borrow?'])(
    'answers "%s": its names are in the article about it',
    (question) => expectAnswered(question, LIBRARY, 4),
  );
});

describe('a question asking a name needs the name of the one asked about', () => {
  it.each([
    ['What is the name of the arrested man?', 1],
    ['Si quhet burri i arrestuar?', 1],
    ['Si quhet kompania që instaloi kamerat?', 3],
  ])('refuses "%s" when the article leaves them unnamed ("një burrë 38-vjeçar nga fshati Dukaj")', (question, paragraph) => expectRefused(question, 'missing-answer-kind', `${THEFT}¶${paragraph}`));

  it.each([
    ['Si quhet zëdhënësja e policisë?', 2],
    ['What is the police spokeswoman called?', 2],
    ['Si quhet fshati i burrit të arrestuar?', 1],
  ])('answers "%s" from a full name, or a lone name right after the word asked about ("fshati Dukaj")', (question, paragraph) => expectAnswered(question, THEFT, paragraph));

  it('reads no name asked for into a yes-or-no question or an English phrase ("called for")', () => {
    expect(analyzeQuery('A do ta shesë klubi emrin e stadiumit?', 'sq').answerIsName).toBeUndefined();
    expect(analyzeQuery('Did the club sell the name of the stadium?', 'en').answerIsName).toBeUndefined();
    expect(analyzeQuery('Më thuaj, a do ta shesë klubi emrin e stadiumit?', 'sq').answerIsName).toBeUndefined();
    expect(analyzeQuery('Hi! Did the club sell the name of the stadium?', 'en').answerIsName).toBeUndefined();
    expect(analyzeQuery('Please tell me, what is the new stadium called?', 'en').answerIsName).toBe(true);
    expect(analyzeQuery('How thick was the wall compared with what the plan called for?', 'en').answerType?.source).not.toBe('name');
    expect(analyzeQuery('What is the new stadium called?', 'en').answerIsName).toBe(true);
  });
});

describe('a question asking an amount of money needs a sum in a currency', () => {
  it.each(['How much are the stolen icons worth?', 'Sa është çmimi i ikonave të vjedhura?'])(
    'refuses "%s" when the passages about it count other things ("dy ikona", "38-vjeçar") but name no sum',
    (question) => expectRefused(question, 'missing-answer-kind', `${THEFT}¶1`),
  );

  it.each(['Sa kushtoi rikonstruksioni i sallës?', 'How much did the reading room renovation cost?'])('answers "%s" from the sum the article gives', (question) => expectAnswered(question, LIBRARY, 2, true));

  it('still answers a count of things from a number with no currency', () => expectAnswered('Sa libra të rinj ka pavijoni i fëmijëve?', LIBRARY, 3));

  it('reads a count of those who pay as no question of money, unless what it counts is money', () => {
    expect(analyzeQuery('How many fishermen paid the fine?', 'en').answerIsMoney).toBeUndefined();
    expect(analyzeQuery('Sa familje paguajnë tarifën e re?', 'sq').answerIsMoney).toBeUndefined();
    expect(analyzeQuery('How much money did the city pay?', 'en').answerIsMoney).toBe(true);
    expect(analyzeQuery('Sa lekë paguan një familje?', 'sq').answerIsMoney).toBe(true);
    expect(analyzeQuery('HOW MUCH DOES THE TICKET COST?', 'en').answerIsMoney).toBe(true);
  });

  it('reads a sum by its currency word or symbol, not by any number', () => {
    expect(namesMoney('Investimi arriti në 400 mijë euro.')).toBe(true);
    expect(namesMoney('Bileta kushton 1 000 lekë.')).toBe(true);
    expect(namesMoney('The licence costs $40.')).toBe(true);
    expect(namesMoney('The licence costs 40 euros.')).toBe(true);
    expect(namesMoney('Në kantier punojnë 650 punëtorë.')).toBe(false);
  });
});
