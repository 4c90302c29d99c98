import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_LENGTH, validateQuestion } from '../../src/answer/question.js';
import { UserError } from '../../src/errors.js';
import { MESSAGES } from '../../src/i18n.js';

function rejection(raw: string): UserError {
  try {
    validateQuestion(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error(`accepted: ${JSON.stringify(raw.slice(0, 50))}`);
}

describe('validateQuestion', () => {
  it('returns the question trimmed, with runs of whitespace collapsed', () => {
    expect(validateQuestion('  Ku   do të\n\ttakohen?  ')).toBe('Ku do të takohen?');
  });

  it.each([
    ['a code fence', '```\nWhat did John Kirby say?\n```'],
    ['a code fence with a language tag', '```text\nWhat did John Kirby say?\n```'],
    ['a one-line code fence', '```What did John Kirby say?```'],
    ['inline code', '`What did John Kirby say?`'],
    ['bold, spoiler and strike-through marks', '**What** did ||John|| ~~Kirby~~ __say__?'],
    ['a quote mark', '> What did John Kirby say?'],
  ])('keeps the words of %s and drops its markdown', (_, raw) => {
    expect(validateQuestion(raw)).toBe('What did John Kirby say?');
  });

  it('keeps a word right after a fence on the same line, which is not a language tag', () => {
    expect(validateQuestion('```Kirby said what?\n```')).toBe('Kirby said what?');
  });

  it('removes zero-width characters inside words', () => {
    expect(validateQuestion('Ku do të tako\u200Bhen\u200D?\uFEFF')).toBe('Ku do të takohen?');
  });

  it('normalises decomposed letters to their composed form', () => {
    expect(validateQuestion('Çfarë'.normalize('NFD'))).toBe('Çfarë');
  });

  it.each(['', '   ', '\n\t ', '\u200B\u200B', '\uFEFF'])('rejects an empty question (%j) asking for one', (raw) => {
    const error = rejection(raw);
    expect(error.text).toEqual(MESSAGES.emptyQuestion);
    expect(error.message).toBe('Please type a question about the article.');
  });

  it(`accepts ${MAX_QUESTION_LENGTH} characters and rejects more, saying how long it was and the limit`, () => {
    expect(validateQuestion(`${'a'.repeat(MAX_QUESTION_LENGTH - 1)}?`)).toHaveLength(MAX_QUESTION_LENGTH);
    const error = rejection('a'.repeat(MAX_QUESTION_LENGTH + 1));
    expect(error.in('en')).toContain(`(${MAX_QUESTION_LENGTH + 1} characters)`);
    expect(error.in('en')).toContain(`under ${MAX_QUESTION_LENGTH} characters`);
  });

  it('rejects a 10,000-character question with both languages of the message filled in', () => {
    const error = rejection('Ku do të takohen? '.repeat(556).slice(0, 10_000));
    expect(error.in('en')).toContain('too long');
    expect(error.in('sq')).toContain('shumë e gjatë');
    expect(error.in('en')).not.toMatch(/\{\w+\}/);
  });

  it.each([
    ['emoji only', '😀🎉👍'],
    ['punctuation only', '?!... ---'],
    ['Discord mention and markdown only', '<@123456789012345678> **__**'],
    ['role/channel mentions and a custom emoji', '<@&123456789012345678> <#123456789012345678> <:wave:123456789012345678>'],
    ['a link only', 'https://example.com/article?id=3'],
    ['HTML tags only', '<b></b><br/>'],
    ['@everyone', '@everyone @here'],
  ])('rejects %s as having no words', (_, raw) => {
    expect(rejection(raw).text).toEqual(MESSAGES.noWords);
  });

  it.each([
    ['Cyrillic', 'Где встретятся Ким и Путин?'],
    ['Chinese', '金正恩和普京在哪里会面？'],
    ['Arabic', 'أين سيلتقي كيم وبوتين؟'],
    ['Greek', 'Πού θα συναντηθούν;'],
  ])('rejects a question in %s asking for Albanian or English', (_, raw) => {
    const error = rejection(raw);
    expect(error.text).toEqual(MESSAGES.unsupportedScript);
    expect(error.in('en')).toContain('Albanian or English');
    expect(error.in('sq')).toContain('shqip ose në anglisht');
  });

  it('removes invisible format characters: separators, bidi overrides and isolates', () => {
    expect(validateQuestion('\u202EÇfarë tha John Kir\u2063by?\u202C')).toBe('Çfarë tha John Kirby?');
    expect(validateQuestion('\u2066Ku do të takohen?\u2069')).toBe('Ku do të takohen?');
  });

  it('accepts a question that mixes Latin letters with another script or with emoji', () => {
    expect(validateQuestion('Путин Putin?')).toBe('Путин Putin?');
    expect(validateQuestion('Kim 🚆?')).toBe('Kim 🚆?');
  });

  it.each([
    ['a user mention', '<@123456789012345678> Ku do të takohen?'],
    ['a nickname mention', 'Ku do <@!123456789012345678> të takohen?'],
    ['@everyone and @here', '@everyone Ku do të takohen? @here'],
    ['a role and a channel mention', '<@&123456789012345678> Ku do të <#123456789012345678> takohen?'],
    ['a custom emoji', 'Ku do të takohen? <:wave:123456789012345678> <a:dance:123456789012345678>'],
    ['HTML tags and a code fence', '<b>Ku do të</b> ```takohen?```'],
    ['a link', 'Ku do të takohen? https://example.com/article?id=3'],
  ])('returns the question without %s, spaces collapsed', (_, raw) => {
    expect(validateQuestion(raw)).toBe('Ku do të takohen?');
  });

  it('accepts a question of digits only', () => {
    expect(validateQuestion('2022')).toBe('2022');
  });

  it('gives every rejection a different English and Albanian text', () => {
    for (const raw of ['', 'x'.repeat(600), '😀', 'Где?']) {
      const error = rejection(raw);
      expect(error.in('en')).not.toBe(error.in('sq'));
      expect(error.in('sq').length).toBeGreaterThan(10);
    }
  });
});
