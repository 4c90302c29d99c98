/**
 * What the model is shown: the whole article when it fits, so that a model that answers correctly
 * from its documents never has to say "not found" for a question the article answers.
 */
import { describe, expect, it } from 'vitest';
import { loadEvalSet } from '../../src/eval/evaluate.js';
import { documentsFor } from '../../src/llm/llm-answerer.js';
import type { RecordedChatRequest } from '../fixtures/openai-api.js';
import { DEV_QUESTIONS, REPO_ROOT } from '../helpers/core.js';
import { answererWith, documentsOf, firstSentence, useLlmSuite } from './helpers.js';
import { join } from 'node:path';

const suite = useLlmSuite();

/** Answerable questions of the dev and paraphrase sets, with the ¶ numbers that answer them. */
const answerable = [...loadEvalSet(DEV_QUESTIONS), ...loadEvalSet(join(REPO_ROOT, 'eval', 'paraphrase-questions.json'))].filter(
  (q) => q.paragraphs.length > 0,
);

/**
 * A model that always answers correctly from the documents it is given: it cites the first
 * sentence of a gold paragraph when one is among its documents, and says "not found" otherwise.
 */
function oracle(gold: readonly number[]) {
  return (request: RecordedChatRequest) => {
    const d = documentsOf(request).find((doc) => gold.includes(doc.paragraph));
    if (!d) return { json: { found: false, answer: '', citations: [] } };
    const quote = firstSentence(d.text);
    return { json: { found: true, answer: `${quote} [${d.id}]`, citations: [{ document: d.id, quote, translation: null }] } };
  };
}

describe('the documents an LLM answer is written from', () => {
  it('are the whole article, in order, when it fits the budget', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('Who is John Kirby?');
    expect(documentsFor(retrieval, 12_000).map((d) => [d.id, d.paragraph.number])).toEqual(suite.ctx.article.paragraphs.map((p, i) => [i + 1, p.number]));
  });

  it('are the best passages, best first, up to the budget, when the article does not fit', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('Who is John Kirby?');
    const budget = retrieval.passages[0]!.paragraph.text.length + retrieval.passages[1]!.paragraph.text.length;
    expect(documentsFor(retrieval, budget).map((d) => d.paragraph.number)).toEqual(retrieval.passages.slice(0, 2).map((p) => p.paragraph.number));
  });

  it('always include the best passage, however small the budget', async () => {
    const retrieval = await suite.ctx.retriever.retrieve('Who is John Kirby?');
    expect(documentsFor(retrieval, 1).map((d) => d.paragraph.number)).toEqual([retrieval.passages[0]!.paragraph.number]);
  });

  it(`never come back "not found" from a model that answers correctly from them (${answerable.length} answerable dev and paraphrase questions)`, async () => {
    const notFound: string[] = [];
    for (const question of answerable) {
      suite.api.enqueue(oracle(question.paragraphs));
      const answer = await suite.ctx.answerer.ask(question.q);
      if (!answer.found || answer.mode !== 'llm') notFound.push(question.q);
    }
    expect(notFound).toEqual([]);
  });

  it('would miss an answer ranked below the top passage if only the top passage were sent', async () => {
    const misranked = [];
    for (const question of answerable) {
      const retrieval = await suite.ctx.retriever.retrieve(question.q);
      if (!question.paragraphs.includes(retrieval.passages[0]!.paragraph.number)) misranked.push(question);
    }
    expect(misranked.length).toBeGreaterThan(0);
    const question = misranked[0]!;
    const topOnly = answererWith(suite.ctx, suite.api, suite.logs.logger, {}, undefined, 1);
    suite.api.enqueue(oracle(question.paragraphs), oracle(question.paragraphs));
    expect((await topOnly.ask(question.q)).found).toBe(false);
    expect((await suite.ctx.answerer.ask(question.q)).found).toBe(true);
  });
});
