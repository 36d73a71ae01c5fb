// The Erlang external term format (term_to_binary / binary_to_term), byte-exact with OTP 25.
// Device code: ES5 only; terms are walked with explicit stacks, never JS recursion.
//
// Maps of more than 32 keys decode to HAMT maps (maps.ts), smaller ones to flat maps.
//
// Decoding is two passes over the bytes: a checking/sizing pass that validates everything and
// counts the heap words, then a building pass into one pre-sized chunk (so the building pass
// cannot meet malformed input, except for unknown funs and duplicate map keys). Compositions are
// built top-down: a composite's box is allocated when its tag is read, and a frame stack says
// which slot the next decoded term goes to.
//
// Encoding also walks twice (size, then write) with the same code; OTP 25's choices:
//   integers: SMALL_INTEGER_EXT 0..255, INTEGER_EXT for 32-bit signed, else SMALL/LARGE_BIG_EXT;
//   floats: NEW_FLOAT_EXT (minor version 0: FLOAT_EXT with "%.20e");
//   atoms: ATOM_EXT (Latin-1) when every character is < 256, else SMALL_ATOM_UTF8_EXT /
//          ATOM_UTF8_EXT (minor version 2: always the UTF-8 forms);
//   lists: STRING_EXT for proper lists of 0..255 up to 65535 elements, else LIST_EXT;
//   maps: MAP_EXT with the pairs in map key order (OTP's order for maps of up to 32 keys; OTP
//          writes larger ones in its internal hash order, which we do not reproduce);
//   pids/ports/refs: NEW_PID_EXT / NEW_PORT_EXT / NEWER_REFERENCE_EXT of node nonode@nohost,
//          creation 0 (a ref's numbers are [lo, hi, 0]); closures NEW_FUN_EXT, exports EXPORT_EXT.
import { W, U8, memAlloc, memFree, floatToWords, wordsToFloat, bcopy } from './memory';
import { Process } from './process';
import { heapAlloc, refcAlloc } from './heap';
import { binNew, binData, binResolve, RB_ADDR, RB_BIT, RB_BITS, byteAt } from './binary';
import { atomIntern, atomName } from './atoms';
import { Box, Refc, NIL, NONE, HEAP_BIN_LIMIT } from './term';
import { compareExact, closureInfo, FunInfo } from './compare';
import { inflate } from './loader/inflate';
import { formatDefault, scanFloat, floatFromBits } from './float_fmt';
import { SMALL_MAX, buildNeed, mapFromPairsWith, mapToSortedArrays } from './maps';
import { setLength } from './arrays';

const VERSION = 131;
const COMPRESSED = 80;
const NEW_FLOAT_EXT = 70;
const BIT_BINARY_EXT = 77;
const NEWER_REFERENCE_EXT = 90;
const NEW_PID_EXT = 88;
const NEW_PORT_EXT = 89;
const SMALL_INTEGER_EXT = 97;
const INTEGER_EXT = 98;
const FLOAT_EXT = 99;
const ATOM_EXT = 100;
const REFERENCE_EXT = 101;
const PORT_EXT = 102;
const PID_EXT = 103;
const SMALL_TUPLE_EXT = 104;
const LARGE_TUPLE_EXT = 105;
const NIL_EXT = 106;
const STRING_EXT = 107;
const LIST_EXT = 108;
const BINARY_EXT = 109;
const SMALL_BIG_EXT = 110;
const LARGE_BIG_EXT = 111;
const NEW_FUN_EXT = 112;
const EXPORT_EXT = 113;
const NEW_REFERENCE_EXT = 114;
const SMALL_ATOM_EXT = 115;
const MAP_EXT = 116;
const ATOM_UTF8_EXT = 118;
const SMALL_ATOM_UTF8_EXT = 119;
const V4_PORT_EXT = 120;

const TWO32 = 4294967296;
const MAX_ID = 268435456; // pids and ports are immediates with 28-bit ids

/**
 * Finds or creates the fun table entry for a decoded closure (module atom index, index, old uniq,
 * arity, number of free variables, md5, old index); returns its fun index, or -1 to reject the
 * term (binary_to_term then fails with badarg). Set by the loader (setFunDecodeHook).
 */
export let funDecodeHook: ((info: FunInfo) => number) | null = null;

export function setFunDecodeHook(h: ((info: FunInfo) => number) | null): void {
  funDecodeHook = h;
}

/** Bytes consumed by the last successful etfDecode (version byte included), for `used`. */
export let ETF_USED = 0;

// ---- decoding: shared state --------------------------------------------------------------

let src: Uint8Array = new Uint8Array(0);
let pos = 0;
let end = 0;

const fscratch = new DataView(new ArrayBuffer(8));

function u16(p: number): number {
  return (src[p] << 8) | src[p + 1];
}
function u32(p: number): number {
  return ((src[p] << 24) | (src[p + 1] << 16) | (src[p + 2] << 8) | src[p + 3]) >>> 0;
}
function i32(p: number): number {
  return (src[p] << 24) | (src[p + 1] << 16) | (src[p + 2] << 8) | src[p + 3];
}

function readDouble(p: number): number {
  for (let i = 0; i < 8; i++) fscratch.setUint8(i, src[p + i]);
  return fscratch.getFloat64(0);
}

/** Length of the valid UTF-8 sequence of `n` bytes at p in characters, or -1. */
function utf8Chars(p: number, n: number): number {
  const e = p + n;
  let chars = 0;
  while (p < e) {
    const c = src[p];
    let k = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c < 0x80) k = 0;
    else if (c >= 0xc2 && c <= 0xdf) k = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      k = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      k = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return -1;
    if (p + k >= e + (k > 0 ? 0 : 1)) return -1;
    for (let j = 1; j <= k; j++) {
      const d = src[p + j];
      if (j === 1 ? d < lo || d > hi : (d & 0xc0) !== 0x80) return -1;
    }
    p += k + 1;
    chars++;
  }
  return chars;
}

