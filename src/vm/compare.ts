// Term order and equality, as Erlang/OTP 25 defines them (device code: ES5, no recursion).
//
//   number < atom < reference < fun < port < pid < tuple < map < [] < list < bitstring
//
// - Integers and floats compare by exact mathematical value (1 == 1.0, 2^53+1 > 2^53 as a float);
//   in the *exact* order (=:= and map keys) every integer is below every float.
// - Atoms by the bytes of their UTF-8 names (= code point order), shorter prefix first.
// - References by their numbers from the most significant word down (unsigned); pids and ports
//   by id.
// - Local funs (closures) < export funs. Closures: module name, old index, old uniq, number of
//   free variables, then the free variables. Export funs: module, function, arity.
// - Tuples by arity, then element by element. Lists element by element ([] < [_|_]).
// - Maps by size, then their keys in map key order (compared exactly), then the values in key order
//   (compared with the caller's exactness).
// - Bitstrings by their common bit prefix, then by bit length.
// -0.0 and 0.0 are equal in both orders (OTP 25).
//
// Every walk uses an explicit stack (`stk`), never JS recursion on the term's depth.
import { W } from './memory';
import { Box } from './term';
import { atomCompare } from './atoms';
import { bigFromWords32, bigCmpNumber } from './bignum';
import { wordsToFloat } from './memory';
import { binResolve, RB_ADDR, RB_BIT, RB_BITS, byteAt } from './binary';
import { mapSize, mapToSortedArrays } from './maps';
import { setLength } from './arrays';

/** What the VM knows about a closure's fun entry (filled in by the loader; see setFunInfoHook). */
export interface FunInfo {
  /** Atom index of the module. */
  module: number;
  /** Index of the fun in the module's FunT table. */
  index: number;
  /** The 32-bit "old uniq" of FunT. */
  uniq: number;
  /** Arity as called (without free variables). */
  arity: number;
  /** Number of free variables. */
  numFree: number;
  /** The 16-byte module MD5 written into NEW_FUN_EXT (zeros when absent). */
  md5?: Uint8Array | null;
  /** OldIndex of NEW_FUN_EXT; defaults to `index`. */
  oldIndex?: number;
}

/** Given a closure's fun index (the small integer in its word 1), its fun entry or null. */
export let funInfoHook: ((funIndex: number) => FunInfo | null) | null = null;

export function setFunInfoHook(h: ((funIndex: number) => FunInfo | null) | null): void {
  funInfoHook = h;
}

/** Fun info for the closure box at word address a (null when no hook or unknown). */
export function closureInfo(a: number): FunInfo | null {
  if (funInfoHook === null) return null;
  return funInfoHook(W[a + 1] >> 4);
}

// Type ranks in term order. Integers and floats share the number rank except in exact order.
const R_INT = 0;
const R_FLOAT = 1;
const R_ATOM = 2;
const R_REF = 3;
const R_FUN = 4;
const R_EXPORT = 5;
const R_PORT = 6;
const R_PID = 7;
const R_TUPLE = 8;
const R_MAP = 9;
const R_NIL = 10;
const R_LIST = 11;
const R_BITS = 12;
const R_OTHER = 13;

/** Rank of a term's type in the term order (see R_*). */
export function typeRank(t: number): number {
  switch (t & 3) {
    case 1:
      return R_LIST;
    case 2: {
      switch (W[t >>> 2] & 0x3f) {
        case Box.TUPLE:
          return R_TUPLE;
        case Box.POS_BIG:
        case Box.NEG_BIG:
          return R_INT;
        case Box.FLOAT:
          return R_FLOAT;
        case Box.REF:
          return R_REF;
        case Box.FUN:
          return R_FUN;
        case Box.EXPORT:
          return R_EXPORT;
        case Box.MAP:
        case Box.HAMT:
          return R_MAP;
        case Box.HEAP_BIN:
        case Box.REFC_BIN:
        case Box.SUB_BIN:
          return R_BITS;
        default:
          return R_OTHER;
      }
    }
    case 3:
      switch (t & 0xf) {
        case 0x3:
          return R_PID;
        case 0x7:
          return R_PORT;
        case 0xf:
          return R_INT;
        default:
          if ((t & 0x3f) === 0x0b) return R_ATOM;
          if (t === 0x3b) return R_NIL;
          return R_OTHER;
      }
    default:
      return R_OTHER;
  }
}

