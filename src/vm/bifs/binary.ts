// Binary BIFs: erlang:byte_size/1, bit_size/1, binary_part/2,3, split_binary/2, the list, iolist,
// integer, float and atom conversions, and the `binary` module (part, at, copy, bin_to_list,
// encode/decode_unsigned, split, match, matches, replace ...). Deep iolists are walked with an
// explicit stack. Results that are parts of an argument are sub binaries sharing its bytes.
import { W, U8 } from '../memory';
import { Process } from '../process';
import { heapAlloc } from '../heap';
import { defNative, badarg, fail } from '../natives';
import { A, atom, NIL, NONE, Box, mkSmall, MAX_SMALL } from '../term';
import { atomIntern, atomLookup, atomName, utf8CodePoints, codePointToUtf8 } from '../atoms';
import * as ar from '../arith';
import { bigParse } from '../bignum';
import { parseErlangFloat } from '../float_fmt';
import { binResolve, RB_ADDR, RB_BIT, RB_BITS, binNew, binData, bitsCopy, isBinary, binToBytes, binFromBytes } from '../binary';
import { bitsAtomsInit, isMatchState, mkBits, underOf, U_OFF } from '../ops_bits';
import { mkTuple2 } from '../exceptions';
import { integerToText, floatToText } from './erlang';
import { setLength } from '../arrays';

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
  setLength(stack, 0);
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
  setLength(found, 0);
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
      if (small(v)) {
        if (v >> 4 < 0) return false;
        oInsert.push(v >> 4);
      } else {
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

// ---- checksums ---------------------------------------------------------------------------

let crcTable: number[] | null = null;

function crc32Update(crc: number, addr: number, n: number): number {
  if (crcTable === null) {
    crcTable = [];
    for (let i = 0; i < 256; i++) {
      let c = i;
      for (let k = 0; k < 8; k++) c = (c & 1) !== 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable.push(c >>> 0);
    }
  }
  const t = crcTable;
  let c = ~crc;
  for (let i = 0; i < n; i++) c = t[(c ^ U8[addr + i]) & 255] ^ (c >>> 8);
  return ~c >>> 0;
}

function adler32Update(adler: number, addr: number, n: number): number {
  let a = adler & 0xffff;
  let b = Math.floor(adler / 65536) & 0xffff;
  for (let i = 0; i < n; i++) {
    a = (a + U8[addr + i]) % 65521;
    b = (b + a) % 65521;
  }
  return b * 65536 + a;
}

/** The bytes of iodata t as a fresh binary (NONE if t is not iodata). */
function iodataBin(p: Process, t: number): number {
  if ((t & 3) === 2) return binResolve(t) && (RB_BITS & 7) === 0 ? t : NONE;
  if ((t & 3) !== 1 && t !== NIL) return NONE;
  if (!iolistWalk(t, false, 0, 0)) return NONE;
  const bytes = WALK_BITS >>> 3;
  const r = binNew(p, bytes);
  iolistWalk(t, false, binData(r), 0);
  return r;
}

function checksum(p: Process, init: number, data: number, adler: boolean): number {
  const b = iodataBin(p, data);
  if (b === NONE || !bytesOf(p, b)) return badarg(p);
  return intTerm(p, adler ? adler32Update(init, BA, BL) : crc32Update(init, BA, BL));
}

function uint32Arg(t: number): number {
  if (small(t)) return t >> 4 >= 0 ? t >> 4 : -1;
  if (ar.isInteger(t) && (W[t >>> 2] & 0x3f) === Box.POS_BIG) {
    const v = ar.intToNumber(t);
    return v <= 4294967295 ? v : -1;
  }
  return -1;
}

// ---- unicode:characters_to_binary/list ----------------------------------------------------

// encodings: 0 latin1, 1 utf8, 2 utf16 big, 3 utf16 little, 4 utf32 big, 5 utf32 little
function encOf(t: number): number {
  if (t === AT_latin1) return 0;
  if (t === AT_utf8 || t === AT_unicode) return 1;
  let big = true;
  if (isTuple2(t)) {
    const e = W[(t >>> 2) + 2];
    if (e === atom(A.little)) big = false;
    else if (e !== atom(A.big)) return -1;
    t = W[(t >>> 2) + 1];
  }
  const name = (t & 0x3f) === 0x0b ? atomName(t >>> 6) : '';
  if (name === 'utf16') return big ? 2 : 3;
  if (name === 'utf32') return big ? 4 : 5;
  return -1;
}

const cps: number[] = []; // decoded code points
let ucErr = 0; // 0 ok, 1 error, 2 incomplete, 3 badarg
let ucRest = NIL;

/** Decodes a binary's bytes [i0, n) in encoding enc into cps; returns the index where decoding stopped. */
function ucDecodeBytes(addr: number, n: number, enc: number, max: number): number {
  let i = 0;
  while (i < n) {
    const c = U8[addr + i];
    if (enc === 0) {
      cps.push(c);
      i++;
      continue;
    }
    if (enc === 1) {
      if (c < 0x80) {
        cps.push(c);
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
      } else return i;
      let j = 1;
      for (; j <= k && i + j < n; j++) {
        const d = U8[addr + i + j];
        if ((d & 0xc0) !== 0x80) return i;
        cp = (cp << 6) | (d & 0x3f);
      }
      if (j <= k) return i; // truncated at the end
      if (cp < min || cp > max || (cp >= 0xd800 && cp < 0xe000)) return i;
      cps.push(cp);
      i += k + 1;
      continue;
    }
    if (enc <= 3) {
      if (i + 2 > n) return i;
      const u = enc === 2 ? (c << 8) | U8[addr + i + 1] : c | (U8[addr + i + 1] << 8);
      if (u >= 0xd800 && u < 0xdc00) {
        if (i + 4 > n) return i;
        const u2 = enc === 2 ? (U8[addr + i + 2] << 8) | U8[addr + i + 3] : U8[addr + i + 2] | (U8[addr + i + 3] << 8);
        if (u2 < 0xdc00 || u2 >= 0xe000 || max < 0x10000) return i;
        cps.push(0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00));
        i += 4;
      } else if ((u >= 0xdc00 && u < 0xe000) || u > max) return i;
      else {
        cps.push(u);
        i += 2;
      }
      continue;
    }
    if (i + 4 > n) return i;
    const v =
      enc === 4
        ? c * 16777216 + ((U8[addr + i + 1] << 16) | (U8[addr + i + 2] << 8) | U8[addr + i + 3])
        : U8[addr + i + 3] * 16777216 + ((U8[addr + i + 2] << 16) | (U8[addr + i + 1] << 8) | c);
    if (v > max || (v >= 0xd800 && v < 0xe000)) return i;
    cps.push(v);
    i += 4;
  }
  return n;
}

