// Differential test of the external term format against OTP: erl generates a few thousand terms
// of every type and prints term_to_binary/1,2 of each; we decode every encoding (heap, literal
// area, compressed) and re-encode it: the bytes must be identical. Then fuzzing: truncated and
// corrupted inputs must give NONE, never a JS exception.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memInit, W } from '../../src/vm/memory';
import { atomsInit } from '../../src/vm/atoms';
import { Process } from '../../src/vm/process';
import { heapSetup, heapAlloc } from '../../src/vm/heap';
import { NONE } from '../../src/vm/term';
import { binToBytes } from '../../src/vm/binary';
import { FunInfo, setFunInfoHook, exactEq } from '../../src/vm/compare';
import { isMap, isFlatMap, mapToSortedArrays } from '../../src/vm/maps';
import {
  etfDecode,
  etfDecodedSize,
  etfDecodeLiteral,
  etfEncodedSize,
  termToBinary,
  termToBytes,
  setFunDecodeHook,
  ETF_USED,
} from '../../src/vm/ext_term';

const GEN = String.raw`
-module(etf_gen).
-export([main/0, gen/1, leaf/0, mkfun/2]).

r(N) -> rand:uniform(N).
pick(L) -> lists:nth(r(length(L)), L).

mkfun(1, X) -> fun() -> X end;
mkfun(2, X) -> fun(A) -> {A, X} end;
mkfun(3, X) -> fun(A, B) -> [A, B, X, X] end;
mkfun(_, _) -> fun() -> ok end.

node_bin() -> <<100,0,13,"nonode@nohost">>.
mkref(Lo, Hi) -> binary_to_term(<<131,90,0,3,(node_bin())/binary,0:32,Lo:32,Hi:32,0:32>>).
mkport(Id) -> binary_to_term(<<131,89,(node_bin())/binary,Id:32,0:32>>).

rfloat() ->
    E = r(2047) - 1, M = r(1 bsl 52) - 1, S = r(2) - 1,
    <<F/float>> = <<S:1, E:11, M:52>>, F.

ratom() ->
    case r(5) of
        1 -> list_to_atom([96 + r(26) || _ <- lists:seq(1, r(12))]);
        2 -> list_to_atom([127 + r(128) || _ <- lists:seq(1, r(8))]);
        3 -> list_to_atom([pick([r(16#7ff), 16#800 + r(16#c000), 16#10000 + r(16#fffff)]) || _ <- lists:seq(1, r(6))]);
        4 -> pick(['', ok, 'hello world', 'nonode@nohost', true, false, undefined, 'ÿ', 'Ω']);
        5 -> list_to_atom([r(255) || _ <- lists:seq(1, r(20))])
    end.

rint() ->
    case r(6) of
        1 -> r(256) - 1;
        2 -> r(1 bsl 28) - (1 bsl 27);
        3 -> pick([1 bsl 27, -(1 bsl 27), (1 bsl 27) - 1, -(1 bsl 27) - 1, 1 bsl 31, -(1 bsl 31),
                   (1 bsl 31) - 1, -(1 bsl 31) - 1, 1 bsl 32, (1 bsl 32) - 1, -(1 bsl 32), 1 bsl 53,
                   (1 bsl 53) + 1, 1 bsl 64, -(1 bsl 64), (1 bsl 64) - 1, 1 bsl 1023, (1 bsl 1024) - 1,
                   1 bsl 2047, -(1 bsl 2100), 256, -1, -256]);
        4 -> (r(1 bsl 62)) bsl r(200) * pick([1, -1]);
        5 -> r(1 bsl 40) * pick([1, -1]);
        6 -> -r(1 bsl 27)
    end.

rbin() ->
    N = pick([0, 1, 2, 3, 4, 5, 63, 64, 65, 100, r(200)]),
    list_to_binary([r(256) - 1 || _ <- lists:seq(1, N)]).

rbits() ->
    B = rbin(), K = r(7), <<B/binary, (r(1 bsl K) - 1):K>>.

leaf() ->
    case r(17) of
        1 -> rint(); 2 -> rint(); 3 -> rfloat();
        4 -> pick([0.0, -0.0, 1.0, 1.5, -2.5, 5.0e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1, 1.0e21, 123456789.0]);
        5 -> ratom(); 6 -> ratom();
        7 -> rbin(); 8 -> rbits();
        9 -> c:pid(0, r(5000), 0);
        10 -> mkref(r(1 bsl 18) - 1, r(1 bsl 32) - 1);
        11 -> mkport(r(100000));
        12 -> pick([fun lists:map/2, fun erlang:'+'/2, fun 'ÿ':'Ω'/0, fun m:f/255]);
        13 -> [r(256) - 1 || _ <- lists:seq(1, r(20))];
        14 -> [];
        15 -> mkfun(4, x);
        16 -> {};
        17 -> #{}
    end.

gen(0) -> leaf();
gen(D) ->
    case r(11) of
        1 -> list_to_tuple([gen(D - 1) || _ <- lists:seq(1, r(6) - 1)]);
        2 -> [gen(D - 1) || _ <- lists:seq(1, r(6) - 1)];
        3 -> lists:foldl(fun(X, Acc) -> [X | Acc] end, pick([a, 1, <<>>, {}, 2.5]), [gen(D - 1) || _ <- lists:seq(1, r(4))]);
        4 -> maps:from_list([{gen(D - 1), gen(D - 1)} || _ <- lists:seq(1, r(8) - 1)]);
        5 -> maps:from_list([{leaf(), leaf()} || _ <- lists:seq(1, r(32))]);
        6 -> mkfun(r(3), gen(D - 1));
        7 -> [r(256) - 1 | gen(D - 1)];
        _ -> leaf()
    end.

hex(B) -> binary:encode_hex(B).

specials() ->
    [list_to_tuple(lists:seq(1, 300)), lists:seq(1, 1000), lists:duplicate(65535, 7),
     lists:duplicate(65536, 7), list_to_binary(lists:duplicate(5000, 9)), 1 bsl 3000, -(1 bsl 2041),
     list_to_atom(lists:duplicate(255, $a)), list_to_atom(lists:duplicate(255, 255)),
     list_to_atom(lists:duplicate(100, 1000)), list_to_atom(lists:duplicate(200, 1000)),
     maps:from_list([{I, I} || I <- lists:seq(1, 32)]), [a | b], [[[[[[]]]]]],
     lists:foldl(fun(_, A) -> [A] end, [], lists:seq(1, 30000)),
     lists:foldl(fun(_, A) -> {A} end, x, lists:seq(1, 30000))].

main() ->
    rand:seed(exsss, {7, 11, 13}),
    Terms = specials() ++ [gen(r(4)) || _ <- lists:seq(1, 3000)],
    Out = [begin
               B1 = term_to_binary(T),
               B0 = term_to_binary(T, [{minor_version, 0}]),
               B2 = term_to_binary(T, [{minor_version, 2}]),
               Z = case I rem 10 of 0 -> term_to_binary(T, [compressed]); _ -> <<"-">> end,
               [hex(B1), $\s, hex(B0), $\s, hex(B2), $\s, case Z of <<"-">> -> Z; _ -> hex(Z) end, $\n]
           end || {I, T} <- lists:zip(lists:seq(1, length(Terms)), Terms)],
    io:put_chars(Out),
    %% large maps (more than 32 keys): OTP writes them in hash order; we check the decoded
    %% contents through the sorted pair list instead
    L = [begin
             M = maps:from_list([{pick([r(1000), ratom(), rbin()]), gen(1)} || _ <- lists:seq(1, 33 + r(60))]),
             [$L, $\s, hex(term_to_binary(M)), $\s, hex(term_to_binary(lists:sort(maps:to_list(M)))), $\n]
         end || _ <- lists:seq(1, 60)],
    io:put_chars(L).
`;

