/**
 * The near-miss rules over an English article: its days ("Sept. 5"), sums ("45 euros") and verbs
 * of speech ("announced", "claimed", "warned") answer the questions that ask for them, as the
 * Albanian ones do in near-misses.test.ts, and what it does not say is still refused.
 */
import { describe, expect, it } from 'vitest';
import { expectFaithful, useContextOver } from '../helpers/core.js';

const FERRY = '2025-04-ferry-vlore';

const suite = useContextOver({
  files: {
    [`${FERRY}.txt`]: [
      'date 2025-04',
      '',
      'A new ferry line between Vlorë and Brindisi will start on Sept. 5, the Ministry of Infrastructure announced on Monday.',
      '',
      'A one-way ticket will cost 45 euros for adults, while children under 12 travel for 20 euros, the operator Adria Lines said.',
      '',
      '“This line will bring thousands of Italian tourists to the south,” Mayor Ervin Demo told reporters at the port.',
      '',
      'The ferry has room for 800 passengers and 200 cars. Last year 120 fishermen paid fines for fishing in the port area.',
      '',
      'Critics warned that the port of Vlorë is too small for larger ships. Environmental group EcoAlbania claimed the works damaged the Narta lagoon.',
      '',
      '“The first tickets sold out in two days,” a port official said on Tuesday.',
      '',
      'Port director Ilir Hoxha showed reporters the new passenger terminal. “We are ready for the summer season,” he said.',
    ].join('\n'),
  },
});

describe('the near-miss rules over an English article', () => {
  it.each([
    ['What did the Ministry of Infrastructure announce?', 1],
    ['On what date will the ferry line start?', 1],
    ['How much does a ticket cost?', 2],
    ['How many fishermen paid fines?', 4],
    ['What did EcoAlbania claim about the works?', 5],
    ['What did the critics warn about?', 5],
  ])('answers "%s"', async (question, paragraph) => {
    const answer = await suite.ctx.answerer.ask(question);
    expect(answer.found).toBe(true);
    expect(answer.citations[0]).toMatchObject({ articleId: FERRY, paragraph });
    expectFaithful(answer, suite.ctx.articles);
  });

  it('refuses a name the article does not give: a quotation is no name, though it starts with a capital', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('What is the name of the port official who spoke about the tickets?');
    expect(retrieval.refusal).toBe('missing-answer-kind');
    expect(retrieval.passages[0]).toMatchObject({ article: { id: FERRY }, paragraph: { number: 6 } });
  });

  it('answers what someone said when the sentence that quotes them names them by a pronoun ("…,” he said)', async () => {
    const answer = await suite.ctx.answerer.ask('What did Ilir Hoxha say about the summer season?');
    expect(answer.found).toBe(true);
    expect(answer.citations[0]).toMatchObject({ articleId: FERRY, paragraph: 7 });
  });

  it('still refuses what someone only mentioned said ("Italian tourists" is in the mayor’s words)', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('What did Italy say about the tourists?');
    expect(retrieval.refusal).toBe('not-said');
  });
});
