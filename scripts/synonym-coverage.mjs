// Which content words of the articles belong to no synonym group (data/lexicon/sq-synonyms.tsv):
// the articles' side of paraphrase coverage. A question that asks with another word for the same
// thing finds the article's word only through a group, so the frequent news words left out are
// where groups are missing.
//   npm run build && node scripts/synonym-coverage.mjs [--top N] [--min-articles K] [DIR ...]
// DIRs are article folders (default: articles/ and every eval/*-articles folder but the frozen
// test set's, eval/test-articles, which is never looked at). Words are grouped by index key, as
// the engine groups them. A word counts as covered when its key is a key of a group's word (or a
// phrase's first word, which is how a group finds a phrase), directly or through one of its forms
// in sq-forms.tsv / sq-paradigms.tsv. Names (written capitalised in most of their occurrences)
// and numbers are left out. Prints the counts, then the uncovered keys found in at least K
// articles (default 2), most articles first, with their commonest spellings.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { indexKey, keyWords } from '../dist/src/retrieval/query.js';
import { albanianForms } from '../dist/src/retrieval/word-groups.js';
import { alternatives, readWordList } from '../dist/src/text/word-lists.js';
import { fold, words } from '../dist/src/text/normalize.js';
import { isStopword } from '../dist/src/text/analyze.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args.splice(at, 2)[1]) : fallback;
};
const top = option('--top', 150);
const minArticles = option('--min-articles', 2);
const FROZEN = 'eval/test-articles';
const dirs =
  args.length > 0
    ? args
    : ['articles', ...readdirSync('eval').filter((d) => d.endsWith('articles')).map((d) => `eval/${d}`).filter((d) => d !== FROZEN)];

/** Keys a synonym group is found by: each one-word member's key and each phrase's first key. */
const groupKeys = new Set();
/** Key → the group words (or phrases' first words) that give it. */
const keyWordsOf = new Map();
/** Folded one-word members of the groups. */
const members = new Set();
for (const { fields } of readWordList('sq-synonyms.tsv')) {
  for (const member of alternatives(fields[0])) {
    const key = words(member).map((w) => indexKey(w)).find(Boolean);
    if (key) groupKeys.add(key);
    if (key) keyWordsOf.set(key, new Set([...(keyWordsOf.get(key) ?? []), fold(words(member).find((w) => indexKey(w)))]));
    if (words(member).length === 1) members.add(fold(member));
  }
}
/** Endings that inflect a word as spelled (the engine's `Vocabulary` list). */
const INFLECTION_ENDINGS = new Set(['i', 'a', 'e', 'u', 't', 'n', 's', 'it', 'in', 'ut', 'un', 'et', 'en', 'es', 've', 'ia', 'ie', 'ne', 'se', 'te', 'at', 'ra', 're', 'ri', 'rit', 'rin', 'rat', 'ret', 'ave', 'eve', 'ive', 'ise', 'ese', 'ine', 'ite', 'ore']);
/** The group word an article word is an inflected form of, as spelled ("kompanisë" of "kompani", "firma" of "firmë"). */
function spelledMember(folded) {
  for (let cut = 1; cut <= 3 && cut < folded.length - 2; cut++) {
    const base = folded.slice(0, -cut);
    if (!INFLECTION_ENDINGS.has(folded.slice(-cut))) continue;
    if (members.has(base)) return base;
    if (members.has(`${base}e`)) return `${base}e`;
  }
  return undefined;
}

/** key → { articles: Set, count, capitalised, spellings: Map } */
const stats = new Map();
let articles = 0;
for (const dir of dirs) {
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f))) {
    articles++;
    const text = readFileSync(join(dir, file), 'utf8');
    for (const sentence of text.split(/(?<=[.!?:])\s+|\n+/)) {
      keyWords(sentence).forEach((word, i) => {
        const folded = fold(word);
        if (folded.length < 3 || /\d/.test(folded) || isStopword(folded, 'sq')) return;
        const key = indexKey(word);
        if (!key) return;
        let s = stats.get(key);
        if (!s) stats.set(key, (s = { articles: new Set(), count: 0, capitalised: 0, spellings: new Map() }));
        s.articles.add(`${dir}/${file}`);
        s.count++;
        if (i > 0 && /^\p{Lu}/u.test(word)) s.capitalised++;
        s.spellings.set(word.toLowerCase(), (s.spellings.get(word.toLowerCase()) ?? 0) + 1);
      });
    }
  }
}

