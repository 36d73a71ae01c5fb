/**
 * Float <-> text conversion for the VM, done from the IEEE-754 bits with exact integer arithmetic
 * (float_big.ts), never with the engine's own number formatting or parsing (Espruino prints ~12
 * digits and round-trips a third of doubles; see ../shared/docs/engines.md).
 *
 * Every function reproduces Erlang/OTP 25 text exactly; the differential test
 * test/unit/float_fmt.test.ts checks them against `erl`:
 *   formatShort        float_to_list(X, [short]), and floats in io_lib ~p / ~w
 *   formatDefault      float_to_list(X)                       (C "%.20e")
 *   formatScientific   float_to_list(X, [{scientific, N}])    (C "%.*e")
 *   formatDecimals     float_to_list(X, [{decimals, N}] (+ compact))
 *   fmtF / fmtE / fmtG io_lib ~.Pf / ~.Pe / ~.Pg (built on the 21 digits of float_to_list/1)
 *   parseErlangFloat   list_to_float/1
 *   parseFloatLoose    string:to_float/1
 * Functions that OTP would fail with badarg return null.
 *
 * Inputs are finite doubles. The sign of zero is taken from the bits, so -0.0 prints as OTP
 * prints it on engines that have a negative zero; callers holding raw bits (e.g. an engine
 * without -0) can use the *Bits entry points.
 */

import {
  bigFromNum,
  bigMulAddSmall,
  bigMulPow5,
  bigShl,
  bigBitLength,
  bigBit,
  bigAnyBitBelow,
  bigShrToNum,
  bigCmp,
  bigCmpSum,
  bigQuoRem,
  bigDivRem,
  bigDivSmall
} from './float_big';

var TWO20 = 1048576;
var TWO31 = 2147483648;
var TWO32 = 4294967296;
var TWO52 = 4503599627370496;
var TWO53 = 9007199254740992;
var HALF = 1 / 2;

/** 10^0 .. 10^22, all exact doubles (built by multiplication, not parsed). */
var POW10F: number[] = [1];
(function () {
  for (var i = 1; i <= 22; i++) POW10F.push(POW10F[i - 1] * 10);
})();

var SCRATCH = new DataView(new ArrayBuffer(8));

/** 0.1 as a double (0x3FB999999999999A), built from its bits. */
var TENTH = (function () {
  SCRATCH.setUint32(0, 0x3fb99999);
  SCRATCH.setUint32(4, 0x9999999a);
  return SCRATCH.getFloat64(0);
})();

// ---------------------------------------------------------------------------------------------
// Bits

/** Scratch results of split()/decompose(). */
var gHi = 0;
var gLo = 0;
var dNeg = false;
var dMant = 0; // value = dMant * 2^dExp, dMant < 2^53
var dExp = 0;
var dBexp = 0; // biased exponent field

function split(x: number): void {
  SCRATCH.setFloat64(0, x);
  gHi = SCRATCH.getUint32(0);
  gLo = SCRATCH.getUint32(4);
}

function decompose(hi: number, lo: number): void {
  dNeg = hi >>> 31 === 1;
  var bexp = (hi >>> 20) & 0x7ff;
  var fr = (hi & 0xfffff) * TWO32 + (lo >>> 0);
  dBexp = bexp;
  if (bexp === 0) {
    dMant = fr;
    dExp = -1074;
  } else {
    dMant = fr + TWO52;
    dExp = bexp - 1075;
  }
}

/** The two 32-bit words of a double, high word (sign, exponent, top of fraction) first. */
export function floatBits(x: number): number[] {
  split(x);
  return [gHi, gLo];
}

/** The double whose high and low 32-bit words are hi and lo. */
export function floatFromBits(hi: number, lo: number): number {
  SCRATCH.setUint32(0, hi >>> 0);
  SCRATCH.setUint32(4, lo >>> 0);
  return SCRATCH.getFloat64(0);
}

// ---------------------------------------------------------------------------------------------
// Small string helpers

var ZEROS = '0000000000000000000000000000000000000000';

function zeros(n: number): string {
  var s = '';
  while (n > ZEROS.length) {
    s += ZEROS;
    n -= ZEROS.length;
  }
  return s + ZEROS.substr(0, n > 0 ? n : 0);
}

