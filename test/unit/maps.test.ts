// Tests of src/vm/maps.ts (flat maps and the HAMT), the map instructions (ops_maps.ts) and the
// map BIFs (bifs/maps.ts).
// - OTP 25 is the oracle for key order, -0.0/0.0 key retention, from_list/merge/with/without
//   results and error reasons: one `erl` run writes term_to_binary of inputs and results, the
//   test decodes the inputs, runs our code and compares term_to_binary bytes.
// - A property test runs thousands of random puts/removes (ints, bignums, atoms, floats, tuples,
//   lists, heap/refc/sub binaries; 1 and 1.0 are different keys, 0.0 and -0.0 the same) against a
//   JS model, with garbage collections in between, and checks that the trie's shape depends only
//   on its contents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memInit, W, floatToWords } from '../../src/vm/memory';
import { atomsInit, atomTerm } from '../../src/vm/atoms';
import { Process } from '../../src/vm/process';
import { heapSetup, heapAlloc, gc, heapWords } from '../../src/vm/heap';
import { binFromString, binSub } from '../../src/vm/binary';
import { etfDecode, termToBytes } from '../../src/vm/ext_term';
import { compareExact, compareTerms, exactEq } from '../../src/vm/compare';
import * as code from '../../src/vm/code';
import { X } from '../../src/vm/regs';
import { natFn, nativeFind, nativesReset } from '../../src/vm/natives';
import { atomIntern } from '../../src/vm/atoms';
import { registerMapsBifs, mapsBifsInit } from '../../src/vm/bifs/maps';
import { mapOp } from '../../src/vm/ops_maps';
import { Box, NIL, NONE, mkSmall, smallVal } from '../../src/vm/term';
import {
  isMap, isFlatMap, mapSize, mapGet, mapPut, mapRemove, mapFromPairs, mapToSortedArrays, mapPairs,
  mapNew, mapPutMany, mapFromPairsWith, termHash, mapCompare, mapStructWords, SMALL_MAX,
} from '../../src/vm/maps';

let p: Process;

function setup(words = 1 << 22, budget = 1 << 26): void {
  memInit(words, budget);
  atomsInit();
  code.codeInit();
  nativesReset();
  p = new Process(1);
  heapSetup(p, 1024, 256);
}

// ---- term builders --------------------------------------------------------------------------

function tuple(...els: number[]): number {
  const a = heapAlloc(p, 1 + els.length);
  W[a] = els.length << 6;
  for (let i = 0; i < els.length; i++) W[a + 1 + i] = els[i];
  return (a << 2) | 2;
}
function list(...els: number[]): number {
  let l = NIL;
  for (let i = els.length - 1; i >= 0; i--) {
    const a = heapAlloc(p, 2);
    W[a] = els[i];
    W[a + 1] = l;
    l = (a << 2) | 1;
  }
  return l;
}
function flt(x: number): number {
  const a = heapAlloc(p, 3);
  W[a] = (2 << 6) | Box.FLOAT;
  floatToWords(x, a + 1);
  return (a << 2) | 2;
}
function big(v: bigint): number {
  const neg = v < 0n;
  let m = neg ? -v : v;
  const ds: number[] = [];
  while (m > 0n) {
    ds.push(Number(m & 0xffffffffn) | 0);
    m >>= 32n;
  }
  const a = heapAlloc(p, 1 + ds.length);
  W[a] = (ds.length << 6) | (neg ? Box.NEG_BIG : Box.POS_BIG);
  for (let i = 0; i < ds.length; i++) W[a + 1 + i] = ds[i];
  return (a << 2) | 2;
}
function int(v: number | bigint): number {
  const b = BigInt(v);
  if (b >= -134217728n && b <= 134217727n) return mkSmall(Number(b));
  return big(b);
}
const at = (s: string): number => atomTerm(s);

function listToArray(l: number): number[] {
  const out: number[] = [];
  while ((l & 3) === 1) {
    out.push(W[l >>> 2]);
    l = W[(l >>> 2) + 1];
  }
  assert.equal(l, NIL);
  return out;
}
function pairsList(ks: number[], vs: number[]): number {
  const ts: number[] = [];
  for (let i = 0; i < ks.length; i++) ts.push(tuple(ks[i], vs[i]));
  return list(...ts);
}
function hex(b: Uint8Array): string {
  return Buffer.from(b).toString('hex').toUpperCase();
}

// ---- structural checks ------------------------------------------------------------------------

