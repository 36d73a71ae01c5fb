// Binary BIFs: erlang:byte_size/1, bit_size/1, binary_part/2,3, split_binary/2, the list, iolist,
// integer, float and atom conversions, and the `binary` module (part, at, copy, bin_to_list,
// encode/decode_unsigned, split, match, matches, replace ...). Deep iolists are walked with an
// explicit stack. Results that are parts of an argument are sub binaries sharing its bytes.
import { W, U8 } from '../memory';
import { Process } from '../process';
import { heapAlloc } from '../heap';
import { defNative, badarg, fail } from '../natives';
import { A, atom, NIL, Box, mkSmall, MAX_SMALL } from '../term';
import { atomIntern, atomLookup, atomName, utf8CodePoints, codePointToUtf8 } from '../atoms';
import * as ar from '../arith';
import { bigParse } from '../bignum';
import { parseErlangFloat } from '../float_fmt';
import { binResolve, RB_ADDR, RB_BIT, RB_BITS, binNew, binData, bitsCopy } from '../binary';
import { bitsAtomsInit, isMatchState, mkBits, underOf, U_OFF } from '../ops_bits';
import { mkTuple2 } from '../exceptions';
import { integerToText, floatToText } from './erlang';

const E = 'erlang';
const B = 'binary';

function small(t: number): boolean {
  return (t & 0xf) === 0xf;
}
function isTuple2(t: number): boolean {
  return (t & 3) === 2 && W[t >>> 2] === 2 << 6;
}
function nonNegSmall(t: number): boolean {
  return (t & 0xf) === 0xf && t >> 4 >= 0;
}

// ---- byte access ---------------------------------------------------------------------------

// Set by bytesOf: a byte-aligned view of a binary argument.
let BA = 0; // byte address
let BL = 0; // length in bytes

/**
 * Resolves a binary (whole bytes) for reading byte by byte at BA..BA+BL. A binary that does not
 * start on a byte boundary is copied to an aligned one first. Returns false if t is not a binary.
 */
function bytesOf(p: Process, t: number): boolean {
  if (!binResolve(t) || (RB_BITS & 7) !== 0) return false;
  BL = RB_BITS >>> 3;
  if (RB_BIT === 0) {
    BA = RB_ADDR;
    return true;
  }
  const addr = RB_ADDR;
  const bit = RB_BIT;
  const len = BL;
  const c = binNew(p, len);
  BA = binData(c);
  bitsCopy(BA, 0, addr, bit, len * 8);
  BL = len;
  return true;
}

/** The bytes of binary t as a byte string (t must be a binary). */
function byteString(p: Process, t: number): string {
  bytesOf(p, t);
  let s = '';
  for (let i = 0; i < BL; i += 256) {
    const m = BL - i < 256 ? BL - i : 256;
    const chunk: number[] = [];
    for (let j = 0; j < m; j++) chunk.push(U8[BA + i + j]);
    s += String.fromCharCode.apply(null, chunk);
  }
  return s;
}

/** A new binary holding the chars (bytes) of a byte string. */
function binOfString(p: Process, s: string): number {
  const t = binNew(p, s.length);
  const d = binData(t);
  for (let i = 0; i < s.length; i++) U8[d + i] = s.charCodeAt(i) & 255;
  return t;
}

/** Bits [bitOff, bitOff + bits) of bitstring t as a sub binary (or t itself). */
function partOf(p: Process, t: number, bitOff: number, bits: number): number {
  const orig = underOf(t);
  return mkBits(p, orig, U_OFF + bitOff, bits);
}

/** A list of the n bytes at addr (live U8), ending in tail. */
function byteList(p: Process, addr: number, n: number, tail: number): number {
  if (n === 0) return tail;
  const h = heapAlloc(p, 2 * n);
  let l = tail;
  for (let i = n - 1; i >= 0; i--) {
    W[h + 2 * i] = (U8[addr + i] << 4) | 0xf;
    W[h + 2 * i + 1] = l;
    l = ((h + 2 * i) << 2) | 1;
  }
  return l;
}

function intTerm(p: Process, v: number): number {
  return v <= MAX_SMALL ? (v << 4) | 0xf : ar.intFromNumber(p, v);
}

// ---- iolists -------------------------------------------------------------------------------

const stack: number[] = [];
let WALK_BITS = 0;

