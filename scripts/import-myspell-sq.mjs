#!/usr/bin/env node
/**
 * Generates data/lexicon/sq-paradigms.tsv from the hunspell Albanian dictionary (Debian's
 * myspell-sq, by Luan Kelmendi, GPL-2+), and measures how well the engine's index keys conflate
 * the dictionary's paradigms before and after the generated groups: recall (how often one form of
 * a paradigm finds another, or its dictionary form) and a precision proxy (how often a form finds
 * the key of another word of the dictionary).
 *
 *   apt-get download myspell-sq && dpkg-deb -x myspell-sq_*.deb sqdict
 *   npm run build
 *   node scripts/import-myspell-sq.mjs sqdict/usr/share/hunspell/sq_AL.aff sqdict/usr/share/hunspell/sq_AL.dic [out.tsv]
 *
 * A paradigm is one dictionary entry expanded with its suffix flags (prefixes derive other words
 * or attach clitics, "pa-", "s'", and are left out). The file keeps, for each paradigm whose forms
 * the stemmer splits over several keys, one form per key, so that the engine relates the keys;
 * a key that a paradigm shares with another word (see `unrelated`) is left out of it, so that one
 * homograph or derivation never links two words.
 */
import { writeFileSync } from 'node:fs';
import { HunspellReader } from 'hunspell-reader';
import { indexKey } from '../dist/src/retrieval/query.js';
import { WordGroups } from '../dist/src/retrieval/word-groups.js';
import { fold } from '../dist/src/text/normalize.js';
import { alternatives, readWordList } from '../dist/src/text/word-lists.js';

const [affFile, dicFile, outFile = new URL('../data/lexicon/sq-paradigms.tsv', import.meta.url).pathname] = process.argv.slice(2);
if (!affFile || !dicFile) {
  console.error('usage: node scripts/import-myspell-sq.mjs <sq_AL.aff> <sq_AL.dic> [out.tsv]');
  process.exit(2);
}

/** Prefix flags of sq_AL.aff (ç', s', për-, pa-): they make other words, not forms. */
const PREFIX_FLAGS = new Set(['Z', 'X', 'E', 'A']);
/** A form the word lists accept: one lowercase Albanian word. */
const FORM = /^[a-zëç]+$/;

const reader = await HunspellReader.createFromFiles(affFile, dicFile);
/** Folded base → paradigm: the dictionary word, its suffix flags and its lowercase forms. */
const paradigms = new Map();
for (const entry of reader.seqTransformDictionaryEntries()) {
  const [word, flags = ''] = entry[0].dic.split('/');
  const suffixFlags = [...flags].filter((f) => !PREFIX_FLAGS.has(f)).sort().join('');
  if (!suffixFlags) continue;
  const base = word.toLowerCase();
  const paradigm = paradigms.get(fold(base)) ?? { base, flags: suffixFlags, forms: new Set([base]) };
  for (const { word: form, prefix } of entry) if (!prefix) paradigm.forms.add(form.toLowerCase());
  paradigms.set(fold(base), paradigm);
}
/** The engine looks a word's group up by its first letters (see `PrefixedWordGroups`): every form must share them. */
const PREFIX = 3;
for (const p of paradigms.values()) {
  p.forms = [...p.forms].filter((f) => FORM.test(f) && indexKey(f) && fold(f).slice(0, PREFIX) === fold(p.base).slice(0, PREFIX));
}

/**
 * Index key → the lowercase words of the dictionary with a form of that key: the bases of the
 * paradigms, and the words listed without flags (many inflected forms are listed one by one).
 */
const keyOwners = new Map();
const own = (key, word) => (keyOwners.get(key) ?? keyOwners.set(key, new Set()).get(key)).add(word);
for (const p of paradigms.values()) for (const f of p.forms) own(indexKey(f), p.base);
const generated = new Set([...paradigms.values()].flatMap((p) => p.forms));
for (const word of reader.dic) {
  if (word.includes('/')) continue;
  const lower = word.toLowerCase();
  if (generated.has(lower)) continue;
  const key = FORM.test(lower) && indexKey(lower);
  if (key) own(key, lower);
}

function commonPrefix(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}
/** Opening letters two words must share to be forms of one word. */
const MIN_RELATED = 4;
/**
 * Different words, not forms of one another: they share fewer than four letters ("ligj", law, and
 * "lig", bad) or differ before the last two letters of the longer one, compared with ë and ç
 * ("qendër", centre, is not "qëndrim", stance; "drejtues", driver, is not "drejtim", direction;
 * "absolut" and "absolute" are one word).
 */
const unrelated = (a, b) => a !== b && (commonPrefix(a, b) < MIN_RELATED || commonPrefix(a, b) < Math.max(a.length, b.length) - 2);
/** Different words in a looser sense, for the measurement only: derivations ("drejtues"/"drejtim") count as one word. */
const unrelatedLoosely = (a, b) => a !== b && (commonPrefix(a, b) < MIN_RELATED || commonPrefix(a, b) < Math.min(a.length, b.length) - 2);

