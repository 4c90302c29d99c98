import { ButtonStyle } from 'discord.js';
import type { Citation } from '../answer/types.js';
import type { Language } from '../errors.js';
import { ANSWER_ID, type Vote } from '../feedback/store.js';
import { t } from '../i18n.js';
import type { Button } from './respond.js';

/**
 * Buttons carry everything their click needs in their custom id (`kind:language:…`), so a click
 * works without server-side state, even after a restart. Discord caps custom ids at 100 characters.
 * A source names its article by position in the bot's article list: an id could be too long.
 */
export type ButtonAction =
  | { kind: 'source'; language: Language; marker: number; paragraph: number; articleIndex: number }
  | { kind: 'ask'; language: Language; question: string }
  | { kind: 'new'; language: Language }
  | { kind: 'vote'; language: Language; vote: Vote; answerId: string };

const MAX_CUSTOM_ID = 100;

/** The custom id of a button that performs `action`; {@link decodeButton} reads it back. */
export function encodeButton(action: ButtonAction): string {
  switch (action.kind) {
    case 'source':
      // The marker keeps ids unique when two citations quote the same paragraph (Discord rejects duplicates).
      return `source:${action.language}:${action.marker}:${action.paragraph}:${action.articleIndex}`;
    case 'ask':
      return `ask:${action.language}:${action.question}`;
    case 'new':
      return `new:${action.language}`;
    case 'vote':
      return `vote:${action.language}:${action.vote}:${action.answerId}`;
  }
}

/** The action of a button this bot made, or undefined for anything else. */
export function decodeButton(customId: string): ButtonAction | undefined {
  const [kind, language, ...rest] = customId.split(':');
  if (language !== 'en' && language !== 'sq') return undefined;
  if (kind === 'new') return { kind, language };
  if (kind === 'ask' && rest.join(':')) return { kind, language, question: rest.join(':') };
  if (kind === 'vote' && rest.length === 2 && (rest[0] === 'up' || rest[0] === 'down') && ANSWER_ID.test(rest[1]!)) {
    return { kind, language, vote: rest[0], answerId: rest[1]! };
  }
  if (kind === 'source' && rest.length === 3 && rest.every((n) => /^\d+$/.test(n))) {
    const [marker, paragraph, articleIndex] = rest.map(Number) as [number, number, number];
    return { kind, language, marker, paragraph, articleIndex };
  }
  return undefined;
}

/** "Show source [n]": replies privately with the cited paragraph in full; `articleIndex` is the cited article's position in the bot's list. */
export function sourceButton(citation: Citation, articleIndex: number, language: Language): Button {
  const { marker, paragraph } = citation;
  return { customId: encodeButton({ kind: 'source', language, marker, paragraph, articleIndex }), label: t('showSource', language, { marker }) };
}

/** A suggested follow-up question, answered like `/ask` when clicked; undefined if it is too long for a custom id. */
export function suggestionButton(question: string, language: Language): Button | undefined {
  const customId = encodeButton({ kind: 'ask', language, question });
  return customId.length <= MAX_CUSTOM_ID ? { customId, label: question, style: ButtonStyle.Primary } : undefined;
}

/** 👍 and 👎 under an answer: `answerId` is the id its feedback was stored under. */
export function voteButtons(answerId: string, language: Language): Button[] {
  return (['up', 'down'] as const).map((vote) => ({
    customId: encodeButton({ kind: 'vote', language, vote, answerId }),
    emoji: vote === 'up' ? '👍' : '👎',
  }));
}

/** "New question": forgets the conversation the answer belongs to. */
export function newQuestionButton(language: Language): Button {
  return { customId: encodeButton({ kind: 'new', language }), label: t('newQuestion', language) };
}
