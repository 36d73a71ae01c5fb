// Arbitrary-precision integers with Erlang/OTP semantics (device code: ES5 only, see CONVENTIONS.md).
//
// A Big is a sign and a magnitude of base-2^16 limbs, least significant first, normalized (no high
// zero limbs); zero is {neg: false, mag: []}. 16-bit limbs keep every intermediate product and
// carry below 2^53, so plain doubles do all the work; no bitwise operator ever sees a value of 2^31
// or more. Every function is pure: inputs are never mutated and results never share an input's
// `mag` array. No recursion; loops only.
//
// Semantics pinned against OTP 25 (test/unit/bignum.test.ts checks them with `erl`):
// - div truncates toward zero, rem takes the sign of the dividend;
// - band/bor/bxor/bnot/bsl/bsr act on the infinite two's complement representation
//   (bsr of a negative rounds toward -infinity);
// - integer_to_list/2 prints letters in upper case; list_to_integer/2 accepts one optional sign and
//   at least one digit of either case, nothing else;
// - float/1 of a bignum (bigToNumber) reproduces OTP's big_to_double on 64-bit hosts, which adds the
//   64-bit digits from the top (d = d * 2^64 + digit) and can therefore differ from the correctly
//   rounded value by one ulp above 2^128; bigToNumberNearest gives the correctly rounded value;
// - int/float comparison is exact (bigCmpNumber), as OTP's is.
//
// Costs: add/sub/bitwise O(n), mul schoolbook O(n*m), div Knuth algorithm D O(n*m),
// toString/parse O(n^2) with 32-bit chunks (10,000 decimal digits take a few milliseconds on Node).

/** Sign and magnitude; magnitude little-endian base 2^16, no high zero limbs; zero = {neg:false, mag:[]}. */
export interface Big {
  neg: boolean;
  mag: number[];
}

const DIGIT_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const TWO64 = 65536 * 65536 * 65536 * 65536;

// ---------------------------------------------------------------------------------------------
// Magnitude helpers (arrays of limbs; results are fresh, normalized arrays)

function mkBig(neg: boolean, mag: number[]): Big {
  while (mag.length > 0 && mag[mag.length - 1] === 0) mag.pop();
  return { neg: mag.length > 0 ? neg : false, mag: mag };
}

function zeros(n: number): number[] {
  const r: number[] = [];
  for (let i = 0; i < n; i++) r.push(0);
  return r;
}

function magCmp(a: number[], b: number[]): number {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  for (let i = a.length - 1; i >= 0; i--) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

function magAdd(a: number[], b: number[]): number[] {
  if (a.length < b.length) {
    const t = a;
    a = b;
    b = t;
  }
  const r: number[] = [];
  let carry = 0;
  let i = 0;
  for (; i < b.length; i++) {
    const s = a[i] + b[i] + carry;
    if (s > 0xffff) {
      r.push(s - 65536);
      carry = 1;
    } else {
      r.push(s);
      carry = 0;
    }
  }
  for (; i < a.length; i++) {
    const s = a[i] + carry;
    if (s > 0xffff) {
      r.push(0);
      carry = 1;
    } else {
      r.push(s);
      carry = 0;
    }
  }
  if (carry) r.push(1);
  return r;
}

/** a - b for a >= b (magnitudes); result normalized. */
function magSub(a: number[], b: number[]): number[] {
  const r: number[] = [];
  let borrow = 0;
  let i = 0;
  for (; i < b.length; i++) {
    const s = a[i] - b[i] - borrow;
    if (s < 0) {
      r.push(s + 65536);
      borrow = 1;
    } else {
      r.push(s);
      borrow = 0;
    }
  }
  for (; i < a.length; i++) {
    const s = a[i] - borrow;
    if (s < 0) {
      r.push(65535);
      borrow = 1;
    } else {
      r.push(s);
      borrow = 0;
    }
  }
  while (r.length > 0 && r[r.length - 1] === 0) r.pop();
  return r;
}

/** Magnitude shifted left by n bits (n >= 0). */
function magShl(a: number[], n: number): number[] {
  if (a.length === 0) return [];
  const ls = Math.floor(n / 16);
  const bs = n - ls * 16;
  const r = zeros(ls);
  if (bs === 0) {
    for (let i = 0; i < a.length; i++) r.push(a[i]);
    return r;
  }
  let carry = 0;
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    r.push(((v << bs) & 0xffff) | carry);
    carry = v >>> (16 - bs);
  }
  if (carry) r.push(carry);
  return r;
}

