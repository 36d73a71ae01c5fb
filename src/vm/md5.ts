// MD5 (RFC 1321) for erlang:md5/1 and md5_init/update/final, and module MD5s.
// Device code: ES5 only. MD5 needs nothing but 32-bit addition, rotation and bitwise operators:
// additions are done on doubles and wrapped with `| 0`, so no Math.imul is needed.

/** T[i] = floor(|sin(i + 1)| * 2^32) (RFC 1321, section 3.4), as signed 32-bit values. */
const T = [
  0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
  0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
  0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
  0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
  0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
  0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
  0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
  0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
];

/** Per-round rotation amounts, 4 per round. */
const S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

/** An incremental MD5 computation. */
export interface Md5Ctx {
  h: Int32Array; // a, b, c, d
  buf: Uint8Array; // pending bytes of the current 64-byte block
  bufLen: number;
  total: number; // bytes hashed so far (exact below 2^53)
}

const X = new Int32Array(16);

function block(h: Int32Array, p: Uint8Array, o: number): void {
  for (let i = 0; i < 16; i++) {
    const j = o + i * 4;
    X[i] = p[j] | (p[j + 1] << 8) | (p[j + 2] << 16) | (p[j + 3] << 24);
  }
  let a = h[0];
  let b = h[1];
  let c = h[2];
  let d = h[3];
  for (let i = 0; i < 64; i++) {
    let f: number;
    let g: number;
    const round = i >> 4;
    if (round === 0) {
      f = (b & c) | (~b & d);
      g = i;
    } else if (round === 1) {
      f = (d & b) | (~d & c);
      g = (5 * i + 1) & 15;
    } else if (round === 2) {
      f = b ^ c ^ d;
      g = (3 * i + 5) & 15;
    } else {
      f = c ^ (b | ~d);
      g = (7 * i) & 15;
    }
    const s = S[(round << 2) | (i & 3)];
    const sum = (a + f + T[i] + X[g]) | 0;
    const nb = (b + ((sum << s) | (sum >>> (32 - s)))) | 0;
    a = d;
    d = c;
    c = b;
    b = nb;
  }
  h[0] = (h[0] + a) | 0;
  h[1] = (h[1] + b) | 0;
  h[2] = (h[2] + c) | 0;
  h[3] = (h[3] + d) | 0;
}

export function md5Init(): Md5Ctx {
  const h = new Int32Array(4);
  h[0] = 0x67452301;
  h[1] = 0xefcdab89 | 0;
  h[2] = 0x98badcfe | 0;
  h[3] = 0x10325476;
  return { h: h, buf: new Uint8Array(64), bufLen: 0, total: 0 };
}

/** Adds bytes[off .. off+len) to the hash. */
export function md5Update(ctx: Md5Ctx, bytes: Uint8Array, off: number, len: number): void {
  ctx.total += len;
  let i = off;
  const end = off + len;
  if (ctx.bufLen > 0) {
    while (i < end && ctx.bufLen < 64) ctx.buf[ctx.bufLen++] = bytes[i++];
    if (ctx.bufLen < 64) return;
    block(ctx.h, ctx.buf, 0);
    ctx.bufLen = 0;
  }
  while (end - i >= 64) {
    block(ctx.h, bytes, i);
    i += 64;
  }
  while (i < end) ctx.buf[ctx.bufLen++] = bytes[i++];
}

/** The 16-byte digest (the context must not be used afterwards). */
export function md5Final(ctx: Md5Ctx): Uint8Array {
  const lo = (ctx.total % 536870912) * 8; // (total * 8) mod 2^32, exact
  const hi = Math.floor(ctx.total / 536870912);
  const pad = new Uint8Array(72);
  pad[0] = 0x80;
  let padLen = (ctx.bufLen < 56 ? 56 : 120) - ctx.bufLen;
  for (let k = 0; k < 4; k++) {
    pad[padLen + k] = (lo >>> (8 * k)) & 255;
    pad[padLen + 4 + k] = (hi >>> (8 * k)) & 255;
  }
  padLen += 8;
  const total = ctx.total;
  md5Update(ctx, pad, 0, padLen);
  ctx.total = total;
  const out = new Uint8Array(16);
  for (let k = 0; k < 4; k++) {
    const w = ctx.h[k];
    out[k * 4] = w & 255;
    out[k * 4 + 1] = (w >>> 8) & 255;
    out[k * 4 + 2] = (w >>> 16) & 255;
    out[k * 4 + 3] = (w >>> 24) & 255;
  }
  return out;
}

/** MD5 of bytes[off .. off+len) (the whole array by default): 16 bytes. */
export function md5(bytes: Uint8Array, off?: number, len?: number): Uint8Array {
  const o = off === undefined ? 0 : off;
  const n = len === undefined ? bytes.length - o : len;
  const ctx = md5Init();
  md5Update(ctx, bytes, o, n);
  return md5Final(ctx);
}
