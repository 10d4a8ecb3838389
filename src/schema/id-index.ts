import { createOffsetRuns } from './offset-runs.js';

/**
 * The ids of a stream of rows and the row each was first used on, held compactly: a
 * reader that checks a file of millions of rows for repeated ids must remember every id,
 * and a `Map` of strings costs some 60–100 bytes an id, most of the memory of such a run.
 * Here an id costs its UTF-8 bytes plus about 10: the bytes sit in large blocks behind a
 * length, each id found through an open-addressing table of integers, and its row in
 * offset runs (rows come in order). Exact: a repeat is reported only when the bytes are
 * equal.
 * @internal
 */
export interface IdIndex {
  /**
   * The row that first used `id`, or `undefined` when none did; then `row` is
   * remembered as its first. Rows are given in increasing order.
   */
  readonly firstRow: (id: string, row: number) => number | undefined;
}

const surrogate = /[\uD800-\uDFFF]/;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Ids live in blocks of this many bytes, each behind its length (two bytes, or six for
// an id of 32 kB or more); one that would straddle two blocks starts a new one.
const blockBits = 20;
const blockSize = 1 << blockBits;
// Where each entry's id starts, in pieces of this many, never copied.
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
  // Entry i: where its length and bytes start (block number and offset in one number).
  const places: Uint32Array[] = [];
  // Entry i's row: entries are made in row order.
  const rows = createOffsetRuns();
  let count = 0;
  // Slots hold an entry number + 1 (0 is empty) and its id's hash, so a probe compares
  // bytes only when the hashes agree, and growing needs no bytes at all. Kept at most
  // three-quarters full.
  let slots = new Int32Array(1 << 12);
  let hashes = new Uint32Array(1 << 12);

  const encode = (id: string): number => {
    // UTF-8 takes at most three bytes for each UTF-16 unit.
    if (id.length * 3 > scratch.length) scratch = new Uint8Array(id.length * 3);
    // Most ids are ASCII, whose bytes are their char codes: copied here, they skip the
    // encoder's call into the runtime, which cost a third of the index's time.
    for (let i = 0; i < id.length; i++) {
      const code = id.charCodeAt(i);
      if (code > 0x7f) return encoder.encodeInto(id, scratch).written;
      scratch[i] = code;
    }
    return id.length;
  };

  // FNV-1a over the bytes, then murmur3's finalizer, so the sequential ids CRMs use
  // spread over the table's low bits.
  const hash = (bytes: Uint8Array, length: number): number => {
    let h = 0x811c9dc5;
    for (let i = 0; i < length; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };

  // An entry's bytes: its block, where they start, and how many there are.
  const entryBytes = (entry: number): [Uint8Array, number, number] => {
    const place = (places[entry >>> pieceBits] as Uint32Array)[entry & (pieceSize - 1)] as number;
    const block = blocks[place >>> blockBits] as Uint8Array;
    const at = place & (blockSize - 1);
    const short = ((block[at] as number) << 8) | (block[at + 1] as number);
    if (short !== 0xffff) return [block, at + 2, short];
    const long = ((block[at + 2] as number) << 24) | ((block[at + 3] as number) << 16) | ((block[at + 4] as number) << 8) | (block[at + 5] as number);
    return [block, at + 6, long >>> 0];
  };

  const equal = (entry: number, length: number): boolean => {
    const [block, from, stored] = entryBytes(entry);
    if (stored !== length) return false;
    for (let i = 0; i < length; i++) if (block[from + i] !== scratch[i]) return false;
    return true;
  };

  const grow = (): void => {
    const oldSlots = slots;
    const oldHashes = hashes;
    slots = new Int32Array(oldSlots.length * 2);
    hashes = new Uint32Array(oldSlots.length * 2);
    const mask = slots.length - 1;
    for (let i = 0; i < oldSlots.length; i++) {
      const value = oldSlots[i] as number;
      if (value === 0) continue;
      const h = oldHashes[i] as number;
      let slot = h & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = value;
      hashes[slot] = h;
    }
  };

  const store = (length: number, row: number): void => {
    const header = length < 0xffff ? 2 : 6;
    // Ids longer than a block (a pasted file in an id cell) get a block of their own.
    if (used + header + length > blockSize) {
      blocks.push(new Uint8Array(Math.max(blockSize, header + length)));
      used = 0;
    }
    const blockIndex = blocks.length - 1;
    const block = blocks[blockIndex] as Uint8Array;
    if (header === 2) {
      block[used] = length >>> 8;
      block[used + 1] = length & 0xff;
    } else {
      block[used] = block[used + 1] = 0xff;
      for (let i = 0; i < 4; i++) block[used + 2 + i] = (length >>> (24 - 8 * i)) & 0xff;
    }
    // A loop, not `set` of a `subarray`: ids are short, and a view for each would be garbage.
    for (let i = 0, at = used + header; i < length; i++) block[at + i] = scratch[i] as number;
    if ((count & (pieceSize - 1)) === 0) places.push(new Uint32Array(pieceSize));
    (places[count >>> pieceBits] as Uint32Array)[count & (pieceSize - 1)] = (blockIndex << blockBits) | used;
    rows.set(count, row);
    used += header + length;
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
      const h = hash(scratch, length);
      const mask = slots.length - 1;
      let slot = h & mask;
      for (;;) {
        const value = slots[slot] as number;
        if (value === 0) break;
        if (hashes[slot] === h && equal(value - 1, length)) return rows.get(value - 1);
        slot = (slot + 1) & mask;
      }
      store(length, row);
      slots[slot] = count;
      hashes[slot] = h;
      if (count * 4 > slots.length * 3) grow();
      return undefined;
    },
  };
}