/**
 * Walks an iolist (bytes 0..255, binaries, nested iolists, a binary tail). With `bits` any
 * bitstring is accepted. With dst > 0 the data is written at bit position dstBit of dst.
 * Returns false when t is not such a list (WALK_BITS holds the total bits otherwise).
 */
function iolistWalk(t: number, bits: boolean, dst: number, dstBit: number): boolean {
  let total = 0;
  stack.length = 0;
  stack.push(t);
  while (stack.length > 0) {
    let l = stack.pop() as number;
    for (;;) {
      if ((l & 3) === 1) {
        const a = l >>> 2;
        const h = W[a];
        l = W[a + 1];
        if ((h & 0xf) === 0xf) {
          const v = h >> 4;
          if (v < 0 || v > 255) return false;
          if (dst !== 0) {
            const pos = dstBit + total;
            if ((pos & 7) === 0) U8[dst + (pos >>> 3)] = v;
            else bitsCopyByte(dst, pos, v);
          }
          total += 8;
        } else if ((h & 3) === 2) {
          if (!binResolve(h) || (!bits && (RB_BITS & 7) !== 0)) return false;
          if (dst !== 0) bitsCopy(dst, dstBit + total, RB_ADDR, RB_BIT, RB_BITS);
          total += RB_BITS;
        } else if ((h & 3) === 1) {
          stack.push(l);
          l = h;
        } else if (h !== NIL) return false;
        continue;
      }
      if (l === NIL) break;
      if ((l & 3) === 2 && binResolve(l) && (bits || (RB_BITS & 7) === 0)) {
        if (dst !== 0) bitsCopy(dst, dstBit + total, RB_ADDR, RB_BIT, RB_BITS);
        total += RB_BITS;
        break;
      }
      return false;
    }
  }
  WALK_BITS = total;
  return true;
}

function bitsCopyByte(dst: number, pos: number, v: number): void {
  // writes 8 bits at an unaligned bit position
  const a = dst + (pos >>> 3);
  const b = pos & 7;
  U8[a] = (U8[a] & ((0xff << (8 - b)) & 255)) | (v >> b);
  U8[a + 1] = (U8[a + 1] & (0xff >> b)) | ((v << (8 - b)) & 255);
}

/** iolist (or, with bits, bitstring list) to a new binary; NONE after badarg. */
function iolistToBits(p: Process, t: number, bits: boolean): number {
  if (!iolistWalk(t, bits, 0, 0)) return badarg(p);
  const n = WALK_BITS;
  const bytes = (n + 7) >>> 3;
  const r = binNew(p, bytes);
  const d = binData(r);
  if (bytes > 0) U8[d + bytes - 1] = 0;
  iolistWalk(t, bits, d, 0);
  if ((n & 7) === 0) return r;
  return mkBits(p, r, 0, n);
}

// ---- unicode helpers -----------------------------------------------------------------------

/** True when byte string s is valid UTF-8 (no overlongs, surrogates or values above 10FFFF). */
function validUtf8(s: string): boolean {
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      i++;
      continue;
    }
    let k: number;
    let cp: number;
    let min: number;
    if (c >= 0xc2 && c < 0xe0) {
      k = 1;
      cp = c & 0x1f;
      min = 0x80;
    } else if (c >= 0xe0 && c < 0xf0) {
      k = 2;
      cp = c & 0x0f;
      min = 0x800;
    } else if (c >= 0xf0 && c < 0xf5) {
      k = 3;
      cp = c & 7;
      min = 0x10000;
    } else return false;
    if (i + k >= n) return false;
    for (let j = 1; j <= k; j++) {
      const d = s.charCodeAt(i + j);
      if (!(d >= 0x80 && d < 0xc0)) return false;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) return false;
    i += k + 1;
  }
  return true;
}

const AT_latin1 = (A.latin1 << 6) | 0x0b;
const AT_unicode = (A.unicode << 6) | 0x0b;
const AT_utf8 = (A.utf8 << 6) | 0x0b;

/** 0 latin1, 1 utf8/unicode, -1 not an encoding. */
function encodingOf(t: number): number {
  if (t === AT_latin1) return 0;
  if (t === AT_utf8 || t === AT_unicode) return 1;
  return -1;
}

