// Differential test of the term order against OTP 25: erl prints a few hundred tricky and random
// terms and, for every pair, the result of <, == and =:= and the exact (map key) order; we decode
// the terms and compare every pair with compareTerms / exactEq / arithEq / compareExact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memInit, U8 } from '../../src/vm/memory';
import { atomsInit } from '../../src/vm/atoms';
import { Process } from '../../src/vm/process';
import { heapSetup } from '../../src/vm/heap';
import { NONE } from '../../src/vm/term';
import { binNew, binData, binSub } from '../../src/vm/binary';
import { FunInfo, setFunInfoHook, compareTerms, compareExact, exactEq, arithEq } from '../../src/vm/compare';
import { etfDecode, setFunDecodeHook } from '../../src/vm/ext_term';

const GEN = String.raw`
-module(cmp_gen).
-export([main/0]).

r(N) -> rand:uniform(N).
pick(L) -> lists:nth(r(length(L)), L).

mkfun(1, X) -> fun() -> X end;
mkfun(2, X) -> fun(A) -> {A, X} end;
mkfun(3, X) -> fun(A, B) -> {A, B, X} end;
mkfun(_, _) -> fun() -> ok end.

node_bin() -> <<100,0,13,"nonode@nohost">>.
mkref(Lo, Hi) -> binary_to_term(<<131,90,0,3,(node_bin())/binary,0:32,Lo:32,Hi:32,0:32>>).
mkport(Id) -> binary_to_term(<<131,89,(node_bin())/binary,Id:32,0:32>>).

numbers() ->
    B = [0, 1, 2, 3, 1 bsl 27 - 1, 1 bsl 27, 1 bsl 31, 1 bsl 32 - 1, 1 bsl 32, 1 bsl 53 - 1,
         1 bsl 53, 1 bsl 53 + 1, 1 bsl 53 + 2, 1 bsl 64, 1 bsl 64 + 1, 1 bsl 1023, 1 bsl 1023 + 1,
         1 bsl 1024, 1 bsl 1100, 123456789012345678901234567890],
    Ints = B ++ [-X || X <- B, X > 0] ++ [-(1 bsl 27) - 1],
    Floats = [float(X) || X <- Ints, abs(X) < 1 bsl 1024] ++
             [-0.0, 0.5, -0.5, 2.5, 0.1, 5.0e-324, 1.0e-300, 1.7976931348623157e308,
              -1.7976931348623157e308, 4294967295.5, 9007199254740993.0, 1.2345678901234568e29],
    Ints ++ Floats.

others() ->
    [a, aa, ab, b, 'Z', '', 'ÿ', 'Ω', 'Ωa', 'ÿa',
     mkref(0, 0), mkref(1, 0), mkref(0, 1), mkref(16#3FFFF, 16#FFFFFFFF), mkref(5, 16#80000000), mkref(5, 16#7FFFFFFF),
     mkfun(1, 1), mkfun(1, 1.0), mkfun(1, 2), mkfun(2, a), mkfun(3, x), mkfun(4, x),
     fun lists:map/2, fun lists:map/3, fun lists:filter/2, fun erlang:abs/1, fun a:b/0, fun 'Ω':b/0,
     mkport(0), mkport(5), mkport(100000),
     c:pid(0, 1, 0), c:pid(0, 5, 0), c:pid(0, 32767, 0),
     {}, {1}, {1.0}, {1, 2}, {2}, {a, b}, {1, a}, {1.0, a}, {{1}}, {[]}, {a, b, c},
     #{}, #{1 => a}, #{1.0 => a}, #{1 => 1.0}, #{1 => 1}, #{a => 1}, #{1 => a, 2 => b},
     #{1 => a, 2.0 => b}, #{2 => a, 1.0 => b}, #{1 => a, b => c}, #{{1} => x}, #{{1.0} => x},
     #{[1] => 1}, #{0.0 => z}, #{-1 => z}, #{a => #{1 => 2}}, #{a => #{1 => 2.0}}, #{a => #{1.0 => 2}},
     maps:from_list([{I, I} || I <- lists:seq(1, 40)]),
     maps:from_list([{I, I} || I <- lists:seq(2, 41)]),
     maps:from_list([{I, if I == 7 -> 7.0; true -> I end} || I <- lists:seq(1, 40)]),
     maps:from_list([{if I == 7 -> 7.0; true -> I end, I} || I <- lists:seq(1, 40)]),
     [], [1], [1.0], [1, 2], [1 | 2], [1 | 2.0], [a], "abc", "abd", "ab", [[]], [1, 2, 3], [0.5], [{}],
     <<>>, <<0>>, <<1>>, <<1, 2>>, <<1, 2, 3>>, <<1:1>>, <<0:1>>, <<1, 2:3>>, <<1, 2:4>>, <<255>>,
     <<1, 0>>, <<1:7>>, <<2:7>>, <<0:7>>, binary:copy(<<7>>, 100), <<(binary:copy(<<7>>, 99))/binary, 8>>,
     binary:copy(<<7>>, 200), <<(binary:copy(<<7>>, 100))/binary, 1:3>>].

leaf() -> pick(numbers() ++ others()).

gen(0) -> leaf();
gen(D) ->
    case r(6) of
        1 -> list_to_tuple([gen(D - 1) || _ <- lists:seq(1, r(3))]);
        2 -> [gen(D - 1) || _ <- lists:seq(1, r(3))];
        3 -> maps:from_list([{gen(D - 1), gen(D - 1)} || _ <- lists:seq(1, r(3))]);
        4 -> [gen(D - 1) | gen(D - 1)];
        _ -> leaf()
    end.

c1(A, B) when A < B -> $<;
c1(A, B) when A =:= B -> $e;
c1(A, B) when A == B -> $=;
c1(_, _) -> $>.

c2(A, B) when A =:= B -> $e;
c2(A, B) -> case maps:keys(#{A => 0, B => 0}) of [F | _] when F =:= A -> $<; _ -> $> end.

main() ->
    rand:seed(exsss, {1, 2, 3}),
    Ts = numbers() ++ others() ++ [gen(2) || _ <- lists:seq(1, 150)],
    io:put_chars([[binary:encode_hex(term_to_binary(T)), $\n] || T <- Ts]),
    io:put_chars("--\n"),
    io:put_chars([[[c1(A, B) || B <- Ts], $\n] || A <- Ts]),
    io:put_chars("--\n"),
    io:put_chars([[[c2(A, B) || B <- Ts], $\n] || A <- Ts]).
`;

