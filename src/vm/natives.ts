// Native functions (BIFs and NIFs written in TypeScript). A native gets its arguments in
// a[0..n) and returns the result term, or NONE (0) after setting the exception in p
// (see fail()). A native that needs to continue in Erlang code (apply, ...) sets p.trapPc
// through trap() and returns NONE with excClass 0.
import { Process } from './process';
import { atomIntern, atomName } from './atoms';
import { A, atom } from './term';
import { setLength } from './arrays';
import { mfaKey, mfaHash } from './intmap';

/** `self` is the native's own index (lets one function serve several natives, see natData). */
export type Native = (p: Process, a: Int32Array, n: number, self: number) => number;

// Kept small for Espruino, where every array element and object key costs RAM blocks: per native
// a function slot plus numbers in typed arrays; names are built only when needed (natName).
export const natFn: Native[] = [];
/** per native: whatever its registrar passed as `data` (a platform service's function, ...) */
export const natData: any[] = [];
/** NF_* flags per native */
export let natFlags = new Uint8Array(0);
/** The native raises on purpose (error/throw/exit): no stack frame of its own in traces. */
export const NF_NOFRAME = 2;
// module atom, function atom and arity of each native, as one exact number: (m * 2^22 + f) * 256 + a
let natKey = new Float64Array(0);
// open-addressing hash of natKey: native index + 1, 0 = empty slot; size a power of two
let natHash = new Int32Array(0);
let natCount = 0;

// Lazy natives (Espruino: a JS function costs ~7 RAM blocks, ~430 natives would not fit). vmInit
// runs each registrar once through nativesRegister only to learn its natives' names (the functions
// it creates are garbage at once). nativeFind marks a native wanted and gives it lazyStub; the
// first call of a stub runs its registrar again, keeping the functions of the wanted natives.
let lazy = false;
const regs: (() => void)[] = [];
let curReg = 0; // registrar running (index + 1), 0: none (natives are stored at once)
let filling = false;
let natReg = new Uint8Array(0); // registrar + 1 of each lazy native, 0 = stored at once
let natWant = new Uint8Array(0);

function slotOf(k: number): number {
  return mfaHash(k) & (natHash.length - 1);
}

function hashFind(k: number): number {
  if (natHash.length === 0) return -1;
  const mask = natHash.length - 1;
  for (let h = slotOf(k); ; h = (h + 1) & mask) {
    const e = natHash[h];
    if (e === 0) return -1;
    if (natKey[e - 1] === k) return e - 1;
  }
}

function hashPut(i: number): void {
  const mask = natHash.length - 1;
  let h = slotOf(natKey[i]);
  while (natHash[h] !== 0) h = (h + 1) & mask;
  natHash[h] = i + 1;
}

function grow(): void {
  const cap = natKey.length < 64 ? 64 : natKey.length * 2;
  const k = new Float64Array(cap);
  k.set(natKey);
  natKey = k;
  const fl = new Uint8Array(cap);
  fl.set(natFlags);
  natFlags = fl;
  const r = new Uint8Array(cap);
  r.set(natReg);
  natReg = r;
  const w = new Uint8Array(cap);
  w.set(natWant);
  natWant = w;
  natHash = new Int32Array(cap * 2);
  for (let i = 0; i < natCount; i++) hashPut(i);
}

// the module of the last defNative (registrars name one module many times in a row)
let lastMod = '';
let lastModAtom = 0;

/** Registers mod:fn/arity (names are plain ASCII); `data` is kept in natData for the function. */
export function defNative(mod: string, fn: string, arity: number, f: Native, flags?: number, data?: any): number {
  if (mod !== lastMod) {
    lastModAtom = atomIntern(mod);
    lastMod = mod;
  }
  const k = mfaKey(lastModAtom, atomIntern(fn), arity);
  let i = hashFind(k);
  if (filling) {
    // a second run of registrar curReg: keep the wanted ones
    if (i >= 0 && natReg[i] === curReg && natWant[i] !== 0) {
      natFn[i] = f;
      if (data !== undefined || natData[i] !== undefined) natData[i] = data;
    }
    return i;
  }
  if (i < 0) {
    if (natCount === natKey.length) grow();
    i = natCount++;
    natKey[i] = k;
    hashPut(i);
  }
  natReg[i] = curReg;
  // a lazy native gets its stub only once wanted (nativeFind): on Espruino each element of natFn
  // costs a RAM block, and most natives are never called
  if (curReg === 0) natFn[i] = f;
  else if (natFn[i] !== undefined) natFn[i] = lazyStub;
  if (curReg === 0 && (data !== undefined || natData[i] !== undefined)) natData[i] = data;
  natFlags[i] = flags || 0;
  return i;
}

function lazyStub(p: Process, a: Int32Array, n: number, self: number): number {
  natWant[self] = 1;
  filling = true;
  curReg = natReg[self];
  try {
    regs[curReg - 1]();
  } finally {
    filling = false;
    curReg = 0;
  }
  if (natFn[self] === lazyStub) throw new Error('native ' + natName(self) + ' not registered again');
  return natFn[self](p, a, n, self);
}

/** Turns lazy natives on or off (before the registrars run). */
export function nativesLazy(on: boolean): void {
  lazy = on;
}

/** Runs a registrar of natives (see lazy natives above; it must be safe to run again). */
export function nativesRegister(r: () => void): void {
  if (!lazy) {
    r();
    return;
  }
  regs.push(r);
  curReg = regs.length;
  try {
    r();
  } finally {
    curReg = 0;
  }
}

export function nativeFind(m: number, f: number, a: number): number {
  const i = hashFind(mfaKey(m, f, a));
  if (i >= 0 && natReg[i] !== 0) {
    natWant[i] = 1;
    if (natFn[i] === undefined) natFn[i] = lazyStub;
  }
  return i;
}

/** [module atom, function atom, arity] of native i */
export function natMfa(i: number): number[] {
  const k = natKey[i];
  const a = k % 256;
  const mf = (k - a) / 256;
  const f = mf % 4194304;
  return [(mf - f) / 4194304, f, a];
}

/** 'mod:fn/arity' of native i */
export function natName(i: number): string {
  const mfa = natMfa(i);
  return atomName(mfa[0]) + ':' + atomName(mfa[1]) + '/' + mfa[2];
}

export function nativesReset(): void {
  setLength(natFn, 0);
  setLength(natData, 0);
  natFlags = new Uint8Array(0);
  natKey = new Float64Array(0);
  natHash = new Int32Array(0);
  natReg = new Uint8Array(0);
  natWant = new Uint8Array(0);
  natCount = 0;
  lastMod = '';
  setLength(regs, 0);
  curReg = 0;
  filling = false;
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
