// The `erlang` module's BIFs for sequential code: arithmetic and comparison operators, type
// tests, tuple/list/atom/number conversions, exceptions, the process dictionary, refs, hashes.
import { W, U8, wcopy } from '../memory';
import { Process } from '../process';
import { heapAlloc } from '../heap';
import { defNative, fail, badarg, raise, NF_NOFRAME } from '../natives';
import { A, atom, NIL, NONE, Box, TRUE, FALSE, mkSmall, MAX_SMALL, MIN_SMALL, bool } from '../term';
import { atomIntern, atomLookup, atomName, utf8Encode, utf8CodePoints, codePointToUtf8, MAX_ATOM_BYTES } from '../atoms';
import * as ar from '../arith';
import { compareTerms, exactEq, arithEq } from '../compare';
import { mkTuple2, mkCons, mkString, raiseAt } from '../exceptions';
import { binResolve, RB_BITS, RB_BIT, RB_ADDR, binToBytes, binFromString, isBinary } from '../binary';
import { bigToString, bigParse } from '../bignum';
import { formatShort, formatDefault, formatDecimals, formatScientific, parseErlangFloat } from '../float_fmt';
import { etfDecode, termToBinary, ETF_USED } from '../ext_term';
import { phash2, phash } from '../phash';
import { md5 } from '../md5';
import { printTerm, writeTerm } from '../printer';
import { hooks } from '../hooks';
import { binFromBytes } from '../binary';

function isAtomT(t: number): boolean {
  return (t & 0x3f) === 0x0b;
}
function isTuple(t: number): boolean {
  return (t & 3) === 2 && (W[t >>> 2] & 0x3f) === Box.TUPLE;
}
function small(t: number): boolean {
  return (t & 0xf) === 0xf;
}

/** Length of a proper list, or -1. */
export function listLen(l: number): number {
  let n = 0;
  while ((l & 3) === 1) {
    n++;
    l = W[(l >>> 2) + 1];
  }
  return l === NIL ? n : -1;
}

/** Builds a list from JS array of terms (with tail). */
export function mkList(p: Process, items: ArrayLike<number>, tail: number): number {
  const n = items.length;
  if (n === 0) return tail;
  const h = heapAlloc(p, 2 * n);
  let l = tail;
  for (let i = n - 1; i >= 0; i--) {
    W[h + 2 * i] = items[i];
    W[h + 2 * i + 1] = l;
    l = ((h + 2 * i) << 2) | 1;
  }
  return l;
}

/** A list of small integers from byte-string chars. */
export function mkByteList(p: Process, s: string): number {
  const n = s.length;
  if (n === 0) return NIL;
  const h = heapAlloc(p, 2 * n);
  let l = NIL;
  for (let i = n - 1; i >= 0; i--) {
    W[h + 2 * i] = (s.charCodeAt(i) << 4) | 0xf;
    W[h + 2 * i + 1] = l;
    l = ((h + 2 * i) << 2) | 1;
  }
  return l;
}

/**
 * Reads a char list (code points) into a UTF-8 byte string; null if not a proper list of
 * valid code points (maxCp limits, e.g. 255 for latin1).
 */
export function charListToUtf8(l: number, maxCp: number): string | null {
  let s = '';
  while ((l & 3) === 1) {
    const a = l >>> 2;
    const c = W[a];
    if ((c & 0xf) !== 0xf) return null;
    const v = c >> 4;
    if (v < 0 || v > maxCp || (v >= 0xd800 && v < 0xe000)) return null;
    s += v < 128 ? String.fromCharCode(v) : codePointToUtf8(v);
    l = W[a + 1];
  }
  return l === NIL ? s : null;
}

/** Reads a list of bytes (0..255) into a byte string; null if not such a list. */
export function byteListToString(l: number): string | null {
  let s = '';
  while ((l & 3) === 1) {
    const a = l >>> 2;
    const c = W[a];
    if ((c & 0xf) !== 0xf) return null;
    const v = c >> 4;
    if (v < 0 || v > 255) return null;
    s += String.fromCharCode(v);
    l = W[a + 1];
  }
  return l === NIL ? s : null;
}

function tupleOf(p: Process, items: number[]): number {
  const n = items.length;
  const h = heapAlloc(p, n + 1);
  W[h] = n << 6;
  for (let i = 0; i < n; i++) W[h + 1 + i] = items[i];
  return (h << 2) | 2;
}

function integerToText(t: number, base: number): string {
  if (small(t)) {
    const v = t >> 4;
    if (base === 10) return '' + v;
    const neg = v < 0;
    let m = neg ? -v : v;
    let s = '';
    do {
      const d = m % base;
      s = String.fromCharCode(d < 10 ? 48 + d : 55 + d) + s;
      m = Math.floor(m / base);
    } while (m > 0);
    return neg ? '-' + s : s;
  }
  return bigToString(ar.termToBig(t), base);
}