function runErl(): string {
  const dir = mkdtempSync(join(tmpdir(), 'etf-'));
  writeFileSync(join(dir, 'etf_gen.erl'), GEN);
  const expr =
    `{ok, _} = compile:file("${dir}/etf_gen", [{outdir, "${dir}"}, report_errors]), ` +
    `code:add_path("${dir}"), etf_gen:main(), halt().`;
  return execFileSync('erl', ['-noshell', '-eval', expr], { maxBuffer: 1 << 30, encoding: 'latin1', cwd: dir });
}

/** A test fun table: decoded closures get entries keyed by everything NEW_FUN_EXT says. */
function installFunTable(): void {
  const funs: FunInfo[] = [];
  const keys: { [k: string]: number } = {};
  setFunDecodeHook((info) => {
    const k = [info.module, info.index, info.uniq, info.arity, info.numFree, info.oldIndex, Buffer.from(info.md5!).toString('hex')].join(':');
    if (!Object.prototype.hasOwnProperty.call(keys, k)) {
      keys[k] = funs.length;
      funs.push(info);
    }
    return keys[k];
  });
  setFunInfoHook((i) => funs[i] || null);
}

function freshVm(): Process {
  memInit(1 << 20, 1 << 28);
  atomsInit();
  installFunTable();
  const p = new Process(1);
  assert.ok(heapSetup(p, 1 << 16, 1024));
  return p;
}

