/** A year of the last two centuries, in digits. */
const YEAR_DIGITS = '(?:1[89]|20)\\d\\d';

/**
 * Numbers that prove a kind of answer (`@number`, `@year`, `@clock` in `answer-types.tsv`): any
 * number for a count; a year or a time of day for "when", since "640 passengers" tells no time.
 */
export type NumberProof = 'number' | 'year' | 'clock';

const NUMBER_PATTERNS: Record<NumberProof, RegExp> = {
  number: /\d/u,
  // A year alone or in a span ("1992", "2018–2019"); "12 000" and "2 150" have none.
  year: new RegExp(`(?<!\\d)${YEAR_DIGITS}(?!\\d)`, 'u'),
  clock: /(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)/u,
};

const YEAR = new RegExp(`^${YEAR_DIGITS}$`, 'u');

/** Does the text hold a number of the kind that proves an answer? */
export function holdsNumber(text: string, proof: NumberProof): boolean {
  return NUMBER_PATTERNS[proof].test(text);
}

/** Is a number in digits, as a whole, a year ("2019"; not "12 000")? It tells when, not how many. */
export function isYear(number: string): boolean {
  return YEAR.test(number);
}
