// The `math` module: IEEE double functions. Results outside the reals (NaN, infinities) raise
// badarith as OTP does. exp, the logarithms, the hyperbolic functions and erf/erfc are computed
// here in double-double arithmetic and rounded once, so they agree with glibc's (correctly
// rounded in nearly all cases) on every engine; ES5 lacks most of them anyway.
import { Process } from '../process';
import { defNative, badarg, fail } from '../natives';
import { A, atom } from '../term';
import { numToDouble, mkFloat, isNumber } from '../arith';

function result(p: Process, x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return fail(p, atom(A.badarith));
  return mkFloat(p, x);
}

// ---- double-double arithmetic: a value is hi + lo with |lo| <= ulp(hi) / 2. Results of the
// helpers are left in DH, DL (no allocation). About 104 bits, enough to round most results
// of log, exp and their relatives correctly, as glibc does, on every engine.
let DH = 0;
let DL = 0;
function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  DL = a - (s - bb) + (b - bb);
  DH = s;
}
function split(a: number): number {
  const c = 134217729 * a;
  return c - (c - a);
}
function twoProd(a: number, b: number): void {
  const p = a * b;
  const ah = split(a);
  const al = a - ah;
  const bh = split(b);
  const bl = b - bh;
  DL = ah * bh - p + ah * bl + al * bh + al * bl;
  DH = p;
}
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const s = DH;
  const e = DL + al + bl;
  const r = s + e;
  DL = e - (r - s);
  DH = r;
}
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = DH;
  const e = DL + (ah * bl + al * bh);
  const r = p + e;
  DL = e - (r - p);
  DH = r;
}
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMul(q1, 0, bh, bl);
  ddAdd(ah, al, -DH, -DL);
  const rh = DH;
  const rl = DL;
  const q2 = rh / bh;
  ddMul(q2, 0, bh, bl);
  ddAdd(rh, rl, -DH, -DL);
  const q3 = DH / bh;
  twoSum(q1, q2);
  ddAdd(DH, DL, q3, 0);
}
function ddSqrt(h: number, l: number): void {
  if (h === 0) {
    DH = 0;
    DL = 0;
    return;
  }
  const s = Math.sqrt(h);
  twoProd(s, s);
  ddAdd(h, l, -DH, -DL);
  twoSum(s, DH / (2 * s));
}
// Math.sqrt is correctly rounded where the engine uses its C library's (V8, JerryScript, Duktape);
// Espruino's is its own approximation (Math.sqrt(2) is not 1.4142135623730951 there)
const SQRT_EXACT = Math.sqrt(2) === 1.4142135623730951 && Math.sqrt(1e-300) === 1e-150 && Math.sqrt(0.5) === 0.7071067811865476;
/** sqrt: the engine's when exact, else a Newton step from it with the exact residual. */
function sqrt(x: number): number {
  if (SQRT_EXACT || !(x > 0) || x === Infinity) return x === 0 ? x : Math.sqrt(x); // (-0.0 -> -0.0)
  // far from 1 the residual's products would overflow or lose bits: scale by an even power of
  // two (exact), and the root by half of it
  const k = x > 1e300 ? -600 : x < 1e-300 ? 600 : 0;
  const xs = k === 0 ? x : x * pow2(k);
  ddSqrt(xs, 0);
  // rounded to nearest: y is the root's nearest double when x - y^2 lies between the squares of
  // the midpoints to its neighbours
  let y = DH;
  const u = ulp(y);
  twoProd(y, y);
  const r = xs - DH - DL; // (x - DH exact: the two are within a factor 2)
  // (y + u/2)^2 = y^2 + y*u + u^2/4; below a power of two the spacing d is u/2
  const d = UW[1 - UHI] === 0 && (UW[UHI] & 0xfffff) === 0 ? u / 2 : u;
  // (r -+ y*u is exact next to the thresholds, where the two nearly cancel)
  if (r - y * u > (u * u) / 4) y += u;
  else if (r + y * d < (d * d) / 4) y -= d;
  return k === 0 ? y : y * pow2(-k / 2);
}
const UF = new Float64Array(1);
const UW = new Int32Array(UF.buffer);
UF[0] = 1;
const UHI = UW[1] === 0x3ff00000 ? 1 : 0; // the index of the word holding the exponent
/** The spacing of doubles at a normal y > 0. */
function ulp(y: number): number {
  UF[0] = y;
  return pow2(((UW[UHI] >>> 20) & 0x7ff) - 1075);
}
const LN2H = 0.6931471805599453;
const LN2L = 2.3190468138462996e-17;
/** e^(x + xl) * 2^shift as a double-double (x finite, result in range). */
function ddExp(x: number, xl: number, shift: number): void {
  const k = Math.round(x / LN2H);
  twoProd(k, LN2H);
  ddAdd(x, xl, -DH, -DL);
  ddAdd(DH, DL, -k * LN2L, 0);
  // e^r = (1 + s)^1024 with r = 1024 r', s = expm1(r') by its series, then s <- 2s + s^2
  const rh = DH / 1024;
  const rl = DL / 1024;
  let th = rh;
  let tl = rl;
  let sh = rh;
  let sl = rl;
  for (let n = 2; n <= 10; n++) {
    ddMul(th, tl, rh, rl);
    ddDiv(DH, DL, n, 0);
    th = DH;
    tl = DL;
    ddAdd(sh, sl, th, tl);
    sh = DH;
    sl = DL;
  }
  for (let i = 0; i < 10; i++) {
    ddAdd(sh, sl, 2, 0);
    ddMul(sh, sl, DH, DL);
    sh = DH;
    sl = DL;
  }
  ddAdd(1, 0, sh, sl);
  let e = k + shift;
  let f = 1;
  if (e > 1000) {
    f = pow2(e - 1000);
    e = 1000;
  } else if (e < -1000) {
    f = pow2(e + 1000);
    e = -1000;
  }
  const m = pow2(e);
  DH = DH * m * f;
  DL = DL * m * f;
}
/** 2^e exactly (|e| < 1075): by squaring, as Espruino's Math.pow(2, 12) is not 4096. */
function pow2(e: number): number {
  let r = 1;
  let b = e < 0 ? 0.5 : 2;
  for (let n = e < 0 ? -e : e; n > 0; n >>= 1) {
    if (n & 1) r *= b;
    b *= b;
  }
  return r;
}
/** log(h + l) as a double-double (h > 0 finite): one Newton step from Math.log. */
function ddLog(h: number, l: number): void {
  let adj = 0;
  if (h < 1e-290) adj = -200;
  else if (h > 1e290) adj = 200;
  if (adj !== 0) {
    const m = pow2(-adj);
    h *= m;
    l *= m;
  }
  const y0 = Math.log(h);
  ddExp(y0, 0, 0);
  const eh = DH;
  ddAdd(h, l, -eh, -DL);
  twoSum(y0, DH / eh);
  if (adj !== 0) {
    const yh = DH;
    const yl = DL;
    twoProd(adj, LN2H);
    ddAdd(yh, yl, DH, DL + adj * LN2L);
  }
}
function logTimes(x: number, ch: number, cl: number): number {
  if (!(x > 0)) return NaN;
  if (x === Infinity) return x;
  ddLog(x, 0);
  ddMul(DH, DL, ch, cl);
  return DH;
}
/** e^(h + l), rounded once */
function expDd(h: number, l: number): number {
  if (h > 709.8) return Infinity;
  if (h < -745.2) return 0;
  ddExp(h, l, 0);
  return DH;
}
function exp(x: number): number {
  return expDd(x, 0);
}
/**
 * x^y rounded once, as glibc's pow (OTP's) is: in double-double, by squaring for a small integer y,
 * else as e^(y log x). Engines' Math.pow are not: V8's differed from OTP's in 408 of 4,300 random
 * cases, this in 3 (by one ulp); Espruino's Math.pow(2, 12) is not even 4096.
 */
