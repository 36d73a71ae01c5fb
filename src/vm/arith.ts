// Number arithmetic on terms: small integers fast, then floats, then bignums (bignum.ts).
// Each op returns the result term or NONE after setting badarith in p.
import { W, floatToWords, wordsToFloat } from './memory';
import { Process } from './process';
import { heapAlloc } from './heap';
import { Box, NONE, MAX_SMALL, MIN_SMALL, A, atom } from './term';
import { fail } from './natives';
import {
  Big, bigFromNumber, bigFromWords32, bigToWords32, bigFitsSmall, bigToSmall, bigAdd, bigSub, bigMul, bigDiv,
  bigRem, bigBand, bigBor, bigBxor, bigBnot, bigBsl, bigBsr, bigToNumber, bigIsZero, bigNeg, bigFromFloatTrunc, bigBitLength,
} from './bignum';

export const enum NumKind {
  NONE = 0,
  SMALL = 1,
  BIG = 2,
  FLOAT = 3,
}

export function numKind(t: number): number {
  if ((t & 0xf) === 0xf) return NumKind.SMALL;
  if ((t & 3) !== 2) return NumKind.NONE;
  const tg = W[t >>> 2] & 0x3f;
  if (tg === Box.FLOAT) return NumKind.FLOAT;
  if (tg === Box.POS_BIG || tg === Box.NEG_BIG) return NumKind.BIG;
  return NumKind.NONE;
}

export function isInteger(t: number): boolean {
  const k = numKind(t);
  return k === NumKind.SMALL || k === NumKind.BIG;
}
export function isNumber(t: number): boolean {
  return numKind(t) !== NumKind.NONE;
}

export function floatVal(t: number): number {
  return wordsToFloat((t >>> 2) + 1);
}

export function mkFloat(p: Process, x: number): number {
  const a = heapAlloc(p, 3);
  W[a] = (2 << 6) | Box.FLOAT;
  floatToWords(x, a + 1);
  return (a << 2) | 2;
}

/** Float result, or badarith when not finite. */
function floatResult(p: Process, x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return fail(p, atom(A.badarith));
  return mkFloat(p, x);
}

export function termToBig(t: number): Big {
  if ((t & 0xf) === 0xf) return bigFromNumber(t >> 4);
  const a = t >>> 2;
  const h = W[a];
  return bigFromWords32(W, a + 1, h >>> 6, (h & 0x3f) === Box.NEG_BIG);
}

export function bigToTerm(p: Process, b: Big): number {
  if (bigFitsSmall(b, 28)) return (bigToSmall(b) << 4) | 0xf;
  const words = bigToWords32(b);
  const n = words.length;
  const a = heapAlloc(p, n + 1);
  W[a] = (n << 6) | (b.neg ? Box.NEG_BIG : Box.POS_BIG);
  for (let i = 0; i < n; i++) W[a + 1 + i] = words[i];
  return (a << 2) | 2;
}

/** An integer term for any integral double (exact). */
export function intFromNumber(p: Process, v: number): number {
  if (v <= MAX_SMALL && v >= MIN_SMALL) return (v << 4) | 0xf;
  return bigToTerm(p, bigFromNumber(v));
}

/** The value of an integer term as a double (rounded for big ones). */
export function intToNumber(t: number): number {
  if ((t & 0xf) === 0xf) return t >> 4;
  return bigToNumber(termToBig(t));
}

/** Value of a number term as a double (bignums rounded); NaN if not a number or too big. */
export function numToDouble(t: number): number {
  const k = numKind(t);
  if (k === NumKind.SMALL) return t >> 4;
  if (k === NumKind.FLOAT) return floatVal(t);
  if (k === NumKind.BIG) return bigToNumber(termToBig(t));
  return NaN;
}

function bothInts(a: number, b: number): boolean {
  return isInteger(a) && isInteger(b);
}

