/**
 * Answerable questions refused for a name said to be in no article while an article writes it in
 * another form, each on a small article of its own (none is in an eval set), next to the seed
 * article: the question is answered, and a name no article writes is still refused.
 */
import { describe, expect, it } from 'vitest';
import { topPassage as top, useContextOver } from '../helpers/core.js';

const TERMINAL = '2025-06-terminali-i-portit';

const suite = useContextOver({
  files: {
    [`${TERMINAL}.txt`]: [
      'date 2025-06',
      'Autoriteti Portual Durrës nënshkroi të hënën kontratën për terminalin e ri të tragetëve me një kompani kroate, e cila do ta ndërtojë për 14 muaj.',
      'Turistët sllovenë dhe boshnjakë janë rritur me një të tretën këtë verë, sipas drejtorit të portit.',
      'Punimet do të kushtojnë 9 milionë euro, të financuara nga një kredi e Bankës Botërore.',
    ].join('\n\n'),
  },
});

describe('an English adjective of nationality that the lexicon has only as its country', () => {
  it('finds the country\'s Albanian adjective in the article ("Croatian" → Croatia → "kroate")', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('How long will the Croatian company take to build the ferry terminal?');
    expect(retrieval.missingNames).toEqual([]);
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${TERMINAL}¶1`);
  });

  it('takes an adjective made in other ways than adding -n ("Slovenian" → Slovenia, "Bosnian" → Bosnia)', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('Are there more Slovenian and Bosnian tourists this summer?');
    expect(retrieval.missingNames).toEqual([]);
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${TERMINAL}¶2`);
  });

  it('still refuses the adjective of a country no article names ("Maltese" → Malta)', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('How long will the Maltese company take to build the ferry terminal?');
    expect(retrieval.refusal).toBe('missing-name');
    expect(retrieval.missingNames).toEqual(['Maltese']);
  });
});
