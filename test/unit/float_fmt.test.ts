// Differential tests of src/vm/float_fmt.ts against Erlang/OTP (`erl` must be on PATH).
// One `erl -noshell` run formats every test value (passed as exact hex bit patterns) and parses
// every test string; the JS side must produce the same text / the same bits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  floatBits,
  floatFromBits,
  shortest,
  formatShort,
  formatShortBits,
  formatDefault,
  formatDecimals,
  formatScientific,
  fmtF,
  fmtE,
  fmtG,
  parseErlangFloat,
  parseFloatLoose,
  scanFloat
} from '../../src/vm/float_fmt';

// ---------------------------------------------------------------------------------------------
// Deterministic random numbers (xorshift128+ on BigInt, seeded)

let s0 = 0x9e3779b97f4a7c15n;
let s1 = 0xbf58476d1ce4e5b9n;
const M64 = (1n << 64n) - 1n;
function rnd64(): bigint {
  let x = s0;
  const y = s1;
  s0 = y;
  x = (x ^ (x << 23n)) & M64;
  s1 = x ^ y ^ (x >> 17n) ^ (y >> 26n);
  return (s1 + y) & M64;
}
function rndInt(n: number): number {
  return Number(rnd64() % BigInt(n));
}

const dv = new DataView(new ArrayBuffer(8));
function fromBits64(b: bigint): number {
  dv.setBigUint64(0, b);
  return dv.getFloat64(0);
}
function bits64(x: number): bigint {
  dv.setFloat64(0, x);
  return dv.getBigUint64(0);
}
function hex(x: number): string {
  return bits64(x).toString(16).padStart(16, '0');
}
/** A random finite double from random bits (NaN/Inf patterns re-drawn). */
function randomDouble(): number {
  for (;;) {
    const b = rnd64();
    if (((b >> 52n) & 0x7ffn) !== 0x7ffn) return fromBits64(b);
  }
}

// ---------------------------------------------------------------------------------------------
// Test values