const groups = [];
for (const p of paradigms.values()) {
  const byKey = new Map();
  for (const f of p.forms) {
    const key = indexKey(f);
    if ([...keyOwners.get(key)].some((other) => unrelated(other, p.base))) continue;
    const known = byKey.get(key);
    if (!known || f === p.base || (known !== p.base && (f.length < known.length || (f.length === known.length && f < known)))) byKey.set(key, f);
  }
  if (byKey.size < 2) continue;
  const forms = [...byKey.values()].sort((a, b) => (a === p.base ? -1 : b === p.base ? 1 : a.length - b.length || a.localeCompare(b)));
  groups.push(forms);
}
groups.sort((a, b) => a[0].localeCompare(b[0], 'sq'));

const header = `# Albanian paradigms whose forms the stemmer splits over several index keys, one form per key: how
# "cisternë" finds "cisternat", "socialistja" finds "socialiste". One group per line, forms separated by " | ", the
# dictionary form first when it is kept. GENERATED, do not edit by hand: hand-written irregular forms
# go to sq-forms.tsv. Regenerate with scripts/import-myspell-sq.mjs after changing the stemmer
# (test/text/sq-paradigms.test.ts fails when a group no longer spans two keys).
# Source: the hunspell Albanian dictionary (Debian package myspell-sq 1.6.4, sq_AL.aff/sq_AL.dic,
# Copyright 2002, 2009 Luan Kelmendi), expanded by its suffix rules. Licence: GPL-2.0-or-later, as
# the dictionary's; this file is derived from it.
`;
writeFileSync(outFile, header + groups.map((g) => g.join(' | ')).join('\n') + '\n');
console.log(`wrote ${groups.length} groups (${groups.reduce((n, g) => n + g.length, 0)} forms) to ${outFile}`);

/**
 * Recall: share of same-paradigm form pairs (and of forms with their base) a question word of
 * one form finds in an article written in the other: the same index key, or a key of a group of
 * the word. Precision proxy: share of forms that find a key of an unrelated paradigm.
 */
function measure(label, extra) {
  const groupsOf = [irregular, ...(extra ? [extra] : [])];
  const reach = new Map();
  const keysReached = (f) => {
    let keys = reach.get(f);
    if (!keys) reach.set(f, (keys = new Set([indexKey(f), ...groupsOf.flatMap((g) => g.relatedWords(f)).map((w) => indexKey(w)).filter(Boolean)])));
    return keys;
  };
  const conflated = (a, b) => keysReached(a).has(indexKey(b)) || keysReached(b).has(indexKey(a));
  const classes = new Map();
  const total = { base: 0, baseHit: 0, pairs: 0, pairHit: 0, forms: 0, collide: 0, collideLoosely: 0 };
  for (const p of paradigms.values()) {
    const c = classes.get(p.flags) ?? { n: 0, base: 0, baseHit: 0, pairs: 0, pairHit: 0 };
    c.n++;
    for (const [i, f] of p.forms.entries()) {
      if (f !== p.base) {
        c.base++;
        if (conflated(f, p.base)) c.baseHit++;
      }
      for (const g of p.forms.slice(i + 1)) {
        c.pairs++;
        if (conflated(f, g)) c.pairHit++;
      }
      total.forms++;
      const owners = [...keysReached(f)].flatMap((k) => [...(keyOwners.get(k) ?? [])]);
      if (owners.some((other) => unrelated(other, p.base))) total.collide++;
      if (owners.some((other) => unrelatedLoosely(other, p.base))) total.collideLoosely++;
    }
    classes.set(p.flags, c);
  }
  for (const c of classes.values()) for (const k of ['base', 'baseHit', 'pairs', 'pairHit']) total[k] += c[k];
  const ratio = (a, b) => (b ? a / b : 1).toFixed(3);
  console.log(`\n${label}: ${paradigms.size} paradigms, ${total.forms} forms`);
  console.log(`  form→base recall ${ratio(total.baseHit, total.base)}, pair recall ${ratio(total.pairHit, total.pairs)}, forms reaching another word's key ${ratio(total.collide, total.forms)} (${ratio(total.collideLoosely, total.forms)} not counting derivations)`);
  for (const [flags, c] of [...classes].sort((a, b) => b[1].n - a[1].n).slice(0, 16)) {
    console.log(`  flags ${flags.padEnd(6)} ${String(c.n).padStart(5)} paradigms  form→base ${ratio(c.baseHit, c.base)}  pairs ${ratio(c.pairHit, c.pairs)}`);
  }
}

const irregular = new WordGroups(readWordList('sq-forms.tsv').map(({ fields }) => alternatives(fields[0])));
measure('stemmer + sq-forms.tsv');
measure('stemmer + sq-forms.tsv + sq-paradigms.tsv', new WordGroups(groups));
