/**
 * Near misses of a part: the question asks the figure of one place or time alone ("vetëm në Patos",
 * "in Roskovec alone"), and the article gives a total, or a figure beside a sentence naming the part among
 * others. Checked on a small article of its own, next to the seed, with the questions of the same shape it
 * still answers.
 */
import { describe, expect, it } from 'vitest';
import { useContextOver } from '../helpers/core.js';

const FIRES = '2025-08-zjarret-fier';

const suite = useContextOver({
  files: {
    [`${FIRES}.txt`]: [
      'date 2025-08',
      'Zjarret e korrikut dogjën gjithsej 2.400 hektarë pyje dhe kullota në qarkun e Fierit, njoftoi Mbrojtja Civile. Më të rëndat ishin vatrat në Divjakë.',
      'Vetëm në Patos u dogjën 300 hektarë ullishte. Flakët u përhapën më pas në Mallakastër dhe Roskovec. Atje u dogjën 900 hektarë kullota.',
      'Zjarrfikësit punuan 6 ditë pa pushim. Në Patos u dëmtuan 12 shtëpi.',
    ].join('\n\n'),
  },
});

describe('a figure asked of a part alone needs a sentence giving a figure of that kind and naming the part', () => {
  it.each([
    'Sa hektarë u dogjën vetëm në Divjakë?',
    'How many hectares burned in Divjaka alone?',
    'Sa hektarë u dogjën vetëm në Roskovec?',
    'How many hectares burned in Mallakastra alone?',
  ])('refuses "%s": the hectares are the county’s (its lead names the place in another sentence), or those of the places named together before them', async (question) => {
    const retrieval = await suite.ctx.retriever.retrieve(question);
    expect(retrieval.refusal).toBe('part-untold');
    expect(retrieval.passages[0]!.article.id).toBe(FIRES);
  });

  it.each([
    ['Sa hektarë u dogjën vetëm në Patos?', 2],
    ['How many hectares burned in Patos alone?', 2],
    ['Sa shtëpi u dëmtuan vetëm në Patos?', 3],
    ['How many hectares burned in the Fier county?', 1],
  ])('answers "%s": the sentence with the figure names the part', async (question, paragraph) => {
    const answer = await suite.ctx.answerer.ask(question);
    expect(answer.found).toBe(true);
    expect(answer.citations[0]).toMatchObject({ articleId: FIRES, paragraph });
  });
});
