import { SlashCommandBuilder } from 'discord.js';
import { t } from '../src/i18n.js';
import { bilingual, type Command } from '../src/discord/command.js';
import { conversationOf } from '../src/discord/conversations.js';
import { interactionLanguage } from '../src/discord/language.js';
import { respond } from '../src/discord/respond.js';

/** `/new` — forgets the conversation of this thread (or DM): the next question is answered without history. */
export default {
  data: () =>
    bilingual(new SlashCommandBuilder().setName('new'), 'Start a new conversation in this thread', 'Nisni një bisedë të re në këtë thread'),
  execute: async (interaction, ctx) => {
    const conversation = conversationOf(interaction);
    if (conversation) ctx.conversations.clear(conversation);
    await respond(interaction, { content: t('conversationReset', interactionLanguage(interaction)), ephemeral: true });
  },
} satisfies Command;
