import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's root: the nearest folder above this module with a package.json. Modules run
 * from `src/` (tests) and from `dist/src/` (build), so a fixed `../..` would be wrong for one of them.
 */
function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the running module');
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot();

/** Word lists, lexicons and synonym groups that the text analysis reads (`data/lexicon/`). */
export const LEXICON_DIR = join(PROJECT_ROOT, 'data', 'lexicon');
