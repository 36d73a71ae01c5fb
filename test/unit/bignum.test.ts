// Property tests of src/vm/bignum.ts against Node's BigInt, plus differential checks against `erl`
// (OTP is the oracle for Erlang semantics: div/rem signs, bitwise ops on negatives, bsr rounding,
// integer_to_list/list_to_integer, float/1 of bignums, int/float comparison, trunc/1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Big,
  bigFromNumber,
  bigToNumber,
  bigToNumberNearest,
  bigFromWords32,
  bigToWords32,
  bigAdd,
  bigSub,
  bigMul,
  bigDiv,
  bigRem,
  bigDivRem,
  bigNeg,
  bigAbs,
  bigCmp,
  bigIsZero,
  bigBand,
  bigBor,
  bigBxor,
  bigBnot,
  bigBsl,
  bigBsr,
  bigToString,
  bigParse,
  bigFitsSmall,
  bigToSmall,
  bigCmpNumber,
  bigFromFloatTrunc,
  bigBitLength,
  bigByteLength,
} from '../../src/vm/bignum';

// ---------------------------------------------------------------------------------------------
// Helpers: independent conversions BigInt <-> Big, invariant checks, seeded randomness.

function toBig(x: bigint): Big {
  const neg = x < 0n;
  let m = neg ? -x : x;
  const mag: number[] = [];
  while (m > 0n) {
    mag.push(Number(m & 0xffffn));
    m >>= 16n;
  }
  return { neg: neg, mag: mag };
}

function fromBig(b: Big): bigint {
  let x = 0n;
  for (let i = b.mag.length - 1; i >= 0; i--) x = (x << 16n) | BigInt(b.mag[i]);
  return b.neg ? -x : x;
}

function check(b: Big, what: string): bigint {
  assert.equal(typeof b.neg, 'boolean', what + ': neg');
  assert.ok(Array.isArray(b.mag), what + ': mag');
  for (let i = 0; i < b.mag.length; i++) {
    const l = b.mag[i];
    assert.ok(Number.isInteger(l) && l >= 0 && l <= 0xffff, what + ': limb ' + i + ' = ' + l);
  }
  if (b.mag.length > 0) assert.notEqual(b.mag[b.mag.length - 1], 0, what + ': high zero limb');
  else assert.equal(b.neg, false, what + ': negative zero');
  return fromBig(b);
}

let seed = (Number(process.env.BIGNUM_SEED) || 0x9e3779b9) >>> 0; // BIGNUM_SEED=n widens coverage
function rnd(): number {
  // xorshift32, deterministic
  seed ^= seed << 13;
  seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  return seed / 4294967296;
}
function rndInt(n: number): number {
  return Math.floor(rnd() * n);
}

function rndBits(bits: number): bigint {
  let x = 0n;
  const style = rndInt(4);
  for (let k = 0; k < bits; k += 30) {
    let w = rndInt(1 << 30);
    if (style === 1) w = rndInt(8) === 0 ? w : 0; // sparse
    if (style === 2) w = rndInt(2) ? (1 << 30) - 1 : w; // runs of ones
    x = (x << 30n) | BigInt(w);
  }
  return x & ((1n << BigInt(bits)) - 1n);
}

const EDGE_EXPONENTS = [0, 1, 15, 16, 17, 27, 28, 31, 32, 33, 47, 48, 52, 53, 54, 63, 64, 65, 127, 128, 129, 1023, 1024];
const SPECIALS: bigint[] = [0n, 1n, -1n];
for (const e of EDGE_EXPONENTS) {
  const p = 1n << BigInt(e);
  for (const v of [p - 1n, p, p + 1n]) {
    SPECIALS.push(v, -v);
  }
}

function rndBigInt(): bigint {
  const r = rndInt(10);
  if (r === 0) return SPECIALS[rndInt(SPECIALS.length)];
  let bits: number;
  if (r < 4) bits = 1 + rndInt(70);
  else if (r < 8) bits = 1 + rndInt(400);
  else bits = 1 + rndInt(3000);
  let x = rndBits(bits);
  if (rndInt(8) === 0) x = (1n << BigInt(bits)) + BigInt(rndInt(5) - 2); // near a power of two
  return rndInt(2) ? -x : x;
}

