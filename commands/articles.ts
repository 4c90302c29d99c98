import { SlashCommandBuilder } from 'discord.js';
import { bilingual, languageOption, type Command } from '../src/discord/command.js';
import { articlesReply } from '../src/discord/embeds.js';
import { interactionLanguage } from '../src/discord/language.js';
import { respond } from '../src/discord/respond.js';

/** `/articles [language]` — the articles the bot knows, newest first, a page at a time (privately). */
export default {
  data: () =>
    bilingual(new SlashCommandBuilder().setName('articles'), 'The articles I know, newest first', 'Artikujt që njoh, më të rejat së pari').addStringOption(
      languageOption,
    ),
  async execute(interaction, ctx) {
    await respond(interaction, articlesReply(ctx.library.current.catalog, 0, interactionLanguage(interaction)));
  },
} satisfies Command;
