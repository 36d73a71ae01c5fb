// The `crypto` module's hashing subset: hash/2 (md5, sha, sha224, sha256, sha384, sha512),
// hash_init/1, hash_update/2, hash_final/1 and strong_rand_bytes/1. Errors follow OTP 25's
// shapes: an unknown digest is {badarg, {"hash.c", Line}, "Bad digest type"}, data that is not
// iodata is plain badarg. A hash state is a binary holding the running context, so it is
// immutable and can be updated or finished more than once, as OTP's.
import { Process } from '../process';
import { defNative, badarg, fail } from '../natives';
import { A, atom, mkSmall } from '../term';
import { atomIntern } from '../atoms';
import { isBinary, binToBytes, binFromBytes } from '../binary';
import { mkTuple2, mkTuple3, mkString } from '../exceptions';
import { iolistBytes } from './erlang';
import { md5Init, md5Update, md5Final } from '../md5';
import { shaInit, shaUpdate, shaFinal } from '../sha';

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

/** {badarg, {"hash.c", Line}, Msg}: OTP 25's NIF error for a bad digest type or state. */
function nifError(p: Process, line: number, msg: string): number {
  return fail(p, mkTuple3(p, atom(A.badarg), mkTuple2(p, mkString(p, 'hash.c'), mkSmall(line)), mkString(p, msg)));
}

export function registerCryptoBifs(): void {
  const C = 'crypto';
  defNative(C, 'hash', 2, function (p, a) {
    const alg = algOf(a[0]);
    if (alg < 0) return nifError(p, 108, 'Bad digest type');
    const bytes = iolistBytes(a[1]);
    if (bytes === null) return badarg(p);
    const c = ctxInit(alg);
    ctxUpdate(c, bytes);
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
    const bytes = iolistBytes(a[1]);
    if (bytes === null) return badarg(p);
    ctxUpdate(c, bytes);
    return ctxSave(p, c);
  });
  defNative(C, 'hash_final', 1, function (p, a) {
    const c = ctxLoad(a[0]);
    if (c === null) return nifError(p, 205, 'Bad state');
    const d = ctxFinal(c);
    return binFromBytes(p, d, 0, d.length);
  });
  defNative(C, 'strong_rand_bytes', 1, function (p, a) {
    const n = a[0] >> 4;
    if ((a[0] & 0xf) !== 0xf || n < 0) return badarg(p);
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = Math.floor(Math.random() * 256);
    return binFromBytes(p, out, 0, n);
  });
}