function copyBig(b: Big): Big {
  return { neg: b.neg, mag: b.mag.slice() };
}

const floorDiv = (a: bigint, n: bigint) => (a >= 0n ? a / n : -((-a + n - 1n) / n));

// ---------------------------------------------------------------------------------------------
// Property tests against BigInt

test('add, sub, mul, cmp, neg, abs, isZero', () => {
  for (let i = 0; i < 4000; i++) {
    const x = rndBigInt();
    const y = rndBigInt();
    const a = toBig(x);
    const b = toBig(y);
    const a0 = copyBig(a);
    const b0 = copyBig(b);
    assert.equal(check(bigAdd(a, b), 'add'), x + y);
    assert.equal(check(bigSub(a, b), 'sub'), x - y);
    assert.equal(check(bigSub(a, a), 'sub self'), 0n);
    assert.equal(check(bigMul(a, b), 'mul'), x * y);
    assert.equal(bigCmp(a, b), x < y ? -1 : x > y ? 1 : 0);
    assert.equal(bigCmp(a, copyBig(a)), 0);
    assert.equal(check(bigNeg(a), 'neg'), -x);
    assert.equal(check(bigAbs(a), 'abs'), x < 0n ? -x : x);
    assert.equal(bigIsZero(a), x === 0n);
    assert.deepEqual(a, a0, 'input a mutated');
    assert.deepEqual(b, b0, 'input b mutated');
  }
});

test('div and rem (truncating; rem has the sign of the dividend)', () => {
  for (let i = 0; i < 4000; i++) {
    let x = rndBigInt();
    let y = rndBigInt();
    if (y === 0n) y = 7n;
    if (rndInt(4) === 0) x = x * y + BigInt(rndInt(3) - 1); // quotient with exact/near-exact remainder
    if (rndInt(6) === 0) y = BigInt(rndInt(2) ? 1 : -1) * BigInt(1 + rndInt(65536 * 65536)); // 1-2 limb divisor
    const a = toBig(x);
    const b = toBig(y);
    const a0 = copyBig(a);
    const b0 = copyBig(b);
    assert.equal(check(bigDiv(a, b), 'div'), x / y, `${x} div ${y}`);
    assert.equal(check(bigRem(a, b), 'rem'), x % y, `${x} rem ${y}`);
    const qr = bigDivRem(a, b);
    assert.equal(check(qr.q, 'divrem q'), x / y);
    assert.equal(check(qr.r, 'divrem r'), x % y);
    assert.deepEqual(a, a0);
    assert.deepEqual(b, b0);
  }
  assert.throws(() => bigDiv(toBig(5n), toBig(0n)));
  assert.throws(() => bigRem(toBig(5n), toBig(0n)));
});

test('Knuth D corner cases: qhat corrections and add-back', () => {
  // Divisors with top limb 0x8000 / 0xffff and dividends of all-ones/all-zero patterns exercise
  // the qhat estimate corrections and the rare add-back step.
  const tops = [0x8000n, 0x8001n, 0xffffn, 0x7fffn, 1n];
  let n = 0;
  for (const t of tops) {
    for (let len = 2; len <= 6; len++) {
      for (const low of [0n, 1n, (1n << BigInt(16 * (len - 1))) - 1n]) {
        const y = (t << BigInt(16 * (len - 1))) | low;
        for (const x of [
          (1n << BigInt(16 * (len + 3))) - 1n,
          y * 0xffffn,
          y * 0x10000n - 1n,
          y * y - 1n,
          (y << 40n) + y - 1n,
          (1n << BigInt(16 * (len + 2))) * 0x7fffn,
        ]) {
          assert.equal(fromBig(bigDiv(toBig(x), toBig(y))), x / y, `${x} div ${y}`);
          assert.equal(fromBig(bigRem(toBig(x), toBig(y))), x % y, `${x} rem ${y}`);
          n++;
        }
      }
    }
  }
  // Classic add-back example scaled to base 2^16 (Hacker's Delight divmnu test family).
  for (let i = 0; i < 3000; i++) {
    const nl = 2 + rndInt(5);
    let y = 0n;
    for (let k = 0; k < nl; k++) y = (y << 16n) | BigInt([0, 1, 0x7fff, 0x8000, 0xfffe, 0xffff][rndInt(6)]);
    if (y < 1n << 16n) y += 1n << 20n;
    let x = 0n;
    const xl = nl + rndInt(5);
    for (let k = 0; k < xl; k++) x = (x << 16n) | BigInt([0, 1, 0x7fff, 0x8000, 0xfffe, 0xffff][rndInt(6)]);
    assert.equal(fromBig(bigDiv(toBig(x), toBig(y))), x / y, `${x} div ${y}`);
    assert.equal(fromBig(bigRem(toBig(x), toBig(y))), x % y, `${x} rem ${y}`);
    n++;
  }
  assert.ok(n > 3000);
});