function runErl(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cmp-'));
  writeFileSync(join(dir, 'cmp_gen.erl'), GEN);
  const expr =
    `{ok, _} = compile:file("${dir}/cmp_gen", [{outdir, "${dir}"}, report_errors]), ` +
    `code:add_path("${dir}"), cmp_gen:main(), halt().`;
  return execFileSync('erl', ['-noshell', '-eval', expr], { maxBuffer: 1 << 30, encoding: 'latin1', cwd: dir });
}

function freshVm(): Process {
  memInit(1 << 20, 1 << 26);
  atomsInit();
  const funs: FunInfo[] = [];
  const keys: { [k: string]: number } = {};
  setFunDecodeHook((info) => {
    const k = [info.module, info.index, info.uniq, info.numFree].join(':');
    if (!Object.prototype.hasOwnProperty.call(keys, k)) {
      keys[k] = funs.length;
      funs.push(info);
    }
    return keys[k];
  });
  setFunInfoHook((i) => funs[i] || null);
  const p = new Process(1);
  assert.ok(heapSetup(p, 1 << 16, 1024));
  return p;
}

const sym = (c: number) => (c < 0 ? '<' : c > 0 ? '>' : 'e');

test('term order, == and =:= agree with OTP 25 on every pair', () => {
  const [termPart, cmpPart, exactPart] = runErl().split('--\n');
  const hexes = termPart.split('\n').filter((l) => l.length > 0);
  const cmp = cmpPart.split('\n').filter((l) => l.length > 0);
  const ex = exactPart.split('\n').filter((l) => l.length > 0);
  const n = hexes.length;
  assert.equal(cmp.length, n);
  assert.equal(ex.length, n);
  const p = freshVm();
  const ts = hexes.map((h) => {
    const b = Buffer.from(h, 'hex');
    const t = etfDecode(p, b, 0, b.length);
    assert.notEqual(t, NONE, h);
    return t;
  });
  let pairs = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const want = cmp[i][j];
      const what = `${hexes[i].slice(0, 100)} vs ${hexes[j].slice(0, 100)}`;
      const c = compareTerms(ts[i], ts[j]);
      const got = c < 0 ? '<' : c > 0 ? '>' : exactEq(ts[i], ts[j]) ? 'e' : '=';
      assert.equal(got, want, `compare ${what}`);
      assert.equal(arithEq(ts[i], ts[j]), want === '=' || want === 'e', `== ${what}`);
      assert.equal(sym(compareExact(ts[i], ts[j])), ex[i][j], `exact order ${what}`);
      pairs++;
    }
  }
  assert.ok(pairs > 100000, `${pairs} pairs`);
});

