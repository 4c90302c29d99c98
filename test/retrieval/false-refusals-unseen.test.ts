/**
 * Answerable questions refused on articles the engine had never seen (round 3), each cause on small articles of its
 * own (none is in an eval set), next to the seed article: the question is answered, and a question the articles
 * really do not answer is still refused.
 */
import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../src/retrieval/query.js';
import { expectAnswers, useContextOver } from '../helpers/core.js';

const FESTIVAL = '2025-09-festivali-i-filmit-shkoder';

const suite = useContextOver({
  files: {
    [`${FESTIVAL}.txt`]: [
      'date 2025-09',
      'Festivali i filmit në Shkodër u mbyll të dielën në kinemanë “Rozafa”.',
      'Çmimi i madh i festivalit shkoi te regjisorja Mira Kelmendi për filmin “Bregu”. Çmimin e biletave e caktoi drejtori i festivalit, Arben Hoxha.',
      'Filmat u shfaqën në tri salla, dhe shumica e shfaqjeve u shitën të gjitha.',
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
