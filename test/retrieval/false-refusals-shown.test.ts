/**
 * Answerable questions the engine refused though the passage it showed first answers them, each cause on small
 * articles of its own (none is in an eval set), next to the seed article: the question is answered, and one the
 * articles really do not answer is still refused.
 */
import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../src/retrieval/query.js';
import { expectAnswers, useContextOver } from '../helpers/core.js';

const BRIDGE = '2025-09-ura-mbi-osum';
const PORT = '2025-11-porti-i-shengjinit';
const VISITORS = '2025-08-vizitoret-ne-gjirokaster';
const FORUM = '2025-05-forumi-i-biznesit';
const BURSARIES = '2025-03-bursat-e-infermierise';
const MARKET = '2025-07-tregu-i-peshkut-ne-durres';

const suite = useContextOver({
  files: {
    [`${BRIDGE}.txt`]: [
      'date 2025-09',
      'Ura e re mbi Osum në Berat do të ndërtohet nga dy kontraktorët fitues të tenderit, Alba Invest dhe Teknoplan, që ofruan 3,1 milionë euro.',
      'Projekti i urës u hartua nga një studio vendase dhe u miratua në qershor nga kryetari Andi Koçi.',
    ].join('\n\n'),
    [`${VISITORS}.txt`]: [
      'date 2025-08',
      'Gjirokastra pret më shumë vizitorë të huaj se kurrë. Turistët italianë përbëjnë 40 për qind të tyre, sipas zyrës së turizmit.',
      'Turistët e huaj tani qëndrojnë më shumë ditë në qytet.',
    ].join('\n\n'),
    [`${FORUM}.txt`]: [
      'date 2025-05',
      'Në Durrës u mbajt forumi i biznesit mes Shqipërisë dhe Italisë.',
      'Sipas ekspertes Mira Gjika, marrëdhëniet tregtare mes dy vendeve janë më të mira se kurrë, por investimet mbeten të pakta.',
      'Bizneset shqiptare kërkojnë më shumë kredi nga bankat.',
    ].join('\n\n'),
    [`${BURSARIES}.txt`]: [
      'date 2025-03',
      'Studentët e infermierisë që marrin bursë nga shteti duhet të punojnë në Shqipëri për pesë vjet pas diplomimit.',
      'Në Shqipëri mungojnë rreth 3 000 infermierë.',
      'Shumë infermierë largohen nga Shqipëria çdo vit.',
      'Pagat e infermierëve në Shqipëri janë të ulëta.',
      'Spitalet e Shqipërisë kërkojnë staf të ri.',
    ].join('\n\n'),
    [`${MARKET}.txt`]: [
      'date 2025-07',
      'Bashkia e Durrësit propozoi që shitësit e peshkut të zhvendosen në tregun e ri pranë stacionit të trenit.',
    ].join('\n\n'),
    [`${PORT}.txt`]: [
      'date 2025-11',
      'Porti i Shëngjinit do të zgjerohet me një kalatë të re për anijet e mallrave.',
      'Drejtori i portit, Ilir Gjeka, e prezantoi projektin para gazetarëve. “Kalata e re do të presë anije deri në 200 metra. Punimet nisin në pranverë dhe zgjasin dy vjet”, tha ai.',
    ].join('\n\n'),
  },
});

describe('a question asking which company or body by its own noun ("Cilët kontraktorë…?", "Which contractor…?")', () => {
  it('is answered by a passage calling the names it gives by that noun, though the kind\'s cue words are not in it', async () => {
    await expectAnswers(suite.ctx, [
      ['Cilët kontraktorë do ta ndërtojnë urën mbi Osum?', `${BRIDGE}¶1`],
      ['Which contractor will build the bridge over the Osum?', `${BRIDGE}¶1`],
    ]);
  });

  it('is still refused where the passages give a name and call nothing by that noun ("Cili arkitekt…?" of a studio and a mayor)', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('Cili arkitekt e hartoi projektin e urës mbi Osum?');
    expect(retrieval.refusal).toBe('unnamed-organisation');
  });
});

