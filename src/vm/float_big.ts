import { setLength } from './arrays';
/**
 * Small exact natural-number arithmetic, private to the float printer/parser (float_fmt.ts).
 *
 * A number is a plain array of 24-bit limbs, least significant first, with no leading zero limbs
 * (zero is the empty array). 24-bit limbs keep every intermediate product below 2^53, so the
 * arithmetic is exact on every engine (no BigInt, no Math.imul). All operations are loops; nothing
 * recurses. Most functions work in place and return their first argument.
 */

/** Limb base 2^24 and its inverse (exact: a power of two). */
var B = 16777216;
var INV_B = 1 / 16777216;
/** 1 - 2^-45: shrinks a floating quotient estimate so that it never exceeds the true quotient. */
var EST_SHRINK = 1 - 1 / 35184372088832;

/** 5^0 .. 5^12 (5^12 < 2^28, so limb * 5^12 + carry < 2^53). */
var POW5: number[] = [1];
(function () {
  for (var i = 1; i <= 12; i++) POW5.push(POW5[i - 1] * 5);
})();

/** A natural number < 2^53 as limbs. */
export function bigFromNum(x: number): number[] {
  var a: number[] = [];
  while (x > 0) {
    var q = Math.floor(x * INV_B);
    a.push(x - q * B);
    x = q;
  }
  return a;
}

function trim(a: number[]): void {
  var n = a.length;
  while (n > 0 && a[n - 1] === 0) n--;
  setLength(a, n);
}

/** a = a * m + add, with 0 <= m <= 2^28 and 0 <= add < 2^28 integers. */
export function bigMulAddSmall(a: number[], m: number, add: number): number[] {
  var c = add;
  var n = a.length;
  for (var i = 0; i < n; i++) {
    var t = a[i] * m + c;
    c = Math.floor(t * INV_B);
    a[i] = t - c * B;
  }
  while (c > 0) {
    var q = Math.floor(c * INV_B);
    a.push(c - q * B);
    c = q;
  }
  trim(a);
  return a;
}

/** a = a * 5^k (k >= 0). */
export function bigMulPow5(a: number[], k: number): number[] {
  while (k >= 12) {
    bigMulAddSmall(a, POW5[12], 0);
    k -= 12;
  }
  if (k > 0) bigMulAddSmall(a, POW5[k], 0);
  return a;
}

/** a = a * 2^n (n >= 0). */
export function bigShl(a: number[], n: number): number[] {
  if (a.length === 0) return a;
  var limbs = Math.floor(n / 24);
  var bits = n - limbs * 24;
  if (bits > 0) bigMulAddSmall(a, 1 << bits, 0);
  if (limbs > 0) {
    var len = a.length;
    setLength(a, len + limbs);
    for (var i = len - 1; i >= 0; i--) a[i + limbs] = a[i];
    for (var j = 0; j < limbs; j++) a[j] = 0;
  }
  return a;
}

/** Number of significant bits (0 for zero). */
export function bigBitLength(a: number[]): number {
  var n = a.length;
  if (n === 0) return 0;
  var top = a[n - 1];
  var b = 0;
  while (top > 0) {
    b++;
    top = Math.floor(top / 2);
  }
  return (n - 1) * 24 + b;
}

/** Bit i of a (0 outside the number). */
export function bigBit(a: number[], i: number): number {
  if (i < 0) return 0;
  var li = Math.floor(i / 24);
  if (li >= a.length) return 0;
  return (a[li] >>> (i - li * 24)) & 1;
}

/** True when some bit below position i is set. */
export function bigAnyBitBelow(a: number[], i: number): boolean {
  if (i <= 0) return false;
  var li = Math.floor(i / 24);
  var n = li < a.length ? li : a.length;
  for (var k = 0; k < n; k++) if (a[k] !== 0) return true;
  if (li < a.length) {
    var b = i - li * 24;
    if ((a[li] & ((1 << b) - 1)) !== 0) return true;
  }
  return false;
}

/** floor(a / 2^shift) as a JS number; the caller guarantees the result is below 2^53. */
export function bigShrToNum(a: number[], shift: number): number {
  if (shift < 0) shift = 0;
  var li = Math.floor(shift / 24);
  var b = shift - li * 24;
  var v = 0;
  var scale = 1;
  for (var i = li; i < a.length; i++) {
    var limb = a[i];
    if (i === li) {
      limb = Math.floor(limb / (1 << b));
      v += limb;
      scale = B / (1 << b);
    } else {
      v += limb * scale;
      scale *= B;
    }
  }
  return v;
}

