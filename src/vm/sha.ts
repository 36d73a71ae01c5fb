// SHA-1 (FIPS 180-4 section 6.1), SHA-224/256 (6.2, 6.3) and SHA-384/512 (6.4, 6.5) for the
// crypto module. Device code: ES5 only. 32-bit additions are done on doubles and wrapped with
// `| 0`; SHA-512's 64-bit words are (hi, lo) pairs of signed 32-bit values, added through
// unsigned doubles with an explicit carry. No Math.imul, no BigInt.

/** SHA-512's round constants as (hi, lo) pairs; SHA-256's are the first 64 hi words. */
const K = new Int32Array([
  0x428a2f98, 0xd728ae22, 0x71374491, 0x23ef65cd, 0xb5c0fbcf, 0xec4d3b2f, 0xe9b5dba5, 0x8189dbbc,
  0x3956c25b, 0xf348b538, 0x59f111f1, 0xb605d019, 0x923f82a4, 0xaf194f9b, 0xab1c5ed5, 0xda6d8118,
  0xd807aa98, 0xa3030242, 0x12835b01, 0x45706fbe, 0x243185be, 0x4ee4b28c, 0x550c7dc3, 0xd5ffb4e2,
  0x72be5d74, 0xf27b896f, 0x80deb1fe, 0x3b1696b1, 0x9bdc06a7, 0x25c71235, 0xc19bf174, 0xcf692694,
  0xe49b69c1, 0x9ef14ad2, 0xefbe4786, 0x384f25e3, 0x0fc19dc6, 0x8b8cd5b5, 0x240ca1cc, 0x77ac9c65,
  0x2de92c6f, 0x592b0275, 0x4a7484aa, 0x6ea6e483, 0x5cb0a9dc, 0xbd41fbd4, 0x76f988da, 0x831153b5,
  0x983e5152, 0xee66dfab, 0xa831c66d, 0x2db43210, 0xb00327c8, 0x98fb213f, 0xbf597fc7, 0xbeef0ee4,
  0xc6e00bf3, 0x3da88fc2, 0xd5a79147, 0x930aa725, 0x06ca6351, 0xe003826f, 0x14292967, 0x0a0e6e70,
  0x27b70a85, 0x46d22ffc, 0x2e1b2138, 0x5c26c926, 0x4d2c6dfc, 0x5ac42aed, 0x53380d13, 0x9d95b3df,
  0x650a7354, 0x8baf63de, 0x766a0abb, 0x3c77b2a8, 0x81c2c92e, 0x47edaee6, 0x92722c85, 0x1482353b,
  0xa2bfe8a1, 0x4cf10364, 0xa81a664b, 0xbc423001, 0xc24b8b70, 0xd0f89791, 0xc76c51a3, 0x0654be30,
  0xd192e819, 0xd6ef5218, 0xd6990624, 0x5565a910, 0xf40e3585, 0x5771202a, 0x106aa070, 0x32bbd1b8,
  0x19a4c116, 0xb8d2d0c8, 0x1e376c08, 0x5141ab53, 0x2748774c, 0xdf8eeb99, 0x34b0bcb5, 0xe19b48a8,
  0x391c0cb3, 0xc5c95a63, 0x4ed8aa4a, 0xe3418acb, 0x5b9cca4f, 0x7763e373, 0x682e6ff3, 0xd6b2b8a3,
  0x748f82ee, 0x5defb2fc, 0x78a5636f, 0x43172f60, 0x84c87814, 0xa1f0ab72, 0x8cc70208, 0x1a6439ec,
  0x90befffa, 0x23631e28, 0xa4506ceb, 0xde82bde9, 0xbef9a3f7, 0xb2c67915, 0xc67178f2, 0xe372532b,
  0xca273ece, 0xea26619c, 0xd186b8c7, 0x21c0c207, 0xeada7dd6, 0xcde0eb1e, 0xf57d4f7f, 0xee6ed178,
  0x06f067aa, 0x72176fba, 0x0a637dc5, 0xa2c898a6, 0x113f9804, 0xbef90dae, 0x1b710b35, 0x131c471b,
  0x28db77f5, 0x23047d84, 0x32caab7b, 0x40c72493, 0x3c9ebe0a, 0x15c9bebc, 0x431d67c4, 0x9c100d4c,
  0x4cc5d4be, 0xcb3e42b6, 0x597f299c, 0xfc657e2a, 0x5fcb6fab, 0x3ad6faec, 0x6c44198c, 0x4a475817,
]);