/** True when a decode stopped at i only because the data ended inside a character. */
function ucTruncated(addr: number, i: number, n: number, enc: number): boolean {
  const left = n - i;
  if (enc === 1) {
    const c = U8[addr + i];
    const need = c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    if (need === 0 || left >= need) return false;
    for (let j = 1; j < left; j++) if ((U8[addr + i + j] & 0xc0) !== 0x80) return false;
    return true;
  }
  if (enc === 2 || enc === 3) {
    if (left < 2) return true;
    const u = enc === 2 ? (U8[addr + i] << 8) | U8[addr + i + 1] : U8[addr + i] | (U8[addr + i + 1] << 8);
    return left < 4 && u >= 0xd800 && u < 0xdc00;
  }
  return enc >= 4 && left < 4;
}

/** Wraps the rest of the innermost list with the pending tails of the enclosing lists. */
function ucWrap(p: Process, r: number, tails: number[], depth: number): number {
  for (let i = depth - 1; i >= 0; i--) {
    const c = heapAlloc(p, 2);
    W[c] = r;
    W[c + 1] = tails[i];
    r = (c << 2) | 1;
  }
  return r;
}

let carry: number[] = []; // bytes of a character split between two binaries

function carryBin(p: Process): number {
  const r = binNew(p, carry.length);
  const d = binData(r);
  for (let i = 0; i < carry.length; i++) U8[d + i] = carry[i];
  return r;
}