/** Checks the atom at pos (any atom tag) and moves past it; false when malformed. */
function skipAtom(): boolean {
  if (pos >= end) return false;
  const tag = src[pos];
  let n: number;
  let q: number;
  if (tag === ATOM_EXT || tag === ATOM_UTF8_EXT) {
    if (pos + 3 > end) return false;
    n = u16(pos + 1);
    q = pos + 3;
  } else if (tag === SMALL_ATOM_EXT || tag === SMALL_ATOM_UTF8_EXT) {
    if (pos + 2 > end) return false;
    n = src[pos + 1];
    q = pos + 2;
  } else return false;
  if (q + n > end) return false;
  if (tag === ATOM_EXT || tag === SMALL_ATOM_EXT) {
    if (n > 255) return false;
  } else {
    const c = utf8Chars(q, n);
    if (c < 0 || c > 255) return false;
  }
  pos = q + n;
  return true;
}

/** Reads a checked atom at pos, returning its atom term. */
function readAtom(): number {
  const tag = src[pos];
  let n: number;
  let q: number;
  if (tag === ATOM_EXT || tag === ATOM_UTF8_EXT) {
    n = u16(pos + 1);
    q = pos + 3;
  } else {
    n = src[pos + 1];
    q = pos + 2;
  }
  let s = '';
  const f = String.fromCharCode;
  if (tag === ATOM_EXT || tag === SMALL_ATOM_EXT) {
    for (let i = 0; i < n; i++) {
      const c = src[q + i];
      s += c < 0x80 ? f(c) : f(0xc0 | (c >> 6), 0x80 | (c & 63));
    }
  } else {
    for (let i = 0; i < n; i++) s += f(src[q + i]);
  }
  pos = q + n;
  return (atomIntern(s) << 6) | 0x0b;
}

/** Reads a pid (NEW_PID_EXT / PID_EXT) at pos; NONE when malformed. */
function readPid(): number {
  if (pos >= end) return NONE;
  const tag = src[pos++];
  if (tag !== NEW_PID_EXT && tag !== PID_EXT) return NONE;
  if (!skipAtom()) return NONE;
  const n = tag === NEW_PID_EXT ? 12 : 9;
  if (pos + n > end) return NONE;
  const id = u32(pos);
  pos += n;
  if (id >= MAX_ID) return NONE;
  return (id << 4) | 3;
}

/** Reads a port (NEW_PORT_EXT / PORT_EXT / V4_PORT_EXT) after its tag; NONE when malformed. */
function readPort(tag: number): number {
  if (!skipAtom()) return NONE;
  let id: number;
  if (tag === V4_PORT_EXT) {
    if (pos + 12 > end) return NONE;
    if (u32(pos) !== 0) return NONE;
    id = u32(pos + 4);
    pos += 12;
  } else {
    const n = tag === NEW_PORT_EXT ? 8 : 5;
    if (pos + n > end) return NONE;
    id = u32(pos);
    pos += n;
  }
  if (id >= MAX_ID) return NONE;
  return (id << 4) | 7;
}

// Reference numbers read by readRef.
let refLo = 0;
let refHi = 0;

/** Reads a reference after its tag into refLo/refHi; false when malformed. */
function readRef(tag: number): boolean {
  if (tag === REFERENCE_EXT) {
    if (!skipAtom()) return false;
    if (pos + 5 > end) return false;
    refLo = u32(pos);
    refHi = 0;
    pos += 5;
    return true;
  }
  if (pos + 2 > end) return false;
  const n = u16(pos);
  pos += 2;
  if (n < 1 || n > 5) return false;
  if (!skipAtom()) return false;
  const cr = tag === NEWER_REFERENCE_EXT ? 4 : 1;
  if (pos + cr + 4 * n > end) return false;
  pos += cr;
  refLo = u32(pos);
  refHi = n > 1 ? u32(pos + 4) : 0;
  pos += 4 * n;
  return true;
}

/** Reads a SMALL_INTEGER_EXT / INTEGER_EXT at pos into intVal; false when not one. */
let intVal = 0;
function readInt(): boolean {
  if (pos >= end) return false;
  const tag = src[pos];
  if (tag === SMALL_INTEGER_EXT) {
    if (pos + 2 > end) return false;
    intVal = src[pos + 1];
    pos += 2;
    return true;
  }
  if (tag === INTEGER_EXT) {
    if (pos + 5 > end) return false;
    intVal = i32(pos + 1);
    pos += 5;
    return true;
  }
  return false;
}

/** The text of a FLOAT_EXT at p (31 bytes, up to the first NUL). */
function floatExtText(p: number): string {
  let s = '';
  for (let i = 0; i < 31; i++) {
    const c = src[p + i];
    if (c === 0) break;
    s += String.fromCharCode(c);
  }
  return s;
}

/** Parses a FLOAT_EXT at p; NaN when malformed or out of range. */
function floatExtValue(p: number): number {
  const sc = scanFloat(floatExtText(p), true);
  if (sc === null) return NaN;
  return floatFromBits(sc.hi, sc.lo);
}

/** Words of a bignum from `n` little-endian magnitude bytes at p: 0 when it is a small. */
function bigWords(p: number, n: number, neg: boolean): number {
  let top = n;
  while (top > 0 && src[p + top - 1] === 0) top--;
  if (top === 0) return 0;
  if (top <= 4) {
    let v = 0;
    for (let i = top - 1; i >= 0; i--) v = v * 256 + src[p + i];
    if (neg ? v <= 134217728 : v <= 134217727) return 0;
  }
  return 1 + ((top + 3) >> 2);
}

/** Words for a byte-aligned binary of n bytes (lit: literal area, data kept inline). */
function binWords(n: number, lit: boolean): number {
  if (n <= HEAP_BIN_LIMIT) return 2 + ((n + 3) >> 2);
  return lit ? Refc.WORDS + ((n + 3) >> 2) : Refc.WORDS;
}

/**
 * Checking pass over the term at pos: returns the heap words it needs, or -1 when malformed;
 * pos ends after the term.
 */
