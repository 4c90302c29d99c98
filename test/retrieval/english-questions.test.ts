/**
 * English questions the engine once refused or misread, by category of English wording, each on
 * small articles of their own (none is in an eval set), next to the seed article: the question is
 * answered from the passage that says it, and a question the articles do not answer is still refused.
 */
import { describe, expect, it } from 'vitest';
import { expectFaithful, useContextOver } from '../helpers/core.js';

const DRILL = '2025-05-stervitja-shkolla-lushnje';

const suite = useContextOver({
  files: {
    [`${DRILL}.txt`]: [
      'date 2025-05',
      'Shkolla “Naim Frashëri” në Lushnjë zhvilloi një stërvitje kundër zjarrit. Kur ra alarmi, nxënësit dolën me radhë në oborrin e shkollës, larg ndërtesës.',
      'Drejtoresha e shkollës tha se stërvitja do të përsëritet, por nuk tha se kur.',
    ].join('\n\n'),
  },
});

async function retrieve(question: string) {
  return suite.ctx.retriever.retrieve(question);
}

/** The best passage as `article¶n`. */
function top(retrieval: Awaited<ReturnType<typeof retrieve>>): string {
  return `${retrieval.passages[0]!.article.id}¶${retrieval.passages[0]!.paragraph.number}`;
}

describe('a question word inside the question, after the one that opens it', () => {
  it('starts a clause and asks no kind of answer ("What did the pupils do when the alarm rang?" asks no time)', async () => {
    const retrieval = await retrieve('What did the pupils do when the alarm rang?');
    expect(retrieval.query.answerEvidence).toBeUndefined();
    expect(retrieval.refusal).toBeUndefined();
    expect(top(retrieval)).toBe(`${DRILL}¶1`);
    const answer = await suite.ctx.answerer.ask('What did the pupils do when the alarm rang?');
    expect(answer.found).toBe(true);
    expectFaithful(answer, suite.ctx.articles);
  });

  it('still asks a time when it opens the question, so an article that gives none does not answer ("When will the drill be repeated?")', async () => {
    const retrieval = await retrieve('When will the drill be repeated?');
    expect(retrieval.refusal).toBe('missing-answer-kind');
  });

  it('still asks when a conjunction joins a second question ("What did the pupils do, and when will the drill be repeated?")', async () => {
    const retrieval = await retrieve('What did the pupils do, and when will the drill be repeated?');
    expect(retrieval.query.answerEvidence?.source).toBe('time');
  });
});
