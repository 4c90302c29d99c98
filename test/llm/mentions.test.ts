/** Model output is neutralised like user input: no mention syntax in answers, previews, translations or summaries. */
import { describe, expect, it } from 'vitest';
import { documentWith, firstSentence, useLlmSuite } from './helpers.js';

const suite = useLlmSuite();

const PINGS = /@everyone|@here|<@&?!?\d+>|<#\d+>/;
const TRAIN_QUOTE = 'me gjasë me një tren të blinduar';

describe('mentions in model output', () => {
  it('takes @everyone, @here, role, user and channel mentions out of the answer, its previews and its translations, keeping quotes verbatim', async () => {
    suite.api.enqueue((request) => {
      const d = documentWith(request, TRAIN_QUOTE);
      return {
        json: {
          found: true,
          answer: `@everyone Kim will travel <@&1000000000000000101> by armoured train <@1000000000000000300> @here [${d.id}] <#1000000000000000200>.`,
          citations: [{ document: d.id, quote: TRAIN_QUOTE, translation: 'probably on an @everyone armoured train <@!1000000000000000300>' }],
        },
      };
    });
    const previews: string[] = [];

    const answer = await suite.ctx.answerer.ask('How will Kim travel?', { onPartial: (text) => previews.push(text) });

    expect(answer.mode).toBe('llm');
    expect(answer.text).toBe('Kim will travel by armoured train [1].');
    expect(answer.citations[0]).toMatchObject({ quote: TRAIN_QUOTE, translation: 'probably on an armoured train' });
    expect(previews.length).toBeGreaterThan(0);
    for (const preview of previews) expect(preview).not.toMatch(PINGS);
  });

  it('takes mentions out of summary points and suggested questions', async () => {
    suite.api.enqueue((request) => {
      const d = documentWith(request, '');
      return {
        json: {
          points: [`@everyone the article says this <@&1000000000000000101> [${d.id}].`],
          citations: [{ document: d.id, quote: firstSentence(d.text), translation: null }],
          suggestions: ['@here Kur do të takohen <@1000000000000000300>?'],
        },
      };
    });

    const summary = await suite.ctx.answerer.summarize('short', 'sq');

    expect(summary.mode).toBe('llm');
    expect(JSON.stringify(summary)).not.toMatch(PINGS);
    expect(summary.suggestions).toEqual(['Kur do të takohen?']);
  });
});
