import { SlashCommandBuilder } from 'discord.js';
import { getParagraph, paragraphChoices } from '../src/answer/quote.js';
import { bilingual, languageOption, type Command } from '../src/discord/command.js';
import { paragraphReply } from '../src/discord/embeds.js';
import { interactionLanguage } from '../src/discord/language.js';
import { respond, respondChoices } from '../src/discord/respond.js';

/** `/paragraph number: [language]` — one paragraph in full; autocomplete shows "¶n — first words…". */
export default {
  data: (article) =>
    bilingual(new SlashCommandBuilder().setName('paragraph'), 'One paragraph of the article in full', 'Një paragraf i plotë i artikullit')
      .addIntegerOption((option) =>
        bilingual(option.setName('number'), 'Paragraph number (¶)', 'Numri i paragrafit (¶)')
          .setRequired(true)
          .setMinValue(1)
          .setMaxValue(article.paragraphs.length)
          .setAutocomplete(true),
      )
      .addStringOption(languageOption),
  async execute(interaction, ctx) {
    const result = getParagraph(ctx.article, interaction.options.getInteger('number', true));
    await respond(interaction, paragraphReply(result, interactionLanguage(interaction)));
  },
  async autocomplete(interaction, ctx) {
    await respondChoices(interaction, paragraphChoices(ctx.article, String(interaction.options.getFocused())));
  },
} satisfies Command;
