// A map from exact integer keys (below 2^53) to non-negative ints, kept in typed arrays: on
// Espruino every key of a JS object costs RAM blocks, a typed-array slot costs 12 bytes.
// Open addressing with linear probing; no deletion (imFilter rebuilds).

export interface IntMap {
  keys: Float64Array;
  vals: Int32Array; // value + 1; 0 = empty slot
  n: number;
}

/** One exact number for mod:fn/arity (atom indexes below 2^22, arity below 256): the key of the
 *  export, import and native tables. */
export function mfaKey(m: number, f: number, a: number): number {
  return (m * 4194304 + f) * 256 + a;
}

/** Hash of an mfaKey: its remainder by a prime, folded, as keys of one module and arity differ
 *  by multiples of 256 (their low bits alone would put them all in one probe run). */
export function mfaHash(k: number): number {
  const h = k % 1000003;
  return h ^ (h >> 8);
}

export function imNew(): IntMap {
  return { keys: new Float64Array(16), vals: new Int32Array(16), n: 0 };
}

function slot(m: IntMap, k: number): number {
  const mask = m.vals.length - 1;
  let h = mfaHash(k) & mask;
  while (m.vals[h] !== 0 && m.keys[h] !== k) h = (h + 1) & mask;
  return h;
}

/** Value stored under k, or -1. */
export function imGet(m: IntMap, k: number): number {
  return m.vals[slot(m, k)] - 1;
}

function rehash(m: IntMap, size: number, keep: ((v: number) => boolean) | null): void {
  const ok = m.keys;
  const ov = m.vals;
  m.keys = new Float64Array(size);
  m.vals = new Int32Array(size);
  m.n = 0;
  for (let i = 0; i < ov.length; i++) if (ov[i] !== 0 && (keep === null || keep(ov[i] - 1))) imPut(m, ok[i], ov[i] - 1);
}

/** Stores v (>= 0) under k, replacing any value there. */
export function imPut(m: IntMap, k: number, v: number): void {
  if ((m.n + 1) * 2 > m.vals.length) rehash(m, m.vals.length * 2, null);
  const h = slot(m, k);
  if (m.vals[h] === 0) {
    m.keys[h] = k;
    m.n++;
  }
  m.vals[h] = v + 1;
}

/** Drops every entry whose value fails keep. */
export function imFilter(m: IntMap, keep: (v: number) => boolean): void {
  rehash(m, m.vals.length, keep);
}
