// erlang:phash2/1,2 and erlang:phash/2, bit-exact with Erlang/OTP 25 (erts make_hash2 and
// make_hash, reimplemented from their documented behaviour; checked against erl by
// test/unit/hash.test.ts). Device code: ES5, explicit stacks, 32-bit arithmetic by hand.
//
// Where our terms differ from OTP's:
// - pids, ports and references are hashed from their local numbers (pid/port id, the reference's
//   low word), as OTP hashes local ones on a non-distributed node (nonode@nohost);
// - closures are hashed from the loader's fun info (module, old index, old uniq; compare.ts's
//   fun info hook); without the hook, from the fun table index.
import { W, U8, wordsToFloat } from './memory';
import { Box } from './term';
import { atomName } from './atoms';
import { binResolve, RB_ADDR, RB_BIT, RB_BITS, byteAt } from './binary';
import { closureInfo } from './compare';
import { mapPairs } from './maps';
import { setLength } from './arrays';

const TWO32 = 4294967296;

function hc(n: number): number {
  return ((0x9e3779b9 * n) % TWO32) | 0;
}
const HCONST = hc(1);
const HCONST_2 = hc(2);
const HCONST_3 = hc(3);
const HCONST_4 = hc(4);
const HCONST_5 = hc(5);
const HCONST_6 = hc(6);
const HCONST_7 = hc(7);
const HCONST_9 = hc(9);
const HCONST_10 = hc(10);
const HCONST_11 = hc(11);
const HCONST_12 = hc(12);
const HCONST_13 = hc(13);
const HCONST_14 = hc(14);
const HCONST_15 = hc(15);
const HCONST_16 = hc(16);
const HCONST_19 = hc(19);

/** erts's tag_val_def value of [] (NIL_DEF), mixed into list ends. */
const NIL_DEF = 2;

/** 32-bit product a*b mod 2^32 (unsigned), without Math.imul. */
export function mul32(a: number, b: number): number {
  const al = a & 0xffff;
  const bl = b & 0xffff;
  const mid = (((a >>> 16) * bl + al * (b >>> 16)) << 16) >>> 0;
  return (mid + al * bl) >>> 0;
}

/** The hash value OTP keeps for an atom (hashpjw over its UTF-8 name, two-byte Latin-1 folded). */
export function atomHashValue(atomIdx: number): number {
  const s = atomName(atomIdx);
  let h = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    let v = s.charCodeAt(i);
    if (i + 1 < n && (v & 0xfe) === 0xc2 && (s.charCodeAt(i + 1) & 0xc0) === 0x80) {
      v = ((v << 6) | (s.charCodeAt(i + 1) & 0x3f)) & 0xff;
      i++;
    }
    h = ((h << 4) + v) >>> 0;
    const g = h & 0xf0000000;
    if (g !== 0) {
      h = (h ^ (g >>> 24)) >>> 0;
      h = (h ^ g) >>> 0;
    }
  }
  return h;
}

// ---- make_hash2 --------------------------------------------------------------------------------

let H = 0; // the running hash (int32 bit pattern)

/** Bob Jenkins' mix of (a, b, H); leaves the new c in H. */
function mix(a: number, b: number): void {
  let c = H;
  a = (a - b - c) | 0;
  a ^= c >>> 13;
  b = (b - c - a) | 0;
  b ^= a << 8;
  c = (c - a - b) | 0;
  c ^= b >>> 13;
  a = (a - b - c) | 0;
  a ^= c >>> 12;
  b = (b - c - a) | 0;
  b ^= a << 16;
  c = (c - a - b) | 0;
  c ^= b >>> 5;
  a = (a - b - c) | 0;
  a ^= c >>> 3;
  b = (b - c - a) | 0;
  b ^= a << 10;
  c = (c - a - b) | 0;
  c ^= b >>> 15;
  H = c;
}

function hash2(x: number, y: number, k: number): void {
  mix((k + x) | 0, (k + y) | 0);
}

function hash1(x: number, k: number): void {
  mix((k + x) | 0, k);
}