function binaryToAtom(p: Process, b: number, enc: number, existing: boolean): number {
  if (enc < 0 || !bytesOf(p, b)) return badarg(p);
  const raw = byteString(p, b);
  let name: string;
  if (enc === 0) {
    if (raw.length > 255) return fail(p, atom(A.system_limit));
    name = '';
    for (let i = 0; i < raw.length; i++) name += codePointToUtf8(raw.charCodeAt(i));
  } else {
    if (!validUtf8(raw)) return badarg(p);
    if (raw.length > 255 && utf8CodePoints(raw).length > 255) return fail(p, atom(A.system_limit));
    name = raw;
  }
  if (existing) {
    const i = atomLookup(name);
    return i < 0 ? badarg(p) : (i << 6) | 0x0b;
  }
  return (atomIntern(name) << 6) | 0x0b;
}

function atomToBinary(p: Process, a: number, enc: number): number {
  if ((a & 0x3f) !== 0x0b || enc < 0) return badarg(p);
  const name = atomName(a >>> 6);
  if (enc === 1) return binOfString(p, name);
  const cps = utf8CodePoints(name);
  const t = binNew(p, cps.length);
  const d = binData(t);
  for (let i = 0; i < cps.length; i++) {
    if (cps[i] > 255) return badarg(p);
    U8[d + i] = cps[i];
  }
  return t;
}

// ---- part / scope arguments ----------------------------------------------------------------

let PS = 0; // start byte
let PL = 0; // length in bytes (non-negative)

/** Checks Start/Len (Len may be negative) against a size in bytes; sets PS/PL. */
function partRange(start: number, len: number, size: number): boolean {
  if (!small(start) || !small(len)) return false;
  let s = start >> 4;
  let l = len >> 4;
  if (l < 0) {
    s += l;
    l = -l;
  }
  if (s < 0 || s + l > size) return false;
  PS = s;
  PL = l;
  return true;
}

/** binary_part/binary:part: Bin may be any bitstring, the part must lie in its whole bytes. */
function binaryPart(p: Process, b: number, start: number, len: number): number {
  if (!binResolve(b)) return badarg(p);
  if (!partRange(start, len, RB_BITS >>> 3)) return badarg(p);
  return partOf(p, b, PS * 8, PL * 8);
}

// ---- searching (binary:match/matches/split/replace) ----------------------------------------

// Patterns as byte addresses/lengths, longest first within equal starts (see findAt).
let patAddr: number[] = [];
let patLen: number[] = [];

/** Collects the patterns of a binary or a non-empty list of non-empty binaries; false if bad. */
function patternsOf(p: Process, t: number): boolean {
  patAddr = [];
  patLen = [];
  if ((t & 3) === 2 && isTuple2(t) && W[(t >>> 2) + 1] === cpTag()) t = W[(t >>> 2) + 2];
  if ((t & 3) === 2) {
    if (!bytesOf(p, t) || BL === 0) return false;
    patAddr.push(BA);
    patLen.push(BL);
    return true;
  }
  if ((t & 3) !== 1) return false;
  while ((t & 3) === 1) {
    const h = W[t >>> 2];
    if (!bytesOf(p, h) || BL === 0) return false;
    patAddr.push(BA);
    patLen.push(BL);
    t = W[(t >>> 2) + 1];
  }
  return t === NIL;
}

let cpAtom = 0;
function cpTag(): number {
  if (cpAtom === 0) cpAtom = (atomIntern('cp') << 6) | 0x0b;
  return cpAtom;
}

/** Length of the longest pattern matching at byte i of [base, base+end), or 0. */
function matchAt(base: number, i: number, end: number): number {
  let best = 0;
  for (let k = 0; k < patAddr.length; k++) {
    const n = patLen[k];
    if (n <= best || i + n > end) continue;
    const pa = patAddr[k];
    let j = 0;
    while (j < n && U8[base + i + j] === U8[pa + j]) j++;
    if (j === n) best = n;
  }
  return best;
}

// Search results: pairs of (start, length) in bytes.
const found: number[] = [];

/** Finds matches in [from, to) of the binary at base; all (non-overlapping) when global. */
function search(base: number, from: number, to: number, global: boolean): void {
  found.length = 0;
  let i = from;
  while (i < to) {
    const n = matchAt(base, i, to);
    if (n > 0) {
      found.push(i, n);
      if (!global) return;
      i += n;
    } else i++;
  }
}

let atGlobal = 0;
let atTrim = 0;
let atTrimAll = 0;
let atScope = 0;
let atInsert = 0;