describe('a quotation of several sentences followed by a pronoun ("“…. …”, tha ai")', () => {
  it('is the words of whom the sentence before the quotation names, and "What did X say?" is answered', async () => {
    await expectAnswers(suite.ctx, [
      ['What did port director Gjeka say?', `${PORT}¶2`],
      ['Çfarë tha Gjeka për kalatën?', `${PORT}¶2`],
    ]);
  });

  it('is no one else\'s: a name the quotation\'s paragraph does not give still speaks nowhere', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('What did mayor Andi Koçi say about the port?');
    expect(retrieval.refusal).toBe('not-said');
  });
});

describe('a unit of a figure question that dates it ("these days", "ditën e parë", "day one")', () => {
  it('is not the unit it counts in, and the figure is answered without it', async () => {
    expect(analyzeQuery('What percentage of the visitors come from Italy these days?').answerUnits).toBeUndefined();
    expect(analyzeQuery('Sa makina kaluan kufirin ditën e parë?').answerUnits).toBeUndefined();
    await expectAnswers(suite.ctx, [['What percentage of the visitors come from Italy these days?', `${VISITORS}¶1`]]);
  });

  it('is the unit counted after the asking words, and a passage giving none in it is still refused ("How many days…?")', async () => {
    expect(analyzeQuery('How many days do the Italian tourists stay in Gjirokastër?').answerUnits).toEqual(['days']);
    const retrieval = await suite.ctx.retriever.retrieve('How many days do the Italian tourists stay in Gjirokastër?');
    expect(retrieval.refusal).toBe('missing-answer-kind');
  });
});

describe('a compound written with a hyphen ("italo-shqiptare"), one half of which no article has', () => {
  it('is no proof of absence: the articles write it otherwise ("mes Shqipërisë dhe Italisë"), and the question is answered', async () => {
    await expectAnswers(suite.ctx, [['Çfarë thotë eksperta për luftën tregtare italo-shqiptare?', `${FORUM}¶2`]]);
  });

  it('is a word of its own when written apart, and its absence still refuses the question', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('Çfarë thotë eksperta për luftën tregtare italo shqiptare?');
    expect(retrieval.refusal).toBe('not-together');
  });
});

describe('an English past participle the lexicon knows only as a noun ("tied" of "be tied to", "barred")', () => {
  it('is a verb, which questions paraphrase, not a thing the passage must name, and the question is answered', async () => {
    const kinds = analyzeQuery('Would graduates be tied to working in Albania?').concepts.map((c) => [c.source, c.kind]);
    expect(kinds).toContainEqual(['tied', 'verb']);
    await expectAnswers(suite.ctx, [['Would graduates be tied to working in Albania?', `${BURSARIES}¶1`]]);
  });

  it('is the noun when the question writes the noun, or a word the lexicon keys as written ("tie", "bed")', () => {
    const kinds = analyzeQuery('Did the ministers wear a tie in the bed shop?').concepts.map((c) => [c.source, c.kind]);
    expect(kinds).toContainEqual(['tie', 'noun']);
    expect(kinds).toContainEqual(['bed', 'noun']);
  });
});

describe('an Albanian question most of whose words no article has, when those are verbs ("Ku duan t\'i çojnë shitësit?": "duan", want)', () => {
  it('is not one nothing is found for while its things are in the articles, and is answered', async () => {
    await expectAnswers(suite.ctx, [["Ku duan t'i çojnë shitësit?", `${MARKET}¶1`]]);
  });

  it('still finds nothing when the words no article has are things ("Ku duan t\'i çojnë kamionët e akullores?")', async () => {
    const retrieval = await suite.ctx.retriever.retrieve("Ku duan t'i çojnë kamionët e akullores?");
    expect(retrieval.refusal).toBe('nothing-found');
  });
});
