import type {
  APIApplicationCommandOptionChoice,
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  LocalizationMap,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandStringOption,
} from 'discord.js';
import type { Article } from '../article/article.js';
import type { BotContext } from '../context.js';
import type { FeedbackStore } from '../feedback/store.js';
import type { InFlight } from '../ops/shutdown.js';
import type { Conversations } from './conversations.js';

/** What Discord handlers are given: the core context plus the bot's conversation memory, reader feedback and work in progress. */
export interface DiscordContext extends BotContext {
  conversations: Conversations;
  /** Votes on answers; `feedback.totals()` is what `/stats`, `/status` and metrics read. */
  feedback: FeedbackStore;
  /** Answers and commands running now: a shutdown lets them finish (see src/ops/shutdown.ts). */
  inFlight: InFlight;
}

/** A slash command definition as built with `SlashCommandBuilder`. */
export interface CommandDefinition {
  readonly name: string;
  toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody;
}

/** One slash command: a file in `commands/` with `export default { data, execute } satisfies Command`. */
export interface Command {
  /** The definition registered with Discord; built from the article because some limits depend on it (the ¶ count). */
  data(article: Article): CommandDefinition;
  /** Set when the command answers questions: the per-user cooldown and the concurrency cap then apply. */
  rateLimited?: boolean;
  execute(interaction: ChatInputCommandInteraction, ctx: DiscordContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: DiscordContext): Promise<void>;
}

const MAX_DESCRIPTION = 100;
/** English clients see English only; every other locale (Discord has no Albanian one) sees both languages. */
const englishOnly = (en: string): LocalizationMap => ({ 'en-US': en, 'en-GB': en });

interface Describable {
  setDescription(description: string): unknown;
  setDescriptionLocalizations(localizations: LocalizationMap | null): unknown;
}

/** Describes a command or option in English and Albanian (both in the default text when they fit Discord's 100 characters). */
export function bilingual<T extends Describable>(builder: T, en: string, sq: string): T {
  const both = `${en} · ${sq}`;
  builder.setDescription(both.length <= MAX_DESCRIPTION ? both : en);
  builder.setDescriptionLocalizations(englishOnly(en));
  return builder;
}

/** A string choice named in both languages. */
export function bilingualChoice(value: string, en: string, sq: string): APIApplicationCommandOptionChoice<string> {
  return { name: `${en} · ${sq}`, value, name_localizations: englishOnly(en) };
}

/** The optional `language` option of commands whose reply has no typed text to take the language from. */
export function languageOption(option: SlashCommandStringOption): SlashCommandStringOption {
  return bilingual(option.setName('language'), 'Language of the reply', 'Gjuha e përgjigjes').addChoices(
    { name: 'English', value: 'en' },
    { name: 'Shqip', value: 'sq' },
  );
}
