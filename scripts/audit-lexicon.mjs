// Lists en-sq.tsv values that may carry another sense of their English key, for review by hand:
// what a value searches for is its words' index keys, so the audit works on those keys.
//   npm run build && node scripts/audit-lexicon.mjs [--top N] [DIR ...]
// DIRs are article folders whose paragraphs tell which keys are frequent (default: the
// development articles; never the frozen test set's). Sections:
//   shared     keys that many entries search for (one may be the right sense, the rest not)
//   stray      a value whose key few of the entry's values share but most values of an unrelated
//              entry do: another word's form, ranked by how many paragraphs it finds
//   homograph  a value that two entries with no English word and no other key in common share
//   phrase     words of multi-word values that search on their own and are frequent in the articles
//   function   values that search for nothing: a one-word value that is an Albanian stopword (it
//              only reaches the articles through their similar words), a phrase of stopwords only
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

// A value is stray in an entry when few of the entry's values share its key, while that key is
// the head of an unrelated entry (most of its values have it): "watch" → "orë" (hour).
const share = (entry, key) => [...entry.keysOf.values()].filter((keys) => keys.includes(key)).length / entry.keysOf.size;
const englishWords = (entry) => new Set(entry.key.split(' '));
const stray = new Map();
for (const entry of entries) {
  for (const [value, keys] of entry.keysOf) {
    if (value.includes(' ')) continue; // multi-word values: see "phrase"
    for (const key of keys) {
      if (share(entry, key) > 0.3) continue;
      const homes = byKey.get(key).filter((o) => o !== entry && share(o, key) >= 0.5 && ![...englishWords(o)].some((w) => englishWords(entry).has(w)));
      if (homes.length === 0) continue;
      const found = stray.get(entry) ?? { df: 0, values: [] };
      found.df = Math.max(found.df, df.get(key) ?? 0);
      found.values.push(`"${value}" → ${key} df=${df.get(key) ?? 0} (head of ${homes.slice(0, 3).map((o) => o.key).join(', ')})`);
      stray.set(entry, found);
    }
  }
}
print(
  'stray: one-word values whose key is the head of an unrelated entry and a minority of their own',
  [...stray].sort(([, x], [, y]) => y.df - x.df).map(([entry, { values }]) => `${entry.key} (l.${entry.line}): ${values.join('; ')}`),
);

// The same value in two entries that share no English word and no other key: one of them may
// use it in the other's sense ("ticket" and "fine" → "gjobë").
const byValue = new Map();
for (const entry of entries) for (const value of entry.used) byValue.set(value.toLowerCase(), [...(byValue.get(value.toLowerCase()) ?? []), entry]);
const homographs = [];
for (const [value, es] of byValue) {
  const keys = indexKeys(value);
  const pairs = es.flatMap((a, i) => es.slice(i + 1).filter((b) => ![...englishWords(a)].some((w) => englishWords(b).has(w)) && ![...a.keys].some((k) => !keys.includes(k) && b.keys.has(k))).map((b) => `${a.key}/${b.key}`));
  const found = Math.max(0, ...keys.map((k) => df.get(k) ?? 0));
  if (pairs.length > 0) homographs.push({ df: found, row: `"${value}" df=${found}: ${pairs.join(', ')}` });
}
print('homograph: a value two unrelated entries share', homographs.sort((x, y) => y.df - x.df).map((x) => x.row));

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
    if (indexKeys(value).length > 0) continue;
    fn.push(`${entry.key} (l.${entry.line}) "${value}": ${value.includes(' ') ? 'only stopwords' : isStopword(fold(value), 'sq') ? 'a stopword' : 'no key'}`);
  }
}
print('function: values that search for nothing', fn);