function sizeTerm(lit: boolean): number {
  let words = 0;
  let pending = 1;
  while (pending > 0) {
    if (pending > end - pos) return -1; // every term takes at least one byte
    const tag = src[pos++];
    pending--;
    switch (tag) {
      case SMALL_INTEGER_EXT:
        pos += 1;
        break;
      case INTEGER_EXT: {
        if (pos + 4 > end) return -1;
        const v = i32(pos);
        if (v < -134217728 || v > 134217727) words += 2;
        pos += 4;
        break;
      }
      case NEW_FLOAT_EXT: {
        if (pos + 8 > end) return -1;
        const x = readDouble(pos);
        if (!(x - x === 0)) return -1;
        words += 3;
        pos += 8;
        break;
      }
      case FLOAT_EXT: {
        if (pos + 31 > end) return -1;
        const x = floatExtValue(pos);
        if (!(x - x === 0)) return -1;
        words += 3;
        pos += 31;
        break;
      }
      case ATOM_EXT:
      case SMALL_ATOM_EXT:
      case ATOM_UTF8_EXT:
      case SMALL_ATOM_UTF8_EXT:
        pos--;
        if (!skipAtom()) return -1;
        break;
      case SMALL_TUPLE_EXT: {
        if (pos + 1 > end) return -1;
        const n = src[pos++];
        pending += n;
        words += 1 + n;
        break;
      }
      case LARGE_TUPLE_EXT: {
        if (pos + 4 > end) return -1;
        const n = u32(pos);
        pos += 4;
        if (n > end - pos) return -1;
        pending += n;
        words += 1 + n;
        break;
      }
      case NIL_EXT:
        break;
      case STRING_EXT: {
        if (pos + 2 > end) return -1;
        const n = u16(pos);
        pos += 2;
        if (pos + n > end) return -1;
        pos += n;
        words += 2 * n;
        break;
      }
      case LIST_EXT: {
        if (pos + 4 > end) return -1;
        const n = u32(pos);
        pos += 4;
        if (n > end - pos) return -1;
        pending += n + 1;
        words += 2 * n;
        break;
      }
      case BINARY_EXT: {
        if (pos + 4 > end) return -1;
        const n = u32(pos);
        pos += 4;
        if (n > end - pos) return -1;
        pos += n;
        words += binWords(n, lit);
        break;
      }
      case BIT_BINARY_EXT: {
        if (pos + 5 > end) return -1;
        const n = u32(pos);
        const bits = src[pos + 4];
        pos += 5;
        if (n > end - pos) return -1;
        if (n === 0 ? bits !== 0 : bits < 1 || bits > 8) return -1;
        pos += n;
        words += binWords(n, lit) + (n > 0 && bits < 8 ? 4 : 0);
        break;
      }
      case SMALL_BIG_EXT:
      case LARGE_BIG_EXT: {
        let n: number;
        if (tag === SMALL_BIG_EXT) {
          if (pos + 2 > end) return -1;
          n = src[pos++];
        } else {
          if (pos + 5 > end) return -1;
          n = u32(pos);
          pos += 4;
        }
        const neg = src[pos++] !== 0;
        if (n > end - pos) return -1;
        words += bigWords(pos, n, neg);
        pos += n;
        break;
      }
      case MAP_EXT: {
        if (pos + 4 > end) return -1;
        const n = u32(pos);
        pos += 4;
        if (n > end - pos) return -1;
        pending += 2 * n;
        // decoded flat, then rebuilt as a HAMT when large (maps.ts's invariant)
        words += 3 + 2 * n + (n > SMALL_MAX ? buildNeed(n) : 0);
        break;
      }
      case NEW_FUN_EXT: {
        if (pos + 29 > end) return -1;
        const nf = u32(pos + 25);
        pos += 29;
        if (!skipAtom() || !readInt() || !readInt() || readPid() === NONE) return -1;
        if (nf > end - pos) return -1;
        pending += nf;
        words += 3 + nf;
        break;
      }
      case EXPORT_EXT:
        if (!skipAtom() || !skipAtom()) return -1;
        if (pos + 2 > end || src[pos] !== SMALL_INTEGER_EXT) return -1;
        pos += 2;
        words += 4;
        break;
      case NEW_PID_EXT:
      case PID_EXT:
        pos--;
        if (readPid() === NONE) return -1;
        break;
      case NEW_PORT_EXT:
      case PORT_EXT:
      case V4_PORT_EXT:
        if (readPort(tag) === NONE) return -1;
        break;
      case NEWER_REFERENCE_EXT:
      case NEW_REFERENCE_EXT:
      case REFERENCE_EXT:
        if (!readRef(tag)) return -1;
        words += 3;
        break;
      default:
        return -1;
    }
    if (pos > end) return -1;
  }
  return words;
}

// ---- decoding: building pass ---------------------------------------------------------------

const F_ARRAY = 0; // slots W[a + i]
const F_LIST = 1; // n cells at a (2 words each), then the tail
const F_MAP = 2; // key i -> keys tuple b, value i -> map box a
const fKind: number[] = [];
const fA: number[] = [];
const fB: number[] = [];
const fI: number[] = [];
const fN: number[] = [];
const fS: number[] = []; // F_MAP: the slot holding the map (-1: the root)
let fsp = 0;
let root = NONE;
let rootSet = false;
let hp = 0; // bump pointer into the pre-sized chunk
let hEnd = 0; // end of the chunk
let dProc: Process | null = null; // owner of refc binaries (null: literal area)

function pushFrame(kind: number, a: number, b: number, n: number, slot: number): void {
  fKind[fsp] = kind;
  fA[fsp] = a;
  fB[fsp] = b;
  fI[fsp] = 0;
  fN[fsp] = n;
  fS[fsp] = slot;
  fsp++;
}

/** Stores a decoded term into the current slot; returns the slot's address (-1: the root). */
function put(t: number): number {
  if (fsp === 0) {
    root = t;
    rootSet = true;
    return -1;
  }
  const k = fsp - 1;
  const i = fI[k]++;
  const kind = fKind[k];
  let at: number;
  if (kind === F_ARRAY) at = fA[k] + i;
  else if (kind === F_LIST) {
    const n = fB[k];
    at = i < n ? fA[k] + 2 * i : fA[k] + 2 * n - 1;
  } else if ((i & 1) === 0) at = fB[k] + 1 + (i >> 1);
  else at = fA[k] + 2 + (i >> 1);
  W[at] = t;
  return at;
}

