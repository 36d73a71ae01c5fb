// Native functions (BIFs and NIFs written in TypeScript). A native gets its arguments in
// a[0..n) and returns the result term, or NONE (0) after setting the exception in p
// (see fail()). A native that needs to continue in Erlang code (apply, ...) sets p.trapPc
// through trap() and returns NONE with excClass 0.
import { Process } from './process';
import { atomIntern } from './atoms';
import { A, atom } from './term';
import { setLength } from './arrays';

export type Native = (p: Process, a: Int32Array, n: number) => number;

export const natFn: Native[] = [];
export const natName: string[] = [];
/** NF_* flags per native */
export const natFlags: number[] = [];
/** The native raises on purpose (error/throw/exit): no stack frame of its own in traces. */
export const NF_NOFRAME = 2;
let natIndex: { [k: string]: number } = {};

export function nativeKey(m: number, f: number, a: number): string {
  return '$' + m + ':' + f + '/' + a;
}

/** Registers mod:fn/arity. Names are plain ASCII. */
export function defNative(mod: string, fn: string, arity: number, f: Native, flags?: number): number {
  const k = nativeKey(atomIntern(mod), atomIntern(fn), arity);
  let i: number;
  if (natIndex.hasOwnProperty(k)) i = natIndex[k];
  else {
    i = natFn.length;
    natIndex[k] = i;
  }
  natFn[i] = f;
  natName[i] = mod + ':' + fn + '/' + arity;
  natFlags[i] = flags || 0;
  return i;
}

export function nativeFind(m: number, f: number, a: number): number {
  const k = nativeKey(m, f, a);
  return natIndex.hasOwnProperty(k) ? natIndex[k] : -1;
}

export function nativesReset(): void {
  setLength(natFn, 0);
  setLength(natName, 0);
  setLength(natFlags, 0);
  natIndex = {};
}

/** Sets an `error` exception with the given reason term and returns NONE. */
export function fail(p: Process, reason: number): number {
  p.excClass = atom(A.error);
  p.excReason = reason;
  return 0;
}
export function badarg(p: Process): number {
  return fail(p, atom(A.badarg));
}
export function badarith(p: Process): number {
  return fail(p, atom(A.badarith));
}
/** Sets an exception of any class. */
export function raise(p: Process, cls: number, reason: number): number {
  p.excClass = cls;
  p.excReason = reason;
  return 0;
}