/**
 * Decodes chardata t (input encoding enc) into cps; sets ucErr/ucRest. A character may be split
 * between adjacent binaries. The rest of an erroneous input keeps its list structure, as OTP's.
 */
function ucDecode(p: Process, t: number, enc: number, max: number): void {
  setLength(cps, 0);
  ucErr = 0;
  ucRest = NIL;
  carry = [];
  const tails: number[] = [];
  let l = t;
  for (;;) {
    let bin: number;
    let after = NIL; // the list after a binary element
    let element = false;
    if ((l & 3) === 1) {
      const a = l >>> 2;
      const h = W[a];
      if ((h & 0xf) === 0xf) {
        const c = h >> 4;
        if (carry.length > 0) {
          ucErr = 1;
          ucRest = mkCons2(p, carryBin(p), mkCons2(p, ucWrap(p, l, tails, tails.length), NIL));
          return;
        }
        if (c > max && c <= 0x10ffff && (c < 0xd800 || c >= 0xe000)) {
          // a valid character the output (latin1) cannot hold: OTP returns it in a list of its own
          ucErr = 1;
          ucRest = ucWrap(p, mkCons2(p, mkCons2(p, h, NIL), W[a + 1]), tails, tails.length);
          return;
        }
        if (c < 0 || c > (enc === 0 ? 255 : 0x10ffff) || (c >= 0xd800 && c < 0xe000)) {
          ucErr = 1;
          ucRest = ucWrap(p, l, tails, tails.length);
          return;
        }
        cps.push(c);
        l = W[a + 1];
        continue;
      }
      if ((h & 3) === 1 || h === NIL) {
        tails.push(W[a + 1]);
        l = h;
        continue;
      }
      if ((h & 3) !== 2 || !binResolve(h) || (RB_BITS & 7) !== 0) {
        ucErr = 3;
        return;
      }
      bin = h;
      after = W[a + 1];
      element = true;
      l = after;
    } else if (l === NIL) {
      if (tails.length === 0) {
        if (carry.length > 0) {
          ucErr = 2;
          ucRest = carryBin(p);
        }
        return;
      }
      l = tails.pop() as number;
      continue;
    } else if ((l & 3) === 2 && binResolve(l) && (RB_BITS & 7) === 0) {
      bin = l;
      l = NIL;
    } else {
      ucErr = 3;
      return;
    }
    let src = bin;
    const carried = carry.length;
    if (carried > 0) {
      binResolve(bin);
      const len = RB_BITS >>> 3;
      const tmp = binNew(p, carried + len);
      const d = binData(tmp);
      for (let i = 0; i < carried; i++) U8[d + i] = carry[i];
      binResolve(bin);
      bitsCopy(d + carried, 0, RB_ADDR, RB_BIT, len * 8);
      src = tmp;
      carry = [];
    }
    bytesOf(p, src);
    const addr = BA;
    const n = BL;
    const i = ucDecodeBytes(addr, n, enc, max);
    if (i < n) {
      let more = after !== NIL;
      for (let k = 0; k < tails.length && !more; k++) if (tails[k] !== NIL) more = true;
      if (ucTruncated(addr, i, n, enc)) {
        if (!more) {
          ucErr = 2;
          ucRest = partOf(p, src, i * 8, (n - i) * 8);
          return;
        }
        for (let k = i; k < n; k++) carry.push(U8[addr + k]);
        continue;
      }
      ucErr = 1;
      const lead = U8[addr + i];
      if (i < carried && enc === 1 && n - i < (lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2)) {
        // the character begun in the previous binary fails before it could be complete even
        // with all of this one: as OTP, the rest is the joined bytes, then the non-empty
        // pending lists (innermost first)
        let r = NIL;
        for (let k = 0; k < tails.length; k++) if (tails[k] !== NIL) r = mkCons2(p, tails[k], r);
        if (after !== NIL) r = mkCons2(p, after, r);
        const joined = partOf(p, src, i * 8, (n - i) * 8);
        ucRest = r === NIL ? joined : mkCons2(p, joined, r);
        return;
      }
      if (i < carried) {
        // the character begun in the previous binary does not continue here
        const cell = element ? mkCons2(p, bin, after) : bin;
        ucRest = ucWrap(p, mkCons2(p, partOf(p, src, i * 8, (carried - i) * 8), mkCons2(p, cell, NIL)), tails, tails.length);
        return;
      }
      const rest = partOf(p, bin, (i - carried) * 8, (n - i) * 8);
      ucRest = ucWrap(p, element ? mkCons2(p, rest, after) : rest, tails, tails.length);
      return;
    }
  }
}