/** Allocation for large maps: from the chunk while it lasts, then the heap / a literal block. */
function decAlloc(words: number): number {
  if (hp + words <= hEnd) {
    const a = hp;
    hp += words;
    return a;
  }
  if (dProc !== null) return heapAlloc(dProc, words);
  const b = memAlloc(words);
  if (b === 0) throw new Error('literal: out of memory');
  return b;
}

const bigKeys: number[] = [];
const bigVals: number[] = [];

/** Rebuilds the (sorted, checked) flat map of frame k as a HAMT map, in its slot. */
function toLargeMap(m: number, ks: number, slot: number): void {
  const n = (W[m] >>> 6) - 1;
  setLength(bigKeys, 0);
  setLength(bigVals, 0);
  for (let i = 0; i < n; i++) {
    bigKeys.push(W[ks + 1 + i]);
    bigVals.push(W[m + 2 + i]);
  }
  const t = mapFromPairsWith(decAlloc, bigKeys, bigVals);
  setLength(bigKeys, 0);
  setLength(bigVals, 0);
  if (slot < 0) root = t;
  else W[slot] = t;
}

const sortIdx: number[] = [];
const sortTmp: number[] = [];
const sortKeys: number[] = [];
const sortVals: number[] = [];

/** Sorts a decoded flat map's pairs into key order; false on duplicate keys. */
function finishMap(m: number, ks: number): boolean {
  const n = (W[m] >>> 6) - 1;
  if (n < 2) return true;
  let sorted = true;
  for (let i = 1; i < n; i++) {
    const c = compareExact(W[ks + i], W[ks + 1 + i]);
    if (c === 0) return false;
    if (c > 0) {
      sorted = false;
      break;
    }
  }
  if (sorted) return true;
  // bottom-up merge sort of pair indexes
  setLength(sortIdx, n);
  setLength(sortTmp, n);
  for (let i = 0; i < n; i++) sortIdx[i] = i;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = lo + width < n ? lo + width : n;
      const hi = lo + 2 * width < n ? lo + 2 * width : n;
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if (compareExact(W[ks + 1 + sortIdx[j]], W[ks + 1 + sortIdx[i]]) < 0) sortTmp[k++] = sortIdx[j++];
        else sortTmp[k++] = sortIdx[i++];
      }
      while (i < mid) sortTmp[k++] = sortIdx[i++];
      while (j < hi) sortTmp[k++] = sortIdx[j++];
    }
    for (let i = 0; i < n; i++) sortIdx[i] = sortTmp[i];
  }
  setLength(sortKeys, n);
  setLength(sortVals, n);
  for (let i = 0; i < n; i++) {
    sortKeys[i] = W[ks + 1 + sortIdx[i]];
    sortVals[i] = W[m + 2 + sortIdx[i]];
  }
  for (let i = 0; i < n; i++) {
    W[ks + 1 + i] = sortKeys[i];
    W[m + 2 + i] = sortVals[i];
  }
  setLength(sortKeys, 0);
  setLength(sortVals, 0);
  for (let i = 1; i < n; i++) if (compareExact(W[ks + i], W[ks + 1 + i]) === 0) return false;
  return true;
}

/** Pops every finished frame (sorting maps); false on duplicate map keys. */
function complete(): boolean {
  while (fsp > 0 && fI[fsp - 1] === fN[fsp - 1]) {
    fsp--;
    if (fKind[fsp] === F_MAP) {
      if (!finishMap(fA[fsp], fB[fsp])) return false;
      if (fN[fsp] > 2 * SMALL_MAX) toLargeMap(fA[fsp], fB[fsp], fS[fsp]);
    }
  }
  return true;
}

/** Builds a byte-aligned binary of n bytes copied from src at p; returns the term. */
function buildBinary(p: number, n: number): number {
  const a = hp;
  if (n <= HEAP_BIN_LIMIT) {
    const words = (n + 3) >> 2;
    hp += 2 + words;
    W[a] = ((1 + words) << 6) | Box.HEAP_BIN;
    W[a + 1] = n;
    if (words > 0) W[a + 1 + words] = 0;
    bcopy(U8, (a + 2) * 4, src, p, n);
  } else if (dProc === null) {
    const words = (n + 3) >> 2;
    hp += Refc.WORDS + words;
    W[a] = ((Refc.WORDS - 1) << 6) | Box.REFC_BIN;
    W[a + Refc.SIZE] = n;
    W[a + Refc.DATA] = (a + Refc.WORDS) * 4;
    W[a + Refc.BLOCK] = 0;
    W[a + Refc.NEXT] = NIL;
    W[a + Refc.WORDS + words - 1] = 0;
    bcopy(U8, (a + Refc.WORDS) * 4, src, p, n);
  } else {
    const blk = refcAlloc(n); // may grow memory: W/U8 are re-read below
    hp += Refc.WORDS;
    W[a] = ((Refc.WORDS - 1) << 6) | Box.REFC_BIN;
    W[a + Refc.SIZE] = n;
    W[a + Refc.DATA] = (blk + 2) * 4;
    W[a + Refc.BLOCK] = blk;
    W[a + Refc.NEXT] = dProc.mso;
    dProc.mso = (a << 2) | 2;
    bcopy(U8, (blk + 2) * 4, src, p, n);
  }
  return (a << 2) | 2;
}