function sgn(x: number): number {
  return x < 0 ? -1 : x > 0 ? 1 : 0;
}

/** Byte-string comparison (memcmp, then length). */
export function compareAtoms(a: number, b: number): number {
  if (a === b) return 0;
  return atomCompare(a >>> 6, b >>> 6);
}

/** Compares two bignum boxes (word addresses). */
function cmpBigBig(a: number, b: number): number {
  const an = (W[a] & 0x3f) === Box.NEG_BIG;
  const bn = (W[b] & 0x3f) === Box.NEG_BIG;
  if (an !== bn) return an ? -1 : 1;
  const la = W[a] >>> 6;
  const lb = W[b] >>> 6;
  let r = 0;
  if (la !== lb) r = la < lb ? -1 : 1;
  else {
    for (let i = la; i >= 1; i--) {
      const x = W[a + i] >>> 0;
      const y = W[b + i] >>> 0;
      if (x !== y) {
        r = x < y ? -1 : 1;
        break;
      }
    }
  }
  return an ? -r : r;
}

/** Exact comparison of an integer term with a double. */
function cmpIntFloat(i: number, x: number): number {
  if ((i & 0xf) === 0xf) {
    const v = i >> 4;
    return v < x ? -1 : v > x ? 1 : 0;
  }
  const a = i >>> 2;
  const neg = (W[a] & 0x3f) === Box.NEG_BIG;
  return bigCmpNumber(bigFromWords32(W, a + 1, W[a] >>> 6, neg), x);
}