function testValues(): number[] {
  const v: number[] = [];
  const fixed = [
    0, -0, 1, -1, 0.1, -0.1, 0.2, 0.3, 1e10, 123456789012345680, 1e22, 1e23, 5e-324, -5e-324, 1e-323,
    2.2250738585072014e-308, 2.225073858507201e-308, 4.4501477170144023e-308, 1.7976931348623157e308,
    -1.7976931348623157e308, 1e-5, 1e-4, 1e-3, 0.001234, 0.0001234, 100, 1000, 12340, 123400, 1.5e300,
    0.125, 2.5, 1.005, 0.5, 1.5, 9.5, 0.05, 0.15, 0.25, 0.35, 0.995, 0.1245, 0.12445, 999.9999, 9.999999,
    99999.5, 0.9999995, 0.49999999999999994, 4503599627370495.5, 4503599627370497, 9007199254740990,
    9007199254740991, 9007199254740992, 9007199254740994, 9007199254740996, 900719925474099, 900719925474100,
    9007199254740980, 9007199254740900, 9007199254741000, 90071992547409e2, 90071992547410e2,
    1234567890123, 1234000000000, 1e9, 1.2e10, 1.23e9, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21,
    2e243, -2e243, 1e255, 1e263, 1e264, 1e-11, -1e-11, 1e-30, 3.14159, 2.718281828459045, 1 / 3, 2 / 3,
    0.000488281250, 1e100, 1.7976931348623157e308 / 2, 2.4703282292062328e-324, 6.103515625e-05
  ];
  for (const x of fixed) v.push(x, -x);
  // powers of two over the whole range (asymmetric rounding intervals) and their neighbours
  for (let e = -1074; e <= 1023; e += 1) {
    const p = 2 ** e;
    v.push(p);
    if (e % 7 === 0) v.push(fromBits64(bits64(p) + 1n), fromBits64(bits64(p) - 1n));
  }
  // powers of ten and neighbours
  for (let e = -323; e <= 308; e++) {
    const p = Number('1e' + e);
    v.push(p);
    if (e % 3 === 0) v.push(fromBits64(bits64(p) + 1n), fromBits64(bits64(p) - 1n));
  }
  // integers
  for (let i = 0; i < 300; i++) v.push(rndInt(1000000));
  for (let i = 0; i < 300; i++) v.push(Number(rnd64() >> BigInt(11 + rndInt(50))));
  for (let i = 0; i < 100; i++) v.push(2 ** 53 - rndInt(1000), 2 ** 53 + 2 * rndInt(1000));
  // near-halfway decimals: k.5, x.xx5, with few digits
  for (let i = 0; i < 600; i++) {
    const digits = 1 + rndInt(6);
    const m = rndInt(10 ** digits) * 10 + 5;
    const sc = rndInt(digits + 3);
    v.push(Number(m + 'e-' + sc));
  }
  // short decimals at all scales
  for (let i = 0; i < 800; i++) {
    const m = 1 + rndInt(999999);
    v.push(Number(m + 'e' + (rndInt(640) - 330)));
  }
  // subnormals
  for (let i = 0; i < 200; i++) v.push(fromBits64(rnd64() & ((1n << 52n) - 1n)));
  for (let i = 0; i < 100; i++) v.push(fromBits64(BigInt(1 + rndInt(100000))));
  // moderate magnitudes, random bits
  for (let i = 0; i < 800; i++) {
    const e = 1023 - 40 + rndInt(80);
    v.push(fromBits64((BigInt(e) << 52n) | (rnd64() & ((1n << 52n) - 1n))));
  }
  // random bit patterns over the whole range
  for (let i = 0; i < 2500; i++) v.push(randomDouble());
  // random signs
  for (let i = 0; i < v.length; i++) if (rndInt(4) === 0) v[i] = -v[i];
  return v.filter((x) => Number.isFinite(x));
}

// ---------------------------------------------------------------------------------------------
// Test strings for list_to_float/1 and string:to_float/1

/** Exact decimal text (scientific) of (2m+1) * 2^(e-1), the midpoint above m * 2^e. */
function midpointText(x: number): string | null {
  const b = bits64(x);
  const bexp = Number((b >> 52n) & 0x7ffn);
  const frac = b & ((1n << 52n) - 1n);
  let m: bigint;
  let e: number;
  if (bexp === 0) {
    m = frac;
    e = -1074;
  } else {
    m = frac | (1n << 52n);
    e = bexp - 1075;
  }
  const n = 2n * m + 1n;
  let digits: string;
  let pointExp: number; // value = 0.digits * 10^pointExp
  if (e - 1 >= 0) {
    digits = (n << BigInt(e - 1)).toString();
    pointExp = digits.length;
  } else {
    const k = 1 - e;
    digits = (n * 5n ** BigInt(k)).toString();
    pointExp = digits.length - k;
  }
  digits = digits.replace(/0+$/, '');
  if (digits.length === 0) return null;
  return digits[0] + '.' + (digits.length > 1 ? digits.slice(1) : '0') + 'e' + (pointExp - 1);
}