/** Building pass (after a successful sizeTerm from the same pos); NONE on failure. */
function buildTerm(): number {
  fsp = 0;
  root = NONE;
  rootSet = false;
  do {
    const tag = src[pos++];
    let t = NONE; // a finished term to store, or NONE when the tag stored its own
    switch (tag) {
      case SMALL_INTEGER_EXT:
        t = (src[pos++] << 4) | 0xf;
        break;
      case INTEGER_EXT: {
        const v = i32(pos);
        pos += 4;
        if (v >= -134217728 && v <= 134217727) t = (v << 4) | 0xf;
        else {
          const a = hp;
          hp += 2;
          W[a] = (1 << 6) | (v < 0 ? Box.NEG_BIG : Box.POS_BIG);
          W[a + 1] = v < 0 ? -v : v;
          t = (a << 2) | 2;
        }
        break;
      }
      case NEW_FLOAT_EXT:
      case FLOAT_EXT: {
        const x = tag === NEW_FLOAT_EXT ? readDouble(pos) : floatExtValue(pos);
        pos += tag === NEW_FLOAT_EXT ? 8 : 31;
        const a = hp;
        hp += 3;
        W[a] = (2 << 6) | Box.FLOAT;
        floatToWords(x, a + 1);
        t = (a << 2) | 2;
        break;
      }
      case ATOM_EXT:
      case SMALL_ATOM_EXT:
      case ATOM_UTF8_EXT:
      case SMALL_ATOM_UTF8_EXT:
        pos--;
        t = readAtom();
        break;
      case SMALL_TUPLE_EXT:
      case LARGE_TUPLE_EXT: {
        let n: number;
        if (tag === SMALL_TUPLE_EXT) n = src[pos++];
        else {
          n = u32(pos);
          pos += 4;
        }
        const a = hp;
        hp += 1 + n;
        W[a] = (n << 6) | Box.TUPLE;
        put((a << 2) | 2);
        if (n > 0) pushFrame(F_ARRAY, a + 1, 0, n, 0);
        break;
      }
      case NIL_EXT:
        t = NIL;
        break;
      case STRING_EXT: {
        const n = u16(pos);
        pos += 2;
        if (n === 0) t = NIL;
        else {
          const a = hp;
          hp += 2 * n;
          for (let i = 0; i < n; i++) {
            W[a + 2 * i] = (src[pos + i] << 4) | 0xf;
            W[a + 2 * i + 1] = i + 1 < n ? ((a + 2 * i + 2) << 2) | 1 : NIL;
          }
          pos += n;
          t = (a << 2) | 1;
        }
        break;
      }
      case LIST_EXT: {
        const n = u32(pos);
        pos += 4;
        if (n > 0) {
          const a = hp;
          hp += 2 * n;
          for (let i = 0; i + 1 < n; i++) W[a + 2 * i + 1] = ((a + 2 * i + 2) << 2) | 1;
          put((a << 2) | 1);
          pushFrame(F_LIST, a, n, n + 1, 0);
        }
        // n == 0: the tail itself is the term, stored into this same slot
        break;
      }
      case BINARY_EXT: {
        const n = u32(pos);
        pos += 4;
        t = buildBinary(pos, n);
        pos += n;
        break;
      }
      case BIT_BINARY_EXT: {
        const n = u32(pos);
        const bits = src[pos + 4];
        pos += 5;
        t = buildBinary(pos, n);
        pos += n;
        if (n > 0 && bits < 8) {
          const d = binData(t);
          U8[d + n - 1] &= (0xff << (8 - bits)) & 0xff;
          const a = hp;
          hp += 4;
          W[a] = (3 << 6) | Box.SUB_BIN;
          W[a + 1] = t;
          W[a + 2] = (n - 1) * 8 + bits;
          W[a + 3] = 0;
          t = (a << 2) | 2;
        }
        break;
      }
      case SMALL_BIG_EXT:
      case LARGE_BIG_EXT: {
        let n: number;
        if (tag === SMALL_BIG_EXT) n = src[pos++];
        else {
          n = u32(pos);
          pos += 4;
        }
        const neg = src[pos++] !== 0;
        const w = bigWords(pos, n, neg);
        if (w === 0) {
          let v = 0;
          for (let i = n - 1; i >= 0; i--) v = v * 256 + src[pos + i];
          t = ((neg ? -v : v) << 4) | 0xf;
        } else {
          const a = hp;
          hp += w;
          W[a] = ((w - 1) << 6) | (neg ? Box.NEG_BIG : Box.POS_BIG);
          for (let i = 0; i < w - 1; i++) {
            let v = 0;
            for (let j = 3; j >= 0; j--) {
              const k = 4 * i + j;
              v = v * 256 + (k < n ? src[pos + k] : 0);
            }
            W[a + 1 + i] = v | 0;
          }
          t = (a << 2) | 2;
        }
        pos += n;
        break;
      }
      case MAP_EXT: {
        const n = u32(pos);
        pos += 4;
        const ks = hp;
        hp += 1 + n;
        W[ks] = (n << 6) | Box.TUPLE;
        const m = hp;
        hp += 2 + n;
        W[m] = ((1 + n) << 6) | Box.MAP;
        W[m + 1] = (ks << 2) | 2;
        const slot = put((m << 2) | 2);
        if (n > 0) pushFrame(F_MAP, m, ks, 2 * n, slot);
        break;
      }
      case NEW_FUN_EXT: {
        const arity = src[pos + 4];
        const md5 = new Uint8Array(16);
        for (let i = 0; i < 16; i++) md5[i] = src[pos + 5 + i];
        const index = u32(pos + 21);
        const nf = u32(pos + 25);
        pos += 29;
        const mod = readAtom() >>> 6;
        readInt();
        const oldIndex = intVal;
        readInt();
        const oldUniq = intVal >>> 0;
        const pid = readPid();
        const info: FunInfo = {
          module: mod,
          index: index,
          uniq: oldUniq,
          arity: arity,
          numFree: nf,
          md5: md5,
          oldIndex: oldIndex,
        };
        const fi = funDecodeHook === null ? -1 : funDecodeHook(info);
        if (fi < 0) return NONE;
        const a = hp;
        hp += 3 + nf;
        W[a] = ((2 + nf) << 6) | Box.FUN;
        W[a + 1] = (fi << 4) | 0xf;
        W[a + 2] = pid;
        put((a << 2) | 2);
        if (nf > 0) pushFrame(F_ARRAY, a + 3, 0, nf, 0);
        break;
      }
      case EXPORT_EXT: {
        const m = readAtom();
        const f = readAtom();
        const ar = src[pos + 1];
        pos += 2;
        const a = hp;
        hp += 4;
        W[a] = (3 << 6) | Box.EXPORT;
        W[a + 1] = m;
        W[a + 2] = f;
        W[a + 3] = (ar << 4) | 0xf;
        t = (a << 2) | 2;
        break;
      }
      case NEW_PID_EXT:
      case PID_EXT:
        pos--;
        t = readPid();
        break;
      case NEW_PORT_EXT:
      case PORT_EXT:
      case V4_PORT_EXT:
        t = readPort(tag);
        break;
      default: {
        // references (sizeTerm accepted nothing else)
        readRef(tag);
        const a = hp;
        hp += 3;
        W[a] = (2 << 6) | Box.REF;
        W[a + 1] = refHi | 0;
        W[a + 2] = refLo | 0;
        t = (a << 2) | 2;
        break;
      }
    }
    if (t !== NONE) put(t);
    // pops finished frames; a frame pushed just now is never finished (it has slots)
    if (!complete()) return NONE;
  } while (fsp > 0 || !rootSet);
  return root;
}

