import { SlashCommandBuilder } from 'discord.js';
import { getParagraph, paragraphChoices } from '../src/answer/quote.js';
import { articleOption, autocompleteArticle, bilingual, languageOption, pickedArticle, type Command } from '../src/discord/command.js';
import { paragraphReply } from '../src/discord/embeds.js';
import { interactionLanguage } from '../src/discord/language.js';
import { respond, respondChoices } from '../src/discord/respond.js';

/**
 * `/paragraph number: [language] [article]` — one paragraph of the newest article (or the one
 * picked) in full; autocomplete shows "¶n — first words…" of that article. The number has no
 * registered maximum: articles change while the bot runs, and the reply says which numbers exist.
 */
export default {
  data: () =>
    bilingual(new SlashCommandBuilder().setName('paragraph'), 'One paragraph of the article in full', 'Një paragraf i plotë i artikullit')
      .addIntegerOption((option) =>
        bilingual(option.setName('number'), 'Paragraph number (¶)', 'Numri i paragrafit (¶)').setRequired(true).setMinValue(1).setAutocomplete(true),
      )
      .addStringOption(languageOption)
      .addStringOption(articleOption),
  async execute(interaction, ctx) {
    const article = pickedArticle(interaction, ctx)?.article ?? ctx.article;
    const result = getParagraph(article, interaction.options.getInteger('number', true));
    await respond(interaction, paragraphReply(result, interactionLanguage(interaction)));
  },
  async autocomplete(interaction, ctx) {
    if (interaction.options.getFocused(true).name === 'article') return autocompleteArticle(interaction, ctx);
    // An article typed but not (yet) known gets no suggestions rather than another article's.
    const ref = interaction.options.getString('article');
    const article = ref ? ctx.library.current.catalog.resolve(ref) : ctx.article;
    await respondChoices(interaction, article ? paragraphChoices(article, String(interaction.options.getFocused())) : []);
  },
} satisfies Command;