/** Sign of a - b. */
export function bigCmp(a: number[], b: number[]): number {
  var n = a.length;
  if (n !== b.length) return n > b.length ? 1 : -1;
  for (var i = n - 1; i >= 0; i--) {
    if (a[i] !== b[i]) return a[i] > b[i] ? 1 : -1;
  }
  return 0;
}

/** Sign of (a + b) - c, without allocating. */
export function bigCmpSum(a: number[], b: number[], c: number[]): number {
  var n = a.length;
  if (b.length > n) n = b.length;
  if (c.length > n) n = c.length;
  var d = 0;
  for (var i = n - 1; i >= 0; i--) {
    d = d * B + (i < a.length ? a[i] : 0) + (i < b.length ? b[i] : 0) - (i < c.length ? c[i] : 0);
    if (d >= 1) return 1;
    if (d <= -2) return -1;
  }
  return d > 0 ? 1 : d < 0 ? -1 : 0;
}

/** a = floor(a / d) for 1 <= d <= 2^24; returns a mod d. */
export function bigDivSmall(a: number[], d: number): number {
  var rem = 0;
  for (var i = a.length - 1; i >= 0; i--) {
    var t = rem * B + a[i];
    var q = Math.floor(t / d);
    rem = t - q * d;
    a[i] = q;
  }
  trim(a);
  return rem;
}

/** Sign of x - y * B^j. */
function cmpShifted(x: number[], y: number[], j: number): number {
  var m = y.length;
  if (m === 0) return x.length > 0 ? 1 : 0;
  if (x.length !== m + j) return x.length > m + j ? 1 : -1;
  for (var i = m - 1; i >= 0; i--) {
    var xv = x[i + j];
    if (xv !== y[i]) return xv > y[i] ? 1 : -1;
  }
  for (var k = 0; k < j; k++) if (x[k] !== 0) return 1;
  return 0;
}

/** x = x - q * y * B^j; the caller guarantees the result is not negative. */
function subMulShifted(x: number[], y: number[], q: number, j: number): void {
  var m = y.length;
  var borrow = 0;
  for (var i = 0; i < m; i++) {
    var t = x[i + j] - y[i] * q - borrow;
    if (t < 0) {
      var w = Math.floor(t * INV_B);
      x[i + j] = t - w * B;
      borrow = -w;
    } else {
      x[i + j] = t;
      borrow = 0;
    }
  }
  for (var k = m + j; borrow !== 0 && k < x.length; k++) {
    var u = x[k] - borrow;
    if (u < 0) {
      x[k] = u + B;
      borrow = 1;
    } else {
      x[k] = u;
      borrow = 0;
    }
  }
  trim(x);
}

function limbAt(a: number[], i: number): number {
  return i >= 0 && i < a.length ? a[i] : 0;
}

/**
 * Given x < y * B^(j+1) and y > 0: returns q = floor(x / (y * B^j)) (so q < 2^24) and leaves the
 * remainder in x.
 */
export function bigQuoRem(x: number[], y: number[], j: number): number {
  var m = y.length;
  if (x.length < m + j) return 0;
  var top = m - 1 + j;
  var xa = ((limbAt(x, top + 1) * B + limbAt(x, top)) * B + limbAt(x, top - 1)) * B + limbAt(x, top - 2);
  var ya = (y[m - 1] * B + limbAt(y, m - 2)) * B + limbAt(y, m - 3) + 1;
  var q = Math.floor((xa / ya) * EST_SHRINK);
  if (q > 0) subMulShifted(x, y, q, j);
  while (cmpShifted(x, y, j) >= 0) {
    subMulShifted(x, y, 1, j);
    q++;
  }
  return q;
}

/**
 * floor(x / y) as limbs, leaving the remainder in x. Meant for short quotients (a few limbs):
 * schoolbook division one 24-bit quotient limb at a time.
 */
export function bigDivRem(x: number[], y: number[]): number[] {
  var q: number[] = [];
  var m = y.length;
  var top = x.length - m;
  if (top < 0) return q;
  setLength(q, top + 1);
  for (var j = top; j >= 0; j--) q[j] = bigQuoRem(x, y, j);
  trim(q);
  return q;
}