/** Decimal text of a non-negative integer-valued double (exact also above 2^53). */
function uintToStr(v: number): string {
  if (v < TWO53) return '' + v;
  split(v);
  decompose(gHi, gLo);
  var a = bigShl(bigFromNum(dMant), dExp);
  var s = '';
  while (a.length > 0) {
    var chunk = '' + bigDivSmall(a, 10000000);
    s = (a.length > 0 ? zeros(7 - chunk.length) : '') + chunk + s;
  }
  return s;
}

/** Exponent text: "e" then "-" for negatives, then at least `width` digits, "+" if plus. */
function expText(e: number, plus: boolean, width: number): string {
  var a = e < 0 ? -e : e;
  var d = '' + a;
  if (d.length < width) d = zeros(width - d.length) + d;
  return 'e' + (e < 0 ? '-' : plus ? '+' : '') + d;
}

// ---------------------------------------------------------------------------------------------
// Exact digit generation (Steele & White / Burger & Dybvig with big integers)
//
// After setup(), r/s = v / 10^k with v < 10^k (k minimal, so the first digit is not 0), and for
// the shortest form mp/s and mm/s are the distances to the rounding bounds above and below.

var r: number[] = [];
var s: number[] = [];
var mp: number[] = [];
var mm: number[] = [];
var gK = 0;
var gDigits = '';

/**
 * floor(e * log10(2)); 1292913986 / 2^32 approximates log10(2) from below, checked exact against
 * big-integer powers for |e| <= 1200.
 */
function floorLog10Pow2(e: number): number {
  return Math.floor((e * 1292913986) / TWO32);
}

function bitLenNum(x: number): number {
  var n = 0;
  while (x >= TWO32) {
    x = Math.floor(x / TWO32);
    n += 32;
  }
  while (x >= 1) {
    x = Math.floor(x / 2);
    n++;
  }
  return n;
}

/** Sets r, s (and mp, mm when margins) and gK for the decomposed value (dMant > 0). */
function setup(margins: boolean): void {
  var f = dMant;
  var e = dExp;
  var k = floorLog10Pow2(e + bitLenNum(f) - 1) + 1;
  var asym = margins && f === TWO52 && dBexp > 1;
  // r = 2f * 2^e, s = 2, mp = mm = 2^e (times 2 again when the lower gap is half the upper one)
  var ar = e + (asym ? 2 : 1);
  var as = asym ? 2 : 1;
  var ap = asym ? e + 1 : e;
  var am = e;
  var r5 = 0;
  var s5 = 0;
  if (k >= 0) {
    s5 = k;
    as += k;
  } else {
    r5 = -k;
    ar -= k;
    ap -= k;
    am -= k;
  }
  var lo = ar < as ? ar : as;
  if (margins && am < lo) lo = am;
  r = bigShl(bigMulPow5(bigFromNum(f), r5), ar - lo);
  s = bigShl(bigMulPow5([1], s5), as - lo);
  if (margins) {
    mp = bigShl(bigMulPow5([1], r5), ap - lo);
    mm = asym ? bigShl(bigMulPow5([1], r5), am - lo) : mp;
    var inclusive = dMant % 2 === 0;
    while (bigCmpSum(r, mp, s) >= (inclusive ? 0 : 1)) {
      bigMulAddSmall(s, 10, 0);
      k++;
    }
  } else {
    while (bigCmp(r, s) >= 0) {
      bigMulAddSmall(s, 10, 0);
      k++;
    }
  }
  gK = k;
}

/** Appends the digits of q (0 <= q < 10^n) as exactly n characters. */
function padDigits(q: number, n: number): string {
  var t = '' + q;
  return t.length < n ? zeros(n - t.length) + t : t;
}

/** Digits generated per big-integer division. 10^7 < 2^24 keeps each quotient one limb. */
var CHUNK = 7;

/**
 * Shortest digits of the decomposed value (dMant > 0) into gDigits / gK (v ~ 0.DIGITS * 10^gK).
 * Digits come CHUNK at a time: with r, mp, mm scaled by 10^CHUNK, the two termination tests
 * (r < mm: the digits so far are within the lower bound; r + mp > s: rounding the last digit up is
 * within the upper bound) are monotone in the digit position, so when neither holds after the
 * whole chunk it holds for none of its digits; otherwise the chunk is redone digit by digit.
 */
