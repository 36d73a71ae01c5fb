// Maps: the data structure every part of the VM uses (instructions, BIFs, printer, ETF, compare).
//
// Small maps (at most SMALL_MAX = 32 keys, as in OTP and AtomVM) are flat:
//
//   [hdr(n + 1, MAP), keys tuple (boxed), v1 .. vn]        keys tuple: [hdr(n, TUPLE), k1 .. kn]
//
// with the keys sorted in map key order (compareExact: term order, every integer below every
// float). A new version that only changes values shares the keys tuple. Cost: 2 + n words for the
// map plus 1 + n for its keys tuple.
//
// Large maps (more than 32 keys) are a hash array mapped trie (HAMT) of box tag 0x30 nodes:
//
//   [hdr(2 + 2c, HAMT), bitmap (raw), size (raw: pairs in the map for the root, 0 below), slots...]
//
// Every node has c = popcount(bitmap) slots of two words. Slot i belongs to the i-th set bit of the
// bitmap; at depth d the bit is (hash >>> 5d) & 31 (depth 6 uses the last two hash bits). A slot
// is either a leaf [key, value] or a sub-node [NONE (0), boxed pointer to the node]. Below depth 6
// all 32 hash bits are used up: a depth-7 node is a collision node (bitmap 0) whose slots are
// leaves with equal hashes, searched linearly. GC and message copying treat words 1-2 as raw and
// the slots as terms (NONE is an immediate to them). The hash is our own (termHash), consistent
// with =:=, not OTP's.
//
// Invariants, which make the shape of a map depend only on its contents:
// - a map has a HAMT root if and only if it has more than 32 keys (removal converts back);
// - a non-root node always holds at least two keys in its subtree; each key sits at the shallowest
//   depth where its hash prefix is unique (insert splits, remove collapses).
// Updates copy the path from the root (O(log n) words), never the whole map.
//
// Iteration order: flat maps iterate in map key order, which is what OTP 25's maps:to_list,
// maps:keys and the printer give for maps of up to 32 keys. Large maps iterate in our trie order;
// OTP uses its own internal-hash order there, which we do not reproduce. mapToSortedArrays gives
// map key order for any map (what comparison needs).
import { W, wordsToFloat, wcopy } from './memory';
import { Process } from './process';
import { heapAlloc } from './heap';
import { Box } from './term';
import { compareExact, exactEq } from './compare';
import { binResolve, RB_ADDR, RB_BIT, RB_BITS, byteAt } from './binary';

export const SMALL_MAX = 32;
const MAX_DEPTH = 7; // depth of collision nodes
const NONE = 0;
const HDR_MAP = Box.MAP;
const HDR_HAMT = Box.HAMT;

// ---- allocation target: a process heap, or a caller's allocator (literal areas) -------------

let allocP: Process | null = null;
let allocFn: ((words: number) => number) | null = null;

function alloc(n: number): number {
  if (allocFn !== null) return allocFn(n);
  return heapAlloc(allocP as Process, n);
}

function onHeap(p: Process): void {
  allocP = p;
  allocFn = null;
}

// ---- small helpers --------------------------------------------------------------------------

export function isMap(t: number): boolean {
  if ((t & 3) !== 2) return false;
  const tag = W[t >>> 2] & 0x3f;
  return tag === Box.MAP || tag === Box.HAMT;
}

/** True if t is a map stored as a flat (small) map. */
export function isFlatMap(t: number): boolean {
  return (t & 3) === 2 && (W[t >>> 2] & 0x3f) === Box.MAP;
}

/** Number of keys of a map term. */
export function mapSize(t: number): number {
  const a = t >>> 2;
  const h = W[a];
  if ((h & 0x3f) === Box.MAP) return (h >>> 6) - 1;
  return W[a + 2];
}

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return (x + (x >>> 8) + (x >>> 16) + (x >>> 24)) & 0x3f;
}

/** =:= for map keys; immediates are equal only when identical. */
function keyEq(a: number, b: number): boolean {
  if (a === b) return true;
  const ta = a & 3;
  if (ta === 3 || ta !== (b & 3)) return false;
  return exactEq(a, b);
}

// ---- hashing (our own, consistent with =:=; explicit stack) ---------------------------------

/** 32-bit multiply without Math.imul (all partial products stay below 2^53). */
function mul32(a: number, b: number): number {
  return (((((a >>> 16) * b) & 0xffff) * 65536) + (a & 0xffff) * b) | 0;
}