function testStrings(values: number[]): string[] {
  const out: string[] = [
    '1.0', '-1.5e10', '1.0E-3', '+2.0', '1', '1.', '.5', '1e5', ' 1.0', '1.0 ', '1,0', '1,5e3', '01.0', '00.00',
    '1.0e', '1.0e+', '1.0e+5', '1.0e-05', '1.0e0005', '1.0E+05', '--1.0', '+-1.0', '1.0.0', '1.0e5.0', '1_0.0',
    '1.0_0', '-', '+', '1.0e400', '1.0e308', '1.7976931348623158e308', '1.7976931348623159e308',
    '1.797693134862315807937289714053e308', '1.797693134862315807937289714054e308',
    '1.0e-400', '1.0e-323', '2.4703282292062328e-324', '2.4703282292062327e-324', '0.0e-99999999999',
    '0.0e99999999999', '1.0e99999999999999', '1.0e-99999999999999', '-0.0', '0.0', '-1.0e-400', '1.0abc',
    '1.0e5x', '1.5e', '12.5e3abc', '-.5', '+.5e3', '1.e3', '1x', 'abc', '1.0e1000000000000000000000000',
    '1,0,0', '1.0,0', '+1,5', '-0,0e5', '1.0E', '1.0e-', '9.5e-1x', '123456789012345678901234567890.0',
    '0.' + '0'.repeat(400) + '1e400', '0.' + '0'.repeat(400) + '1e300', '9'.repeat(400) + '.0e-100',
    '1.' + '3'.repeat(3000), '0.' + '9'.repeat(800), '1.' + '0'.repeat(900) + '1', '4.4501477170144022e-308',
    '2.2250738585072011e-308', '2.2250738585072012e-308', '1.0e23', '8.589973e9', '9007199254740993.0',
    '9007199254740992.5', '9007199254740993.0000000000000001', '4.9e-324', '2.5e-324', '7.4e-324',
    '1.0e22', '1.0e21', '123.456e-2', '000000000000000000000000000001.5', '1.0e0', '1.0e-0', '0.1e1',
    '1.0e+0000000000000000000000000000000000000000000000000000001'
  ];
  for (let i = 0; i < values.length; i += 1) {
    const x = values[i];
    if (i % 2 === 0) {
      const t = formatShort(x);
      out.push(t, t + 'x');
    }
    if (i % 5 === 0 && x !== 0) {
      const mid = midpointText(Math.abs(x));
      if (mid !== null) {
        const sg = x < 0 ? '-' : '';
        out.push(sg + mid);
        // just above and just below the midpoint
        const ep = mid.indexOf('e');
        out.push(sg + mid.slice(0, ep) + '000001' + mid.slice(ep));
        if (mid.length > 40) out.push(sg + mid.slice(0, 30) + mid.slice(ep));
      }
    }
  }
  // random long mantissas
  for (let i = 0; i < 1500; i++) {
    const nd = 1 + rndInt(40);
    let d = '';
    for (let j = 0; j < nd; j++) d += String(rndInt(10));
    const ip = rndInt(nd) + 1;
    const intPart = d.slice(0, ip);
    const fracPart = d.slice(ip) || '0';
    const e = rndInt(700) - 350;
    out.push((rndInt(2) ? '-' : '') + intPart + (rndInt(5) === 0 ? ',' : '.') + fracPart + (rndInt(8) === 0 ? '' : (rndInt(2) ? 'e' : 'E') + e));
  }
  return out.filter((t) => t.length > 0 && !/[\t\n\r]/.test(t));
}

// ---------------------------------------------------------------------------------------------
// The formats compared: the JS function and the Erlang expression (of X) it must reproduce.
// Heavy ones (hundreds of digits) run on every HEAVY_EVERY-th value only, to keep the test fast.

interface Format {
  name: string;
  js: (x: number) => string | null;
  erl: string;
  heavy?: boolean;
  /** Text as long as the integer part (decimals, ~f): skipped for big values except every HEAVY_EVERY-th. */
  long?: boolean;
  /** Precisions OTP refuses (an exception costs erl ~0.1 ms): checked on every RARE_EVERY-th value. */
  rare?: boolean;
}