const covered = (key, spellings) =>
  groupKeys.has(key) || [...spellings.keys()].some((w) => albanianForms().relatedWords(w).some((f) => groupKeys.has(indexKey(f) ?? '')));

const rows = [];
let names = 0;
const tally = { all: [0, 0], frequent: [0, 0] };
for (const [key, s] of stats) {
  if (s.capitalised > s.count / 2) {
    names++;
    continue;
  }
  const isCovered = covered(key, s.spellings);
  const frequent = s.articles.size >= minArticles;
  tally.all[isCovered ? 0 : 1]++;
  if (frequent) tally.frequent[isCovered ? 0 : 1]++;
  if (frequent && !isCovered) rows.push({ key, articles: s.articles.size, count: s.count, spellings: [...s.spellings].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([w]) => w) });
}
rows.sort((a, b) => b.articles - a.articles || b.count - a.count);

// Group words whose forms in the articles the stemmer keys apart ("kompani" is "kompa", "kompania"
// "kompan"): a question asking with another word of the group does not find those forms.
const split = new Map();
for (const [key, s] of stats) {
  if (s.capitalised > s.count / 2 || groupKeys.has(key)) continue;
  for (const [spelling, count] of s.spellings) {
    const member = spelledMember(fold(spelling));
    const memberKey = member && indexKey(member);
    if (!memberKey || memberKey === key || memberKey.length <= 3) continue;
    const row = split.get(member) ?? { articles: new Set(), forms: new Map() };
    for (const a of s.articles) row.articles.add(a);
    row.forms.set(spelling, (row.forms.get(spelling) ?? 0) + count);
    split.set(member, row);
  }
}

const share = ([c, u]) => `${c} of ${c + u} covered (${((100 * c) / Math.max(1, c + u)).toFixed(1)}%), ${u} not`;
console.log(`# Synonym coverage of the articles' vocabulary`);
console.log(`${articles} articles in ${dirs.length} folders; ${stats.size} content keys, ${names} of them names (left out)`);
console.log(`all keys: ${share(tally.all)}`);
console.log(`keys in ≥ ${minArticles} articles: ${share(tally.frequent)}`);
console.log(`\nuncovered keys in ≥ ${minArticles} articles (top ${top}): articles, occurrences, key, spellings`);
for (const row of rows.slice(0, top)) console.log(`${row.articles}\t${row.count}\t${row.key}\t${row.spellings.join(', ')}`);
// Group keys that the articles' other words share ("premi", a bonus, and "premtoi", promised, are
// both "prem"): a question asking with such a word gets the group's words as related.
const collisions = [];
for (const [key, givers] of keyWordsOf) {
  const s = stats.get(key);
  if (!s) continue;
  const isForm = (w) => [...givers].some((g) => {
    const base = g.endsWith('e') ? g.slice(0, -1) : g;
    return w === g || (w.startsWith(base) && (w.length - base.length <= 3)) || albanianForms().relatedWords(g).map(fold).includes(w);
  });
  const others = [...s.spellings].filter(([w]) => !isForm(fold(w)));
  if (others.length > 0) collisions.push({ key, givers: [...givers], others: others.sort((a, b) => b[1] - a[1]).map(([w, n]) => `${w} ${n}`), n: others.reduce((t, [, n]) => t + n, 0) });
}
collisions.sort((a, b) => b.n - a.n);
console.log(`\ngroup keys other words of the articles share (${collisions.length}): occurrences of the others, key, group words, other words`);
for (const c of collisions.slice(0, top)) console.log(`${c.n}\t${c.key}\t${c.givers.join(', ')}\t${c.others.slice(0, 6).join(', ')}`);

console.log(`\ngroup words whose forms in the articles have another key (${split.size}): articles, group word, forms`);
for (const [member, row] of [...split].sort((a, b) => b[1].articles.size - a[1].articles.size)) {
  console.log(`${row.articles.size}\t${member}\t${[...row.forms.keys()].join(', ')}`);
}