/** SHA-512's initial hash as (hi, lo) pairs (SHA-256 uses the hi words), then SHA-384's
 *  (SHA-224 uses its lo words). */
const IV = new Int32Array([
  0x6a09e667, 0xf3bcc908, 0xbb67ae85, 0x84caa73b, 0x3c6ef372, 0xfe94f82b, 0xa54ff53a, 0x5f1d36f1,
  0x510e527f, 0xade682d1, 0x9b05688c, 0x2b3e6c1f, 0x1f83d9ab, 0xfb41bd6b, 0x5be0cd19, 0x137e2179,
  0xcbbb9d5d, 0xc1059ed8, 0x629a292a, 0x367cd507, 0x9159015a, 0x3070dd17, 0x152fecd8, 0xf70e5939,
  0x67332667, 0xffc00b31, 0x8eb44a87, 0x68581511, 0xdb0c2e0d, 0x64f98fa7, 0x47b5481d, 0xbefa4fa4,
]);

/** Algorithms: SHA1 .. SHA512. */
export const SHA1 = 1;
export const SHA224 = 2;
export const SHA256 = 3;
export const SHA384 = 4;
export const SHA512 = 5;
/** Digest sizes in bytes, indexed by algorithm. */
export const SHA_OUT = [0, 20, 28, 32, 48, 64];

/** An incremental SHA computation. h holds the state words ((hi, lo) pairs for SHA-384/512). */
export interface ShaCtx {
  alg: number;
  h: Int32Array;
  buf: Uint8Array; // pending bytes of the current block
  bufLen: number;
  total: number; // bytes hashed so far (exact below 2^53)
}

const Wd = new Int32Array(160);
const TWO32 = 4294967296;

function be32(p: Uint8Array, j: number): number {
  return (p[j] << 24) | (p[j + 1] << 16) | (p[j + 2] << 8) | p[j + 3];
}

function block1(h: Int32Array, p: Uint8Array, o: number): void {
  const w = Wd;
  for (let i = 0; i < 80; i++) {
    if (i < 16) w[i] = be32(p, o + i * 4);
    else {
      const x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16];
      w[i] = (x << 1) | (x >>> 31);
    }
  }
  let a = h[0];
  let b = h[1];
  let c = h[2];
  let d = h[3];
  let e = h[4];
  for (let i = 0; i < 80; i++) {
    let f: number;
    let k: number;
    if (i < 20) {
      f = (b & c) | (~b & d);
      k = 0x5a827999;
    } else if (i < 40) {
      f = b ^ c ^ d;
      k = 0x6ed9eba1;
    } else if (i < 60) {
      f = (b & c) | (b & d) | (c & d);
      k = 0x8f1bbcdc | 0;
    } else {
      f = b ^ c ^ d;
      k = 0xca62c1d6 | 0;
    }
    const t = (((a << 5) | (a >>> 27)) + f + e + k + w[i]) | 0;
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = t;
  }
  h[0] = (h[0] + a) | 0;
  h[1] = (h[1] + b) | 0;
  h[2] = (h[2] + c) | 0;
  h[3] = (h[3] + d) | 0;
  h[4] = (h[4] + e) | 0;
}

function rotr(x: number, n: number): number {
  return (x >>> n) | (x << (32 - n));
}

