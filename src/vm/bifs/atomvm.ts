// The `atomvm` module: which platform the VM runs on, random numbers from the platform, and
// files packed beside the code (`atomvm:read_priv/2`, AtomVM's packbeam "normal files").
import { Process } from '../process';
import { defNative, badarg } from '../natives';
import { atomIntern, atomName } from '../atoms';
import { A, atom } from '../term';
import { intFromNumber } from '../arith';
import { binFromBytes } from '../binary';
import { currentPlatform } from '../platform';
import { charListToUtf8 } from './erlang';

/** 32 random bits as an unsigned number, from the platform (a hardware RNG on a board). */
export function random32(): number {
  const pl = currentPlatform();
  if (pl !== null && pl.random) return pl.random() >>> 0;
  return Math.floor(Math.random() * 4294967296) >>> 0;
}

export function registerAtomvmBifs(readFile: (path: string) => Uint8Array | null): void {
  defNative('atomvm', 'platform', 0, function (): number {
    const pl = currentPlatform();
    return (atomIntern(pl !== null ? pl.name : 'generic_unix') << 6) | 0x0b;
  });
  defNative('atomvm', 'random', 0, function (p: Process): number {
    return intFromNumber(p, random32());
  });
  defNative('atomvm', 'random_bytes', 1, function (p: Process, a: Int32Array): number {
    if ((a[0] & 0xf) !== 0xf || a[0] >> 4 < 0) return badarg(p);
    const n = a[0] >> 4;
    const bytes: number[] = [];
    for (let i = 0; i < n; i += 4) {
      const r = random32();
      bytes.push(r & 255, (r >>> 8) & 255, (r >>> 16) & 255, r >>> 24);
    }
    return binFromBytes(p, bytes, 0, n);
  });
  defNative('atomvm', 'read_priv', 2, function (p: Process, a: Int32Array): number {
    if ((a[0] & 0x3f) !== 0x0b) return badarg(p);
    const path = charListToUtf8(a[1], 0x10ffff);
    if (path === null) return badarg(p);
    const data = readFile(atomName(a[0] >>> 6) + '/priv/' + path);
    return data === null ? atom(A.undefined) : binFromBytes(p, data, 0, data.length);
  });
}