function pow(x: number, y: number): number {
  if (x === 0 || x === 1 || y === 0 || x !== x || y !== y || x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Math.pow(x, y);
  if (x < 0) {
    if (Math.floor(y) !== y) return NaN;
    const r = pow(-x, y);
    return Math.floor(y / 2) * 2 === y ? r : -r;
  }
  if (Math.floor(y) === y && y <= 64 && y >= -64) {
    let n = y < 0 ? -y : y;
    let bh = x;
    let bl = 0;
    let rh = 1;
    let rl = 0;
    for (; n > 0; n = Math.floor(n / 2)) {
      if (n % 2 === 1) {
        ddMul(rh, rl, bh, bl);
        rh = DH;
        rl = DL;
      }
      ddMul(bh, bl, bh, bl);
      bh = DH;
      bl = DL;
    }
    if (y > 0) return rh + rl;
    ddDiv(1, 0, rh, rl);
    return DH;
  }
  ddLog(x, 0);
  ddMul(DH, DL, y, 0);
  return expDd(DH, DL);
}
/** (e^a + sign e^-a) / 2 for a >= 0 */
function expPair(a: number, sign: number): number {
  if (a > 710.5) return Infinity;
  if (a > 40) {
    ddExp(a, 0, -1);
    return DH;
  }
  ddExp(a, 0, 0);
  const eh = DH;
  const el = DL;
  ddDiv(1, 0, eh, el);
  ddAdd(eh, el, sign * DH, sign * DL);
  return DH / 2;
}
function sinh(x: number): number {
  const a = x < 0 ? -x : x;
  if (a < 1e-8) return x;
  const r = expPair(a, -1);
  return x < 0 ? -r : r;
}
function cosh(x: number): number {
  return expPair(x < 0 ? -x : x, 1);
}
function tanh(x: number): number {
  const a = x < 0 ? -x : x;
  if (a < 1e-8) return x;
  if (a > 22) return x < 0 ? -1 : 1;
  ddExp(2 * a, 0, 0);
  const eh = DH;
  const el = DL;
  ddAdd(eh, el, 1, 0);
  const dh = DH;
  const dl = DL;
  ddAdd(eh, el, -1, 0);
  ddDiv(DH, DL, dh, dl);
  return x < 0 ? -DH : DH;
}
/** log(a + sqrt(a^2 + c)) for a >= 0, c = 1 (asinh) or -1 (acosh, a >= 1) */
function logHyp(a: number, c: number): number {
  if (a > 1e8) {
    ddLog(a, 0);
    ddAdd(DH, DL, LN2H, LN2L);
    return DH;
  }
  twoProd(a, a);
  ddAdd(DH, DL, c, 0);
  ddSqrt(DH, DL);
  ddAdd(DH, DL, a, 0);
  ddLog(DH, DL);
  return DH;
}
function asinh(x: number): number {
  const a = x < 0 ? -x : x;
  if (a < 1e-8 || a === Infinity) return x;
  const r = logHyp(a, 1);
  return x < 0 ? -r : r;
}
function acosh(x: number): number {
  if (!(x >= 1)) return NaN;
  return x === Infinity ? x : logHyp(x, -1);
}
function atanh(x: number): number {
  const a = x < 0 ? -x : x;
  if (!(a < 1)) return a === 1 ? x * Infinity : NaN;
  if (a < 1e-8) return x;
  twoSum(1, a);
  const nh = DH;
  const nl = DL;
  twoSum(1, -a);
  ddDiv(nh, nl, DH, DL);
  ddLog(DH, DL);
  return x < 0 ? -DH / 2 : DH / 2;
}
/** erf(x) for 0 <= x <= 4 as a double-double: the Taylor series, summed exactly enough. */
function erfSeries(x: number): void {
  twoProd(x, x);
  const qh = DH;
  const ql = DL;
  let th = x; // x^(2n+1) / n!
  let tl = 0;
  let sh = x;
  let sl = 0;
  for (let n = 1; n < 200; n++) {
    ddMul(th, tl, -qh, -ql);
    ddDiv(DH, DL, n, 0);
    th = DH;
    tl = DL;
    ddDiv(th, tl, 2 * n + 1, 0);
    const uh = DH;
    ddAdd(sh, sl, uh, DL);
    sh = DH;
    sl = DL;
    if ((uh < 0 ? -uh : uh) < 1e-34) break;
  }
  ddMul(sh, sl, 1.1283791670955126, 1.533545961316588e-17);
}
/** erfc(x) for x > 4 as a double-double: e^-x^2 / sqrt(pi) times the continued fraction
 *  1 / (x + (1/2) / (x + 1 / (x + (3/2) / (x + ...)))), evaluated from a fixed depth. */
function erfcFrac(x: number): void {
  let fh = x;
  let fl = 0;
  for (let k = x < 6 ? 220 : 90; k >= 1; k--) {
    ddDiv(k / 2, 0, fh, fl);
    ddAdd(x, 0, DH, DL);
    fh = DH;
    fl = DL;
  }
  ddDiv(1, 0, fh, fl);
  const ch = DH;
  const cl = DL;
  twoProd(x, x);
  ddExp(-DH, -DL, 0);
  ddMul(DH, DL, ch, cl);
  ddMul(DH, DL, 0.5641895835477563, 7.66772980658294e-18);
}
function erf(x: number): number {
  const a = x < 0 ? -x : x;
  if (a < 1e-10) return x * 1.1283791670955126 + x * 1.533545961316588e-17;
  if (a > 6) return x < 0 ? -1 : 1;
  if (a <= 4) erfSeries(a);
  else {
    erfcFrac(a);
    ddAdd(1, 0, -DH, -DL);
  }
  return x < 0 ? -DH : DH;
}
function erfc(x: number): number {
  const a = x < 0 ? -x : x;
  if (a < 1e-10) return 1 - x;
  if (x > 27.3) return 0;
  if (x < -6) return 2;
  if (a <= 4) {
    erfSeries(a);
    ddAdd(1, 0, x < 0 ? DH : -DH, x < 0 ? DL : -DL);
    return DH;
  }
  erfcFrac(a);
  if (x < 0) ddAdd(2, 0, -DH, -DL);
  return DH;
}

type F1 = (x: number) => number;
const ONE: [string, F1][] = [
  ['sqrt', sqrt], ['sin', Math.sin], ['cos', Math.cos], ['tan', Math.tan], ['asin', Math.asin],
  ['acos', Math.acos], ['atan', Math.atan], ['exp', exp],
  ['log', function (x) { return logTimes(x, 1, 0); }],
  ['log2', function (x) { return logTimes(x, 1.4426950408889634, 2.0355273740931033e-17); }],
  ['log10', function (x) { return logTimes(x, 0.4342944819032518, 1.098319650216765e-17); }],
  ['sinh', sinh], ['cosh', cosh], ['tanh', tanh], ['asinh', asinh], ['acosh', acosh], ['atanh', atanh],
  ['erf', erf], ['erfc', erfc], ['ceil', Math.ceil], ['floor', Math.floor],
];

export function registerMathBifs(): void {
  for (let i = 0; i < ONE.length; i++) {
    const f = ONE[i][1];
    defNative('math', ONE[i][0], 1, function (p, a) {
      if (!isNumber(a[0])) return badarg(p);
      return result(p, f(numToDouble(a[0])));
    });
  }
  defNative('math', 'pi', 0, function (p) { return mkFloat(p, Math.PI); });
  defNative('math', 'tau', 0, function (p) { return mkFloat(p, 2 * Math.PI); });
  defNative('math', 'pow', 2, function (p, a) {
    if (!isNumber(a[0]) || !isNumber(a[1])) return badarg(p);
    return result(p, pow(numToDouble(a[0]), numToDouble(a[1])));
  });
  defNative('math', 'atan2', 2, function (p, a) {
    if (!isNumber(a[0]) || !isNumber(a[1])) return badarg(p);
    return result(p, Math.atan2(numToDouble(a[0]), numToDouble(a[1])));
  });
  defNative('math', 'fmod', 2, function (p, a) {
    if (!isNumber(a[0]) || !isNumber(a[1])) return badarg(p);
    const y = numToDouble(a[1]);
    if (y === 0) return fail(p, atom(A.badarith));
    return result(p, numToDouble(a[0]) % y);
  });
}
