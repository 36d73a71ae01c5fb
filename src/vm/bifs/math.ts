// The `math` module: IEEE double functions. Results outside the reals (NaN, infinities) raise
// badarith as OTP does. ES5 lacks log2/log10/hyperbolics, so they are derived here, with exact
// answers for exact powers of 2 and 10 (where a derived quotient would be off by one ulp).
import { Process } from '../process';
import { defNative, badarg, fail } from '../natives';
import { A, atom } from '../term';
import { numToDouble, mkFloat, isNumber } from '../arith';

function result(p: Process, x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return fail(p, atom(A.badarith));
  return mkFloat(p, x);
}

function log2(x: number): number {
  if (x > 0) {
    // exact for powers of two: count the exponent
    let e = 0;
    let y = x;
    while (y >= 2 && y === Math.floor(y)) {
      y /= 2;
      e++;
    }
    if (y === 1) return e;
  }
  return Math.log(x) / Math.LN2;
}
function log10(x: number): number {
  const r = Math.log(x) / Math.LN10;
  const k = Math.round(r);
  if (k >= -22 && k <= 22) {
    let t = 1;
    for (let i = 0; i < (k < 0 ? -k : k); i++) t *= 10;
    if (k >= 0 ? t === x : 1 / t === x) return k;
  }
  return r;
}
function sinh(x: number): number {
  return (Math.exp(x) - Math.exp(-x)) / 2;
}
function cosh(x: number): number {
  return (Math.exp(x) + Math.exp(-x)) / 2;
}
function tanh(x: number): number {
  if (x > 20) return 1;
  if (x < -20) return -1;
  const a = Math.exp(2 * x);
  return (a - 1) / (a + 1);
}

type F1 = (x: number) => number;
const ONE: [string, F1][] = [
  ['sqrt', Math.sqrt], ['sin', Math.sin], ['cos', Math.cos], ['tan', Math.tan], ['asin', Math.asin],
  ['acos', Math.acos], ['atan', Math.atan], ['exp', Math.exp], ['log', function (x) { return x > 0 ? Math.log(x) : NaN; }],
  ['log2', function (x) { return x > 0 ? log2(x) : NaN; }], ['log10', function (x) { return x > 0 ? log10(x) : NaN; }],
  ['sinh', sinh], ['cosh', cosh], ['tanh', tanh],
  ['asinh', function (x) { return x < 0 ? -Math.log(-x + Math.sqrt(x * x + 1)) : Math.log(x + Math.sqrt(x * x + 1)); }],
  ['acosh', function (x) { return x >= 1 ? Math.log(x + Math.sqrt(x * x - 1)) : NaN; }],
  ['atanh', function (x) { return x > -1 && x < 1 ? 0.5 * Math.log((1 + x) / (1 - x)) : NaN; }],
  ['ceil', Math.ceil], ['floor', Math.floor],
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
  defNative('math', 'e', 0, function (p) { return mkFloat(p, Math.E); });
  defNative('math', 'pow', 2, function (p, a) {
    if (!isNumber(a[0]) || !isNumber(a[1])) return badarg(p);
    return result(p, Math.pow(numToDouble(a[0]), numToDouble(a[1])));
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
