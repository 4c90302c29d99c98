import { describe, expect, it } from 'vitest';
import { holdsNumber, isYear } from '../../src/text/numbers.js';

describe('numbers in digits', () => {
  it('reads a whole number of the last two centuries as a year, and no other', () => {
    expect(['1992', '2019', '2025'].map(isYear)).toEqual([true, true, true]);
    expect(['12000', '2 150', '640', '20190', '1792'].map(isYear)).toEqual([false, false, false, false, false]);
  });

  it('finds the same years inside a text as it reads whole', () => {
    expect(holdsNumber('Tërmeti i vitit 2019 dëmtoi shkollën.', 'year')).toBe(true);
    expect(holdsNumber('U regjistruan 20190 vizitorë.', 'year')).toBe(false);
  });
});