const FORMATS: Format[] = [
  { name: 'short', js: formatShort, erl: 'float_to_list(X, [short])' },
  { name: 'float_to_list/1', js: formatDefault, erl: 'float_to_list(X)' }
];
for (const n of [0, 1, 2, 3, 5, 10, 15, 17, 18, 19, 20, 30, 253]) {
  FORMATS.push({ name: `decimals ${n}`, js: (x) => formatDecimals(x, n), erl: `float_to_list(X, [{decimals, ${n}}])`, heavy: n > 20, long: true });
}
for (const n of [0, 1, 2, 5, 18, 19, 20]) {
  FORMATS.push({ name: `decimals ${n} compact`, js: (x) => formatDecimals(x, n, true), erl: `float_to_list(X, [{decimals, ${n}}, compact])`, long: true });
}
for (const n of [0, 1, 2, 5, 16, 17, 20, 30, 248, 249]) {
  FORMATS.push({ name: `scientific ${n}`, js: (x) => formatScientific(x, n), erl: `float_to_list(X, [{scientific, ${n}}])`, heavy: n > 20 });
}
FORMATS.push({ name: '~f', js: (x) => fmtF(x), erl: 'io_lib:format("~f", [X])', long: true });
for (const p of [0, 1, 2, 3, 10, 25]) {
  FORMATS.push({ name: `~.${p}f`, js: (x) => fmtF(x, p), erl: `io_lib:format("~.${p}f", [X])`, heavy: p > 3, long: true, rare: p < 1 });
}
FORMATS.push({ name: '~e', js: (x) => fmtE(x), erl: 'io_lib:format("~e", [X])' });
for (const p of [1, 2, 3, 10, 25]) {
  FORMATS.push({ name: `~.${p}e`, js: (x) => fmtE(x, p), erl: `io_lib:format("~.${p}e", [X])`, heavy: p > 3, rare: p < 2 });
}
FORMATS.push({ name: '~g', js: (x) => fmtG(x), erl: 'io_lib:format("~g", [X])' });
for (const p of [0, 1, 2, 3, 10, 17, 25]) {
  FORMATS.push({ name: `~.${p}g`, js: (x) => fmtG(x, p), erl: `io_lib:format("~.${p}g", [X])`, heavy: p > 3, rare: p < 1 });
}
const HEAVY_EVERY = 6;
const RARE_EVERY = 60;

/** R: every format; F: all but the rare ones; L: not the heavy ones either; S: nor the long ones. */
function valueClass(i: number, x: number): string {
  return i % RARE_EVERY === 0 ? 'R' : i % HEAVY_EVERY === 0 ? 'F' : Math.abs(x) >= 1e21 ? 'S' : 'L';
}

/** The formats checked for value number i, in the order erl prints them. */
function formatsFor(i: number, x: number): Format[] {
  const c = valueClass(i, x);
  return FORMATS.filter((f) => classHas(c, f));
}

function classHas(c: string, f: Format): boolean {
  if (c === 'R') return true;
  if (f.rare) return false;
  if (c === 'F') return true;
  if (f.heavy) return false;
  return c === 'L' || !f.long;
}

/** The oracle module, compiled and loaded inside the one erl run (interpreted -eval code is slow). */
function erlModule(): string {
  const funs = (fs: Format[]) => '[' + fs.map((f) => `fun() -> ${f.erl} end`).join(',\n     ') + ']';
  return `-module(float_fmt_oracle).
-export([run/3]).

safe(F) -> try lists:flatten(F()) catch _:_ -> "!" end.

${['R', 'F', 'L', 'S'].map((c) => `class(${c.charCodeAt(0)}, X) ->\n    ${funs(FORMATS.filter((f) => classHas(c, f)))}`).join(';\n')}.

fmt({Full, X}) ->
    Fs = class(Full, X),
    P1 = lists:flatten(io_lib:format("~p", [X])),
    W1 = lists:flatten(io_lib:format("~w", [X])),
    [lists:join("\\t", [P1, W1 | [safe(F) || F <- Fs]]), "\\n"].

hex(V) -> binary_to_list(binary:encode_hex(<<V/float>>)).

parse(S) ->
    A = try hex(list_to_float(S)) catch _:_ -> "!" end,
    B = case string:to_float(S) of
            {error, _} -> "!";
            {V, Rest} -> hex(V) ++ "\t" ++ Rest
        end,
    [A, "\t", B, "\n"].

run(ValuesFile, StringsFile, OutFile) ->
    {ok, VB} = file:read_file(ValuesFile),
    Vals = [begin <<X/float>> = binary:decode_hex(H), {C, X} end
            || <<C, H/binary>> <- binary:split(VB, <<"\n">>, [global, trim_all])],
    {ok, SB} = file:read_file(StringsFile),
    Strs = [binary_to_list(S) || S <- binary:split(SB, <<"\n">>, [global, trim_all])],
    ok = file:write_file(OutFile, [[fmt(X) || X <- Vals], "--\n", [parse(S) || S <- Strs]]).
`;
}