test('bitstring order does not depend on bit offsets', () => {
  const p = freshVm();
  const mk = (bytes: number[], off: number, bits: number) => {
    // a sub binary whose bits are the first `bits` bits of `bytes`, placed at bit offset `off`
    const total = ((off + bits + 7) >> 3) + 1;
    const b = binNew(p, total);
    const d = binData(b);
    for (let i = 0; i < total; i++) U8[d + i] = 0xa5;
    for (let k = 0; k < bits; k++) {
      const bit = (bytes[k >> 3] >> (7 - (k & 7))) & 1;
      const at = off + k;
      if (bit) U8[d + (at >> 3)] |= 0x80 >> (at & 7);
      else U8[d + (at >> 3)] &= ~(0x80 >> (at & 7));
    }
    return binSub(p, b, off, bits);
  };
  const samples: [number[], number][] = [
    [[], 0],
    [[0x80], 1],
    [[0], 1],
    [[1, 2], 16],
    [[1, 2], 13],
    [[1, 3], 16],
    [[1, 2, 3], 24],
    [[255], 8],
    [[254], 7],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9], 72],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9], 70],
  ];
  for (const [ba, la] of samples) {
    for (const [bb, lb] of samples) {
      const want = compareTerms(mk(ba, 0, la), mk(bb, 0, lb));
      for (const oa of [0, 1, 3, 7, 8, 9]) {
        for (const ob of [0, 2, 5]) {
          assert.equal(compareTerms(mk(ba, oa, la), mk(bb, ob, lb)), want, `${ba}/${la}@${oa} vs ${bb}/${lb}@${ob}`);
        }
      }
    }
  }
});

test('deeply nested terms compare without recursion', () => {
  const p = freshVm();
  // [[[...[a]...]]] 200000 deep, twice, the second with a different innermost value
  const mkBytes = (inner: number[]) => {
    const depth = 200000;
    const b = Buffer.alloc(1 + depth * 5 + inner.length + 1);
    let o = 0;
    b[o++] = 131;
    for (let i = 0; i < depth; i++) {
      b[o++] = 108;
      b.writeUInt32BE(1, o);
      o += 4;
    }
    for (const x of inner) b[o++] = x;
    // the tails of all levels: depth NILs
    const tails = Buffer.alloc(depth, 106);
    return Buffer.concat([b.subarray(0, o), tails]);
  };
  const x = mkBytes([97, 1]);
  const y = mkBytes([97, 2]);
  const tx = etfDecode(p, x, 0, x.length);
  const ty = etfDecode(p, y, 0, y.length);
  const tx2 = etfDecode(p, x, 0, x.length);
  assert.notEqual(tx, NONE);
  assert.equal(compareTerms(tx, ty), -1);
  assert.equal(compareTerms(ty, tx), 1);
  assert.ok(exactEq(tx, tx2));
});
