import { ButtonStyle } from 'discord.js';
import type { Citation } from '../answer/types.js';
import type { Language } from '../errors.js';
import { t } from '../i18n.js';
import type { Button } from './respond.js';

/**
 * Buttons carry everything their click needs in their custom id (`kind:language:…`), so a click
 * works without server-side state, even after a restart. Discord caps custom ids at 100 characters.
 */
export type ButtonAction =
  | { kind: 'source'; language: Language; marker: number; paragraph: number; articleId: string }
  | { kind: 'ask'; language: Language; question: string }
  | { kind: 'new'; language: Language };

const MAX_CUSTOM_ID = 100;

export function encodeButton(action: ButtonAction): string {
  switch (action.kind) {
    case 'source':
      // The marker keeps ids unique when two citations quote the same paragraph (Discord rejects duplicates).
      return `source:${action.language}:${action.marker}:${action.paragraph}:${action.articleId}`.slice(0, MAX_CUSTOM_ID);
    case 'ask':
      return `ask:${action.language}:${action.question}`;
    case 'new':
      return `new:${action.language}`;
  }
}

/** The action of a button this bot made, or undefined for anything else. */
export function decodeButton(customId: string): ButtonAction | undefined {
  const [kind, language, ...rest] = customId.split(':');
  if (language !== 'en' && language !== 'sq') return undefined;
  if (kind === 'new') return { kind, language };
  if (kind === 'ask' && rest.join(':')) return { kind, language, question: rest.join(':') };
  const [marker, paragraph, ...articleId] = rest;
  if (kind === 'source' && /^\d+$/.test(marker ?? '') && /^\d+$/.test(paragraph ?? '')) {
    return { kind, language, marker: Number(marker), paragraph: Number(paragraph), articleId: articleId.join(':') };
  }
  return undefined;
}

/** "Show source [n]": replies privately with the cited paragraph in full. */
export function sourceButton(citation: Citation, language: Language): Button {
  const { marker, paragraph, articleId } = citation;
  return { customId: encodeButton({ kind: 'source', language, marker, paragraph, articleId }), label: t('showSource', language, { marker }) };
}

/** A suggested follow-up question, answered like `/ask` when clicked; undefined if it is too long for a custom id. */
export function suggestionButton(question: string, language: Language): Button | undefined {
  const customId = encodeButton({ kind: 'ask', language, question });
  return customId.length <= MAX_CUSTOM_ID ? { customId, label: question, style: ButtonStyle.Primary } : undefined;
}

/** "New question": forgets the conversation the answer belongs to. */
export function newQuestionButton(language: Language): Button {
  return { customId: encodeButton({ kind: 'new', language }), label: t('newQuestion', language) };
}
