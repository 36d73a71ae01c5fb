// The `crypto` module's hashing subset: hash/2 (md5, sha, sha224, sha256, sha384, sha512),
// hash_init/1, hash_update/2, hash_final/1, mac/4 and macN/5 (hmac over those digests),
// hash_equals/2, exor/2 and strong_rand_bytes/1. Errors follow OTP 25's
// shapes: an unknown digest is {badarg, {"hash.c", Line}, "Bad digest type"}, data that is not
// iodata is plain badarg. A hash state is a binary holding the running context, so it is
// immutable and can be updated or finished more than once, as OTP's.
import { Process } from '../process';
import { defNative, badarg, fail } from '../natives';
import { A, atom, mkSmall, NONE } from '../term';
import { atomIntern } from '../atoms';
import { isBinary, binToBytes, binFromBytes } from '../binary';
import { mkTuple2, mkTuple3, mkString } from '../exceptions';
import { iolistBytes, iolistFeed } from './erlang';
import { md5Init, md5Update, md5Final } from '../md5';
import { shaInit, shaUpdate, shaFinal } from '../sha';
import { random32 } from './atomvm';

/** Algorithm names by id: 0 is md5, 1..5 are sha.ts's SHA1..SHA512. */
const ALGS = ['md5', 'sha', 'sha224', 'sha256', 'sha384', 'sha512'];

interface Ctx {
  alg: number;
  h: Int32Array;
  buf: Uint8Array;
  bufLen: number;
  total: number;
}

function algOf(t: number): number {
  for (let i = 0; i < ALGS.length; i++) if (t === atom(atomIntern(ALGS[i]))) return i;
  return -1;
}

function ctxInit(alg: number): Ctx {
  if (alg === 0) {
    const m = md5Init();
    return { alg: 0, h: m.h, buf: m.buf, bufLen: m.bufLen, total: m.total };
  }
  return shaInit(alg);
}
function ctxUpdate(c: Ctx, b: Uint8Array): void {
  if (c.alg === 0) md5Update(c, b, 0, b.length);
  else shaUpdate(c, b, 0, b.length);
}
/** Adds an iolist's bytes, read in place (no copy of a large binary); false if malformed. */
function ctxUpdateTerm(c: Ctx, t: number): boolean {
  return iolistFeed(t, function (b: Uint8Array, off: number, n: number): void {
    if (c.alg === 0) md5Update(c, b, off, n);
    else shaUpdate(c, b, off, n);
  });
}
function ctxFinal(c: Ctx): Uint8Array {
  return c.alg === 0 ? md5Final(c) : shaFinal(c);
}

// state binary: "CH", alg, bufLen, total bytes (48 bits, big-endian), the h words (big-endian),
// the buffered bytes
function ctxSave(p: Process, c: Ctx): number {
  const words = c.h.length;
  const n = 10 + 4 * words + c.bufLen;
  const out = new Uint8Array(n);
  out[0] = 67;
  out[1] = 72;
  out[2] = c.alg;
  out[3] = c.bufLen;
  let t = c.total;
  for (let k = 9; k >= 4; k--) {
    out[k] = t % 256;
    t = Math.floor(t / 256);
  }
  for (let k = 0; k < words; k++) {
    const w = c.h[k];
    const o = 10 + 4 * k;
    out[o] = (w >>> 24) & 255;
    out[o + 1] = (w >>> 16) & 255;
    out[o + 2] = (w >>> 8) & 255;
    out[o + 3] = w & 255;
  }
  for (let k = 0; k < c.bufLen; k++) out[10 + 4 * words + k] = c.buf[k];
  return binFromBytes(p, out, 0, n);
}

function ctxLoad(t: number): Ctx | null {
  if (!isBinary(t)) return null;
  const b = binToBytes(t);
  if (b.length < 10 || b[0] !== 67 || b[1] !== 72 || b[2] > 5) return null;
  const c = ctxInit(b[2]);
  const words = c.h.length;
  const bufLen = b[3];
  if (b.length !== 10 + 4 * words + bufLen || bufLen >= c.buf.length) return null;
  let total = 0;
  for (let k = 4; k < 10; k++) total = total * 256 + b[k];
  for (let k = 0; k < words; k++) {
    const o = 10 + 4 * k;
    c.h[k] = (b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3];
  }
  for (let k = 0; k < bufLen; k++) c.buf[k] = b[10 + 4 * words + k];
  c.bufLen = bufLen;
  c.total = total;
  return c;
}

/** {badarg, {File, Line}, Msg}: OTP 25's NIF error for a bad digest type, state, text ... */
function nifError(p: Process, line: number, msg: string, file?: string): number {
  return fail(p, mkTuple3(p, atom(A.badarg), mkTuple2(p, mkString(p, file || 'hash.c'), mkSmall(line)), mkString(p, msg)));
}

