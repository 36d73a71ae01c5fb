// Argument helpers for the simulator's services: values arrive as plain JS values from the VM
// bundle's context (src/vm/platform.ts; another realm, so no instanceof), results go back the same way.
import type { PVal, PTuple } from '../../vm/platform';
import { isBytes, isList, iodataBytes } from '../../vm/platform';

/** Raises badarg (or Reason) in the calling process. */
export function raise(reason?: PVal): never {
  throw { platformError: true, reason: reason === undefined ? 'badarg' : reason };
}
export function bad(): never {
  return raise('badarg');
}

export { isBytes, isList };
export function isTuple(x: unknown, n?: number): x is PTuple {
  return typeof x === 'object' && x !== null && Array.isArray((x as PTuple).tuple) && (n === undefined || (x as PTuple).tuple.length === n);
}
export function tup(...items: PVal[]): PTuple {
  return { tuple: items };
}
export function err(reason: PVal): PTuple {
  return tup('error', reason);
}
export function okTup(v: PVal): PTuple {
  return tup('ok', v);
}

/** An integer in [lo, hi], else badarg. */
export function int(v: PVal | undefined, lo = -Infinity, hi = Infinity): number {
  if (typeof v !== 'number' || v !== Math.floor(v) || v < lo || v > hi) return bad();
  return v;
}

/** One of these atoms, else badarg. */
export function oneOf<T extends string>(v: PVal | undefined, allowed: readonly T[]): T {
  if (typeof v !== 'string' || allowed.indexOf(v as T) < 0) return bad();
  return v as T;
}

/** {Key, Value} in a proplist or a map (undefined when absent); badarg when not a list or map. */
export function prop(v: PVal, key: string): PVal | undefined {
  if (isList(v)) {
    for (const e of v) {
      if (isTuple(e, 2) && e.tuple[0] === key) return e.tuple[1];
      if (e === key) return 'true';
    }
    return undefined;
  }
  if (typeof v === 'object' && v !== null && Array.isArray((v as { map: PVal[][] }).map)) {
    for (const [k, x] of (v as { map: PVal[][] }).map) if (k === key) return x;
    return undefined;
  }
  return bad();
}

/** A charlist, binary or atom as a string; null when none. */
export function text(v: PVal): string | null {
  if (typeof v === 'string') return v;
  if (isBytes(v)) return Buffer.from(v).toString('latin1');
  if (isList(v) && v.every((c) => typeof c === 'number' && c >= 0 && c < 256)) return String.fromCharCode(...(v as number[]));
  return null;
}

/** iodata (bytes, binaries, nested lists) flattened; null when malformed. */
export function iodata(v: PVal): Buffer | null {
  const b = iodataBytes(v);
  return b === null ? null : Buffer.from(b.buffer, b.byteOffset, b.length);
}
