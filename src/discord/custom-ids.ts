import { ButtonStyle } from 'discord.js';
import type { Citation } from '../answer/types.js';
import { articleKey } from '../article/catalog.js';
import type { Language } from '../errors.js';
import { ANSWER_ID, type Vote } from '../feedback/store.js';
import { t } from '../i18n.js';
import type { Button } from './respond.js';

/**
 * Buttons carry everything their click needs in their custom id (`kind:language:…`), so a click
 * works without server-side state, even after a restart. Discord caps custom ids at 100 characters.
 * A source names its article by its short key (see `articleKey`): an id could be too long, and a
 * position in the list changes as articles come and go. A page of `/articles` carries its number.
 */
export type ButtonAction =
  | { kind: 'source'; language: Language; marker: number; paragraph: number; articleKey: string }
  | { kind: 'articles'; language: Language; page: number }
  | { kind: 'ask'; language: Language; question: string }
  | { kind: 'new'; language: Language }
  | { kind: 'vote'; language: Language; vote: Vote; answerId: string };

const MAX_CUSTOM_ID = 100;
const ARTICLE_KEY = /^[0-9a-f]{10}$/;

/** The custom id of a button that performs `action`; {@link decodeButton} reads it back. */
export function encodeButton(action: ButtonAction): string {
  switch (action.kind) {
    case 'source':
      // The marker keeps ids unique when two citations quote the same paragraph (Discord rejects duplicates).
      return `source:${action.language}:${action.marker}:${action.paragraph}:${action.articleKey}`;
    case 'articles':
      return `articles:${action.language}:${action.page}`;
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
  if (kind === 'source' && rest.length === 3 && /^\d+$/.test(rest[0]!) && /^\d+$/.test(rest[1]!) && ARTICLE_KEY.test(rest[2]!)) {
    return { kind, language, marker: Number(rest[0]), paragraph: Number(rest[1]), articleKey: rest[2]! };
  }
  if (kind === 'articles' && rest.length === 1 && /^\d{1,6}$/.test(rest[0]!)) return { kind, language, page: Number(rest[0]) };
  return undefined;
}

/** "Show source [n]": replies privately with the cited paragraph in full. */
export function sourceButton(citation: Citation, language: Language): Button {
  const { marker, paragraph } = citation;
  const action = { kind: 'source', language, marker, paragraph, articleKey: articleKey(citation.articleId) } as const;
  return { customId: encodeButton(action), label: t('showSource', language, { marker }) };
}

/** "◀ Newer" / "Older ▶" under a page of `/articles`; the page that does not exist is left out. */
export function pageButtons(page: number, pages: number, language: Language): Button[] {
  const buttons: Button[] = [];
  if (page > 0) buttons.push({ customId: encodeButton({ kind: 'articles', language, page: page - 1 }), label: t('newerArticles', language) });
  if (page < pages - 1) buttons.push({ customId: encodeButton({ kind: 'articles', language, page: page + 1 }), label: t('olderArticles', language) });
  return buttons;
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
