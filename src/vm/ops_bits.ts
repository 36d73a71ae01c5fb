// Bit syntax instructions: matching (OTP 21 bs_start_match2/bs_save2..., OTP 22+ bs_start_match3/4
// with positions, OTP 26 bs_match command lists) and construction (OTP 21-24 bs_init2/bs_put_*/
// bs_append, OTP 25 bs_create_bin). interp.ts calls bsOp for every one of these opcodes.
//
// Operand encoding (module.ts): registers and terms as in regs.ts, labels as absolute code
// offsets (0 = none), `u` operands raw, lists as a count followed by the elements.
//
// Match state box (tag Box.MATCH), words after the header:
//   1 the heap or refc binary underneath (a term; the GC moves it)
//   2 current position, in bits from the start of that binary (raw)
//   3 end position, in bits (raw)
//   4 start position (raw): where matching started (OTP 21 `start` slot, bs_context_to_binary)
//   5.. OTP 21 save slots (raw)
// Positions handed out by bs_get_position are these raw bit offsets as integer terms.
//
// Writable binaries (appending in place, what OTP does for `<<Acc/binary, ...>>` loops and binary
// comprehensions): an off-heap block whose size word W[block + 1] is negative holds
// -(usedBits + 1) instead of its byte size; its capacity is the memory block's payload. Such a
// block is only ever seen through sub binaries over one refc box, never through the box itself.
// An append may write in place when the block is writable, its refcount is 1 (no other process
// can see it), the appended-to bitstring ends exactly at usedBits and the capacity suffices.
import { W, U8, memBlockWords } from './memory';
import * as code from './code';
import { Process } from './process';
import { X, getSrc, setDst } from './regs';
import { heapAlloc, gc, refcAlloc, refcBox } from './heap';
import { fail } from './natives';
import { A, atom, Box, Refc, NIL, mkSmall, MAX_SMALL, HEAP_BIN_LIMIT } from './term';
import { atomIntern } from './atoms';
import { intFromNumber, intToNumber, isInteger, numKind, NumKind, floatVal, mkFloat, bigToTerm } from './arith';
import { bigFromWords32 } from './bignum';
import { binResolve, RB_ADDR, RB_BIT, RB_BITS, binNew, binData, binSub, bitsGet, bitsPut, bitsCopy, bitsEqual, POW2 } from './binary';
import { setLength } from './arrays';

// ---- atoms used as operands ------------------------------------------------------------------

let AT_integer = 0;
let AT_float = 0;
let AT_binary = 0;
let AT_string = 0;
let AT_utf8 = 0;
let AT_utf16 = 0;
let AT_utf32 = 0;
let AT_append = 0;
let AT_private_append = 0;
let AT_ensure_at_least = 0;
let AT_ensure_exactly = 0;
let AT_get_tail = 0;
let AT_skip = 0;
let AT_eq = 0;
const AT_all = (A.all << 6) | 0x0b;
const AT_start = (A.start << 6) | 0x0b;
const AT_little = (A.little << 6) | 0x0b;
const AT_native = (A.native << 6) | 0x0b;
const AT_signed = (A.signed << 6) | 0x0b;

function at(name: string): number {
  return (atomIntern(name) << 6) | 0x0b;
}

/** Interns the atoms the bit syntax instructions compare against (call after atomsInit). */
export function bitsAtomsInit(): void {
  AT_integer = at('integer');
  AT_float = at('float');
  AT_binary = at('binary');
  AT_string = at('string');
  AT_utf8 = at('utf8');
  AT_utf16 = at('utf16');
  AT_utf32 = at('utf32');
  AT_append = at('append');
  AT_private_append = at('private_append');
  AT_ensure_at_least = at('ensure_at_least');
  AT_ensure_exactly = at('ensure_exactly');
  AT_get_tail = at('get_tail');
  AT_skip = at('skip');
  AT_eq = at('=:=');
}

// Segment flags (beam_asm's field_flags bits).
const F_LITTLE = 2;
const F_SIGNED = 4;
const F_NATIVE = 16; // native endianness: every host we run on is little-endian, as OTP's x86/ARM

/** Flags from a `u` operand (bs_get_*, bs_put_*): native becomes little. */
function rawFlags(f: number): number {
  return (f & F_NATIVE) !== 0 ? f | F_LITTLE : f;
}

/** Flags from the [] or literal list of flag atoms of bs_create_bin and bs_match. */
function flagsOf(t: number): number {
  if ((t & 3) === 1) {
    let f = 0;
    while ((t & 3) === 1) {
      const h = W[t >>> 2];
      if (h === AT_little || h === AT_native) f |= F_LITTLE;
      else if (h === AT_signed) f |= F_SIGNED;
      t = W[(t >>> 2) + 1];
    }
    return f;
  }
  return t === NIL ? 0 : rawFlags(t);
}

// ---- the binary underneath a bitstring -------------------------------------------------------

/** Byte address of the data of a heap or refc binary box at word address a. */
function dataOf(a: number): number {
  return (W[a] & 0x3f) === Box.HEAP_BIN ? (a + 2) * 4 : W[a + Refc.DATA];
}

// Set by underOf: the bit offset of the bitstring within the binary underneath.
let U_OFF = 0;
/** The heap/refc binary underneath bitstring t (resolved with binResolve first). */
function underOf(t: number): number {
  const a = t >>> 2;
  if ((W[a] & 0x3f) === Box.SUB_BIN) {
    U_OFF = W[a + 3];
    return W[a + 1];
  }
  U_OFF = 0;
  return t;
}

/** A bitstring term for bits [off, off + bits) of the heap/refc binary orig. */
function mkBits(p: Process, orig: number, off: number, bits: number): number {
  if (off === 0) {
    const a = orig >>> 2;
    const h = W[a];
    if ((h & 0x3f) === Box.HEAP_BIN) {
      if (W[a + 1] * 8 === bits) return orig;
    } else {
      const blk = W[a + Refc.BLOCK];
      if (W[a + Refc.SIZE] * 8 === bits && (blk === 0 || W[blk + 1] >= 0)) return orig;
    }
  }
  return binSub(p, orig, off, bits);
}