/** Jenkins' lookup2 block hash of len bytes of the bitstring region (addr, bit), seed init. */
function blockHash(addr: number, bit: number, len: number, init: number): number {
  let a = HCONST;
  let b = HCONST;
  const save = H;
  H = init;
  let i = 0;
  let k0: number, k1: number, k2: number, k3: number;
  while (len - i >= 12) {
    for (let w = 0; w < 3; w++) {
      const j = i + w * 4;
      if (bit === 0) {
        k0 = U8[addr + j];
        k1 = U8[addr + j + 1];
        k2 = U8[addr + j + 2];
        k3 = U8[addr + j + 3];
      } else {
        k0 = byteAt(addr, bit, j);
        k1 = byteAt(addr, bit, j + 1);
        k2 = byteAt(addr, bit, j + 2);
        k3 = byteAt(addr, bit, j + 3);
      }
      const v = (k0 | (k1 << 8) | (k2 << 16) | (k3 << 24)) | 0;
      if (w === 0) a = (a + v) | 0;
      else if (w === 1) b = (b + v) | 0;
      else H = (H + v) | 0;
    }
    const c0 = H;
    // mix(a, b, c) with c = H; keep a and b too
    let c = c0;
    a = (a - b - c) | 0;
    a ^= c >>> 13;
    b = (b - c - a) | 0;
    b ^= a << 8;
    c = (c - a - b) | 0;
    c ^= b >>> 13;
    a = (a - b - c) | 0;
    a ^= c >>> 12;
    b = (b - c - a) | 0;
    b ^= a << 16;
    c = (c - a - b) | 0;
    c ^= b >>> 5;
    a = (a - b - c) | 0;
    a ^= c >>> 3;
    b = (b - c - a) | 0;
    b ^= a << 10;
    c = (c - a - b) | 0;
    c ^= b >>> 15;
    H = c;
    i += 12;
  }
  H = (H + len) | 0;
  const rem = len - i;
  for (let j = rem - 1; j >= 0; j--) {
    const v = bit === 0 ? U8[addr + i + j] : byteAt(addr, bit, i + j);
    if (j >= 8) H = (H + (v << ((j - 7) * 8))) | 0;
    else if (j >= 4) b = (b + (v << ((j - 4) * 8))) | 0;
    else a = (a + (v << (j * 8))) | 0;
  }
  mix(a, b);
  const r = H;
  H = save;
  return r;
}

const MAP_TAIL = 0x100; // stack markers: header-like words, never terms
const MAP_PAIR = 0x200;
const stk: number[] = [];
const fscratch = new DataView(new ArrayBuffer(8));

