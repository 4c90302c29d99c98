import { SlashCommandBuilder } from 'discord.js';
import { MAX_QUESTION_LENGTH } from '../src/answer/question.js';
import { answerQuestion } from '../src/discord/answering.js';
import { articleOption, autocompleteArticle, bilingual, type Command } from '../src/discord/command.js';

/** `/ask question: [article:]` — an answer quoting the best-matching article (or the one picked), with its sources and a button per source. */
export default {
  rateLimited: true,
  data: () =>
    bilingual(new SlashCommandBuilder().setName('ask'), 'Ask a question about the article', 'Bëni një pyetje për artikullin').addStringOption(
      (option) =>
        bilingual(option.setName('question'), 'Your question, in Albanian or English', 'Pyetja juaj, në shqip ose në anglisht')
          .setRequired(true)
          .setMaxLength(MAX_QUESTION_LENGTH),
    ).addStringOption(articleOption),
  execute: (interaction, ctx) =>
    answerQuestion(ctx, interaction, interaction.options.getString('question', true), interaction.options.getString('article') ?? undefined),
  autocomplete: autocompleteArticle,
} satisfies Command;