/** Encodes cps[0..n) in encoding enc as a binary; stops at the first code point latin1 cannot hold. */
function ucEncode(p: Process, n: number, enc: number): number {
  let bytes = 0;
  let m = n;
  for (let i = 0; i < n; i++) {
    const c = cps[i];
    if (enc === 0) {
      if (c > 255) {
        m = i;
        break;
      }
      bytes++;
    } else if (enc === 1) bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    else if (enc <= 3) bytes += c < 0x10000 ? 2 : 4;
    else bytes += 4;
  }
  const r = binNew(p, bytes);
  const d = binData(r);
  let o = 0;
  for (let i = 0; i < m; i++) {
    const c = cps[i];
    if (enc === 0) U8[d + o++] = c;
    else if (enc === 1) {
      if (c < 0x80) U8[d + o++] = c;
      else if (c < 0x800) {
        U8[d + o++] = 0xc0 | (c >> 6);
        U8[d + o++] = 0x80 | (c & 63);
      } else if (c < 0x10000) {
        U8[d + o++] = 0xe0 | (c >> 12);
        U8[d + o++] = 0x80 | ((c >> 6) & 63);
        U8[d + o++] = 0x80 | (c & 63);
      } else {
        U8[d + o++] = 0xf0 | (c >> 18);
        U8[d + o++] = 0x80 | ((c >> 12) & 63);
        U8[d + o++] = 0x80 | ((c >> 6) & 63);
        U8[d + o++] = 0x80 | (c & 63);
      }
    } else if (enc <= 3) {
      const units = c < 0x10000 ? [c] : [0xd800 | ((c - 0x10000) >> 10), 0xdc00 | ((c - 0x10000) & 0x3ff)];
      for (let k = 0; k < units.length; k++) {
        const u = units[k];
        U8[d + o++] = enc === 2 ? u >> 8 : u & 255;
        U8[d + o++] = enc === 2 ? u & 255 : u >> 8;
      }
    } else {
      const b0 = Math.floor(c / 16777216) & 255;
      const b1 = (c >> 16) & 255;
      const b2 = (c >> 8) & 255;
      const b3 = c & 255;
      U8[d + o++] = enc === 4 ? b0 : b3;
      U8[d + o++] = enc === 4 ? b1 : b2;
      U8[d + o++] = enc === 4 ? b2 : b1;
      U8[d + o++] = enc === 4 ? b3 : b0;
    }
  }
  UC_STOP = m;
  return r;
}
let UC_STOP = 0;

function charsToBinary(p: Process, t: number, inEnc: number, outEnc: number): number {
  if (inEnc < 0 || outEnc < 0) return badarg(p);
  if ((t & 3) !== 1 && t !== NIL && (t & 3) !== 2) return badarg(p);
  ucDecode(p, t, inEnc, outEnc === 0 ? 255 : 0x10ffff);
  if (ucErr === 3) return badarg(p);
  const b = ucEncode(p, cps.length, outEnc);
  if (ucErr === 0) return b;
  return tuple3(p, ucErr === 2 ? (atomIntern('incomplete') << 6) | 0x0b : atom(A.error), b, ucRest);
}

function charsToList(p: Process, t: number, inEnc: number): number {
  if (inEnc < 0) return badarg(p);
  if ((t & 3) !== 1 && t !== NIL && (t & 3) !== 2) return badarg(p);
  ucDecode(p, t, inEnc, 0x10ffff);
  if (ucErr === 3) return badarg(p);
  const items: number[] = [];
  for (let i = 0; i < cps.length; i++) items.push((cps[i] << 4) | 0xf);
  const l = listOf(p, items);
  if (ucErr === 0) return l;
  return tuple3(p, ucErr === 2 ? (atomIntern('incomplete') << 6) | 0x0b : atom(A.error), l, ucRest);
}

