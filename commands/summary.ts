import { SlashCommandBuilder } from 'discord.js';
import { SUMMARY_LENGTHS, type SummaryLength } from '../src/answer/types.js';
import { UserError } from '../src/errors.js';
import { localized } from '../src/i18n.js';
import { articleOption, autocompleteArticle, bilingual, bilingualChoice, languageOption, pickedArticle, type Command } from '../src/discord/command.js';
import { summaryReply } from '../src/discord/embeds.js';
import { interactionLanguage } from '../src/discord/language.js';
import { defer, respond } from '../src/discord/respond.js';

const isLength = (value: string): value is SummaryLength => (SUMMARY_LENGTHS as readonly string[]).includes(value);

/** `/summary [length] [language] [article]` — a cited summary of the newest article (or the one picked), with suggested follow-up questions as buttons. */
export default {
  rateLimited: true,
  data: () =>
    bilingual(new SlashCommandBuilder().setName('summary'), 'A cited summary of the article', 'Përmbledhje e artikullit me citime')
      .addStringOption((option) =>
        bilingual(option.setName('length'), 'How long (default: short)', 'Sa e gjatë (parazgjedhur: e shkurtër)').addChoices(
          bilingualChoice('short', 'short', 'e shkurtër'),
          bilingualChoice('detailed', 'detailed', 'e hollësishme'),
          bilingualChoice('bullets', 'bullets', 'me pika'),
        ),
      )
      .addStringOption(languageOption)
      .addStringOption(articleOption),
  async execute(interaction, ctx) {
    const length = interaction.options.getString('length') ?? 'short';
    if (!isLength(length)) throw new UserError(localized('unknownSummaryLength'));
    const answerer = pickedArticle(interaction, ctx)?.answerer ?? ctx.answerer;
    await defer(interaction); // a model-written summary takes longer than Discord's 3 seconds
    await respond(interaction, summaryReply(await answerer.summarize(length, interactionLanguage(interaction))));
  },
  autocomplete: autocompleteArticle,
} satisfies Command;