function optAtoms(): void {
  if (atGlobal !== 0) return;
  atGlobal = (atomIntern('global') << 6) | 0x0b;
  atTrim = (atomIntern('trim') << 6) | 0x0b;
  atTrimAll = (atomIntern('trim_all') << 6) | 0x0b;
  atScope = (atomIntern('scope') << 6) | 0x0b;
  atInsert = (atomIntern('insert_replaced') << 6) | 0x0b;
}

// Options of split/match/matches/replace.
let oGlobal = false;
let oTrim = false;
let oTrimAll = false;
let oFrom = 0;
let oTo = 0;
let oInsert: number[] = [];

/** Parses an option list for a binary of `size` bytes; kinds: 1 global/trim, 2 scope, 4 insert_replaced. */
function optionsOf(l: number, size: number, kinds: number): boolean {
  optAtoms();
  oGlobal = oTrim = oTrimAll = false;
  oFrom = 0;
  oTo = size;
  oInsert = [];
  while ((l & 3) === 1) {
    const o = W[l >>> 2];
    if ((kinds & 1) !== 0 && o === atGlobal) oGlobal = true;
    else if ((kinds & 8) !== 0 && o === atTrim) oTrim = true;
    else if ((kinds & 8) !== 0 && o === atTrimAll) oTrimAll = true;
    else if ((kinds & 2) !== 0 && isTuple2(o) && W[(o >>> 2) + 1] === atScope) {
      const sc = W[(o >>> 2) + 2];
      if (!isTuple2(sc) || !partRange(W[(sc >>> 2) + 1], W[(sc >>> 2) + 2], size)) return false;
      oFrom = PS;
      oTo = PS + PL;
    } else if ((kinds & 4) !== 0 && isTuple2(o) && W[(o >>> 2) + 1] === atInsert) {
      let v = W[(o >>> 2) + 2];
      oInsert = [];
      if (small(v)) oInsert.push(v >> 4);
      else {
        while ((v & 3) === 1) {
          const x = W[v >>> 2];
          if (!small(x) || x >> 4 < 0) return false;
          oInsert.push(x >> 4);
          v = W[(v >>> 2) + 1];
        }
        if (v !== NIL) return false;
      }
    } else return false;
    l = W[(l >>> 2) + 1];
  }
  return l === NIL;
}

function binSplit(p: Process, b: number, pat: number, opts: number): number {
  if (!binResolve(b) || (RB_BITS & 7) !== 0) return badarg(p);
  const size = RB_BITS >>> 3;
  if (!patternsOf(p, pat) || !optionsOf(opts, size, 1 | 2 | 8)) return badarg(p);
  if (!bytesOf(p, b)) return badarg(p);
  search(BA, oFrom, oTo, oGlobal);
  const parts: number[] = [];
  let prev = 0;
  for (let i = 0; i < found.length; i += 2) {
    parts.push(prev, found[i] - prev);
    prev = found[i] + found[i + 1];
  }
  parts.push(prev, size - prev);
  let n = parts.length;
  if (oTrim || oTrimAll) while (n > 0 && parts[n - 1] === 0) n -= 2;
  const terms: number[] = [];
  for (let i = 0; i < n; i += 2) {
    if (oTrimAll && parts[i + 1] === 0) continue;
    terms.push(partOf(p, b, parts[i] * 8, parts[i + 1] * 8));
  }
  return listOf(p, terms);
}

function listOf(p: Process, items: number[]): number {
  const n = items.length;
  if (n === 0) return NIL;
  const h = heapAlloc(p, 2 * n);
  let l = NIL;
  for (let i = n - 1; i >= 0; i--) {
    W[h + 2 * i] = items[i];
    W[h + 2 * i + 1] = l;
    l = ((h + 2 * i) << 2) | 1;
  }
  return l;
}

function binMatch(p: Process, b: number, pat: number, opts: number, all: boolean): number {
  if (!binResolve(b) || (RB_BITS & 7) !== 0) return badarg(p);
  const size = RB_BITS >>> 3;
  if (!patternsOf(p, pat) || !optionsOf(opts, size, 2)) return badarg(p);
  bytesOf(p, b);
  search(BA, oFrom, oTo, all);
  if (!all) {
    if (found.length === 0) return (atomIntern('nomatch') << 6) | 0x0b;
    return mkTuple2(p, mkSmall(found[0]), mkSmall(found[1]));
  }
  const items: number[] = [];
  for (let i = 0; i < found.length; i += 2) items.push(mkTuple2(p, mkSmall(found[i]), mkSmall(found[i + 1])));
  return listOf(p, items);
}

