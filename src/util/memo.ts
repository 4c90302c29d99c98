/**
 * Memoises a function of a string. Word analysis (folding, stemming, n-gram hashing) is pure and
 * words repeat (Zipf), so an archive's 6 million tokens need only its few hundred thousand
 * distinct words analysed. The cache is emptied when full, which bounds the memory of a
 * long-running bot at the cost of re-analysing words once.
 */
export function memoize<T>(fn: (key: string) => T, capacity = 200_000): (key: string) => T {
  let cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      value = fn(key);
      if (cache.size >= capacity) cache = new Map();
      cache.set(key, value);
    }
    return value as T;
  };
}