/** Parses an integer in `base` from a byte string; NONE if invalid. */
function textToInteger(p: Process, s: string, base: number): number {
  const b = bigParse(s, base);
  if (b === null) return NONE;
  return ar.bigToTerm(p, b);
}

let refCounter = 0;
export function makeRef(p: Process): number {
  refCounter++;
  const h = heapAlloc(p, 3);
  W[h] = (2 << 6) | Box.REF;
  W[h + 1] = Math.floor(refCounter / 4294967296);
  W[h + 2] = refCounter | 0;
  return (h << 2) | 2;
}

function floatToText(x: number, opts: number): string | null {
  if (opts === NIL) return formatDefault(x);
  let decimals = -1;
  let sci = -1;
  let compact = false;
  let short = false;
  let l = opts;
  while ((l & 3) === 1) {
    const o = W[l >>> 2];
    if (o === atom(A.compact)) compact = true;
    else if (o === atom(A.short)) short = true;
    else if (isTuple(o) && W[o >>> 2] >>> 6 === 2 && small(W[(o >>> 2) + 2])) {
      const k = W[(o >>> 2) + 1];
      const n = W[(o >>> 2) + 2] >> 4;
      if (k === atom(A.decimals) && n >= 0 && n <= 253) {
        decimals = n;
        sci = -1;
      } else if (k === atom(A.scientific) && n >= 0 && n <= 249) {
        sci = n;
        decimals = -1;
      } else return null;
    } else return null;
    l = W[(l >>> 2) + 1];
  }
  if (l !== NIL) return null;
  if (short) return formatShort(x);
  if (decimals >= 0) return formatDecimals(x, decimals, compact);
  if (sci >= 0) return formatScientific(x, sci);
  return formatDefault(x);
}

function numberOrBadarg(p: Process, t: number): boolean {
  return ar.isNumber(t);
}

/** Appends list a (proper) to b. */
function listAppend(p: Process, a: number, b: number): number {
  const n = listLen(a);
  if (n < 0) return badarg(p);
  if (n === 0) return b;
  const h = heapAlloc(p, 2 * n);
  let l = a;
  for (let i = 0; i < n; i++) {
    W[h + 2 * i] = W[l >>> 2];
    W[h + 2 * i + 1] = i === n - 1 ? b : ((h + 2 * i + 2) << 2) | 1;
    l = W[(l >>> 2) + 1];
  }
  return (h << 2) | 1;
}

/** a -- b: removes the first occurrence of each element of b from a. */
function listSubtract(p: Process, a: number, b: number): number {
  const na = listLen(a);
  const nb = listLen(b);
  if (na < 0 || nb < 0) return badarg(p);
  const items: number[] = [];
  let l = a;
  while (l !== NIL) {
    items.push(W[l >>> 2]);
    l = W[(l >>> 2) + 1];
  }
  const removed: boolean[] = [];
  l = b;
  while (l !== NIL) {
    const x = W[l >>> 2];
    for (let i = 0; i < items.length; i++) {
      if (!removed[i] && (items[i] === x || exactEq(items[i], x))) {
        removed[i] = true;
        break;
      }
    }
    l = W[(l >>> 2) + 1];
  }
  const out: number[] = [];
  for (let i = 0; i < items.length; i++) if (!removed[i]) out.push(items[i]);
  return mkList(p, out, NIL);
}

function dictFind(p: Process, k: number): number {
  let l = p.dict;
  while (l !== NIL) {
    const e = W[l >>> 2];
    if (exactEq(W[(e >>> 2) + 1], k)) return e;
    l = W[(l >>> 2) + 1];
  }
  return NONE;
}

function dictRemove(p: Process, k: number): number {
  // rebuilds the list without key k; returns the old value or undefined
  const items: number[] = [];
  let old = atom(A.undefined);
  let l = p.dict;
  while (l !== NIL) {
    const e = W[l >>> 2];
    if (old === atom(A.undefined) && exactEq(W[(e >>> 2) + 1], k)) old = W[(e >>> 2) + 2];
    else items.push(e);
    l = W[(l >>> 2) + 1];
  }
  if (old !== atom(A.undefined) || items.length !== listLen(p.dict)) p.dict = mkList(p, items, NIL);
  return old;
}

/** Writes a line to the console (byte string). */
export function consoleWrite(s: string): void {
  hooks.write(s);
}

function atomTermOf(name: string): number {
  return (atomIntern(name) << 6) | 0x0b;
}

