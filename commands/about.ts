import { SlashCommandBuilder } from 'discord.js';
import { aboutInfo } from '../src/about.js';
import { bilingual, languageOption, type Command } from '../src/discord/command.js';
import { aboutReply } from '../src/discord/embeds.js';
import { interactionLanguage } from '../src/discord/language.js';
import { respond } from '../src/discord/respond.js';

/** `/about` — the article, the index and which engine answers. */
export default {
  data: () =>
    bilingual(new SlashCommandBuilder().setName('about'), 'The article and how answers are made', 'Artikulli dhe si bëhen përgjigjet').addStringOption(
      languageOption,
    ),
  execute: async (interaction, ctx) => {
    await respond(interaction, { ...aboutReply(aboutInfo(ctx), interactionLanguage(interaction)), ephemeral: true });
  },
} satisfies Command;
