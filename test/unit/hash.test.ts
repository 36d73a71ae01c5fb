// Differential test of erlang:phash2/1,2, erlang:phash/2 and erlang:md5/1 against OTP 25: erl
// prints term_to_binary(T) and the hashes of a few thousand terms of every type; we decode each
// term and hash it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { memInit, W, U8 } from '../../src/vm/memory';
import { atomsInit } from '../../src/vm/atoms';
import { Process } from '../../src/vm/process';
import { heapSetup } from '../../src/vm/heap';
import { NONE } from '../../src/vm/term';
import { binNew, binData, binSub } from '../../src/vm/binary';
import { FunInfo, setFunInfoHook } from '../../src/vm/compare';
import { etfDecode, setFunDecodeHook } from '../../src/vm/ext_term';
import { phash2, phash, makeHash2, mul32 } from '../../src/vm/phash';
import { md5, md5Init, md5Update, md5Final } from '../../src/vm/md5';

const GEN = String.raw`
-module(hash_gen).
-export([main/0]).

r(N) -> rand:uniform(N).
pick(L) -> lists:nth(r(length(L)), L).

mkfun(1, X) -> fun() -> X end;
mkfun(2, X) -> fun(A) -> {A, X} end;
mkfun(_, _) -> fun() -> ok end.

node_bin() -> <<100,0,13,"nonode@nohost">>.
mkref(Lo, Hi) -> binary_to_term(<<131,90,0,3,(node_bin())/binary,0:32,Lo:32,Hi:32,0:32>>).
mkport(Id) -> binary_to_term(<<131,89,(node_bin())/binary,Id:32,0:32>>).

rfloat() ->
    E = r(2047) - 1, M = r(1 bsl 52) - 1, S = r(2) - 1,
    <<F/float>> = <<S:1, E:11, M:52>>, F.

ratom() ->
    case r(4) of
        1 -> list_to_atom([96 + r(26) || _ <- lists:seq(1, r(40))]);
        2 -> list_to_atom([r(255) || _ <- lists:seq(1, r(30))]);
        3 -> list_to_atom([pick([r(16#7ff), 16#800 + r(16#c000), 16#10000 + r(16#fffff)]) || _ <- lists:seq(1, r(10))]);
        4 -> pick(['', ok, true, false, 'nonode@nohost', '[]', 'ÿ', 'Ω', 'Â', 'Ã¿'])
    end.

rint() ->
    case r(5) of
        1 -> r(512) - 256;
        2 -> r(1 bsl 28) - (1 bsl 27);
        3 -> pick([1 bsl 27, -(1 bsl 27), (1 bsl 27) - 1, -(1 bsl 27) - 1, 1 bsl 31, -(1 bsl 31),
                   (1 bsl 32) - 1, 1 bsl 32, -(1 bsl 32), 1 bsl 59, (1 bsl 59) - 1, -(1 bsl 59),
                   1 bsl 60, 1 bsl 64, (1 bsl 64) - 1, 1 bsl 96, 1 bsl 1000, -(1 bsl 1000) + 1]);
        4 -> (r(1 bsl 62)) bsl r(300) * pick([1, -1]);
        5 -> r(1 bsl 50) * pick([1, -1])
    end.

rbin() -> list_to_binary([r(256) - 1 || _ <- lists:seq(1, pick([0, 1, 3, 4, 11, 12, 13, 24, 25, r(100)]))]).
rbits() -> B = rbin(), K = r(7), <<B/binary, (r(1 bsl K) - 1):K>>.

leaf() ->
    case r(15) of
        1 -> rint(); 2 -> rint(); 3 -> rfloat();
        4 -> pick([0.0, -0.0, 1.0, -1.0, 0.5, 5.0e-324, 1.7976931348623157e308]);
        5 -> ratom(); 6 -> ratom();
        7 -> rbin(); 8 -> rbits();
        9 -> c:pid(0, r(32767), 0);
        10 -> mkref(r(1 bsl 18) - 1, r(1 bsl 32) - 1);
        11 -> mkport(r(100000));
        12 -> pick([fun lists:map/2, fun erlang:'+'/2, fun m:f/0, fun 'Ω':'ÿ'/9]);
        13 -> [r(256) - 1 || _ <- lists:seq(1, r(12))];
        14 -> [];
        15 -> mkfun(3, x)
    end.

gen(0) -> leaf();
gen(D) ->
    case r(10) of
        1 -> list_to_tuple([gen(D - 1) || _ <- lists:seq(1, r(5) - 1)]);
        2 -> [gen(D - 1) || _ <- lists:seq(1, r(5) - 1)];
        3 -> lists:foldl(fun(X, Acc) -> [X | Acc] end, pick([a, 1, <<>>, {}, 2.5, "x"]), [gen(D - 1) || _ <- lists:seq(1, r(4))]);
        4 -> maps:from_list([{gen(D - 1), gen(D - 1)} || _ <- lists:seq(1, r(6) - 1)]);
        5 -> maps:from_list([{leaf(), leaf()} || _ <- lists:seq(1, r(40))]);
        6 -> mkfun(r(2), gen(D - 1));
        7 -> [r(256) - 1 | gen(D - 1)];
        8 -> [r(256) - 1, r(256) - 1, r(256) - 1, r(256) - 1, r(256) - 1 | gen(D - 1)];
        _ -> leaf()
    end.

main() ->
    rand:seed(exsss, {3, 5, 8}),
    Terms = [[], [[]], [a], {}, #{}, <<>>, 0, -1, [0 | 1], lists:seq(0, 255), "abcdefgh",
             lists:duplicate(1000, {a}), maps:from_list([{I, I} || I <- lists:seq(1, 100)])]
            ++ [gen(r(4)) || _ <- lists:seq(1, 4000)],
    io:put_chars([begin
                      B = term_to_binary(T),
                      [binary:encode_hex(B), $\s,
                       integer_to_list(erlang:phash2(T)), $\s,
                       integer_to_list(erlang:phash2(T, 1000003)), $\s,
                       integer_to_list(erlang:phash2(T, 1 bsl 32)), $\s,
                       integer_to_list(erlang:phash(T, 1 bsl 32)), $\s,
                       integer_to_list(erlang:phash(T, 65521)), $\s,
                       binary:encode_hex(erlang:md5(B)), $\n]
                  end || T <- Terms]).
`;