export function registerErlangBifs(): void {
  const E = 'erlang';
  // ---- arithmetic
  // (vmInit tells ops_call.ts which natives + and - are, for its fast path)
  defNative(E, '+', 2, function (p, a) { return ar.numAdd(p, a[0], a[1]); });
  defNative(E, '-', 2, function (p, a) { return ar.numSub(p, a[0], a[1]); });
  defNative(E, '*', 2, function (p, a) { return ar.numMul(p, a[0], a[1]); });
  defNative(E, '/', 2, function (p, a) { return ar.numFdiv(p, a[0], a[1]); });
  defNative(E, 'div', 2, function (p, a) { return ar.numDiv(p, a[0], a[1]); });
  defNative(E, 'rem', 2, function (p, a) { return ar.numRem(p, a[0], a[1]); });
  defNative(E, 'band', 2, function (p, a) { return ar.numBand(p, a[0], a[1]); });
  defNative(E, 'bor', 2, function (p, a) { return ar.numBor(p, a[0], a[1]); });
  defNative(E, 'bxor', 2, function (p, a) { return ar.numBxor(p, a[0], a[1]); });
  defNative(E, 'bsl', 2, function (p, a) { return ar.numShift(p, a[0], a[1], 1); });
  defNative(E, 'bsr', 2, function (p, a) { return ar.numShift(p, a[0], a[1], -1); });
  defNative(E, 'bnot', 1, function (p, a) { return ar.numBnot(p, a[0]); });
  defNative(E, '-', 1, function (p, a) { return ar.numNeg(p, a[0]); });
  defNative(E, '+', 1, function (p, a) { return ar.isNumber(a[0]) ? a[0] : fail(p, atom(A.badarith)); });
  defNative(E, 'abs', 1, function (p, a) { const r = ar.numAbs(p, a[0]); return r === NONE ? badarg(p) : r; });
  defNative(E, 'float', 1, function (p, a) {
    const t = a[0];
    if (ar.numKind(t) === ar.NumKind.FLOAT) return t;
    if (!ar.isInteger(t)) return badarg(p);
    const x = ar.intToNumber(t);
    if (x === Infinity || x === -Infinity) return badarg(p);
    return ar.mkFloat(p, x);
  });
  function rounder(kind: number) {
    return function (p: Process, a: Int32Array): number {
      const t = a[0];
      if (ar.isInteger(t)) return t;
      if (ar.numKind(t) !== ar.NumKind.FLOAT) return badarg(p);
      const x = ar.floatVal(t);
      let r: number;
      if (kind === 0) r = x < 0 ? Math.ceil(x) : Math.floor(x);
      else if (kind === 1) {
        // half away from zero; y - floor(y) is exact, x + 0.5 would round up 0.49999999999999994
        const y = x < 0 ? -x : x;
        const f = Math.floor(y);
        r = y - f >= 0.5 ? f + 1 : f;
        if (x < 0) r = -r;
      }
      else if (kind === 2) r = Math.floor(x);
      else r = Math.ceil(x);
      if (kind === 1 && Math.abs(x) >= 4503599627370496) r = x; // already integral
      return ar.intFromFloat(p, r);
    };
  }
  defNative(E, 'trunc', 1, rounder(0));
  defNative(E, 'round', 1, rounder(1));
  defNative(E, 'floor', 1, rounder(2));
  defNative(E, 'ceil', 1, rounder(3));
  // ---- comparisons and boolean operators
  defNative(E, '=:=', 2, function (p, a) { return bool(a[0] === a[1] || exactEq(a[0], a[1])); });
  defNative(E, '=/=', 2, function (p, a) { return bool(!(a[0] === a[1] || exactEq(a[0], a[1]))); });
  defNative(E, '==', 2, function (p, a) { return bool(a[0] === a[1] || arithEq(a[0], a[1])); });
  defNative(E, '/=', 2, function (p, a) { return bool(!(a[0] === a[1] || arithEq(a[0], a[1]))); });
  defNative(E, '<', 2, function (p, a) { return bool(compareTerms(a[0], a[1]) < 0); });
  defNative(E, '>', 2, function (p, a) { return bool(compareTerms(a[0], a[1]) > 0); });
  defNative(E, '=<', 2, function (p, a) { return bool(compareTerms(a[0], a[1]) <= 0); });
  defNative(E, '>=', 2, function (p, a) { return bool(compareTerms(a[0], a[1]) >= 0); });
  defNative(E, 'min', 2, function (p, a) { return compareTerms(a[0], a[1]) <= 0 ? a[0] : a[1]; });
  defNative(E, 'max', 2, function (p, a) { return compareTerms(a[0], a[1]) >= 0 ? a[0] : a[1]; });
  function boolArgs(a: Int32Array, n: number): boolean {
    for (let i = 0; i < n; i++) if (a[i] !== TRUE && a[i] !== FALSE) return false;
    return true;
  }
  defNative(E, 'and', 2, function (p, a) { return boolArgs(a, 2) ? bool(a[0] === TRUE && a[1] === TRUE) : badarg(p); });
  defNative(E, 'or', 2, function (p, a) { return boolArgs(a, 2) ? bool(a[0] === TRUE || a[1] === TRUE) : badarg(p); });
  defNative(E, 'xor', 2, function (p, a) { return boolArgs(a, 2) ? bool(a[0] !== a[1]) : badarg(p); });
  defNative(E, 'not', 1, function (p, a) { return boolArgs(a, 1) ? bool(a[0] === FALSE) : badarg(p); });
  // ---- type tests as functions
  const tests: [string, (t: number) => boolean][] = [
    ['is_atom', isAtomT],
    ['is_integer', ar.isInteger],
    ['is_float', function (t) { return ar.numKind(t) === ar.NumKind.FLOAT; }],
    ['is_number', ar.isNumber],
    ['is_list', function (t) { return t === NIL || (t & 3) === 1; }],
    ['is_tuple', isTuple],
    ['is_pid', function (t) { return (t & 0xf) === 3; }],
    ['is_port', function (t) { return (t & 0xf) === 7; }],
    ['is_reference', function (t) { return (t & 3) === 2 && (W[t >>> 2] & 0x3f) === Box.REF; }],
    ['is_binary', isBinary],
    ['is_bitstring', function (t) { return binResolve(t); }],
    ['is_boolean', function (t) { return t === TRUE || t === FALSE; }],
    ['is_function', function (t) { return (t & 3) === 2 && ((W[t >>> 2] & 0x3f) === Box.FUN || (W[t >>> 2] & 0x3f) === Box.EXPORT); }],
    ['is_map', function (t) { return (t & 3) === 2 && ((W[t >>> 2] & 0x3f) === Box.MAP || (W[t >>> 2] & 0x3f) === Box.HAMT); }],
  ];
  for (let i = 0; i < tests.length; i++) {
    const f = tests[i][1];
    defNative(E, tests[i][0], 1, function (p, a) { return bool(f(a[0])); });
  }
  defNative(E, 'is_record', 2, function (p, a) {
    const t = a[0];
    if (!isAtomT(a[1])) return badarg(p);
    return bool(isTuple(t) && W[t >>> 2] >>> 6 >= 1 && W[(t >>> 2) + 1] === a[1]);
  });
  defNative(E, 'is_record', 3, function (p, a) {
    const t = a[0];
    if (!isAtomT(a[1]) || !small(a[2])) return badarg(p);
    return bool(isTuple(t) && W[t >>> 2] >>> 6 === a[2] >> 4 && W[t >>> 2] >>> 6 >= 1 && W[(t >>> 2) + 1] === a[1]);
  });
  // ---- tuples
  defNative(E, 'element', 2, function (p, a) {
    const i = a[0];
    const t = a[1];
    if (!small(i) || !isTuple(t)) return badarg(p);
    const n = i >> 4;
    if (n < 1 || n > W[t >>> 2] >>> 6) return badarg(p);
    return W[(t >>> 2) + n];
  });
  defNative(E, 'setelement', 3, function (p, a) {
    const i = a[0];
    const t = a[1];
    if (!small(i) || !isTuple(t)) return badarg(p);
    const n = i >> 4;
    const arity = W[t >>> 2] >>> 6;
    if (n < 1 || n > arity) return badarg(p);
    const h = heapAlloc(p, arity + 1);
    wcopy(h, t >>> 2, arity + 1);
    W[h + n] = a[2];
    return (h << 2) | 2;
  });
  defNative(E, 'tuple_size', 1, function (p, a) { return isTuple(a[0]) ? mkSmall(W[a[0] >>> 2] >>> 6) : badarg(p); });
  defNative(E, 'size', 1, function (p, a) {
    if (isTuple(a[0])) return mkSmall(W[a[0] >>> 2] >>> 6);
    if (binResolve(a[0])) return mkSmall(RB_BITS >>> 3);
    return badarg(p);
  });
  defNative(E, 'tuple_to_list', 1, function (p, a) {
    const t = a[0];
    if (!isTuple(t)) return badarg(p);
    const n = W[t >>> 2] >>> 6;
    const items: number[] = []; // (not a view of W: Espruino's cannot start 64 KB into it)
    for (let i = 1; i <= n; i++) items.push(W[(t >>> 2) + i]);
    return mkList(p, items, NIL);
  });
  defNative(E, 'list_to_tuple', 1, function (p, a) {
    const n = listLen(a[0]);
    if (n < 0) return badarg(p);
    const h = heapAlloc(p, n + 1);
    W[h] = n << 6;
    let l = a[0];
    for (let i = 1; i <= n; i++) {
      W[h + i] = W[l >>> 2];
      l = W[(l >>> 2) + 1];
    }
    return (h << 2) | 2;
  });
  defNative(E, 'make_tuple', 2, function (p, a) {
    if (!small(a[0]) || a[0] >> 4 < 0) return badarg(p);
    const n = a[0] >> 4;
    const h = heapAlloc(p, n + 1);
    W[h] = n << 6;
    for (let i = 1; i <= n; i++) W[h + i] = a[1];
    return (h << 2) | 2;
  });
  defNative(E, 'make_tuple', 3, function (p, a) {
    if (!small(a[0]) || a[0] >> 4 < 0) return badarg(p);
    const n = a[0] >> 4;
    const h = heapAlloc(p, n + 1);
    W[h] = n << 6;
    for (let i = 1; i <= n; i++) W[h + i] = a[1];
    let l = a[2];
    while ((l & 3) === 1) {
      const e = W[l >>> 2];
      if (!isTuple(e) || W[e >>> 2] >>> 6 !== 2 || !small(W[(e >>> 2) + 1])) return badarg(p);
      const k = W[(e >>> 2) + 1] >> 4;
      if (k < 1 || k > n) return badarg(p);
      W[h + k] = W[(e >>> 2) + 2];
      l = W[(l >>> 2) + 1];
    }
    if (l !== NIL) return badarg(p);
    return (h << 2) | 2;
  });
  defNative(E, 'append_element', 2, function (p, a) {
    const t = a[0];
    if (!isTuple(t)) return badarg(p);
    const n = W[t >>> 2] >>> 6;
    const h = heapAlloc(p, n + 2);
    wcopy(h, t >>> 2, n + 1);
    W[h] = (n + 1) << 6;
    W[h + n + 1] = a[1];
    return (h << 2) | 2;
  });
  defNative(E, 'delete_element', 2, function (p, a) {
    const t = a[1];
    if (!isTuple(t) || !small(a[0])) return badarg(p);
    const n = W[t >>> 2] >>> 6;
    const k = a[0] >> 4;
    if (k < 1 || k > n) return badarg(p);
    const h = heapAlloc(p, n);
    W[h] = (n - 1) << 6;
    let j = 1;
    for (let i = 1; i <= n; i++) if (i !== k) W[h + j++] = W[(t >>> 2) + i];
    return (h << 2) | 2;
  });
  defNative(E, 'insert_element', 3, function (p, a) {
    const t = a[1];
    if (!isTuple(t) || !small(a[0])) return badarg(p);
    const n = W[t >>> 2] >>> 6;
    const k = a[0] >> 4;
    if (k < 1 || k > n + 1) return badarg(p);
    const h = heapAlloc(p, n + 2);
    W[h] = (n + 1) << 6;
    let j = 1;
    for (let i = 1; i <= n + 1; i++) W[h + i] = i === k ? a[2] : W[(t >>> 2) + j++];
    return (h << 2) | 2;
  });
  // ---- lists
  defNative(E, 'length', 1, function (p, a) { const n = listLen(a[0]); return n < 0 ? badarg(p) : mkSmall(n); });
  defNative(E, 'hd', 1, function (p, a) { return (a[0] & 3) === 1 ? W[a[0] >>> 2] : badarg(p); });
  defNative(E, 'tl', 1, function (p, a) { return (a[0] & 3) === 1 ? W[(a[0] >>> 2) + 1] : badarg(p); });
  defNative(E, '++', 2, function (p, a) { return listAppend(p, a[0], a[1]); });
  defNative(E, 'append', 2, function (p, a) { return listAppend(p, a[0], a[1]); });
  defNative(E, '--', 2, function (p, a) { return listSubtract(p, a[0], a[1]); });
  // ---- atoms and text
  defNative(E, 'atom_to_list', 1, function (p, a) {
    if (!isAtomT(a[0])) return badarg(p);
    return mkString(p, atomName(a[0] >>> 6));
  });
  function listToAtom(p: Process, l: number, existing: boolean): number {
    const s = charListToUtf8(l, 0x10ffff);
    if (s === null) return badarg(p);
    if (utf8CodePoints(s).length > 255) return fail(p, atom(A.system_limit));
    if (existing) {
      const i = atomLookup(s);
      return i < 0 ? badarg(p) : (i << 6) | 0x0b;
    }
    return (atomIntern(s) << 6) | 0x0b;
  }
  defNative(E, 'list_to_atom', 1, function (p, a) { return listToAtom(p, a[0], false); });
  defNative(E, 'list_to_existing_atom', 1, function (p, a) { return listToAtom(p, a[0], true); });
  defNative(E, 'integer_to_list', 1, function (p, a) { return ar.isInteger(a[0]) ? mkByteList(p, integerToText(a[0], 10)) : badarg(p); });
  defNative(E, 'integer_to_list', 2, function (p, a) {
    if (!ar.isInteger(a[0]) || !small(a[1]) || a[1] >> 4 < 2 || a[1] >> 4 > 36) return badarg(p);
    return mkByteList(p, integerToText(a[0], a[1] >> 4));
  });
  defNative(E, 'list_to_integer', 1, function (p, a) {
    const s = byteListToString(a[0]);
    if (s === null) return badarg(p);
    const r = textToInteger(p, s, 10);
    return r === NONE ? badarg(p) : r;
  });
  defNative(E, 'list_to_integer', 2, function (p, a) {
    const s = byteListToString(a[0]);
    if (s === null || !small(a[1]) || a[1] >> 4 < 2 || a[1] >> 4 > 36) return badarg(p);
    const r = textToInteger(p, s, a[1] >> 4);
    return r === NONE ? badarg(p) : r;
  });
  defNative(E, 'float_to_list', 1, function (p, a) {
    if (ar.numKind(a[0]) !== ar.NumKind.FLOAT) return badarg(p);
    return mkByteList(p, formatDefault(ar.floatVal(a[0])));
  });
  defNative(E, 'float_to_list', 2, function (p, a) {
    if (ar.numKind(a[0]) !== ar.NumKind.FLOAT) return badarg(p);
    const s = floatToText(ar.floatVal(a[0]), a[1]);
    return s === null ? badarg(p) : mkByteList(p, s);
  });
  defNative(E, 'list_to_float', 1, function (p, a) {
    const s = byteListToString(a[0]);
    if (s === null) return badarg(p);
    const x = parseErlangFloat(s);
    return x === null ? badarg(p) : ar.mkFloat(p, x);
  });
  // ---- process dictionary
  defNative(E, 'put', 2, function (p, a) {
    const old = dictRemove(p, a[0]);
    p.dict = mkCons(p, tupleOf(p, [a[0], a[1]]), p.dict);
    return old;
  });
  defNative(E, 'get', 1, function (p, a) { const e = dictFind(p, a[0]); return e === NONE ? atom(A.undefined) : W[(e >>> 2) + 2]; });
  defNative(E, 'get', 0, function (p, a) { return p.dict; });
  defNative(E, 'erase', 1, function (p, a) { return dictRemove(p, a[0]); });
  defNative(E, 'erase', 0, function (p, a) { const d = p.dict; p.dict = NIL; return d; });
  defNative(E, 'get_keys', 0, function (p, a) {
    const keys: number[] = [];
    let l = p.dict;
    while (l !== NIL) {
      keys.push(W[(W[l >>> 2] >>> 2) + 1]);
      l = W[(l >>> 2) + 1];
    }
    return mkList(p, keys, NIL);
  });
  defNative(E, 'get_keys', 1, function (p, a) {
    const keys: number[] = [];
    let l = p.dict;
    while (l !== NIL) {
      const e = W[l >>> 2] >>> 2;
      if (exactEq(W[e + 2], a[0])) keys.push(W[e + 1]);
      l = W[(l >>> 2) + 1];
    }
    return mkList(p, keys, NIL);
  });
  // ---- exceptions
  defNative(E, 'error', 1, function (p, a) { return raise(p, atom(A.error), a[0]); }, NF_NOFRAME);
  // error/2,3: the caller's frame in the stack trace shows Args instead of its arity
  function errorWithArgs(p: Process, a: Int32Array): number {
    raise(p, atom(A.error), a[0]);
    if (listLen(a[1]) >= 0) {
      p.excMfa = -2;
      p.excArgs = a[1];
    }
    return NONE;
  }
  defNative(E, 'error', 2, errorWithArgs, NF_NOFRAME);
  defNative(E, 'error', 3, errorWithArgs, NF_NOFRAME);
  defNative(E, 'exit', 1, function (p, a) { return raise(p, atom(A.exit), a[0]); }, NF_NOFRAME);
  defNative(E, 'throw', 1, function (p, a) { return raise(p, atom(A.throw_), a[0]); }, NF_NOFRAME);
  defNative(E, 'nif_error', 1, function (p, a) { return raise(p, atom(A.error), a[0]); }, NF_NOFRAME);
  defNative(E, 'raise', 3, function (p, a) {
    const c = a[0];
    // OTP returns (does not raise) badarg when the class or stack trace is invalid
    if ((c !== atom(A.error) && c !== atom(A.exit) && c !== atom(A.throw_)) || listLen(a[2]) < 0) return atom(A.badarg);
    return raiseAt(p, c, a[1], a[2]);
  }, NF_NOFRAME);
  defNative(E, 'make_fun', 3, function (p, a) {
    if (!isAtomT(a[0]) || !isAtomT(a[1]) || !small(a[2]) || a[2] >> 4 < 0 || a[2] >> 4 > 255) return badarg(p);
    const h = heapAlloc(p, 4);
    W[h] = (3 << 6) | Box.EXPORT;
    W[h + 1] = a[0];
    W[h + 2] = a[1];
    W[h + 3] = a[2];
    return (h << 2) | 2;
  });
  // md5 contexts are the bytes seen so far (a binary); md5_final digests them
  defNative(E, 'md5_init', 0, function (p) { return binFromBytes(p, [], 0, 0); });
  defNative(E, 'md5_update', 2, function (p, a) {
    if (!isBinary(a[0])) return badarg(p);
    const more = iolistBytes(a[1]);
    if (more === null) return badarg(p);
    const ctx = binToBytes(a[0]);
    const all = new Uint8Array(ctx.length + more.length);
    all.set(ctx, 0);
    all.set(more, ctx.length);
    return binFromBytes(p, all, 0, all.length);
  });
  defNative(E, 'md5_final', 1, function (p, a) {
    if (!isBinary(a[0])) return badarg(p);
    return binFromBytes(p, md5(binToBytes(a[0])), 0, 16);
  });
  // ---- misc
  defNative(E, 'self', 0, function (p) { return p.pid; });
  // "<0.N.0>" / "#Port<0.N>" / "#Ref<0.A.B.C>" text back to the local identifier
  function parseIdText(l: number, prefix: string, suffix: string): number {
    const s = byteListToString(l);
    if (s === null || s.substring(0, prefix.length) !== prefix || s.substring(s.length - suffix.length) !== suffix) return -1;
    const n = s.substring(prefix.length, s.length - suffix.length);
    if (!/^[0-9]+$/.test(n) || n.length > 8) return -1;
    return +n;
  }
  defNative(E, 'list_to_port', 1, function (p, a) {
    const n = parseIdText(a[0], '#Port<0.', '>');
    return n < 0 || n > 0x7ffffff ? badarg(p) : (n << 4) | 0x7;
  });
  defNative(E, 'list_to_pid', 1, function (p, a) {
    const n = parseIdText(a[0], '<0.', '.0>');
    return n < 0 || n > 0x7ffffff ? badarg(p) : (n << 4) | 0x3;
  });
  defNative(E, 'pid_to_list', 1, function (p, a) {
    return (a[0] & 0xf) === 3 ? mkByteList(p, '<0.' + (a[0] >>> 4) + '.0>') : badarg(p);
  });
  defNative(E, 'port_to_list', 1, function (p, a) {
    return (a[0] & 0xf) === 7 ? mkByteList(p, '#Port<0.' + (a[0] >>> 4) + '>') : badarg(p);
  });
  defNative(E, 'node', 0, function () { return atom(A.nonode_nohost); });
  defNative(E, 'node', 1, function () { return atom(A.nonode_nohost); });
  defNative(E, 'make_ref', 0, function (p) { return makeRef(p); });
  defNative(E, 'phash', 2, function (p, a) {
    if (!small(a[1]) || a[1] >> 4 < 1) {
      if (ar.isInteger(a[1]) && !small(a[1]) && (W[a[1] >>> 2] & 0x3f) === Box.POS_BIG) {
        const r = ar.intToNumber(a[1]);
        if (r <= 4294967296) return ar.intFromNumber(p, phash(a[0], r));
      }
      return badarg(p);
    }
    return ar.intFromNumber(p, phash(a[0], a[1] >> 4));
  });
  defNative(E, 'phash2', 1, function (p, a) { return mkSmall(phash2(a[0], 134217728)); });
  defNative(E, 'phash2', 2, function (p, a) {
    if (!small(a[1]) || a[1] >> 4 < 1) {
      if (ar.isInteger(a[1]) && !small(a[1]) && (W[a[1] >>> 2] & 0x3f) === Box.POS_BIG) {
        return ar.intFromNumber(p, phash2(a[0], Math.min(ar.intToNumber(a[1]), 4294967296)));
      }
      return badarg(p);
    }
    return mkSmall(phash2(a[0], a[1] >> 4));
  });
  defNative(E, 'md5', 1, function (p, a) {
    const bytes = iolistBytes(a[0]);
    if (bytes === null) return badarg(p);
    return binFromBytes(p, md5(bytes), 0, 16);
  });
  defNative(E, 'term_to_binary', 1, function (p, a) { return termToBinary(p, a[0]); });
  defNative(E, 'term_to_binary', 2, function (p, a) {
    // options: {minor_version, 0..2}, deterministic, compressed / {compressed, 0..9}
    // (compression is not implemented: the output is the uncompressed encoding)
    let minor = 1;
    let l = a[1];
    while ((l & 3) === 1) {
      const o = W[l >>> 2];
      if (isTuple(o) && W[o >>> 2] >>> 6 === 2) {
        const k = W[(o >>> 2) + 1];
        const v = W[(o >>> 2) + 2];
        if (k === atomTermOf('minor_version') && small(v) && v >> 4 >= 0 && v >> 4 <= 2) minor = v >> 4;
        else if (!(k === atomTermOf('compressed') && small(v) && v >> 4 >= 0 && v >> 4 <= 9)) return badarg(p);
      } else if (o !== atomTermOf('compressed') && o !== atomTermOf('deterministic') && o !== atomTermOf('local')) return badarg(p);
      l = W[(l >>> 2) + 1];
    }
    if (l !== NIL) return badarg(p);
    const r = termToBinary(p, a[0], minor);
    return r === NONE ? badarg(p) : r;
  });
  function b2t(p: Process, t: number): number {
    if (!isBinary(t)) return badarg(p);
    const bytes = binToBytes(t);
    const r = etfDecode(p, bytes, 0, bytes.length);
    return r === NONE ? badarg(p) : r;
  }
  defNative(E, 'binary_to_term', 1, function (p, a) { return b2t(p, a[0]); });
  defNative(E, 'binary_to_term', 2, function (p, a) {
    // options: safe (accepted; new atoms are still created), used (also return the bytes read)
    let used = false;
    let l = a[1];
    while ((l & 3) === 1) {
      const o = W[l >>> 2];
      if (o === atomTermOf('used')) used = true;
      else if (o !== atomTermOf('safe')) return badarg(p);
      l = W[(l >>> 2) + 1];
    }
    if (l !== NIL) return badarg(p);
    const t = b2t(p, a[0]);
    if (t === NONE || !used) return t;
    return tupleOf(p, [t, mkSmall(ETF_USED)]);
  });
  defNative(E, 'display', 1, function (p, a) {
    consoleWrite(printTerm(a[0], {}) + '\n');
    return TRUE;
  });
  defNative(E, 'garbage_collect', 0, function () { return TRUE; });
  defNative(E, 'get_stacktrace', 0, function () { return NIL; });
}