// ---- match states --------------------------------------------------------------------------

function isMatchState(t: number): boolean {
  return (t & 3) === 2 && (W[t >>> 2] & 0x3f) === Box.MATCH;
}

/** A new match state over bitstring t (already known to be one) with `slots` OTP 21 save slots. */
function msNew(p: Process, t: number, slots: number): number {
  binResolve(t);
  const bits = RB_BITS;
  const a = heapAlloc(p, 5 + slots);
  const orig = underOf(t);
  W[a] = ((4 + slots) << 6) | Box.MATCH;
  W[a + 1] = orig;
  W[a + 2] = U_OFF;
  W[a + 3] = U_OFF + bits;
  for (let i = 4; i < 5 + slots; i++) W[a + i] = U_OFF;
  return (a << 2) | 2;
}

function posTerm(p: Process, off: number): number {
  return off <= MAX_SMALL ? (off << 4) | 0xf : intFromNumber(p, off);
}

/** Size operand in bits (value * unit), or -1 when the size is not a non-negative integer. */
function sizeBits(sz: number, unit: number): number {
  if ((sz & 0xf) === 0xf) {
    const v = sz >> 4;
    return v < 0 ? -1 : v * unit;
  }
  if (isInteger(sz)) {
    const v = intToNumber(sz);
    return v < 0 ? -1 : v * unit; // huge: larger than any binary, the match fails
  }
  return -1;
}

// ---- integers ------------------------------------------------------------------------------

/** Unsigned value of n (<= 53) bits at bit offset off of byte address base. */
function readUnsigned(base: number, off: number, n: number, little: boolean): number {
  if (!little || n <= 8) {
    if (n <= 32) return bitsGet(base, off, n);
    return bitsGet(base, off, n - 32) * 4294967296 + bitsGet(base, off + n - 32, 32);
  }
  const k = n >>> 3;
  const r = n & 7;
  let v = 0;
  let mul = 1;
  for (let i = 0; i < k; i++) {
    v += bitsGet(base, off + 8 * i, 8) * mul;
    mul *= 256;
  }
  if (r > 0) v += bitsGet(base, off + 8 * k, r) * mul;
  return v;
}

const LE: number[] = []; // scratch: little-endian bytes of an integer field

/** Integer term from n bits at (base, off) with the given flags. */
function getInt(p: Process, base: number, off: number, n: number, flags: number): number {
  const little = (flags & F_LITTLE) !== 0;
  const signed = (flags & F_SIGNED) !== 0;
  if (n <= 53) {
    if (n === 0) return 0xf;
    let v = readUnsigned(base, off, n, little);
    if (signed && v >= POW2[n - 1]) v -= POW2[n];
    if (v <= MAX_SMALL && v >= -134217728) return (v << 4) | 0xf;
    return intFromNumber(p, v);
  }
  const nb = (n + 7) >>> 3;
  const r = n & 7;
  setLength(LE, nb);
  let pos = off;
  if (!little) {
    let i = nb - 1;
    if (r > 0) {
      LE[i--] = bitsGet(base, pos, r);
      pos += r;
    }
    for (; i >= 0; i--) {
      LE[i] = bitsGet(base, pos, 8);
      pos += 8;
    }
  } else {
    const k = n >>> 3;
    for (let i = 0; i < k; i++) {
      LE[i] = bitsGet(base, pos, 8);
      pos += 8;
    }
    if (r > 0) LE[k] = bitsGet(base, pos, r);
  }
  const topBits = r === 0 ? 8 : r;
  const neg = signed && ((LE[nb - 1] >> (topBits - 1)) & 1) === 1;
  if (neg) {
    // magnitude = 2^n - value: negate within nb bytes, then keep n bits (the magnitude is at
    // most 2^(n-1), so nothing is lost)
    let carry = 1;
    for (let i = 0; i < nb; i++) {
      const b = (~LE[i] & 255) + carry;
      carry = b >> 8;
      LE[i] = b & 255;
    }
    if (r > 0) LE[nb - 1] &= (1 << r) - 1;
  }
  const words: number[] = [];
  for (let i = 0; i < LE.length; i += 4) {
    words.push((LE[i] | ((LE[i + 1] || 0) << 8) | ((LE[i + 2] || 0) << 16) | ((LE[i + 3] || 0) << 24)) >>> 0);
  }
  return bigToTerm(p, bigFromWords32(words, 0, words.length, neg));
}

/** Fills LE with the n-bit two's complement of integer term v (nb = ceil(n/8) bytes). */
function intBytes(v: number, n: number): void {
  const nb = (n + 7) >>> 3;
  setLength(LE, nb);
  if ((v & 0xf) === 0xf) {
    const x = v >> 4;
    const sign = x < 0 ? 255 : 0;
    for (let i = 0; i < nb; i++) LE[i] = i < 4 ? (x >> (8 * i)) & 255 : sign;
  } else {
    const a = v >>> 2;
    const h = W[a];
    const words = h >>> 6;
    const neg = (h & 0x3f) === Box.NEG_BIG;
    let carry = 1;
    for (let i = 0; i < nb; i++) {
      const wi = i >>> 2;
      let b = wi < words ? (W[a + 1 + wi] >>> (8 * (i & 3))) & 255 : 0;
      if (neg) {
        b = (~b & 255) + carry;
        carry = b >> 8;
        b &= 255;
      }
      LE[i] = b;
    }
  }
  const r = n & 7;
  if (r > 0) LE[nb - 1] &= (1 << r) - 1;
}

