/**
 * The ids of a stream of rows and the row each was first used on, held compactly: a
 * reader that checks a file of millions of rows for repeated ids must remember every id,
 * and a `Map` of strings costs some 60–100 bytes an id, most of the memory of such a run.
 * Here an id costs its UTF-8 bytes plus about 14: the bytes sit in large blocks, each id
 * found through an open-addressing table of integers. Exact: a repeat is reported only
 * when the bytes are equal.
 * @internal
 */
export interface IdIndex {
  /**
   * The row that first used `id`, or `undefined` when none did; then `row` is
   * remembered as its first.
   */
  readonly firstRow: (id: string, row: number) => number | undefined;
}

const surrogate = /[\uD800-\uDFFF]/;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Ids live in blocks of this many bytes; one that would straddle two starts a new block.
const blockBits = 20;
const blockSize = 1 << blockBits;
// Entries (an id's place and its row) grow in pieces of this many, never copied.
const pieceBits = 16;
const pieceSize = 1 << pieceBits;

/**
 * Creates an empty {@link IdIndex}.
 * @example const ids = createIdIndex(); ids.firstRow('P-1', 0); ids.firstRow('P-1', 7) // 0
 * @internal
 */
export function createIdIndex(): IdIndex {
  const encoder = new TextEncoder();
  let scratch = new Uint8Array(256);
  const blocks: Uint8Array[] = [new Uint8Array(blockSize)];
  let used = 0; // bytes used in the last block
  // Entry i: where its id starts (block number and offset in one number), its length,
  // and its row.
  const places: Uint32Array[] = [];
  const lengths: Uint32Array[] = [];
  const rows: Int32Array[] = [];
  let count = 0;
  // Slots hold an entry number + 1; 0 is empty. Kept at most three-quarters full.
  let slots = new Int32Array(1 << 12);

  const encode = (id: string): number => {
    // UTF-8 takes at most three bytes for each UTF-16 unit.
    if (id.length * 3 > scratch.length) scratch = new Uint8Array(id.length * 3);
    return encoder.encodeInto(id, scratch).written;
  };

  // FNV-1a over the bytes: cheap, and spreads the sequential ids CRMs use.
  const hash = (bytes: Uint8Array, from: number, length: number): number => {
    let h = 0x811c9dc5;
    for (let i = from; i < from + length; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
    return h >>> 0;
  };

  const entryBytes = (entry: number): [Uint8Array, number, number] => {
    const place = (places[entry >>> pieceBits] as Uint32Array)[entry & (pieceSize - 1)] as number;
    const length = (lengths[entry >>> pieceBits] as Uint32Array)[entry & (pieceSize - 1)] as number;
    return [blocks[place >>> blockBits] as Uint8Array, place & (blockSize - 1), length];
  };

  const equal = (entry: number, length: number): boolean => {
    const [block, from, stored] = entryBytes(entry);
    if (stored !== length) return false;
    for (let i = 0; i < length; i++) if (block[from + i] !== scratch[i]) return false;
    return true;
  };

  const place = (value: number, h: number): void => {
    const mask = slots.length - 1;
    let slot = h & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = value;
  };

  const grow = (): void => {
    const old = slots;
    slots = new Int32Array(old.length * 2);
    for (const value of old) {
      if (value === 0) continue;
      const [block, from, length] = entryBytes(value - 1);
      place(value, hash(block, from, length));
    }
  };

  const store = (length: number, row: number): void => {
    // Ids longer than a block (a pasted file in an id cell) get a block of their own.
    if (used + length > blockSize) {
      blocks.push(new Uint8Array(Math.max(blockSize, length)));
      used = 0;
    }
    const blockIndex = blocks.length - 1;
    (blocks[blockIndex] as Uint8Array).set(scratch.subarray(0, length), used);
    if ((count & (pieceSize - 1)) === 0) {
      places.push(new Uint32Array(pieceSize));
      lengths.push(new Uint32Array(pieceSize));
      rows.push(new Int32Array(pieceSize));
    }
    const piece = count >>> pieceBits;
    const at = count & (pieceSize - 1);
    (places[piece] as Uint32Array)[at] = (blockIndex << blockBits) | used;
    (lengths[piece] as Uint32Array)[at] = length;
    (rows[piece] as Int32Array)[at] = row;
    used += length;
    count++;
  };

  // UTF-8 would turn every lone surrogate into the same U+FFFD: such ids, which no CRM
  // writes but a JSON file can hold, are kept apart in a Map, so they stay exact too.
  const malformed = new Map<string, number>();

  return {
    firstRow: (id, row) => {
      if (surrogate.test(id) && loneSurrogate.test(id)) {
        const first = malformed.get(id);
        if (first === undefined) malformed.set(id, row);
        return first;
      }
      const length = encode(id);
      const h = hash(scratch, 0, length);
      const mask = slots.length - 1;
      let slot = h & mask;
      for (;;) {
        const value = slots[slot] as number;
        if (value === 0) break;
        if (equal(value - 1, length)) {
          const entry = value - 1;
          return (rows[entry >>> pieceBits] as Int32Array)[entry & (pieceSize - 1)];
        }
        slot = (slot + 1) & mask;
      }
      store(length, row);
      slots[slot] = count;
      if (count * 4 > slots.length * 3) grow();
      return undefined;
    },
  };
}
