/** Questions in a third language: answered in English, with a note, searched by their names and numbers. */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/answer/reading.js';
import { t } from '../../src/i18n.js';
import { expectFaithful, useTestContext } from '../helpers/core.js';

const suite = useTestContext();

describe('readQuestion', () => {
  it('searches an Albanian or English question as asked, in its own language', () => {
    expect(readQuestion('Ku do të takohen Kim dhe Putin?')).toEqual({ search: 'Ku do të takohen Kim dhe Putin?', language: 'sq' });
    expect(readQuestion('Where will they meet?', 'sq')).toEqual({ search: 'Where will they meet?', language: 'sq' });
  });

  it('searches a question in another language by its names and numbers, to be answered in English with a note', () => {
    expect(readQuestion('Dove si incontreranno Kim e Putin nel 2023?')).toEqual({ search: 'Kim Putin 2023', language: 'en', notice: t('otherLanguage', 'en') });
    expect(readQuestion('Wo treffen sich Kim und Putin?', 'sq')).toMatchObject({ search: 'Kim Putin', language: 'sq', notice: t('otherLanguage', 'sq') });
  });
});

describe('answering a question in a third language (offline engine)', () => {
  it('answers an Italian question about Kim and Putin in English, from the passages about them, with a note', async () => {
    const answer = await suite.ctx.answerer.ask('Dove si incontreranno Kim e Putin?');
    const byNames = await suite.ctx.answerer.ask('Kim Putin');

    expect(answer).toMatchObject({ question: 'Dove si incontreranno Kim e Putin?', language: 'en', notice: t('otherLanguage', 'en') });
    expect(answer.text).not.toBe(t('notFound', 'sq'));
    expect(answer.citations).toEqual(byNames.citations);
    expectFaithful(answer, suite.ctx.articles);
  });

  it('says in English that the article does not say, with the note, when the names are not in it', async () => {
    const answer = await suite.ctx.answerer.ask('Cosa ha detto Angela Merkel?');

    expect(answer).toMatchObject({ found: false, language: 'en', text: t('notFound', 'en'), notice: t('otherLanguage', 'en') });
  });
});