/** erts make_hash2: the 32-bit portable hash behind erlang:phash2 (unsigned result). */
export function makeHash2(t: number): number {
  const base = stk.length;
  H = 0;
  let xorPairs = 0;
  let term = t;
  for (;;) {
    let common = true; // true: this term is done (hash2_common); false: go on with `term`
    const tag = term & 3;
    if (tag === 1) {
      // list: runs of bytes are packed four to a word
      let c = 0;
      let sh = 0;
      let p = term >>> 2;
      for (;;) {
        const hd = W[p];
        if ((hd & 0xf) !== 0xf || hd >>> 4 > 255 || hd < 0) break;
        sh = sh * 256 + (hd >>> 4);
        if (c === 3) {
          hash1(sh | 0, HCONST_4);
          c = 0;
          sh = 0;
        } else c++;
        term = W[p + 1];
        if ((term & 3) !== 1) break;
        p = term >>> 2;
      }
      if (c > 0) hash1(sh | 0, HCONST_4);
      if ((term & 3) === 1) {
        stk.push(W[p + 1]);
        term = W[p];
      }
      common = false;
    } else if (tag === 2) {
      const a = term >>> 2;
      const h = W[a];
      const arity = h >>> 6;
      switch (h & 0x3f) {
        case Box.TUPLE:
          hash1(arity, HCONST_9);
          if (arity > 0) {
            for (let i = arity; i >= 2; i--) stk.push(W[a + i]);
            term = W[a + 1];
            common = false;
          }
          break;
        case Box.MAP: {
          const n = arity - 1;
          hash1(n, HCONST_16);
          if (n > 0) {
            stk.push(xorPairs, H, MAP_TAIL);
            H = 0;
            xorPairs = 0;
            const ks = W[a + 1] >>> 2;
            for (let i = n - 1; i >= 0; i--) stk.push(MAP_PAIR, W[a + 2 + i], W[ks + 1 + i]);
          }
          break;
        }
        case Box.HAMT: {
          // a large map: the same order-independent XOR of pair hashes as a flat map
          const ks: number[] = [];
          const vs: number[] = [];
          mapPairs(term, ks, vs);
          const n = ks.length;
          hash1(n, HCONST_16);
          stk.push(xorPairs, H, MAP_TAIL);
          H = 0;
          xorPairs = 0;
          for (let i = n - 1; i >= 0; i--) stk.push(MAP_PAIR, vs[i], ks[i]);
          break;
        }
        case Box.EXPORT:
          hash2(W[a + 3] >> 4, atomHashValue(W[a + 1] >>> 6), HCONST);
          hash1(atomHashValue(W[a + 2] >>> 6), HCONST_14);
          break;
        case Box.FUN: {
          const nf = arity - 2;
          const info = closureInfo(a);
          if (info !== null) {
            hash2(nf, atomHashValue(info.module), HCONST);
            hash2(info.oldIndex !== undefined ? info.oldIndex : info.index, info.uniq, HCONST);
          } else {
            hash2(nf, 0, HCONST);
            hash2(W[a + 1] >> 4, 0, HCONST);
          }
          if (nf > 0) {
            for (let i = nf - 1; i >= 1; i--) stk.push(W[a + 3 + i]);
            term = W[a + 3];
            common = false;
          }
          break;
        }
        case Box.HEAP_BIN:
        case Box.REFC_BIN:
        case Box.SUB_BIN: {
          binResolve(term);
          const addr = RB_ADDR;
          const bit = RB_BIT;
          const sz = RB_BITS >>> 3;
          const bits = RB_BITS & 7;
          const con = (HCONST_13 + H) | 0;
          if (sz === 0 && bits === 0) H = con;
          else {
            H = blockHash(addr, bit, sz, con);
            if (bits > 0) hash2(bits, byteAt(addr, bit, sz) >> (8 - bits), HCONST_15);
          }
          break;
        }
        case Box.POS_BIG:
        case Box.NEG_BIG: {
          const con = (h & 0x3f) === Box.NEG_BIG ? HCONST_10 : HCONST_11;
          let i = 0;
          do {
            const x = i < arity ? W[a + 1 + i++] : 0;
            const y = i < arity ? W[a + 1 + i++] : 0;
            hash2(x, y, con);
          } while (i < arity);
          break;
        }
        case Box.REF:
          hash1(W[a + 2], HCONST_7);
          break;
        case Box.FLOAT: {
          let x = wordsToFloat(a + 1);
          if (x === 0) x = 0; // -0.0 hashes as 0.0
          fscratch.setFloat64(0, x);
          hash2(fscratch.getInt32(0), fscratch.getInt32(4), HCONST_12);
          break;
        }
        default:
          throw new Error('phash2: not a term');
      }
    } else if (tag === 3) {
      switch (term & 0xf) {
        case 0xf: {
          // small integer (28 bits: always inside OTP's IS_SSMALL28)
          const x = term >> 4;
          if (x < 0) hash1(-x, HCONST);
          hash1(x, HCONST);
          break;
        }
        case 0x3:
          hash1(term >>> 4, HCONST_5);
          break;
        case 0x7:
          hash1(term >>> 4, HCONST_6);
          break;
        default:
          if ((term & 0x3f) === 0x0b) {
            const hv = atomHashValue(term >>> 6);
            if (H === 0) H = hv | 0;
            else hash1(hv, HCONST_3);
          } else if (term === 0x3b) {
            if (H === 0) H = 3468870702 | 0;
            else hash1(NIL_DEF, HCONST_2);
          } else throw new Error('phash2: not a term');
      }
    } else throw new Error('phash2: not a term');
    if (!common) continue;
    // hash2_common: next term from the stack
    let done = false;
    for (;;) {
      if (stk.length === base) {
        done = true;
        break;
      }
      const w = stk.pop() as number;
      if (w === MAP_TAIL) {
        H = stk.pop() as number;
        hash1(xorPairs, HCONST_19);
        xorPairs = stk.pop() as number;
      } else if (w === MAP_PAIR) {
        xorPairs ^= H;
        H = 0;
      } else {
        term = w;
        break;
      }
    }
    if (done) break;
  }
  setLength(stk, base);
  return H >>> 0;
}

