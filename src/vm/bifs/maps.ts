// Map BIFs: erlang:map_size/1, is_map_key/2, map_get/2 and the maps module functions that OTP
// implements in C or as thin wrappers, with OTP 25's error reasons ({badmap,M}, {badkey,K},
// badarg; function_clause for improper key lists in maps:with/without, as OTP's Erlang code gives).
// maps:keys/values/to_list return pairs in map key order for maps of up to 32 keys (as OTP); for
// larger maps in our trie order (OTP's order differs there).
//
// A native called through call_ext gets a === X with the arguments in X[0..n) and no other live
// x register: it may then collect (gcFor) before building; called any other way it only
// allocates (heap fragments).
import { W } from '../memory';
import { Process } from '../process';
import { X } from '../regs';
import { gc, heapAlloc } from '../heap';
import { defNative, fail, badarg } from '../natives';
import { A, atom, NIL, NONE } from '../term';
import { mkTuple2 } from '../exceptions';
import {
  isMap, mapSize, mapGet, mapPut, mapPutReplaceKey, mapUpdate, mapRemove, mapFromPairs, mapPairs,
  mapNew, mapPutNeed, buildNeed, mapIterate, SMALL_MAX,
} from '../maps';
import { setMapIterHook } from '../printer';

function badmap(p: Process, t: number): number {
  return fail(p, mkTuple2(p, atom(A.badmap), t));
}
function badkey(p: Process, k: number): number {
  return fail(p, mkTuple2(p, atom(A.badkey), k));
}

/** Collects p's heap when `need` words are not free, if the call allows it (see the header). */
function gcFor(p: Process, a: Int32Array, n: number, need: number, keep?: number[]): void {
  if (a === X && p.htop + need > p.hend) gc(p, need, X, n, keep);
}

function listFrom(p: Process, xs: number[]): number {
  const n = xs.length;
  if (n === 0) return NIL;
  const h = heapAlloc(p, 2 * n);
  for (let i = 0; i < n; i++) {
    W[h + 2 * i] = xs[i];
    W[h + 2 * i + 1] = i + 1 < n ? ((h + 2 * i + 2) << 2) | 1 : NIL;
  }
  return (h << 2) | 1;
}

/** Pushes the elements of a proper list onto out; false for an improper list or a non-list. */
function listElems(l: number, out: number[]): boolean {
  while ((l & 3) === 1) {
    const c = l >>> 2;
    out.push(W[c]);
    l = W[c + 1];
  }
  return l === NIL;
}

function listLen(l: number): number {
  let n = 0;
  while ((l & 3) === 1) {
    n++;
    l = W[(l >>> 2) + 1];
  }
  return l === NIL ? n : -1;
}

function isPair(t: number): boolean {
  return (t & 3) === 2 && W[t >>> 2] === 2 << 6;
}

/** Heap words a removal from m may take. */
function removeNeed(m: number): number {
  return mapSize(m) <= SMALL_MAX + 1 ? 2 * mapSize(m) + 8 : 8 * 70;
}

/** The printer walks large (HAMT) maps through this hook (vmInit: registrars only name natives). */
export function mapsBifsInit(): void {
  setMapIterHook(mapIterate);
}

