import { describe, expect, it } from 'vitest';
import type { Summary } from '../../src/answer/types.js';
import { buttonIds, callback, expectNoPings, expectWithinLimits, fakeAnswerer, finalEdit, slash, useBotSuite } from '../discord/harness.js';

const suite = useBotSuite();

describe('/summary', () => {
  it.each([
    ['short', 3],
    ['detailed', 7],
    ['bullets', 5],
  ] as const)('defers and shows a %s summary with one [n] per point and its ¶ sources', async (length, points) => {
    const h = await suite.start();
    const { id, token } = slash(h.api, 'summary', { length });

    expect((await callback(h.api, id)).body.type).toBe(5);
    const edit = await finalEdit(h.api, token);

    const embed = edit.body.embeds![0]!;
    expect(embed.title).toBe(`Summary — ${suite.ctx.article.title}`);
    // Albanian sentences for an English reader are headed as quotes.
    const [heading, body, sources] = embed.description!.split('\n\n');
    expect(heading).toBe('*From the article (quoted in Albanian):*');
    expect(body!.match(/\[\d+\]/g)).toHaveLength(points);
    if (length === 'bullets') expect(body!.split('\n').every((line) => line.startsWith('• '))).toBe(true);
    else expect(body).not.toContain('• ');
    expect(sources).toMatch(/^\*\*Sources:\*\* \[1\] ¶\d+ · \[2\] ¶\d+/);
    expect(buttonIds(edit.body)).toEqual([]);
    expectWithinLimits(edit.body);
    expectNoPings(h.api);
  });

  it('is short by default and in Albanian when language:sq is chosen', async () => {
    const h = await suite.start();
    const { token } = slash(h.api, 'summary', { language: 'sq' });

    const embed = (await finalEdit(h.api, token)).body.embeds![0]!;

    expect(embed.title).toBe(`Përmbledhje — ${suite.ctx.article.title}`);
    expect(embed.description!.split('\n\n')[0]!.match(/\[\d+\]/g)).toHaveLength(3);
    expect(embed.description).not.toContain('Nga artikulli');
    expect(embed.description).toContain('**Burimet:**');
  });

  it('follows the user’s locale, not the word of the length choice, when no language is chosen', async () => {
    const h = await suite.start();
    const { token } = slash(h.api, 'summary', { length: 'detailed' }, { locale: 'sq' });

    expect((await finalEdit(h.api, token)).body.embeds![0]!.title).toBe(`Përmbledhje — ${suite.ctx.article.title}`);
  });

  it('offers up to three different suggested questions as buttons, and answers one like /ask when it is clicked', async () => {
    const suggestions = ['Who is Patricia Lewis?', `Why ${'really '.repeat(20)}?`, 'Who is Patricia Lewis?', 'What did John Kirby say?', 'What is Chatham House?', 'What did TASS report?'];
    const summarize = async (length: Summary['length'], language: Summary['language']) => ({
      ...(await suite.ctx.answerer.summarize(length, language)),
      suggestions,
    });
    const h = await suite.start({ answerer: fakeAnswerer(suite.ctx.extractive, { summarize }) });
    const { token } = slash(h.api, 'summary', { length: 'short' });
    const edit = await finalEdit(h.api, token);

    const buttons = edit.body.components!.flatMap((row) => row.components);
    expect(buttons.map((b) => b.label)).toEqual(['Who is Patricia Lewis?', 'What did John Kirby say?', 'What is Chatham House?']);
    expectWithinLimits(edit.body);

    const click = h.api.interactionCreate({ kind: 'button', customId: buttons[1]!.custom_id });
    expect((await callback(h.api, click.id)).body.type).toBe(5);
    const answer = await finalEdit(h.api, click.token);
    expect(answer.body.embeds![0]!.title).toBe('What did John Kirby say?');
    expect(answer.body.embeds![0]!.description).toContain('Kirby');
    expect(buttonIds(answer.body).some((b) => b.startsWith('source:en:'))).toBe(true);
  });
});
