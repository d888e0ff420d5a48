/**
 * A fixed set of feature names, each with a row number, held in typed arrays: each name is kept
 * as two 32-bit hashes, not as a string. A `Map` of the safety model's 150,000 names held about
 * 60 MB of strings and entries in the server's heap; this table holds 6 MB. Two names sharing
 * both hashes are refused when the table is built, so a name in the table is always found at its
 * own row. A name not in the table is reported absent unless it shares both hashes with one that
 * is: for hashes that behave as random, about one chance in 10^14 per lookup in a table of
 * 150,000 names.
 */
export interface FeatureTable {
  /** Names in the table. */
  size: number;
  /** The row of `feature` (its position in the list the table was built from), or -1. */
  rowOf(feature: string): number;
}

/** FNV-1a over the UTF-16 code units. */
function hashA(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A multiply-and-shift hash with another seed and a final mix, independent of `hashA`. */
function hashB(text: string): number {
  let h = 0x9747b28c ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 15;
  }
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Builds the table of `features` (row = position in the list). Duplicate names are an error.
 * @example featureTable(['w:die', 'w:pills']).rowOf('w:pills') // 1
 */
export function featureTable(features: readonly string[]): FeatureTable {
  const { rows, keys, mask } = buildSlots(features);
  return {
    size: features.length,
    rowOf(feature: string): number {
      const a = hashA(feature);
      let slot = a & mask;
      let b = -1;
      while (rows[slot] !== -1) {
        if (keys[2 * slot] === a) {
          if (b === -1) b = hashB(feature);
          if (keys[2 * slot + 1] === b) return rows[slot]!;
        }
        slot = (slot + 1) & mask;
      }
      return -1;
    },
  };
}

/**
 * The slots of the table, at most half full (linear probing). Built apart from `featureTable`
 * so that its closure's scope does not hold the names.
 */
function buildSlots(features: readonly string[]) {
  let capacity = 16;
  while (capacity < features.length * 2) capacity *= 2;
  const mask = capacity - 1;
  const rows = new Int32Array(capacity).fill(-1);
  const keys = new Uint32Array(capacity * 2);
  features.forEach((feature, row) => {
    const a = hashA(feature);
    const b = hashB(feature);
    let slot = a & mask;
    while (rows[slot] !== -1) {
      if (keys[2 * slot] === a && keys[2 * slot + 1] === b) {
        const other = features[rows[slot]!]!;
        throw new Error(
          other === feature
            ? `feature table: "${feature}" is listed twice`
            : `feature table: "${feature}" and "${other}" share both hashes`,
        );
      }
      slot = (slot + 1) & mask;
    }
    rows[slot] = row;
    keys[2 * slot] = a;
    keys[2 * slot + 1] = b;
  });
  return { rows, keys, mask };
}