function runErl(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hash-'));
  writeFileSync(join(dir, 'hash_gen.erl'), GEN);
  const expr =
    `{ok, _} = compile:file("${dir}/hash_gen", [{outdir, "${dir}"}, report_errors]), ` +
    `code:add_path("${dir}"), hash_gen:main(), halt().`;
  return execFileSync('erl', ['-noshell', '-eval', expr], { maxBuffer: 1 << 30, encoding: 'latin1', cwd: dir });
}

function freshVm(): Process {
  memInit(1 << 20, 1 << 27);
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

test('phash2, phash and md5 agree with OTP 25', () => {
  const lines = runErl().split('\n').filter((l) => l.length > 0);
  const p = freshVm();
  let n = 0;
  for (const line of lines) {
    const [hex, h1, h2, h3, ph1, ph2, mhex] = line.split(' ');
    const bytes = Buffer.from(hex, 'hex');
    const t = etfDecode(p, bytes, 0, bytes.length);
    const what = hex.slice(0, 120);
    assert.notEqual(t, NONE, `decode ${what}`);
    assert.equal(phash2(t), Number(h1), `phash2 ${what}`);
    assert.equal(phash2(t, 1000003), Number(h2), `phash2/2 ${what}`);
    assert.equal(phash2(t, 4294967296), Number(h3), `phash2 2^32 ${what}`);
    assert.equal(phash(t, 4294967296), Number(ph1), `phash ${what}`);
    assert.equal(phash(t, 65521), Number(ph2), `phash 65521 ${what}`);
    assert.equal(Buffer.from(md5(bytes)).toString('hex').toUpperCase(), mhex, `md5 ${what}`);
    n++;
  }
  assert.ok(n > 4000);
});

test('phash2 of unaligned sub binaries equals that of the aligned bytes', () => {
  const p = freshVm();
  for (let len = 0; len < 60; len++) {
    for (const tail of [0, 3, 7]) {
      for (const off of [1, 5, 8, 13]) {
        const bits = len * 8 + tail;
        const total = ((off + bits + 7) >> 3) + 1;
        const big = binNew(p, total);
        const d = binData(big);
        for (let i = 0; i < total; i++) U8[d + i] = (i * 37 + len * 11 + off) & 255;
        const sub = binSub(p, big, off, bits);
        // aligned copy of the same bits
        const nb = (bits + 7) >> 3;
        const copy = binNew(p, nb);
        const c = binData(copy);
        for (let i = 0; i < nb; i++) {
          let v = 0;
          for (let k = 0; k < 8; k++) {
            const b = off + i * 8 + k;
            v = (v << 1) | ((U8[d + (b >> 3)] >> (7 - (b & 7))) & 1);
          }
          U8[c + i] = v;
        }
        const aligned = tail === 0 ? copy : binSub(p, copy, 0, bits);
        assert.equal(makeHash2(sub), makeHash2(aligned), `len ${len} tail ${tail} off ${off}`);
        assert.equal(phash(sub, 4294967296), phash(aligned, 4294967296));
      }
    }
  }
});

test('md5 matches node:crypto across block boundaries and incremental updates', () => {
  for (let n = 0; n < 300; n++) {
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) b[i] = (i * 31 + n * 7) & 255;
    const want = createHash('md5').update(b).digest('hex');
    assert.equal(Buffer.from(md5(b)).toString('hex'), want);
    const ctx = md5Init();
    let i = 0;
    let step = 1;
    while (i < n) {
      const k = Math.min(step, n - i);
      md5Update(ctx, b, i, k);
      i += k;
      step = (step * 3 + 1) % 70;
    }
    assert.equal(Buffer.from(md5Final(ctx)).toString('hex'), want);
  }
  assert.equal(Buffer.from(md5(new TextEncoder().encode('abc'))).toString('hex'), '900150983cd24fb0d6963f7d28e17f72');
});

test('mul32 is the 32-bit product', () => {
  let x = 1;
  for (let i = 0; i < 10000; i++) {
    x = (x * 69069 + 1) % 4294967296;
    const y = (x * 2654435761) % 4294967296;
    const want = Number((BigInt(x) * BigInt(y)) % 4294967296n);
    assert.equal(mul32(x, y), want);
  }
  void W;
});
