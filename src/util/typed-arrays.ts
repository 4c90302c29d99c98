/** Integer arrays that grow by copying into a larger one. */
type GrowableArray = Uint16Array | Uint32Array | Int32Array;

/** Copies `from` into the start of `to`, a larger array of the same kind (already filled as new slots should be), and returns `to`. */
export function grow<T extends GrowableArray>(from: T, to: T): T {
  to.set(from);
  return to;
}