/** Sets src/pos/end to the term body of the encoding at bytes[off..off+len); false if malformed. */
function openInput(bytes: Uint8Array, off: number, len: number): boolean {
  if (len < 2 || off < 0 || off + len > bytes.length || bytes[off] !== VERSION) return false;
  if (bytes[off + 1] === COMPRESSED) {
    if (len < 6) return false;
    src = bytes;
    const size = u32(off + 2);
    // deflate expands at most ~1032:1; refuse absurd sizes before inflate allocates them
    if (size > (len - 6) * 1032 + 64) return false;
    let data: Uint8Array;
    try {
      data = inflate(bytes.subarray(off + 6, off + len), size);
    } catch (e) {
      return false;
    }
    src = data;
    pos = 0;
    end = data.length;
    return true;
  }
  src = bytes;
  pos = off + 1;
  end = off + len;
  return true;
}

/** Heap words that decoding bytes[off..off+len) needs, or -1 when malformed. */
export function etfDecodedSize(bytes: Uint8Array, off: number, len: number): number {
  if (!openInput(bytes, off, len)) return -1;
  const w = sizeTerm(false);
  src = new Uint8Array(0);
  return w;
}

function decodeWith(bytes: Uint8Array, off: number, len: number, p: Process | null, what: string): number {
  if (!openInput(bytes, off, len)) return NONE;
  const compressed = bytes[off + 1] === COMPRESSED;
  const start = pos;
  const words = sizeTerm(p === null);
  if (words < 0) {
    src = new Uint8Array(0);
    return NONE;
  }
  const used = compressed ? len : pos - start + 1;
  pos = start;
  let block = 0;
  if (p !== null) {
    hp = words > 0 ? heapAlloc(p, words) : 0;
  } else if (words > 0) {
    block = memAlloc(words);
    if (block === 0) throw new Error(what + ': out of memory for a literal');
    hp = block;
  }
  hEnd = hp + words;
  dProc = p;
  const t = buildTerm();
  dProc = null;
  src = new Uint8Array(0);
  if (t === NONE) {
    if (block !== 0) memFree(block);
    return NONE;
  }
  ETF_USED = used;
  return t;
}

/**
 * binary_to_term: decodes bytes[off..off+len) (starting with the version byte 131) onto p's heap.
 * Binaries over 64 bytes become refc binaries. Returns NONE when the input is malformed or
 * truncated, names an unknown fun, or has duplicate map keys (binary_to_term raises badarg).
 * Trailing bytes after the term are ignored (ETF_USED tells how many were used).
 */
export function etfDecode(p: Process, bytes: Uint8Array, off: number, len: number): number {
  return decodeWith(bytes, off, len, p, 'binary_to_term');
}

/**
 * Decodes a module literal into its own permanent memAlloc'd block (binaries of any size stay
 * inside it: refc boxes with BLOCK = 0 over inline data). Throws Error("<what>: corrupt literal").
 */
export function etfDecodeLiteral(bytes: Uint8Array, off: number, len: number, what: string): number {
  const t = decodeWith(bytes, off, len, null, what);
  if (t === NONE) throw new Error(what + ': corrupt literal');
  return t;
}

// ---- encoding ----------------------------------------------------------------------------------

let ob: Uint8Array = new Uint8Array(0); // output buffer (U8 or a host array)
let op = 0; // output position
let sizing = false;
let minor = 1;

function p8(v: number): void {
  if (!sizing) ob[op] = v;
  op++;
}
function p16(v: number): void {
  if (!sizing) {
    ob[op] = (v >>> 8) & 255;
    ob[op + 1] = v & 255;
  }
  op += 2;
}
function p32(v: number): void {
  if (!sizing) {
    ob[op] = (v >>> 24) & 255;
    ob[op + 1] = (v >>> 16) & 255;
    ob[op + 2] = (v >>> 8) & 255;
    ob[op + 3] = v & 255;
  }
  op += 4;
}

/** Writes an atom (ATOM_EXT for Latin-1 names unless minor >= 2, else the UTF-8 forms). */
function encAtom(idx: number): void {
  const s = atomName(idx);
  const n = s.length;
  let latin = minor < 2;
  let chars = 0;
  if (latin) {
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        if ((c === 0xc2 || c === 0xc3) && i + 1 < n) i++;
        else {
          latin = false;
          break;
        }
      }
      chars++;
    }
  }
  if (latin) {
    p8(ATOM_EXT);
    p16(chars);
    if (sizing) op += chars;
    else {
      for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) {
          ob[op++] = ((c & 3) << 6) | (s.charCodeAt(i + 1) & 0x3f);
          i++;
        } else ob[op++] = c;
      }
    }
    return;
  }
  if (n <= 255) {
    p8(SMALL_ATOM_UTF8_EXT);
    p8(n);
  } else {
    p8(ATOM_UTF8_EXT);
    p16(n);
  }
  if (sizing) op += n;
  else for (let i = 0; i < n; i++) ob[op++] = s.charCodeAt(i);
}