/** Magnitude shifted right by n bits (n >= 0), normalized. */
function magShr(a: number[], n: number): number[] {
  const ls = Math.floor(n / 16);
  if (ls >= a.length) return [];
  const bs = n - ls * 16;
  const r: number[] = [];
  const last = a.length - 1;
  if (bs === 0) {
    for (let i = ls; i <= last; i++) r.push(a[i]);
  } else {
    for (let i = ls; i < last; i++) r.push((a[i] >>> bs) | ((a[i + 1] << (16 - bs)) & 0xffff));
    r.push(a[last] >>> bs);
  }
  while (r.length > 0 && r[r.length - 1] === 0) r.pop();
  return r;
}

function magMul(a: number[], b: number[]): number[] {
  const an = a.length;
  const bn = b.length;
  if (an === 0 || bn === 0) return [];
  if (an < bn) {
    const t = a;
    a = b;
    b = t;
  }
  const la = a.length;
  const lb = b.length;
  const r = zeros(la + lb);
  // Outer loop over the shorter operand; every t < 2^32 + 2^17.
  for (let j = 0; j < lb; j++) {
    const bj = b[j];
    if (bj === 0) continue;
    let carry = 0;
    for (let i = 0; i < la; i++) {
      const t = a[i] * bj + r[i + j] + carry;
      carry = (t / 65536) | 0;
      r[i + j] = t - carry * 65536;
    }
    r[j + la] = carry;
  }
  while (r.length > 0 && r[r.length - 1] === 0) r.pop();
  return r;
}

/** In place: a = a * m + add, with m <= 2^32 and add < 2^33. */
function magMulAddSmall(a: number[], m: number, add: number): void {
  let carry = add;
  for (let i = 0; i < a.length; i++) {
    const t = a[i] * m + carry;
    carry = Math.floor(t / 65536);
    a[i] = t - carry * 65536;
  }
  while (carry > 0) {
    const c = Math.floor(carry / 65536);
    a.push(carry - c * 65536);
    carry = c;
  }
}

/** Quotient and remainder magnitudes of u / v (v nonzero). */
function magDivRem(u: number[], v: number[]): { q: number[]; r: number[] } {
  if (v.length === 0) throw new Error('bignum: division by zero');
  if (magCmp(u, v) < 0) return { q: [], r: u.slice(0) };
  let i: number;
  let j: number;
  if (v.length <= 2) {
    // Divisor below 2^32: one pass with doubles (cur < 2^48, floor(cur / d) is exact).
    const d = v.length === 1 ? v[0] : v[0] + v[1] * 65536;
    const q = zeros(u.length);
    let rem = 0;
    for (i = u.length - 1; i >= 0; i--) {
      const cur = rem * 65536 + u[i];
      const qd = Math.floor(cur / d);
      rem = cur - qd * d;
      q[i] = qd;
    }
    while (q.length > 0 && q[q.length - 1] === 0) q.pop();
    const r: number[] = [];
    if (rem > 0) {
      const hi = Math.floor(rem / 65536);
      r.push(rem - hi * 65536);
      if (hi > 0) r.push(hi);
    }
    return { q: q, r: r };
  }
  // Knuth, TAOCP vol. 2, 4.3.1, algorithm D, base 2^16.
  const n = v.length;
  const m = u.length - n;
  let s = 0;
  let top = v[n - 1];
  while (top < 32768) {
    top *= 2;
    s++;
  }
  const vn = magShl(v, s);
  const un = magShl(u, s);
  while (un.length < m + n + 1) un.push(0);
  const q = zeros(m + 1);
  const vt = vn[n - 1];
  const vt2 = vn[n - 2];
  for (j = m; j >= 0; j--) {
    const num = un[j + n] * 65536 + un[j + n - 1];
    let qhat = Math.floor(num / vt);
    let rhat = num - qhat * vt;
    while (qhat >= 65536 || qhat * vt2 > rhat * 65536 + un[j + n - 2]) {
      qhat--;
      rhat += vt;
      if (rhat >= 65536) break;
    }
    // un[j .. j+n] -= qhat * vn
    let borrow = 0;
    let carry = 0;
    for (i = 0; i < n; i++) {
      const p = qhat * vn[i] + carry;
      carry = (p / 65536) | 0;
      let t = un[i + j] - (p - carry * 65536) - borrow;
      if (t < 0) {
        t += 65536;
        borrow = 1;
      } else {
        borrow = 0;
      }
      un[i + j] = t;
    }
    const t2 = un[j + n] - carry - borrow;
    if (t2 < 0) {
      // qhat was one too large: add vn back.
      un[j + n] = t2 + 65536;
      qhat--;
      let c = 0;
      for (i = 0; i < n; i++) {
        let t3 = un[i + j] + vn[i] + c;
        if (t3 > 0xffff) {
          t3 -= 65536;
          c = 1;
        } else {
          c = 0;
        }
        un[i + j] = t3;
      }
      un[j + n] = (un[j + n] + c) & 0xffff;
    } else {
      un[j + n] = t2;
    }
    q[j] = qhat;
  }
  while (q.length > 0 && q[q.length - 1] === 0) q.pop();
  return { q: q, r: magShr(un.slice(0, n), s) };
}

