// Lists en-sq.tsv values that may carry another sense of their English key, for review by hand:
// what a value searches for is its words' index keys, so the audit works on those keys.
//   npm run build && node scripts/audit-lexicon.mjs [--top N] [DIR ...]
// DIRs are article folders whose paragraphs tell which keys are frequent (default: the
// development articles; never the frozen test set's). Sections:
//   shared     keys that many entries search for (one may be the right sense, the rest not)
//   stray      a value whose key the entry shares only with entries that have no other key in
//              common with it: the value is another word's form, ranked by how many paragraphs it finds
//   phrase     words of multi-word values that search on their own and are frequent in the articles
//   function   values or words of values that are Albanian stopwords or have no key at all
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexKey, indexKeys } from '../dist/src/retrieval/query.js';
import { alternatives, readWordList } from '../dist/src/text/word-lists.js';
import { fold } from '../dist/src/text/normalize.js';
import { isStopword } from '../dist/src/text/analyze.js';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 40;
const dirs = args.length > 0 ? args : ['articles', 'eval/articles', 'eval/dev-articles', 'eval/dev3-articles', 'eval/dev4-articles'];

/** Paragraph frequency of every index key in the articles. */
const df = new Map();
let paragraphs = 0;
for (const dir of dirs) {
  for (const file of readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f))) {
    for (const paragraph of readFileSync(join(dir, file), 'utf8').split(/\n\s*\n/)) {
      paragraphs++;
      for (const key of new Set(indexKeys(paragraph))) df.set(key, (df.get(key) ?? 0) + 1);
    }
  }
}

/** What each entry searches for, as src/retrieval/query.ts does: a one-word key uses its one-word values when it has any. */
const entries = readWordList('en-sq.tsv').map(({ line, fields }) => {
  const values = alternatives(fields[1]);
  const single = values.filter((v) => !v.includes(' '));
  const used = fields[0].includes(' ') || single.length === 0 ? values : single;
  const keysOf = new Map(used.map((v) => [v, [...new Set(indexKeys(v))]]));
  return { line, key: fields[0], kind: fields[2], values, used, keysOf, keys: new Set([...keysOf.values()].flat()) };
});

const byKey = new Map();
for (const entry of entries) for (const key of entry.keys) byKey.set(key, [...(byKey.get(key) ?? []), entry]);

const print = (title, rows) => {
  console.log(`\n== ${title} (${rows.length}; top ${Math.min(top, rows.length)})`);
  for (const row of rows.slice(0, top)) console.log(row);
};

print(
  'shared: keys searched by many entries, by entries × log(paragraphs found)',
  [...byKey]
    .filter(([, es]) => es.length >= 4)
    .map(([key, es]) => ({ key, es, score: es.length * Math.log2(2 + (df.get(key) ?? 0)) }))
    .sort((a, b) => b.score - a.score)
    .map(({ key, es }) => `${key} df=${df.get(key) ?? 0} ×${es.length}: ${es.map((e) => e.key).join(', ')}`),
);

const stray = [];
const englishWords = (entry) => new Set(entry.key.split(' '));
for (const entry of entries) {
  if (entry.keys.size < 2) continue;
  for (const [value, keys] of entry.keysOf) {
    for (const key of keys) {
      // Unrelated: no English word in common, and no other key in common with the entry.
      const unrelated = byKey.get(key).filter((o) => o !== entry && ![...englishWords(o)].some((w) => englishWords(entry).has(w)) && ![...o.keys].some((k) => k !== key && entry.keys.has(k)));
      const related = byKey.get(key).length - 1 - unrelated.length;
      if (unrelated.length > 0 && related === 0 && (df.get(key) ?? 0) > 0) stray.push({ df: df.get(key), row: `${entry.key} (l.${entry.line}) "${value}" → ${key} df=${df.get(key)}; also: ${unrelated.map((o) => o.key).join(', ')}` });
    }
  }
}
print('stray: values whose key belongs to unrelated entries', stray.sort((a, b) => b.df - a.df).map((s) => s.row));

const phrase = [];
for (const entry of entries) {
  for (const value of entry.used.filter((v) => v.includes(' '))) {
    for (const word of value.split(' ')) {
      const key = indexKey(word);
      if (key && (df.get(key) ?? 0) >= paragraphs / 50) phrase.push({ df: df.get(key), row: `${entry.key} (l.${entry.line}) "${value}": "${word}" → ${key} df=${df.get(key)}` });
    }
  }
}
print(`phrase: frequent words of multi-word values (df ≥ ${Math.ceil(paragraphs / 50)} of ${paragraphs} paragraphs)`, phrase.sort((a, b) => b.df - a.df).map((p) => p.row));

const fn = [];
for (const entry of entries) {
  for (const value of entry.values) {
    if (!value.includes(' ') && (isStopword(fold(value), 'sq') || indexKey(value) === undefined)) fn.push(`${entry.key} (l.${entry.line}) "${value}" is a stopword or has no key`);
  }
}
print('function: one-word values with no key', fn);
