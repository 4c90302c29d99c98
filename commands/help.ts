import { SlashCommandBuilder } from 'discord.js';
import { bilingual, languageOption, type Command } from '../src/discord/command.js';
import { helpReply } from '../src/discord/embeds.js';
import { interactionLanguage } from '../src/discord/language.js';
import { respond } from '../src/discord/respond.js';

/** `/help [language]` — what the bot can do; English unless Albanian is chosen (Discord has no Albanian locale). */
export default {
  data: () =>
    bilingual(new SlashCommandBuilder().setName('help'), 'What this bot can do', 'Çfarë mund të bëjë ky bot').addStringOption(languageOption),
  execute: async (interaction, ctx) => {
    await respond(interaction, { ...helpReply(interactionLanguage(interaction), ctx.article.title), ephemeral: true });
  },
} satisfies Command;
