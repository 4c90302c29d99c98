/**
 * Answerable questions the engine once refused because it read a kind of answer, a sum or a name into them that they
 * do not ask, each cause on small articles of its own (none is in an eval set), next to the seed article: the question
 * is answered, and a question the articles really do not answer is still refused.
 */
import { describe, expect, it } from 'vitest';
import { countsIn } from '../../src/retrieval/counts.js';
import { analyzeQuery, speakerWords } from '../../src/retrieval/query.js';
import { expectAnswers, topPassage as top, useContextOver } from '../helpers/core.js';

const SONGS = '2025-07-festivali-kenges-korce';
const CARDS = '2025-10-mashtrimet-me-karta';
const PARKING = '2025-02-parkimi-ne-lushnje';
const INSULIN = '2025-01-insulina-ne-berat';
const TENDER = '2025-06-tenderi-i-rruges-milot';

const suite = useContextOver({
  files: {
    [`${SONGS}.txt`]: [
      'date 2025-07',
      'Festivali i këngës në Korçë u mbyll të shtunën me një koncert në sheshin e Teatrit.',
      'Çmimi për këngën më të mirë u nda ex aequo mes Anisa Gjonit dhe Erion Dakës. Çmimi i jurisë shkoi te kënga “Nata në Voskopojë”.',
      'Skena u ngrit nga punëtorët e bashkisë brenda dy javësh.',
    ].join('\n\n'),
    [`${CARDS}.txt`]: [
      'date 2025-10',
      'Policia e Durrësit arrestoi dy të rinj që vidhnin të dhënat e kartave bankare në bankomate.',
      'Bankat kanë nisur të dërgojnë mesazhe te klientët dhe të bllokojnë kartat pas tri përpjekjeve të gabuara.',
    ].join('\n\n'),
    [`${TENDER}.txt`]: [
      'date 2025-06',
      'Kompania “Via Nord”, e themeluar nga Arben Lami, fitoi tenderin për rikonstruksionin e rrugës Fushë-Krujë–Milot.',
      'Opozita e akuzoi kompaninë për lidhje me zyrtarë të ministrisë. Drejtori i “Via Nord”, Besnik Toska, i hodhi poshtë akuzat. “Kemi fituar me ofertën më të ulët. Çdo dokument është publik”, tha Toska për gazetarët.',
    ].join('\n\n'),
    [`${INSULIN}.txt`]: [
      'date 2025-01',
      'Në Berat mungon insulina. Distributorët dërgojnë vetëm një kuti për farmaci në javë, ndërsa 14 farmaci të qytetit kanë listë pritjeje.',
    ].join('\n\n'),
    [`${PARKING}.txt`]: [
      'date 2025-02',
      'Këshilli Bashkiak i Lushnjës miratoi rregulloren e re të parkimit. Tregtarët e qendrës thonë se ndikimi në shitje do të jetë i madh.',
      'Rregullorja e re e parkimit në Lushnjë hyn në fuqi më 1 mars.',
      'Tregtarët e Lushnjës u mblodhën në sallën e kinemasë së qytetit dhe kritikuan rregulloren.',
      'Tregtarët paralajmëruan edhe një protestë para bashkisë së Lushnjës më 20 shkurt.',
    ].join('\n\n'),
  },
});

async function retrieve(question: string) {
  return suite.ctx.retriever.retrieve(question);
}

describe('a question asking which thing, with a noun right after its question word ("Which singers…?", "Cila këngë…?")', () => {
  it('asks no kind through a word further on ("shared" is no share, "çmimin" no price), and is answered', async () => {
    const questions = ['Which singers shared the best song award in Korçë?', 'Cila këngë mori çmimin e jurisë në Korçë?'];
    await expectAnswers(suite.ctx, questions.map((question) => [question, `${SONGS}¶2`] as const));
    for (const question of questions) {
      const retrieval = await retrieve(question);
      expect(retrieval.query.answerType, question).toBeUndefined();
      expect(retrieval.query.answerIsMoney, question).toBeUndefined();
    }
  });

  it('is no question about a name that follows the question word ("What\'s Anisa Gjoni\'s job?" asks her job)', () => {
    expect(analyzeQuery("What's Anisa Gjoni's job?").answerType?.source).toBe('role');
  });

  it('still asks the kind its noun asks, and refuses where the passages hold none ("What share of the votes…?")', async () => {
    const retrieval = await retrieve('What share of the votes did the jury song get in Korçë?');
    expect(retrieval.query.answerType?.source).toBe('quantity');
    expect(retrieval.refusal).toBe('missing-answer-kind');
  });
});