/** Numeric comparison of two number terms (ranks R_INT/R_FLOAT), by value. */
function cmpNumbers(a: number, b: number, ra: number, rb: number): number {
  if (ra === R_FLOAT) {
    const x = wordsToFloat((a >>> 2) + 1);
    if (rb === R_FLOAT) {
      const y = wordsToFloat((b >>> 2) + 1);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    return -cmpIntFloat(b, x);
  }
  if (rb === R_FLOAT) return cmpIntFloat(a, wordsToFloat((b >>> 2) + 1));
  // two integers
  const sa = (a & 0xf) === 0xf;
  const sb = (b & 0xf) === 0xf;
  if (sa && sb) return sgn((a >> 4) - (b >> 4));
  if (sa) return (W[b >>> 2] & 0x3f) === Box.NEG_BIG ? 1 : -1;
  if (sb) return (W[a >>> 2] & 0x3f) === Box.NEG_BIG ? -1 : 1;
  return cmpBigBig(a >>> 2, b >>> 2);
}

/** Compares two bitstrings: common bit prefix, then bit length. */
function cmpBits(a: number, b: number): number {
  binResolve(a);
  const aAddr = RB_ADDR;
  const aBit = RB_BIT;
  const aLen = RB_BITS;
  binResolve(b);
  const bAddr = RB_ADDR;
  const bBit = RB_BIT;
  const bLen = RB_BITS;
  const min = aLen < bLen ? aLen : bLen;
  const bytes = min >>> 3;
  for (let i = 0; i < bytes; i++) {
    const x = byteAt(aAddr, aBit, i);
    const y = byteAt(bAddr, bBit, i);
    if (x !== y) return x < y ? -1 : 1;
  }
  const rest = min & 7;
  if (rest > 0) {
    const sh = 8 - rest;
    const x = byteAt(aAddr, aBit, bytes) >> sh;
    const y = byteAt(bAddr, bBit, bytes) >> sh;
    if (x !== y) return x < y ? -1 : 1;
  }
  return sgn(aLen - bLen);
}

/** Unsigned comparison of reference words (checked against OTP 25). */
function refWordCmp(x: number, y: number): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

// The work stack: entries are [a, b, OP_PAIR], [addrA, addrB, n, OP_ARRAY] or [OP_EXACT_OFF].
const OP_PAIR = 0;
const OP_ARRAY = 1;
const OP_EXACT_OFF = 2;
const stk: number[] = [];

/**
 * Core comparison: -1, 0 or 1. exact: the exact term order (integers below floats, used by =:=
 * and map keys); otherwise the arithmetic order of < and ==.
 */
export function cmpTerms(a: number, b: number, exact: boolean): number {
  const base = stk.length;
  let r = 0;
  for (;;) {
    // ---- compare a with b; either decide r, or descend (set a/b, push the rest, continue)
    if (a !== b) {
      const ra = typeRank(a);
      const rb = typeRank(b);
      if (ra <= R_FLOAT && rb <= R_FLOAT) {
        if (exact && ra !== rb) r = ra < rb ? -1 : 1;
        else r = cmpNumbers(a, b, ra, rb);
      } else if (ra !== rb) {
        r = ra < rb ? -1 : 1;
      } else {
        const pa = a >>> 2;
        const pb = b >>> 2;
        switch (ra) {
          case R_ATOM:
            r = atomCompare(a >>> 6, b >>> 6);
            break;
          case R_PID:
          case R_PORT: {
            const x = a >>> 4;
            const y = b >>> 4;
            r = x < y ? -1 : x > y ? 1 : 0;
            break;
          }
          case R_REF:
            // numbers [lo, hi, 0]: compare hi, then lo
            r = refWordCmp(W[pa + 1] >>> 0, W[pb + 1] >>> 0);
            if (r === 0) r = refWordCmp(W[pa + 2] >>> 0, W[pb + 2] >>> 0);
            break;
          case R_EXPORT:
            r = compareAtoms(W[pa + 1], W[pb + 1]);
            if (r === 0) r = compareAtoms(W[pa + 2], W[pb + 2]);
            if (r === 0) r = sgn((W[pa + 3] >> 4) - (W[pb + 3] >> 4));
            break;
          case R_FUN: {
            const fa = closureInfo(pa);
            const fb = closureInfo(pb);
            if (fa !== null && fb !== null) {
              r = atomCompare(fa.module, fb.module);
              if (r === 0) {
                const ia = fa.oldIndex !== undefined ? fa.oldIndex : fa.index;
                const ib = fb.oldIndex !== undefined ? fb.oldIndex : fb.index;
                r = sgn(ia - ib);
              }
              if (r === 0) r = sgn(fa.uniq - fb.uniq);
            } else {
              r = sgn((W[pa + 1] >> 4) - (W[pb + 1] >> 4));
            }
            if (r === 0) {
              const na = (W[pa] >>> 6) - 2;
              const nb = (W[pb] >>> 6) - 2;
              r = sgn(na - nb);
              if (r === 0 && na > 0) {
                a = W[pa + 3];
                b = W[pb + 3];
                if (na > 1) stk.push(pa + 4, pb + 4, na - 1, OP_ARRAY);
                continue;
              }
            }
            break;
          }
          case R_TUPLE: {
            const na = W[pa] >>> 6;
            const nb = W[pb] >>> 6;
            r = sgn(na - nb);
            if (r === 0 && na > 0) {
              a = W[pa + 1];
              b = W[pb + 1];
              if (na > 1) stk.push(pa + 2, pb + 2, na - 1, OP_ARRAY);
              continue;
            }
            break;
          }
          case R_LIST: {
            // walk both lists while their heads are the same word (equal terms)
            let x = pa;
            let y = pb;
            while (W[x] === W[y]) {
              const tx = W[x + 1];
              const ty = W[y + 1];
              if ((tx & 3) !== 1 || (ty & 3) !== 1 || tx === ty) break;
              x = tx >>> 2;
              y = ty >>> 2;
            }
            if (W[x] === W[y]) {
              // equal heads: compare the tails (at least one is not a cons, or they are the same)
              a = W[x + 1];
              b = W[y + 1];
            } else {
              stk.push(W[x + 1], W[y + 1], OP_PAIR);
              a = W[x];
              b = W[y];
            }
            continue;
          }
          case R_MAP: {
            if ((W[pa] & 0x3f) !== Box.MAP || (W[pb] & 0x3f) !== Box.MAP) {
              // a large (HAMT) map: its pairs in key order, compared pair by pair as below
              const na = mapSize(a);
              r = sgn(na - mapSize(b));
              if (r === 0 && na > 0) {
                const ka: number[] = [];
                const va: number[] = [];
                const kb: number[] = [];
                const vb: number[] = [];
                mapToSortedArrays(a, ka, va);
                mapToSortedArrays(b, kb, vb);
                for (let i = na - 1; i >= 0; i--) stk.push(va[i], vb[i], OP_PAIR);
                if (!exact) {
                  stk.push(OP_EXACT_OFF);
                  exact = true;
                }
                for (let i = na - 1; i >= 1; i--) stk.push(ka[i], kb[i], OP_PAIR);
                a = ka[0];
                b = kb[0];
                continue;
              }
              break;
            }
            const na = (W[pa] >>> 6) - 1;
            const nb = (W[pb] >>> 6) - 1;
            r = sgn(na - nb);
            if (r === 0 && na > 0) {
              // values after the keys; keys always compared exactly
              stk.push(pa + 2, pb + 2, na, OP_ARRAY);
              if (!exact) {
                stk.push(OP_EXACT_OFF);
                exact = true;
              }
              const ka = W[pa + 1] >>> 2;
              const kb = W[pb + 1] >>> 2;
              a = W[ka + 1];
              b = W[kb + 1];
              if (na > 1) stk.push(ka + 2, kb + 2, na - 1, OP_ARRAY);
              continue;
            }
            break;
          }
          case R_BITS:
            r = cmpBits(a, b);
            break;
          default:
            r = a === b ? 0 : (a >>> 0) < (b >>> 0) ? -1 : 1;
            break;
        }
      }
      if (r !== 0) break;
    }
    // ---- equal so far: next pair
    let found = false;
    while (stk.length > base) {
      const op = stk.pop() as number;
      if (op === OP_PAIR) {
        b = stk.pop() as number;
        a = stk.pop() as number;
        found = true;
        break;
      }
      if (op === OP_ARRAY) {
        const n = stk.pop() as number;
        const qb = stk.pop() as number;
        const qa = stk.pop() as number;
        a = W[qa];
        b = W[qb];
        if (n > 1) stk.push(qa + 1, qb + 1, n - 1, OP_ARRAY);
        found = true;
        break;
      }
      exact = false; // OP_EXACT_OFF
    }
    if (!found) break;
  }
  setLength(stk, base);
  return r;
}

/** Term order as used by <, =<, >, >= and lists:sort: -1, 0 or 1 (1 == 1.0 gives 0). */
export function compareTerms(a: number, b: number): number {
  if ((a & 0xf) === 0xf && (b & 0xf) === 0xf) {
    const x = a >> 4;
    const y = b >> 4;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return cmpTerms(a, b, false);
}

/** The exact term order (map key order): like compareTerms but integers < floats. */
export function compareExact(a: number, b: number): number {
  return cmpTerms(a, b, true);
}

/** =:= */
export function exactEq(a: number, b: number): boolean {
  if (a === b) return true;
  // an immediate is exactly equal only to itself (integers in small range are never bignums)
  if ((a & 3) === 3 || (b & 3) === 3) return false;
  return cmpTerms(a, b, true) === 0;
}

/** == */
export function arithEq(a: number, b: number): boolean {
  if (a === b) return true;
  // immediates other than small integers equal only themselves; a small may equal a float
  if ((a & 3) === 3 && ((a & 0xf) !== 0xf || (b & 3) !== 2)) return false;
  if ((b & 3) === 3 && ((b & 0xf) !== 0xf || (a & 3) !== 2)) return false;
  return cmpTerms(a, b, false) === 0;
}