/** Writes integer term v as an n-bit field at (base, off). v must be an integer. */
function putInt(base: number, off: number, n: number, v: number, flags: number): void {
  if (n === 0) return;
  const little = (flags & F_LITTLE) !== 0;
  if ((v & 0xf) === 0xf && (n <= 32 && (!little || n <= 8))) {
    const x = v >> 4;
    if ((off & 7) === 0 && n === 8) {
      U8[base + (off >>> 3)] = x & 255;
      return;
    }
    bitsPut(base, off, n, n < 31 ? x & ((1 << n) - 1) : (x >>> 0) % POW2[n]);
    return;
  }
  intBytes(v, n);
  const nb = LE.length;
  const r = n & 7;
  if (!little) {
    let i = nb - 1;
    if (r > 0) {
      bitsPut(base, off, r, LE[i--]);
      off += r;
    }
    if ((off & 7) === 0) {
      let d = base + (off >>> 3);
      for (; i >= 0; i--) U8[d++] = LE[i];
    } else {
      for (; i >= 0; i--) {
        bitsPut(base, off, 8, LE[i]);
        off += 8;
      }
    }
  } else {
    const k = n >>> 3;
    if ((off & 7) === 0) {
      const d = base + (off >>> 3);
      for (let i = 0; i < k; i++) U8[d + i] = LE[i];
      off += 8 * k;
    } else {
      for (let i = 0; i < k; i++) {
        bitsPut(base, off, 8, LE[i]);
        off += 8;
      }
    }
    if (r > 0) bitsPut(base, off, r, LE[k]);
  }
}

// ---- floats --------------------------------------------------------------------------------

const FBUF = new ArrayBuffer(8);
const FDV = new DataView(FBUF);
const FU8 = new Uint8Array(FBUF);