const hexOf = (b: Uint8Array) => Buffer.from(b).toString('hex').toUpperCase();

/** Asserts equal hex strings, reporting the first difference compactly. */
function sameHex(actual: string, expected: string, label: string): void {
  if (actual === expected) return;
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i++;
  const from = Math.max(0, i - 40);
  assert.fail(
    `${label}: differs at hex ${i} (lengths ${actual.length}/${expected.length})\n` +
      `  ours: ...${actual.slice(from, i + 60)}\n  OTP:  ...${expected.slice(from, i + 60)}\n` +
      `  term: ${expected.slice(0, 300)}`,
  );
}

test('ext_term: decode + re-encode is byte-identical with OTP 25 term_to_binary', () => {
  const out = runErl();
  const lines = out.split('\n').filter((l) => l.length > 0);
  let p = freshVm();
  let n = 0;
  let large = 0;
  for (const line of lines) {
    const f = line.split(' ');
    if (f[0] === 'L') {
      // large map: compare the decoded map's pairs (in key order) with OTP's sorted pair list
      const bytes = Buffer.from(f[1], 'hex');
      const t = etfDecode(p, bytes, 0, bytes.length);
      assert.notEqual(t, NONE);
      assert.ok(isMap(t) && !isFlatMap(t), 'more than 32 keys: a HAMT map');
      const ks: number[] = [];
      const vs: number[] = [];
      mapToSortedArrays(t, ks, vs);
      // build the list of {K, V} tuples on the heap
      let list = 0x3b;
      for (let i = ks.length - 1; i >= 0; i--) {
        const tu = heapAlloc(p, 3);
        W[tu] = (2 << 6) | 0;
        W[tu + 1] = ks[i];
        W[tu + 2] = vs[i];
        const c = heapAlloc(p, 2);
        W[c] = (tu << 2) | 2;
        W[c + 1] = list;
        list = (c << 2) | 1;
      }
      sameHex(hexOf(termToBytes(list)), f[2], 'large map pairs');
      // and our own encoding of it decodes back to an equal map
      const again = termToBytes(t);
      const t2 = etfDecode(p, again, 0, again.length);
      assert.ok(exactEq(t, t2));
      // and as a literal
      const lt = etfDecodeLiteral(bytes, 0, bytes.length, 'test');
      assert.ok(exactEq(t, lt));
      sameHex(hexOf(termToBytes(lt)), hexOf(again), 'large map literal');
      large++;
      continue;
    }
    const [h1, h0, h2, hz] = f;
    const bytes = Buffer.from(h1, 'hex');
    const size = etfDecodedSize(bytes, 0, bytes.length);
    assert.ok(size >= 0, `size of ${h1.slice(0, 80)}`);
    const t = etfDecode(p, bytes, 0, bytes.length);
    assert.notEqual(t, NONE, `decode ${h1.slice(0, 80)}`);
    assert.equal(ETF_USED, bytes.length);
    assert.equal(etfEncodedSize(t), bytes.length);
    sameHex(hexOf(termToBytes(t)), h1, 're-encode');
    sameHex(hexOf(termToBytes(t, 0)), h0, 'minor 0');
    sameHex(hexOf(termToBytes(t, 2)), h2, 'minor 2');
    // minor version 0 input (FLOAT_EXT) decodes to the same term
    const b0 = Buffer.from(h0, 'hex');
    const t0 = etfDecode(p, b0, 0, b0.length);
    sameHex(hexOf(termToBytes(t0)), h1, 'from minor 0');
    // as a binary on the heap
    const bin = termToBinary(p, t);
    sameHex(hexOf(binToBytes(bin)), h1, 'termToBinary');
    // as a module literal
    const lit = etfDecodeLiteral(bytes, 0, bytes.length, 'test');
    sameHex(hexOf(termToBytes(lit)), h1, 'literal');
    if (hz !== '-') {
      const bz = Buffer.from(hz, 'hex');
      const tz = etfDecode(p, bz, 0, bz.length);
      assert.notEqual(tz, NONE);
      sameHex(hexOf(termToBytes(tz)), h1, 'compressed');
      assert.equal(etfDecodedSize(bz, 0, bz.length), size);
    }
    n++;
    if (n % 500 === 0) p = freshVmKeepAtoms(p);
  }
  assert.ok(n >= 3000 && large === 60, `${n} terms, ${large} large maps`);
});