/** erlang:phash2(T) (range omitted: 0 .. 2^27-1) and erlang:phash2(T, Range) for 1 <= Range <= 2^32. */
export function phash2(t: number, range?: number): number {
  const h = makeHash2(t);
  if (range === undefined) return h & 0x7ffffff;
  return h % range;
}

// ---- make_hash (erlang:phash/2) ----------------------------------------------------------------

const FUNNY_NUMBER1 = 268440163;
const FUNNY_NUMBER2 = 268439161;
const FUNNY_NUMBER3 = 268435459;
const FUNNY_NUMBER4 = 268436141;
const FUNNY_NUMBER5 = 268438633;
const FUNNY_NUMBER6 = 268437017;
const FUNNY_NUMBER8 = 268437511;
const FUNNY_NUMBER9 = 268439627;
const FUNNY_NUMBER10 = 268440479;
const FUNNY_NUMBER11 = 268440577;
const FUNNY_NUMBER12 = 268440581;
const FUNNY_NUMBER13 = 268440593;
const FUNNY_NUMBER14 = 268440611;

const OP_TUPLE = 0x100; // stack ops: header-like words, never terms
const OP_ARRAY = 0x200;
const OP_CDR_PRE = 0x300;
const OP_CDR_POST = 0x400;

let h1 = 0; // running make_hash value (unsigned)

function step(v: number, k: number): void {
  h1 = (mul32(h1, k) + v) >>> 0;
}

/** Hashes the four bytes of x, least significant first, with prime k. */
function u32Step(x: number, k: number): void {
  step(x & 0xff, k);
  step((x >>> 8) & 0xff, k);
  step((x >>> 16) & 0xff, k);
  step(x >>> 24, k);
}