export function registerMapsBifs(): void {
  const E = 'erlang';
  const M = 'maps';

  function mapGet2(p: Process, a: Int32Array): number {
    const m = a[1];
    if (!isMap(m)) return badmap(p, m);
    const v = mapGet(m, a[0]);
    return v === NONE ? badkey(p, a[0]) : v;
  }
  defNative(E, 'map_get', 2, mapGet2);
  defNative(M, 'get', 2, mapGet2);

  function mapSize1(p: Process, a: Int32Array): number {
    const m = a[0];
    if (!isMap(m)) return badmap(p, m);
    return (mapSize(m) << 4) | 0xf;
  }
  defNative(E, 'map_size', 1, mapSize1);
  defNative(M, 'size', 1, mapSize1);

  function isKey(p: Process, a: Int32Array): number {
    const m = a[1];
    if (!isMap(m)) return badmap(p, m);
    return mapGet(m, a[0]) !== NONE ? atom(A.true_) : atom(A.false_);
  }
  defNative(E, 'is_map_key', 2, isKey);
  defNative(M, 'is_key', 2, isKey);

  defNative(M, 'get', 3, function (p, a) {
    const m = a[1];
    if (!isMap(m)) return badmap(p, m);
    const v = mapGet(m, a[0]);
    return v === NONE ? a[2] : v;
  });

  defNative(M, 'find', 2, function (p, a) {
    const m = a[1];
    if (!isMap(m)) return badmap(p, m);
    const v = mapGet(m, a[0]);
    return v === NONE ? atom(A.error) : mkTuple2(p, atom(A.ok), v);
  });

  defNative(M, 'put', 3, function (p, a, n) {
    if (!isMap(a[2])) return badmap(p, a[2]);
    gcFor(p, a, n, mapPutNeed(a[2], a[0]));
    return mapPut(p, a[2], a[0], a[1]);
  });

  defNative(M, 'update', 3, function (p, a, n) {
    if (!isMap(a[2])) return badmap(p, a[2]);
    if (mapGet(a[2], a[0]) === NONE) return badkey(p, a[0]);
    gcFor(p, a, n, mapPutNeed(a[2], a[0]));
    return mapUpdate(p, a[2], a[0], a[1]);
  });

  defNative(M, 'remove', 2, function (p, a, n) {
    if (!isMap(a[1])) return badmap(p, a[1]);
    gcFor(p, a, n, removeNeed(a[1]));
    return mapRemove(p, a[1], a[0]);
  });

  defNative(M, 'take', 2, function (p, a, n) {
    if (!isMap(a[1])) return badmap(p, a[1]);
    if (mapGet(a[1], a[0]) === NONE) return atom(A.error);
    gcFor(p, a, n, removeNeed(a[1]) + 3);
    const v = mapGet(a[1], a[0]);
    return mkTuple2(p, v, mapRemove(p, a[1], a[0]));
  });

  defNative(M, 'new', 0, function (p) {
    return mapNew(p);
  });

  function listOf(p: Process, a: Int32Array, n: number, what: number): number {
    const m = a[0];
    if (!isMap(m)) return badmap(p, m);
    const size = mapSize(m);
    gcFor(p, a, n, (what === 2 ? 5 : 2) * size);
    const ks: number[] = [];
    const vs: number[] = [];
    mapPairs(a[0], ks, vs);
    if (what === 0) return listFrom(p, ks);
    if (what === 1) return listFrom(p, vs);
    if (size === 0) return NIL;
    const h = heapAlloc(p, 5 * size);
    const t = h + 2 * size;
    for (let i = 0; i < size; i++) {
      const tp = t + 3 * i;
      W[tp] = 2 << 6;
      W[tp + 1] = ks[i];
      W[tp + 2] = vs[i];
      W[h + 2 * i] = (tp << 2) | 2;
      W[h + 2 * i + 1] = i + 1 < size ? ((h + 2 * i + 2) << 2) | 1 : NIL;
    }
    return (h << 2) | 1;
  }
  defNative(M, 'keys', 1, function (p, a, n) {
    return listOf(p, a, n, 0);
  });
  defNative(M, 'values', 1, function (p, a, n) {
    return listOf(p, a, n, 1);
  });
  defNative(M, 'to_list', 1, function (p, a, n) {
    return listOf(p, a, n, 2);
  });

  defNative(M, 'from_list', 1, function (p, a, n) {
    const len = listLen(a[0]);
    if (len < 0) return badarg(p);
    gcFor(p, a, n, buildNeed(len));
    const ks: number[] = [];
    const vs: number[] = [];
    let l = a[0];
    while (l !== NIL) {
      const c = l >>> 2;
      const e = W[c];
      if (!isPair(e)) return badarg(p);
      ks.push(W[(e >>> 2) + 1]);
      vs.push(W[(e >>> 2) + 2]);
      l = W[c + 1];
    }
    return mapFromPairs(p, ks, vs);
  });

  defNative(M, 'from_keys', 2, function (p, a, n) {
    const len = listLen(a[0]);
    if (len < 0) return badarg(p);
    gcFor(p, a, n, buildNeed(len));
    const ks: number[] = [];
    listElems(a[0], ks);
    const vs: number[] = [];
    for (let i = 0; i < ks.length; i++) vs.push(a[1]);
    return mapFromPairs(p, ks, vs);
  });

  defNative(M, 'merge', 2, function (p, a, n) {
    if (!isMap(a[0])) return badmap(p, a[0]);
    if (!isMap(a[1])) return badmap(p, a[1]);
    const n1 = mapSize(a[0]);
    const n2 = mapSize(a[1]);
    if (n2 === 0) return a[0];
    if (n1 === 0) return a[1];
    const small = n1 < n2 ? n1 : n2;
    const bulk = n1 + n2 <= SMALL_MAX || small * 8 > n1 + n2;
    gcFor(p, a, n, bulk ? buildNeed(n1 + n2) : small * (mapPutNeed(n1 < n2 ? a[1] : a[0], a[0]) + 8));
    const m1 = a[0];
    const m2 = a[1];
    const ks: number[] = [];
    const vs: number[] = [];
    if (bulk) {
      // every pair of m1 then every pair of m2: m2's keys and values win
      mapPairs(m1, ks, vs);
      mapPairs(m2, ks, vs);
      return mapFromPairs(p, ks, vs);
    }
    if (n2 <= n1) {
      mapPairs(m2, ks, vs);
      let r = m1;
      for (let i = 0; i < ks.length; i++) r = mapPutReplaceKey(p, r, ks[i], vs[i]);
      return r;
    }
    mapPairs(m1, ks, vs);
    let r = m2;
    for (let i = 0; i < ks.length; i++) if (mapGet(m2, ks[i]) === NONE) r = mapPut(p, r, ks[i], vs[i]);
    return r;
  });

  defNative(M, 'with', 2, function (p, a, n) {
    const m = a[1];
    if (!isMap(m)) return badmap(p, m);
    const l = a[0];
    if (l !== NIL && (l & 3) !== 1) return badarg(p);
    const len = listLen(l);
    if (len < 0) return fail(p, atom(A.function_clause));
    gcFor(p, a, n, buildNeed(len < mapSize(m) ? len : mapSize(m)));
    const ks0: number[] = [];
    listElems(a[0], ks0);
    const ks: number[] = [];
    const vs: number[] = [];
    for (let i = 0; i < ks0.length; i++) {
      const v = mapGet(a[1], ks0[i]);
      if (v !== NONE) {
        ks.push(ks0[i]);
        vs.push(v);
      }
    }
    return mapFromPairs(p, ks, vs);
  });

  defNative(M, 'without', 2, function (p, a, n) {
    const m = a[1];
    if (!isMap(m)) return badmap(p, m);
    const l = a[0];
    if (l !== NIL && (l & 3) !== 1) return badarg(p);
    const len = listLen(l);
    if (len < 0) return fail(p, atom(A.function_clause));
    const size = mapSize(m);
    const bulk = len * 8 > size;
    gcFor(p, a, n, bulk ? buildNeed(len) + buildNeed(size) : len * removeNeed(m));
    const ks0: number[] = [];
    listElems(a[0], ks0);
    let r = a[1];
    if (!bulk) {
      for (let i = 0; i < ks0.length; i++) r = mapRemove(p, r, ks0[i]);
      return r;
    }
    // many keys: the keys to drop as a scratch map, then rebuild from the survivors
    const vs0: number[] = [];
    for (let i = 0; i < ks0.length; i++) vs0.push(NIL);
    const drop = mapFromPairs(p, ks0, vs0);
    const ks: number[] = [];
    const vs: number[] = [];
    mapPairs(r, ks, vs);
    const k2: number[] = [];
    const v2: number[] = [];
    for (let i = 0; i < ks.length; i++) {
      if (mapGet(drop, ks[i]) !== NONE) continue;
      k2.push(ks[i]);
      v2.push(vs[i]);
    }
    if (k2.length === ks.length) return r;
    return mapFromPairs(p, k2, v2);
  });
}