/** A new process (heap) without resetting atoms or funs. */
function freshVmKeepAtoms(_old: Process): Process {
  const p = new Process(2);
  assert.ok(heapSetup(p, 1 << 16, 1024));
  return p;
}

test('ext_term: edge cases of binary_to_term as OTP 25 decides them', () => {
  const p = freshVm();
  const dec = (a: number[]) => etfDecode(p, Uint8Array.from(a), 0, a.length);
  const enc = (t: number) => Array.from(termToBytes(t));
  const node = [100, 0, 13, ...Buffer.from('nonode@nohost')];
  // OTP badarg cases
  for (const bad of [
    [131, 77, 0, 0, 0, 1, 0, 5], // bit binary with 0 bits in a non-empty last byte
    [131, 77, 0, 0, 0, 0, 3], // empty bit binary with bits
    [131, 77, 0, 0, 0, 1, 9, 5], // more than 8 bits
    [131, 116, 0, 0, 0, 2, 97, 1, 97, 2, 97, 1, 97, 3], // duplicate keys
    [131, 116, 0, 0, 0, 2, 70, 0, 0, 0, 0, 0, 0, 0, 0, 97, 2, 70, 128, 0, 0, 0, 0, 0, 0, 0, 97, 3], // 0.0 / -0.0 keys
    [131, 118, 0, 1, 200], // bad UTF-8
    [131, 70, 127, 240, 0, 0, 0, 0, 0, 0], // infinity
    [131, 70, 127, 248, 0, 0, 0, 0, 0, 0], // NaN
    [131, 106 - 1],
    [130, 106],
    [131],
    [],
  ]) {
    assert.equal(dec(bad), NONE, JSON.stringify(bad));
  }
  // accepted oddities: trailing bytes, LIST_EXT of length 0, non-normalized and sign-2 bignums
  assert.deepEqual(enc(dec([131, 106, 1])), [131, 106]);
  assert.equal(ETF_USED, 2);
  assert.deepEqual(enc(dec([131, 108, 0, 0, 0, 0, 97, 1])), [131, 97, 1]);
  assert.deepEqual(enc(dec([131, 110, 1, 0, 5])), [131, 97, 5]);
  assert.deepEqual(enc(dec([131, 110, 1, 2, 5])), [131, 98, 255, 255, 255, 251]);
  assert.deepEqual(enc(dec([131, 110, 1, 1, 0])), [131, 97, 0]);
  assert.deepEqual(enc(dec([131, 77, 0, 0, 0, 1, 4, 255])), [131, 77, 0, 0, 0, 1, 4, 240]);
  assert.deepEqual(enc(dec([131, 77, 0, 0, 0, 2, 8, 1, 2])), [131, 109, 0, 0, 0, 2, 1, 2]);
  assert.deepEqual(enc(dec([131, 115, 1, 228])), [131, 100, 0, 1, 228]);
  assert.deepEqual(enc(dec([131, 107, 0, 0])), [131, 106]);
  // old pid/port/ref forms come back in the new forms
  assert.deepEqual(enc(dec([131, 103, ...node, 0, 0, 0, 5, 0, 0, 0, 0, 0])), [131, 88, ...node, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0]);
  assert.deepEqual(enc(dec([131, 102, ...node, 0, 0, 0, 5, 0])), [131, 89, ...node, 0, 0, 0, 5, 0, 0, 0, 0]);
  assert.deepEqual(
    enc(dec([131, 114, 0, 2, ...node, 0, 0, 0, 0, 5, 0, 0, 0, 7])),
    [131, 90, 0, 3, ...node, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 7, 0, 0, 0, 0],
  );
  // a fun that the loader does not know fails
  setFunDecodeHook(() => -1);
  const fun = termBytesOfUnknownFun();
  assert.equal(etfDecode(p, fun, 0, fun.length), NONE);
  assert.throws(() => etfDecodeLiteral(fun, 0, fun.length, 'mod.beam'), /mod\.beam: corrupt literal/);
});

