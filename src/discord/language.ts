import type { Interaction, Message } from 'discord.js';
import type { Language } from '../errors.js';
import { detectLanguage, languageEvidence } from '../text/language.js';
import { conversationOf, type Conversations } from './conversations.js';
import { decodeButton } from './custom-ids.js';

/** Options whose value the user wrote (choices such as `length:short` say nothing about the user's language). */
const TEXT_OPTIONS = new Set(['question', 'topic']);

/** Discord has no Albanian locale today; should one appear (`sq`), it is honoured. */
function localeLanguage(locale: string | null | undefined): Language {
  return locale?.toLowerCase().startsWith('sq') ? 'sq' : 'en';
}

/**
 * The language to talk to the user in: a `language` option they chose, else the language of
 * what they typed (a question, a topic), else the language a button was made for, else their
 * Discord locale.
 */
export function interactionLanguage(interaction: Interaction): Language {
  if (interaction.isChatInputCommand()) {
    const options = interaction.options.data;
    const chosen = options.find((o) => o.name === 'language')?.value;
    if (chosen === 'en' || chosen === 'sq') return chosen;
    const typed = options.find((o) => TEXT_OPTIONS.has(o.name))?.value;
    if (typeof typed === 'string' && typed.trim()) return detectLanguage(typed);
  }
  if (interaction.isButton()) {
    const action = decodeButton(interaction.customId);
    if (action) return action.language;
  }
  return localeLanguage(interaction.locale);
}

/**
 * The language a question is written in. A follow-up whose words give no clue ("Po Putin?",
 * "Kremlini") continues in its conversation's language; undefined when there is none either.
 */
export function questionLanguage(question: string, source: Interaction | Message, conversations: Conversations): Language | undefined {
  const conversation = conversationOf(source);
  return languageEvidence(question) ?? (conversation === undefined ? undefined : conversations.language(conversation));
}