function smallOrBig(p: Process, v: number): number {
  // v is an exact integer result of small operands (|v| < 2^54)
  if (v <= MAX_SMALL && v >= MIN_SMALL) return (v << 4) | 0xf;
  return bigToTerm(p, bigFromNumber(v));
}

function floatOp(p: Process, a: number, b: number, op: number): number {
  const x = numToDouble(a);
  const y = numToDouble(b);
  if (x !== x || y !== y) return fail(p, atom(A.badarith));
  switch (op) {
    case 0: return floatResult(p, x + y);
    case 1: return floatResult(p, x - y);
    case 2: return floatResult(p, x * y);
    default:
      if (y === 0) return fail(p, atom(A.badarith));
      return floatResult(p, x / y);
  }
}

export function numAdd(p: Process, a: number, b: number): number {
  if ((a & 0xf) === 0xf && (b & 0xf) === 0xf) return smallOrBig(p, (a >> 4) + (b >> 4));
  const ka = numKind(a);
  const kb = numKind(b);
  if (ka === NumKind.NONE || kb === NumKind.NONE) return fail(p, atom(A.badarith));
  if (ka === NumKind.FLOAT || kb === NumKind.FLOAT) return floatOp(p, a, b, 0);
  return bigToTerm(p, bigAdd(termToBig(a), termToBig(b)));
}

export function numSub(p: Process, a: number, b: number): number {
  if ((a & 0xf) === 0xf && (b & 0xf) === 0xf) return smallOrBig(p, (a >> 4) - (b >> 4));
  const ka = numKind(a);
  const kb = numKind(b);
  if (ka === NumKind.NONE || kb === NumKind.NONE) return fail(p, atom(A.badarith));
  if (ka === NumKind.FLOAT || kb === NumKind.FLOAT) return floatOp(p, a, b, 1);
  return bigToTerm(p, bigSub(termToBig(a), termToBig(b)));
}

export function numMul(p: Process, a: number, b: number): number {
  if ((a & 0xf) === 0xf && (b & 0xf) === 0xf) {
    const v = (a >> 4) * (b >> 4);
    if (v <= 9007199254740991 && v >= -9007199254740991) return smallOrBig(p, v);
  }
  const ka = numKind(a);
  const kb = numKind(b);
  if (ka === NumKind.NONE || kb === NumKind.NONE) return fail(p, atom(A.badarith));
  if (ka === NumKind.FLOAT || kb === NumKind.FLOAT) return floatOp(p, a, b, 2);
  return bigToTerm(p, bigMul(termToBig(a), termToBig(b)));
}

export function numFdiv(p: Process, a: number, b: number): number {
  if (!isNumber(a) || !isNumber(b)) return fail(p, atom(A.badarith));
  return floatOp(p, a, b, 3);
}

export function numDiv(p: Process, a: number, b: number): number {
  if ((a & 0xf) === 0xf && (b & 0xf) === 0xf) {
    const y = b >> 4;
    if (y === 0) return fail(p, atom(A.badarith));
    const q = (a >> 4) / y;
    return smallOrBig(p, q < 0 ? Math.ceil(q) : Math.floor(q));
  }
  if (!bothInts(a, b)) return fail(p, atom(A.badarith));
  const bb = termToBig(b);
  if (bigIsZero(bb)) return fail(p, atom(A.badarith));
  return bigToTerm(p, bigDiv(termToBig(a), bb));
}

export function numRem(p: Process, a: number, b: number): number {
  if ((a & 0xf) === 0xf && (b & 0xf) === 0xf) {
    const y = b >> 4;
    if (y === 0) return fail(p, atom(A.badarith));
    return smallOrBig(p, (a >> 4) % y);
  }
  if (!bothInts(a, b)) return fail(p, atom(A.badarith));
  const bb = termToBig(b);
  if (bigIsZero(bb)) return fail(p, atom(A.badarith));
  return bigToTerm(p, bigRem(termToBig(a), bb));
}