test('band, bor, bxor, bnot (infinite two\'s complement)', () => {
  for (let i = 0; i < 4000; i++) {
    const x = rndBigInt();
    const y = rndBigInt();
    const a = toBig(x);
    const b = toBig(y);
    const a0 = copyBig(a);
    const b0 = copyBig(b);
    assert.equal(check(bigBand(a, b), 'band'), x & y, `${x} band ${y}`);
    assert.equal(check(bigBor(a, b), 'bor'), x | y, `${x} bor ${y}`);
    assert.equal(check(bigBxor(a, b), 'bxor'), x ^ y, `${x} bxor ${y}`);
    assert.equal(check(bigBnot(a), 'bnot'), ~x);
    assert.deepEqual(a, a0);
    assert.deepEqual(b, b0);
  }
  // Results that are exactly -2^(16n) need the carry limb.
  for (const [x, y] of [
    [-(1n << 32n), -(1n << 32n)],
    [-(1n << 16n), -(1n << 32n)],
    [-65536n, -65535n],
    [-(1n << 48n) + 1n, -(1n << 48n)],
  ]) {
    assert.equal(fromBig(bigBand(toBig(x), toBig(y))), x & y);
    assert.equal(fromBig(bigBor(toBig(x), toBig(y))), x | y);
    assert.equal(fromBig(bigBxor(toBig(x), toBig(y))), x ^ y);
  }
});

test('bsl and bsr (negative counts, bsr of negatives rounds toward -infinity)', () => {
  for (let i = 0; i < 4000; i++) {
    const x = rndBigInt();
    const n = rndInt(4) === 0 ? rndInt(40) - 20 : rndInt(700) - 350;
    const a = toBig(x);
    const a0 = copyBig(a);
    const left = n >= 0 ? x << BigInt(n) : x >> BigInt(-n);
    const right = n >= 0 ? x >> BigInt(n) : x << BigInt(-n);
    assert.equal(check(bigBsl(a, n), 'bsl'), left, `${x} bsl ${n}`);
    assert.equal(check(bigBsr(a, n), 'bsr'), right, `${x} bsr ${n}`);
    if (n >= 0) assert.equal(right, floorDiv(x, 1n << BigInt(n)));
    assert.deepEqual(a, a0);
  }
  // Huge right shifts: 0 or -1 without allocating.
  assert.equal(fromBig(bigBsr(toBig(-(1n << 5000n)), 1e12)), -1n);
  assert.equal(fromBig(bigBsr(toBig(1n << 5000n), 1e12)), 0n);
  assert.equal(fromBig(bigBsl(toBig(-(1n << 5000n)), -1e12)), -1n);
  assert.equal(fromBig(bigBsr(toBig(-(1n << 5000n)), 5000)), -1n);
  assert.equal(fromBig(bigBsr(toBig(-(1n << 5000n)), 4999)), -2n);
  assert.equal(fromBig(bigBsr(toBig(-(1n << 5000n) - 1n), 5000)), -2n);
});

