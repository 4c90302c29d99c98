import { SlashCommandBuilder } from 'discord.js';
import { UserError } from '../src/errors.js';
import { localized, t } from '../src/i18n.js';
import { bilingual, languageOption, type Command } from '../src/discord/command.js';
import { conversationOf } from '../src/discord/conversations.js';
import { interactionLanguage } from '../src/discord/language.js';
import { respond } from '../src/discord/respond.js';

/** `/new [language]` — forgets the conversation of this thread (or DM): the next question is answered without history. */
export default {
  data: () =>
    bilingual(new SlashCommandBuilder().setName('new'), 'Start a new conversation in this thread', 'Nisni një bisedë të re në këtë thread').addStringOption(
      languageOption,
    ),
  execute: async (interaction, ctx) => {
    // A plain channel has no conversation: each answer there opens a thread of its own.
    const conversation = conversationOf(interaction);
    if (!conversation) throw new UserError(localized('noConversation'));
    ctx.conversations.clear(conversation);
    await respond(interaction, { content: t('conversationReset', interactionLanguage(interaction)), ephemeral: true });
  },
} satisfies Command;