/** erts make_hash: the older hash behind erlang:phash/2 (unsigned result). */
export function makeHash(t: number): number {
  const base = stk.length;
  h1 = 0;
  let term = t;
  let popping = false;
  for (;;) {
    if (popping) {
      if (stk.length === base) break;
      const op = stk.pop() as number;
      if (op === OP_CDR_POST) {
        h1 = mul32(h1, FUNNY_NUMBER8);
      } else if (op === OP_CDR_PRE) {
        term = stk.pop() as number;
        if ((term & 3) !== 1) stk.push(OP_CDR_POST);
        popping = false;
      } else {
        const i = stk.pop() as number;
        const p = stk.pop() as number;
        if (i !== 0) {
          term = W[p];
          stk.push(p + 1, i - 1, op);
          popping = false;
        } else if (op === OP_TUPLE) {
          step(stk.pop() as number, FUNNY_NUMBER9);
        }
      }
      continue;
    }
    popping = true;
    const tag = term & 3;
    if (tag === 1) {
      let p = term >>> 2;
      let tailDone = false;
      for (;;) {
        const hd = W[p];
        if ((hd & 0xf) !== 0xf || hd < 0 || hd >>> 4 > 255) break;
        step(hd >>> 4, FUNNY_NUMBER2);
        const tl = W[p + 1];
        if ((tl & 3) !== 1) {
          stk.push(OP_CDR_POST);
          term = tl;
          tailDone = true;
          break;
        }
        p = tl >>> 2;
      }
      if (!tailDone) {
        stk.push(W[p + 1], OP_CDR_PRE);
        term = W[p];
      }
      popping = false;
    } else if (tag === 2) {
      const a = term >>> 2;
      const h = W[a];
      const arity = h >>> 6;
      switch (h & 0x3f) {
        case Box.TUPLE:
          if (arity === 0) step(0, FUNNY_NUMBER9);
          else {
            stk.push(arity, a + 2, arity - 1, OP_TUPLE);
            term = W[a + 1];
            popping = false;
          }
          break;
        case Box.MAP:
        case Box.HAMT:
          h1 = (mul32(h1, FUNNY_NUMBER13) + FUNNY_NUMBER14 + makeHash2Saved(term)) % TWO32;
          break;
        case Box.EXPORT:
          step(W[a + 3] >> 4, FUNNY_NUMBER11);
          step(atomHashValue(W[a + 1] >>> 6), FUNNY_NUMBER1);
          step(atomHashValue(W[a + 2] >>> 6), FUNNY_NUMBER1);
          break;
        case Box.FUN: {
          const nf = arity - 2;
          const info = closureInfo(a);
          step(nf, FUNNY_NUMBER10);
          if (info !== null) {
            step(atomHashValue(info.module), FUNNY_NUMBER1);
            step(info.oldIndex !== undefined ? info.oldIndex : info.index, FUNNY_NUMBER2);
            step(info.uniq >>> 0, FUNNY_NUMBER2);
          } else {
            step(0, FUNNY_NUMBER1);
            step(W[a + 1] >> 4, FUNNY_NUMBER2);
            step(0, FUNNY_NUMBER2);
          }
          if (nf > 0) {
            if (nf > 1) stk.push(a + 4, nf - 1, OP_ARRAY);
            term = W[a + 3];
            popping = false;
          }
          break;
        }
        case Box.HEAP_BIN:
        case Box.REFC_BIN:
        case Box.SUB_BIN: {
          binResolve(term);
          const addr = RB_ADDR;
          const bit = RB_BIT;
          const sz = RB_BITS >>> 3;
          const bits = RB_BITS & 7;
          for (let i = 0; i < sz; i++) step(bit === 0 ? U8[addr + i] : byteAt(addr, bit, i), FUNNY_NUMBER1);
          if (bits > 0) {
            step(byteAt(addr, bit, sz) >> (8 - bits), FUNNY_NUMBER1);
            step(bits, FUNNY_NUMBER12);
          }
          step(sz, FUNNY_NUMBER4);
          break;
        }
        case Box.POS_BIG:
        case Box.NEG_BIG:
          for (let i = 1; i <= arity; i++) u32Step(W[a + i] >>> 0, FUNNY_NUMBER2);
          h1 = mul32(h1, (h & 0x3f) === Box.NEG_BIG ? FUNNY_NUMBER4 : FUNNY_NUMBER3);
          break;
        case Box.REF:
          u32Step(W[a + 2] >>> 0, FUNNY_NUMBER9);
          h1 = mul32(h1, FUNNY_NUMBER10);
          break;
        case Box.FLOAT: {
          let x = wordsToFloat(a + 1);
          if (x === 0) x = 0;
          fscratch.setFloat64(0, x);
          step((fscratch.getInt32(0) ^ fscratch.getInt32(4)) >>> 0, FUNNY_NUMBER6);
          break;
        }
        default:
          throw new Error('phash: not a term');
      }
    } else {
      switch (term & 0xf) {
        case 0xf: {
          const x = term >> 4;
          u32Step(x < 0 ? -x : x, FUNNY_NUMBER2);
          h1 = mul32(h1, x < 0 ? FUNNY_NUMBER4 : FUNNY_NUMBER3);
          break;
        }
        case 0x3:
          u32Step(term >>> 4, FUNNY_NUMBER5);
          h1 = mul32(h1, FUNNY_NUMBER6);
          break;
        case 0x7:
          u32Step(term >>> 4, FUNNY_NUMBER9);
          h1 = mul32(h1, FUNNY_NUMBER10);
          break;
        default:
          if ((term & 0x3f) === 0x0b) step(atomHashValue(term >>> 6), FUNNY_NUMBER1);
          else if (term === 0x3b) step(1, FUNNY_NUMBER3);
          else throw new Error('phash: not a term');
      }
    }
  }
  setLength(stk, base);
  return h1;
}

/** makeHash2 from inside makeHash (keeps makeHash's running value). */
function makeHash2Saved(t: number): number {
  const save = h1;
  const r = makeHash2(t);
  h1 = save;
  return r;
}

/** erlang:phash(T, Range), 1 <= Range <= 2^32: a value in 1..Range. */
export function phash(t: number, range: number): number {
  return (makeHash(t) % range) + 1;
}