test('toString in every base and parse round trip', () => {
  for (let i = 0; i < 1500; i++) {
    const x = rndBigInt();
    const base = 2 + rndInt(35);
    const a = toBig(x);
    const s = bigToString(a, base);
    assert.equal(s, x.toString(base).toUpperCase(), `${x} in base ${base}`);
    const p = bigParse(s, base);
    assert.ok(p);
    assert.equal(check(p!, 'parse'), x);
    const lower = x.toString(base);
    assert.equal(check(bigParse(lower, base)!, 'parse lower'), x);
    if (x >= 0n) assert.equal(check(bigParse('+' + lower, base)!, 'parse +'), x);
    assert.equal(check(bigParse('000' + lower.replace('-', ''), base)!, 'parse 0s'), x < 0n ? -x : x);
  }
  for (let base = 2; base <= 36; base++) {
    assert.equal(bigToString(toBig(0n), base), '0');
    for (const x of SPECIALS) assert.equal(bigToString(toBig(x), base), x.toString(base).toUpperCase());
  }
  assert.throws(() => bigToString(toBig(1n), 1));
  assert.throws(() => bigToString(toBig(1n), 37));
});

test('parse rejects what list_to_integer/2 rejects', () => {
  const bad: [string, number][] = [
    ['', 10], ['+', 10], ['-', 10], ['+-1', 10], ['--1', 10], ['-+1', 10], [' 1', 10], ['1 ', 10],
    ['1_000', 10], ['0x1F', 16], ['g', 16], ['G', 16], ['2', 2], ['9', 8], ['a', 10], ['1.0', 10],
    ['1e3', 10], ['\u0661', 10], ['[', 36], ['@', 36], ['`', 36], ['{', 36], ['/', 10], [':', 10],
    ['1', 1], ['1', 37], ['1', 2.5],
  ];
  for (const [s, b] of bad) assert.equal(bigParse(s, b), null, JSON.stringify(s) + ' base ' + b);
  assert.equal(fromBig(bigParse('-0', 10)!), 0n);
  assert.equal(bigParse('-0', 10)!.neg, false);
  assert.equal(fromBig(bigParse('+12', 10)!), 12n);
  assert.equal(fromBig(bigParse('zZ', 36)!), 35n * 36n + 35n);
  assert.equal(fromBig(bigParse('fF', 16)!), 255n);
});

test('fromNumber / fromFloatTrunc / toNumber / toNumberNearest', () => {
  const dv = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < 5000; i++) {
    // random finite doubles of every exponent
    dv.setUint32(0, rndInt(0x7ff00000));
    dv.setUint32(4, rndInt(4294967296));
    let x = dv.getFloat64(0);
    if (rndInt(2)) x = -x;
    const t = Math.trunc(x);
    assert.equal(check(bigFromFloatTrunc(x), 'trunc'), BigInt(t), `trunc ${x}`);
    assert.equal(check(bigFromNumber(t), 'fromNumber'), BigInt(t), `${t}`);
    assert.equal(bigToNumberNearest(bigFromNumber(t)), t === 0 ? 0 : t);
    assert.equal(bigToNumber(bigFromNumber(t)), t === 0 ? 0 : t);
  }
  for (let e = 0; e <= 1100; e++) {
    for (const d of [-1n, 0n, 1n]) {
      const v = (1n << BigInt(e)) + d;
      for (const x of [v, -v]) {
        if (x === 0n) continue;
        assert.equal(bigToNumberNearest(toBig(x)), Number(x), `nearest ${x}`);
        assert.equal(bigToNumber(toBig(x)), otpBigToDouble(x), `otp ${x}`);
      }
    }
  }
  for (let i = 0; i < 5000; i++) {
    let x = rndBigInt();
    if (rndInt(3) === 0) {
      // halfway-ish patterns: 53 significant bits, then 1, then zeros or a trailing bit
      const e = 54 + rndInt(1000);
      x = ((rndBits(53) | (1n << 52n)) << BigInt(e - 53)) | (1n << BigInt(e - 54));
      if (rndInt(2)) x |= 1n;
      if (rndInt(2)) x = -x;
    }
    const a = toBig(x);
    assert.equal(bigToNumberNearest(a), Number(x), `nearest ${x}`);
    assert.equal(bigToNumber(a), otpBigToDouble(x), `otp ${x}`);
  }
  assert.equal(bigToNumber(toBig(1n << 1024n)), Infinity);
  assert.equal(bigToNumber(toBig(-(1n << 1024n))), -Infinity);
  assert.equal(bigToNumberNearest(toBig((1n << 1024n) - (1n << 970n))), Infinity); // rounds up to 2^1024
  assert.equal(bigToNumberNearest(toBig((1n << 1024n) - (1n << 970n) - 1n)), Number.MAX_VALUE);
  assert.equal(bigToNumber(toBig(0n)), 0);
  assert.throws(() => bigFromNumber(NaN));
  assert.throws(() => bigFromNumber(Infinity));
  assert.equal(bigFromNumber(-0).neg, false);
  assert.equal(bigFromFloatTrunc(-0.5).neg, false);
});

