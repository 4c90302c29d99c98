/** A question in a third language reaches the model whole, to be answered in English from the passages about its names. */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n.js';
import { lastUserText } from '../fixtures/openai-api.js';
import { documentsOf, documentWith, systemPromptOf, useLlmSuite } from './helpers.js';

const suite = useLlmSuite();

const TRAIN_QUOTE = 'me gjasë me një tren të blinduar';

describe('a question in a third language', () => {
  it('asks the model for an English answer to the question as written, from the passages about its names, and adds the note', async () => {
    suite.api.enqueue((request) => {
      const d = documentWith(request, TRAIN_QUOTE);
      return { json: { found: true, answer: `By armoured train [${d.id}].`, citations: [{ document: d.id, quote: TRAIN_QUOTE, translation: 'probably on an armoured train' }] } };
    });

    const answer = await suite.ctx.answerer.ask('Con quale treno viaggerà Kim?');

    const request = suite.api.lastChatRequest()!;
    expect(systemPromptOf(request)).toContain('Write in English.');
    expect(lastUserText(request)).toContain('Con quale treno viaggerà Kim?');
    expect(documentsOf(request).some((d) => d.text.includes('Kim'))).toBe(true);
    expect(answer).toMatchObject({ mode: 'llm', language: 'en', text: 'By armoured train [1].', notice: t('otherLanguage', 'en') });
  });
});