/** Same shape: flat maps with equal keys and values, or tries with equal nodes. */
function sameShape(a: number, b: number): boolean {
  const st: number[] = [a >>> 2, b >>> 2];
  let root = true;
  while (st.length > 0) {
    const y = st.pop() as number;
    const x = st.pop() as number;
    const hx = W[x];
    const hy = W[y];
    if (hx !== hy) return false;
    if ((hx & 0x3f) === Box.MAP) {
      const n = (hx >>> 6) - 1;
      const kx = W[x + 1] >>> 2;
      const ky = W[y + 1] >>> 2;
      for (let i = 0; i < n; i++) {
        if (!exactEq(W[kx + 1 + i], W[ky + 1 + i])) return false;
        if (!exactEq(W[x + 2 + i], W[y + 2 + i])) return false;
      }
      continue;
    }
    if (W[x + 1] !== W[y + 1]) return false;
    if (root && W[x + 2] !== W[y + 2]) return false;
    if (!root && (W[x + 2] !== 0 || W[y + 2] !== 0)) return false;
    root = false;
    const c = ((hx >>> 6) - 2) >> 1;
    for (let i = 0; i < c; i++) {
      const kx = W[x + 3 + 2 * i];
      const ky = W[y + 3 + 2 * i];
      if ((kx === NONE) !== (ky === NONE)) return false;
      if (kx === NONE) st.push(W[x + 4 + 2 * i] >>> 2, W[y + 4 + 2 * i] >>> 2);
      else if (!exactEq(kx, ky) || !exactEq(W[x + 4 + 2 * i], W[y + 4 + 2 * i])) return false;
    }
  }
  return true;
}

/** Checks the trie invariants: non-root nodes hold >= 2 keys, sizes add up, hashes route. */
function checkInvariants(m: number): void {
  const n = mapSize(m);
  assert.equal(isFlatMap(m), n <= SMALL_MAX, 'flat iff size <= 32');
  const ks: number[] = [];
  const vs: number[] = [];
  mapToSortedArrays(m, ks, vs);
  assert.equal(ks.length, n);
  for (let i = 1; i < ks.length; i++) assert.equal(compareExact(ks[i - 1], ks[i]), -1, 'keys strictly ascending');
  if (isFlatMap(m)) {
    const kt = W[(m >>> 2) + 1] >>> 2;
    assert.equal(W[kt], n << 6, 'keys tuple header');
    return;
  }
  // walk: [addr, depth, prefix hash bits]
  const st: number[][] = [[m >>> 2, 0, 0]];
  let leaves = 0;
  while (st.length > 0) {
    const [a, d, pre] = st.pop() as number[];
    assert.equal(W[a] & 0x3f, Box.HAMT);
    const c = ((W[a] >>> 6) - 2) >> 1;
    if (d > 0) {
      let sub = 0;
      for (let i = 0; i < c; i++) sub += W[a + 3 + 2 * i] === NONE ? 2 : 1;
      assert.ok(sub >= 2, 'non-root node holds at least two keys');
    }
    if (d >= 7) {
      assert.equal(W[a + 1], 0);
      for (let i = 0; i < c; i++) {
        assert.notEqual(W[a + 3 + 2 * i], NONE);
        leaves++;
      }
      continue;
    }
    const bm = W[a + 1];
    let bits = 0;
    for (let b = 0; b < 32; b++) if (bm & (1 << b)) bits++;
    assert.equal(bits, c, 'popcount(bitmap) = slots');
    let slot = 0;
    for (let b = 0; b < 32; b++) {
      if ((bm & (1 << b)) === 0) continue;
      const k = W[a + 3 + 2 * slot];
      const np = pre + b * 2 ** (5 * d);
      if (k === NONE) st.push([W[a + 4 + 2 * slot] >>> 2, d + 1, np]);
      else {
        leaves++;
        const h = termHash(k);
        const used = Math.min(5 * (d + 1), 32);
        assert.equal(h % 2 ** used, np, 'leaf routed by its hash');
      }
      slot++;
    }
  }
  assert.equal(leaves, n, 'leaf count = size');
}

// ---- the OTP oracle -----------------------------------------------------------------------