/** Node name of every pid, port and reference we write. */
const NODE_NAME = 'nonode@nohost';

function encNode(): void {
  const n = NODE_NAME.length;
  if (minor < 2) {
    p8(ATOM_EXT);
    p16(n);
  } else {
    p8(SMALL_ATOM_UTF8_EXT);
    p8(n);
  }
  if (sizing) op += n;
  else for (let i = 0; i < n; i++) ob[op++] = NODE_NAME.charCodeAt(i);
}

function encPid(id: number): void {
  p8(NEW_PID_EXT);
  encNode();
  p32(id);
  p32(0);
  p32(0);
}

/** Writes a non-negative integer below 2^32 (fun fields). */
function encUint(v: number): void {
  if (v < 256) {
    p8(SMALL_INTEGER_EXT);
    p8(v);
  } else if (v < 2147483648) {
    p8(INTEGER_EXT);
    p32(v);
  } else {
    p8(SMALL_BIG_EXT);
    p8(4);
    p8(0);
    p8(v & 255);
    p8((v >>> 8) & 255);
    p8((v >>> 16) & 255);
    p8(v >>> 24);
  }
}

/** Writes the bytes of a resolved bitstring region (n whole bytes). */
function encBytes(addr: number, bit: number, n: number): void {
  if (sizing) {
    op += n;
    return;
  }
  if (bit === 0) bcopy(ob, op, U8, addr, n);
  else for (let i = 0; i < n; i++) ob[op + i] = byteAt(addr, bit, i);
  op += n;
}

/** Writes a small integer. */
function encSmall(v: number): void {
  if (v >= 0 && v < 256) {
    p8(SMALL_INTEGER_EXT);
    p8(v);
  } else {
    p8(INTEGER_EXT);
    p32(v);
  }
}

const OP_TERM = 0;
const OP_ARRAY = 1; // addr, remaining
const OP_REST = 2; // list continuation: the tail still to write
const OP_MAP = 3; // keys addr, values addr, remaining
const OP_PATCH = 4; // position of a NEW_FUN_EXT tag whose Size to fill in
const es: number[] = [];

/**
 * Writes the elements of a LIST_EXT from cell c on while they are small integers or atoms;
 * returns the next term to write: a compound head (its tail pushed as OP_REST) or the list's tail.
 */
function listStep(c: number): number {
  for (;;) {
    if ((c & 3) !== 1) return c;
    const a = c >>> 2;
    const hd = W[a];
    if ((hd & 0xf) === 0xf) encSmall(hd >> 4);
    else if ((hd & 0x3f) === 0x0b) encAtom(hd >>> 6);
    else {
      es.push(W[a + 1], OP_REST);
      return hd;
    }
    c = W[a + 1];
  }
}

