/**
 * Format characters (Unicode category Cf): invisible, yet they split or glue words or reorder
 * what is shown — zero-width spaces and joiners, invisible separators, bidi overrides, BOM, soft hyphen.
 */
const INVISIBLE = /\p{Cf}/gu;

/** Strips invisible format characters and normalises Unicode so visually equal text compares equal. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '');
}

/** Text of ASCII characters and the precomposed ë and ç alone: no invisible character, no combining mark. */
const PLAIN_LETTERS = /^[\x00-\x7fëçËÇ]*$/;

/**
 * Lowercases and removes diacritics (ë→e, ç→c, é→e). Albanian is often typed without ë/ç,
 * so folding makes "cfare" and "çfarë" the same word.
 */
export function fold(text: string): string {
  // Most words are ASCII or Albanian letters, which fold without Unicode normalisation (a third of a question's analysis).
  if (PLAIN_LETTERS.test(text)) {
    const lower = text.toLowerCase();
    return lower.includes('ë') || lower.includes('ç') ? lower.replace(/ë/g, 'e').replace(/ç/g, 'c') : lower;
  }
  return cleanText(text)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

/**
 * Normalises typographic variants so a quote typed with straight quotes, apostrophes or
 * collapsed spaces still matches the article: used only to compare, never to display.
 */
export function normalizeForMatch(text: string): string {
  return cleanText(text)
    .replace(/[\u2018\u2019\u201A\u201B\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Case endings Albanian hyphenates onto acronyms and foreign words ("INSTAT-it", "UEFA-n", "Gmail-it", "podcast-in"). */
const HYPHENATED_ENDINGS = '(?:i|it|in|is|s|së|ës|n|në|ja|je|ve|ët|ën|ut|un|u|a|ë|ra|ri|rit|rin|ave|eve|ëve|t|të)(?![\\p{L}-])';

/**
 * Such an ending with the letter before it: it is no word of its own, and as one it would match
 * every other "-it". Only Albanian endings: "anti-war", "X-ray" and "mother-in-law" keep their words.
 */
export const HYPHENATED_ENDING = new RegExp(`(\\p{L})-${HYPHENATED_ENDINGS}`, 'gu');

/**
 * Such an ending on a capitalised word or an acronym ("Gmail-it", "UEFA-n"), which only Albanian
 * writes; English has lower-case compounds that end alike ("check-in").
 */
export const CAPITALISED_WITH_ENDING = new RegExp(`(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}]*-${HYPHENATED_ENDINGS}`, 'gu');

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Splits text into word tokens as written (letters and digits, keeping inner apostrophes). */
export function words(text: string): string[] {
  return cleanText(text).match(WORD) ?? [];
}

/** Discord mention syntax: users, roles and channels (`<@id>`, `<@!id>`, `<@&id>`, `<#id>`), and `@everyone`/`@here`. */
export const MENTION = /<[@#][!&]?\d+>|@(?:everyone|here)\b/gi;

/**
 * Text with every mention taken out, as user input is: no message of the bot pings anyone anyway
 * (respond.ts), but text the bot did not write itself (a model's) must not even look like a ping.
 */
export function neutralizeMentions(text: string): string {
  return text.replace(MENTION, '').replace(/[ \t]{2,}/g, ' ').replace(/[ \t]+(?=[.,;:!?…])/g, '').trim();
}