/** Number of significant bits of a magnitude. */
function magBitLength(a: number[]): number {
  const n = a.length;
  if (n === 0) return 0;
  let top = a[n - 1];
  let b = 0;
  while (top > 0) {
    b++;
    top = top >>> 1;
  }
  return (n - 1) * 16 + b;
}

/** Correctly rounded (nearest, ties to even) double of the limbs a[lo..hi); Infinity above range. */
function roundLimbs(a: number[], lo: number, hi: number): number {
  while (hi > lo && a[hi - 1] === 0) hi--;
  if (hi === lo) return 0;
  let top = a[hi - 1];
  let tb = 0;
  while (top > 0) {
    tb++;
    top = top >>> 1;
  }
  const len = (hi - 1 - lo) * 16 + tb;
  let k: number;
  if (len <= 53) {
    let d = 0;
    for (k = hi - 1; k >= lo; k--) d = d * 65536 + a[k];
    return d;
  }
  if (len > 1024) return Infinity;
  const shift = len - 53; // bit index (from lo) of the lowest kept bit
  let mant = 0;
  for (k = hi - 1; k >= lo; k--) {
    const base = (k - lo) * 16;
    if (base + 16 <= shift) break;
    const from = shift > base ? shift - base : 0;
    mant = mant * (1 << (16 - from)) + (a[k] >>> from);
  }
  const rpos = shift - 1;
  const rk = lo + ((rpos / 16) | 0);
  const rb = rpos & 15;
  const roundBit = (a[rk] >>> rb) & 1;
  if (roundBit) {
    let sticky = (a[rk] & ((1 << rb) - 1)) !== 0;
    for (k = lo; !sticky && k < rk; k++) if (a[k] !== 0) sticky = true;
    if (sticky || mant % 2 === 1) mant += 1;
  }
  let sh = shift;
  while (sh >= 16) {
    mant *= 65536;
    sh -= 16;
  }
  return mant * (1 << sh);
}

function checkBase(base: number): void {
  if (!(base >= 2 && base <= 36 && base === Math.floor(base))) throw new Error('bignum: bad base ' + base);
}

// ---------------------------------------------------------------------------------------------
// Construction and conversion

/** Big of a finite double; a fractional value is truncated toward zero. Exact for every magnitude. */
export function bigFromNumber(n: number): Big {
  if (!(n - n === 0)) throw new Error('bignum: not a finite number');
  const neg = n < 0;
  let x = Math.floor(neg ? -n : n);
  const mag: number[] = [];
  while (x > 0) {
    const q = Math.floor(x / 65536); // exact: division by a power of two
    mag.push(x - q * 65536);
    x = q;
  }
  return { neg: neg && mag.length > 0, mag: mag };
}

/** trunc/1 of a finite double as a Big. */
export function bigFromFloatTrunc(x: number): Big {
  return bigFromNumber(x);
}

/**
 * float/1 of a Big as OTP 25 computes it on a 64-bit host (erts big_to_double: d = d * 2^64 + digit
 * over 64-bit digits from the top, each digit rounded to a double first). Exact up to 2^53,
 * correctly rounded up to 2^64. Returns +-Infinity when the value does not fit a double (OTP raises
 * badarg/badarith there).
 */
