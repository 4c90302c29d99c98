/**
 * Sets `key` as the most recent entry of a Map kept in recency order (least recent first), then
 * drops entries from the front for as long as `isStale(value, size)` holds. Cheap, because with
 * entries in recency order the stale ones are all at the front.
 */
export function setMostRecent<K, V>(map: Map<K, V>, key: K, value: V, isStale: (value: V, size: number) => boolean): void {
  map.delete(key);
  map.set(key, value);
  for (const [oldest, kept] of map) {
    if (!isStale(kept, map.size)) break;
    map.delete(oldest);
  }
}
