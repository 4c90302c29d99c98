import type { Language, Localized } from './errors.js';

/** Every sentence the bot says in its own voice, in both languages. Article text is never translated here. */
export const MESSAGES = {
  notFound: {
    en: 'The article does not say. These are the closest passages:',
    sq: 'Artikulli nuk e thotë këtë. Këto janë pjesët më të afërta:',
  },
  fromArticle: { en: 'From the article (quoted in Albanian):', sq: 'Nga artikulli:' },
  sources: { en: 'Sources', sq: 'Burimet' },
  paragraph: { en: 'Paragraph', sq: 'Paragrafi' },
  summaryTitle: { en: 'Summary', sq: 'Përmbledhje' },
  quotesTitle: { en: 'Quotes about “{topic}”', sq: 'Citime për “{topic}”' },
  noQuotes: {
    en: 'No passage of the article is about “{topic}”. The closest ones:',
    sq: 'Asnjë pjesë e artikullit nuk flet për “{topic}”. Më të afërtat:',
  },
  emptyQuestion: {
    en: 'Please type a question about the article.',
    sq: 'Ju lutem shkruani një pyetje për artikullin.',
  },
  questionTooLong: {
    en: 'That question is too long ({length} characters). Please keep it under {max} characters.',
    sq: 'Pyetja është shumë e gjatë ({length} shkronja). Ju lutem mbajeni nën {max} shkronja.',
  },
  noWords: {
    en: 'I could not find any words in that message. Please ask a question in Albanian or English.',
    sq: 'Nuk gjeta asnjë fjalë në mesazh. Ju lutem bëni një pyetje në shqip ose në anglisht.',
  },
  unsupportedScript: {
    en: 'I can only read questions in Albanian or English (Latin letters). Please ask again in one of them.',
    sq: 'Mund të lexoj vetëm pyetje në shqip ose në anglisht (me shkronja latine). Ju lutem pyesni përsëri.',
  },
  paragraphOutOfRange: {
    en: 'There is no paragraph {number}. The article has paragraphs 1 to {count}.',
    sq: 'Nuk ka paragraf {number}. Artikulli ka paragrafët 1 deri në {count}.',
  },
  paragraphNotNumber: {
    en: '“{input}” is not a paragraph number. Use a whole number from 1 to {count}.',
    sq: '“{input}” nuk është numër paragrafi. Përdorni një numër të plotë nga 1 deri në {count}.',
  },
  unknownCommand: {
    en: 'Unknown command “{command}”. Type /help to see what I can do.',
    sq: 'Komandë e panjohur “{command}”. Shkruani /help për të parë çfarë mund të bëj.',
  },
  unknownSummaryLength: {
    en: 'Summary length must be short, detailed or bullets.',
    sq: 'Gjatësia e përmbledhjes duhet të jetë short, detailed ose bullets.',
  },
  genericError: {
    en: 'Sorry, something went wrong on my side. Please try again.',
    sq: 'Më vjen keq, diçka shkoi keq nga ana ime. Ju lutem provoni përsëri.',
  },
  llmFallback: {
    en: 'The language model was unavailable, so this answer is made of verbatim sentences from the article.',
    sq: 'Modeli gjuhësor nuk ishte i disponueshëm, ndaj kjo përgjigje përbëhet nga fjali të artikullit.',
  },
  llmUnchecked: {
    en: 'The model’s answer could not be verified against the article, so these are the article’s own sentences.',
    sq: 'Përgjigja e modelit nuk u verifikua dot me artikullin, ndaj këto janë fjalitë e vetë artikullit.',
  },
  translation: { en: 'translation', sq: 'përkthim' },
  busy: {
    en: 'I am answering many questions right now. Please try again in {seconds} s.',
    sq: 'Po përgjigjem shumë pyetjeve tani. Ju lutem provoni përsëri pas {seconds} s.',
  },
} as const satisfies Record<string, Localized>;

export type MessageKey = keyof typeof MESSAGES;

/** A message in the given language with `{name}` placeholders filled in. */
export function t(key: MessageKey, language: Language, values: Record<string, string | number> = {}): string {
  return MESSAGES[key][language].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** The same message in both languages, for errors whose reader's language is decided later. */
export function localized(key: MessageKey, values: Record<string, string | number> = {}): Localized {
  return { en: t(key, 'en', values), sq: t(key, 'sq', values) };
}