export function bigToNumber(b: Big): number {
  const a = b.mag;
  const n = a.length;
  let d: number;
  if (n <= 4) {
    d = roundLimbs(a, 0, n);
  } else if (magBitLength(a) > 1024) {
    d = Infinity;
  } else {
    d = 0;
    for (let g = (n - 1) >> 2; g >= 0; g--) {
      const lo = g * 4;
      d = d * TWO64 + roundLimbs(a, lo, lo + 4 < n ? lo + 4 : n);
    }
  }
  return b.neg ? -d : d;
}

/** The double nearest to a Big (ties to even); +-Infinity when out of range. */
export function bigToNumberNearest(b: Big): number {
  const d = roundLimbs(b.mag, 0, b.mag.length);
  return b.neg ? -d : d;
}

/**
 * Big from `count` unsigned 32-bit digits (little-endian) at words[start..]; values from an
 * Int32Array are read as unsigned. `neg` gives the sign; zero digits give zero.
 */
export function bigFromWords32(words: ArrayLike<number>, start: number, count: number, neg: boolean): Big {
  const mag: number[] = [];
  for (let i = 0; i < count; i++) {
    let w = words[start + i];
    if (w < 0) w += 4294967296;
    const hi = Math.floor(w / 65536);
    mag.push(w - hi * 65536);
    mag.push(hi);
  }
  return mkBig(neg, mag);
}

/** Magnitude as unsigned 32-bit digits, little-endian, no high zero digit ([] for zero). */
export function bigToWords32(b: Big): number[] {
  const a = b.mag;
  const r: number[] = [];
  for (let i = 0; i < a.length; i += 2) r.push(a[i] + (i + 1 < a.length ? a[i + 1] * 65536 : 0));
  return r;
}

/** True when b fits a signed integer of `bits` bits: -2^(bits-1) <= b < 2^(bits-1). */
export function bigFitsSmall(b: Big, bits: number): boolean {
  const len = magBitLength(b.mag);
  if (len < bits) return true;
  if (!b.neg || len !== bits) return false;
  // -2^(bits-1) fits: magnitude is exactly a power of two.
  const a = b.mag;
  const n = a.length;
  const top = a[n - 1];
  if ((top & (top - 1)) !== 0) return false;
  for (let i = 0; i < n - 1; i++) if (a[i] !== 0) return false;
  return true;
}

/** Value as a JS number; exact when the value fits 53 bits (check with bigFitsSmall first). */
export function bigToSmall(b: Big): number {
  const a = b.mag;
  let d = 0;
  for (let i = a.length - 1; i >= 0; i--) d = d * 65536 + a[i];
  return b.neg ? -d : d;
}

/** Number of bits of the magnitude (0 for zero). */
export function bigBitLength(b: Big): number {
  return magBitLength(b.mag);
}

/** Number of bytes of the magnitude (0 for zero). */
export function bigByteLength(b: Big): number {
  return Math.floor((magBitLength(b.mag) + 7) / 8);
}

/** integer_to_list(B, Base) for Base 2..36: upper-case letters, leading '-' when negative. */
export function bigToString(b: Big, base: number): string {
  checkBase(base);
  if (b.mag.length === 0) return '0';
  // Chunk divisor D = base^k <= 2^32; each pass divides the working copy by D in place.
  let k = 1;
  let dv = base;
  while (dv * base <= 4294967296) {
    dv *= base;
    k++;
  }
  const w = b.mag.slice(0);
  let len = w.length;
  const parts: string[] = [];
  while (len > 0) {
    let rem = 0;
    for (let i = len - 1; i >= 0; i--) {
      const cur = rem * 65536 + w[i];
      const q = Math.floor(cur / dv);
      rem = cur - q * dv;
      w[i] = q;
    }
    while (len > 0 && w[len - 1] === 0) len--;
    let s = '';
    if (len > 0) {
      for (let j = 0; j < k; j++) {
        const d = rem % base;
        s = DIGIT_CHARS.charAt(d) + s;
        rem = (rem - d) / base;
      }
    } else {
      while (rem > 0) {
        const d = rem % base;
        s = DIGIT_CHARS.charAt(d) + s;
        rem = (rem - d) / base;
      }
    }
    parts.push(s);
  }
  parts.reverse();
  return (b.neg ? '-' : '') + parts.join('');
}