function binReplace(p: Process, b: number, pat: number, rep: number, opts: number): number {
  if (!binResolve(b) || (RB_BITS & 7) !== 0) return badarg(p);
  const size = RB_BITS >>> 3;
  if (!binResolve(rep) || (RB_BITS & 7) !== 0) return badarg(p);
  const rlen = RB_BITS >>> 3;
  if (!patternsOf(p, pat) || !optionsOf(opts, size, 1 | 2 | 4)) return badarg(p);
  for (let i = 0; i < oInsert.length; i++) if (oInsert[i] > rlen) return badarg(p);
  oInsert.sort(function (x, y) { return x - y; });
  bytesOf(p, b);
  search(BA, oFrom, oTo, oGlobal);
  // result size
  let total = size;
  for (let i = 0; i < found.length; i += 2) total += rlen - found[i + 1] + oInsert.length * found[i + 1];
  const r = binNew(p, total);
  const d = binData(r);
  bytesOf(p, b);
  const src = BA;
  bytesOf(p, rep);
  const ra = BA;
  let o = 0;
  let prev = 0;
  for (let i = 0; i < found.length; i += 2) {
    const at = found[i];
    const n = found[i + 1];
    for (let j = prev; j < at; j++) U8[d + o++] = U8[src + j];
    let rp = 0;
    for (let k = 0; k < oInsert.length; k++) {
      for (; rp < oInsert[k]; rp++) U8[d + o++] = U8[ra + rp];
      for (let j = 0; j < n; j++) U8[d + o++] = U8[src + at + j];
    }
    for (; rp < rlen; rp++) U8[d + o++] = U8[ra + rp];
    prev = at + n;
  }
  for (let j = prev; j < size; j++) U8[d + o++] = U8[src + j];
  return r;
}

// ---- unsigned encoding ---------------------------------------------------------------------

function encodeUnsigned(p: Process, t: number, little: boolean): number {
  if (!ar.isInteger(t)) return badarg(p);
  const bytes: number[] = [];
  if (small(t)) {
    let v = t >> 4;
    if (v < 0) return badarg(p);
    do {
      bytes.push(v & 255);
      v = v >>> 8;
    } while (v > 0);
  } else {
    const a = t >>> 2;
    const h = W[a];
    if ((h & 0x3f) === Box.NEG_BIG) return badarg(p);
    const words = h >>> 6;
    for (let i = 0; i < words * 4; i++) bytes.push((W[a + 1 + (i >>> 2)] >>> (8 * (i & 3))) & 255);
    while (bytes.length > 1 && bytes[bytes.length - 1] === 0) bytes.pop();
  }
  const n = bytes.length;
  const r = binNew(p, n);
  const d = binData(r);
  for (let i = 0; i < n; i++) U8[d + i] = little ? bytes[i] : bytes[n - 1 - i];
  return r;
}

function decodeUnsigned(p: Process, b: number, little: boolean): number {
  if (!bytesOf(p, b)) return badarg(p);
  const n = BL;
  const a = BA;
  if (n <= 6) {
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + U8[a + (little ? n - 1 - i : i)];
    return intTerm(p, v);
  }
  const words: number[] = [];
  for (let i = 0; i < n; i += 4) {
    let w = 0;
    for (let j = 3; j >= 0; j--) {
      const k = i + j;
      const byte = k < n ? U8[a + (little ? k : n - 1 - k)] : 0;
      w = w * 256 + byte;
    }
    words.push(w);
  }
  const big = { neg: false, mag: [] as number[] };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const hi = Math.floor(w / 65536);
    big.mag.push(w - hi * 65536, hi);
  }
  while (big.mag.length > 0 && big.mag[big.mag.length - 1] === 0) big.mag.pop();
  return ar.bigToTerm(p, big);
}

function endianOf(t: number): number {
  if (t === atom(A.big)) return 0;
  if (t === atom(A.little)) return 1;
  return -1;
}

// ---- registration --------------------------------------------------------------------------