function block256(h: Int32Array, p: Uint8Array, o: number): void {
  const w = Wd;
  for (let i = 0; i < 64; i++) {
    if (i < 16) w[i] = be32(p, o + i * 4);
    else {
      const x = w[i - 15];
      const y = w[i - 2];
      const s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
      const s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
  }
  let a = h[0];
  let b = h[1];
  let c = h[2];
  let d = h[3];
  let e = h[4];
  let f = h[5];
  let g = h[6];
  let hh = h[7];
  for (let i = 0; i < 64; i++) {
    const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
    const ch = (e & f) ^ (~e & g);
    const t1 = (hh + S1 + ch + K[2 * i] + w[i]) | 0;
    const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
    const maj = (a & b) ^ (a & c) ^ (b & c);
    hh = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + S0 + maj) | 0;
  }
  h[0] = (h[0] + a) | 0;
  h[1] = (h[1] + b) | 0;
  h[2] = (h[2] + c) | 0;
  h[3] = (h[3] + d) | 0;
  h[4] = (h[4] + e) | 0;
  h[5] = (h[5] + f) | 0;
  h[6] = (h[6] + g) | 0;
  h[7] = (h[7] + hh) | 0;
}

// 64-bit sigma functions on (hi, lo) pairs, result in rh, rl: the value rotated right by a,
// by b, and rotated (rotC) or shifted right by c (c < 32), xor-ed together.
let rh = 0;
let rl = 0;
function sig(hi: number, lo: number, a: number, b: number, c: number, rotC: boolean): void {
  let oh = 0;
  let ol = 0;
  for (let k = 0; k < 3; k++) {
    let n = k === 0 ? a : k === 1 ? b : c;
    if (k === 2 && !rotC) {
      oh ^= hi >>> n;
      ol ^= (lo >>> n) | (hi << (32 - n));
      continue;
    }
    let xh = hi;
    let xl = lo;
    if (n >= 32) {
      xh = lo;
      xl = hi;
      n -= 32;
    }
    if (n === 0) {
      oh ^= xh;
      ol ^= xl;
    } else {
      oh ^= (xh >>> n) | (xl << (32 - n));
      ol ^= (xl >>> n) | (xh << (32 - n));
    }
  }
  rh = oh;
  rl = ol;
}

const V = new Int32Array(16);

function block512(h: Int32Array, p: Uint8Array, o: number): void {
  const w = Wd;
  for (let i = 0; i < 80; i++) {
    const j = 2 * i;
    if (i < 16) {
      w[j] = be32(p, o + i * 8);
      w[j + 1] = be32(p, o + i * 8 + 4);
    } else {
      sig(w[j - 30], w[j - 29], 1, 8, 7, false);
      const s0h = rh;
      const s0l = rl;
      sig(w[j - 4], w[j - 3], 19, 61, 6, false);
      const lo = (w[j - 31] >>> 0) + (s0l >>> 0) + (w[j - 13] >>> 0) + (rl >>> 0);
      w[j] = (w[j - 32] + s0h + w[j - 14] + rh + Math.floor(lo / TWO32)) | 0;
      w[j + 1] = lo | 0;
    }
  }
  // v: a (0, 1), b (2, 3), c, d, e (8, 9), f, g, h (14, 15)
  const v = V;
  for (let i = 0; i < 16; i++) v[i] = h[i];
  for (let i = 0; i < 80; i++) {
    const eh = v[8];
    const el = v[9];
    sig(eh, el, 14, 18, 41, true);
    const chh = (eh & v[10]) ^ (~eh & v[12]);
    const chl = (el & v[11]) ^ (~el & v[13]);
    const t1s = (v[15] >>> 0) + (rl >>> 0) + (chl >>> 0) + (K[2 * i + 1] >>> 0) + (w[2 * i + 1] >>> 0);
    const t1h = (v[14] + rh + chh + K[2 * i] + w[2 * i] + Math.floor(t1s / TWO32)) | 0;
    const t1l = t1s | 0;
    const ah = v[0];
    const al = v[1];
    sig(ah, al, 28, 34, 39, true);
    const mh = (ah & v[2]) ^ (ah & v[4]) ^ (v[2] & v[4]);
    const ml = (al & v[3]) ^ (al & v[5]) ^ (v[3] & v[5]);
    const t2s = (rl >>> 0) + (ml >>> 0);
    const t2h = (rh + mh + Math.floor(t2s / TWO32)) | 0;
    const t2l = t2s | 0;
    for (let j = 15; j >= 2; j--) v[j] = v[j - 2];
    // e = d + t1 (d has moved to 8, 9); a = t1 + t2
    const es = (v[9] >>> 0) + (t1l >>> 0);
    v[8] = (v[8] + t1h + Math.floor(es / TWO32)) | 0;
    v[9] = es | 0;
    const as = (t1l >>> 0) + (t2l >>> 0);
    v[0] = (t1h + t2h + Math.floor(as / TWO32)) | 0;
    v[1] = as | 0;
  }
  for (let i = 0; i < 16; i += 2) {
    const lo = (h[i + 1] >>> 0) + (v[i + 1] >>> 0);
    h[i] = (h[i] + v[i] + Math.floor(lo / TWO32)) | 0;
    h[i + 1] = lo | 0;
  }
}

