import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Turn } from '../../src/answer/answerer.js';
import { CONDENSE_INSTRUCTIONS } from '../../src/llm/prompts.js';
import { lastUserText, type RecordedChatRequest } from '../fixtures/openai-api.js';
import { documentWith, systemPromptOf, useLlmSuite } from './helpers.js';

const HISTORY: Turn[] = [
  { question: 'Ku do të takohet Kim Jong Un me Putinin?', answer: 'Në Vladivostok, një qytet port në Paqësor [1].' },
];
const FOLLOW_UP = 'Po si do të udhëtojë ai deri atje?';
const STANDALONE = 'Si do të udhëtojë Kim Jong Un deri në Vladivostok?';

const suite = useLlmSuite();
beforeEach(() => {
  vi.restoreAllMocks();
});

const trainAnswer = (request: RecordedChatRequest) => {
  const d = documentWith(request, 'tren të blinduar');
  return { json: { found: true, answer: `Me tren të blinduar [${d.id}].`, citations: [{ document: d.id, quote: 'me gjasë me një tren të blinduar', translation: null }] } };
};

describe('follow-up questions', () => {
  it('condenses a follow-up with the recent turns into a standalone question before retrieval', async () => {
    const retrieve = vi.spyOn(suite.ctx.retriever, 'retrieve');
    suite.api.enqueue({ content: `"${STANDALONE}"\n` }, trainAnswer);

    const answer = await suite.ctx.answerer.ask(FOLLOW_UP, { history: HISTORY });

    expect(retrieve).toHaveBeenCalledTimes(1);
    expect(retrieve).toHaveBeenCalledWith(STANDALONE);
    const [condense, answerRequest] = suite.api.chatRequests();
    expect(systemPromptOf(condense!)).toBe(CONDENSE_INSTRUCTIONS);
    expect(lastUserText(condense!)).toContain(`Question: ${HISTORY[0]!.question}`);
    expect(lastUserText(condense!)).toContain('Answer: Në Vladivostok, një qytet port në Paqësor.');
    expect(lastUserText(condense!)).toContain(`<follow-up>\n${FOLLOW_UP}\n</follow-up>`);
    expect(lastUserText(answerRequest!)).toContain(`<question>\n${STANDALONE}\n</question>`);
    // The user asked the follow-up: that is the question the answer is to.
    expect(answer).toMatchObject({ mode: 'llm', question: FOLLOW_UP, text: 'Me tren të blinduar [1].' });
  });

  it('retrieves with the follow-up as asked when condensing fails', async () => {
    const retrieve = vi.spyOn(suite.ctx.retriever, 'retrieve');
    suite.api.enqueue({ status: 500 }, trainAnswer);

    const answer = await suite.ctx.answerer.ask(FOLLOW_UP, { history: HISTORY });

    expect(retrieve).toHaveBeenCalledWith(FOLLOW_UP);
    expect(answer.mode).toBe('llm');
    expect(suite.logs.lines.some((l) => l.includes('could not condense the follow-up'))).toBe(true);
  });

  it('does not call the model to condense a first question', async () => {
    suite.api.enqueue(trainAnswer);
    await suite.ctx.answerer.ask(FOLLOW_UP, { history: [] });
    expect(suite.api.chatRequests()).toHaveLength(1);
  });
});
