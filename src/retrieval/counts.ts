import { fold } from '../text/normalize.js';
import { wordSetsOnce } from '../text/word-lists.js';
import { isStopword } from '../text/analyze.js';
import { isMonth } from '../text/months.js';
import { isYear } from '../text/numbers.js';

/** What one number of a text counts, as far as the words around it tell. */
export interface Count {
  /** The words it counts, as written: the word after it, or what a share or a measure after it is of. */
  nouns: string[];
  /** It counts a measure, a share or a time ("40 kilometra", "31%", "18 muaj"), whatever `nouns` it is of. */
  measure: boolean;
  /** The measure is an amount of some substance ("40 kilometra", "300 metra kub"), not a time, a sum or a share. */
  amount: boolean;
  /** Nothing after it tells what it counts ("numri arriti në 870."): it may count anything. */
  unread: boolean;
}

/** The words read around numbers (`data/lexicon/count-words.tsv`), folded, read once. */
export const countWordsOf = wordSetsOnce('count-words.tsv', ['asks', 'general', 'number', 'one', 'only', 'multiplier', 'between', 'range', 'ordinal', 'percent', 'amount', 'measure', 'of']);

/**
 * A number in digits, its thousands grouped by spaces or not ("3 000", "2 402 113"), with decimals
 * ("3,5", "24.5") or a time of day ("10:40"); a word; a per cent sign; or any other character.
 */
const TOKEN = /(\d+(?:[.,:]\d+)*(?:[ \u00a0\u202f]\d{3}(?!\d))*)|(\p{L}+)|(\S)/gu;

interface Token {
  text: string;
  kind: 'number' | 'word' | 'sign';
  start: number;
  end: number;
}

function tokensOf(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], kind: m[1] ? 'number' : m[2] ? 'word' : 'sign', start: m.index, end: m.index + m[0].length }));
}

/**
 * What each number of a text counts: the word after it ("12 punëtorë", "24.5 milionë euro", "dy
 * ikona"), past a multiplier or an article; for a share or a measure, the word it is of, if any
 * ("40 për qind e fëmijëve", "3 400 tonë ullinj"). Years, times of day, orders ("e 23-të") and a
 * number running on to the next ("900 deri në 1 000 lekë", "2018–2019") count nothing themselves.
 */
export function countsIn(text: string): Count[] {
  const words = countWordsOf();
  const tokens = tokensOf(text);
  const folded = tokens.map((t) => fold(t.text));
  const counts: Count[] = [];
  const isWord = (j: number) => tokens[j]?.kind === 'word';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // "vetëm një kuti", "only one box": one, where "një" alone is mostly "a".
    const isOne = words.one.has(folded[i]!) && i > 0 && words.only.has(folded[i - 1]!);
    const isNumber = token.kind === 'number' || (token.kind === 'word' && (words.number.has(folded[i]!) || isOne));
    if (!isNumber || isYear(token.text) || token.text.includes(':')) continue;
    let j = i + 1;
    // "38-vjeçar", "e 23-të", "3rd": a word joined to the number.
    const joined = tokens[j]?.text === '-' && tokens[j]!.start === token.end && isWord(j + 1) ? j + 1 : isWord(j) && tokens[j]!.start === token.end ? j : -1;
    if (joined >= 0 && words.ordinal.has(folded[joined]!)) continue;
    if (joined >= 0) j = joined;
    while (isWord(j) && words.multiplier.has(folded[j]!)) j++;
    // "2018–2019", "15 deri në 18 njerëz": the first counts what the second does.
    if ((tokens[j]?.kind === 'sign' && /^[-–—/]$/u.test(tokens[j]!.text) && tokens[j + 1]?.kind === 'number') || (isWord(j) && words.range.has(folded[j]!))) continue;
    // "më 10 shkurt", "nga 1 marsi": a day of a month.
    if (isWord(j) && isMonth(folded[j]!)) continue;
    if (isWord(j) && words.between.has(folded[j]!) && isWord(j + 1)) j++;
    const share = tokens[j]?.text === '%' || (isWord(j) && words.percent.has(folded[j]!)) || (isWord(j + 1) && words.percent.has(`${folded[j]} ${folded[j + 1]}`));
    if (share) {
      j += tokens[j]!.text === '%' || words.percent.has(folded[j]!) ? 1 : 2;
      counts.push({ nouns: ofWord(j), measure: true, amount: false, unread: false });
      continue;
    }
    // A measure before a stopword that spells it ("3 400 tonë ullinj", not "our").
    const amount = isWord(j) && words.amount.has(folded[j]!);
    if (amount || (isWord(j) && words.measure.has(folded[j]!))) counts.push({ nouns: [tokens[j]!.text, ...ofWord(j + 1)], measure: true, amount, unread: false });
    // "900 të tjerë", "31 janë": a pronoun or a verb after it tells nothing of what it counts.
    else if (!isWord(j) || isStopword(folded[j]!, 'sq')) counts.push({ nouns: [], measure: false, amount: false, unread: true });
    else counts.push({ nouns: [tokens[j]!.text], measure: false, amount: false, unread: false });
  }
  return counts;

  /** The word a share or a measure is of, past "e", "of"…: none when another kind of token follows. */
  function ofWord(j: number): string[] {
    if (isWord(j) && words.of.has(folded[j]!)) j++;
    return isWord(j) ? [tokens[j]!.text] : [];
  }
}