function digest(alg: number, parts: Uint8Array[]): Uint8Array {
  const c = ctxInit(alg);
  for (let i = 0; i < parts.length; i++) ctxUpdate(c, parts[i]);
  return ctxFinal(c);
}

/** HMAC (RFC 2104) of data under key with digest alg. */
function hmac(alg: number, key: Uint8Array, data: Uint8Array): Uint8Array {
  const bs = alg >= 4 ? 128 : 64;
  const k = key.length > bs ? digest(alg, [key]) : key;
  const ipad = new Uint8Array(bs);
  const opad = new Uint8Array(bs);
  for (let i = 0; i < bs; i++) {
    const b = i < k.length ? k[i] : 0;
    ipad[i] = b ^ 0x36;
    opad[i] = b ^ 0x5c;
  }
  return digest(alg, [opad, digest(alg, [ipad, data])]);
}

/** mac(hmac, Alg, Key, Data) with OTP 25's errors; null after failing. */
function macOf(p: Process, a: Int32Array): Uint8Array | null {
  const key = iolistBytes(a[2]);
  if (key === null) {
    badarg(p);
    return null;
  }
  if (a[0] !== atom(atomIntern('hmac'))) {
    nifError(p, 233, 'Unknown mac algorithm', 'mac.c');
    return null;
  }
  const alg = algOf(a[1]);
  if (alg < 0) {
    nifError(p, 263, 'Bad digest algorithm for HMAC', 'mac.c');
    return null;
  }
  const data = iolistBytes(a[3]);
  if (data === null) {
    nifError(p, 175, 'Bad text', 'mac.c');
    return null;
  }
  return hmac(alg, key, data);
}

export function registerCryptoBifs(): void {
  const C = 'crypto';
  defNative(C, 'hash', 2, function (p, a) {
    const alg = algOf(a[0]);
    if (alg < 0) return nifError(p, 108, 'Bad digest type');
    const c = ctxInit(alg);
    if (!ctxUpdateTerm(c, a[1])) return badarg(p);
    const d = ctxFinal(c);
    return binFromBytes(p, d, 0, d.length);
  });
  defNative(C, 'hash_init', 1, function (p, a) {
    const alg = algOf(a[0]);
    if (alg < 0) return nifError(p, 142, 'Bad digest type');
    return ctxSave(p, ctxInit(alg));
  });
  defNative(C, 'hash_update', 2, function (p, a) {
    const c = ctxLoad(a[0]);
    if (c === null) return nifError(p, 171, 'Bad state');
    if (!ctxUpdateTerm(c, a[1])) return badarg(p);
    return ctxSave(p, c);
  });
  defNative(C, 'hash_final', 1, function (p, a) {
    const c = ctxLoad(a[0]);
    if (c === null) return nifError(p, 205, 'Bad state');
    const d = ctxFinal(c);
    return binFromBytes(p, d, 0, d.length);
  });
  defNative(C, 'mac', 4, function (p, a) {
    const m = macOf(p, a);
    return m === null ? NONE : binFromBytes(p, m, 0, m.length);
  });
  defNative(C, 'macN', 5, function (p, a) {
    const n = a[4] >> 4;
    if ((a[4] & 0xf) !== 0xf || n < 0) return badarg(p);
    const m = macOf(p, a);
    if (m === null) return NONE;
    return n > m.length ? badarg(p) : binFromBytes(p, m, 0, n);
  });
  defNative(C, 'hash_equals', 2, function (p, a) {
    if (!isBinary(a[0]) || !isBinary(a[1])) return badarg(p);
    const x = binToBytes(a[0]);
    const y = binToBytes(a[1]);
    if (x.length !== y.length) return badarg(p);
    let d = 0;
    for (let i = 0; i < x.length; i++) d |= x[i] ^ y[i];
    return atom(d === 0 ? A.true_ : A.false_);
  });
  defNative(C, 'exor', 2, function (p, a) {
    const x = iolistBytes(a[0]);
    const y = iolistBytes(a[1]);
    if (x === null || y === null || x.length !== y.length) return badarg(p);
    const out = new Uint8Array(x.length);
    for (let i = 0; i < x.length; i++) out[i] = x[i] ^ y[i];
    return binFromBytes(p, out, 0, out.length);
  });
  defNative(C, 'strong_rand_bytes', 1, function (p, a) {
    const n = a[0] >> 4;
    if ((a[0] & 0xf) !== 0xf || n < 0) return badarg(p);
    // the platform's random source (a board's hardware RNG), Math.random without one
    const out = new Uint8Array(n);
    let r = 0;
    for (let i = 0; i < n; i++) {
      if ((i & 3) === 0) r = random32();
      out[i] = (r >>> (8 * (i & 3))) & 255;
    }
    return binFromBytes(p, out, 0, n);
  });
}