function termBytesOfUnknownFun(): Uint8Array {
  const node = [100, 0, 13, ...Buffer.from('nonode@nohost')];
  const body = [0, ...new Array(16).fill(1), 0, 0, 0, 3, 0, 0, 0, 0, 100, 0, 1, 109, 97, 3, 97, 9, 88, ...node, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0];
  const size = body.length + 4;
  return Uint8Array.from([131, 112, size >>> 24, (size >>> 16) & 255, (size >>> 8) & 255, size & 255, ...body]);
}

test('ext_term: truncated and corrupted input gives NONE, never an exception', () => {
  let p = freshVm();
  // a corpus of our own encodings of assorted terms
  const corpus: Uint8Array[] = [];
  const seeds = [
    [131, 104, 3, 97, 1, 100, 0, 3, 97, 98, 99, 108, 0, 0, 0, 2, 70, 64, 9, 33, 251, 84, 68, 45, 24, 109, 0, 0, 0, 3, 1, 2, 3, 106],
    [131, 116, 0, 0, 0, 2, 97, 1, 107, 0, 3, 1, 2, 3, 100, 0, 1, 120, 110, 9, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [131, 104, 2, 77, 0, 0, 0, 3, 5, 1, 2, 255, 119, 2, 207, 168],
  ];
  for (const s of seeds) corpus.push(Uint8Array.from(s));
  let rng = 12345;
  const rnd = (n: number) => {
    rng = (rng * 1103515245 + 12345) & 0x7fffffff;
    return rng % n;
  };
  let decoded = 0;
  for (const c of corpus) {
    for (let len = 0; len < c.length; len++) {
      assert.equal(etfDecode(p, c, 0, len), NONE, `truncated to ${len}`);
      assert.equal(etfDecodedSize(c, 0, len), -1);
    }
  }
  for (let iter = 0; iter < 20000; iter++) {
    const c = corpus[iter % corpus.length];
    const b = Uint8Array.from(c);
    const flips = 1 + rnd(3);
    for (let k = 0; k < flips; k++) {
      const i = 1 + rnd(b.length - 1);
      b[i] = rnd(4) === 0 ? rnd(256) : b[i] ^ (1 << rnd(8));
    }
    const len = rnd(4) === 0 ? rnd(b.length + 1) : b.length;
    const t = etfDecode(p, b, 0, len);
    if (t !== NONE) {
      decoded++;
      assert.ok(etfDecodedSize(b, 0, len) >= 0);
      termToBytes(t); // whatever decoded must encode
    }
    if (iter % 2000 === 0) p = freshVmKeepAtoms(p);
  }
  assert.ok(decoded > 0);
  // compressed input with a corrupt stream or absurd size
  assert.equal(etfDecode(p, Uint8Array.from([131, 80, 0, 0, 0, 5, 1, 2, 3]), 0, 9), NONE);
  assert.equal(etfDecode(p, Uint8Array.from([131, 80, 127, 255, 255, 255, 120, 156, 3, 0]), 0, 10), NONE);
});