describe('a kind asked by a question word with a noun ("which+bank" asks an organisation)', () => {
  it('is not asked by a noun further on, past a function word ("What are banks doing…?"), and the question is answered', async () => {
    const retrieval = await retrieve('What are banks doing to block the cards?');
    expect(retrieval.query.answerType).toBeUndefined();
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${CARDS}¶2`);
  });

  it('is still asked by the noun of the phrase the question word opens, and refused where no organisation is named ("Which construction firm…?")', async () => {
    const retrieval = await retrieve('Which construction firm built the stage of the song festival in Korçë?');
    expect(retrieval.query.answerType?.source).toBe('organisation');
    expect(retrieval.refusal).toBeDefined();
  });
});

describe('English set phrases of law and local government whose words mean something else apart ("take effect", "town hall")', () => {
  // Read word by word, "effect" finds the passage on the rules' "ndikimi" and "town" and "hall" the one on the town's cinema "sallën", neither with a time.
  it('finds the article\'s words for each, and the time asked in their passage', async () => {
    await expectAnswers(suite.ctx, [
      ['When do the new parking rules in Lushnjë take effect?', `${PARKING}¶2`],
      ['When are the traders of Lushnjë planning to rally outside the town hall?', `${PARKING}¶4`],
    ]);
  });
});

describe('a count of one, written "vetëm një" ("only one"), where "një" alone is mostly "a"', () => {
  it('reads "vetëm një kuti" as a count of boxes, and "një kuti" as none', () => {
    expect(countsIn('Dërgojnë vetëm një kuti për farmaci.')).toEqual([{ nouns: ['kuti'], measure: false, amount: false, unread: false }]);
    expect(countsIn('They send only one box.')).toEqual([{ nouns: ['box'], measure: false, amount: false, unread: false }]);
    expect(countsIn('Dërgojnë një kuti për farmaci.')).toEqual([]);
  });

  it('answers "how many" of the thing it counts, though every other number counts something else ("14 farmaci")', async () => {
    await expectAnswers(suite.ctx, [['How many boxes a week do distributors send each pharmacy in Berat?', `${INSULIN}¶1`]]);
  });
});

describe('a speaker the paragraph introduces by role in apposition, whose words it then reports by name alone', () => {
  it('takes the words before the comma that opens the name for the speaker\'s, a name in quotation marks kept', () => {
    const earlier = 'Drejtori i “Via Nord”, Besnik Toska, i hodhi poshtë akuzat. Çdo dokument është publik.';
    expect(speakerWords('“Jemi gati”, tha Toska.', 'Çdo dokument është publik.', earlier)).toEqual(expect.arrayContaining(['Toska', 'Drejtori', 'Via', 'Nord']));
    // Not a name told of in passing, nor words in apposition to no one who speaks.
    expect(speakerWords('“Jemi gati”, tha Toska.', '', 'Besnik Toska vizitoi kantierin e rrugës.')).toEqual(['Toska']);
    expect(speakerWords('“Jemi gati”, tha Kola.', '', earlier)).toEqual(['Kola']);
  });

  it('answers what the role of the organisation said ("Çfarë tha drejtori i Via Nord…?")', async () => {
    await expectAnswers(suite.ctx, [['Çfarë tha drejtori i Via Nord për akuzat?', `${TENDER}¶2`]]);
  });

  it('still refuses what someone the article names but does not quote said (the founder)', async () => {
    const retrieval = await retrieve('Çfarë tha Arben Lami për akuzat e opozitës?');
    expect(retrieval.refusal).toBe('not-said');
  });
});
