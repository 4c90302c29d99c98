import { SlashCommandBuilder } from 'discord.js';
import { SUMMARY_LENGTHS, type SummaryLength } from '../src/answer/types.js';
import { UserError } from '../src/errors.js';
import { localized } from '../src/i18n.js';
import { bilingual, bilingualChoice, languageOption, type Command } from '../src/discord/command.js';
import { summaryReply } from '../src/discord/embeds.js';
import { interactionLanguage } from '../src/discord/language.js';
import { defer, respond } from '../src/discord/respond.js';

const isLength = (value: string): value is SummaryLength => (SUMMARY_LENGTHS as readonly string[]).includes(value);

/** `/summary [length] [language]` — a cited summary of the article, with suggested follow-up questions as buttons. */
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
      .addStringOption(languageOption),
  async execute(interaction, ctx) {
    const length = interaction.options.getString('length') ?? 'short';
    if (!isLength(length)) throw new UserError(localized('unknownSummaryLength'));
    await defer(interaction); // a model-written summary takes longer than Discord's 3 seconds
    await respond(interaction, summaryReply(await ctx.answerer.summarize(length, interactionLanguage(interaction))));
  },
} satisfies Command;