const ERL = String.raw`
-module(mt).
-export([main/1]).

main([Out]) ->
    {ok, F} = file:open(Out, [write, binary]),
    Z = -0.0,
    Keys = [1, 1.0, 2, 1.5, -1, -1.0, 0, 0.0, Z, 100000000000000000000, -100000000000000000000,
            134217727, 134217728, -134217729, 1.0e10, -1.0e10, a, b, 'B', '', zz, [], [a], [a|b],
            "abc", {}, {1}, {1, 2}, {1, 2.0}, {1.0, 2}, {a, {b, c}}, <<>>, <<"x">>, <<"xy">>,
            <<1:1>>, <<"a long binary that is certainly over sixty-four bytes long.......!">>,
            #{}, #{a => 1}, #{1 => a}, #{1.0 => a}, {Z}, {0.0}],
    Pairs = lists:zip(Keys, lists:seq(1, length(Keys))),
    Emit = fun(Name, In, Res) ->
               file:write(F, [Name, " ", binary:encode_hex(term_to_binary(In)), " ",
                              binary:encode_hex(term_to_binary(Res)), "\n"])
           end,
    %% from_list of slices (small maps): the map itself and its to_list
    Slices = [lists:sublist(Pairs, S, L) || {S, L} <- [{1, 32}, {11, 32}, {20, 30}, {1, 12}, {30, 16}]],
    [begin M = maps:from_list(Sl), Emit("from_list", Sl, {M, maps:to_list(M), maps:keys(M), maps:values(M)}) end
     || Sl <- Slices],
    %% from_list with duplicates: last key term and value win
    Dups = [{0.0, a}, {Z, b}, {1, c}, {1.0, d}, {1, e}, {{Z}, f}, {{0.0}, g}, {x, h}, {x, i}],
    Emit("from_list", Dups, {maps:from_list(Dups), maps:to_list(maps:from_list(Dups)), maps:keys(maps:from_list(Dups)), maps:values(maps:from_list(Dups))}),
    %% sequential puts from #{} in a shuffled order, then removes
    rand:seed(exsss, {1, 2, 3}),
    Sh = [X || {_, X} <- lists:sort([{rand:uniform(), P} || P <- lists:sublist(Pairs, 32)])],
    Put = lists:foldl(fun({K, V}, A) -> maps:put(K, V, A) end, #{}, Sh),
    Emit("puts", Sh, Put),
    Rm = [K || {K, _} <- lists:sublist(Sh, 1, 20)],
    Emit("removes", {Sh, Rm}, lists:foldl(fun maps:remove/2, maps:from_list(Sh), Rm)),
    %% put keeps the existing key term; merge takes the second map's
    Emit("put", {[{0.0, a}], Z, b}, maps:put(Z, b, #{0.0 => a})),
    Emit("merge", {[{0.0, a}, {1, x}, {c, y}], [{Z, b}, {1.0, z}, {c, w}]},
         maps:merge(maps:from_list([{0.0, a}, {1, x}, {c, y}]), maps:from_list([{Z, b}, {1.0, z}, {c, w}]))),
    Emit("from_keys", {[Z, 0.0, a, 1, 1.0], v}, maps:from_keys([Z, 0.0, a, 1, 1.0], v)),
    Emit("with", {[a, 1.0, zz, q], Pairs}, maps:with([a, 1.0, zz, q], maps:from_list(Pairs))),
    Emit("without", {[a, 1.0, zz, q], lists:sublist(Pairs, 20)}, maps:without([a, 1.0, zz, q], maps:from_list(lists:sublist(Pairs, 20)))),
    %% large maps: sizes, lookups, and the sorted pairs
    Big = [{K, K * 3} || K <- lists:seq(1, 200)] ++ Pairs,
    BM = maps:from_list(Big),
    Emit("big", Big, {map_size(BM), [maps:get(K, BM) || {K, _} <- Big]}),
    %% map comparison: size, then keys (exact order), then values
    Cmp = [{#{1 => a}, #{1.0 => a}}, {#{a => 1}, #{a => 1.0}}, {#{a => 2}, #{b => 1}},
           {#{a => 1, b => 2}, #{c => 0}}, {#{a => 1, c => 2}, #{a => 2, b => 3}},
           {maps:from_list([{K, K} || K <- lists:seq(1, 40)]), maps:from_list([{K, K} || K <- lists:seq(1, 39)] ++ [{40, 41}])},
           {maps:from_list([{K, K} || K <- lists:seq(1, 40)]), maps:from_list([{K, K} || K <- lists:seq(1, 39)] ++ [{40.0, 40}])}],
    [Emit("cmp", {A, B}, {A < B, A == B, A =:= B, B < A}) || {A, B} <- Cmp],
    ok = file:close(F),
    halt().
`;

interface OracleLine {
  name: string;
  input: Buffer;
  result: string;
}