function runBlock(ctx: ShaCtx, p: Uint8Array, o: number): void {
  if (ctx.alg === SHA1) block1(ctx.h, p, o);
  else if (ctx.alg <= SHA256) block256(ctx.h, p, o);
  else block512(ctx.h, p, o);
}

export function shaInit(alg: number): ShaCtx {
  let h: Int32Array;
  if (alg === SHA1) {
    h = new Int32Array([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]);
  } else if (alg <= SHA256) {
    h = new Int32Array(8);
    for (let i = 0; i < 8; i++) h[i] = IV[alg === SHA256 ? 2 * i : 16 + 2 * i + 1];
  } else {
    h = new Int32Array(16);
    for (let i = 0; i < 16; i++) h[i] = IV[alg === SHA512 ? i : 16 + i];
  }
  return { alg: alg, h: h, buf: new Uint8Array(alg >= SHA384 ? 128 : 64), bufLen: 0, total: 0 };
}

/** Adds bytes[off .. off+len) to the hash. */
export function shaUpdate(ctx: ShaCtx, bytes: Uint8Array, off: number, len: number): void {
  const bs = ctx.buf.length;
  ctx.total += len;
  let i = off;
  const end = off + len;
  if (ctx.bufLen > 0) {
    while (i < end && ctx.bufLen < bs) ctx.buf[ctx.bufLen++] = bytes[i++];
    if (ctx.bufLen < bs) return;
    runBlock(ctx, ctx.buf, 0);
    ctx.bufLen = 0;
  }
  while (end - i >= bs) {
    runBlock(ctx, bytes, i);
    i += bs;
  }
  while (i < end) ctx.buf[ctx.bufLen++] = bytes[i++];
}

/** The digest (the context must not be used afterwards). */
export function shaFinal(ctx: ShaCtx): Uint8Array {
  const bs = ctx.buf.length;
  const lenBytes = bs === 128 ? 16 : 8;
  const lo = (ctx.total % 536870912) * 8; // (total * 8) mod 2^32, exact
  const hi = Math.floor(ctx.total / 536870912);
  const pad = new Uint8Array(2 * bs);
  pad[0] = 0x80;
  const padLen = (ctx.bufLen < bs - lenBytes ? bs : 2 * bs) - ctx.bufLen;
  for (let k = 0; k < 4; k++) {
    pad[padLen - 1 - k] = (lo >>> (8 * k)) & 255;
    pad[padLen - 5 - k] = (hi >>> (8 * k)) & 255;
  }
  shaUpdate(ctx, pad, 0, padLen);
  const n = SHA_OUT[ctx.alg];
  const out = new Uint8Array(n);
  for (let k = 0; k < n; k++) out[k] = (ctx.h[k >> 2] >>> (24 - 8 * (k & 3))) & 255;
  return out;
}
