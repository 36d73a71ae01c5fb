// Binary and bitstring access. binResolve(t) describes any bitstring term through three live
// exports (no object allocated): RB_ADDR (byte address of the byte holding the first bit),
// RB_BIT (bit offset 0..7 within it) and RB_BITS (length in bits).
import { W, U8, bcopy } from './memory';
import { Box, Refc, HEAP_BIN_LIMIT } from './term';
import { Process } from './process';
import { heapAlloc, refcAlloc, refcBox } from './heap';

export let RB_ADDR = 0;
export let RB_BIT = 0;
export let RB_BITS = 0;

/** Resolves a bitstring; returns false when t is not one. */
export function binResolve(t: number): boolean {
  if ((t & 3) !== 2) return false;
  const a = t >>> 2;
  const h = W[a];
  switch (h & 0x3f) {
    case Box.HEAP_BIN:
      RB_ADDR = (a + 2) * 4;
      RB_BIT = 0;
      RB_BITS = W[a + 1] * 8;
      return true;
    case Box.REFC_BIN:
      RB_ADDR = W[a + Refc.DATA];
      RB_BIT = 0;
      RB_BITS = W[a + Refc.SIZE] * 8;
      return true;
    case Box.SUB_BIN: {
      const orig = W[a + 1] >>> 2;
      const base = (W[orig] & 0x3f) === Box.HEAP_BIN ? (orig + 2) * 4 : W[orig + Refc.DATA];
      const off = W[a + 3];
      RB_ADDR = base + (off >>> 3);
      RB_BIT = off & 7;
      RB_BITS = W[a + 2];
      return true;
    }
    default:
      return false;
  }
}

export function isBitstring(t: number): boolean {
  if ((t & 3) !== 2) return false;
  const tag = W[t >>> 2] & 0x3f;
  return tag === Box.HEAP_BIN || tag === Box.REFC_BIN || tag === Box.SUB_BIN;
}

/** True for a bitstring whose length is a whole number of bytes. */
export function isBinary(t: number): boolean {
  if (!binResolve(t)) return false;
  return (RB_BITS & 7) === 0;
}

/** Allocates an uninitialised binary of byteSize bytes on p's heap (refc when large). */
export function binNew(p: Process, byteSize: number): number {
  if (byteSize > HEAP_BIN_LIMIT) return refcBox(p, refcAlloc(byteSize), byteSize);
  const words = (byteSize + 3) >> 2;
  const a = heapAlloc(p, 2 + words);
  W[a] = ((1 + words) << 6) | Box.HEAP_BIN;
  W[a + 1] = byteSize;
  if (words > 0) W[a + 1 + words] = 0; // keep trailing pad bytes deterministic
  return (a << 2) | 2;
}

/** Byte address of the data of a binary made by binNew. */
export function binData(t: number): number {
  const a = t >>> 2;
  return (W[a] & 0x3f) === Box.HEAP_BIN ? (a + 2) * 4 : W[a + Refc.DATA];
}

/** A sub binary of `bits` bits starting `bitOff` bits into the heap/refc binary `orig`. */
export function binSub(p: Process, orig: number, bitOff: number, bits: number): number {
  const a = heapAlloc(p, 4);
  W[a] = (3 << 6) | Box.SUB_BIN;
  W[a + 1] = orig;
  W[a + 2] = bits;
  W[a + 3] = bitOff;
  return (a << 2) | 2;
}

/**
 * The heap/refc binary underneath t and t's bit offset in it: returns the underlying term and
 * stores the offset in RB_BIT/RB_BITS-style live export SUB_OFF.
 */
export let SUB_OFF = 0;
export function binUnderlying(t: number): number {
  const a = t >>> 2;
  if ((W[a] & 0x3f) === Box.SUB_BIN) {
    SUB_OFF = W[a + 3];
    return W[a + 1];
  }
  SUB_OFF = 0;
  return t;
}

/** Makes a binary from bytes held in a JS array-like. */
export function binFromBytes(p: Process, bytes: ArrayLike<number>, start: number, len: number): number {
  const t = binNew(p, len);
  const d = binData(t);
  for (let i = 0; i < len; i++) U8[d + i] = bytes[start + i];
  return t;
}

/** Makes a binary from a byte string (one char per byte). */
export function binFromString(p: Process, s: string): number {
  const t = binNew(p, s.length);
  const d = binData(t);
  for (let i = 0; i < s.length; i++) U8[d + i] = s.charCodeAt(i) & 255;
  return t;
}

/** Reads bit `i` (0 = first) of the resolved bitstring region starting at addr/bit. */
export function bitAt(addr: number, bit: number, i: number): number {
  const b = bit + i;
  return (U8[addr + (b >>> 3)] >> (7 - (b & 7))) & 1;
}

/** Byte `i` of the resolved bitstring (handles unaligned starts). */
export function byteAt(addr: number, bit: number, i: number): number {
  if (bit === 0) return U8[addr + i];
  const a = addr + i;
  return ((U8[a] << bit) | (U8[a + 1] >> (8 - bit))) & 255;
}