function tuple3(p: Process, a: number, b: number, c: number): number {
  const h = heapAlloc(p, 4);
  W[h] = 3 << 6;
  W[h + 1] = a;
  W[h + 2] = b;
  W[h + 3] = c;
  return (h << 2) | 2;
}

function mkCons2(p: Process, hd: number, tl: number): number {
  const h = heapAlloc(p, 2);
  W[h] = hd;
  W[h + 1] = tl;
  return (h << 2) | 1;
}

// ---- registration --------------------------------------------------------------------------

/** Registers the binary BIFs (and interns the atoms the bit syntax instructions use). */
/** The atoms bit syntax and these natives keep at hand (vmInit: registrars only name natives,
 *  as a natives snapshot skips them at start). */
export function binaryBifsInit(): void {
  bitsAtomsInit();
  cpAtom = 0;
  atGlobal = 0;
}

export function registerBinaryBifs(): void {

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
  // encode_hex/1 (upper case), encode_hex/2 (uppercase | lowercase), decode_hex/1 (either case)
  function encodeHex(p: Process, t: number, lower: boolean): number {
    if (!isBinary(t)) return badarg(p);
    const b = binToBytes(t);
    const digits = lower ? '0123456789abcdef' : '0123456789ABCDEF';
    const out = new Uint8Array(2 * b.length);
    for (let i = 0; i < b.length; i++) {
      out[2 * i] = digits.charCodeAt(b[i] >> 4);
      out[2 * i + 1] = digits.charCodeAt(b[i] & 15);
    }
    return binFromBytes(p, out, 0, out.length);
  }
  defNative(B, 'encode_hex', 1, function (p, a) { return encodeHex(p, a[0], false); });
  defNative(B, 'encode_hex', 2, function (p, a) {
    if (a[1] !== atom(atomIntern('uppercase')) && a[1] !== atom(atomIntern('lowercase'))) return badarg(p);
    return encodeHex(p, a[0], a[1] === atom(atomIntern('lowercase')));
  });
  defNative(B, 'decode_hex', 1, function (p, a) {
    if (!isBinary(a[0])) return badarg(p);
    const b = binToBytes(a[0]);
    if (b.length & 1) return badarg(p);
    const out = new Uint8Array(b.length >> 1);
    for (let i = 0; i < b.length; i++) {
      const c = b[i];
      const v = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1;
      if (v < 0) return badarg(p);
      out[i >> 1] = (i & 1) ? out[i >> 1] | v : v << 4;
    }
    return binFromBytes(p, out, 0, out.length);
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
  // ---- checksums, iovecs
  defNative(E, 'crc32', 1, function (p, a) { return checksum(p, 0, a[0], false); });
  defNative(E, 'crc32', 2, function (p, a) {
    const c = uint32Arg(a[0]);
    return c < 0 ? badarg(p) : checksum(p, c, a[1], false);
  });
  defNative(E, 'adler32', 1, function (p, a) { return checksum(p, 1, a[0], true); });
  defNative(E, 'adler32', 2, function (p, a) {
    const c = uint32Arg(a[0]);
    return c < 0 ? badarg(p) : checksum(p, c, a[1], true);
  });
  defNative(E, 'iolist_to_iovec', 1, function (p, a) {
    const b = iodataBin(p, a[0]);
    if (b === NONE) return badarg(p);
    binResolve(b);
    return RB_BITS === 0 ? NIL : mkCons2(p, b, NIL);
  });

  // ---- unicode
  const U = 'unicode';
  defNative(U, 'characters_to_binary', 1, function (p, a) { return charsToBinary(p, a[0], 1, 1); });
  defNative(U, 'characters_to_binary', 2, function (p, a) { return charsToBinary(p, a[0], encOf(a[1]), 1); });
  defNative(U, 'characters_to_binary', 3, function (p, a) { return charsToBinary(p, a[0], encOf(a[1]), encOf(a[2])); });
  defNative(U, 'characters_to_list', 1, function (p, a) { return charsToList(p, a[0], 1); });
  defNative(U, 'characters_to_list', 2, function (p, a) { return charsToList(p, a[0], encOf(a[1])); });
}

export { iolistWalk, iolistToBits };