function shortestCore(): void {
  setup(true);
  var even = dMant % 2 === 0;
  var out = '';
  var scale = POW10F[CHUNK];
  for (;;) {
    var r0 = r.slice(0);
    var mp0 = mp.slice(0);
    var mm0 = mm === mp ? mp0 : mm.slice(0);
    bigMulAddSmall(r, scale, 0);
    bigMulAddSmall(mp, scale, 0);
    if (mm !== mp) bigMulAddSmall(mm, scale, 0);
    var q = bigQuoRem(r, s, 0);
    var c1 = bigCmp(r, mm);
    var c2 = bigCmpSum(r, mp, s);
    if (!(even ? c1 <= 0 : c1 < 0) && !(even ? c2 >= 0 : c2 > 0)) {
      out += padDigits(q, CHUNK);
      continue;
    }
    r = r0;
    mp = mp0;
    mm = mm0;
    break;
  }
  for (;;) {
    bigMulAddSmall(r, 10, 0);
    bigMulAddSmall(mp, 10, 0);
    if (mm !== mp) bigMulAddSmall(mm, 10, 0);
    var d = bigQuoRem(r, s, 0);
    c1 = bigCmp(r, mm);
    var low = even ? c1 <= 0 : c1 < 0;
    c2 = bigCmpSum(r, mp, s);
    var high = even ? c2 >= 0 : c2 > 0;
    if (!low && !high) {
      out += String.fromCharCode(48 + d);
      continue;
    }
    if (low && high) {
      var c = bigCmpSum(r, r, s);
      if (c > 0 || (c === 0 && (d & 1) === 1)) d++;
    } else if (high) {
      d++;
    }
    out += String.fromCharCode(48 + d);
    break;
  }
  gDigits = out;
}

/**
 * Correctly rounded (ties to even, on the exact value) digits of the decomposed value (dMant > 0),
 * into gDigits / gK with value ~ 0.DIGITS * 10^gK:
 *   fixedPoint false: n significant digits;
 *   fixedPoint true:  digits down to the 10^-n position (gDigits.length === gK + n, may be "").
 */
function fixedCore(fixedPoint: boolean, n: number): void {
  setup(false);
  var k = gK;
  var count = fixedPoint ? k + n : n;
  if (count < 0) {
    gDigits = '';
    return;
  }
  var out = '';
  var got = 0;
  while (got < count && r.length > 0) {
    var len = count - got < CHUNK ? count - got : CHUNK;
    bigMulAddSmall(r, POW10F[len], 0);
    out += padDigits(bigQuoRem(r, s, 0), len);
    got += len;
  }
  if (got < count) out += zeros(count - got);
  if (r.length > 0) {
    var c = bigCmpSum(r, r, s);
    if (c > 0 || (c === 0 && count > 0 && (out.charCodeAt(count - 1) & 1) === 1)) {
      // round up: drop trailing 9s, increment the digit before them
      var j = count - 1;
      while (j >= 0 && out.charCodeAt(j) === 57) j--;
      if (j >= 0) {
        out = out.substr(0, j) + String.fromCharCode(out.charCodeAt(j) + 1) + zeros(count - 1 - j);
      } else {
        // 99..9 rounded up: 100..0, one position higher
        out = '1' + zeros(fixedPoint ? count : count - 1);
        gK = k + 1;
      }
    }
  }
  gDigits = out;
}

// ---------------------------------------------------------------------------------------------
// Shortest round-trip form

export interface ShortestDigits {
  /** Shortest digit string that reads back as the same double, no leading/trailing zeros ("0" for zero). */
  digits: string;
  /** Scientific exponent: |x| = D.IGITS * 10^exp. */
  exp: number;
}

/**
 * The shortest decimal digits that round-trip to |x| (reading with round-half-even), choosing the
 * candidate nearest to the exact value when several have that length (as Ryu does).
 */
export function shortest(x: number): ShortestDigits {
  split(x);
  decompose(gHi, gLo);
  if (dMant === 0) return { digits: '0', exp: 0 };
  shortestCore();
  return { digits: gDigits, exp: gK - 1 };
}

