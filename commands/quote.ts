import { SlashCommandBuilder } from 'discord.js';
import { MAX_QUESTION_LENGTH } from '../src/answer/question.js';
import { findQuotes } from '../src/answer/quote.js';
import { articleOption, autocompleteArticle, bilingual, languageOption, pickedArticle, type Command } from '../src/discord/command.js';
import { quotesReply } from '../src/discord/embeds.js';
import { interactionLanguage } from '../src/discord/language.js';
import { defer, respond } from '../src/discord/respond.js';

/** `/quote topic: [language] [article]` — the article's own sentences about a topic, with their ¶ numbers. */
export default {
  rateLimited: true,
  data: () =>
    bilingual(new SlashCommandBuilder().setName('quote'), 'Verbatim passages about a topic', 'Pjesë fjalë për fjalë për një temë')
      .addStringOption((option) =>
        bilingual(option.setName('topic'), 'A name, place or subject', 'Një emër, vend ose temë').setRequired(true).setMaxLength(MAX_QUESTION_LENGTH),
      )
      // A topic is often a name alone, which says nothing about the user's language.
      .addStringOption(languageOption)
      .addStringOption(articleOption),
  async execute(interaction, ctx) {
    const topic = interaction.options.getString('topic', true);
    const retriever = pickedArticle(interaction, ctx)?.retriever ?? ctx.retriever;
    await defer(interaction); // retrieval may embed the topic with a remote model
    await respond(interaction, quotesReply(await findQuotes(retriever, topic, interactionLanguage(interaction))));
  },
  autocomplete: autocompleteArticle,
} satisfies Command;