/**
 * list_to_integer(S, Base): an optional '+' or '-', then one or more digits of `base` (letters in
 * either case). Returns null for anything else (including an empty string or a bad base).
 */
export function bigParse(s: string, base: number): Big | null {
  if (!(base >= 2 && base <= 36 && base === Math.floor(base))) return null;
  const n = s.length;
  let i = 0;
  let neg = false;
  if (n > 0) {
    const c0 = s.charCodeAt(0);
    if (c0 === 43) i = 1;
    else if (c0 === 45) {
      neg = true;
      i = 1;
    }
  }
  if (i >= n) return null;
  let k = 1;
  let dv = base;
  while (dv * base <= 4294967296) {
    dv *= base;
    k++;
  }
  const mag: number[] = [];
  while (i < n) {
    const take = n - i < k ? n - i : k;
    let v = 0;
    let mul = 1;
    for (let j = 0; j < take; j++) {
      const c = s.charCodeAt(i + j);
      let d = 99;
      if (c >= 48 && c <= 57) d = c - 48;
      else if (c >= 65 && c <= 90) d = c - 55;
      else if (c >= 97 && c <= 122) d = c - 87;
      if (d >= base) return null;
      v = v * base + d;
      mul *= base;
    }
    magMulAddSmall(mag, mul, v);
    i += take;
  }
  return mkBig(neg, mag);
}

// ---------------------------------------------------------------------------------------------
// Arithmetic

function addSigned(a: number[], aNeg: boolean, b: number[], bNeg: boolean): Big {
  if (aNeg === bNeg) return mkBig(aNeg, magAdd(a, b));
  const c = magCmp(a, b);
  if (c === 0) return { neg: false, mag: [] };
  return c > 0 ? mkBig(aNeg, magSub(a, b)) : mkBig(bNeg, magSub(b, a));
}

/** True for zero. */
export function bigIsZero(b: Big): boolean {
  return b.mag.length === 0;
}

/** -1, 0 or 1 as a <, ==, > b. */
export function bigCmp(a: Big, b: Big): number {
  if (a.neg !== b.neg) return a.neg ? -1 : 1;
  const c = magCmp(a.mag, b.mag);
  return a.neg && c !== 0 ? -c : c;
}

/** -b. */
export function bigNeg(b: Big): Big {
  return { neg: b.mag.length > 0 ? !b.neg : false, mag: b.mag.slice(0) };
}

/** abs(b). */
export function bigAbs(b: Big): Big {
  return { neg: false, mag: b.mag.slice(0) };
}

/** a + b. */
export function bigAdd(a: Big, b: Big): Big {
  return addSigned(a.mag, a.neg, b.mag, b.neg);
}

/** a - b. */
export function bigSub(a: Big, b: Big): Big {
  return addSigned(a.mag, a.neg, b.mag, b.mag.length > 0 ? !b.neg : false);
}

/** a * b. */
export function bigMul(a: Big, b: Big): Big {
  return mkBig(a.neg !== b.neg, magMul(a.mag, b.mag));
}

/** Both `a div b` (truncated) and `a rem b` (sign of a). Throws a plain Error when b is zero. */
export function bigDivRem(a: Big, b: Big): { q: Big; r: Big } {
  const qr = magDivRem(a.mag, b.mag);
  return { q: mkBig(a.neg !== b.neg, qr.q), r: mkBig(a.neg, qr.r) };
}

/** Erlang `a div b`: quotient truncated toward zero. Throws a plain Error when b is zero. */
export function bigDiv(a: Big, b: Big): Big {
  return mkBig(a.neg !== b.neg, magDivRem(a.mag, b.mag).q);
}

/** Erlang `a rem b`: remainder with the sign of a. Throws a plain Error when b is zero. */
export function bigRem(a: Big, b: Big): Big {
  return mkBig(a.neg, magDivRem(a.mag, b.mag).r);
}

// ---------------------------------------------------------------------------------------------
// Bitwise (infinite two's complement)