/** Registers the binary BIFs (and interns the atoms the bit syntax instructions use). */
export function registerBinaryBifs(): void {
  bitsAtomsInit();
  cpAtom = 0;
  atGlobal = 0;

  // ---- sizes
  defNative(E, 'byte_size', 1, function (p, a) {
    const t = a[0];
    if (isMatchState(t)) {
      const m = t >>> 2;
      return intTerm(p, Math.ceil((W[m + 3] - W[m + 2]) / 8));
    }
    if (!binResolve(t)) return badarg(p);
    return intTerm(p, (RB_BITS + 7) >>> 3);
  });
  defNative(E, 'bit_size', 1, function (p, a) {
    const t = a[0];
    if (isMatchState(t)) {
      const m = t >>> 2;
      return intTerm(p, W[m + 3] - W[m + 2]);
    }
    if (!binResolve(t)) return badarg(p);
    return intTerm(p, RB_BITS);
  });

  // ---- parts
  defNative(E, 'binary_part', 3, function (p, a) { return binaryPart(p, a[0], a[1], a[2]); });
  defNative(E, 'binary_part', 2, function (p, a) {
    if (!isTuple2(a[1])) return badarg(p);
    return binaryPart(p, a[0], W[(a[1] >>> 2) + 1], W[(a[1] >>> 2) + 2]);
  });
  defNative(B, 'part', 3, function (p, a) { return binaryPart(p, a[0], a[1], a[2]); });
  defNative(B, 'part', 2, function (p, a) {
    if (!isTuple2(a[1])) return badarg(p);
    return binaryPart(p, a[0], W[(a[1] >>> 2) + 1], W[(a[1] >>> 2) + 2]);
  });
  defNative(E, 'split_binary', 2, function (p, a) {
    const b = a[0];
    if (!binResolve(b) || !small(a[1])) return badarg(p);
    const bits = RB_BITS;
    const pos = a[1] >> 4;
    if (pos < 0 || pos * 8 > bits) return badarg(p);
    const x = partOf(p, b, 0, pos * 8);
    const y = partOf(p, b, pos * 8, bits - pos * 8);
    return mkTuple2(p, x, y);
  });

  // ---- lists
  defNative(E, 'binary_to_list', 1, function (p, a) {
    if (!bytesOf(p, a[0])) return badarg(p);
    return byteList(p, BA, BL, NIL);
  });
  defNative(E, 'binary_to_list', 3, function (p, a) {
    if (!bytesOf(p, a[0]) || !small(a[1]) || !small(a[2])) return badarg(p);
    const s = a[1] >> 4;
    const e = a[2] >> 4;
    if (s < 1 || s > e || e > BL) return badarg(p);
    return byteList(p, BA + s - 1, e - s + 1, NIL);
  });
  defNative(E, 'bitstring_to_list', 1, function (p, a) {
    const b = a[0];
    if (!binResolve(b)) return badarg(p);
    const bits = RB_BITS;
    const r = bits & 7;
    let tail = NIL;
    if (r !== 0) {
      const last = partOf(p, b, bits - r, r);
      const c = heapAlloc(p, 2);
      W[c] = last;
      W[c + 1] = NIL;
      tail = (c << 2) | 1;
    }
    const whole = partOf(p, b, 0, bits - r);
    bytesOf(p, whole);
    return byteList(p, BA, BL, tail);
  });
  defNative(E, 'list_to_binary', 1, function (p, a) {
    if ((a[0] & 3) !== 1 && a[0] !== NIL) return badarg(p);
    return iolistToBits(p, a[0], false);
  });
  defNative(B, 'list_to_bin', 1, function (p, a) {
    if ((a[0] & 3) !== 1 && a[0] !== NIL) return badarg(p);
    return iolistToBits(p, a[0], false);
  });
  defNative(E, 'list_to_bitstring', 1, function (p, a) {
    if ((a[0] & 3) !== 1 && a[0] !== NIL) return badarg(p);
    return iolistToBits(p, a[0], true);
  });
  defNative(E, 'iolist_to_binary', 1, function (p, a) {
    const t = a[0];
    if ((t & 3) === 2) {
      if (!binResolve(t) || (RB_BITS & 7) !== 0) return badarg(p);
      return t;
    }
    if ((t & 3) !== 1 && t !== NIL) return badarg(p);
    return iolistToBits(p, t, false);
  });
  defNative(E, 'iolist_size', 1, function (p, a) {
    const t = a[0];
    if ((t & 3) !== 1 && t !== NIL && (t & 3) !== 2) return badarg(p);
    if (!iolistWalk(t, false, 0, 0)) return badarg(p);
    return intTerm(p, WALK_BITS >>> 3);
  });

  // ---- numbers
  function b2i(p: Process, b: number, base: number): number {
    if (!bytesOf(p, b) || !small(base) || base >> 4 < 2 || base >> 4 > 36) return badarg(p);
    const r = bigParse(byteString(p, b), base >> 4);
    return r === null ? badarg(p) : ar.bigToTerm(p, r);
  }
  defNative(E, 'binary_to_integer', 1, function (p, a) { return b2i(p, a[0], mkSmall(10)); });
  defNative(E, 'binary_to_integer', 2, function (p, a) { return b2i(p, a[0], a[1]); });
  defNative(E, 'integer_to_binary', 1, function (p, a) {
    return ar.isInteger(a[0]) ? binOfString(p, integerToText(a[0], 10)) : badarg(p);
  });
  defNative(E, 'integer_to_binary', 2, function (p, a) {
    if (!ar.isInteger(a[0]) || !small(a[1]) || a[1] >> 4 < 2 || a[1] >> 4 > 36) return badarg(p);
    return binOfString(p, integerToText(a[0], a[1] >> 4));
  });
  defNative(E, 'binary_to_float', 1, function (p, a) {
    if (!bytesOf(p, a[0])) return badarg(p);
    const x = parseErlangFloat(byteString(p, a[0]));
    return x === null ? badarg(p) : ar.mkFloat(p, x);
  });
  defNative(E, 'float_to_binary', 1, function (p, a) {
    if (ar.numKind(a[0]) !== ar.NumKind.FLOAT) return badarg(p);
    const s = floatToText(ar.floatVal(a[0]), NIL);
    return s === null ? badarg(p) : binOfString(p, s);
  });
  defNative(E, 'float_to_binary', 2, function (p, a) {
    if (ar.numKind(a[0]) !== ar.NumKind.FLOAT) return badarg(p);
    const s = floatToText(ar.floatVal(a[0]), a[1]);
    return s === null ? badarg(p) : binOfString(p, s);
  });

  // ---- atoms
  defNative(E, 'binary_to_atom', 1, function (p, a) { return binaryToAtom(p, a[0], 1, false); });
  defNative(E, 'binary_to_atom', 2, function (p, a) { return binaryToAtom(p, a[0], encodingOf(a[1]), false); });
  defNative(E, 'binary_to_existing_atom', 1, function (p, a) { return binaryToAtom(p, a[0], 1, true); });
  defNative(E, 'binary_to_existing_atom', 2, function (p, a) { return binaryToAtom(p, a[0], encodingOf(a[1]), true); });
  defNative(E, 'atom_to_binary', 1, function (p, a) { return atomToBinary(p, a[0], 1); });
  defNative(E, 'atom_to_binary', 2, function (p, a) { return atomToBinary(p, a[0], encodingOf(a[1])); });

  // ---- the binary module
  defNative(B, 'at', 2, function (p, a) {
    if (!bytesOf(p, a[0]) || !small(a[1])) return badarg(p);
    const i = a[1] >> 4;
    if (i < 0 || i >= BL) return badarg(p);
    return mkSmall(U8[BA + i]);
  });
  defNative(B, 'first', 1, function (p, a) {
    if (!bytesOf(p, a[0]) || BL === 0) return badarg(p);
    return mkSmall(U8[BA]);
  });
  defNative(B, 'last', 1, function (p, a) {
    if (!bytesOf(p, a[0]) || BL === 0) return badarg(p);
    return mkSmall(U8[BA + BL - 1]);
  });
  function copyN(p: Process, b: number, nt: number): number {
    if (!binResolve(b) || (RB_BITS & 7) !== 0 || !nonNegSmall(nt)) return badarg(p);
    const len = RB_BITS >>> 3;
    const n = nt >> 4;
    const r = binNew(p, len * n);
    const d = binData(r);
    binResolve(b);
    for (let i = 0; i < n; i++) bitsCopy(d, i * len * 8, RB_ADDR, RB_BIT, len * 8);
    return r;
  }
  defNative(B, 'copy', 1, function (p, a) { return copyN(p, a[0], mkSmall(1)); });
  defNative(B, 'copy', 2, function (p, a) { return copyN(p, a[0], a[1]); });
  defNative(B, 'bin_to_list', 1, function (p, a) {
    if (!bytesOf(p, a[0])) return badarg(p);
    return byteList(p, BA, BL, NIL);
  });
  function binToListPart(p: Process, b: number, s: number, l: number): number {
    if (!bytesOf(p, b) || !partRange(s, l, BL)) return badarg(p);
    return byteList(p, BA + PS, PL, NIL);
  }
  defNative(B, 'bin_to_list', 2, function (p, a) {
    if (!isTuple2(a[1])) return badarg(p);
    return binToListPart(p, a[0], W[(a[1] >>> 2) + 1], W[(a[1] >>> 2) + 2]);
  });
  defNative(B, 'bin_to_list', 3, function (p, a) { return binToListPart(p, a[0], a[1], a[2]); });
  defNative(B, 'encode_unsigned', 1, function (p, a) { return encodeUnsigned(p, a[0], false); });
  defNative(B, 'encode_unsigned', 2, function (p, a) {
    const e = endianOf(a[1]);
    return e < 0 ? badarg(p) : encodeUnsigned(p, a[0], e === 1);
  });
  defNative(B, 'decode_unsigned', 1, function (p, a) { return decodeUnsigned(p, a[0], false); });
  defNative(B, 'decode_unsigned', 2, function (p, a) {
    const e = endianOf(a[1]);
    return e < 0 ? badarg(p) : decodeUnsigned(p, a[0], e === 1);
  });
  defNative(B, 'split', 2, function (p, a) { return binSplit(p, a[0], a[1], NIL); });
  defNative(B, 'split', 3, function (p, a) { return binSplit(p, a[0], a[1], a[2]); });
  defNative(B, 'match', 2, function (p, a) { return binMatch(p, a[0], a[1], NIL, false); });
  defNative(B, 'match', 3, function (p, a) { return binMatch(p, a[0], a[1], a[2], false); });
  defNative(B, 'matches', 2, function (p, a) { return binMatch(p, a[0], a[1], NIL, true); });
  defNative(B, 'matches', 3, function (p, a) { return binMatch(p, a[0], a[1], a[2], true); });
  defNative(B, 'replace', 3, function (p, a) { return binReplace(p, a[0], a[1], a[2], NIL); });
  defNative(B, 'replace', 4, function (p, a) { return binReplace(p, a[0], a[1], a[2], a[3]); });
  defNative(B, 'compile_pattern', 1, function (p, a) {
    if (!patternsOf(p, a[0])) return badarg(p);
    return mkTuple2(p, cpTag(), a[0]);
  });
  defNative(B, 'referenced_byte_size', 1, function (p, a) {
    if (!binResolve(a[0]) || (RB_BITS & 7) !== 0) return badarg(p);
    const orig = underOf(a[0]) >>> 2;
    if ((W[orig] & 0x3f) === Box.HEAP_BIN) return intTerm(p, W[orig + 1]);
    const blk = W[orig + 4];
    return intTerm(p, blk !== 0 && W[blk + 1] < 0 ? (-W[blk + 1] - 1) >>> 3 : W[orig + 1]);
  });
  function commonAffix(p: Process, l: number, suffix: boolean): number {
    const addrs: number[] = [];
    const lens: number[] = [];
    while ((l & 3) === 1) {
      if (!bytesOf(p, W[l >>> 2])) return badarg(p);
      addrs.push(BA);
      lens.push(BL);
      l = W[(l >>> 2) + 1];
    }
    if (l !== NIL || addrs.length === 0) return badarg(p);
    let n = 0;
    for (;;) {
      let ok = true;
      let c = -1;
      for (let i = 0; i < addrs.length && ok; i++) {
        if (n >= lens[i]) ok = false;
        else {
          const b = U8[suffix ? addrs[i] + lens[i] - 1 - n : addrs[i] + n];
          if (c < 0) c = b;
          else if (b !== c) ok = false;
        }
      }
      if (!ok) break;
      n++;
    }
    return mkSmall(n);
  }
  defNative(B, 'longest_common_prefix', 1, function (p, a) { return commonAffix(p, a[0], false); });
  defNative(B, 'longest_common_suffix', 1, function (p, a) { return commonAffix(p, a[0], true); });
}

export { iolistWalk, iolistToBits };
