/** Integer arrays that grow by copying into a larger one. */
type GrowableArray = Uint16Array | Uint32Array | Int32Array;

/** Copies `from` into the start of `to`, a larger array of the same kind (already filled as new slots should be), and returns `to`. */
export function grow<T extends GrowableArray>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Typed arrays saved by {@link alignedChunks}. */
type SavedArray = Uint16Array | Uint32Array | Float64Array;

/** The arrays' bytes as written after `written` bytes of a file, each padded to start at a multiple of `align` bytes. */
export function alignedChunks(arrays: readonly SavedArray[], written: number, align: number): Buffer[] {
  const chunks: Buffer[] = [];
  let length = written;
  for (const array of arrays) {
    const pad = (align - (length % align)) % align;
    chunks.push(Buffer.alloc(pad), Buffer.from(array.buffer, array.byteOffset, array.byteLength));
    length += pad + array.byteLength;
  }
  return chunks;
}

/**
 * Reads, one after another from `position`, arrays written by {@link alignedChunks}: each is copied into a
 * fresh buffer, since the bytes of a file read into memory need not be aligned for a typed array.
 * Throws `truncated` when the data ends before an array does.
 */
export function alignedReader(data: Buffer, position: number, align: number, truncated: string): <T>(make: (buffer: ArrayBuffer) => T, count: number, bytes: number) => T {
  let at = position;
  return (make, count, bytes) => {
    at += (align - (at % align)) % align;
    const end = at + count * bytes;
    if (end > data.length) throw new Error(truncated);
    const copy = new Uint8Array(count * bytes);
    copy.set(data.subarray(at, end));
    at = end;
    return make(copy.buffer);
  };
}
