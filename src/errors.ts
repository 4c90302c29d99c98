/** Text in each language the bot speaks. */
export interface Localized {
  en: string;
  sq: string;
}

/** Languages the bot answers in: Albanian and English. */
export type Language = keyof Localized;

/**
 * An error whose message is safe and useful to show to the person who caused it
 * (bad input, unknown paragraph, cooldown). Anything else is a bug: logged in full,
 * and the user only sees a generic apology.
 */
export class UserError extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
    this.name = 'UserError';
  }

  /** The message in the asker's language. */
  in(language: Language): string {
    return this.text[language];
  }
}

/** A setting, file or folder the bot needs is missing or wrong: reported in one line at start-up. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}