/** Numeric comparison of two digit strings without leading zeros. */
function cmpDigits(a: string, b: string): number {
  if (a.length !== b.length) return a.length > b.length ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** formatShort from the two 32-bit words. */
export function formatShortBits(hi: number, lo: number): string {
  decompose(hi, lo);
  var sign = dNeg ? '-' : '';
  if (dMant === 0) return sign + '0.0';
  shortestCore();
  var D = gDigits;
  var olen = D.length;
  var sciExp = gK - 1;
  var ryuExp = sciExp - olen + 1; // |x| = D * 10^ryuExp
  var lower: number;
  var upper: number;
  if (olen === 1) {
    lower = -4;
    upper = 2;
  } else if (sciExp >= 10) {
    lower = -(olen + 2);
    upper = 2;
  } else {
    lower = -(olen + 2);
    upper = 1;
  }
  var fixed = lower <= ryuExp && ryuExp <= upper;
  if (fixed) {
    // integers at or beyond 2^53 are written in scientific form
    if (
      (ryuExp === 0 && cmpDigits(D, '9007199254740992') >= 0) ||
      (ryuExp === 1 && cmpDigits(D, '900719925474099') > 0) ||
      (ryuExp === 2 && cmpDigits(D, '90071992547409') > 0)
    ) {
      fixed = false;
    }
  }
  if (fixed) {
    if (ryuExp >= 0) return sign + D + zeros(ryuExp) + '.0';
    var whole = olen + ryuExp;
    if (whole > 0) return sign + D.substr(0, whole) + '.' + D.substr(whole);
    return sign + '0.' + zeros(-whole) + D;
  }
  return sign + D.charAt(0) + '.' + (olen > 1 ? D.substr(1) : '0') + expText(sciExp, false, 1);
}

/**
 * erlang:float_to_list(X, [short]) — also the text io_lib's ~p and ~w print for a float: the
 * shortest round-trip digits, in plain notation ("0.001", "100.0", "12340.0") or scientific
 * ("1.0e3", "1.234e-4", "9.007199254740992e15"), whichever OTP's rule picks.
 */
export function formatShort(x: number): string {
  split(x);
  return formatShortBits(gHi, gLo);
}

// ---------------------------------------------------------------------------------------------
// C printf-style forms used by float_to_list/1,2

/** Digits of "%.{n}e" for the decomposed value: sets gDigits (n+1 digits) and gK. */
function sciDigits(n: number): void {
  if (dMant === 0) {
    gDigits = zeros(n + 1);
    gK = 1;
  } else {
    fixedCore(false, n + 1);
  }
}

function sciText(n: number): string {
  sciDigits(n);
  var D = gDigits;
  return (dNeg ? '-' : '') + D.charAt(0) + (n > 0 ? '.' + D.substr(1) : '') + expText(gK - 1, true, 2);
}

/** erlang:float_to_list(X): 21 significant digits, "d.dddddddddddddddddddde+XX". */
export function formatDefault(x: number): string {
  split(x);
  decompose(gHi, gLo);
  return sciText(20);
}

/**
 * erlang:float_to_list(X, [{scientific, N}]): N digits after the point, exponent "e+XX"/"e-XX".
 * null (badarg) when N < 0 or the text would be longer than 255 characters.
 */
export function formatScientific(x: number, n: number): string | null {
  if (n < 0 || n !== Math.floor(n)) return null;
  if (n >= 250) return null; // "d." + n digits + "e+00" is already 256 characters
  split(x);
  decompose(gHi, gLo);
  var t = sciText(n);
  return t.length >= 256 ? null : t;
}

/** C "%.{n}f" of the decomposed value (exact, ties to even). */
function fixedText(n: number): string {
  var sign = dNeg ? '-' : '';
  var frac = n > 0 ? '.' : '';
  if (dMant === 0) return sign + '0' + frac + zeros(n);
  fixedCore(true, n);
  var D = gDigits;
  var k = gK;
  var ip: string;
  var fp: string;
  if (D.length === 0) {
    ip = '0';
    fp = zeros(n);
  } else if (k > 0) {
    ip = D.substr(0, k);
    fp = D.substr(k);
  } else {
    ip = '0';
    fp = zeros(-k) + D;
  }
  return sign + ip + frac + fp;
}

/** Drops trailing '0's but keeps one digit after a '.', as erts's find_first_trailing_zero. */
function trimZeros(t: string): string {
  var e = t.length;
  while (e > 0 && t.charCodeAt(e - 1) === 48) e--;
  if (e > 0 && t.charCodeAt(e - 1) === 46) e++;
  return t.substr(0, e);
}

function roundHalfAway(t: number): number {
  var f = Math.floor(t);
  return t - f >= HALF ? f + 1 : f;
}

/**
 * erlang:float_to_list(X, [{decimals, N}]) and, with compact, [{decimals, N}, compact].
 * Like OTP: for |X| <= 2^53 and N < 19 the fraction is scaled by 10^N in floating point and rounded
 * half away from zero (so 0.125 -> "0.13", 2.5 -> "3"); otherwise the exact value is rounded half
 * to even ("%.*f"). null (badarg) when N is outside 0..253 or the text would exceed 255 characters.
 */
export function formatDecimals(x: number, n: number, compact?: boolean): string | null {
  if (n < 0 || n > 253 || n !== Math.floor(n)) return null;
  split(x);
  decompose(gHi, gLo);
  var neg = dNeg;
  var af = x < 0 ? -x : x;
  if (af > TWO53 || n >= 19) {
    var t = fixedText(n);
    if (t.length >= 256) return null;
    return compact ? trimZeros(t) : t;
  }
  var sign = neg ? '-' : '';
  if (n === 0) return sign + uintToStr(roundHalfAway(af));
  var ip = Math.floor(af);
  var fr = roundHalfAway((af - ip) * POW10F[n]);
  if (fr >= POW10F[n]) {
    ip += 1;
    fr = 0;
  }
  var fs = uintToStr(fr);
  var out = sign + uintToStr(ip) + '.' + zeros(n - fs.length) + fs;
  return compact ? trimZeros(out) : out;
}

// ---------------------------------------------------------------------------------------------
// io_lib ~f ~e ~g: they round the 21 digits of float_to_list/1 half up (io_lib_format:float_man)

var manDigits: number[] = [];
var manCarry = false;

/**
 * The digits of float_to_list/1 (Ds, 21 digits) of the decomposed value, with I integer digits
 * and Dc decimals, rounded half up on the next digit of Ds, as io_lib_format:float_man/3.
 * Result in manDigits (I + Dc digits) and manCarry (carry out of the first digit).
 */
function floatMan(Ds: string, I: number, Dc: number): void {
  var total = I + Dc;
  var a: number[] = [];
  for (var i = 0; i < total; i++) a.push(i < Ds.length ? Ds.charCodeAt(i) - 48 : 0);
  var carry = total < Ds.length && Ds.charCodeAt(total) >= 53;
  for (var j = total - 1; carry && j >= 0; j--) {
    if (a[j] === 9) {
      a[j] = 0;
    } else {
      a[j]++;
      carry = false;
    }
  }
  manDigits = a;
  manCarry = carry;
}

function manText(from: number, to: number): string {
  var out = '';
  for (var i = from; i < to; i++) out += String.fromCharCode(48 + manDigits[i]);
  return out;
}

/** ~.Pf text of x (P >= 1 decimals) from the decomposed value. */
function fText(p: number): string {
  sciDigits(20);
  var Ds = gDigits;
  var E = gK;
  if (E <= 0) {
    Ds = zeros(-E + 1) + Ds;
    E = 1;
  }
  floatMan(Ds, E, p);
  return (dNeg ? '-' : '') + (manCarry ? '1' : '') + manText(0, E) + '.' + manText(E, E + p);
}

/** ~.Pe text of x (P >= 2 significant digits) from the decomposed value. */
function eText(p: number): string {
  sciDigits(20);
  var E = gK;
  floatMan(gDigits, 1, p - 1);
  var body: string;
  if (manCarry) {
    body = '1.' + manText(1, p);
  } else {
    body = manText(0, 1) + '.' + manText(1, p);
    E = E - 1;
  }
  return (dNeg ? '-' : '') + body + expText(E, true, 1);
}

/** io_lib:format("~.Pf", [X]) (default P = 6); null when P < 1 (OTP fails). */
export function fmtF(x: number, precision?: number): string | null {
  var p = precision === undefined ? 6 : precision;
  if (p < 1 || p !== Math.floor(p)) return null;
  split(x);
  decompose(gHi, gLo);
  return fText(p);
}

/** io_lib:format("~.Pe", [X]) (default P = 6 significant digits); null when P < 2 (OTP fails). */
export function fmtE(x: number, precision?: number): string | null {
  var p = precision === undefined ? 6 : precision;
  if (p < 2 || p !== Math.floor(p)) return null;
  split(x);
  decompose(gHi, gLo);
  return eText(p);
}

/**
 * io_lib:format("~.Pg", [X]) (default P = 6): ~f with P significant digits for 0.1 <= |X| < 10000,
 * else ~e; null when P < 1 (OTP fails).
 */
export function fmtG(x: number, precision?: number): string | null {
  var p = precision === undefined ? 6 : precision;
  if (p < 1 || p !== Math.floor(p)) return null;
  var a = x < 0 ? -x : x;
  var E = a < TENTH ? -2 : a < 1 ? -1 : a < 10 ? 0 : a < 100 ? 1 : a < 1000 ? 2 : a < 10000 ? 3 : 99999;
  split(x);
  decompose(gHi, gLo);
  if ((p <= 1 && E === -1) || (E !== 99999 && p - 1 > E && E >= -1)) return fText(p - 1 - E);
  return eText(p <= 1 ? 2 : p);
}

// ---------------------------------------------------------------------------------------------
// Parsing

/** Significant digits kept exactly; any longer input is cut here plus one sticky digit. */
var MAX_SIG = 800;

export interface ScannedFloat {
  /** High 32-bit word of the double. */
  hi: number;
  /** Low 32-bit word of the double. */
  lo: number;
  /** Index just after the float's text. */
  end: number;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Rounds Q * 2^E2 (plus a sticky "something below") to a double into gHi/gLo; false on overflow. */
function roundToBits(Q: number[], E2: number, sticky: boolean, neg: boolean): boolean {
  var bl = bigBitLength(Q);
  var hi = 0;
  var lo = 0;
  if (bl > 0) {
    var topExp = bl - 1 + E2;
    if (topExp > 1023) return false;
    var shift = topExp >= -1022 ? bl - 53 : -1074 - E2;
    var m: number;
    if (shift <= 0) {
      m = bigShrToNum(Q, 0);
      for (var z = shift; z < 0; z++) m *= 2;
    } else {
      m = bigShrToNum(Q, shift);
      if (bigBit(Q, shift - 1) === 1 && (sticky || m % 2 === 1 || bigAnyBitBelow(Q, shift - 1))) m += 1;
    }
    var ef = E2 + shift;
    if (m === TWO53) {
      m = TWO52;
      ef += 1;
    }
    if (m >= TWO52) {
      var bexp = ef + 1075;
      if (bexp >= 2047) return false;
      var frac = m - TWO52;
      hi = Math.floor(frac / TWO32);
      lo = frac - hi * TWO32;
      hi += bexp * TWO20;
    } else {
      hi = Math.floor(m / TWO32);
      lo = m - hi * TWO32;
    }
  }
  gHi = neg ? hi + TWO31 : hi;
  gLo = lo;
  return true;
}

/**
 * Scans an Erlang float at the start of str: [+-]digits(.|,)digits([eE][+-]digits)?, as
 * list_to_float/1 and string:to_float/1 read it (',' is accepted as the point, like OTP).
 * strict: the whole string must be the float. Returns the correctly rounded double's bits and the
 * end index, or null when there is no float or it overflows (OTP: badarg / {error,no_float}).
 * Underflow gives a (signed) zero or subnormal, as OTP.
 */
export function scanFloat(str: string, strict: boolean): ScannedFloat | null {
  var n = str.length;
  var i = 0;
  var neg = false;
  var c = i < n ? str.charCodeAt(i) : 0;
  if (c === 43 || c === 45) {
    neg = c === 45;
    i++;
  }
  var intStart = i;
  while (i < n && isDigit(str.charCodeAt(i))) i++;
  var intEnd = i;
  if (intEnd === intStart || i >= n) return null;
  c = str.charCodeAt(i);
  if (c !== 46 && c !== 44) return null;
  i++;
  var fracStart = i;
  while (i < n && isDigit(str.charCodeAt(i))) i++;
  var fracEnd = i;
  if (fracEnd === fracStart) return null;
  var exp10 = 0;
  if (i < n && (str.charCodeAt(i) === 101 || str.charCodeAt(i) === 69)) {
    var j = i + 1;
    var eneg = false;
    c = j < n ? str.charCodeAt(j) : 0;
    if (c === 43 || c === 45) {
      eneg = c === 45;
      j++;
    }
    var expStart = j;
    var ev = 0;
    while (j < n && isDigit(str.charCodeAt(j))) {
      if (ev < 1000000000) ev = ev * 10 + (str.charCodeAt(j) - 48);
      j++;
    }
    if (j > expStart) {
      i = j;
      exp10 = eneg ? -ev : ev;
    }
  }
  if (strict && i !== n) return null;
  var end = i;

  // Significant digits: skip leading zeros; the value is DIGITS * 10^e10.
  var nd = 0; // significant digits seen
  var kept = ''; // first MAX_SIG of them
  var lastNonZero = 0; // number of kept digits up to the last nonzero one
  var sticky = false; // a nonzero digit beyond MAX_SIG
  var e10 = exp10 - (fracEnd - fracStart);
  for (var p = intStart; p < fracEnd; p++) {
    if (p === intEnd) continue;
    var d = str.charCodeAt(p);
    if (nd === 0 && d === 48) continue;
    nd++;
    if (nd <= MAX_SIG) {
      kept += String.fromCharCode(d);
      if (d !== 48) lastNonZero = nd;
    } else if (d !== 48) {
      sticky = true;
    }
  }
  var result: ScannedFloat = { hi: neg ? TWO31 : 0, lo: 0, end: end };
  if (nd === 0) return result;
  // e10 is the exponent of the last digit; the point is nd digits above it
  var P = nd + e10; // value in [10^(P-1), 10^P)
  if (P > 310) return null;
  if (P < -324) return result;
  // the cut-off part becomes one sticky digit; otherwise drop trailing zeros
  e10 += nd - kept.length;
  if (sticky) {
    kept += '1';
    e10 -= 1;
  } else {
    e10 += kept.length - lastNonZero;
    kept = kept.substr(0, lastNonZero);
  }
  var len = kept.length;
  // exact small integers: plain double arithmetic is exact
  if (len <= 15 && e10 >= 0 && e10 <= 22) {
    var v = 0;
    for (var q = 0; q < len; q++) v = v * 10 + (kept.charCodeAt(q) - 48);
    v = v * POW10F[e10];
    if (v < TWO53) {
      split(v);
      result.hi = neg ? gHi + TWO31 : gHi;
      result.lo = gLo;
      return result;
    }
  }
  var D: number[] = [];
  for (var t = 0; t < len; t += 7) {
    var chunkLen = len - t < 7 ? len - t : 7;
    var chunk = 0;
    for (var u = 0; u < chunkLen; u++) chunk = chunk * 10 + (kept.charCodeAt(t + u) - 48);
    bigMulAddSmall(D, POW10F[chunkLen], chunk);
  }
  var ok: boolean;
  if (e10 >= 0) {
    ok = roundToBits(bigMulPow5(D, e10), e10, false, neg);
  } else {
    var cpow = -e10;
    var Y = bigMulPow5([1], cpow);
    var shiftBits = bigBitLength(Y) - bigBitLength(D) + 55;
    if (shiftBits < 0) shiftBits = 0;
    var X = bigShl(D, shiftBits);
    var Q = bigDivRem(X, Y);
    ok = roundToBits(Q, -shiftBits - cpow, X.length > 0, neg);
  }
  if (!ok) return null;
  result.hi = gHi;
  result.lo = gLo;
  return result;
}

/**
 * erlang:list_to_float/1: the whole string must be [+-]digits.digits([eE][+-]digits)? (',' also
 * accepted as the point); correctly rounded. null where OTP raises badarg (bad syntax, overflow).
 */
export function parseErlangFloat(str: string): number | null {
  var sc = scanFloat(str, true);
  return sc === null ? null : floatFromBits(sc.hi, sc.lo);
}

/**
 * string:to_float/1: a float at the start of str, and the rest of the text after it (an
 * incomplete exponent such as "e" or "e+" stays in the rest). null for {error, no_float}.
 */
export function parseFloatLoose(str: string): { value: number; rest: string } | null {
  var sc = scanFloat(str, false);
  if (sc === null) return null;
  return { value: floatFromBits(sc.hi, sc.lo), rest: str.substr(sc.end) };
}
