/**
 * Articles for the catalogue and live-update tests: a folder with a copy of the seed article,
 * and a second, newer article on another subject, with front matter (title, date, source, url).
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_ARTICLE, SEED_ID, makeTempDir } from './core.js';

export const TRAM_ID = '2024-03-tirana-tram';
export const TRAM_TITLE = 'Tirana hap linjën e parë të tramvajit';
export const TRAM_URL = 'https://example.com/lajme/tirana-tramvaj';
/** A newer article than the seed (2023-09), so it is "the newest". */
export const TRAM_ARTICLE = `---
title: ${TRAM_TITLE}
date: 2024-03-15
source: Agjencia Test
url: ${TRAM_URL}
---

Bashkia e Tiranës hapi sot linjën e parë të tramvajit, e cila lidh stacionin e trenit me Sheshin Skënderbej.

Kryetari i bashkisë Arben Hoxha tha se tramvaji do të qarkullojë çdo dhjetë minuta nga ora gjashtë e mëngjesit.

Linja ka tetë stacione dhe kushtoi tridhjetë milionë euro, të financuara nga Banka Evropiane për Investime.
`;

/** The same article, corrected: the fare paragraph is new. */
export const TRAM_CORRECTED = `${TRAM_ARTICLE}
Bileta e tramvajit kushton dyqind lekë dhe mund të blihet me telefon.
`;

/** A fresh folder with the seed article (as `${SEED_ID}.txt`); add the tram article with {@link addTram}. */
export function articlesFolder(): string {
  const dir = makeTempDir('qa-live-articles-');
  copyFileSync(SEED_ARTICLE, join(dir, `${SEED_ID}.txt`));
  return dir;
}

export function addTram(dir: string, content = TRAM_ARTICLE): string {
  const path = join(dir, `${TRAM_ID}.md`);
  writeFileSync(path, content);
  return path;
}
