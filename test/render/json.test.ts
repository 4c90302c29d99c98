import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import { answerToJson, rejectionToJson } from '../../src/render/json.js';

const answer: Answer = {
  question: 'Ku?',
  language: 'sq',
  found: true,
  confidence: 'high',
  mode: 'extractive',
  text: 'Në Vladivostok [1].',
  citations: [{ marker: 1, articleId: 'a', paragraph: 2, quote: 'Vladivostok' }],
  article: { id: 'a', title: 'T' },
};

describe('rejectionToJson', () => {
  it('gives a rejected question the line shape of an answer: not found, no citations, the reason as the answer', () => {
    const line = rejectionToJson({ question: '😀', language: 'en', message: 'No words.', articleId: 'a', mode: 'llm' });

    expect(line).toEqual({ question: '😀', found: false, confidence: 'low', language: 'en', answer: 'No words.', citations: [], article: 'a', mode: 'llm' });
    expect(Object.keys(line)).toEqual(Object.keys(answerToJson(answer)));
  });
});
