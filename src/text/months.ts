import { fold } from './normalize.js';
import { alternatives, readWordList } from './word-lists.js';

let monthNames: { albanian: string[]; english: ReadonlySet<string> } | undefined;

/** Letters of a case ending after a month's name ("marsit", "prillit", "gushtit"). */
const MAX_MONTH_ENDING = 3;

/** Is a folded word a month's name (`data/lexicon/months.tsv`), an Albanian one with a case ending allowed ("marsit")? */
export function isMonth(foldedWord: string): boolean {
  // Only an Albanian name takes an ending: "mayors" and "junior" are no months.
  monthNames ??= (() => {
    const names = readWordList('months.tsv').map(({ fields }) => alternatives(fields[0]).map(fold));
    return { albanian: names.map((line) => line[0]!), english: new Set(names.flatMap((line) => line.slice(1))) };
  })();
  return monthNames.english.has(foldedWord) || monthNames.albanian.some((month) => foldedWord.startsWith(month) && foldedWord.length - month.length <= MAX_MONTH_ENDING);
}