export function numBand(p: Process, a: number, b: number): number {
  if ((a & 0xf) === 0xf && (b & 0xf) === 0xf) return a & b;
  if (!bothInts(a, b)) return fail(p, atom(A.badarith));
  return bigToTerm(p, bigBand(termToBig(a), termToBig(b)));
}
export function numBor(p: Process, a: number, b: number): number {
  if ((a & 0xf) === 0xf && (b & 0xf) === 0xf) return a | b;
  if (!bothInts(a, b)) return fail(p, atom(A.badarith));
  return bigToTerm(p, bigBor(termToBig(a), termToBig(b)));
}
export function numBxor(p: Process, a: number, b: number): number {
  if ((a & 0xf) === 0xf && (b & 0xf) === 0xf) return (a ^ b) | 0xf;
  if (!bothInts(a, b)) return fail(p, atom(A.badarith));
  return bigToTerm(p, bigBxor(termToBig(a), termToBig(b)));
}
export function numBnot(p: Process, a: number): number {
  if ((a & 0xf) === 0xf) return (~a & ~0xf) | 0xf;
  if (!isInteger(a)) return fail(p, atom(A.badarith));
  return bigToTerm(p, bigBnot(termToBig(a)));
}

/** bsl (dir 1) / bsr (dir -1). */
export function numShift(p: Process, a: number, b: number, dir: number): number {
  if (!bothInts(a, b)) return fail(p, atom(A.badarith));
  if ((b & 0xf) !== 0xf) {
    // a huge shift count
    const bb = termToBig(b);
    const left = (bb.neg ? -1 : 1) * dir > 0;
    if (!left) return (a & 0xf) === 0xf ? ((a >> 4) < 0 ? (-1 << 4) | 0xf : 0xf) : termToBig(a).neg ? (-1 << 4) | 0xf : 0xf;
    if ((a & 0xf) === 0xf && a >> 4 === 0) return 0xf;
    return fail(p, atom(A.system_limit));
  }
  let n = (b >> 4) * dir;
  if ((a & 0xf) === 0xf) {
    const x = a >> 4;
    if (n <= 0) {
      n = -n;
      return ((n > 31 ? (x < 0 ? -1 : 0) : x >> n) << 4) | 0xf;
    }
    if (x === 0) return 0xf;
    if (n < 24) {
      const v = x * (1 << n);
      if (v <= MAX_SMALL && v >= MIN_SMALL) return (v << 4) | 0xf;
    }
  }
  const ab = termToBig(a);
  if (n > 0 && bigBitLength(ab) + n > 1 << 26) return fail(p, atom(A.system_limit));
  return bigToTerm(p, n >= 0 ? bigBsl(ab, n) : bigBsr(ab, -n));
}

export function numNeg(p: Process, a: number): number {
  if ((a & 0xf) === 0xf) return smallOrBig(p, -(a >> 4));
  const k = numKind(a);
  if (k === NumKind.FLOAT) return mkFloat(p, -floatVal(a));
  if (k === NumKind.BIG) return bigToTerm(p, bigNeg(termToBig(a)));
  return fail(p, atom(A.badarith));
}

export function numAbs(p: Process, a: number): number {
  if ((a & 0xf) === 0xf) return (a >> 4) < 0 ? smallOrBig(p, -(a >> 4)) : a;
  const k = numKind(a);
  if (k === NumKind.FLOAT) {
    const x = floatVal(a);
    return x < 0 ? mkFloat(p, -x) : a; // abs(-0.0) is -0.0 in OTP 25
  }
  if (k === NumKind.BIG) return (W[a >>> 2] & 0x3f) === Box.NEG_BIG ? bigToTerm(p, bigNeg(termToBig(a))) : a;
  return NONE;
}

/** float -> integer term by truncation (x finite). */
export function intFromFloat(p: Process, x: number): number {
  if (x <= MAX_SMALL && x >= MIN_SMALL) return (x < 0 ? Math.ceil(x) : Math.floor(x)) << 4 | 0xf;
  return bigToTerm(p, bigFromFloatTrunc(x));
}