function runErl(values: number[], strings: string[]): { fmt: string[][]; parse: string[][] } {
  const dir = mkdtempSync(join(tmpdir(), 'float_fmt-'));
  try {
    const mf = join(dir, 'float_fmt_oracle.erl');
    const vf = join(dir, 'values.txt');
    const sf = join(dir, 'strings.txt');
    const of = join(dir, 'out.txt');
    writeFileSync(mf, erlModule());
    writeFileSync(vf, values.map((x, i) => valueClass(i, x) + hex(x)).join('\n') + '\n');
    writeFileSync(sf, strings.join('\n') + '\n');
    const q = (p: string) => JSON.stringify(p); // an Erlang string literal for a plain path
    const script =
      `{ok, M, Bin} = compile:file(${q(mf)}, [binary, report]), ` +
      `{module, M} = code:load_binary(M, ${q(mf)}, Bin), ` +
      `ok = M:run(${q(vf)}, ${q(sf)}, ${q(of)}), halt().`;
    execFileSync('erl', ['-noshell', '-eval', script], { stdio: ['ignore', 'inherit', 'inherit'] });
    const text = readFileSync(of, 'latin1');
    const sep = text.indexOf('--\n');
    const fmt = text.slice(0, sep).split('\n');
    fmt.pop();
    const parse = text.slice(sep + 3).split('\n');
    parse.pop();
    return { fmt: fmt.map((l) => l.split('\t')), parse: parse.map((l) => l.split('\t')) };
  } finally {
    // KEEP_FLOAT_TMP=1 keeps the oracle module, inputs and erl output for debugging
    if (!process.env.KEEP_FLOAT_TMP) rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

const VALUES = testValues();
const STRINGS = testStrings(VALUES);
const T0 = Date.now();
const ERL = runErl(VALUES, STRINGS);
const ERL_MS = Date.now() - T0;

test(`erl oracle ran (${VALUES.length} values, ${STRINGS.length} strings, ${ERL_MS} ms)`, () => {});

test('erl produced one line per value and per string', () => {
  assert.equal(ERL.fmt.length, VALUES.length);
  assert.equal(ERL.parse.length, STRINGS.length);
});

test('formatting matches OTP on every value and format', () => {
  const bad: string[] = [];
  let checked = 0;
  for (let i = 0; i < VALUES.length; i++) {
    const x = VALUES[i];
    const erl = ERL.fmt[i];
    const fs = formatsFor(i, x);
    const short = formatShort(x);
    // ~p and ~w print floats as float_to_list(X, [short])
    if (erl[0] !== short) bad.push(`${hex(x)} ~p: erl ${erl[0]} js ${short}`);
    if (erl[1] !== short) bad.push(`${hex(x)} ~w: erl ${erl[1]} js ${short}`);
    assert.equal(erl.length, fs.length + 2);
    for (let k = 0; k < fs.length; k++) {
      const js = fs[k].js(x);
      const j = js === null ? '!' : js;
      checked++;
      if (erl[k + 2] !== j) bad.push(`${hex(x)} ${fs[k].name}: erl ${erl[k + 2]} js ${j}`);
    }
  }
  assert.ok(checked > 100000, `checked ${checked}`);
  assert.deepEqual(bad.slice(0, 20), [], `${bad.length} mismatches`);
});

test('list_to_float and string:to_float match OTP', () => {
  const bad: string[] = [];
  for (let i = 0; i < STRINGS.length; i++) {
    const str = STRINGS[i];
    const [strict, loose, rest] = ERL.parse[i];
    const a = parseErlangFloat(str);
    const js = a === null ? '!' : hex(a);
    if (js !== strict.toLowerCase()) bad.push(`list_to_float(${JSON.stringify(str.slice(0, 60))}): erl ${strict} js ${js}`);
    const b = parseFloatLoose(str);
    const jl = b === null ? '!' : hex(b.value);
    if (jl !== loose.toLowerCase() || (b !== null && b.rest !== rest)) {
      bad.push(`string:to_float(${JSON.stringify(str.slice(0, 60))}): erl ${loose} ${rest} js ${jl} ${b && b.rest}`);
    }
  }
  assert.deepEqual(bad.slice(0, 20), [], `${bad.length} mismatches`);
});

test('formatShort round-trips through parseErlangFloat for 100k random bit patterns', () => {
  let bad = 0;
  let first = '';
  for (let i = 0; i < 100000; i++) {
    const x = randomDouble();
    const t = formatShort(x);
    const y = parseErlangFloat(t);
    if (y === null || !Object.is(x, y)) {
      if (bad++ === 0) first = `${hex(x)} -> ${t} -> ${y}`;
    }
  }
  assert.equal(bad, 0, first);
});

test('shortest digits agree with the JS engine on V8 (shortest, nearest)', () => {
  for (let i = 0; i < 20000; i++) {
    const x = Math.abs(randomDouble());
    if (x === 0) continue;
    const sh = shortest(x);
    const v8 = x.toExponential(); // V8: shortest round-trip digits
    const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(v8)!;
    assert.equal(sh.digits, m[1] + (m[2] || ''), `${hex(x)} ${v8}`);
    assert.equal(sh.exp, Number(m[3]), `${hex(x)} ${v8}`);
  }
  assert.deepEqual(shortest(0), { digits: '0', exp: 0 });
  assert.deepEqual(shortest(-1.5e300), { digits: '15', exp: 300 });
});

test('floatBits / floatFromBits', () => {
  assert.deepEqual(floatBits(1), [0x3ff00000, 0]);
  assert.deepEqual(floatBits(-0), [0x80000000, 0]);
  assert.deepEqual(floatBits(5e-324), [0, 1]);
  assert.ok(Object.is(floatFromBits(0x80000000, 0), -0));
  for (let i = 0; i < 1000; i++) {
    const x = randomDouble();
    const [h, l] = floatBits(x);
    assert.ok(Object.is(floatFromBits(h, l), x));
    assert.equal(formatShortBits(h, l), formatShort(x));
  }
});

test('scanFloat reports bits and the end of the float', () => {
  assert.deepEqual(scanFloat('-0.0', true), { hi: 0x80000000, lo: 0, end: 4 });
  assert.deepEqual(scanFloat('2.5e1abc', false), { hi: 0x40390000, lo: 0, end: 5 });
  assert.equal(scanFloat('2.5e1abc', true), null);
  assert.equal(parseErlangFloat(''), null);
  assert.equal(parseFloatLoose(''), null);
  assert.deepEqual(parseFloatLoose('1.5e+'), { value: 1.5, rest: 'e+' });
});

test('invalid precisions are refused as OTP does', () => {
  assert.equal(formatDecimals(1.5, -1), null);
  assert.equal(formatDecimals(1.5, 254), null);
  assert.equal(formatScientific(1.5, -1), null);
  assert.equal(formatScientific(1.5, 250), null);
  assert.equal(fmtF(1.5, 0), null);
  assert.equal(fmtE(1.5, 1), null);
  assert.equal(fmtG(1.5, 0), null);
});