let oracle: OracleLine[] | null = null;
function runOracle(): OracleLine[] {
  if (oracle) return oracle;
  const dir = mkdtempSync(join(tmpdir(), 'maps-test-'));
  try {
    writeFileSync(join(dir, 'mt.erl'), ERL);
    const c = spawnSync('erlc', ['-o', dir, join(dir, 'mt.erl')], { encoding: 'utf8' });
    assert.equal(c.status, 0, c.stderr + c.stdout);
    const out = join(dir, 'out.txt');
    const r = spawnSync('erl', ['-noshell', '-pa', dir, '-run', 'mt', 'main', out], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr + r.stdout);
    oracle = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => {
        const [name, i, o] = l.split(' ');
        return { name, input: Buffer.from(i, 'hex'), result: o };
      });
    return oracle;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function decode(b: Buffer): number {
  const t = etfDecode(p, new Uint8Array(b), 0, b.length);
  assert.notEqual(t, NONE, 'decodes');
  return t;
}
function pairsOf(l: number): [number[], number[]] {
  const ks: number[] = [];
  const vs: number[] = [];
  for (const t of listToArray(l)) {
    ks.push(W[(t >>> 2) + 1]);
    vs.push(W[(t >>> 2) + 2]);
  }
  return [ks, vs];
}
function el(t: number, i: number): number {
  return W[(t >>> 2) + i];
}
/** Calls a native with its own argument array (not X), so that it never collects. */
function bifCall(mod: string, fn: string, args: number[]): number {
  const i = nativeFind(atomIntern(mod), atomIntern(fn), args.length);
  assert.ok(i >= 0, mod + ':' + fn);
  const a = new Int32Array(4);
  for (let j = 0; j < args.length; j++) a[j] = args[j];
  p.excClass = 0;
  return natFn[i](p, a, args.length);
}
function t2b(t: number): string {
  return hex(termToBytes(t));
}
function keysList(m: number): number {
  const ks: number[] = [];
  const vs: number[] = [];
  mapPairs(m, ks, vs);
  return list(...ks);
}
function valuesList(m: number): number {
  const ks: number[] = [];
  const vs: number[] = [];
  mapPairs(m, ks, vs);
  return list(...vs);
}
function toList(m: number): number {
  const ks: number[] = [];
  const vs: number[] = [];
  mapPairs(m, ks, vs);
  return pairsList(ks, vs);
}

// ---- tests ----------------------------------------------------------------------------------

test('flat layout: header, sorted keys tuple, keys tuple shared on value updates', () => {
  setup();
  let m = mapNew(p);
  assert.equal(W[m >>> 2], (1 << 6) | Box.MAP);
  assert.equal(mapSize(m), 0);
  m = mapPut(p, m, at('b'), mkSmall(2));
  m = mapPut(p, m, at('a'), mkSmall(1));
  m = mapPut(p, m, mkSmall(7), mkSmall(3));
  const a = m >>> 2;
  assert.equal(W[a], (4 << 6) | Box.MAP);
  const kt = W[a + 1] >>> 2;
  assert.deepEqual([W[kt + 1], W[kt + 2], W[kt + 3]], [mkSmall(7), at('a'), at('b')]);
  assert.deepEqual([W[a + 2], W[a + 3], W[a + 4]], [mkSmall(3), mkSmall(1), mkSmall(2)]);
  const m2 = mapPut(p, m, at('a'), mkSmall(10));
  assert.equal(W[(m2 >>> 2) + 1], W[a + 1], 'keys tuple shared');
  assert.equal(mapGet(m2, at('a')), mkSmall(10));
  assert.equal(mapGet(m, at('a')), mkSmall(1), 'old version unchanged');
  assert.equal(mapPut(p, m2, at('a'), mkSmall(10)), m2, 'no change: same term');
  assert.equal(mapRemove(p, m2, at('zz')), m2);
  const m3 = mapRemove(p, m2, at('a'));
  assert.equal(mapSize(m3), 2);
  assert.equal(mapGet(m3, at('a')), NONE);
  assert.equal(mapGet(m3, at('b')), mkSmall(2));
  // 1 and 1.0 are different keys; 0.0 and -0.0 the same
  let n = mapNew(p);
  n = mapPut(p, n, mkSmall(1), at('int'));
  n = mapPut(p, n, flt(1), at('float'));
  assert.equal(mapSize(n), 2);
  assert.equal(mapGet(n, flt(1)), at('float'));
  assert.equal(mapGet(n, mkSmall(1)), at('int'));
  n = mapPut(p, n, flt(0), at('z'));
  n = mapPut(p, n, flt(-0), at('nz'));
  assert.equal(mapSize(n), 3);
  assert.equal(mapGet(n, flt(0)), at('nz'));
});

test('33 keys turn into a trie and back; lookups and removals across the switch', () => {
  setup();
  let m = mapNew(p);
  for (let i = 0; i < 33; i++) {
    m = mapPut(p, m, mkSmall(i * 7), mkSmall(i));
    checkInvariants(m);
  }
  assert.equal(W[m >>> 2] & 0x3f, Box.HAMT);
  assert.equal(mapSize(m), 33);
  for (let i = 0; i < 33; i++) assert.equal(mapGet(m, mkSmall(i * 7)), mkSmall(i));
  assert.equal(mapGet(m, mkSmall(1)), NONE);
  const m2 = mapRemove(p, m, mkSmall(0));
  assert.equal(W[m2 >>> 2] & 0x3f, Box.MAP);
  checkInvariants(m2);
  assert.equal(mapGet(m2, mkSmall(0)), NONE);
  assert.equal(mapGet(m2, mkSmall(7)), mkSmall(1));
});

test('OTP oracle: key order, to_list/keys/values, from_list/put/remove/merge/from_keys/with/without', () => {
  setup();
  mapsBifsInit();
  registerMapsBifs();
  const lines = runOracle();
  let checked = 0;
  for (const ln of lines) {
    const input = decode(ln.input);
    let got: number;
    switch (ln.name) {
      case 'from_list': {
        const r = bifCall('maps', 'from_list', [input]);
        got = tuple(r, bifCall('maps', 'to_list', [r]), bifCall('maps', 'keys', [r]), bifCall('maps', 'values', [r]));
        // and through the direct API, the same bytes
        const [ks, vs] = pairsOf(input);
        const r2 = mapFromPairs(p, ks, vs);
        assert.equal(t2b(tuple(r2, toList(r2), keysList(r2), valuesList(r2))), ln.result, 'mapFromPairs');
        break;
      }
      case 'puts': {
        const [ks, vs] = pairsOf(input);
        let m = mapNew(p);
        for (let i = 0; i < ks.length; i++) m = mapPut(p, m, ks[i], vs[i]);
        assert.equal(t2b(m), ln.result, 'sequential puts');
        got = mapPutMany(p, mapNew(p), ks, vs, false);
        break;
      }
      case 'removes': {
        const [ks, vs] = pairsOf(el(input, 1));
        let m = mapFromPairs(p, ks, vs);
        for (const k of listToArray(el(input, 2))) m = bifCall('maps', 'remove', [k, m]);
        got = m;
        break;
      }
      case 'put': {
        const [ks, vs] = pairsOf(el(input, 1));
        got = bifCall('maps', 'put', [el(input, 2), el(input, 3), mapFromPairs(p, ks, vs)]);
        break;
      }
      case 'merge': {
        const [k1, v1] = pairsOf(el(input, 1));
        const [k2, v2] = pairsOf(el(input, 2));
        got = bifCall('maps', 'merge', [mapFromPairs(p, k1, v1), mapFromPairs(p, k2, v2)]);
        break;
      }
      case 'from_keys':
        got = bifCall('maps', 'from_keys', [el(input, 1), el(input, 2)]);
        break;
      case 'with':
      case 'without': {
        const [ks, vs] = pairsOf(el(input, 2));
        got = bifCall('maps', ln.name, [el(input, 1), mapFromPairs(p, ks, vs)]);
        break;
      }
      case 'big': {
        const [ks, vs] = pairsOf(input);
        const m = bifCall('maps', 'from_list', [input]);
        checkInvariants(m);
        const vals: number[] = [];
        for (const k of ks) vals.push(mapGet(m, k));
        got = tuple(mkSmall(mapSize(m)), list(...vals));
        // the same map built by puts has the same shape
        let m2 = mapNew(p);
        for (let i = 0; i < ks.length; i++) m2 = mapPut(p, m2, ks[i], vs[i]);
        assert.ok(sameShape(m, m2), 'puts and from_list build the same trie');
        break;
      }
      case 'cmp': {
        const a = el(input, 1);
        const b = el(input, 2);
        got = tuple(
          atomBool(mapCompare(a, b, compareTerms) < 0),
          atomBool(mapCompare(a, b, compareTerms) === 0),
          atomBool(mapCompare(a, b, compareExact) === 0),
          atomBool(mapCompare(b, a, compareTerms) < 0),
        );
        break;
      }
      default:
        throw new Error('unknown oracle line ' + ln.name);
    }
    assert.equal(t2b(got), ln.result, ln.name + ' ' + ln.input.toString('hex').slice(0, 60));
    checked++;
  }
  assert.ok(checked >= 15);
});

function atomBool(b: boolean): number {
  return at(b ? 'true' : 'false');
}
// ---- property test against a JS model --------------------------------------------------------

type KeyDesc = { canon: string; build: () => number };

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function keyGen(r: () => number): KeyDesc {
  const ri = (n: number): number => Math.floor(r() * n);
  const kind = ri(10);
  switch (kind) {
    case 0:
    case 1: {
      const v = ri(2000) - 1000;
      return { canon: 'i' + v, build: () => mkSmall(v) };
    }
    case 2: {
      const v = (1n << BigInt(28 + ri(40))) + BigInt(ri(1000));
      const s = ri(2) ? -v : v;
      return { canon: 'i' + s, build: () => big(s) };
    }
    case 3: {
      const fs = [0.5, 1, 2, -1, 0, -0, 3.25, 1e10, -7.5, 1000];
      const x = fs[ri(fs.length)];
      return { canon: 'f' + (x === 0 ? 0 : x), build: () => flt(x) };
    }
    case 4: {
      const name = 'k' + ri(60);
      return { canon: 'a' + name, build: () => at(name) };
    }
    case 5: {
      const v = ri(20);
      const name = 'n' + ri(5);
      return { canon: 't(' + v + ',' + name + ')', build: () => tuple(mkSmall(v), at(name)) };
    }
    case 6: {
      const v = ri(10);
      const isF = ri(2) === 1;
      return { canon: 'l(' + (isF ? 'f' : 'i') + v + ')', build: () => list(isF ? flt(v) : mkSmall(v), NIL) };
    }
    case 7:
    case 8: {
      const len = ri(3) === 0 ? 60 + ri(30) : ri(8);
      let s = '';
      for (let i = 0; i < len; i++) s += String.fromCharCode(97 + ri(3));
      const form = ri(3);
      return {
        canon: 'b' + s,
        build: () => {
          if (form === 2) {
            // a sub binary two bytes into a longer binary
            const whole = binFromString(p, 'zz' + s + 'q');
            return binSub(p, whole, 16, s.length * 8);
          }
          return binFromString(p, s);
        },
      };
    }
    default: {
      const v = ri(3);
      return { canon: 'T(' + v + ')', build: () => tuple(flt(v), mkSmall(1)) };
    }
  }
}

test('property: random puts/removes against a JS model, with GCs, canonical shapes', () => {
  setup();
  const r = rng(12345);
  const model = new Map<string, { desc: KeyDesc; v: number }>();
  const pool: KeyDesc[] = [];
  for (let i = 0; i < 400; i++) pool.push(keyGen(r));
  X[0] = mapNew(p);
  let snapModel: Map<string, number> | null = null;
  X[1] = X[0];
  const OPS = 6000;
  for (let op = 0; op < OPS; op++) {
    const d = pool[Math.floor(r() * pool.length)];
    // bias: grow to ~150 keys, shrink back under 32, grow again
    const phase = Math.floor(op / 1500) % 2;
    const putP = phase === 0 ? 0.7 : 0.3;
    if (r() < putP) {
      const v = Math.floor(r() * 1000);
      X[0] = mapPut(p, X[0], d.build(), mkSmall(v));
      model.set(d.canon, { desc: d, v });
    } else {
      X[0] = mapRemove(p, X[0], d.build());
      model.delete(d.canon);
    }
    const m = X[0];
    assert.equal(mapSize(m), model.size);
    const e = model.get(d.canon);
    assert.equal(mapGet(m, d.build()), e ? mkSmall(e.v) : NONE);
    if (op % 250 === 249) {
      checkInvariants(X[0]);
      for (const [, { desc, v }] of model) assert.equal(mapGet(X[0], desc.build()), mkSmall(v), desc.canon);
      // same contents built in one go: same shape
      const ks: number[] = [];
      const vs: number[] = [];
      for (const [, { desc, v }] of model) {
        ks.push(desc.build());
        vs.push(mkSmall(v));
      }
      const fresh = mapFromPairs(p, ks, vs);
      assert.ok(sameShape(X[0], fresh), 'canonical shape at op ' + op);
      assert.equal(mapCompare(X[0], fresh, compareExact), 0);
      // the snapshot still answers as it did
      if (snapModel) {
        assert.equal(mapSize(X[1]), snapModel.size);
        for (const [canon, v] of snapModel) {
          const desc = pool.find((q) => q.canon === canon) as KeyDesc;
          assert.equal(mapGet(X[1], desc.build()), mkSmall(v));
        }
      }
      X[1] = X[0];
      snapModel = new Map([...model].map(([k, { v }]) => [k, v]));
      gc(p, 0, X, 2);
    }
  }
});

test('hash: equal terms hash alike whatever their representation', () => {
  setup();
  assert.equal(termHash(flt(0)), termHash(flt(-0)));
  const s = 'x'.repeat(100);
  const refc = binFromString(p, s);
  const heap = binFromString(p, 'x'.repeat(10));
  const sub = binSub(p, refc, 0, 80);
  assert.equal(termHash(heap), termHash(sub));
  assert.equal(termHash(binSub(p, binFromString(p, 'a' + s), 8, 800)), termHash(refc));
  assert.notEqual(termHash(mkSmall(1)), termHash(flt(1)));
  assert.equal(termHash(big(1n << 40n)), termHash(big(1n << 40n)));
  assert.equal(termHash(tuple(list(mkSmall(1)), at('a'))), termHash(tuple(list(mkSmall(1)), at('a'))));
  // a long list hashes without deep JS recursion
  let l = NIL;
  for (let i = 0; i < 200000; i++) l = consOnto(mkSmall(i), l);
  assert.equal(typeof termHash(l), 'number');
});
function consOnto(h: number, t: number): number {
  const a = heapAlloc(p, 2);
  W[a] = h;
  W[a + 1] = t;
  return (a << 2) | 1;
}

test('100k keys by repeated puts stay fast (O(log n) path copies); GC keeps only the live trie', () => {
  setup(1 << 20, 1 << 26);
  const t0 = Date.now();
  X[0] = mapNew(p);
  for (let i = 0; i < 100000; i++) {
    // collect every 2000 puts, asking for room for the next 2000 (about 250 words each)
    if (i % 2000 === 0) gc(p, 2000 * 300, X, 1);
    X[0] = mapPut(p, X[0], mkSmall(i * 7919), mkSmall(i));
  }
  const ms = Date.now() - t0;
  const m = X[0];
  assert.equal(mapSize(m), 100000);
  for (let i = 0; i < 100000; i += 997) assert.equal(mapGet(m, mkSmall(i * 7919)), mkSmall(i));
  assert.equal(mapGet(m, mkSmall(1)), NONE);
  checkInvariants(m);
  assert.ok(ms < 15000, '100k puts took ' + ms + ' ms');
  gc(p, 0, X, 1);
  const live = heapWords(p);
  assert.ok(live <= mapStructWords(X[0]) + 16, 'live ' + live + ' vs structure ' + mapStructWords(X[0]));
  for (let i = 0; i < 100000; i++) {
    if (i % 2000 === 0) gc(p, 2000 * 300, X, 1);
    X[0] = mapRemove(p, X[0], mkSmall(i * 7919));
    if (i === 99970) checkInvariants(X[0]);
  }
  assert.equal(mapSize(X[0]), 0);
  assert.ok(isFlatMap(X[0]));
});

test('maps:put / maps:remove natives collect when the heap is short (a === X)', () => {
  setup(1 << 20, 1 << 26);
  mapsBifsInit();
  registerMapsBifs();
  const put = nativeFind(atomIntern('maps'), atomIntern('put'), 3);
  const rm = nativeFind(atomIntern('maps'), atomIntern('remove'), 2);
  let m = mapNew(p);
  const N = 3000;
  for (let i = 0; i < N; i++) {
    X[0] = binFromString(p, 'key' + i);
    X[1] = mkSmall(i);
    X[2] = m;
    m = natFn[put](p, X, 3);
  }
  assert.equal(p.fragWords < 4096, true, 'fragments stay small: ' + p.fragWords);
  assert.equal(mapSize(m), N);
  for (let i = 0; i < N; i += 7) assert.equal(mapGet(m, binFromString(p, 'key' + i)), mkSmall(i));
  checkInvariants(m);
  for (let i = 0; i < N; i += 2) {
    X[0] = binFromString(p, 'key' + i);
    X[1] = m;
    m = natFn[rm](p, X, 2);
  }
  assert.equal(mapSize(m), N / 2);
  checkInvariants(m);
});

test('BIF errors: badmap, badkey, badarg, function_clause', () => {
  setup();
  mapsBifsInit();
  registerMapsBifs();
  const m = mapFromPairs(p, [at('a')], [mkSmall(1)]);
  const reason = (): string => t2b(p.excReason);
  const expect = (r: number, want: number): void => {
    assert.equal(r, NONE);
    assert.equal(p.excClass, at('error'));
    assert.equal(reason(), t2b(want));
  };
  const badmap = (t: number): number => tuple(at('badmap'), t);
  expect(bifCall('erlang', 'map_get', [at('x'), at('y')]), badmap(at('y')));
  expect(bifCall('erlang', 'map_get', [at('x'), m]), tuple(at('badkey'), at('x')));
  expect(bifCall('maps', 'get', [at('x'), m]), tuple(at('badkey'), at('x')));
  expect(bifCall('erlang', 'map_size', [NIL]), badmap(NIL));
  expect(bifCall('erlang', 'is_map_key', [at('a'), mkSmall(3)]), badmap(mkSmall(3)));
  expect(bifCall('maps', 'get', [at('a'), at('x'), at('d')]), badmap(at('x')));
  assert.equal(bifCall('maps', 'get', [at('q'), m, at('d')]), at('d'));
  expect(bifCall('maps', 'put', [at('a'), mkSmall(1), at('b')]), badmap(at('b')));
  expect(bifCall('maps', 'update', [at('q'), mkSmall(1), m]), tuple(at('badkey'), at('q')));
  expect(bifCall('maps', 'update', [at('q'), mkSmall(1), NIL]), badmap(NIL));
  expect(bifCall('maps', 'remove', [at('a'), at('b')]), badmap(at('b')));
  expect(bifCall('maps', 'take', [at('a'), at('b')]), badmap(at('b')));
  assert.equal(bifCall('maps', 'take', [at('q'), m]), at('error'));
  assert.equal(t2b(bifCall('maps', 'take', [at('a'), m])), t2b(tuple(mkSmall(1), mapNew(p))));
  assert.equal(bifCall('maps', 'find', [at('q'), m]), at('error'));
  assert.equal(t2b(bifCall('maps', 'find', [at('a'), m])), t2b(tuple(at('ok'), mkSmall(1))));
  expect(bifCall('maps', 'find', [at('a'), at('x')]), badmap(at('x')));
  expect(bifCall('maps', 'from_list', [list(at('a'))]), at('badarg'));
  expect(bifCall('maps', 'from_list', [at('x')]), at('badarg'));
  expect(bifCall('maps', 'from_list', [list(tuple(at('a'), mkSmall(1), mkSmall(2)))]), at('badarg'));
  const improper = consOnto(at('a'), at('b'));
  expect(bifCall('maps', 'from_list', [consOnto(tuple(at('a'), mkSmall(1)), at('b'))]), at('badarg'));
  expect(bifCall('maps', 'from_keys', [improper, mkSmall(1)]), at('badarg'));
  expect(bifCall('maps', 'from_keys', [at('x'), mkSmall(1)]), at('badarg'));
  expect(bifCall('maps', 'merge', [at('x'), at('y')]), badmap(at('x')));
  expect(bifCall('maps', 'merge', [m, at('y')]), badmap(at('y')));
  expect(bifCall('maps', 'with', [at('x'), at('y')]), badmap(at('y')));
  expect(bifCall('maps', 'with', [at('x'), m]), at('badarg'));
  expect(bifCall('maps', 'with', [improper, m]), at('function_clause'));
  expect(bifCall('maps', 'without', [at('x'), at('y')]), badmap(at('y')));
  expect(bifCall('maps', 'without', [at('x'), m]), at('badarg'));
  expect(bifCall('maps', 'without', [improper, m]), at('function_clause'));
  for (const f of ['keys', 'values', 'to_list', 'size']) expect(bifCall('maps', f, [at('x')]), badmap(at('x')));
  assert.equal(bifCall('maps', 'size', [m]), mkSmall(1));
  assert.equal(bifCall('maps', 'is_key', [at('a'), m]), at('true'));
  assert.equal(bifCall('erlang', 'is_map_key', [at('b'), m]), at('false'));
  assert.ok(isMap(bifCall('maps', 'new', [])));
});

// ---- instructions ---------------------------------------------------------------------------

function emit(...ws: number[]): number {
  const at0 = code.codeTop;
  for (const w of ws) code.codeEmit(w);
  return at0;
}
const xr = (n: number): number => n << 3;
const yr = (n: number): number => (n << 3) | 4;

test('put_map_assoc / put_map_exact / has_map_fields / get_map_elements / update_record', () => {
  setup();
  // put_map_assoc 0 x0 x1 Live=1 [a x2 b 5]
  X[0] = mapNew(p);
  X[2] = mkSmall(42);
  let pc = emit(154, 0, xr(0), xr(1), 1, 4, at('a'), xr(2), at('b'), mkSmall(5));
  assert.equal(mapOp(p, 154, pc), pc + 10);
  assert.equal(t2b(X[1]), t2b(mapFromPairs(p, [at('a'), at('b')], [mkSmall(42), mkSmall(5)])));
  // duplicate keys in one instruction: the later wins
  pc = emit(154, 0, xr(1), xr(3), 2, 4, at('c'), mkSmall(1), at('c'), mkSmall(2));
  assert.equal(mapOp(p, 154, pc), pc + 10);
  assert.equal(mapGet(X[3], at('c')), mkSmall(2));
  assert.equal(mapSize(X[3]), 3);
  // badmap
  X[5] = at('nope');
  pc = emit(154, 0, xr(5), xr(6), 6, 2, at('a'), mkSmall(1));
  assert.equal(mapOp(p, 154, pc), -1);
  assert.equal(p.excPc, pc);
  assert.equal(t2b(p.excReason), t2b(tuple(at('badmap'), at('nope'))));
  // with a fail label: jump
  pc = emit(154, 777, xr(5), xr(6), 6, 2, at('a'), mkSmall(1));
  assert.equal(mapOp(p, 154, pc), 777);
  // put_map_exact: update existing shares the keys tuple; missing key -> {badkey, K}
  pc = emit(155, 0, xr(1), xr(4), 2, 2, at('a'), mkSmall(0));
  assert.equal(mapOp(p, 155, pc), pc + 8);
  assert.equal(W[(X[4] >>> 2) + 1], W[(X[1] >>> 2) + 1]);
  assert.equal(mapGet(X[4], at('a')), mkSmall(0));
  pc = emit(155, 0, xr(1), xr(4), 2, 4, at('a'), mkSmall(0), at('zz'), mkSmall(1));
  assert.equal(mapOp(p, 155, pc), -1);
  assert.equal(t2b(p.excReason), t2b(tuple(at('badkey'), at('zz'))));
  pc = emit(155, 0, xr(5), xr(4), 6, 2, at('a'), mkSmall(0));
  assert.equal(mapOp(p, 155, pc), -1);
  assert.equal(t2b(p.excReason), t2b(tuple(at('badmap'), at('nope'))));
  // has_map_fields Fail Src [keys]
  pc = emit(157, 999, xr(1), 2, at('a'), at('b'));
  assert.equal(mapOp(p, 157, pc), pc + 6);
  pc = emit(157, 999, xr(1), 2, at('a'), at('q'));
  assert.equal(mapOp(p, 157, pc), 999);
  // get_map_elements Fail Src [K Dst ...]; a destination overwriting the source register
  pc = emit(158, 999, xr(1), 4, at('b'), xr(1), at('a'), xr(7));
  const src = X[1];
  assert.equal(mapOp(p, 158, pc), pc + 8);
  assert.equal(X[1], mkSmall(5));
  assert.equal(X[7], mkSmall(42));
  X[1] = src;
  X[7] = NIL;
  pc = emit(158, 999, xr(1), 4, at('a'), xr(7), at('q'), xr(8));
  assert.equal(mapOp(p, 158, pc), 999);
  assert.equal(X[7], NIL, 'nothing written on failure');
  // update_record Hint Size Src Dst [Index Value ...] (indexes raw `u`)
  X[0] = tuple(at('rec'), mkSmall(1), mkSmall(2), mkSmall(3));
  X[9] = at('new');
  pc = emit(181, at('copy'), 4, xr(0), xr(1), 4, 2, xr(9), 4, mkSmall(30));
  assert.equal(mapOp(p, 181, pc), pc + 10);
  assert.equal(t2b(X[1]), t2b(tuple(at('rec'), at('new'), mkSmall(2), mkSmall(30))));
  assert.equal(t2b(X[0]), t2b(tuple(at('rec'), mkSmall(1), mkSmall(2), mkSmall(3))), 'source untouched');
  void yr;
});

test('put_map_assoc collects when the heap is short, keeping live registers', () => {
  setup();
  // a 100-key map in x0; fill the heap so the put must collect
  const ks: number[] = [];
  const vs: number[] = [];
  for (let i = 0; i < 100; i++) {
    ks.push(mkSmall(i));
    vs.push(mkSmall(i * 2));
  }
  X[0] = mapFromPairs(p, ks, vs);
  X[1] = tuple(at('keep'), mkSmall(1));
  gc(p, 0, X, 2);
  p.htop = p.hend; // pretend full
  const pc = emit(154, 0, xr(0), xr(2), 2, 2, xr(1), at('v'));
  assert.equal(mapOp(p, 154, pc), pc + 8);
  assert.equal(p.fragWords, 0, 'no heap fragment: collected first');
  assert.equal(mapSize(X[2]), 101);
  assert.equal(mapGet(X[2], tuple(at('keep'), mkSmall(1))), at('v'));
  assert.equal(mapGet(X[2], mkSmall(50)), mkSmall(100));
});

test('mapFromPairsWith builds outside a process heap', () => {
  setup();
  const block: number[] = [];
  const alloc = (n: number): number => {
    const a = heapAlloc(p, n); // any memory will do; record it
    block.push(a);
    return a;
  };
  const ks: number[] = [];
  const vs: number[] = [];
  for (let i = 0; i < 40; i++) {
    ks.push(mkSmall(i));
    vs.push(at('v'));
  }
  const m = mapFromPairsWith(alloc, ks, vs);
  assert.ok(block.length > 1);
  assert.equal(mapSize(m), 40);
  checkInvariants(m);
});