function mixIn(h: number, k: number): number {
  k = mul32(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = mul32(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (mul32(h, 5) + 0xe6546b64) | 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = mul32(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = mul32(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const hstk: number[] = [];

/**
 * A 32-bit hash of a term, equal for =:= terms (so 0.0 and -0.0 hash alike, and binaries hash by
 * content whatever their representation). Maps inside a term hash by their size only.
 */
export function termHash(t: number): number {
  if ((t & 3) === 3) return fmix(mixIn(0x2f1b3c4d, t));
  let h = 0x2f1b3c4d;
  const base = hstk.length;
  hstk.push(t);
  while (hstk.length > base) {
    t = hstk.pop() as number;
    const tag = t & 3;
    if (tag === 1) {
      const a = t >>> 2;
      h = mixIn(h, 0x5bd1e995);
      hstk.push(W[a + 1]);
      hstk.push(W[a]);
      continue;
    }
    if (tag !== 2) {
      h = mixIn(h, t);
      continue;
    }
    const a = t >>> 2;
    const hd = W[a];
    const ar = hd >>> 6;
    switch (hd & 0x3f) {
      case Box.TUPLE:
        h = mixIn(h, hd);
        for (let i = ar; i >= 1; i--) hstk.push(W[a + i]);
        break;
      case Box.POS_BIG:
      case Box.NEG_BIG:
      case Box.REF:
        h = mixIn(h, hd);
        for (let i = 1; i <= ar; i++) h = mixIn(h, W[a + i]);
        break;
      case Box.FLOAT:
        h = mixIn(h, hd);
        if (wordsToFloat(a + 1) === 0) {
          h = mixIn(h, 0);
          h = mixIn(h, 0);
        } else {
          h = mixIn(h, W[a + 1]);
          h = mixIn(h, W[a + 2]);
        }
        break;
      case Box.EXPORT:
        h = mixIn(h, hd);
        h = mixIn(h, W[a + 1]);
        h = mixIn(h, W[a + 2]);
        h = mixIn(h, W[a + 3]);
        break;
      case Box.FUN:
        // equal closures may come from different fun table entries (reloads): free vars only
        h = mixIn(h, hd);
        for (let i = ar; i >= 3; i--) hstk.push(W[a + i]);
        break;
      case Box.HEAP_BIN:
      case Box.REFC_BIN:
      case Box.SUB_BIN: {
        binResolve(t);
        const addr = RB_ADDR;
        const bit = RB_BIT;
        const bits = RB_BITS;
        h = mixIn(h, 0x24);
        h = mixIn(h, bits);
        const bytes = bits >>> 3;
        let w = 0;
        for (let i = 0; i < bytes; i++) {
          w = (w << 8) | byteAt(addr, bit, i);
          if ((i & 3) === 3) {
            h = mixIn(h, w);
            w = 0;
          }
        }
        const rest = bits & 7;
        if (rest > 0) w = (w << 8) | (byteAt(addr, bit, bytes) & ((0xff << (8 - rest)) & 0xff));
        h = mixIn(h, w);
        break;
      }
      case Box.MAP:
      case Box.HAMT:
        h = mixIn(h, 0x2c);
        h = mixIn(h, mapSize(t));
        break;
      default:
        h = mixIn(h, hd);
        break;
    }
  }
  return fmix(h);
}

/** Slot index of hash h at depth d. */
function hidx(h: number, d: number): number {
  return (h >>> (5 * d)) & 31;
}

/** Orders hashes like the trie does (depth-0 bits most significant). */
function trieOrderKey(h: number): number {
  return ((hidx(h, 0) << 27) | (hidx(h, 1) << 22) | (hidx(h, 2) << 17) | (hidx(h, 3) << 12) |
    (hidx(h, 4) << 7) | (hidx(h, 5) << 2) | hidx(h, 6)) >>> 0;
}

// ---- sorting (stable bottom-up merge sort of index arrays; no recursion) ---------------------

/** Sorts idx stably by cmp(i, j) < 0. */
function mergeSort(idx: number[], cmp: (i: number, j: number) => number): void {
  const n = idx.length;
  if (n < 2) return;
  // insertion sort runs of 8, then merge
  const RUN = 8;
  for (let s = 0; s < n; s += RUN) {
    const e = s + RUN < n ? s + RUN : n;
    for (let i = s + 1; i < e; i++) {
      const v = idx[i];
      let j = i - 1;
      while (j >= s && cmp(idx[j], v) > 0) {
        idx[j + 1] = idx[j];
        j--;
      }
      idx[j + 1] = v;
    }
  }
  let src = idx;
  let dst: number[] = new Array(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = lo + width < n ? lo + width : n;
      const hi = lo + 2 * width < n ? lo + 2 * width : n;
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if (cmp(src[j], src[i]) < 0) dst[k++] = src[j++];
        else dst[k++] = src[i++];
      }
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== idx) for (let i = 0; i < n; i++) idx[i] = src[i];
}

function sortByKeys(keys: number[]): number[] {
  const idx: number[] = [];
  for (let i = 0; i < keys.length; i++) idx.push(i);
  mergeSort(idx, function (i: number, j: number): number {
    return compareExact(keys[i], keys[j]);
  });
  return idx;
}

// ---- flat maps ------------------------------------------------------------------------------

/** Index of key in the flat map at word address a, or -(insertion point + 1). */
function flatFind(a: number, key: number): number {
  const kt = W[a + 1] >>> 2;
  const n = W[kt] >>> 6;
  if ((key & 3) === 3) {
    // an immediate is =:= only to itself: a plain scan beats comparing
    for (let i = 0; i < n; i++) if (W[kt + 1 + i] === key) return i;
    if (n === 0) return -1;
  }
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const k = W[kt + 1 + mid];
    const c = k === key ? 0 : compareExact(k, key);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return -(lo + 1);
}

/** Builds a flat map from keys already sorted and distinct. */
function flatBuild(ks: number[], vs: number[], start: number, n: number): number {
  const kt = alloc(1 + n);
  W[kt] = n << 6;
  for (let i = 0; i < n; i++) W[kt + 1 + i] = ks[start + i];
  const m = alloc(2 + n);
  W[m] = ((n + 1) << 6) | HDR_MAP;
  W[m + 1] = (kt << 2) | 2;
  for (let i = 0; i < n; i++) W[m + 2 + i] = vs[start + i];
  return (m << 2) | 2;
}

/** A flat map sharing keys tuple kt (a term) with values vs. */
function flatWithKeys(kt: number, vs: number[]): number {
  const n = vs.length;
  const m = alloc(2 + n);
  W[m] = ((n + 1) << 6) | HDR_MAP;
  W[m + 1] = kt;
  for (let i = 0; i < n; i++) W[m + 2 + i] = vs[i];
  return (m << 2) | 2;
}

function flatPut(m: number, k: number, v: number, replaceKey: boolean): number {
  const a = m >>> 2;
  const n = (W[a] >>> 6) - 1;
  const kt = W[a + 1] >>> 2;
  const i = flatFind(a, k);
  if (i >= 0) {
    const swapKey = replaceKey && W[kt + 1 + i] !== k;
    if (W[a + 2 + i] === v && !swapKey) return m;
    let ktTerm = W[a + 1];
    if (swapKey) {
      const nk = alloc(1 + n);
      wcopy(nk, kt, 1 + n);
      W[nk + 1 + i] = k;
      ktTerm = (nk << 2) | 2;
    }
    const b = alloc(2 + n);
    wcopy(b, a, 2 + n);
    W[b + 1] = ktTerm;
    W[b + 2 + i] = v;
    return (b << 2) | 2;
  }
  const pos = -(i + 1);
  if (n + 1 <= SMALL_MAX) {
    const nk = alloc(2 + n);
    W[nk] = (n + 1) << 6;
    for (let j = 0; j < pos; j++) W[nk + 1 + j] = W[kt + 1 + j];
    W[nk + 1 + pos] = k;
    for (let j = pos; j < n; j++) W[nk + 2 + j] = W[kt + 1 + j];
    const b = alloc(3 + n);
    W[b] = ((n + 2) << 6) | HDR_MAP;
    W[b + 1] = (nk << 2) | 2;
    for (let j = 0; j < pos; j++) W[b + 2 + j] = W[a + 2 + j];
    W[b + 2 + pos] = v;
    for (let j = pos; j < n; j++) W[b + 3 + j] = W[a + 2 + j];
    return (b << 2) | 2;
  }
  // 33 keys: becomes a trie
  const ks: number[] = [];
  const vs: number[] = [];
  for (let j = 0; j < n; j++) {
    ks.push(W[kt + 1 + j]);
    vs.push(W[a + 2 + j]);
  }
  ks.push(k);
  vs.push(v);
  return buildDistinct(ks, vs);
}

function flatRemove(m: number, k: number): number {
  const a = m >>> 2;
  const i = flatFind(a, k);
  if (i < 0) return m;
  const n = (W[a] >>> 6) - 1;
  const kt = W[a + 1] >>> 2;
  const nk = alloc(n);
  W[nk] = (n - 1) << 6;
  const b = alloc(1 + n);
  W[b] = (n << 6) | HDR_MAP;
  W[b + 1] = (nk << 2) | 2;
  let o = 0;
  for (let j = 0; j < n; j++) {
    if (j === i) continue;
    W[nk + 1 + o] = W[kt + 1 + j];
    W[b + 2 + o] = W[a + 2 + j];
    o++;
  }
  return (b << 2) | 2;
}

// ---- HAMT ------------------------------------------------------------------------------------

function slotCount(a: number): number {
  return ((W[a] >>> 6) - 2) >> 1;
}

function hamtGet(root: number, key: number, h: number): number {
  let a = root;
  let d = 0;
  for (;;) {
    if (d >= MAX_DEPTH) {
      const c = slotCount(a);
      for (let i = 0; i < c; i++) if (keyEq(W[a + 3 + 2 * i], key)) return W[a + 4 + 2 * i];
      return NONE;
    }
    const bm = W[a + 1];
    const bit = 1 << hidx(h, d);
    if ((bm & bit) === 0) return NONE;
    const s = a + 3 + 2 * popcount(bm & (bit - 1));
    const k = W[s];
    if (k === NONE) {
      a = W[s + 1] >>> 2;
      d++;
      continue;
    }
    return keyEq(k, key) ? W[s + 1] : NONE;
  }
}

/** Copy of node a with slot pos set to (k, v). */
function nodeReplace(a: number, pos: number, k: number, v: number): number {
  const words = (W[a] >>> 6) + 1;
  const b = alloc(words);
  wcopy(b, a, words);
  W[b + 3 + 2 * pos] = k;
  W[b + 4 + 2 * pos] = v;
  return (b << 2) | 2;
}

/** Copy of node a with a slot (k, v) inserted at pos and the bitmap replaced. */
function nodeInsert(a: number, bitmap: number, pos: number, k: number, v: number): number {
  const c = slotCount(a);
  const b = alloc(3 + 2 * (c + 1));
  W[b] = ((2 + 2 * (c + 1)) << 6) | HDR_HAMT;
  W[b + 1] = bitmap;
  W[b + 2] = W[a + 2];
  const split = a + 3 + 2 * pos;
  wcopy(b + 3, a + 3, split - (a + 3));
  W[b + 3 + 2 * pos] = k;
  W[b + 4 + 2 * pos] = v;
  wcopy(b + 5 + 2 * pos, split, a + 3 + 2 * c - split);
  return (b << 2) | 2;
}

/** Copy of node a without slot pos, with the bitmap replaced. */
function nodeDelete(a: number, bitmap: number, pos: number): number {
  const c = slotCount(a);
  const b = alloc(3 + 2 * (c - 1));
  W[b] = ((2 + 2 * (c - 1)) << 6) | HDR_HAMT;
  W[b + 1] = bitmap;
  W[b + 2] = W[a + 2];
  const split = a + 3 + 2 * pos;
  wcopy(b + 3, a + 3, split - (a + 3));
  wcopy(b + 3 + 2 * pos, split + 2, a + 3 + 2 * c - (split + 2));
  return (b << 2) | 2;
}

/** A subtree at depth d holding two keys with hashes h1, h2. */
function makeTwo(k1: number, v1: number, h1: number, k2: number, v2: number, h2: number, d: number): number {
  let e = d;
  while (e < MAX_DEPTH && hidx(h1, e) === hidx(h2, e)) e++;
  const b = alloc(7);
  W[b] = (6 << 6) | HDR_HAMT;
  W[b + 2] = 0;
  if (e >= MAX_DEPTH) {
    W[b + 1] = 0;
    W[b + 3] = k1;
    W[b + 4] = v1;
    W[b + 5] = k2;
    W[b + 6] = v2;
  } else {
    const i1 = hidx(h1, e);
    const i2 = hidx(h2, e);
    W[b + 1] = (1 << i1) | (1 << i2);
    const first = i1 < i2;
    W[b + 3] = first ? k1 : k2;
    W[b + 4] = first ? v1 : v2;
    W[b + 5] = first ? k2 : k1;
    W[b + 6] = first ? v2 : v1;
  }
  let node = (b << 2) | 2;
  for (let f = e - 1; f >= d; f--) {
    const c = alloc(5);
    W[c] = (4 << 6) | HDR_HAMT;
    W[c + 1] = 1 << hidx(h1, f);
    W[c + 2] = 0;
    W[c + 3] = NONE;
    W[c + 4] = node;
    node = (c << 2) | 2;
  }
  return node;
}

const pathNode: number[] = [];
const pathPos: number[] = [];

function hamtPut(m: number, key: number, val: number, h: number, replaceKey: boolean): number {
  const root = m >>> 2;
  let a = root;
  let d = 0;
  let plen = 0;
  let added = 0;
  let node: number;
  for (;;) {
    if (d >= MAX_DEPTH) {
      const c = slotCount(a);
      let i = 0;
      while (i < c && !keyEq(W[a + 3 + 2 * i], key)) i++;
      if (i < c) {
        const ok = W[a + 3 + 2 * i];
        if (W[a + 4 + 2 * i] === val && (!replaceKey || ok === key)) return m;
        node = nodeReplace(a, i, replaceKey ? key : ok, val);
      } else {
        node = nodeInsert(a, 0, c, key, val);
        added = 1;
      }
      break;
    }
    const bm = W[a + 1];
    const bit = 1 << hidx(h, d);
    const pos = popcount(bm & (bit - 1));
    if ((bm & bit) === 0) {
      node = nodeInsert(a, bm | bit, pos, key, val);
      added = 1;
      break;
    }
    const s = a + 3 + 2 * pos;
    const k = W[s];
    if (k === NONE) {
      pathNode[plen] = a;
      pathPos[plen] = pos;
      plen++;
      a = W[s + 1] >>> 2;
      d++;
      continue;
    }
    if (keyEq(k, key)) {
      if (W[s + 1] === val && (!replaceKey || k === key)) return m;
      node = nodeReplace(a, pos, replaceKey ? key : k, val);
      break;
    }
    const sub = makeTwo(k, W[s + 1], termHash(k), key, val, h, d + 1);
    node = nodeReplace(a, pos, NONE, sub);
    added = 1;
    break;
  }
  for (let j = plen - 1; j >= 0; j--) node = nodeReplace(pathNode[j], pathPos[j], NONE, node);
  W[(node >>> 2) + 2] = W[root + 2] + added;
  return node;
}

function hamtRemove(m: number, key: number, h: number): number {
  const root = m >>> 2;
  let a = root;
  let d = 0;
  let plen = 0;
  let pos = 0;
  for (;;) {
    if (d >= MAX_DEPTH) {
      const c = slotCount(a);
      pos = 0;
      while (pos < c && !keyEq(W[a + 3 + 2 * pos], key)) pos++;
      if (pos === c) return m;
      break;
    }
    const bm = W[a + 1];
    const bit = 1 << hidx(h, d);
    if ((bm & bit) === 0) return m;
    pos = popcount(bm & (bit - 1));
    const s = a + 3 + 2 * pos;
    const k = W[s];
    if (k === NONE) {
      pathNode[plen] = a;
      pathPos[plen] = pos;
      plen++;
      a = W[s + 1] >>> 2;
      d++;
      continue;
    }
    if (!keyEq(k, key)) return m;
    break;
  }
  const size = W[root + 2];
  if (size - 1 <= SMALL_MAX) {
    // back to a flat map: every pair but the removed one, in key order
    const ks: number[] = [];
    const vs: number[] = [];
    hamtPairs(root, ks, vs);
    const rk = W[a + 3 + 2 * pos];
    const k2: number[] = [];
    const v2: number[] = [];
    for (let i = 0; i < ks.length; i++) {
      if (ks[i] === rk) continue;
      k2.push(ks[i]);
      v2.push(vs[i]);
    }
    return flatFromDistinct(k2, v2);
  }
  // the node where the key was found, minus that slot: a node, or a single leaf that moves up
  let leafK = NONE;
  let leafV = NONE;
  let node = NONE;
  const c = slotCount(a);
  if (plen > 0 && c === 2 && W[a + 3 + 2 * (1 - pos)] !== NONE) {
    leafK = W[a + 3 + 2 * (1 - pos)];
    leafV = W[a + 4 + 2 * (1 - pos)];
  } else {
    const bm = d >= MAX_DEPTH ? 0 : W[a + 1] & ~(1 << hidx(h, d));
    node = nodeDelete(a, bm, pos);
  }
  for (let j = plen - 1; j >= 0; j--) {
    const pa = pathNode[j];
    if (node === NONE) {
      if (j > 0 && slotCount(pa) === 1) continue; // a chain node collapses too
      node = nodeReplace(pa, pathPos[j], leafK, leafV);
    } else node = nodeReplace(pa, pathPos[j], NONE, node);
  }
  W[(node >>> 2) + 2] = size - 1;
  return node;
}

/** Pushes the pairs of the trie at root address onto ks/vs in trie (slot) order. */
function hamtPairs(root: number, ks: number[], vs: number[]): void {
  // stack of (node, next slot); its depth is bounded by the trie depth
  const sn: number[] = [root];
  const si: number[] = [0];
  while (sn.length > 0) {
    const top = sn.length - 1;
    const a = sn[top];
    const c = slotCount(a);
    let i = si[top];
    let down = false;
    while (i < c) {
      const k = W[a + 3 + 2 * i];
      if (k === NONE) {
        si[top] = i + 1;
        sn.push(W[a + 4 + 2 * i] >>> 2);
        si.push(0);
        down = true;
        break;
      }
      ks.push(k);
      vs.push(W[a + 4 + 2 * i]);
      i++;
    }
    if (!down) {
      sn.pop();
      si.pop();
    }
  }
}

/**
 * Builds a trie node at depth d from entries o[lo..hi) of the hash-sorted distinct arrays.
 * Recursion depth is bounded by MAX_DEPTH (not by the input).
 */
function buildNode(ks: number[], vs: number[], hs: number[], o: number[], lo: number, hi: number, d: number): number {
  if (d >= MAX_DEPTH) {
    const n = hi - lo;
    const b = alloc(3 + 2 * n);
    W[b] = ((2 + 2 * n) << 6) | HDR_HAMT;
    W[b + 1] = 0;
    W[b + 2] = 0;
    for (let i = 0; i < n; i++) {
      W[b + 3 + 2 * i] = ks[o[lo + i]];
      W[b + 4 + 2 * i] = vs[o[lo + i]];
    }
    return (b << 2) | 2;
  }
  let groups = 0;
  let bitmap = 0;
  for (let i = lo; i < hi; ) {
    const x = hidx(hs[o[i]], d);
    let j = i + 1;
    while (j < hi && hidx(hs[o[j]], d) === x) j++;
    groups++;
    bitmap |= 1 << x;
    i = j;
  }
  const b = alloc(3 + 2 * groups);
  W[b] = ((2 + 2 * groups) << 6) | HDR_HAMT;
  W[b + 1] = bitmap;
  W[b + 2] = 0;
  let g = 0;
  for (let i = lo; i < hi; ) {
    const x = hidx(hs[o[i]], d);
    let j = i + 1;
    while (j < hi && hidx(hs[o[j]], d) === x) j++;
    if (j - i === 1) {
      W[b + 3 + 2 * g] = ks[o[i]];
      W[b + 4 + 2 * g] = vs[o[i]];
    } else {
      W[b + 3 + 2 * g] = NONE;
      W[b + 4 + 2 * g] = buildNode(ks, vs, hs, o, i, j, d + 1);
    }
    g++;
    i = j;
  }
  return (b << 2) | 2;
}

/** Indexes of ks ordered by trie position (hash order, then input order). */
function hashOrder(hs: number[]): number[] {
  const n = hs.length;
  const ok: number[] = [];
  const o: number[] = [];
  for (let i = 0; i < n; i++) {
    ok.push(trieOrderKey(hs[i]));
    o.push(i);
  }
  mergeSort(o, function (i: number, j: number): number {
    return ok[i] < ok[j] ? -1 : ok[i] > ok[j] ? 1 : 0;
  });
  return o;
}

/** A map from distinct keys (any count; any order). */
function buildDistinct(ks: number[], vs: number[]): number {
  if (ks.length <= SMALL_MAX) return flatFromDistinct(ks, vs);
  const hs: number[] = [];
  for (let i = 0; i < ks.length; i++) hs.push(termHash(ks[i]));
  const o = hashOrder(hs);
  const r = buildNode(ks, vs, hs, o, 0, o.length, 0);
  W[(r >>> 2) + 2] = ks.length;
  return r;
}

/** A flat map from at most 32 distinct keys in any order. */
function flatFromDistinct(ks: number[], vs: number[]): number {
  const idx = sortByKeys(ks);
  const sk: number[] = [];
  const sv: number[] = [];
  for (let i = 0; i < idx.length; i++) {
    sk.push(ks[idx[i]]);
    sv.push(vs[idx[i]]);
  }
  return flatBuild(sk, sv, 0, sk.length);
}

/** Pairs -> map, later pairs winning (key term and value), as maps:from_list. */
function buildFromPairs(ks: number[], vs: number[]): number {
  const n = ks.length;
  if (n <= SMALL_MAX) {
    const idx = sortByKeys(ks);
    const sk: number[] = [];
    const sv: number[] = [];
    for (let i = 0; i < n; i++) {
      const j = idx[i];
      if (i + 1 < n && keyEq(ks[j], ks[idx[i + 1]])) continue; // a later equal key follows
      sk.push(ks[j]);
      sv.push(vs[j]);
    }
    return flatBuild(sk, sv, 0, sk.length);
  }
  const hs: number[] = [];
  for (let i = 0; i < n; i++) hs.push(termHash(ks[i]));
  const o = hashOrder(hs);
  // drop every entry that an equal key later in the input overrides (equal hashes are adjacent)
  const keep: number[] = [];
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && hs[o[j]] === hs[o[i]]) j++;
    for (let x = i; x < j; x++) {
      let dup = false;
      for (let y = x + 1; y < j && !dup; y++) if (keyEq(ks[o[x]], ks[o[y]])) dup = true;
      if (!dup) keep.push(o[x]);
    }
    i = j;
  }
  if (keep.length <= SMALL_MAX) {
    const k2: number[] = [];
    const v2: number[] = [];
    for (let i = 0; i < keep.length; i++) {
      k2.push(ks[keep[i]]);
      v2.push(vs[keep[i]]);
    }
    return flatFromDistinct(k2, v2);
  }
  const r = buildNode(ks, vs, hs, keep, 0, keep.length, 0);
  W[(r >>> 2) + 2] = keep.length;
  return r;
}

// ---- public API ------------------------------------------------------------------------------

/** The value for key in map t, or NONE (0) when absent. */
export function mapGet(t: number, key: number): number {
  const a = t >>> 2;
  if ((W[a] & 0x3f) === Box.MAP) {
    if ((key & 3) === 3) {
      // an immediate key: a scan for the identical word
      const kt = W[a + 1] >>> 2;
      const n = W[kt] >>> 6;
      for (let i = 0; i < n; i++) if (W[kt + 1 + i] === key) return W[a + 2 + i];
      return NONE;
    }
    const i = flatFind(a, key);
    return i >= 0 ? W[a + 2 + i] : NONE;
  }
  return hamtGet(a, key, termHash(key));
}

export function mapHas(t: number, key: number): boolean {
  return mapGet(t, key) !== NONE;
}

/** An empty map on p's heap. */
export function mapNew(p: Process): number {
  onHeap(p);
  return flatBuild([], [], 0, 0);
}

/**
 * m with key k set to v (m itself when nothing changes). An existing key keeps its key term, as
 * maps:put and `M#{K => V}` do in OTP (visible only for 0.0 vs -0.0).
 */
export function mapPut(p: Process, m: number, k: number, v: number): number {
  onHeap(p);
  return putAny(m, k, v, false);
}

/** Like mapPut but the new key term replaces an equal existing one (maps:merge, from_list). */
export function mapPutReplaceKey(p: Process, m: number, k: number, v: number): number {
  onHeap(p);
  return putAny(m, k, v, true);
}

function putAny(m: number, k: number, v: number, replaceKey: boolean): number {
  if ((W[m >>> 2] & 0x3f) === Box.MAP) return flatPut(m, k, v, replaceKey);
  return hamtPut(m, k, v, termHash(k), replaceKey);
}

/** m with key k updated to v, or NONE when k is absent (the := update). */
export function mapUpdate(p: Process, m: number, k: number, v: number): number {
  if (mapGet(m, k) === NONE) return NONE;
  onHeap(p);
  return putAny(m, k, v, false);
}

/** m without key k (m itself when k is absent). */
export function mapRemove(p: Process, m: number, k: number): number {
  onHeap(p);
  const a = m >>> 2;
  if ((W[a] & 0x3f) === Box.MAP) return flatRemove(m, k);
  return hamtRemove(m, k, termHash(k));
}

/**
 * Sets many pairs at once (in order: later pairs win), as put_map_assoc / put_map_exact do.
 * exact: every key must already be present; returns NONE otherwise and sets MISSING_KEY.
 * Small results are built with one allocation (no intermediate maps).
 */
export let MISSING_KEY = 0;
export function mapPutMany(p: Process, m: number, ks: number[], vs: number[], exact: boolean): number {
  onHeap(p);
  const n = ks.length;
  if (exact) {
    for (let i = 0; i < n; i++) {
      if (mapGet(m, ks[i]) === NONE) {
        MISSING_KEY = ks[i];
        return NONE;
      }
    }
  }
  const a = m >>> 2;
  if ((W[a] & 0x3f) !== Box.MAP || n === 1) {
    for (let i = 0; i < n; i++) m = putAny(m, ks[i], vs[i], false);
    return m;
  }
  // flat: work on JS copies of the keys and values
  const size = (W[a] >>> 6) - 1;
  const kt = W[a + 1] >>> 2;
  const ka: number[] = [];
  const va: number[] = [];
  for (let i = 0; i < size; i++) {
    ka.push(W[kt + 1 + i]);
    va.push(W[a + 2 + i]);
  }
  let keysChanged = false;
  let changed = false;
  for (let i = 0; i < n; i++) {
    const k = ks[i];
    const j = arrFind(ka, k);
    if (j >= 0) {
      if (va[j] !== vs[i]) {
        va[j] = vs[i];
        changed = true;
      }
    } else {
      ka.splice(-(j + 1), 0, k);
      va.splice(-(j + 1), 0, vs[i]);
      keysChanged = true;
    }
  }
  if (!keysChanged && !changed) return m;
  if (!keysChanged) return flatWithKeys(W[a + 1], va);
  if (ka.length <= SMALL_MAX) return flatBuild(ka, va, 0, ka.length);
  return buildDistinct(ka, va);
}

/** Index of key in the sorted JS array ka, or -(insertion point + 1). */
function arrFind(ka: number[], key: number): number {
  const n = ka.length;
  if ((key & 3) === 3) {
    for (let i = 0; i < n; i++) if (ka[i] === key) return i;
  }
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const k = ka[mid];
    const c = k === key ? 0 : compareExact(k, key);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return -(lo + 1);
}

/** A map from parallel key/value arrays; a later pair wins over an earlier equal key. */
export function mapFromPairs(p: Process, keys: number[], values: number[]): number {
  onHeap(p);
  return buildFromPairs(keys, values);
}

/**
 * Like mapFromPairs but allocating through alloc(words) -> word address (for literal areas and
 * other memory outside a process heap).
 */
export function mapFromPairsWith(allocWords: (words: number) => number, keys: number[], values: number[]): number {
  allocP = null;
  allocFn = allocWords;
  try {
    return buildFromPairs(keys, values);
  } finally {
    allocFn = null;
  }
}

/**
 * Pushes the map's pairs onto ks/vs in iteration order: map key order for flat maps (as OTP),
 * trie order for large maps (OTP's order differs there).
 */
export function mapPairs(t: number, ks: number[], vs: number[]): void {
  const a = t >>> 2;
  if ((W[a] & 0x3f) === Box.MAP) {
    const n = (W[a] >>> 6) - 1;
    const kt = W[a + 1] >>> 2;
    for (let i = 0; i < n; i++) {
      ks.push(W[kt + 1 + i]);
      vs.push(W[a + 2 + i]);
    }
    return;
  }
  hamtPairs(a, ks, vs);
}

/** Pushes key, value, key, value... onto out in iteration order (the printer's hook shape). */
export function mapIterate(t: number, out: number[]): void {
  const ks: number[] = [];
  const vs: number[] = [];
  mapPairs(t, ks, vs);
  for (let i = 0; i < ks.length; i++) out.push(ks[i], vs[i]);
}

/** Pushes the map's pairs onto ks/vs in map key order (compareExact), for any map. */
export function mapToSortedArrays(t: number, ks: number[], vs: number[]): void {
  const a = t >>> 2;
  if ((W[a] & 0x3f) === Box.MAP) {
    mapPairs(t, ks, vs);
    return;
  }
  const k0: number[] = [];
  const v0: number[] = [];
  hamtPairs(a, k0, v0);
  const idx = sortByKeys(k0);
  for (let i = 0; i < idx.length; i++) {
    ks.push(k0[idx[i]]);
    vs.push(v0[idx[i]]);
  }
}

/**
 * Map comparison as OTP orders maps: by size, then keys in map key order (compared exactly),
 * then values in that key order with cmp (the caller's exactness). For callers that cannot walk
 * the keys in place (large maps); compare.ts does flat maps itself.
 */
export function mapCompare(x: number, y: number, cmp: (a: number, b: number) => number): number {
  const nx = mapSize(x);
  const ny = mapSize(y);
  if (nx !== ny) return nx < ny ? -1 : 1;
  const kx: number[] = [];
  const vx: number[] = [];
  const ky: number[] = [];
  const vy: number[] = [];
  mapToSortedArrays(x, kx, vx);
  mapToSortedArrays(y, ky, vy);
  for (let i = 0; i < nx; i++) {
    const c = compareExact(kx[i], ky[i]);
    if (c !== 0) return c;
  }
  for (let i = 0; i < nx; i++) {
    const c = cmp(vx[i], vy[i]);
    if (c !== 0) return c;
  }
  return 0;
}

// ---- heap need estimates (for collecting before building) ----------------------------------

/** Words a put of one new key into map m may allocate (upper bound for the usual cases). */
export function mapPutNeed(m: number, k: number): number {
  const a = m >>> 2;
  if ((W[a] & 0x3f) === Box.MAP) {
    const n = (W[a] >>> 6) - 1;
    if (n < SMALL_MAX) return 2 * n + 8;
    return buildNeed(n + 1);
  }
  const h = termHash(k);
  let words = 5 * MAX_DEPTH + 8;
  let b = a;
  for (let d = 0; d <= MAX_DEPTH; d++) {
    words += (W[b] >>> 6) + 3;
    if (d >= MAX_DEPTH) break;
    const bm = W[b + 1];
    const bit = 1 << hidx(h, d);
    if ((bm & bit) === 0) break;
    const s = b + 3 + 2 * popcount(bm & (bit - 1));
    if (W[s] !== NONE) break;
    b = W[s + 1] >>> 2;
  }
  return words;
}

/** Words building a map of n keys may take (usual upper bound). */
export function buildNeed(n: number): number {
  if (n <= SMALL_MAX) return 2 * n + 3;
  return 3 * n + 8 * ((n >> 3) + 8);
}

/** Words of a map term's own structure (not its keys and values). */
export function mapStructWords(t: number): number {
  const a = t >>> 2;
  if ((W[a] & 0x3f) === Box.MAP) {
    const n = (W[a] >>> 6) - 1;
    return 2 * n + 3;
  }
  let words = 0;
  const st: number[] = [a];
  while (st.length > 0) {
    const b = st.pop() as number;
    words += (W[b] >>> 6) + 1;
    const c = slotCount(b);
    for (let i = 0; i < c; i++) if (W[b + 3 + 2 * i] === NONE) st.push(W[b + 4 + 2 * i] >>> 2);
  }
  return words;
}