// OTP 25 big_to_double on a 64-bit host: d = d * 2^64 + (double)digit over 64-bit digits, top first.
function otpBigToDouble(x: bigint): number {
  const neg = x < 0n;
  if (neg) x = -x;
  const ds: bigint[] = [];
  while (x > 0n) {
    ds.push(x & 0xffffffffffffffffn);
    x >>= 64n;
  }
  let d = 0;
  for (let i = ds.length - 1; i >= 0; i--) d = d * 18446744073709551616 + Number(ds[i]);
  return neg ? -d : d;
}

test('cmpNumber is exact', () => {
  const dv = new DataView(new ArrayBuffer(8));
  const cmpExact = (x: bigint, f: number): number => {
    if (f === Infinity) return -1;
    if (f === -Infinity) return 1;
    if (Number.isInteger(f)) {
      const y = BigInt(f);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    return x <= BigInt(Math.floor(f)) ? -1 : 1;
  };
  for (let i = 0; i < 6000; i++) {
    const x = rndBigInt();
    let f: number;
    const r = rndInt(5);
    if (r === 0) f = Number(x); // rounded: often equal, sometimes off by < 1 ulp
    else if (r === 1) f = Number(x) + (rnd() - 0.5) * 4;
    else if (r === 2) {
      dv.setUint32(0, rndInt(0x7ff00000));
      dv.setUint32(4, rndInt(4294967296));
      f = dv.getFloat64(0) * (rndInt(2) ? 1 : -1);
    } else if (r === 3) f = (rnd() - 0.5) * 10;
    else f = [Infinity, -Infinity, 0, -0, 0.5, -0.5, 2 ** 53, -(2 ** 53), 2 ** 64, 2 ** 1023][rndInt(10)];
    if (!Number.isFinite(Number(x)) && !Number.isFinite(f)) continue;
    assert.equal(bigCmpNumber(toBig(x), f), cmpExact(x, f), `${x} vs ${f}`);
  }
  const big = toBig((1n << 64n) + 1n);
  assert.equal(bigCmpNumber(big, 2 ** 64), 1); // Number() would say equal
  assert.equal(bigCmpNumber(toBig(1n << 64n), 2 ** 64), 0);
  assert.equal(bigCmpNumber(toBig(-(1n << 64n) - 1n), -(2 ** 64)), -1);
  assert.equal(bigCmpNumber(toBig(0n), -0), 0);
});

test('words32, fitsSmall, toSmall, bitLength, byteLength', () => {
  for (let i = 0; i < 4000; i++) {
    const x = rndBigInt();
    const a = toBig(x);
    const ax = x < 0n ? -x : x;
    const w = bigToWords32(a);
    let y = 0n;
    for (let k = w.length - 1; k >= 0; k--) {
      assert.ok(Number.isInteger(w[k]) && w[k] >= 0 && w[k] <= 0xffffffff);
      y = (y << 32n) | BigInt(w[k]);
    }
    assert.equal(y, ax);
    if (w.length > 0) assert.notEqual(w[w.length - 1], 0);
    // from an Int32Array (signed view of the heap) at an offset, with padding high zero digits
    const heap = new Int32Array(w.length + 4);
    for (let k = 0; k < w.length; k++) heap[2 + k] = w[k] | 0;
    assert.equal(check(bigFromWords32(heap, 2, w.length + 1, x < 0n), 'fromWords32'), x);
    assert.equal(check(bigFromWords32(w, 0, w.length, x < 0n), 'fromWords32 plain'), x);
    const bl = ax === 0n ? 0 : ax.toString(2).length;
    assert.equal(bigBitLength(a), bl);
    assert.equal(bigByteLength(a), Math.ceil(bl / 8));
    for (const bits of [28, 32, 48, 53, 64]) {
      const lim = 1n << BigInt(bits - 1);
      const fits = x >= -lim && x < lim;
      assert.equal(bigFitsSmall(a, bits), fits, `${x} fits ${bits}`);
      if (fits && bits <= 53) assert.equal(bigToSmall(a), Number(x));
    }
  }
  for (const bits of [28, 32, 53]) {
    const lim = 1n << BigInt(bits - 1);
    for (const x of [lim, lim - 1n, -lim, -lim - 1n, -lim + 1n]) {
      assert.equal(bigFitsSmall(toBig(x), bits), x >= -lim && x < lim, `${x} fits ${bits}`);
    }
  }
  assert.deepEqual(bigToWords32(toBig(0n)), []);
  assert.equal(bigFromWords32([0, 0], 0, 2, true).neg, false);
  assert.equal(bigToSmall(toBig(-(1n << 27n))), -(2 ** 27));
});

test('speed: 10,000-digit toString/parse, big division', () => {
  const x = 7n ** 11835n; // 10,002 decimal digits
  const a = toBig(x);
  let t0 = Date.now();
  const s = bigToString(a, 10);
  const ts = Date.now() - t0;
  assert.equal(s, x.toString());
  assert.ok(s.length >= 10000);
  assert.ok(ts < 3000, `toString took ${ts} ms`);
  t0 = Date.now();
  const p = bigParse(s, 10)!;
  const tp = Date.now() - t0;
  assert.equal(fromBig(p), x);
  assert.ok(tp < 3000, `parse took ${tp} ms`);
  const y = 3n ** 10000n + 12345n;
  t0 = Date.now();
  const q = bigDivRem(toBig(x * x + 99n), toBig(y));
  const td = Date.now() - t0;
  assert.equal(fromBig(q.q), (x * x + 99n) / y);
  assert.equal(fromBig(q.r), (x * x + 99n) % y);
  assert.ok(td < 3000, `division took ${td} ms`);
});

// ---------------------------------------------------------------------------------------------
// Erlang semantics pinned with literal values recorded from OTP 25 (checked even without erl).

test('pinned OTP 25 results', () => {
  const B = (s: string) => bigParse(s, 10)!;
  const S = (b: Big) => bigToString(b, 10);
  // -7 div 2 = -3, -7 rem 2 = -1, 7 rem -2 = 1
  assert.equal(S(bigDiv(B('-7'), B('2'))), '-3');
  assert.equal(S(bigRem(B('-7'), B('2'))), '-1');
  assert.equal(S(bigRem(B('7'), B('-2'))), '1');
  // -(2^100) div 3 = -422550200076076467165567735125, rem -1
  assert.equal(S(bigDiv(B('-1267650600228229401496703205376'), B('3'))), '-422550200076076467165567735125');
  assert.equal(S(bigRem(B('-1267650600228229401496703205376'), B('3'))), '-1');
  // -(2^100) - 1 bsr 99 = -3 ; -(2^100) band 16#FFFFFFFFFFFFFFFFFFFF = 0 ; -5 band (2^70+3) = 2^70+3
  assert.equal(S(bigBsr(B('-1267650600228229401496703205377'), 99)), '-3');
  assert.equal(S(bigBand(B('-1267650600228229401496703205376'), bigParse('FFFFFFFFFFFFFFFFFFFF', 16)!)), '0');
  assert.equal(S(bigBand(B('-5'), B('1180591620717411303427'))), '1180591620717411303427');
  // bnot (2^64) = -18446744073709551617 ; -1 bsr 1000 = -1
  assert.equal(S(bigBnot(B('18446744073709551616'))), '-18446744073709551617');
  assert.equal(S(bigBsr(B('-1'), 1000)), '-1');
  // integer_to_list(-(2^70 + 255), 16/36/2)
  const v = B('-1180591620717411303679');
  assert.equal(bigToString(v, 16), '-4000000000000000FF');
  assert.equal(bigToString(v, 36), '-6X5KXTVUWILURJ');
  assert.equal(bigToString(B('1180591620717411303679'), 2), '1' + '0'.repeat(62) + '11111111');
  // float(1624308692092084839649736001444877943835119068148503698381295131) = 1.6243086920920847e63
  // (the correctly rounded value is 1.624308692092085e63: OTP adds 64-bit digits from the top)
  const f = B('1624308692092084839649736001444877943835119068148503698381295131');
  assert.equal(bigToNumber(f), 1.6243086920920847e63);
  assert.equal(bigToNumberNearest(f), 1.624308692092085e63);
  assert.equal(bigToNumber(B('340282366920938501260753214462639472639')), 3.402823669209385e38);
});

// ---------------------------------------------------------------------------------------------
// Differential test against erl (skipped when erl is not installed).

function erlAvailable(): boolean {
  const r = spawnSync('erl', ['-noshell', '-eval', 'halt().'], { encoding: 'utf8' });
  return r.status === 0;
}

const ERL_EVAL = `
{ok, [Cases]} = file:consult(os:getenv("BIGNUM_CASES")),
FB = fun(Bits) -> <<F:64/float>> = <<Bits:64>>, F end,
Cmp = fun(A, B) -> if A < B -> -1; A == B -> 0; true -> 1 end end,
Run = fun({add,A,B}) -> integer_to_list(A + B);
         ({sub,A,B}) -> integer_to_list(A - B);
         ({mul,A,B}) -> integer_to_list(A * B);
         ({'div',A,B}) -> integer_to_list(A div B);
         ({'rem',A,B}) -> integer_to_list(A rem B);
         ({'band',A,B}) -> integer_to_list(A band B);
         ({'bor',A,B}) -> integer_to_list(A bor B);
         ({'bxor',A,B}) -> integer_to_list(A bxor B);
         ({'bnot',A}) -> integer_to_list(bnot A);
         ({'bsl',A,N}) -> integer_to_list(A bsl N);
         ({'bsr',A,N}) -> integer_to_list(A bsr N);
         ({str,A,Base}) -> integer_to_list(A, Base);
         ({parse,S,Base}) -> case catch list_to_integer(S, Base) of {'EXIT',_} -> "badarg"; I -> integer_to_list(I) end;
         ({float,A}) -> case catch float(A) of {'EXIT',_} -> "badarg"; F -> <<I:64>> = <<F:64/float>>, integer_to_list(I) end;
         ({cmp,A,Bits}) -> integer_to_list(Cmp(A, FB(Bits)));
         ({trunc,Bits}) -> integer_to_list(trunc(FB(Bits)))
      end,
lists:foreach(fun(C) -> io:format("~s~n", [Run(C)]) end, Cases),
halt().
`;

test('differential against erl', (t) => {
  if (!erlAvailable()) {
    t.skip('erl not installed');
    return;
  }
  type Case = { erl: string; ours: () => string };
  const cases: Case[] = [];
  const dv = new DataView(new ArrayBuffer(8));
  const bitsOf = (f: number): bigint => {
    dv.setFloat64(0, f);
    return dv.getBigUint64(0);
  };
  const I = (x: bigint) => x.toString();
  const S = (b: Big) => bigToString(b, 10);
  for (let i = 0; i < 60; i++) {
    const x = rndBigInt();
    let y = rndBigInt();
    if (y === 0n) y = -3n;
    const a = toBig(x);
    const b = toBig(y);
    cases.push({ erl: `{add,${I(x)},${I(y)}}`, ours: () => S(bigAdd(a, b)) });
    cases.push({ erl: `{sub,${I(x)},${I(y)}}`, ours: () => S(bigSub(a, b)) });
    cases.push({ erl: `{mul,${I(x)},${I(y)}}`, ours: () => S(bigMul(a, b)) });
    cases.push({ erl: `{'div',${I(x)},${I(y)}}`, ours: () => S(bigDiv(a, b)) });
    cases.push({ erl: `{'rem',${I(x)},${I(y)}}`, ours: () => S(bigRem(a, b)) });
    cases.push({ erl: `{'band',${I(x)},${I(y)}}`, ours: () => S(bigBand(a, b)) });
    cases.push({ erl: `{'bor',${I(x)},${I(y)}}`, ours: () => S(bigBor(a, b)) });
    cases.push({ erl: `{'bxor',${I(x)},${I(y)}}`, ours: () => S(bigBxor(a, b)) });
    cases.push({ erl: `{'bnot',${I(x)}}`, ours: () => S(bigBnot(a)) });
    const n = rndInt(600) - 300;
    cases.push({ erl: `{'bsl',${I(x)},${n}}`, ours: () => S(bigBsl(a, n)) });
    cases.push({ erl: `{'bsr',${I(x)},${n}}`, ours: () => S(bigBsr(a, n)) });
    for (const base of [2, 16, 36, 2 + rndInt(35)]) {
      cases.push({ erl: `{str,${I(x)},${base}}`, ours: () => bigToString(a, base) });
    }
    const base = 2 + rndInt(35);
    const txt = x.toString(base);
    const mangled = rndInt(3) === 0 ? txt + String.fromCharCode(33 + rndInt(90)) : rndInt(2) ? txt.toUpperCase() : '+' + txt;
    cases.push({
      erl: `{parse,${JSON.stringify(mangled)},${base}}`,
      ours: () => {
        const p = bigParse(mangled, base);
        return p ? S(p) : 'badarg';
      },
    });
    cases.push({
      erl: `{float,${I(x)}}`,
      ours: () => {
        const f = bigToNumber(a);
        return Number.isFinite(f) ? I(bitsOf(f)) : 'badarg';
      },
    });
    const fx = Number.isFinite(Number(x)) ? Number(x) + [0, 0, 1, -1, 0.5, 1e10][rndInt(6)] : 1e300;
    cases.push({ erl: `{cmp,${I(x)},${I(bitsOf(fx))}}`, ours: () => String(bigCmpNumber(a, fx)) });
    dv.setUint32(0, rndInt(0x7ff00000));
    dv.setUint32(4, rndInt(4294967296));
    const fr = dv.getFloat64(0) * (rndInt(2) ? 1 : -1);
    cases.push({ erl: `{cmp,${I(x)},${I(bitsOf(fr))}}`, ours: () => String(bigCmpNumber(a, fr)) });
    cases.push({ erl: `{trunc,${I(bitsOf(fr))}}`, ours: () => S(bigFromFloatTrunc(fr)) });
  }
  // float/1 patterns where OTP's digit-wise conversion differs from correct rounding
  for (let i = 0; i < 40; i++) {
    const e = 130 + rndInt(800);
    const x = ((rndBits(53) | (1n << 52n)) << BigInt(e - 53)) | rndBits(e - 53);
    const a = toBig(x);
    cases.push({
      erl: `{float,${I(x)}}`,
      ours: () => {
        const f = bigToNumber(a);
        return Number.isFinite(f) ? I(bitsOf(f)) : 'badarg';
      },
    });
  }
  const dir = mkdtempSync(join(tmpdir(), 'bignum-'));
  try {
    const file = join(dir, 'cases.eterm');
    writeFileSync(file, '[' + cases.map((c) => c.erl).join(',\n') + '].\n');
    const r = spawnSync('erl', ['-noshell', '-eval', ERL_EVAL], {
      encoding: 'utf8',
      cwd: dir,
      env: { ...process.env, BIGNUM_CASES: file },
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.equal(r.status, 0, r.stderr + r.stdout.slice(0, 2000));
    const lines = r.stdout.split('\n');
    for (let i = 0; i < cases.length; i++) {
      assert.equal(cases[i].ours(), lines[i], cases[i].erl.slice(0, 300));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