/** Encodes t at ob[op...] (or only counts, when sizing); false when t cannot be encoded. */
function encode(t: number): boolean {
  const base = es.length;
  let ok = true;
  let have = true; // `t` is a term to write now
  for (;;) {
    if (!have) {
      if (es.length === base) break;
      const o = es.pop() as number;
      if (o === OP_TERM) t = es.pop() as number;
      else if (o === OP_ARRAY) {
        const n = es.pop() as number;
        const a = es.pop() as number;
        t = W[a];
        if (n > 1) es.push(a + 1, n - 1, OP_ARRAY);
      } else if (o === OP_REST) {
        t = listStep(es.pop() as number);
      } else if (o === OP_MAP) {
        const n = es.pop() as number;
        const va = es.pop() as number;
        const ka = es.pop() as number;
        if (n > 1) es.push(ka + 1, va + 1, n - 1, OP_MAP);
        es.push(W[va], OP_TERM);
        t = W[ka];
      } else {
        const at = es.pop() as number;
        if (!sizing) {
          const size = op - at - 1;
          ob[at + 1] = (size >>> 24) & 255;
          ob[at + 2] = (size >>> 16) & 255;
          ob[at + 3] = (size >>> 8) & 255;
          ob[at + 4] = size & 255;
        }
        continue;
      }
    }
    have = false;
    const tag = t & 3;
    if (tag === 3) {
      switch (t & 0xf) {
        case 0xf:
          encSmall(t >> 4);
          break;
        case 0x3:
          encPid(t >>> 4);
          break;
        case 0x7:
          p8(NEW_PORT_EXT);
          encNode();
          p32(t >>> 4);
          p32(0);
          break;
        default:
          if ((t & 0x3f) === 0x0b) encAtom(t >>> 6);
          else if (t === NIL) p8(NIL_EXT);
          else ok = false;
      }
    } else if (tag === 1) {
      // count the cells and see whether it is a string
      let n = 0;
      let bytes = true;
      let c = t;
      while ((c & 3) === 1) {
        const hd = W[c >>> 2];
        if (bytes && ((hd & 0xf) !== 0xf || hd < 0 || hd >>> 4 > 255)) bytes = false;
        n++;
        c = W[(c >>> 2) + 1];
      }
      if (bytes && c === NIL && n <= 65535) {
        p8(STRING_EXT);
        p16(n);
        if (sizing) op += n;
        else {
          c = t;
          while ((c & 3) === 1) {
            ob[op++] = W[c >>> 2] >>> 4;
            c = W[(c >>> 2) + 1];
          }
        }
      } else {
        p8(LIST_EXT);
        p32(n);
        t = listStep(t);
        have = true;
      }
    } else if (tag === 2) {
      const a = t >>> 2;
      const h = W[a];
      const arity = h >>> 6;
      switch (h & 0x3f) {
        case Box.TUPLE:
          if (arity < 256) {
            p8(SMALL_TUPLE_EXT);
            p8(arity);
          } else {
            p8(LARGE_TUPLE_EXT);
            p32(arity);
          }
          if (arity > 0) {
            if (arity > 1) es.push(a + 2, arity - 1, OP_ARRAY);
            t = W[a + 1];
            have = true;
          }
          break;
        case Box.POS_BIG:
        case Box.NEG_BIG: {
          const neg = (h & 0x3f) === Box.NEG_BIG;
          const top = W[a + arity] >>> 0;
          if (arity === 1 && (neg ? top <= 2147483648 : top < 2147483648)) {
            p8(INTEGER_EXT);
            p32(neg ? -top : top);
            break;
          }
          let nb = arity * 4;
          for (let k = 3; k > 0 && top >>> (8 * k) === 0; k--) nb--;
          if (nb < 256) {
            p8(SMALL_BIG_EXT);
            p8(nb);
          } else {
            p8(LARGE_BIG_EXT);
            p32(nb);
          }
          p8(neg ? 1 : 0);
          if (sizing) op += nb;
          else
            for (let k = 0; k < nb; k++) ob[op++] = (W[a + 1 + (k >> 2)] >>> (8 * (k & 3))) & 255;
          break;
        }
        case Box.FLOAT: {
          const x = wordsToFloat(a + 1);
          if (minor === 0) {
            p8(FLOAT_EXT);
            if (sizing) op += 31;
            else {
              const s = formatDefault(x);
              for (let k = 0; k < 31; k++) ob[op++] = k < s.length ? s.charCodeAt(k) : 0;
            }
          } else {
            p8(NEW_FLOAT_EXT);
            if (sizing) op += 8;
            else {
              fscratch.setFloat64(0, x);
              for (let k = 0; k < 8; k++) ob[op++] = fscratch.getUint8(k);
            }
          }
          break;
        }
        case Box.REF:
          p8(NEWER_REFERENCE_EXT);
          p16(3);
          encNode();
          p32(0);
          p32(W[a + 2]);
          p32(W[a + 1]);
          p32(0);
          break;
        case Box.EXPORT:
          p8(EXPORT_EXT);
          encAtom(W[a + 1] >>> 6);
          encAtom(W[a + 2] >>> 6);
          p8(SMALL_INTEGER_EXT);
          p8(W[a + 3] >> 4);
          break;
        case Box.FUN: {
          const info = closureInfo(a);
          const nf = arity - 2;
          if (info === null) {
            ok = false;
            break;
          }
          const at = op;
          p8(NEW_FUN_EXT);
          p32(0); // Size, patched when the free variables are written
          p8(info.arity);
          for (let k = 0; k < 16; k++) p8(info.md5 ? info.md5[k] : 0);
          p32(info.index);
          p32(nf);
          encAtom(info.module);
          encUint(info.oldIndex !== undefined ? info.oldIndex : info.index);
          encUint(info.uniq >>> 0);
          encPid((W[a + 2] & 0xf) === 3 ? W[a + 2] >>> 4 : 0); // creator (<0.0.0> if none)
          es.push(at, OP_PATCH);
          if (nf > 0) {
            if (nf > 1) es.push(a + 4, nf - 1, OP_ARRAY);
            t = W[a + 3];
            have = true;
          }
          break;
        }
        case Box.HEAP_BIN:
        case Box.REFC_BIN:
        case Box.SUB_BIN: {
          binResolve(t);
          const addr = RB_ADDR;
          const bit = RB_BIT;
          const bits = RB_BITS;
          const n = (bits + 7) >>> 3;
          const rest = bits & 7;
          if (rest === 0) {
            p8(BINARY_EXT);
            p32(n);
            encBytes(addr, bit, n);
          } else {
            p8(BIT_BINARY_EXT);
            p32(n);
            p8(rest);
            encBytes(addr, bit, n - 1);
            p8(byteAt(addr, bit, n - 1) & (0xff << (8 - rest)) & 0xff);
          }
          break;
        }
        case Box.MAP: {
          const n = arity - 1;
          p8(MAP_EXT);
          p32(n);
          if (n > 0) es.push((W[a + 1] >>> 2) + 1, a + 2, n, OP_MAP);
          break;
        }
        case Box.HAMT: {
          // OTP writes large maps in its internal hash order, which we cannot reproduce: we write
          // them in map key order (deterministic, and decodes to the same map anywhere)
          const ks: number[] = [];
          const vs: number[] = [];
          mapToSortedArrays(t, ks, vs);
          p8(MAP_EXT);
          p32(ks.length);
          for (let k = ks.length - 1; k >= 0; k--) es.push(vs[k], OP_TERM, ks[k], OP_TERM);
          break;
        }
        default:
          ok = false; // match states, non-terms
      }
    } else ok = false;
    if (!ok) break;
  }
  setLength(es, base);
  return ok;
}

function runEncode(t: number, mv: number | undefined, size: boolean): boolean {
  minor = mv === undefined ? 1 : mv;
  sizing = size;
  p8(VERSION);
  return encode(t);
}

/** Bytes of term_to_binary(t) (with the version byte), or -1 when t cannot be encoded. */
export function etfEncodedSize(t: number, minorVersion?: number): number {
  op = 0;
  const ok = runEncode(t, minorVersion, true);
  return ok ? op : -1;
}

/**
 * term_to_binary(T) (and [{minor_version, M}]) as a binary on p's heap; NONE when t cannot be
 * encoded (a closure the loader does not know, a HAMT map, a non-term).
 */
export function termToBinary(p: Process, t: number, minorVersion?: number): number {
  const n = etfEncodedSize(t, minorVersion);
  if (n < 0) return NONE;
  const b = binNew(p, n);
  ob = U8;
  op = binData(b);
  runEncode(t, minorVersion, false);
  ob = new Uint8Array(0);
  return b;
}

/** term_to_binary(T) as a fresh host Uint8Array (throws when t cannot be encoded). */
export function termToBytes(t: number, minorVersion?: number): Uint8Array {
  const n = etfEncodedSize(t, minorVersion);
  if (n < 0) throw new Error('term_to_binary: term cannot be encoded');
  const out = new Uint8Array(n);
  ob = out;
  op = 0;
  runEncode(t, minorVersion, false);
  ob = new Uint8Array(0);
  return out;
}