function roundHalfEven(y: number): number {
  const f = Math.floor(y);
  const d = y - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** IEEE half-precision bits of x (round to nearest even; overflow gives infinity). */
export function halfFromDouble(x: number): number {
  let sign = 0;
  if (x < 0 || (x === 0 && 1 / x < 0)) {
    sign = 0x8000;
    x = -x;
  }
  if (x !== x) return 0x7e00;
  if (x >= 65520) return sign | 0x7c00;
  if (x < 6.103515625e-5) return sign | roundHalfEven(x * 16777216); // subnormal (may round up to the first normal)
  let e = 0;
  let m = x;
  while (m >= 2) {
    m /= 2;
    e++;
  }
  while (m < 1) {
    m *= 2;
    e--;
  }
  let frac = roundHalfEven((m - 1) * 1024);
  if (frac === 1024) {
    frac = 0;
    e++;
  }
  if (e > 15) return sign | 0x7c00;
  return sign | ((e + 15) << 10) | frac;
}

export function halfToDouble(h: number): number {
  const e = (h >> 10) & 31;
  const f = h & 1023;
  let v: number;
  if (e === 0) v = f * 5.960464477539063e-8;
  else if (e === 31) v = f === 0 ? Infinity : NaN;
  else v = (1 + f / 1024) * Math.pow(2, e - 15);
  return (h & 0x8000) !== 0 ? -v : v;
}

/** Reads an n-bit (16/32/64) float at (base, off); NaN when not a finite number. */
function getFloat(base: number, off: number, n: number, little: boolean): number {
  const nb = n >>> 3;
  for (let i = 0; i < nb; i++) FU8[little ? nb - 1 - i : i] = bitsGet(base, off + 8 * i, 8);
  let v: number;
  if (n === 64) v = FDV.getFloat64(0, false);
  else if (n === 32) v = FDV.getFloat32(0, false);
  else v = halfToDouble((FU8[0] << 8) | FU8[1]);
  return v - v === 0 ? v : NaN;
}

function putFloat(base: number, off: number, n: number, x: number, little: boolean): void {
  if (n === 64) FDV.setFloat64(0, x, false);
  else if (n === 32) FDV.setFloat32(0, x, false);
  else {
    const h = halfFromDouble(x);
    FU8[0] = h >> 8;
    FU8[1] = h & 255;
  }
  const nb = n >>> 3;
  if ((off & 7) === 0) {
    const d = base + (off >>> 3);
    for (let i = 0; i < nb; i++) U8[d + i] = FU8[little ? nb - 1 - i : i];
  } else {
    for (let i = 0; i < nb; i++) bitsPut(base, off + 8 * i, 8, FU8[little ? nb - 1 - i : i]);
  }
}

/** The value of a number term as a double, NaN when it is not a number or too large. */
function numDouble(t: number): number {
  const k = numKind(t);
  if (k === NumKind.SMALL) return t >> 4;
  if (k === NumKind.FLOAT) return floatVal(t);
  if (k === NumKind.BIG) {
    const v = intToNumber(t);
    return v - v === 0 ? v : NaN;
  }
  return NaN;
}

// ---- unicode -------------------------------------------------------------------------------

let UTF_BITS = 0; // bits consumed by the last successful utfGet

/** Decodes one code point at (base, off) with `avail` bits left; -1 when invalid. */
function utfGet(base: number, off: number, avail: number, kind: number, little: boolean): number {
  if (kind === 8) {
    if (avail < 8) return -1;
    const b0 = bitsGet(base, off, 8);
    if (b0 < 0x80) {
      UTF_BITS = 8;
      return b0;
    }
    let n: number;
    let cp: number;
    let min: number;
    if (b0 >= 0xc2 && b0 < 0xe0) {
      n = 1;
      cp = b0 & 0x1f;
      min = 0x80;
    } else if (b0 >= 0xe0 && b0 < 0xf0) {
      n = 2;
      cp = b0 & 0x0f;
      min = 0x800;
    } else if (b0 >= 0xf0 && b0 < 0xf5) {
      n = 3;
      cp = b0 & 0x07;
      min = 0x10000;
    } else return -1;
    if (avail < 8 * (n + 1)) return -1;
    for (let i = 1; i <= n; i++) {
      const b = bitsGet(base, off + 8 * i, 8);
      if ((b & 0xc0) !== 0x80) return -1;
      cp = (cp << 6) | (b & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) return -1;
    UTF_BITS = 8 * (n + 1);
    return cp;
  }
  if (kind === 16) {
    if (avail < 16) return -1;
    const u = readUnsigned(base, off, 16, little);
    if (u < 0xd800 || u >= 0xe000) {
      UTF_BITS = 16;
      return u;
    }
    if (u >= 0xdc00 || avail < 32) return -1;
    const u2 = readUnsigned(base, off + 16, 16, little);
    if (u2 < 0xdc00 || u2 >= 0xe000) return -1;
    UTF_BITS = 32;
    return 0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00);
  }
  if (avail < 32) return -1;
  const c = readUnsigned(base, off, 32, little);
  if (c > 0x10ffff || (c >= 0xd800 && c < 0xe000)) return -1;
  UTF_BITS = 32;
  return c;
}

/** Code point of term t, or -1 when t is not a valid Unicode scalar value. */
function codePoint(t: number): number {
  if ((t & 0xf) !== 0xf) return -1;
  const c = t >> 4;
  if (c < 0 || c > 0x10ffff || (c >= 0xd800 && c < 0xe000)) return -1;
  return c;
}

function utfBits(c: number, kind: number): number {
  if (kind === 8) return c < 0x80 ? 8 : c < 0x800 ? 16 : c < 0x10000 ? 24 : 32;
  if (kind === 16) return c < 0x10000 ? 16 : 32;
  return 32;
}

/** Writes code point c (valid) at (base, off); returns the bits written. */
function utfPut(base: number, off: number, c: number, kind: number, little: boolean): number {
  if (kind === 8) {
    if (c < 0x80) {
      bitsPut(base, off, 8, c);
      return 8;
    }
    if (c < 0x800) {
      bitsPut(base, off, 8, 0xc0 | (c >> 6));
      bitsPut(base, off + 8, 8, 0x80 | (c & 63));
      return 16;
    }
    if (c < 0x10000) {
      bitsPut(base, off, 8, 0xe0 | (c >> 12));
      bitsPut(base, off + 8, 8, 0x80 | ((c >> 6) & 63));
      bitsPut(base, off + 16, 8, 0x80 | (c & 63));
      return 24;
    }
    bitsPut(base, off, 8, 0xf0 | (c >> 18));
    bitsPut(base, off + 8, 8, 0x80 | ((c >> 12) & 63));
    bitsPut(base, off + 16, 8, 0x80 | ((c >> 6) & 63));
    bitsPut(base, off + 24, 8, 0x80 | (c & 63));
    return 32;
  }
  if (kind === 16) {
    if (c < 0x10000) {
      putInt(base, off, 16, (c << 4) | 0xf, little ? F_LITTLE : 0);
      return 16;
    }
    const d = c - 0x10000;
    putInt(base, off, 16, ((0xd800 | (d >> 10)) << 4) | 0xf, little ? F_LITTLE : 0);
    putInt(base, off + 16, 16, ((0xdc00 | (d & 0x3ff)) << 4) | 0xf, little ? F_LITTLE : 0);
    return 32;
  }
  putInt(base, off, 32, (c << 4) | 0xf, little ? F_LITTLE : 0);
  return 32;
}

// ---- writable binaries ---------------------------------------------------------------------

const MIN_WRITABLE = 64; // bytes

// Set by appendTo: where the appended bits go.
let B_ADDR = 0; // byte address of the data
let B_POS = 0; // bit position

/**
 * Makes room for `extra` bits after bitstring src (checked by the caller) and returns the result
 * bitstring (src followed by `extra` unwritten bits); B_ADDR/B_POS tell where to write them.
 */
function appendTo(p: Process, src: number, extra: number): number {
  binResolve(src);
  const srcBits = RB_BITS;
  const a = src >>> 2;
  const tag = W[a] & 0x3f;
  if (tag === Box.SUB_BIN || tag === Box.REFC_BIN) {
    const orig = tag === Box.SUB_BIN ? W[a + 1] : src;
    const off = tag === Box.SUB_BIN ? W[a + 3] : 0;
    const o = orig >>> 2;
    const blk = (W[o] & 0x3f) === Box.REFC_BIN ? W[o + Refc.BLOCK] : 0;
    if (blk !== 0 && W[blk + 1] < 0 && W[blk] === 1) {
      const used = -W[blk + 1] - 1;
      const cap = (memBlockWords(blk) - 2) * 32;
      if (off + srcBits === used && used + extra <= cap) {
        W[blk + 1] = -(used + extra) - 1;
        B_ADDR = W[o + Refc.DATA];
        B_POS = used;
        return binSub(p, orig, off, srcBits + extra);
      }
    }
  }
  const total = srcBits + extra;
  let capBytes = ((total + 7) >>> 3) * 2;
  if (capBytes < MIN_WRITABLE) capBytes = MIN_WRITABLE;
  const blk = refcAlloc(capBytes);
  const box = refcBox(p, blk, capBytes);
  const data = (blk + 2) * 4;
  binResolve(src);
  bitsCopy(data, 0, RB_ADDR, RB_BIT, srcBits);
  W[blk + 1] = -total - 1;
  B_ADDR = data;
  B_POS = srcBits;
  return binSub(p, box, 0, total);
}

/** An empty writable bitstring with room for `bytes` bytes. */
function writableNew(p: Process, bytes: number): number {
  let capBytes = bytes < MIN_WRITABLE ? MIN_WRITABLE : bytes;
  const blk = refcAlloc(capBytes);
  const box = refcBox(p, blk, capBytes);
  W[blk + 1] = -1;
  return binSub(p, box, 0, 0);
}

// ---- construction helpers ------------------------------------------------------------------

/** A fresh bitstring of `bits` bits; B_ADDR/B_POS point at its first bit. */
function newBits(p: Process, bits: number): number {
  const bytes = (bits + 7) >>> 3;
  const b = binNew(p, bytes);
  B_ADDR = binData(b);
  B_POS = 0;
  if ((bits & 7) === 0) return b;
  U8[B_ADDR + bytes - 1] = 0;
  return binSub(p, b, 0, bits);
}

/** Heap words newBits needs. */
function newBitsWords(bits: number): number {
  const bytes = (bits + 7) >>> 3;
  const w = bytes > HEAP_BIN_LIMIT ? Refc.WORDS : 2 + ((bytes + 3) >> 2);
  return (bits & 7) === 0 ? w : w + 4;
}

// OTP 21-24 construction: the binary being built by bs_init2/bs_append and the bs_put_* after it.
let P_ADDR = 0;
let P_POS = 0;

/** String table address of the module whose code contains pc (for bs_create_bin strings). */
function moduleStrings(pc: number): number {
  const mods = code.modules;
  let lo = 0;
  let hi = mods.length - 1;
  let r = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mods[mid].codeStart <= pc) {
      r = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return r >= 0 ? mods[r].strings : 0;
}

function raiseBadarg(p: Process, pc: number): number {
  fail(p, atom(A.badarg));
  p.excPc = pc;
  return -1;
}

let createErr = 0; // A.badarg or A.system_limit

const EXTRA: number[] = [0];

/** Makes `need` heap words free (collecting with `live` x registers and t as roots); returns t. */
function heapRoom(p: Process, need: number, live: number, t: number): number {
  if (p.htop + need <= p.hend) return t;
  EXTRA[0] = t;
  gc(p, need, X, live, EXTRA);
  return EXTRA[0];
}

/**
 * bs_create_bin, pass 1: the result's size in bits, or -1 with createErr set. Checks every
 * segment (types, sizes, values) so that pass 2 cannot fail.
 */
function createSize(p: Process, segs: number, n: number): number {
  let total = 0;
  for (let i = 0; i < n; i += 6) {
    const type = code.C[segs + i];
    const unit = code.C[segs + i + 2];
    const src = type === AT_string ? 0 : getSrc(p, code.C[segs + i + 4]);
    const szOp = code.C[segs + i + 5];
    let bits: number;
    if (type === AT_utf8 || type === AT_utf16 || type === AT_utf32) {
      const c = codePoint(src);
      if (c < 0) return bsErr(A.badarg);
      bits = utfBits(c, type === AT_utf8 ? 8 : type === AT_utf16 ? 16 : 32);
    } else if (type === AT_append || type === AT_private_append) {
      if (!binResolve(src)) return bsErr(A.badarg);
      bits = RB_BITS;
      if (unit > 1 && bits % unit !== 0) return bsErr(A.badarg);
    } else {
      const sz = getSrc(p, szOp);
      if (sz === AT_all) {
        if (type !== AT_binary || !binResolve(src)) return bsErr(A.badarg);
        bits = RB_BITS;
        if (unit > 1 && bits % unit !== 0) return bsErr(A.badarg);
      } else {
        if ((sz & 0xf) !== 0xf) {
          // a bignum size is a system_limit when positive, anything else a badarg
          if (isInteger(sz) && (W[sz >>> 2] & 0x3f) === Box.POS_BIG) return bsErr(A.system_limit);
          return bsErr(A.badarg);
        }
        const v = sz >> 4;
        if (v < 0) return bsErr(A.badarg);
        bits = v * unit;
        if (type === AT_integer) {
          if (!isInteger(src)) return bsErr(A.badarg);
        } else if (type === AT_float) {
          if (bits !== 16 && bits !== 32 && bits !== 64) return bsErr(A.badarg);
          if (numDouble(src) !== numDouble(src)) return bsErr(A.badarg);
        } else if (type === AT_binary) {
          if (!binResolve(src) || RB_BITS < bits) return bsErr(A.badarg);
        } else if (type !== AT_string) return bsErr(A.badarg);
      }
    }
    total += bits;
  }
  if (total > 4294967295) return bsErr(A.system_limit);
  return total;
}

function bsErr(a: A): number {
  createErr = a;
  return -1;
}

/** Writes one bs_create_bin segment at B_ADDR/B_POS (already checked by createSize). */
function createPut(p: Process, pc: number, q: number): void {
  const C = code.C;
  const type = C[q];
  if (type === AT_append || type === AT_private_append) return; // already in place
  const unit = C[q + 2];
  const flags = flagsOf(C[q + 3]);
  if (type === AT_string) {
    const bits = (C[q + 5] >> 4) * unit;
    bitsCopy(B_ADDR, B_POS, moduleStrings(pc) + C[q + 4], 0, bits);
    B_POS += bits;
    return;
  }
  const src = getSrc(p, C[q + 4]);
  if (type === AT_utf8 || type === AT_utf16 || type === AT_utf32) {
    B_POS += utfPut(B_ADDR, B_POS, src >> 4, type === AT_utf8 ? 8 : type === AT_utf16 ? 16 : 32, (flags & F_LITTLE) !== 0);
    return;
  }
  const sz = getSrc(p, C[q + 5]);
  if (type === AT_binary) {
    binResolve(src);
    const bits = sz === AT_all ? RB_BITS : (sz >> 4) * unit;
    bitsCopy(B_ADDR, B_POS, RB_ADDR, RB_BIT, bits);
    B_POS += bits;
    return;
  }
  const bits = (sz >> 4) * unit;
  if (type === AT_integer) putInt(B_ADDR, B_POS, bits, src, flags);
  else putFloat(B_ADDR, B_POS, bits, numDouble(src), (flags & F_LITTLE) !== 0);
  B_POS += bits;
}

// ---- OTP 21-24 construction checks ---------------------------------------------------------

/** bs_put_* failure: jump to the fail label or raise badarg. */
function putFail(p: Process, pc: number, fl: number): number {
  return fl !== 0 ? fl : raiseBadarg(p, pc);
}

// ---- OTP 26 bs_match -----------------------------------------------------------------------

function bsMatch(p: Process, pc: number): number {
  const C = code.C;
  const fl = C[pc + 1];
  const ms = getSrc(p, C[pc + 2]) >>> 2;
  const n = C[pc + 3];
  let q = pc + 4;
  const end = q + n;
  while (q < end) {
    const cmd = C[q];
    const off = W[ms + 2];
    if (cmd === AT_ensure_at_least) {
      const stride = C[q + 1];
      const unit = C[q + 2];
      const rem = W[ms + 3] - off;
      if (rem < stride || (unit > 1 && (rem - stride) % unit !== 0)) return fl;
      q += 3;
    } else if (cmd === AT_ensure_exactly) {
      if (W[ms + 3] - off !== C[q + 1]) return fl;
      q += 2;
    } else if (cmd === AT_integer || cmd === AT_binary) {
      const bits = C[q + 3] * C[q + 4];
      if (off + bits > W[ms + 3]) return fl;
      const orig = W[ms + 1];
      let v: number;
      if (cmd === AT_integer) v = getInt(p, dataOf(orig >>> 2), off, bits, flagsOf(C[q + 2]));
      else v = mkBits(p, orig, off, bits);
      W[ms + 2] = off + bits;
      setDst(p, C[q + 5], v);
      q += 6;
    } else if (cmd === AT_get_tail) {
      setDst(p, C[q + 3], mkBits(p, W[ms + 1], off, W[ms + 3] - off));
      W[ms + 2] = W[ms + 3];
      q += 4;
    } else if (cmd === AT_skip) {
      const stride = C[q + 1];
      if (off + stride > W[ms + 3]) return fl;
      W[ms + 2] = off + stride;
      q += 2;
    } else if (cmd === AT_eq) {
      const bits = C[q + 2];
      const val = C[q + 3];
      if (off + bits > W[ms + 3]) return fl;
      const base = dataOf(W[ms + 1] >>> 2);
      if (bits <= 32) {
        if (bitsGet(base, off, bits) !== val) return fl;
      } else {
        const hi = bitsGet(base, off, bits - 32);
        const lo = bitsGet(base, off + bits - 32, 32);
        if (hi !== Math.floor(val / 4294967296) || lo !== val % 4294967296) return fl;
      }
      W[ms + 2] = off + bits;
      q += 4;
    } else {
      return raiseBadarg(p, pc);
    }
  }
  return end;
}

// ---- the instructions ----------------------------------------------------------------------

/** Executes bit syntax instruction `op` at pc; returns the next pc, or -1 with an exception set. */
export function bsOp(p: Process, op: number, pc: number): number {
  const C = code.C;
  switch (op) {
    // ---------------------------------------------------------------- matching
    case 166: {
      // bs_start_match3 Fail Bin Live Dst
      let t = getSrc(p, C[pc + 2]);
      if (!isMatchState(t)) {
        if (!binResolve(t)) return C[pc + 1];
        t = heapRoom(p, 5, C[pc + 3], t);
        t = msNew(p, t, 0);
      }
      setDst(p, C[pc + 4], t);
      return pc + 5;
    }
    case 170: {
      // bs_start_match4 Fail Live Src Dst; Fail is a label or the atom resume/no_fail. Those
      // atoms promise a bitstring or match state, so only an unmatchable source jumps.
      let t = getSrc(p, C[pc + 3]);
      if (!isMatchState(t)) {
        if (!binResolve(t)) return C[pc + 1];
        t = heapRoom(p, 5, C[pc + 2], t);
        t = msNew(p, t, 0);
      }
      setDst(p, C[pc + 4], t);
      return pc + 5;
    }
    case 116: {
      // bs_start_match2 Fail Bin Live Slots Dst (OTP 21)
      let t = getSrc(p, C[pc + 2]);
      const slots = C[pc + 4];
      if (isMatchState(t)) {
        let a = t >>> 2;
        if ((W[a] >>> 6) - 4 < slots) {
          const nt = msNew(p, W[a + 1], slots);
          const na = nt >>> 2;
          W[na + 2] = W[a + 2];
          W[na + 3] = W[a + 3];
          t = nt;
          a = na;
        }
        W[a + 4] = W[a + 2];
      } else {
        if (!binResolve(t)) return C[pc + 1];
        t = heapRoom(p, 5 + slots, C[pc + 3], t);
        t = msNew(p, t, slots);
      }
      setDst(p, C[pc + 5], t);
      return pc + 6;
    }
    case 122: // bs_save2 Ctx Slot|start
    case 123: {
      // bs_restore2 Ctx Slot|start
      const a = getSrc(p, C[pc + 1]) >>> 2;
      const s = C[pc + 2];
      const idx = s === AT_start ? 4 : 5 + s;
      if (op === 122) W[a + idx] = W[a + 2];
      else W[a + 2] = W[a + idx];
      return pc + 3;
    }
    case 130: {
      // bs_context_to_binary Reg: a match state becomes, in place, a sub binary from its start
      const t = getSrc(p, C[pc + 1]);
      if (isMatchState(t)) {
        const a = t >>> 2;
        const words = W[a] >>> 6;
        const orig = W[a + 1];
        const start = W[a + 4];
        const end = W[a + 3];
        W[a] = (3 << 6) | Box.SUB_BIN;
        W[a + 1] = orig;
        W[a + 2] = end - start;
        W[a + 3] = start;
        // the rest of the old box becomes a raw filler box
        W[a + 4] = ((words - 4) << 6) | Box.POS_BIG;
      }
      return pc + 2;
    }
    case 167: {
      // bs_get_position Ctx Dst Live
      const a = getSrc(p, C[pc + 1]) >>> 2;
      setDst(p, C[pc + 2], posTerm(p, W[a + 2]));
      return pc + 4;
    }
    case 168: {
      // bs_set_position Ctx Pos
      const a = getSrc(p, C[pc + 1]) >>> 2;
      const pos = getSrc(p, C[pc + 2]);
      W[a + 2] = (pos & 0xf) === 0xf ? pos >> 4 : intToNumber(pos);
      return pc + 3;
    }
    case 165: {
      // bs_get_tail Ctx Dst Live
      const a = getSrc(p, C[pc + 1]) >>> 2;
      const off = W[a + 2];
      setDst(p, C[pc + 2], mkBits(p, W[a + 1], off, W[a + 3] - off));
      return pc + 4;
    }
    case 121: {
      // bs_test_tail2 Fail Ctx Bits
      const a = getSrc(p, C[pc + 2]) >>> 2;
      return W[a + 3] - W[a + 2] === C[pc + 3] ? pc + 4 : C[pc + 1];
    }
    case 131: {
      // bs_test_unit Fail Ctx Unit
      const a = getSrc(p, C[pc + 2]) >>> 2;
      return (W[a + 3] - W[a + 2]) % C[pc + 3] === 0 ? pc + 4 : C[pc + 1];
    }
    case 117: {
      // bs_get_integer2 Fail Ctx Live Size Unit Flags Dst
      const a = getSrc(p, C[pc + 2]) >>> 2;
      const n = sizeBits(getSrc(p, C[pc + 4]), C[pc + 5]);
      const off = W[a + 2];
      if (n < 0 || off + n > W[a + 3]) return C[pc + 1];
      const orig = W[a + 1] >>> 2;
      const base = (W[orig] & 0x3f) === Box.HEAP_BIN ? (orig + 2) * 4 : W[orig + Refc.DATA];
      let v: number;
      if (n === 8 && (off & 7) === 0) {
        v = U8[base + (off >>> 3)];
        if ((C[pc + 6] & F_SIGNED) !== 0 && v > 127) v -= 256;
        v = (v << 4) | 0xf;
      } else v = getInt(p, base, off, n, rawFlags(C[pc + 6]));
      W[a + 2] = off + n;
      setDst(p, C[pc + 7], v);
      return pc + 8;
    }
    case 118: {
      // bs_get_float2 Fail Ctx Live Size Unit Flags Dst
      const a = getSrc(p, C[pc + 2]) >>> 2;
      const n = sizeBits(getSrc(p, C[pc + 4]), C[pc + 5]);
      const off = W[a + 2];
      if ((n !== 64 && n !== 32 && n !== 16) || off + n > W[a + 3]) return C[pc + 1];
      const x = getFloat(dataOf(W[a + 1] >>> 2), off, n, (rawFlags(C[pc + 6]) & F_LITTLE) !== 0);
      if (x !== x) return C[pc + 1];
      W[a + 2] = off + n;
      setDst(p, C[pc + 7], mkFloat(p, x));
      return pc + 8;
    }
    case 119: {
      // bs_get_binary2 Fail Ctx Live Size Unit Flags Dst
      const a = getSrc(p, C[pc + 2]) >>> 2;
      const sz = getSrc(p, C[pc + 4]);
      const unit = C[pc + 5];
      const off = W[a + 2];
      let n: number;
      if (sz === AT_all) {
        n = W[a + 3] - off;
        if (unit > 1 && n % unit !== 0) return C[pc + 1];
      } else {
        n = sizeBits(sz, unit);
        if (n < 0 || off + n > W[a + 3]) return C[pc + 1];
      }
      W[a + 2] = off + n;
      setDst(p, C[pc + 7], mkBits(p, W[a + 1], off, n));
      return pc + 8;
    }
    case 120: {
      // bs_skip_bits2 Fail Ctx Size Unit Flags
      const a = getSrc(p, C[pc + 2]) >>> 2;
      const sz = getSrc(p, C[pc + 3]);
      const unit = C[pc + 4];
      const off = W[a + 2];
      let n: number;
      if (sz === AT_all) {
        n = W[a + 3] - off;
        if (unit > 1 && n % unit !== 0) return C[pc + 1];
      } else {
        n = sizeBits(sz, unit);
        if (n < 0 || off + n > W[a + 3]) return C[pc + 1];
      }
      W[a + 2] = off + n;
      return pc + 6;
    }
    case 132: {
      // bs_match_string Fail Ctx Bits StringAddr
      const a = getSrc(p, C[pc + 2]) >>> 2;
      const n = C[pc + 3];
      const off = W[a + 2];
      if (off + n > W[a + 3] || !bitsEqual(dataOf(W[a + 1] >>> 2), off, C[pc + 4], 0, n)) return C[pc + 1];
      W[a + 2] = off + n;
      return pc + 5;
    }
    case 138: // bs_get_utf8 Fail Ctx Live Flags Dst
    case 140: // bs_get_utf16
    case 142: // bs_get_utf32
    case 139: // bs_skip_utf8 Fail Ctx Live Flags
    case 141:
    case 143: {
      const a = getSrc(p, C[pc + 2]) >>> 2;
      const kind = op <= 139 ? 8 : op <= 141 ? 16 : 32;
      const off = W[a + 2];
      const c = utfGet(dataOf(W[a + 1] >>> 2), off, W[a + 3] - off, kind, (rawFlags(C[pc + 4]) & F_LITTLE) !== 0);
      if (c < 0) return C[pc + 1];
      W[a + 2] = off + UTF_BITS;
      if ((op & 1) === 0) {
        setDst(p, C[pc + 5], (c << 4) | 0xf);
        return pc + 6;
      }
      return pc + 5;
    }
    case 182:
      return bsMatch(p, pc);

    // ------------------------------------------------------------ construction
    case 177: {
      // bs_create_bin Fail Alloc Live Unit Dst [Type Seg Unit Flags Src Size ...]
      const fl = C[pc + 1];
      const n = C[pc + 6];
      const segs = pc + 7;
      const total = createSize(p, segs, n);
      if (total < 0) {
        if (fl !== 0) return fl;
        fail(p, atom(createErr));
        p.excPc = pc;
        return -1;
      }
      const isAppend = n > 0 && (C[segs] === AT_append || C[segs] === AT_private_append);
      const need = (isAppend ? 9 : newBitsWords(total)) + C[pc + 2];
      if (p.htop + need > p.hend) gc(p, need, X, C[pc + 3]);
      let r: number;
      if (isAppend) {
        const src = getSrc(p, C[segs + 4]);
        binResolve(src);
        r = appendTo(p, src, total - RB_BITS);
      } else r = newBits(p, total);
      for (let i = 0; i < n; i += 6) createPut(p, pc, segs + i);
      setDst(p, C[pc + 5], r);
      return segs + n;
    }
    case 109: // bs_init2 Fail Size Words Live Flags Dst (size in bytes)
    case 137: {
      // bs_init_bits Fail Size Words Live Flags Dst (size in bits)
      const sz = getSrc(p, C[pc + 2]);
      if ((sz & 0xf) !== 0xf || sz >> 4 < 0) return putFail(p, pc, C[pc + 1]);
      const bits = op === 109 ? (sz >> 4) * 8 : sz >> 4;
      const need = newBitsWords(bits) + C[pc + 3];
      if (p.htop + need > p.hend) gc(p, need, X, C[pc + 4]);
      const r = newBits(p, bits);
      P_ADDR = B_ADDR;
      P_POS = 0;
      setDst(p, C[pc + 6], r);
      return pc + 7;
    }
    case 133: {
      // bs_init_writable: x0 = size hint (bytes) -> x0 = an empty writable binary
      const sz = X[0];
      X[0] = writableNew(p, (sz & 0xf) === 0xf && sz >> 4 > 0 ? sz >> 4 : 0);
      return pc + 1;
    }
    case 134: // bs_append Fail Size Extra Live Unit Bin Flags Dst
    case 135: {
      // bs_private_append Fail Size Unit Bin Flags Dst
      const ap = op === 134;
      const sz = getSrc(p, C[pc + 2]);
      const unit = C[pc + (ap ? 5 : 3)];
      let bin = getSrc(p, C[pc + (ap ? 6 : 4)]);
      if ((sz & 0xf) !== 0xf || sz >> 4 < 0 || !binResolve(bin) || (unit > 1 && RB_BITS % unit !== 0)) {
        return putFail(p, pc, C[pc + 1]);
      }
      if (ap) bin = heapRoom(p, 9 + C[pc + 3], C[pc + 4], bin);
      const r = appendTo(p, bin, sz >> 4);
      P_ADDR = B_ADDR;
      P_POS = B_POS;
      setDst(p, C[pc + (ap ? 8 : 6)], r);
      return pc + (ap ? 9 : 7);
    }
    case 89: // bs_put_integer Fail Size Unit Flags Src
    case 91: {
      // bs_put_float Fail Size Unit Flags Src
      const v = getSrc(p, C[pc + 5]);
      const n = sizeBits(getSrc(p, C[pc + 2]), C[pc + 3]);
      const flags = rawFlags(C[pc + 4]);
      if (op === 89) {
        if (n < 0 || !isInteger(v)) return putFail(p, pc, C[pc + 1]);
        putInt(P_ADDR, P_POS, n, v, flags);
      } else {
        const x = numDouble(v);
        if ((n !== 64 && n !== 32 && n !== 16) || x !== x) return putFail(p, pc, C[pc + 1]);
        putFloat(P_ADDR, P_POS, n, x, (flags & F_LITTLE) !== 0);
      }
      P_POS += n;
      return pc + 6;
    }
    case 90: {
      // bs_put_binary Fail Size Unit Flags Src
      const v = getSrc(p, C[pc + 5]);
      const sz = getSrc(p, C[pc + 2]);
      const unit = C[pc + 3];
      if (!binResolve(v)) return putFail(p, pc, C[pc + 1]);
      let n: number;
      if (sz === AT_all) {
        n = RB_BITS;
        if (unit > 1 && n % unit !== 0) return putFail(p, pc, C[pc + 1]);
      } else {
        n = sizeBits(sz, unit);
        if (n < 0 || n > RB_BITS) return putFail(p, pc, C[pc + 1]);
      }
      bitsCopy(P_ADDR, P_POS, RB_ADDR, RB_BIT, n);
      P_POS += n;
      return pc + 6;
    }
    case 92: {
      // bs_put_string Len StringAddr
      const len = C[pc + 1];
      bitsCopy(P_ADDR, P_POS, C[pc + 2], 0, len * 8);
      P_POS += len * 8;
      return pc + 3;
    }
    case 145: // bs_put_utf8 Fail Flags Src
    case 147: // bs_put_utf16
    case 148: {
      // bs_put_utf32
      const c = codePoint(getSrc(p, C[pc + 3]));
      if (c < 0) return putFail(p, pc, C[pc + 1]);
      P_POS += utfPut(P_ADDR, P_POS, c, op === 145 ? 8 : op === 147 ? 16 : 32, (rawFlags(C[pc + 2]) & F_LITTLE) !== 0);
      return pc + 4;
    }
    case 144: // bs_utf8_size Fail Src Dst
    case 146: {
      // bs_utf16_size Fail Src Dst
      const v = getSrc(p, C[pc + 2]);
      const c = (v & 0xf) === 0xf ? v >> 4 : 0x10ffff;
      setDst(p, C[pc + 3], mkSmall(utfBits(c < 0 ? 0 : c, op === 144 ? 8 : 16) >>> 3));
      return pc + 4;
    }
    case 111: {
      // bs_add Fail Src1 Src2 Unit Dst: Src1 + Src2 * Unit
      const a = getSrc(p, C[pc + 2]);
      const b = getSrc(p, C[pc + 3]);
      if ((a & 0xf) !== 0xf || (b & 0xf) !== 0xf || a >> 4 < 0 || b >> 4 < 0) {
        const fl = C[pc + 1];
        if (fl !== 0) return fl;
        fail(p, atom(isInteger(a) && isInteger(b) && intToNumber(a) >= 0 && intToNumber(b) >= 0 ? A.system_limit : A.badarg));
        p.excPc = pc;
        return -1;
      }
      setDst(p, C[pc + 5], intFromNumber(p, (a >> 4) + (b >> 4) * C[pc + 4]));
      return pc + 6;
    }
  }
  fail(p, atom(A.badarg));
  p.excReason = (heapTuple2(p, atom(A.badopcode), mkSmall(op)));
  p.excPc = pc;
  return -1;
}

function heapTuple2(p: Process, a: number, b: number): number {
  const h = heapAlloc(p, 3);
  W[h] = 2 << 6;
  W[h + 1] = a;
  W[h + 2] = b;
  return (h << 2) | 2;
}

// ---- shared with the binary BIFs -----------------------------------------------------------

export { isMatchState, mkBits, underOf, U_OFF };
