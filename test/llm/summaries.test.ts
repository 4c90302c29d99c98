import { describe, expect, it } from 'vitest';
import { isValidCitation } from '../../src/answer/verify.js';
import { t } from '../../src/i18n.js';
import type { RecordedChatRequest } from '../fixtures/openai-api.js';
import { answererWith, documentsOf, firstSentence, systemPromptOf, useLlmSuite } from './helpers.js';

const suite = useLlmSuite();

/** A model that summarises faithfully: one point per document (up to four), quoting its first sentence. */
function faithfulSummary(request: RecordedChatRequest) {
  const documents = documentsOf(request).slice(0, 4);
  return {
    json: {
      points: documents.map((d) => `Paragraph ${d.paragraph} says something [${d.id}].`),
      citations: documents.map((d) => ({ document: d.id, quote: firstSentence(d.text), translation: null })),
      suggestions: ['Kur do të takohen?', 'Çfarë armësh kërkon Rusia?', 'Kush është Patricia Lewis?'],
    },
  };
}

describe('LLM summaries', () => {
  it('sends the whole article as numbered paragraphs and shows only checked points, renumbered, with three suggestions', async () => {
    const p = (n: number) => suite.ctx.article.paragraphs[n - 1]!;
    suite.api.enqueue({
      json: {
        points: [
          'Kremlini nuk komentoi raportin e New York Times [1].',
          'Kim do të udhëtojë me tren të blinduar [2][13].',
          'Putin do të vizitojë Pekinin në tetor [5].',
          '• Patricia Lewis thotë se takimi ka disa objektiva [6].',
        ],
        citations: [
          { document: 1, quote: p(1).sentences[0]!.text, translation: null },
          { document: 2, quote: 'me gjasë me një tren të blinduar', translation: null },
          { document: 13, quote: 'Kim do të udhëtojë me tren.', translation: null },
          { document: 5, quote: 'Putin do të vizitojë Pekinin në tetor.', translation: null },
          { document: 6, quote: 'në takim synohen një sërë objektivash', translation: null },
        ],
        suggestions: ['Kur do të takohen?', 'Çfarë armësh kërkon Rusia? [5]', 'Kush është Patricia Lewis?', 'Një e katërt?'],
      },
    });

    const summary = await suite.ctx.answerer.summarize('bullets', 'sq');

    expect(summary).toMatchObject({
      mode: 'llm',
      length: 'bullets',
      language: 'sq',
      points: [
        { text: 'Kremlini nuk komentoi raportin e New York Times.', markers: [1] },
        { text: 'Kim do të udhëtojë me tren të blinduar.', markers: [2] },
        { text: 'Patricia Lewis thotë se takimi ka disa objektiva.', markers: [3] },
      ],
      suggestions: ['Kur do të takohen?', 'Çfarë armësh kërkon Rusia?', 'Kush është Patricia Lewis?'],
    });
    expect(summary.notice).toBeUndefined();
    expect(summary.citations.map((c) => [c.marker, c.paragraph])).toEqual([
      [1, 1],
      [2, 2],
      [3, 6],
    ]);
    for (const citation of summary.citations) expect(isValidCitation(citation, suite.ctx.articles)).toBe(true);
    const request = suite.api.lastChatRequest()!;
    expect(suite.api.chatRequests()).toHaveLength(1);
    expect(documentsOf(request)).toEqual(suite.ctx.article.paragraphs.map((para) => ({ id: para.number, paragraph: para.number, text: para.text })));
    expect(request.body.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'grounded_summary' } });
    expect(systemPromptOf(request)).toContain('four to six bullet points');
  });

  it('summarises an article over the budget by map-reduce: groups first, then the final summary from their verified quotes', async () => {
    const budget = 2_000;
    const answerer = answererWith(suite.ctx, suite.api, suite.logs.logger, {}, budget);
    suite.api.setDefaultReply(faithfulSummary);

    const summary = await answerer.summarize('short', 'en');

    const requests = suite.api.chatRequests();
    const maps = requests.slice(0, -1);
    const reduce = requests.at(-1)!;
    expect(maps.length).toBeGreaterThan(1);
    for (const map of maps) {
      const documents = documentsOf(map);
      expect(documents.length === 1 || documents.reduce((sum, d) => sum + d.text.length, 0) <= budget).toBe(true);
    }
    expect(maps.flatMap((m) => documentsOf(m).map((d) => d.paragraph))).toEqual(suite.ctx.article.paragraphs.map((p) => p.number));
    // The reduce step sees only the sentences the map step quoted, under their paragraph numbers.
    for (const d of documentsOf(reduce)) {
      expect(d.id).toBe(d.paragraph);
      expect(suite.ctx.article.paragraphs[d.paragraph - 1]!.sentences.map((s) => s.text)).toContain(d.text);
    }
    expect(systemPromptOf(reduce)).toContain('two or three sentences');
    expect(summary.mode).toBe('llm');
    expect(summary.points.length).toBeGreaterThan(0);
    for (const citation of summary.citations) expect(isValidCitation(citation, suite.ctx.articles)).toBe(true);
  });

  it('falls back to the extractive summary with a notice when the model fails or cannot be verified', async () => {
    const extractive = await suite.ctx.extractive.summarize('short', 'en');
    suite.api.enqueue({ status: 500 }, { content: 'A lovely summary without any JSON.' });

    expect(await suite.ctx.answerer.summarize('short', 'en')).toEqual({ ...extractive, notice: t('llmFallback', 'en') });
    expect(await suite.ctx.answerer.summarize('short', 'en')).toEqual({ ...extractive, notice: t('llmUnchecked', 'en') });
  });
});