/** Copies the bytes of a byte-aligned-length bitstring into a fresh Uint8Array. */
export function binToBytes(t: number): Uint8Array {
  binResolve(t);
  const n = RB_BITS >>> 3;
  const out = new Uint8Array(n);
  if (RB_BIT === 0) bcopy(out, 0, U8, RB_ADDR, n);
  else for (let i = 0; i < n; i++) out[i] = byteAt(RB_ADDR, RB_BIT, i);
  return out;
}

/** The bytes of a binary as a byte string (one char per byte). */
export function binToString(t: number): string {
  binResolve(t);
  const n = RB_BITS >>> 3;
  let s = '';
  const addr = RB_ADDR;
  const bit = RB_BIT;
  for (let i = 0; i < n; i += 256) {
    const m = n - i < 256 ? n - i : 256;
    const chunk: number[] = [];
    for (let j = 0; j < m; j++) chunk.push(byteAt(addr, bit, i + j));
    s += String.fromCharCode.apply(null, chunk);
  }
  return s;
}

// ---- bit-level access (bit syntax, binary BIFs) ----------------------------------------------
// Addresses are byte addresses into U8 plus a bit offset (any size: it is folded into the
// address). Bits are numbered from the most significant bit of each byte, as in Erlang.

/** POW2[i] = 2^i for i in 0..53. */
export const POW2: number[] = [];
(function (): void {
  let v = 1;
  for (let i = 0; i <= 53; i++) {
    POW2.push(v);
    v *= 2;
  }
})();

/** Reads n (0..32) bits at bit offset `bit` from byte address addr as an unsigned number. */
export function bitsGet(addr: number, bit: number, n: number): number {
  let a = addr + (bit >>> 3);
  let b = bit & 7;
  if (b === 0) {
    if (n === 8) return U8[a];
    if (n === 16) return (U8[a] << 8) | U8[a + 1];
    if (n === 32) return U8[a] * 16777216 + ((U8[a + 1] << 16) | (U8[a + 2] << 8) | U8[a + 3]);
  }
  let v = 0;
  while (n > 0) {
    const avail = 8 - b;
    const take = n < avail ? n : avail;
    v = v * (1 << take) + ((U8[a] >> (avail - take)) & ((1 << take) - 1));
    n -= take;
    b += take;
    if (b === 8) {
      b = 0;
      a++;
    }
  }
  return v;
}

/** Writes the low n (0..32) bits of v (an unsigned number below 2^n) at bit offset `bit`. */
export function bitsPut(addr: number, bit: number, n: number, v: number): void {
  let a = addr + (bit >>> 3);
  let b = bit & 7;
  if (b === 0 && n === 8) {
    U8[a] = v;
    return;
  }
  while (n > 0) {
    const avail = 8 - b;
    const take = n < avail ? n : avail;
    const rest = n - take;
    const chunk = (rest === 0 ? v : Math.floor(v / POW2[rest])) & ((1 << take) - 1);
    const shift = avail - take;
    const mask = ((1 << take) - 1) << shift;
    U8[a] = (U8[a] & ~mask) | (chunk << shift);
    if (rest > 0) v = v - Math.floor(v / POW2[rest]) * POW2[rest];
    n = rest;
    b += take;
    if (b === 8) {
      b = 0;
      a++;
    }
  }
}

/** Copies n bits from (src, sbit) to (dst, dbit). Regions may overlap only when both are byte aligned. */
export function bitsCopy(dst: number, dbit: number, src: number, sbit: number, n: number): void {
  dst += dbit >>> 3;
  dbit &= 7;
  src += sbit >>> 3;
  sbit &= 7;
  const nb = n >>> 3;
  const r = n & 7;
  if (dbit === 0) {
    if (sbit === 0) {
      if (nb > 0) bcopy(U8, dst, U8, src, nb);
    } else {
      for (let i = 0; i < nb; i++) U8[dst + i] = ((U8[src + i] << sbit) | (U8[src + i + 1] >> (8 - sbit))) & 255;
    }
  } else {
    const keep = (0xff << (8 - dbit)) & 255; // bits of the first byte that stay
    for (let i = 0; i < nb; i++) {
      const v = sbit === 0 ? U8[src + i] : ((U8[src + i] << sbit) | (U8[src + i + 1] >> (8 - sbit))) & 255;
      const d = dst + i;
      U8[d] = (U8[d] & keep) | (v >> dbit);
      U8[d + 1] = (U8[d + 1] & ~keep & 255) | ((v << (8 - dbit)) & 255);
    }
  }
  if (r > 0) bitsPut(dst, dbit + nb * 8, r, bitsGet(src, sbit + nb * 8, r));
}

/** Compares n bits at (a, abit) and (b, bbit): true when equal. */
export function bitsEqual(a: number, abit: number, b: number, bbit: number, n: number): boolean {
  a += abit >>> 3;
  abit &= 7;
  b += bbit >>> 3;
  bbit &= 7;
  const nb = n >>> 3;
  if (abit === 0 && bbit === 0) {
    for (let i = 0; i < nb; i++) if (U8[a + i] !== U8[b + i]) return false;
  } else {
    for (let i = 0; i < nb; i++) if (byteAt(a, abit, i) !== byteAt(b, bbit, i)) return false;
  }
  const r = n & 7;
  return r === 0 || bitsGet(a, abit + nb * 8, r) === bitsGet(b, bbit + nb * 8, r);
}