/** op: 0 band, 1 bor, 2 bxor. Negative operands are converted limb by limb (~mag + 1). */
function bitOp(a: Big, b: Big, op: number): Big {
  const am = a.mag;
  const bm = b.mag;
  const an = am.length;
  const bn = bm.length;
  const aNeg = a.neg;
  const bNeg = b.neg;
  const rNeg = op === 0 ? aNeg && bNeg : op === 1 ? aNeg || bNeg : aNeg !== bNeg;
  // With a non-negative operand, band never needs limbs beyond its length.
  let n = an > bn ? an : bn;
  if (op === 0) {
    if (!aNeg && an < n) n = an;
    if (!bNeg && bn < n) n = bn;
  }
  let ca = 1;
  let cb = 1;
  let cr = 1;
  const r: number[] = [];
  for (let i = 0; i < n; i++) {
    let x = i < an ? am[i] : 0;
    if (aNeg) {
      x = (x ^ 0xffff) + ca;
      if (x > 0xffff) {
        x -= 65536;
        ca = 1;
      } else {
        ca = 0;
      }
    }
    let y = i < bn ? bm[i] : 0;
    if (bNeg) {
      y = (y ^ 0xffff) + cb;
      if (y > 0xffff) {
        y -= 65536;
        cb = 1;
      } else {
        cb = 0;
      }
    }
    let z = op === 0 ? x & y : op === 1 ? x | y : x ^ y;
    if (rNeg) {
      z = (z ^ 0xffff) + cr;
      if (z > 0xffff) {
        z -= 65536;
        cr = 1;
      } else {
        cr = 0;
      }
    }
    r.push(z);
  }
  if (rNeg && cr) r.push(1);
  return mkBig(rNeg, r);
}

/** a band b. */
export function bigBand(a: Big, b: Big): Big {
  return bitOp(a, b, 0);
}

/** a bor b. */
export function bigBor(a: Big, b: Big): Big {
  return bitOp(a, b, 1);
}

/** a bxor b. */
export function bigBxor(a: Big, b: Big): Big {
  return bitOp(a, b, 2);
}

/** bnot a = -a - 1. */
export function bigBnot(a: Big): Big {
  const one = [1];
  // a >= 0: -(a + 1); a < 0: |a| - 1
  return a.neg ? mkBig(false, magSub(a.mag, one)) : mkBig(true, magAdd(a.mag, one));
}

function shiftRight(a: Big, n: number): Big {
  const r = magShr(a.mag, n);
  if (!a.neg) return mkBig(false, r);
  // Negative: floor division by 2^n = -(ceil(|a| / 2^n)).
  const m = a.mag;
  const ls = Math.floor(n / 16);
  let lost = false;
  if (ls >= m.length) {
    lost = true; // |a| < 2^n and a != 0
  } else {
    const bs = n - ls * 16;
    for (let i = 0; i < ls; i++) {
      if (m[i] !== 0) {
        lost = true;
        break;
      }
    }
    if (!lost && bs > 0 && (m[ls] & ((1 << bs) - 1)) !== 0) lost = true;
  }
  return mkBig(true, lost ? magAdd(r, [1]) : r);
}

/**
 * a bsl n (n a JS integer; negative n shifts right). The caller bounds n (OTP raises system_limit
 * for results too large to allocate).
 */
export function bigBsl(a: Big, n: number): Big {
  if (n >= 0) return mkBig(a.neg, magShl(a.mag, n));
  return shiftRight(a, -n);
}

/** a bsr n (n a JS integer; negative n shifts left). Rounds toward -infinity like Erlang. */
export function bigBsr(a: Big, n: number): Big {
  if (n >= 0) return shiftRight(a, n);
  return mkBig(a.neg, magShl(a.mag, -n));
}

// ---------------------------------------------------------------------------------------------
// Mixed integer/float comparison

/**
 * Exact comparison of a Big with a double (-1, 0, 1 as b <, ==, > x), as Erlang compares an
 * integer with a float (1 == 1.0). +-Infinity compare beyond every integer; NaN gives 0.
 */
export function bigCmpNumber(b: Big, x: number): number {
  if (x !== x) return 0;
  if (x === Infinity) return -1;
  if (x === -Infinity) return 1;
  // Different signs decide at once (zero has neg=false).
  if (b.neg && x >= 0) return -1;
  if (!b.neg && b.mag.length > 0 && x <= 0) return 1;
  const t = x < 0 ? Math.ceil(x) : Math.floor(x);
  const c = bigCmp(b, bigFromNumber(t));
  if (c !== 0) return c;
  return x > t ? -1 : x < t ? 1 : 0;
}