/**
 * Walks an iolist (bytes and binaries) in order, handing its bytes to sink(b, off, n) in runs: a
 * byte-aligned binary straight from VM memory (no copy), loose bytes 256 at a time. false if
 * malformed (sink may have had some runs). Explicit stack. The sink must not allocate terms.
 */
export function iolistFeed(t: number, sink: (b: Uint8Array, off: number, n: number) => void): boolean {
  let one: Uint8Array | null = null; // (made at the first loose byte: most iolists are a binary)
  let k = 0;
  const stack: number[] = [t];
  while (stack.length > 0) {
    let l = stack.pop() as number;
    if ((l & 3) === 2) {
      if (!binResolve(l) || (RB_BITS & 7) !== 0) return false;
      if (k > 0) sink(one as Uint8Array, 0, k);
      k = 0;
      if (RB_BIT === 0) sink(U8, RB_ADDR, RB_BITS >>> 3);
      else {
        const b = binToBytes(l);
        sink(b, 0, b.length);
      }
      continue;
    }
    while ((l & 3) === 1) {
      const h = W[l >>> 2];
      if ((h & 0xf) === 0xf) {
        const v = h >> 4;
        if (v < 0 || v > 255) return false;
        if (one === null) one = new Uint8Array(256);
        one[k++] = v;
        if (k === 256) {
          sink(one, 0, k);
          k = 0;
        }
      } else if ((h & 3) === 1 || (h & 3) === 2 || h === NIL) {
        stack.push(W[(l >>> 2) + 1]);
        stack.push(h);
        l = NIL;
        break;
      } else return false;
      l = W[(l >>> 2) + 1];
    }
    if (l !== NIL) {
      if ((l & 3) === 2) stack.push(l);
      else return false;
    }
  }
  if (k > 0) sink(one as Uint8Array, 0, k);
  return true;
}

/**
 * Flattens an iolist into a Uint8Array; null if malformed. The bytes go into a growing Uint8Array
 * (an Array would cost Espruino a RAM block per byte).
 */
export function iolistBytes(t: number): Uint8Array | null {
  let out = new Uint8Array(64);
  let n = 0;
  const ok = iolistFeed(t, function (b: Uint8Array, off: number, len: number): void {
    if (n + len > out.length) {
      const o = new Uint8Array((n + len) * 2);
      o.set(out.subarray(0, n));
      out = o;
    }
    for (let i = 0; i < len; i++) out[n + i] = b[off + i];
    n += len;
  });
  return ok ? out.subarray(0, n) : null;
}

export { tupleOf, isTuple, isAtomT, integerToText, floatToText };
